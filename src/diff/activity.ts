import type { ResolvedActivity, ResolvedRetention, ResolvedTransfer } from '../model/resolve.js';
import type { Activity } from '../model/types.js';
import { term, type ChangeArg, type ChangeLevel, type RetentionArg, type Term } from './types.js';
import { durationSeconds } from '../util/duration.js';
import { canonical } from './canonical.js';

type Emit = (id: string, level: ChangeLevel, args?: Record<string, ChangeArg>) => void;

/**
 * What changed within one activity that a reviewer of the record cares about (Art. 30(1)(b)-(g)
 * and the DPIA). Additions that widen the processing are `review`; removals are mostly `info`.
 */
export function compareActivity(base: ResolvedActivity, head: ResolvedActivity, emit: Emit, eea: ReadonlySet<string>): void {
  const a = base.activity;
  const b = head.activity;
  if (a.status !== b.status)
    emit('status-changed', 'info', { before: term(`terms.status.${a.status}`, a.status), after: term(`terms.status.${b.status}`, b.status) });

  // Special categories and criminal-offence data come from the catalogue as it is at each side.
  const baseSpecial = new Map(base.specialCategories.map((c) => [c.id, c.value.specialCategory!]));
  for (const c of head.specialCategories) {
    const special = c.value.specialCategory!;
    if (baseSpecial.get(c.id) !== special) emit('special-category-added', 'review', { category: c.id, special: term(`terms.special.${special}`, special) });
  }
  const headSpecial = new Set(head.specialCategories.map((c) => c.id));
  for (const [id, special] of baseSpecial) {
    if (!headSpecial.has(id)) emit('special-category-removed', 'info', { category: id, special: term(`terms.special.${special}`, special) });
  }
  eachAdded(base.criminalOffenceData, head.criminalOffenceData, (id) => emit('criminal-offence-data-added', 'review', { category: id }));
  eachAdded(head.criminalOffenceData, base.criminalOffenceData, (id) => emit('criminal-offence-data-removed', 'info', { category: id }));
  // A new special or criminal-offence category is reported as such above, not again as a plain one.
  const flagged = new Set([...head.specialCategories, ...head.criminalOffenceData].map((c) => c.id));
  eachAdded(base.dataCategories, head.dataCategories, (id) => flagged.has(id) || emit('data-category-added', 'info', { category: id }));
  const wasFlagged = new Set([...base.specialCategories, ...base.criminalOffenceData].map((c) => c.id));
  eachAdded(head.dataCategories, base.dataCategories, (id) => wasFlagged.has(id) || emit('data-category-removed', 'info', { category: id }));

  eachAdded(base.dataSubjects, head.dataSubjects, (id) => emit('data-subject-added', 'review', { subject: id }));
  eachAdded(head.dataSubjects, base.dataSubjects, (id) => emit('data-subject-removed', 'info', { subject: id }));

  comparePurposes(base, head, emit);

  eachAdded(base.sources, head.sources, (id) => emit('source-added', 'review', { source: id }));
  eachAdded(head.sources, base.sources, (id) => emit('source-removed', 'info', { source: id }));
  const recipients = (r: ResolvedActivity): { id: string }[] => (Array.isArray(r.recipients) ? r.recipients : []);
  eachAdded(recipients(base), recipients(head), (id) => emit('recipient-added', 'review', { recipient: id }));
  eachAdded(recipients(head), recipients(base), (id) => emit('recipient-removed', 'info', { recipient: id }));
  // The basis of a disclosure to a controller (disclosures): another basis or law is a legal question again.
  const disclosed = (r: ResolvedActivity): Map<string, NonNullable<Activity['disclosures']>[number]> =>
    new Map((r.activity.disclosures ?? []).map((d) => [d.recipient, d]));
  const [gave, gives] = [disclosed(base), disclosed(head)];
  for (const recipient of new Set([...gave.keys(), ...gives.keys()])) {
    const [b, h] = [gave.get(recipient), gives.get(recipient)];
    if (canonical(b) !== canonical(h)) emit('disclosure-changed', 'review', { recipient, before: disclosureArg(b), after: disclosureArg(h) });
  }
  eachAdded(base.processors, head.processors, (id) => emit('processor-added', 'review', { processor: id }));
  eachAdded(head.processors, base.processors, (id) => emit('processor-removed', 'info', { processor: id }));

  // Art. 30(1)(g): a measure taken away weakens the protection a reviewer signed off on.
  eachAdded(base.securityMeasures, head.securityMeasures, (id) => emit('security-measure-added', 'info', { measure: id }));
  eachAdded(head.securityMeasures, base.securityMeasures, (id) => emit('security-measure-removed', 'review', { measure: id }));

  compareTransfers(base, head, emit, eea);
  compareRetention(base, head, emit);

  const before = a.dpia?.status;
  const after = b.dpia?.status;
  if (before !== after) emit('dpia-status-changed', 'review', { before: dpiaTerm(before), after: dpiaTerm(after) });

  compareGovernance(a, b, emit, eea);
}

