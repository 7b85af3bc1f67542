import type { MessageArgs } from '../../model/finding.js';
import { basisName } from '../../model/legal.js';
import type { Located } from '../../model/registry.js';
import {
  isArt10, isArt6, isArt9Condition, resolveLaw,
  type ResolvedActivity, type ResolvedLegalBasis, type ResolvedPurpose, type ResolvedRetention, type ResolvedTransfer,
} from '../../model/resolve.js';
import type { Activity, Organisation, RightsRestriction } from '../../model/types.js';
import type { BuildContext } from './context.js';
import type { MissingId } from './missing.js';
import type {
  ActivityView, BasisView, CategoryView, NamedView, Placeholder, PurposeView, RestrictionView, RetentionView, TransferView,
} from './view.js';
import { basisCitation, capitalise, countryName, durationWords, joinList, lawList } from './words.js';

/** Bases that need a supplementary law setting the purpose (Art. 6(3), 9(2)(b), (g)-(j), 10). */
const NEEDS_LAW = new Set(['A6-1-c', 'A6-1-e', 'A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j', 'A10']);
const CONSENT = new Set(['A6-1-a', 'A9-2-a']);

export const isConsent = (code: string): boolean => CONSENT.has(code);
export const activityAnchor = (id: string): string => `activity-${id}`;

/** Notes a gap of one activity, with the activity's title in the message. */
type Note = (id: MissingId, pointer: string, args?: MessageArgs) => Placeholder | null;

/** One activity of the notice: every Art. 13/14 item worded, every gap noted. */
export function activityView(ctx: BuildContext, r: ResolvedActivity, org: Organisation): ActivityView {
  const { file, value: a } = r.located;
  const title = ctx.text(a.title, file, '/title') ?? a.id;
  const note: Note = (id, pointer, args = {}) => ctx.missing.note(id, file, pointer, { activity: title, ...args }, a.id);

  const purposes = r.purposes.map((p, i) => purposeView(ctx, r.located, p, i, note));
  const codes = r.purposes.flatMap((p) => p.legalBasis.map((b) => b.gdpr));
  const methods = a.information?.method ?? [];
  // Art. 13 applies to data collected from the person, Art. 14 to data obtained elsewhere.
  const fromPerson = r.sources.some((s) => s.value.type === 'data-subject') || methods.includes('art13');
  const onlyFromPerson = methods.length > 0 && methods.every((m) => m === 'art13');
  const obtainedElsewhere = r.sources.some((s) => s.value.type !== 'data-subject') || (r.sources.length === 0 && !onlyFromPerson);
  const categories = r.dataCategories.map((c) => categoryView(ctx, c.id));
  const collection = a.collection;

  return {
    id: a.id,
    anchor: activityAnchor(a.id),
    title,
    description: ctx.paragraphs(a.description, file, '/description'),
    noticeText: ctx.paragraphs(a.noticeText, file, '/noticeText'),
    purposes,
    purposesMissing: purposes.length === 0 ? note('purposes', '/purposes') : null,
    specialConditionMissing:
      r.specialCategories.length > 0 && !codes.some(isArt9Condition)
        ? note('special-category-condition', '/purposes', { categories: joinList(r.specialCategories.map((c) => ctx.entryName('dataCategories', c.id)), ctx.lang) })
        : null,
    criminalBasisMissing: r.criminalOffenceData.length > 0 && !codes.some(isArt10) ? note('criminal-offence-basis', '/purposes') : null,
    dataSubjects: r.dataSubjects.map((s) => ctx.entryName('dataSubjects', s.id)),
    categories,
    categoriesMissing: categories.length === 0 && obtainedElsewhere ? note('data-categories', '/dataCategories') : null,
    sources: r.sources.map((s) => ctx.entryName('sources', s.id)),
    sourcesMissing: r.sources.length === 0 && !onlyFromPerson ? note('sources', '/sources') : null,
    collection: collection ? ctx.w(`collection.${collection.requirement}`) : null,
    collectionConsequences: ctx.text(collection?.consequences, file, '/collection/consequences'),
    collectionMissing: fromPerson && !collection ? note('collection', '/collection') : null,
    collectionConsequencesMissing:
      collection && collection.requirement !== 'voluntary' && collection.consequences === undefined ? note('collection-consequences', '/collection/consequences') : null,
    recipients: Array.isArray(r.recipients) ? r.recipients.map((x) => namedEntry(ctx, 'recipients', x.id)) : [],
    recipientsNone: r.recipients === 'none' ? ctx.w('recipients.none') : null,
    recipientsMissing: r.recipients === undefined ? note('recipients', '/recipients') : null,
    processors: r.processors.map((p) => p.value.name),
    transfers: Array.isArray(r.transfers) ? r.transfers.map((tr, i) => transferView(ctx, r.located, tr, i, note)) : [],
    transfersNone: r.transfers === 'none' ? ctx.w('transfers.none') : null,
    ...retentionViews(ctx, r, note),
    restrictions: (a.rightsRestrictions ?? []).map((rr, i) => restrictionView(ctx, r.located, rr, i, note)),
    automated: a.automatedDecisions?.used
      ? {
          logic: ctx.text(a.automatedDecisions.logic, file, '/automatedDecisions/logic'),
          significance: ctx.text(a.automatedDecisions.significance, file, '/automatedDecisions/significance'),
          profiling: a.automatedDecisions.profiling === true,
        }
      : null,
    automatedMissing:
      a.automatedDecisions?.used && (a.automatedDecisions.logic === undefined || a.automatedDecisions.significance === undefined)
        ? note('automated-logic', '/automatedDecisions')
        : null,
    ...jointViews(ctx, r.located, org, note),
  };
}

