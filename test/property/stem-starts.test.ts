import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STOP_NOT_DECIMAL } from '../../src/check/facts.js';
import { GROUPS, stemStarts } from '../../src/check/prose-category.js';

/**
 * `revealsIn` finds where each group's stems start by one scan of a text (`stemStarts`), and reads a clause for a group
 * when one of the group's stems starts in it: the same answer as testing the group's stems on each clause, as it did
 * until session 18. Held here on texts made of the stems themselves (overlapping, run together, at clause ends), clause
 * stops, decimal points, letters and spaces.
 */
const STEM_WORDS = [...new Set(GROUPS.flatMap((g) => g.stems.source.split('|')).filter((w) => /^[\p{L} -]+$/u.test(w)))];
const PIECES = [...STEM_WORDS, 'soner ', 'sonar\t', 'so', 'ner ', '.', ';', ':', '!', '?', ',', ' ', '  ', '\n', '1.5', '2', 'a', 'x', '-', 'é', 'ø'];

/** The old reading: which groups' stems each clause holds (and whether the text holds any stem at all). */
function byClause(text: string): { any: boolean; clauses: boolean[][] } {
  const any = GROUPS.some((g) => g.stems.test(text));
  return { any, clauses: text.split(STOP_NOT_DECIMAL).map((clause) => GROUPS.map((g) => g.stems.test(clause))) };
}
/** The new one, from the places `stemStarts` gives. */
function byStarts(text: string): { any: boolean; clauses: boolean[][] } {
  const at = stemStarts(text);
  let start = 0;
  const clauses = text.split(STOP_NOT_DECIMAL).map((clause) => {
    const from = start;
    start += clause.length + 1;
    return GROUPS.map((_, i) => (at?.[i] ?? []).some((p) => p >= from && p < from + clause.length));
  });
  return { any: at !== undefined, clauses };
}

describe('stemStarts: one scan gives what testing each clause gave', () => {
  it('on texts of stems, stops and letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(byStarts(text)).toEqual(byClause(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on overlapping stems and stems at a clause end', () => {
    for (const text of [
      'medlemskap i kirken. soner dom',
      'fagforeningsmedlem;kontingenttrekk',
      'helsesykdom',
      'de soner.soner',
      'hørsel:høre!høyre?',
      'sign language interpreter',
      'hc-kort og d-nummer',
      '',
      'ingen stammer her',
    ])
      expect(byStarts(text), text).toEqual(byClause(text));
  });

  it('finds every group a place starts, not only the first alternative there', () => {
    // «medlem» is a stem of trade-union membership and of religious beliefs both.
    const at = stemStarts('medlem')!;
    const kinds = GROUPS.map((g, i) => (at[i]!.includes(0) ? g.kind : undefined)).filter((k) => k !== undefined);
    expect(kinds).toEqual(expect.arrayContaining(['trade-union-membership', 'religious-or-philosophical-beliefs']));
  });
});
