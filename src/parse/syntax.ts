import type { MessageArgs } from '../model/finding.js';

/**
 * What a YAML syntax error most likely is, said as what to write. The parser's own words
 * ("Nested mappings are not allowed in compact mappings") name its state, not the mistake, and
 * often point at the line before it. The usual mistakes of people writing a registry by hand are
 * recognised from the lines around the error: a colon inside a text, a key or list item indented
 * unlike its neighbours, a missing space after a colon, an unclosed quote, text after a quote.
 */
export interface SyntaxDiagnosis {
  messageId: string;
  args: MessageArgs;
  start: number;
  end: number;
}

interface Line {
  /** 1-based. */
  n: number;
  offset: number;
  text: string;
}

/** `key: rest` (or `- key: rest`): the key, where it starts and what follows the colon. */
interface KeyLine {
  key: string;
  column: number;
  rest: string;
  restColumn: number;
}

const KEY = /^(\s*(?:-\s+)*)([^\s#'"\-?:{[!&*|>%@`][^#]*?|"[^"\n]*"|'[^'\n]*'):(?=\s|$)[ \t]*(.*)$/;

function keyLine(text: string): KeyLine | undefined {
  const m = KEY.exec(text);
  if (!m) return undefined;
  const key = m[2]!.trimEnd();
  // `Byggesak: behandling: x` reads as key `Byggesak`; a key never holds ': '.
  if (key.includes(': ')) return undefined;
  const rest = m[3]!.replace(/\s+#.*$/, '').trimEnd();
  return { key, column: m[1]!.length, rest, restColumn: text.length - m[3]!.length };
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    out.push({ n: i + 1, offset, text: raw.replace(/\r$/, '') });
    offset += raw.length + 1;
  });
  return out;
}

const blank = (l: Line): boolean => /^\s*(#.*)?$/.test(l.text);
const indentOf = (s: string): number => s.length - s.trimStart().length;

/** A plain (unquoted) value that cannot hold children of its own. */
function hasValue(k: KeyLine): boolean {
  return k.rest !== '' && !/^[|>&!]/.test(k.rest);
}

/** Quotes a text for YAML so that it reads back as written. */
function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

export function diagnoseSyntax(text: string, code: string, message: string, start: number, end: number): SyntaxDiagnosis {
  const lines = splitLines(text);
  const at = Math.max(
    0,
    lines.findIndex((l, i) => start >= l.offset && (i === lines.length - 1 || start < lines[i + 1]!.offset)),
  );
  const point = (line: Line, column: number, length: number): { start: number; end: number } => ({
    start: line.offset + column,
    end: line.offset + column + Math.max(1, length),
  });

  if (code === 'TAB_AS_INDENT') return { messageId: 'validate.tab-indent', args: {}, start, end };

  // U+2028, U+2029 or NEL, which an editor may show as a new line and YAML reads as a character of this one:
  // the parser then stops on that line, the one before or the next, with words about its state.
  for (const i of [at, nextContent(lines, at), previousContent(lines, at)]) {
    const l = i === undefined ? undefined : lines[i];
    const m = l ? /[\u2028\u2029\u0085]/.exec(l.text) : null;
    if (l && m) {
      const hex = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return { messageId: 'validate.syntax.unusual-break', args: { code: hex }, ...point(l, m.index, 1) };
    }
  }

  if (code === 'MISSING_CHAR' && /closing ["']?quote/i.test(message)) {
    const q = /closing (["'])/.exec(message)?.[1] ?? '"';
    for (const line of lines.slice(0, at + 1)) {
      const k = keyLine(line.text);
      const valueAt = k ? k.restColumn : /^\s*-\s+/.exec(line.text)?.[0].length;
      if (valueAt === undefined || line.text[valueAt] !== q) continue;
      const after = line.text.slice(valueAt + 1);
      const closed = q === '"' ? /(^|[^\\])"/.test(after) : /(^|[^'])'(?!')/.test(after.replace(/''/g, ''));
      if (!closed)
        return {
          messageId: 'validate.syntax.unclosed-quote',
          args: { quote: q, fixed: `${line.text.trim().replace(/\s+#.*$/, '')}${q}` },
          ...point(line, valueAt, 1),
        };
    }
  }

  // `[a, b` or `{nb: x` never closed: the parser notices only where the next key starts.
  const bracket = /end with an? ([\]}])/.exec(message)?.[1];
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    for (let j = Math.min(at, lines.length - 1); j >= 0; j--) {
      const l = lines[j]!;
      const k = keyLine(l.text);
      const valueAt = k ? k.restColumn : /^\s*-\s+/.exec(l.text)?.[0].length;
      if (valueAt !== undefined && l.text[valueAt] === open && !l.text.includes(bracket, valueAt)) {
        return { messageId: 'validate.syntax.unclosed-bracket', args: { open, close: bracket }, ...point(l, valueAt, 1) };
      }
    }
  }

  const line = lines[at];
  if (line) {
    const k = keyLine(line.text);
    // A colon followed by a space inside a plain text starts a mapping the parser cannot place.
    if (k && k.rest !== '' && !/^["'[{|>&*!]/.test(k.rest) && /:(\s|$)/.test(k.rest)) {
      return { messageId: 'validate.syntax.colon-in-text', args: { fixed: `${k.key}: ${quoted(k.rest)}` }, ...point(line, k.restColumn, k.rest.length) };
    }
    // `"Byggesak" behandling`: text after the closing quote.
    if ((k && /^"(?:[^"\\]|\\.)*"\s*[^\s#]/.test(k.rest)) || (k && /^'(?:[^']|'')*'\s*[^\s#]/.test(k.rest))) {
      return {
        messageId: 'validate.syntax.text-after-quote',
        args: { fixed: `${k.key}: '${k.rest.replace(/'/g, "''")}'` },
        ...point(line, k.restColumn, k.rest.length),
      };
    }
    // `nb:Byggesak`: without a space the colon is part of the text.
    const glued = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):(?![/\s])(\S.*)$/.exec(line.text);
    if (!k && glued) {
      return {
        messageId: 'validate.syntax.missing-space',
        args: { fixed: `${glued[2]}: ${glued[3]!.trimEnd()}` },
        ...point(line, glued[1]!.length + glued[2]!.length, 1),
      };
    }
  }

  // A key or a list item indented unlike its neighbour: the parser often stops on the line before.
  const candidates = [at, nextContent(lines, at)].filter((i): i is number => i !== undefined);
  for (const i of candidates) {
    const c = lines[i]!;
    const prev = previousContent(lines, i);
    if (prev === undefined) continue;
    const p = lines[prev]!;
    const ck = keyLine(c.text);
    const pk = keyLine(p.text);
    const item = /^(\s*)-(\s+)(.*)$/.exec(c.text);
    if (item && /sequence/i.test(message)) {
      const dash = item[1]!.length;
      for (let j = i - 1; j >= 0; j--) {
        const s = /^(\s*)-\s+(.*)$/.exec(lines[j]!.text);
        if (blank(lines[j]!)) continue;
        if (indentOf(lines[j]!.text) < dash && !s) break;
        if (s && s[1]!.length !== dash) {
          return {
            messageId: 'validate.syntax.list-item-indent',
            args: { item: item[3]!.trim(), sibling: s[2]!.trim(), line: lines[j]!.n },
            ...point(c, dash, 1),
          };
        }
      }
      return { messageId: 'validate.syntax.list-indent', args: { item: item[3]!.trim() }, ...point(c, dash, 1) };
    }
    if (ck && pk && ck.column !== pk.column && (hasValue(pk) || ck.column < pk.column) && !isAncestorColumn(lines, prev, ck.column)) {
      return { messageId: 'validate.syntax.key-indent', args: { key: ck.key, sibling: pk.key, line: p.n }, ...point(c, ck.column, ck.key.length) };
    }
  }
  return { messageId: 'validate.yaml-syntax', args: { code }, start, end };
}

function nextContent(lines: Line[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!blank(lines[j]!)) return j;
  return undefined;
}

function previousContent(lines: Line[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (!blank(lines[j]!)) return j;
  return undefined;
}

/** Whether a key at `column` lines up with a key that encloses line `from`: then it closes that mapping, rightly. */
function isAncestorColumn(lines: Line[], from: number, column: number): boolean {
  let limit = Infinity;
  for (let j = from; j >= 0; j--) {
    if (blank(lines[j]!)) continue;
    const k = keyLine(lines[j]!.text);
    const col = k ? k.column : indentOf(lines[j]!.text);
    if (col >= limit) continue;
    limit = col;
    if (k && col === column) return true;
    if (col < column) return false;
  }
  return false;
}
