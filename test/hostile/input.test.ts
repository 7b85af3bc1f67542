import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { hostileRun, rules, scratch, STACK_FRAME } from './run.js';

/**
 * Broken and hostile registries, through the CLI as a user would meet them: each gets a finding
 * naming what is wrong (exit 1), or a message (exit 2); never a crash, a stack trace, a hang or
 * unbounded memory (every run has a capped heap, see run.ts).
 */
const MINIMAL = join(FIXTURES, 'validate', 'minimal');
const { temp, copy } = scratch();

/** A scratch copy of the minimal registry, changed by `change`. */
function registry(change: (dir: string) => void): string {
  const dir = copy(MINIMAL);
  change(dir);
  return dir;
}

const activity = (dir: string, name = 'hostile.yaml'): string => join(dir, 'activities', name);

/**
 * Runs validate once with both formats (stylish to stdout, json to a file); returns the rules of the
 * json report after the checks every case shares.
 */
function validate(dir: string, code: 1 | 2 = 1): string[] {
  const json = join(temp(), 'validate.json');
  const r = hostileRun(['validate', dir, '-f', 'stylish', '-f', 'json', '-o', '-', '-o', json]);
  expect(r.signal, r.stderr).toBeNull();
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  if (code === 1) expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?/);
  return code === 1 ? rules(readFileSync(json, 'utf8')) : [];
}

