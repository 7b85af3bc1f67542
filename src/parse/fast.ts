import { createRequire } from 'node:module';
import { LIMITS, FORBIDDEN_KEYS } from './yaml.js';

/**
 * The fast path: most registry files are plain, valid YAML, and for those the data is all a
 * command needs. js-yaml reads them several times faster than the `yaml` library, which builds a
 * document with positions. This function returns the data only when it is certain that the full
 * parser (`parseYaml`) would find no problem and produce the same data; otherwise `undefined`, and
 * the caller parses the file in full. Positions are computed later, and only for a file with a
 * finding (`SourceFile.locate`).
 *
 * Certain means: nothing the two parsers might treat differently is present. Anchors, aliases,
 * tags, directives, explicit keys, tabs and the like send a file to the full parser (`screenedOut`);
 * js-yaml refuses duplicate keys, several documents and
 * unknown tags itself; a walk of the data checks keys, depth and size; and a collection used as a
 * key (which js-yaml turns into a string) is caught by counting collections.
 * test/property/fast-parse.test.ts holds the two parsers to this.
 */
export function parseFast(text: string): { data: unknown } | undefined {
  if (screenedOut(text)) return undefined;
  const collections = new Set<object>();
  let data: unknown;
  try {
    data = jsYaml().load(text, {
      schema: coreSchema(),
      // Counts nodes, not collections: a little stricter than the full parser, never looser.
      maxDepth: LIMITS.maxDepth,
      listener: (event: string, state: { result: unknown }) => {
        if (event === 'close' && state.result !== null && typeof state.result === 'object') collections.add(state.result);
      },
    });
  } catch {
    return undefined;
  }
  // Empty files, and files that are one scalar, are described by the full parser.
  if (data === null || typeof data !== 'object') return undefined;
  const walk = plain(data, collections);
  if (walk === 'no') return undefined;
  return { data: walk === 'json' ? compact(data) : data };
}

/**
 * A copy of js-yaml's data that holds on to nothing else. js-yaml's strings are slices of the file's
 * text: each keeps the whole text alive, after the text itself is let go, and in a text with one
 * character beyond Latin-1 (an en dash) every slice is stored two bytes a character. A JSON copy is
 * flat, one byte a character where it can be. At 10,000 activities this took the heap after
 * validation from about 160 to about 90 MB at no cost in CPU (less to collect later); see
 * docs/performance.md. Only for data JSON carries exactly (`plain` says so: no NaN, infinity or -0).
 */
function compact(data: object): unknown {
  return JSON.parse(JSON.stringify(data));
}

/** Longest line the fast path reads: YAML limits an implicit key to 1024 characters. */
const MAX_LINE = 1000;

/**
 * Whether the text holds anything the two parsers might read differently, or that the full parser
 * reports. One pass over the characters; it may send too many files to the full parser, never too
 * few. Refused:
 * - a tab, a control character, a line break other than LF or CRLF, U+2028/2029, a BOM;
 * - a directive (`%` at a line start), a document marker (a line starting with `---` or `...`);
 * - where a node can start (at a line start, after white space or a flow indicator): a tag `!`, an
 *   explicit key `?`, an anchor `&name` or an alias `*name`, a sequence entry left empty;
 * - a quoted scalar or a flow collection (`[a, b]`, `{a: b}`) that does not close on its own line
 *   (js-yaml is more lenient about the lines that follow);
 * - a comment glued to a closing bracket or quote; a line longer than MAX_LINE; a last line of
 *   only spaces; a block scalar's explicit indentation indicator (`|2`).
 * Plain text like "R&D", "Viktig!", "SSB's" or "a * b" passes.
 */
