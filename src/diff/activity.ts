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

  compareJointControllers(a, b, emit);
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
  // Art. 6(1) second subparagraph and Art. 49(3): as a public authority in its tasks, legitimate interests and some
  // derogations are not open to it. Absent, the organisation's flag decides: that too is a legal fact changed.
  if (a.publicAuthority !== b.publicAuthority)
    emit('public-authority-changed', 'review', { before: publicTerm(a.publicAuthority), after: publicTerm(b.publicAuthority) });
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

const publicTerm = (p: boolean | undefined): Term =>
  p === undefined ? term('diff.public-authority-organisation', 'organisation') : term(`authoring.show.${p ? 'yes' : 'no'}`, String(p));

type JointController = NonNullable<Activity['jointControllers']>[number];

/**
 * The other controllers of a joint processing (Art. 26): one added or removed, or what the arrangement with one says,
 * who does what, or where people turn (Art. 26(1)-(2)), changed, is for review.
 */
function compareJointControllers(a: Activity, b: Activity, emit: Emit): void {
  const byController = (x: Activity): Map<string, JointController> => new Map((x.jointControllers ?? []).map((j) => [j.controller, j]));
  const [before, after] = [byController(a), byController(b)];
  for (const [controller, j] of after) {
    const old = before.get(controller);
    if (!old) emit('joint-controller-added', 'review', { controller });
    else {
      const fields = changedFields(old, j, ['controller']);
      if (fields.length) emit('joint-controller-changed', 'review', { controller, fields: fields.join(', ') });
    }
  }
  for (const controller of before.keys()) if (!after.has(controller)) emit('joint-controller-removed', 'review', { controller });
}

/** The fields of two versions of a record that differ, in the record's order, but for those named. */
function changedFields(before: object, after: object, but: readonly string[]): string[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !but.includes(k) && canonical(b[k]) !== canonical(a[k]));
}

const approvalTerm = (a: string | undefined): Term => (a === undefined ? term('diff.not-recorded', 'none') : term(`authoring.approval.${a}`, a));

/**
 * Facts the law reads that no change of their own speaks for: when one changes, the change is for review and named by its
 * path (`legal-facts-changed`). A legitimate interest and its balancing (Art. 6(1)(f)); how consent is given and withdrawn
 * (Art. 7(3)) and a child's (personopplysningsloven § 5); the DPO consulted and the safeguards or collective agreement a
 * basis needs (personopplysningsloven §§ 9-11, Art. 9(2)(b), Art. 10); a purpose of archiving, research or statistics and
 * its safeguards (Art. 89(1)); whether giving the data is required (Art. 13(2)(e)); how people are informed, or the
 * exemption from it (Art. 13, 14(5)); the exception and law allowing automated decisions (Art. 22(2)); a high risk, the
 * residual risk and the prior consultation (Art. 35-36); the law that makes data be kept; why national identity numbers
 * are needed (personopplysningsloven § 12); the record as processor (Art. 30(2)); and a gap accepted, which `ropa gaps`
 * then no longer shows.
 */
const LEGAL_FACT_PATHS = [
  ...['purposes[].legalBasis[].legitimateInterest', 'purposes[].legalBasis[].interestAssessment', 'purposes[].legalBasis[].consentWithdrawal'],
  ...['purposes[].legalBasis[].childConsent', 'purposes[].legalBasis[].dpoConsulted', 'purposes[].legalBasis[].safeguards'],
  ...['purposes[].legalBasis[].agreement', 'purposes[].legalBasis[].consentMethod', 'purposes[].researchOrStatistics', 'purposes[].safeguards'],
  ...['collection.requirement', 'information.method', 'information.law', 'automatedDecisions.exception', 'automatedDecisions.law'],
  ...['dpia.highRisk', 'dpia.residualRisk', 'dpia.priorConsultation', 'retention[].law', 'nationalIdNeed', 'processorFor', 'acceptedGaps'],
];

/** What decides when data goes, as compareRetention compares it for each category (the policy's rule merged in). */
const RETENTION_RULE = ['retention[].period', 'retention[].permanent', 'retention[].trigger', 'retention[].endAction', 'retention[].policy'];

/**
 * The paths of an activity's schema each change speaks for (test/diff/coverage.test.ts holds every path to one of
 * these or to INFO_PATHS): a path changed with none of these emitted is reported as changed. An entry's path
 * (`purposes[]`) is the entry added or removed; a path without `[]` at its end speaks for all within it.
 */
