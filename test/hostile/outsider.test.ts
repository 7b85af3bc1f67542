import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, FIXTURES } from '../helpers/cli.js';
import { GIT_ENV, copyRegistry, scratchRepo } from '../e2e/repo.js';
import { hostileRun, rules, scratch, STACK_FRAME } from './run.js';
import { readRevision } from '../../src/diff/git.js';
import { discoverAtRevision } from '../../src/diff/tree.js';
import { displayPath } from '../../src/util/paths.js';

/**
 * An outsider's inputs of session 4 (files, arguments, the environment, output targets): each one here
 * found something, now a message in the user's words with the right exit code, and nothing written.
 */
const { temp, copy } = scratch();
const MINIMAL = join(FIXTURES, 'validate', 'minimal');

const clean = (r: { code: number | null; stderr: string }, code: number): void => {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error/);
};

describe('messages that echo what they were given', () => {
  it('show terminal controls and bidi marks in an argument as escapes, never send them', () => {
    const dir = copy(MINIMAL);
    for (const args of [
      ['new', 'pay\u202er\u001b[31moll', dir],
      ['show', 'pay\u001b]8;;https://evil.example\u0007', dir],
      ['validate', dir, '--x\u001b[2J'],
    ]) {
      const r = hostileRun(args);
      clean(r, 2);
      expect(r.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(r.stderr).toMatch(/\\u001b/);
    }
  });

  it('a wrong ROPA_LANG is named as the variable it came from', () => {
    const r = hostileRun(['validate', MINIMAL], { env: { ROPA_LANG: 'en_US.UTF-8' } });
    clean(r, 2);
    expect(r.stderr).toBe('ropa: ROPA_LANG="en_US.UTF-8" is not a language ropa speaks: use en, nb or nn, or unset it\n');
    // --lang wins over it.
    expect(hostileRun(['validate', MINIMAL, '--lang', 'en'], { env: { ROPA_LANG: 'garbage' } }).code).toBe(0);
  });

  it("a usage error is said in the registry's language, as the rest of the command is (it was English before the registry was read)", () => {
    for (const args of [['gaps'], ['list'], ['show', 'payroll'], ['notice'], ['report']]) {
      const r = hostileRun([...args, MINIMAL, '-f', 'nonsense'], { env: { ROPA_LANG: undefined } });
      clean(r, 2);
      expect(r.stderr, args[0]).toMatch(/^ropa: --format må være en av .*, ikke «nonsense»\n$/);
    }
  });

  it('a language tag is read as BCP 47 writes it: any case, with or without a region', () => {
    for (const [tag, said] of [
      ['NB', 'Registeret er gyldig.'],
      ['nn-NO', 'Registeret er gyldig.'],
      ['EN-gb', 'The registry is valid.'],
    ]) {
      const r = hostileRun(['validate', MINIMAL], { env: { ROPA_LANG: tag! } });
      clean(r, 0);
      expect(r.stdout).toContain(said);
      expect(hostileRun(['validate', MINIMAL, '--lang', tag!]).stdout).toContain(said);
    }
    // The help too, which is read before anything else.
    expect(hostileRun(['--help'], { env: { ROPA_LANG: 'NN' } }).stdout).toMatch(/^Bruk: ropa/);
    // Another language with a Norwegian region is still another language.
    const r = hostileRun(['validate', MINIMAL, '--lang', 'se-NO']);
    clean(r, 2);
    expect(r.stderr).toBe('ropa: unknown language "se-NO": use en, nb or nn\n');
  });
});

describe('a line of megabytes in a message', () => {
  it('is shown as a window around the problem, not whole, with the caret under it', () => {
    const dir = copy(MINIMAL);
    const file = join(dir, 'activities', 'payroll.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('title: {nb: Lønn, en: Payroll}', `title: {nb: Lønn, en: Payroll, fr: "${'x'.repeat(1_000_000)}", zz: 1}`));
    const r = hostileRun(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(3000);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('Unknown property "zz"'));
    expect(lines[at]).toMatch(/^ {2}3:1000040 /);
    expect(lines[at + 3]).toMatch(/^ {4}> 3 \| …x+", zz: 1}$/);
    expect(lines[at + 4]!.indexOf('^^')).toBe(lines[at + 3]!.indexOf('zz'));
  });
});

describe('notice --lang', () => {
  it('defaults to the registry’s first language (it was nb, refused by a registry without nb)', () => {
    const dir = copy(MINIMAL);
    const org = join(dir, 'organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('languages: [nb, en]', 'languages: [en]'));
    const r = hostileRun(['notice', dir, '--draft']);
    clean(r, 0);
    expect(r.stdout).toContain('Payroll');
    expect(r.stdout).not.toContain('Lønn');
  });

  it('a language the registry lacks is a usage error that names its languages and the way to add one, in nb, nn and en', () => {
    const said = {
      en: 'ropa: the registry is not written in "nn"; its languages are nb, en: use one of them (--lang nb), or add "nn" with `ropa fmt --add-language nn` and fill in the texts it leaves empty\n',
      nb: 'ropa: registeret er ikke skrevet på «nn»; det har språkene nb, en: bruk ett av dem (--lang nb), eller legg til «nn» med `ropa fmt --add-language nn` og fyll ut tekstene som står tomme\n',
      nn: 'ropa: registeret er ikkje skrive på «nn»; det har språka nb, en: bruk eitt av dei (--lang nb), eller legg til «nn» med `ropa fmt --add-language nn` og fyll ut tekstane som står tomme\n',
    };
    for (const [lang, words] of Object.entries(said)) {
      const r = hostileRun(['notice', MINIMAL, '--lang', 'nn', '--draft'], { env: { ROPA_LANG: lang } });
      clean(r, 2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(words);
    }
  });
});

describe('a null key', () => {
  it('`~:`, `null:` and `:` are placed on their own line (they were placed on the first key of the file)', () => {
    const dir = copy(MINIMAL);
    const file = join(dir, 'activities', 'payroll.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').length;
    for (const key of ['~', 'null', '']) {
      writeFileSync(file, `${text}${key}: x\n`);
      const r = hostileRun(['validate', dir, '-f', 'json']);
      const problems = (JSON.parse(r.stdout) as { problems: { rule: string; line: number; column: number }[] }).problems;
      expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['schema', line, 1]]);
    }
  });
});

describe('ropa add --file', () => {
  it('refuses a hidden file, which the loader never reads (the entry was written there and lost)', () => {
    const dir = copy(MINIMAL);
    const r = hostileRun(['add', 'law', 'skatteloven', dir, '--title', 'skatteloven', '--file', join(dir, 'catalogues', '.laws.yaml')]);
    clean(r, 2);
    expect(r.stderr).toContain('is not a catalogue file of this registry, nor a new .yaml file in its catalogues folder');
    expect(existsSync(join(dir, 'catalogues', '.laws.yaml'))).toBe(false);
  });
});

describe('keys JavaScript gives every object, as ids', () => {
  it('ropa add refuses «constructor» and «prototype» with a message (was an internal error), and writes nothing', () => {
    const dir = copy(MINIMAL);
    const before = readFileSync(join(dir, 'catalogues', 'catalogue.yaml'), 'utf8');
    for (const [kind, id, opt] of [
      ['law', 'constructor', '--title'],
      ['subject', 'prototype', '--name'],
    ]) {
      const r = hostileRun(['add', kind!, id!, dir, opt!, 'x']);
      clean(r, 2);
      expect(r.stderr).toContain(`"${id}" cannot be the id of a catalogue entry`);
    }
    expect(readFileSync(join(dir, 'catalogues', 'catalogue.yaml'), 'utf8')).toBe(before);
  });

  it('ropa import names such entries so that the registry it writes is valid (was an internal error)', () => {
    const dir = temp();
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'Behandlingsaktivitet;Formålet med behandlingen;Kategorier av registrerte\r\nLønn;Prototype;Constructor\r\n');
    const imported = hostileRun(['import', csv, join(dir, 'out')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).not.toMatch(STACK_FRAME);
    const r = hostileRun(['validate', join(dir, 'out'), '-f', 'json']);
    expect(r.code, r.stdout).toBe(0);
    expect(readFileSync(join(dir, 'out', 'catalogues', 'data-subjects.yaml'), 'utf8')).toMatch(/^ {2}constructor-entry:\n {4}name: Constructor$/m);
  });
});

describe('import: cells that hold terminal controls', () => {
  it('are shown as escapes in its summary and in the comments it writes, and the registry it writes is valid', () => {
    const dir = temp();
    const csv = join(dir, 'esc.csv');
    // A legal basis it cannot read is quoted in a comment and in the summary; an unknown header is listed.
    writeFileSync(csv, 'Behandlingsaktivitet;Formålet med behandlingen;Evil\u001b[2Jcol;Behandlingsgrunnlag\r\nLønn;x;y;"\u001b[31mbad\u0085basis\u202e"\r\n');
    const r = hostileRun(['import', csv, join(dir, 'out')]);
    clean(r, 0);
    expect(r.stdout).not.toMatch(/[\u001b\u0085\u202e]/);
    // The RLO the value leaves open is closed where the value ends (a PDF, U+202C), as in every message (util/directions.ts).
    expect(r.stdout).toContain('could not read "\\u001b[31mbad\\u0085basis\\u202e\\u202c" as a legal basis');
    expect(r.stdout).toContain('«Evil\\u001b[2Jcol»');
    // In a quoted value the characters are text, as the library escapes or keeps them; in a comment they were raw.
    const comments = readFileSync(join(dir, 'out', 'activities', 'lonn.yaml'), 'utf8')
      .split('\n')
      .filter((l) => l.trimStart().startsWith('#'));
    expect(comments.join('\n')).toContain('could not read');
    expect(comments.join('\n')).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(hostileRun(['validate', join(dir, 'out')]).code).toBe(0);
  });
});

describe('import: more activities than any record has', () => {
  it('20,001 records are refused before any is built (200,000 in a 10 MB JSON took minutes)', () => {
    const dir = temp();
    const json = join(dir, 'many.json');
    writeFileSync(json, JSON.stringify(Array.from({ length: 20_001 }, (_, i) => ({ id: i, title: `A${i}`, purpose: 'p' }))));
    const r = hostileRun(['import', json, join(dir, 'out')]);
    clean(r, 1);
    expect(r.stderr).toBe(
      // As ropa shows a path: relative to the working folder unless the absolute form is shorter (a clone in /tmp).
      `ropa: ${displayPath(json, process.cwd())}: 20001 activities, more than the 20000 ropa imports unless told. If the record is that large, import it with --max-activities 20001 (it takes minutes)\n`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('encodings', () => {
  it('a registry file in UTF-16 or UTF-32 is named so, not called binary', () => {
    const dir = copy(MINIMAL);
    const text = readFileSync(join(dir, 'activities', 'payroll.yaml'), 'utf8');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const utf32le = Buffer.concat([...text].map((c) => Buffer.from([c.codePointAt(0)!, c.codePointAt(0)! >> 8, 0, 0])));
    for (const [bytes, name] of [
      [utf16le, 'UTF-16LE'],
      [utf16be, 'UTF-16BE'],
      [utf32le, 'UTF-32LE'],
    ] as const) {
      writeFileSync(join(dir, 'activities', 'payroll.yaml'), bytes);
      const r = hostileRun(['validate', dir, '-f', 'json']);
      expect(r.code).toBe(1);
      const [p] = (JSON.parse(r.stdout) as { problems: { rule: string; message: string; line: number; column: number }[] }).problems;
      expect([p!.rule, p!.line, p!.column, p!.message]).toEqual([
        'encoding',
        1,
        1,
        `The file is ${name} text, not UTF-8 (Windows calls it «Unicode»); save it as UTF-8.`,
      ]);
    }
    // A NUL byte anywhere else is still binary.
    writeFileSync(join(dir, 'activities', 'payroll.yaml'), `${text}x: "\0"\n`);
    expect(rules(hostileRun(['validate', dir, '-f', 'json']).stdout)).toEqual(['binary-file']);
  });

  it('import reads Excel’s «Unicode text» (UTF-16 with its mark), and names the first byte of Windows-1252', () => {
    const dir = temp();
    const text = 'Behandlingsaktivitet\tFormålet med behandlingen\r\nLønn\tUtbetale lønn\r\n';
    writeFileSync(join(dir, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = hostileRun(['import', join(dir, 'unicode.txt'), join(dir, 'out')]);
    clean(r, 0);
    expect(readFileSync(join(dir, 'out', 'activities', 'lonn.yaml'), 'utf8')).toContain('description: Utbetale lønn');
    // «Formålet» with å as Windows-1252 writes it (0xE5): line 1, column 10.
    writeFileSync(join(dir, 'ansi.csv'), Buffer.from(text.replace(/\t/g, ';'), 'latin1'));
    const ansi = hostileRun(['import', join(dir, 'ansi.csv'), join(dir, 'out2')]);
    clean(ansi, 1);
    expect(ansi.stderr).toMatch(/ansi\.csv:1:26: not UTF-8 text; save the CSV as UTF-8 \(in Excel: «CSV UTF-8»\)\n$/);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });
});

describe('where output goes', () => {
  it('-o with a name longer than the system allows is a message (was an internal error)', () => {
    const long = join(temp(), `${'a'.repeat(300)}.json`);
    for (const args of [
      ['report', MINIMAL, '-f', 'json', '-o', long],
      ['validate', MINIMAL, '-o', long],
      ['notice', MINIMAL, '--draft', '-o', long],
    ]) {
      const r = hostileRun(args);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code, `${args[0]}: ${r.stderr}`).not.toBe(0);
    }
    expect(hostileRun(['report', MINIMAL, '-f', 'json', '-o', long]).stderr).toMatch(/could not write .*\(ENAMETOOLONG\); nothing was written/);
  });

  it('schema --dir naming a file, or a device, is a message (was an internal error)', () => {
    const dir = copy(MINIMAL);
    for (const target of [join(dir, 'organisation.yaml'), '/dev/null']) {
      const r = hostileRun(['schema', '--dir', target]);
      clean(r, 2);
      expect(r.stderr).toMatch(/could not write .* \(ENOTDIR\); nothing was written/);
    }
    expect(readdirSync(dir).sort()).toEqual(['activities', 'catalogues', 'organisation.yaml']);
  });

  it('a path in a message is shown relative to the working folder, whichever form it was given in', () => {
    const dir = temp();
    writeFileSync(join(dir, 'f'), '');
    // Absolute, inside the working folder: shown as every other message shows it (a failed write showed it absolute).
    for (const target of [join(dir, 'f', 'x.json'), 'f/x.json']) {
      const r = hostileRun(['report', MINIMAL, '-f', 'json', '-o', target], { cwd: dir });
      clean(r, 2);
      expect(r.stderr).toBe('ropa: could not write f/x.json (ENOTDIR); nothing was written\n');
    }
  });

  // A block device needs mknod, which only root may call: where the tests do not run as root, this is skipped.
  it.skipIf(process.getuid?.() !== 0)('-o naming a block device (a disk) is refused, never written into', () => {
    const dir = temp();
    // Major 240 is for local use: no driver is there, so a write would fail anyway, with a worse message.
    execFileSync('mknod', [join(dir, 'disk'), 'b', '240', '0']);
    const r = hostileRun(['report', MINIMAL, '-f', 'json', '-o', join(dir, 'disk')]);
    clean(r, 2);
    expect(r.stderr).toMatch(/will not write .*disk: it is a disk or another block device/);
    expect(readdirSync(dir)).toEqual(['disk']);
  });

  it.skipIf(!existsSync('/dev/full'))('standard output on a full disk is a message and exit 2, not a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'schema', 'activity'], { stdio: ['ignore', full, 'pipe'], env: { PATH: process.env.PATH, ROPA_LANG: 'en' } });
      expect(r.status).toBe(2);
      expect(r.stderr.toString()).toBe('ropa: could not write to standard output (ENOSPC); what was printed is incomplete\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('diff in a shallow clone', () => {
  it('a base the clone does not hold says the clone is shallow, and how to fetch it', () => {
    const repo = scratchRepo();
    try {
      copyRegistry(MINIMAL, repo.dir);
      repo.commit('one');
      writeFileSync(join(repo.dir, 'registry', 'organisation.yaml'), `${readFileSync(join(repo.dir, 'registry', 'organisation.yaml'), 'utf8')}# two\n`);
      repo.commit('two');
      const clone = join(temp(), 'clone');
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], {
        env: { PATH: process.env.PATH ?? '', HOME: clone, ...GIT_ENV },
      });
      const r = hostileRun(['diff', 'HEAD~1'], { cwd: clone });
      clean(r, 2);
      expect(r.stderr).toContain('git knows no commit called "HEAD~1" in this clone, which is shallow');
      expect(r.stderr).toContain('fetch-depth: 0');
    } finally {
      repo.cleanup();
    }
  });
});

describe('YAML files in a folder inside activities/ or catalogues/', () => {
  it('are named in a warning, on disk and at a git revision (they were left out without a word)', () => {
    const repo = scratchRepo();
    try {
      copyRegistry(MINIMAL, repo.dir);
      const reg = join(repo.dir, 'registry');
      mkdirSync(join(reg, 'activities', 'hr'));
      writeFileSync(
        join(reg, 'activities', 'hr', 'bonus.yaml'),
        readFileSync(join(reg, 'activities', 'payroll.yaml'), 'utf8').replace('id: payroll', 'id: bonus'),
      );
      writeFileSync(join(reg, 'activities', 'hr', 'notes.md'), 'not YAML\n');
      // A folder without YAML, and a hidden one, are no one's concern.
      mkdirSync(join(reg, 'catalogues', 'drafts'));
      writeFileSync(join(reg, 'catalogues', 'drafts', 'readme.txt'), 'x\n');
      mkdirSync(join(reg, 'activities', '.trash'));
      writeFileSync(join(reg, 'activities', '.trash', 'old.yaml'), 'id: old\n');
      const r = hostileRun(['validate', reg, '-f', 'json']);
      expect(r.code, r.stdout).toBe(0);
      const problems = (JSON.parse(r.stdout) as { problems: { file: string; rule: string; severity: string; message: string }[] }).problems;
      expect(problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.rule, p.severity])).toEqual([['activities/hr', 'unread-folder', 'warning']]);
      expect(problems[0]!.message).toMatch(/^This folder holds 1 YAML file that ropa does not read/);
      // At a revision the same: ropa diff reads what validate reads.
      repo.commit('hr');
      const top = repo.git('rev-parse', 'HEAD').trim();
      const tree = readRevision(repo.dir, top, 'registry', 'HEAD')!;
      const found = discoverAtRevision(tree, reg);
      expect(found.problems.map((p) => [p.path, p.rule, p.severity, p.args])).toEqual([
        [join(reg, 'activities', 'hr'), 'unread-folder', 'warning', { count: 1 }],
      ]);
      expect(hostileRun(['diff', 'HEAD'], { cwd: repo.dir }).code).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});

describe('ropa fmt and characters that show nothing, or show what is not there', () => {
  it('writes bidi marks, line separators, C1 controls and a BOM inside a value as escapes, and keeps every value', () => {
    const dir = copy(MINIMAL);
    const file = join(dir, 'activities', 'payroll.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('title: {nb: Lønn, en: Payroll}', "title: {nb: Lønn, en: 'Pay\u202eroll'}")
      .replace('status: active', 'status: active\ncustom:\n  a: "x\\u2028y"\n  b: "nel\\x85"\n  c: "bom\\ufeffmid"\n  d: "emoji 👩‍💻 and\u00a0§ 10"\n');
    writeFileSync(file, text);
    const before = parse(text) as Record<string, unknown>;
    const r = hostileRun(['fmt', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toMatch(/[\u0085\u2028\u202e\ufeff]/);
    expect(after).toContain('en: "Pay\\u202eroll"');
    expect(after).toMatch(/^ {2}a: "x\\u2028y"$/m);
    expect(after).toMatch(/^ {2}b: "nel\\u0085"$/m);
    expect(after).toMatch(/^ {2}c: "bom\\ufeffmid"$/m);
    // Typography that shows as itself is left alone.
    expect(after).toMatch(/^ {2}d: emoji 👩‍💻 and\u00a0§ 10$/m);
    expect(parse(after)).toEqual(before);
    expect(hostileRun(['fmt', dir, '--check']).code).toBe(0);
  });
});

describe('a YAML 1.1 merge key', () => {
  it('`<<: *defaults` says it is not read and what to do, not "Unknown property. Did you mean id?"', () => {
    const dir = copy(MINIMAL);
    const file = join(dir, 'activities', 'payroll.yaml');
    const text = readFileSync(file, 'utf8').replace('status: active', 'defaults: &d {status: active}\n<<: *d');
    writeFileSync(file, text);
    const r = hostileRun(['validate', dir, '-f', 'json']);
    const problems = (JSON.parse(r.stdout) as { problems: { line: number; message: string }[] }).problems;
    const line = text.split('\n').findIndex((l) => l.startsWith('<<')) + 1;
    expect(problems.find((p) => p.line === line)?.message).toBe(
      'A merge key (<<) is not read: YAML 1.2, which ropa reads, has none, so the keys it would bring in are missing. Write them out here.',
    );
  });
});
