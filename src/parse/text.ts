import { isUtf8 } from 'node:buffer';
import { yamlLib } from './yaml.js';

export type DecodeResult =
  { ok: true; text: string } | { ok: false; reason: 'binary' | 'encoding'; offset: number } | { ok: false; reason: 'wide'; offset: number; encoding: string };

/**
 * Bytes to text, refusing binary (a NUL byte) and anything that is not UTF-8. A BOM is dropped. UTF-16
 * and UTF-32 (Windows Notepad's «Unicode») are named as such: they hold NUL bytes, but are text saved
 * in the wrong encoding, not binary.
 */
export function decodeUtf8(buf: Buffer): DecodeResult {
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const encoding = wideEncoding(buf);
    return encoding ? { ok: false, reason: 'wide', offset: 0, encoding } : { ok: false, reason: 'binary', offset: nul };
  }
  if (!isUtf8(buf)) return { ok: false, reason: 'encoding', offset: firstInvalidUtf8(buf) };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** UTF-16 or UTF-32, by its byte order mark or by the NUL bytes of a first ASCII character: its name, else undefined. */
function wideEncoding(b: Buffer): string | undefined {
  const at = (...bytes: number[]): boolean => b.length >= bytes.length && bytes.every((v, i) => v < 0 || b[i] === v);
  if (at(0xff, 0xfe, 0, 0) || at(-1, 0, 0, 0)) return 'UTF-32LE';
  if (at(0, 0, 0xfe, 0xff) || at(0, 0, 0, -1)) return 'UTF-32BE';
  if (at(0xff, 0xfe) || (at(-1, 0, -1, 0) && b[0] !== 0 && b[2] !== 0)) return 'UTF-16LE';
  if (at(0xfe, 0xff) || (at(0, -1, 0, -1) && b[1] !== 0 && b[3] !== 0)) return 'UTF-16BE';
  return undefined;
}

/** Index of the first carriage return that no line feed follows (-1 if none): YAML ends no line there, editors do. */
export function loneCarriageReturn(text: string): number {
  const m = /\r(?!\n)/.exec(text);
  return m ? m.index : -1;
}

/** Characters some editors and web views show as a line break, which YAML does not end a line at. */
const UNUSUAL_BREAK = /[\u2028\u2029\u0085\v\f]/;

/**
 * Index of the first unusual line break inside a comment (-1 if none). There it hides what follows:
 * `# checked⟨U+2028⟩status: retired` shows a key that no YAML parser reads. In a quoted value the same
 * character is text, and stays allowed. Files without such a character are not lexed at all.
 */
export function lineBreakInComment(text: string): number {
  if (!UNUSUAL_BREAK.test(text)) return -1;
  // The `yaml` library is loaded only for such a file: every command reads files, few have one.
  const { CST, Lexer } = yamlLib();
  // The lexer's markers, which stand for no text of the file.
  const markers = new Set([CST.BOM, CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (markers.has(token)) continue;
    if (token.startsWith('#')) {
      const m = UNUSUAL_BREAK.exec(token);
      if (m) return offset + m.index;
    }
    offset += token.length;
  }
  return -1;
}

/** Byte offset of the first byte that breaks UTF-8. Only called once a file is known to be broken. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if ((b & 0xe0) === 0xc0) {
      n = 1;
      min = 0x80;
    } else if ((b & 0xf0) === 0xe0) {
      n = 2;
      min = 0x800;
    } else if ((b & 0xf8) === 0xf0) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return buf.length;
}

/** Line and column (1-based) of a byte offset, counting columns in characters. */
export function bytePosition(buf: Buffer, offset: number): { line: number; column: number } {
  const before = buf.subarray(0, offset);
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === 0x0a) {
      line++;
      lastNl = i;
    }
  }
  const column = before.subarray(lastNl + 1).toString('utf8').length + 1;
  return { line, column };
}
