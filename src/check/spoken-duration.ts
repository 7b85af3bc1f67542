import { lazyPattern } from '../util/lazy-pattern.js'; /**
 * A period said in words in a retention entry's trigger or description («six weeks after the recording», «slettes etter
 * 90 dager», «lagrast i tre månader»), as an ISO 8601 duration: a number (digits, or a number word from one to
 * twelve in nb, nn or en, or «a»/«an»/«én»/«ein») followed by a unit (day, week, month, year). Only for an entry that
 * has no `period`: the words then are the period the record gives (B2, variants-hotell HO06, 2026-12-01).
 */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  et: 1,
  an: 1,
  one: 1,
  en: 1,
  ett: 1,
  ein: 1,
  eitt: 1,
  ei: 1,
  én: 1,
  two: 2,
  to: 2,
  tre: 3,
  three: 3,
  four: 4,
  fire: 4,
  five: 5,
  fem: 5,
  six: 6,
  seks: 6,
  seven: 7,
  sju: 7,
  syv: 7,
  eight: 8,
  åtte: 8,
  nine: 9,
  ni: 9,
  ten: 10,
  ti: 10,
  eleven: 11,
  elleve: 11,
  twelve: 12,
  tolv: 12,
};
/** A number word from one to twelve (nb, nn, en; `NUMBER_WORDS`), or undefined. */
export const smallNumberOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return Object.hasOwn(NUMBER_WORDS, w) ? NUMBER_WORDS[w] : undefined;
};
/**
 * Numbers past twelve, as a DPO writes a period in full (variants-paraphrase2 PB120, «sixty days»; W13, session 24): the
 * teens, the tens, and a ten with a unit after it in one word or with a hyphen («tjuefem», «twenty-one», «thirty one»), or
 * before it in the older Norwegian way («femogtjue»); «hundre», «hundred» (after a unit: «to hundre»).
 */
const TEENS: Record<string, number> = {
  tretten: 13,
  thirteen: 13,
  fjorten: 14,
  fourteen: 14,
  femten: 15,
  fifteen: 15,
  seksten: 16,
  sixteen: 16,
  sytten: 17,
  seventeen: 17,
  atten: 18,
  eighteen: 18,
  nitten: 19,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  tjue: 20,
  tyve: 20,
  twenty: 20,
  tretti: 30,
  tredve: 30,
  thirty: 30,
  førti: 40,
  firti: 40,
  fyrti: 40,
  forty: 40,
  femti: 50,
  fifty: 50,
  seksti: 60,
  sixty: 60,
  sytti: 70,
  seventy: 70,
  åtti: 80,
  eighty: 80,
  nitti: 90,
  ninety: 90,
};
/** The units a ten takes after it (or before it, with «og»): one to nine. */
const ONES: Record<string, number> = {
  en: 1,
  ein: 1,
  ett: 1,
  eitt: 1,
  one: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  sju: 7,
  syv: 7,
  seven: 7,
  åtte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
};
const HUNDRED = ['hundre', 'hundred'];
const alt = (words: Record<string, number> | string[]): string =>
  (Array.isArray(words) ? words : Object.keys(words)).sort((a, b) => b.length - a.length).join('|');
const HUNDREDS = lazyPattern(`^(?:(${alt(ONES)}) ?)?(?:${alt(HUNDRED)})$`, 'u');
const TEN_UNIT = lazyPattern(`^(${alt(TENS)}) ?(${alt(ONES)})$`, 'u');
const UNIT_TEN = lazyPattern(`^(${alt(ONES)})og(${alt(TENS)})$`, 'u');
/** A number in words (the number word alternatives of SPOKEN), as a number; undefined where it is none. */
function numberWord(w: string): number | undefined {
  const word = w
    .toLowerCase()
    .replace(/[-\s]+/gu, ' ')
    .trim();
  if (NUMBER_WORDS[word] !== undefined) return NUMBER_WORDS[word];
  if (TEENS[word] !== undefined) return TEENS[word];
  if (TENS[word] !== undefined) return TENS[word];
  const hundred = HUNDREDS().exec(word);
  if (hundred) return 100 * (hundred[1] !== undefined ? ONES[hundred[1]]! : 1);
  const tenUnit = TEN_UNIT().exec(word);
  if (tenUnit) return TENS[tenUnit[1]!]! + ONES[tenUnit[2]!]!;
  const unitTen = UNIT_TEN().exec(word);
  if (unitTen) return TENS[unitTen[2]!]! + ONES[unitTen[1]!]!;
  return undefined;
}
const NUMBER_SOURCE = [
  `(?:${alt(ONES)})[ -]?(?:${alt(HUNDRED)})`,
  `(?:${alt(HUNDRED)})`,
  `(?:${alt(TENS)})(?:-| |)(?:${alt(ONES)})(?![\\p{L}])`,
  `(?:${alt(ONES)})og(?:${alt(TENS)})`,
  alt(TENS),
  alt(TEENS),
  alt(NUMBER_WORDS),
].join('|');
const UNITS: [RegExp, string][] = [
  [/^(?:days?|dager|døgn|dagar|dag)$/u, 'D'],
  [/^(?:weeks?|uker|veker|uke|veke)$/u, 'W'],
  [/^(?:months?|måneder|månader|måned|månad)$/u, 'M'],
  [/^(?:years?|år)$/u, 'Y'],
  // A quarter of a year («i et kvartal», «for a quarter», «to kvartal»): three months. Not «a quarter of» (a share, or
  // a quarter of an hour): QUARTER_OF, below.
  [/^(?:kvartal|kvartaler|kvartala|quarters?)$/u, 'Q'],
];
/**
 * «Kvartal» is also a city block («kameraene dekker et kvartal i sentrum», «opptak fra et kvartal rundt butikken»), and «a
 * quarter of» a share or a quarter of an hour: read as a period only after a word of time span («i», «for», «in»,
 * «etter», «after», «inntil», «up to», «within»), and not before a word of place or share (QUARTER_AFTER).
 */
