import type { GapView } from './view.js';

/** The formats of `ropa gaps`: its own four, and the shared finding formats for CI. */
export const GAP_OWN_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
export const GAP_SHARED_FORMATS = ['sarif', 'github', 'junit'] as const;
export const GAP_FORMATS = [...GAP_OWN_FORMATS, ...GAP_SHARED_FORMATS] as const;
export type GapOwnFormat = (typeof GAP_OWN_FORMATS)[number];
export type GapFormat = (typeof GAP_FORMATS)[number];

export type GapFormatter = (view: GapView, opts: { color: boolean }) => string;

/** One renderer per format, each imported when its format is asked for. */
const FORMATTERS: Record<GapOwnFormat, () => Promise<GapFormatter>> = {
  text: async () => (await import('./text.js')).text,
  markdown: async () => (await import('./markdown.js')).markdown,
  csv: async () => (await import('./csv.js')).csv,
  json: async () => (await import('./json.js')).json,
};

export function gapFormatter(name: GapOwnFormat): Promise<GapFormatter> {
  return FORMATTERS[name]();
}
