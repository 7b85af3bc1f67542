import { Chalk } from 'chalk';
import { t } from '../../i18n/index.js';
import { table, terminalLine } from '../../util/terminal.js';
import { placeText } from '../places.js';
import type { ListView } from './view.js';

/** For a terminal: one line per activity. */
export function listTable(view: ListView, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const { lang } = view;
  if (view.rows.length === 0) return `${t(lang, 'authoring.list.none', { total: view.total })}\n`;
  const head = [
    t(lang, 'authoring.list.col.id'),
    t(lang, 'authoring.list.col.status'),
    t(lang, 'authoring.list.col.basis'),
    ...(view.review ? [t(lang, 'authoring.list.col.review-due')] : []),
    ...(view.places ? [t(lang, 'authoring.list.col.places')] : []),
    t(lang, 'authoring.list.col.title'),
  ];
  const rows = view.rows.map((row) =>
    [
      row.id,
      // An activity not yet approved is left out of the official record and the notice: said beside its status.
      row.approval !== undefined && row.approval !== 'approved'
        ? t(lang, 'authoring.list.not-approved', { status: t(lang, `terms.status.${row.status}`), approval: t(lang, `authoring.approval.${row.approval}`) })
        : t(lang, `terms.status.${row.status}`),
      row.legalBases.join(' ') || '–',
      ...(view.review ? [row.reviewDue ?? t(lang, 'authoring.list.never-reviewed')] : []),
      ...(view.places ? [row.places.map((p) => placeText(p, lang)).join(', ')] : []),
      row.title,
    ].map(terminalLine),
  );
  const lines = table([head, ...rows]).split('\n');
  const footer = t(lang, 'authoring.list.count', { shown: view.rows.length, total: view.total });
  return [c.bold(lines[0]!), ...lines.slice(1), c.dim(footer)].join('\n') + '\n';
}
