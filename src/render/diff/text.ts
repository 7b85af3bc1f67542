import { Chalk } from 'chalk';
import { t } from '../../i18n/index.js';
import { terminalSafe } from '../../util/terminal.js';
import type { DiffFormatter } from './types.js';
import { changeMessage, counts, groups, shownFile, sideLabel, titleIn } from './words.js';

/** For a terminal: one block per activity, review changes first. */
export const text: DiffFormatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const show = { value: clean, text: clean, words: clean };
  const out = [
    c.bold(
      `${t(ctx.lang, 'diff.title')}: ${clean(t(ctx.lang, 'diff.compared', { base: sideLabel(report.base, ctx.lang), head: sideLabel(report.head, ctx.lang) }))}`,
    ),
  ];
  if (report.changes.length === 0) {
    out.push(c.green(t(ctx.lang, 'diff.none')));
    return out.join('\n') + '\n';
  }
  const n = counts(report.changes);
  out.push(t(ctx.lang, 'diff.summary', n), '');
  for (const g of groups(report)) {
    out.push(
      g.activity
        ? `${c.underline(g.activity.id)}  ${clean(titleIn(g.activity.title, ctx.lang))}  ${c.dim(clean(shownFile(report, g.activity.file)))}`
        : g.organisation
          ? `${c.underline(t(ctx.lang, 'diff.organisation'))}  ${c.dim(clean(shownFile(report, g.organisation.file)))}`
          : c.underline(t(ctx.lang, 'diff.catalogues')),
    );
    for (const change of g.changes) {
      const label = t(ctx.lang, `diff.level.${change.level}`);
      const level = change.level === 'review' ? c.yellow.bold(label.padEnd(11)) : c.dim(label.padEnd(11));
      const used = change.activities ? ` ${t(ctx.lang, 'diff.used-by', { activities: change.activities.join(', ') })}` : '';
      out.push(`  ${level} ${changeMessage(change, ctx.lang, show)}${used}`);
    }
    out.push('');
  }
  return out.join('\n');
};

/** One line at a terminal: line breaks folded, control characters shown rather than sent. */
function clean(s: string): string {
  return terminalSafe(s.replace(/[\r\n\t]+/g, ' '));
}
