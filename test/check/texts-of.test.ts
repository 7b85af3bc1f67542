import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { textsOf } from '../../src/check/facts.js';
import { EXAMPLE } from '../helpers/cli.js';

/** What `textsOf` gave before it read an object by its keys (#16, session 43): the string, or each string of `Object.values`. */
const byValues = (t: unknown): string[] =>
  typeof t === 'string' ? [t] : t !== null && typeof t === 'object' ? Object.values(t).filter((v): v is string => typeof v === 'string') : [];

/** Every value in a document, nested or not: each is asked of `textsOf` as a rule may ask it. */
function* everyValue(v: unknown): Generator<unknown> {
  yield v;
  if (v !== null && typeof v === 'object') for (const x of Object.values(v)) yield* everyValue(x);
}

describe('textsOf', () => {
  it('gives the texts Object.values gives, in its order, for every value of the example registry', () => {
    let asked = 0;
    for (const dir of ['activities', 'catalogues']) {
      for (const name of readdirSync(join(EXAMPLE, dir)).filter((n) => n.endsWith('.yaml'))) {
        for (const v of everyValue(load(readFileSync(join(EXAMPLE, dir, name), 'utf8')))) {
          expect(textsOf(v)).toEqual(byValues(v));
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });

  it('reads only its own keys, integer keys first as Object.values does, strings only', () => {
    const localised = { nb: 'Lønn', nn: 'Løn', en: 'Payroll' };
    expect(textsOf(localised)).toEqual(['Lønn', 'Løn', 'Payroll']);
    expect(textsOf({ en: 'b', 2: 'two', nb: 'a', 1: 'one' })).toEqual(['one', 'two', 'b', 'a']);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { nn: 'x', n: 3, en: null, nb: 'y' });
    expect(textsOf(bare)).toEqual(['x', 'y']);
    // A key inherited, not its own, is no text of the value; neither is a key that cannot be enumerated.
    const inherited = Object.create({ nb: 'arvet' }) as Record<string, unknown>;
    inherited.en = 'own';
    Object.defineProperty(inherited, 'nn', { value: 'hidden', enumerable: false });
    expect(textsOf(inherited)).toEqual(['own']);
    expect(textsOf(['a', 1, 'b'])).toEqual(['a', 'b']);
    for (const v of ['', 'tekst', null, undefined, 0, true, {}, []]) expect(textsOf(v)).toEqual(byValues(v));
  });
});
