/**
 * Where a JSON pointer is in a plain YAML text, without parsing it: the positions the `yaml`
 * library's composed document would give, found by reading indentation line by line.
 *
 * Only for a text the fast path (fast.ts) read: block maps and sequences, plain, single-line quoted
 * and block scalars, flow collections on one line; no anchors, tags, tabs, directives or explicit
 * keys. Anything else, or anything unexpected, gives `undefined`, and the caller composes the
 * document instead. test/property/plain-locate.test.ts holds this to the composed document on
 * random edits of real files: same node, same key, same character spans.
 *
 * A locate costs one pass over the lines before the node; with `plainReader`, what one locate read
 * of a map serves the next, and only that is kept (a document per file costs about a kilobyte per value).
 */

/** A node as `SourceFile.locate` needs it: its span, and whether it is a collection. */
export interface PlainNode {
  start: number;
  /** For a scalar, the end of its value; for a collection, where its first line's span may end. */
  end: number;
  collection: boolean;
}

export interface PlainPath {
  /** The node at the pointer, or at its nearest existing ancestor. */
  node: PlainNode;
  /** The key of the pair the last step went through (none after a sequence index or at the root). */
  key?: { start: number; end: number };
  /** Whether every segment was found. */
  complete: boolean;
}

const NL = 10;
const CR = 13;
const SP = 32;
const HASH = 35;

/** Thrown (and caught below) when the text is not what this reader understands. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

type Node =
  | { kind: 'map'; start: number; col: number }
  | { kind: 'seq'; start: number; col: number }
  | { kind: 'flow'; start: number; end: number }
  | { kind: 'scalar'; start: number; end: number };

/** The path to `segments` in `text`, or undefined when the composed document must answer. */
export function plainPath(text: string, segments: readonly string[]): PlainPath | undefined {
  return plainReader(text)(segments);
}

/**
 * `plainPath` for many pointers into one text: what a walk learnt of the text's maps (where each
 * key is, and how far the map has been read) serves the next walk, so that a file with many
 * findings is read about once, not once per finding. The answers are `plainPath`'s.
 */
export function plainReader(text: string): (segments: readonly string[]) => PlainPath | undefined {
  const reader = new Reader(text);
  return (segments) => {
    try {
      return reader.path(segments);
    } catch (e) {
      if (e instanceof Unsure) return undefined;
      throw e;
    }
  };
}

/** A key of a block map, as far as it has been read: its start, end and colon, and its value once asked for. */
interface KeyAt {
  start: number;
  end: number;
  colon: number;
  value?: Node;
}

/** A block map as far as it has been read: its keys (the first of each name), and where reading goes on (-1: at its end). */
interface MapRead {
  keys: Map<string, KeyAt>;
  /** The start of the next key to read, or (when `afterColon`) the colon after which to look for it. */
  next: number;
  afterColon: boolean;
}

class Reader {
  constructor(private readonly t: string) {}

  /** The maps read so far, by their start. */
  private readonly maps = new Map<number, MapRead>();

  /** The block sequences read so far, by their start: where each item's dash is, as far as read, and whether the last was reached. */
  private readonly seqs = new Map<number, { dashes: number[]; ended: boolean }>();

  /** The root node, once read. */
  private root: Node | undefined;

  path(segments: readonly string[]): PlainPath {
    if (!this.root) {
      const first = this.content(0);
      if (first < 0) return unsure();
      this.root = this.node(first, -1, false);
    }
    let node = this.root;
    let key: { start: number; end: number } | undefined;
    let complete = true;
    for (const seg of segments) {
      let next: { node: Node; key?: { start: number; end: number } } | undefined;
      if (node.kind === 'map') next = this.inMap(node, seg);
      else if (node.kind === 'seq' && /^\d+$/.test(seg)) {
        const item = this.inSeq(node, Number(seg));
        if (item) next = { node: item };
      } else if (node.kind === 'flow' && this.t.charCodeAt(node.start) === 0x5b /* [ */ && /^\d+$/.test(seg)) {
        const item = this.inFlowSeq(node, Number(seg));
        if (item) next = { node: item };
      } else if (node.kind === 'flow') unsure(); // a flow map: the composed document knows
      if (!next) {
        complete = false;
        break;
      }
      node = next.node;
      key = next.key;
    }
    const collection = node.kind !== 'scalar';
    // A block collection's first line ends at its line break; a flow collection at its closing bracket.
    const end = node.kind === 'map' || node.kind === 'seq' ? this.t.length : node.end;
    return { node: { start: node.start, end, collection }, ...(key ? { key } : {}), complete };
  }

