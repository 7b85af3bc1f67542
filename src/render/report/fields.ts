import { citeLaw } from '../../model/legal.js';
import { resolveLaw, type ResolvedActivity } from '../../model/resolve.js';
import type { Activity, LocalText } from '../../model/types.js';
import { FORBIDDEN_KEYS } from '../../parse/yaml.js';
import { text, type TextContext } from './text.js';

/**
 * The fields of an activity that the record of Art. 30 has no column for — its description, the notice's texts, how
 * people are informed, accepted gap findings, the organisation's own fields, which data categories a purpose uses, a
 * basis' note, the retention rule's plain words, a restriction's note — as rows of ropa's own workbook («Øvrige
 * felt»): the activity's id and name, the field's path in its file and the value. Datatilsynet's columns stay as
 * they are; `ropa import` of the workbook reads these rows back (src/import/fields.ts), so that nothing the report
 * does not print is lost on the way. Texts are in the report's language, as every other cell is; a data category by
 * its name, as the record prints it (an import makes its id again from the name).
 */

/** A value of one row: a text, a number or yes/no, or an empty list, object or null (said by the path's mark). */
export type FieldValue = string | number | boolean | null | readonly [] | Readonly<Record<string, never>>;

export interface FieldRow {
  id: string;
  title: string;
  path: readonly (string | number)[];
  value: FieldValue;
}

/**
 * What a row may name, and what its value is: `N` an entry of a list, `*` anything under it (the organisation's own
 * fields). Read back only these: any other path is refused (src/import/fields.ts).
 */
export const FIELD_PATHS: readonly { path: readonly (string | 'N' | 'K' | '*')[]; value: 'text' | 'yes-no' | 'any' }[] = [
  { path: ['description'], value: 'text' },
  { path: ['noticeGroup'], value: 'text' },
  { path: ['noticeText'], value: 'text' },
  { path: ['information', 'method', 'N'], value: 'text' },
  { path: ['information', 'notice'], value: 'text' },
  { path: ['information', 'note'], value: 'text' },
  { path: ['information', 'law', 'N'], value: 'text' },
  { path: ['purposes', 'N', 'dataCategories', 'N'], value: 'text' },
  { path: ['purposes', 'N', 'legalBasis', 'N', 'note'], value: 'text' },
  { path: ['retention', 'N', 'description'], value: 'text' },
  { path: ['retention', 'N', 'mainRule'], value: 'yes-no' },
  { path: ['retention', 'N', 'exceptions'], value: 'text' },
  { path: ['retention', 'N', 'atLatest'], value: 'yes-no' },
  { path: ['retention', 'N', 'archiveIfRequired'], value: 'yes-no' },
  { path: ['rightsRestrictions', 'N', 'note'], value: 'text' },
  { path: ['acceptedGaps', 'N', 'rule'], value: 'text' },
  { path: ['acceptedGaps', 'N', 'reason'], value: 'text' },
  { path: ['acceptedGaps', 'N', 'acceptedBy'], value: 'text' },
  { path: ['acceptedGaps', 'N', 'accepted'], value: 'text' },
  { path: ['acceptedGaps', 'N', 'expires'], value: 'text' },
  { path: ['custom', '*'], value: 'any' },
  // The organisation's notice groups, which an activity's noticeGroup names: rows without an activity's ID.
  { path: ['organisation', 'noticeGroups', 'K', 'title'], value: 'text' },
  { path: ['organisation', 'noticeGroups', 'K', 'description'], value: 'text' },
];

/** The schema's paths (test/import/field-paths.ts's form) this sheet carries: NOT_IN_REPORT names the rest. */
export const FIELDS_CARRIED = [
  'description',
  'noticeGroup',
  'noticeText',
  'information.method',
  'information.notice',
  'information.note',
  'information.law',
  'acceptedGaps',
  'custom',
  'purposes[].dataCategories',
  'purposes[].legalBasis[].note',
  'retention[].description',
  'retention[].mainRule',
  'retention[].exceptions',
  'retention[].atLatest',
  'retention[].archiveIfRequired',
  'rightsRestrictions[].note',
] as const;

