/**
 * One string object for each distinct text of the activities' data, in place. Each file's data is its own JSON copy
 * (src/parse/fast.ts), so a text that a record repeats across its activities is a separate string in each, equal but not
 * the same: every `byText` memory (src/util/memo.ts) then hashes each copy and compares it character by character with the
 * text it keeps (at 10,000 activities 1.18 million look-ups over 162 million characters, in about 68 memories). Once the
 * copies are one string, a look-up finds its key by identity. Only values are replaced, each by an equal string, so no
 * reading or output can tell (docs/performance.md, session 35). Objects that cannot be written (frozen) or are no plain data are left as they are.
 */
export function internTexts(values: Iterable<unknown>): void {
  const seen = new Map<string, string>();
  // A value is read by its own keys (`for … in`, `Object.hasOwn`), not `Object.keys`' list, and written only where another
  // copy was met first: no list made for every object of every activity, and no store of a string over itself (#16, session 44).
  const walk = (v: object, depth: number): void => {
    if (depth > 64 || Object.isFrozen(v)) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'string') {
          const kept = seen.get(x);
          if (kept === undefined) seen.set(x, x);
          else v[i] = kept;
        } else if (x !== null && typeof x === 'object') walk(x, depth + 1);
      }
      return;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return; // only plain data: no class, no getter
    const o = v as Record<string, unknown>;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const x = o[k];
      if (typeof x === 'string') {
        const kept = seen.get(x);
        if (kept === undefined) seen.set(x, x);
        else o[k] = kept;
      } else if (x !== null && typeof x === 'object') walk(x, depth + 1);
    }
  };
  for (const v of values) if (v !== null && typeof v === 'object') walk(v, 0);
}
