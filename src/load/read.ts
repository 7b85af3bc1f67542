import { openSync, fstatSync, readSync, closeSync } from 'node:fs';
import type { Finding } from '../model/finding.js';
import { SourceFile, type FileKind } from '../parse/source.js';
import { decodeUtf8, bytePosition } from '../parse/text.js';
import { parseYaml } from '../parse/yaml.js';
import { parseFast } from '../parse/fast.js';

/** Larger than any real registry file; a larger one is refused before it is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Reads and parses one file. A file that cannot be used gives findings and no data. */
export function readSourceFile(path: string, kind: FileKind): { source?: SourceFile; findings: Finding[] } {
  const read = readBytes(path);
  return 'finding' in read ? { findings: [read.finding] } : sourceFromBytes(path, kind, read.bytes);
}

/** The bytes of a file, or why they cannot be had: unreadable, or too large to be a registry file. */
export function readBytes(path: string): { bytes: Buffer } | { finding: Finding } {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        return { finding: fileFinding(path, 'file-too-large', 'validate.file-too-large', { size: mib(size), max: mib(MAX_FILE_BYTES) }) };
      }
      let buf = Buffer.allocUnsafe(size);
      let off = 0;
      while (off < size) {
        const n = readSync(fd, buf, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      buf = buf.subarray(0, off);
      return { bytes: buf };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { finding: fileFinding(path, 'unreadable-file', 'validate.unreadable', { code: (e as NodeJS.ErrnoException).code ?? 'EIO' }) };
  }
}

/** The text of a file read earlier, when a message needs it after all ('' if it is gone). */
export function readText(path: string): string {
  const read = readBytes(path);
  const decoded = 'bytes' in read ? decodeUtf8(read.bytes) : undefined;
  return decoded?.ok ? decoded.text : '';
}

/** Bytes to text to data: the fast path where it is certain to agree with the full parser, else the full parser. */
export function sourceFromBytes(path: string, kind: FileKind, buf: Buffer): { source?: SourceFile; findings: Finding[] } {
  const decoded = decodeUtf8(buf);
  if (!decoded.ok) {
    const pos = bytePosition(buf, decoded.offset);
    const range = { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + 1 };
    const finding = decoded.reason === 'binary'
      ? fileFinding(path, 'binary-file', 'validate.binary-file', {})
      : fileFinding(path, 'encoding', 'validate.encoding', { offset: decoded.offset });
    return { findings: [{ ...finding, range }] };
  }
  const fast = parseFast(decoded.text);
  if (fast) return { source: new SourceFile(path, kind, decoded.text, fast.data), findings: [] };
  const parsed = parseYaml(decoded.text);
  const source = new SourceFile(path, kind, decoded.text, parsed.data, parsed.doc, parsed.lineCounter);
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

export function fileFinding(path: string, rule: string, messageId: string, args: Finding['args']): Finding {
  return { rule, severity: 'error', file: path, pointer: '', range: FILE_START, messageId, args };
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