function purposeView(ctx: BuildContext, located: Located<Activity>, p: ResolvedPurpose, i: number, noteActivity: Note): PurposeView {
  const file = located.file;
  const text = ctx.text(p.description, file, `/purposes/${i}/description`) ?? p.id;
  const note: Note = (id, pointer, args = {}) => noteActivity(id, pointer, { purpose: text, ...args });
  const bases: BasisView[] = [];
  let conditionMissing: Placeholder | null = null;
  p.legalBasis.forEach((b, j) => {
    const ptr = `/purposes/${i}/legalBasis/${j}`;
    // Art. 9(1) is the prohibition, not a condition: it is never printed as a basis.
    if (b.gdpr === 'A9-1') conditionMissing ??= note('special-category-condition', `${ptr}/gdpr`, { categories: ctx.w('category.prohibition-cited') });
    else bases.push(basisView(ctx, located, b, ptr, note));
  });
  return {
    id: p.id,
    text: capitalise(text),
    bases,
    basisMissing: p.legalBasis.some((b) => isArt6(b.gdpr)) ? null : note('legal-basis', `/purposes/${i}/legalBasis`),
    conditionMissing,
    safeguards: p.safeguards.map((s) => ctx.entryName('securityMeasures', s.id)),
  };
}

function basisView(ctx: BuildContext, located: Located<Activity>, b: ResolvedLegalBasis, ptr: string, note: Note): BasisView {
  const file = located.file;
  const citation = basisCitation(b.gdpr, b.law, ctx.lang);
  const legitimateInterest = ctx.text(b.legitimateInterest, file, `${ptr}/legitimateInterest`);
  const consentWithdrawal = ctx.text(b.consentWithdrawal, file, `${ptr}/consentWithdrawal`);
  const kind = isArt6(b.gdpr) ? 'art6' : isArt10(b.gdpr) ? 'art10' : 'art9';
  return {
    code: b.gdpr,
    kind,
    label: ctx.w(kind === 'art6' ? 'label.legal-basis' : kind === 'art9' ? 'label.special-condition' : 'label.criminal-basis'),
    name: capitalise(basisName(b.gdpr, ctx.lang)),
    citation,
    note: ctx.text(b.note, file, `${ptr}/note`),
    legitimateInterest,
    legitimateInterestMissing: b.gdpr === 'A6-1-f' && legitimateInterest === null ? note('legitimate-interest', `${ptr}/legitimateInterest`) : null,
    consentWithdrawal,
    consentWithdrawalMissing: isConsent(b.gdpr) && consentWithdrawal === null ? note('consent-withdrawal', `${ptr}/consentWithdrawal`) : null,
    nationalLawMissing: NEEDS_LAW.has(b.gdpr) && b.law.length === 0 ? note('national-law', `${ptr}/law`, { basis: citation }) : null,
  };
}

