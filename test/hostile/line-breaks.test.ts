import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa } from '../helpers/cli.js';
import { scratch } from './run.js';

/**
 * A carriage return alone ends a line for editors and git hosts, not for YAML: after a comment it
 * hid the next line's key from ropa (`# reviewed\rstatus: retired` was read as a comment only), and a
 * file saved with old Mac line ends was "empty". Such a file is refused where the CR is.
 */
const { copy } = scratch();

describe('a lone carriage return is refused at its line and column', () => {
  const file = (dir: string): string => join(dir, 'activities', 'payroll.yaml');

  it('after a comment, where it would hide the key that follows', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const text = readFileSync(file(dir), 'utf8').replace(/\nstatus: active\n/, '\n# reviewed\rstatus: retired\n');
    expect(text).toContain('\r');
    writeFileSync(file(dir), text);
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    const r = ropa(['validate', dir, '-f', 'json']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; line: number; column: number }[] }).problems;
    expect(problems.map((p) => [p.rule, p.file.split('/').pop(), p.line, p.column])).toEqual([['line-break', 'payroll.yaml', line, 11]]);
    expect(ropa(['report', dir]).code).toBe(1);
  });

  it('a whole file with CR line ends is that, not "empty"', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    writeFileSync(file(dir), readFileSync(file(dir), 'utf8').replace(/\n/g, '\r'));
    const r = ropa(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line-break');
    expect(r.stdout).not.toContain('empty');
  });

  it('CRLF is still fine', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    writeFileSync(file(dir), readFileSync(file(dir), 'utf8').replace(/\n/g, '\r\n'));
    const r = ropa(['validate', dir]);
    expect(r.stdout + r.stderr).not.toContain('line-break');
    expect(r.code).toBe(0);
  });
});

describe('a line separator inside a comment is refused; in a quoted value it is text', () => {
  const file = (dir: string): string => join(dir, 'activities', 'payroll.yaml');

  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
    ['a vertical tab', '\v'],
    ['a form feed', '\f'],
  ])('%s after a comment, where it would hide the key that follows', (_name, ch) => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const text = readFileSync(file(dir), 'utf8').replace(/\nstatus: active\n/, `\n# reviewed${ch}status: retired\n`);
    writeFileSync(file(dir), text);
    const line = text.slice(0, text.indexOf(ch)).split('\n').length;
    const r = ropa(['validate', dir, '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; line: number; column: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['line-break', line, 11]]);
    expect(problems[0]!.message).toContain(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} character in a comment`);
  });

  it('inside a quoted value, the character is text and the file is valid', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const text = readFileSync(file(dir), 'utf8').replace(/\nstatus: active\n/, '\nstatus: active # reviewed\ndescription: "Lønn\u2028og personal"\n');
    writeFileSync(file(dir), text);
    const r = ropa(['validate', dir]);
    expect(r.stdout).not.toContain('line-break');
    expect(r.code).toBe(0);
  });
});

describe('a line separator that breaks the YAML outside a comment is named, not a generic syntax error', () => {
  const file = (dir: string): string => join(dir, 'activities', 'payroll.yaml');

  it.each([
    ['after a key’s colon', 'status:\u2028 active', 4, 8, '2028'],
    ['alone on a line', 'status: active\n\u2029', 5, 1, '2029'],
    ['after a quoted value', 'status: "active"\u2028', 4, 17, '2028'],
    ['on the line after the one the parser stops on', 'status: active\n  x: \u0085y: 1', 5, 6, '0085'],
  ])('%s', (_name, replacement, line, column, code) => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    writeFileSync(file(dir), readFileSync(file(dir), 'utf8').replace('status: active', replacement));
    const r = ropa(['validate', dir, '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; line: number; column: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['yaml-syntax', line, column]]);
    expect(problems[0]!.message).toMatch(new RegExp(`^A U\\+${code} character: some editors show a new line there, YAML does not`));
  });
});

describe('ropa new and ropa add in a registry whose lines end in CRLF', () => {
  it('write new files with CRLF, and add to a CRLF file in CRLF', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    for (const f of ['organisation.yaml', 'activities/payroll.yaml', 'catalogues/catalogue.yaml']) {
      writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(/\n/g, '\r\n'));
    }
    const created = ropa(['new', 'lonn', dir, '--no-input', '--title', 'Lønn', '--purpose', 'Lønn', '--basis', 'A6-1-b', '--subjects', 'employees'], {
      env: { ROPA_LANG: 'en' },
    });
    expect(created.code, created.stderr).toBe(0);
    expect(ropa(['add', 'law', 'skatteloven', dir, '--title', 'skatteloven']).code).toBe(0);
    expect(ropa(['add', 'processor', 'visma', dir, '--name', 'Visma']).code).toBe(0);
    for (const f of ['activities/lonn.yaml', 'catalogues/catalogue.yaml', 'catalogues/processors.yaml']) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).toMatch(/\r\n/);
      expect(text.replace(/\r\n/g, ''), f).not.toMatch(/[\r\n]/);
    }
    expect(readFileSync(join(dir, 'catalogues/catalogue.yaml'), 'utf8')).toContain('skatteloven');
  });
});
