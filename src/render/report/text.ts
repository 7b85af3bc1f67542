import { t, type Lang } from '../../i18n/index.js';
import type { MessageArgs } from '../../model/finding.js';
import { citeLaw } from '../../model/legal.js';
import type { Registry } from '../../model/registry.js';
import type { ResolvedLaw } from '../../model/resolve.js';
import type { Address, Contact, LocalText } from '../../model/types.js';
import { countryName, joinList, periodWords, textIn } from '../words/index.js';
import { closeDirections } from '../../util/directions.js';

/**
 * What the report's cell functions need to turn registry data into words: the language, the
 * registry's own languages (for text missing in the report's language) and the locale lookup.
 */
export interface TextContext {
  lang: Lang;
  registry: Registry;
}

/** A word from locales/<lang>/report.json. */
export function r(ctx: TextContext, key: string, args?: MessageArgs): string {
  let id = REPORT_IDS.get(key);
  if (id === undefined) {
    id = `report.${key}`;
    if (REPORT_IDS.size < 10_000) REPORT_IDS.set(key, id);
  }
  return t(ctx.lang, id, args);
}

/**
 * Each key's message id, made once: a report of 10,000 activities asks for the same words hundreds of
 * thousands of times, and an id made anew is a new string to hash at every lookup. Keys are the locale
 * file's; a few are made of values (a country, a verdict), kept while there is room.
 */
const REPORT_IDS = new Map<string, string>();

/** Registry text in the report's language, else in the registry's first language, else any. */
export function text(ctx: TextContext, value: LocalText | undefined): string {
  return textIn(value, ctx.lang, ctx.registry.languages) ?? '';
}

/** "A, B og C" / "A, B and C". */
export function list(ctx: TextContext, items: readonly string[]): string {
  const present = items.filter((s) => s !== '');
  return joinList(present, ctx.lang);
}

/** A date as Norwegians write it (dd.mm.yyyy), or ISO in English. */
export function date(ctx: TextContext, iso: string | undefined): string {
  if (iso === undefined) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? r(ctx, 'date', { y: m[1]!, m: m[2]!, d: m[3]! }) : iso;
}

/** An ISO 8601 duration (the shared wording module), with digits as a table has them: P1Y6M → "1 år og 6 måneder". */
export function duration(ctx: TextContext, iso: string): string {
  return periodWords(iso, ctx.lang, { digits: true });
}

/** A country's name in the report's language, from its ISO code. */
export function country(ctx: TextContext, code: string | undefined): string {
  if (code === undefined) return '';
  return countryName(code, ctx.lang);
}

export function laws(ctx: TextContext, refs: readonly ResolvedLaw[]): string {
  return list(
    ctx,
    refs.map((l) => citeLaw(l, ctx.lang)),
  );
}

/** "value, jf. statistikkloven § 10" when laws are given; the value alone otherwise. */
export function withLaws(ctx: TextContext, value: string, refs: readonly ResolvedLaw[]): string {
  return refs.length > 0 ? r(ctx, 'with-law', { value, laws: laws(ctx, refs) }) : value;
}

export function yesNo(ctx: TextContext, value: boolean | undefined): string {
  return value === undefined ? '' : r(ctx, value ? 'value.yes' : 'value.no');
}

/** "Postboks 2633 St. Hanshaugen, 0131 Oslo". */
export function address(ctx: TextContext, a: Address | undefined): string {
  if (a === undefined) return '';
  // Each part with the directions it opens closed (util/directions.ts): one would turn the parts after it.
  const town = [a.postalCode, a.city]
    .filter((s) => s !== undefined)
    .map(closeDirections)
    .join(' ');
  const abroad = a.country !== undefined && a.country !== 'NO' ? country(ctx, a.country) : '';
  return [...a.lines.map(closeDirections), town, abroad].filter((s) => s !== '').join(', ');
}

/** A contact on one line: "Thorleiv Valen (Personvernombud), e-post …, telefon …, address". */
export function contact(ctx: TextContext, c: Contact | undefined): string {
  if (c === undefined) return '';
  const role = text(ctx, c.role);
  const name = c.name !== undefined ? closeDirections(c.name) : undefined;
  const who = name !== undefined ? (role !== '' ? `${name} (${role})` : name) : role;
  return [
    who,
    c.email !== undefined ? r(ctx, 'contact.email', { value: c.email }) : '',
    c.phone !== undefined ? r(ctx, 'contact.phone', { value: c.phone }) : '',
    c.url ?? '',
    address(ctx, c.address),
  ]
    .filter((s) => s !== '')
    .join(', ');
}

/** Parts of one line, joined with a dash; empty parts dropped. */
export function joinParts(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' – ');
}

/** Greedy word wrap: the lines a text takes at `maxChars` characters a line; over-long words are cut. */
export function wrapWords(value: string, maxChars: number): string[] {
  const words = value
    .split(/[ \t]+/)
    .filter((w) => w !== '')
    .flatMap((w) => {
      const parts: string[] = [];
      for (let i = 0; i < w.length; i += maxChars) parts.push(w.slice(i, i + maxChars));
      return parts;
    });
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + w.length <= maxChars) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines.length > 0 ? lines : [''];
}
