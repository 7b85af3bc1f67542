import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCharacter, folded } from '../../src/util/fold.js';
import { prefilter } from '../../src/util/prefilter.js';

/**
 * The case fold the gates share (src/util/fold.ts) may join characters `/iu` keeps apart (a gate only gets weaker), but
 * must never part two that `/iu` joins: the gate would say «absent» where the pattern matches. Held against V8's own
 * `/iu` on every code point, and through the gates on random words and texts of the characters where folding surprises.
 */
const escape = (ch: string): string => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

describe('fold: one case fold for every gate', () => {
  it('never parts two characters /iu takes as the same (every code point)', () => {
    // Each character whose fold is another, grouped with the others of that fold and the fold itself: the cased ones.
    const groups = new Map<string, Set<string>>();
    const notOne: string[] = [];
    const every = (visit: (ch: string) => void): void => {
      for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) visit(String.fromCodePoint(c));
    };
    every((ch) => {
      const f = foldCharacter(ch);
      if (f === ch) return;
      if ([...f].length !== 1) notOne.push(ch);
      const g = groups.get(f);
      if (g === undefined) groups.set(f, new Set([f, ch]));
      else g.add(ch);
    });
    expect(notOne).toEqual([]);
    const cased = new Set<string>();
    for (const g of groups.values()) for (const ch of g) cased.add(ch);
    expect(cased.size).toBeGreaterThan(2000);
    // No other character is /iu-equal to a cased one (two characters with no case of their own are taken as unequal:
    // `/iu` equates only characters with a case folding, and each of those has a case mapping).
    const anyCased = new RegExp(`[${[...cased].map(escape).join('')}]`, 'iu');
    const uncased: string[] = [];
    every((ch) => {
      if (!cased.has(ch)) uncased.push(ch);
    });
    expect(anyCased.exec(uncased.join(''))?.[0]).toBeUndefined();
    // Each group: /iu joins its members with no cased character outside it (a character /iu joins to one of another
    // fold is found by that other fold's group).
    const casedText = [...cased].join('');
    const parted: string[] = [];
    for (const g of groups.values()) {
      const re = new RegExp(`[${[...g].map(escape).join('')}]`, 'giu');
      for (const m of casedText.matchAll(re)) if (!g.has(m[0])) parted.push(`${[...g].join('')} ~ ${m[0]}`);
    }
    expect(parted).toEqual([]);
    // What the fold is for: the surprises are joined.
    for (const [a, b] of [
      ['ſ', 's'],
      ['\u212A', 'k'],
      ['ς', 'σ'],
      ['µ', 'μ'],
      ['ẞ', 'ß'],
      ['Ǆ', 'ǆ'],
      ['Ꭰ', 'ꭰ'],
    ])
      expect(foldCharacter(a!)).toBe(foldCharacter(b!));
  });

  it('folds a text as its characters (the lower-case path agrees with the one by character)', () => {
    const chars = ['a', 'Å', 'Ø', 'æ', 'K', '\u212A', 'ſ', 'ı', 'İ', 'I', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'µ', 'Ǆ', '–', '’', '«', '😀', 'Ꭰ', 'ꭰ', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (xs) => {
        const t = xs.join('');
        expect(folded(t)).toBe(Array.from(t, foldCharacter).join(''));
      }),
      { numRuns: 2000 },
    );
    expect(folded('ſikkerhet')).toBe('sikkerhet');
    expect(folded('\u212Aelvin')).toBe('kelvin');
    expect(folded('Politiet på SŌR')).toBe(Array.from('Politiet på SŌR', foldCharacter).join(''));
  });

  it('a gate never rejects a text its pattern accepts (words and texts of the surprising characters)', () => {
    const letters = [
      'a',
      'k',
      'K',
      '\u212A',
      's',
      'S',
      'ſ',
      'i',
      'I',
      'ı',
      'İ',
      'ß',
      'ẞ',
      'σ',
      'ς',
      'Σ',
      'µ',
      'μ',
      'ǆ',
      'ǅ',
      'Ǆ',
      'ꭰ',
      'Ꭰ',
      'β',
      'ϐ',
      'ẛ',
      'ṡ',
      'Ṡ',
      'ø',
      'Ø',
      ' ',
      '😀',
    ];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 3, maxLength: 6 }).map((xs) => xs.join(''));
    const text = fc.array(fc.oneof(fc.constantFrom(...letters), word), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('iu', 'u', 'i', ''),
        fc.array(text, { minLength: 1, maxLength: 10 }),
        (ws, flags, texts) => {
          const re = new RegExp(ws.map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), flags);
          const may = prefilter(re);
          for (const t of [...texts, ...ws.map((w) => w.toUpperCase()), ...ws.map((w) => w.toLowerCase())])
            if (re.test(t)) expect(may(t), `${re} on ${JSON.stringify(t)}`).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
