import type { GapView } from './view.js';

/**
 * `{"findings": [...], "accepted": [...], "summary": {...}, "screening": [...]}`: each finding with
 * rule, severity, activity, file (relative to the working directory), line, column, message and citation.
 */
export function json(view: GapView): string {
  const finding = (i: GapView['open'][number]) => ({
    rule: i.rule,
    severity: i.severity,
    activity: i.activity,
    file: i.file,
    line: i.line,
    column: i.column,
    message: i.message,
    citation: i.citation,
    pointer: i.pointer,
    docs: i.docsUrl,
  });
  return (
    JSON.stringify(
      {
        findings: view.open.map(finding),
        accepted: view.accepted.map((a) => ({ ...finding(a), acceptedBy: a.acceptedBy, reason: a.reason, accepted: a.accepted, expires: a.expires })),
        summary: view.summary,
        screening: view.screening,
      },
      null,
      2,
    ) + '\n'
  );
}
