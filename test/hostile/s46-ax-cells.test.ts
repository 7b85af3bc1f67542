import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * Session 46 (AX): a workbook of more cells than ropa imports (1,000,000) was refused only once exceljs had read it
 * whole, about 700 bytes a cell: 1,680,000 cells on ropa's sheet of other fields took 1.2 GB and 15 s before the
 * refusal. The cells with a value are now counted in the zip first (src/import/read.ts): refused under the heap the
 * hostile tests give ropa (256 MB), which the workbook read whole would pass and be stopped by.
 */
const { temp } = scratch();

describe('ropa import: a workbook of more cells than a record has', () => {
  it('is refused before it is read, within a 256 MB heap', async () => {
    const dir = temp();
    const file = join(dir, 'cells.xlsx');
    const report = hostileRun(['report', join(FIXTURES, 'import', 'round-trip'), '-f', 'xlsx', '--date', '2026-12-01', '-o', join(dir, 'base.xlsx')]);
    expect(report.code, report.stderr).toBe(0);
    const base = new ExcelJS.Workbook();
    await base.xlsx.readFile(join(dir, 'base.xlsx'));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    for (const ws of base.worksheets) {
      const out = wb.addWorksheet(ws.name);
      ws.eachRow((row, n) => (out.getRow(n).values = row.values as ExcelJS.CellValue[]));
      // 250,001 rows of four cells on the sheet of other fields: 1,000,004 cells and more.
      if (ws.name === 'Øvrige felt') for (let n = 0; n <= 250_000; n++) out.addRow(['nope', 'x', `custom.k${n}`, 'v']).commit();
      await out.commit();
    }
    await wb.commit();
    const r = hostileRun(['import', file, join(dir, 'out')]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('more than 1000000 cells');
  });
});
