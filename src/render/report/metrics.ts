/**
 * How wide text is in Arial (and in Liberation Sans, which LibreOffice puts in its place with the same
 * widths), so that the workbook's column widths and row heights match what a spreadsheet prints: a row
 * set too low cuts its text off on paper, a column narrower than a word breaks the word.
 *
 * The advance widths are those of Helvetica and Helvetica-Bold in Adobe's Core 14 font metrics (AFM),
 * which Arial shares, in thousandths of the font size, for the printable ASCII characters and the
 * letters and signs Norwegian text uses; any other character counts as a full em, never too narrow.
 */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
  584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584,
];
/** Beyond ASCII: [regular, bold]. */
const OTHER: Record<string, readonly [number, number]> = {
  æ: [889, 889],
  ø: [611, 611],
  å: [556, 556],
  Æ: [1000, 1000],
  Ø: [778, 778],
  Å: [667, 722],
  é: [556, 556],
  è: [556, 556],
  ä: [556, 556],
  ö: [556, 611],
  ü: [556, 611],
  Ä: [667, 722],
  Ö: [778, 778],
  Ü: [722, 722],
  '«': [556, 556],
  '»': [556, 556],
  '–': [556, 556],
  '—': [1000, 1000],
  '’': [222, 278],
  '‘': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '…': [1000, 1000],
  '§': [556, 556],
  '°': [400, 400],
  '·': [278, 278],
  '\u00a0': [278, 278],
};

/** The width of `text` in points at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]! : (OTHER[c]?.[bold ? 1 : 0] ?? 1000);
  }
  return (units * size) / 1000;
}

/**
 * The lines one paragraph wraps to within `room` points, as a spreadsheet wraps it: at spaces, and a
 * word wider than the room broken where it must be.
 */
export function wrappedLines(paragraph: string, room: number, size: number, bold = false): number {
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
    const w = textWidth(word, size, bold);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the room takes whole lines of its own, then goes on with its rest.
    const extra = Math.max(0, Math.ceil(w / room) - 1);
    lines += extra;
    used = w - extra * room;
  }
  return lines;
}
