import type { GapView } from './view.js';

/** The formats of `ropa gaps`: its own four, and the shared finding formats for CI. */
export const GAP_OWN_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
export const GAP_SHARED_FORMATS = ['sarif', 'github', 'junit'] as const;
export const GAP_FORMATS = [...GAP_OWN_FORMATS, ...GAP_SHARED_FORMATS] as const;
export type GapOwnFormat = (typeof GAP_OWN_FORMATS)[number];
export type GapFormat = (typeof GAP_FORMATS)[number];

export type GapFormatter = (view: GapView, opts: { color: boolean }) => string;

export async function gapFormatter(name: GapOwnFormat): Promise<GapFormatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).text;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'csv':
      return (await import('./csv.js')).csv;
    case 'json':
      return (await import('./json.js')).json;
  }
}
