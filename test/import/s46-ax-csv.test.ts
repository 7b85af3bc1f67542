import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { yaml } from './helpers.js';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { csvField, restoreCsvField } from '../../src/render/escape.js';

/**
 * Session 46 (AX): ropa's CSV report puts an apostrophe before a formula character after a separator inside a text
 * too (Excel may split a `.csv` there, src/render/escape.ts), and `ropa import` took away only the one at the start:
 * «Forskning;=sykefravær,-ansatte» came back «Forskning;'=sykefravær,'-ansatte», changed without a word.
 */
describe("ropa's CSV report → ropa import: a text with a formula character after a separator comes back as it was", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('the title of an activity', () => {
    const dir = join(tmp.dir, 'reg');
    cpSync(join(FIXTURES, 'import', 'round-trip'), dir, { recursive: true });
    const file = join(dir, 'activities', 'research.yaml');
    const title = "Forskning;=sykefravær,-ansatte;'@ledere";
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: {nb: Forskning på sykefravær,');
    writeFileSync(file, text.replace('title: {nb: Forskning på sykefravær,', `title: {nb: ${JSON.stringify(title)},`));
    const csv = join(tmp.dir, 'record.csv');
    expect(ropa(['report', dir, '-f', 'csv', '--internal', '--date', '2026-12-01', '-o', csv]).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain(`"Forskning;'=sykefravær,'-ansatte;''@ledere"`);
    const r = ropa(['import', csv, join(tmp.dir, 'back')]);
    expect(r.code, r.stderr).toBe(0);
    expect(yaml(join(tmp.dir, 'back', 'activities'), 'research.yaml').title).toBe(title);
  });

  it('restoreCsvField gives back what csvField was given, for any text', () => {
    const unquoted = (field: string): string => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    for (const s of [';=', ";'=", ";''=", ';\t\t=', ',"=x', 'a;b', "'", ";'", '=;=', '\t;\r']) expect(restoreCsvField(unquoted(csvField(s)))).toBe(s);
    fc.assert(fc.property(fc.stringMatching(/^[a;,\t\r"'=+\-@]*$/), (s) => restoreCsvField(unquoted(csvField(s))) === s));
    fc.assert(fc.property(fc.string(), (s) => restoreCsvField(unquoted(csvField(s))) === s));
  });
});
