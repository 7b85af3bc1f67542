import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { xlsx } from '../../src/render/report/xlsx.js';
import { BASIC, INJECTION, UNRECORDED, report } from './helpers.js';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Row number of the cell in column A that holds `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
  throw new Error(`no row with ${text}`);
}

describe('xlsx', () => {
  afterEach(() => vi.useRealTimers());

  it('has the record, its additional information, the DPIA overview, the processors, the record as processor and the other fields, in that order', async () => {
    const wb = await read(await xlsx(report(BASIC, { date: '2026-03-01' })));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Behandlingsprotokoll',
      'Tilleggsopplysninger 1',
      'Tilleggsopplysninger 2',
      'DPIA-oversikt',
      'Databehandlere',
      'Protokoll som databehandler',
      'Øvrige felt',
    ]);
    // The other fields: a title, what the sheet is, then ID, activity, field and value under a frozen header row.
    const fields = wb.getWorksheet('Øvrige felt')!;
    expect(fields.getCell('A1').value).toBe('Øvrige felt i registeret');
    expect((fields.getRow(4).values as unknown[]).slice(1)).toEqual(['ID', 'Behandlingsaktivitet', 'Felt', 'Verdi']);
    expect(fields.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(fields.rowCount).toBeGreaterThan(4);
    expect(wb.creator).toBe('ropa');
    expect(wb.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('puts the header block above the table, then the header row frozen, filters on, text wrapped, widths set', async () => {
    // The internal copy: BASIC's «statistics» is in review.
    const wb = await read(await xlsx(report(BASIC, { date: '2026-03-01', internal: true })));
    const ws = wb.getWorksheet('Behandlingsprotokoll')!;
    expect(ws.getCell('A1').value).toBe('Protokoll over behandlingsaktiviteter – Eksempeletaten');
    expect(ws.getCell('A3').value).toBe(
      'Intern arbeidskopi, ikke den offisielle protokollen: også behandlingsaktiviteter som ikke er godkjent, er tatt med og merket «Ikke godkjent». 1 behandlingsaktivitet er ikke godkjent.',
    );
    const dpo = rowOf(ws, 'Personvernombud');
    expect(ws.getCell(dpo, 2).value).toBe('Kari Nordmann (Personvernombud), e-post pvo@example.no, telefon 22 00 00 01');
    expect(ws.getCell(rowOf(ws, 'Dato'), 2).value).toBe('01.03.2026');

    const header = rowOf(ws, 'Behandlingsaktivitet');
    // The activity and the mandatory columns, orange; the optional ones (green) on the sheets that follow.
    // (test/report/model.test.ts checks these labels against Datatilsynet's template.)
    expect((ws.getRow(header).values as unknown[]).slice(1)).toEqual(
      report(BASIC)
        .record.columns.filter((c) => c.mandatory)
        .map((c) => c.label),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: header });
    expect(ws.autoFilter).toBe(`A${header}:H${header + 2}`);
    // Widths follow the content: never narrower than the longest word, nor wider than the template's width unless a word needs it.
    expect(ws.getColumn(1).width).toBe(18);
    const headerFill = (sheet: ExcelJS.Worksheet, row: number, col: number): string | undefined =>
      (sheet.getCell(row, col).fill as ExcelJS.FillPattern).fgColor?.argb;
    for (let col = 1; col <= 8; col++) expect(headerFill(ws, header, col)).toBe('FFF8CBAD');

    const payroll = ws.getRow(header + 1);
    expect(payroll.getCell(1).value).toBe('Lønn og personal');
    expect(payroll.getCell(2).value).toBe('Utbetale lønn\nFølge opp sykefravær');
    expect(payroll.getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(payroll.height).toBeGreaterThan(20);
    expect(ws.getRow(header + 2).getCell(1).value).toBe('Registerstatistikk\nIkke godkjent (til gjennomgang)');

    // Additional information: each sheet led by the activity, then optional columns in their order; the ID last.
    const more = [wb.getWorksheet('Tilleggsopplysninger 1')!, wb.getWorksheet('Tilleggsopplysninger 2')!];
    expect(more[0]!.getCell('A2').value).toBe('Tilleggsopplysninger (1 av 2)');
    const labels = more.map((m) => (m.getRow(3).values as unknown[]).slice(1));
    expect(labels.map((l) => l[0])).toEqual(['Behandlingsaktivitet', 'Behandlingsaktivitet']);
    expect([...labels[0]!.slice(1), ...labels[1]!.slice(1)]).toEqual(
      report(BASIC)
        .record.columns.filter((c) => !c.mandatory)
        .map((c) => c.label),
    );
    for (const m of more) for (let col = 2; col <= m.columnCount; col++) expect(headerFill(m, 3, col)).toBe('FFC6E0B4');
    expect(more[1]!.getCell(5, more[1]!.columnCount).value).toBe('statistics');
    expect(more[1]!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  });

  it('prints every sheet on A4 landscape, one page wide, with only its header row repeated, and names the pages', async () => {
    const wb = await read(await xlsx(report(BASIC, { date: '2026-03-01' })));
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesColumn).toBeUndefined();
      expect(ws.headerFooter.oddHeader).toBe('&L&"Arial,Regular"&8Eksempeletaten&R&"Arial,Regular"&8Protokoll over behandlingsaktiviteter');
      expect(ws.headerFooter.oddFooter).toBe('&L&"Arial,Regular"&8Offisiell protokoll&C&"Arial,Regular"&8Side &P av &N&R&"Arial,Regular"&801.03.2026');
    }
    const record = wb.getWorksheet('Behandlingsprotokoll')!;
    const header = rowOf(record, 'Behandlingsaktivitet');
    // The header row is repeated, the title and the header block above it are not.
    expect(record.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(wb.getWorksheet('DPIA-oversikt')!.pageSetup.printTitlesRow).toBe('3:3');
    expect(wb.getWorksheet('Protokoll som databehandler')!.pageSetup.printTitlesRow).toBe('3:3');
    // The title wraps within the printed width rather than running off it.
    expect(record.getCell('A1').isMerged).toBe(true);
    expect(record.getCell('A1').alignment).toMatchObject({ wrapText: true });
    expect(wb.getWorksheet('DPIA-oversikt')!.getCell('A2').isMerged).toBe(true);

    const en = await read(await xlsx(report(BASIC, { lang: 'en', internal: true })));
    expect(en.worksheets.map((w) => w.name)).toContain('Additional information 1');
    expect(en.worksheets[0]!.headerFooter.oddFooter).toBe('&L&"Arial,Regular"&8Internal working copy&C&"Arial,Regular"&8Page &P of &N&R&"Arial,Regular"&8');
  });

  it('doubles & in the page header, where it would start a field code', async () => {
    const wb = await read(await xlsx(report(INJECTION)));
    expect(wb.worksheets[0]!.headerFooter.oddHeader).toBe(
      '&L&"Arial,Regular"&8=HYPERLINK("http://evil.example","Klikk") <b>Etaten</b>&R&"Arial,Regular"&8Protokoll over behandlingsaktiviteter',
    );
  });

  it('fills the DPIA sheet, the processors sheet, and says so when there is no record as processor', async () => {
    const wb = await read(await xlsx(report(INJECTION)));
    const dpia = wb.getWorksheet('DPIA-oversikt')!;
    expect(dpia.getCell('A1').value).toBe('Personvernkonsekvensvurderinger (DPIA)');
    expect(dpia.getCell('A2').value).toMatch(/slik de er registrert/);
    expect(dpia.getRow(3).getCell(7).value).toBe('DPIA-status');
    expect(dpia.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(wb.getWorksheet('Databehandlere')!.getCell('A3').value).toBe('Registeret nevner ingen databehandlere.');
    expect(wb.getWorksheet('Protokoll som databehandler')!.getCell('A3').value).toMatch(/^Registeret har ingen behandlingsaktiviteter der/);
    // A sentence instead of a table: no header row to repeat.
    expect(wb.getWorksheet('Protokoll som databehandler')!.pageSetup.printTitlesRow).toBeUndefined();

    const full = await read(await xlsx(report(BASIC, { internal: true })));
    const processors = full.getWorksheet('Databehandlere')!;
    expect(processors.getRow(4).getCell(1).value).toBe('Acos AS');
    expect(processors.getRow(4).getCell(5).value).toBe('DBA 2021/77');
    // The sub-processors' cell, one a line, the one limited to some activities naming them.
    expect(String(processors.getRow(4).getCell(6).value).split('\n')).toEqual([
      'Microsoft Ireland Operations Ltd – Irland – DBA 2021/77, bilag 2',
      'Tidbank AS – Norge – DBA 2021/77, bilag 3 – bare for behandlingsaktiviteten Lønn og personal',
    ]);
    expect(full.getWorksheet('Protokoll som databehandler')!.getRow(4).getCell(1).value).toBe('Brukerstøtte for sykehuset');
  });

  it('neutralises texts that begin with = + - @, a tab or a carriage return, and never writes a formula', async () => {
    const wb = await read(await xlsx(report(INJECTION)));
    const ws = wb.getWorksheet('Behandlingsprotokoll')!;
    const header = rowOf(ws, 'Behandlingsaktivitet');
    const row = ws.getRow(header + 1);
    expect(row.getCell(1).value).toBe("'=1+2");
    expect(row.getCell(3).value).toBe("'+47 innringere");
    expect(row.getCell(4).value).toBe("'-2+3 kategori\n@SUM(A1:A9)");
    // XML reads a carriage return back as a line feed; the apostrophe is what matters.
    expect(row.getCell(5).value).toBe("'\nVognretur først");
    expect(ws.getCell('A1').value).toBe('Protokoll over behandlingsaktiviteter – =HYPERLINK("http://evil.example","Klikk") <b>Etaten</b>');
    expect(ws.getCell(rowOf(ws, 'Behandlingsansvarlig'), 2).value).toBe('\'=HYPERLINK("http://evil.example","Klikk") <b>Etaten</b>');
    for (const sheet of wb.worksheets) {
      sheet.eachRow((r) =>
        r.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });

  it('gives the same bytes for the same registry, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = await xlsx(report(BASIC, { date: '2026-03-01' }));
    vi.setSystemTime(new Date('2031-12-30T23:59:58Z'));
    const second = await xlsx(report(BASIC, { date: '2026-03-01' }));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Without a date the workbook carries the ZIP epoch, not today.
    const undated = await read(await xlsx(report(BASIC)));
    expect(undated.created.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('writes a body row directly as the same bytes as exceljs builds it', async () => {
    // Body rows skip exceljs's cells (docs/performance.md); an exceljs that wrote rows otherwise would show here.
    for (const [dir, opts] of [
      [BASIC, { date: '2026-03-01', internal: true }],
      [UNRECORDED, { date: '2026-03-01' }],
      [INJECTION, { date: '2026-03-01', lang: 'en' }],
    ] as const) {
      const r = report(dir, opts);
      expect(Buffer.from(await xlsx(r)).equals(Buffer.from(await xlsx(r, { viaExceljs: true })))).toBe(true);
    }
  });
});
