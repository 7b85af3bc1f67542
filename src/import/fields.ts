import { LANGUAGES, t, type Lang } from '../i18n/index.js';
import { fieldPathKind, formatPath, parsePath } from '../render/report/fields.js';
import type { Built, Existing, SummaryLine } from './built.js';
import { columnLetter, inputError, type Cell, type Sheet } from './read.js';
import type { UserError } from '../util/errors.js';
import { LIMITS } from '../parse/yaml.js';

/**
 * ropa's own workbook: its sheet of other fields («Øvrige felt», src/render/report/fields.ts) read back into the
 * activities built from the record's sheets, so that what the record has no column for — descriptions, the notice's
 * texts, accepted gaps, custom fields … — comes back as it was. Only the paths that sheet writes are read (FIELD_PATHS):
 * any other, a key the registry refuses (`__proto__`), a formula or a value of the wrong kind is refused with its
 * sheet and cell (exit 1); a row naming an activity or an entry the import did not make is named in the summary.
 */

/** The longest text of the record (the schemas' maxLength). */
const MAX_TEXT = 20000;

export interface FieldsRow {
  sheet: string;
  row: number;
  /** The value's cell as a spreadsheet names it: `Øvrige felt!D7`. */
  cell: string;
  id: string;
  path: (string | number)[];
  value: unknown;
}

/** Whether a sheet is ropa's sheet of other fields, in any of the report's languages. */
export const isFieldsSheet = (name: string): boolean => LANGUAGES.some((l) => t(l, 'report.sheet.fields') === name);

/**
 * Where the rows of one activity set a value, path by path: a row that sets what another sets already, or a part of it
 * (`custom.a` and `custom["a"]`, `custom.meta` and `custom.meta.owner`, `custom.x{}` and `custom.x[0]`), is refused,
 * not left to the later one to overwrite in silence.
 */
interface Setting {
  /** The row that set a value here, with its path as written; undefined where only a longer path passes. */
  row?: number;
  written?: string;
  under?: Map<string | number, Setting>;
  /** At an activity's root: the values its rows make, lists and objects on the way counted. */
  made?: number;
}

/**
 * The values the sheet may make in one activity: half of what a registry's file may hold (src/parse/yaml.ts), the rest
 * left to what the record's sheets give. More, and the file could not be written (ropa stopped on it, exit 2).
 */
const MAX_MADE = LIMITS.maxNodes / 2;

