import { describe, expect, it } from 'vitest';
import { textPieces } from '../../src/util/write.js';

/** Large outputs are converted to UTF-8 a piece at a time (docs/performance.md): the pieces must give the very bytes the whole would. */
describe('textPieces', () => {
  it('gives a short text whole', () => {
    expect([...textPieces('kort «tekst»')]).toEqual(['kort «tekst»']);
  });

  it('cuts a long text between characters, never inside a surrogate pair, into the same bytes', () => {
    const piece = 1 << 18;
    // A pair straddling each cut, lone surrogates near it, and two-byte and three-byte characters.
    for (const at of [piece - 2, piece - 1, piece, piece + 1]) {
      const text = 'ø'.repeat(at) + '😀' + '\ud800' + 'x'.repeat(piece) + '\udc00–' + '€'.repeat(piece + 3);
      const pieces = [...textPieces(text)];
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join('') === text).toBe(true);
      for (const p of pieces) expect(p.length).toBeLessThanOrEqual(piece);
      expect(Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8'))).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });
});
