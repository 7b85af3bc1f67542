import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { validateSchema } from '../../src/validate/schema.js';
import { SOURCE_TYPES } from '../../src/model/types.js';

type Schema = Record<string, unknown>;
const dir = join(ROOT, 'schemas');
const schemas = new Map<string, Schema>(readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Schema]));

/** Follows a $ref (`file#/path` or `#/path`) to the schema it names. */
function deref(s: Schema, file: string): { schema: Schema; file: string } {
  let cur = s;
  let curFile = file;
  for (let i = 0; i < 10 && typeof cur.$ref === 'string'; i++) {
    const [f, path] = (cur.$ref as string).split('#');
    if (f) curFile = f;
    let node: unknown = schemas.get(curFile);
    for (const seg of (path ?? '').split('/').filter(Boolean)) node = (node as Schema)[seg];
    cur = node as Schema;
  }
  return { schema: cur, file: curFile };
}

/** Every property of every object in a schema, with its path. */
function properties(s: Schema, file: string, path: string, out: { path: string; prop: Schema; file: string }[]): void {
  for (const [name, prop] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
    out.push({ path: `${path}.${name}`, prop, file });
  }
  for (const key of ['definitions']) {
    for (const [name, def] of Object.entries((s[key] as Record<string, Schema> | undefined) ?? {})) properties(def, file, `${path}#${name}`, out);
  }
  for (const [name, sub] of Object.entries(s)) {
    if (name === 'properties' || name === 'definitions') continue;
    if (name === 'items' || name === 'additionalProperties') {
      if (sub && typeof sub === 'object' && !Array.isArray(sub)) properties(sub as Schema, file, `${path}[]`, out);
    }
    if (name === 'oneOf' || name === 'allOf') (sub as Schema[]).forEach((x) => properties(x, file, path, out));
  }
  for (const prop of Object.values((s.properties as Record<string, Schema> | undefined) ?? {})) properties(prop, file, path + '.', out);
}

describe('JSON Schemas', () => {
  it('are draft-07, one per file kind, each with an $id equal to its file name', () => {
    expect([...schemas.keys()].sort()).toEqual(['activity.schema.json', 'catalogue.schema.json', 'common.schema.json', 'organisation.schema.json']);
    for (const [file, s] of schemas) {
      expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(s.$id).toBe(file);
    }
  });

  it('give every property a description and an example, for editor hover help', () => {
    const missing: string[] = [];
    for (const [file, s] of schemas) {
      const props: { path: string; prop: Schema; file: string }[] = [];
      properties(s, file, file, props);
      for (const { path, prop, file: f } of props) {
        if (path.endsWith('.$schema')) continue;
        const target = deref(prop, f).schema;
        const description = prop.description ?? target.description;
        const examples = prop.examples ?? target.examples;
        if (typeof description !== 'string' || description.length < 3) missing.push(`${path}: description`);
        if (!Array.isArray(examples) || examples.length === 0) missing.push(`${path}: examples`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('name the same kinds of source, in the same order, as SOURCE_TYPES (the one list the code reads)', () => {
    const sources = (schemas.get('catalogue.schema.json')!.properties as Record<string, Schema>).sources!;
    const type = ((sources.additionalProperties as Schema).properties as Record<string, Schema>).type!;
    expect(type.enum).toEqual([...SOURCE_TYPES]);
  });

  it('accept their own examples', () => {
    // Each top-level property's first example, set on an otherwise valid minimal activity.
    const base = { id: 'x', title: 't', status: 'active' };
    const activity = schemas.get('activity.schema.json')!;
    const bad: string[] = [];
    for (const [name, prop] of Object.entries(activity.properties as Record<string, Schema>)) {
      if (name === '$schema' || name === 'id' || name === 'acceptedGaps') continue;
      const ex = ((prop.examples ?? deref(prop, 'activity.schema.json').schema.examples) as unknown[] | undefined)?.[0];
      if (ex === undefined) continue;
      const problems = validateSchema('activity', { ...base, [name]: ex });
      if (problems.length > 0) bad.push(`${name}: ${JSON.stringify(problems)}`);
    }
    expect(bad).toEqual([]);
  });
});
