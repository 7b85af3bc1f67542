import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { NEGATION } from '../../src/check/facts.js';
import { gated, prefilter, prefilterAny, prefilterClauses, ways } from '../../src/util/prefilter.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';
import { SURPRISES } from './fold-chars.js';

/**
 * A prefilter (src/util/prefilter.ts) may only ever be weaker than its pattern: wherever the pattern matches, the prefilter
 * must say «may match». Held here on random patterns and texts, on tricky syntax, and on the project's texts.
 */
const words = (re: RegExp): string[] => prefilterClauses(re).map((c) => c.source);

describe('prefilter: the words every match holds', () => {
  it('reads literals, alternatives, groups and quantifiers', () => {
    expect(words(/abc|def/iu)).toEqual(['abc|def']);
    // A run of literals around look-arounds stays one word; classes, \p{…} and \s cut it.
    expect(words(/(?<![\p{L}])(?:kontroller\p{L}*|sjekk\p{L}*)\s+(?:mot|against)\s+list(?:e|er)?/iu)).toEqual(['kontroller|sjekk', 'list', 'mot|against']);
    expect(words(/fra(?=\s)/u)).toEqual(['fra']);
    // Optional parts give no word; a word shorter than three characters is no use as a gate.
    expect(words(/(?:abc)?de/u)).toEqual([]);
    expect(words(/x{2,3}yz/u)).toEqual([]);
    // Explicit case classes give their spellings.
    expect(words(/[nN][oO][tT]/u)).toEqual(['not|noT|nOt|nOT|Not|NoT|NOt|NOT']);
  });

  it('gives no gate where it cannot read the pattern', () => {
    expect(prefilterClauses(/(e)a\1bcd/u)).toHaveLength(1);
    expect(prefilterClauses(/[^abc]+/u)).toEqual([]);
    expect(prefilterClauses(/.*/su)).toEqual([]);
    expect(prefilterClauses(/abc/v)).toEqual([]);
  });

  it('escapes, named groups, surrogate pairs and Unicode escapes', () => {
    const cases: [RegExp, string][] = [
      [/a\.b\/c-d[x-]/u, 'xa.b/c-d-y'],
      [/(?<word>fjord)\k<word>/u, 'fjordfjord'],
      [/\u{1F600}ab/u, '😀ab'],
      [/\uD83D\uDE00ab/u, '😀ab'],
      [/\x41bc\u0044/u, 'AbcD'],
      [/[åa]ndsavkryss/iu, 'FORHÅNDSAVKRYSS'],
      [/\tab\ncd/u, '\tab\ncd'],
      [/a{2}bcd/, 'aabcd'],
      [/{abc}/, '{abc}'],
      [/kelvin/iu, 'KELVIN'],
      [/kelvin/iu, '\u212Aelvin'],
      [/sikkerhet/iu, 'ſikkerhet'],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text), `${re} matches ${text}`).toBe(true);
      expect(prefilter(re)(text), `${re}'s prefilter on ${text}`).toBe(true);
    }
  });

  it('with noSpace, its words hold no white space', () => {
    for (const c of prefilterClauses(/til politiet|anmeld\p{L}*/iu, true)) expect(c.source).not.toMatch(/\s/);
  });

  it('prefilterAny reads each alternative on its own', () => {
    const re = /(?<![\p{L}])(?:hent\p{L}*\s+fra|sjekk\s+mot)(?![\p{L}])/iu;
    // One word of each alternative: the united gate lets it through, the gate per alternative does not (without `u`,
    // where the gates read no word edges and «sjekk mot» is two words).
    expect(prefilter(/(?:hent[a-z]*\s+fra|sjekk\s+mot)/)('hent mot')).toBe(true);
    expect(prefilterAny(/(?:hent[a-z]*\s+fra|sjekk\s+mot)/)('hent mot')).toBe(false);
    expect(prefilterAny(new RegExp(re.source, 'u'))('hent mot')).toBe(false);
    expect(prefilterAny(re)('hent mot')).toBe(false);
    expect(prefilterAny(re)('HENTER fra')).toBe(true);
    expect(prefilterAny(re)('ſjekk mot')).toBe(true);
    // Top-level alternatives, a capturing group between assertions; a quantified group or an alternative with no words
    // is read as the whole pattern.
    expect(prefilterAny(/abc\s+def|ghi\s+jkl/)('abc jkl')).toBe(false);
    expect(prefilterAny(/^(abc\s+def|ghi\s+jkl)$/)('abc jkl')).toBe(false);
    expect(prefilterAny(/(?:abc\s+def|ghi\s+jkl)+/)('abc jkl')).toBe(true);
    expect(prefilterAny(/abc\s+def|x/)('abc jkl')).toBe(true);
    expect(prefilterAny(/[|]abc\s+def|ghi\s+(?:jkl|mno)/)('ghi mno')).toBe(true);
    expect(prefilterAny(/[|]abc\s+def|ghi\s+(?:jkl|mno)/u)('abc mno')).toBe(false);
  });

  it('reads word edges where case is ignored under u: «nav» is not in «navn»', () => {
    const nav = prefilter(/(?<![\p{L}])nav(?![\p{L}])/iu);
    expect(['navn', 'Navarro', 'canava'].map(nav)).toEqual([false, false, false]);
    expect(['NAV', 'til Nav.', 'NAV-kontoret', '(nav)', 'ſ nav'].map(nav)).toEqual([true, true, true, true, true]);
    // A short verb as a word before white space: «ba» in «vi ba politiet», not in «barn» nor «basert».
    const ask = prefilter(/(?<![\p{L}])(?:ber|ba|asks?)\s+(?:\p{L}+\s+){1,3}?(?:om|for)\s+data/iu);
    expect(['barn data', 'basert på data', 'bedriften har data', 'task data'].map(ask)).toEqual([false, false, false, false]);
    expect(['Vi BA politiet om data', 'we ASK them for data', 'ber\tNAV om data'].map(ask)).toEqual([true, true, true]);
    // Where case counts under `u` too (the words are then tested over the text as it is: session 21, «lege» passed
    // every «offentlege»), but not without `u`, nor in a negated class.
    expect(['navn', 'Nav', 'til nav.'].map(prefilter(/(?<![\p{L}])nav(?![\p{L}])/u))).toEqual([false, false, true]);
    expect(prefilter(/(?<![a-z])nav(?![a-z])/)('navn')).toBe(true);
    expect(prefilter(/(?<![^\p{L}])nav/iu)('navn')).toBe(true);
    // A class that holds \p{L} and more is still «no letter» where it is absent.
    expect(prefilter(/(?<![\p{L}\d-])nav(?![\p{L}\d])/iu)('navn')).toBe(false);
  });

  it('gated gives the pattern’s answer and refuses a pattern with state', () => {
    const re = /(?<![\p{L}])(?:avslag|rejected)(?![\p{L}])/iu;
    const has = gated(re);
    for (const t of ['Søknaden får avslag', 'REJECTED', 'avslagene', 'ingenting']) expect(has(t)).toBe(re.test(t));
    expect(() => gated(/abc/g)).toThrow();
  });

  // Random patterns over a small alphabet, and random texts over the same: wherever the pattern matches, so does its gate.
  const atom = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        'a',
        'b',
        'c',
        'å',
        'A',
        'K',
        's',
        'ſ',
        ' ',
        '-',
        '\\.',
        '\\s',
        '\\p{L}',
        '[ab]',
        '[^a]',
        '.',
        '\\u212A',
        '[åa]',
        ...SURPRISES,
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('(?<![\\p{L}])', '(?![\\p{L}])', '(?=a)', '(?!b)', '\\b', '^', '$') },
  );
  // Groups hold atoms only (nested quantified groups backtrack exponentially, which tests nothing here).
  const plainSeq = fc.array(atom, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
  const group = fc
    .tuple(
      fc.array(plainSeq, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '*', '+', '?', '{2}', '{1,2}', '*?', '+?'),
      fc.constantFrom('(?:', '(', '(?<n>'),
    )
    .map(([alts, q, open]) => `${open}${alts.join('|')})${q}`);
  const seq = fc.array(fc.oneof({ weight: 4, arbitrary: atom }, { weight: 1, arbitrary: group }), { minLength: 1, maxLength: 7 }).map((xs) => xs.join(''));
  const pattern = fc.array(seq, { minLength: 1, maxLength: 4 }).map((xs) => xs.join('|'));
  const text = fc
    .array(fc.constantFrom('a', 'b', 'c', 'å', 'Å', 'A', 'K', 'k', 's', 'S', 'ſ', ' ', '-', '.', 'x', '\u212A', ...SURPRISES, 'β', 'ṡ', 'Ṡ', '–', '’'), {
      maxLength: 16,
    })
    .map((xs) => xs.join(''));

  it('never says no where a random pattern matches', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom('u', 'iu', 'i', ''), fc.array(text, { minLength: 1, maxLength: 12 }), (src, flags, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(
            src.replace(/\(\?<n>/g, (m, at: number) => `(?<n${at}>`),
            flags,
          );
        } catch {
          return;
        }
        const may = prefilter(re);
        const mayAny = prefilterAny(re);
        // The same alternatives as one group between assertions, as the readers write them.
        const grouped = new RegExp(`(?<![\\p{L}])(?:${re.source})(?![\\p{L}])`, flags.includes('u') ? flags : `${flags}u`);
        const mayGrouped = prefilterAny(grouped);
        for (const t of texts) {
          if (re.test(t)) expect(may(t), `${re} on ${JSON.stringify(t)}`).toBe(true);
          if (re.test(t)) expect(mayAny(t), `prefilterAny ${re} on ${JSON.stringify(t)}`).toBe(true);
          if (grouped.test(t)) expect(mayGrouped(t), `prefilterAny ${grouped} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: Number(process.env.PREFILTER_RUNS ?? 500) },
    );
  });

  // `ways` (session 28): a pattern run by its alternatives, each behind its own gate, gives the pattern's own match.
  const sameMatch = (a: RegExpExecArray | null, b: RegExpExecArray | null): boolean =>
    a === null || b === null
      ? a === b
      : a.index === b.index && a.length === b.length && a.every((x, i) => x === b[i]) && JSON.stringify(a.groups) === JSON.stringify(b.groups);
  it('ways gives the pattern’s match, groups numbered and named as in it', () => {
    const P = lazyPattern(String.raw`(?<![\p{L}])(?:(a+)(b)|(?<c>c+)|a(b+))(?![\p{L}])`, 'iu');
    const W = ways(P);
    for (const t of ['x aab y', 'x ab y', 'ccc', 'ab abbb', 'abbb', 'nothing', 'CCab', 'c ab']) expect(sameMatch(W.exec(t), P().exec(t)), t).toBe(true);
    expect(W.test('abbb')).toBe(true);
    // A back-reference, and a pattern of one way: run whole.
    const R = lazyPattern(String.raw`(a)\1|bb`, 'u');
    for (const t of ['aa', 'bb', 'ab']) expect(sameMatch(ways(R).exec(t), R().exec(t))).toBe(true);
    expect(() => ways(lazyPattern('a|b', 'g'))).toThrow();
  });
  it('ways gives a random pattern’s match', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom('u', 'iu', 'i', ''), fc.array(text, { minLength: 1, maxLength: 12 }), (src, flags, texts) => {
        const source = src.replace(/\(\?<n>/g, (m, at: number) => `(?<n${at}>`);
        try {
          new RegExp(source, flags);
        } catch {
          return;
        }
        const P = lazyPattern(source, flags);
        const W = ways(P);
        const grouped = lazyPattern(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, flags.includes('u') ? flags : `${flags}u`);
        const WG = ways(grouped);
        for (const t of texts) {
          expect(sameMatch(W.exec(t), P().exec(t)), `${source} /${flags} on ${JSON.stringify(t)}`).toBe(true);
          expect(sameMatch(WG.exec(t), grouped().exec(t)), `${grouped.source} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: Number(process.env.PREFILTER_RUNS ?? 500) },
    );
  });

  it("holds on the project's texts for NEGATION, a pattern written with case classes", () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(n)) {
          const visit = (v: unknown): void => {
            if (typeof v === 'string') texts.push(v);
            else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
          };
          try {
            visit(load(readFileSync(p, 'utf8')));
          } catch {
            // not every fixture is valid YAML
          }
        }
      }
    };
    walk(join(__dirname, '../../registry'));
    walk(join(__dirname, '../fixtures/gaps'));
    const may = prefilter(NEGATION);
    let matched = 0;
    for (const t of texts)
      if (NEGATION.test(t)) {
        matched++;
        expect(may(t), t).toBe(true);
      }
    expect(matched).toBeGreaterThan(10);
  });
});
