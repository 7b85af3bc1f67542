import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Lang } from '../i18n/index.js';
import { LANGUAGES } from '../i18n/index.js';
import type { FileKind } from '../parse/source.js';
import { parseYaml } from '../parse/yaml.js';
import { lineEnd, lineStart } from './catalogue-add.js';
import { comments } from './format.js';
import { itemSchema, narrow, propertySchema, rootSchema, type SchemaAt } from './schema-order.js';

/**
 * `ropa fmt --add-language nn`: every text of a file (a `localText` in the schema) becomes one text per
 * language. A plain string becomes a mapping whose first language keeps the text and whose other languages
 * are empty placeholders to fill (`nn:` with no value, which `ropa validate` reports until it is filled, so an
 * untranslated text can never reach a notice); a mapping gets a placeholder for each language it lacks. The
 * organisation file's `languages` gets the new language. The text is edited in place: comments, blank lines
 * and everything else stay as written. Running it again changes nothing.
 */
export type AddLanguageOutcome = { ok: true; text: string; texts: number } | { ok: false; reason: 'parse' | 'unsafe' };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `languages`: the registry's languages with the new one, in the organisation file's order. */
export function addLanguage(source: string, kind: FileKind, languages: readonly Lang[], added: Lang): AddLanguageOutcome {
  const parsed = parseYaml(source);
  if (parsed.problems.length > 0 || !parsed.doc) return { ok: false, reason: 'parse' };
  const all = languages.includes(added) ? [...languages] : [...languages, added];
  const edits: Edit[] = [];
  const root = parsed.doc.contents as Node | null;
  let texts = 0;

  const visit = (node: Node | null | undefined, at: SchemaAt | undefined, inFlow: boolean): void => {
    if (!node || !at) return;
    if (isLocalText(at)) {
      const e = localTextEdit(source, node, all, inFlow);
      if (e) {
        edits.push(e);
        texts++;
      }
      return;
    }
    if (isSeq(node)) {
      const items = itemSchema(narrow(at, 'seq'));
      for (const item of (node as YAMLSeq<Node | null>).items) visit(item, items, inFlow || Boolean(node.flow));
    } else if (isMap(node)) {
      const s = narrow(at, 'map');
      for (const p of (node as YAMLMap<Node | null, Node | null>).items) {
        if (isPair(p) && isScalar(p.key)) visit(p.value, propertySchema(s, String(p.key.value)), inFlow || Boolean(node.flow));
      }
    }
  };
  visit(root, rootSchema(kind), false);

  if (kind === 'organisation' && isMap(root) && !languages.includes(added)) {
    const pair = (root as YAMLMap<Node, Node | null>).items.find((p) => isScalar(p.key) && p.key.value === 'languages');
    const e = pair?.value && isSeq(pair.value) ? appendToList(source, pair.value as YAMLSeq<Node>, added) : undefined;
    if (!e) return { ok: false, reason: 'unsafe' };
    edits.push(e);
  }
  if (edits.length === 0) return { ok: true, text: source, texts: 0 };
  const text = apply(source, edits);
  // Read back: the data must be the data with placeholders, and every comment must still be there.
  const reread = parseYaml(text);
  if (reread.problems.length > 0 || !isDeepStrictEqual(reread.data, expected(parsed.data, rootSchema(kind), all, kind === 'organisation' ? added : undefined)))
    return { ok: false, reason: 'unsafe' };
  const a = comments(source);
  const b = comments(text);
  if (a.length !== b.length || a.some((c, i) => c !== b[i])) return { ok: false, reason: 'unsafe' };
  return { ok: true, text, texts };
}

/** A schema node for text in people's languages: one string, or one string per language. */
function isLocalText(at: SchemaAt): boolean {
  const s = narrow(at, 'map');
  const props = s?.node.properties as Record<string, unknown> | undefined;
  return (
    props !== undefined &&
    LANGUAGES.every((l) => Object.hasOwn(props, l)) &&
    narrow(at, 'scalar') !== undefined &&
    Object.keys(props).length === LANGUAGES.length
  );
}