const QUARTER_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:i|for|in|etter|after|innen|innan|within|inntil|opptil|up\s+to|til|over|through|gjennom|throughout)\s+$`,
  'iu',
);
const QUARTER_AFTER = lazyPattern(
  String.raw`^\s*(?:of|av|rundt|unna|bort|fra|frå|away|from|around|med|with|der|where|i\s+(?:sentrum|byen|bygda|området))(?![\p{L}])`,
  'iu',
);
/**
 * A number and the word after it. The unit is read in a look-ahead, so that a number word that is no number («up to two
 * years»: English «to») does not swallow the number after it. Not «a» after a word of frequency («once a year», «twice a
 * month»: how often, not how long; «overwritten every 30 days» is how long, and read).
 */
const SPOKEN = lazyPattern(String.raw`(?<![\p{L}\d])(?<!(?:once|twice|per)\s+)(\d{1,4}|${NUMBER_SOURCE})(?=\s+(\p{L}+)(?![\p{L}]))`, 'giu');
/**
 * «to» is «two» only in Norwegian, before a Norwegian unit («to år», «to uker»): English «to» («kept up to two years», «to
 * be deleted», «from the start to year end») is a preposition (R1's re-read, L, session 13).
 */
const NORWEGIAN_UNIT = lazyPattern(String.raw`^(?:dager|døgn|dagar|dag|uker|veker|uke|veke|måneder|månader|måned|månad|år|kvartal|kvartaler|kvartala)$`, 'u');
/**
 * A minimum is no period the data is kept for: «at least 5 years», «minimum 10 years», «no less than», «minst fem år», «i
 * minst», «ikke mindre enn» (a floor the law sets; the record then says how long beyond it, or nothing). Read in the few
 * words before the number.
 */
const MINIMUM = lazyPattern(
  String.raw`(?<![\p{L}])(?:at\s+least|minimum(?:\s+of)?|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|no\s+shorter\s+than|not\s+shorter\s+than|minst|minimum|ikke\s+mindre\s+enn|ikkje\s+mindre\s+enn|ikke\s+kortere\s+enn|ikkje\s+kortare\s+enn|ikkje\s+kortere\s+enn)\s+(?:i\s+|for\s+)?$`,
  'iu',
);

/** A quarter (unit Q) said as a span of time: QUARTER_BEFORE before the number, no QUARTER_AFTER after the unit. */
const quarter = (text: string, start: number, end: number): boolean =>
  QUARTER_BEFORE().test(text.slice(Math.max(0, start - 12), start)) && !QUARTER_AFTER().test(text.slice(end).replace(/^\s+\p{L}+/u, ''));

const DAYS: Record<string, number> = { D: 1, W: 7, M: 31, Y: 366 };

/** Every period the text says, as ISO 8601 durations (weeks as days), in the order said. */
export function spokenDurations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPOKEN())) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/u.test(word) ? Number(word) : numberWord(word);
    const unitWord = m[2]!.toLowerCase();
    const unit = UNITS.find(([re]) => re.test(unitWord))?.[1];
    if (n === undefined || unit === undefined || n === 0) continue;
    if (word === 'to' && !NORWEGIAN_UNIT().test(unitWord)) continue;
    if (MINIMUM().test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (unit === 'Q' && !quarter(text, m.index, m.index + m[0].length)) continue;
    out.push(unit === 'W' ? `P${n * 7}D` : unit === 'Q' ? `P${n * 3}M` : `P${n}${unit}`);
  }
  return out;
}

/**
 * The shortest period the texts say: a routine period said beside a longer exception («deleted after 7 days, 30 days if
 * handed to the police») is the routine one; undefined where none is said.
 */
export function spokenDuration(texts: readonly string[]): string | undefined {
  const all = texts.flatMap(spokenDurations);
  const days = (d: string): number => Number(/\d+/u.exec(d)![0]) * DAYS[d.at(-1)!]!;
  return all.length === 0 ? undefined : all.reduce((a, b) => (days(b) < days(a) ? b : a));
}
