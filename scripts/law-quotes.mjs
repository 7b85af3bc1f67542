#!/usr/bin/env node
/**
 * Every «quote» in data/norwegian-law.json, looked up in Lovdata's text (the sstraume97/norwegian-laws mirror, read
 * with git from a bare copy): each quote is cut at its ellipses («…») and each piece must stand in the act the entry is
 * for, or in another act the same text names by its Lovdata id or address. Prints one JSON line per quote:
 * {law, path, quote, found: "own" | "<other act>" | false}. Usage:
 *   node scripts/law-quotes.mjs <mirror git dir> [--missing]
 * `--rules [files…] [--all]` reads the rule pages' quotes of any length against the act cited beside each (pageQuotes).
 * `--fixture` writes test/fixtures/law-quotes.json, which test/gaps/law-quotes.test.ts holds the data file to.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Each «quote» of a text (outer quotation marks only). */
export const quotesOf = (text) => quotesAt(text).map((q) => q.quote);

/** Text compared as words: markdown emphasis, list marks and spacing left out, quotes and dashes made one. */
export const norm = (t) =>
  t
    .replace(/\*+/g, '')
    .replace(/[«»"“”]/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    // Lovdata's «§ § 6 , 7 og 9» for «§§ 6, 7 og 9».
    .replace(/§\s+§/g, '§§')
    .replace(/(^|\n)\s*[-•]\s+/g, ' ')
    .replace(/\s[-•]\s/g, ' ')
    // A paragraph break written « / » in a quote.
    .replace(/\s\/\s/g, ' ')
    .replace(/\s+/g, ' ')
    // Lovdata's footnote marks in the mirror's text («Loven gjelder fra den tiden 1 Kongen bestemmer»).
    .replace(/ \d{1,2}(?= \p{Lu})/gu, '')
    .replace(/\s+([,.;:)])/g, '$1')
    .trim()
    .toLowerCase();

/**
 * The pieces of a quote that must each be found: cut at ellipses and bracketed insertions. By default short ones (under
 * four words and 20 characters) are dropped, as the data files' check has done since session 36; `all` keeps every
 * non-empty piece, for a quote checked against the one act cited beside it (session 46, LR2: a quote of two to five words
 * gave no piece and passed unread).
 */
export const piecesOf = (q, all = false) =>
  norm(q)
    .split(/…|\.\.\.|\[[^\]]*\]/)
    .map((p) =>
      p
        .trim()
        .replace(/^[,.;:]\s*/, '')
        .replace(/[,;:]$/, '')
        .trim(),
    )
    .filter((p) => (all ? p.length > 0 : p.split(' ').length >= 4 || p.length >= 20));

/** Whether a piece stands in a text as whole words (a short piece is not found inside a longer word). */
export function hasWords(text, piece) {
  if (typeof text !== 'string' || piece.length === 0) return false;
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + piece.length, at + piece.length + 1);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Lovdata ids an entry's text names: «LOV-2018-06-15-38», «lovdata.no/lov/2018-06-15-38», «forskrift/2018-06-15-876». */
export function idsIn(text) {
  const ids = new Set();
  for (const m of text.matchAll(/(LOV|FOR)-(\d{4}-\d{2}-\d{2}-\d+)/g)) ids.add(`${m[1] === 'LOV' ? 'lover/lov' : 'forskrifter/forskrift'}-${m[2]}.md`);
  for (const m of text.matchAll(/(lov|forskrift)\/(\d{4}-\d{2}-\d{2}-\d+)/g)) ids.add(`${m[1] === 'lov' ? 'lover/lov' : 'forskrifter/forskrift'}-${m[2]}.md`);
  return [...ids];
}

const pathOf = (lovdataId) => {
  const m = /^(LOV|FOR)-(\d{4}-\d{2}-\d{2}(?:-\d+)?)$/.exec(lovdataId ?? '');
  return m === null ? undefined : `${m[1] === 'LOV' ? 'lover/lov' : 'forskrifter/forskrift'}-${m[2]}.md`;
};

/** Every string under an entry with its JSON path. */
function* strings(v, path) {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${path}/${i}`);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${path}/${k}`);
}

