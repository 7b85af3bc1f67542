import { distance, suggest } from '../util/suggest.js';
import { BEHANDLINGSOVERSIKT, DPIA_SHEET_COLUMNS, displayLabels, fold, isField, knownLabels, ropaReportLanguage, type Field } from './labels.js';
import { columnLetter, inputError, type Cell, type Sheet } from './read.js';
import { matchTemplate } from './vocabulary.js';
import { LANGUAGES, t, type Lang } from '../i18n/index.js';
import { FORBIDDEN_KEYS } from '../parse/yaml.js';

/** One column of the imported table: its header, and where its values go. */
export interface Column {
  col: number;
  header: string;
  field: Field;
  /** Why it went to `custom`: an unknown header, a second column for a field, or the mapping file. */
  why?: 'unknown' | 'duplicate' | 'mapped' | 'known';
}

export interface SourceRow {
  row: number;
  cells: Map<Field, { value: string; column: Column; formula?: boolean }>;
  custom: { column: Column; value: string; formula?: boolean }[];
}

export interface Table {
  sheet: string;
  headerRow: number;
  columns: Column[];
  rows: SourceRow[];
  /** ropa's own report, in this language. */
  ropa?: Lang;
  /**
   * ropa's workbook: which copy its cover says it is. The official record carries no accepted gaps and no custom fields
   * (src/render/report/fields.ts, INTERNAL_FIELDS), and its import says so; the internal working copy carries them.
   */
  ropaVariant?: 'official' | 'internal';
  behandlingsoversikt: boolean;
  /** Sheets of the workbook with content that are not the record's table. */
  ignoredSheets?: { name: string; rows: number }[];
  /** Label and value pairs above the header row: the template's block on the controller and its DPO. */
  above?: { label: string; value: string; row: number }[];
  /** ropa's DPIA sheet: its rows that name no activity of the record's sheet and hold something it prints alone. */
  dpiaUnmatched?: { sheet: string; row: number; title: string }[];
}

const MAX_CELL = 20000;

/**
 * A header or label as a key of `custom`: one the registry refuses as a key (`__proto__`, `constructor`,
 * `prototype`) gets its column letter, so that the value is kept and the file still loads.
 */
const keyOf = (text: string, col: number): string => (FORBIDDEN_KEYS.has(text) ? `${text} (${columnLetter(col)})` : text);

/** `--map`: header (as written) → field, or `custom`. */
export type ColumnMap = ReadonlyMap<string, Field>;

const fieldOf = (header: string, map: ColumnMap): Field | undefined =>
  map.get(header.trim()) ??
  map.get(fold(header)) ??
  (Object.hasOwn(BEHANDLINGSOVERSIKT, header.trim()) ? BEHANDLINGSOVERSIKT[header.trim()] : undefined) ??
  knownLabels().get(fold(header));

/** The row of a sheet that is its header: the first, within the first 40, with two known labels. */
function headerRow(sheet: Sheet, map: ColumnMap): { index: number; hits: number } | undefined {
  let best: { index: number; hits: number } | undefined;
  sheet.rows.slice(0, 40).forEach((cells, index) => {
    const hits = cells.filter((c) => c.value.trim() !== '' && fieldOf(c.value, map) !== undefined && fieldOf(c.value, map) !== 'custom').length;
    if (hits >= 2 && (best === undefined || hits > best.hits)) best = { index, hits };
  });
  return best;
}

/**
 * ropa's own workbook prints the record's optional columns on sheets of additional information
 * («Tilleggsopplysninger 1», …), each led by the activity's name. Their columns are joined to the record's
 * sheet, row by row by that name (in order, when two activities share one), as if the record were one table;
 * a row whose name the record does not have is kept as a row of its own. The sheets joined are left out.
 */
/** The rightmost column any cell of `rows` is in (0 for none): a loop, since a sheet may hold more cells than a call takes arguments. */
function lastColumn(rows: readonly (readonly Cell[])[]): number {
  let last = 0;
  for (const cells of rows) for (const c of cells) if (c.col > last) last = c.col;
  return last;
}

