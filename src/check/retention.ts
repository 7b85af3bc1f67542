import type { ResolvedActivity, ResolvedRetention } from '../model/resolve.js';

/** A retention entry sets a time limit when it has a period, a criterion (trigger) or says the data is kept permanently. */
export const setsTimeLimit = (r: ResolvedRetention): boolean => r.period !== undefined || r.trigger !== undefined || r.permanent === true;

export interface RetentionCoverage {
  /** No retention entry at all. */
  none: boolean;
  /** Entries that set no time limit, by index; `lawOnly` when they name a law and nothing else. */
  undefinedEntries: { index: number; lawOnly: boolean }[];
  /** The activity's data categories that no entry covers, with their index in `dataCategories`. */
  uncovered: { id: string; index: number }[];
}

/** Art. 30(1)(f): which of the activity's data categories have a time limit for erasure. */
export function retentionCoverage(r: ResolvedActivity): RetentionCoverage {
  const entries = r.retention;
  const covered = new Set<string>();
  let coversAll = false;
  for (const e of entries) {
    if (e.categories.length === 0) coversAll = true;
    for (const c of e.categories) covered.add(c.id);
  }
  const ids = r.activity.dataCategories ?? [];
  return {
    none: entries.length === 0,
    undefinedEntries: entries.flatMap((e, index) => (setsTimeLimit(e) ? [] : [{ index, lawOnly: e.law.length > 0 }])),
    uncovered: entries.length === 0 || coversAll ? [] : ids.flatMap((id, index) => (covered.has(id) ? [] : [{ id, index }])),
  };
}

export function retentionComplete(r: ResolvedActivity): boolean {
  const c = retentionCoverage(r);
  return !c.none && c.undefinedEntries.length === 0 && c.uncovered.length === 0;
}
