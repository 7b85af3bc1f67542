import { createRequire } from 'node:module';
import type { MessageArgs } from '../model/finding.js';
import { readSchema, SCHEMA_FILES } from './schema-files.js';
import type { FileKind } from '../parse/source.js';

/**
 * "Wrong form" messages that show the right form. A value that fails a pattern or a format is
 * recognised by the schema definition it fails (duration, date, country, id, …), and where the
 * intended value can be read from what was written ("5 år", "10.01.2026", "USA") the message
 * gives it; otherwise it gives the schema's own example. Only called for values that failed.
 */
export interface FormHint {
  messageId: string;
  args: MessageArgs;
}

type Schema = Record<string, unknown>;

let common: Record<string, Schema> | undefined;
function definitions(): Record<string, Schema> {
  common ??= (readSchema('common').definitions ?? {}) as Record<string, Schema>;
  return common;
}

/** The common definition a failed pattern belongs to: the same pattern, the same form. */
function formOfPattern(pattern: string): string | undefined {
  for (const [name, d] of Object.entries(definitions())) if (d.pattern === pattern) return name;
  return undefined;
}

/** `pattern` failed at a property called `key`; `example` is the failing schema's own. */
export function patternHint(value: unknown, pattern: string, key: string | undefined, example: unknown): FormHint {
  const v = typeof value === 'string' ? value : String(value);
  const form = formOfPattern(pattern);
  if (form === 'duration') {
    const flag = key !== undefined ? booleanSibling(key, v) : undefined;
    if (flag) return { messageId: 'validate.form.boolean-instead', args: { value: v, property: flag } };
    const iso = durationFrom(v);
    return iso && iso !== v
      ? { messageId: 'validate.form.duration-suggest', args: { value: v, suggestion: iso } }
      : { messageId: 'validate.form.duration', args: { value: v } };
  }
  if (form === 'country') {
    const code = countryFrom(v);
    return code
      ? { messageId: 'validate.form.country-suggest', args: { value: v, suggestion: code } }
      : { messageId: 'validate.form.country', args: { value: v } };
  }
  if (form === 'id') {
    const id = idFrom(v);
    return id ? { messageId: 'validate.form.id-suggest', args: { value: v, suggestion: id } } : { messageId: 'validate.schema.id-pattern', args: { value: v } };
  }
  if (form === 'organisationNumber') {
    const digits = v.replace(/[\s.-]/g, '');
    if (/^[0-9]{9}$/.test(digits)) return { messageId: 'validate.form.suggest', args: { value: v, suggestion: digits } };
  }
  if (form === 'url' && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(v))
    return { messageId: 'validate.form.suggest', args: { value: v, suggestion: `https://${v}` } };
  const shown = exampleText(example ?? (form ? definitions()[form]?.examples : undefined));
  return shown ? { messageId: 'validate.form.example', args: { value: v, example: shown } } : { messageId: 'validate.form.wrong', args: { value: v } };
}

/** A failed `format` (date, e-mail, uri). */
export function formatHint(value: unknown, format: string, example: unknown): FormHint {
  const v = typeof value === 'string' ? value : String(value);
  if (format === 'date') {
    const iso = dateFrom(v);
    if (iso === v) return { messageId: 'validate.form.date-impossible', args: { value: v } };
    return iso
      ? { messageId: 'validate.form.date-suggest', args: { value: v, suggestion: iso } }
      : { messageId: 'validate.form.date', args: { value: v, example: exampleText(example) ?? '2026-01-31' } };
  }
  const shown = exampleText(example);
  return shown ? { messageId: 'validate.form.example', args: { value: v, example: shown } } : { messageId: 'validate.form.wrong', args: { value: v } };
}

/** The schema's first example, as it would be written in YAML on one line. */
export function exampleText(example: unknown): string | undefined {
  const first = Array.isArray(example) ? example[0] : example;
  if (first === undefined) return undefined;
  return flow(first);
}

function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${flow(x)}`)
      .join(', ')}}`;
  if (typeof v === 'string') return /^[\p{L}\p{N}][\p{L}\p{N} ._/@§-]*$/u.test(v) && !/^(true|false|null|[0-9.]+)$/.test(v) ? v : JSON.stringify(v);
  return String(v);
}

const UNITS: [RegExp, string][] = [
  [/^(år|aar|ar|years?|yrs?|y)$/, 'Y'],
  [/^(måned(er)?|månad(er)?|mnd|md|months?|mths?|m)$/, 'M'],
  [/^(uker?|veke?r?|weeks?|wks?|w)$/, 'W'],
  [/^(dager?|dagar|døgn|days?|d)$/, 'D'],
];

