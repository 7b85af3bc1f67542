/**
 * A cheap necessary condition for a regular expression: literal words that every match of it contains, found from its
 * source. A text that holds none of them cannot match, so a large pattern (dozens of words with letter classes around
 * them, which V8 tries at every position of a text) is run only on the texts that hold one of its words.
 *
 * The words are read from the pattern itself, not written beside it, so a pattern widened later keeps a gate that fits
 * it. Each gate is a plain alternation of the words, with the pattern's own flags (case folding under `i` and `u` is the
 * pattern's: a text matches a word of the gate exactly when the pattern's literal characters could match it). What the
 * reader does not understand adds no condition (it is read as "any text"), so a gate can only be weaker than the
 * pattern, never stricter: test/property/prefilter.test.ts holds every gate to its pattern on real and random texts.
 *
 * How: the pattern is parsed into sequences, alternatives, groups and quantified atoms. Each part gives the set of exact
 * strings it matches (when small and known) and a conjunction of clauses, each a set of strings one of which every match
 * contains. Look-arounds and anchors consume nothing, so the literals around them stay adjacent; classes, escapes of
 * classes, `.` and back-references are "some text" and cut a literal. An alternation's clauses are the unions of one
 * clause of each alternative (any such union holds for every match). The gate keeps the clauses whose words are at least
 * three characters long.
 *
 * For a pattern that ignores case under `u` (its gate reads the folded text), a word's edges count too (EDGE, below):
 * `(?<![\p{L}])nav(?![\p{L}])` gives the word «nav» standing alone, which «navn» does not hold, and `ba\s` gives «ba»
 * before a space, which «barn» does not (session 18: SOURCE_SAID's «ber|bed|ba … om data» way and recipients-stated's
 * party words passed on most texts; at 10,000 activities the gates let through 74,000 texts instead of 178,500).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { folded } from './fold.js';
import { clauseGrams, gramsOf, mayHold } from './grams.js';

import { lazyPattern, patternOf, type LazyPattern } from './lazy-pattern.js';

/** A pattern, or its source and flags (a pattern not yet compiled: its prefilter does not compile it). */
export type Pattern = RegExp | { readonly source: string; readonly flags: string };

/** Exact strings of a part (undefined: not known or too many), and clauses every match satisfies. */
interface Need {
  exact?: string[];
  clauses: string[][];
}

/** More exact strings than this are read as a clause instead. */
const MAX_EXACT = 64;
/** At most this many clauses are kept per part, and this many tested. */
const MAX_CLAUSES = 4;
const MIN_WORD = 3;
/**
 * A word's edge (read only for a pattern that ignores case under `u`, whose gate looks its words up in the folded text):
 * `(?<![\p{L}])`, `(?![\p{L}])` (or a negative look-around of a class holding `\p{L}`) and `\s` stand for «no letter
 * here», so that «(?<![\p{L}])nav(?![\p{L}])» needs «nav» as a word, not inside «navn», and «(?<![\p{L}])ba\s» needs «ba»
 * followed by a space, not «barn». In a word it is tested as a look-around after the letters (`edgeSource`, below).
 */
const EDGE = '\u0001';
// eslint-disable-next-line no-control-regex -- EDGE is a control character no pattern holds: what this finds
const EDGES = /\u0001+/g;
/**
 * A word read with edges, as a gate tests it: its edges kept only where its letters are few (a short word is in many
 * words: «nav» in «navn», «ba» in «barn»); a word with a piece of LONG characters or more between edges loses its outer
 * edges, as without edges (they would only cost time: a gate of many words with look-arounds is slower to test), but keeps
 * its pieces side by side (an edge between two pieces is no look-around, only a run of what is no letter): «health
 * information» needs both words, where its longest piece alone, «information», passed most records (#16, session 24:
 * the health words' gate let «the records manager … the manual archive» through on «records»).
 */
const LONG = 5;
const OUTER_EDGES = new RegExp(`^${EDGE}|${EDGE}$`, 'g');
const edged = (w: string): string => {
  const one = w.replace(EDGES, EDGE);
  if (!one.includes(EDGE)) return one;
  const longest = one.split(EDGE).reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= LONG ? one.replace(OUTER_EDGES, '') : one;
};
/** A word's length for its worth: its characters but the edges, and one for any edge (« nav » is worth «navn»). */
const wordLength = (w: string): number => {
  if (!w.includes(EDGE)) return w.length;
  let n = 0;
  for (let i = 0; i < w.length; i++) if (w[i] !== EDGE) n++;
  return n === 0 ? 0 : n + 1;
};

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

/** A clause's worth: its shortest word's length (longer is rarer), then fewer words. */
const worth = (c: readonly string[]): number => (c.length === 0 ? -Infinity : Math.min(...c.map(wordLength)) * 1000 - c.length);
const best = (clauses: readonly string[][]): string[][] =>
  clauses.length < 2
    ? [...clauses]
    : clauses
        .map((c) => ({ c, w: worth(c) }))
        .sort((a, b) => b.w - a.w)
        .slice(0, MAX_CLAUSES)
        .map((x) => x.c);
/** Clauses, with `exact` (if known and never empty) as one more. */
const allClauses = (n: Need): string[][] => (n.exact !== undefined && !n.exact.includes('') ? [...n.clauses, n.exact] : n.clauses);

const ANY: Need = { clauses: [] };
const EMPTY: Need = { exact: [''], clauses: [] };
const lit = (s: string): Need => ({ exact: [s], clauses: [] });
const EDGE_NEED: Need = { exact: [EDGE], clauses: [] };

