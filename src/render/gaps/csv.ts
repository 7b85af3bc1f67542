import { csvField } from '../escape.js';
import type { GapView } from './view.js';

/** The column names are stable identifiers (like the JSON keys), so that imports keep working across languages. */
const COLUMNS = ['status', 'rule', 'severity', 'activity', 'file', 'line', 'column', 'message', 'citation', 'acceptedBy', 'expires', 'reason'] as const;

/** One row per finding, open ones first, then accepted ones; CRLF line ends as RFC 4180 asks. */
export function csv(view: GapView): string {
  const rows: (string | number | null)[][] = [
    [...COLUMNS],
    ...view.open.map((i) => ['open', i.rule, i.severity, i.activity, i.file, i.line, i.column, i.message, i.citation, null, null, null]),
    ...view.accepted.map((i) => [
      'accepted',
      i.rule,
      i.severity,
      i.activity,
      i.file,
      i.line,
      i.column,
      i.message,
      i.citation,
      i.acceptedBy,
      i.expires,
      i.reason,
    ]),
  ];
  return rows.map((r) => r.map((v) => csvField(v === null ? '' : String(v))).join(',')).join('\r\n') + '\r\n';
}