function screenedOut(text: string): boolean {
  const n = text.length;
  budget = 8 * n + 1024;
  let lineStart = 0;
  if (text.charCodeAt(0) === 0x25 /* % */ || startsMarker(text, text.search(/[^ ]|$/))) return true;
  // A block scalar with an explicit indentation indicator (`|2`, `>-1`): the parsers differ on its lines.
  if (/[|>][-+]?[1-9]/.test(text)) return true;
  // The regular expression skips the ordinary characters; the loop looks at the others.
  // `test` moves lastIndex without making a match object for every special character.
  SPECIAL.lastIndex = 0;
  while (SPECIAL.test(text)) {
    const i = SPECIAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i === 0 ? NEWLINE : text.charCodeAt(i - 1);
    if (c === NEWLINE) {
      if (i - lineStart > MAX_LINE) return true;
      lineStart = i + 1;
      let j = lineStart;
      if (text.charCodeAt(j) === 0x25 /* % */) return true;
      while (text.charCodeAt(j) === 0x20) j++;
      if (startsMarker(text, j)) return true;
    } else if (c === 0x0d /* CR */) {
      if (text.charCodeAt(i + 1) !== NEWLINE) return true;
    } else if (c < 0x20 || c >= 0x7f) {
      return true; // tab, control characters, U+2028/2029, BOM
    } else if (c === 0x23 /* # */) {
      if (prev === 0x5d || prev === 0x7d || prev === 0x22 || prev === 0x27) return true;
    } else if (boundary(prev)) {
      if (c === 0x21 /* ! */ || c === 0x3f /* ? */) return true;
      if (c === 0x26 /* & */ || c === 0x2a /* * */) {
        if (!endsToken(text.charCodeAt(i + 1))) return true;
      } else if (c === 0x2d /* - */) {
        let j = i + 1;
        while (text.charCodeAt(j) === 0x20) j++;
        const d = text.charCodeAt(j);
        if (d === NEWLINE || d === 0x0d || d === 0x23 /* # */ || j >= n) return true;
      } else if (c === 0x22 || c === 0x27 /* quotes */) {
        if (skipQuoted(text, i) < 0) return true;
      } else if (c === 0x5b || c === 0x7b /* [ { */) {
        if (!closesOnLine(text, i)) return true;
      }
    }
  }
  // A last line of spaces with no line break after it: js-yaml keeps one more line break in a
  // block scalar with keep chomping (`|+`) than YAML says.
  return n - lineStart > MAX_LINE || /^ +$/.test(text.slice(lineStart));
}

const NEWLINE = 0x0a;

/**
 * The characters the screen looks at; everything else (letters, digits, most punctuation, æøå) is skipped. Global and
 * shared: `screenedOut` sets its `lastIndex` to 0 before its loop (it was built anew for each file, 10,000 times at
 * 10,000 activities).
 */
// Control characters are among what the screen must see, so the pattern names them.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\n\r!?&*\-"'[{#\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;

/** Where a node can start: a line start, white space, a flow indicator or a colon; anything non-ASCII counts too. */
function boundary(c: number): boolean {
  return c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2c || c === 0x3a || c >= 0x80;
}

/** What may follow `&` or `*` in plain text: nothing that could be an anchor's or alias's name. */
function endsToken(c: number): boolean {
  return Number.isNaN(c) || c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x2c || c === 0x5d || c === 0x7d;
}

function startsMarker(text: string, j: number): boolean {
  return j >= 0 && (text.startsWith('---', j) || text.startsWith('...', j));
}

/**
 * Steps left for the look-aheads below. Each opening bracket and quote is followed to the end of
 * its line, which hostile text (20,000 brackets on one line) could make quadratic: when the steps
 * run out, the file goes to the full parser, and the screen stays linear.
 */
let budget = 0;

/**
 * Whether the flow collection opened at `at` closes on the same line. Every opening bracket and
 * quote is also checked on its own by the caller: a quote that is only text (as in "SSB's") may
 * make this answer "no", never a wrong "yes".
 */
