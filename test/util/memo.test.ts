import { describe, expect, it } from 'vitest';
import { byText, forgetTexts } from '../../src/util/memo.js';

describe('byText and forgetTexts', () => {
  it('reads each text once, and again (with the same answer) after forgetTexts emptied every memory', () => {
    const calls: string[] = [];
    const read = byText((text) => {
      calls.push(text);
      return { words: text.split(' ').length };
    });
    const other = byText((text) => text.length);
    const first = read('to the bank');
    expect(read('to the bank')).toBe(first);
    expect(other('abc')).toBe(3);
    expect(calls).toEqual(['to the bank']);
    forgetTexts();
    const again = read('to the bank');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(other('abc')).toBe(3);
    expect(calls).toEqual(['to the bank', 'to the bank']);
  });
});

describe('byText bounded in two generations', () => {
  it('keeps a text that comes back within max new texts, and reads again one that did not', () => {
    const calls: string[] = [];
    const read = byText((text) => {
      calls.push(text);
      return { text };
    }, 2);
    const hot = read('hot');
    read('a');
    read('b'); // 'hot' and 'a' move to the older generation
    expect(read('hot')).toBe(hot); // found in the older one, kept in the newer
    read('c'); // the older generation ('hot', 'a') is let go; 'hot' was kept in the newer one, now the older
    read('d');
    expect(read('hot')).toBe(hot);
    expect(calls).toEqual(['hot', 'a', 'b', 'c', 'd']);
    read('a');
    expect(calls).toEqual(['hot', 'a', 'b', 'c', 'd', 'a']);
  });

  it('gives the same answer as an unbounded memory, however small it is', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `text ${(i * 37) % 23}`);
    const plain = (t: string) => ({ length: t.length, last: t.at(-1) });
    for (const max of [1, 2, 3, 5, 100]) {
      const read = byText(plain, max);
      for (const t of texts) expect(read(t)).toEqual(plain(t));
    }
  });
});

describe('byText and an undefined answer', () => {
  it('keeps «nothing found» as an answer: a text read once gives undefined again without being read again', () => {
    const calls: string[] = [];
    const sentence = byText((text) => {
      calls.push(text);
      return text.includes('samtykke') ? text : undefined;
    }, 2);
    expect(sentence('no consent word here')).toBeUndefined();
    expect(sentence('no consent word here')).toBeUndefined();
    expect(sentence('vi antar samtykke')).toBe('vi antar samtykke');
    // Through the older generation too: undefined stays undefined, never the memory's own mark.
    sentence('a');
    sentence('b');
    expect(sentence('no consent word here')).toBeUndefined();
    expect(calls).toEqual(['no consent word here', 'vi antar samtykke', 'a', 'b']);
  });
});