const readData = (name) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));

/**
 * Every string of the data files that is not under a law entry (data/norwegian-law.json's `laws`, checked per entry):
 * {file, path, text, lawKey}, where lawKey is the `law` of the nearest object that names one (a disclosure order's act).
 * Shared with test/gaps/law-quotes.test.ts, which holds the fixture to the same set.
 */
export function* quotesOutsideLaws(lawData, retentionLimits) {
  const walk = function* (file, v, path, lawKey) {
    if (typeof v === 'string') yield { file, path, text: v, lawKey };
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(file, x, `${path}/${i}`, lawKey);
    else if (v !== null && typeof v === 'object') {
      const here = typeof v.law === 'string' ? v.law : lawKey;
      for (const [k, x] of Object.entries(v)) yield* walk(file, x, `${path}/${k}`, here);
    }
  };
  for (const [k, v] of Object.entries(lawData)) if (k !== 'laws') yield* walk('norwegian-law.json', v, `/${k}`, undefined);
  yield* walk('retention-limits.json', retentionLimits, '', undefined);
}

/** A file of the mirror (a bare git copy) as words (norm), read once; null where the mirror lacks it. */
function mirrorText(mirror) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) {
      let t;
      try {
        t = norm(
          execFileSync('git', ['--git-dir', mirror, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }),
        );
      } catch {
        t = null;
      }
      cache.set(file, t);
    }
    return cache.get(file);
  };
}

