import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { referenceData } from '../../src/check/reference.js';
import { ORGANISATION_INFO, ORGANISATION_REVIEWED, diffRegistries } from '../../src/diff/index.js';
import { ACTIVITY_CHANGE_PATHS, INFO_PATHS } from '../../src/diff/activity.js';
import { ENTRY_KEY_PATHS, within } from '../../src/diff/paths.js';
import type { Registry } from '../../src/model/registry.js';
import { schemaPaths } from '../import/field-paths.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

/**
 * `ropa diff`'s field coverage, walked from schemas/activity.schema.json as test/import walks it for the import: every
 * path an activity can have is spoken for by a change (ACTIVITY_CHANGE_PATHS), identifies a list's entry
 * (ENTRY_KEY_PATHS), or is declared as reported by its path for information (INFO_PATHS). A field the schema gains is
 * in none until someone decides, and the first test names it. The second changes each path alone on a real activity
 * and holds the diff to saying so, by a change that speaks for it or by its name.
 */
const PATHS = schemaPaths();
const SPOKEN = Object.values(ACTIVITY_CHANGE_PATHS).flat();
const NOT_CONTENT = ['id'];

/** A path's place in a declaration: a change, an entry's key, the information list, or none. */
const declared = (p: string): boolean => within(p, SPOKEN) || ENTRY_KEY_PATHS.includes(p) || within(p, INFO_PATHS) || NOT_CONTENT.includes(p);

describe('ropa diff covers every field of an activity', () => {
  it('declares every path of the schema: a change speaks for it, it keys an entry, or it is for information', () => {
    const undeclared = [...PATHS].filter(([p, kind]) => kind === 'value' && !declared(p)).map(([p]) => p);
    expect(undeclared).toEqual([]);
    // An entry added or removed in a list of records is spoken for too.
    const lists = [...PATHS].filter(([, kind]) => kind === 'list').map(([p]) => `${p}[]`);
    expect(lists.filter((p) => !within(p, SPOKEN) && !within(p, INFO_PATHS))).toEqual([]);
  });

  it('declares no path the schema does not have, and none both as spoken for and for information', () => {
    const known = (p: string): boolean => PATHS.has(p) || (p.endsWith('[]') && PATHS.get(p.slice(0, -2)) === 'list');
    expect([...SPOKEN, ...INFO_PATHS, ...ENTRY_KEY_PATHS].filter((p) => !known(p))).toEqual([]);
    expect(INFO_PATHS.filter((p) => within(p, SPOKEN) || SPOKEN.some((s) => within(s, [p])))).toEqual([]);
  });

  it('declares every field of organisation.yaml as for review or for information, once', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'organisation.schema.json'), 'utf8')) as Schema;
    const fields = Object.keys(schema.properties as object).filter((k) => k !== '$schema');
    const declared = [...ORGANISATION_REVIEWED, ...ORGANISATION_INFO] as string[];
    expect(fields.filter((f) => !declared.includes(f))).toEqual([]);
    expect(declared.filter((f) => !fields.includes(f))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  describe('reports each path changed alone on a real activity', () => {
    const registry = validateRegistry(join(FIXTURES, 'diff', 'base')).registry;
    const payroll = registry.activities.find((a) => a.id === 'payroll')!;
    const reference = { eea: referenceData().eea.countries };
    const withPayroll = (value: object): Registry =>
      ({ ...registry, activities: registry.activities.map((a) => (a === payroll ? { ...a, value } : a)) }) as Registry;

    const leaves = [...PATHS].filter(([p, kind]) => kind === 'value' && !NOT_CONTENT.includes(p) && !ENTRY_KEY_PATHS.includes(p)).map(([p]) => p);
    it.each(leaves)('%s', (path) => {
      const [v1, v2] = twoValues(path, get(payroll.value, path));
      const [before, after] = [set(payroll.value, path, v1), set(payroll.value, path, v2)];
      const changes = diffRegistries(withPayroll(before), withPayroll(after), reference).filter((c) => c.activity?.id === 'payroll');
      expect(changes.length, 'a change').toBeGreaterThan(0);
      const speaks = changes.some(
        (c) =>
          within(path, ACTIVITY_CHANGE_PATHS[c.id] ?? []) ||
          (c.id === 'fields-changed' &&
            String(c.args.fields)
              .split(', ')
              .some((f) => f === path || within(f, [path]) || within(path, [f]))),
      );
      expect(speaks, changes.map((c) => `${c.id} ${JSON.stringify(c.args)}`).join('; ')).toBe(true);
    });
  });
});

