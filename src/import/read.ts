import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../util/errors.js';
import { bytePosition, firstInvalidUtf8 } from '../parse/text.js';
import { MAX_ROWS, MAX_ROWS_ALLOWED } from './limits.js';
import { restoreCsvField, restoreFormula } from '../render/escape.js';

export { MAX_ROWS, MAX_ROWS_ALLOWED };

/**
 * Reading the file to import: what kind it is, and its cells as text. Nothing is evaluated: a formula is read
 * as the formula's text, never as the value a spreadsheet program last computed, and never run.
 */

/** The largest file ropa imports. */
export const MAX_BYTES = 50 * 1024 * 1024;
/** The largest uncompressed content of an xlsx file (a zip): more is a zip bomb, not a record. */
const MAX_UNZIPPED = 100 * 1024 * 1024;
/**
 * Cells ropa reads from one file. A record of a large body is a few thousand; past this a file is refused
 * before its rows are worked through, which would take minutes and gigabytes.
 */
export const MAX_CELLS = 1_000_000;
/** The longest text a JavaScript string holds is about 512 MB: a larger file cannot be read as text at all. */
const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** What one import reads at most. */
export interface Limits {
  /** Rows (activities). */
  rows: number;
  cells: number;
  bytes: number;
  unzipped: number;
}

/**
 * The limits for a record of at most `rows` activities: the defaults, and for a larger record (`--max-activities`)
 * as many more cells and bytes per activity as the defaults allow.
 */
export function importLimits(rows: number = MAX_ROWS): Limits {
  const f = Math.max(1, rows / MAX_ROWS);
  return {
    rows,
    cells: Math.ceil(MAX_CELLS * f),
    bytes: Math.min(Math.ceil(MAX_BYTES * f), MAX_TEXT_BYTES),
    unzipped: Math.min(Math.ceil(MAX_UNZIPPED * f), MAX_TEXT_BYTES),
  };
}

export interface Cell {
  value: string;
  /** Row as a spreadsheet numbers it: the header row of a CSV file is row 1. */
  row: number;
  /** Column, from 1. */
  col: number;
  /** The cell held a formula: `value` is its text. */
  formula?: boolean;
  /**
   * A workbook's cell of a number or of yes/no (TRUE, FALSE): `value` is its text («12», «true»); of an error value
   * (`#N/A`, `#REF!`): `value` is the error's text, which no reader takes for a value it holds.
   */
  kind?: 'number' | 'boolean' | 'error';
  /**
   * A workbook's date cell with a time of day: `value` is its date (what a date of the record reads), this the date and
   * the time (`2026-03-01T14:30`), which the organisation's own fields (`custom`) keep whole (AX, session 46: the time
   * was cut in silence).
   */
  dateTime?: string;
}

export interface Sheet {
  name: string;
  rows: Cell[][];
}

export type Format = 'behandlingsoversikt-csv' | 'csv' | 'xlsx' | 'behandlingsoversikt-json';

export type Input =
  { format: 'behandlingsoversikt-csv' | 'csv' | 'xlsx'; sheets: Sheet[]; separator?: string } | { format: 'behandlingsoversikt-json'; data: unknown };

/** What can be wrong with a file to import: `import.error.<id>` in the locale files. */
export type ImportErrorId =
  | 'bad-csv'
  | 'bad-json'
  | 'bad-json-record'
  | 'bad-json-shape'
  | 'bad-map'
  | 'bad-map-field'
  | 'bad-map-key'
  | 'bad-map-yaml'
  | 'binary'
  | 'broken-quote'
  | 'cell-too-long'
  | 'empty'
  | 'field-count'
  | 'fields-conflict'
  | 'fields-deep'
  | 'fields-error-cell'
  | 'fields-formula'
  | 'fields-header'
  | 'fields-index'
  | 'fields-path'
  | 'fields-sheets'
  | 'fields-too-long'
  | 'fields-too-many'
  | 'fields-value'
  | 'no-rows'
  | 'no-title-column'
  | 'not-a-file'
  | 'not-utf8'
  | 'not-xlsx'
  | 'one-column'
  | 'separator'
  | 'target-not-folder'
  | 'target-not-registry'
  | 'too-large'
  | 'too-large-unzipped'
  | 'too-little-memory'
  | 'too-many-activities'
  | 'too-many-cells'
  | 'too-many-rows'
  | 'unknown-format'
  | 'unknown-header'
  | 'unreadable';

