import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BodyTexts } from '../../src/render/report/xlsx.js';
import { widestWordAndLine } from '../../src/render/report/metrics.js';
import { neutraliseFormula } from '../../src/render/escape.js';

/**
 * The workbook looks each body text up once (`BodyTexts`) and has its measure, its wrapped lines and
 * its shared string by number. These hold that to doing each of them text by text, as before.
 */
const SharedStrings = createRequire(import.meta.url)('exceljs/lib/utils/shared-strings.js') as new () => {
  add(text: string): number;
  values: string[];
  totalRefs: number;
  _totalRefs: number;
};

const line = fc.oneof(fc.constantFrom('', 'a', '=SUM(A1)', 'Ikke registrert', 'b c', '-1', '@x', 'æøå «»'), fc.string({ maxLength: 4 }));
const cell = fc.array(line, { maxLength: 3 });

describe('the body texts of the xlsx report', () => {
  it('give each cell its shared string as exceljs adds them cell by cell: the same indexes, strings and count', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const texts = new BodyTexts();
        const ours = new SharedStrings();
        const theirs = new SharedStrings();
        for (const lines of cells) {
          expect(texts.sharedString(texts.id(lines), ours)).toBe(theirs.add(neutraliseFormula(lines.join('\n'))));
        }
        expect(ours.values).toEqual(theirs.values);
        expect(ours.totalRefs).toBe(theirs.totalRefs);
      }),
      { numRuns: 500 },
    );
  });

  it('number a text by its lines, and measure the lines, not the text as written', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const texts = new BodyTexts();
        expect(texts.id(a) === texts.id(b)).toBe(a.join('\n') === b.join('\n'));
        expect(texts.written[texts.id(a)]).toBe(neutraliseFormula(a.join('\n')));
        expect(texts.measure(texts.id(a))).toEqual(widestWordAndLine(a, 10));
      }),
      { numRuns: 500 },
    );
  });
});
