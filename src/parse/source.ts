import type { Document, LineCounter, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Range } from '../model/finding.js';
import { parsePointer } from '../util/pointer.js';
import { composeYaml, yamlLib } from './yaml.js';
import type { FileKind } from '../load/discover.js';

export type { FileKind };

/**
 * One registry file with its text, data and parsed document.
 * The single place where a JSON pointer becomes a line and a column.
 */
export class SourceFile {
  /**
   * `doc` and `lineCounter` come from the full parser. A file read by the fast path has neither
   * until a finding asks where something is: most files never need positions. `text` may be a
   * function that reads it, for a file whose data came from the cache: most files never need it.
   */
  constructor(
    readonly path: string,
    readonly kind: FileKind,
    private source: string | (() => string),
    readonly data: unknown,
    private doc?: Document.Parsed,
    private lineCounter?: LineCounter,
  ) {}

  get text(): string {
    if (typeof this.source !== 'string') this.source = this.source();
    return this.source;
  }

  private positions(): { doc: Document.Parsed | undefined; lineCounter: LineCounter } {
    if (!this.lineCounter) {
      const composed = composeYaml(this.text);
      this.doc = composed.documents[0];
      this.lineCounter = composed.lineCounter;
    }
    return { doc: this.doc, lineCounter: this.lineCounter };
  }

  /** Range of a character span. */
  rangeOf(start: number, end: number): Range {
    const { lineCounter } = this.positions();
    const a = lineCounter.linePos(start);
    const stop = Math.max(end, start);
    const b = lineCounter.linePos(stop);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col === a.col && b.line === a.line ? a.col + 1 : b.col };
  }

  /**
   * Range of the node at `pointer`. `key` asks for the key of the property instead of its value.
   * A pointer that does not exist resolves to its nearest existing ancestor, so a missing property points at its parent.
   */
  locate(pointer: string, target: 'value' | 'key' = 'value'): Range {
    const { doc } = this.positions();
    if (!doc || !doc.contents) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const { isCollection, isMap, isPair, isScalar, isSeq } = yamlLib();
    let node: Node = doc.contents as Node;
    let pair: Pair | undefined;
    let complete = true;
    for (const seg of parsePointer(pointer)) {
      let next: Node | undefined;
      let nextPair: Pair | undefined;
      if (isMap(node)) {
        nextPair = this.pairs(node, isPair, isScalar).get(seg);
        if (nextPair) next = (nextPair.value as Node | null) ?? undefined;
        if (nextPair && !next) {
          // `key:` with no value: the key is the best place to point at.
          return this.spanRange(nextPair.key as Node);
        }
      } else if (isSeq(node) && /^\d+$/.test(seg)) {
        const item = node.items[Number(seg)];
        next = (item as Node | null) ?? undefined;
        nextPair = undefined;
      }
      if (!next) {
        complete = false;
        break;
      }
      node = next;
      pair = nextPair;
    }
    if (target === 'key' && complete && pair && pair.key) return this.spanRange(pair.key as Node);
    if (isCollection(node)) {
      if (pair && pair.key) return this.spanRange(pair.key as Node);
      return this.firstLine(node);
    }
    return this.spanRange(node);
  }

  /** A map's pairs by key, the first of each: built once per map, so that many findings in one large map stay linear. */
  private pairs(map: YAMLMap, isPair: (p: unknown) => p is Pair, isScalar: (n: unknown) => n is Scalar): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  private spanRange(n: Node): Range {
    const r = n.range ?? [0, 0, 0];
    return this.rangeOf(r[0], r[1]);
  }

  /** A collection spans many lines; a reader wants its first. */
  private firstLine(n: Node): Range {
    const r = n.range ?? [0, 0, 0];
    let end = this.text.indexOf('\n', r[0]);
    if (end < 0 || end > r[1]) end = r[1];
    const comment = this.text.slice(r[0], end).indexOf(' #');
    if (comment >= 0) end = r[0] + comment;
    while (end > r[0] && /\s/.test(this.text[end - 1]!)) end--;
    return this.rangeOf(r[0], end);
  }
}