function sequence(parts: readonly Need[]): Need {
  // The exact strings of the run of parts read so far (since the last part whose strings are not known).
  let exact: string[] | undefined = [''];
  let whole = true;
  const clauses: string[][] = [];
  for (const p of literalRuns(parts)) {
    if (exact !== undefined && p.exact !== undefined && exact.length * p.exact.length <= MAX_EXACT) {
      const e: string[] = exact;
      const next: string[] = p.exact;
      exact = e.flatMap((a) => next.map((b) => a + b));
    } else {
      // The run ends: a match holds one of its strings, side by side.
      if (exact !== undefined && !exact.includes('')) clauses.push(exact);
      exact = p.exact;
      whole = false;
    }
    clauses.push(...p.clauses);
  }
  if (whole && exact !== undefined) return { exact, clauses: best(clauses) };
  if (exact !== undefined && !exact.includes('')) clauses.push(exact);
  return { clauses: best(clauses) };
}

/**
 * The parts with each run of single strings (a word's letters, one part each) joined into one: the same strings and
 * clauses as reading them one by one (a string times one string is one string), without making the run's strings anew at
 * each letter after an alternation of many (a large pattern's words: most of the time of reading its gate).
 */
function literalRuns(parts: readonly Need[]): readonly Need[] {
  let out: Need[] | undefined;
  let run = '';
  let inRun = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const single = p.exact !== undefined && p.exact.length === 1 && p.clauses.length === 0;
    if (single && i + 1 < parts.length) {
      const q = parts[i + 1]!;
      if (q.exact !== undefined && q.exact.length === 1 && q.clauses.length === 0) {
        out ??= parts.slice(0, i);
        run = inRun ? run + p.exact![0]! : p.exact![0]!;
        inRun = true;
        continue;
      }
    }
    if (inRun) {
      out!.push(lit(run + p.exact![0]!));
      inRun = false;
      run = '';
      continue;
    }
    out?.push(p);
  }
  return out ?? parts;
}

function alternation(alts: readonly Need[]): Need {
  if (alts.every((a) => a.exact !== undefined)) {
    const exact = [...new Set(alts.flatMap((a) => a.exact!))];
    if (exact.length <= MAX_EXACT) return { exact, clauses: [] };
  }
  const each = alts.map((a) => best(allClauses(a)));
  if (each.some((c) => c.length === 0)) return ANY;
  // The j-th clause of each alternative (its last if it has fewer), united: a match of any alternative holds one word.
  const depth = Math.max(...each.map((c) => c.length));
  const clauses: string[][] = [];
  for (let j = 0; j < depth; j++) clauses.push([...new Set(each.flatMap((c) => c[Math.min(j, c.length - 1)]!))]);
  return { clauses: best(clauses) };
}

function quantified(n: Need, min: number, max: number): Need {
  if (max === 0) return EMPTY;
  // «x?»: x or nothing.
  if (min === 0 && max === 1 && n.exact !== undefined && n.exact.length < MAX_EXACT) return { exact: [...new Set([...n.exact, ''])], clauses: [] };
  if (min === 0) return ANY;
  if (min === 1 && max === 1) return n;
  // «\s+»: a run of what is no letter is one edge.
  if (min >= 1 && n.exact !== undefined && n.exact.length === 1 && n.exact[0] === EDGE) return n;
  return { clauses: best(allClauses(n)) };
}

