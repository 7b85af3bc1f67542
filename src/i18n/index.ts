import { readFileSync } from 'node:fs';
import { closeDirections } from '../util/directions.js';
import { packagePath } from '../util/paths.js';
import type { MessageArg, MessageArgs } from '../model/finding.js';

/** The languages ropa speaks: bokmål, nynorsk, English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);
}

/**
 * A language as a person types it (`--lang`, $ROPA_LANG): a language tag, which is case-insensitive and may
 * carry a region (BCP 47, RFC 5646 §§ 2.1.1 and 2.2.4: `NB`, `nb-NO`, `en-GB`). Undefined for any other
 * language, and for a POSIX locale (`en_US.UTF-8`), which is $LANG's form, not a tag. The registry's own
 * `languages` stay exact: the schema checks them.
 */
export function langTag(s: string | undefined): Lang | undefined {
  const m = /^([a-z]{2})(?:-(?:[a-z]{2}|\d{3}))?$/i.exec(s?.trim() ?? '');
  const lang = m?.[1]!.toLowerCase();
  return isLang(lang) ? lang : undefined;
}

type Catalogue = Record<string, string>;
const cache = new Map<string, Catalogue>();

/** Locale files are split by namespace (`locales/<lang>/<namespace>.json`) and read when first needed. */
function catalogue(lang: Lang, namespace: string): Catalogue {
  const key = `${lang}/${namespace}`;
  let c = cache.get(key);
  if (!c) {
    c = readCatalogue(packagePath('locales', lang, `${namespace}.json`));
    cache.set(key, c);
  }
  return c;
}

/**
 * One locale file. A namespace a language lacks falls back to English; a file that is there but is
 * not an object of strings is a broken installation, and says so rather than losing its words.
 */
export function readCatalogue(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LocaleFileError(path, (e as Error).message);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new LocaleFileError(path, 'not a JSON object');
  const bad = Object.entries(data).find(([, v]) => typeof v !== 'string');
  if (bad) throw new LocaleFileError(path, `the value of "${bad[0]}" is not a string`);
  return data as Catalogue;
}

/** A locale file that cannot be used. Not a UserError: its words could not be trusted to say so. */
export class LocaleFileError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`broken locale file ${path}: ${detail}`);
    this.name = 'LocaleFileError';
  }
}

/** Each message looked up once per language: a report of 10,000 activities asks for the same words a million times. */
const found = new Map<Lang, Map<string, string | null>>();

function lookup(lang: Lang, id: string): string | undefined {
  let known = found.get(lang);
  if (!known) found.set(lang, (known = new Map()));
  const hit = known.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const dot = id.indexOf('.');
  let message: string | null = null;
  if (dot >= 0) {
    const c = catalogue(lang, id.slice(0, dot));
    const key = id.slice(dot + 1);
    if (Object.hasOwn(c, key)) message = c[key]!;
  }
  // Ids are the locale files' keys, and the few made of registry values (`{x, terms, …}`): kept while there is room.
  if (known.size < 50_000) known.set(id, message);
  return message ?? undefined;
}

/**
 * The message `id` (`namespace.key`) in `lang`, with `{name}` placeholders filled; English, then the id, as fallback.
 * A count takes the language's plural form, as in ICU messages: `{files, plural, one {# fil} other {# filer}}`
 * (`#` is the number; the form is chosen by `Intl.PluralRules`, and `=0` picks an exact number).
 */
