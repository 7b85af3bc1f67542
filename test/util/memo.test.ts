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
