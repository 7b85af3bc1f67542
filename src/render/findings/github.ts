import type { Severity } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FindingFormatter } from './types.js';
import { displayPath } from '../../util/paths.js';
import { summaryLine } from './summary.js';
import { terminalSafe } from '../../util/terminal.js';

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
 * changed files, then a plain summary line for the log.
 */
export const github: FindingFormatter = (findings, ctx) => {
  const lines = findings.map((f) => {
    // A file name, like a message, may hold terminal controls and bidi marks: shown, never sent to the log.
    const props: [string, string | number][] = [['file', terminalSafe(displayPath(f.file, ctx.cwd))]];
    const r = f.range;
    if (r) {
      props.push(['line', r.line]);
      // The runner drops columns unless the annotation stays on one line.
      if (r.endLine === r.line) props.push(['col', r.column]);
      props.push(['endLine', r.endLine]);
      if (r.endLine === r.line) props.push(['endColumn', r.endColumn]);
    }
    props.push(['title', f.rule]);
    return workflowCommand(COMMAND[f.severity], props, terminalSafe(t(ctx.lang, f.messageId, f.args)));
  });
  lines.push(summaryLine(findings, ctx).text);
  return lines.join('\n') + '\n';
};

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** `::name key=value,…::message`, escaped as @actions/core escapes it. */
export function workflowCommand(name: string, props: readonly [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

/** The message: a line break would end the command, and % starts an escape. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as the message, and `:` and `,` would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
