import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ropa, tempDir } from '../helpers/cli.js';

/**
 * Session 38: `-o` naming something that is no place for a file. `-o /proc/version` said "could not write
 * /proc/version (ENOENT)", `ropa schema -o DIR` "could not write DIR (EISDIR)", and `-o /dev/stdout` with stdout
 * redirected to a file replaced the link /dev/stdout with a file of that name (the output went there, not to stdout).
 * Every command that takes -o, each refused before any work with one sentence saying why, exit 2 (usage), no trace.
 */
const MINIMAL = join(FIXTURES, 'validate', 'minimal');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Each command that writes `-o`, with what it needs to run on the minimal registry. */
const COMMANDS: [string, string[]][] = [
  ['validate', ['validate', MINIMAL]],
  ['gaps', ['gaps', MINIMAL, '--today', '2026-12-04']],
  ['notice', ['notice', MINIMAL, '--draft']],
  ['report', ['report', MINIMAL]],
  ['diff', ['diff', '--base-dir', MINIMAL, '--head-dir', MINIMAL]],
  ['list', ['list', MINIMAL]],
  ['show', ['show', 'payroll', MINIMAL]],
  ['schema', ['schema', 'activity']],
];
const TRACE = /^\s+at .+(\(|:\d+)/m;

describe.each(COMMANDS)('ropa %s -o', (_name, args) => {
  it.each(['/proc/version', '/proc/self/ropa-report.md', '/sys/ropa-report.md'])('%s: a file of the running system is refused, exit 2', (out) => {
    const r = ropa([...args, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `ropa: will not write ${out}: it is a file of the running system (/proc, /sys), where the kernel shows and sets its state, not a place to keep output. Name a file in a folder of yours\n`,
    );
  });

  // The notice writes its pages into a folder named by -o (docs/notice.md); every other command writes one file.
  it.skipIf(_name === 'notice')('a folder is refused, exit 2, and nothing is written in it', () => {
    const dir = join(tmp.dir, `folder-${_name}`);
    mkdirSync(dir);
    const r = ropa([...args, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ropa: -o ${dir} is a folder, not a file: name the file to write (e.g. report.md in it)\n`);
    expect(r.stderr).not.toMatch(TRACE);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('/dev/null is written into (the shell’s `> /dev/null`), and stays the device it is', () => {
    const r = ropa([...args, '-o', '/dev/null']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('ropa notice -o FOLDER/ (its pages) on the running system', () => {
  it('is refused before a page is made, exit 2', () => {
    const r = ropa(['notice', MINIMAL, '--draft', '-f', 'html', '-o', '/sys/ropa-pages/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ropa: will not write \/sys\/ropa-pages\/?: it is a file of the running system/);
  });
});

describe('-o in the language of the messages', () => {
  it('nb and nn say it in their words', () => {
    const nb = ropa(['gaps', MINIMAL, '-o', '/proc/version'], { env: { ROPA_LANG: 'nb' } });
    expect(nb.stderr).toMatch(/^ropa: skriver ikke \/proc\/version: det er en fil i det kjørende systemet/);
    const nn = ropa(['report', MINIMAL, '-o', '/sys/x.md', '--lang', 'nn'], { env: { ROPA_LANG: 'nn' } });
    expect(nn.stderr).toMatch(/^ropa: skriv ikkje \/sys\/x\.md: det er ei fil i det køyrande systemet/);
  });
});

describe('-o /dev/stdout (a link to /proc/self/fd/1) is this process’s standard output, whatever it is open on', () => {
  /** A process of its own, its stdout opened on `file` (`>` or `>>`): in-process, fd 1 would be the test runner's. */
  function withStdoutOn(file: string, flags: 'w' | 'a', args: string[]): { code: number | null; stderr: string } {
    const fd = openSync(file, flags);
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ROPA_LANG: 'en' },
      });
      return { code: r.status, stderr: r.stderr };
    } finally {
      closeSync(fd);
    }
  }

  it.each([
    ['a link of ours to /proc/self/fd/1', (dir: string) => (symlinkSync('/proc/self/fd/1', join(dir, 'stdout')), join(dir, 'stdout'))],
    ['/proc/self/fd/1 itself', () => '/proc/self/fd/1'],
    ['/dev/fd/1', () => '/dev/fd/1'],
  ])('%s, stdout redirected to a file: the output is in the file, and the link stays a link', (_what, target) => {
    const dir = join(tmp.dir, `stdout-${_what.replace(/\W+/g, '-')}`);
    mkdirSync(dir);
    const out = target(dir);
    const file = join(dir, 'out.json');
    const r = withStdoutOn(file, 'w', ['validate', MINIMAL, '-f', 'json', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { summary: { errors: number } }).summary.errors).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it('stdout appended to (`>>`): what was there stays, the output follows it', () => {
    const dir = join(tmp.dir, 'append');
    mkdirSync(dir);
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const file = join(dir, 'log.txt');
    writeFileSync(file, 'before\n');
    const r = withStdoutOn(file, 'a', ['schema', 'activity', '-o', join(dir, 'stdout')]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('before\n{')).toBe(true);
    expect(JSON.parse(text.slice('before\n'.length))).toHaveProperty('$schema');
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });
});
