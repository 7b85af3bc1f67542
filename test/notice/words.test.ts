import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { afterEvent, capitalise, dateWords, durationWords, joinList, numberWord, paragraphs } from '../../src/render/words/index.js';
import { ROOT, ropa } from '../helpers/cli.js';

describe('ISO 8601 durations in words', () => {
  it.each([
    ['P2Y', 'nb', 'to år'],
    ['P1Y', 'nb', 'ett år'],
    ['P1M', 'nb', 'én måned'],
    ['P6M', 'nb', 'seks måneder'],
    ['P2Y6M', 'nb', 'to år og seks måneder'],
    ['P1Y2M3D', 'nb', 'ett år, to måneder og tre dager'],
    ['P30D', 'nb', '30 dager'],
    ['P1W', 'nb', 'én uke'],
    ['PT12H', 'nb', 'tolv timer'],
    ['PT1M', 'nb', 'ett minutt'],
    ['P1M', 'nn', 'éin månad'],
    ['P2Y', 'nn', 'to år'],
    ['P3W', 'nn', 'tre veker'],
    ['P1D', 'nn', 'éin dag'],
    ['P5D', 'nn', 'fem dagar'],
    ['P1Y', 'en', 'one year'],
    ['P2Y6M', 'en', 'two years and six months'],
    ['P13M', 'en', '13 months'],
    ['PT1H30M', 'en', 'one hour and 30 minutes'],
  ] as const)('%s in %s is «%s»', (iso, lang, words) => {
    expect(durationWords(iso, lang)).toBe(words);
  });

  it('gives nothing for text that is not a duration', () => {
    for (const s of ['P', 'PT', '2Y', 'P1YT', 'P1.5Y', 'P1Y ']) expect(durationWords(s, 'nb')).toBeUndefined();
  });
});

describe('other words', () => {
  it('joins lists the way each language does', () => {
    expect(joinList([], 'nb')).toBe('');
    expect(joinList(['a'], 'nb')).toBe('a');
    expect(joinList(['a', 'b'], 'nb')).toBe('a og b');
    expect(joinList(['a', 'b', 'c'], 'nn')).toBe('a, b og c');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });

  it('writes dates in words', () => {
    expect(dateWords('2026-01-15', 'nb')).toBe('15. januar 2026');
    expect(dateWords('2026-05-01', 'nn')).toBe('1. mai 2026');
    expect(dateWords('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('writes small numbers as words and larger as digits', () => {
    expect(numberWord(2, 'nb')).toBe('to');
    expect(numberWord(7, 'nn')).toBe('sju');
    expect(numberWord(12, 'en')).toBe('twelve');
    expect(numberWord(13, 'en')).toBe('13');
    expect(numberWord(0, 'nb')).toBe('0');
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('økonomi og lønn')).toBe('Økonomi og lønn');
    expect(capitalise('')).toBe('');
  });

  it('splits registry text into paragraphs on blank lines', () => {
    expect(paragraphs('one\nline\n\n  two  \n \nthree')).toEqual(['one line', 'two', 'three']);
    expect(paragraphs(undefined)).toEqual([]);
  });
});

describe("the event a period counts from, after the template's own «etter»/«after»", () => {
  it.each([
    ['etter at saken er avsluttet', 'nb', 'at saken er avsluttet'],
    ['Etter siste kontakt', 'nb', 'siste kontakt'],
    ['når kontrakten går ut', 'nb', 'at kontrakten går ut'],
    ['då tilsetjinga tok slutt', 'nn', 'at tilsetjinga tok slutt'],
    ['fra og med vedtaket', 'nb', 'vedtaket'],
    ['frå vedtaket', 'nn', 'vedtaket'],
    ['ved utløpet av året', 'nb', 'utløpet av året'],
    ['after a negative test', 'en', 'a negative test'],
    ['when the contract ends', 'en', 'the contract ends'],
    ['at the end of the year', 'en', 'the end of the year'],
    // An event with no connective, or a word that only begins like one, is left as written.
    ['avsluttet sak', 'nb', 'avsluttet sak'],
    ['etterkontroll', 'nb', 'etterkontroll'],
    ['vedtaket', 'nb', 'vedtaket'],
    ['the trip', 'en', 'the trip'],
    ['onboarding ends', 'en', 'onboarding ends'],
    ['at', 'nb', 'at'],
  ] as const)('%s (%s) → %s', (event, lang, said) => {
    expect(afterEvent(event, lang)).toBe(said);
  });

  // Records of other bodies write the event with its connective as often as without (59 in the corpus did).
  it.each([
    ['variants-forbund/base', 'nb'],
    ['variants-forbund/base', 'nn'],
    ['variants-offshore/base', 'en'],
  ])('no «etter etter», «after after» or «etter når» in the notice of %s (%s)', (registry, lang) => {
    const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', '--complete', '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ (etter|after) /);
    expect(r.stdout).not.toMatch(/\b(etter|after) (etter|after|når|da|då|when|from|fra|frå)\b/i);
  });
});
