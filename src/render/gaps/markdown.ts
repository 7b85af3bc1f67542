import { t } from '../../i18n/index.js';
import { escapeMarkdown as md } from '../escape.js';
import type { GapItem, GapView } from './view.js';

/** A work list to paste into a ticket: one heading per activity, one checkbox per finding. */
export function markdown(view: GapView): string {
  const s = view.summary;
  const tr = (id: string, args?: Record<string, string | number>): string => t(view.lang, id, args);
  const out: string[] = [
    `# ${tr('gaps.markdown.title')}`,
    '',
    md(
      tr('gaps.markdown.as-of', { today: s.today, errors: s.errors, warnings: s.warnings, infos: s.infos, accepted: s.accepted, score: s.averageCompleteness }),
    ),
    '',
    md(tr('gaps.text.words-hint')),
    '',
  ];
  const line = (i: GapItem): string =>
    `**${md(tr(`gaps.severity.${i.severity}`))}** ${md(i.message)} — \`${i.file.replace(/`/g, "'")}:${i.line}:${i.column}\` — ${md(i.citation)} ([${i.rule}](${i.docsUrl}))`;
  const open = view.groups.filter((g) => g.open.length > 0);
  if (open.length === 0) out.push(md(tr('gaps.markdown.clean')), '');
  for (const g of open) {
    const heading = g.activity === undefined ? tr('gaps.text.organisation') : `${g.activity} — ${g.title ?? ''}`;
    const score = g.completeness ? ` (${tr('gaps.text.completeness', { score: g.completeness.score })})` : '';
    out.push(`## ${md(heading + score)}`, '');
    for (const i of g.open) out.push(`- [ ] ${line(i)}`);
    out.push('');
  }
  if (view.accepted.length > 0) {
    out.push(`## ${md(tr('gaps.markdown.accepted'))}`, '');
    for (const a of view.accepted) {
      out.push(`- ${a.activity !== null ? `${md(a.activity)}: ` : ''}${line(a)}`);
      out.push(`  ${md(tr('gaps.text.accepted-by', { acceptedBy: a.acceptedBy, expires: a.expires, reason: a.reason }))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
