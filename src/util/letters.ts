/**
 * Patterns whose `\p{L}` classes are compiled narrow for the texts ropa reads, and whole for any other text.
 *
 * V8 builds each `\p{L}` as a class of about 650 ranges, once when `new RegExp` parses the source and again, closed over
 * case under `/i`, when it compiles it: the rules' and readers' patterns hold thousands of them, and building them was
 * about 0.4 s of every `ropa gaps` run, whatever the registry's size (docs/performance.md, sessions 40 and 41). A registry's
 * texts are Norwegian or English (Sami letters included): every character below U+0370, punctuation, currency signs. For a
 * text made only of such characters (`PLAIN`), a class of the letters below U+0370 answers exactly as `\p{L}` does, so a
 * `LetterPattern` is compiled with that class (13 ranges) and runs it; for any other text (Greek, Cyrillic, an astral
 * character, a hostile text) it runs the pattern as written, built the first time such a text comes. The narrow class is
 * computed from the running engine's own `\p{L}` (with and without `/i`), character by character, so the two answer alike
 * on every character of a plain text whatever Unicode version the engine has: under `/i` a character matches a class when
 * it is case-equivalent to one of its members, and the narrow class holds exactly the plain characters `\p{L}` matches
 * (case-equivalence is the same relation for both, and the narrow class is a part of `\p{L}`).
 *
 * Every way a RegExp is used goes through `exec` (test, match, matchAll, replace, search, split: the language's own
 * algorithms call `exec` where a pattern has its own), so the choice is made for each text. `source` gives the pattern as
 * written, so a pattern made from another's source (`new RegExp(re.source, …)`) is the whole one, as before.
 */

/** The characters of a plain text: everything below U+0370 (Latin, IPA, modifier letters, combining marks), punctuation, currency. */
// eslint-disable-next-line no-control-regex -- the plain characters start at U+0000
const OUTSIDE = /[^\u0000-\u036f\u2000-\u206f\u20a0-\u20cf]/;
const PLAIN_END = 0x20cf;
const isPlainCode = (c: number): boolean => c <= 0x36f || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= PLAIN_END);

/** Whether every character of `text` is one a narrowed class reads as `\p{L}` does. */
export function plainText(text: string): boolean {
  if (text === last) return lastPlain;
  last = text;
  return (lastPlain = !OUTSIDE.test(text));
}
// The readers ask many patterns about one text in a row: the last answer is kept.
let last: string | undefined;
let lastPlain = false;

/** The letters among the plain characters, as the ranges of a class (no brackets), as `\p{L}` reads them with or without `/i`. */
function letterRanges(ignoreCase: boolean): string {
  const letter = ignoreCase ? /\p{L}/iu : /\p{L}/u;
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  let start = -1;
  for (let c = 0; c <= PLAIN_END + 1; c++) {
    const is = c <= PLAIN_END && isPlainCode(c) && letter.test(String.fromCharCode(c));
    if (is && start < 0) start = c;
    else if (!is && start >= 0) {
      out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return out;
}
let ranges: { i: string; plain: string } | undefined;
const lettersFor = (flags: string): string => {
  ranges ??= { i: letterRanges(true), plain: letterRanges(false) };
  return flags.includes('i') ? ranges.i : ranges.plain;
};

const narrows = (source: string, flags: string): boolean => flags.includes('u') && !flags.includes('v') && source.includes('\\p{L}');

/**
 * `source` with every `\p{L}` as the class of the plain letters, or undefined where nothing is narrowed: no `\p{L}`, or not
 * a `u` pattern (without `u`, `\p{L}` is no class; under `v` classes are read otherwise, and none is written so).
 */
export function narrowSource(source: string, flags: string): string | undefined {
  if (!narrows(source, flags)) return undefined;
  const letters = lettersFor(flags);
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      if (source.startsWith('\\p{L}', k)) {
        out += inClass ? letters : `[${letters}]`;
        k += 4;
      } else {
        out += source.slice(k, k + 2);
        k++;
      }
      continue;
    }
    // Under `u` a class holds no class: «[» inside one is the character.
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A pattern compiled with narrow letter classes, run whole for a text that is not plain. Made by `letterPattern`. It runs two
 * plain RegExps, the narrow one and (built when first needed) the whole one, so that each keeps V8's fast paths; `test` and
 * `exec` choose between them, and every other use of a pattern goes through `exec`. A global or sticky pattern's
 * `lastIndex` is this object's, handed to the one that runs and read back from it.
 */
export class LetterPattern extends RegExp {
  readonly #written: string;
  readonly #narrow: RegExp;
  #whole: RegExp | undefined;
  readonly #state: boolean;

  /** Also what the language's `split` and `matchAll` call to copy a pattern (its species): `new C(pattern, flags)`. */
  constructor(pattern: string | RegExp, flags: string) {
    const written = pattern instanceof LetterPattern ? pattern.#written : typeof pattern === 'string' ? pattern : pattern.source;
    const narrow = narrowSource(written, flags) ?? written;
    super(narrow, flags);
    this.#written = written;
    this.#narrow = new RegExp(narrow, flags);
    this.#state = this.global || this.sticky;
  }

  /** The pattern as written, the one run on a text that is not plain. */
  get whole(): RegExp {
    return (this.#whole ??= new RegExp(this.#written, this.flags));
  }

  /** The pattern that reads `text` as this one does: the narrow one for a plain text, else the whole one. */
  #for(text: unknown): RegExp {
    return typeof text === 'string' && plainText(text) ? this.#narrow : this.whole;
  }

  /** `f` run by the pattern for `text`, with this pattern's `lastIndex` handed to it and read back. */
  #run<T>(text: unknown, f: (re: RegExp) => T): T {
    const re = this.#for(text);
    re.lastIndex = this.lastIndex;
    try {
      return f(re);
    } finally {
      this.lastIndex = re.lastIndex;
    }
  }

  override exec(text: string): RegExpExecArray | null {
    return this.#state ? this.#run(text, (re) => re.exec(text)) : this.#for(text).exec(text);
  }

  override test(text: string): boolean {
    return this.#state ? this.#run(text, (re) => re.test(text)) : this.#for(text).test(text);
  }

  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    return this.#run(text, (re) => re[Symbol.replace](text, replacement as string));
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    return this.#run(text, (re) => re[Symbol.match](text));
  }

  override [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.#run(text, (re) => re[Symbol.matchAll](text));
  }

  override [Symbol.search](text: string): number {
    return this.#run(text, (re) => re[Symbol.search](text));
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return this.#for(text)[Symbol.split](text, limit);
  }

  static {
    // `source` is the pattern as written: a pattern made from another's source, and a pattern's text in a message, are as before.
    Object.defineProperty(this.prototype, 'source', {
      get(this: LetterPattern): string {
        return this.whole.source;
      },
      configurable: true,
    });
  }
}

/** `new RegExp(source, flags)`, as a `LetterPattern` where it has `\p{L}` classes to narrow. */
export function letterPattern(source: string, flags = ''): RegExp {
  return !narrows(source, flags) ? new RegExp(source, flags) : new LetterPattern(source, flags);
}