/** A problem with the file, at a row and column where one is known: exit 1. */
export function inputError(id: ImportErrorId, args: Record<string, string | number>): UserError {
  return new UserError(`import.error.${id}`, args, 1);
}

/**
 * More rows than `max`: `--max-activities` is named while it could take them, and past what it allows the
 * file is called what it is, no record of processing activities.
 */
export function tooManyRows(file: string, rows: number, max: number): UserError {
  return inputError(rows <= MAX_ROWS_ALLOWED ? 'too-many-activities' : 'too-many-rows', { file, rows, max: rows <= MAX_ROWS_ALLOWED ? max : MAX_ROWS_ALLOWED });
}

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function readInput(path: string, shown: string, limits: Limits = importLimits()): Promise<Input> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw inputError('not-a-file', { file: shown });
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw inputError('unreadable', { file: shown });
  }
  if (size > limits.bytes)
    throw inputError('too-large', { file: shown, size: Math.ceil(size / 1024 / 1024), max: Math.floor(limits.bytes / 1024 / 1024), rows: limits.rows });
  const bytes = readBytes(path, size, shown);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { format: 'xlsx', sheets: await readXlsx(bytes, shown, limits) };
  const text = decodeText(bytes, shown);
  if (text.includes('\u0000')) throw inputError('binary', { file: shown });
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw inputError('bad-json', { file: shown, message: (e as Error).message });
    }
    return { format: 'behandlingsoversikt-json', data };
  }
  if (body.trim() === '') throw inputError('empty', { file: shown });
  const bo = readBehandlingsoversiktCsv(body, shown);
  if (bo) return { format: 'behandlingsoversikt-csv', sheets: [{ name: '', rows: bo }], separator: ';' };
  return await readCsv(body, shown, limits);
}

/**
 * The file's text: UTF-8, or UTF-16 with its byte order mark (Excel's «Unicode text»), which cannot be
 * mistaken for anything else. Any other encoding (Windows-1252 from Excel's «CSV (semicolon separated)»)
 * is refused at the first byte UTF-8 does not allow: guessing would change letters without a word.
 */
function decodeText(bytes: Uint8Array, shown: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  // UTF-32LE begins like UTF-16LE, with two NUL bytes more: it is refused as binary below.
  const wide = utf16 && !(bytes[2] === 0 && bytes[3] === 0);
  try {
    return new TextDecoder(wide ? utf16 : 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (wide) throw inputError('not-utf8', { file: shown, line: 1, column: 1 });
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = bytePosition(buf, firstInvalidUtf8(buf));
    throw inputError('not-utf8', { file: shown, line: at.line, column: at.column });
  }
}

function readBytes(path: string, size: number, shown: string): Uint8Array {
  const buf = Buffer.alloc(size);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } catch {
    throw inputError('unreadable', { file: shown });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Behandlingsoversikt's CSV export

/**
 * Behandlingsoversikt's export (src/utils/csv.ts): a UTF-8 BOM, the titles joined by `;`, then one line per
 * record whose every value is `JSON.stringify`-ed and joined by `;`, lines joined by CRLF. It is not RFC 4180
 * — a quote inside a value is `\"`, a line break `\n` — so each value is read back with JSON.parse, the exact
 * inverse of how it was written. Returns undefined when the text is not in this form.
 */
export function readBehandlingsoversiktCsv(text: string, shown: string): Cell[][] | undefined {
  const lines = text.split(/\r?\n/);
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (lines.length < 2 || !lines[0]!.includes(';') || !lines[1]!.startsWith('"')) return undefined;
  const header = lines[0]!.split(';');
  if (header.some((h) => h.startsWith('"'))) return undefined;
  const rows: Cell[][] = [header.map((value, i) => ({ value, row: 1, col: i + 1 }))];
  // The data lines must all be JSON strings; the first decides whether this is the format at all.
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li]!;
    if (line === '') continue;
    const values = jsonFields(line);
    if (typeof values === 'number') {
      if (li === 1) return undefined;
      throw inputError('broken-quote', { file: shown, row: li + 1, column: columnLetter(values) });
    }
    if (values.length !== header.length) {
      if (li === 1) return undefined;
      throw inputError('field-count', { file: shown, row: li + 1, found: values.length, expected: header.length });
    }
    rows.push(values.map((value, i) => ({ value, row: li + 1, col: i + 1 })));
  }
  return rows;
}

