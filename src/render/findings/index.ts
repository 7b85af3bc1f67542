import type { FindingFormatter } from './types.js';

/** The formats for validate and gaps output, loaded when asked for. */
export const FINDING_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** One renderer per format, each imported when its format is asked for. */
const FORMATTERS: Record<FindingFormat, () => Promise<FindingFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
};

export function findingFormatter(name: FindingFormat): Promise<FindingFormatter> {
  return FORMATTERS[name]();
}
