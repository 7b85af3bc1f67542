/**
 * A cheaper «no» for a gate's words (src/util/prefilter.ts): the three-character pieces (trigrams) a folded text holds, once
 * per text for every gate that asks about it, and for each gate's clause the trigrams each of its words needs. A word can
 * stand in a text only if every trigram of its letters does; a clause none of whose words has all its trigrams in the text
 * cannot match, and its expression is not run. Where a word's trigrams are all there, or the clause cannot be read so,
 * the expression gives the answer as before: this only ever skips an expression that would have said no.
 *
 * Why: on a record whose texts do not repeat (10,000 activities, each worded by its own hand), the gates ran 7.4 million
 * times over 870 million characters, about a quarter of `ropa gaps`' time, most of it V8 trying a clause's hundreds of
 * words at every position of a text that holds none of them (docs/performance.md, session 36).
 *
 * The trigrams are hashed into a bit set of 2^16 bits; two trigrams sharing a bit can only make a «maybe» of a «no» (the
 * expression then runs), never the reverse.
 */

/** Bits of a text's trigram set. */
const BITS = 16;
const WORDS = 1 << (BITS - 5);

/** A trigram's bit: any mix of its three UTF-16 code units. */
const gram = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - BITS);

/**
 * What a clause's words need, as the trigram bits of each word in a row: [n, bit1 … bitn, n, …] (a word whose pieces
 * are all shorter than three characters needs none, and makes the clause unreadable: null).
 */
export type ClauseGrams = Int32Array | null;

/**
 * The trigrams of a clause's expression as a gate writes it over a folded text (prefilter.ts `edgeSource`, no flags): its
 * words between `|`, each literal characters (`\x` an escaped character, `\uXXXX` one by its code), with classes (`[…]`,
 * `[…]*`) and look-arounds (`(?<!…)`, `(?!…)`, `(?=…)`, `(?<=…)`) between pieces of them. Anything else (another group, a
 * quantifier on a character, an escape of a class, `.`) makes the clause unreadable: null, and the expression runs.
 */
export function clauseGrams(source: string): ClauseGrams {
  const out: number[] = [];
  let i = 0;
  while (i <= source.length) {
    const word: number[] = [];
    let piece = '';
    const endPiece = (): void => {
      for (let k = 0; k + 3 <= piece.length; k++) word.push(gram(piece.charCodeAt(k), piece.charCodeAt(k + 1), piece.charCodeAt(k + 2)));
      piece = '';
    };
    for (; i < source.length && source[i] !== '|';) {
      const c = source[i]!;
      if (c === '\\') {
        const next = source[i + 1];
        if (next === undefined) return null;
        if (next === 'u') {
          const hex = source.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
          piece += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (/[A-Za-z0-9]/.test(next)) return null;
        else {
          piece += next;
          i += 2;
        }
      } else if (c === '[') {
        endPiece();
        i = classEnd(source, i);
        if (i < 0) return null;
        if (source[i] === '*' || source[i] === '+' || source[i] === '?') i++;
        if (source[i] === '*' || source[i] === '+' || source[i] === '?' || source[i] === '{') return null;
      } else if (c === '(') {
        if (!/^\(\?(?:<?[=!])/.test(source.slice(i, i + 4))) return null;
        endPiece();
        i = groupEnd(source, i);
        if (i < 0) return null;
        if (i < source.length && '*+?{'.includes(source[i]!)) return null;
      } else if ('*+?{})]^$.'.includes(c)) return null;
      else {
        piece += c;
        i++;
      }
    }
    endPiece();
    if (word.length === 0) return null;
    out.push(word.length, ...word);
    i++; // the `|`, or past the end
  }
  return Int32Array.from(out);
}

/** The index after a class that opens at `i` (its `]`), or -1. */
function classEnd(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']' && k > i + 1) return k + 1;
  }
  return -1;
}

/** The index after a group that opens at `i` (its `)`), classes and escapes inside skipped, or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k) - 1;
      if (k < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** The last few folded texts' trigram sets: the gates of one reading ask about one text one after another. */
const RECENT = 4;
const recentText: (string | undefined)[] = new Array<string | undefined>(RECENT);
const recentSet: Uint32Array[] = Array.from({ length: RECENT }, () => new Uint32Array(WORDS));
let next = 0;

/** The trigram set of a folded text. */
export function gramsOf(f: string): Uint32Array {
  for (let k = 0; k < RECENT; k++) if (recentText[k] === f) return recentSet[k]!;
  const set = recentSet[next]!;
  set.fill(0);
  if (f.length >= 3) {
    let a = f.charCodeAt(0);
    let b = f.charCodeAt(1);
    for (let k = 2; k < f.length; k++) {
      const c = f.charCodeAt(k);
      const h = gram(a, b, c);
      set[h >>> 5]! |= 1 << (h & 31);
      a = b;
      b = c;
    }
  }
  recentText[next] = f;
  next = (next + 1) % RECENT;
  return set;
}

/** Whether one word of the clause may stand in the text (all its trigrams are in the text's set); true where unreadable. */
export function mayHold(clause: ClauseGrams, set: Uint32Array): boolean {
  if (clause === null) return true;
  for (let k = 0; k < clause.length;) {
    const n = clause[k]!;
    let all = true;
    for (let j = k + 1; j <= k + n; j++) {
      const h = clause[j]!;
      if ((set[h >>> 5]! & (1 << (h & 31))) === 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
    k += n + 1;
  }
  return false;
}
