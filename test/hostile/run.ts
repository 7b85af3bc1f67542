import { afterAll } from 'vitest';
import { ropaInThread, scratchCopy, tempDir } from '../helpers/cli.js';

/** Heap a run may use: a hostile file must not make ropa use more; if it did, node would stop it and the test would fail. */
export const HEAP_MB = 256;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI with a capped heap, in-process (a thread of this test file, see test/helpers/cli.ts).
 * The timeout is a safety net that keeps the suite from hanging on a regression, not a claim about
 * speed; a run stopped by it or by the heap cap has `code` null and a `signal`, as a killed process.
 */
export function hostileRun(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  // Messages in English unless a test asks otherwise, as ropa() gives them (test/helpers/cli.ts).
  const r = ropaInThread(args, opts, { heapMb: HEAP_MB, timeoutMs: 120_000 });
  return { code: r.code, signal: r.code === null ? 'SIGKILL' : null, stdout: r.stdout, stderr: r.stderr };
}

/** A stack frame as node prints it. */
export const STACK_FRAME = /^\s+at .+(\(|:\d+)/m;

/** Rules named in `ropa validate -f json` output. */
export function rules(stdout: string): string[] {
  const j = JSON.parse(stdout) as { problems: { rule: string }[] };
  return [...new Set(j.problems.map((p) => p.rule))].sort();
}

/** Scratch folders for one test file: empty (`temp`) or a copy of a registry (`copy`), removed after its tests. */
export function scratch(): { temp: () => string; copy: (src: string) => string } {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));
  const keep = (t: { dir: string; cleanup: () => void }): string => {
    cleanups.push(t.cleanup);
    return t.dir;
  };
  return { temp: () => keep(tempDir()), copy: (src) => keep(scratchCopy(src)) };
}
