/** The formats of `ropa report`; each renderer is loaded only when its format is asked for. */
export const REPORT_FORMATS = ['md', 'xlsx', 'csv', 'html', 'json', 'dpv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats laid out as tables, where `--columns` means something. */
export const TABULAR_FORMATS: readonly ReportFormat[] = ['md', 'xlsx', 'csv', 'html'];

export const REPORT_KINDS = ['controller', 'processor'] as const;