/** Whether a sheet has the name ropa's report gives it (`key` in locales/<lang>/report.json), in any language. */
const isRopaSheet = (key: string, name: string): boolean => LANGUAGES.some((l) => t(l, key) === name);

function joinRopaSheets(sheets: readonly Sheet[], map: ColumnMap): Sheet[] {
  const record = sheets.find((s) => isRopaSheet('report.sheet.controller', s.name) || isRopaSheet('report.sheet.processor', s.name));
  const more = sheets.filter((s) => matchTemplate('report.sheet.more', s.name) !== undefined);
  const head = record && headerRow(record, map);
  if (!record || !head || more.length === 0) return [...sheets];
  const titleCol = (cells: readonly Cell[]): number | undefined => cells.find((c) => fieldOf(c.value, map) === 'title')?.col;
  const recordTitle = titleCol(record.rows[head.index]!);
  if (recordTitle === undefined) return [...sheets];
  const rows = record.rows.map((cells) => [...cells]);
  let offset = lastColumn(rows);
  // The record's rows by name, each name's rows in order: a row joins the first of its name not yet joined.
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const name = i > head.index ? r.find((c) => c.col === recordTitle)?.value : undefined;
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  const joined = new Set<Sheet>();
  for (const sheet of more) {
    const h = headerRow(sheet, map);
    const title = h && titleCol(sheet.rows[h.index]!);
    if (!h || title === undefined) continue;
    joined.add(sheet);
    const shift = (cells: readonly Cell[]): Cell[] => cells.filter((c) => c.col !== title).map((c) => ({ ...c, col: c.col + offset }));
    rows[head.index]!.push(...shift(sheet.rows[h.index]!));
    const next = new Map<string, number>();
    for (const cells of sheet.rows.slice(h.index + 1)) {
      const name = cells.find((c) => c.col === title)?.value;
      if (name === undefined || name.trim() === '') continue;
      const n = next.get(name) ?? 0;
      const at = byName.get(name)?.[n];
      next.set(name, n + 1);
      if (at !== undefined) rows[at]!.push(...shift(cells));
      else rows.push([{ ...cells.find((c) => c.col === title)!, col: recordTitle }, ...shift(cells)]);
    }
    offset += lastColumn(sheet.rows);
  }
  return sheets.filter((s) => !joined.has(s)).map((s) => (s === record ? { name: s.name, rows } : s));
}

/** The language of ropa's cover above the header row: a line that says it is the official record or the internal copy. */
function coverLanguage(above: readonly (readonly Cell[])[]): Lang | undefined {
  const lines = above.flat().map((c) => c.value.trim());
  return LANGUAGES.find((l) => lines.some((v) => v.startsWith(t(l, 'report.variant.official')) || v.startsWith(t(l, 'report.variant.internal'))));
}

/** Which copy ropa's cover above the header row says the workbook is, in any of the report's languages. */
function coverVariant(above: readonly (readonly Cell[])[]): 'official' | 'internal' | undefined {
  const lines = above.flat().map((c) => c.value.trim());
  const says = (which: 'official' | 'internal'): boolean => LANGUAGES.some((l) => lines.some((v) => v.startsWith(t(l, `report.variant.${which}`))));
  return says('internal') ? 'internal' : says('official') ? 'official' : undefined;
}

/**
 * ropa's internal working copy marks an activity that is not approved with a last line under its name,
 * «Ikke godkjent (utkast)»: the name without it, and the approval in the report's words.
 */
export function ropaTitle(value: string): { title: string; approval?: string } {
  const lines = value.split('\n');
  const marker = lines.length > 1 ? matchTemplate('report.not-approved', lines.at(-1)!.trim()) : undefined;
  return marker?.approval !== undefined ? { title: lines.slice(0, -1).join('\n'), approval: marker.approval } : { title: value };
}

/**
 * The record's table: the sheet and header row with the most known headers, each column given its field.
 * A header that is not known but close to one is refused with "did you mean", since a misspelt
 * «Formålet med behandlignen» would otherwise carry the purposes into `custom` unnoticed.
 */