export const ACTIVITY_CHANGE_PATHS: Readonly<Record<string, readonly string[]>> = {
  'status-changed': ['status'],
  'public-authority-changed': ['publicAuthority'],
  'special-category-added': ['dataCategories'],
  'special-category-removed': ['dataCategories'],
  'criminal-offence-data-added': ['dataCategories'],
  'criminal-offence-data-removed': ['dataCategories'],
  'data-category-added': ['dataCategories'],
  'data-category-removed': ['dataCategories'],
  'data-subject-added': ['dataSubjects'],
  'data-subject-removed': ['dataSubjects'],
  'purpose-added': ['purposes[]'],
  'purpose-removed': ['purposes[]'],
  'purpose-changed': ['purposes[].description'],
  'legal-basis-added': ['purposes[].legalBasis[]'],
  'legal-basis-removed': ['purposes[].legalBasis[]'],
  'legal-basis-law-changed': ['purposes[].legalBasis[].law'],
  'child-consent-age-changed': ['purposes[].legalBasis[].childConsentAge'],
  'criminal-data-ground-changed': ['purposes[].legalBasis[].criminalDataGround', 'purposes[].legalBasis[].section11Condition'],
  'direct-marketing-changed': ['purposes[].directMarketing'],
  'source-added': ['sources'],
  'source-removed': ['sources'],
  'recipient-added': ['recipients'],
  'recipient-removed': ['recipients'],
  'disclosure-changed': ['disclosures'],
  'processor-added': ['processors'],
  'processor-removed': ['processors'],
  'security-measure-added': ['securityMeasures'],
  'security-measure-removed': ['securityMeasures'],
  'joint-controller-added': ['jointControllers[]'],
  'joint-controller-removed': ['jointControllers[]'],
  'joint-controller-changed': ['jointControllers[].arrangement', 'jointControllers[].responsibilities', 'jointControllers[].contactPoint'],
  'transfer-added': ['transfers[]'],
  'transfer-added-eea': ['transfers[]'],
  'transfer-removed': ['transfers[]'],
  'transfer-mechanism-changed': ['transfers[].mechanism'],
  'transfer-changed': [
    ...['transfers[].organisation', 'transfers[].recipientType', 'transfers[].dpfCertified', 'transfers[].reference'],
    ...['transfers[].safeguards', 'transfers[].informed'],
  ],
  'retention-lengthened': RETENTION_RULE,
  'retention-shortened': RETENTION_RULE,
  'retention-changed': RETENTION_RULE,
  'retention-added': ['retention[]', ...RETENTION_RULE],
  'retention-removed': ['retention[]', ...RETENTION_RULE],
  'dpia-status-changed': ['dpia.status'],
  'approval-changed': ['approval'],
  'role-changed': ['role'],
  'automated-decisions-added': ['automatedDecisions.used'],
  'automated-decisions-removed': ['automatedDecisions.used'],
  'automated-human-review-changed': ['automatedDecisions.humanReview'],
  'rights-restriction-added': ['rightsRestrictions[]'],
  'rights-restriction-removed': ['rightsRestrictions[]'],
  'rights-restriction-law-changed': ['rightsRestrictions[].law', 'rightsRestrictions[].gdpr'],
  'risk-factor-added': ['riskFactors'],
  'risk-factor-removed': ['riskFactors'],
  'system-added': ['systems'],
  'system-removed': ['systems'],
  'data-location-added': ['dataLocation'],
  'data-location-removed': ['dataLocation'],
  'legal-facts-changed': LEGAL_FACT_PATHS,
};

/**
 * The paths of an activity's schema that no change above speaks for: a change there is reported by its path as
 * `fields-changed`, for information. The wording, the notice's presentation and the record's own bookkeeping; and facts
 * a reviewer reads with the change that carries them (a DPIA's date with its status).
 */
export const INFO_PATHS: readonly string[] = [
  ...['title', 'description', 'noticeGroup', 'responsibleUnit', 'owner', 'collection.consequences', 'information.note', 'noticeText'],
  ...['purposes[].legalBasis[].note', 'purposes[].dataCategories'],
  ...['retention[].archive', 'retention[].description', 'retention[].mainRule', 'retention[].exceptions'],
  ...['retention[].atLatest', 'retention[].archiveIfRequired'],
  ...['dpia.reason', 'dpia.reference', 'dpia.date', 'information.notice'],
  ...['rightsRestrictions[].note', 'automatedDecisions.profiling', 'automatedDecisions.logic', 'automatedDecisions.significance'],
  ...['review', 'custom'],
];

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
    } else {
      if (old.mechanism !== t.mechanism)
        emit('transfer-mechanism-changed', 'review', { to: transferTo(t), before: mechanismTerm(old.mechanism), after: mechanismTerm(t.mechanism) });
      // What the transfer rests on besides its mechanism (Art. 45-49: the decision or safeguards' reference, DPF
      // certification, the derogation's safeguards, whom it was told, Art. 49(1) second subparagraph).
      const fields = changedFields(old, t, ['country', 'recipient', 'mechanism', 'party']);
      if (fields.length)
        emit('transfer-changed', t.country !== undefined && eea.has(t.country) ? 'info' : 'review', { to: transferTo(t), fields: fields.join(', ') });
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
