import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { dosDateTime, stampZip } from '../../src/render/report/zip.js';

describe('stampZip', () => {
  it('sets every entry of an archive to the given date and leaves the contents intact', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'første', { date: new Date('2019-07-04T12:34:56Z') });
    zip.file('dir/b.txt', 'andre', { date: new Date('2024-11-30T01:02:03Z') });
    const original = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const stamped = stampZip(original, '2026-03-01');
    expect(stamped.length).toBe(original.length);
    const back = await JSZip.loadAsync(stamped, { checkCRC32: true });
    for (const name of ['a.txt', 'dir/b.txt']) {
      const entry = back.file(name)!;
      expect(entry.date.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    }
    expect(await back.file('a.txt')!.async('string')).toBe('første');
  });

  it('encodes MS-DOS dates', () => {
    expect(dosDateTime('1980-01-01')).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 });
    expect(dosDateTime('2026-03-01')).toEqual({ date: (46 << 9) | (3 << 5) | 1, time: 0 });
  });

  it('refuses what is not a ZIP archive', () => {
    expect(() => stampZip(new Uint8Array(40), '2026-03-01')).toThrow(/not a ZIP archive/);
  });
});