type Schema = Record<string, any>;
const SCHEMAS: Record<string, Schema> = Object.fromEntries(
  ['activity.schema.json', 'common.schema.json'].map((f) => [f, JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as Schema]),
);

/** The schema of a path's value, its `$ref`s followed, with the name of the last definition it went through. */
function leafSchema(path: string): { node: Schema; def?: string } {
  let file = 'activity.schema.json';
  let node: Schema = SCHEMAS[file]!;
  let def: string | undefined;
  const follow = (): void => {
    while (typeof node.$ref === 'string') {
      const [target, pointer] = (node.$ref as string).split('#') as [string, string];
      file = target || file;
      const parts = pointer.split('/').filter((p) => p !== '');
      def = parts.at(-1);
      node = parts.reduce<Schema>((x, p) => x[p] as Schema, SCHEMAS[file]!);
    }
  };
  for (const part of path.split('.')) {
    follow();
    const [name, ...lists] = part.split('[]');
    node = node.properties[name!] as Schema;
    def = undefined;
    for (let i = 0; i < lists.length; i++) {
      follow();
      const form = [node, ...((node.oneOf ?? []) as Schema[])].find((f) => f.items) ?? node;
      node = form.items as Schema;
      def = undefined;
    }
  }
  follow();
  return { node, ...(def ? { def } : {}) };
}

/** Two different values a path can hold, from its schema: the first is what the activity has where it has one. */
function twoValues(path: string, now: unknown): [unknown, unknown] {
  const { node, def } = leafSchema(path);
  // A list of ids or `none` (recipients): a list.
  const type = node.type ?? ((node.oneOf as Schema[] | undefined)?.some((f) => String(f.$ref ?? '').endsWith('/refs')) ? 'array' : node.oneOf?.[0]?.type);
  if (def === 'localText') return [now ?? { nb: 'Før', en: 'Before' }, { nb: 'Etter', en: 'After' }];
  if (def === 'lawRefs') return [now ?? ['arbeidsmiljøloven § 1-1'], ['arkivlova § 9']];
  if (def === 'party' || def === 'contact') return [now ?? { name: 'Before' }, { name: 'After' }];
  if (path === 'custom') return [now ?? { a: 1 }, { a: 2 }];
  const values = (node.enum ?? node.items?.enum) as unknown[] | undefined;
  if (type === 'boolean') return [now ?? false, !(now ?? false)];
  if (type === 'integer' || type === 'number') return [now ?? 16, ((now as number | undefined) ?? 16) + 1];
  if (type === 'array') {
    const item = values?.[0] ?? 'before-id';
    const other = values?.find((v) => v !== item) ?? 'after-id';
    return [now ?? [item], [...((now as unknown[] | undefined) ?? [item]), other]];
  }
  if (values) {
    const first = now ?? values[0];
    return [first, values.find((v) => v !== first)];
  }
  if (type === 'object') return [now ?? { a: 1 }, { a: 2 }];
  return [now ?? '2025-01-01', `${String(now ?? '2025-01-01')}-changed`];
}

/** The value at a path, in the first entry of each list on the way. */
function get(value: unknown, path: string): unknown {
  let x: unknown = value;
  for (const part of path.split('.')) {
    const [name, ...lists] = part.split('[]');
    x = (x as Record<string, unknown> | undefined)?.[name!];
    for (let i = 0; i < lists.length; i++) x = Array.isArray(x) ? x[0] : undefined;
  }
  return x;
}

/** A copy of a record with the value at a path set, in the first entry of each list on the way (made if there is none). */
function set(value: object, path: string, v: unknown): object {
  const out = structuredClone(value) as Record<string, unknown>;
  let x: Record<string, unknown> = out;
  const parts = path.split('.');
  parts.forEach((part, i) => {
    const [name, ...lists] = part.split('[]');
    const last = i === parts.length - 1;
    if (lists.length === 0) {
      if (last) x[name!] = v;
      else x = (x[name!] = (x[name!] as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
      return;
    }
    if (!Array.isArray(x[name!]) || (x[name!] as unknown[]).length === 0) x[name!] = [{}];
    x = (x[name!] as Record<string, unknown>[])[0]!;
  });
  return out;
}
