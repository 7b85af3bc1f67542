/**
 * `f` remembered per argument: each object is computed once, by identity. For what a rule finds about a catalogue
 * entry (a data-subject group, a source, a recipient), which every activity that names it shares (src/model/resolve.ts):
 * made once per rule run, so that nothing outlives the run or depends on another run's date.
 */
export function memo<K extends object, V>(f: (k: K) => V): (k: K) => V {
  const seen = new Map<K, V>();
  return (k) => {
    if (seen.has(k)) return seen.get(k) as V;
    const v = f(k);
    seen.set(k, v);
    return v;
  };
}