function categoryView(ctx: BuildContext, id: string): CategoryView {
  const entry = ctx.registry.catalogues.dataCategories.get(id)!;
  const c = entry.value;
  return {
    ...namedEntry(ctx, 'dataCategories', id),
    special: c.specialCategory ? ctx.w('category.special', { category: ctx.term(`special.${c.specialCategory}`) }) : null,
    criminal: c.criminalOffence === true ? ctx.w('category.criminal') : null,
  };
}

/** Name and description of a catalogue entry, in the notice's language. */
export function namedEntry(ctx: BuildContext, kind: 'dataCategories' | 'recipients' | 'securityMeasures', id: string): NamedView {
  const entry = ctx.registry.catalogues[kind].get(id)!;
  return {
    name: ctx.text(entry.value.name, entry.file, `${entry.pointer}/name`) ?? id,
    description: ctx.text(entry.value.description, entry.file, `${entry.pointer}/description`),
  };
}

function transferView(ctx: BuildContext, located: Located<Activity>, tr: ResolvedTransfer, i: number, note: Note): TransferView {
  const ptr = `/transfers/${i}`;
  const destination = tr.country !== undefined
    ? tr.organisation !== undefined ? `${tr.organisation} (${countryName(tr.country, ctx.lang)})` : countryName(tr.country, ctx.lang)
    : tr.organisation ?? null;
  const recipient = tr.party ? (ctx.registry.catalogues.recipients.has(tr.party.id) ? ctx.entryName('recipients', tr.party.id) : ctx.entryName('processors', tr.party.id)) : null;
  return {
    destination,
    destinationMissing: destination === null ? note('transfer-destination', ptr) : null,
    recipient,
    mechanism: tr.mechanism !== undefined ? ctx.term(`mechanism.${tr.mechanism}`) : null,
    mechanismMissing: tr.mechanism === undefined ? note('transfer-mechanism', `${ptr}/mechanism`) : null,
    dpfCertified: tr.dpfCertified === true,
    reference: tr.reference ?? null,
    safeguards: tr.safeguards !== undefined ? ctx.text(tr.safeguards, located.file, `${ptr}/safeguards`) : null,
    // Art. 13(1)(f): where the transfer rests on safeguards, say how to get a copy of them.
    copy: tr.mechanism !== undefined && (tr.mechanism.startsWith('A46-') || tr.mechanism === 'A49-1-subpara2') ? ctx.w('transfers.copy') : null,
  };
}

/** Retention per data category: every category must be covered by a rule that says something. */
function retentionViews(ctx: BuildContext, r: ResolvedActivity, note: Note): { retention: RetentionView[]; retentionMissing: Placeholder | null } {
  const retention = r.retention.map((rule, i) => retentionView(ctx, r, rule, i, note));
  if (r.retention.length === 0) return { retention, retentionMissing: note('retention', '/retention') };
  const coversAll = r.retention.some((rule) => rule.categories.length === 0);
  const covered = new Set(r.retention.flatMap((rule) => rule.categories.map((c) => c.id)));
  const uncovered = coversAll ? [] : r.dataCategories.filter((c) => !covered.has(c.id));
  return {
    retention,
    retentionMissing:
      uncovered.length > 0
        ? note('retention-categories', '/retention', { categories: joinList(uncovered.map((c) => ctx.entryName('dataCategories', c.id)), ctx.lang) })
        : null,
  };
}

