import { describe, expect, it } from 'vitest';
import { internTexts } from '../../src/util/intern.js';
import { patternOf } from '../../src/util/lazy-pattern.js';

describe('internTexts', () => {
  it('leaves every value equal and every object in place, keys and non-strings untouched', () => {
    const text = JSON.stringify({ nb: 'Søknader om tilskudd – behandles', en: 'Applications' });
    const a = JSON.parse(`{"id":"a","purpose":${text},"n":3,"ok":true,"none":null,"list":["x",{"y":"Applications"}]}`) as Record<string, unknown>;
    const b = JSON.parse(`{"id":"b","purpose":${text},"list":["x",["x",1]]}`) as Record<string, unknown>;
    const before = structuredClone([a, b]);
    const purpose = a.purpose;
    internTexts([a, b]);
    expect([a, b]).toEqual(before);
    expect(a.purpose).toBe(purpose);
    expect(Object.keys(a)).toEqual(['id', 'purpose', 'n', 'ok', 'none', 'list']);
  });

  it('writes nothing into frozen objects or objects of a class, and stops at a depth', () => {
    class Box {
      constructor(public text: string) {}
    }
    const frozen = Object.freeze({ text: 'same words' });
    const box = new Box('same words');
    let deep: Record<string, unknown> = { text: 'same words' };
    for (let i = 0; i < 100; i++) deep = { inner: deep };
    expect(() => internTexts([frozen, box, deep, 'same words', 42, null])).not.toThrow();
    expect(box.text).toBe('same words');
    expect(frozen.text).toBe('same words');
  });
});

describe('patternOf', () => {
  it('gives one RegExp per source and flags, and refuses a pattern with state', () => {
    expect(patternOf('ab+c', 'u')).toBe(patternOf('ab+c', 'u'));
    expect(patternOf('ab+c', 'u')).not.toBe(patternOf('ab+c', 'iu'));
    expect(patternOf('ab+c', 'iu').test('xABBC')).toBe(true);
    expect(() => patternOf('a', 'g')).toThrow();
    expect(() => patternOf('a', 'y')).toThrow();
  });
});
