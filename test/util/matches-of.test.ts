import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf, splitOn } from '../../src/util/lazy-pattern.js';

// matchesOf (src/util/lazy-pattern.ts) stands for `[...text.matchAll(re)]` in the readers' loops (#16, session 38): the same
// matches (index, text, groups), the same handling of empty matches (by code point under `u`), and the pattern's
// `lastIndex` left as it was, wherever it started.
const view = (ms: readonly RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

const PATTERNS: RegExp[] = [
  /(?<![\p{L}])(?:(?<passive>(?:blir|vert|is|are)\s+(?:sendt|delt|sent|shared))|(?<give>send\p{L}*|deler|shares?))(?![\p{L}])/giu,
  /[^.!?]+[.!?]?/gu,
  /(?:[^.;:!?]|[.;:!?](?=\d))+/gu,
  /x*/gu, // empty matches at every position, astral characters included
  /(?:)/g,
  /\b/g,
  /a|(?<b>b)/gi,
];
const ALPHABET = ['a', 'B', ' ', '.', ';', '2', 'blir sendt', 'deler', 'Shares', 'x', '😀', 'å', '?', 'vert delt', '\n'];

describe('matchesOf gives what matchAll gives', () => {
  it('on random texts, for patterns with and without empty matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), fc.nat(PATTERNS.length - 1), (parts, i) => {
        const text = parts.join('');
        const re = PATTERNS[i]!;
        expect(view(matchesOf(re, text))).toEqual(view([...text.matchAll(re)]));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('starts where the pattern’s lastIndex stands, as matchAll does, and leaves it there', () => {
    const re = /\p{L}+/gu;
    const text = 'Vi sender lista til banken.';
    re.lastIndex = 5;
    const expected = view([...text.matchAll(re)]);
    expect(expected[0]!.all).toEqual(['nder']);
    expect(view(matchesOf(re, text))).toEqual(expected);
    expect(re.lastIndex).toBe(5);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...'abc'.matchAll(/b/ as RegExp)]).toThrow(TypeError);
    expect(() => matchesOf(/b/, 'abc')).toThrow(TypeError);
  });
});

// splitOn (src/util/lazy-pattern.ts) stands for `text.split(re)` in the readers: the same pieces, captures included.
const SPLITTERS: RegExp[] = [
  /,?\s+(?:og|and|men|but)\s+(?=(?:vi|we|de|they)\s)|;/iu,
  /(?<!(?<![\p{L}])(?:Ltd|Co|nr|bl\.a|f\.eks|e\.g))[.;:!?](?![\p{L}\d])/u,
  /[.;:!?](?!\d)/u,
  /(,)|(?<![\p{L}])(?:som|who)(?![\p{L}])/iu,
  /x*/u, // empty matches, astral characters
  /(?:)/,
  /(x)?y/,
  /^a/,
  /\s+/u,
];
const PIECES = ['a', 'Ltd', 'Co', ' ', '.', ';', ':', '?', ',', '2', 'og vi', ' and we ', 'som', 'who', 'x', 'y', '😀', 'å', 'f.eks', '\n', 'bl.a'];

describe('splitOn gives what split gives', () => {
  it('on random texts, for patterns with captures, lookbehind and empty matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(SPLITTERS.length - 1), (parts, i) => {
        const text = parts.join('');
        const re = SPLITTERS[i]!;
        expect(splitOn(text, re)).toEqual(text.split(re));
        expect(splitOn(text, re)).toEqual(text.split(re)); // again: the kept twin has no state left
      }),
      { numRuns: 1_000 },
    );
  });

  it('on the empty text', () => {
    for (const re of SPLITTERS) expect(splitOn('', re)).toEqual(''.split(re));
  });

  it('refuses a pattern with state', () => {
    expect(() => splitOn('a,b', /,/g)).toThrow(TypeError);
    expect(() => splitOn('a,b', /,/y)).toThrow(TypeError);
  });
});
