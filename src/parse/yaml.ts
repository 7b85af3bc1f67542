import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { MessageArgs } from '../model/finding.js';
import { diagnoseSyntax } from './syntax.js';

let lib: typeof Yaml | undefined;
/**
 * The `yaml` library, loaded the first time a file needs it: most files are read by the fast path
 * (fast.ts), and a run where every file is plain YAML never loads it.
 */
export function yamlLib(): typeof Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}

/** Limits against hostile files. A real activity is a few kilobytes and a few levels deep. */
export const LIMITS = {
  maxDepth: 64,
  maxAliasCount: 100,
  maxNodes: 50_000,
};

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Tags of the YAML core schema; anything else (!!binary, !!set, !custom) is refused. */
const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** A problem found while parsing, at a character range of the text. */
export interface ParseProblem {
  rule: string;
  messageId: string;
  args: MessageArgs;
  start: number;
  end: number;
}

export interface ParsedYaml {
  doc?: Document.Parsed;
  data: unknown;
  lineCounter: LineCounter;
  problems: ParseProblem[];
}

/** The documents of a text, with the positions of their nodes: the slow, exact reading. */
export function composeYaml(text: string): { documents: Document.Parsed[]; lineCounter: LineCounter } {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  // The library's own duplicate-key check compares every key with every other (quadratic: minutes
  // for a file of 100,000 keys); `inspect` checks them with a hash set instead.
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, schema: 'core' });
  return { documents: Array.isArray(docs) ? docs : [], lineCounter };
}

/**
 * Parses one YAML document with positions, refusing what a registry never needs:
 * several documents, duplicate keys, prototype keys, non-scalar keys, unknown tags, deep nesting, alias bombs.
 * When there are problems, `data` is undefined: later stages skip the file.
 */
export function parseYaml(text: string): ParsedYaml {
  if (text.length > GUARD_CHARS) {
    const at = nodeLimitPassedAt(text);
    if (at >= 0) {
      const lineCounter = new (yamlLib().LineCounter)();
      lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
      return {
        data: undefined,
        lineCounter,
        problems: [{ rule: 'file-too-large', messageId: 'validate.too-many-nodes', args: { max: LIMITS.maxNodes }, start: at, end: at + 1 }],
      };
    }
  }
  const problems: ParseProblem[] = [];
  const { documents: list, lineCounter } = composeYaml(text);
  const doc = list[0];
  if (!doc || (doc.contents === null && list.length === 1 && doc.errors.length === 0)) {
    problems.push({ rule: 'empty-file', messageId: 'validate.empty-file', args: {}, start: 0, end: 0 });
    return { ...(doc ? { doc } : {}), data: undefined, lineCounter, problems };
  }
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range?.[0] ?? 0;
    problems.push({ rule: 'multiple-documents', messageId: 'validate.multiple-documents', args: { count: list.length }, start, end: start + 3 });
  }
  let syntaxReported = false;
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    const syntax = e.code !== 'DUPLICATE_KEY' && e.code !== 'RESOURCE_EXHAUSTION';
    // After the first syntax error the parser's view of the rest is a guess: one message, not a cascade.
    if (syntax && syntaxReported) continue;
    if (syntax) syntaxReported = true;
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, start);
      problems.push({ rule: 'duplicate-key', messageId: 'validate.duplicate-key', args: { key }, start, end: start + key.length });
    } else if (e.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(e.message)) {
      problems.push({ rule: 'nesting-too-deep', messageId: 'validate.nesting-too-deep', args: { max: LIMITS.maxDepth }, start, end });
    } else {
      problems.push({ rule: 'yaml-syntax', ...diagnoseSyntax(text, e.code, firstLine(e.message), start, end) });
    }
  }
  for (const w of doc.warnings) {
    const [start, end] = w.pos;
    if (w.code === 'TAG_RESOLVE_FAILED')
      problems.push({ rule: 'unknown-tag', messageId: 'validate.unknown-tag', args: { tag: text.slice(start, end).split(/\s/)[0] ?? '' }, start, end });
    else problems.push({ rule: 'yaml-syntax', messageId: 'validate.yaml-syntax', args: { code: w.code }, start, end });
  }
  if (problems.length === 0) inspect(doc, text, problems);
  if (problems.length > 0) return { doc, data: undefined, lineCounter, problems };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    return { doc, data, lineCounter, problems };
  } catch (e) {
    const [start, end] = doc.contents?.range ?? [0, 0];
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      problems.push({ rule: 'alias-limit', messageId: 'validate.alias-limit', args: { max: LIMITS.maxAliasCount }, start, end: Math.min(end, start + 1) });
    } else {
      problems.push({ rule: 'yaml-syntax', messageId: 'validate.yaml-syntax', args: { code: (e as Error).name }, start, end: start + 1 });
    }
    return { ...(doc ? { doc } : {}), data: undefined, lineCounter, problems };
  }
}

