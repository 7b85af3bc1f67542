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
 * tags, directives, explicit keys and tabs send a file to the full parser (a screen on the text,
 * which may send too many, never too few); js-yaml refuses duplicate keys, several documents and
 * unknown tags itself; a walk of the data checks keys, depth and size; and a collection used as a
 * key (which js-yaml turns into a string) is caught by counting collections.
 * test/property/fast-parse.test.ts holds the two parsers to this.
 */
export function parseFast(text: string): { data: unknown } | undefined {
  if (SCREEN.test(text) || multiLine(text)) return undefined;
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
  return plain(data, collections) ? { data } : undefined;
}

/**
 * Anything that makes the two parsers differ, or that the full parser reports: a tab; a control
 * character; a line break other than LF and CRLF; a directive; a document marker (or a line that
 * starts like one); where a node can start (after a line start, white space or a flow indicator) a
 * tag `!`, an explicit key `?`, an anchor `&name` or an alias `*name`; a sequence entry left empty; a
 * comment glued to a closing bracket or quote; a line that could hold an implicit
 * key longer than YAML allows. Plain text like "R&D", "Viktig!" or "a * b" passes.
 */
const SCREEN = /\t|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|^%|^ *(?:---|\.\.\.)|(?:^|[\s[\]{},])(?:[!?]|[&*](?![\s,\]}]|$))|^[^\n:]{1000}|(?:^|\s)-[ ]*(?:#.*)?$|[\]}"']#/mu;

/**
 * A flow collection (`[a, b]`, `{a: b}`) or a quoted scalar that does not close on the line it
 * opens: js-yaml is more lenient than the full parser about the indentation and document markers
 * of the lines that follow.
 */
function multiLine(text: string): boolean {
  // Every place a quoted scalar or a flow collection could open is checked on its own: a quote that
  // is only text (as in "SSB's") must not hide the one that really opens.
  const open = /(?:^|[\s[{,:])["'[{]/gm;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const at = m.index + m[0].length - 1;
    open.lastIndex = at + 1;
    if (text[at] === '"' || text[at] === "'") {
      if (skipQuoted(text, at) < 0) return true;
      continue;
    }
    let depth = 0;
    for (let i = at; i < text.length && text[i] !== '\n' && !(depth === 0 && i > at); i++) {
      const c = text[i];
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      else if (c === '"' || c === "'") {
        const close = skipQuoted(text, i);
        if (close < 0) return true;
        i = close;
      }
    }
    if (depth !== 0) return true;
  }
  return false;
}

/** Index of the quote that closes the quoted text opened at `i`, or -1 if it does not close on this line. */
function skipQuoted(text: string, i: number): number {
  const q = text[i];
  for (let j = i + 1; j < text.length && text[j] !== '\n'; j++) {
    if (q === '"' && text[j] === '\\') {
      if (text[j + 1] === '\n' || text[j + 1] === '\r') return -1;
      j++;
    }
    else if (text[j] === q) {
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
 * too many values.
 */
function plain(root: object, collections: Set<object>): boolean {
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[root, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++count > LIMITS.maxNodes / 2) return false;
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v) || !collections.has(v) || depth >= LIMITS.maxDepth - 1) return false;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, depth + 1]);
    } else {
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k) || NULL_KEYS.has(k)) return false;
        stack.push([(v as Record<string, unknown>)[k], depth + 1]);
      }
    }
  }
  return seen.size === collections.size;
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
  // js-yaml keeps one type per tag: each tag's forms are tried in the full parser's order.
  const type = (tag: string, forms: [RegExp, (s: string) => unknown][]): unknown =>
    new Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (s: unknown) => typeof s === 'string' && forms.some(([re]) => re.test(s)),
      construct: (s: string) => forms.find(([re]) => re.test(s))![1](s),
    });
  schema = FAILSAFE_SCHEMA.extend({
    implicit: [
      type('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
      type('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
      type('int', [
        [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
      ]),
      type('float', [
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
