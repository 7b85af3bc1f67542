/**
 * Sets every modification time in a ZIP archive to one date. An xlsx file is a ZIP archive, and the
 * library that writes it stamps each entry with the clock; the report must not depend on the clock.
 * The times sit in the local file headers and the central directory, outside the checksums, so
 * rewriting them leaves the archive valid.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields for an ISO date at midnight. */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { date: ((y - 1980) << 9) | (m << 5) | d, time: 0 };
}

export function stampZip(input: Uint8Array, isoDate: string): Uint8Array {
  const bytes = new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { date, time } = dosDateTime(isoDate);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP archive: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('malformed ZIP central directory');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('malformed ZIP local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}
