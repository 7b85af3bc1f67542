import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml, type Data } from './helpers.js';
import { dataPaths, schemaPaths, within } from './field-paths.js';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { NOT_IN_REPORT_ORGANISATION } from '../../src/commands/import.js';
import { ORGANISATION_FIELDS_CARRIED } from '../../src/render/report/fields.js';

/**
 * The organisation through `ropa report -f xlsx` and `ropa import`: every fact the header block prints comes back with
 * the value it had (a private body's `publicAuthority: false` came back `true` in session 43: the header block did not
 * print it and the import assumed a public authority), and what the block does not print is named in the summary
 * (NOT_IN_REPORT_ORGANISATION), walked from schemas/organisation.schema.json as an activity's fields are.
 */
const ORG_PATHS = schemaPaths('organisation.schema.json');

/** The organisation's paths the header block prints and the import reads back. */
const CARRIED = [
  'name',
  'organisationNumber',
  'publicAuthority',
  'coreActivities.largeScaleMonitoring',
  'coreActivities.largeScaleSpecialCategories',
  'individualPractice',
  'responsible',
  'address',
  'visitingAddress',
  'contact',
  'dpo',
  'representative',
  'jointControllers',
  // Since session 46 on the workbook's sheet of other fields, for the activities' noticeGroup (test/import/fields.test.ts).
  ...ORGANISATION_FIELDS_CARRIED,
];

