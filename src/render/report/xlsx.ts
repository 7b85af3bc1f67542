import { createRequire, Module } from 'node:module';
import type { Cell, Worksheet, stream } from 'exceljs';
import { neutraliseFormula } from '../escape.js';
import type { FieldsSheet, Report, Table, TableHead } from './model.js';
import { formatPath } from './fields.js';
import { textWidth, widestWordAndLine, wrappedLines } from './metrics.js';
import { stampZip } from './zip.js';
import { wholeAt } from '../../util/terminal.js';

/**
 * The record as an Excel workbook laid out like Datatilsynet's template: the header block above
 * the table, mandatory columns orange and optional ones green, the header row frozen with filters
 * on, text wrapped, widths set. Then a sheet per extra table (DPIA overview, processors, record as
 * processor). Same registry, same bytes: the workbook's dates and the archive's timestamps come
 * from the report's date, never from the clock.
 *
 * On paper (docs/report.md, «Print layout»): every sheet prints on A4 landscape, one page wide,
 * with its header row repeated on every page and nothing else repeated. All of the record's
 * columns side by side would print at a quarter of their size; so the record's sheet holds the
 * activity and the columns Art. 30 makes mandatory, with the header block above them (on the first
 * page only), and the optional columns follow on one or more sheets of additional information,
 * each led by the activity's name, each as wide as a page can hold at a readable size.
 *
 * The workbook is written with exceljs's streaming writer, sheet by sheet and row by row, so a
 * record of 10,000 activities never is in memory whole (docs/performance.md).
 */

type WorkbookWriter = stream.xlsx.WorkbookWriter;
type CellStyle = Cell['style'];

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
const WRAP = { wrapText: true, vertical: 'top' as const };

/**
 * A column `w` units wide holds a line of up to `7w - 2` points of text in LibreOffice (measured with
 * Liberation Sans at 10 and 14 points); a line of text is 1.12 times its size high. Both are rounded
 * to the safe side: a row a little too high costs a little paper, one too low cuts text off.
 */
const roomOf = (width: number): number => 6.9 * width - 3;
const widthFor = (points: number): number => Math.ceil((points + 4) / 6.9);
const LINE = 1.15;
/** Column widths: never narrower, nor wider unless one word needs it; a header wraps to at most about four lines. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
const HEADER_LINES = 4;
/**
 * The widest a printed sheet's columns may add up to, in units of column width: at this width
 * LibreOffice prints A4 landscape at about 58 % of full size (10-point text as 6-point), which is
 * still easy to read; the record's mandatory columns come to about 170 (two thirds).
 */
const SHEET_WIDTH = 195;

interface Style {
  size: number;
  bold?: boolean;
}

/** The lines `text` wraps to in a column `width` wide. */
function lineCount(text: string, width: number, style: Style = FONT): number {
  const room = roomOf(width);
  let n = 0;
  for (let from = 0; ;) {
    const lf = text.indexOf('\n', from);
    // One paragraph (most cells) is measured as it is, not cut out.
    n += wrappedLines(from === 0 && lf < 0 ? text : text.slice(from, lf < 0 ? text.length : lf), room, style.size, style.bold);
    if (lf < 0) return n;
    from = lf + 1;
  }
}

/**
 * Neither Excel nor LibreOffice sizes rows to wrapped text in a file they did not write, so each
 * row's height is set from the lines its tallest cell wraps to.
 */
function rowHeight(cells: readonly string[], widths: readonly number[], style: Style = FONT): number {
  let lines = 1;
  for (let i = 0; i < cells.length; i++) lines = Math.max(lines, lineCount(cells[i]!, widths[i] ?? 10, style));
  return heightOf(lines, style);
}

const heightOf = (lines: number, style: Style): number => Math.ceil(lines * LINE * style.size) + 3;

/** The widest word and the widest line of a column's cells, in points: what its width is fitted to. */
type Measure = { word: number; line: number };

/**
 * The body's texts, each distinct one once per workbook: a large record says the same things in many
 * rows (a legal basis, a category list, «Ikke registrert»). Each cell's text is looked up once, by its
 * lines joined; what it measures, the lines it wraps to in a column of a width and its shared string
 * are then had by its number, not by hashing and measuring the text again for each of them.
 */