export function t(lang: Lang, id: string, args: MessageArgs = {}): string {
  const template = lookup(lang, id) ?? lookup('en', id) ?? id;
  return fill(lang, template, args);
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

function fill(lang: Lang, template: string, args: MessageArgs): string {
  // Most messages have no plural, terms, duration or list: their placeholders are found once, and filled by joining.
  if (
    !template.includes(', plural,') &&
    !template.includes(', terms,') &&
    !template.includes(', duration}') &&
    !template.includes(', list}') &&
    !template.includes(', country}') &&
    !template.includes(', date}')
  )
    return fillSimple(template, args, lang);
  // Every placeholder in one pass over the template, as fillSimple does: what a plural form, a term, a list or an argument
  // brings in is not read again (a list of names holding «{count}» stays as written).
  return template.replace(ANY_PLACEHOLDER, (m, ...g: (string | undefined)[]) => {
    const [pluralName, cases, termsName, prefix, listName, durationName, countryName_, dateName, name] = g as (string | undefined)[];
    if (pluralName !== undefined) {
      if (!Object.hasOwn(args, pluralName)) return m;
      const n = Number(args[pluralName]);
      const forms = new Map([...cases!.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((c) => [c[1]!, c[2]!] as const));
      let rules = pluralRules.get(lang);
      if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
      const form = forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other') ?? '';
      return form.replace(/#/g, String(args[pluralName]));
    }
    if (termsName !== undefined) {
      if (!Object.hasOwn(args, termsName)) return m;
      const ids = args[termsName]!;
      return (Array.isArray(ids) ? ids : String(ids).split(', '))
        .map((id) => (hasMessage(lang, `${prefix!}.${id}`) || hasMessage('en', `${prefix!}.${id}`) ? t(lang, `${prefix!}.${id}`) : id))
        .join('; ');
    }
    // `{name, list}`: an array, each item as it is (a name holding «, » stays one item); a single value is a list of one.
    if (listName !== undefined) return Object.hasOwn(args, listName) ? formatList(items(args[listName]!), lang) : m;
    // `{name, country}`: an ISO 3166-1 alpha-2 code (or a list of them) as the country's name in the language
    // (Intl.DisplayNames: «GB» → «Storbritannia», «United Kingdom»); any other value (an organisation's name) as it is.
    // In an English sentence a name that takes the article gets it («the transfer to the United States», «The
    // Netherlands is in the EEA» where the message starts with it); the name alone (countryName) stays without.
    if (countryName_ !== undefined) {
      if (!Object.hasOwn(args, countryName_)) return m;
      const said = formatList(
        items(args[countryName_]!).map((c) => (COUNTRY_CODE.test(c) ? countryInSentence(c, lang) : c)),
        lang,
      );
      return (g as unknown[])[9] === 0 ? said.charAt(0).toUpperCase() + said.slice(1) : said;
    }
    // `{name, date}`: a calendar date (YYYY-MM-DD) as the language writes it in a sentence («1. januar 2026», «1 January
    // 2026»); any other value as it is. The finding keeps the ISO date.
    if (dateName !== undefined) return Object.hasOwn(args, dateName) ? dateInSentence(String(args[dateName]), lang) : m;
    // `{name, duration}`: an ISO 8601 duration in the language's words, with digits («P10Y» → «10 år», «10 years»;
    // «P1Y6M» → «1 år og 6 måneder»); a value that is no duration is printed as it is. The finding keeps the ISO value.
    if (durationName !== undefined)
      return Object.hasOwn(args, durationName) ? (durationWords(String(args[durationName]), lang, { digits: true }) ?? String(args[durationName])) : m;
    return Object.hasOwn(args, name!) ? plain(args[name!]!, lang) : m;
  });
}

/** A list argument's items: an array's, or the one value; each with the directions it opens closed (util/directions.ts). */
function items(v: MessageArg): readonly string[] {
  return Array.isArray(v) ? v.map(closeDirections) : [closeDirections(String(v))];
}

/**
 * A plain `{name}`'s value: a list (an array) as the language says a list, anything else as it is. A direction a
 * value opens (a registry text's RLO) is closed where the value ends, so that it cannot turn the message's own words.
 */
function plain(v: MessageArg, lang: Lang): string {
  return Array.isArray(v) ? formatList(items(v), lang) : closeDirections(String(v));
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date as the language writes it in running text (Intl, British English for en); anything else as it is. */
function dateInSentence(value: string, lang: Lang): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // A day that does not exist (2026-02-30) would roll over: print the value as written rather than another date.
  if (date.toISOString().slice(0, 10) !== value) return value;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** A country's name in the language (Intl.DisplayNames, British English for en); the code where Intl has no name. */
export function countryName(code: string, lang: Lang): string {
  try {
    let names = regionNames.get(lang);
    if (names === undefined) regionNames.set(lang, (names = new Intl.DisplayNames([lang === 'en' ? 'en-GB' : lang], { type: 'region', fallback: 'code' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
/**
 * English names that take «the» in a sentence: «the United States», «the Netherlands», «the Philippines», «the Cayman
 * Islands», «the Dominican Republic», «the Palestinian Territories» (Intl's en-GB names).
 */
const EN_THE =
  /^(?:United\s|Caribbean Netherlands$|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Seychelles$|Comoros$)|\s(?:Islands|Republic|Territories|Territory|Emirates)$/;
/** A country's name as it stands in a sentence of the language. */
function countryInSentence(code: string, lang: Lang): string {
  const name = countryName(code, lang);
  return lang === 'en' && name !== code && EN_THE.test(name) ? `the ${name}` : name;
}
/** Intl.DisplayNames for regions, made once per language. */
const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * `{name, list}`: the argument is a list of ids (`a, b, c`, as for `terms`), printed as the language says a list:
 * «a, b og c», «a, b and c». The finding keeps the ids; the words between them are the locale's.
 */
const LIST = /\{(\w+), list\}/g;

const listFormats = new Map<string, Intl.ListFormat>();

/** «a», «a og b», «a, b og c» (or «a, b eller c» with `disjunction`), by Intl.ListFormat; British English for en. */
export function formatList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // None or one: what Intl.ListFormat gives, without asking it (a large record asks this a hundred thousand times).
  if (items.length < 2) return items[0] ?? '';
  const key = `${lang}/${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type, style: 'long' });
    listFormats.set(key, f);
  }
  return f.format(items);
}

const PLACEHOLDER = /\{(\w+)\}/g;
const DURATION_PLACEHOLDER = /\{(\w+), duration\}/g;
const COUNTRY_PLACEHOLDER = /\{(\w+), country\}/g;
const DATE_PLACEHOLDER = /\{(\w+), date\}/g;

/** A message cut at its `{name}` placeholders: the texts around them and their names. */
interface Parsed {
  texts: string[];
  names: string[];
}
const parsed = new Map<string, Parsed>();

/** `{name}` placeholders filled in one pass, as `fill`'s last step does: what an argument brings in is not filled again. */
function fillSimple(template: string, args: MessageArgs, lang: Lang): string {
  let p = parsed.get(template);
  if (p === undefined) {
    p = { texts: [], names: [] };
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      p.texts.push(template.slice(last, m.index));
      p.names.push(m[1]!);
      last = m.index + m[0].length;
    }
    p.texts.push(template.slice(last));
    // Messages are few; a template made of a missing id is kept only while there is room.
    if (parsed.size < 20_000) parsed.set(template, p);
  }
  if (p.names.length === 0) return template;
  let out = p.texts[0]!;
  for (let i = 0; i < p.names.length; i++) {
    const name = p.names[i]!;
    out += (Object.hasOwn(args, name) ? plain(args[name]!, lang) : `{${name}}`) + p.texts[i + 1]!;
  }
  return out;
}

/**
 * `{name, terms, namespace.prefix}`: the argument is a list of ids (`a, b`), each printed as the message
 * `namespace.prefix.<id>` in the language (an id with no message stays as it is), joined by «; ». The
 * finding keeps the ids, so machine-readable output does not change with the language.
 */
const TERMS = /\{(\w+), terms, ([\w.-]+)\}/g;
/** Any placeholder: plural (groups 1-2), terms (3-4), list (5), duration (6), country (7), date (8), plain (9). */
const ANY_PLACEHOLDER = new RegExp(
  [PLURAL, TERMS, LIST, DURATION_PLACEHOLDER, COUNTRY_PLACEHOLDER, DATE_PLACEHOLDER, PLACEHOLDER].map((r) => r.source).join('|'),
  'g',
);

/** The placeholders a message template uses, plural counts included: for tests of the locale files. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)(?:\}|, plural,|, terms,|, duration\}|, list\}|, country\}|, date\})/g)) names.add(m[1]!);
  return [...names].sort();
}

export function hasMessage(lang: Lang, id: string): boolean {
  return lookup(lang, id) !== undefined;
}

// ---- durations (here, in the base layer, so that messages can say them; render/words re-exports them) ----

/** Numbers up to twelve in words, as plain-language guides ask for running text; digits above. */
export function numberWord(n: number, lang: Lang): string {
  return n >= 2 && n <= 12 ? t(lang, `words.number.${n}`) : String(n);
}

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * An ISO 8601 duration in words: P2Y «to år», P1Y6M «ett år og seks måneder». Returns undefined for
 * text that is not a duration (the schema keeps that from happening).
 */
export function durationWords(iso: string, lang: Lang, opts: { digits?: boolean } = {}): string | undefined {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const parts: string[] = [];
  UNITS.forEach((unit, i) => {
    const value = m[i + 1];
    if (value === undefined) return;
    const n = Number(value);
    if (opts.digits) parts.push(t(lang, `words.duration.${unit}.${n === 1 ? 'one-digit' : 'other'}`, { n }));
    else parts.push(n === 1 ? t(lang, `words.duration.${unit}.one`) : t(lang, `words.duration.${unit}.other`, { n: numberWord(n, lang) }));
  });
  return parts.length > 0 ? formatList(parts, lang) : undefined;
}