/** A text in the report's language, as the one-language report prints it; Norway left out of an address, as printed. */
function printed(value: unknown, lang: string): unknown {
  if (Array.isArray(value)) return value.map((v) => printed(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Data;
  if (Object.keys(o).length > 0 && Object.keys(o).every((k) => ['nb', 'nn', 'en'].includes(k))) return o[lang] ?? o.nb;
  const out: Data = {};
  for (const [k, v] of Object.entries(o)) if (!(k === 'country' && v === 'NO' && 'lines' in o)) out[k] = printed(v, lang);
  return out;
}

/** Joint controllers by name: their ids are made again from their names. */
const byName = (joint: unknown): unknown[] => Object.values((joint ?? {}) as Record<string, Data>).sort((x, y) => String(x.name).localeCompare(String(y.name)));

describe("the organisation through ropa's xlsx: carried, or named in the import's summary", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('each path of the organisation schema is carried or named (NOT_IN_REPORT_ORGANISATION)', () => {
    const undecided = [...ORG_PATHS]
      .filter(([p, kind]) => kind === 'value' && p !== '$schema' && !within(p, CARRIED) && !within(p, NOT_IN_REPORT_ORGANISATION))
      .map(([p]) => p);
    expect(undecided).toEqual([]);
    expect([...CARRIED, ...NOT_IN_REPORT_ORGANISATION].filter((p) => !ORG_PATHS.has(p))).toEqual([]);
    expect(CARRIED.filter((p) => within(p, NOT_IN_REPORT_ORGANISATION))).toEqual([]);
  });

  /**
   * A private body with everything the header block can print: a representative abroad (Art. 27), a sole practice,
   * core activities both ways, a joint controller no activity names; made from the round-trip fixture.
   */
  const privateBody = (): string => {
    const dir = join(tmp.dir, 'private-src');
    cpSync(join(FIXTURES, 'import', 'round-trip'), dir, { recursive: true });
    const org = readFileSync(join(dir, 'organisation.yaml'), 'utf8')
      .replace(
        'publicAuthority: true',
        'publicAuthority: false\nindividualPractice: true\ncoreActivities:\n  largeScaleMonitoring: false\n  largeScaleSpecialCategories: true',
      )
      .replace(
        'jointControllers:',
        [
          'representative:',
          '  name: Eksempel GmbH',
          '  contact:',
          '    name: Anna Schmidt',
          '    role: Vertreterin',
          '    email: vertreter@example.de',
          '    address: {lines: [Hauptstraße 5], postalCode: "10115", city: Berlin, country: DE}',
          'jointControllers:',
          '  skatt:',
          '    name: Skatteetaten',
          '    organisationNumber: "974761076"',
        ].join('\n'),
      );
    writeFileSync(join(dir, 'organisation.yaml'), org);
    expect(ropa(['validate', dir]).code).toBe(0);
    return dir;
  };

  const SETS: { name: string; dir: () => string; lang: string }[] = [
    { name: 'round-trip (nb)', dir: () => join(FIXTURES, 'import', 'round-trip'), lang: 'nb' },
    { name: 'round-trip (en)', dir: () => join(FIXTURES, 'import', 'round-trip'), lang: 'en' },
    { name: 'example (nn)', dir: () => EXAMPLE, lang: 'nn' },
    { name: 'variants-advokat: a private law firm (en)', dir: () => join(FIXTURES, 'corpus', 'variants-advokat', 'base'), lang: 'en' },
    { name: 'variants-advokat in nb', dir: () => join(FIXTURES, 'corpus', 'variants-advokat', 'base'), lang: 'nb' },
    { name: 'planted-vakt: a private security company', dir: () => join(FIXTURES, 'corpus', 'planted-vakt', 'base'), lang: 'nb' },
    { name: 'variants-kyrkje', dir: () => join(FIXTURES, 'corpus', 'variants-kyrkje', 'base'), lang: 'nn' },
    { name: 'a private sole practice with a representative (nb)', dir: privateBody, lang: 'nb' },
    { name: 'a private sole practice with a representative (nn)', dir: privateBody, lang: 'nn' },
  ];

  it.each(SETS)('$name: every fact printed comes back as it was', ({ name, dir, lang }) => {
    const src = dir();
    const xlsx = join(tmp.dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    const reg = join(tmp.dir, name.replace(/\W+/g, '-'));
    expect(ropa(['report', src, '-f', 'xlsx', '--lang', lang, '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    const before = yaml(src, 'organisation.yaml');
    const after = yaml(reg, 'organisation.yaml');
    const lost: string[] = [];
    for (const p of dataPaths(before, '', new Set(), ORG_PATHS)) {
      if (!within(p, CARRIED) || ORG_PATHS.get(p) === 'object') continue;
      const get = (o: Data): unknown => p.split('.').reduce<unknown>((x, k) => (x as Data | undefined)?.[k], o);
      const want = p === 'jointControllers' ? byName(get(before)) : printed(get(before), lang);
      const got = p === 'jointControllers' ? byName(get(after)) : get(after);
      // Norway is the address' country when none is printed (report/text.ts address).
      if (p.endsWith('.country') && want === 'NO' && got === undefined) continue;
      if (JSON.stringify(got) !== JSON.stringify(want)) lost.push(`${p}: ${JSON.stringify(want)} came back ${JSON.stringify(got)}`);
    }
    expect(lost).toEqual([]);
    // Nothing of the header block is left as text, and the fields it does not print are named, once.
    expect(after.custom).toBeUndefined();
    expect(r.stdout.split(NOT_IN_REPORT_ORGANISATION.join(', '))).toHaveLength(2);
  });

  it('a private body stays private, said with no «assumed» remark; an older workbook (no such line) is a public authority as before', () => {
    const xlsx = join(tmp.dir, 'advokat.xlsx');
    const reg = join(tmp.dir, 'advokat');
    expect(ropa(['report', join(FIXTURES, 'corpus', 'variants-advokat', 'base'), '-f', 'xlsx', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    expect(ropa(['import', xlsx, reg]).code).toBe(0);
    const text = readFileSync(join(reg, 'organisation.yaml'), 'utf8');
    expect(text).toMatch(/^publicAuthority: false$/m);
    expect(text).not.toContain('assumed a public authority');

    // --private still makes a public body's import private (the flag is the user's word on the result).
    const ssb = join(tmp.dir, 'ssb.xlsx');
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--date', '2026-12-01', '-o', ssb]).code).toBe(0);
    expect(ropa(['import', ssb, join(tmp.dir, 'ssb-private'), '--private']).code).toBe(0);
    expect(yaml(join(tmp.dir, 'ssb-private'), 'organisation.yaml').publicAuthority).toBe(false);

    const old = join(tmp.dir, 'old');
    expect(ropa(['import', join(FIXTURES, 'import', 'round-trip-main.xlsx'), old]).code).toBe(0);
    expect(yaml(old, 'organisation.yaml').publicAuthority).toBe(true);
    expect(readFileSync(join(old, 'organisation.yaml'), 'utf8')).toContain('assumed a public authority');
  });
});