export function findTable(workbook: readonly Sheet[], map: ColumnMap, shown: string, behandlingsoversikt: boolean): Table {
  const sheets = joinRopaSheets(workbook, map);
  let chosen: { sheet: Sheet; index: number; hits: number } | undefined;
  // ropa's own workbook names its record: that sheet, however few columns `--columns` gave it, and not the
  // wider record as processor beside it.
  const own = sheets.find((s) => isRopaSheet('report.sheet.controller', s.name));
  const ownHead = own && headerRow(own, map);
  if (own && ownHead) chosen = { sheet: own, ...ownHead };
  else
    for (const sheet of sheets) {
      const h = headerRow(sheet, map);
      if (h && (chosen === undefined || h.hits > chosen.hits)) chosen = { sheet, ...h };
    }
  if (!chosen) throw inputError('unknown-format', { file: shown });
  const header = chosen.sheet.rows[chosen.index]!;
  const headers = header.map((c) => c.value);
  // Its own columns name ropa's report; with a few chosen by `--columns`, its cover does: the record's sheet
  // whose header block says which copy it is (official or internal), in that language.
  const cover = chosen.sheet === own ? chosen.sheet.rows.slice(0, chosen.index) : [];
  const ropa = ropaReportLanguage(headers) ?? coverLanguage(cover);
  const ropaVariant = ropa ? coverVariant(cover) : undefined;
  const labels = displayLabels();
  const taken = new Set<Field>();
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const cell of header) {
    const plain = keyOf(cell.value.replace(/\s+/g, ' ').trim(), cell.col);
    if (plain === '') continue;
    // Two columns with one header would be one key in `custom`, the second value replacing the first.
    const text = seen.has(plain) ? `${plain} (${columnLetter(cell.col)})` : plain;
    seen.add(text);
    const mapped = map.get(cell.value.trim()) ?? map.get(fold(cell.value));
    const field = fieldOf(cell.value, map);
    if (field === undefined) {
      const near = suggest(plain, labels);
      // A short header is near every short label («Nr» is two edits from «ID»): a hint must be within a third of it.
      if (near !== undefined && fold(near) !== fold(plain) && distance(plain.toLowerCase(), near.toLowerCase()) <= Math.max(1, Math.floor(plain.length / 3))) {
        throw inputError('unknown-header', { file: shown, row: cell.row, column: columnLetter(cell.col), header: plain, suggestion: near });
      }
      columns.push({ col: cell.col, header: text, field: 'custom', why: 'unknown' });
      continue;
    }
    if (field !== 'custom' && taken.has(field)) {
      columns.push({ col: cell.col, header: text, field: 'custom', why: 'duplicate' });
      continue;
    }
    if (field !== 'custom') taken.add(field);
    columns.push({ col: cell.col, header: text, field, ...(field === 'custom' ? { why: mapped ? 'mapped' : 'known' } : {}) });
  }
  if (!taken.has('title')) throw inputError('no-title-column', { file: shown, row: header[0]?.row ?? 1, sheet: chosen.sheet.name });
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const rows: SourceRow[] = [];
  for (const cells of chosen.sheet.rows.slice(chosen.index + 1)) {
    if (cells.every((c) => c.value.trim() === '')) continue;
    const row: SourceRow = { row: cells[0]!.row, cells: new Map(), custom: [] };
    for (const c of cells) {
      // The schemas hold at most 20000 characters in one text: a longer cell is no record's cell.
      if (c.value.length > MAX_CELL)
        throw inputError('cell-too-long', { file: shown, row: c.row, column: columnLetter(c.col), length: c.value.length, max: MAX_CELL });
      const column = byCol.get(c.col);
      if (column === undefined) {
        if (c.value.trim() !== '')
          row.custom.push({
            column: { col: c.col, header: columnLetter(c.col), field: 'custom', why: 'unknown' },
            value: c.dateTime ?? c.value,
            ...(c.formula ? { formula: true } : {}),
          });
        continue;
      }
      // The organisation's own fields keep a date's time of day (read.ts, Cell.dateTime).
      if (column.field === 'custom') row.custom.push({ column, value: c.dateTime ?? c.value, ...(c.formula ? { formula: true } : {}) });
      else if (column.field === 'title') {
        // ropa's internal copy: the activity's name, and its approval from the mark under it (also in a csv
        // of a few `--columns`, which ropa's headers alone do not make known as ropa's).
        const { title, approval } = ropaTitle(c.value);
        row.cells.set('title', { value: title, column, ...(c.formula ? { formula: true } : {}) });
        if (approval !== undefined && !row.cells.has('approval')) row.cells.set('approval', { value: approval, column: { ...column, field: 'approval' } });
      } else row.cells.set(column.field, { value: c.value, column, ...(c.formula ? { formula: true } : {}) });
    }
    rows.push(row);
  }
  const labelsAbove = new Set<string>();
  const above = chosen.sheet.rows.slice(0, chosen.index).flatMap((cells) => {
    const filled = cells.filter((c) => c.value.trim() !== '');
    if (filled.length < 2) return [];
    const [first, second] = [filled[0]!, filled[1]!];
    const plain = first.value.trim();
    // As for headers: a key the registry accepts, and one per line, named by its cell when it is not.
    const label = FORBIDDEN_KEYS.has(plain) || labelsAbove.has(plain) ? `${plain} (${columnLetter(first.col)}${first.row})` : plain;
    labelsAbove.add(label);
    return [{ label, value: second.value.trim(), row: first.row }];
  });
  const dpiaUnmatched = ropa ? joinDpiaSheet(sheets, rows) : [];
  // Other sheets with content are not read: said, so that nobody takes the import for the whole workbook.
  const ignoredSheets = sheets
    .filter((x) => x !== chosen!.sheet && x.rows.some((r) => r.some((c) => c.value.trim() !== '')))
    .map((x) => ({ name: x.name, rows: x.rows.filter((r) => r.filter((c) => c.value.trim() !== '').length >= 2).length }));
  return {
    ignoredSheets,
    sheet: chosen.sheet.name,
    headerRow: header[0]?.row ?? 1,
    columns,
    rows,
    ...(ropa ? { ropa } : {}),
    ...(ropaVariant ? { ropaVariant } : {}),
    behandlingsoversikt,
    ...(above.length > 0 ? { above } : {}),
    ...(dpiaUnmatched.length > 0 ? { dpiaUnmatched } : {}),
  };
}

