import { t, type Lang } from '../../i18n/index.js';
import { escapeMarkdown } from '../escape.js';
import type { DiffFormatter } from './types.js';
import type { DiffSide } from './types.js';
import { changeMessage, counts, groups, shownCommit, shownFile, titleIn } from './words.js';

/** The marker a CI job can look for to update its earlier comment instead of adding another. */
export const COMMENT_MARKER = '<!-- ropa diff -->';

/**
 * For a pull-request comment: a heading with the counts, then one section per activity with the
 * changes for review first. Every value from the registry is escaped or put in a code span.
 */
export const markdown: DiffFormatter = (report, ctx) => {
  const show = { value: code, text: escape, words: escape };
  const n = counts(report.changes);
  const compared = t(ctx.lang, 'diff.compared', { base: side(report.base, ctx.lang), head: side(report.head, ctx.lang) });
  const out = [COMMENT_MARKER, `### ${escape(t(ctx.lang, 'diff.title'))}`, '', compared, ''];
  if (report.changes.length === 0) {
    out.push(escape(t(ctx.lang, 'diff.none')), '');
    return out.join('\n');
  }
  out.push(`**${escape(t(ctx.lang, 'diff.summary', n))}**`, '');
  for (const g of groups(report)) {
    if (g.activity) out.push(`#### ${escape(titleIn(g.activity.title, ctx.lang))} (${code(g.activity.id)})`, '', code(shownFile(report, g.activity.file)), '');
    else if (g.organisation) out.push(`#### ${escape(t(ctx.lang, 'diff.organisation'))}`, '', code(shownFile(report, g.organisation.file)), '');
    else out.push(`#### ${escape(t(ctx.lang, 'diff.catalogues'))}`, '');
    for (const change of g.changes) {
      const label = escape(t(ctx.lang, `diff.level.${change.level}`));
      const used = change.activities ? ` ${t(ctx.lang, 'diff.used-by', { activities: change.activities.map(code).join(', ') })}` : '';
      out.push(`- ${change.level === 'review' ? `**${label}**` : label}: ${changeMessage(change, ctx.lang, show)}${used}`);
    }
    out.push('');
  }
  return out.join('\n');
};

function side(s: DiffSide, lang: Lang): string {
  if (s.kind === 'folder') return t(lang, 'diff.side-folder', { path: code(s.label) });
  const commit = shownCommit(s);
  if (s.commit === undefined) return escape(s.label);
  return commit ? `${code(s.label)} (${code(commit)})` : code(s.label);
}

/**
 * Registry text in a pull-request comment: escaped as every Markdown output is, on one line, and
 * also kept from closing a heading with `#` or notifying someone with an @ (a zero-width space after it).
 */
export function escape(s: string): string {
  return escapeMarkdown(s.replace(/\s+/g, ' '))
    .replace(/(?<!\\)#/g, '\\#')
    .replace(/@/g, '@\u200b');
}

/** A code span long enough that no backtick run inside it can close it. */
export function code(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
