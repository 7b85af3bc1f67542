/**
 * The gap engine: runs the rules over the resolved registry, sets accepted findings apart, and
 * computes the DPIA screening and the completeness score of each activity.
 */
import { sortFindings, type Finding } from '../model/finding.js';
import type { Registry } from '../model/registry.js';
import { resolveActivity, type ResolvedActivity } from '../model/resolve.js';
import { applyAcceptances, type AcceptedFinding } from './accepted.js';
import { completeness, type Completeness } from './completeness.js';
import { referenceData, type ReferenceData } from './reference.js';
import { screeningOf, type Screening } from './screening.js';
import type { SourceFile } from '../parse/source.js';
import { internTexts } from '../util/intern.js';
import type { Rule, RuleContext, Unplaced } from './types.js';

export interface GapOptions {
  /** YYYY-MM-DD; from --today, or the clock in the command. */
  today: string;
  /** Keep only findings for these activities (and drop organisation-wide ones). */
  activities?: readonly string[];
  reference?: ReferenceData;
  /** Give the kept findings their line and column (default). `ropa notice --draft` only words them, and skips it. */
  place?: boolean;
  /**
   * Only error findings are wanted (`ropa notice`: only they block it): the rules are told (RuleContext.errorsOnly) and the
   * result holds errors only.
   */
  errorsOnly?: boolean;
  /**
   * Make each distinct text of the activities one string first (default): it pays for the many readers of a whole gap run,
   * not for `ropa notice`'s one rule (docs/performance.md, session 44).
   */
  intern?: boolean;
}

export interface GapResult {
  today: string;
  /** Open findings, sorted. */
  findings: Finding[];
  /** Findings set aside by a live acceptance, sorted by finding. */
  accepted: AcceptedFinding[];
  /** The activities reported on, sorted by id. */
  activities: ResolvedActivity[];
  screening: Screening[];
  completeness: Completeness[];
  reference: ReferenceData;
}

export function runGaps(registry: Registry, rules: readonly Rule[], opts: GapOptions): GapResult {
  const reference = opts.reference ?? referenceData();
  if (opts.intern !== false) internTexts(registry.activities.map((a) => a.value));
  const all = registry.activities.map((a) => resolveActivity(registry, a));
  const screening = screeningOf(registry, reference);
  const errorsOnly = opts.errorsOnly === true;
  const ctx: RuleContext = { registry, today: opts.today, reference, activities: all, screening, ...(errorsOnly ? { errorsOnly } : {}) };
  const unplaced: Unplaced[] = [];
  const raw: Finding[] = [];
  for (const rule of rules) for (const f of rule.check(ctx, unplaced)) if (!errorsOnly || f.severity === 'error') raw.push(f);
  const { open, accepted } = applyAcceptances(raw, registry, opts.today);

  const wanted = opts.activities ? new Set(opts.activities) : undefined;
  // A catalogue entry's finding is kept for the activities that use the entry.
  const keep = (f: Finding): boolean =>
    wanted === undefined || (f.activity !== undefined ? wanted.has(f.activity) : f.activities !== undefined && f.activities.some((a) => wanted.has(a)));
  if (opts.place !== false) place(unplaced, wanted === undefined ? undefined : keep);
  const activities = all.filter((r) => wanted === undefined || wanted.has(r.activity.id));
  return resultOf(
    registry,
    opts.today,
    reference,
    screening,
    activities,
    sortFindings(wanted === undefined ? open : open.filter(keep)),
    sortFindings(wanted === undefined ? accepted : accepted.filter((a) => keep(a.finding)), (a) => a.finding),
  );
}

/**
 * The result, with the screening and the scores computed when first read (`ropa notice` runs some rules and reads
 * neither). Made apart from `runGaps`, so that its getters keep only what they read, not what the run made on its way.
 */
function resultOf(
  registry: Registry,
  today: string,
  reference: ReferenceData,
  screening: (r: ResolvedActivity) => Screening,
  activities: ResolvedActivity[],
  findings: Finding[],
  accepted: AcceptedFinding[],
): GapResult {
  let screenings: Screening[] | undefined;
  let scores: Completeness[] | undefined;
  return {
    today,
    findings,
    accepted,
    activities,
    get screening() {
      return (screenings ??= activities.map(screening));
    },
    get completeness() {
      return (scores ??= activities.map((r) => completeness(registry, r)));
    },
    reference,
  };
}

/**
 * Gives the findings that are kept their line and column, file by file: each file's text is had
 * (from its bytes, when validation let it go) for all of its findings at once and let go again
 * after them, so that no more than one text is held at a time (docs/performance.md).
 */
function place(unplaced: readonly Unplaced[], keep: ((f: Finding) => boolean) | undefined): void {
  const byFile = new Map<SourceFile, Unplaced[]>();
  for (const u of unplaced) {
    if (keep !== undefined && !keep(u.finding)) continue;
    const list = byFile.get(u.file);
    if (list) list.push(u);
    else byFile.set(u.file, [u]);
  }
  for (const [file, list] of byFile) {
    for (const { finding, target } of list) finding.range = file.locate(finding.pointer, target);
    file.releaseText();
  }
}
