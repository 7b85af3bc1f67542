import { summarise, type Finding } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FormatContext } from './types.js';

/** The closing line of a report: the command's all-clear, or the count of problems by severity. */
export function summaryLine(findings: readonly Finding[], ctx: Pick<FormatContext, 'lang' | 'command'>): { text: string; clean: boolean; errors: boolean } {
  const s = summarise(findings, new Set(findings.map((f) => f.file)).size);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) return { text: t(ctx.lang, `${ctx.command}.summary-clean`), clean: true, errors: false };
  return {
    text: t(ctx.lang, 'cli.summary', { problems: total, errors: s.errors, warnings: s.warnings, files: s.files }),
    clean: false,
    errors: s.errors > 0,
  };
}