/**
 * Who decides and what the people concerned can do: approval, the organisation's role, automated
 * decisions (Art. 22), restricted rights (Art. 23), risk factors the DPIA screening reads, systems
 * and where the data is stored.
 */
function compareGovernance(a: Activity, b: Activity, emit: Emit, eea: ReadonlySet<string>): void {
  if (a.approval !== b.approval) {
    // Approving is the decision a reviewer signs; anything else is the work before it.
    emit('approval-changed', b.approval === 'approved' ? 'review' : 'info', { before: approvalTerm(a.approval), after: approvalTerm(b.approval) });
  }
  if ((a.role ?? 'controller') !== (b.role ?? 'controller')) {
    emit('role-changed', 'review', {
      before: term(`terms.role.${a.role ?? 'controller'}`, a.role ?? 'controller'),
      after: term(`terms.role.${b.role ?? 'controller'}`, b.role ?? 'controller'),
    });
  }
  const automated = (x: Activity): boolean => x.automatedDecisions?.used === true;
  if (!automated(a) && automated(b)) emit('automated-decisions-added', 'review');
  else if (automated(a) && !automated(b)) emit('automated-decisions-removed', 'info');
  compareHumanReview(a.automatedDecisions?.humanReview, b.automatedDecisions?.humanReview, emit);

  const rights = (x: Activity): { id: string }[] => [...new Set((x.rightsRestrictions ?? []).map((r) => r.right))].map((id) => ({ id }));
  eachAdded(rights(a), rights(b), (id) => emit('rights-restriction-added', 'review', { right: term(`terms.right.${id}`, id) }));
  eachAdded(rights(b), rights(a), (id) => emit('rights-restriction-removed', 'info', { right: term(`terms.right.${id}`, id) }));
  // Art. 23(1) lets only a law restrict a right: its reference changed or gone is a legal question again.
  const restricting = (x: Activity, right: string): string => restrictionCites(x.rightsRestrictions ?? [], right);
  for (const { id } of rights(b)) {
    if (!rights(a).some((r) => r.id === id)) continue;
    const [before, after] = [restricting(a, id), restricting(b, id)];
    if (before !== after)
      emit('rights-restriction-law-changed', 'review', {
        right: term(`terms.right.${id}`, id),
        before: before || term('diff.not-recorded', 'none'),
        after: after || term('diff.not-recorded', 'none'),
      });
  }

  const factors = (x: Activity): { id: string }[] =>
    Object.entries(x.riskFactors ?? {})
      .filter(([, v]) => v === true)
      .map(([id]) => ({ id }));
  eachAdded(factors(a), factors(b), (id) => emit('risk-factor-added', 'review', { factor: term(`report.risk-factor.${id}`, id) }));
  eachAdded(factors(b), factors(a), (id) => emit('risk-factor-removed', 'review', { factor: term(`report.risk-factor.${id}`, id) }));

  const ids = (list: readonly string[] | undefined): { id: string }[] => (list ?? []).map((id) => ({ id }));
  eachAdded(ids(a.systems), ids(b.systems), (id) => emit('system-added', 'info', { system: id }));
  eachAdded(ids(b.systems), ids(a.systems), (id) => emit('system-removed', 'info', { system: id }));
  // Storage moving outside the EEA is a question for the reviewer; within it, for information.
  const outside = (l: string): boolean => l !== 'EEA' && l !== 'EEA-or-adequate' && !eea.has(l);
  eachAdded(ids(a.dataLocation), ids(b.dataLocation), (id) => emit('data-location-added', outside(id) ? 'review' : 'info', { location: id }));
  eachAdded(ids(b.dataLocation), ids(a.dataLocation), (id) => emit('data-location-removed', 'info', { location: id }));
}