function retentionView(ctx: BuildContext, r: ResolvedActivity, rule: ResolvedRetention, i: number, note: Note): RetentionView {
  const ptr = `/retention/${i}`;
  // Texts of a policy live in the catalogue; inline texts in the activity.
  const inline = r.located.value.retention?.[i];
  const policy = rule.policy ? ctx.registry.catalogues.retentionPolicies.get(rule.policy.id) : undefined;
  const where = (field: 'trigger' | 'description'): [typeof r.located.file, string] =>
    inline?.[field] !== undefined || !policy ? [r.located.file, `${ptr}/${field}`] : [policy.file, `${policy.pointer}/${field}`];
  const trigger = rule.trigger !== undefined ? ctx.text(rule.trigger, ...where('trigger')) : null;
  const description = rule.description !== undefined ? ctx.paragraphs(rule.description, ...where('description')) : [];
  const sentence = retentionRule(ctx, rule, trigger);
  const law = rule.law.length > 0 ? ctx.w('retention.law', { laws: lawList(rule.law, ctx.lang) }) : null;
  return {
    categories: rule.categories.length > 0 ? joinList(rule.categories.map((c) => ctx.entryName('dataCategories', c.id)), ctx.lang) : null,
    rule: sentence,
    description,
    law,
    ruleMissing: sentence === null && description.length === 0 && law === null ? note('retention-rule', ptr) : null,
  };
}

/** The rule in words from its parts; null when the parts say nothing about how long. */
function retentionRule(ctx: BuildContext, rule: ResolvedRetention, trigger: string | null): string | null {
  const action = rule.endAction === undefined ? null
    : rule.endAction === 'archive' && rule.archive !== undefined ? ctx.w('retention.action.archive-named', { archive: rule.archive })
    : ctx.w(`retention.action.${rule.endAction}`);
  if (rule.permanent) {
    const then = action === null ? '' : ' ' + (trigger !== null ? ctx.w('retention.permanent-then-when', { action, trigger }) : ctx.w('retention.permanent-then', { action }));
    return ctx.w('retention.permanent') + then;
  }
  const duration = rule.period !== undefined ? durationWords(rule.period, ctx.lang) : undefined;
  if (duration !== undefined) {
    if (action !== null) {
      return trigger !== null ? ctx.w('retention.action-after-trigger', { action, duration, trigger }) : ctx.w('retention.action-after', { action, duration });
    }
    return trigger !== null ? ctx.w('retention.kept-after-trigger', { duration, trigger }) : ctx.w('retention.kept', { duration });
  }
  if (trigger !== null) return action !== null ? ctx.w('retention.criterion-then', { criterion: trigger, action }) : ctx.w('retention.criterion', { criterion: trigger });
  return null;
}

function restrictionView(ctx: BuildContext, located: Located<Activity>, rr: RightsRestriction, i: number, note: Note): RestrictionView {
  const laws = (rr.law ?? []).map((l) => resolveLaw(ctx.registry, l));
  const cites = [...(rr.gdpr !== undefined ? [rr.gdpr] : []), ...(laws.length > 0 ? [lawList(laws, ctx.lang)] : [])];
  const right = ctx.term(`right.${rr.right}`);
  return {
    right: capitalise(right),
    citation: cites.length > 0 ? cites.join(', ') : null,
    citationMissing: cites.length === 0 ? note('restriction-reference', `/rightsRestrictions/${i}`, { right }) : null,
    note: ctx.text(rr.note, located.file, `/rightsRestrictions/${i}/note`),
  };
}

/** Art. 26(2): the essence of a joint-controller arrangement is made available to the people concerned. */
function jointViews(ctx: BuildContext, located: Located<Activity>, org: Organisation, note: Note): Pick<ActivityView, 'jointControllers' | 'jointMissing'> {
  const a = located.value;
  if (a.role !== 'joint-controller') return { jointControllers: [], jointMissing: null };
  const list = a.jointControllers ?? [];
  return {
    jointControllers: list.map((j, k) => {
      const party = org.jointControllers?.[j.controller];
      const ptr = `/jointControllers/${k}`;
      return {
        name: party?.name ?? j.controller,
        responsibilities: ctx.text(j.responsibilities, located.file, `${ptr}/responsibilities`),
        contact: ctx.contact(j.contactPoint ?? party?.contact, located.file, `${ptr}/contactPoint`),
        responsibilitiesMissing: j.responsibilities === undefined ? note('joint-arrangement', `${ptr}/responsibilities`) : null,
      };
    }),
    jointMissing: list.length === 0 ? note('joint-arrangement', '/jointControllers') : null,
  };
}
