import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { LetterPattern, letterPattern, narrowSource, plainText } from '../../src/util/letters.js';
import { declaredPatterns, matchesOf, splitOn } from '../../src/util/lazy-pattern.js';
import { GAP_RULES } from '../../src/rules/index.js';

// util/letters.ts compiles a pattern's `\p{L}` classes as the letters below U+0370 for a text made of such characters (and
// punctuation), and runs the pattern as written on any other text (#16, session 41). These hold it to the same answers as
// the pattern as written: the class itself on every plain character, every declared pattern of the rules and readers on
// the record's own texts and on texts built to meet the letters at the edge of the class, and every way a RegExp is used.

const code = (c: number): string => String.fromCharCode(c);
/** Every plain character (util/letters.ts `PLAIN`) and some that are not. */
const PLAIN_CODES = [...Array(0x370).keys(), ...Array.from({ length: 0x70 }, (_, k) => 0x2000 + k), ...Array.from({ length: 0x30 }, (_, k) => 0x20a0 + k)];

describe('the narrow letter class', () => {
  it('matches every plain character exactly as \\p{L} does, with and without /i, inside and outside a class', () => {
    for (const flags of ['u', 'iu']) {
      const pairs: [RegExp, RegExp][] = [
        [new RegExp(String.raw`^\p{L}$`, flags), new RegExp(narrowSource(String.raw`^\p{L}$`, flags)!, flags)],
        [new RegExp(String.raw`^[^\p{L}\d]$`, flags), new RegExp(narrowSource(String.raw`^[^\p{L}\d]$`, flags)!, flags)],
      ];
      for (const c of PLAIN_CODES) for (const [whole, narrow] of pairs) expect([c, narrow.test(code(c))]).toEqual([c, whole.test(code(c))]);
    }
    // The letters where /i and \p{L} meet at the class's edge: ſ (s), K (Kelvin, not plain), µ (μ), ͅ (ι), ǅ, ʰ.
    const i = new RegExp(narrowSource(String.raw`^\p{L}+$`, 'iu')!, 'iu');
    expect(['ſ', 'µ', '\u0345', 'ǅ', 'ʰ', 'ª', 'Sámediggi', 'čđŋšŧž'].map((t) => i.test(t))).toEqual([true, true, true, true, true, true, true, true]);
    expect(['\u0345', '1', '–', '’'].map((t) => new RegExp(narrowSource(String.raw`^\p{L}$`, 'u')!, 'u').test(t))).toEqual([false, false, false, false]);
  });

  it('is written only where \\p{L} is a class: a u pattern, not an escaped backslash, ranges inside a class', () => {
    expect(narrowSource(String.raw`\p{L}`, 'i')).toBeUndefined();
    expect(narrowSource(String.raw`\p{L}`, 'v')).toBeUndefined();
    expect(narrowSource(String.raw`a\p{Lu}b`, 'u')).toBeUndefined();
    const s = narrowSource(String.raw`\\\p{L}[\p{L}\-][\]\p{L}]\p{L}+`, 'u')!;
    expect(s.startsWith(String.raw`\\[\u0041-`)).toBe(true);
    expect(s).not.toContain(String.raw`\p{L}`);
    expect(new RegExp(s, 'u').test('\\a-]bc')).toBe(true);
    expect(new RegExp(s, 'u').test('\\a-]')).toBe(false);
  });

  it('tells a plain text from one it must read whole', () => {
    expect(['Sámediggi – «nyhetsbrev» 5 €', '', 'ʼN ſ ǅ'].map(plainText)).toEqual([true, true, true]);
    expect(['Ελλάδα', 'Москва', 'a😀', '\u212a', 'ⓐ', '\u{10400}'].map(plainText)).toEqual([false, false, false, false, false, false]);
  });
});

/** Strings of the example registry: the texts the rules read. */
function recordTexts(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  const read = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) read(path);
      else if (/\.ya?ml$/.test(name.name)) walk(load(readFileSync(path, 'utf8')));
    }
  };
  read(join(ROOT, 'registry'));
  // A sixth of them, up to 300 characters each: every declared pattern run ungated on all 850 took minutes.
  return [...out].filter((t) => t.length <= 300).filter((_, k) => k % 6 === 0);
}

/** Texts that put the letters at the class's edge beside the words: combining marks, modifier letters, ſ, µ, Sami. */
const EDGE_TEXTS = [
  'Vi sender nyhetsbrev til medlemmene våre hver måned, og de kan melde seg av når som helst.',
  'Helseopplysningerſ og diagnoseͅ blir sendt til NAV.',
  'ʼNyhetsbrevʰ sendes µ til foreldre; appen brukes av elever fra 10 år.',
  'Sámediggi čállá: ovddasvástádus, đ ŋ š ŧ ž. Dataene deles med kommunen.',
  'Opplysningane vert delte med skulen og helsestasjonen – ikkje med andre.',
  'e\u0301lever og bruke\u0301re av appen, ǅ ª º ÿ Ÿ ß SS',
];