/** The values of one line of `"…";"…"`, or the 1-based column where it stops being that. */
function jsonFields(line: string): string[] | number {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] !== '"') return out.length + 1;
    let j = i + 1;
    while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
    if (j >= line.length) return out.length + 1;
    let v: unknown;
    try {
      v = JSON.parse(line.slice(i, j + 1));
    } catch {
      return out.length + 1;
    }
    out.push(String(v));
    i = j + 1;
    if (i === line.length) return out;
    if (line[i] !== ';') return out.length;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Other CSV files (RFC 4180: ropa's own report, spreadsheets saved as CSV)

/** The separator the header line uses most, outside quotes: `;` (Norwegian Excel), `,` or tab. */
function separatorOf(text: string): { separator: string; counts: Record<string, number> } {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const best = [';', ',', '\t'].sort((a, b) => counts[b]! - counts[a]!)[0]!;
  return { separator: best, counts };
}

async function readCsv(text: string, shown: string, limits: Limits): Promise<Input> {
  const { separator, counts } = separatorOf(text);
  if (counts[separator] === 0) {
    // One column is no record: name the character that looks like the separator, if there is one.
    const other = counts['|']! > 0 ? '|' : undefined;
    throw inputError(other ? 'separator' : 'one-column', { file: shown, row: 1, separator: other ?? '' });
  }
  const { parse, CsvError } = await import('csv-parse/sync');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      bom: true,
      relax_column_count: false,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) {
      const err = e as InstanceType<typeof CsvError> & { lines?: number; record?: string[]; index?: number };
      const row = err.lines ?? 0;
      if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
        throw inputError('field-count', {
          file: shown,
          row,
          found: err.record?.length ?? 0,
          expected: (err as { columns?: unknown[] }).columns?.length ?? records_header(text, separator),
        });
      }
      if (err.code === 'CSV_QUOTE_NOT_CLOSED' || err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
        throw inputError('broken-quote', { file: shown, row, column: columnLetter((err.index ?? 0) + 1) });
      }
      throw inputError('bad-csv', { file: shown, row, message: err.message });
    }
    throw e;
  }
  const cells = records.reduce((n, r) => n + r.length, 0);
  if (cells > limits.cells) throw inputError('too-many-cells', { file: shown, max: limits.cells, rows: limits.rows });
  // A text that began like a formula, or had one after a separator inside, was written with an apostrophe before it
  // (ropa's report, src/render/escape.ts): read as it was.
  const rows = records.map((r, ri) => r.map((value, ci) => ({ value: restoreCsvField(value), row: ri + 1, col: ci + 1 })));
  return { format: 'csv', sheets: [{ name: '', rows }], separator };
}

/** How many fields the header line has: for the message when a later row has another count. */
function records_header(text: string, separator: string): number {
  return separatorOf(text).counts[separator]! + 1;
}

// ---------------------------------------------------------------------------------------------------------
// xlsx

/**
 * Sums the uncompressed sizes in the zip's central directory, so that a zip bomb is refused before a byte
 * of it is inflated.
 */
function unzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/**
 * The cells with a value in the workbook's sheets (`<v>` and inline strings `<is>` in xl/worksheets/*.xml), counted
 * in the zip before exceljs reads it: exceljs holds every cell of a workbook at once, about 700 bytes each, so that a
 * workbook of 1,700,000 cells took 1.2 GB before the count of its cells refused it. Undefined when the zip is not
 * read here (a method other than deflate or none); exceljs then reads it, and its cells are counted as they are read.
 */
function valuedCells(bytes: Uint8Array, max: number): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  let at = view.getUint32(end + 16, true);
  let count = 0;
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = buf.toString('latin1', at + 46, at + 46 + nameLength);
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
    const from = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = buf.subarray(from, from + size);
    let xml: Buffer;
    try {
      if (method === 0) xml = data;
      else if (method === 8) xml = inflateRawSync(data, { maxOutputLength: max });
      else return undefined;
    } catch {
      return undefined;
    }
    for (const tag of ['<v>', '<v ', '<is>']) for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + 3)) count++;
  }
  return count;
}

type CellValue = unknown;

/**
 * A cell's content as text: a formula as its text (never its cached result), a date as YYYY-MM-DD, a number and
 * yes/no as their text with their kind. A text that began like a formula was written with an apostrophe before it
 * (by ropa's report, src/render/escape.ts, or another program that guards against formula injection; Excel itself
 * keeps the apostrophe one types out of the text): it is read as it was.
 */
function cellText(v: CellValue): { value: string; formula?: boolean; kind?: 'number' | 'boolean' | 'error'; dateTime?: string } {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'string') return { value: restoreFormula(v) };
  if (typeof v === 'number') return { value: String(v), kind: 'number' };
  if (typeof v === 'boolean') return { value: String(v), kind: 'boolean' };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { value: '' };
    // A workbook's date has no time zone: exceljs reads it as UTC. Midnight is a date alone; seconds only when there are some.
    const iso = v.toISOString();
    const time = iso.slice(11, 19).replace(/:00$/, '');
    return { value: iso.slice(0, 10), ...(time !== '00:00' ? { dateTime: `${iso.slice(0, 10)}T${time}` } : {}) };
  }
  if (typeof v === 'object') {
    const o = v as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string; error?: string };
    if (typeof o.formula === 'string' || typeof o.sharedFormula === 'string') return { value: `=${o.formula ?? o.sharedFormula}`, formula: true };
    if (Array.isArray(o.richText)) return { value: restoreFormula(o.richText.map((r) => r.text ?? '').join('')) };
    // A link keeps its address: «DBA Visma» linking to the agreement is both.
    if (o.text !== undefined) {
      const shown = cellText(o.text);
      return typeof o.hyperlink === 'string' && o.hyperlink !== '' && !shown.value.includes(o.hyperlink) ? { value: `${shown.value} (${o.hyperlink})` } : shown;
    }
    if (typeof o.error === 'string') return { value: o.error, kind: 'error' };
  }
  return { value: String(v) };
}

async function readXlsx(bytes: Uint8Array, shown: string, limits: Limits): Promise<Sheet[]> {
  const unzipped = unzippedSize(bytes);
  if (unzipped === undefined) throw inputError('not-xlsx', { file: shown });
  if (unzipped > limits.unzipped) throw inputError('too-large-unzipped', { file: shown, size: Math.ceil(unzipped / 1024 / 1024) });
  if ((valuedCells(bytes, limits.unzipped) ?? 0) > limits.cells) throw inputError('too-many-cells', { file: shown, max: limits.cells, rows: limits.rows });
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw inputError('not-xlsx', { file: shown });
  }
  const sheets: Sheet[] = [];
  let count = 0;
  wb.eachSheet((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged range holds its value once, in its top-left cell.
        if (cell.isMerged && cell.master !== cell) return;
        if (++count > limits.cells) throw inputError('too-many-cells', { file: shown, max: limits.cells, rows: limits.rows });
        const { value, formula, kind, dateTime } = cellText(cell.value);
        cells.push({ value, row: rowNumber, col, ...(formula ? { formula } : {}), ...(kind ? { kind } : {}), ...(dateTime ? { dateTime } : {}) });
      });
      rows.push(cells);
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}
