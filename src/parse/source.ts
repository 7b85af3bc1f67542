import type { Document, LineCounter, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Range } from '../model/finding.js';
import { parsePointer } from '../util/pointer.js';
import { composeYaml, yamlLib } from './yaml.js';
import { parseFast } from './fast.js';
import { plainReader, type PlainPath } from './plain-locate.js';
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
    private value: unknown,
    private doc?: Document.Parsed,
    private lineCounter?: LineCounter,
  ) {
    if (typeof source === 'function') this.reread = source;
  }

  /** The file's data (undefined when it could not be parsed). */
  get data(): unknown {
    if (this.load) {
      this.value = this.load();
      this.load = undefined;
    }
    return this.value;
  }

  /** How the data of a file from the cache is had when it is first asked for (`lazy`). */
  private load: (() => unknown) | undefined;

  /**
   * A file unchanged since the cache had it valid, whose data is read from the cache only when something asks for
   * it: `validate` checks what looks across files from the cache's summary of each (its id and references), and
   * most files' data is never needed. `id` is what its data says at `/id` (an activity's id).
   */
  static lazy(path: string, kind: FileKind, source: () => string, load: () => unknown, id: unknown): SourceFile {
    const file = new SourceFile(path, kind, source, undefined);
    file.load = load;
    file.lazyId = id;
    return file;
  }

  /** The id of a `lazy` file, given without its data; undefined for any other file. */
  lazyId: unknown;

  /** Whether the data is still only in the cache (`lazy`). */
  get isLazy(): boolean {
    return this.load !== undefined;
  }

  /** Whether the file has data: a `lazy` file has, without reading it. */
  get hasData(): boolean {
    return this.load !== undefined || this.value !== undefined;
  }

  /** How the text is had again once let go (the file's bytes, kept): set by `textFrom`, or the function the file was made with. */
  private reread: (() => string) | undefined;

  /**
   * A file the fast path read (src/parse/fast.ts): its positions are read from its text
   * (plain-locate.ts), with no document. Without this mark (a file from the cache), `locate` asks
   * the fast path first.
   */
  static plain(path: string, kind: FileKind, source: string | (() => string), data: unknown): SourceFile {
    const file = new SourceFile(path, kind, source, data);
    file.readPlain = true;
    return file;
  }

  /** Whether the fast path reads this text: undefined until known. */
  private readPlain: boolean | undefined;

  /** Whether the fast path read this file (false: not known, or not). */
  get plainRead(): boolean {
    return this.readPlain === true;
  }

  /** Start of each line, for a file located without a document. */
  private lineStarts: number[] | undefined;

  /** What locating read of the text so far (plain-locate.ts), kept with the text. */
  private reader: ((segments: readonly string[]) => PlainPath | undefined) | undefined;

  get text(): string {
    if (typeof this.source !== 'string') this.source = this.source();
    return this.source;
  }

  /**
   * Where the text comes from once it is let go: `read` gives it again, from the file's bytes (kept
   * off the heap, one byte a character, and the very bytes the file came with: `ropa diff` reads
   * revisions from git, not from disk). The text itself stays until `releaseText`.
   */
  textFrom(read: () => string): void {
    this.reread = read;
  }

  /**
   * Forgets the text and the line table made from it, to be had again if a finding or a message
   * needs it after all: from `textFrom`'s bytes where they are kept, else by `read` (from disk);
   * with neither, the text is kept. Once a file is checked, and once its findings are placed, the
   * data is all a command needs (at 10,000 activities the texts are about 50 MB of memory,
   * two bytes a character where a file has one character beyond Latin-1).
   */
  releaseText(read?: (path: string) => string): void {
    const again = this.reread ?? (read ? () => read(this.path) : undefined);
    if (!again) return;
    this.source = again;
    this.lineStarts = undefined;
    this.reader = undefined;
  }

  private positions(): { doc: Document.Parsed | undefined; lineCounter: LineCounter } {
    if (!this.lineCounter) {
      const composed = composeYaml(this.text);
      this.doc = composed.documents[0];
      this.lineCounter = composed.lineCounter;
    }
    return { doc: this.doc, lineCounter: this.lineCounter };
  }

  /** Line and column of an offset, as the `yaml` library's LineCounter gives them. */
  private linePos(offset: number): { line: number; col: number } {
    if (this.lineCounter || !this.isPlain()) return this.positions().lineCounter.linePos(offset);
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }

  /** Positions can come from the text alone: the fast path reads it, and it is not large. */
  private isPlain(): boolean {
    if (this.doc || this.text.length > PLAIN_MAX_CHARS) return false;
    this.readPlain ??= parseFast(this.text) !== undefined;
    return this.readPlain;
  }

  /** The text a one-line range covers, as written (undefined for a range over several lines, or past the text). */
  textAt(range: Range): string | undefined {
    if (range.line !== range.endLine) return undefined;
    const start = (this.lineStarts ??= lineStarts(this.text))[range.line - 1];
    return start === undefined ? undefined : this.text.slice(start + range.column - 1, start + range.endColumn - 1);
  }

  /** Range of a character span. */
  rangeOf(start: number, end: number): Range {
    if (!this.lineCounter && this.isPlain()) {
      // The line table of a plain file: no position objects on the way (70,000 findings at 10,000 activities).
      const starts = (this.lineStarts ??= lineStarts(this.text));
      const line = lineAt(starts, start);
      const column = start - starts[line - 1]! + 1;
      const stop = Math.max(end, start);
      const endLine = lineAt(starts, stop);
      const endColumn = stop - starts[endLine - 1]! + 1;
      return { line, column, endLine, endColumn: endColumn === column && endLine === line ? column + 1 : endColumn };
    }
    const a = this.linePos(start);
    const stop = Math.max(end, start);
    const b = this.linePos(stop);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col === a.col && b.line === a.line ? a.col + 1 : b.col };
  }

  /**
   * Range of the node at `pointer`. `key` asks for the key of the property instead of its value.
   * A pointer that does not exist resolves to its nearest existing ancestor, so a missing property points at its parent.
   */
  locate(pointer: string, target: 'value' | 'key' = 'value'): Range {
    if (!this.doc && this.isPlain()) {
      const path = (this.reader ??= plainReader(this.text))(segmentsOf(pointer));
      if (path) {
        const { node, key, complete } = path;
        if (key && ((target === 'key' && complete) || node.collection)) return this.rangeOf(key.start, key.end);
        return node.collection ? this.firstLine([node.start, node.end]) : this.rangeOf(node.start, node.end);
      }
    }
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
      return this.firstLine(node.range ?? [0, 0, 0]);
    }
    return this.spanRange(node);
  }

  /** A map's pairs by key, the first of each: built once per map, so that many findings in one large map stay linear. */
  private pairs(map: YAMLMap, isPair: (p: unknown) => p is Pair, isScalar: (n: unknown) => n is Scalar): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isPair(p) || (p.key !== null && !isScalar(p.key))) continue;
        // The key as the data has it: `~:` and `:` are "" there, as the library turns a null key into a property name.
        const key = p.key === null || p.key.value === null ? '' : String(p.key.value);
        if (!index.has(key)) index.set(key, p);
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
  private firstLine(r: readonly [number, number, ...number[]]): Range {
    const text = this.text;
    let end = text.indexOf('\n', r[0]);
    if (end < 0 || end > r[1]) end = r[1];
    // The first « #» within the line (its start up to `end`), found without cutting the line out.
    for (let i = r[0]; i + 1 < end; i++) {
      if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x23) {
        end = i;
        break;
      }
    }
    while (end > r[0] && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    return this.rangeOf(r[0], end);
  }
}

/**
 * Above this size a file is located through its composed document: the text is read again for
 * each pointer, which is cheaper than a document for a file of a few kilobytes, not for a large one.
 */
const PLAIN_MAX_CHARS = 64 * 1024;

/** The line (1-based) that `offset` is on, by the line table: the last line that starts at or before it. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What `/\s/` matches, by character code: ASCII answered without the pattern. */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * A pointer's segments, each pointer parsed once per run: findings of the same field in many files share their pointer
 * (`/purposes/0/legalBasis` in each activity). The arrays are only read. Bounded, for a run that places millions.
 */
function segmentsOf(pointer: string): readonly string[] {
  let segments = SEGMENTS.get(pointer);
  if (segments === undefined) {
    if (SEGMENTS.size >= 50_000) SEGMENTS.clear();
    segments = parsePointer(pointer);
    SEGMENTS.set(pointer, segments);
  }
  return segments;
}
const SEGMENTS = new Map<string, readonly string[]>();

/** Offsets where lines start: 0 and after each line feed, as the `yaml` library counts them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
