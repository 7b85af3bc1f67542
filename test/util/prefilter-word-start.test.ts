import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefilter } from '../../src/util/prefilter.js';

/**
 * A gate reads a group's words at a word's start where the pattern enters the group only there: after `(?<![\p{L}])`,
 * `\s`, `^` or a character that is no letter (session 22, #16: «lege» inside «offentlege» let prose-category's 24,000
 * characters of health words compile on records that name no doctor).
 */
describe('gates read words at a word start where the pattern does', () => {
  it('turns away a word inside another where the pattern needs it at a start', () => {
    const may = prefilter(/(?<![\p{L}\d])(?:lege(?:erklæring)?|hiv(?:-?status)?|\p{L}*diagnos\p{L}*)(?![\p{L}])/u);
    expect(['det daglege ansvaret', 'an archive system', 'arkivet'].map(may)).toEqual([false, false, false]);
    expect(['legen', 'lege', 'hiv-status', 'en legeerklæring', '(lege)', 'feildiagnose'].map(may)).toEqual([true, true, true, true, true, true]);
    // After white space, or a character that is no letter, as at the start.
    expect(['kontakt lege', 'daglege'].map(prefilter(/kontakt\s+(?:lege|hiv)/u))).toEqual([true, false]);
    expect(['x-lege', 'xlege x'].map(prefilter(/-(?:lege|hiv)/u))).toEqual([true, false]);
    // Under `iu` too (the gate reads the folded text).
    expect(['Daglege', 'Lege'].map(prefilter(/(?<![\p{L}])(?:lege|hiv)/iu))).toEqual([false, true]);
  });

  it('reads no start where the pattern may match inside a word', () => {
    // A look-ahead says nothing of the character before: «x-abc» matches (?![\p{L}])-abc.
    expect(prefilter(/(?![\p{L}])(?:-abc|-abd)/u)('x-abc')).toBe(true);
    // A repeated group's second round starts after its first.
    expect(prefilter(/(?<![\p{L}])(?:ab|lege)+/u)('ablege')).toBe(true);
    expect(prefilter(/(?<![\p{L}])(?:lege|hiv){2}/u)('legelege')).toBe(true);
    // Without the edge before the group.
    expect(prefilter(/(?:lege|hiv)(?![\p{L}])/u)('daglege')).toBe(true);
    // A look-ahead's edge ending a group is no edge before what follows it.
    expect(prefilter(/(?:x(?![\p{L}])|y\s)(?:-abc|-abd)/u)('x-abc')).toBe(true);
  });

  // Random patterns that enter groups after an edge or not, over texts of short words: wherever the pattern matches, so
  // does its gate (test/property/prefilter.test.ts holds the gates to patterns of other shapes).
  const word = fc.constantFrom('abc', 'lege', 'bca', 'hiv', 'cab', 'a', 'b', 'å', '-', ' ', '\\.');
  const atom = fc.oneof(
    { weight: 5, arbitrary: word },
    { weight: 2, arbitrary: fc.constantFrom('\\s', '\\s+', '\\s*', '\\p{L}*', '\\p{L}', '[ab]', '.', ',') },
    { weight: 2, arbitrary: fc.constantFrom('(?<![\\p{L}])', '(?<![\\p{L}\\d])', '(?![\\p{L}])', '(?=a)', '(?<!b)', '\\b', '^', '$') },
  );
  const plain = fc.array(atom, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
  const group = fc
    .tuple(fc.array(plain, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,2}', '{0,1}'), fc.constantFrom('(?:', '('))
    .map(([alts, q, open]) => `${open}${alts.join('|')})${q}`);
  // Groups in groups, one level: the group reads its own alternatives' starts.
  const outer = fc
    .tuple(fc.array(fc.oneof(atom, group), { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(atom, group), { minLength: 0, maxLength: 3 }))
    .map(([a, b]) => `(?:${a.join('')}|${b.join('')})`);
  const pattern = fc
    .array(fc.oneof({ weight: 3, arbitrary: atom }, { weight: 2, arbitrary: group }, { weight: 1, arbitrary: outer }), { minLength: 1, maxLength: 6 })
    .map((xs) => xs.join(''));
  const text = fc
    .array(fc.constantFrom('abc', 'lege', 'dag', 'hiv', 'cab', 'a', 'b', 'c', 'x', 'å', 'Å', 'L', ' ', '-', '.', ',', '1', '\n'), { maxLength: 12 })
    .map((xs) => xs.join(''));

  it('never says no where such a pattern matches', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom('u', 'iu', 'mu'), fc.array(text, { minLength: 1, maxLength: 16 }), (src, flags, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(src, flags);
        } catch {
          return;
        }
        const may = prefilter(re);
        for (const t of texts) if (re.test(t)) expect(may(t), `${re} on ${JSON.stringify(t)}`).toBe(true);
      }),
      { numRuns: Number(process.env.PREFILTER_RUNS ?? 2000) },
    );
  });
});
