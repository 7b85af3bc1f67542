/**
 * DPIA screening computed from the record: which Art. 35(3) triggers, which items of Datatilsynet's
 * Art. 35(4) list and which WP248 criteria apply to an activity, and which fields led there.
 * Used by the dpia-required and dpia-screening rules, and by `ropa report`.
 */
import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { isArt10, isArt9Condition } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { actsAsPublicAuthority, basesWithPointers, isConsent, textsOf } from './facts.js';
import type { ReferenceData } from './reference.js';

/** A field that led to a criterion: a JSON pointer in the activity's file, and what was found there. */
export interface Evidence {
  pointer: string;
  /** e.g. `criminal-records: criminalOffence`, `A9-2-j`. */
  detail?: string;
}

export interface Criterion {
  id: string;
  evidence: Evidence[];
}

export interface Screening {
  activity: string;
  /** Art. 35(3) triggers that apply: `35-3-a`, `35-3-b`, `35-3-c`. */
  art35: Criterion[];
  /** Items of Datatilsynet's list that apply (ids from data/datatilsynet-dpia.json). */
  datatilsynet: Criterion[];
  /** WP248 criteria that apply (ids from data/wp248.json). */
  wp248: Criterion[];
  /** A trigger or a list item applies: a DPIA is required (Art. 35(1), (3), (4)). */
  required: boolean;
  /** WP248 criteria at or above the threshold: a DPIA is likely needed. */
  likely: boolean;
  /** List items no field of the record can show; a person must judge them. */
  notComputed: readonly string[];
}

/** Screenings already computed, by resolved activity (resolved once per registry, see resolveActivity). */
const screened = new WeakMap<ResolvedActivity, { ref: ReferenceData; value: Screening }>();

/**
 * The screening of each activity of `registry`, computed once per activity: the gap engine, its
 * rules and the report (its DPIA overview) share it.
 */
export function screeningOf(registry: Registry, ref: ReferenceData): (r: ResolvedActivity) => Screening {
  return (r) => {
    const hit = screened.get(r);
    if (hit?.ref === ref) return hit.value;
    const value = screenActivity(registry, r, ref);
    screened.set(r, { ref, value });
    return value;
  };
}

/**
 * A registry that relies on Art. 9(2)(d) somewhere is a not-for-profit body with a political, philosophical, religious or
 * trade-union aim (the only bodies that condition serves): its processing is not «for commercial use» in Datatilsynet's
 * list (commercial-profiling) unless the activity's own words speak of customers, products, sales or marketing
 * («produktivitet», «productivity», «production» name no product).
 */
const notForProfit = new WeakMap<Registry, boolean>();
function isNotForProfit(registry: Registry): boolean {
  let v = notForProfit.get(registry);
  if (v === undefined) {
    v = registry.activities.some((a) => (a.value.purposes ?? []).some((p) => (p.legalBasis ?? []).some((b) => b.gdpr === 'A9-2-d')));
    notForProfit.set(registry, v);
  }
  return v;
}
const COMMERCIAL =
  /kommersiell|commercial|(?<![\p{L}])(?:salg|sal|selge|selje|sell\p{L}*|sales?)(?![\p{L}])|kunde|kundar|customer|client|produkt(?!iv)|product(?!i)|forsikring|insurance|rabatt|discount|markedsfør|marknadsfør|marketing|annons|advertis/iu;
function commercialWords(r: ResolvedActivity): boolean {
  return [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description)].some((t) => textsOf(t).some((x) => COMMERCIAL.test(x)));
}

/** Evidence of nothing: shared by every empty part of a screening, never part of its result. */
const NONE: readonly Evidence[] = Object.freeze([]);

/**
 * The screening of one activity. One pass over each of its lists, and evidence made only for what
 * is there: at 10,000 activities this runs 10,000 times, and most parts are empty
 * (docs/performance.md). Every criterion's evidence is its own array, in the order the fields are
 * read below.
 */
