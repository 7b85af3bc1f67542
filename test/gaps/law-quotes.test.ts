import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPages, piecesOf, quotesOf, quotesOutsideLaws } from '../../scripts/law-quotes.mjs';

/**
 * A quote in data/norwegian-law.json is the law's own words, or says whose words it is (L2, session 37: four quotes of
 * session 30-36 were not the act's words — arkivlova § 3, hvitvaskingsloven § 25 (1), kommuneloven § 11-4, dyrevelferdsloven
 * § 30 — and were corrected). test/fixtures/law-quotes.json records where each quote was found in Lovdata's text (the
 * sstraume97/norwegian-laws mirror) or whose words it quotes instead; a quote added or changed without that check fails
 * here. The check itself needs the mirror: `node scripts/law-quotes.mjs <mirror git dir> --fixture`.
 */
interface Row {
  law: string;
  path: string;
  quote: string;
  foundIn?: string;
  secondary?: string | null;
}
const data = JSON.parse(readFileSync(new URL('../../data/norwegian-law.json', import.meta.url), 'utf8')) as { laws: Record<string, unknown> };
const limits = JSON.parse(readFileSync(new URL('../../data/retention-limits.json', import.meta.url), 'utf8')) as unknown;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/law-quotes.json', import.meta.url), 'utf8')) as { quotes: Row[] };

function* strings(v: unknown, path: string): Generator<[string, string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${path}/${i}`);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${path}/${k}`);
}
const key = (r: { law: string; path: string; quote: string }): string => `${r.law} ${r.path} «${r.quote}»`;
const now = new Set<string>();
for (const [law, entry] of Object.entries(data.laws))
  for (const [path, text] of strings(entry, `/laws/${law}`))
    for (const quote of quotesOf(text) as string[]) if ((piecesOf(quote) as string[]).length > 0) now.add(key({ law, path, quote }));
// Session 38: the quotes outside the law entries too (the files' comments, provisions, disclosure orders, the statutory
// retention limits), keyed by the data file's name.
for (const { file, path, text } of quotesOutsideLaws(data, limits) as Iterable<{ file: string; path: string; text: string }>)
  for (const quote of quotesOf(text) as string[]) if ((piecesOf(quote) as string[]).length > 0) now.add(key({ law: file, path, quote }));
const checked = new Set(fixture.quotes.map(key));

describe('quotes in data/norwegian-law.json and data/retention-limits.json', () => {
  it('each has been checked against Lovdata’s text, or attributed (test/fixtures/law-quotes.json)', () => {
    expect([...now].filter((k) => !checked.has(k))).toEqual([]);
  });
  it('the record holds no quote the data file has dropped', () => {
    expect([...checked].filter((k) => !now.has(k))).toEqual([]);
  });
  it('each was found in an act, or names whose words it is', () => {
    expect(fixture.quotes.filter((q) => q.foundIn === undefined && (typeof q.secondary !== 'string' || q.secondary.length === 0)).map(key)).toEqual([]);
  });
});

/**
 * Session 45 (LR): quotations of Lovdata's text added to rule pages, code comments and corpus sets, recorded with the
 * mirror file that holds each (test/fixtures/law-quotes-pages.json). A recorded quote edited on its page without a new
 * check fails the first test; the second reads Lovdata's text where the mirror is on the machine
 * (`node scripts/law-quotes.mjs <mirror git dir> --pages` does the same by hand).
 */
interface PageRow {
  file: string;
  quote: string;
  foundIn: string;
}
const pages = JSON.parse(readFileSync(new URL('../fixtures/law-quotes-pages.json', import.meta.url), 'utf8')) as { quotes: PageRow[] };
/** Spacing and a code comment's line marks aside. */
const flat = (t: string): string => t.replace(/\n\s*\*\s/g, ' ').replace(/\s+/g, ' ');
const MIRROR = '/work/.mirror/sstraume97+norwegian-laws/repo';

describe('quotes of Lovdata on rule pages and in the corpus (session 45)', () => {
  it('each recorded quote still stands in its file', () => {
    const missing = pages.quotes.filter((q) => !flat(readFileSync(new URL(`../../${q.file}`, import.meta.url), 'utf8')).includes(q.quote));
    expect(missing.map((q) => `${q.file} «${q.quote}»`)).toEqual([]);
  });
  it.skipIf(!existsSync(MIRROR))('each is found in the named file of Lovdata’s text', () => {
    expect((checkPages(MIRROR, pages.quotes) as PageRow[]).map((q) => `${q.file} «${q.quote}»`)).toEqual([]);
  });
});