/** The organisation's paths (test/import/organisation-round-trip.test.ts's form) this sheet carries. */
export const ORGANISATION_FIELDS_CARRIED = ['noticeGroups'] as const;

/** The organisation's rows, before the activities': its notice groups, each its title and introduction. */
export function organisationRows(
  ctx: TextContext,
  groups: Readonly<Record<string, { title: LocalText; description?: LocalText }>> | undefined,
  name: string,
): FieldRow[] {
  const out: FieldRow[] = [];
  for (const [id, g] of Object.entries(groups ?? {}))
    for (const key of ['title', 'description'] as const) {
      const value = text(ctx, g[key]);
      if (value !== '') out.push({ id: '', title: name, path: ['organisation', 'noticeGroups', id, key], value });
    }
  return out;
}

/**
 * The fields the official record leaves out (docs/report.md): accepted gap findings — who accepted which risk, and why —
 * and the organisation's own fields are the organisation's internal notes, not its statement to the supervisory
 * authority (Art. 30(4)). The internal working copy (`--internal`) carries them, and `ropa import` of an official
 * workbook says that it has none.
 */
export const INTERNAL_FIELDS = ['acceptedGaps', 'custom'] as const;

/** The rows of one activity, in the order of its fields; `acceptedGaps` and `custom` in the internal copy only. */
export function fieldRows(ctx: TextContext, a: ResolvedActivity, title: string, internal: boolean): FieldRow[] {
  const x: Activity = a.activity;
  const out: FieldRow[] = [];
  const add = (path: readonly (string | number)[], value: FieldValue | undefined): void => {
    if (value !== undefined && value !== '') out.push({ id: x.id, title, path, value });
  };
  add(['description'], text(ctx, x.description));
  add(['noticeGroup'], x.noticeGroup);
  add(['noticeText'], text(ctx, x.noticeText));
  if (x.information) {
    x.information.method.forEach((m, i) => add(['information', 'method', i], m));
    add(['information', 'notice'], x.information.notice);
    add(['information', 'note'], text(ctx, x.information.note));
    // As the record prints a law (a basis' «jf. …»): the import reads it back as it reads those.
    x.information.law?.forEach((l, i) => add(['information', 'law', i], citeLaw(resolveLaw(ctx.registry, l), ctx.lang)));
  }
  x.purposes?.forEach((p, i) => {
    // By the name the record prints in its column of data categories: the import gives the category its id again.
    p.dataCategories?.forEach((id, j) => {
      const category = a.dataCategories.find((c) => c.id === id)?.value;
      add(['purposes', i, 'dataCategories', j], category ? text(ctx, category.name) : id);
    });
    p.legalBasis?.forEach((b, j) => add(['purposes', i, 'legalBasis', j, 'note'], text(ctx, b.note)));
  });
  x.retention?.forEach((rule, i) => {
    add(['retention', i, 'description'], text(ctx, rule.description));
    add(['retention', i, 'mainRule'], rule.mainRule);
    add(['retention', i, 'exceptions'], text(ctx, rule.exceptions));
    add(['retention', i, 'atLatest'], rule.atLatest);
    add(['retention', i, 'archiveIfRequired'], rule.archiveIfRequired);
  });
  x.rightsRestrictions?.forEach((rr, i) => add(['rightsRestrictions', i, 'note'], text(ctx, rr.note)));
  if (!internal) return out;
  x.acceptedGaps?.forEach((g, i) => {
    add(['acceptedGaps', i, 'rule'], g.rule);
    add(['acceptedGaps', i, 'reason'], text(ctx, g.reason));
    add(['acceptedGaps', i, 'acceptedBy'], g.acceptedBy);
    add(['acceptedGaps', i, 'accepted'], g.accepted);
    add(['acceptedGaps', i, 'expires'], g.expires);
  });
  if (x.custom !== undefined) leaves(['custom'], x.custom, (path, value) => out.push({ id: x.id, title, path, value }));
  return out;
}

