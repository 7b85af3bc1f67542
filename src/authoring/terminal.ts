import type { Lang } from '../i18n/index.js';
import type { LocalText } from '../model/types.js';
import { localText } from '../model/registry.js';

/** A text in `lang`, else in the registry's first language, else in any language it has. */
export function textIn(text: LocalText | undefined, lang: Lang, fallback: readonly Lang[]): string | undefined {
  if (text === undefined) return undefined;
  for (const l of [lang, ...fallback]) {
    const s = localText(text, l);
    if (s !== undefined) return s;
  }
  return typeof text === 'string' ? text : Object.values(text).find((s) => s !== undefined);
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ').trimEnd())
    .join('\n');
}