/** The rows of the workbook's sheet of other fields, each checked; undefined when the workbook has none. */
export function fieldsRows(sheets: readonly Sheet[], shown: string, lang: Lang): FieldsRow[] | undefined {
  const found = sheets.filter((s) => isFieldsSheet(s.name));
  if (found.length > 1) throw inputError('fields-sheets', { file: shown, first: found[0]!.name, second: found[1]!.name });
  const sheet = found[0];
  if (!sheet) return undefined;
  const label = (c: Cell | undefined, key: string): boolean => c !== undefined && LANGUAGES.some((l) => c.value.trim() === t(l, key));
  const COLUMNS = ['report.column.id', 'report.fields.column.path', 'report.fields.column.value'] as const;
  const head = sheet.rows.findIndex((cells) => COLUMNS.every((key) => cells.some((c) => label(c, key))));
  // The sheet is ropa's by its name: one whose header is gone would be dropped whole, and the summary say nothing of it.
  if (head < 0) {
    if (sheet.rows.some((cells) => cells.some((c) => c.value.trim() !== ''))) throw inputError('fields-header', { file: shown, sheet: sheet.name });
    return [];
  }
  const colOf = (key: string): number | undefined => sheet.rows[head]!.find((c) => label(c, key))?.col;
  const [idCol, pathCol, valueCol] = COLUMNS.map(colOf);
  const out: FieldsRow[] = [];
  const settings = new Map<string, Setting>();
  for (const cells of sheet.rows.slice(head + 1)) {
    const at = (col: number | undefined): Cell | undefined => (col === undefined ? undefined : cells.find((c) => c.col === col));
    const [id, path, value] = [at(idCol), at(pathCol), at(valueCol)];
    if ((id?.value.trim() ?? '') === '' && (path?.value.trim() ?? '') === '') continue;
    const row = cells[0]?.row ?? 0;
    const where = (c: Cell | undefined, col: number | undefined): string => `${sheet.name}!${columnLetter(c?.col ?? col ?? 1)}${row}`;
    for (const [c, col] of [
      [id, idCol],
      [path, pathCol],
      [value, valueCol],
    ] as const) {
      if (c?.formula) throw inputError('fields-formula', { file: shown, cell: where(c, col) });
      // An error value (`#N/A`) is no text of the record: read as one, it would come back as the text «#N/A».
      if (c?.kind === 'error') throw inputError('fields-error-cell', { file: shown, cell: where(c, col), value: c.value });
      if (c && c.value.length > MAX_TEXT) throw inputError('fields-too-long', { file: shown, cell: where(c, col), length: c.value.length, max: MAX_TEXT });
    }
    const written = path?.value.trim() ?? '';
    const parsed = parsePath(written);
    const kind = parsed && fieldPathKind(parsed.path);
    // Exactly the paths the sheet writes: `custom` itself only as an empty object.
    if (!parsed || !kind || (parsed.path.length === 1 && parsed.path[0] === 'custom' && parsed.empty !== 'object'))
      throw inputError('fields-path', { file: shown, cell: where(path, pathCol), path: written });
    // No deeper than a registry's file may nest (src/parse/yaml.ts): the file written would be refused, or not written.
    if (parsed.path.length > LIMITS.maxDepth)
      throw inputError('fields-deep', { file: shown, cell: where(path, pathCol), depth: parsed.path.length, max: LIMITS.maxDepth });
    const activity = id?.value.trim() ?? '';
    let node = settings.get(activity);
    if (!node) settings.set(activity, (node = { made: 0 }));
    const root = node;
    for (const seg of parsed.path) {
      if (node.row !== undefined) break;
      const under: Map<string | number, Setting> = (node.under ??= new Map());
      let next = under.get(seg);
      if (!next) {
        if (++root.made! > MAX_MADE) throw inputError('fields-too-many', { file: shown, cell: where(path, pathCol), id: activity, max: MAX_MADE });
        under.set(seg, (next = {}));
      }
      node = next;
    }
    const other = node.row !== undefined ? node : node.under ? firstSet(node) : undefined;
    if (other) throw inputError('fields-conflict', { file: shown, cell: where(path, pathCol), path: written, other: other.written ?? '', row: other.row ?? 0 });
    node.row = row;
    node.written = written;
    const bad = (what: string): UserError =>
      inputError('fields-value', {
        file: shown,
        cell: where(value, valueCol),
        path: written,
        kind: t(lang, `import.fields.kind.${what}`),
        value: value?.value ?? '',
      });
    let v: unknown;
    if (parsed.empty !== undefined) {
      if (kind.value !== 'any' || (value?.value ?? '') !== '') throw bad(kind.value === 'any' ? 'mark' : kind.value);
      v = parsed.empty === 'list' ? [] : parsed.empty === 'object' ? {} : null;
    } else if (kind.value === 'yes-no') {
      if (value?.kind !== 'boolean') throw bad('yes-no');
      v = value.value === 'true';
    } else if (kind.value === 'text') {
      if (value === undefined || value.kind === 'boolean' || value.value.trim() === '') throw bad('text');
      v = value.value;
    } else v = value?.kind === 'boolean' ? value.value === 'true' : value?.kind === 'number' ? Number(value.value) : (value?.dateTime ?? value?.value ?? '');
    out.push({ sheet: sheet.name, row, cell: where(value, valueCol), id: activity, path: parsed.path, value: v });
  }
  return out;
}

/** The first row that set a value under a path (which then only passes to it). */
function firstSet(node: Setting): Setting | undefined {
  for (const stack = [node]; stack.length > 0;) {
    const n = stack.pop()!;
    if (n.row !== undefined) return n;
    if (n.under) stack.push(...n.under.values());
  }
  return undefined;
}

/** The lists a row may make (the fields only this sheet carries), and under a purpose its data categories. */
const MADE = new Set(['description', 'noticeText', 'information', 'acceptedGaps', 'custom']);
const makes = (path: readonly (string | number)[], depth: number): boolean =>
  MADE.has(String(path[0])) || (path[0] === 'purposes' && path[2] === 'dataCategories' && depth >= 2);

const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each row set into the activity it names, as the sheet wrote it: texts, yes/no, the organisation's own fields whole,
 * a purpose's data categories by their names (the ids the import gave them). What cannot be placed is said.
 */
