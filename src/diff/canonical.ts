/** JSON with object keys sorted: two values are the same data exactly when their texts are equal. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
    ) ?? 'undefined'
  );
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
