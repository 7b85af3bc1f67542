import { describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { main } from '../../src/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/** The smaller holes of issue 11: each a clean answer, with no stack trace and nothing written where it should not be. */
const { temp, copy } = scratch();
const BEFORE = join(FIXTURES, 'e2e', 'before');
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('ropa new', () => {
  it('does not write through an activities link that leaves the registry', () => {
    const dir = copy(BEFORE);
    const elsewhere = temp();
    cpSync(join(dir, 'activities'), elsewhere, { recursive: true });
    const before = readdirSync(elsewhere);
    renameSync(join(dir, 'activities'), join(dir, 'gone'));
    symlinkSync(elsewhere, join(dir, 'activities'));
    const r = hostileRun([
      'new',
      'bonus',
      dir,
      '--title',
      'Bonus',
      '--purpose',
      'Pay bonuses',
      '--basis',
      'A6-1-b',
      '--subjects',
      'employees',
      '--categories',
      'contact-details',
      '--sources',
      'data-subject',
      '--recipients',
      'none',
    ]);
    expect(r.stderr).toMatch(/^ropa: .*activities leads outside the registry; ropa new writes only inside it\n$/);
    expect(r.code).toBe(1);
    expect(readdirSync(elsewhere)).toEqual(before);
  });
});

describe('ropa init', () => {
  it('into a link to nothing: a message, not an internal error', () => {
    const out = temp();
    symlinkSync(join(out, 'nowhere'), join(out, 'registry'));
    const r = hostileRun(['init', join(out, 'registry')]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(/^ropa: .*registry/);
    expect(r.code).toBe(2);
    expect(existsSync(join(out, 'nowhere'))).toBe(false);
  });
});

describe('notice --template', () => {
  const notice = join(FIXTURES, 'notice', 'complete');
  it.each([
    ['a partial', 'partials/contact.md.hbs'],
    ['the layout', 'notice.md.hbs'],
  ])('%s that is a link out of the template folder is refused, not read', (_, file) => {
    const tpl = temp();
    const secret = join(temp(), 'secret.md.hbs');
    writeFileSync(secret, 'TOP-SECRET {{organisation.name}}\n');
    mkdirSync(join(tpl, 'partials'));
    symlinkSync(secret, join(tpl, file));
    const r = hostileRun(['notice', notice, '--template', tpl]);
    expect(r.stdout).not.toContain('TOP-SECRET');
    expect(r.stderr).toContain('leads outside the template folder');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(2);
  });

  it('a link inside the folder is read', () => {
    const tpl = temp();
    mkdirSync(join(tpl, 'partials'));
    writeFileSync(join(tpl, 'own.md.hbs'), 'OWN CONTACT\n');
    symlinkSync(join(tpl, 'own.md.hbs'), join(tpl, 'partials', 'contact.md.hbs'));
    const r = hostileRun(['notice', notice, '--template', tpl]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('OWN CONTACT');
  });
});

describe('registry text stays on its line', () => {
  it('ropa list: a line break in a title does not forge a row', () => {
    const dir = copy(BEFORE);
    const payroll = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(
      payroll,
      readFileSync(payroll, 'utf8').replace('title: {nb: Lønn, en: Payroll}', 'title: {nb: "Lønn\\nforged   Forged row   active", en: Payroll}'),
    );
    const r = hostileRun(['list', dir, '--lang', 'nb']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^forged/m);
    expect(r.stdout).toContain('Lønn\\nforged');
  });

  it('validate -f github: escape, bell and bidi marks in a file name are shown, not sent to the log', () => {
    const dir = copy(BEFORE);
    const name = 'pay\u001b[2J\u0007\u202eroll.yaml';
    writeFileSync(join(dir, 'activities', name), 'id: x\n');
    const r = hostileRun(['validate', dir, '-f', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pay\\u001b[2J\\u0007\\u202eroll.yaml');
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
  });
});

describe('periods no law asks for', () => {
  const withPeriod = (period: string): string => {
    const dir = copy(BEFORE);
    const payroll = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(payroll, readFileSync(payroll, 'utf8').replace('period: P5Y', `period: ${period}`));
    return dir;
  };

  it.each(['P999999999999999999999999Y', 'P1001Y', 'P12013M', 'PT9999999999H'])('%s is refused where it is written', (period) => {
    const r = hostileRun(['validate', withPeriod(period), '-f', 'json']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; line: number; column: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.rule, p.file.split('/').pop(), p.line, p.column])).toEqual([['schema', 'payroll.yaml', 17, 13]]);
    expect(problems[0]!.message).toBe(`The period ${period} is longer than 1000 years; no retention rule is that long.`);
  });

  it('a thousand years is still a period', () => {
    expect(hostileRun(['validate', withPeriod('P1000Y')]).code).toBe(0);
  });

  it('diff refuses it rather than missing a change to it', () => {
    const r = hostileRun(['diff', withPeriod('P999999999999999999999999Y'), withPeriod('P999999999999999999999998Y')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('longer than 1000 years');
  });
});

describe('two organisation files', () => {
  it('organisation.yml beside organisation.yaml is reported, not ignored', () => {
    const dir = copy(BEFORE);
    writeFileSync(join(dir, 'organisation.yml'), readFileSync(join(dir, 'organisation.yaml'), 'utf8').replace('Eksempeletaten', 'Noe annet'));
    const r = hostileRun(['validate', dir, '-f', 'json']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string }[] }).problems;
    expect(problems.map((p) => [p.rule, p.file.split('/').pop()])).toEqual([['duplicate-organisation', 'organisation.yml']]);
  });
});

describe('main() run many times in one process', () => {
  it('adds no listener to stdout or stderr after the first run', async () => {
    const swallow = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cwd = process.cwd();
    try {
      process.chdir(ROOT);
      await main(['node', 'ropa', 'validate', join(FIXTURES, 'no-such-registry')]);
      const counts = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')];
      for (let i = 0; i < 20; i++) await main(['node', 'ropa', 'validate', join(FIXTURES, 'no-such-registry')]);
      expect([process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]).toEqual(counts);
    } finally {
      process.chdir(cwd);
      swallow.mockRestore();
      process.exitCode = 0;
    }
  });
});
