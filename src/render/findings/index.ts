import type { FindingFormatter } from './types.js';

/** The formats for validate and gaps output, loaded when asked for. */
export const FINDING_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

export async function findingFormatter(name: FindingFormat): Promise<FindingFormatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
  }
}
