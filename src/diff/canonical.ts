import type { Located, Registry } from '../model/registry.js';
import { parsePointer } from '../util/pointer.js';
import { yamlLib } from '../parse/yaml.js';

/**
 * A text of a value with object keys sorted: two values are the same data exactly when their texts are
 * equal. JSON, except that a number is itself: NaN, Infinity and -Infinity (YAML's `.nan`, `.inf`, `-.inf`)
 * are written as such, not all as `null`, and a whole number beyond 2^53 read exactly (a bigint, see
 * `exactNumbers`) is written in all its digits. Strings are quoted, so no number can pass for a string.
 */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(v: unknown, out: string[]): void {
  if (typeof v === 'number') out.push(Number.isFinite(v) ? JSON.stringify(v) : String(v));
  else if (typeof v === 'bigint') out.push(String(v));
  else if (Array.isArray(v)) {
    out.push('[');
    v.forEach((x, i) => {
      if (i > 0) out.push(',');
      write(x === undefined ? null : x, out);
    });
    out.push(']');
  } else if (v !== null && typeof v === 'object') {
    out.push('{');
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    entries.forEach(([k, x], i) => {
      out.push(i > 0 ? ',' : '', JSON.stringify(k), ':');
      write(x, out);
    });
    out.push('}');
  } else out.push(JSON.stringify(v) ?? 'null');
}

/** Whether a value holds a whole number that a JavaScript number cannot hold exactly (beyond 2^53). */
function hasInexactInteger(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v);
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasInexactInteger);
  return false;
}

/**
 * The registry with every whole number beyond 2^53 read again exactly from its file, as a bigint: read
 * as a number, 9007199254740993 is 9007199254740992, and a change from one to the other would pass
 * unseen. Only values that hold such a number are read again (rare: `custom` fields), in place.
 */
export function exactNumbers(registry: Registry): Registry {
  const parsed = new Map<string, unknown>();
  const exact = (located: Located<unknown>): void => {
    if (!hasInexactInteger(located.value)) return;
    const file = located.file;
    if (!parsed.has(file.path)) {
      const doc = yamlLib().parseDocument(file.text, { intAsBigInt: true, schema: 'core', uniqueKeys: false });
      parsed.set(file.path, doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined);
    }
    let node: unknown = parsed.get(file.path);
    for (const key of parsePointer(located.pointer)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node !== null && typeof node === 'object') {
      // Keep what the registry added when it read the value (an activity's id): only numbers change.
      const value = located.value as Record<string, unknown>;
      for (const [k, v] of Object.entries(node)) if (Object.hasOwn(value, k) && hasInexactInteger(value[k])) value[k] = v;
    }
  };
  if (registry.organisation) exact(registry.organisation);
  registry.activities.forEach(exact);
  for (const catalogue of Object.values(registry.catalogues)) for (const entry of catalogue.values()) exact(entry);
  return registry;
}

/**
 * Fields of a record whose content changed though no other change speaks for them: nothing in the
 * record changes silently. Keys in the record's order, then any the base had alone.
 */
export function otherChangedFields(before: object, after: object, covered: ReadonlySet<string>, ignore: ReadonlySet<string> = new Set()): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !covered.has(k) && !ignore.has(k) && canonical(b[k]) !== canonical(a[k]));
}
