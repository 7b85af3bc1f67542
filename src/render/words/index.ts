/**
 * The one wording module: how every document ropa writes (notice, report, gap list, diff, show)
 * says a list, a duration, a date, a country, a registry text in the reader's language and a name
 * with its abbreviation. Fixed words live in locales/<lang>/words.json.
 */
import { durationWords, formatList, t, type Lang } from '../../i18n/index.js';
import { localText } from '../../model/registry.js';
import type { LocalText } from '../../model/types.js';
import { closeDirections } from '../../util/directions.js';

/** «a», «a og b», «a, b og c» (or «a, b eller c» with `or`), by Intl.ListFormat: the locale layer's lists. */
export function joinList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatList(items, lang, type);
}

export { countryName, durationWords, numberWord } from '../../i18n/index.js';

/** A duration in words where it is one, else the text as it is; `digits` for tables («5 år»). */
export function periodWords(iso: string, lang: Lang, opts: { digits?: boolean } = {}): string {
  return durationWords(iso, lang, opts) ?? iso;
}

/** YYYY-MM-DD in words: «15. januar 2026», «15 January 2026». */
export function dateWords(iso: string, lang: Lang): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return t(lang, 'words.date', { day: d, month: t(lang, `words.month.${mo}`), year: y });
}

/**
 * A registry text in `lang`, else in the first of `fallback` that has it, else in any language it
 * has. `undefined` only when there is no text at all.
 */
export function textIn(value: LocalText | undefined, lang: Lang, fallback: readonly Lang[] = []): string | undefined {
  if (value === undefined) return undefined;
  for (const l of [lang, ...fallback]) {
    const s = localText(value, l);
    if (s !== undefined) return s;
  }
  const any = typeof value === 'string' ? value : Object.values(value as Record<string, string | undefined>).find((v) => v !== undefined);
  return any === undefined ? undefined : closeDirections(any);
}

/**
 * A name with its abbreviation, «Statistisk sentralbyrå (SSB)», unless the name already contains
 * it: «Utlendingsdirektoratet (UDI)» stays as it is, never «(UDI) (UDI)».
 */
export function nameWithShort(name: string, short: string | undefined | null): string {
  if (short === undefined || short === null || short === '' || short === name) return name;
  // A direction either opens is closed where it ends («(SSB‮)» would turn what follows).
  name = closeDirections(name);
  short = closeDirections(short);
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(name) ? name : `${name} (${short})`;
}

/** The first letter in capitals, for a fragment that starts a list item or a sentence. */
export function capitalise(s: string): string {
  // `toUpperCase` gives what `toLocaleUpperCase('nb')` gives for every UTF-16 code unit (test/notice/words.test.ts), without ICU.
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whether a text ends its own sentence: a full stop, a question or exclamation mark, an ellipsis. */
export function endsSentence(s: string): boolean {
  return /[.!?…]$/.test(s);
}

/** A text ended by one full stop: a registry text that ends its own sentence («… Inc.», «… (eInnsyn).») gets no second. */
export function sentence(s: string): string {
  return endsSentence(s) ? s : `${s}.`;
}

/** A text without the full stops and space it ends with: a registry text set into a sentence of the notice's own. */
export function withoutStop(s: string): string {
  return s.replace(/[.\s]+$/, '');
}

/** Paragraphs of a registry text: blank lines separate them, other line breaks are spaces. */
export function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return (
    text
      .split(/\r?\n[ \t]*\r?\n/)
      // Most paragraphs have no whitespace to fold: they are only trimmed.
      .map((p) => (FOLD.test(p) ? p.replace(/\s+/g, ' ') : p).trim())
      .filter((p) => p.length > 0)
  );
}

/** Whitespace that `paragraphs` folds into one space: any but a space, or two in a row. */
const FOLD = /[^\S ]| {2}/;

/**
 * The event a period counts from, as it follows the template's own «etter»/«after» («5 år etter {event}»):
 * a record may write the event with its connective already («etter at saken er avsluttet», «after a negative
 * test», «når kontrakten går ut», «ved utløpet av», «fra og med vedtaket»), which read «etter etter …»,
 * «etter når …». The leading connective is taken off («når»/«da» become «at»: «etter at kontrakten går ut»).
 */
export function afterEvent(event: string, lang: Lang): string {
  const lead = /^\s*/.exec(event)![0];
  const rest = event.slice(lead.length);
  for (const [pattern, replacement] of lang === 'en' ? AFTER_EN : AFTER_NO) if (pattern.test(rest)) return lead + rest.replace(pattern, replacement);
  return event;
}

/** `afterEvent`'s connectives, each with what replaces it: English, then Norwegian (bokmål and nynorsk). */
const AFTER_EN: readonly (readonly [RegExp, string])[] = [
  [/^(?:after|from|upon|on|when)\s+(?=\S)/i, ''],
  [/^at\s+(?=the\s)/i, ''],
];
const AFTER_NO: readonly (readonly [RegExp, string])[] = [
  [/^fr[aå] og med\s+(?=\S)/i, ''],
  [/^(?:etter|fr[aå]|ved)\s+(?=\S)/i, ''],
  [/^(?:når|da|då)\s+(?=\S)/i, 'at '],
];

/**
 * A criterion that ends retention when no period applies, as it follows «lagres»/«is kept» («lagres {criterion}»):
 * records write it as the schema's «til arbeidsforholdet opphører» or «så lenge …», but as often as the moment
 * itself («når kunden melder seg av», «ved prosjektslutt», «at du melder deg av», «when the person unsubscribes»,
 * or a bare «saken er avsluttet»), which read «lagres når …», «is kept when …». Such a moment becomes «til …» /
 * «until …»; a criterion that already says how long («så lenge», «til», «inntil», «as long as», «until») is left.
 */
export function untilEvent(criterion: string, lang: Lang): string {
  const lead = /^\s*/.exec(criterion)![0];
  const rest = criterion.slice(lead.length);
  if (rest.length === 0) return criterion;
  const [keeps, moment, until] = lang === 'en' ? UNTIL_EN : UNTIL_NO;
  if (keeps.test(rest)) return criterion;
  return lead + until + rest.replace(moment, '');
}

/** `untilEvent`'s words: a criterion that already says how long, a moment's connective, and the word that replaces it. */
const UNTIL_EN: readonly [RegExp, RegExp, string] = [
  /^(?:as long as|so long as|for as long as|until|till|up to|while|during|throughout|for|permanently|indefinitely)\b/i,
  /^(?:when|once|on|upon|at)\s+(?=\S)/i,
  'until ',
];
const UNTIL_NO: readonly [RegExp, RegExp, string] = [
  /^(?:så lenge|til|inntil|fram til|frem til|heilt til|helt til|mens|medan|under|gjennom|i|permanent|for alltid)\b/i,
  /^(?:når|da|då|ved|at)\s+(?=\S)/i,
  'til ',
];