/** "5 år", "6 måneder", "2 years and 6 months", "p5y" → an ISO 8601 duration. */
export function durationFrom(text: string): string | undefined {
  const s = text.trim().toLowerCase();
  if (/^p[0-9ymwdths]+$/.test(s)) return s.toUpperCase();
  const parts = new Map<string, number>();
  for (const token of s.split(/\s*(?:,|\bog\b|\band\b|&)\s*/)) {
    const m = /^([0-9]+)\s*(\p{L}+)\.?$/u.exec(token);
    const unit = m ? UNITS.find(([re]) => re.test(m[2]!))?.[1] : undefined;
    if (!m || !unit || parts.has(unit)) return undefined;
    parts.set(unit, Number(m[1]));
  }
  return (
    'P' +
    ['Y', 'M', 'W', 'D']
      .filter((u) => parts.has(u))
      .map((u) => `${parts.get(u)}${u}`)
      .join('')
  );
}

/** "10.01.2026", "10/1/2026", "2026/01/10", "2026.01.10" → 2026-01-10, when the date exists. */
export function dateFrom(text: string): string | undefined {
  const s = text.trim();
  let y: string | undefined, m: string | undefined, d: string | undefined;
  let match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (match) [, d, m, y] = match;
  else if ((match = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(s))) [, y, m, d] = match;
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

type Countries = {
  alpha3ToAlpha2(c: string): string | undefined;
  getAlpha2Code(name: string, lang: string): string | undefined;
  isValid(c: string): boolean;
  registerLocale(l: unknown): void;
};
let countries: Countries | undefined;

/** "USA", "usa", "no", "Norge", "Sweden" → an ISO 3166-1 alpha-2 code, from the i18n-iso-countries tables. */
export function countryFrom(text: string): string | undefined {
  const s = text.trim();
  if (!countries) {
    const require = createRequire(import.meta.url);
    countries = require('i18n-iso-countries') as Countries;
    for (const l of ['nb', 'nn', 'en']) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  }
  const c = countries;
  if (/^[a-z]{2}$/i.test(s) && c.isValid(s.toUpperCase())) return s.toUpperCase();
  if (/^[a-z]{3}$/i.test(s)) {
    const code = c.alpha3ToAlpha2(s.toUpperCase());
    if (code) return code;
  }
  for (const l of ['nb', 'nn', 'en']) {
    const code = c.getAlpha2Code(s, l);
    if (code) return code;
  }
  return undefined;
}

/** "Employees", "national_id", "Ansatte i SSB" → an id of the form the schema wants. */
function idFrom(text: string): string | undefined {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) && id !== text ? id : undefined;
}

let siblings: Map<string, Set<string>> | undefined;
/**
 * `period: permanent` means `permanent: true`: the value is the name of a yes/no property beside
 * the one it was written under. Read from the schemas, so it holds for any such pair.
 */
function booleanSibling(key: string, value: string): string | undefined {
  if (!siblings) {
    siblings = new Map();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== 'object') return;
      const props = (node as Schema).properties as Record<string, Schema> | undefined;
      if (props && typeof props === 'object') {
        const flags = Object.entries(props)
          .filter(([, s]) => isBoolean(s))
          .map(([k]) => k);
        for (const k of Object.keys(props)) {
          const set = siblings!.get(k) ?? new Set<string>();
          for (const f of flags) if (f !== k) set.add(f);
          siblings!.set(k, set);
        }
      }
      for (const v of Object.values(node)) visit(v);
    };
    for (const kind of Object.keys(SCHEMA_FILES) as (FileKind | 'common')[]) visit(readSchema(kind));
  }
  const wanted = value.trim().toLowerCase();
  return [...(siblings.get(key) ?? [])].find((f) => f.toLowerCase() === wanted);
}

/** A yes/no schema, directly or through a `$ref` into the common definitions. */
function isBoolean(s: Schema | undefined, depth = 0): boolean {
  if (!s || depth > 8) return false;
  if (s.type === 'boolean') return true;
  const ref = typeof s.$ref === 'string' ? /#\/definitions\/(.+)$/.exec(s.$ref)?.[1] : undefined;
  if (!ref) return false;
  let node: unknown = { ...definitions() };
  for (const seg of ref.split('/')) node = node !== null && typeof node === 'object' ? (node as Schema)[seg] : undefined;
  return isBoolean(node as Schema | undefined, depth + 1);
}
