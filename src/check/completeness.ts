/**
 * The completeness score: the share of the Art. 30 and Art. 13/14 items an activity fills. The item
 * list is defined here and only here; docs/rules/README.md documents it and a test keeps the two in step.
 */
import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Organisation } from '../model/types.js';
import { basesWithPointers, collectedFromPerson, isConsent } from './facts.js';
import { isArt6 } from '../model/resolve.js';
import { retentionComplete } from './retention.js';

export interface CompletenessItem {
  id: string;
  /** Where the law asks for it. */
  citation: string;
  /** Whether the item is asked of this activity at all. */
  applies(r: ResolvedActivity, org: Organisation | undefined): boolean;
  filled(r: ResolvedActivity, org: Organisation | undefined): boolean;
}

const always = (): boolean => true;
/**
 * A processor's record (`role: processor`, Art. 30(2)) holds the processor and controllers, the DPO,
 * transfers and security measures; the other items are the controller's and are not asked of it.
 */
const ofController =
  (applies: CompletenessItem['applies']): CompletenessItem['applies'] =>
  (r, o) =>
    r.activity.role !== 'processor' && applies(r, o);
const ownerItems = new Set(['controller', 'dpo', 'transfers', 'security-measures']);
const hasChannel = (c: { email?: string; phone?: string; url?: string; address?: unknown } | undefined): boolean =>
  c !== undefined && (c.email !== undefined || c.phone !== undefined || c.url !== undefined || c.address !== undefined);

/** Art. 37(1): a public body, or a body whose core activities are large-scale monitoring or Art. 9/10 data, must have a DPO. */
export function dpoRequired(org: Organisation | undefined): boolean {
  return (
    org !== undefined && (org.publicAuthority || org.coreActivities?.largeScaleMonitoring === true || org.coreActivities?.largeScaleSpecialCategories === true)
  );
}

export const COMPLETENESS_ITEMS: readonly CompletenessItem[] = [
  {
    id: 'controller',
    citation: 'Art. 30(1)(a); 13(1)(a); 14(1)(a)',
    applies: always,
    filled: (_r, o) => o !== undefined && (o.address !== undefined || hasChannel(o.contact)),
  },
  {
    id: 'dpo',
    citation: 'Art. 30(1)(a); 13(1)(b); 14(1)(b)',
    applies: (_r, o) => dpoRequired(o) || o?.dpo !== undefined,
    filled: (_r, o) => hasChannel(o?.dpo),
  },
  { id: 'purposes', citation: 'Art. 30(1)(b); 13(1)(c); 14(1)(c)', applies: always, filled: (r) => r.purposes.length > 0 },
  {
    id: 'legal-basis',
    citation: 'Art. 6(1); 13(1)(c); 14(1)(c)',
    applies: always,
    filled: (r) => r.purposes.length > 0 && r.purposes.every((p) => p.legalBasis.some((b) => isArt6(b.gdpr))),
  },
  { id: 'data-subjects', citation: 'Art. 30(1)(c)', applies: always, filled: (r) => r.dataSubjects.length > 0 },
  { id: 'data-categories', citation: 'Art. 30(1)(c); 14(1)(d)', applies: always, filled: (r) => r.dataCategories.length > 0 },
  {
    id: 'recipients',
    citation: 'Art. 30(1)(d); 13(1)(e); 14(1)(e)',
    applies: always,
    filled: (r) => r.recipients === 'none' || (r.recipients?.length ?? 0) > 0,
  },
  { id: 'transfers', citation: 'Art. 30(1)(e); 13(1)(f); 14(1)(f)', applies: always, filled: (r) => r.transfers !== undefined },
  { id: 'retention', citation: 'Art. 30(1)(f); 13(2)(a); 14(2)(a)', applies: always, filled: (r) => retentionComplete(r) },
  { id: 'security-measures', citation: 'Art. 30(1)(g); 32(1)', applies: always, filled: (r) => r.securityMeasures.length > 0 },
  { id: 'sources', citation: 'Art. 14(2)(f)', applies: always, filled: (r) => r.sources.length > 0 },
  { id: 'information', citation: 'Art. 13; 14; 14(5)(b)', applies: always, filled: (r) => r.activity.information !== undefined },
  {
    id: 'collection-requirement',
    citation: 'Art. 13(2)(e)',
    applies: (r) => collectedFromPerson(r),
    filled: (r) => {
      const c = r.activity.collection;
      return c !== undefined && (c.requirement === 'voluntary' || c.consequences !== undefined);
    },
  },
  {
    id: 'legitimate-interest',
    citation: 'Art. 13(1)(d); 14(2)(b)',
    applies: (r) => basesWithPointers(r).some(({ basis }) => basis.gdpr === 'A6-1-f'),
    filled: (r) => basesWithPointers(r).every(({ basis }) => basis.gdpr !== 'A6-1-f' || basis.legitimateInterest !== undefined),
  },
  {
    id: 'consent-withdrawal',
    citation: 'Art. 7(3); 13(2)(c); 14(2)(d)',
    applies: (r) => basesWithPointers(r).some(({ basis }) => isConsent(basis.gdpr)),
    filled: (r) => basesWithPointers(r).every(({ basis }) => !isConsent(basis.gdpr) || basis.consentWithdrawal !== undefined),
  },
  { id: 'complaint', citation: 'Art. 13(2)(d); 14(2)(e); 77', applies: always, filled: (_r, o) => o?.supervisoryAuthority !== undefined },
  {
    id: 'automated-decisions',
    citation: 'Art. 13(2)(f); 14(2)(g); 22',
    applies: always,
    filled: (r) => {
      const ad = r.activity.automatedDecisions;
      return ad !== undefined && (!(ad.used || ad.profiling === true) || (ad.logic !== undefined && ad.significance !== undefined));
    },
  },
];

export interface Completeness {
  activity: string;
  /** Percentage of applicable items filled, rounded down. */
  score: number;
  filled: number;
  applicable: number;
  /** Ids of applicable items not filled, in list order. */
  missing: string[];
}

/** Whether each item is asked of an activity, in list order: made once, not for each of 10,000 activities. */
const APPLIES = COMPLETENESS_ITEMS.map((i) => (ownerItems.has(i.id) ? i.applies : ofController(i.applies)));

export function completeness(registry: Registry, r: ResolvedActivity): Completeness {
  const org = registry.organisation?.value;
  let applicable = 0;
  const missing: string[] = [];
  COMPLETENESS_ITEMS.forEach((item, k) => {
    if (!APPLIES[k]!(r, org)) return;
    applicable++;
    if (!item.filled(r, org)) missing.push(item.id);
  });
  const filled = applicable - missing.length;
  return {
    activity: r.activity.id,
    score: applicable === 0 ? 100 : Math.floor((filled * 100) / applicable),
    filled,
    applicable,
    missing,
  };
}
