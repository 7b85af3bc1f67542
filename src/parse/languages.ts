import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../i18n/index.js';
import { readSourceFile } from './file.js';

/**
 * The languages a registry declares (organisation.yaml `languages`), read before the registry is
 * validated: messages about a broken registry are in its first language too. A file that does
 * not parse is read for its `languages:` line alone.
 */
export function declaredLanguages(root: string): Lang[] {
  const path = ['organisation.yaml', 'organisation.yml'].map((n) => join(root, n)).find((p) => existsSync(p));
  if (!path) return [];
  const { source } = readSourceFile(path, 'organisation');
  const data = source?.data as { languages?: unknown } | undefined;
  if (data && Array.isArray(data.languages)) return data.languages.filter(isLang);
  const text = source?.text ?? '';
  const m = /^languages:[ \t]*(?:\[([^\]\n]*)\]|(?:#.*)?\n((?:[ \t]+-[ \t]*\S+.*(?:\n|$))+))/m.exec(text);
  return m ? [...(m[1] ?? m[2] ?? '').matchAll(/\b(nb|nn|en)\b/g)].map((x) => x[1]).filter(isLang) : [];
}
