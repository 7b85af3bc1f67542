import { LANGUAGES, t, type Lang } from '../i18n/index.js';
import { fieldPathKind, formatPath, parsePath } from '../render/report/fields.js';
import type { Built, Existing, SummaryLine } from './built.js';
import { columnLetter, inputError, type Cell, type Sheet } from './read.js';
import type { UserError } from '../util/errors.js';

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

/** The rows of the workbook's sheet of other fields, each checked; undefined when the workbook has none. */
export function fieldsRows(sheets: readonly Sheet[], shown: string, lang: Lang): FieldsRow[] | undefined {
  const sheet = sheets.find((s) => isFieldsSheet(s.name));
  if (!sheet) return undefined;
  const label = (c: Cell | undefined, key: string): boolean => c !== undefined && LANGUAGES.some((l) => c.value.trim() === t(l, key));
  const head = sheet.rows.findIndex((cells) => cells.some((c) => label(c, 'report.column.id')) && cells.some((c) => label(c, 'report.fields.column.path')));
  if (head < 0) return [];
  const colOf = (key: string): number | undefined => sheet.rows[head]!.find((c) => label(c, key))?.col;
  const [idCol, pathCol, valueCol] = [colOf('report.column.id'), colOf('report.fields.column.path'), colOf('report.fields.column.value')];
  const out: FieldsRow[] = [];
  const seen = new Set<string>();
  for (const cells of sheet.rows.slice(head + 1)) {
    const at = (col: number | undefined): Cell | undefined => (col === undefined ? undefined : cells.find((c) => c.col === col));
    const [id, path, value] = [at(idCol), at(pathCol), at(valueCol)];
    if ((id?.value.trim() ?? '') === '' && (path?.value.trim() ?? '') === '') continue;
    const where = (c: Cell | undefined, col: number | undefined): string => `${sheet.name}!${columnLetter(c?.col ?? col ?? 1)}${cells[0]?.row ?? 0}`;
    for (const [c, col] of [
      [id, idCol],
      [path, pathCol],
      [value, valueCol],
    ] as const) {
      if (c?.formula) throw inputError('fields-formula', { file: shown, cell: where(c, col) });
      if (c && c.value.length > MAX_TEXT) throw inputError('fields-too-long', { file: shown, cell: where(c, col), length: c.value.length, max: MAX_TEXT });
    }
    const written = path?.value ?? '';
    const parsed = parsePath(written);
    const kind = parsed && fieldPathKind(parsed.path);
    const key = `${id?.value.trim() ?? ''}\u0000${written.trim()}`;
    // Exactly the paths the sheet writes: `custom` itself only as an empty object; each once for an activity.
    if (!parsed || !kind || (parsed.path.length === 1 && parsed.path[0] === 'custom' && parsed.empty !== 'object') || seen.has(key))
      throw inputError('fields-path', { file: shown, cell: where(path, pathCol), path: written.trim() });
    seen.add(key);
    const bad = (what: string): UserError =>
      inputError('fields-value', {
        file: shown,
        cell: where(value, valueCol),
        path: written.trim(),
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
    } else v = value?.kind === 'boolean' ? value.value === 'true' : value?.kind === 'number' ? Number(value.value) : (value?.value ?? '');
    out.push({ sheet: sheet.name, row: cells[0]?.row ?? 0, cell: where(value, valueCol), id: id?.value.trim() ?? '', path: parsed.path, value: v });
  }
  return out;
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
  const groups: Record<string, Record<string, unknown>> = {};
  for (const r of rows) {
    if (r.path[0] !== 'organisation') continue;
    const [, , id, key] = r.path as [string, string, string, string];
    (groups[id] ??= {})[key] = r.value;
  }
  const known = existing ? new Set(Object.keys(existing.organisation?.noticeGroups ?? {})) : new Set(Object.keys(groups));
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
  return existing || Object.keys(groups).length === 0 ? {} : { noticeGroups: groups };
}
