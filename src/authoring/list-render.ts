import { relative } from 'node:path';
import { Chalk } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';
import type { Place } from './places.js';
import { reviewDueDate } from './review.js';
import type { Selected } from './select.js';
import { terminalLine } from '../util/terminal.js';
import { table, textIn } from './terminal.js';

export interface ListView {
  lang: Lang;
  color: boolean;
  /** Show where data goes (a country filter was given). */
  places: boolean;
  /** Show the review due date. */
  review: boolean;
}

const basesOf = (s: Selected): string[] => [...new Set((s.resolved.activity.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).map((b) => b.gdpr)))];

/** Machine-readable: one object per activity, stable order (by id). */
export function listJson(registry: Registry, selected: readonly Selected[], view: ListView): string {
  const rows = selected.map((s) => {
    const a = s.resolved.activity;
    const due = reviewDueDate(a.review);
    return {
      id: a.id,
      title: textIn(a.title, view.lang, registry.languages) ?? '',
      status: a.status,
      ...(a.approval ? { approval: a.approval } : {}),
      ...(a.noticeGroup ? { noticeGroup: a.noticeGroup } : {}),
      legalBases: basesOf(s),
      file: relative(registry.root, s.resolved.located.file.path).split('\\').join('/'),
      ...(view.places ? { places: s.places } : {}),
      ...(view.review ? { reviewDue: due ?? null } : {}),
    };
  });
  return JSON.stringify(rows, null, 2) + '\n';
}

export function placeText(p: Place, lang: Lang): string {
  const where = p.country ?? p.organisation ?? t(lang, 'authoring.list.no-destination');
  const via = t(lang, `authoring.via.${p.via}`);
  const id = p.name ?? p.id;
  return id === undefined ? t(lang, 'authoring.list.place', { where, via }) : t(lang, 'authoring.list.place-from', { where, via, id });
}

/** For a terminal: one line per activity. */
export function listTable(registry: Registry, selected: readonly Selected[], view: ListView): string {
  const c = new Chalk({ level: view.color ? 1 : 0 });
  const { lang } = view;
  if (selected.length === 0) return `${t(lang, 'authoring.list.none', { total: registry.activities.length })}\n`;
  const head = [
    t(lang, 'authoring.list.col.id'),
    t(lang, 'authoring.list.col.status'),
    t(lang, 'authoring.list.col.basis'),
    ...(view.review ? [t(lang, 'authoring.list.col.review-due')] : []),
    ...(view.places ? [t(lang, 'authoring.list.col.places')] : []),
    t(lang, 'authoring.list.col.title'),
  ];
  const rows = selected.map((s) => {
    const a = s.resolved.activity;
    return [
      a.id,
      t(lang, `terms.status.${a.status}`),
      basesOf(s).join(' ') || '–',
      ...(view.review ? [reviewDueDate(a.review) ?? t(lang, 'authoring.list.never-reviewed')] : []),
      ...(view.places ? [s.places.map((p) => placeText(p, lang)).join(', ')] : []),
      textIn(a.title, lang, registry.languages) ?? '',
    ].map(terminalLine);
  });
  const lines = table([head, ...rows]).split('\n');
  const footer = t(lang, 'authoring.list.count', { shown: selected.length, total: registry.activities.length });
  return [c.bold(lines[0]!), ...lines.slice(1), c.dim(footer)].join('\n') + '\n';
}
