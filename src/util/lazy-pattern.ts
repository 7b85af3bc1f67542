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
import { LetterPattern, letterPattern } from './letters.js';

export interface LazyPattern {
  (): RegExp;
  /** The source as given (a regular-expression literal's text between its slashes). */
  readonly source: string;
  readonly flags: string;
}

export function lazyPattern(source: string, flags = ''): LazyPattern {
  let re: RegExp | undefined;
  // Its `\p{L}` classes narrow for a plain text (util/letters.ts): the same answers, compiled in a fraction of the time.
  const get = (): RegExp => (re ??= letterPattern(source, flags));
  const p = Object.assign(get, { source, flags });
  DECLARED.push(p);
  return p;
}
/** Every pattern declared so far (about two thousand once the rules are loaded): for the tests that hold all of them to a property. */
export const declaredPatterns = (): readonly LazyPattern[] => DECLARED;
const DECLARED: LazyPattern[] = [];

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
    re = letterPattern(source, flags);
    BUILT.set(key, re);
  }
  return re;
}
const BUILT = new Map<string, RegExp>();
const BUILT_KEPT = 10_000;

/**
 * Every match of a global pattern in `text`, as `[...text.matchAll(re)]` gives them (from the pattern's `lastIndex`, as
 * matchAll starts), without the copy of the pattern that `matchAll` makes on every call: its species constructor makes a
 * new RegExp for each clause a reader cuts, and V8 compiled a large pattern's copy again (about 0.1 ms a call for the clause
 * reader's verbs, 4,600 characters; docs/performance.md, session 38). The pattern's `lastIndex` is left as it was, and every
 * match is had before the caller reads one, so a caller that uses the same pattern again while it reads them meets no
 * state of this walk.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf: a global pattern is needed');
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a code point under `u` or `v`), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * `text.split(re)` for a pattern without state (no `g` or `y`), without the sticky copy of the pattern that `split` makes on
 * every call (its species constructor; V8 compiled the copy of a large pattern again, as `matchAll`'s above): the same
 * pieces, the groups' captures between them, as the language's split gives, searched by one global twin of the pattern kept
 * beside it. A global search finds the first place at or after a position where the pattern matches, which is where split's
 * sticky tries, one position after another (one code point under `u` or `v`), first succeed.
 */
export function splitOn(text: string, re: RegExp): string[] {
  if (re.global || re.sticky) throw new TypeError('splitOn: a pattern without state is needed');
  let twin = TWINS.get(re);
  if (twin === undefined) TWINS.set(re, (twin = re instanceof LetterPattern ? new LetterPattern(re, `${re.flags}g`) : new RegExp(re.source, `${re.flags}g`)));
  const unicode = re.unicode || re.flags.includes('v');
  const size = text.length;
  if (size === 0) {
    twin.lastIndex = 0;
    const m = twin.exec(text);
    return m !== null && m.index === 0 ? [] : [text];
  }
  // As split's: a group that took no part gives undefined (the language's own type says string[] too).
  const out: string[] = [];
  let p = 0;
  let q = 0;
  while (q < size) {
    twin.lastIndex = q;
    const m = twin.exec(text);
    if (m === null || m.index >= size) break;
    const e = Math.min(twin.lastIndex, size);
    if (e === p) {
      q = advance(text, m.index, unicode);
      continue;
    }
    out.push(text.slice(p, m.index));
    for (let i = 1; i < m.length; i++) out.push(m[i]!);
    p = e;
    q = p;
  }
  out.push(text.slice(p));
  twin.lastIndex = 0;
  return out;
}
const TWINS = new WeakMap<RegExp, RegExp>();
