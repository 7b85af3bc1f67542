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

/**
 * The same widths as a table by UTF-16 code unit, in thousandths of an em: looked up, not searched,
 * for every character of every cell of a record of 10,000 activities. Beyond the table, and for
 * anything not listed, a full em; a surrogate pair (one character) counts once.
 */
const TABLE_SIZE = 0x2100;
function table(ascii: readonly number[], column: 0 | 1): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE).fill(1000);
  ascii.forEach((w, i) => (t[32 + i] = w));
  for (const [c, widths] of Object.entries(OTHER)) t[c.charCodeAt(0)] = widths[column];
  return t;
}
const REGULAR_UNITS = table(ASCII_REGULAR, 0);
const BOLD_UNITS = table(ASCII_BOLD, 1);

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Exactly the characters of JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The width of `text` in points at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const units = bold ? BOLD_UNITS : REGULAR_UNITS;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < TABLE_SIZE) sum += units[code]!;
    else {
      sum += 1000;
      if (isHigh(code) && isLow(text.charCodeAt(i + 1))) i++;
    }
  }
  return (sum * size) / 1000;
}

/**
 * The lines one paragraph wraps to within `room` points, as a spreadsheet wraps it: at spaces, and a
 * word wider than the room broken where it must be. (One pass over the text: no word is cut out.)
 */
export function wrappedLines(paragraph: string, room: number, size: number, bold = false): number {
  const units = bold ? BOLD_UNITS : REGULAR_UNITS;
  const space = (units[32]! * size) / 1000;
  let lines = 1;
  let used = 0;
  let sum = 0;
  let inWord = false;
  for (let i = 0; i <= paragraph.length; i++) {
    const code = i < paragraph.length ? paragraph.charCodeAt(i) : 0x20;
    if (code === 0x20 || code === 0x09) {
      if (!inWord) continue;
      inWord = false;
      const w = (sum * size) / 1000;
      sum = 0;
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the room takes whole lines of its own, then goes on with its rest.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
      continue;
    }
    inWord = true;
    if (code < TABLE_SIZE) sum += units[code]!;
    else {
      sum += 1000;
      if (isHigh(code) && isLow(paragraph.charCodeAt(i + 1))) i++;
    }
  }
  return lines;
}

/**
 * The widest word (split at `\s`) and the widest line (split at line feeds) of some texts, in points
 * at `size` points: what a column's width is fitted to. One pass, nothing cut out.
 */
export function widestWordAndLine(texts: readonly string[], size: number, bold = false): { word: number; line: number } {
  const units = bold ? BOLD_UNITS : REGULAR_UNITS;
  let word = 0;
  let line = 0;
  for (const text of texts) {
    let wordSum = 0;
    let lineSum = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0x0a;
      if (code === 0x0a) {
        line = Math.max(line, (lineSum * size) / 1000);
        lineSum = 0;
      } else if (code < TABLE_SIZE) lineSum += units[code]!;
      else lineSum += 1000;
      if (isSpace(code)) {
        word = Math.max(word, (wordSum * size) / 1000);
        wordSum = 0;
        continue;
      }
      if (code < TABLE_SIZE) wordSum += units[code]!;
      else {
        wordSum += 1000;
        if (isHigh(code) && isLow(text.charCodeAt(i + 1))) {
          i++;
        }
      }
    }
  }
  return { word, line };
}