  /**
   * The first line from `lineStart` on with content (not blank, not only a comment): its first character (-1: none). The
   * line's start is left in `contentLine` (no object made per line: a file's lines are read once per finding's walk).
   */
  private content(lineStart: number): number {
    const t = this.t;
    let ls = lineStart;
    while (ls < t.length) {
      let p = ls;
      while (t.charCodeAt(p) === SP) p++;
      const c = t.charCodeAt(p);
      if (p < t.length && c !== NL && c !== CR && c !== HASH) {
        this.contentLine = ls;
        return p;
      }
      const nl = t.indexOf('\n', p);
      if (nl < 0) return -1;
      ls = nl + 1;
    }
    return -1;
  }

  /** The start of the line `content` found last. */
  private contentLine = 0;

  /** Start of the line after the one `i` is on (t.length at the end). */
  private nextLine(i: number): number {
    const nl = this.t.indexOf('\n', i);
    return nl < 0 ? this.t.length : nl + 1;
  }

  /** The line's end: its line break (CR LF or LF), or the end of the text. */
  private lineEnd(i: number): number {
    let e = this.t.indexOf('\n', i);
    if (e < 0) e = this.t.length;
    if (e > i && this.t.charCodeAt(e - 1) === CR) e--;
    return e;
  }

  private column(pos: number): number {
    return pos - (this.t.lastIndexOf('\n', pos - 1) + 1);
  }

  /** Whether `pos` ends a line's content: its end, or a comment after white space. */
  private restIsEmpty(pos: number): boolean {
    const t = this.t;
    let p = pos;
    while (t.charCodeAt(p) === SP) p++;
    if (p >= this.lineEnd(pos)) return true;
    return t.charCodeAt(p) === HASH && (p === pos ? p === 0 || isSpace(t.charCodeAt(p - 1)) : true);
  }

