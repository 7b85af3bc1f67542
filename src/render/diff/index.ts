import type { DiffFormatter } from './types.js';

/** The formats of `ropa diff`, loaded when asked for. */
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** One renderer per format, each imported when its format is asked for. */
const FORMATTERS: Record<DiffFormat, () => Promise<DiffFormatter>> = {
  text: async () => (await import('./text.js')).text,
  markdown: async () => (await import('./markdown.js')).markdown,
  json: async () => (await import('./json.js')).json,
};

export function diffFormatter(name: DiffFormat): Promise<DiffFormatter> {
  return FORMATTERS[name]();
}