type HumanReview = NonNullable<Activity['automatedDecisions']>['humanReview'];
/** How much a person looks at the decisions: before each (Art. 22(1)), on request (22(3)), never. */
const REVIEW_RANK: Readonly<Record<NonNullable<HumanReview>, number>> = { 'every-decision': 2, 'on-request': 1, none: 0 };

/**
 * Whether a person looks at automated decisions (`automatedDecisions.humanReview`): less review, or the fact gone from the
 * record, is for the reviewer (Art. 22(3) may no longer be met); more review, or the fact first recorded, for information.
 */
function compareHumanReview(before: HumanReview, after: HumanReview, emit: Emit): void {
  if (before === after) return;
  const weaker = after === undefined || (before === undefined ? after === 'none' : REVIEW_RANK[after] < REVIEW_RANK[before]);
  const name = (x: HumanReview): Term => (x === undefined ? term('diff.not-recorded', 'none') : term(`authoring.show.human-review-${x}`, x));
  emit('automated-human-review-changed', weaker ? 'review' : 'info', { before: name(before), after: name(after) });
}

/** A law reference as cited in a change: the reference itself, or the catalogue id and section («arkivlova § 9»). */
const lawCite = (l: string | { law: string; section?: string | undefined }): string =>
  typeof l === 'string' ? l : `${l.law}${l.section ? ` ${l.section}` : ''}`;

/** What restricts a right, as cited («Art. 23(1)(e) arkivlova § 9»): every entry's GDPR provision and laws; empty where none. */
function restrictionCites(list: readonly NonNullable<Activity['rightsRestrictions']>[number][], right: string): string {
  const cites = list.filter((x) => x.right === right).flatMap((x) => [...(x.gdpr ? [x.gdpr] : []), ...(x.law ?? []).map(lawCite)]);
  return [...new Set(cites)].sort().join(' ');
}

const approvalTerm = (a: string | undefined): Term => (a === undefined ? term('diff.not-recorded', 'none') : term(`authoring.approval.${a}`, a));

/** The top-level field of an activity each change speaks for; a field changed with none of these is reported as changed. */
export const ACTIVITY_CHANGE_FIELDS: Readonly<Record<string, readonly (keyof Activity)[]>> = {
  'status-changed': ['status'],
  'special-category-added': ['dataCategories'],
  'special-category-removed': ['dataCategories'],
  'criminal-offence-data-added': ['dataCategories'],
  'criminal-offence-data-removed': ['dataCategories'],
  'data-category-added': ['dataCategories'],
  'data-category-removed': ['dataCategories'],
  'data-subject-added': ['dataSubjects'],
  'data-subject-removed': ['dataSubjects'],
  'purpose-added': ['purposes'],
  'purpose-removed': ['purposes'],
  'purpose-changed': ['purposes'],
  'legal-basis-added': ['purposes'],
  'legal-basis-removed': ['purposes'],
  'legal-basis-law-changed': ['purposes'],
  'child-consent-age-changed': ['purposes'],
  'criminal-data-ground-changed': ['purposes'],
  'direct-marketing-changed': ['purposes'],
  'source-added': ['sources'],
  'source-removed': ['sources'],
  'recipient-added': ['recipients'],
  'recipient-removed': ['recipients'],
  'disclosure-changed': ['disclosures'],
  'processor-added': ['processors'],
  'processor-removed': ['processors'],
  'security-measure-added': ['securityMeasures'],
  'security-measure-removed': ['securityMeasures'],
  'transfer-added': ['transfers'],
  'transfer-added-eea': ['transfers'],
  'transfer-removed': ['transfers'],
  'transfer-mechanism-changed': ['transfers'],
  'retention-lengthened': ['retention'],
  'retention-shortened': ['retention'],
  'retention-changed': ['retention'],
  'retention-added': ['retention'],
  'retention-removed': ['retention'],
  'dpia-status-changed': ['dpia'],
  'approval-changed': ['approval'],
  'role-changed': ['role'],
  'automated-decisions-added': ['automatedDecisions'],
  'automated-decisions-removed': ['automatedDecisions'],
  'automated-human-review-changed': ['automatedDecisions'],
  'rights-restriction-added': ['rightsRestrictions'],
  'rights-restriction-removed': ['rightsRestrictions'],
  'rights-restriction-law-changed': ['rightsRestrictions'],
  'risk-factor-added': ['riskFactors'],
  'risk-factor-removed': ['riskFactors'],
  'system-added': ['systems'],
  'system-removed': ['systems'],
  'data-location-added': ['dataLocation'],
  'data-location-removed': ['dataLocation'],
};