  /**
   * The node whose content starts at `pos`. `parent` is the column of the key or dash it belongs
   * to (-1 at the root); `afterKey` says it follows `key:` on the same line, where no block
   * collection may start.
   */
  private node(pos: number, parent: number, afterKey: boolean): Node {
    const t = this.t;
    const c = t.charCodeAt(pos);
    if (c === 0x2d /* - */ && isSpace(t.charCodeAt(pos + 1))) {
      if (afterKey || !isBlank(t.charCodeAt(pos + 1)) || this.restIsEmpty(pos + 1)) return unsure();
      return { kind: 'seq', start: pos, col: this.column(pos) };
    }
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return this.blockScalar(pos, parent);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = this.quoteEnd(pos);
      if (this.keyColon(close + 1) >= 0) return afterKey ? unsure() : { kind: 'map', start: pos, col: this.column(pos) };
      if (!this.restIsEmpty(close + 1)) return unsure();
      return { kind: 'scalar', start: pos, end: close + 1 };
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      const close = this.flowEnd(pos);
      if (!this.restIsEmpty(close + 1)) return unsure();
      return { kind: 'flow', start: pos, end: close + 1 };
    }
    // Indicators that the fast path sends elsewhere, or that no valid file starts a node with.
    if ('&*!?%@`,]}#'.includes(t[pos]!)) return unsure();
    const line = this.plainLine(pos);
    if (line.colon >= 0) return afterKey ? unsure() : { kind: 'map', start: pos, col: this.column(pos) };
    return { kind: 'scalar', start: pos, end: this.plainEnd(line, parent) };
  }

  /**
   * A plain scalar's first line from `pos`: the end of its text (before a comment and trailing
   * spaces), whether a comment ends it, and the colon that makes it a key (-1 if none).
   */
  private plainLine(pos: number): { end: number; comment: boolean; colon: number } {
    const t = this.t;
    const stop = this.lineEnd(pos);
    let end = pos;
    for (let i = pos; i < stop; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x3a /* : */ && (i + 1 >= stop || isBlank(t.charCodeAt(i + 1)))) return { end, comment: false, colon: i };
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) return { end, comment: true, colon: -1 };
      } else end = i + 1;
    }
    return { end, comment: false, colon: -1 };
  }

  /**
   * The end of a plain scalar that may go on over more lines: each more indented than `parent`,
   * until a comment, a blank end, or a line that is not indented enough (the lexer's rule).
   */
  private plainEnd(first: { end: number; comment: boolean }, parent: number): number {
    let end = first.end;
    if (first.comment) return end;
    let ls = this.nextLine(first.end);
    for (;;) {
      const next = this.content(ls);
      if (next < 0) return end;
      const nextLine = this.contentLine;
      // A blank line continues the scalar; a comment line, or one indented too little, ends it.
      if (next - nextLine <= parent || this.commentBetween(ls, nextLine)) return end;
      const line = this.plainLine(next);
      if (line.colon >= 0) return unsure(); // not valid YAML: the full parser says why
      end = line.end;
      if (line.comment) return end;
      ls = this.nextLine(line.end);
    }
  }

  /** Whether a line between `from` and `to` (line starts) is only a comment. */
  private commentBetween(from: number, to: number): boolean {
    const t = this.t;
    for (let ls = from; ls < to; ls = this.nextLine(ls)) {
      let p = ls;
      while (t.charCodeAt(p) === SP) p++;
      if (t.charCodeAt(p) === HASH) return true;
    }
    return false;
  }

  /** The closing quote of a single-line quoted scalar opened at `pos`. */
  private quoteEnd(pos: number): number {
    const t = this.t;
    const q = t.charCodeAt(pos);
    const stop = this.lineEnd(pos);
    for (let j = pos + 1; j < stop; j++) {
      const c = t.charCodeAt(j);
      if (q === 0x22 && c === 0x5c /* \ */) j++;
      else if (c === q) {
        if (q === 0x27 && t.charCodeAt(j + 1) === 0x27) j++;
        else return j;
      }
    }
    return unsure();
  }

  /** After a quoted key: the colon that follows it (spaces allowed), or -1. */
  private keyColon(pos: number): number {
    const t = this.t;
    let p = pos;
    while (t.charCodeAt(p) === SP) p++;
    if (t.charCodeAt(p) !== 0x3a) return -1;
    const n = t.charCodeAt(p + 1);
    return Number.isNaN(n) || isBlank(n) ? p : -1;
  }

  /** The bracket that closes the flow collection opened at `pos`, on the same line. */
  private flowEnd(pos: number): number {
    const t = this.t;
    const stop = this.lineEnd(pos);
    let depth = 0;
    for (let i = pos; i < stop; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x5b || c === 0x7b) depth++;
      else if (c === 0x5d || c === 0x7d) {
        if (--depth === 0) return i;
      } else if (c === 0x22 || c === 0x27) i = this.quoteEnd(i);
      else if (c === HASH) return unsure();
    }
    return unsure();
  }

  /** A block scalar (`|`, `>`, with `-` or `+`): the lexer's own rule for where it ends. */
  private blockScalar(start: number, parent: number): Node {
    const t = this.t;
    let p = start + 1;
    let keep = false;
    const chomp = t.charCodeAt(p);
    if (chomp === 0x2d || chomp === 0x2b) {
      keep = chomp === 0x2b;
      p++;
    }
    if (!this.restIsEmpty(p) || (t.charCodeAt(p) !== SP && p < this.lineEnd(p))) return unsure();
    const pos = this.nextLine(p);
    const indentNext = parent + 1;
    if (indentNext < 1) return unsure();
    // The first line with something else than spaces: its indentation sets the scalar's.
    let nl = pos - 1;
    let indent = 0;
    let i = pos;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === SP) indent++;
      else if (c === NL) {
        nl = i;
        indent = 0;
      } else if (c === CR && t.charCodeAt(i + 1) === NL) continue;
      else break;
    }
    if (indent >= indentNext) {
      const more = indent;
      for (;;) {
        const cs = continues(t, nl + 1, more);
        if (cs === -1) break;
        nl = t.indexOf('\n', cs);
        if (nl === -1) {
          nl = t.length;
          break;
        }
      }
    }
    if (!keep) {
      // Trailing lines of spaces, no more indented than the content, are not part of it.
      for (;;) {
        let j = nl - 1;
        let c = t.charCodeAt(j);
        if (c === CR) c = t.charCodeAt(--j);
        const lastChar = j;
        while (c === SP) c = t.charCodeAt(--j);
        if (c === NL && j >= pos && j + 1 + indent > lastChar) nl = j;
        else break;
      }
    }
    return { kind: 'scalar', start, end: Math.min(nl + 1, t.length) };
  }

  /** The pair with key `seg` in a block map, and its value. */
  private inMap(map: { start: number; col: number }, seg: string): { node: Node; key: { start: number; end: number } } | undefined {
    const t = this.t;
    let read = this.maps.get(map.start);
    if (!read) this.maps.set(map.start, (read = { keys: new Map(), next: map.start, afterColon: false }));
    let found = read.keys.get(seg);
    while (!found && read.next >= 0) {
      if (read.afterColon) {
        read.next = this.nextKey(read.next, map.col);
        read.afterColon = false;
        continue;
      }
      const pos = read.next;
      const k = this.key(pos);
      const at: KeyAt = { start: pos, end: k.end, colon: k.colon };
      if (!read.keys.has(k.name)) read.keys.set(k.name, at);
      read.next = k.colon;
      read.afterColon = true;
      if (k.name === seg) found = at;
    }
    if (!found) return undefined;
    if (!found.value) {
      let v = found.colon + 1;
      while (t.charCodeAt(v) === SP) v++;
      found.value = this.value(v, map.col);
    }
    return { node: found.value, key: { start: found.start, end: found.end } };
  }

  /** The next key at this indentation after the colon at `colon` (-1: none); deeper lines, and a sequence at the same one, are the value. */
  private nextKey(colon: number, col: number): number {
    let p = this.nextAtColumn(colon, col);
    while (p >= 0 && this.isDash(p)) p = this.nextAtColumn(p, col);
    return p;
  }

  /** The first content after the line of `from` that starts at column `col` (-1: none, or the block ends first: a line less indented). */
  private nextAtColumn(from: number, col: number): number {
    let ls = this.nextLine(from);
    for (;;) {
      const next = this.content(ls);
      if (next < 0) return -1;
      const indent = next - this.contentLine;
      if (indent < col) return -1;
      if (indent === col) return next;
      ls = this.nextLine(next);
    }
  }

  /** A sequence item's dash at `pos`: «-» and a space. */
  private isDash(pos: number): boolean {
    return this.t.charCodeAt(pos) === 0x2d && isSpace(this.t.charCodeAt(pos + 1));
  }

  /** A map's key at `pos`: its name as a pointer segment names it, its end and its colon. */
  private key(pos: number): { name: string; end: number; colon: number } {
    const t = this.t;
    const c = t.charCodeAt(pos);
    if (c === 0x22 || c === 0x27) {
      const close = this.quoteEnd(pos);
      const colon = this.keyColon(close + 1);
      if (colon < 0) return unsure();
      const body = t.slice(pos + 1, close);
      if (c === 0x22 && body.includes('\\')) return unsure();
      return { name: c === 0x27 ? body.replaceAll("''", "'") : body, end: close + 1, colon };
    }
    if ('-&*!?%@`,[]{}#|>'.includes(t[pos]!)) return unsure();
    const line = this.plainLine(pos);
    if (line.colon < 0) return unsure();
    const name = t.slice(pos, line.end);
    // A key that the core schema reads as a number, a boolean or null is named otherwise: let the document say.
    if (coreScalarKey(name) || name.includes(' #')) return unsure();
    return { name, end: line.end, colon: line.colon };
  }

  /** The value after `key:` (from `pos`, past the spaces): on the same line, on the lines below, or empty. */
  private value(pos: number, col: number): Node {
    const t = this.t;
    if (!this.restIsEmpty(pos)) return this.node(pos, col, true);
    const next = this.content(this.nextLine(pos));
    if (next >= 0) {
      const indent = next - this.contentLine;
      if (indent > col || (indent === col && this.isDash(next))) {
        const c = t.charCodeAt(next);
        // A block scalar's or a quoted scalar's header alone on its line: rare, and the lexer's rules differ.
        if (c === 0x7c || c === 0x3e) return unsure();
        return this.node(next, col, false);
      }
    }
    // `key:` with nothing: an empty scalar after the colon and the spaces that follow it.
    return { kind: 'scalar', start: pos, end: pos };
  }

  /** Item `n` of a block sequence. What one walk read of the sequence (where its items are) serves the next. */
  private inSeq(seq: { start: number; col: number }, n: number): Node | undefined {
    let read = this.seqs.get(seq.start);
    if (!read) this.seqs.set(seq.start, (read = { dashes: [seq.start], ended: false }));
    while (read.dashes.length <= n) {
      if (read.ended) return undefined;
      const next = this.nextDash(this.itemStart(read.dashes[read.dashes.length - 1]!), seq.col);
      if (next < 0) {
        read.ended = true;
        return undefined;
      }
      read.dashes.push(next);
    }
    return this.node(this.itemStart(read.dashes[n]!), seq.col, false);
  }

  /** Where the item after the dash at `dash` starts, on the dash's line. */
  private itemStart(dash: number): number {
    let v = dash + 1;
    while (this.t.charCodeAt(v) === SP) v++;
    if (this.restIsEmpty(v)) return unsure(); // an item on the lines below: the fast path sends these on
    return v;
  }

  /** The dash of the next item of a sequence at column `col`, after the item whose content starts at `v` (-1: none). */
  private nextDash(v: number, col: number): number {
    const p = this.nextAtColumn(v, col);
    return p >= 0 && this.isDash(p) ? p : -1;
  }

  /** Item `n` of a flow sequence on one line, when it is a scalar. */
  private inFlowSeq(flow: { start: number; end: number }, n: number): Node | undefined {
    const t = this.t;
    const close = flow.end - 1;
    let p = flow.start + 1;
    for (let i = 0; ; i++) {
      while (t.charCodeAt(p) === SP) p++;
      if (p >= close) return undefined;
      const c = t.charCodeAt(p);
      let end: number;
      if (c === 0x22 || c === 0x27) end = this.quoteEnd(p) + 1;
      else {
        if (',[]{}#&*!?|>@`%'.includes(t[p]!)) return unsure();
        end = p;
        let q = p;
        for (; q < close; q++) {
          const d = t.charCodeAt(q);
          if (d === 0x2c || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d) break;
          if (d === 0x3a /* : */) return unsure(); // a pair in a sequence, or a colon the parsers read with care
          if (d !== SP) end = q + 1;
        }
      }
      let after = end;
      while (t.charCodeAt(after) === SP) after++;
      const sep = t.charCodeAt(after);
      if (after !== close && sep !== 0x2c) return unsure();
      if (i === n) return { kind: 'scalar', start: p, end };
      if (after === close) return undefined;
      p = after + 1;
    }
  }
}

