import { spawnSync } from 'node:child_process';
import { afterAll } from 'vitest';
import { BIN, ROOT, scratchCopy, tempDir } from '../helpers/cli.js';

/** Heap a run may use: a hostile file must not make ropa use more; if it did, node would stop it and the test would fail. */
export const HEAP_MB = 256;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI in a fresh process with a capped heap. The timeout is a safety net that keeps the
 * suite from hanging on a regression, not a claim about speed.
 */
export function hostileRun(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    // Messages in English unless a test asks otherwise (they default to the registry's language).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ROPA_LANG: 'en', ...opts.env },
    input: '',
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
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
