import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FileKind } from '../parse/source.js';
import { parseYaml, type ParseProblem } from '../parse/yaml.js';
import { canonicalScalar } from './quoting.js';
import { itemSchema, keyOrder, narrow, propertySchema, rootSchema, sortKeys, type SchemaAt } from './schema-order.js';

/**
 * `ropa fmt` on one file's text: keys in the schema's order, scalars quoted canonically, and nothing else.
 * The text is edited in place rather than re-printed, so comments, blank lines, indentation, flow style and
 * block scalars stay exactly as written: a key moves together with the comment lines above it and the lines
 * of its value. The result is read back and must hold the same data and the same comments, or it is refused.
 */
export type FormatOutcome =
  { ok: true; text: string } | { ok: false; reason: 'parse'; problems: ParseProblem[] } | { ok: false; reason: 'unsafe'; detail: UnsafeReason };

/** Why a file could not be reordered safely: a locale key `authoring.fmt.reason.<reason>`. */
export type UnsafeReason = 'reparse' | 'data' | 'comments' | 'blank-lines' | 'layout';

interface Edit {
  start: number;
  end: number;
  text: string;
}

class Unsafe extends Error {
  constructor(readonly reason: UnsafeReason) {
    super(reason);
  }
}

export function formatYaml(source: string, kind: FileKind): FormatOutcome {
  const parsed = parseYaml(source);
  if (parsed.problems.length > 0 || !parsed.doc) return { ok: false, reason: 'parse', problems: parsed.problems };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  // Every line ends with a newline, so that any key's lines can be moved below another's.
  const text = source.endsWith('\n') ? source : source + eol;
  try {
    const edits = collect(text, parsed.doc.contents as Node | null, rootSchema(kind), false, true);
    const out = apply(text, 0, text.length, edits);
    check(source, parsed.data, out);
    return { ok: true, text: out };
  } catch (e) {
    if (e instanceof Unsafe) return { ok: false, reason: 'unsafe', detail: e.reason };
    throw e;
  }
}

/** The edits that make `node` canonical, sorted and not overlapping. */
function collect(text: string, node: Node | null, at: SchemaAt | undefined, inFlow: boolean, top = false): Edit[] {
  if (!node || isAlias(node)) return [];
  if (isScalar(node)) return scalarEdit(text, node, inFlow);
  if (isSeq(node)) {
    const items = itemSchema(narrow(at, 'seq'));
    return (node as YAMLSeq<Node | null>).items.flatMap((item) => collect(text, item, items, inFlow || Boolean(node.flow)));
  }
  if (!isMap(node)) return [];
  const map = node as YAMLMap<Node | null, Node | null>;
  const schema = narrow(at, 'map');
  const flow = inFlow || Boolean(map.flow);
  const pairs = map.items.filter((p): p is Pair<Node | null, Node | null> => isPair(p));
  const keys = pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const perPair = pairs.map((p, i) => [
    ...(p.key && !isAlias(p.key) && isScalar(p.key) ? scalarEdit(text, p.key, flow) : []),
    ...collect(text, p.value, propertySchema(schema, keys[i]!), flow),
  ]);
  const order = sortKeys(keys, keyOrder(schema)).map((k) => keys.indexOf(k));
  const inOrder = order.every((o, i) => o === i) || new Set(keys).size !== keys.length || pairs.some((p) => !isScalar(p.key));
  if (inOrder) return perPair.flat();
  const moved = map.flow ? reorderFlow(text, map, pairs, perPair, order) : reorderBlock(text, pairs, perPair, order, top);
  return moved ? [moved] : perPair.flat();
}

function scalarEdit(text: string, node: Scalar, inFlow: boolean): Edit[] {
  const r = node.range;
  if (!r || (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return [];
  const written = text.slice(r[0], r[1]);
  if (written.includes('\n') || written.includes('\r')) return [];
  const canonical = canonicalScalar(node.value, inFlow);
  return canonical !== undefined && canonical !== written ? [{ start: r[0], end: r[1], text: canonical }] : [];
}

/** The text of [start, end) with the edits inside it applied. */
function apply(text: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let pos = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < pos || e.end > end) throw new Unsafe('layout');
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}

const lineStart = (text: string, i: number): number => text.lastIndexOf('\n', i - 1) + 1;

function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n + 1;
}

/** The end of the last line that holds a character of [start, end). */
function lastLineEnd(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && /\s/.test(text[i]!)) i--;
  return lineEnd(text, i);
}

const isBlankOrComment = (line: string): boolean => {
  const s = line.trim();
  return s === '' || s.startsWith('#');
};

