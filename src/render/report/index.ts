import type { Registry } from '../../model/registry.js';
import type { ResolvedActivity } from '../../model/resolve.js';
import type { Report, ReportVariant } from './model.js';

/** The formats of `ropa report`; each renderer is loaded only when its format is asked for. */
export const REPORT_FORMATS = ['md', 'xlsx', 'csv', 'html', 'json', 'dpv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats laid out as tables, where `--columns` means something. */
export const TABULAR_FORMATS: readonly ReportFormat[] = ['md', 'xlsx', 'csv', 'html'];

export const REPORT_KINDS = ['controller', 'processor'] as const;

/**
 * What a report's renderer is given: the registry and the activities on the record (the data formats,
 * json and dpv), or the laid-out report (the document formats), built only for those.
 */
export interface ReportInput {
  registry: Registry;
  activities: readonly ResolvedActivity[];
  kind: (typeof REPORT_KINDS)[number];
  date?: string;
  version: string;
  /** The official record (approved activities only) or the internal working copy (`--internal`). */
  variant: ReportVariant;
  report: () => Promise<Report>;
}

/**
 * One renderer per format, each imported when its format is asked for (exceljs only for xlsx). A
 * renderer gives text, bytes, or text in pieces made as they are written (json and html: an activity at a time).
 */
export const REPORT_RENDERERS: Record<ReportFormat, (input: ReportInput) => Promise<string | Uint8Array | Iterable<string>>> = {
  json: async (i) =>
    (await import('./json.js')).jsonPieces(i.registry, i.activities, {
      kind: i.kind,
      variant: i.variant,
      ...(i.date !== undefined ? { date: i.date } : {}),
      version: i.version,
    }),
  dpv: async (i) =>
    (await import('./dpv.js')).dpv(i.registry, i.activities, { kind: i.kind, variant: i.variant, ...(i.date !== undefined ? { date: i.date } : {}) }),
  md: async (i) => (await import('./md.js')).md(await i.report()),
  csv: async (i) => (await import('./csv.js')).csv(await i.report()),
  html: async (i) => (await import('./html.js')).htmlPieces(await i.report()),
  xlsx: async (i) => (await import('./xlsx.js')).xlsx(await i.report()),
};
