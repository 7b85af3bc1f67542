import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import type { Finding } from '../model/finding.js';

/** Larger than any real registry file; a larger one is refused before it is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The bytes of a file, or why they cannot be had: unreadable, or too large to be a registry file. */
export function readBytes(path: string): { bytes: Buffer } | { finding: Finding } {
  const read = readFileBytes(path);
  if ('bytes' in read) return read;
  if (read.refused === 'not-regular') return { finding: fileFinding(path, 'unreadable-file', 'validate.not-regular-file', {}) };
  if (read.refused === 'too-large')
    return { finding: fileFinding(path, 'file-too-large', 'validate.file-too-large', { size: mib(read.size), max: mib(MAX_FILE_BYTES) }) };
  return { finding: fileFinding(path, 'unreadable-file', 'validate.unreadable', { code: read.code }) };
}

/** Why `readFileBytes` gave no bytes. */
export type Unread = { refused: 'not-regular' } | { refused: 'too-large'; size: number } | { refused: 'unreadable'; code: string };

/** A buffer that many reads of `readFileBytes` reuse: as large as the largest file read into it so far (64 KiB at first). */
export interface ReadBuffer {
  bytes: Buffer;
}
export const readBuffer = (): ReadBuffer => ({ bytes: Buffer.allocUnsafeSlow(64 * 1024) });

/**
 * The one reader of a registry file's bytes: validation's first reading (`readBytes`) and placing's reading again
 * (src/parse/file.ts `readText`). Opened without waiting: a named pipe (FIFO) would block the open until something writes
 * to it. Read to its end, never past MAX_FILE_BYTES.
 * - Without `into`, the file is asked its kind and size first: only a regular file is read (a pipe, a device or a socket
 *   under a registry file's name is said to be none), one larger than MAX_FILE_BYTES is refused unread, and the bytes are
 *   a buffer of their own, as large as the file said it was.
 * - With `into`, for a file read and checked before (10,001 files again at 10,000 activities: docs/performance.md, session
 *   43): no `fstat` and no buffer of its own. The bytes are a view of `into`, good until its next read, which grows it as a
 *   file needs. A directory is unreadable (EISDIR), a pipe gives what it holds at once, and anything that reads on past
 *   MAX_FILE_BYTES (a device) is refused as too large.
 */
export function readFileBytes(path: string, into?: ReadBuffer): { bytes: Buffer } | Unread {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return unreadable(e);
  }
  try {
    let buf: Buffer;
    if (into) buf = into.bytes;
    else {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { refused: 'not-regular' };
      if (stat.size > MAX_FILE_BYTES) return { refused: 'too-large', size: stat.size };
      buf = Buffer.allocUnsafe(stat.size);
    }
    let off = 0;
    for (;;) {
      if (off === buf.length) {
        // Sized by fstat: what the file was then, not what was written to it since.
        if (!into) break;
        if (off > MAX_FILE_BYTES) return { refused: 'too-large', size: off };
        const grown = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, MAX_FILE_BYTES + 1));
        buf.copy(grown, 0, 0, off);
        into.bytes = buf = grown;
      }
      const n = readSync(fd, buf, off, buf.length - off, null);
      if (n === 0) break;
      off += n;
    }
    return { bytes: off === buf.length ? buf : buf.subarray(0, off) };
  } catch (e) {
    return unreadable(e);
  } finally {
    closeSync(fd);
  }
}

const unreadable = (e: unknown): Unread => ({ refused: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' });

export function fileFinding(path: string, rule: string, messageId: string, args: Finding['args']): Finding {
  return { rule, severity: 'error', file: path, pointer: '', range: FILE_START, messageId, args };
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