export function run(mirror) {
  const textOf = mirrorText(mirror);
  /**
   * Any act or regulation in force in the mirror (an amending act: «§ 21 a oppheves» stands in lov 23. januar 2026 nr. 1):
   * the files whose lines hold the piece's first six words, read whole.
   */
  const anywhere = (p) => {
    const head = p.split(' ').slice(0, 6).join(' ');
    let files;
    try {
      files = execFileSync('git', ['--git-dir', mirror, 'grep', '-F', '-i', '-l', head, 'HEAD', '--', 'lover', 'forskrifter'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^HEAD:/, ''));
    } catch {
      files = [];
    }
    return files.slice(0, 20).find((f) => textOf(f)?.includes(p));
  };
  const data = JSON.parse(readFileSync(new URL('../data/norwegian-law.json', import.meta.url), 'utf8'));
  const rows = [];
  const check = (law, path, text, own, kin) => {
    const others = [...new Set([...idsIn(text), ...kin])].filter((f) => f !== own);
    for (const quote of quotesOf(text)) {
      const pieces = piecesOf(quote);
      if (pieces.length === 0) continue;
      const where = (p) => {
        if (own !== undefined && textOf(own)?.includes(p)) return 'own';
        return others.find((f) => textOf(f)?.includes(p)) ?? anywhere(p) ?? false;
      };
      const found = pieces.map(where);
      const miss = found.find((f) => f === false);
      rows.push({ law, path, quote, found: miss === false ? false : (found.find((f) => f !== 'own') ?? 'own') });
    }
  };
  for (const [key, law] of Object.entries(data.laws)) {
    const own = pathOf(law.lovdataId);
    for (const [path, text] of strings(law, `/laws/${key}`)) {
      // Another act named in the same text, or the law's successor or predecessor (`replacedBy`).
      const kin = [
        law.replacedBy,
        ...Object.entries(data.laws)
          .filter(([, l]) => l.replacedBy === key)
          .map(([k]) => k),
      ]
        .map((k) => pathOf(data.laws[k]?.lovdataId))
        .filter((f) => f !== undefined);
      check(key, path, text, own, kin);
    }
  }
  // Quotes outside the law entries: the data files' own comments, the provisions and the disclosure orders (an order's
  // act is its `law`), and the statutory retention limits (data/retention-limits.json). Row `law` is the file's name.
  for (const { file, path, text, lawKey } of quotesOutsideLaws(data, readData('retention-limits.json'))) {
    const own = pathOf(data.laws[lawKey]?.lovdataId);
    // A comment names its acts by their short names («alkoholloven § 1-15»), not by Lovdata id.
    const named = Object.entries(data.laws)
      .filter(([k]) => new RegExp(`(^|[^\\p{L}-])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u').test(text))
      .map(([, l]) => pathOf(l.lovdataId))
      .filter((f) => f !== undefined);
    check(file, path, text, own, named);
  }
  return rows;
}

/**
 * Quotations of Lovdata's text outside the data files (rule pages, code comments, corpus sets), each with the mirror file
 * that holds it (test/fixtures/law-quotes-pages.json, session 45): the rows whose pieces are not all in that file.
 */
export function checkPages(mirror, rows) {
  const textOf = mirrorText(mirror);
  return rows.filter((r) => {
    const pieces = piecesOf(r.quote, true);
    return pieces.length === 0 || !pieces.every((p) => hasWords(textOf(r.foundIn), p));
  });
}

/** Each «quote» of a text with where it starts and ends (outer quotation marks only). */
export function quotesAt(text) {
  const out = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === '»' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ quote: text.slice(start, i), at: start - 1, end: i + 1 });
    }
  }
  return out;
}

/** Words only Norwegian (bokmål, nynorsk) uses among the commonest: a quote with none of them, and no æ, ø, å, is not the law's. */
const NORWEGIAN = new Set(
  'og i av som til det den er skal ikke ikkje kan med på eller har at om blir vert seg sin sitt sine etter ved fra frå må dei ein eit et en når dersom berre bare kun hvis viss slik samt ny nye gjelder gjeld også òg der mot hvor kor kva hva uten utan mellom innen innan under enn bli vere være vil'.split(
    ' ',
  ),
);
const ENGLISH = new Set('the of and to is are be by with that which shall may not or this from as an it its any'.split(' '));
export function looksNorwegian(quote) {
  const words = norm(quote)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.some((w) => ENGLISH.has(w))) return false;
  return /[æøå]/.test(quote.toLowerCase()) || words.some((w) => NORWEGIAN.has(w));
}

/**
 * Quotes of Lovdata's text on pages (docs/rules/*.md and the like), of any length (session 46, LR2): each Norwegian
 * «quote» of two words or more with an act named within 300 characters before it or 150 after, and a «§» in that window,
 * is looked up, piece by piece and as whole words, in the act named nearest it (the last before it, else the first after;
 * data/norwegian-law.json's `ids`, or a LOV-/FOR- id), or one named within 40 characters of that. Short quotes are held to those acts only, never to «anywhere» in the mirror, where two words stand by
 * chance. Rows {file, quote, words, acts, found}: `found` the act that holds every piece, or false.
 */
export function pageQuotes(mirror, files) {
  const textOf = mirrorText(mirror);
  const data = readData('norwegian-law.json');
  const names = [];
  for (const [k, l] of Object.entries(data.laws)) {
    const f = pathOf(l.lovdataId);
    if (f === undefined) continue;
    for (const id of new Set([k, ...(l.ids ?? [])]))
      if (id.length >= 5) names.push([new RegExp(`(^|[^\\p{L}-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'iu'), f]);
  }
  /** The act named nearest the quote (the last before it, else the first after it), with any other named as near. */
  const nearestActs = (before, after) => {
    const found = [];
    const scan = (t, dist) => {
      for (const [re, f] of names) {
        const g = new RegExp(re.source, 'giu');
        for (const m of t.matchAll(g)) found.push([dist(m.index), f]);
      }
      for (const m of t.matchAll(/(LOV|FOR)-(\d{4}-\d{2}-\d{2}-\d+)|(lov|forskrift)\/(\d{4}-\d{2}-\d{2}-\d+)/g)) found.push([dist(m.index), idsIn(m[0])[0]]);
    };
    scan(before, (i) => before.length - i);
    scan(after, (i) => i + 1);
    if (found.length === 0) return [];
    const best = Math.min(...found.map(([d]) => d));
    return [...new Set(found.filter(([d]) => d - best < 40).map(([, f]) => f))];
  };
  const rows = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const { quote, at, end } of quotesAt(text)) {
      const before = text.slice(Math.max(0, at - 300), at);
      const after = text.slice(end, end + 150);
      if (!`${before} ${after}`.includes('§')) continue;
      const acts = nearestActs(before, after);
      if (acts.length === 0 || !looksNorwegian(quote)) continue;
      const pieces = piecesOf(quote, true);
      const words = norm(quote).split(' ').length;
      if (pieces.length === 0 || words < 2) continue;
      const found = acts.find((f) => pieces.every((p) => hasWords(textOf(f), p))) ?? false;
      rows.push({ file, quote, words, acts, found });
    }
  }
  return rows;
}