function closesOnLine(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at; i < text.length && text[i] !== '\n'; i++) {
    if (--budget < 0) return false;
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    // A `#` in a flow collection may start a comment that hides its closing bracket: the full parser decides.
    else if (c === '#') return false;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return true;
    } else if (c === '"' || c === "'") {
      const close = skipQuoted(text, i);
      if (close < 0) return false;
      i = close;
    }
  }
  return false;
}

/** Index of the quote that closes the quoted text opened at `i`, or -1 if it does not close on this line. */
function skipQuoted(text: string, i: number): number {
  const q = text[i];
  for (let j = i + 1; j < text.length && text[j] !== '\n'; j++) {
    if (--budget < 0) return -1;
    if (q === '"' && text[j] === '\\') {
      if (text[j + 1] === '\n' || text[j + 1] === '\r') return -1;
      j++;
    } else if (text[j] === q) {
      if (q === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

/** A plain `null` or `~` key is '' in the full parser and 'null' in js-yaml: such keys take the full parser. */
const NULL_KEYS = new Set(['', '~', 'null', 'Null', 'NULL']);

/**
 * Every collection is one js-yaml composed from the text (not one it made up for `[a: b]`), reached
 * once (no alias), and all are reached (none was used as a key); no forbidden key; not too deep; not
 * too many values. 'json' when JSON carries every value exactly, 'yes' when not (NaN, infinity, -0).
 */
function plain(root: object, collections: Set<object>): 'no' | 'json' | 'yes' {
  // Each collection is crossed off when reached: reached twice, or never composed, it is not there.
  const values: unknown[] = [root];
  const depths: number[] = [0];
  let count = 0;
  let json = true;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (++count > LIMITS.maxNodes / 2) return 'no';
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) json = false;
    if (v === null || typeof v !== 'object') continue;
    if (!collections.delete(v) || depth >= LIMITS.maxDepth - 1) return 'no';
    if (Array.isArray(v)) {
      for (const x of v) {
        values.push(x);
        depths.push(depth + 1);
      }
    } else {
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k) || NULL_KEYS.has(k)) return 'no';
        values.push((v as Record<string, unknown>)[k]);
        depths.push(depth + 1);
      }
    }
  }
  return collections.size > 0 ? 'no' : json ? 'json' : 'yes';
}

/**
 * YAML 1.2's core schema exactly as the full parser resolves it (yaml's schema/core): js-yaml's own
 * core schema also reads `0b101` and `1_000` as numbers. Tags are screened out, so only plain
 * scalars are resolved here.
 */
let schema: unknown;
function coreSchema(): unknown {
  if (schema) return schema;
  const { Type, FAILSAFE_SCHEMA } = jsYaml();
  // js-yaml keeps one type per tag: each tag's forms are tried in the full parser's order. Most
  // scalars are words: a look at the first character spares them the regular expressions.
  const type = (tag: string, first: RegExp, forms: [RegExp, (s: string) => unknown][]): unknown =>
    new Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (s: unknown) => typeof s === 'string' && first.test(s) && forms.some(([re]) => re.test(s)),
      construct: (s: string) => forms.find(([re]) => re.test(s))![1](s),
    });
  schema = FAILSAFE_SCHEMA.extend({
    implicit: [
      type('null', /^(?:[~nN]|$)/, [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
      type('bool', /^[tTfF]/, [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
      type('int', /^[-+0-9]/, [
        [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
      ]),
      type('float', /^[-+.0-9]/, [
        [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
      ]),
    ],
  });
  return schema;
}

/** The part of js-yaml used here (the package ships no types). */
interface JsYaml {
  Type: new (tag: string, options: object) => unknown;
  FAILSAFE_SCHEMA: { extend(types: { implicit: unknown[] }): unknown };
  load(text: string, options: { schema: unknown; maxDepth: number; listener: (event: string, state: { result: unknown }) => void }): unknown;
}
let loaded: JsYaml | undefined;
function jsYaml(): JsYaml {
  // CommonJS; required synchronously so that loading stays a plain function.
  loaded ??= createRequire(import.meta.url)('js-yaml') as JsYaml;
  return loaded;
}
