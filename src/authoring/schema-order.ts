import type { FileKind } from '../parse/source.js';
import { readSchema, SCHEMA_FILES } from '../validate/schema.js';

type Json = Record<string, unknown>;

/** A place in one of the schema files: the schema node and the file its local `#/…` references resolve in. */
export interface SchemaAt {
  node: Json;
  file: string;
}

/** What a YAML node is, so that a `oneOf` can be narrowed to the branch that describes it. */
export type ValueShape = 'map' | 'seq' | 'scalar';

let files: Map<string, Json> | undefined;

function schemaFiles(): Map<string, Json> {
  files ??= new Map(Object.entries(SCHEMA_FILES).map(([kind, file]) => [file, readSchema(kind as FileKind | 'common')]));
  return files;
}

/** The schema of a whole file of the given kind. */
export function rootSchema(kind: FileKind | 'common'): SchemaAt {
  const file = SCHEMA_FILES[kind];
  return { node: schemaFiles().get(file)!, file };
}

/** The schema node at a path of raw schema keywords, e.g. `('common', 'definitions', 'gdprBasis')`, references followed. */
export function schemaNode(kind: FileKind | 'common', ...path: string[]): Json {
  return schemaAt(kind, path).node;
}

function schemaAt(kind: FileKind | 'common', path: readonly string[]): SchemaAt {
  let at = deref(rootSchema(kind));
  for (const seg of path) at = deref({ node: (at.node[seg] ?? {}) as Json, file: at.file });
  return at;
}

/**
 * What the schema says a node is: its own `description`, else the first one found following its
 * `$ref`s (a field that only refers to a shared definition is described there).
 */
export function schemaDescription(kind: FileKind | 'common', ...path: string[]): string | undefined {
  const parent = schemaAt(kind, path.slice(0, -1));
  let at: SchemaAt | undefined = { node: (parent.node[path[path.length - 1]!] ?? {}) as Json, file: parent.file };
  for (let hops = 0; at && hops < 32; hops++) {
    if (typeof at.node.description === 'string') return at.node.description;
    at = hop(at);
  }
  return undefined;
}

/** The values a schema node allows. */
export function schemaEnum(kind: FileKind | 'common', ...path: string[]): string[] {
  const values = schemaNode(kind, ...path).enum;
  return Array.isArray(values) ? values.map(String) : [];
}

/** Follows `$ref`s (`common.schema.json#/definitions/x`, `#/definitions/x`) to the schema that says something. */
function deref(at: SchemaAt): SchemaAt {
  let cur = at;
  for (let hops = 0; hops < 32; hops++) {
    const next = hop(cur);
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

/** The node a `$ref` points at; undefined when there is no reference, or it leads nowhere. */
function hop(at: SchemaAt): SchemaAt | undefined {
  if (typeof at.node.$ref !== 'string') return undefined;
  const [filePart, fragment = ''] = at.node.$ref.split('#');
  const file = filePart === '' || filePart === undefined ? at.file : filePart;
  let node: unknown = schemaFiles().get(file);
  for (const seg of fragment.split('/').filter((s) => s !== '')) node = (node as Json | undefined)?.[seg];
  return node === undefined || node === null || typeof node !== 'object' ? undefined : { node: node as Json, file };
}

function describes(node: Json, shape: ValueShape): boolean {
  const type = node.type;
  if (shape === 'map') return type === 'object' || (type === undefined && ('properties' in node || 'additionalProperties' in node));
  if (shape === 'seq') return type === 'array' || (type === undefined && 'items' in node);
  return type !== 'object' && type !== 'array' && !('properties' in node) && !('items' in node);
}

/** The schema for a value of this shape: references followed, and a `oneOf`/`anyOf` narrowed to the matching branch. */
export function narrow(at: SchemaAt | undefined, shape: ValueShape): SchemaAt | undefined {
  if (!at) return undefined;
  const s = deref(at);
  const branches = (s.node.oneOf ?? s.node.anyOf) as Json[] | undefined;
  if (!Array.isArray(branches)) return s;
  for (const b of branches) {
    const r = deref({ node: b, file: s.file });
    if (describes(r.node, shape)) return r;
  }
  return undefined;
}

/** The schema of the value under `key` in a mapping described by `at` (already narrowed to a map). */
export function propertySchema(at: SchemaAt | undefined, key: string): SchemaAt | undefined {
  if (!at) return undefined;
  const props = at.node.properties as Record<string, Json> | undefined;
  if (props && Object.hasOwn(props, key)) return { node: props[key]!, file: at.file };
  const extra = at.node.additionalProperties;
  if (extra && typeof extra === 'object') return { node: extra as Json, file: at.file };
  return undefined;
}

/** The schema of the items of a list described by `at` (already narrowed to a sequence). */
export function itemSchema(at: SchemaAt | undefined): SchemaAt | undefined {
  const items = at?.node.items;
  return at && items && typeof items === 'object' && !Array.isArray(items) ? { node: items as Json, file: at.file } : undefined;
}

/**
 * The canonical order of a mapping's keys: the order the schema lists its properties in.
 * Undefined for a mapping keyed by ids (a catalogue, `noticeGroups`) or without a schema: the author's order is kept.
 */
export function keyOrder(at: SchemaAt | undefined): string[] | undefined {
  const props = at?.node.properties;
  return props && typeof props === 'object' ? Object.keys(props) : undefined;
}

/**
 * Keys sorted into canonical order: the schema's properties first, in schema order; keys the schema does not
 * know after them, in the order they were written.
 */
export function sortKeys(keys: readonly string[], order: readonly string[] | undefined): string[] {
  if (!order) return [...keys];
  const rank = new Map(order.map((k, i) => [k, i]));
  return keys
    .map((k, i) => ({ k, i, r: rank.get(k) ?? order.length }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.k);
}

/** Plain data (as parsed) with every mapping's keys in canonical order, for writing new files. */
export function canonicalData(value: unknown, at: SchemaAt | undefined): unknown {
  if (Array.isArray(value)) {
    const items = itemSchema(narrow(at, 'seq'));
    return value.map((v) => canonicalData(v, items));
  }
  if (value !== null && typeof value === 'object') {
    const s = narrow(at, 'map');
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of sortKeys(Object.keys(obj), keyOrder(s))) out[k] = canonicalData(obj[k], propertySchema(s, k));
    return out;
  }
  return value;
}
