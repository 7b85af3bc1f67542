import { summarise } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FindingFormatter } from './types.js';
import { displayPath } from '../../util/paths.js';

/** Machine-readable problems: `{problems: [...], summary: {...}}`, paths relative to the working directory. */
export const json: FindingFormatter = (findings, ctx) => {
  const problems = findings.map((f) => ({
    file: displayPath(f.file, ctx.cwd),
    line: f.range?.line ?? 1,
    column: f.range?.column ?? 1,
    endLine: f.range?.endLine ?? 1,
    endColumn: f.range?.endColumn ?? 1,
    severity: f.severity,
    rule: f.rule,
    message: t(ctx.lang, f.messageId, f.args),
    pointer: f.pointer,
    ...(f.activity ? { activity: f.activity } : {}),
  }));
  const files = new Set(findings.map((f) => f.file)).size;
  return JSON.stringify({ problems, summary: summarise(findings, files) }, null, 2) + '\n';
};
