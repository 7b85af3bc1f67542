import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';
import type { MessageArgs } from '../model/finding.js';

/** The languages ropa speaks: bokmål, nynorsk, English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);
}

type Catalogue = Record<string, string>;
const cache = new Map<string, Catalogue>();

/** Locale files are split by namespace (`locales/<lang>/<namespace>.json`) and read when first needed. */
function catalogue(lang: Lang, namespace: string): Catalogue {
  const key = `${lang}/${namespace}`;
  let c = cache.get(key);
  if (!c) {
    try {
      c = JSON.parse(readFileSync(packagePath('locales', lang, `${namespace}.json`), 'utf8')) as Catalogue;
    } catch {
      c = {};
    }
    cache.set(key, c);
  }
  return c;
}

function lookup(lang: Lang, id: string): string | undefined {
  const dot = id.indexOf('.');
  if (dot < 0) return undefined;
  const c = catalogue(lang, id.slice(0, dot));
  const key = id.slice(dot + 1);
  return Object.hasOwn(c, key) ? c[key] : undefined;
}

/** The message `id` (`namespace.key`) in `lang`, with `{name}` placeholders filled; English, then the id, as fallback. */
export function t(lang: Lang, id: string, args: MessageArgs = {}): string {
  const template = lookup(lang, id) ?? lookup('en', id) ?? id;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : m));
}

export function hasMessage(lang: Lang, id: string): boolean {
  return lookup(lang, id) !== undefined;
}
