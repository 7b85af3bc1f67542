import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { schemaEnum } from '../../src/authoring/schema-order.js';
import { LANGUAGES } from '../../src/i18n/index.js';
import { ENTRY_KINDS } from '../../src/authoring/catalogue-add.js';
import type { PlaceVia } from '../../src/check/places.js';
import type { UnsafeReason } from '../../src/authoring/format.js';

const load = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'authoring.json'), 'utf8')) as Record<string, string>;

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, re) : re.test(name) ? [p] : [];
  });
}

/** Parity between en, nb and nn is checked for every namespace by test/i18n/locales.test.ts. */
describe('the authoring locale file', () => {
  const en = load('en');

  it('has every key the code and the templates use', () => {
    const used = new Set<string>();
    for (const f of [...files(join(ROOT, 'src'), /\.ts$/)]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/'authoring\.([a-z0-9.-]+[a-z0-9])'/g)) used.add(m[1]!);
    }
    for (const f of files(join(ROOT, 'templates/init'), /\.hbs$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\{\{[cq] "([^"]+)"/g)) used.add(`init.${m[1]}`);
    }
    // Keys built from a short name: L('…') in the show view, tr('…') in the questions.
    const calls = (file: string, fn: string, prefix: string): void => {
      for (const m of readFileSync(join(ROOT, 'src', file), 'utf8').matchAll(new RegExp(`\\b${fn}\\('([a-z0-9-]+)'`, 'g'))) used.add(`${prefix}.${m[1]}`);
    };
    calls('render/show/text.ts', 'L', 'show');
    calls('authoring/questions.ts', 'tr', 'ask');
    // Keys built from a value: every value the schema or the code allows.
    const family = (prefix: string, values: readonly string[]): void => values.forEach((v) => used.add(`${prefix}${v}`));
    family('approval.', schemaEnum('activity', 'properties', 'approval'));
    family('show.method-', schemaEnum('activity', 'properties', 'information', 'properties', 'method', 'items'));
    family('show.risk-', schemaEnum('activity', 'definitions', 'dpia', 'properties', 'residualRisk'));
    family('language.', LANGUAGES);
    family('kind.', Object.keys(ENTRY_KINDS));
    family('ask.field.', ['type', 'specialCategory', 'endAction']);
    family('via.', ['transfer', 'recipient', 'processor', 'subprocessor', 'system', 'data-location'] satisfies PlaceVia[]);
    family('fmt.reason.', ['reparse', 'data', 'comments', 'blank-lines', 'layout'] satisfies UnsafeReason[]);
    expect(used.size).toBeGreaterThan(150);
    for (const k of used) expect(Object.hasOwn(en, k), k).toBe(true);
  });
});
