import { LANGUAGES, type Lang } from '../i18n/index.js';
import type { CatalogueKind, LocalText } from '../model/types.js';
import { UserError } from '../util/errors.js';
import { parseLawRef } from './new-activity.js';
import { requiredFields } from './catalogue-add.js';
import { schemaNode } from './schema-order.js';

/** How a catalogue entry's field is given on the command line and asked for at a terminal. */
export type FieldShape = 'text' | 'string' | 'bool' | 'enum' | 'countries' | 'laws';

export interface EntryField {
  key: string;
  shape: FieldShape;
  required: boolean;
  /** The option that gives it to `ropa add`, without the dashes. */
  option: string;
  /** For an enum: the values allowed. */
  values?: string[];
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The property commander gives an option's value under: `--full-title` → `fullTitle`. */
export const optionAttribute = (option: string): string => option.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Two fields of different shape share a key; each gets its own option. */
const OPTION_OVERRIDES: Partial<Record<CatalogueKind, Record<string, string>>> = { dataCategories: { location: 'location-data' } };

/**
 * The fields of a catalogue entry that can be given as options, read from the schema: texts, strings,
 * flags, enums, country lists and laws. Nested objects (a processor's contact, its sub-processors) are
 * left to the YAML file.
 */
export function entryFields(catalogue: CatalogueKind): EntryField[] {
  const entry = schemaNode('catalogue', 'properties', catalogue, 'additionalProperties');
  const required = requiredFields(catalogue);
  const out: EntryField[] = [];
  for (const key of Object.keys((entry.properties ?? {}) as Record<string, unknown>)) {
    const node = schemaNode('catalogue', 'properties', catalogue, 'additionalProperties', 'properties', key);
    const shape = shapeOf(key, node);
    if (shape === undefined) continue;
    out.push({
      key,
      shape,
      required: required.includes(key),
      option: OPTION_OVERRIDES[catalogue]?.[key] ?? kebab(key),
      ...(shape === 'enum' ? { values: (node.enum as unknown[]).map(String) } : {}),
    });
  }
  return out;
}

function shapeOf(key: string, node: Record<string, unknown>): FieldShape | undefined {
  if (Array.isArray(node.enum)) return 'enum';
  if (node.type === 'boolean') return 'bool';
  if (key === 'law' && node.type === 'array') return 'laws';
  if (node.type === 'array') return /\/(country|location)$/.test((node.items as { $ref?: string } | undefined)?.$ref ?? '') ? 'countries' : undefined;
  if (Array.isArray(node.oneOf)) return 'text';
  if (node.type === 'string') return 'string';
  return undefined;
}

/** `--name Ansatte` serves every language; `--name nb:Ansatte --name en:Employees` gives one text per language. */
export function localTextOption(values: string[] | undefined, option: string): LocalText | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const tagged = values.map((v) => /^(nb|nn|en):\s*([\s\S]*)$/.exec(v));
  if (values.length === 1 && !tagged[0]) return values[0]!;
  if (tagged.some((m) => !m)) throw new UserError('authoring.new.mixed-languages', { option, languages: LANGUAGES.join(', ') });
  const text: Partial<Record<Lang, string>> = {};
  for (const m of tagged) text[m![1] as Lang] = m![2]!;
  return text;
}

/** A comma-separated list of ids or codes; undefined when not given. */
export function idList(s: string | undefined): string[] | undefined {
  return s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
}

/**
 * Lovdata's short link for a law with this id, e.g. LOV-2019-06-21-32 → https://lovdata.no/lov/2019-06-21-32 (an old
 * law may have no serial number: LOV-1967-02-10). A regulation (FOR-…) gets none: its address depends on whether it
 * is central or local, which the id does not say; give it with --url.
 */
export function lovdataUrl(lovdataId: string): string | undefined {
  const m = /^LOV-([0-9]{4}-[0-9]{2}-[0-9]{2}(?:-[0-9]+)?)$/.exec(lovdataId);
  return m ? `https://lovdata.no/lov/${m[1]}` : undefined;
}

/**
 * A catalogue entry from option values (as commander gives them: strings, lists of strings, booleans). A law's
 * `--name` is its title; a law with a Lovdata id and no `--url` links to Lovdata. A required field that is
 * missing is a usage error naming its option.
 */
export function entryFromOptions(catalogue: CatalogueKind, given: Record<string, unknown>, kindWord: string): Record<string, unknown> {
  const fields = entryFields(catalogue);
  const out: Record<string, unknown> = {};
  const value = (f: EntryField): unknown => given[optionAttribute(f.option)] ?? (catalogue === 'laws' && f.key === 'title' ? given.name : undefined);
  for (const f of fields) {
    const v = value(f);
    if (v === undefined || v === false) continue;
    const strings = (Array.isArray(v) ? v : [v]).map(String);
    const last = strings[strings.length - 1]!;
    switch (f.shape) {
      case 'text':
        out[f.key] = localTextOption(strings, `--${f.option}`);
        break;
      case 'bool':
        out[f.key] = true;
        break;
      case 'countries':
        out[f.key] = strings.flatMap((s) => idList(s) ?? []);
        break;
      case 'laws':
        out[f.key] = strings.map(parseLawRef);
        break;
      case 'enum':
        if (!f.values!.includes(last)) throw new UserError('cli.bad-choice', { option: `--${f.option}`, value: last, allowed: f.values!.join(', ') });
        out[f.key] = last;
        break;
      default:
        out[f.key] = last;
    }
  }
  if (catalogue === 'laws' && typeof out.lovdataId === 'string' && out.url === undefined) {
    const url = lovdataUrl(out.lovdataId);
    if (url !== undefined) out.url = url;
  }
  for (const f of fields) {
    if (f.required && out[f.key] === undefined) throw new UserError('authoring.add.required', { kind: kindWord, option: `--${f.option}` });
  }
  return out;
}
