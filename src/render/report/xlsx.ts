import type { Cell, Workbook, Worksheet } from 'exceljs';
import { neutraliseFormula } from '../escape.js';
import type { Report, Table } from './model.js';
import { wrapWords } from './text.js';
import { stampZip } from './zip.js';

/**
 * The record as an Excel workbook laid out like Datatilsynet's template: the header block above
 * the table, mandatory columns orange and optional ones green, the header row frozen with filters
 * on, text wrapped, widths set, A4 landscape print set-up. Then a sheet per extra table (DPIA
 * overview, processors, record as processor). Same registry, same bytes: the workbook's dates and
 * the archive's timestamps come from the report's date, never from the clock.
 */

/** When the registry has no date and none is given: the earliest date a ZIP archive can hold. */
export const NO_DATE = '1980-01-01';

const ORANGE = 'FFF8CBAD';
const GREEN = 'FFC6E0B4';
const GREY = 'FFF2F2F2';
const THIN = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const cellText = (lines: readonly string[]): string => neutraliseFormula(lines.join('\n'));

/** Arial: LibreOffice substitutes the metric-compatible Liberation Sans, so widths come out as planned. */
const FONT = { name: 'Arial', size: 10 };
/** «Ikke registrert»: dark red on light red, as spreadsheets mark a bad value. */
const UNRECORDED_FONT = { ...FONT, italic: true, color: { argb: 'FF9C0006' } };
const UNRECORDED_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFC7CE' } };
/** Column widths that fit the first printed page at the print scale (the mandatory columns of the record). */
const PAGE_WIDTH = 166;
/** Points per line of 10-point text, and characters per unit of column width at that size. */
const LINE_HEIGHT = 13;
const CHARS_PER_WIDTH = 1.4;

/**
 * Neither Excel nor LibreOffice sizes rows to wrapped text in a file they did not write, so each
 * row's height is set from the lines its tallest cell wraps to.
 */
function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...cells.map((text, i) => {
      const perLine = Math.max(4, Math.floor((widths[i] ?? 10) * CHARS_PER_WIDTH));
      return text.split('\n').reduce((n, line) => n + wrapWords(line, perLine).length, 0);
    }),
  );
  return lines * LINE_HEIGHT + 4;
}

/**
 * A4 landscape at a scale where the activity and the mandatory columns fill the first page; the
 * optional columns follow on the next, read across before down, with the header row and the first
 * column repeated on each page.
 */
function pageSetup(ws: Worksheet, headerRow: number | undefined, repeatFirstColumn: boolean): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    scale: 65,
    pageOrder: 'overThenDown',
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(headerRow !== undefined ? { printTitlesRow: `${headerRow}:${headerRow}` } : {}),
    ...(repeatFirstColumn ? { printTitlesColumn: 'A:A' } : {}),
  };
}

