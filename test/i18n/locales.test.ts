import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'locales');
const langs = ['en', 'nb', 'nn'];
const namespaces = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json'));
const read = (lang: string, ns: string): Record<string, string> => JSON.parse(readFileSync(join(dir, lang, ns), 'utf8')) as Record<string, string>;
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('locale files', () => {
  it('exist for nb, nn and en with the same namespaces', () => {
    for (const lang of langs) expect(readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s has the same keys and placeholders in every language', (ns) => {
    const en = read('en', ns);
    for (const lang of ['nb', 'nn']) {
      const other = read(lang, ns);
      expect(Object.keys(other).sort(), `${lang}/${ns}`).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders(other[key] ?? ''), `${lang}/${ns} ${key}`).toEqual(placeholders(text));
        expect((other[key] ?? '').trim().length, `${lang}/${ns} ${key}`).toBeGreaterThan(0);
      }
    }
  });
});