function pairEnd(p: Pair<Node | null, Node | null>): number {
  return Math.max(p.key?.range?.[1] ?? 0, p.value?.range?.[1] ?? 0);
}

/**
 * A block mapping's keys in a new order. Each key owns the lines from the end of the previous key's value to
 * the end of its own: the comments and blank lines above it, its line, its value's lines.
 */
function reorderBlock(text: string, pairs: Pair<Node | null, Node | null>[], perPair: Edit[][], order: number[], top: boolean): Edit | undefined {
  const firstKey = pairs[0]!.key!.range![0];
  const firstLine = lineStart(text, firstKey);
  const prefix = text.slice(firstLine, firstKey);
  // `- key: value`: the mapping starts inside a list item's line.
  const compact = prefix.trim() !== '';
  if (compact && !/^[ -]*$/.test(prefix)) return undefined;
  let start = compact ? firstKey : firstLine;
  if (!compact && !top) {
    // Comments right above the first key belong to it; the top of a file belongs to the file.
    while (start > 0) {
      const prev = lineStart(text, start - 1);
      if (!isBlankOrComment(text.slice(prev, start))) break;
      start = prev;
    }
  }
  const segments: string[] = [];
  let from = start;
  pairs.forEach((p, i) => {
    const to = lastLineEnd(text, p.key!.range![0], pairEnd(p));
    for (const e of perPair[i]!) if (e.start < from || e.end > to) throw new Unsafe('layout');
    segments.push(apply(text, from, to, perPair[i]!));
    from = to;
  });
  const end = from;
  if (!compact) return { start, end, text: order.map((i) => segments[i]!).join('') };

  const indent = ' '.repeat(prefix.length);
  const full = segments.map((s, i) => (i === 0 ? indent + s : s));
  const head = full[order[0]!]!;
  // Comment lines above the new first key go above the list item's line.
  const lines = head.split(/(?<=\n)/);
  let k = 0;
  while (k < lines.length - 1 && isBlankOrComment(lines[k]!)) k++;
  const itemIndent = /^ */.exec(prefix)![0];
  const lead = lines
    .slice(0, k)
    .map((l) => l.replace(/^[ \t]*(?=#)/, itemIndent))
    .join('');
  const body = lines.slice(k).join('');
  if (!body.startsWith(indent)) throw new Unsafe('layout');
  return {
    start: firstLine,
    end,
    text:
      lead +
      prefix +
      body.slice(indent.length) +
      order
        .slice(1)
        .map((i) => full[i]!)
        .join(''),
  };
}

/** `{en: …, nb: …}` on one line, in a new order; a flow mapping over several lines or with comments is left alone. */
function reorderFlow(
  text: string,
  map: YAMLMap<Node | null, Node | null>,
  pairs: Pair<Node | null, Node | null>[],
  perPair: Edit[][],
  order: number[],
): Edit | undefined {
  const r = map.range;
  if (!r) return undefined;
  const written = text.slice(r[0], r[1]);
  if (written.includes('\n') || !written.startsWith('{') || !written.endsWith('}')) return undefined;
  const items: string[] = [];
  let gapStart = r[0] + 1;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    const s = p.key!.range![0];
    const e = pairEnd(p);
    if (!/^[\s,]*$/.test(text.slice(gapStart, s))) return undefined;
    items.push(apply(text, s, e, perPair[i]!));
    gapStart = e;
  }
  if (!/^[\s,]*$/.test(text.slice(gapStart, r[1] - 1))) return undefined;
  return { start: r[0], end: r[1], text: `{${order.map((i) => items[i]!).join(', ')}}` };
}

/** The formatted text must read back to the same data with the same comments and blank lines. */
function check(before: string, data: unknown, after: string): void {
  const reread = parseYaml(after);
  if (reread.problems.length > 0) throw new Unsafe('reparse');
  if (!isDeepStrictEqual(reread.data, data)) throw new Unsafe('data');
  const a = comments(before);
  const b = comments(after);
  if (a.length !== b.length || a.some((c, i) => c !== b[i])) throw new Unsafe('comments');
  if (blankLines(before) !== blankLines(after)) throw new Unsafe('blank-lines');
}

/** Every comment of a text, sorted: the lexer knows a `#` inside a string or block scalar is no comment. */
export function comments(text: string): string[] {
  return [...new Lexer().lex(text)]
    .filter((t) => t.startsWith('#'))
    .map((t) => t.trimEnd())
    .sort();
}

function blankLines(text: string): number {
  return text.split('\n').filter((l) => l.trim() === '').length - (text.endsWith('\n') ? 1 : 0);
}
