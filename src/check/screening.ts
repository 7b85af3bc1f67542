/**
 * DPIA screening computed from the record: which Art. 35(3) triggers, which items of Datatilsynet's
 * Art. 35(4) list and which WP248 criteria apply to an activity, and which fields led there.
 * Used by the dpia-required and dpia-screening rules, and by `ropa report`.
 */
import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { isArt10, isArt9Condition } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { basesWithPointers, isConsent } from './facts.js';
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
  notComputed: string[];
}

type Collected = Map<string, Evidence[]>;

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

export function screenActivity(registry: Registry, r: ResolvedActivity, ref: ReferenceData): Screening {
  const a = r.activity;
  const rf = a.riskFactors ?? {};
  const ad = a.automatedDecisions;
  const flag = (key: keyof typeof rf): Evidence[] => (rf[key] === true ? [{ pointer: join('/riskFactors', key) }] : []);
  const categoryIndex = (id: string): number => (a.dataCategories ?? []).indexOf(id);
  const categories = (pick: (c: ResolvedActivity['dataCategories'][number]) => string | undefined): Evidence[] =>
    r.dataCategories.flatMap((c) => {
      const d = pick(c);
      return d === undefined ? [] : [{ pointer: join('/dataCategories', categoryIndex(c.id)), detail: `${c.id}: ${d}` }];
    });

  const special = categories((c) => c.value.specialCategory);
  const criminal = categories((c) => (c.value.criminalOffence === true ? 'criminalOffence' : undefined));
  const location = [...flag('locationData'), ...categories((c) => (c.value.location === true ? 'location' : undefined))];
  // A cited Art. 9(2) condition or Art. 10 basis says the controller processes such data, even where no category is marked.
  const citedSensitive = basesWithPointers(r)
    .filter(({ basis }) => isArt9Condition(basis.gdpr) || basis.gdpr === 'A9-1' || isArt10(basis.gdpr))
    .map(({ pointer, basis }) => ({ pointer, detail: basis.gdpr }));
  const profiling = ad?.profiling === true ? [{ pointer: '/automatedDecisions/profiling' }] : [];
  const automated = ad?.used === true ? [{ pointer: '/automatedDecisions/used' }] : [];
  const vulnerableSubjects = r.dataSubjects.flatMap((s) => {
    const d = s.value.vulnerable === true ? 'vulnerable' : s.value.children === true ? 'children' : undefined;
    return d === undefined ? [] : [{ pointer: join('/dataSubjects', (a.dataSubjects ?? []).indexOf(s.id)), detail: `${s.id}: ${d}` }];
  });
  const researchWithoutConsent = r.purposes.flatMap((p, i) =>
    p.researchOrStatistics === 'research' && !p.legalBasis.some((b) => isConsent(b.gdpr))
      ? [{ pointer: join('/purposes', i, 'researchOrStatistics'), detail: p.id }]
      : [],
  );

  const wp: Collected = new Map([
    ['evaluation-or-scoring', [...flag('evaluationOrScoring'), ...profiling]],
    ['automated-decision', automated],
    ['systematic-monitoring', [...flag('systematicMonitoring'), ...flag('employeeMonitoring'), ...flag('cameraSurveillance')]],
    ['sensitive-data', [...special, ...criminal, ...location, ...citedSensitive]],
    ['large-scale', flag('largeScale')],
    ['matching-datasets', flag('matchesDatasets')],
    ['vulnerable-subjects', [...flag('vulnerableSubjects'), ...vulnerableSubjects]],
    ['innovative-technology', flag('innovativeTechnology')],
    ['prevents-right-or-service', [...flag('preventsRightOrService'), ...flag('thirdPartyDataForDecisions')]],
  ]);
  const wp248 = ref.wp248.criteria.flatMap((c) => nonEmpty(c.id, wp.get(c.id)));

  const all = (...parts: Evidence[][]): Evidence[] => (parts.every((p) => p.length > 0) ? parts.flat() : []);
  const largeScale = flag('largeScale');
  const list: Collected = new Map([
    ['third-party-data-for-decisions', flag('thirdPartyDataForDecisions')],
    [
      'biometric-identification',
      [...flag('biometricIdentification'), ...categories((c) => (c.value.specialCategory === 'biometric' ? 'biometric' : undefined))],
    ],
    ['genetic-data', categories((c) => (c.value.specialCategory === 'genetic' ? 'genetic' : undefined))],
    ['innovative-technology', flag('innovativeTechnology')],
    ['employee-monitoring', flag('employeeMonitoring')],
    ['research-without-consent', researchWithoutConsent],
    ['location-data', location],
    // «Systematic monitoring, including camera surveillance, on a large scale, in areas accessible by the public.»
    ['camera-public-large-scale', all([...flag('cameraSurveillance'), ...flag('systematicMonitoring')], flag('publiclyAccessibleArea'), largeScale)],
    ['monitoring-efficiency', all([...flag('systematicMonitoring'), ...flag('employeeMonitoring')], flag('evaluationOrScoring'))],
    ['commercial-profiling', registry.organisation?.value.publicAuthority === false ? [...flag('evaluationOrScoring'), ...profiling] : []],
  ]);
  const datatilsynet = ref.datatilsynet.items.flatMap((item) => {
    const evidence = list.get(item.id) ?? [];
    if (evidence.length === 0) return [];
    // "+1": at least one WP248 criterion shown by some other field than the item's own.
    if (item.plusOne) {
      const own = new Set(evidence.map((e) => e.pointer));
      if (!wp248.some((c) => c.evidence.some((e) => !own.has(e.pointer)))) return [];
    }
    return [{ id: item.id, evidence }];
  });

  const sensitiveForB = [...special, ...criminal, ...citedSensitive];
  const art35: Criterion[] = [
    ...nonEmpty('35-3-a', all(automated, [...profiling, ...flag('evaluationOrScoring')])),
    ...nonEmpty('35-3-b', all(largeScale, sensitiveForB)),
    ...nonEmpty('35-3-c', all(flag('publiclyAccessibleArea'), largeScale, [...flag('systematicMonitoring'), ...flag('cameraSurveillance')])),
  ];

  return {
    activity: a.id,
    art35,
    datatilsynet,
    wp248,
    required: art35.length > 0 || datatilsynet.length > 0,
    likely: wp248.length >= ref.wp248.threshold,
    notComputed: ref.datatilsynet.items.filter((i) => !i.computed).map((i) => i.id),
  };
}

function nonEmpty(id: string, evidence: Evidence[] | undefined): Criterion[] {
  return evidence && evidence.length > 0 ? [{ id, evidence: dedupe(evidence) }] : [];
}

function dedupe(evidence: Evidence[]): Evidence[] {
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