/** Calls `f` with each id in `after` that is not in `before`, in the order of `after`. */
function eachAdded(before: readonly { id: string }[], after: readonly { id: string }[], f: (id: string) => void): void {
  const had = new Set(before.map((x) => x.id));
  for (const x of after) if (!had.has(x.id)) f(x.id);
}

const marketingTerm = (x: boolean | undefined): Term =>
  x === undefined ? term('diff.not-recorded', 'none') : term(`authoring.show.${x ? 'yes' : 'no'}`, x ? 'yes' : 'no');

const ageTerm = (age: number | undefined): ChangeArg => (age === undefined ? term('diff.not-recorded', 'none') : age);

/** A disclosure's basis and laws as cited («A6-1-c skatteforvaltningsloven § 7-2»); «not recorded» without one. */
const disclosureArg = (d: NonNullable<Activity['disclosures']>[number] | undefined): ChangeArg =>
  d === undefined ? term('diff.not-recorded', 'none') : [d.basis, ...(d.law ?? []).map(lawCite)].join(' ');

/** An A10 basis' ground, with its § 11 condition where it has one; «not recorded» without a ground. */
const groundTerm = (b: { criminalDataGround?: string | undefined; section11Condition?: string | undefined }): Term =>
  b.criminalDataGround === undefined
    ? term('diff.not-recorded', 'none')
    : b.section11Condition === undefined
      ? term(`terms.criminal-data-ground.${b.criminalDataGround}`, b.criminalDataGround)
      : term(`terms.section-11-condition.${b.section11Condition}`, `${b.criminalDataGround}:${b.section11Condition}`);

const dpiaTerm = (status: string | undefined): Term => (status === undefined ? term('diff.not-recorded', 'none') : term(`terms.dpia.${status}`, status));

function comparePurposes(base: ResolvedActivity, head: ResolvedActivity, emit: Emit): void {
  const before = new Map(base.purposes.map((p) => [p.id, p]));
  const after = new Set(head.purposes.map((p) => p.id));
  for (const p of head.purposes) {
    const old = before.get(p.id);
    if (!old) {
      emit('purpose-added', 'review', { purpose: p.id });
      continue;
    }
    if (canonical(old.description) !== canonical(p.description)) emit('purpose-changed', 'review', { purpose: p.id });
    // Whether the purpose is direct marketing (Art. 21(2)-(3)): the notice's right to object and the rules follow it.
    if (old.directMarketing !== p.directMarketing)
      emit('direct-marketing-changed', 'review', { purpose: p.id, before: marketingTerm(old.directMarketing), after: marketingTerm(p.directMarketing) });
    const oldBases = new Map(old.legalBasis.map((l) => [l.gdpr, l]));
    const newCodes = new Set(p.legalBasis.map((l) => l.gdpr));
    for (const l of p.legalBasis) {
      const prior = oldBases.get(l.gdpr);
      const basis = term(`terms.basis.${l.gdpr}.short`, l.gdpr);
      if (!prior) emit('legal-basis-added', 'review', { purpose: p.id, basis });
      else if (canonical(prior.law.map((x) => x.ref)) !== canonical(l.law.map((x) => x.ref)))
        emit('legal-basis-law-changed', 'review', { purpose: p.id, basis });
      // The age from which a child consents alone: a lower age (or none) is a legal question again; a higher one is reviewed too.
      if (prior && prior.childConsentAge !== l.childConsentAge)
        emit('child-consent-age-changed', 'review', { purpose: p.id, basis, before: ageTerm(prior.childConsentAge), after: ageTerm(l.childConsentAge) });
      // What allows criminal-offence data (A10): another ground or § 11 condition is a legal question again.
      if (prior && (prior.criminalDataGround !== l.criminalDataGround || prior.section11Condition !== l.section11Condition))
        emit('criminal-data-ground-changed', 'review', { purpose: p.id, before: groundTerm(prior), after: groundTerm(l) });
    }
    for (const l of old.legalBasis) {
      if (!newCodes.has(l.gdpr)) emit('legal-basis-removed', 'review', { purpose: p.id, basis: term(`terms.basis.${l.gdpr}.short`, l.gdpr) });
    }
  }
  for (const p of base.purposes) if (!after.has(p.id)) emit('purpose-removed', 'info', { purpose: p.id });
}

