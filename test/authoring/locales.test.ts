import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const load = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'authoring.json'), 'utf8')) as Record<string, string>;

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, re) : re.test(name) ? [p] : [];
  });
}

describe('the authoring locale files', () => {
  const en = load('en');

  it.each(['nb', 'nn'])('%s has exactly the keys of en, each translated', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(other)) {
      expect(v.trim(), `${lang} ${k}`).not.toBe('');
      // The same placeholders in every language.
      expect((v.match(/\{\w+\}/g) ?? []).sort(), `${lang} ${k}`).toEqual((en[k]!.match(/\{\w+\}/g) ?? []).sort());
    }
  });

  it('has every key the code and the templates use', () => {
    const used = new Set<string>();
    for (const f of [...files(join(ROOT, 'src'), /\.ts$/)]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/'authoring\.([a-z0-9.-]+[a-z0-9])'/g)) used.add(m[1]!);
    }
    for (const f of files(join(ROOT, 'templates/init'), /\.hbs$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\{\{[cq] "([^"]+)"/g)) used.add(`init.${m[1]}`);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) expect(Object.hasOwn(en, k), k).toBe(true);
  });
});
