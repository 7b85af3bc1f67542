import type { DiffFormatter } from './types.js';

/** The formats of `ropa diff`, loaded when asked for. */
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export async function diffFormatter(name: DiffFormat): Promise<DiffFormatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).text;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'json':
      return (await import('./json.js')).json;
  }
}
