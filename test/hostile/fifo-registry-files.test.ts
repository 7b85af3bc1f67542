import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, FIXTURES } from '../helpers/cli.js';
import { scratch, STACK_FRAME } from './run.js';

/**
 * A named pipe (FIFO) under the name of a registry file blocks whoever opens it for reading until something writes to
 * it. ropa opens registry files without waiting and reads only regular files: every command that meets one answers at
 * once (here: within 20 s, where a blocked read would never end) with a message, never a hang or a stack trace.
 */
const { copy } = scratch();
const MINIMAL = join(FIXTURES, 'validate', 'minimal');

function run(args: string[], env: Record<string, string> = { ROPA_LANG: 'en' }): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the minimal registry with `file` replaced by a FIFO. */
function withFifo(file: string): string {
  const dir = copy(MINIMAL);
  rmSync(join(dir, file), { force: true });
  execFileSync('mkfifo', [join(dir, file)]);
  return dir;
}

describe('a FIFO as organisation.yaml', () => {
  const dir = withFifo('organisation.yaml');
  it.each([['validate'], ['gaps'], ['notice'], ['list']])('ropa %s: the file is named as no regular file, exit 1', (command) => {
    const r = run([command, dir]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/organisation\.yaml[\s\S]*not a regular file/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a usage error, whose language is looked up in the registry, is still said (in English), exit 2', () => {
    const r = run(['gaps', dir, '--bogus'], {});
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith("error: unknown option '--bogus'")).toBe(true);
  });
});

describe('a FIFO as the catalogue file `ropa add` writes to', () => {
  it('is refused as not a file, exit 1', () => {
    // No catalogue holds laws, so `add law` takes catalogues/laws.yaml: here a FIFO.
    const dir = withFifo(join('catalogues', 'laws.yaml'));
    rmSync(join(dir, 'catalogues', 'catalogue.yaml'));
    const r = run(['add', 'law', 'testlov', dir, '--name', 'Testloven']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/laws\.yaml: not a file\n$/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
