import type { ListView } from './view.js';

/** The formats of `ropa list`; each renderer is loaded only when its format is asked for. */
export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const LIST_RENDERERS: Record<ListFormat, (view: ListView, opts: { color: boolean }) => Promise<string>> = {
  table: async (view, opts) => (await import('./table.js')).listTable(view, opts),
  json: async (view) => (await import('./json.js')).listJson(view),
};