function localTextEdit(text: string, node: Node, all: readonly Lang[], inFlow: boolean): Edit | undefined {
  if (isScalar(node)) {
    const s = node as Scalar;
    if (typeof s.value !== 'string' || !s.range) return undefined;
    const written = text.slice(s.range[0], s.range[1]);
    const [first, ...others] = all;
    if (inFlow || (s.type !== 'PLAIN' && s.type !== 'QUOTE_DOUBLE' && s.type !== 'QUOTE_SINGLE' && s.type !== 'BLOCK_LITERAL' && s.type !== 'BLOCK_FOLDED')) {
      if (written.includes('\n')) return undefined;
      return { start: s.range[0], end: s.range[1], text: `{${first}: ${written}${others.map((l) => `, ${l}: null`).join('')}}` };
    }
    const from = lineStart(text, s.range[0]);
    const before = text.slice(from, s.range[0]);
    // `key: value` (the mapping goes on the next lines, two deeper than the key) or `- value` (it stays on the line).
    const item = /^ *- +$/.test(before);
    const keyIndent = /^ */.exec(before)![0].length;
    const indent = item ? before.length : keyIndent + 2;
    if (/^\s*\|[0-9]|^\s*>[0-9]/.test(written)) return undefined;
    const moved = written.replace(/\n(?=.)/g, `\n${' '.repeat(item ? 0 : 2)}`);
    const pad = ' '.repeat(indent);
    const body = [`${first}: ${moved.trimEnd()}`, ...others.map((l) => `${l}:`)];
    // The scalar's range may take in the line break after it (a block scalar does): keep what follows.
    const tail = written.slice(written.trimEnd().length);
    const start = item ? s.range[0] : lineBreakBefore(text, s.range[0]);
    // A comment after the text on its line stays on the key's line.
    const eol = text.indexOf('\n', s.range[1]);
    const rest = tail.includes('\n') ? '' : text.slice(s.range[1], eol < 0 ? text.length : eol);
    const comment = !item && rest.trim().startsWith('#') ? ` ${rest.trim()}` : '';
    const end = comment ? s.range[1] + rest.length : s.range[1];
    return { start, end, text: comment + (item ? '' : `\n${pad}`) + body.join(`\n${pad}`) + (tail.includes('\n') ? '\n' : comment ? '' : tail) };
  }
  if (isMap(node)) {
    const map = node as YAMLMap<Node, Node | null>;
    const have = new Set(map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
    const missing = all.filter((l) => !have.has(l));
    if (missing.length === 0 || !map.range || map.items.length === 0) return undefined;
    if (map.flow) {
      const close = text.lastIndexOf('}', map.range[1]);
      return { start: close, end: close, text: missing.map((l) => `, ${l}: null`).join('') };
    }
    const firstKey = (map.items[0] as Pair<Node>).key.range![0];
    const indent = firstKey - lineStart(text, firstKey);
    const last = map.items[map.items.length - 1] as Pair<Node, Node | null>;
    const end = lineEnd(text, Math.max(last.key.range![1], last.value?.range?.[1] ?? 0));
    return { start: end, end, text: missing.map((l) => `${' '.repeat(indent)}${l}:\n`).join('') };
  }
  return undefined;
}

/** Where the space between `key:` and a value on the same line starts. */
function lineBreakBefore(text: string, valueStart: number): number {
  let i = valueStart;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

function appendToList(text: string, seq: YAMLSeq<Node>, value: string): Edit | undefined {
  if (!seq.range || seq.items.length === 0) return undefined;
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    return { start: close, end: close, text: `, ${value}` };
  }
  const last = seq.items[seq.items.length - 1]!;
  const prefix = text.slice(lineStart(text, last.range![0]), last.range![0]);
  const end = lineEnd(text, last.range![1]);
  return { start: end, end, text: `${prefix}${value}\n` };
}

function apply(text: string, edits: Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  const result = out + text.slice(pos);
  return result.endsWith('\n') || !text.endsWith('\n') ? result : result + '\n';
}

/** The data the edited file must hold. */
function expected(data: unknown, at: SchemaAt | undefined, all: readonly Lang[], added: Lang | undefined, top = true): unknown {
  if (at && isLocalText(at)) {
    if (typeof data === 'string') return Object.fromEntries(all.map((l, i) => [l, i === 0 ? data : null]));
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
      if (Object.keys(out).length > 0) for (const l of all) if (!Object.hasOwn(out, l)) out[l] = null;
      return out;
    }
    return data;
  }
  if (Array.isArray(data)) {
    const items = itemSchema(narrow(at, 'seq'));
    return data.map((d) => expected(d, items, all, added, false));
  }
  if (data && typeof data === 'object') {
    const s = narrow(at, 'map');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) out[k] = expected(v, propertySchema(s, k), all, added, false);
    if (top && added !== undefined && Array.isArray(out.languages) && !out.languages.includes(added)) out.languages = [...out.languages, added];
    return out;
  }
  return data;
}
