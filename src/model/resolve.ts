import type { Located, Registry } from './registry.js';
import type {
  Activity,
  DataCategory,
  DataSubject,
  LawRef,
  Law,
  Processor,
  Recipient,
  Retention,
  RetentionRule,
  SecurityMeasure,
  Source,
  System,
  LegalBasis,
  Purpose,
  Transfer,
} from './types.js';

/** A catalogue entry an activity refers to, with its id. */
export interface Ref<T> {
  id: string;
  value: T;
}

/** A law reference with its catalogue entry, when it names one. */
export interface ResolvedLaw {
  ref: LawRef;
  law?: Ref<Law>;
  section?: string;
  /** Deep link if given, else the law's link. */
  url?: string;
}

export interface ResolvedLegalBasis extends Omit<LegalBasis, 'law'> {
  law: ResolvedLaw[];
}

export interface ResolvedPurpose extends Omit<Purpose, 'legalBasis' | 'safeguards'> {
  legalBasis: ResolvedLegalBasis[];
  safeguards: Ref<SecurityMeasure>[];
}

/** One retention entry with its policy merged in (inline fields win) and its categories resolved. */
export interface ResolvedRetention extends Omit<RetentionRule, 'law'> {
  /** Empty means all of the activity's categories. */
  categories: Ref<DataCategory>[];
  policy?: Ref<RetentionRule & { name: unknown }>;
  law: ResolvedLaw[];
}

export interface ResolvedTransfer extends Transfer {
  party?: Ref<Recipient | Processor>;
}

/** An activity with every reference replaced by what it names. Unknown ids are dropped: validation reports them. */
export interface ResolvedActivity {
  located: Located<Activity>;
  activity: Activity;
  purposes: ResolvedPurpose[];
  dataSubjects: Ref<DataSubject>[];
  dataCategories: Ref<DataCategory>[];
  sources: Ref<Source>[];
  /** `none` when the activity says so explicitly; undefined when it says nothing. */
  recipients: Ref<Recipient>[] | 'none' | undefined;
  processors: Ref<Processor>[];
  systems: Ref<System>[];
  transfers: ResolvedTransfer[] | 'none' | undefined;
  retention: ResolvedRetention[];
  securityMeasures: Ref<SecurityMeasure>[];
  /** Derived from the data categories. */
  specialCategories: Ref<DataCategory>[];
  criminalOffenceData: Ref<DataCategory>[];
  nationalIdentifiers: Ref<DataCategory>[];
}

export function resolveLaw(registry: Registry, ref: LawRef): ResolvedLaw {
  if (typeof ref === 'string') return { ref };
  const law = registry.catalogues.laws.get(ref.law);
  const url = ref.url ?? law?.value.url;
  // Keys in this order, each only when there is a value.
  const out: ResolvedLaw = { ref };
  if (law) out.law = { id: law.id, value: law.value };
  if (ref.section !== undefined) out.section = ref.section;
  if (url !== undefined) out.url = url;
  return out;
}

/**
 * The reference to a catalogue entry by `id`: one object per entry, shared by every activity that
 * names it (read-only, like the rest of a resolved activity), rather than one per mention.
 */
function refTo<T>(entry: Located<T>, id: string): Ref<T> {
  const hit = refs.get(entry) as Ref<T> | undefined;
  if (hit !== undefined && hit.id === id) return hit;
  const ref: Ref<T> = { id, value: entry.value };
  if (hit === undefined) refs.set(entry, ref);
  return ref;
}
const refs = new WeakMap<Located<unknown>, Ref<unknown>>();

/** Each activity resolved once per registry: the gap rules, the notice and the report all ask. */
const resolved = new WeakMap<Located<Activity>, { registry: Registry; value: ResolvedActivity }>();

/** The activity with its references expanded. Computed once per registry and activity; treat it as read-only. */
export function resolveActivity(registry: Registry, located: Located<Activity>): ResolvedActivity {
  const hit = resolved.get(located);
  if (hit?.registry === registry) return hit.value;
  const value = resolve(registry, located);
  resolved.set(located, { registry, value });
  return value;
}