/** Each value under `value` that holds no other (a text, a number, yes/no, null, an empty list or object), by path. */
function leaves(path: (string | number)[], value: unknown, emit: (path: (string | number)[], value: FieldValue) => void): void {
  if (Array.isArray(value)) {
    if (value.length === 0) emit(path, []);
    value.forEach((v, i) => leaves([...path, i], v, emit));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) emit(path, {});
    for (const [k, v] of entries) leaves([...path, k], v, emit);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) emit(path, value);
}

/** A key written bare in a path: letters, digits, `_` and `-`, not first a digit or `-`. */
const BARE = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A key after the first as a path writes it (`.key` or `["a key"]`), each worked out once: a record has few. */
const keyText = (key: string): string => {
  let text = KEY_TEXTS.get(key);
  if (text === undefined) {
    text = BARE.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (KEY_TEXTS.size < 10_000) KEY_TEXTS.set(key, text);
  }
  return text;
};
const KEY_TEXTS = new Map<string, string>();

/**
 * A path as the sheet writes it: `purposes[0].legalBasis[1].note`, `custom.ticket`, `custom["Intern merknad"]`; an
 * empty list, an empty object and null are marked after it (`[]`, `{}`, `~`), their value cell left empty.
 */
export function formatPath(path: readonly (string | number)[], value: FieldValue): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (out === '') {
      const key = keyText(seg);
      out = key.startsWith('.') ? key.slice(1) : key;
    } else out += keyText(seg);
  }
  if (value === null) return `${out}~`;
  if (Array.isArray(value)) return `${out}[]`;
  if (typeof value === 'object') return `${out}{}`;
  return out;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The largest index a path may give: no list of a record is longer. */
const MAX_INDEX = 99_999;

/**
 * A path of the sheet read back (`formatPath`'s inverse), with its mark; undefined when it is not one: a key the
 * registry refuses (`__proto__`, `constructor`, `prototype`) is none either.
 */
export function parsePath(written: string): { path: (string | number)[]; empty?: 'list' | 'object' | 'null' } | undefined {
  let rest = written.trim();
  let empty: 'list' | 'object' | 'null' | undefined;
  if (rest.endsWith('[]')) empty = 'list';
  else if (rest.endsWith('{}')) empty = 'object';
  else if (rest.endsWith('~')) empty = 'null';
  if (empty !== undefined) rest = rest.slice(0, empty === 'null' ? -1 : -2);
  const path: (string | number)[] = [];
  const first = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
  if (!first) return undefined;
  path.push(first[0]);
  rest = rest.slice(first[0].length);
  while (rest !== '') {
    const m = /^(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[(0|[1-9][0-9]{0,4})\]|\[("(?:[^"\\]|\\.)*")\])/.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) path.push(m[1]);
    else if (m[2] !== undefined) {
      const n = Number(m[2]);
      if (n > MAX_INDEX) return undefined;
      path.push(n);
    } else {
      let key: unknown;
      try {
        key = JSON.parse(m[3]!);
      } catch {
        return undefined;
      }
      // A half of a surrogate pair (`"\ud800"`) is no text a file holds: written, it would come back as U+FFFD.
      if (typeof key !== 'string' || LONE_SURROGATE.test(key)) return undefined;
      path.push(key);
    }
    rest = rest.slice(m[0].length);
  }
  if (path.some((s) => typeof s === 'string' && FORBIDDEN_KEYS.has(s))) return undefined;
  return { path, ...(empty !== undefined ? { empty } : {}) };
}

/** The entry of FIELD_PATHS a path is, or undefined. */
export function fieldPathKind(path: readonly (string | number)[]): (typeof FIELD_PATHS)[number] | undefined {
  return FIELD_PATHS.find((f) => {
    for (let i = 0; i < f.path.length; i++) {
      const want = f.path[i]!;
      if (want === '*') return path.length > i;
      const seg = path[i];
      if (seg === undefined || (want === 'N' ? typeof seg !== 'number' : want === 'K' ? typeof seg !== 'string' : seg !== want)) return false;
    }
    return path.length === f.path.length;
  });
}
