import { csvField } from '../escape.js';
import type { Report } from './model.js';

/**
 * The record as CSV (RFC 4180): a header row of labels and one row per activity, CRLF between
 * records, lines within a cell separated by LF, UTF-8 with a byte order mark so that Excel shows
 * æ, ø and å. The header block and the other tables do not fit one table; xlsx and html carry them.
 */
export function csv(report: Report): string {
  const { columns, rows } = report.record;
  const lines = [columns.map((c) => csvField(c.label)).join(','), ...rows.map((row) => row.cells.map((cell) => csvField(cell.join('\n'))).join(','))];
  return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}