/**
 * The parser builds a document of about a kilobyte per value before anything can be counted, so a
 * file of a few megabytes could take a gigabyte and many seconds. Texts longer than this are first
 * counted with the lexer, which streams and stops at the limit.
 */
const GUARD_CHARS = 64 * 1024;

/**
 * Lexer tokens that make a node: a scalar (plain, block or quoted), a flow collection, or a map
 * value indicator `:` (a value left empty is a node too). A pair counts three times (key, `:`,
 * value), hence three times the limit: never stricter than the walk in `inspect`.
 */
function nodeLimitPassedAt(text: string): number {
  const limit = 3 * LIMITS.maxNodes;
  let count = 0;
  let offset = 0;
  // The token after a scalar marker is the scalar's text, never an indicator.
  let scalarText = false;
  for (const token of new (yamlLib().Lexer)().lex(text)) {
    const c = token.charCodeAt(0);
    if (token.length === 1 && (c === 0x02 || c === 0x18 || c === 0x1f)) {
      // Markers the lexer adds (document start, flow end, scalar): not in the text.
      if (c === 0x1f && ++count > limit) return offset;
      scalarText = c === 0x1f;
      continue;
    }
    const indicator = !scalarText && token.length === 1 && (c === 0x5b || c === 0x7b || c === 0x3a || c === 0x2d); // [ { : -
    if ((c === 0x22 || c === 0x27 || indicator) && ++count > limit) return offset;
    scalarText = false;
    offset += token.length;
  }
  return -1;
}

/** Walks the node tree without recursion: depth, size, keys and tags. */
function inspect(doc: Document.Parsed, text: string, problems: ParseProblem[]): void {
  const { isAlias, isCollection, isMap, isPair, isScalar, isSeq } = yamlLib();
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  let count = 0;
  let aliases = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node) continue;
    const n = node as Node;
    // An alias is a value too: a flow sequence of a million `*x` passes the lexer's count (only its `[` counts there).
    if (++count > LIMITS.maxNodes) {
      problems.push({ rule: 'file-too-large', messageId: 'validate.too-many-nodes', args: { max: LIMITS.maxNodes }, ...span(n) });
      return;
    }
    if (isAlias(node)) {
      aliases = true;
      continue;
    }
    if (n.tag && !CORE_TAGS.has(n.tag)) {
      // The node's range starts at its value; the reader wants the tag written before it.
      const { start, end } = span(n);
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let tagStart = text.lastIndexOf('!', start);
      if (tagStart < lineStart) tagStart = start;
      while (tagStart > lineStart && !/\s/.test(text[tagStart - 1]!)) tagStart--;
      problems.push({ rule: 'unknown-tag', messageId: 'validate.unknown-tag', args: { tag: n.tag.replace('tag:yaml.org,2002:', '!!') }, start: tagStart, end });
    }
    if (!isCollection(n)) continue;
    if (depth >= LIMITS.maxDepth) {
      problems.push({ rule: 'nesting-too-deep', messageId: 'validate.nesting-too-deep', args: { max: LIMITS.maxDepth }, ...span(n) });
      return;
    }
    if (isMap(n)) {
      const keys = new Set<unknown>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (key !== null && !isScalar(key)) {
          problems.push({ rule: 'yaml-syntax', messageId: 'validate.complex-key', args: {}, ...span(key as Node) });
          continue;
        }
        // Equal as the library compares keys: the same scalar value (`1` and `"1"` differ, `~` and `null` do not).
        const value = key === null ? null : key.value;
        if (keys.has(value)) {
          const start = key === null ? span(pair.value as Node).start : span(key).start;
          const written = keyAt(text, start);
          problems.push({ rule: 'duplicate-key', messageId: 'validate.duplicate-key', args: { key: written }, start, end: start + written.length });
        } else keys.add(value);
        if (isScalar(key) && FORBIDDEN_KEYS.has(String(key.value))) {
          problems.push({ rule: 'forbidden-key', messageId: 'validate.forbidden-key', args: { key: String(key.value) }, ...span(key) });
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(n)) {
      for (const item of n.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  if (aliases) unknownAliases(doc, problems);
}

/**
 * `*x` with no `&x` before it (the library would throw a ReferenceError naming aliases). One walk in the
 * document's order, which is the order the library resolves aliases in; `Alias.resolve` walks the whole
 * document for each alias, so a file of many aliases took minutes. Called once the depth is known to be bounded.
 */
function unknownAliases(doc: Document.Parsed, problems: ParseProblem[]): void {
  const { visit, isAlias } = yamlLib();
  const anchors = new Set<string>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) problems.push({ rule: 'yaml-syntax', messageId: 'validate.unknown-alias', args: { name: node.source }, ...span(node) });
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
}

function span(n: Node): { start: number; end: number } {
  const r = n.range ?? [0, 0, 0];
  return { start: r[0], end: r[1] };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key written at `offset`: up to the colon that ends it. */
function keyAt(text: string, offset: number): string {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset, offset + 200));
  return (m?.[1] ?? '').trim();
}