/** Writes a table from `headerRow`: header row, data rows, filters, frozen panes, print set-up. */
function writeTable(ws: Worksheet, table: Table, headerRow: number, freezeColumn: boolean): void {
  const widths = table.columns.map((c) => c.width);
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.label;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.mandatory ? ORANGE : GREEN } };
    cell.border = BORDER;
  });
  ws.getRow(headerRow).height = rowHeight(
    table.columns.map((c) => c.label),
    widths,
  );
  table.rows.forEach((row, r) => {
    const texts = row.cells.map(cellText);
    texts.forEach((value, i) => {
      const cell = ws.getCell(headerRow + 1 + r, i + 1);
      cell.value = value;
      cell.font = FONT;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
      if (row.unrecorded.includes(table.columns[i]!.id)) markUnrecorded(cell);
    });
    ws.getRow(headerRow + 1 + r).height = rowHeight(texts, widths);
  });
  const last = headerRow + Math.max(table.rows.length, 1);
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: table.columns.length } };
  const xSplit = freezeColumn ? 1 : 0;
  ws.views = [{ state: 'frozen', xSplit, ySplit: headerRow, topLeftCell: `${freezeColumn ? 'B' : 'A'}${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  pageSetup(ws, headerRow, freezeColumn);
}

/**
 * How many columns from index `first` (at least one) fit within `max` characters of width, and
 * their total width: what a merged text cell spans.
 */
function fit(widths: readonly number[], first: number, max: number): { span: number; width: number } {
  let span = 1;
  let width = widths[first] ?? max;
  while (first + span < widths.length && width + widths[first + span]! <= max) width += widths[first + span++]!;
  return { span, width };
}

function markUnrecorded(cell: Cell): void {
  cell.font = UNRECORDED_FONT;
  cell.fill = UNRECORDED_FILL;
}

function title(ws: Worksheet, row: number, value: string, size: number): void {
  const cell = ws.getCell(row, 1);
  cell.value = neutraliseFormula(value);
  cell.font = { ...FONT, bold: true, size };
}

/** A sheet with a title, then the table or the sentence that says why there is none. */
function tableSheet(wb: Workbook, table: Table, heading: string): void {
  const ws = wb.addWorksheet(table.sheet);
  title(ws, 1, heading, 13);
  const row = 3;
  if (table.note !== undefined) {
    // Wrapped within the first printed page: merged over the columns that fit on it.
    const { span, width } = fit(
      table.columns.map((c) => c.width),
      0,
      PAGE_WIDTH,
    );
    const note = ws.getCell(2, 1);
    note.value = neutraliseFormula(table.note);
    note.font = { ...FONT, italic: true };
    note.alignment = { wrapText: true, vertical: 'top' };
    if (span > 1) ws.mergeCells(2, 1, 2, span);
    ws.getRow(2).height = rowHeight([note.value], [width]);
  }
  if (table.empty !== undefined) {
    ws.getColumn(1).width = 100;
    ws.getCell(row, 1).value = neutraliseFormula(table.empty);
    ws.getCell(row, 1).font = FONT;
    ws.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
    pageSetup(ws, undefined, false);
    return;
  }
  writeTable(ws, table, row, table.id !== 'processors');
}

export async function xlsx(report: Report): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const day = report.isoDate ?? NO_DATE;
  const when = new Date(`${day}T00:00:00Z`);
  wb.creator = 'ropa';
  wb.lastModifiedBy = 'ropa';
  wb.created = when;
  wb.modified = when;
  wb.title = `${report.title} – ${report.organisation}`;
  wb.subject = report.subtitle;

  const ws = wb.addWorksheet(report.record.sheet);
  title(ws, 1, `${report.title} – ${report.organisation}`, 14);
  ws.getCell(2, 1).value = neutraliseFormula(report.subtitle);
  ws.getCell(2, 1).font = FONT;
  // The header block: a label, and the value merged over the next columns so that it wraps
  // within the first printed page.
  const widths = report.record.columns.map((c) => c.width);
  const { span, width: spanWidth } = fit(widths, 1, 100);
  let row = 4;
  for (const field of report.header) {
    const label = ws.getCell(row, 1);
    label.value = neutraliseFormula(field.label);
    label.font = { ...FONT, bold: true };
    label.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
    label.alignment = { wrapText: true, vertical: 'top' };
    label.border = BORDER;
    const value = ws.getCell(row, 2);
    value.value = cellText(field.lines);
    value.font = FONT;
    value.alignment = { wrapText: true, vertical: 'top' };
    if (field.unrecorded) markUnrecorded(value);
    if (span > 1) ws.mergeCells(row, 2, row, 1 + span);
    ws.getRow(row).height = rowHeight([field.label, value.value], [widths[0] ?? 28, spanWidth]);
    row++;
  }
  row++;
  ws.getCell(row, 1).value = neutraliseFormula(report.legend);
  ws.getCell(row, 1).font = { ...FONT, italic: true, size: 9 };
  row += 1;
  if (report.record.empty !== undefined) {
    ws.getCell(row, 1).value = neutraliseFormula(report.record.empty);
    pageSetup(ws, undefined, false);
  } else {
    writeTable(ws, report.record, row, true);
  }
  for (const extra of report.extra) tableSheet(wb, extra, extra.title);

  const buffer = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buffer as ArrayBuffer), day);
}
