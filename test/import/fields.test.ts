import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { yaml } from './helpers.js';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { FIELDS_CARRIED } from '../../src/render/report/fields.js';

/**
 * Session 46: ropa's workbook carries what the record of Art. 30 has no column for on a sheet of its own («Øvrige
 * felt», src/render/report/fields.ts), and `ropa import` reads it back (src/import/fields.ts). Report → import →
 * report: every row of that sheet comes back, and the registry imported from the second workbook is the first one
 * again (the same bytes, the same findings of `ropa gaps`).
 */
const RICH = join(FIXTURES, 'import', 'round-trip');
const SHEET: Record<string, string> = { nb: 'Øvrige felt', nn: 'Andre felt', en: 'Other fields' };
const DATE = '2026-12-01';

/** The rows of the sheet of other fields: ID, field and value (as exceljs reads the cell: text, number, yes/no). */
async function fieldRows(path: string, lang: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(SHEET[lang]!)!;
  const rows: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 4) rows.push(JSON.stringify([row.getCell(1).value, row.getCell(3).value, row.getCell(4).value ?? null]));
  });
  return rows;
}

/** `ropa gaps -f json`'s findings with the registry's folder taken out of their paths, and not their lines (an import's comments in a catalogue differ). */
function findings(dir: string): string[] {
  const out = ropa(['gaps', dir, '-f', 'json', '--lang', 'en']).stdout;
  return (JSON.parse(out) as { findings: { file?: string }[] }).findings.map((f) =>
    JSON.stringify({ ...f, file: f.file?.slice(dir.length), line: undefined, column: undefined }),
  );
}

const BASES = [
  { name: 'round-trip (nb)', dir: RICH, lang: 'nb' },
  { name: 'round-trip (en)', dir: RICH, lang: 'en' },
  { name: 'example', dir: EXAMPLE, lang: 'nb' },
  { name: 'variants-advokat', dir: join(FIXTURES, 'corpus', 'variants-advokat', 'base'), lang: 'nb' },
  { name: 'variants-hotell', dir: join(FIXTURES, 'corpus', 'variants-hotell', 'base'), lang: 'nb' },
];

