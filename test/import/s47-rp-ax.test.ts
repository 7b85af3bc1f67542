import { afterAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { yaml } from './helpers.js';
import { FIXTURES, ROOT, ropa, tempDir } from '../helpers/cli.js';
import { displayPath } from '../../src/util/paths.js';
import { SHOWN } from '../../src/commands/import.js';

/**
 * Session 47, from session 46's adversary (AX): a summary of a huge file is cut with a count of the rest; a date cell
 * with a time keeps its time in the organisation's own fields; a refused import names the files at the folder the
 * user gave, not at the scratch folder they were checked in.
 */
describe('ropa import: what AX left (session 47)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it(`a summary list longer than ${SHOWN} lines shows ${SHOWN} and counts the rest`, () => {
    const rows = Array.from({ length: SHOWN + 7 }, (_, i) => `Behandling ${i + 1};Saksbehandling;5-10 år`);
    const csv = join(tmp.dir, 'many.csv');
    writeFileSync(csv, ['Behandlingsaktivitet;Formålet med behandlingen;Lagringstid', ...rows].join('\n') + '\n');
    const r = ropa(['import', csv, join(tmp.dir, 'many'), '--dry-run', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const summary = r.stdout.slice(r.stdout.indexOf('Kept as text'));
    expect(summary).toMatch(new RegExp(`^Kept as text — check these \\(${SHOWN + 7}\\):$`, 'm'));
    expect(summary.match(/could not read "5-10 år" as a period/g)).toHaveLength(SHOWN);
    expect(summary).toContain(`  … and 7 more, not shown: the first ${SHOWN} are.`);
  });

  it("a date cell with a time of day keeps its time in custom; a date alone stays a date; the record's dates are dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Protokoll');
    ws.addRow(['Behandlingsaktivitet', 'Formålet med behandlingen', 'Sist gjennomgått', 'Intern frist', 'Intern dato']);
    ws.addRow(['Lønn', 'Utbetale lønn', new Date('2026-03-01T09:15:00Z'), new Date('2026-03-01T14:30:00Z'), new Date('2026-04-02T00:00:00Z')]);
    ws.addRow(['Rekruttering', 'Ansette', new Date('2026-03-02T00:00:00Z'), new Date('2026-03-01T14:30:45Z'), 'tekst']);
    const file = join(tmp.dir, 'dates.xlsx');
    await wb.xlsx.writeFile(file);
    const reg = join(tmp.dir, 'dates');
    const r = ropa(['import', file, reg, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const lonn = yaml(join(reg, 'activities'), 'lonn.yaml');
    expect(lonn.custom).toEqual({ 'Intern frist': '2026-03-01T14:30', 'Intern dato': '2026-04-02' });
    expect(lonn.review).toEqual({ lastReviewed: '2026-03-01' });
    expect(yaml(join(reg, 'activities'), 'rekruttering.yaml').custom).toEqual({ 'Intern frist': '2026-03-01T14:30:45', 'Intern dato': 'tekst' });
    expect(ropa(['validate', reg]).code).toBe(0);
  });

  it("a value the schema refuses is shown at the file it would be in the user's folder, not in a scratch folder", async () => {
    const base = join(tmp.dir, 'internal.xlsx');
    expect(ropa(['report', join(FIXTURES, 'import', 'round-trip'), '-f', 'xlsx', '--internal', '--date', '2026-12-01', '-o', base]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const ws = wb.getWorksheet('Øvrige felt')!;
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(3).value === 'acceptedGaps[0].accepted') at = n;
    });
    expect(at).toBeGreaterThan(0);
    ws.getCell(`D${at}`).value = 'not a date';
    const file = join(tmp.dir, 'refused.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(tmp.dir, 'refused');
    const r = ropa(['import', file, out, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"not a date" is not a date');
    // As ropa shows a path: from the working folder where that is shorter (a clone under /tmp), else absolute.
    expect(r.stderr).toContain(displayPath(join(out, 'activities', 'research.yaml'), ROOT));
    expect(r.stderr).not.toContain(join(tmpdir(), 'ropa-import-'));
    expect(r.stderr).toContain(`Øvrige felt!D${at}, on the sheet of other fields, gave a value refused above`);
  });
});
