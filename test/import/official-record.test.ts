import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { yaml } from './helpers.js';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';

/**
 * Session 47: the official record (`ropa report` without `--internal`) is what a body makes available to Datatilsynet
 * (Art. 30(4)); it carries no accepted gap findings and no custom fields, which are the organisation's internal notes.
 * The internal working copy carries them, and the unapproved activities, marked. `ropa import` of an official workbook
 * says what it cannot have, and which copy has it.
 */
const RICH = join(FIXTURES, 'import', 'round-trip');
const DATE = '2026-12-01';
const INTERNAL = /^(acceptedGaps|custom)\b/;

/** The sheet of other fields: its note (row 2) and its rows (ID, field, value), as exceljs reads them. */
async function fieldsSheet(path: string): Promise<{ note: string; rows: [string, string, unknown][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Øvrige felt')!;
  const rows: [string, string, unknown][] = [];
  ws.eachRow((row, n) => {
    if (n > 4) rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(3).value), row.getCell(4).value ?? null]);
  });
  return { note: String(ws.getCell('A2').value), rows };
}

/** The record sheet's activity column (its name and, in the internal copy, the mark under it), row by row. */
async function activityCells(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Behandlingsprotokoll')!;
  const cells: string[] = [];
  let header = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === 'Behandlingsaktivitet') header = n;
    else if (header > 0) cells.push(String(row.getCell(1).value));
  });
  return cells;
}

