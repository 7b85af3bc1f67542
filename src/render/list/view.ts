import { relative } from 'node:path';
import type { Lang } from '../../i18n/index.js';
import type { Registry } from '../../model/registry.js';
import { resolveActivity, type ResolvedActivity } from '../../model/resolve.js';
import type { Activity, SpecialCategory } from '../../model/types.js';
import { outsideEea, placesOf, type Place } from '../../check/places.js';
import { reviewDue, reviewDueDate } from '../../check/review.js';
import { textIn } from '../words/index.js';

/** The questions `ropa list` answers; every one given must hold. */
export interface ActivityFilter {
  category?: string | undefined;
  /** true: any special category; a string: that one. */
  special?: true | SpecialCategory | undefined;
  criminal?: boolean | undefined;
  processor?: string | undefined;
  source?: string | undefined;
  recipient?: string | undefined;
  country?: string | undefined;
  outsideEea?: boolean | undefined;
  /** A basis code or a prefix of one at a hyphen: `A6-1-e`, `A9` (every Art. 9 code). */
  basis?: string | undefined;
  status?: string | undefined;
  reviewDueOn?: string | undefined;
}

export interface Selected {
  resolved: ResolvedActivity;
  /** The places that made a `country` or `outsideEea` filter match. */
  places: Place[];
}

/** `A6-1-e` matches itself; `A9` matches every Art. 9 code; letters in either case. */
export function basisMatches(code: string, wanted: string): boolean {
  const c = code.toLowerCase();
  const w = wanted.toLowerCase();
  return c === w || c.startsWith(w + '-');
}

/** `eea`: the EEA's countries (data/eea.json), for `outsideEea`. */
export function selectActivities(registry: Registry, f: ActivityFilter, eea: ReadonlySet<string>): Selected[] {
  const out: Selected[] = [];
  for (const located of registry.activities) {
    const r = resolveActivity(registry, located);
    const a = r.activity;
    const has = (list: readonly { id: string }[], id: string | undefined): boolean => id === undefined || list.some((x) => x.id === id);
    if (!has(r.dataCategories, f.category)) continue;
    if (f.special === true && r.specialCategories.length === 0) continue;
    if (typeof f.special === 'string' && !r.specialCategories.some((c) => c.value.specialCategory === f.special)) continue;
    if (f.criminal && r.criminalOffenceData.length === 0) continue;
    // A system supplied by a processor brings the processor into the activity.
    if (f.processor !== undefined && !has(r.processors, f.processor) && !r.systems.some((s) => s.value.processor === f.processor)) continue;
    if (!has(r.sources, f.source)) continue;
    if (f.recipient !== undefined) {
      const listed = Array.isArray(a.recipients) && a.recipients.includes(f.recipient);
      const transferred = Array.isArray(a.transfers) && a.transfers.some((t) => t.recipient === f.recipient);
      if (!listed && !transferred) continue;
    }
    if (f.basis !== undefined && !(a.purposes ?? []).some((p) => (p.legalBasis ?? []).some((b) => basisMatches(b.gdpr, f.basis!)))) continue;
    if (f.status !== undefined && a.status !== f.status) continue;
    if (f.reviewDueOn !== undefined && !reviewDue(a.review, f.reviewDueOn)) continue;
    let places: Place[] = [];
    if (f.country !== undefined || f.outsideEea) {
      places = placesOf(r).filter((p) => (f.country === undefined || p.country === f.country) && (!f.outsideEea || outsideEea(p, eea)));
      if (places.length === 0) continue;
    }
    out.push({ resolved: r, places });
  }
  return out;
}

/** What `ropa list` shows: one row per activity selected, and which columns the filters call for. */
export interface ListView {
  lang: Lang;
  rows: ListRow[];
  /** Activities in the registry, selected or not. */
  total: number;
  /** Show where data goes (a country filter was given). */
  places: boolean;
  /** Show the review due date. */
  review: boolean;
}

export interface ListRow {
  id: string;
  title: string;
  status: Activity['status'];
  approval?: Activity['approval'];
  noticeGroup?: string;
  /** The GDPR bases of its purposes, each once. */
  legalBases: string[];
  /** Relative to the registry, with `/`. */
  file: string;
  /** The places that made a `country` or `outsideEea` filter match. */
  places: Place[];
  /** When its next review falls; undefined if never reviewed. */
  reviewDue: string | undefined;
}

export function listView(registry: Registry, selected: readonly Selected[], opts: { lang: Lang; places: boolean; review: boolean }): ListView {
  const rows = selected.map((s): ListRow => {
    const a = s.resolved.activity;
    return {
      id: a.id,
      title: textIn(a.title, opts.lang, registry.languages) ?? '',
      status: a.status,
      ...(a.approval ? { approval: a.approval } : {}),
      ...(a.noticeGroup ? { noticeGroup: a.noticeGroup } : {}),
      legalBases: [...new Set((a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).map((b) => b.gdpr)))],
      file: relative(registry.root, s.resolved.located.file.path).split('\\').join('/'),
      places: s.places,
      reviewDue: reviewDueDate(a.review),
    };
  });
  return { ...opts, rows, total: registry.activities.length };
}
