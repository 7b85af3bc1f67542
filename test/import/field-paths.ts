import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/**
 * The paths an activity's fields can take, read from schemas/activity.schema.json itself: `retention[].law`,
 * `purposes[].legalBasis[].dpoConsulted`, `dpia.priorConsultation.date`. A field added to the schema is a path here
 * the day it is added, so a test that walks these paths names it (test/import/report-round-trip.test.ts).
 *
 * An object with `properties` is walked into, a list of such objects too (`[]`); anything else is one value: a
 * text in one or more languages, a list of catalogue ids or law references, a date, `custom`.
 */
type Schema = Record<string, any>;

const SCHEMAS: Record<string, Schema> = Object.fromEntries(
  ['activity.schema.json', 'common.schema.json', 'organisation.schema.json'].map((f) => [
    f,
    JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as Schema,
  ]),
);

/** Definitions that are one value however they are built. */
const VALUES = new Set(['localText', 'lawRefs', 'refs', 'party']);

function deref(node: Schema, file: string): { node: Schema; file: string } | 'value' {
  let n = node;
  let f = file;
  while (typeof n.$ref === 'string') {
    const [target, pointer] = (n.$ref as string).split('#') as [string, string];
    f = target || f;
    const parts = pointer.split('/').filter((p) => p !== '');
    if (parts.length === 2 && parts[0] === 'definitions' && VALUES.has(parts[1]!)) return 'value';
    n = parts.reduce<Schema>((x, p) => x[p] as Schema, SCHEMAS[f]!);
  }
  return { node: n, file: f };
}

/**
 * Every path of an activity's schema (or the organisation's: `organisation.schema.json`), with what it is: an object
 * walked into, a list of objects, or a value.
 */
export function schemaPaths(file = 'activity.schema.json'): Map<string, 'object' | 'list' | 'value'> {
  const out = new Map<string, 'object' | 'list' | 'value'>();
  const visit = (node: Schema, file: string, path: string): void => {
    const d = deref(node, file);
    if (d === 'value') {
      out.set(path, 'value');
      return;
    }
    let kind: 'object' | 'list' | 'value' = 'value';
    if (d.node.properties) {
      kind = 'object';
      for (const [k, v] of Object.entries(d.node.properties as Schema)) if (k !== '$schema') visit(v as Schema, d.file, path ? `${path}.${k}` : k);
    }
    // A list of objects, or one of the forms a field may take (`transfers`: a list, or `none`).
    for (const form of [d.node, ...((d.node.oneOf ?? []) as Schema[]), ...((d.node.anyOf ?? []) as Schema[])]) {
      const f = deref(form, d.file);
      if (f === 'value' || !f.node.items) continue;
      const item = deref(f.node.items as Schema, f.file);
      if (item === 'value' || !item.node.properties) continue;
      kind = 'list';
      visit(f.node.items as Schema, f.file, `${path}[]`);
    }
    if (path !== '' && !out.has(path)) out.set(path, kind);
  };
  visit(SCHEMAS[file]!, file, '');
  return out;
}

const PATHS = schemaPaths();

/** The paths an activity's data has, walked as the schema is: each field, into objects and list entries. */
export function dataPaths(value: unknown, path = '', out = new Set<string>(), paths = PATHS): Set<string> {
  if (path !== '') out.add(path);
  const kind = path === '' ? 'object' : paths.get(path);
  if (kind === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) dataPaths(v, path ? `${path}.${k}` : k, out, paths);
  if (kind === 'list' && Array.isArray(value)) for (const v of value) dataPaths(v, `${path}[]`, out, paths);
  return out;
}

/** Whether `path` is `named` or inside it (`owner.email` is inside `owner`). */
export const within = (path: string, named: readonly string[]): boolean =>
  named.some((n) => path === n || path.startsWith(`${n}.`) || path.startsWith(`${n}[]`));
