/**
 * A text folded for case, once, for every gate that asks about it (src/util/prefilter.ts): each gate's words are looked
 * up in the folded text with `includes`, instead of each gate running its own case-insensitive expression over the text.
 *
 * The fold must never part two characters that a case-insensitive Unicode expression (`/…/iu`) takes as the same: a
 * gate that said «absent» where the full pattern matches would silence a finding. `/iu` compares characters by their
 * simple case folding, which has surprises: «ſ» (long s) is «s», the Kelvin sign «K» is «k», «ς» is «σ», the micro sign
 * «µ» is «μ», while the dotless «ı» and the dotted «İ» are only themselves. A character's fold here is its lower case of
 * its upper case (each taken only when it is one character): that joins every pair `/iu` joins, and a few more (the
 * dotless «ı» with «i»), which only makes a gate weaker, never stricter. test/property/fold.test.ts holds it to V8's own
 * `/iu` on every code point.
 *
 * Most texts are folded by the engine's own `toLowerCase` (one pass): a text whose characters all fold to their lower
 * case (ASCII, Latin-1 but «µ», the Nordic letters, most punctuation) has its lower case as its fold. Any other text is
 * folded character by character.
 */

/** One character's fold: its lower case of its upper case, each only when it is one character. */
function foldChar(ch: string): string {
  let u = ch.toUpperCase();
  if (u !== ch && !single(u)) u = ch;
  const l = u.toLowerCase();
  return l === u || single(l) ? l : u;
}
/** One code point (a string of one or two code units). */
const single = (s: string): boolean => s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);

const cache = new Map<string, string>();
/** A character's fold, cached (a text has few distinct characters). */
function foldOf(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = foldChar(ch);
    cache.set(ch, f);
  }
  return f;
}

/** Below this code point, characters whose lower case (in a string) is their fold are read from a table. */
const TABLE_END = 0x3000;
let odd: RegExp | undefined;
/**
 * Characters a string's `toLowerCase` does not fold as `/iu` needs: below TABLE_END, those whose lower case is not their
 * fold (and «Σ», which a string lower-cases to «ς» at a word's end); from TABLE_END on, every character.
 */
function oddCharacters(): RegExp {
  if (odd !== undefined) return odd;
  const ranges: string[] = [];
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  let start = -1;
  for (let c = 0; c <= TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    const isOdd = c === TABLE_END || (c >= 0xd800 && c <= 0xdfff) || c === 0x03a3 || ch.toLowerCase() !== foldChar(ch);
    if (isOdd && start < 0) start = c;
    if (!isOdd && start >= 0) {
      ranges.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
      start = -1;
    }
  }
  ranges.push(`${hex(start)}-\\uffff`);
  odd = new RegExp(`[${ranges.join('')}]`);
  return odd;
}

/** The last few texts folded, and their folds: the gates of one reading ask about the same text one after another. */
const RECENT = 8;
const recentText: (string | undefined)[] = new Array<string | undefined>(RECENT);
const recentFold: string[] = new Array<string>(RECENT);
let next = 0;

/** `text` folded for case as `/iu` compares characters (above); a word of a gate folded alike is in it, or not. */
export function folded(text: string): string {
  for (let i = 0; i < RECENT; i++) if (recentText[i] === text) return recentFold[i]!;
  const lower = text.toLowerCase();
  const f = lower.length === text.length && !oddCharacters().test(text) ? lower : Array.from(text, foldOf).join('');
  recentText[next] = text;
  recentFold[next] = f;
  next = (next + 1) % RECENT;
  return f;
}

/** For tests: one character's fold. */
export const foldCharacter = foldChar;
