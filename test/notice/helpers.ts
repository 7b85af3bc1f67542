import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { markers } from '../helpers/markers.js';

export const NOTICE_FIXTURES = join(FIXTURES, 'notice');
export const fixture = (name: string): string => join(NOTICE_FIXTURES, name);

/** Markdown's backslash escapes removed: the text a reader sees. */
export function plain(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Every message id of the notice and terms namespaces: none may reach a reader unlooked-up. */
export function localeIds(): string[] {
  return ['notice', 'terms'].flatMap((ns) =>
    Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', 'en', `${ns}.json`), 'utf8')) as object).map((k) => `${ns}.${k}`),
  );
}

/** `# expect: a, b` markers in the YAML files of a fixture (test/helpers/markers.ts), as `file:line item`. */
export function expectations(dir: string): string[] {
  return markers(dir).map((m) => `${m.file}:${m.line} ${m.item}`);
}
