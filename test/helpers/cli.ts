import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/ropa.js');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const EXAMPLE = join(ROOT, 'registry');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would: a fresh node process, no colour unless asked. Messages are in
 * English (ROPA_LANG=en) unless a test asks otherwise; `ROPA_LANG: undefined` gives the default, the
 * registry's first language.
 */
export function ropa(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ROPA_LANG: 'en', ...opts.env }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch copy of a registry, so a test may change it. */
export function scratchCopy(src: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-test-'));
  cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
