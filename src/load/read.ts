import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import type { Finding } from '../model/finding.js';

/** Larger than any real registry file; a larger one is refused before it is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The bytes of a file, or why they cannot be had: unreadable, or too large to be a registry file. */
export function readBytes(path: string): { bytes: Buffer } | { finding: Finding } {
  try {
    // Opened without waiting: a named pipe (FIFO) would block the open until something writes to it. Only a regular
    // file is read; a pipe, a device or a socket under a registry file's name is said to be none.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { finding: fileFinding(path, 'unreadable-file', 'validate.not-regular-file', {}) };
      const size = stat.size;
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

export function fileFinding(path: string, rule: string, messageId: string, args: Finding['args']): Finding {
  return { rule, severity: 'error', file: path, pointer: '', range: FILE_START, messageId, args };
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
