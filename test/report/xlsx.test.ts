import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { xlsx } from '../../src/render/report/xlsx.js';
import { BASIC, INJECTION, report } from './helpers.js';

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

  it('has the record, the DPIA overview, the processors and the record as processor, in that order', async () => {
    const wb = await read(await xlsx(report(BASIC, { date: '2026-03-01' })));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Behandlingsprotokoll', 'DPIA-oversikt', 'Databehandlere', 'Protokoll som databehandler']);
    expect(wb.creator).toBe('ropa');
    expect(wb.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('puts the header block above the table, then the header row frozen, filters on, text wrapped, widths set', async () => {
    const wb = await read(await xlsx(report(BASIC, { date: '2026-03-01' })));
    const ws = wb.getWorksheet('Behandlingsprotokoll')!;
    expect(ws.getCell('A1').value).toBe('Protokoll over behandlingsaktiviteter – Eksempeletaten');
    const dpo = rowOf(ws, 'Personvernombud');
    expect(ws.getCell(dpo, 2).value).toBe('Kari Nordmann (Personvernombud), e-post pvo@example.no, telefon 22 00 00 01');
    expect(ws.getCell(rowOf(ws, 'Dato'), 2).value).toBe('01.03.2026');

    const header = rowOf(ws, 'Behandlingsaktivitet');
    expect(ws.getRow(header).values).toContain('Planlagte tidsfrister for sletting');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: header });
    expect(ws.autoFilter).toBe(`A${header}:X${header + 2}`);
    expect(ws.getColumn(1).width).toBe(18);
    expect(ws.getColumn(2).width).toBe(24);
    const headerFill = (col: number): string | undefined => (ws.getCell(header, col).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(headerFill(8)).toBe('FFF8CBAD');
    expect(headerFill(9)).toBe('FFC6E0B4');

    const payroll = ws.getRow(header + 1);
    expect(payroll.getCell(1).value).toBe('Lønn og personal');
    expect(payroll.getCell(2).value).toBe('Utbetale lønn\nFølge opp sykefravær');
    expect(payroll.getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(payroll.height).toBeGreaterThan(20);
    expect(ws.getRow(header + 2).getCell(24).value).toBe('statistics');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: `${header}:${header}` });
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

    const full = await read(await xlsx(report(BASIC)));
    const processors = full.getWorksheet('Databehandlere')!;
    expect(processors.getRow(4).getCell(1).value).toBe('Acos AS');
    expect(processors.getRow(4).getCell(5).value).toBe('DBA 2021/77');
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
});
