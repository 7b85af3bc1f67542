/**
 * A regular expression built on its first use. V8 parses a regular-expression literal when its module loads (to check
 * it), and `new RegExp` parses its source when it runs: a large `/iu` pattern with `\p{L}` classes costs about half a
 * millisecond per class to parse (V8 closes each class over case), whether or not a text is ever tested against it. The
 * rules hold about 480 such patterns, most of them behind a gate that a given registry's words never pass (docs/
 * performance.md, session 17). A pattern written `lazyPattern(String.raw`…`, 'iu')` is a string until it is first
 * called: `P()` is the RegExp (the same object on every call, so a global pattern's `lastIndex` behaves as before),
 * `P.source` and `P.flags` are read without building it (to compose another pattern, or for util/prefilter.ts's gates,
 * which read the words of a pattern from its source).
 */
export interface LazyPattern {
  (): RegExp;
  /** The source as given (a regular-expression literal's text between its slashes). */
  readonly source: string;
  readonly flags: string;
}

export function lazyPattern(source: string, flags = ''): LazyPattern {
  let re: RegExp | undefined;
  const get = (): RegExp => (re ??= new RegExp(source, flags));
  return Object.assign(get, { source, flags });
}

/**
 * The RegExp of a source made at run time (a party's name in words), built once per source and flags instead of once
 * per call: a rule that asks whether a listed party names a receiver built the same expression for every activity
 * (1,000 of 2 distinct at 10,000 activities; docs/performance.md, session 35). For `test`/`exec` without state only: no
 * `g` or `y` (a shared pattern's `lastIndex` would carry from one caller to the next). Bounded as `byText` is.
 */
export function patternOf(source: string, flags = ''): RegExp {
  if (flags.includes('g') || flags.includes('y')) throw new Error(`patternOf: a pattern with state (${flags}) is not shared`);
  const key = `${flags}/${source}`;
  let re = BUILT.get(key);
  if (re === undefined) {
    if (BUILT.size >= BUILT_KEPT) BUILT.clear();
    re = new RegExp(source, flags);
    BUILT.set(key, re);
  }
  return re;
}
const BUILT = new Map<string, RegExp>();
const BUILT_KEPT = 10_000;
