import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, widestWordAndLine, wrappedLines } from '../../src/render/report/metrics.js';

/**
 * The workbook's widths and row heights come from src/render/report/metrics.ts, which measures text
 * in one pass by a table. These are the plain definitions it must agree with to the last bit: a width
 * as the sum of each character's (code point's) advance, words cut out with `split`, lines at line feeds.
 */
/** One character's advance in thousandths of an em (the table itself is checked by the print test). */
const charWidth = (c: string, bold: boolean): number => textWidth(c, 1000, bold);
const plainWidth = (text: string, size: number, bold: boolean): number => ([...text].reduce((n, c) => n + charWidth(c, bold), 0) * size) / 1000;

function plainWrapped(paragraph: string, room: number, size: number, bold: boolean): number {
  const space = plainWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
    const w = plainWidth(word, size, bold);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    const extra = Math.max(0, Math.ceil(w / room) - 1);
    lines += extra;
    used = w - extra * room;
  }
  return lines;
}

const widest = (texts: string[], size: number, bold: boolean): number => Math.max(0, ...texts.map((x) => plainWidth(x, size, bold)));

/** Text as registries have it, and as adversaries do: Norwegian letters, spaces of every kind, surrogates whole and broken. */
const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'W',
    'i',
    'æ',
    'Ø',
    'å',
    '«',
    '»',
    '–',
    '…',
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '😀',
    '\ud800',
    '\udc00',
    'x',
  ),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('text metrics of the xlsx report', () => {
  it('measure a width as the sum of its characters, a surrogate pair as one', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(8, 10, 13, 14), fc.boolean(), (s, size, bold) => {
        expect(textWidth(s, size, bold)).toBe(plainWidth(s, size, bold));
      }),
      { numRuns: 3000 },
    );
    expect(textWidth('😀', 10)).toBe(10);
    expect(textWidth('Side', 10, true)).toBe(((667 + 278 + 611 + 556) * 10) / 1000);
  });

  it('wrap a paragraph at spaces and tabs into as many lines as splitting it into words does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 20, max: 400 }), fc.constantFrom(9, 10, 14), fc.boolean(), (s, room, size, bold) => {
        expect(wrappedLines(s, room, size, bold)).toBe(plainWrapped(s, room, size, bold));
      }),
      { numRuns: 3000 },
    );
  });

  it('find the widest word (split at \\s) and the widest line (split at line feeds) of a column', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.boolean(), (texts, bold) => {
        const lines = texts.flatMap((x) => x.split('\n'));
        expect(widestWordAndLine(texts, 10, bold)).toEqual({
          word: widest(
            lines.flatMap((l) => l.split(/\s+/)),
            10,
            bold,
          ),
          line: widest(lines, 10, bold),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("measure a cell's lines joined by line feeds as they measure one by one (what the workbook measures once per text)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.boolean(), (lines, bold) => {
        expect(widestWordAndLine([lines.join('\n')], 10, bold)).toEqual(widestWordAndLine(lines, 10, bold));
      }),
      { numRuns: 3000 },
    );
  });
});
