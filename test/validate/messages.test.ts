import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * The usual mistakes of a DPO writing YAML by hand, one per folder under test/fixtures/messages:
 * each folder holds the files that differ from `base` (a small valid registry in bokmål and
 * English) and expect.json, every problem `ropa validate` must report: where (line, column), and
 * the exact words in bokmål and in English. The list is whole: one mistake, one message.
 */
interface Expected {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  nb: string;
  en: string;
}

const root = join(FIXTURES, 'messages');
const base = join(root, 'base');
const cases = readdirSync(root).filter((n) => n !== 'base' && statSync(join(root, n)).isDirectory());
const scratch: (() => void)[] = [];
afterAll(() => scratch.forEach((c) => c()));

/** The base registry with the case's files laid over it. */
function registryFor(name: string): string {
  const { dir, cleanup } = scratchCopy(base);
  scratch.push(cleanup);
  cpSync(join(root, name), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}

function problems(dir: string, lang: 'nb' | 'en'): { file: string; line: number; column: number; rule: string; severity: string; message: string }[] {
  const r = ropa(['validate', dir, '--lang', lang, '--format', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { problems: { file: string; line: number; column: number; rule: string; severity: string; message: string }[] };
  return json.problems.map((p) => ({
    file: relative(dir, join(dir, p.file)),
    line: p.line,
    column: p.column,
    rule: p.rule,
    severity: p.severity,
    message: p.message,
  }));
}

describe('each usual mistake gets one located message that shows the right form, in bokmål and English', () => {
  it('the base registry is clean', () => {
    const r = ropa(['validate', base]);
    expect(r).toMatchObject({ code: 0, stdout: '✔ The registry is valid.\n' });
  });

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(root, name, 'expect.json'), 'utf8')) as Expected[];
    expect(expected.length).toBeGreaterThan(0);
    const dir = registryFor(name);
    for (const lang of ['nb', 'en'] as const) {
      const got = problems(dir, lang);
      expect(got, lang).toEqual(expected.map((e) => ({ file: e.file, line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e[lang] })));
    }
  });

  it('a mistake in a catalogue entry used by every activity is one message, not one per use', () => {
    // The law and the processor are each used by both activities: no "not in the catalogue" follows.
    for (const name of ['lovdata-id', 'country-alpha3', 'catalogue-syntax']) {
      const expected = JSON.parse(readFileSync(join(root, name, 'expect.json'), 'utf8')) as Expected[];
      expect(expected, name).toHaveLength(1);
    }
  });

  it('a file that fails its schema is checked further without trusting its shape, even when it is circular', () => {
    const dir = registryFor('duration-words');
    // An alias inside itself: valid YAML, circular data, and a schema error.
    const file = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title:\n', 'title: &t\n  x: *t\n').replace('  - employees\n', '  - employes\n'));
    const { findings } = validateRegistry(dir, [], { jobs: 1 });
    expect(findings.map((f) => [f.rule, f.range?.line, f.args.id ?? f.args.property ?? f.args.value]).sort()).toEqual([
      ['schema', 26, '5 år'],
      ['schema', 3, 'x'],
      ['unresolved-reference', 16, 'employes'],
    ]);
  });

  it('a circular value where a code is expected is one message, not a crash', () => {
    const dir = registryFor('duration-words');
    const file = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: active\n', 'status: &s\n  x: *s\n').replace('period: 5 år', 'period: P5Y'));
    const r = ropa(['validate', dir, '--lang', 'en', '-f', 'json']);
    expect(r.stderr).toBe('');
    const { problems } = JSON.parse(r.stdout) as { problems: { line: number; message: string }[] };
    expect(problems.map((p) => [p.line, p.message])).toEqual([[5, '"…" is not allowed here; use one of: planned, active, retired.']]);
  });

  it('a file with a schema error still has its references checked', () => {
    const expected = JSON.parse(readFileSync(join(root, 'schema-and-reference', 'expect.json'), 'utf8')) as Expected[];
    expect(expected.map((e) => e.rule).sort()).toEqual(['schema', 'unresolved-reference']);
  });
});

describe('messages are in the registry language unless asked otherwise', () => {
  const dir = (): string => registryFor('duration-words');

  it('validate speaks the first language the registry declares, with its plural forms and labels', () => {
    const r = ropa(['validate', dir()], { env: { ROPA_LANG: undefined } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('feil      «5 år» er ikke en ISO 8601-varighet');
    expect(r.stdout).toContain('✖ 1 problem (1 feil, 0 advarsler) i 1 fil');
    expect(r.stdout).not.toMatch(/\berror\b|fil\(er\)/);
  });

  it('ROPA_LANG and then --lang override it', () => {
    const d = dir();
    expect(ropa(['validate', d], { env: { ROPA_LANG: 'en' } }).stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file');
    expect(ropa(['validate', d, '--lang', 'nn'], { env: { ROPA_LANG: 'en' } }).stdout).toContain('✖ 1 problem (1 feil, 0 åtvaringar) i 1 fil');
  });

  it('an empty ROPA_LANG counts as unset, as an empty NO_COLOR does', () => {
    for (const value of ['', '  ']) {
      const r = ropa(['validate', dir()], { env: { ROPA_LANG: value } });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('✖ 1 problem (1 feil, 0 advarsler) i 1 fil');
    }
    expect(ropa(['validate', dir()], { env: { ROPA_LANG: 'xx' } }).code).toBe(2);
  });

  it('a registry whose organisation file is broken is still answered in its language', () => {
    const d = registryFor('duration-words');
    const org = join(d, 'organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('  nb: Eksempel kommune', '  nb: Eksempel: kommune'));
    const r = ropa(['validate', d], { env: { ROPA_LANG: undefined } });
    expect(r.stdout).toContain('sett teksten i anførselstegn: `nb: "Eksempel: kommune"`');
  });

  it('gaps and diff speak it too', () => {
    const gaps = ropa(['gaps', base], { env: { ROPA_LANG: undefined } });
    expect(gaps.stdout).toMatch(/feil, \d+ advarsl?e?r?/);
    expect(gaps.stdout).not.toMatch(/\d+ errors?\b/);
    const diff = ropa(['diff', base, dir()], { env: { ROPA_LANG: undefined } });
    expect(diff.stderr).toContain('«5 år» er ikke en ISO 8601-varighet');
    expect(diff.stderr).toContain('har 1 feil');
  });
});