function resolve(registry: Registry, located: Located<Activity>): ResolvedActivity {
  const a = located.value;
  const c = registry.catalogues;
  // Plain loops: every activity of a large registry is resolved once, and most of its lists are short.
  const refs = <T>(ids: readonly string[] | undefined, map: Map<string, Located<T>>): Ref<T>[] => {
    const out: Ref<T>[] = [];
    if (ids)
      for (const id of ids) {
        const e = map.get(id);
        if (e) out.push(refTo(e, id));
      }
    return out;
  };
  const laws = (list: readonly LawRef[] | undefined): ResolvedLaw[] => {
    const out: ResolvedLaw[] = [];
    if (list) for (const l of list) out.push(resolveLaw(registry, l));
    return out;
  };

  const dataCategories = refs(a.dataCategories, c.dataCategories);
  const retention = (a.retention ?? []).map((r: Retention): ResolvedRetention => {
    const policy = r.policy !== undefined ? c.retentionPolicies.get(r.policy) : undefined;
    const { categories, policy: _p, law, ...inline } = r;
    const base = policy?.value ?? {};
    const { name: _n, law: policyLaw, ...baseRule } = base as RetentionRule & { name?: unknown };
    return {
      ...baseRule,
      ...inline,
      categories: refs(categories, c.dataCategories),
      ...(policy ? { policy: { id: policy.id, value: policy.value } } : {}),
      law: laws(law ?? policyLaw),
    };
  });
  const parties = (id: string | undefined): Ref<Recipient | Processor> | undefined => {
    if (id === undefined) return undefined;
    const e = c.recipients.get(id) ?? c.processors.get(id);
    return e ? { id, value: e.value } : undefined;
  };
  return {
    located,
    activity: a,
    purposes: (a.purposes ?? []).map((p) => ({
      ...p,
      legalBasis: (p.legalBasis ?? []).map((b) => ({ ...b, law: laws(b.law) })),
      safeguards: refs(p.safeguards, c.securityMeasures),
    })),
    dataSubjects: refs(a.dataSubjects, c.dataSubjects),
    dataCategories,
    sources: refs(a.sources, c.sources),
    recipients: a.recipients === 'none' ? 'none' : a.recipients === undefined ? undefined : refs(a.recipients, c.recipients),
    processors: refs(a.processors, c.processors),
    systems: refs(a.systems, c.systems),
    transfers:
      a.transfers === 'none' || a.transfers === undefined
        ? a.transfers
        : a.transfers.map((t) => {
            const party = parties(t.recipient);
            return { ...t, ...(party ? { party } : {}) };
          }),
    retention,
    securityMeasures: refs(a.securityMeasures, c.securityMeasures),
    specialCategories: dataCategories.filter((d) => d.value.specialCategory !== undefined),
    criminalOffenceData: dataCategories.filter((d) => d.value.criminalOffence === true),
    nationalIdentifiers: dataCategories.filter((d) => d.value.nationalIdentifier === true),
  };
}

/** Every Art. 6 basis, Art. 9(2) condition and Art. 10 basis of an activity, across its purposes. */
export function basesOf(r: ResolvedActivity): { purpose: ResolvedPurpose; basis: ResolvedLegalBasis }[] {
  return r.purposes.flatMap((purpose) => purpose.legalBasis.map((basis) => ({ purpose, basis })));
}

/**
 * Whether an activity is approved: `approval: approved`, or no `approval` at all (a registry that keeps no
 * approval workflow). The one test for what may be published (the notice) and what the official record
 * made available to the supervisory authority holds (Art. 30(4), `ropa report`).
 */
export function isApproved(activity: Pick<Activity, 'approval'>): boolean {
  return activity.approval === undefined || activity.approval === 'approved';
}

export const isArt6 = (code: string): boolean => code.startsWith('A6-');
export const isArt9Condition = (code: string): boolean => code.startsWith('A9-2-');
export const isArt10 = (code: string): boolean => code === 'A10';