/** Reads a pattern's source (flags: whether `u`) into what every match needs. */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    /** Whether to read word edges (EDGE, above). */
    private readonly edges = false,
  ) {}

  read(): Need {
    const n = this.disjunction();
    if (this.i !== this.src.length) unsupported();
    return n;
  }

  /**
   * The pattern's alternatives, as sources: its top-level ones, or those of the one group it is made of between
   * assertions (`(?<![\p{L}])(?:a|b|c)(?![\p{L}])`); the whole source when it has no such alternatives.
   */
  alternatives(): string[] {
    return this.split()?.slice(2) ?? [this.src];
  }

  /**
   * The pattern as `pre(?:a|b|c)post`: [pre, post, a, b, c], where pre and post are the assertions around the one group it
   * is made of (both empty for top-level alternatives); null where it has no such alternatives.
   */
  split(): string[] | null {
    const top = this.spans();
    if (this.i !== this.src.length) unsupported();
    const s = this.src;
    if (top.length > 1) return ['', '', ...top.map(([a, b]) => s.slice(a, b))];
    this.i = 0;
    let inner: [number, number][] | undefined;
    let from = 0;
    let to = 0;
    while (this.i < s.length) {
      const assertion =
        s[this.i] === '^' ||
        s[this.i] === '$' ||
        (s[this.i] === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) ||
        s.startsWith('(?=', this.i) ||
        s.startsWith('(?!', this.i) ||
        s.startsWith('(?<=', this.i) ||
        s.startsWith('(?<!', this.i);
      if (assertion) {
        this.term();
        continue;
      }
      if (inner !== undefined || s[this.i] !== '(') return null;
      from = this.i;
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i + 1] === '?') return null;
      else this.i++;
      inner = this.spans();
      this.expect(')');
      to = this.i;
      if (this.peekQuantifier()) return null;
    }
    return inner !== undefined && inner.length > 1 ? [s.slice(0, from), s.slice(to), ...inner.map(([a, b]) => s.slice(a, b))] : null;
  }

  /** Where each alternative of the disjunction at `i` starts and ends, read as `disjunction` reads them. */
  private spans(): [number, number][] {
    const out: [number, number][] = [];
    let start = this.i;
    this.alternative();
    out.push([start, this.i]);
    while (this.src[this.i] === '|') {
      start = ++this.i;
      this.alternative();
      out.push([start, this.i]);
    }
    return out;
  }

  /** `atStart`: every match of it starts where no letter stands before (AT_START, below). */
  private disjunction(atStart = false): Need {
    const alts = [this.alternative(atStart)];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.alternative(atStart));
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  /**
   * AT_START: read with edges (`this.edges`), a part that the pattern enters only where the character before is no letter
   * (after `(?<![\p{L}])`, `\s`, `^` or a consumed character that is no ASCII letter, with only zero-width assertions
   * between) starts with an edge: its words are looked up at a word's start, as the pattern matches them
   * («(?<![\p{L}])(?:lege|…)»: not «lege» inside «offentlege»). The state is carried through the alternative, term by
   * term, and into a group that is not repeated (a repeated group's second round starts after its first).
   */
  private alternative(atStart = false): Need {
    const edges = this.edges;
    const parts: Need[] = edges && atStart ? [EDGE_NEED] : [];
    let start = edges && atStart;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const from = this.i;
      const t = this.term(start);
      parts.push(t);
      if (edges) start = startAfter(this.src.slice(from, this.i), t, start);
    }
    return parts.length === 0 ? (edges && atStart ? EDGE_NEED : EMPTY) : sequence(parts);
  }

  private term(atStart = false): Need {
    const s = this.src;
    const c = s[this.i]!;
    // Assertions: they consume nothing.
    if (c === '^' || c === '$') {
      this.i++;
      return this.noQuantifier(EMPTY);
    }
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) {
      this.i += 2;
      return this.noQuantifier(EMPTY);
    }
    if (this.edges && (s.startsWith('(?!', this.i) || s.startsWith('(?<!', this.i))) {
      // «No letter before (after)»: a negative look-around of \p{L}, or of a class that holds it (and so more).
      const m = NO_LETTER.exec(s.slice(this.i, this.i + 64));
      if (m !== null) {
        this.i += m[0].length;
        if (this.peekQuantifier()) unsupported();
        return EDGE_NEED;
      }
    }
    if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i) || s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i)) {
      this.i += s[this.i + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      // Annex B allows a quantifier on a look-ahead (not with `u`): whatever it is, the assertion consumes nothing.
      this.quantifier();
      return EMPTY;
    }
    if (!atStart || this.src[this.i] !== '(') return this.atomQuantified(this.atom());
    // A group read as at a word's start, unless it is repeated: then read again as anywhere.
    const from = this.i;
    let n = this.atom(true);
    if (this.repeated()) {
      this.i = from;
      n = this.atom();
    }
    return this.atomQuantified(n);
  }

  /** Whether a quantifier at `i` lets its atom match more than once. */
  private repeated(): boolean {
    const c = this.src[this.i];
    if (c === '*' || c === '+') return true;
    if (c !== '{') return false;
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
    if (m === null) return false;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return max > 1;
  }

  private noQuantifier(n: Need): Need {
    if (this.peekQuantifier()) unsupported();
    return n;
  }

  private atomQuantified(n: Need): Need {
    const q = this.quantifier();
    return q === undefined ? n : quantified(n, q.min, q.max);
  }

  private peekQuantifier(): boolean {
    const c = this.src[this.i];
    return c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i, this.i + 24)));
  }

  private quantifier(): { min: number; max: number } | undefined {
    const s = this.src;
    const c = s[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q !== undefined) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (m === null) {
        if (this.unicode) unsupported();
        return undefined; // a literal brace, read by atom()
      }
      this.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    } else return undefined;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    return q;
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) unsupported();
    this.i++;
  }

  private atom(atStart = false): Need {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?<', this.i)) {
        const end = s.indexOf('>', this.i);
        if (end < 0 || !/^\(\?<[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*>$/u.test(s.slice(this.i, end + 1))) unsupported();
        this.i = end + 1;
      } else if (s[this.i + 1] === '?') unsupported();
      else this.i++;
      const n = this.disjunction(atStart);
      this.expect(')');
      return n;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '\\') return this.escape();
    if (c === ')' || c === '|') unsupported();
    if (c === '*' || c === '+' || c === '?') unsupported();
    if (c === '{' || c === '}' || c === ']') {
      if (this.unicode) unsupported();
      this.i++;
      return lit(c);
    }
    const cp = s.codePointAt(this.i)!;
    const ch = this.unicode ? String.fromCodePoint(cp) : c;
    this.i += ch.length;
    return lit(ch);
  }

  /** An escape outside a class: a literal character, or something that is not one (class escapes, back-references). */
  private escape(): Need {
    if (this.edges && this.src[this.i + 1] === 's') {
      this.i += 2;
      return EDGE_NEED;
    }
    const ch = this.escapedChar(false);
    return ch === undefined ? ANY : lit(ch);
  }

  /**
   * The character an escape at `i` stands for, moving past it; undefined for a class escape (\d \w \s \p{…} and their
   * negations) or a back-reference. `inClass`: `\b` is a backspace there.
   */
  private escapedChar(inClass: boolean): string | undefined {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) return unsupported();
    this.i += 2;
    switch (e) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return undefined;
      case 'p':
      case 'P': {
        if (!this.unicode) return e;
        const end = s.indexOf('}', this.i);
        if (s[this.i] !== '{' || end < 0) return unsupported();
        this.i = end + 1;
        return undefined;
      }
      case 'k': {
        if (!this.unicode && !/\(\?<[^=!]/.test(s)) return 'k';
        const end = s.indexOf('>', this.i);
        if (s[this.i] !== '<' || end < 0) return unsupported();
        this.i = end + 1;
        return undefined;
      }
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return '\v';
      case 'f':
        return '\f';
      case 'b':
        return inClass ? '\b' : unsupported();
      case '0':
        if (/[0-9]/.test(s[this.i] ?? '')) return unsupported();
        return '\0';
      case 'c': {
        const l = s[this.i];
        if (l === undefined || !/[A-Za-z]/.test(l)) return unsupported();
        this.i++;
        return String.fromCharCode(l.charCodeAt(0) % 32);
      }
      case 'x': {
        const h = /^[0-9A-Fa-f]{2}/.exec(s.slice(this.i, this.i + 2));
        if (h === null) return unsupported();
        this.i += 2;
        return String.fromCharCode(parseInt(h[0], 16));
      }
      case 'u': {
        if (this.unicode && s[this.i] === '{') {
          const m = /^\{([0-9A-Fa-f]{1,6})\}/.exec(s.slice(this.i, this.i + 9));
          if (m === null) return unsupported();
          this.i += m[0].length;
          return String.fromCodePoint(parseInt(m[1]!, 16));
        }
        const h = /^[0-9A-Fa-f]{4}/.exec(s.slice(this.i, this.i + 4));
        if (h === null) return unsupported();
        this.i += 4;
        const unit = parseInt(h[0], 16);
        // A surrogate pair written as two escapes is one character under `u`.
        if (this.unicode && unit >= 0xd800 && unit <= 0xdbff) {
          const lo = /^\\u(d[c-f][0-9a-f]{2})/i.exec(s.slice(this.i, this.i + 6));
          if (lo !== null) {
            this.i += 6;
            return String.fromCharCode(unit, parseInt(lo[1]!, 16));
          }
        }
        return String.fromCharCode(unit);
      }
      default:
        if (/[1-9]/.test(e)) {
          // A back-reference (or, without `u`, perhaps an octal escape): some text.
          while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
          return undefined;
        }
        if (this.unicode && !/[\^$\\.*+?()[\]{}|/-]/.test(e)) return unsupported();
        if (!this.unicode && /[A-Za-z]/.test(e)) return unsupported();
        {
          // A surrogate pair after a backslash, without `u`, is read as two characters: keep the first only.
          const cp = this.unicode ? s.codePointAt(this.i - 1)! : e.charCodeAt(0);
          const ch = String.fromCodePoint(cp);
          this.i += ch.length - 1;
          return ch;
        }
    }
  }

  /** A class: a few single characters are exact strings (one of them); anything else is some character. */
  private characterClass(): Need {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let known = !negated;
    // `[]` is an empty class: a `]` right after `[` (or `[^`) closes it.
    while (s[this.i] !== ']') {
      if (this.i >= s.length) unsupported();
      let ch: string | undefined;
      if (s[this.i] === '\\') ch = this.escapedChar(true);
      else if (s[this.i] === '[' && this.unicode) unsupported();
      else {
        const cp = this.unicode ? s.codePointAt(this.i)! : s.charCodeAt(this.i);
        ch = String.fromCodePoint(cp);
        this.i += ch.length;
      }
      // A range (`a-z`): some character of it.
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        if (s[this.i] === '\\') this.escapedChar(true);
        else this.i += this.unicode ? String.fromCodePoint(s.codePointAt(this.i)!).length : 1;
        known = false;
        continue;
      }
      if (ch === undefined) known = false;
      else chars.push(ch);
    }
    this.i++;
    // An empty class matches nothing: read as any character too (a gate is only ever weaker than its pattern).
    if (!known || chars.length === 0 || chars.length > 8) return ANY;
    return { exact: [...new Set(chars)], clauses: [] };
  }
}

