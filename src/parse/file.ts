import type { Finding } from '../model/finding.js';
import { fileFinding, readBuffer, readBytes, readFileBytes } from '../load/read.js';
import type { FileKind } from '../load/discover.js';
import { SourceFile } from './source.js';
import { decodeUtf8, bytePosition, lineBreakInComment, loneCarriageReturn } from './text.js';
import { parseYaml } from './yaml.js';
import { parseFast } from './fast.js';
import { closeDirectionsIn, hasDirections } from '../util/directions.js';

/** Reads and parses one file. A file that cannot be used gives findings and no data. */
export function readSourceFile(path: string, kind: FileKind): { source?: SourceFile; findings: Finding[] } {
  const read = readBytes(path);
  return 'finding' in read ? { findings: [read.finding] } : sourceFromBytes(path, kind, read.bytes);
}

/**
 * The text of a file read earlier, when a message needs it after all ('' if it is gone, is no longer a file, is too large
 * or is no longer UTF-8). Read by the one reader (src/load/read.ts `readFileBytes`) into one buffer kept for the run, with
 * no `fstat`: the file was read and checked before, and placing a large registry's findings reads every file again (10,001
 * files at 10,000 activities: an allocation and a system call fewer each; docs/performance.md, session 43). A pipe, a
 * directory or a device gives '' (nothing read, an error, or more than a registry file may hold).
 */
export function readText(path: string): string {
  const read = readFileBytes(path, again);
  return 'bytes' in read ? textOfBytes(read.bytes) : '';
}
/** The buffer `readText` reads into: as large as the largest file read again so far (the text is a copy of it). */
const again = readBuffer();

/** The text of bytes checked earlier ('' if they are not UTF-8, which a valid file's are). */
export function textOfBytes(bytes: Uint8Array): string {
  const decoded = decodeUtf8(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return decoded.ok ? decoded.text : '';
}

/**
 * The text of bytes that `decodeUtf8` accepted before (no NUL, valid UTF-8): the same text, without
 * scanning the bytes twice more to check them again (a valid file's text is had again for placing
 * its findings: 10,000 files at 10,000 activities).
 */
export function textOfDecodedBytes(bytes: Uint8Array): string {
  const text = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes to text to data: the fast path where it is certain to agree with the full parser, else the full parser. */
export function sourceFromBytes(path: string, kind: FileKind, buf: Buffer): { source?: SourceFile; findings: Finding[] } {
  const decoded = decodeUtf8(buf);
  if (!decoded.ok) {
    const pos = bytePosition(buf, decoded.offset);
    const range = { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + 1 };
    const finding =
      decoded.reason === 'binary'
        ? fileFinding(path, 'binary-file', 'validate.binary-file', {})
        : decoded.reason === 'wide'
          ? fileFinding(path, 'encoding', 'validate.encoding-wide', { encoding: decoded.encoding })
          : fileFinding(path, 'encoding', 'validate.encoding', { offset: decoded.offset });
    return { findings: [{ ...finding, range }] };
  }
  const cr = loneCarriageReturn(decoded.text);
  const hidden = cr >= 0 ? -1 : lineBreakInComment(decoded.text);
  if (cr >= 0 || hidden >= 0) {
    const at = cr >= 0 ? cr : hidden;
    const before = decoded.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const range = { line, column, endLine: line, endColumn: column + 1 };
    const code = decoded.text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    const finding =
      cr >= 0 ? fileFinding(path, 'line-break', 'validate.line-break', {}) : fileFinding(path, 'line-break', 'validate.line-break-comment', { code });
    return { findings: [{ ...finding, range }] };
  }
  const fast = parseFast(decoded.text);
  // Once the file is checked its text is let go (`releaseText`), and had again from its bytes.
  const again = (): string => textOfDecodedBytes(buf);
  // A direction a text opens is closed where the text ends, here, once: every output prints it safely (Trojan Source).
  const closed = hasDirections(decoded.text) ? closeDirectionsIn : (data: unknown): unknown => data;
  if (fast) {
    const plain = SourceFile.plain(path, kind, decoded.text, closed(fast.data));
    plain.textFrom(again);
    return { source: plain, findings: [] };
  }
  const parsed = parseYaml(decoded.text);
  const source = new SourceFile(path, kind, decoded.text, closed(parsed.data), parsed.doc, parsed.lineCounter);
  source.textFrom(again);
  const findings: Finding[] = parsed.problems.map((p) => ({
    rule: p.rule,
    severity: 'error',
    file: path,
    pointer: '',
    range: source.rangeOf(p.start, p.end),
    messageId: p.messageId,
    args: p.args,
  }));
  return { source, findings };
}