export class BodyTexts {
  private readonly ids = new Map<string, number>();
  /** By number: the lines joined, as measured. */
  private readonly raw: string[] = [];
  /** By number: the text as written (a formula neutralised). */
  readonly written: string[] = [];
  private readonly measures: (Measure | undefined)[] = [];
  private readonly lines = new Map<number, number[]>();
  private readonly shared: number[] = [];

  /** The number of a cell's text (its lines). */
  id(lines: readonly string[]): number {
    const raw = lines.length === 1 ? lines[0]! : lines.join('\n');
    let id = this.ids.get(raw);
    if (id === undefined) {
      id = this.raw.length;
      this.ids.set(raw, id);
      this.raw.push(raw);
      this.written.push(neutraliseFormula(raw));
    }
    return id;
  }

  /** Each cell of a table by its text's number, row after row. */
  table(table: Table): Int32Array {
    const n = table.columns.length;
    const out = new Int32Array(table.rows.length * n);
    table.rows.forEach((row, r) => {
      for (let i = 0; i < n; i++) out[r * n + i] = this.id(row.cells[i] ?? []);
    });
    return out;
  }

  /** Its widest word and line (the lines measured as one text: a line feed ends a word and a line alike). */
  measure(id: number): Measure {
    return (this.measures[id] ??= widestWordAndLine([this.raw[id]!], FONT.size));
  }

  /** `lineCount` of the text as written, in the body's font. */
  lineCount(id: number, width: number): number {
    let byId = this.lines.get(width);
    if (byId === undefined) this.lines.set(width, (byId = []));
    return (byId[id] ??= lineCount(this.written[id]!, width));
  }

  /**
   * Its shared string's index: exceljs's own, added at the text's first use (the same order as cell by
   * cell), and each further use counted as exceljs counts it.
   */
  sharedString(id: number, strings: SharedStrings): number {
    const known = this.shared[id];
    if (known === undefined) return (this.shared[id] = strings.add(this.written[id]!));
    strings._totalRefs++;
    return known;
  }
}

/** A column's measure: the widest word and line of its cells (`ids`, `width` numbers a row). */
function measure(texts: BodyTexts, ids: Int32Array, width: number, column: number): Measure {
  const out = { word: 0, line: 0 };
  for (let k = column; k < ids.length; k += width) {
    const m = texts.measure(ids[k]!);
    if (m.word > out.word) out.word = m.word;
    if (m.line > out.line) out.line = m.line;
  }
  return out;
}

/**
 * A column's width for its content: no wider than the template's width for it (`head.width`) when
 * its text is short, never so narrow that its longest word or its header breaks badly.
 */
function fittedWidth(head: TableHead, content: Measure): number {
  const word = widthFor(Math.max(widestWordAndLine([head.label], FONT.size, true).word, content.word));
  const label = widthFor(textWidth(head.label, FONT.size, true) / HEADER_LINES);
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, word, label, Math.min(head.width, widthFor(content.line))));
  // exceljs leaves a column of width 9, its default, out of the file, and spreadsheets then use 8.43.
  return width === 9 ? 10 : width;
}

/** The width that holds a column's longest line unwrapped, up to MAX_WIDTH. */
const contentWidth = (content: Measure): number => Math.min(MAX_WIDTH, widthFor(content.line));

/**
 * A sheet of additional information narrower than SHEET_WIDTH gives the room left to the columns whose
 * text wraps, in proportion to what they lack and never beyond what they need: it prints a little
 * smaller, on fewer pages.
 */
function stretch(widths: readonly number[], needs: readonly number[]): number[] {
  const room = SHEET_WIDTH - widths.reduce((n, w) => n + w, 0);
  const lack = widths.map((w, i) => Math.max(0, needs[i]! - w));
  const total = lack.reduce((n, l) => n + l, 0);
  if (room <= 0 || total === 0) return [...widths];
  return widths.map((w, i) => w + Math.floor((lack[i]! * Math.min(room, total)) / total));
}

/**
 * The fewest groups, in order, of columns each no wider than `room`, and among those the most even:
 * the least room with which the same number of groups still holds them all.
 */
function groups(widths: readonly number[], room: number): number[][] {
  const pack = (cap: number): number[][] => {
    const out: number[][] = [];
    let used = Infinity;
    widths.forEach((w, i) => {
      if (used + w > cap) {
        out.push([]);
        used = 0;
      }
      out.at(-1)!.push(i);
      used += w;
    });
    return out;
  };
  const fewest = pack(room).length;
  let cap = Math.max(0, ...widths);
  while (cap < room && pack(cap).length > fewest) cap++;
  return pack(cap);
}

