import { join } from 'node:path';
import type { Lang } from '../../src/i18n/index.js';
import type { Registry } from '../../src/model/registry.js';
import { buildReport, type Report, type ReportKind } from '../../src/render/report/model.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES } from '../helpers/cli.js';

export const BASIC = join(FIXTURES, 'report/basic');
export const INJECTION = join(FIXTURES, 'report/injection');

/** A fixture registry, which must be valid: a report is only made from a valid registry. */
export function load(dir: string): Registry {
  const { registry, findings } = validateRegistry(dir);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture ${dir} is invalid: ${errors.map((e) => e.messageId).join(', ')}`);
  return registry;
}

export function report(
  dir: string,
  opts: { kind?: ReportKind; lang?: Lang; columns?: string[]; date?: string; includeRetired?: boolean } = {},
): Report {
  return buildReport(load(dir), {
    kind: opts.kind ?? 'controller',
    lang: opts.lang ?? 'nb',
    ...(opts.columns ? { columns: opts.columns } : {}),
    ...(opts.date ? { date: opts.date } : {}),
    includeRetired: opts.includeRetired ?? false,
    version: '0.0.0-test',
  });
}

/** The cell of the record's row `id` in column `column`. */
export function cell(r: Report, id: string, column: string): string[] {
  const row = r.record.rows.find((x) => x.id === id);
  const i = r.record.columns.findIndex((c) => c.id === column);
  if (!row || i < 0) throw new Error(`no cell ${id}/${column}`);
  return row.cells[i]!;
}