/**
 * The fixture the test holds the file to: each quote with the mirror file it was found in, or, where Lovdata's text does
 * not hold it, who the entry quotes instead (`secondary`, written by a person: a news page, a ministry's page, Norsk
 * Lovtidend's copy, a preparatory work). A quote not found and not attributed gets `secondary: null`, which the test
 * refuses: correct it to the law's words, attribute it, or make it a paraphrase without quotation marks.
 */
export function fixtureOf(rows, old) {
  const key = (r) => `${r.law}\u0000${r.path}\u0000${r.quote}`;
  const before = new Map((old?.quotes ?? []).map((q) => [key(q), q]));
  const seen = new Set();
  const quotes = [];
  for (const r of rows) {
    if (seen.has(key(r))) continue;
    seen.add(key(r));
    const was = before.get(key(r));
    // A person's attribution stays, also where the words were found by chance in an unrelated act.
    quotes.push(
      r.found === false || typeof was?.secondary === 'string'
        ? { law: r.law, path: r.path, quote: r.quote, secondary: was?.secondary ?? null }
        : { law: r.law, path: r.path, quote: r.quote, foundIn: r.found === 'own' ? 'own' : r.found },
    );
  }
  return { ...(old ?? {}), quotes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mirror = process.argv[2];
  if (mirror === undefined) {
    console.error('usage: node scripts/law-quotes.mjs <mirror git dir> [--missing | --fixture | --pages | --rules [files…] [--all]]');
    process.exit(2);
  }
  if (process.argv.includes('--rules')) {
    // Every rule page, or the files named after --rules: the quotes not found in the act cited beside them.
    const named = process.argv.slice(process.argv.indexOf('--rules') + 1).filter((a) => !a.startsWith('--'));
    const dir = new URL('../docs/rules/', import.meta.url);
    const files =
      named.length > 0
        ? named
        : readdirSync(dir)
            .filter((f) => f.endsWith('.md'))
            .map((f) => new URL(f, dir).pathname);
    const rows = pageQuotes(mirror, files);
    for (const r of rows) if (r.found === false || process.argv.includes('--all')) console.log(JSON.stringify(r));
    const short = rows.filter((r) => r.words < 6);
    const count = (rs) => `${rs.length} (${rs.filter((r) => r.found !== false).length} found, ${rs.filter((r) => r.found === false).length} not)`;
    console.error(`${files.length} pages: ${count(rows)} quotes beside an act; under six words ${count(short)}`);
    process.exit(0);
  }
  if (process.argv.includes('--pages')) {
    const pages = JSON.parse(readFileSync(new URL('../test/fixtures/law-quotes-pages.json', import.meta.url), 'utf8')).quotes;
    const bad = checkPages(mirror, pages);
    for (const r of bad) console.log(JSON.stringify(r));
    console.error(`${pages.length} quotes on pages, ${pages.length - bad.length} found in the named file of Lovdata's text, ${bad.length} not`);
    process.exit(bad.length === 0 ? 0 : 1);
  }
  const rows = run(mirror);
  if (process.argv.includes('--fixture')) {
    const file = new URL('../test/fixtures/law-quotes.json', import.meta.url);
    let old;
    try {
      old = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      old = undefined;
    }
    writeFileSync(file, JSON.stringify(fixtureOf(rows, old), null, 1) + '\n');
  } else for (const r of rows) if (!process.argv.includes('--missing') || r.found === false) console.log(JSON.stringify(r));
  const missing = rows.filter((r) => r.found === false).length;
  console.error(`${rows.length} quotes, ${rows.length - missing} found in Lovdata's text, ${missing} not`);
}