const view = (m: RegExpExecArray | RegExpMatchArray | null) => (m === null ? null : { index: m.index, all: [...m], groups: m.groups });

describe('every declared pattern reads a plain text as written', () => {
  it('on the record’s texts and texts at the class’s edge: exec, test, every match, replace, split', () => {
    expect(GAP_RULES.length).toBeGreaterThan(40);
    const texts = [...recordTexts(), ...EDGE_TEXTS].filter(plainText);
    const narrowed = declaredPatterns().filter((p) => narrowSource(p.source, p.flags) !== undefined);
    // The rules and readers declare about two thousand patterns; most read letters. Every one is narrowed when built (below,
    // all of them); an eighth of them are run both ways on every text (compiling all 1,600 as written took two minutes).
    expect(narrowed.length).toBeGreaterThan(1000);
    for (const p of narrowed) expect(new RegExp(narrowSource(p.source, p.flags)!, p.flags).source).not.toContain(String.raw`\p{L}`);
    expect(texts.length).toBeGreaterThan(100);
    let compared = 0;
    let matched = 0;
    // Compared as strings, the differences gathered and asserted once (an expect per text and pattern took minutes).
    const differ: string[] = [];
    const key = (m: RegExpExecArray | null): string => JSON.stringify(view(m));
    for (const p of narrowed.filter((_, k) => k % 8 === 0)) {
      const re = p();
      if (!(re instanceof LetterPattern)) differ.push(`not narrowed: ${p.source}`);
      const whole = new RegExp(p.source, p.flags);
      const narrow = new RegExp(narrowSource(p.source, p.flags)!, p.flags);
      for (const text of texts) {
        compared++;
        if (whole.global) {
          const all = matchesOf(whole, text).map(key).join();
          if (matchesOf(narrow, text).map(key).join() !== all) differ.push(`${p.source} | ${text}`);
          if (all !== '') matched++;
          continue;
        }
        whole.lastIndex = 0;
        narrow.lastIndex = 0;
        const m = whole.exec(text);
        if (key(narrow.exec(text)) !== key(m)) differ.push(`${p.source} | ${text}`);
        if (m === null) continue;
        matched++;
        if (text.replace(narrow, '<$&>') !== text.replace(whole, '<$&>')) differ.push(`replace: ${p.source} | ${text}`);
        if (!whole.sticky && splitOn(text, narrow).join('|') !== splitOn(text, whole).join('|')) differ.push(`split: ${p.source} | ${text}`);
      }
    }
    expect(differ).toEqual([]);
    // Enough matches that a class read wrong would show.
    expect(compared).toBeGreaterThan(20_000);
    expect(matched).toBeGreaterThan(200);
  }, 600_000);
});

describe('a LetterPattern used every way a RegExp is', () => {
  const SOURCE = String.raw`(?<![\p{L}])(?<word>hels\p{L}*|ελλ\p{L}*)(?![\p{L}])`;
  const TEXTS = ['Helse og helsa, ikkje helsestasjon.', 'Helse og ελληνικά ord: helsa.', 'helse😀helsa', '', 'ingen treff'];

  it('answers as the pattern as written, for plain texts and others, with and without state', () => {
    for (const flags of ['iu', 'giu', 'iuy', 'u', 'gu']) {
      for (const text of TEXTS) {
        const whole = () => new RegExp(SOURCE, flags);
        const ours = () => letterPattern(SOURCE, flags);
        expect(ours()).toBeInstanceOf(LetterPattern);
        const same = <T>(f: (re: RegExp) => T): void => expect(f(ours())).toEqual(f(whole()));
        same((re) => re.test(text));
        same((re) => view(re.exec(text)));
        same((re) => view(text.match(re) as RegExpMatchArray | null) ?? text.match(re));
        same((re) => text.replace(re, '[$<word>]'));
        same((re) => text.replace(re, (m: string, ...rest: unknown[]) => `${m.length}@${String(rest.at(-3))}`));
        same((re) => text.search(re));
        same((re) => text.split(re));
        same((re) => text.split(re, 2));
        if (flags.includes('g')) {
          same((re) => [...text.matchAll(re)].map(view));
          same((re) => text.replaceAll(re, '_'));
        }
        // A pattern with state: each call starts at lastIndex and leaves it where the language's own would.
        same((re) => {
          const seen: unknown[] = [];
          re.lastIndex = 3;
          for (let k = 0; k < 4; k++) seen.push([view(re.exec(text)), re.lastIndex]);
          re.lastIndex = 2;
          seen.push([re.test(text), re.lastIndex, text.search(re), re.lastIndex]);
          return seen;
        });
        same((re) => (re.global ? matchesOf(re, text).map(view) : null));
        same((re) => (re.global || re.sticky ? null : splitOn(text, re)));
        same((re) => [re.source, re.flags, String(re), re.global, re.unicode, re.ignoreCase]);
      }
    }
  });
});
