import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { clauseGrams, gramsOf, mayHold } from '../../src/util/grams.js';
import { folded } from '../../src/util/fold.js';

// The trigram screen before a gate's expressions (src/util/grams.ts): it may only say «no» where the expression says no.
const LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';
const may = (source: string, text: string): boolean => mayHold(clauseGrams(source), gramsOf(folded(text)));

describe('clauseGrams: the trigrams of a gate clause', () => {
  it('reads words, escapes, classes between pieces and look-arounds', () => {
    expect(clauseGrams('helse|sykdom')).not.toBeNull();
    expect(may('helse|sykdom', 'Vi lagrer helseopplysninger')).toBe(true);
    expect(may('helse|sykdom', 'Vi lagrer navn og adresse')).toBe(false);
    // «henter fra» as two pieces with what is no letter between.
    const src = `henter[^${LETTER}]*fra`;
    expect(may(src, 'vi henter, fra NAV')).toBe(true);
    expect(may(src, 'vi henter data')).toBe(false);
    // A look-behind after the head, a look-ahead after the word: nothing consumed, the pieces still read.
    const nav = `nav(?<![${LETTER}]nav)(?![${LETTER}])`;
    expect(clauseGrams(nav)).not.toBeNull();
    expect(may(nav, 'Vi spør NAV.')).toBe(true);
    expect(may(nav, 'Vi spør Skatteetaten.')).toBe(false);
    // Escaped characters are themselves.
    expect(may('e\\-post|e\\.post', 'Send e-post')).toBe(true);
    expect(may('e\\-post|e\\.post', 'Send epost')).toBe(false);
    expect(may('\\u0001ab', 'x')).toBe(false);
  });

  it('gives up (always «maybe») where a word is too short or the expression is not a list of words', () => {
    for (const source of ['us|oss', 'ab', 'a(?:b|c)d', 'abc?', 'ab*c', 'a.c', '\\bill\\b', '^abc', 'abc|', '(abc)', 'abc{2}', '[abc]+x', '\\sabc'])
      expect(clauseGrams(source), source).toBeNull();
    expect(may('us|oss', 'nothing of them')).toBe(true);
  });

  it('never says no where the expression matches (random words and texts)', () => {
    const ch = fc.constantFrom('a', 'b', 'e', 'r', 'å', 'ø', 'æ', 'ß', ' ', '-', '.', ',', 'ſ', 'K', '\u212A', 'ı', 'İ', 'Σ');
    const word = fc.array(ch, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    const esc = (w: string): string => w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    const shaped = fc
      .tuple(word, fc.option(word), fc.boolean(), fc.boolean())
      .map(([a, b, behind, ahead]) =>
        [esc(a), behind ? `(?<![${LETTER}]${esc(a)})` : '', b === null ? '' : `[^${LETTER}]*${esc(b)}`, ahead ? `(?![${LETTER}])` : ''].join(''),
      );
    fc.assert(
      fc.property(
        fc.array(shaped, { minLength: 1, maxLength: 5 }),
        fc.array(
          fc.array(ch, { maxLength: 24 }).map((xs) => xs.join('')),
          { maxLength: 8 },
        ),
        (words, texts) => {
          const source = words.join('|');
          const re = new RegExp(source);
          const grams = clauseGrams(source);
          for (const t of texts) {
            const f = folded(t);
            if (re.test(f)) expect(mayHold(grams, gramsOf(f)), `${source} on ${JSON.stringify(f)}`).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.GRAMS_RUNS ?? 2000) },
    );
  });
});

describe('every gate of the project, screened, answers as its expressions', () => {
  it('on the texts of the example and the corpus bodies', async () => {
    vi.resetModules();
    const { recordedGates, recordGates } = await import('../../src/util/prefilter.js');
    recordGates();
    await import('../../src/rules/index.js');
    const gates = Object.values(recordedGates().gates).filter((g) => g !== null && g.fold);
    expect(gates.length).toBeGreaterThan(300);
    const clauses = gates.flatMap((g) => g!.sources.map((s) => s.replaceAll('\u0002', LETTER)));
    const screened = clauses.map((s) => ({ re: new RegExp(s), grams: clauseGrams(s) }));
    // The readable share: a screen that reads nothing would pass this test and save nothing.
    expect(screened.filter((c) => c.grams !== null).length / screened.length).toBeGreaterThan(0.6);
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
    };
    const root = join(__dirname, '../fixtures/corpus/bodies');
    // The example, and every 25th body (a sample across the alphabet: the whole corpus, each text against every one of about
    // 900 clauses, takes minutes).
    const dirs = [join(__dirname, '../../registry/activities')];
    for (const body of readdirSync(root)
      .sort()
      .filter((_, i) => i % 25 === 0))
      dirs.push(join(root, body, 'registry', 'activities'));
    for (const dir of dirs.filter((d) => existsSync(d))) for (const f of readdirSync(dir)) walk(load(readFileSync(join(dir, f), 'utf8')));
    let said = 0;
    let skipped = 0;
    for (const t of texts.filter((_, i) => i % 6 === 0)) {
      const f = folded(t);
      const set = gramsOf(f);
      for (const c of screened) {
        const matches = c.re.test(f);
        const maybe = mayHold(c.grams, set);
        if (matches && !maybe) expect.fail(`${c.re.source.slice(0, 80)} on ${JSON.stringify(t.slice(0, 80))}`);
        if (matches) said++;
        else if (!maybe) skipped++;
      }
    }
    expect(said).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(said);
  });
});

describe('gramsOf and folded remember each text its own answer (session 39)', () => {
  // The sets and folds of the last texts are kept in generations, and a generation's 8 KiB sets go to the next texts: a set
  // given again must be the one made for that text, however far back it was made and however many sets were reused since.
  it('gives a text back its own set and fold, near and far, across many generations', () => {
    const words = ['helse', 'sykdom', 'henter', 'fra', 'skulen', 'NAV', 'posisjon', 'kvar', 'where', 'Ståle', 'ÆØÅ', 'Σίσυφος'];
    const texts = Array.from({ length: 900 }, (_, i) => `${words[i % words.length]} ${i} ${words[(i * 7) % words.length]} tekst ${i * 31}`);
    const first = new Map<string, { fold: string; set: Uint32Array }>();
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    let asked = 0;
    for (let step = 0; step < 12_000; step++) {
      // Mostly a text near the last ones (a reader's parts and clauses), often one far back (another rule's pass).
      const r = next();
      const at = r % 3 === 0 ? r % texts.length : (step + (r % 40)) % texts.length;
      // Equal text, not the same string: readers cut their clauses again.
      const t = r % 5 === 0 ? ` ${texts[at]!}`.slice(1) : texts[at]!;
      const fold = folded(t);
      const set = gramsOf(fold);
      const seen = first.get(t);
      if (seen === undefined) first.set(t, { fold, set: Uint32Array.from(set) });
      else {
        asked++;
        expect(fold).toBe(seen.fold);
        expect(
          set.every((w, k) => w === seen.set[k]),
          t,
        ).toBe(true);
      }
    }
    // Far more texts than the generations hold, each asked again many times.
    expect(first.size).toBeGreaterThan(500);
    expect(asked).toBeGreaterThan(10_000);
  });
});