/** A transfer is known by where it goes: its country and the party that receives the data. */
function transferKey(t: ResolvedTransfer): string {
  return `${t.country ?? ''}\u0000${t.recipient ?? t.organisation ?? ''}`;
}

function transferTo(t: ResolvedTransfer): string {
  return [t.recipient ?? t.organisation, t.country].filter((x) => x !== undefined).join(', ');
}

const mechanismTerm = (m: string | undefined): Term => (m === undefined ? term('diff.not-recorded', 'none') : term(`terms.mechanism.${m}`, m));

function compareTransfers(base: ResolvedActivity, head: ResolvedActivity, emit: Emit, eea: ReadonlySet<string>): void {
  const list = (r: ResolvedActivity): ResolvedTransfer[] => (Array.isArray(r.transfers) ? r.transfers : []);
  const before = new Map(list(base).map((t) => [transferKey(t), t]));
  const after = new Set(list(head).map(transferKey));
  for (const t of list(head)) {
    const old = before.get(transferKey(t));
    if (!old) {
      // A "transfer" within the EEA is no transfer under Chapter V (Art. 44).
      if (t.country !== undefined && eea.has(t.country)) emit('transfer-added-eea', 'info', { to: transferTo(t) });
      else emit('transfer-added', 'review', { to: transferTo(t), mechanism: mechanismTerm(t.mechanism) });
    } else if (old.mechanism !== t.mechanism) {
      emit('transfer-mechanism-changed', 'review', { to: transferTo(t), before: mechanismTerm(old.mechanism), after: mechanismTerm(t.mechanism) });
    }
  }
  for (const t of list(base)) if (!after.has(transferKey(t))) emit('transfer-removed', 'info', { to: transferTo(t) });
}

/** The retention rule that applies to a category: the entry naming it, else the entry for all categories. */
function retentionFor(r: ResolvedActivity, category: string): ResolvedRetention | undefined {
  return r.retention.find((x) => x.categories.some((c) => c.id === category)) ?? r.retention.find((x) => x.categories.length === 0);
}

/** How long a rule keeps data, where that can be compared: permanent is longest; an event-based criterion cannot be ranked. */
function length(r: ResolvedRetention): number | undefined {
  if (r.permanent) return Infinity;
  return r.period === undefined ? undefined : durationSeconds(r.period);
}

/** How long, for a message about length: a period, or permanent. */
function lengthArg(r: ResolvedRetention): ChangeArg {
  return r.permanent ? term('diff.retention-permanent', 'permanent') : r.period!;
}

function ruleArg(r: ResolvedRetention): RetentionArg {
  const { period, permanent, trigger, endAction } = r;
  return {
    retention: { ...(period ? { period } : {}), ...(permanent ? { permanent } : {}), ...(trigger ? { trigger } : {}), ...(endAction ? { endAction } : {}) },
  };
}

function compareRetention(base: ResolvedActivity, head: ResolvedActivity, emit: Emit): void {
  const inBase = new Set(base.dataCategories.map((c) => c.id));
  for (const { id: category } of head.dataCategories) {
    if (!inBase.has(category)) continue;
    const old = retentionFor(base, category);
    const now = retentionFor(head, category);
    if (!old && !now) continue;
    if (!old) {
      emit('retention-added', 'info', { category, after: ruleArg(now!) });
      continue;
    }
    if (!now) {
      emit('retention-removed', 'review', { category, before: ruleArg(old) });
      continue;
    }
    const [l0, l1] = [length(old), length(now)];
    const ranked = l0 !== undefined && l1 !== undefined;
    if (ranked && l0 !== l1) {
      emit(l1 > l0 ? 'retention-lengthened' : 'retention-shortened', l1 > l0 ? 'review' : 'info', { category, before: lengthArg(old), after: lengthArg(now) });
    } else if (canonical(ruleOf(old, ranked)) !== canonical(ruleOf(now, ranked))) {
      // Same length (P1Y or P12M), or no length to compare: what it counts from or ends with changed.
      emit('retention-changed', 'review', { category, before: ruleArg(old), after: ruleArg(now) });
    }
  }
}

/** What decides when data goes, not the wording around it; the period only where lengths could not be compared. */
function ruleOf(r: ResolvedRetention, ranked: boolean): unknown {
  return { ...(ranked ? {} : { period: r.period, permanent: r.permanent }), trigger: r.trigger, endAction: r.endAction };
}
