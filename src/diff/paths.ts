import { canonical } from './canonical.js';

/**
 * What identifies an entry of a list of records, by the list's path: two versions of an entry with the same key are the
 * same entry changed, not one removed and another added. A list not named here is matched by position.
 */
const LIST_KEYS: Readonly<Record<string, { fields: readonly string[]; key?: (x: Record<string, unknown>) => unknown }>> = {
  purposes: { fields: ['id'] },
  'purposes[].legalBasis': { fields: ['gdpr'] },
  jointControllers: { fields: ['controller'] },
  disclosures: { fields: ['recipient'] },
  // As the diff knows a transfer: by where it goes (src/diff/activity.ts, transferKey).
  transfers: { fields: ['country', 'recipient', 'organisation'], key: (x) => [x.country, x.recipient ?? x.organisation] },
  rightsRestrictions: { fields: ['right'] },
  retention: { fields: ['categories'] },
  acceptedGaps: { fields: ['rule'] },
  nationalIdNeed: { fields: ['category'] },
};

/** The paths that identify an entry (`purposes[].id`): changed, the entry is reported as removed and another added. */
export const ENTRY_KEY_PATHS: readonly string[] = Object.entries(LIST_KEYS).flatMap(([list, k]) => k.fields.map((f) => `${list}[].${f}`));

/** Values read as one, however they are built: free-form fields. */
const WHOLE: ReadonlySet<string> = new Set(['custom']);

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A text in one or more languages ({nb: …, en: …}): one value, not a record of fields. */
const isLocalText = (v: Record<string, unknown>): boolean =>
  Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(k) && typeof x === 'string');

const isRecordList = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every(isRecord);

/**
 * The paths at which two versions of a record differ, named as the schema names them (`transfers[].reference`,
 * `jointControllers[].contactPoint.email`): records are walked into, and lists of records too, entry by entry as
 * LIST_KEYS matches them; an entry on one side only is `transfers[]`. A list of ids, a text and anything else is one
 * value. A value that differs where no field within it does (entries in another order) is named itself.
 */
export function changedPaths(before: unknown, after: unknown, path = '', out: string[] = []): string[] {
  if (canonical(before) === canonical(after)) return out;
  const start = out.length;
  const record = (v: unknown): v is Record<string, unknown> => isRecord(v) && !isLocalText(v);
  if (!WHOLE.has(path) && (record(before) || before === undefined) && (record(after) || after === undefined) && (before ?? after) !== undefined) {
    const [b, a] = [(before ?? {}) as Record<string, unknown>, (after ?? {}) as Record<string, unknown>];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(b[k], a[k], path ? `${path}.${k}` : k, out);
  } else if (isRecordList(before) || isRecordList(after)) {
    // The other side may be no list at all (`transfers: none`): as an empty one, then named itself below.
    const [b, a] = [isRecordList(before) ? before : [], isRecordList(after) ? after : []];
    const k = LIST_KEYS[path];
    const key = k && (k.key ?? ((x: Record<string, unknown>) => k.fields.map((f) => x[f])));
    const keyed = (list: Record<string, unknown>[]): Map<string, Record<string, unknown>> => {
      const seen = new Map<string, number>();
      return new Map(
        list.map((x, i) => {
          const k = key ? canonical(key(x)) : String(i);
          const n = seen.get(k) ?? 0;
          seen.set(k, n + 1);
          return [`${k}#${n}`, x];
        }),
      );
    };
    const [kb, ka] = [keyed(b), keyed(a)];
    for (const [k, x] of ka) {
      const old = kb.get(k);
      if (old === undefined) add(out, `${path}[]`);
      else changedPaths(old, x, `${path}[]`, out);
    }
    for (const k of kb.keys()) if (!ka.has(k)) add(out, `${path}[]`);
  }
  if (out.length === start) add(out, path);
  return out;
}

function add(out: string[], path: string): void {
  if (!out.includes(path)) out.push(path);
}

/**
 * Whether `path` is one of `paths` or within one (`transfers[].informed.dataSubjects` is within `transfers[].informed`).
 * An entry's path (`transfers[]`: one added or removed) holds no field: what changed within an entry kept is apart.
 */
export function within(path: string, paths: Iterable<string>): boolean {
  for (const p of paths) {
    if (path === p) return true;
    if (!p.endsWith('[]') && (path.startsWith(`${p}.`) || path.startsWith(`${p}[]`))) return true;
  }
  return false;
}
