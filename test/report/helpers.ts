import { join } from 'node:path';
import { referenceData } from '../../src/check/reference.js';
import { screeningOf } from '../../src/check/screening.js';
import type { Lang } from '../../src/i18n/index.js';
import type { Registry } from '../../src/model/registry.js';
import { buildReport, type Report, type ReportKind, type Table } from '../../src/render/report/model.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES } from '../helpers/cli.js';

export const BASIC = join(FIXTURES, 'report/basic');
export const INJECTION = join(FIXTURES, 'report/injection');
/** Mandatory columns left unsaid, explicit «none», no DPO, and DPIA facts only the screening knows. */
export const UNRECORDED = join(FIXTURES, 'report/unrecorded');

/** A fixture registry, which must be valid: a report is only made from a valid registry. */
export function load(dir: string): Registry {
  const { registry, findings } = validateRegistry(dir);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture ${dir} is invalid: ${errors.map((e) => e.messageId).join(', ')}`);
  return registry;
}

/**
 * The report of a fixture registry: the official record (approved activities only) unless `internal`. BASIC's
 * «statistics» is in review, so a test of what the cells hold asks for the internal copy to see it.
 */
export function report(
  dir: string,
  opts: { kind?: ReportKind; lang?: Lang; columns?: string[]; date?: string; includeRetired?: boolean; internal?: boolean } = {},
): Report {
  const registry = load(dir);
  const reference = referenceData();
  return buildReport(registry, {
    kind: opts.kind ?? 'controller',
    lang: opts.lang ?? 'nb',
    ...(opts.columns ? { columns: opts.columns } : {}),
    ...(opts.date ? { date: opts.date } : {}),
    includeRetired: opts.includeRetired ?? false,
    ...(opts.internal ? { internal: true } : {}),
    version: '0.0.0-test',
    reference,
    screening: screeningOf(registry, reference),
  });
}

/** The cell of row `id` in column `column`: of the record, or of another table of the report. */
export function cell(r: Report, id: string, column: string, table: Table = r.record): string[] {
  const row = table.rows.find((x) => x.id === id);
  const i = table.columns.findIndex((c) => c.id === column);
  if (!row || i < 0) throw new Error(`no cell ${id}/${column} in ${table.id}`);
  return row.cells[i]!;
}

/** One of the report's other tables: the DPIA overview, the processors, the record as processor. */
export function extra(r: Report, id: Table['id']): Table {
  const table = r.extra.find((x) => x.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

/** A small RFC 4180 reader, so that the test reads the file as a spreadsheet would. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

/**
 * The report's HTML without what only a phone shows (each cell's column label, for the cards) and without the
 * ARIA roles that keep the tables' meaning there: the tables as a desktop and a printer see them.
 */
export function tableHtml(html: string): string {
  return html.replace(/ role="(?:table|rowgroup|row|columnheader|cell)"/g, '').replace(/<span class="label" aria-hidden="true">[^<]*<\/span>/g, '');
}
