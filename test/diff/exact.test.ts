import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, ropaProcess, scratchCopy, tempDir } from '../helpers/cli.js';
import { copyRegistry, scratchRepo } from '../e2e/repo.js';
import { canonical } from '../../src/diff/canonical.js';

/** `custom` holds whatever a body keeps: its numbers are compared as YAML has them, not as JSON would. */
describe('ropa diff: custom values compared exactly', () => {
  const base = scratchCopy(join(FIXTURES, 'diff/base'));
  const head = scratchCopy(join(FIXTURES, 'diff/base'));
  afterAll(() => {
    base.cleanup();
    head.cleanup();
  });
  const withCustom = (dir: string, lines: string): void => {
    const path = join(dir, 'activities/payroll.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8').replace(/\ncustom:[\s\S]*$/, '\n')}custom:\n${lines}`);
  };
  const changed = (b: string, h: string): string[] => {
    withCustom(base.dir, b);
    withCustom(head.dir, h);
    const r = ropa(['diff', '--base-dir', base.dir, '--head-dir', head.dir, '-f', 'json']);
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { changes: { id: string; args: { fields?: string } }[] }).changes.map((c) => `${c.id} ${c.args.fields ?? ''}`.trim());
  };

  it('.inf to .nan, .inf to -.inf, and a number to the same number written as text are changes', () => {
    expect(changed('  x: .inf\n', '  x: .nan\n')).toEqual(['fields-changed custom']);
    expect(changed('  x: .inf\n', '  x: -.inf\n')).toEqual(['fields-changed custom']);
    expect(changed('  x: .nan\n', '  x: null\n')).toEqual(['fields-changed custom']);
    expect(changed('  x: 12\n', '  x: "12"\n')).toEqual(['fields-changed custom']);
  });

  it('two whole numbers beyond 2^53 that a JavaScript number cannot tell apart are a change', () => {
    expect(changed('  n: 9007199254740993\n', '  n: 9007199254740992\n')).toEqual(['fields-changed custom']);
    expect(changed('  deep: {list: [1, 18446744073709551615]}\n', '  deep: {list: [1, 18446744073709551614]}\n')).toEqual(['fields-changed custom']);
  });

  it('the same values written another way are no change: 1.0 and 1, 0x10 and 16, quoting, key order', () => {
    expect(changed('  a: 1.0\n  b: 0x10\n  c: 9007199254740993\n', '  b: 16\n  c: 9007199254740993\n  a: 1\n')).toEqual([]);
    expect(changed("  s: 'text'\n  t: .NaN\n", '  t: .nan\n  s: "text"\n')).toEqual([]);
  });

  it('canonical: no number passes for a string, key order does not count', () => {
    expect(canonical({ b: NaN, a: [Infinity, -Infinity, 1n, undefined] })).toBe('{"a":[Infinity,-Infinity,1,null],"b":NaN}');
    expect(canonical('NaN')).not.toBe(canonical(NaN));
    expect(canonical(null)).not.toBe(canonical(NaN));
  });
});

/** `:/text` names the newest commit whose message matches; git is asked a few times per revision. */
describe('ropa diff: :/text revisions and few git calls', () => {
  const repo = scratchRepo();
  const shim = tempDir();
  beforeAll(() => {
    mkdirSync(join(repo.dir, 'docs'));
    copyRegistry(join(FIXTURES, 'diff/base'), repo.dir, 'docs/registry');
    repo.commit('first record');
    copyRegistry(join(FIXTURES, 'diff/head'), repo.dir, 'docs/registry');
    repo.commit('second record');
    // A git that counts its calls, for one real process.
    const real = spawnGitPath();
    writeFileSync(join(shim.dir, 'git'), `#!/bin/sh\necho "$1" >> "${join(shim.dir, 'calls')}"\nexec "${real}" "$@"\n`);
    chmodSync(join(shim.dir, 'git'), 0o755);
  });
  afterAll(() => {
    repo.cleanup();
    shim.cleanup();
  });

  it(':/first to :/second is the same as the two commits by name', () => {
    const byText = ropa(['diff', ':/first', ':/second', '--dir', 'docs/registry', '-f', 'json'], { cwd: repo.dir });
    expect(byText.stderr).toBe('');
    const byName = ropa(['diff', 'HEAD~1', 'HEAD', '--dir', 'docs/registry', '-f', 'json'], { cwd: repo.dir });
    expect(JSON.parse(byText.stdout).changes).toEqual(JSON.parse(byName.stdout).changes);
    expect(JSON.parse(byText.stdout).base.label).toBe(':/first');
    const none = ropa(['diff', ':/no such message', '--dir', 'docs/registry'], { cwd: repo.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('ropa: git knows no commit called ":/no such message"\n');
  });

  it('a registry under a link at a revision is still refused, however deep', () => {
    symlinkSync('docs', join(repo.dir, 'linked'));
    repo.commit('a link');
    const r = ropa(['diff', 'HEAD~1', 'HEAD', '--dir', 'linked/registry'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/linked/);
  });

  it('asks git at most four times per revision', () => {
    const r = ropaProcess(['diff', 'HEAD~2', 'HEAD~1', '--dir', 'docs/registry'], { cwd: repo.dir, env: { PATH: `${shim.dir}:${process.env.PATH ?? ''}` } });
    expect(r.stderr).toBe('');
    const calls = readFileSync(join(shim.dir, 'calls'), 'utf8').trim().split('\n');
    // rev-parse for the repository; per revision rev-parse twice, ls-tree once, cat-file once.
    expect(calls.length).toBeLessThanOrEqual(1 + 2 * 4);
  });
});

function spawnGitPath(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    try {
      readFileSync(join(dir, 'git'));
      return join(dir, 'git');
    } catch {
      /* next */
    }
  }
  return '/usr/bin/git';
}