export function screenActivity(registry: Registry, r: ResolvedActivity, ref: ReferenceData): Screening {
  const a = r.activity;
  const rf = a.riskFactors;
  const ad = a.automatedDecisions;
  const flag = (key: keyof NonNullable<typeof rf>): readonly Evidence[] => (rf?.[key] === true ? [{ pointer: join('/riskFactors', key) }] : NONE);
  const evaluationOrScoring = flag('evaluationOrScoring');
  const systematicMonitoring = flag('systematicMonitoring');
  const employeeMonitoring = flag('employeeMonitoring');
  const cameraSurveillance = flag('cameraSurveillance');
  const largeScale = flag('largeScale');
  const thirdPartyData = flag('thirdPartyDataForDecisions');
  const innovative = flag('innovativeTechnology');
  const publicArea = flag('publiclyAccessibleArea');

  // The data categories, read once: what each marks, each with the category's place in the file.
  let special: Evidence[] | undefined;
  let criminal: Evidence[] | undefined;
  let locationCategories: Evidence[] | undefined;
  let biometric: Evidence[] | undefined;
  let genetic: Evidence[] | undefined;
  for (const c of r.dataCategories) {
    const v = c.value;
    const sc = v.specialCategory;
    if (sc === undefined && v.criminalOffence !== true && v.location !== true) continue;
    const pointer = join('/dataCategories', (a.dataCategories ?? []).indexOf(c.id));
    if (sc !== undefined) {
      (special ??= []).push({ pointer, detail: `${c.id}: ${sc}` });
      if (sc === 'biometric') (biometric ??= []).push({ pointer, detail: `${c.id}: biometric` });
      if (sc === 'genetic') (genetic ??= []).push({ pointer, detail: `${c.id}: genetic` });
    }
    if (v.criminalOffence === true) (criminal ??= []).push({ pointer, detail: `${c.id}: criminalOffence` });
    if (v.location === true) (locationCategories ??= []).push({ pointer, detail: `${c.id}: location` });
  }
  const location = cat(flag('locationData'), locationCategories ?? NONE);
  // A cited Art. 9(2) condition or Art. 10 basis says the controller processes such data, even where no category is marked.
  let citedSensitive: Evidence[] | undefined;
  for (const { pointer, basis } of basesWithPointers(r))
    if (isArt9Condition(basis.gdpr) || basis.gdpr === 'A9-1' || isArt10(basis.gdpr)) (citedSensitive ??= []).push({ pointer, detail: basis.gdpr });
  const profiling = ad?.profiling === true ? [{ pointer: '/automatedDecisions/profiling' }] : NONE;
  const automated = ad?.used === true ? [{ pointer: '/automatedDecisions/used' }] : NONE;
  let vulnerableSubjects: Evidence[] | undefined;
  for (const s of r.dataSubjects) {
    const d = s.value.vulnerable === true ? 'vulnerable' : s.value.children === true ? 'children' : undefined;
    if (d !== undefined) (vulnerableSubjects ??= []).push({ pointer: join('/dataSubjects', (a.dataSubjects ?? []).indexOf(s.id)), detail: `${s.id}: ${d}` });
  }
  let researchWithoutConsent: Evidence[] | undefined;
  r.purposes.forEach((p, i) => {
    if (p.researchOrStatistics === 'research' && !p.legalBasis.some((b) => isConsent(b.gdpr)))
      (researchWithoutConsent ??= []).push({ pointer: join('/purposes', i, 'researchOrStatistics'), detail: p.id });
  });

  const wp = (id: string): readonly Evidence[] => {
    switch (id) {
      case 'evaluation-or-scoring':
        return cat(evaluationOrScoring, profiling);
      case 'automated-decision':
        return automated;
      case 'systematic-monitoring':
        return cat(systematicMonitoring, employeeMonitoring, cameraSurveillance);
      case 'sensitive-data':
        return cat(special ?? NONE, criminal ?? NONE, location, citedSensitive ?? NONE);
      case 'large-scale':
        return largeScale;
      case 'matching-datasets':
        return flag('matchesDatasets');
      case 'vulnerable-subjects':
        return cat(flag('vulnerableSubjects'), vulnerableSubjects ?? NONE);
      case 'innovative-technology':
        return innovative;
      case 'prevents-right-or-service':
        return cat(flag('preventsRightOrService'), thirdPartyData);
      default:
        return NONE;
    }
  };
  const wp248: Criterion[] = [];
  for (const c of ref.wp248.criteria) {
    const evidence = wp(c.id);
    if (evidence.length > 0) wp248.push({ id: c.id, evidence: dedupe(evidence) });
  }

  const all = (a: readonly Evidence[], b: readonly Evidence[], c?: readonly Evidence[]): readonly Evidence[] =>
    a.length > 0 && b.length > 0 && (c === undefined || c.length > 0) ? cat(a, b, c) : NONE;
  const list = (id: string): readonly Evidence[] => {
    switch (id) {
      case 'third-party-data-for-decisions':
        return thirdPartyData;
      case 'biometric-identification':
        return cat(flag('biometricIdentification'), biometric ?? NONE);
      case 'genetic-data':
        return genetic ?? NONE;
      case 'innovative-technology':
        return innovative;
      case 'employee-monitoring':
        return employeeMonitoring;
      case 'research-without-consent':
        return researchWithoutConsent ?? NONE;
      case 'location-data':
        return location;
      case 'camera-public-large-scale':
        // «Systematic monitoring, including camera surveillance, on a large scale, in areas accessible by the public.»
        return all(cat(cameraSurveillance, systematicMonitoring), publicArea, largeScale);
      case 'monitoring-efficiency':
        return all(cat(systematicMonitoring, employeeMonitoring), evaluationOrScoring);
      case 'commercial-profiling':
        // «Services or products for commercial use»: not a not-for-profit body's own work, unless the activity is commercial.
        return actsAsPublicAuthority(registry, r) === false && (!isNotForProfit(registry) || commercialWords(r)) ? cat(evaluationOrScoring, profiling) : NONE;
      default:
        return NONE;
    }
  };
  const datatilsynet: Criterion[] = [];
  for (const item of ref.datatilsynet.items) {
    const evidence = list(item.id);
    if (evidence.length === 0) continue;
    // "+1": at least one WP248 criterion shown by some other field than the item's own.
    if (item.plusOne && !wp248.some((c) => c.evidence.some((e) => !evidence.some((o) => o.pointer === e.pointer)))) continue;
    datatilsynet.push({ id: item.id, evidence: evidence.slice() });
  }

  const art35: Criterion[] = [];
  const trigger = (id: string, evidence: readonly Evidence[]): void => {
    if (evidence.length > 0) art35.push({ id, evidence: dedupe(evidence) });
  };
  trigger('35-3-a', all(automated, cat(profiling, evaluationOrScoring)));
  trigger('35-3-b', all(largeScale, cat(special ?? NONE, criminal ?? NONE, citedSensitive ?? NONE)));
  trigger('35-3-c', all(publicArea, largeScale, cat(systematicMonitoring, cameraSurveillance)));

  return {
    activity: a.id,
    art35,
    datatilsynet,
    wp248,
    required: art35.length > 0 || datatilsynet.length > 0,
    likely: wp248.length >= ref.wp248.threshold,
    notComputed: notComputed(ref.datatilsynet),
  };
}