describe('hostile input: a finding, exit 1, no crash', () => {
  it('an alias bomb (billion laughs)', () => {
    const dir = registry((d) => {
      const lines = ['id: hostile', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i <= 9; i++)
        lines.push(
          `a${i}: &a${i} [${Array(10)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      writeFileSync(activity(d), lines.join('\n') + '\n');
    });
    expect(validate(dir)).toContain('alias-limit');
  });

  it('an alias with no anchor is named at the alias, not called an alias bomb', () => {
    const dir = registry((d) => writeFileSync(activity(d), 'id: hostile\ntitle: *nowhere\n'));
    const found = validate(dir);
    expect(found).toContain('yaml-syntax');
    expect(found).not.toContain('alias-limit');
    const r = hostileRun(['validate', dir, '--lang', 'en']);
    expect(r.stdout).toMatch(/2:8 +error +The alias \*nowhere refers to no anchor &nowhere/);
  });

  it.each([
    ['flow sequences', `id: hostile\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['flow mappings', `id: hostile\nx: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`],
    ['block sequences', `id: hostile\nx:\n  ${'- '.repeat(20_000)}deep\n`],
  ])('20,000-deep nesting in %s', (_, text) => {
    const dir = registry((d) => writeFileSync(activity(d), text));
    expect(validate(dir)).toContain('nesting-too-deep');
  });

  it('block mappings nested as deep as fits in a file (2,000 levels, one space each)', () => {
    const dir = registry((d) => {
      const lines = ['id: hostile'];
      for (let i = 0; i < 2_000; i++) lines.push(`${' '.repeat(i)}k:`);
      lines.push(`${' '.repeat(2_000)}deep`);
      writeFileSync(activity(d), lines.join('\n') + '\n');
    });
    expect(validate(dir)).toContain('nesting-too-deep');
  });

  it('a 40 MB file is refused before it is read', () => {
    const dir = registry((d) => writeFileSync(activity(d), `id: hostile\ndescription: ${'x'.repeat(40 * 1024 * 1024)}\n`));
    expect(validate(dir)).toEqual(['file-too-large']);
  });

  it('a file just under the size limit with a million values', () => {
    const dir = registry((d) => writeFileSync(activity(d), `id: hostile\nx:\n${'- a\n'.repeat(1_000_000)}`));
    expect(validate(dir)).toContain('file-too-large');
  });

  it('a 3 MB line', () => {
    const dir = registry((d) => writeFileSync(activity(d), `id: hostile\ntitle: ${'lang '.repeat(600_000)}\n`));
    expect(validate(dir).length).toBeGreaterThan(0);
  });

  it('binary files', () => {
    const dir = registry((d) => {
      writeFileSync(activity(d), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47]));
      writeFileSync(activity(d, 'utf16.yaml'), Buffer.from('\ufeffid: utf16\n', 'utf16le'));
    });
    // UTF-16 holds NUL bytes too, but is text in the wrong encoding (outsider.test.ts).
    expect(validate(dir)).toEqual(['binary-file', 'encoding']);
  });

  it('a file that is not UTF-8 (Latin-1)', () => {
    const dir = registry((d) => writeFileSync(activity(d), Buffer.from('id: hostile\ntitle: L\xf8nn\n', 'latin1')));
    expect(validate(dir)).toEqual(['encoding']);
  });

  it('duplicate keys, plain and quoted', () => {
    const dir = registry((d) => writeFileSync(activity(d), 'id: hostile\nid: again\n"title": a\ntitle: b\n'));
    expect(validate(dir)).toEqual(['duplicate-key']);
  });

  it.each(['__proto__', 'constructor', 'prototype', '"__proto__"'])('the key %s', (key) => {
    const dir = registry((d) => writeFileSync(activity(d), `id: hostile\ncustom:\n  ${key}:\n    polluted: true\n`));
    expect(validate(dir)).toEqual(['forbidden-key']);
  });

  it('tabs used for indentation', () => {
    const dir = registry((d) => writeFileSync(activity(d), 'id: hostile\ntitle:\n\tnb: Lønn\n'));
    const json = hostileRun(['validate', dir, '-f', 'json']);
    expect(json.stdout).toContain('Tabs are not allowed');
    expect(validate(dir)).toContain('yaml-syntax');
  });

  it('several documents in one file', () => {
    const dir = registry((d) => writeFileSync(activity(d), 'id: hostile\n---\nid: second\n---\nid: third\n'));
    expect(validate(dir)).toContain('multiple-documents');
  });

  it.each(['!!binary aGVsbG8=', '!custom x', '!!js/function "function(){}"', '!!python/object:os.system [ls]', '!<tag:example.com,2024:x> y'])(
    'the unknown tag in "%s"',
    (value) => {
      const dir = registry((d) => writeFileSync(activity(d), `id: hostile\ntitle: ${value}\n`));
      expect(validate(dir)).toContain('unknown-tag');
    },
  );

  it('a symbolic link to a file outside the registry is not followed', () => {
    const outside = { dir: temp() };
    writeFileSync(join(outside.dir, 'secret.yaml'), 'id: secret\n');
    const dir = registry((d) => symlinkSync(join(outside.dir, 'secret.yaml'), activity(d)));
    expect(validate(dir)).toEqual(['symlink-outside']);
    expect(hostileRun(['validate', dir]).stdout).not.toContain('secret');
  });

  it('a symbolic link to a folder outside the registry is not followed', () => {
    const outside = { dir: temp() };
    writeFileSync(join(outside.dir, 'payroll.yaml'), 'id: payroll\n');
    const dir = registry((d) => {
      rmSync(join(d, 'activities'), { recursive: true });
      symlinkSync(outside.dir, join(d, 'activities'));
    });
    expect(validate(dir)).toEqual(['symlink-outside']);
  });

  it('symbolic link loops, and a link to nothing', () => {
    const dir = registry((d) => {
      symlinkSync('b.yaml', activity(d, 'a.yaml'));
      symlinkSync('a.yaml', activity(d, 'b.yaml'));
      symlinkSync('self.yaml', activity(d, 'self.yaml'));
      symlinkSync('nothing-here.yaml', activity(d, 'broken.yaml'));
    });
    expect(validate(dir)).toEqual(['symlink-broken', 'symlink-loop']);
  });

  it('a registry folder that is a symbolic link loop is a message, exit 2', () => {
    const t = { dir: temp() };
    symlinkSync(join(t.dir, 'loop'), join(t.dir, 'loop'));
    validate(join(t.dir, 'loop'), 2);
  });

  it('a folder or a FIFO with the name of a registry file is reported, not read (a FIFO would block)', () => {
    const dir = registry((d) => {
      mkdirSync(activity(d, 'folder.yaml'));
      execFileSync('mkfifo', [activity(d, 'fifo.yaml')]);
      rmSync(join(d, 'organisation.yaml'));
      mkdirSync(join(d, 'organisation.yaml'));
    });
    expect(validate(dir)).toEqual(['unreadable-file']);
    const j = JSON.parse(hostileRun(['validate', dir, '-f', 'json']).stdout) as { problems: { file: string }[] };
    expect(j.problems.map((p) => p.file.split('/').slice(-2).join('/')).sort()).toEqual([
      'activities/fifo.yaml',
      'activities/folder.yaml',
      expect.stringMatching(/organisation\.yaml$/),
    ]);
  });

  // Root reads a file whatever its mode: as root this case cannot be made, and says so.
  it.skipIf(process.getuid?.() === 0)('a file without read permission (skipped as root, who can read it anyway)', () => {
    const dir = registry((d) => {
      writeFileSync(activity(d), 'id: hostile\n');
      chmodSync(activity(d), 0o000);
    });
    try {
      expect(validate(dir)).toEqual(['unreadable-file']);
    } finally {
      chmodSync(activity(dir), 0o644);
    }
  });

  it('empty files: nothing, only white space, only a comment', () => {
    const dir = registry((d) => {
      writeFileSync(activity(d, 'a.yaml'), '');
      writeFileSync(activity(d, 'b.yaml'), '\n\n   \n');
      writeFileSync(activity(d, 'c.yaml'), '# nothing yet\n');
    });
    expect(validate(dir)).toEqual(['empty-file']);
  });

  it('an activity file that is only a null, a list or a number is a schema finding, not an internal error (session 19)', () => {
    for (const text of ['~\n', 'null\n', '[]\n', '42\n']) {
      const dir = registry((d) => writeFileSync(activity(d), text));
      expect(validate(dir).length).toBeGreaterThan(0);
      for (const command of [
        ['validate', dir],
        ['gaps', dir],
        ['list', dir],
        ['report', dir, '-f', 'csv'],
      ]) {
        const r = hostileRun(command);
        expect(r.code).toBe(1);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/intern|internal/i);
      }
    }
  });

  it('an empty registry folder', () => {
    const t = { dir: temp() };
    expect(validate(t.dir)).toEqual(['missing-organisation']);
  });

  it('empty activities and catalogues folders next to an organisation file', () => {
    const dir = registry((d) => {
      rmSync(join(d, 'activities'), { recursive: true });
      rmSync(join(d, 'catalogues'), { recursive: true });
      mkdirSync(join(d, 'activities'));
      mkdirSync(join(d, 'catalogues'));
    });
    // Nothing refers to anything: a valid, empty record. It is the gap list's business to say so.
    const r = hostileRun(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a registry that is a file, or is not there, is a message (exit 2)', () => {
    const t = { dir: temp() };
    writeFileSync(join(t.dir, 'file'), 'id: x\n');
    for (const dir of [join(t.dir, 'file'), join(t.dir, 'missing')]) {
      validate(dir, 2);
      expect(hostileRun(['validate', dir]).stderr).toMatch(/^ropa: /);
    }
  });

  it('leaves the registry as it was', () => {
    const dir = registry((d) => writeFileSync(activity(d), 'id: hostile\n__proto__: x\n'));
    const before = readFileSync(activity(dir), 'utf8');
    validate(dir);
    expect(readFileSync(activity(dir), 'utf8')).toBe(before);
    expect(existsSync(join(dir, '.ropa-cache'))).toBe(false);
  });
});