/**
 * The lexer's `continueScalar` inside a block scalar: the position of the line's first character
 * if the line at `offset` goes on with the scalar (empty, or indented at least `indent`), else -1.
 */
function continues(t: string, offset: number, indent: number): number {
  let i = 0;
  let c = t.charCodeAt(offset);
  while (c === SP) c = t.charCodeAt(offset + ++i);
  if (c === CR && t.charCodeAt(offset + i + 1) === NL) return offset + i + 1;
  return c === NL || i >= indent ? offset + i : -1;
}

/**
 * A key the core schema may read as a number, a boolean or null: one that starts like a number, `.` or `~`, or one of the
 * six words (`/^[-+.0-9~]|^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/`, tested by its first character and length
 * before the pattern: each key of each map a finding's walk reads).
 */
function coreScalarKey(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c === 0x2d || c === 0x2b || c === 0x2e || c === 0x7e || (c >= 0x30 && c <= 0x39)) return true;
  return (name.length === 4 || name.length === 5) && CORE_WORD.test(name);
}
const CORE_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** Space or line break: what may follow `-` or `:` as an indicator. */
function isBlank(c: number): boolean {
  return c === SP || c === NL || c === CR;
}

function isSpace(c: number): boolean {
  return c === SP || c === NL || c === CR || Number.isNaN(c);
}