/** The list items no field can show: the same for every activity, so one array for all of them (read-only). */
function notComputed(list: ReferenceData['datatilsynet']): readonly string[] {
  let ids = uncomputed.get(list);
  if (!ids) uncomputed.set(list, (ids = Object.freeze(list.items.filter((i) => !i.computed).map((i) => i.id))));
  return ids;
}
const uncomputed = new WeakMap<ReferenceData['datatilsynet'], readonly string[]>();

/**
 * The parts one after another: NONE when all are empty, else a new array. Up to four parts, named
 * rather than gathered: 10,000 activities make about thirty such calls each.
 */
function cat(a: readonly Evidence[], b: readonly Evidence[] = NONE, c: readonly Evidence[] = NONE, d: readonly Evidence[] = NONE): readonly Evidence[] {
  if (a.length + b.length + c.length + d.length === 0) return NONE;
  const out: Evidence[] = [];
  for (const e of a) out.push(e);
  for (const e of b) out.push(e);
  for (const e of c) out.push(e);
  for (const e of d) out.push(e);
  return out;
}

/** The evidence without repeats (the same pointer and detail), as a new array. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence.slice();
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.pointer}\u0000${e.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A DPIA is recorded as done, or is in progress for processing that has not started. */
export function dpiaCovered(r: ResolvedActivity): boolean {
  const status = r.activity.dpia?.status;
  return status === 'done' || (status === 'in-progress' && r.activity.status === 'planned');
}

/** Where a DPIA finding points: the status if there is one, else the dpia block (or where it belongs). */
export function dpiaPointer(r: ResolvedActivity): string {
  return r.activity.dpia?.status !== undefined ? '/dpia/status' : '/dpia';
}
