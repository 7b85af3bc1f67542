import { lazyPattern } from '../util/lazy-pattern.js'; /**
 * A period said in words in a retention entry's trigger or description («six weeks after the recording», «slettes etter
 * 90 dager», «lagrast i tre månader»), as an ISO 8601 duration: a number (digits, or a number word from one to
 * twelve in nb, nn or en, or «a»/«an»/«én»/«ein») followed by a unit (day, week, month, year). Only for an entry that
 * has no `period`: the words then are the period the record gives (B2, variants-hotell HO06, 2026-12-01).
 */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
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
const UNITS: [RegExp, string][] = [
  [/^(?:days?|dager|døgn|dagar|dag)$/u, 'D'],
  [/^(?:weeks?|uker|veker|uke|veke)$/u, 'W'],
  [/^(?:months?|måneder|månader|måned|månad)$/u, 'M'],
  [/^(?:years?|år)$/u, 'Y'],
];
/**
 * A number and the word after it. The unit is read in a look-ahead, so that a number word that is no number («up to two
 * years»: English «to») does not swallow the number after it. Not «a» after a word of frequency («once a year», «twice a
 * month»: how often, not how long; «overwritten every 30 days» is how long, and read).
 */
const SPOKEN = lazyPattern(
  String.raw`(?<![\p{L}\d])(?<!(?:once|twice|per)\s+)(\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})(?=\s+(\p{L}+)(?![\p{L}]))`,
  'giu',
);
/**
 * «to» is «two» only in Norwegian, before a Norwegian unit («to år», «to uker»): English «to» («kept up to two years», «to
 * be deleted», «from the start to year end») is a preposition (R1's re-read, L, session 13).
 */
const NORWEGIAN_UNIT = lazyPattern(String.raw`^(?:dager|døgn|dagar|dag|uker|veker|uke|veke|måneder|månader|måned|månad|år)$`, 'u');
/**
 * A minimum is no period the data is kept for: «at least 5 years», «minimum 10 years», «no less than», «minst fem år», «i
 * minst», «ikke mindre enn» (a floor the law sets; the record then says how long beyond it, or nothing). Read in the few
 * words before the number.
 */
const MINIMUM = lazyPattern(
  String.raw`(?<![\p{L}])(?:at\s+least|minimum(?:\s+of)?|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|no\s+shorter\s+than|not\s+shorter\s+than|minst|minimum|ikke\s+mindre\s+enn|ikkje\s+mindre\s+enn|ikke\s+kortere\s+enn|ikkje\s+kortare\s+enn|ikkje\s+kortere\s+enn)\s+(?:i\s+|for\s+)?$`,
  'iu',
);

const DAYS: Record<string, number> = { D: 1, W: 7, M: 31, Y: 366 };

/** Every period the text says, as ISO 8601 durations (weeks as days), in the order said. */
export function spokenDurations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPOKEN())) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word];
    const unitWord = m[2]!.toLowerCase();
    const unit = UNITS.find(([re]) => re.test(unitWord))?.[1];
    if (n === undefined || unit === undefined || n === 0) continue;
    if (word === 'to' && !NORWEGIAN_UNIT().test(unitWord)) continue;
    if (MINIMUM().test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push(unit === 'W' ? `P${n * 7}D` : `P${n}${unit}`);
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
