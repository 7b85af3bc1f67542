import { LANGUAGES, t, type Lang } from '../i18n/index.js';
import type { CatalogueKind, LocalText } from '../model/types.js';
import { UserError } from '../util/errors.js';
import { parseLawRef } from './new-activity.js';
import { ENTRY_KINDS, requiredFields, type EntryKind } from './catalogue-add.js';
import { schemaDescription, schemaNode } from './schema-order.js';

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
  /** What the schema says the field is. */
  description?: string;
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The property commander gives an option's value under: `--full-title` → `fullTitle`. */
export const optionAttribute = (option: string): string => option.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Two fields of different shape share a key; each gets its own option. */
const OPTION_OVERRIDES: Partial<Record<CatalogueKind, Record<string, string>>> = { dataCategories: { location: 'location-data' } };

/** The options `ropa add` has whatever the schema says (src/cli/add.ts and commander's own). */
export const OWN_OPTIONS: ReadonlySet<string> = new Set(['file', 'lang', 'help', 'version', 'verbose']);

/** An option that gives a field under another name too: a law's `--name` is its title. */
const OPTION_ALIASES: Partial<Record<CatalogueKind, Record<string, string>>> = { laws: { name: 'title' } };

/** Every option an entry of this catalogue takes, as commander names its value (`fullTitle`). */
export function entryOptionAttributes(catalogue: CatalogueKind): Set<string> {
  return new Set([...entryFields(catalogue).map((f) => optionAttribute(f.option)), ...Object.keys(OPTION_ALIASES[catalogue] ?? {}).map(optionAttribute)]);
}

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
    const description = schemaDescription('catalogue', 'properties', catalogue, 'additionalProperties', 'properties', key);
    out.push({
      key,
      shape,
      required: required.includes(key),
      option: OPTION_OVERRIDES[catalogue]?.[key] ?? kebab(key),
      ...(shape === 'enum' ? { values: (node.enum as unknown[]).map(String) } : {}),
      ...(description !== undefined ? { description } : {}),
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
  const aliases = Object.entries(OPTION_ALIASES[catalogue] ?? {});
  const value = (f: EntryField): unknown => {
    const own = given[optionAttribute(f.option)];
    const alias = aliases.find(([option, key]) => key === f.key && given[optionAttribute(option)] !== undefined);
    // A law's --name is its --title: both at once would drop one without a word.
    if (own !== undefined && alias) throw new UserError('authoring.add.same-field', { option: `--${alias[0]}`, other: `--${f.option}`, kind: kindWord });
    return own ?? (alias ? given[optionAttribute(alias[0])] : undefined);
  };
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

/** One option of `ropa add`, made from the catalogue fields it gives. */
export interface EntryOption {
  /** As commander takes it: `--name <text>`, `--children`. */
  flags: string;
  /** For `ropa add --help`: what the field is in each kind of entry that has it, from the schema. */
  help: string;
  /** Given several times, every value is kept (a text per language, laws, country lists). */
  repeatable: boolean;
}

/**
 * The options of `ropa add`: one per field of every catalogue (`entryFields`), shared by the kinds of
 * entry that have a field of that name, so that a field added to the schema is an option at once.
 * A flag for a yes/no field, a value for the rest; a field that is a flag in one catalogue and a value
 * in another needs its own option (OPTION_OVERRIDES), and is an error here until it has one.
 */
export function entryOptions(lang: Lang = 'en'): EntryOption[] {
  const uses = new Map<string, { kind: EntryKind; field: EntryField; alias?: boolean }[]>();
  const use = (option: string, u: { kind: EntryKind; field: EntryField; alias?: boolean }): void => {
    uses.set(option, [...(uses.get(option) ?? []), u]);
  };
  const catalogueOf = new Map<EntryKind, CatalogueKind>();
  for (const [kind, { catalogue }] of Object.entries(ENTRY_KINDS) as [EntryKind, (typeof ENTRY_KINDS)[EntryKind]][]) {
    catalogueOf.set(kind, catalogue);
    const fields = entryFields(catalogue);
    for (const [option, key] of Object.entries(OPTION_ALIASES[catalogue] ?? {})) use(option, { kind, field: fields.find((f) => f.key === key)!, alias: true });
    for (const field of fields) use(field.option, { kind, field });
  }
  return [...uses].map(([option, list]) => {
    // A schema field named like an option `add` has anyway would make commander refuse to start `ropa add`.
    if (OWN_OPTIONS.has(option)) throw new Error(`ropa add --${option} is a field of the schema and an option of ropa add itself`);
    const flags = list.filter((u) => u.field.shape === 'bool').length;
    if (flags > 0 && flags < list.length) throw new Error(`ropa add --${option} is a flag for one kind of entry and takes a value for another`);
    const shapes = new Set(list.map((u) => u.field.shape));
    const placeholder = shapes.has('text') ? 'text' : shapes.has('laws') ? 'ref' : shapes.has('countries') ? 'codes' : 'value';
    // How to give the value is said once when every kind takes it the same way, else for each kind.
    const once = shapes.size === 1 ? valueHelp([...shapes][0]!, lang) : undefined;
    // Kinds whose field reads the same are named together: «subject, category: Its name».
    const groups = new Map<string, EntryKind[]>();
    for (const u of list) {
      const said = u.alias
        ? t(lang, 'cli.help.add.same-as', { option: `--${u.field.option}` })
        : fieldHelp(u.field, catalogueOf.get(u.kind)!, once === undefined, lang);
      groups.set(said, [...(groups.get(said) ?? []), u.kind]);
    }
    const help = [...groups].map(([said, kinds]) => `${kinds.join(', ')}: ${said}`).join('; ');
    return {
      flags: flags > 0 ? `--${option}` : `--${option} <${placeholder}>`,
      help: once === undefined ? help : `${help} (${once})`,
      repeatable: shapes.has('text') || shapes.has('laws') || shapes.has('countries'),
    };
  });
}

/**
 * A field's help: the words of `cli.help.field.<catalogue>.<key>` (a field new in the schema, which has none
 * yet, is helped by its schema description: «The category's name.» → «Its name»); then the values of a
 * choice and how to give it.
 */
function fieldHelp(f: EntryField, catalogue: CatalogueKind, how: boolean, lang: Lang): string {
  const key = `cli.help.field.${catalogue}.${f.key}`;
  const own = t(lang, key);
  const said = (own !== key ? own : (f.description ?? f.key).replace(/^The [a-z]+'s /, 'Its ')).replace(/\.$/, '');
  const choices = f.values !== undefined && f.values.some((v) => !said.includes(v)) ? ` (${f.values.join(', ')})` : '';
  const given = how ? valueHelp(f.shape, lang) : undefined;
  return `${said}${choices}${given === undefined ? '' : ` (${given})`}`;
}

function valueHelp(shape: FieldShape, lang: Lang): string | undefined {
  return shape === 'text' || shape === 'laws' || shape === 'countries' ? t(lang, `cli.help.add.value.${shape}`) : undefined;
}
