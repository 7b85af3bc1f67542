import type { ShowView } from './view.js';

/** The formats of `ropa show`; each renderer is loaded only when its format is asked for. */
export const SHOW_FORMATS = ['text', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

export const SHOW_RENDERERS: Record<ShowFormat, (view: ShowView, opts: { color: boolean }) => Promise<string>> = {
  text: async (view, opts) => (await import('./text.js')).showText(view, opts),
  json: async (view) => (await import('./json.js')).showJson(view),
};
