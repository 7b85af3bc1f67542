import { t, type Lang } from '../../i18n/index.js';
import { citeBasis, citeLaw } from '../../model/legal.js';
import type { ResolvedLaw } from '../../model/resolve.js';

/** Pure wording helpers for the notice: every word comes from locales/<lang>/notice.json. */

/** «a», «a og b», «a, b og c». */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return t(lang, 'notice.list.and', { items: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** Numbers up to twelve in words, as plain-language guides ask for running text; digits above. */
export function numberWord(n: number, lang: Lang): string {
  return n >= 2 && n <= 12 ? t(lang, `notice.number.${n}`) : String(n);
}

const UNITS = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
  ['H', 'hour'],
  ['TM', 'minute'],
  ['S', 'second'],
] as const;

/**
 * An ISO 8601 duration in words: P2Y «to år», P1Y6M «ett år og seks måneder». Returns undefined for
 * text that is not a duration (the schema keeps that from happening).
 */
export function durationWords(iso: string, lang: Lang): string | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const parts: string[] = [];
  UNITS.forEach(([, unit], i) => {
    const value = m[i + 1];
    if (value === undefined) return;
    const n = Number(value);
    parts.push(n === 1 ? t(lang, `notice.duration.${unit}.one`) : t(lang, `notice.duration.${unit}.other`, { n: numberWord(n, lang) }));
  });
  return parts.length > 0 ? joinList(parts, lang) : undefined;
}

/** YYYY-MM-DD in words: «15. januar 2026», «15 January 2026». */
export function dateWords(iso: string, lang: Lang): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return t(lang, 'notice.date', { day: d, month: t(lang, `notice.month.${mo}`), year: y });
}

/** «personvernforordningen artikkel 6 nr. 1 bokstav e, jf. personopplysningsloven § 8 og statistikkloven § 10». */
export function basisCitation(code: string, laws: readonly ResolvedLaw[], lang: Lang): string {
  const gdpr = citeBasis(code, lang);
  if (laws.length === 0) return gdpr;
  return t(lang, 'notice.basis.with-law', { gdpr, laws: lawList(laws, lang) });
}

export function lawList(laws: readonly ResolvedLaw[], lang: Lang): string {
  return joinList(laws.map((l) => citeLaw(l, lang)), lang);
}

/** The first letter in capitals, for a fragment that starts a list item or a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** A country's name in the notice's language; the code where the name is unknown. */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Paragraphs of a registry text: blank lines separate them, other line breaks are spaces. */
export function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
