import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefilter } from '../../src/util/prefilter.js';

// The gates' answers remembered (src/util/prefilter.ts `remembered`: each gate's last two texts): a gate asked again about a
// text answers as it did the first time, whatever came between (other texts, other gates, many gates made later), and
// an equal text that is another string gets the same answer.
const WORDS = Array.from({ length: 1_200 }, (_, i) => `ord${i.toString(36)}kvist`);
const gates = WORDS.map((w) => ({
  word: w,
  re: new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu'),
  gate: prefilter(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu')),
}));

const textOf = (words: readonly number[], salt: number): string =>
  `Tekst ${salt}: ${words.map((k) => (k % 3 === 0 ? WORDS[k]!.toUpperCase() : WORDS[k]!)).join(' og ')}, ingen andre.`;

describe('the gates remember their answers per text', () => {
  it('answers again as the first time, never «no» where the pattern matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(WORDS.length - 1), { maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(WORDS.length - 1)), { minLength: 1, maxLength: 400 }),
        fc.nat(1_000_000),
        (texts, asks, salt) => {
          const made = texts.map((ws, i) => textOf(ws, salt + i));
          const first = new Map<string, boolean>();
          for (const [t, g] of asks) {
            const text = made[t % made.length]!;
            const { re, gate } = gates[g]!;
            // A copy of the text (not the same string): the answer is the text's.
            const answer = gate(text.slice(0, 5) + text.slice(5));
            if (re.test(text)) expect(answer).toBe(true);
            const key = `${t % made.length} ${g}`;
            if (first.has(key)) expect(answer).toBe(first.get(key));
            else first.set(key, answer);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps its answers right over many texts and gates', () => {
    const texts = Array.from({ length: 1_500 }, (_, i) => textOf([i % WORDS.length, (i * 7) % WORDS.length], i));
    const once = texts.map((t, i) => gates.filter((_, g) => g % 97 === i % 97).map(({ gate }) => gate(t)));
    // Every gate of the 1,200 asked about a few texts, then every text again, long after it was first asked about.
    for (const t of texts.slice(0, 50)) for (const { gate } of gates) gate(t);
    const again = texts.map((t, i) => gates.filter((_, g) => g % 97 === i % 97).map(({ gate }) => gate(t)));
    expect(again).toEqual(once);
    for (const [i, t] of texts.entries()) {
      expect(gates[i % WORDS.length]!.gate(t)).toBe(true);
      expect(gates[(i * 7) % WORDS.length]!.gate(t)).toBe(true);
    }
  });
});