/**
 * ropa's DPIA sheet prints, besides what the record's sheet has (status, reference, date) and what ropa computes,
 * three things of the record found nowhere else: the residual risk, the prior consultation (Art. 36) and the
 * reason given. They are joined to the record's rows by the activity's name, in order when two share one, as
 * cells of their own fields (DPIA_SHEET_COLUMNS), so that the report's round trip keeps them. A row of the sheet
 * with one of them and no activity of that name is returned, for the summary to name.
 */
function joinDpiaSheet(sheets: readonly Sheet[], rows: SourceRow[]): { sheet: string; row: number; title: string }[] {
  const sheet = sheets.find((s) => isRopaSheet('report.sheet.dpia', s.name));
  if (!sheet) return [];
  // In any of the report's languages: bokmål's and nynorsk's headers are mostly the same words, so the language
  // found for the record's sheet may be the other one.
  const labelled = (c: Cell, id: string): boolean => LANGUAGES.some((l) => c.value.trim() === t(l, `report.column.${id}`));
  const index = sheet.rows.findIndex((cells) => cells.some((c) => labelled(c, 'activity')));
  if (index < 0) return [];
  const header = sheet.rows[index]!;
  const titleCol = header.find((c) => labelled(c, 'activity'))!.col;
  const columns = Object.entries(DPIA_SHEET_COLUMNS).flatMap(([id, field]) => {
    const cell = header.find((c) => labelled(c, id));
    return cell ? [{ col: cell.col, column: { col: cell.col, header: `${sheet.name}: ${cell.value.trim()}`, field } satisfies Column }] : [];
  });
  if (columns.length === 0) return [];
  const byName = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const name = r.cells.get('title')?.value;
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), r]);
  }
  const unmatched: { sheet: string; row: number; title: string }[] = [];
  for (const cells of sheet.rows.slice(index + 1)) {
    const named = cells.find((c) => c.col === titleCol)?.value;
    if (named === undefined || named.trim() === '') continue;
    const title = ropaTitle(named).title;
    const values = columns.flatMap(({ col, column }) => {
      const cell = cells.find((c) => c.col === col);
      return cell && cell.value.trim() !== '' ? [{ column, value: cell.value, ...(cell.formula ? { formula: true } : {}) }] : [];
    });
    const target = byName.get(title)?.shift();
    if (target === undefined) {
      if (values.length > 0) unmatched.push({ sheet: sheet.name, row: cells[0]!.row, title });
      continue;
    }
    for (const v of values) if (!target.cells.has(v.column.field)) target.cells.set(v.column.field, v);
  }
  return unmatched;
}

