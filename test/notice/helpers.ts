import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers/cli.js';

export const NOTICE_FIXTURES = join(FIXTURES, 'notice');
export const fixture = (name: string): string => join(NOTICE_FIXTURES, name);

/** Markdown's backslash escapes removed: the text a reader sees. */
export function plain(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Every message id of the notice and terms namespaces: none may reach a reader unlooked-up. */
export function localeIds(): string[] {
  return ['notice', 'terms'].flatMap((ns) => Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', 'en', `${ns}.json`), 'utf8')) as object).map((k) => `${ns}.${k}`));
}

/** `# expect: a, b` markers in the YAML files of a fixture, as `file:line rule`. */
export function expectations(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) return expectations(dir, rel);
    if (!e.name.endsWith('.yaml')) return [];
    return readFileSync(join(dir, rel), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = /# expect: (.*)$/.exec(line);
        return m ? m[1]!.split(',').map((r) => `${rel}:${i + 1} ${r.trim()}`) : [];
      });
  });
}