describe('the official record leaves accepted gaps and custom fields out; the internal copy carries them', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const report = (args: string[], to: string, from = RICH): void => {
    const r = ropa(['report', from, ...args, '--date', DATE, '-o', to]);
    expect(r.code, r.stderr).toBe(0);
  };

  it('xlsx: the sheet of other fields of the official record has the rest, not accepted gaps or custom; its note says so', async () => {
    const [official, internal] = [join(tmp.dir, 'official.xlsx'), join(tmp.dir, 'internal.xlsx')];
    report(['-f', 'xlsx'], official);
    report(['-f', 'xlsx', '--internal'], internal);
    const [o, i] = [await fieldsSheet(official), await fieldsSheet(internal)];
    expect(o.rows.filter(([, path]) => INTERNAL.test(path))).toEqual([]);
    // research (approved) has both in its file: the internal copy prints them.
    expect(i.rows).toContainEqual(['research', 'acceptedGaps[0].acceptedBy', 'Personvernombudet']);
    expect(i.rows).toContainEqual(['research', 'custom.ticket', 'PVO-12']);
    // Everything else of the approved activities is in both, in the same order: descriptions, notice texts, retention words.
    const onRecord = new Set(o.rows.map(([id]) => id));
    expect(o.rows).toEqual(i.rows.filter(([id, path]) => onRecord.has(id) && !INTERNAL.test(path)));
    expect(o.rows).toContainEqual(['research', 'description', 'Forskning på årsakene til sykefravær blant de ansatte']);
    expect(o.rows.some(([, path]) => path === 'retention[0].exceptions')).toBe(true);
    expect(o.note).toContain('Aksepterte avvik og virksomhetens egne felt er interne notater og står bare i den interne arbeidskopien.');
    expect(i.note).toContain('aksepterte avvik og virksomhetens egne felt.');
  });

  it("json: the official record has no acceptedGaps or custom, the organisation's custom neither; --internal has them", () => {
    const dir = join(tmp.dir, 'org-custom');
    cpSync(RICH, dir, { recursive: true });
    const org = join(dir, 'organisation.yaml');
    writeFileSync(org, `${readFileSync(org, 'utf8')}custom:\n  sector: state\n`);
    type Json = { variant: string; organisation: Record<string, unknown>; activities: Record<string, unknown>[] };
    const json = (args: string[]): Json => {
      const r = ropa(['report', dir, '-f', 'json', ...args]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Json;
    };
    const [official, internal] = [json([]), json(['--internal'])];
    expect(official.variant).toBe('official');
    expect(official.organisation.custom).toBeUndefined();
    expect(official.organisation.name).toEqual(internal.organisation.name);
    const research = (j: Json): Record<string, unknown> => j.activities.find((a) => a.id === 'research')!;
    expect(research(official).acceptedGaps).toBeUndefined();
    expect(research(official).custom).toBeUndefined();
    expect(research(official).description).toEqual(research(internal).description);
    expect(internal.organisation.custom).toEqual({ sector: 'state' });
    expect((research(internal).custom as Record<string, unknown>).ticket).toBe('PVO-12');
    expect(research(internal).acceptedGaps).toHaveLength(1);
    // Nothing else differs for an activity on both: the key order is kept.
    const { acceptedGaps: _g, custom: _c, ...rest } = research(internal);
    expect(JSON.stringify(research(official))).toBe(JSON.stringify(rest));
  });

  it('import of the official workbook names on stderr what it cannot have and the copy that has it; the summary names other languages', () => {
    const xlsx = join(tmp.dir, 'official-import.xlsx');
    report(['-f', 'xlsx'], xlsx);
    const reg = join(tmp.dir, 'from-official');
    const r = ropa(['import', xlsx, reg, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      "is ropa's official record: it leaves out accepted gaps and the organisation's own fields (acceptedGaps, custom), so the activities imported have none of them. The internal working copy has them: ropa report -f xlsx --internal.",
    );
    // The summary lists them with what the report never holds: the registry's texts in its other languages (RICH has nb and en).
    expect(r.stdout).toContain('in one language (Norwegian Bokmål). Left behind: the texts in the registry');
    expect(r.stdout).toContain('and these fields of an activity: acceptedGaps, custom;');
    const research = yaml(join(reg, 'activities'), 'research.yaml');
    expect(research.acceptedGaps).toBeUndefined();
    expect(research.custom).toBeUndefined();
    expect(research.description).toBe('Forskning på årsakene til sykefravær blant de ansatte');
    expect(ropa(['validate', reg]).code).toBe(0);
  });

  it('import of the internal copy says nothing of the kind, and carries them; the marks of unapproved activities come back', async () => {
    // payroll a draft, statistics in review: both marked in the internal copy.
    const dir = join(tmp.dir, 'marks');
    cpSync(RICH, dir, { recursive: true });
    const payroll = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(payroll, readFileSync(payroll, 'utf8').replace(/^approval: approved$/m, 'approval: draft'));
    const at = (s: string): string => join(tmp.dir, `marks-${s}`);
    const importOf = (from: string, to: string): void => {
      const r = ropa(['import', from, to, '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toContain('fields of an activity');
    };
    report(['-f', 'xlsx', '--internal'], at('1.xlsx'), dir);
    importOf(at('1.xlsx'), at('reg1'));
    expect(yaml(join(at('reg1'), 'activities'), 'payroll.yaml').approval).toBe('draft');
    expect(yaml(join(at('reg1'), 'activities'), 'statistics.yaml').approval).toBe('in-review');
    expect((yaml(join(at('reg1'), 'activities'), 'research.yaml').custom as Record<string, unknown>).ticket).toBe('PVO-12');
    report(['-f', 'xlsx', '--internal'], at('2.xlsx'), at('reg1'));
    const marks = await activityCells(at('1.xlsx'));
    expect(marks.filter((c) => /\nIkke godkjent \((utkast|til gjennomgang)\)$/.test(c))).toHaveLength(2);
    expect(await activityCells(at('2.xlsx'))).toEqual(marks);
    // internal → import → internal: the same bytes the second time round.
    importOf(at('2.xlsx'), at('reg2'));
    report(['-f', 'xlsx', '--internal'], at('3.xlsx'), at('reg2'));
    expect(readFileSync(at('3.xlsx')).equals(readFileSync(at('2.xlsx')))).toBe(true);
  });
});
