import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';

/** CRC-32 (IEEE 802.3, as ZIP has it), bit by bit: the reference the workbook's checksums are held to. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Session 47: the workbook's checksums are computed by Node's zlib (src/render/report/xlsx.ts, nativeCrc32), not by the
 * JavaScript package exceljs's ZIP writer loads. Each part's checksum in the central directory is the CRC-32 of the
 * part as it inflates: a spreadsheet program refuses a workbook whose checksums are wrong.
 */
describe("the workbook's ZIP checksums", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it.each([[[]], [['--internal', '--lang', 'en']]])('are the CRC-32 of every part (%j)', (args) => {
    const file = join(tmp.dir, `crc-${args.length}.xlsx`);
    const r = ropa(['report', EXAMPLE, '-f', 'xlsx', ...args, '--date', '2026-12-01', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(file);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const entries = view.getUint16(eocd + 10, true);
    expect(entries).toBeGreaterThan(10);
    let p = view.getUint32(eocd + 16, true);
    const checked: string[] = [];
    for (let n = 0; n < entries; n++) {
      expect(view.getUint32(p, true)).toBe(0x02014b50);
      const crc = view.getUint32(p + 16, true);
      const size = view.getUint32(p + 20, true);
      const [nameLength, extra, comment] = [view.getUint16(p + 28, true), view.getUint16(p + 30, true), view.getUint16(p + 32, true)];
      const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
      const local = view.getUint32(p + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const part = inflateRawSync(bytes.subarray(start, start + size));
      expect(crc32(part), name).toBe(crc);
      checked.push(name);
      p += 46 + nameLength + extra + comment;
    }
    expect(checked).toContain('xl/sharedStrings.xml');
    expect(checked.filter((n) => n.startsWith('xl/worksheets/sheet')).length).toBeGreaterThanOrEqual(6);
  });
});
