import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { referenceData } from '../../src/check/reference.js';
import { diffRegistries } from '../../src/diff/index.js';
import { ACTIVITY_CHANGE_PATHS } from '../../src/diff/activity.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const reference = { eea: referenceData().eea.countries };

/** docs/ci.md lists every change `ropa diff` reports, with its level; the locale files give each its words. */
const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
const table = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| (review|info|review or info) \|/gm)].map((m) => [m[1]!, m[2]!]));
const messages = Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales/en/diff.json'), 'utf8')) as object)
  .filter((k) => k.startsWith('change.'))
  .map((k) => k.slice('change.'.length));

describe('docs/ci.md and ropa diff', () => {
  it('documents every change there is a message for, and no other', () => {
    expect([...table.keys()].sort()).toEqual([...messages].sort());
  });

  it('gives each change the level the diff gives it', () => {
    const open = (name: string) => validateRegistry(join(FIXTURES, 'diff', name)).registry;
    const seen = [...diffRegistries(open('base'), open('head'), reference), ...diffRegistries(open('head'), open('base'), reference)];
    expect(seen.length).toBeGreaterThan(0);
    for (const c of seen) expect(table.get(c.id)?.includes(c.level), `${c.id} ${c.level}`).toBe(true);
  });

  it('knows, for every change within an activity, the field it speaks for, so that field is not also reported as changed', () => {
    const notOneField = new Set([
      ...['activity-added', 'activity-removed', 'activity-renamed', 'activity-moved', 'fields-changed'],
      ...['organisation-changed', 'organisation-fields-changed', 'entry-added', 'entry-removed', 'entry-changed', 'party-country-changed'],
      ...['organisation-field-added', 'organisation-field-removed', 'organisation-became-public-authority', 'organisation-no-longer-public-authority'],
      ...['category-became-special', 'category-special-changed', 'category-no-longer-special', 'category-became-criminal', 'category-no-longer-criminal'],
    ]);
    expect(messages.filter((id) => !notOneField.has(id) && !(id in ACTIVITY_CHANGE_PATHS))).toEqual([]);
  });
});