/**
 * Whether no letter stands before the place after a term (AT_START, in Reader.alternative), given its source and what it
 * needs, and whether none stood before it (`before`): a look-behind of no letter, `^` or `\s` (once or more) say so; a
 * zero-width assertion or an optional `\s` keeps what was; a term whose strings are known and each ends with a character
 * that is no ASCII letter (no case folds a letter to or from one) says so; anything else (a letter, a class, a group whose
 * strings end in a look-ahead's edge) does not.
 */
function startAfter(source: string, n: Need, before: boolean): boolean {
  if (n === EDGE_NEED && source.startsWith('(?<!')) return true;
  if (source === '^' || /^\\s(?:\+\??|\{[1-9]\d*(?:,\d*)?\}\??)?$/.test(source)) return true;
  if (/^\\s(?:[*?]|\{0)/.test(source) || /^(?:\(\?<?[=!]|\$|\\[bB])/.test(source)) return before;
  if (n.exact !== undefined && n.exact.length > 0 && n.exact.every((w) => w !== '' && NOT_LETTER_END.test(w))) return true;
  return false;
}
/** A string's last character is no ASCII letter and no edge (an edge may stand for a look-ahead, which says nothing before). */
// eslint-disable-next-line no-control-regex -- EDGE (\u0001) is excluded by name here
const NOT_LETTER_END = /[\u0000\u0002-\u0040\u005b-\u0060\u007b-\u007f]$/;

/** A negative look-around of \p{L} alone or of a class (not negated) that holds \p{L}, whole. */
const NO_LETTER = /^\(\?<?!(?:\\p\{L\}|\[(?!\^)(?:[^\]\\[]|\\[^p]|\\p\{[A-Za-z_=]+\})*?\\p\{L\}(?:[^\]\\[]|\\[^p]|\\p\{[A-Za-z_=]+\})*\])\)/;

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const escapeWord = (w: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what this finds, to write them as escapes
  w.replace(SYNTAX, '\\$&').replace(/[\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The words of the clauses a text must satisfy for `re` to match it: the text must hold one word of each clause. Empty
 * when nothing useful is known (the pattern is read as matching any text). With `noSpace`, words are cut at white space:
 * for a text that is tested after its spans were replaced by spaces (a word then still stands whole in the original).
 */
function clauseWords(re: Pattern, noSpace: boolean, minWord = MIN_WORD, edges = false): string[][] {
  if (re.flags.includes('v')) return [];
  let need: Need;
  try {
    need = new Reader(re.source, re.flags.includes('u'), edges && !noSpace).read();
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
  let clauses = allClauses(need);
  if (edges) clauses = clauses.map((c) => c.map(edged));
  if (noSpace) clauses = clauses.map((c) => c.flatMap((w) => longestPiece(w))).filter((c) => c.length > 0);
  return best(clauses.filter((c) => c.every((w) => wordLength(w) >= minWord)))
    .slice(0, MAX_CLAUSES)
    .map((c) => fewest(c));
}

/**
 * The clauses a text must satisfy for `re` to match it: each an expression of words with `re`'s flags, one of which the
 * text must hold (`prefilter` tests the same words without an expression: below).
 */
export function prefilterClauses(re: Pattern, noSpace = false, minWord = MIN_WORD): RegExp[] {
  return clauseRegExps(clauseWords(re, noSpace, minWord), re.flags);
}
/** Each clause's words as an expression with the pattern's flags (but those that keep state or ask for indices). */
const clauseRegExps = (clauses: readonly string[][], flags: string): RegExp[] => {
  const f = flags.replace(/[gyd]/g, '');
  return clauses.map((c) => new RegExp(c.map(escapeWord).join('|'), f));
};

/**
 * Letters a folded text may hold (lower case, Latin and Latin-1): fewer than \p{L}, so «no letter of these» is true
 * wherever «no letter» is (a gate only ever weaker), and a plain class, cheap to build and to test.
 */
const LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';
/**
 * A word, with its edges (EDGE), as an expression over the folded text: an edge before the letters is a look-behind
 * after them («nav(?<![a-z…]nav)»: the expression still starts with a letter, so V8 tries it only where one is), one
 * after them a look-ahead, and one between them any run of what is no letter of LETTER.
 */
function edgeSource(word: string): string {
  if (!word.includes(EDGE)) return escapeWord(word);
  const pieces = word.split(EDGE);
  const first = pieces.findIndex((p) => p !== '');
  let out = pieces
    .filter((p) => p !== '')
    .map(escapeWord)
    .join(`[^${LETTER}]*`);
  // An edge before the letters stands for a look-behind of no letter or a character that is none; it may also be a
  // look-ahead's (`(?![\p{L}])-abc`: «x-abc» matches), which says nothing of the character before. The two are told apart
  // where it matters: before a letter, a look-ahead's edge cannot match at all, so the look-behind is read only there (and
  // after the letters, a look-ahead only after a letter, for the same reason the other way round).
  if (first > 0 && LETTER_START.test(pieces[first]!)) {
    const head = escapeWord(pieces[first]!);
    out = `${head}(?<![${LETTER}]${head})${out.slice(head.length)}`;
  }
  const last = pieces.findLast((p) => p !== '');
  if (pieces[pieces.length - 1] === '' && last !== undefined && LETTER_END.test(last)) out += `(?![${LETTER}])`;
  return out;
}

const LETTER_START = /^\p{L}/u;
const LETTER_END = /\p{L}$/u;

/** A clause's words without those that hold another of its words (a text holding the longer holds the shorter). */
const fewest = (words: readonly string[]): string[] => {
  const unique = [...new Set(words)];
  if (unique.length < 2) return unique;
  // Only a shorter word can be held in another (an equal one is the same: `unique` has none twice), and a word held in one
  // that is itself left out is held in what that one holds too: each word is compared with the shorter words kept, shortest
  // first (a large pattern's clause holds hundreds of words: all pairs cost tens of milliseconds a gate).
  const byLength = [...unique].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  const out = new Set<string>();
  for (const w of byLength) {
    let held = false;
    for (const v of kept) {
      if (v.length >= w.length) break;
      if (w.includes(v)) {
        held = true;
        break;
      }
    }
    if (!held) {
      kept.push(w);
      out.add(w);
    }
  }
  return unique.filter((w) => out.has(w));
};

/** The longest piece of a word between white space (any piece is in every text that holds the word). */
const longestPiece = (w: string): string[] => {
  const pieces = w.split(/\s+/u).filter((p) => p !== '');
  if (pieces.length === 0) return [];
  return [pieces.reduce((a, b) => (b.length > a.length ? b : a))];
};

/** A text holds a word of each clause (`words`): looked up in the text as it is, or in its fold (src/util/fold.ts). */
function wordsTest(re: Pattern, noSpace: boolean, minWord: number): (text: string) => boolean {
  return gateOf(re, noSpace, minWord) ?? (() => true);
}

/**
 * A gate as the expressions it tests, each a clause's words: over the folded text (`fold`, no flags: the words are
 * folded) or over the text with the pattern's flags. Null where no word is known (the pattern is read as matching any
 * text). What `gateOf` builds its test from, and what the table written at build time holds (GATE_TABLE, below).
 */
export interface GateSpec {
  readonly fold: boolean;
  readonly flags: string;
  readonly sources: readonly string[];
}

/** The expressions of `re`'s gate (GateSpec), read from its source. */
function gateSpec(re: Pattern, noSpace: boolean, minWord: number): GateSpec | null {
  // Without `u`, `i` folds by upper case and keeps a non-ASCII character from folding to ASCII: the expression is tested.
  // A word with a surrogate (a lone one is a character of its own under `u`) is left to the expression too.
  const unicode = re.flags.includes('u');
  const foldable = re.flags.includes('i') && unicode;
  const clauses = clauseWords(re, noSpace, minWord, unicode);
  if (clauses.length === 0) return null;
  const surrogate = clauses.some((c) => c.some((w) => /[\ud800-\udfff]/.test(w)));
  if (unicode && !foldable && !surrogate) {
    // A pattern under `u` that does not ignore case (the readers' patterns over a lower-cased text): its words with their
    // edges (EDGE), over the text as it is. What is no letter is no letter of LETTER there too, so an edge is only ever
    // weaker than the pattern's; without them «lege» passed every «offentlege» and compiled the health words' 22,000
    // characters (about 0.14 s) on a record that names no doctor.
    return { fold: false, flags: re.flags.replace(/[gyd]/g, ''), sources: clauses.map((c) => fewest(c).map(edgeSource).join('|')) };
  }
  if (!foldable || surrogate) {
    // Not folded (no `i` or no `u`), the words read without edges, as `prefilterClauses` reads them.
    const plain = unicode ? clauseWords(re, noSpace, minWord) : clauses;
    return { fold: false, flags: re.flags.replace(/[gyd]/g, ''), sources: plain.map((c) => c.map(escapeWord).join('|')) };
  }
  // One expression of each clause's folded words, over the folded text: no case to fold in the expression. Words are
  // read with their edges here (EDGE): the folded text keeps a letter a letter of LETTER or another script, and what is
  // no letter no letter of LETTER.
  return { fold: true, flags: '', sources: clauses.map((c) => fewest(c.map(folded)).map(edgeSource).join('|')) };
}

/** The test of a gate's expressions; undefined for none. */
function gateTest(spec: GateSpec | null): ((text: string) => boolean) | undefined {
  if (spec === null) return undefined;
  if (!spec.fold) {
    const res = spec.sources.map((s) => patternOf(unpacked(s), spec.flags));
    return remembered((text) => res.every((r) => r.test(text)));
  }
  const words = spec.sources.map((s) => patternOf(unpacked(s)));
  // Each clause's trigrams first, for all of them: a clause none of whose words can stand in the text is a «no» without its
  // expression (src/util/grams.ts); the expressions give every other answer.
  const grams = spec.sources.map((s) => clauseGrams(unpacked(s)));
  return remembered((text) => {
    const f = folded(text);
    const set = gramsOf(f);
    for (const g of grams) if (!mayHold(g, set)) return false;
    for (const c of words) if (!c.test(f)) return false;
    return true;
  });
}

/**
 * `test` with its answers about the last two texts it was asked about remembered: a gate asked again about one of them
 * answers without folding the text, looking up its trigrams or running an expression. The readers ask many gates about one
 * text, and often the same gate again while that text is read (a reading behind another that tested the same words, a
 * word list read by one reader and by a rule after it): at 10,000 activities `gaps` made 557,000 gate calls on the bench's
 * registry, 518,000 of them a (gate, text) pair asked before, 225,000 while the text was the last or the one before that
 * any gate was asked about; on a registry of distinct texts 8.8 million calls, 4.8 million repeats, 3.6 million of them so
 * near (docs/performance.md, session 37). A gate's answer depends on the text alone, so the answer is the same; what is
 * remembered is two texts a gate, so nothing grows with the record (a memory of the last 1,024 texts, looked up in a map,
 * caught nearly every repeat but cost a look-up on every call, about what it saved).
 */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | undefined;
  let lastAnswer = false;
  let beforeText: string | undefined;
  let beforeAnswer = false;
  return (text) => {
    if (text === lastText) return lastAnswer;
    if (text === beforeText) return beforeAnswer;
    const yes = test(text);
    beforeText = lastText;
    beforeAnswer = lastAnswer;
    lastText = text;
    lastAnswer = yes;
    return yes;
  };
}

/** wordsTest, or undefined where no word is known (the pattern is read as matching any text). */
function gateOf(re: Pattern, noSpace: boolean, minWord: number): ((text: string) => boolean) | undefined {
  const key = gateKey(re, noSpace, minWord);
  const table = gateTable();
  let spec = table?.gates.get(key);
  if (spec === undefined) {
    spec = gateSpec(re, noSpace, minWord);
    recording?.gates.set(key, spec);
  }
  return gateTest(spec);
}
const gateKey = (re: Pattern, noSpace: boolean, minWord: number): string => tableKey(`${re.flags} ${noSpace ? 1 : 0} ${minWord} ${re.source}`);
/**
 * A table's key for what names an entry (flags and a pattern's whole source): its SHA-1, 96 bits in base64. The sources
 * made a third of the table's 1.6 MB, read and parsed on every run's first gate (#16, session 29).
 */
export const tableKey = (what: string): string => createHash('sha1').update(what).digest('base64').slice(0, 16);
/**
 * In the table's file, the class of the letters of a folded text (LETTER, in every word's edges) is written as one character
 * (another third of the file), and put back when a gate of the table is first tested.
 */
const LETTER_MARK = '\u0002';
const packed = (spec: GateSpec | null): GateSpec | null => {
  if (spec === null) return spec;
  if (spec.sources.some((s) => s.includes(LETTER_MARK))) throw new Error('gate table: a gate holds the letter mark');
  return { ...spec, sources: spec.sources.map((s) => s.replaceAll(LETTER, LETTER_MARK)) };
};
const unpacked = (source: string): string => (source.includes(LETTER_MARK) ? source.replaceAll(LETTER_MARK, LETTER) : source);

/**
 * GATE_TABLE: every gate the modules declare (`prefilter`, `prefilterAny`, `gated`, `gatedAll` at their top level), read
 * once by `npm run build` (src/check/gate-table.ts) and written beside this module as gates.json: reading a large
 * pattern's words costs milliseconds (tens for a few), and about 0.3 s of every run went to them. An entry is keyed by (a hash of) the
 * pattern's flags and source (a pattern changed later is not in the table, and is read as before), and the table by a
 * hash of this module's and the fold's code as built: a table made by other code is not used (`npx tsc` alone leaves the
 * last build's table, which then no longer fits).
 */
interface GateTable {
  gates: Map<string, GateSpec | null>;
  alternatives: Map<string, readonly string[] | null>;
}
const GATE_FILE = 'gates.json';
let table: GateTable | null | undefined;
function gateTable(): GateTable | null {
  if (table !== undefined) return table;
  table = null;
  try {
    const here = fileURLToPath(import.meta.url);
    const json = JSON.parse(readFileSync(join(dirname(here), GATE_FILE), 'utf8')) as GateTableFile;
    if (json.code === gateCodeHash()) table = { gates: new Map(Object.entries(json.gates)), alternatives: new Map(Object.entries(json.alternatives)) };
  } catch {
    /* not built (as under the tests, which run the sources), or unreadable: gates are read from their patterns */
  }
  return table;
}
/** gates.json: the code's hash, and each gate's expressions and each pattern's alternatives by key. */
export interface GateTableFile {
  code: string;
  gates: Record<string, GateSpec | null>;
  alternatives: Record<string, readonly string[] | null>;
}
/** The hash of the code a table's answers depend on: this module and the fold, as they are on disk. */
export function gateCodeHash(): string {
  const here = fileURLToPath(import.meta.url);
  const h = createHash('sha256');
  h.update(readFileSync(here));
  h.update(readFileSync(join(dirname(here), `fold${extname(here)}`)));
  return h.digest('hex');
}

/** While a table is made (`recordGates`): the gates declared, and every gate and alternatives read. */
let recording: (GateTable & { declared: (() => void)[] }) | undefined;
/**
 * For the build (src/check/gate-table.ts): from now on, every gate declared is kept, to be read by `recordedGates`. Call
 * it before the modules that declare gates are loaded.
 */
export function recordGates(): void {
  recording = { gates: new Map(), alternatives: new Map(), declared: [] };
  table = null;
}
/** Every gate declared since `recordGates`, read: the table to write (GateTableFile). */
export function recordedGates(): GateTableFile {
  if (recording === undefined) throw new Error('recordedGates: recordGates was not called');
  for (const read of recording.declared) read();
  const gates = Object.fromEntries([...recording.gates].map(([k, spec]) => [k, packed(spec)]));
  return { code: gateCodeHash(), gates, alternatives: Object.fromEntries(recording.alternatives) };
}

/**
 * A test that is false only where `re` cannot match (its prefilter, above), else true. Made once per pattern, its words
 * read on the first test; a pattern whose words the reader cannot find gives a test that is always true. A pattern that
 * ignores case looks its words up in the text folded once for every gate (src/util/fold.ts), not by an expression of
 * its own. `minWord`: the shortest word a clause may hold (three by default: a shorter word is in most texts; two where a
 * pattern's one alternative is named by a short word, as «GP»).
 */
export function prefilter(re: Pattern, noSpace = false, minWord = MIN_WORD): (text: string) => boolean {
  // Read when first asked (about a millisecond a pattern, tens for a few): a module's patterns cost nothing to load.
  let test: ((text: string) => boolean) | undefined;
  recording?.declared.push(() => (test ??= wordsTest(re, noSpace, minWord)));
  return (text) => (test ??= wordsTest(re, noSpace, minWord))(text);
}

/**
 * A prefilter that reads each alternative of `re` on its own (its top-level alternatives, or those of the one group the
 * pattern is made of): a text may match only if it holds the words of one alternative. Stronger than `prefilter` where
 * the alternatives need words of different kinds (a verb AND «fra», a check AND «mot»): `prefilter` unites one clause of
 * each, so a text with one alternative's first word and nothing else passes it. `prefilter`'s own test comes first (most
 * texts hold none of the words); each alternative's after. Any alternative read as "any text" makes it `prefilter`.
 */
export function prefilterAny(re: Pattern): (text: string) => boolean {
  const whole = prefilter(re);
  let alts: ((text: string) => boolean)[] | undefined;
  recording?.declared.push(() => (alts ??= alternativeGates(re)));
  return (text) => {
    if (!whole(text)) return false;
    alts ??= alternativeGates(re);
    for (const a of alts) if (a(text)) return true;
    return false;
  };
}

/** A large pattern run by its ways (`ways`, below): `exec` and `test` answer as the pattern's own. */
export interface Ways {
  /** As `P().exec(text)`: the same place (`index`), text (`[0]`) and groups (numbered and named as in P). */
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * A large pattern P run by its alternatives («ways»: those `prefilterAny` reads, each with the assertions around them), each
 * its own pattern behind its own gate, so that a text compiles only the ways whose words it holds: V8 compiles a pattern
 * on its first run, and a text that passes `prefilterAny` by one small way compiled the whole (CONSENT_BY_USE, 8,800
 * characters, on texts where only one way's words were; #16, session 28). The answer is P's: P matches at the first place
 * where one of its ways does, by the first of the ways that match there, and each way alone finds its own first place as
 * it does inside P; so the match is the one of the lowest index, the earlier way on a tie. Each way holds, before and
 * after it, empty groups that never take part, one for each group of the ways before and after it (with their names), so a
 * match's groups are numbered and named as in P, and those of the other ways are undefined, as in P. A pattern that is not
 * made of ways, refers back to a group (a way alone would not have it) or holds a group in its assertions around the ways
 * is run whole behind `prefilter`.
 */
export function ways(re: LazyPattern): Ways {
  if (/[gy]/.test(re.flags)) throw new Error('ways: a global or sticky expression keeps state between calls');
  const whole = prefilter(re);
  let parts: { may: (text: string) => boolean; re: LazyPattern }[] | undefined;
  const read = (): { may: (text: string) => boolean; re: LazyPattern }[] => (parts ??= wayParts(re));
  // For the build's table: the ways' gates, read now (util/prefilter.ts GATE_TABLE).
  recording?.declared.push(() => {
    for (const p of read()) p.may('');
  });
  const exec = (text: string): RegExpExecArray | null => {
    if (!whole(text)) return null;
    let first: RegExpExecArray | null = null;
    for (const p of read()) {
      if (!p.may(text)) continue;
      const m = p.re().exec(text);
      if (m !== null && (first === null || m.index < first.index)) {
        first = m;
        if (m.index === 0) break;
      }
    }
    return first;
  };
  return { exec, test: (text) => exec(text) !== null };
}
function wayParts(re: LazyPattern): { may: (text: string) => boolean; re: LazyPattern }[] {
  const split = /\\[1-9]|\\k</.test(re.source) ? null : splitOf(re);
  if (split === null || groupsIn(split[0]!).length + groupsIn(split[1]!).length > 0) return [{ may: () => true, re }];
  const [pre, post, ...alts] = split;
  const groups = alts.map(groupsIn);
  // Empty groups that never take part: `(?!)` fails, and `?` lets the whole match nothing.
  const none = (names: (string | null)[]): string => (names.length === 0 ? '' : `(?:(?!)${names.map((n) => (n === null ? '()' : `(?<${n}>)`)).join('')})?`);
  return alts.map((a, i) => {
    const p = lazyPattern(`${pre}${none(groups.slice(0, i).flat())}(?:${a})${none(groups.slice(i + 1).flat())}${post}`, re.flags);
    return { may: prefilter(p), re: p };
  });
}
/** The capturing groups of a source, in order: each one's name, or null for a numbered one. */
function groupsIn(source: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      if (source[i + 1] !== '?') out.push(null);
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') out.push(source.slice(i + 3, source.indexOf('>', i)));
    }
  }
  return out;
}
/** `re` as [pre, post, …ways] (Reader.split), from the table or read; null where it is not made of ways. */
function splitOf(re: Pattern): readonly string[] | null {
  return readOnce(re, tableKey(`ways ${re.flags} ${re.source}`), (r) => r.split());
}

/** One prefilter per alternative of `re`, with `re`'s flags; none (so: none turns a text away) when one has no words. */
function alternativeGates(re: Pattern): ((text: string) => boolean)[] {
  const sources = alternativesOf(re);
  if (sources === null) return [() => true];
  // Each alternative read once, for its words and its gate.
  const gates: ((text: string) => boolean)[] = [];
  for (const source of sources) {
    const g = gateOf({ source, flags: re.flags }, false, MIN_WORD);
    if (g === undefined) return [() => true];
    gates.push(g);
  }
  return gates;
}
/** `re`'s alternatives' sources (Reader.alternatives), from the table or read; null where they cannot be read. */
function alternativesOf(re: Pattern): readonly string[] | null {
  return readOnce(re, tableKey(`${re.flags} ${re.source}`), (r) => r.alternatives());
}
/** What `read` takes from `re`'s source, kept in the gate table under `key`; null where the reader cannot read it. */
function readOnce(re: Pattern, key: string, read: (r: Reader) => string[] | null): readonly string[] | null {
  const known = gateTable()?.alternatives.get(key);
  if (known !== undefined) return known;
  let out: string[] | null = null;
  if (!re.flags.includes('v')) {
    try {
      out = read(new Reader(re.source, re.flags.includes('u')));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  recording?.alternatives.set(key, out);
  return out;
}

/**
 * `re.test(text)`, with its prefilter tested first (the same answer, cheaper where the words are absent). A pattern built
 * on first use (util/lazy-pattern.ts) is built when a text first passes its prefilter.
 */
export function gated(re: RegExp | LazyPattern): (text: string) => boolean {
  if (/[gy]/.test(re.flags)) throw new Error('gated: a global or sticky expression keeps state between tests');
  const may = prefilter(re);
  let built = typeof re === 'function' ? undefined : re;
  return (text) => may(text) && (built ??= (re as LazyPattern)()).test(text);
}

/** `gated` for each of several patterns, by name: `has.WHAT(t)` answers as `WHAT.test(t)`. */
export function gatedAll<K extends string>(patterns: Record<K, RegExp | LazyPattern>): Record<K, (text: string) => boolean> {
  const out = {} as Record<K, (text: string) => boolean>;
  for (const k of Object.keys(patterns) as K[]) out[k] = gated(patterns[k]);
  return out;
}