/**
 * The record's sheets, as lists of column indexes: first the activity and the mandatory columns (or,
 * when none is chosen, as many as fit), then the rest, each sheet led by the activity.
 */
function recordSheets(record: Table, widths: readonly number[]): number[][] {
  const all = record.columns.map((_c, i) => i);
  const lead = all.filter((i) => record.columns[i]!.id === 'activity');
  const leadWidth = lead.reduce((n, i) => n + widths[i]!, 0);
  const rest = all.filter((i) => !lead.includes(i));
  const mandatory = rest.filter((i) => record.columns[i]!.mandatory);
  const optional = rest.filter((i) => !record.columns[i]!.mandatory);
  const packed = groups(
    optional.map((i) => widths[i]!),
    Math.max(SHEET_WIDTH - leadWidth, 1),
  ).map((g) => g.map((k) => optional[k]!));
  const first = mandatory.length > 0 || packed.length === 0 ? mandatory : packed.shift()!;
  return [first, ...packed].map((g) => [...lead, ...g]);
}

/** «Tilleggsopplysninger {n}», «({n} av {count})». */
const fill = (template: string, n: number, count: number): string => template.replace('{n}', String(n)).replace('{count}', String(count));

/** Text for a header or footer: `&` starts a field code there, so it is doubled; control characters go. */
const headerText = (value: string): string => {
  // eslint-disable-next-line no-control-regex
  const one = value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return one.slice(0, wholeAt(one, 100)).replace(/&/g, '&&');
};

/**
 * Cell styles, each one object shared by every cell that has it: exceljs looks a style up by the
 * object before it renders it, so a shared object costs one lookup per cell, not one rendering.
 */
const BOLD = { ...FONT, bold: true };
const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
const STYLE = {
  head: { font: BOLD, alignment: WRAP, fill: solid(ORANGE), border: BORDER },
  headOptional: { font: BOLD, alignment: WRAP, fill: solid(GREEN), border: BORDER },
  body: { font: FONT, alignment: WRAP, border: BORDER },
  bodyUnrecorded: { font: UNRECORDED_FONT, alignment: WRAP, border: BORDER, fill: UNRECORDED_FILL },
  label: { font: BOLD, fill: solid(GREY), alignment: WRAP, border: BORDER },
  value: { font: FONT, alignment: WRAP },
  valueUnrecorded: { font: UNRECORDED_FONT, alignment: WRAP, fill: UNRECORDED_FILL },
} satisfies Record<string, CellStyle>;
const ROW_STYLE: CellStyle = {};

/**
 * A sheet written row by row, top to bottom (exceljs's streaming writer): what is above a row is in
 * the file before the row is built, so the workbook never is in memory whole.
 */
interface Sheet {
  ws: Worksheet;
  /** Sets a row's cells (text, style), merges, height, and writes it. */
  row(r: number, cells: readonly (readonly [string | number | boolean, CellStyle])[], height: number, merges?: readonly [number, number][]): void;
  /**
   * A row of a table's body: text cells (by their numbers in `texts`), nothing merged; written as exceljs
   * writes such a row, without building its cells.
   */
  bodyRow(r: number, texts: BodyTexts, ids: readonly number[], styles: readonly CellStyle[], height: number): void;
  /** Writes what is left and ends the sheet. */
  commit(): void;
}

/** exceljs's shared strings (lib/utils/shared-strings.js): `add` gives a text's index and counts the use. */
interface SharedStrings {
  add(text: string): number;
  _totalRefs: number;
}

/** What exceljs's streaming worksheet writer keeps, as far as a body row needs it (exceljs 4, lib/stream/xlsx/worksheet-writer.js). */
interface WriterInternals {
  startedData: boolean;
  _rows: unknown[] | null;
  _rowZero: number;
  stream: { write(text: string): void };
  _workbook: {
    styles: { addStyleModel(style: CellStyle, cellType?: number): number };
    sharedStrings: SharedStrings;
  };
}

/** exceljs's value type of a text cell (Enums.ValueType.String). */
const STRING_TYPE = 3;