describe("ropa's workbook → ropa import → ropa's workbook: the other fields come back", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it.each(BASES)('$name', async ({ name, dir, lang }) => {
    const at = (s: string): string => join(tmp.dir, `${name.replace(/\W+/g, '-')}-${s}`);
    const report = (from: string, to: string): void => {
      const r = ropa(['report', from, '-f', 'xlsx', '--lang', lang, '--internal', '--include-retired', '--date', DATE, '-o', to]);
      expect(r.code, r.stderr).toBe(0);
    };
    const importOf = (from: string, to: string): string => {
      const r = ropa(['import', from, to, '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    report(dir, at('1.xlsx'));
    const said = importOf(at('1.xlsx'), at('reg1'));
    report(at('reg1'), at('2.xlsx'));
    const [first, second] = [await fieldRows(at('1.xlsx'), lang), await fieldRows(at('2.xlsx'), lang)];
    expect(first.length).toBeGreaterThan(0);
    // Every row comes back, but one naming an entry the import made otherwise, which the summary names.
    const missing = first.filter((r) => !second.includes(r));
    for (const r of missing) {
      const [id, path] = JSON.parse(r) as [string, string];
      expect(said).toContain(`${path} of «${id}» names an entry the imported activity does not have`);
    }
    expect(missing.length).toBeLessThanOrEqual(1);
    // What the second has more is what the import kept as text (a retention rule or a basis it could not read),
    // each said in the summary.
    for (const r of second.filter((x) => !first.includes(x))) {
      const [, path, value] = JSON.parse(r) as [string, string, string];
      expect(path).toMatch(/^(retention\[\d+\]\.description|purposes\[\d+\]\.legalBasis\[\d+\]\.note)$/);
      expect(said).toContain(String(value).slice(0, 60));
    }
    // The registry made from the second workbook is the first again: the same workbook, byte for byte, and the same findings.
    importOf(at('2.xlsx'), at('reg2'));
    report(at('reg2'), at('3.xlsx'));
    expect(readFileSync(at('3.xlsx')).equals(readFileSync(at('2.xlsx')))).toBe(true);
    expect(findings(at('reg2'))).toEqual(findings(at('reg1')));
  });

  it('each kind of value comes back as it was: texts, yes/no, numbers, nested, empty and null custom fields', () => {
    const xlsx = join(tmp.dir, 'rich.xlsx');
    expect(ropa(['report', RICH, '-f', 'xlsx', '--internal', '--include-retired', '--date', DATE, '-o', xlsx]).code).toBe(0);
    const r = ropa(['import', xlsx, join(tmp.dir, 'rich')]);
    expect(r.code, r.stderr).toBe(0);
    const before = yaml(join(RICH, 'activities'), 'research.yaml');
    const after = yaml(join(tmp.dir, 'rich', 'activities'), 'research.yaml');
    expect(after.custom).toEqual(before.custom);
    expect(after.acceptedGaps).toEqual([
      { rule: 'dpia-required', reason: 'DPIA pågår', acceptedBy: 'Personvernombudet', accepted: '2026-04-02', expires: '2027-03-31' },
    ]);
    expect(after.information).toEqual({
      method: ['art13', 'public-notice', 'obtained-by-law'],
      notice: 'https://example.no/personvern/forskning',
      // A law as the record prints it is read as a basis' law is: the catalogue's entry of that name, and the section.
      law: [{ law: 'personopplysningsloven', section: '§ 9' }, 'Avtale med registereier av 10. januar 2026'],
      note: 'Deltakerne får et informasjonsskriv',
    });
    expect(after.description).toBe('Forskning på årsakene til sykefravær blant de ansatte');
    // A text that begins like a formula: written with an apostrophe before it, read back without.
    expect(after.noticeText).toBe('=Spør forskningsavdelingen om studien');
    const [rule] = after.retention as Record<string, unknown>[];
    expect(rule).toMatchObject({ mainRule: true, atLatest: true, archiveIfRequired: true, exceptions: 'opplysninger som inngår i tidsserier' });
    // A purpose's data categories by the ids the import gave the activity's categories.
    const purposes = after.purposes as { dataCategories?: string[] }[];
    expect(purposes[0]!.dataCategories).toEqual([(after.dataCategories as string[])[1], (after.dataCategories as string[])[2]]);
    expect(r.stdout).not.toMatch(/fields of an activity/);
    expect(r.stdout).toContain('and these fields of the organisation: shortName, rightsFee, notice,');
    // An activity's notice group, with the organisation's groups it names.
    expect(yaml(join(tmp.dir, 'rich', 'activities'), 'statistics.yaml').noticeGroup).toBe('operations');
    expect(yaml(join(tmp.dir, 'rich'), 'organisation.yaml').noticeGroups).toEqual({ operations: { title: 'Drift' } });
  });

  it("ropa's CSV report, one table, has no sheet of other fields: its import names what that sheet carries", () => {
    const csv = join(tmp.dir, 'rich.csv');
    expect(ropa(['report', RICH, '-f', 'csv', '--internal', '--include-retired', '--date', DATE, '-o', csv]).code).toBe(0);
    const r = ropa(['import', csv, join(tmp.dir, 'rich-csv'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`these fields of an activity: ${FIELDS_CARRIED.join(', ')}; and these of the organisation: `);
    expect(r.stdout).toMatch(/and these of the organisation: [^.]*noticeGroups/);
  });

  it('into a registry whose organisation has not the notice group, the activity is imported without it, and that is said', () => {
    const xlsx = join(tmp.dir, 'groups.xlsx');
    expect(ropa(['report', RICH, '-f', 'xlsx', '--internal', '--include-retired', '--date', DATE, '-o', xlsx]).code).toBe(0);
    const reg = join(tmp.dir, 'groups');
    expect(ropa(['init', reg]).code).toBe(0);
    // `ropa init`'s groups are «services» and «operations»: the latter renamed, as a registry of its own would name it.
    for (const file of [join(reg, 'organisation.yaml'), join(reg, 'activities', 'payroll.yaml')]) {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/ operations:?\n/);
      writeFileSync(file, text.replace(/( )operations(:?\n)/, '$1drift$2'));
    }
    const r = ropa(['import', xlsx, reg, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/noticeGroup of «statistics» names the notice group «operations», which the organisation does not have; not imported/);
    expect(yaml(join(reg, 'activities'), 'statistics.yaml').noticeGroup).toBeUndefined();
    expect(ropa(['validate', reg]).code).toBe(0);
  });

  it('a value that begins like a formula is escaped in the workbook and comes back unchanged, an apostrophe before it too', async () => {
    const dir = join(tmp.dir, 'formula');
    cpSync(RICH, dir, { recursive: true });
    const file = join(dir, 'activities', 'research.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(/^description: .*$/m, `description: "=cmd|' /C calc'!A0"`)
      .replace('  ticket: PVO-12', `  ticket: "'=HYPERLINK(\\"x\\")"`);
    writeFileSync(file, text);
    const xlsx = join(tmp.dir, 'formula.xlsx');
    expect(ropa(['report', dir, '-f', 'xlsx', '--internal', '--date', DATE, '-o', xlsx]).code).toBe(0);
    const rows = (await fieldRows(xlsx, 'nb')).map((r) => JSON.parse(r) as unknown[]).filter((r) => r[0] === 'research');
    expect(rows.find((r) => r[1] === 'description')![2]).toBe(`'=cmd|' /C calc'!A0`);
    expect(rows.find((r) => r[1] === 'custom.ticket')![2]).toBe(`''=HYPERLINK("x")`);
    const r = ropa(['import', xlsx, join(tmp.dir, 'formula-reg')]);
    expect(r.code, r.stderr).toBe(0);
    const back = yaml(join(tmp.dir, 'formula-reg', 'activities'), 'research.yaml');
    expect(back.description).toBe(`=cmd|' /C calc'!A0`);
    expect((back.custom as Record<string, unknown>).ticket).toBe(`'=HYPERLINK("x")`);
  });

  it('ropa gaps finds on the imported example what it finds on the example, by rules that read the notice fields', () => {
    // Before session 46 the import lost information and the notice's texts: notice-art14 found 2 more, notice-published
    // and notice-source 7 fewer. Other rules still differ for what the report does not carry (a catalogue entry's facts).
    const xlsx = join(tmp.dir, 'example-gaps.xlsx');
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--internal', '--include-retired', '--date', DATE, '-o', xlsx]).code).toBe(0);
    const reg = join(tmp.dir, 'example-gaps');
    expect(ropa(['import', xlsx, reg]).code).toBe(0);
    const notice = (dir: string): string[] =>
      (JSON.parse(ropa(['gaps', dir, '-f', 'json', '--lang', 'en']).stdout) as { findings: { rule: string; activity?: string; message: string }[] }).findings
        .filter((f) => f.rule.startsWith('notice-') || f.rule.startsWith('information-'))
        .map((f) => `${f.rule} ${f.activity ?? ''}: ${f.message}`)
        .sort();
    const before = notice(EXAMPLE);
    expect(before.length).toBeGreaterThan(0);
    expect(notice(reg)).toEqual(before);
  });

  it('the same registry gives the same workbook, byte for byte', () => {
    const [a, b] = [join(tmp.dir, 'same-a.xlsx'), join(tmp.dir, 'same-b.xlsx')];
    for (const f of [a, b]) expect(ropa(['report', RICH, '-f', 'xlsx', '--internal', '--date', DATE, '-o', f]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe('ropa import: a hostile sheet of other fields', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const base = join(tmp.dir, 'base.xlsx');
  let n = 0;

  /** The workbook with its sheet of other fields edited (cells by address; row 5 is the organisation's notice group, row 6 an activity's first field), imported. */
  async function edited(cells: Record<string, ExcelJS.CellValue>) {
    if (n++ === 0) expect(ropa(['report', RICH, '-f', 'xlsx', '--internal', '--include-retired', '--date', DATE, '-o', base]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const ws = wb.getWorksheet('Øvrige felt')!;
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
    const file = join(tmp.dir, `hostile-${n}.xlsx`);
    await wb.xlsx.writeFile(file);
    const out = join(tmp.dir, `out-${n}`);
    const r = ropa(['import', file, out, '--lang', 'en']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return { ...r, written: existsSync(out) };
  }

  it.each([
    ['a __proto__ key', { C6: '__proto__.polluted', D6: 'x' }, 'Øvrige felt!C6: «__proto__.polluted» is not a field'],
    ['a key under custom named constructor', { C6: 'custom.constructor', D6: 'x' }, 'Øvrige felt!C6: «custom.constructor» is not a field'],
    ['a path outside the sheet (the record prints the title)', { C6: 'title', D6: 'Noe annet' }, 'Øvrige felt!C6: «title» is not a field'],
    ['a path outside the schema', { C6: 'purposes[0].foo', D6: 'x' }, 'Øvrige felt!C6: «purposes[0].foo» is not a field'],
    ['a path that is no path', { C6: 'custom..x', D6: 'x' }, 'Øvrige felt!C6: «custom..x» is not a field'],
    ['a formula', { D6: { formula: 'HYPERLINK("https://example.com")' } }, 'Øvrige felt!D6: a formula'],
    [
      'yes/no given as text',
      { C6: 'retention[0].atLatest', D6: 'kanskje' },
      'Øvrige felt!D6: retention[0].atLatest holds yes or no (TRUE or FALSE), not «kanskje»',
    ],
    [
      'a list entry out of order',
      { C6: 'acceptedGaps[7].rule', D6: 'dpia-required' },
      'Øvrige felt!D6: acceptedGaps[7].rule: the entries of a list are numbered from 0',
    ],
    ['a text longer than a record holds', { D6: 'x'.repeat(20001) }, 'Øvrige felt!D6: 20001 characters'],
  ] as const)('%s: refused with its cell, exit 1, nothing written', async (_what, cells, message) => {
    const r = await edited(cells as Record<string, ExcelJS.CellValue>);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.written).toBe(false);
    expect(({}.constructor as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a row naming no activity of the record is said, and the rest imported', async () => {
    const r = await edited({ A6: 'no-such-activity' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sheet «Øvrige felt», row 6: «no-such-activity» names no activity imported; its field \S+ was not imported/);
  });
});