export function applyFields(
  built: Built,
  rows: readonly FieldsRow[],
  shown: string,
  existing: Existing | undefined,
  skipped: ReadonlySet<string>,
): { noticeGroups?: Record<string, Record<string, unknown>> } {
  const byId = new Map(built.activities.map((a) => [String(a.data.id), a.data]));
  const say = (r: FieldsRow, id: string, args: Record<string, string | number> = {}): void => {
    built.summary.push({
      id: `import.summary.${id}`,
      args: { sheet: r.sheet, row: r.row, id: r.id, path: formatPath(r.path, ''), ...args },
    } satisfies SummaryLine);
  };
  // The organisation's notice groups first: an activity's noticeGroup must name one (of the registry imported into,
  // whose organisation file is never rewritten, or of the sheet for a new one).
  // In maps, not objects: a group named «toString» or «hasOwnProperty» would be read from Object.prototype, and its
  // title set on the function every object shares.
  const groups = new Map<string, Map<string, unknown>>();
  for (const r of rows) {
    if (r.path[0] !== 'organisation') continue;
    const [, , id, key] = r.path as [string, string, string, string];
    let group = groups.get(id);
    if (!group) groups.set(id, (group = new Map()));
    group.set(key, r.value);
  }
  const known = new Set(existing ? Object.keys(existing.organisation?.noticeGroups ?? {}) : groups.keys());
  for (const r of rows) {
    if (r.path[0] === 'organisation' || skipped.has(r.id)) continue;
    if (r.path[0] === 'noticeGroup' && !known.has(String(r.value))) {
      if (byId.has(r.id)) say(r, 'fields-no-group', { group: String(r.value) });
      continue;
    }
    const data = byId.get(r.id);
    if (!data) {
      say(r, 'fields-no-activity');
      continue;
    }
    let value = r.value;
    if (r.path[0] === 'purposes' && r.path[2] === 'dataCategories') {
      const ids = (data.dataCategories as string[] | undefined) ?? [];
      const name = fold(String(value));
      const id = ids.find((i) => {
        const entry = built.catalogues.dataCategories.get(i)?.entry;
        return (entry && typeof entry.name === 'string' && fold(entry.name) === name) || existing?.names.dataCategories.get(name) === i || fold(i) === name;
      });
      if (id === undefined) {
        say(r, 'fields-no-category', { name: String(value) });
        continue;
      }
      value = id;
    }
    // A law as the record prints it: a reference to the laws catalogue, as a basis' law is read; else the text.
    if (r.path[0] === 'information' && r.path[1] === 'law') {
      const refs = built.lawRefs(String(value));
      if (refs?.length === 1) value = refs[0];
    }
    let at: Record<string | number, unknown> | unknown[] = data;
    let placed = true;
    for (let i = 0; i < r.path.length; i++) {
      const seg = r.path[i]!;
      const last = i === r.path.length - 1;
      if (Array.isArray(at) !== (typeof seg === 'number')) throw inputError('fields-path', { file: shown, cell: r.cell, path: formatPath(r.path, '') });
      if (Array.isArray(at) && (seg as number) > at.length) {
        if (!makes(r.path, i)) {
          placed = false;
          break;
        }
        throw inputError('fields-index', { file: shown, cell: r.cell, path: formatPath(r.path, ''), count: at.length });
      }
      const container = at as Record<string | number, unknown>;
      if (last) {
        container[seg] = value;
        break;
      }
      let next = Object.hasOwn(container, seg) ? container[seg] : undefined;
      if (next === undefined) {
        if (!makes(r.path, i)) {
          placed = false;
          break;
        }
        next = typeof r.path[i + 1] === 'number' ? [] : {};
        container[seg] = next;
      }
      if (next === null || typeof next !== 'object') throw inputError('fields-path', { file: shown, cell: r.cell, path: formatPath(r.path, '') });
      at = next as Record<string | number, unknown> | unknown[];
    }
    if (!placed) say(r, 'fields-not-placed');
  }
  return existing || groups.size === 0 ? {} : { noticeGroups: Object.fromEntries([...groups].map(([id, g]) => [id, Object.fromEntries(g)])) };
}

/**
 * The cell of the sheet of other fields that gave what a finding of the imported registry names (its JSON pointer in
 * an activity's file, or in organisation.yaml for the notice groups), or undefined: a value the schema refuses
 * (`acceptedGaps[0].accepted` that is no date) is then named by its cell, not only by the line of a file never written.
 */
export function cellOfFinding(rows: readonly FieldsRow[], finding: { file: string; pointer: string; activity?: string | undefined }): string | undefined {
  if (finding.pointer === '') return undefined;
  const organisation = finding.activity === undefined && /(^|[\\/])organisation\.yaml$/.test(finding.file);
  for (const r of rows) {
    const own = r.path[0] === 'organisation';
    if (organisation ? !own : own || r.id !== finding.activity) continue;
    const pointer = (own ? r.path.slice(1) : r.path).map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    if (pointer === finding.pointer || pointer.startsWith(`${finding.pointer}/`)) return r.cell;
  }
  return undefined;
}
