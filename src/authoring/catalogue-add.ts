import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Registry } from '../model/registry.js';
import { UserError } from '../util/errors.js';
import type { CatalogueKind } from '../model/types.js';
import { parseYaml } from '../parse/yaml.js';
import { formatYaml } from './format.js';
import { yamlText } from './new-activity.js';
import { canonicalData, propertySchema, rootSchema, schemaNode } from './schema-order.js';

/** The word `ropa add` takes for each catalogue, and the file a registry's first entry of it goes to. */
export const ENTRY_KINDS = {
  law: { catalogue: 'laws', file: 'laws.yaml' },
  subject: { catalogue: 'dataSubjects', file: 'data-subjects.yaml' },
  category: { catalogue: 'dataCategories', file: 'data-categories.yaml' },
  source: { catalogue: 'sources', file: 'sources.yaml' },
  recipient: { catalogue: 'recipients', file: 'recipients.yaml' },
  processor: { catalogue: 'processors', file: 'processors.yaml' },
  system: { catalogue: 'systems', file: 'systems.yaml' },
  measure: { catalogue: 'securityMeasures', file: 'security-measures.yaml' },
  retention: { catalogue: 'retentionPolicies', file: 'retention-policies.yaml' },
} as const satisfies Record<string, { catalogue: CatalogueKind; file: string }>;
export type EntryKind = keyof typeof ENTRY_KINDS;

export const kindOfCatalogue = (catalogue: CatalogueKind): EntryKind =>
  (Object.keys(ENTRY_KINDS) as EntryKind[]).find((k) => ENTRY_KINDS[k].catalogue === catalogue)!;

/** The schema of one entry of a catalogue. */
export function entrySchema(catalogue: CatalogueKind): Record<string, unknown> {
  return schemaNode('catalogue', 'properties', catalogue, 'additionalProperties');
}

/** The fields an entry must have (the schema's `required`). */
export function requiredFields(catalogue: CatalogueKind): string[] {
  const r = entrySchema(catalogue).required;
  return Array.isArray(r) ? r.map(String) : [];
}

/**
 * The catalogue file a new entry goes into: the file given, else the last file that already holds this
 * catalogue, else `catalogues/<file>` (a new file).
 */
export function catalogueFileFor(registry: Registry, catalogue: CatalogueKind, root: string): string {
  const holders = [...registry.catalogues[catalogue].values()].map((e) => e.file.path);
  if (holders.length > 0) return holders[holders.length - 1]!;
  return join(root, 'catalogues', ENTRY_KINDS[kindOfCatalogue(catalogue)].file);
}

/** Whether an entry can be added to the file that would take it (a catalogue in flow style cannot). */
export function canAddTo(registry: Registry, catalogue: CatalogueKind, root: string): { ok: boolean; path: string } {
  const path = catalogueFileFor(registry, catalogue, root);
  if (!existsSync(path)) return { ok: true, path };
  try {
    insertEntry(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), catalogue, 'probe', {}, path, root);
    return { ok: true, path };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, path };
    throw e;
  }
}

/**
 * The text of a catalogue file with one entry added at the end of its catalogue. The rest of the file is kept
 * byte for byte: the entry's lines are spliced in after the catalogue's last line (comments, blank lines and
 * order stay). A file without that catalogue gets it at its end; a new file gets a modeline. The entry itself
 * is written in canonical key order and quoting, as `ropa fmt` would write it.
 */
export function insertEntry(
  text: string | undefined,
  catalogue: CatalogueKind,
  id: string,
  entry: Record<string, unknown>,
  path: string,
  root: string,
): string {
  const data = canonicalData(entry, propertySchema(propertySchema(rootSchema('catalogue'), catalogue), id));
  if (text === undefined || (!existsSync(path) && text === '')) return yamlText({ [catalogue]: { [id]: data } }, 'catalogue', path, root);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = text.endsWith('\n') || text === '' ? text : text + eol;
  const parsed = parseYaml(body);
  const top = parsed.doc?.contents as Node | null | undefined;
  if (!isMap(top)) throw new UserError('authoring.add.not-a-catalogue', { path, catalogue });
  const pair = (top as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === catalogue) as Pair<Node, Node | null> | undefined;
  const value = pair?.value;
  if (pair && isMap(value) && !value.flow && value.items.length > 0) {
    const first = (value.items[0] as Pair<Node, Node>).key;
    const indent = first.range![0] - lineStart(body, first.range![0]);
    const lines = entryLines({ [id]: data }, catalogue).map((l) => ' '.repeat(indent) + l);
    // The end of the catalogue's last value: the line after it is where the entry goes.
    const end = lineEnd(body, (value as YAMLMap).range![1]);
    return body.slice(0, end) + lines.map((l) => l + eol).join('') + body.slice(end);
  }
  if (pair && value !== null && value !== undefined && !(isScalar(value) && value.value === null) && !(isMap(value) && value.items.length === 0)) {
    throw new UserError('authoring.add.not-a-catalogue', { path, catalogue });
  }
  // No catalogue, or an empty one (`laws:` or `laws: {}`): the catalogue goes at the end of the file.
  let out = body;
  if (pair) {
    const start = lineStart(body, (pair.key as Node).range![0]);
    const stop = lineEnd(body, (value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1]);
    out = body.slice(0, start) + body.slice(stop);
  }
  const lines = [`${catalogue}:`, ...entryLines({ [id]: data }, catalogue).map((l) => `  ${l}`)];
  return out + lines.map((l) => l + eol).join('');
}

/** The entry as `ropa fmt` would write it, as lines relative to the catalogue's indentation. */
function entryLines(entry: Record<string, unknown>, catalogue: CatalogueKind): string[] {
  const doc = new Document({ [catalogue]: entry });
  const raw = doc.toString({ lineWidth: 0, flowCollectionPadding: false, indent: 2 });
  const formatted = formatYaml(raw, 'catalogue');
  if (!formatted.ok) throw new Error(`new ${catalogue} entry does not format: ${formatted.reason}`);
  return formatted.text
    .split('\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.slice(2));
}

/** The offset just after the line that holds `offset - 1` (a node's range ends after its last character). */
export function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