/** A mapping file's entries, checked: every value a field ropa knows, or `custom`. */
export function columnMap(data: unknown, shown: string): ColumnMap {
  const map = new Map<string, Field>();
  const entries = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const columns = entries && 'columns' in entries ? entries.columns : entries;
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) throw inputError('bad-map', { file: shown });
  for (const [header, value] of Object.entries(columns as Record<string, unknown>)) {
    if (typeof value !== 'string' || !isField(value)) {
      throw inputError('bad-map-field', {
        file: shown,
        header,
        value: String(value),
        suggestion:
          suggest(String(value), [
            'title',
            'purposes',
            'legalBasis',
            'nationalLaw',
            'dataSubjects',
            'dataCategories',
            'recipients',
            'transfers',
            'retention',
            'securityMeasures',
            'processors',
            'systems',
            'sources',
            'responsibleUnit',
            'custom',
          ]) ?? 'custom',
      });
    }
    map.set(header.trim(), value);
    map.set(fold(header), value);
  }
  return map;
}

/**
 * ropa's own workbook: the risk factors the record recorded, from its DPIA sheet (by activity title), so that
 * what the DPIA screening computes from them comes out the same after a round trip.
 */
export function ropaRiskFactors(sheets: readonly Sheet[], lang: Lang, t: (lang: Lang, key: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const activity = t(lang, 'report.column.activity');
  const factors = t(lang, 'report.column.risk-factors');
  for (const sheet of sheets) {
    const header = sheet.rows.find((cells) => cells.some((c) => c.value === factors) && cells.some((c) => c.value === activity));
    if (!header) continue;
    const a = header.find((c) => c.value === activity)!.col;
    const f = header.find((c) => c.value === factors)!.col;
    for (const cells of sheet.rows.slice(sheet.rows.indexOf(header) + 1)) {
      const name = cells.find((c) => c.col === a)?.value;
      const value = cells.find((c) => c.col === f)?.value;
      if (name && value) out.set(ropaTitle(name).title, value);
    }
  }
  return out;
}

/** ropa's own workbook: its processors sheet, by processor name, label → value. */
export function ropaProcessors(sheets: readonly Sheet[], lang: Lang, t: (lang: Lang, key: string) => string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const ids = ['processor-name', 'organisation-number', 'country', 'service', 'agreement', 'subprocessors'];
  const labels = ids.map((id) => t(lang, `report.column.${id}`));
  for (const sheet of sheets) {
    const header = sheet.rows.find((cells) => labels.every((l) => cells.some((c) => c.value === l)));
    if (!header) continue;
    const colOf = new Map(ids.map((id, i) => [id, header.find((c) => c.value === labels[i])!.col]));
    for (const cells of sheet.rows.slice(sheet.rows.indexOf(header) + 1)) {
      const get = (id: string): string | undefined => cells.find((c) => c.col === colOf.get(id))?.value;
      const name = get('processor-name');
      if (!name) continue;
      out.set(name, Object.fromEntries(ids.map((id) => [id, get(id) ?? ''])));
    }
  }
  return out;
}