/** A column's letters, as in a cell's address (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let out = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/**
 * A4 landscape, every column on one page's width, as many pages down as it takes; the header row
 * repeated on each page and no column repeated; the organisation and the title above each page,
 * the variant, «Side N av M» and the date below it.
 */
function pageSetup(report: Report, headerRow: number | undefined): Pick<Worksheet, 'pageSetup' | 'headerFooter'> {
  const font = '&"Arial,Regular"&8';
  const page = headerText(report.print.pageOf).replace('{page}', '&P').replace('{pages}', '&N');
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      pageOrder: 'downThenOver',
      horizontalCentered: false,
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
      ...(headerRow !== undefined ? { printTitlesRow: `${headerRow}:${headerRow}` } : {}),
    } as Worksheet['pageSetup'],
    headerFooter: {
      oddHeader: `&L${font}${headerText(report.organisation)}&R${font}${headerText(report.title)}`,
      oddFooter: `&L${font}${headerText(report.variant.name)}&C${font}${page}&R${font}${headerText(report.print.date)}`,
    } as Worksheet['headerFooter'],
  };
}

/**
 * A new sheet with its print setup, frozen panes (when it has a table at `headerRow`) and column
 * widths: all that the streaming writer puts before the first row.
 */
function openSheet(wb: WorkbookWriter, name: string, report: Report, widths: readonly number[], headerRow?: number, freezeColumn = false): Sheet {
  const print = pageSetup(report, headerRow);
  const views: Worksheet['views'] =
    headerRow === undefined
      ? []
      : [
          {
            state: 'frozen',
            xSplit: freezeColumn ? 1 : 0,
            ySplit: headerRow,
            topLeftCell: `${freezeColumn ? 'B' : 'A'}${headerRow + 1}`,
            activeCell: `A${headerRow + 1}`,
          },
        ];
  const ws = wb.addWorksheet(name, { ...print, views });
  // The streaming writer adds its own defaults to what it is given; the sheet is set as given.
  ws.pageSetup = print.pageSetup;
  ws.headerFooter = print.headerFooter;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Body rows written directly are handed to the sheet's stream some at a time: each write is a chunk
  // for the ZIP, and one per row cost more than the rows' text (the same bytes either way).
  let pending = '';
  // The style ids of the last style objects a body row asked exceljs for: its styles map an object to its id for good
  // (a WeakMap, once the first cell with it registered it), and nearly every cell of a body has the same style.
  let rowStyleId: number | undefined;
  let lastStyle: CellStyle | undefined;
  let lastStyleId = 0;
  const flush = (): void => {
    if (pending === '') return;
    (ws as unknown as WriterInternals).stream.write(pending);
    pending = '';
  };
  return {
    ws,
    commit() {
      flush();
      ws.commit();
    },
    row(r, cells, height, merges = []) {
      flush();
      const row = ws.getRow(r);
      cells.forEach(([value, style], i) => {
        const cell = row.getCell(i + 1);
        cell.value = value;
        cell.style = style;
      });
      for (const [from, to] of merges) ws.mergeCells(r, from, r, to);
      row.height = height;
      // A row has no style of its own; one shared empty style is looked up by exceljs, not rendered, per row.
      (row as unknown as { style: CellStyle }).style = ROW_STYLE;
      row.commit();
    },
    bodyRow(r, texts, ids, cellStyles, height) {
      const writer = ws as unknown as WriterInternals;
      // Only after a row exceljs wrote (it opens the sheet's data) and with none of its own waiting.
      if (!DIRECT_ROWS || !writer.startedData || writer._rows === null || writer._rows.length > 0 || ids.length === 0) {
        this.row(
          r,
          ids.map((id, i) => [texts.written[id]!, cellStyles[i]!] as const),
          height,
        );
        return;
      }
      // The same XML, styles and shared strings, registered in the same order, as exceljs's row and cell
      // forms make for a row of text cells (xlsx/xform/sheet/row-xform.js, cell-xform.js): the same bytes.
      const { styles, sharedStrings } = writer._workbook;
      const rowStyle = (rowStyleId ??= styles.addStyleModel(ROW_STYLE));
      let xml = `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="1:${ids.length}"${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
      for (let i = 0; i < ids.length; i++) {
        const style = cellStyles[i]!;
        if (style !== lastStyle) {
          lastStyleId = styles.addStyleModel(style, STRING_TYPE);
          lastStyle = style;
        }
        const styleId = lastStyleId;
        const ssId = texts.sharedString(ids[i]!, sharedStrings);
        xml += `<c r="${(letters[i] ??= columnLetters(i + 1))}${r}"${styleId ? ` s="${styleId}"` : ''} t="s"><v>${ssId}</v></c>`;
      }
      pending += `${xml}</row>`;
      if (pending.length >= PENDING) flush();
      writer._rowZero = r + 1;
    },
  };
}

/** How many characters of direct rows are handed to a sheet's stream at once, about. */
const PENDING = 1 << 16;

/** Whether body rows are written directly (see `xlsx`). */
let DIRECT_ROWS = true;

/** Column letters, made once. */
const letters: string[] = [];

/**
 * Writes some of a table's columns (`columns`, indexes, in the order given) from `headerRow` with the
 * given widths: header row, data rows, filters. `ids`: the table's cells by their texts' numbers.
 */
function writeTable(
  sheet: Sheet,
  table: Table,
  texts: BodyTexts,
  ids: Int32Array,
  columns: readonly number[],
  widths: readonly number[],
  headerRow: number,
): void {
  const heads = columns.map((i) => table.columns[i]!);
  sheet.row(
    headerRow,
    heads.map((c) => [c.label, c.mandatory ? STYLE.head : STYLE.headOptional] as const),
    rowHeight(
      heads.map((c) => c.label),
      widths,
      { size: FONT.size, bold: true },
    ),
  );
  const n = table.columns.length;
  const plain = columns.map(() => STYLE.body);
  const row: number[] = new Array<number>(columns.length);
  table.rows.forEach((tableRow, r) => {
    let lines = 1;
    for (let k = 0; k < columns.length; k++) {
      const id = ids[r * n + columns[k]!]!;
      row[k] = id;
      lines = Math.max(lines, texts.lineCount(id, widths[k] ?? 10));
    }
    const styles = tableRow.unrecorded.length > 0 ? heads.map((c) => (tableRow.unrecorded.includes(c.id) ? STYLE.bodyUnrecorded : STYLE.body)) : plain;
    sheet.bodyRow(headerRow + 1 + r, texts, row, styles, heightOf(lines, FONT));
  });
  const last = headerRow + Math.max(table.rows.length, 1);
  sheet.ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: columns.length } };
}

/** A line of text across the sheet's columns (merged), wrapped within them: a title, a note. */
function line(sheet: Sheet, row: number, value: string, widths: readonly number[], font: Partial<typeof FONT> & Record<string, unknown>): void {
  const text = neutraliseFormula(value);
  const width = widths.reduce((n, w) => n + w, 0);
  sheet.row(
    row,
    [[text, { font: { ...FONT, ...font }, alignment: WRAP }]],
    rowHeight([text], [width], { size: font.size ?? FONT.size, bold: font.bold === true }),
    widths.length > 1 ? [[1, widths.length]] : [],
  );
}

/** A sheet with a title, then the table or the sentence that says why there is none. */
function tableSheet(wb: WorkbookWriter, report: Report, table: Table, heading: string, texts: BodyTexts): void {
  if (table.empty !== undefined) {
    const widths = [100];
    const sheet = openSheet(wb, table.sheet, report, widths);
    line(sheet, 1, heading, widths, { bold: true, size: 13 });
    line(sheet, 3, table.empty, widths, {});
    sheet.commit();
    return;
  }
  const ids = texts.table(table);
  const widths = table.columns.map((c, i) => fittedWidth(c, measure(texts, ids, table.columns.length, i)));
  const sheet = openSheet(wb, table.sheet, report, widths, 3, table.id !== 'processors');
  line(sheet, 1, heading, widths, { bold: true, size: 13 });
  if (table.note !== undefined) line(sheet, 2, table.note, widths, { italic: true });
  writeTable(
    sheet,
    table,
    texts,
    ids,
    table.columns.map((_c, i) => i),
    widths,
    3,
  );
  sheet.commit();
}

/** The widths of the sheet of other fields: ID, activity, field, value. */
const FIELDS_WIDTHS = [18, 30, 34, 90];

/**
 * The sheet of other fields (fields.ts): a title, what it is, then a row per field: the activity's id and name, the
 * field's path and its value. A text is a text cell (a formula neutralised, as in every cell); yes/no and a number
 * are cells of their own type, so that `ropa import` reads each back as what it was. Nothing computed, nothing
 * from the clock: the same registry gives the same bytes.
 */
function fieldsSheet(wb: WorkbookWriter, report: Report, fields: FieldsSheet, texts: BodyTexts): void {
  const widths = FIELDS_WIDTHS;
  const sheet = openSheet(wb, fields.sheet, report, widths, fields.empty === undefined ? 4 : undefined, true);
  line(sheet, 1, fields.title, widths, { bold: true, size: 13 });
  line(sheet, 2, fields.note, widths, { italic: true });
  if (fields.empty !== undefined) {
    line(sheet, 4, fields.empty, widths, {});
    sheet.commit();
    return;
  }
  sheet.row(
    4,
    fields.labels.map((l) => [neutraliseFormula(l), STYLE.headOptional] as const),
    rowHeight(fields.labels, widths, { size: FONT.size, bold: true }),
  );
  const styles = widths.map(() => STYLE.body);
  const ids: number[] = [0, 0, 0, 0];
  // An activity's rows follow each other, and a record has few paths: each looked up once, not once per row
  // (at 10,000 activities the sheet has some 16,000 rows, and the workbook's table of texts hundreds of thousands).
  const paths = new Map<string, number>();
  let activity: string | undefined;
  // The lines of an activity's id and name, and of each path, are had once too.
  const pathLines = new Map<number, number>();
  let activityLines = 1;
  fields.rows.forEach((f, n) => {
    const r = 5 + n;
    if (f.id !== activity) {
      activity = f.id;
      ids[0] = texts.id([f.id]);
      ids[1] = texts.id([f.title]);
      activityLines = Math.max(texts.lineCount(ids[0], widths[0]!), texts.lineCount(ids[1], widths[1]!));
    }
    const path = formatPath(f.path, f.value);
    let pathId = paths.get(path);
    if (pathId === undefined) {
      paths.set(path, (pathId = texts.id([path])));
      pathLines.set(pathId, texts.lineCount(pathId, widths[2]!));
    }
    ids[2] = pathId;
    const lines = Math.max(activityLines, pathLines.get(pathId)!);
    if (typeof f.value === 'string') {
      ids[3] = texts.id([f.value]);
      sheet.bodyRow(r, texts, ids, styles, heightOf(Math.max(lines, texts.lineCount(ids[3], widths[3]!)), FONT));
      return;
    }
    // Yes/no or a number, typed; an empty list, object or null has its mark after the path and no value.
    const value = typeof f.value === 'boolean' || typeof f.value === 'number' ? f.value : '';
    const cells = [...ids.slice(0, 3).map((id) => [texts.written[id]!, STYLE.body] as const), [value, STYLE.body] as const];
    sheet.row(r, cells, heightOf(lines, FONT));
  });
  sheet.ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + fields.rows.length, column: 4 } };
  sheet.commit();
}

/** The sheets of the record: the header block and the mandatory columns, then the additional information. */
function recordSheet(wb: WorkbookWriter, report: Report, texts: BodyTexts): void {
  const { record } = report;
  const heading = `${report.title} – ${report.organisation}`;
  const ids = texts.table(record);
  const measured = record.columns.map((_c, i) => measure(texts, ids, record.columns.length, i));
  const needs = measured.map(contentWidth);
  const allWidths = record.columns.map((c, i) => fittedWidth(c, measured[i]!));
  const sheets = record.empty === undefined ? recordSheets(record, allWidths) : [record.columns.map((_c, i) => i)];
  const [first, ...more] = sheets;

  const widths = first!.map((i) => allWidths[i]!);
  // The header block: a label, and the value merged over the next columns; then a blank row, the legend, the table.
  const tableRow = 5 + report.header.length + 2;
  const sheet = openSheet(wb, record.sheet, report, widths, record.empty === undefined ? tableRow : undefined, true);
  line(sheet, 1, heading, widths, { bold: true, size: 14 });
  line(sheet, 2, report.subtitle, widths, {});
  line(sheet, 3, report.variant.lines.join(' '), widths, { bold: true });
  const value = (widths.length > 1 ? widths.slice(1) : widths).reduce((n, w) => n + w, 0);
  let row = 5;
  for (const field of report.header) {
    const label = neutraliseFormula(field.label);
    const text = cellText(field.lines);
    sheet.row(
      row,
      [
        [label, STYLE.label],
        [text, field.unrecorded ? STYLE.valueUnrecorded : STYLE.value],
      ],
      Math.max(rowHeight([field.label], [widths[0]!], { size: FONT.size, bold: true }), rowHeight([text], [value])),
      widths.length > 2 ? [[2, widths.length]] : [],
    );
    row++;
  }
  row++;
  line(sheet, row, report.legend, widths, { italic: true, size: 9 });
  row += 1;
  if (record.empty !== undefined) line(sheet, row, record.empty, widths, {});
  else writeTable(sheet, record, texts, ids, first!, widths, row);
  sheet.commit();

  more.forEach((indexes, n) => {
    const w = stretch(
      indexes.map((i) => allWidths[i]!),
      indexes.map((i) => needs[i]!),
    );
    const additional = openSheet(wb, fill(report.print.sheetMore, n + 1, more.length), report, w, 3, true);
    line(additional, 1, heading, w, { bold: true, size: 13 });
    line(additional, 2, fill(report.print.headingMore, n + 1, more.length), w, {});
    writeTable(additional, record, texts, ids, indexes, w, 3);
    additional.commit();
  });
}

/**
 * exceljs's streaming writer alone: the package's main module also loads its reader, its CSV support and
 * the libraries they use, which a report never needs (about a tenth of a second on every start).
 */
function workbookWriter(): typeof stream.xlsx.WorkbookWriter {
  const require = createRequire(import.meta.url);
  const writer = require.resolve('exceljs/lib/stream/xlsx/workbook-writer.js');
  nativeCrc32(require, writer);
  return require(writer) as typeof stream.xlsx.WorkbookWriter;
}

/**
 * The ZIP's checksums computed by Node's zlib (`zlib.crc32`, Node ≥ 20.15) rather than by the `crc-32` package, which
 * crc32-stream (archiver → zip-stream → compress-commons → crc32-stream, what exceljs writes the workbook with) calls
 * for every chunk of every part before it is deflated: at 10,000 activities some 40 MB of XML, about 50 ms of CPU in
 * JavaScript. A CRC-32 is a CRC-32: the same checksums, the same bytes (bench/same-bytes.sh, session 47). crc32-stream
 * calls `buf(chunk, previous)` only, with the previous checksum unsigned, and keeps the result `>>> 0`. Put in the
 * module cache under the file crc32-stream would load, before exceljs's writer is loaded; where that file is not found
 * (another layout of the packages) or is loaded already, nothing is changed.
 */
function nativeCrc32(require: NodeJS.Require, writer: string): void {
  let crc: string;
  try {
    let from = writer;
    for (const name of ['archiver', 'zip-stream', 'compress-commons', 'crc32-stream', 'crc-32']) from = createRequire(from).resolve(name);
    crc = from;
  } catch {
    return;
  }
  if (require.cache[crc] !== undefined) return;
  const { crc32 } = require('node:zlib') as typeof import('node:zlib');
  const mod = new Module(crc);
  mod.filename = crc;
  mod.loaded = true;
  mod.exports = { buf: (data: Uint8Array, seed = 0): number => crc32(data, seed >>> 0) | 0 };
  require.cache[crc] = mod;
}

/**
 * `viaExceljs`: every row built as exceljs's cells, none written directly (for the test that holds the
 * two ways of writing a body row to the same bytes, whatever exceljs version is installed).
 */
export async function xlsx(report: Report, { viaExceljs = false }: { viaExceljs?: boolean } = {}): Promise<Uint8Array> {
  const { Writable } = await import('node:stream');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const day = report.isoDate ?? NO_DATE;
  const when = new Date(`${day}T00:00:00Z`);
  const wb = new (workbookWriter())({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = 'ropa';
  wb.lastModifiedBy = 'ropa';
  wb.created = when;
  wb.modified = when;
  wb.title = `${report.title} – ${report.organisation}`;
  wb.subject = report.subtitle;

  DIRECT_ROWS = !viaExceljs;
  const texts = new BodyTexts();
  recordSheet(wb, report, texts);
  for (const extra of report.extra) tableSheet(wb, report, extra, extra.title, texts);
  fieldsSheet(wb, report, report.fields, texts);

  await wb.commit();
  return stampZip(new Uint8Array(Buffer.concat(chunks)), day);
}
