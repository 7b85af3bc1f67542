import type { Screening } from '../../check/screening.js';
import { basisName, citeBasisShort } from '../../model/legal.js';
import {
  basesOf,
  isArt10,
  isArt6,
  isArt9Condition,
  resolveLaw,
  type ResolvedActivity,
  type ResolvedLegalBasis,
  type ResolvedPurpose,
  type ResolvedRetention,
  type Ref,
} from '../../model/resolve.js';
import { RISK_FACTORS, type LocalText, type Party, type Processor } from '../../model/types.js';
import { t } from '../../i18n/index.js';
import { afterEvent } from '../words/index.js';
import { contact, country, date, duration, joinParts, laws, list, r, text, withLaws, yesNo, type TextContext } from './text.js';

/**
 * What a cell function knows: the words (TextContext) and the DPIA screening that ropa computes
 * from the record (src/check/screening.ts), once per activity.
 */
export interface CellContext extends TextContext {
  screening: (a: ResolvedActivity) => Screening;
}

/**
 * One column of a report table: a stable id (what `--columns` names), whether Datatilsynet's
 * template marks it mandatory (orange) or optional (green), a width for spreadsheets, and a pure
 * function from a row to the cell's lines. The label is `report.column.<id>` in the locale files.
 */
export interface Column<R> {
  id: string;
  mandatory: boolean;
  /** Width in characters. */
  width: number;
  cell: (row: R, ctx: CellContext) => string[];
}

const names = (refs: readonly Ref<{ name: LocalText }>[], ctx: TextContext): string[] => refs.map((x) => text(ctx, x.value.name));

/** A basis in words: "art. 6 nr. 1 bokstav e (oppgave i allmennhetens interesse …)". */
function basis(ctx: TextContext, b: ResolvedLegalBasis): string {
  return r(ctx, 'basis', { cite: citeBasisShort(b.gdpr, ctx.lang), name: basisName(b.gdpr, ctx.lang) });
}

/**
 * Lines for the bases that pass `keep`, each prefixed by its purpose when the activity has more
 * than one purpose with such a basis, so that a reader sees which basis carries which purpose.
 */
function basisLines(a: ResolvedActivity, ctx: TextContext, keep: (code: string) => boolean, line: (b: ResolvedLegalBasis) => string[]): string[] {
  const pairs = basesOf(a).filter(({ basis: b }) => keep(b.gdpr));
  const purposes = new Set(pairs.map((p) => p.purpose));
  const prefix = (p: ResolvedPurpose, value: string): string =>
    purposes.size > 1 ? r(ctx, 'per-purpose', { purpose: text(ctx, p.description), value }) : value;
  return pairs.flatMap(({ purpose, basis: b }) => line(b).map((l) => prefix(purpose, l)));
}

/**
 * One retention rule: a catalogue policy by its name, an inline rule as period and trigger,
 * permanence, end action and archive; then the law; prefixed by the data categories it covers.
 */
function retentionLine(rt: ResolvedRetention, ctx: TextContext): string {
  const endAction = rt.endAction !== undefined ? t(ctx.lang, `terms.end-action.${rt.endAction}`) : '';
  const inline = [
    rt.permanent ? r(ctx, 'retention.permanent') : '',
    rt.period === undefined
      ? text(ctx, rt.trigger)
      : rt.trigger !== undefined
        ? r(ctx, 'retention.after', { period: duration(ctx, rt.period), trigger: afterEvent(text(ctx, rt.trigger), ctx.lang) })
        : duration(ctx, rt.period),
    rt.archive !== undefined && endAction !== '' ? r(ctx, 'retention.archive', { action: endAction, archive: text(ctx, rt.archive) }) : endAction,
  ]
    .filter((x) => x !== '')
    .join(', ');
  // A policy by its name, and with its rule when it sets a time limit that the name does not already say (Art. 30(1)(f):
  // the time limit itself, not only a name the reader cannot look up). A name alone for a rule with no period.
  const policyName = rt.policy ? text(ctx, rt.policy.value.name as LocalText) : '';
  const said = rt.period === undefined || policyName.toLowerCase().includes(duration(ctx, rt.period).toLowerCase());
  const policy = said ? policyName : r(ctx, 'retention.policy', { name: policyName, rule: inline });
  const rule = withLaws(ctx, rt.policy ? policy : inline || text(ctx, rt.description), rt.law);
  return rt.categories.length > 0 ? r(ctx, 'labelled', { label: list(ctx, names(rt.categories, ctx)), value: rule }) : rule;
}

/** Each processor an activity uses, with its data processing agreement (Art. 28(3)). */
function processorLines(a: ResolvedActivity, ctx: TextContext): string[] {
  return a.processors.map((p) =>
    joinParts([
      text(ctx, p.value.name),
      p.value.agreement !== undefined ? r(ctx, 'processor.agreement', { value: p.value.agreement }) : r(ctx, 'processor.no-agreement'),
    ]),
  );
}

/**
 * When the DPO was consulted on a basis (personopplysningsloven §§ 9 to 11 ask for it before processing for archiving,
 * research or statistics): a line under the basis, read back by `ropa import` (src/import/bases.ts).
 */
const dpoConsulted = (ctx: TextContext, b: ResolvedLegalBasis): string[] =>
  b.dpoConsulted !== undefined ? [r(ctx, 'dpo-consulted', { date: date(ctx, b.dpoConsulted) })] : [];

/**
 * How consent is given and withdrawn, and how a child's consent is handled (Art. 7(3), personopplysningsloven § 5): lines
 * under a consent basis, read back by `ropa import` (src/import/bases.ts).
 */
const consentLines = (ctx: TextContext, b: ResolvedLegalBasis): string[] => [
  ...(b.consentMethod !== undefined ? [r(ctx, 'consent-method', { value: t(ctx.lang, `authoring.ask.consent-method-${b.consentMethod}`) })] : []),
  ...(b.consentWithdrawal !== undefined ? [r(ctx, 'consent-withdrawal', { value: text(ctx, b.consentWithdrawal) })] : []),
  ...(b.childConsent !== undefined ? [r(ctx, 'child-consent', { value: text(ctx, b.childConsent) })] : []),
];

/**
 * After the bases: each purpose's Art. 89 kind and safeguards and whether it is direct marketing (by its description where
 * the activity has several), and
 * whether the activity is carried out as a public authority where it says so itself (Art. 6(1) second subparagraph).
 * Read back by `ropa import` (src/import/bases.ts).
 */
function purposeFacts(a: ResolvedActivity, ctx: TextContext): string[] {
  const many = a.purposes.length > 1;
  const lines = a.purposes.flatMap((p) => {
    const kind = p.researchOrStatistics;
    const out = [
      ...(kind !== undefined && kind !== false ? [r(ctx, 'art89', { value: r(ctx, `art89.${String(kind)}`) })] : []),
      ...(p.safeguards.length > 0 ? [r(ctx, 'art89-safeguards', { value: list(ctx, names(p.safeguards, ctx)) })] : []),
      // Whether the purpose is direct marketing, where the record says so (Art. 21(2) and (3)).
      ...(p.directMarketing !== undefined ? [r(ctx, `direct-marketing.${String(p.directMarketing)}`)] : []),
    ];
    return many ? out.map((value) => r(ctx, 'per-purpose', { purpose: text(ctx, p.description), value })) : out;
  });
  const own = a.activity.publicAuthority;
  if (own !== undefined) lines.push(r(ctx, `public-authority.${String(own)}`));
  // Why national identity numbers are needed (personopplysningsloven § 12): one text, or one per category.
  const need = a.activity.nationalIdNeed;
  if (Array.isArray(need))
    for (const n of need) {
      const category = a.dataCategories.find((c) => c.id === n.category);
      lines.push(r(ctx, 'national-id-need.category', { category: category ? text(ctx, category.value.name) : n.category, value: text(ctx, n.need) }));
    }
  else if (need !== undefined) lines.push(r(ctx, 'national-id-need', { value: text(ctx, need as LocalText) }));
  return lines;
}

const ACTIVITY: Column<ResolvedActivity> = {
  id: 'activity',
  mandatory: true,
  width: 18,
  cell: (a, ctx) => [text(ctx, a.activity.title)],
};

const ID: Column<ResolvedActivity> = { id: 'id', mandatory: false, width: 22, cell: (a) => [a.activity.id] };

const TRANSFERS: Column<ResolvedActivity> = {
  id: 'transfers',
  mandatory: true,
  width: 20,
  cell: (a, ctx) => {
    if (a.transfers === undefined) return [];
    if (a.transfers === 'none') return [r(ctx, 'none.transfers')];
    return a.transfers.map((tr) =>
      joinParts([
        // The organisation, named as such after a country («USA – organisasjon: Acme Inc.») and alone where there is
        // none (an international organisation): read back by `ropa import` (src/import/transfers.ts).
        tr.country !== undefined && tr.organisation !== undefined
          ? joinParts([country(ctx, tr.country), r(ctx, 'transfer.organisation', { value: tr.organisation })])
          : joinParts([country(ctx, tr.country), tr.organisation]),
        tr.party ? text(ctx, tr.party.value.name) : tr.recipient,
        // The kind of recipient (Art. 30(1)(e): «including the identification of that third country or international
        // organisation»): read back by `ropa import` (src/import/transfers.ts).
        tr.recipientType !== undefined ? r(ctx, 'transfer.recipient-type', { value: t(ctx.lang, `terms.recipient-type.${tr.recipientType}`) }) : undefined,
        tr.mechanism !== undefined ? t(ctx.lang, `terms.mechanism.${tr.mechanism}`) : undefined,
        tr.dpfCertified ? r(ctx, 'transfer.dpf') : undefined,
        tr.reference !== undefined ? r(ctx, 'transfer.reference', { value: tr.reference }) : undefined,
        // Who was told of a transfer on compelling legitimate interests (Art. 49(1) second subparagraph): read back by
        // `ropa import` (src/import/transfers.ts).
        tr.informed?.dataSubjects !== undefined
          ? r(ctx, tr.informed.dataSubjects ? 'transfer.informed-subjects' : 'transfer.not-informed-subjects')
          : undefined,
        tr.informed?.supervisoryAuthority !== undefined ? r(ctx, 'transfer.informed-authority', { value: tr.informed.supervisoryAuthority }) : undefined,
        text(ctx, tr.safeguards),
      ]),
    );
  },
};

const SECURITY: Column<ResolvedActivity> = {
  id: 'security',
  mandatory: true,
  width: 24,
  cell: (a, ctx) => names(a.securityMeasures, ctx),
};

const STATUS: Column<ResolvedActivity> = {
  id: 'status',
  mandatory: false,
  width: 14,
  cell: (a, ctx) => [
    joinParts([t(ctx.lang, `terms.status.${a.activity.status}`), a.activity.approval !== undefined ? r(ctx, `approval.${a.activity.approval}`) : undefined]),
  ],
};

/** The screening's answer: a DPIA is required (Art. 35(3) or Datatilsynet's list), likely (WP248), or not indicated. */
function screeningVerdict(s: Screening): 'required' | 'likely' | 'not-indicated' {
  return s.required ? 'required' : s.likely ? 'likely' : 'not-indicated';
}

/**
 * Art. 35(1): is high risk likely? What the registry records (`dpia.highRisk`); when it says nothing,
 * what the screening computes, marked as computed so that nobody takes it for the controller's word.
 */
const HIGH_RISK: Column<ResolvedActivity> = {
  id: 'high-risk',
  mandatory: false,
  width: 16,
  cell: (a, ctx) => {
    const recorded = a.activity.dpia?.highRisk;
    if (recorded !== undefined) return [yesNo(ctx, recorded)];
    const verdict = screeningVerdict(ctx.screening(a));
    const key = `${ctx.lang} ${verdict}`;
    let words = COMPUTED_VERDICT.get(key);
    if (words === undefined) COMPUTED_VERDICT.set(key, (words = r(ctx, 'computed', { value: r(ctx, `screening.${verdict}`) })));
    return [words];
  },
};

/** «Ja (beregnet)» and the others, by language and answer: made once, not once per activity (10,000 at the bench). */
const COMPUTED_VERDICT = new Map<string, string>();

const LAST_REVIEW: Column<ResolvedActivity> = {
  id: 'last-review',
  mandatory: false,
  width: 18,
  cell: (a, ctx) => {
    const rv = a.activity.review;
    if (rv === undefined) return [];
    const last =
      rv.lastReviewed !== undefined
        ? rv.reviewedBy !== undefined
          ? r(ctx, 'review', { date: date(ctx, rv.lastReviewed), by: rv.reviewedBy })
          : date(ctx, rv.lastReviewed)
        : (rv.reviewedBy ?? '');
    return [last, rv.nextReview !== undefined ? r(ctx, 'review.next', { date: date(ctx, rv.nextReview) }) : ''].filter((s) => s !== '');
  },
};

/** The controller's record, Art. 30(1): first Datatilsynet's mandatory columns, then the optional ones. */
export const CONTROLLER_COLUMNS: readonly Column<ResolvedActivity>[] = [
  ACTIVITY,
  {
    id: 'purposes',
    mandatory: true,
    width: 24,
    cell: (a, ctx) => a.purposes.map((p) => text(ctx, p.description)),
  },
  { id: 'data-subjects', mandatory: true, width: 18, cell: (a, ctx) => names(a.dataSubjects, ctx) },
  { id: 'data-categories', mandatory: true, width: 20, cell: (a, ctx) => names(a.dataCategories, ctx) },
  {
    id: 'recipients',
    mandatory: true,
    width: 20,
    cell: (a, ctx) =>
      a.recipients === undefined
        ? []
        : a.recipients === 'none'
          ? [r(ctx, 'none.recipients')]
          : [
              ...names(a.recipients, ctx),
              // The basis of each disclosure to a controller (disclosures): read back by `ropa import` (src/import/references.ts).
              ...(a.activity.disclosures ?? []).map((d) => {
                const to = a.recipients === 'none' ? undefined : a.recipients?.find((x) => x.id === d.recipient);
                const cite = r(ctx, 'basis', { cite: citeBasisShort(d.basis, ctx.lang), name: basisName(d.basis, ctx.lang) });
                return r(ctx, 'disclosure', {
                  recipient: to ? text(ctx, to.value.name) : d.recipient,
                  basis: withLaws(
                    ctx,
                    cite,
                    (d.law ?? []).map((l) => resolveLaw(ctx.registry, l)),
                  ),
                });
              }),
            ],
  },
  TRANSFERS,
  { id: 'retention', mandatory: true, width: 22, cell: (a, ctx) => a.retention.map((rt) => retentionLine(rt, ctx)) },
  SECURITY,
  {
    id: 'legal-basis',
    mandatory: false,
    width: 24,
    cell: (a, ctx) =>
      basisLines(a, ctx, isArt6, (b) => [
        basis(ctx, b),
        ...(b.legitimateInterest !== undefined ? [r(ctx, 'legitimate-interest', { value: text(ctx, b.legitimateInterest) })] : []),
        ...(b.interestAssessment !== undefined ? [r(ctx, 'interest-assessment', { value: b.interestAssessment })] : []),
        // The age from which a child consents alone (read back by `ropa import`, src/import/bases.ts).
        ...(b.childConsentAge !== undefined ? [r(ctx, 'child-consent-age', { age: b.childConsentAge })] : []),
        ...consentLines(ctx, b),
        ...(b.safeguards !== undefined ? [r(ctx, 'safeguards', { value: text(ctx, b.safeguards) })] : []),
        ...dpoConsulted(ctx, b),
      ]).concat(purposeFacts(a, ctx)),
  },
  {
    id: 'national-law',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => basisLines(a, ctx, isArt6, (b) => (b.law.length > 0 ? [laws(ctx, b.law)] : [])),
  },
  {
    id: 'special-categories',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => [
      ...(a.specialCategories.length > 0 ? [r(ctx, 'special.data', { value: list(ctx, names(a.specialCategories, ctx)) })] : []),
      ...basisLines(
        a,
        ctx,
        (c) => isArt9Condition(c) || c === 'A9-1',
        // 9(2)(b) may rest on a collective agreement, 9(2)(h) on a contract with a health professional.
        (b) => [
          b.agreement !== undefined
            ? r(ctx, 'with-agreement', { value: withLaws(ctx, basis(ctx, b), b.law), agreement: b.agreement })
            : withLaws(ctx, basis(ctx, b), b.law),
          ...consentLines(ctx, b),
          // The safeguards the condition asks for (Art. 9(2)(b), (g), (j)): read back by `ropa import` (src/import/bases.ts).
          ...(b.safeguards !== undefined ? [r(ctx, 'safeguards', { value: text(ctx, b.safeguards) })] : []),
          ...dpoConsulted(ctx, b),
        ],
      ),
    ],
  },
  {
    id: 'criminal-offence',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => [
      ...(a.criminalOffenceData.length > 0 ? [r(ctx, 'special.data', { value: list(ctx, names(a.criminalOffenceData, ctx)) })] : []),
      ...basisLines(a, ctx, isArt10, (b) => [
        withLaws(ctx, basis(ctx, b), b.law),
        // What allows the data (criminalDataGround, section11Condition): read back by `ropa import` (src/import/bases.ts).
        ...(b.criminalDataGround !== undefined
          ? [r(ctx, 'criminal-data-ground', { value: t(ctx.lang, `terms.criminal-data-ground.${b.criminalDataGround}`) })]
          : []),
        ...(b.section11Condition !== undefined
          ? [r(ctx, 'section-11-condition', { value: t(ctx.lang, `terms.section-11-condition.${b.section11Condition}`) })]
          : []),
        ...(b.safeguards !== undefined ? [r(ctx, 'safeguards', { value: text(ctx, b.safeguards) })] : []),
        ...dpoConsulted(ctx, b),
      ]),
    ],
  },
  {
    id: 'responsible-unit',
    mandatory: false,
    width: 24,
    // With who keeps the entry (owner): read back by `ropa import` (src/import/references.ts).
    cell: (a, ctx) =>
      [text(ctx, a.activity.responsibleUnit), a.activity.owner !== undefined ? r(ctx, 'owner', { value: contact(ctx, a.activity.owner) }) : ''].filter(
        (s) => s !== '',
      ),
  },
  {
    id: 'joint-controllers',
    mandatory: false,
    width: 24,
    cell: (a, ctx) =>
      (a.activity.jointControllers ?? []).map((j) => {
        const party = ctx.registry.organisation?.value.jointControllers?.[j.controller];
        return joinParts([
          party?.name ?? j.controller,
          j.arrangement !== undefined ? r(ctx, 'joint.arrangement', { value: j.arrangement }) : undefined,
          text(ctx, j.responsibilities),
          j.contactPoint !== undefined ? r(ctx, 'joint.contact-point', { value: contact(ctx, j.contactPoint) }) : undefined,
        ]);
      }),
  },
  {
    id: 'sources',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => [
      ...a.sources.map((s) => {
        const name = text(ctx, s.value.name);
        const type = t(ctx.lang, `terms.source-type.${s.value.type}`);
        // `toLowerCase` lowers as the nb, nn and en locales do (ICU tailors only Turkish, Azeri and Lithuanian), many times faster.
        return name.toLowerCase() === type.toLowerCase() ? name : `${name} (${type})`;
      }),
      // Whether the person must give the data, and what follows if not (Art. 13(2)(e)): read back by `ropa import`
      // (src/import/references.ts).
      ...(a.activity.collection !== undefined
        ? [
            r(ctx, 'collection', { value: t(ctx.lang, `terms.requirement.${a.activity.collection.requirement}`) }),
            ...(a.activity.collection.consequences !== undefined
              ? [r(ctx, 'collection.consequences', { value: text(ctx, a.activity.collection.consequences) })]
              : []),
          ]
        : []),
    ],
  },
  {
    id: 'systems',
    mandatory: false,
    width: 24,
    // With where the activity's data is stored (dataLocation): read back by `ropa import` (src/import/references.ts).
    cell: (a, ctx) => [
      ...a.systems.map((s) => text(ctx, s.value.name)),
      ...(a.activity.dataLocation !== undefined && a.activity.dataLocation.length > 0
        ? [
            r(ctx, 'data-location', {
              value: list(
                ctx,
                a.activity.dataLocation.map((l) => (l === 'EEA' || l === 'EEA-or-adequate' ? r(ctx, `data-location.${l}`) : country(ctx, l))),
              ),
            }),
          ]
        : []),
    ],
  },
  {
    id: 'processors',
    mandatory: false,
    width: 24,
    cell: processorLines,
  },
  HIGH_RISK,
  {
    id: 'dpia',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => {
      const d = a.activity.dpia;
      if (d === undefined) return [];
      return [joinParts([d.status !== undefined ? t(ctx.lang, `terms.dpia.${d.status}`) : undefined, d.reference, date(ctx, d.date)])].filter((s) => s !== '');
    },
  },
  {
    id: 'rights-restrictions',
    mandatory: false,
    width: 24,
    // The legal reference says it; the plain-words note only where there is none.
    cell: (a, ctx) =>
      (a.activity.rightsRestrictions ?? []).map((x) => {
        const reference = [
          x.gdpr,
          x.law && x.law.length > 0
            ? laws(
                ctx,
                x.law.map((l) => resolveLaw(ctx.registry, l)),
              )
            : undefined,
        ]
          .filter((s): s is string => s !== undefined)
          .join(', ');
        return r(ctx, 'labelled', { label: t(ctx.lang, `terms.right.${x.right}`), value: reference !== '' ? reference : text(ctx, x.note) });
      }),
  },
  {
    id: 'automated-decisions',
    mandatory: false,
    width: 24,
    cell: (a, ctx) => {
      const d = a.activity.automatedDecisions;
      if (d === undefined) return [];
      return [
        yesNo(ctx, d.used),
        d.profiling ? r(ctx, 'automated.profiling') : d.profiling === false ? r(ctx, 'automated.no-profiling') : '',
        d.humanReview !== undefined ? r(ctx, `automated.human-review.${d.humanReview}`) : '',
        d.logic !== undefined ? r(ctx, 'automated.logic', { value: text(ctx, d.logic) }) : '',
        d.significance !== undefined ? r(ctx, 'automated.significance', { value: text(ctx, d.significance) }) : '',
        // The Art. 22(2) exception and its law: read back by `ropa import` (src/import/accountability.ts).
        d.exception !== undefined
          ? r(ctx, 'automated.exception', {
              value: withLaws(
                ctx,
                d.exception === 'law' ? r(ctx, 'automated.exception.law') : t(ctx.lang, `terms.automated-exception.${d.exception}`),
                (d.law ?? []).map((l) => resolveLaw(ctx.registry, l)),
              ),
            })
          : '',
      ].filter((s) => s !== '');
    },
  },
  STATUS,
  LAST_REVIEW,
  ID,
];

/** A party on one line, with its representative and DPO (Art. 30(2)(a)). */
export function partyLine(ctx: TextContext, p: Party): string {
  return joinParts([
    [p.name, p.organisationNumber !== undefined ? `(${p.organisationNumber})` : undefined].filter(Boolean).join(' '),
    contact(ctx, p.contact),
    p.representative !== undefined ? r(ctx, 'labelled', { label: r(ctx, 'header.representative'), value: contact(ctx, p.representative) }) : undefined,
    p.dpo !== undefined ? r(ctx, 'labelled', { label: r(ctx, 'header.dpo'), value: contact(ctx, p.dpo) }) : undefined,
  ]);
}

/** The processor's record, Art. 30(2): for activities carried out on behalf of other controllers. */
export const PROCESSOR_COLUMNS: readonly Column<ResolvedActivity>[] = [
  ACTIVITY,
  {
    id: 'controllers',
    mandatory: true,
    width: 44,
    cell: (a, ctx) => (a.activity.processorFor?.controllers ?? []).map((p) => partyLine(ctx, p)),
  },
  {
    id: 'categories-of-processing',
    mandatory: true,
    width: 40,
    cell: (a, ctx) => [text(ctx, a.activity.processorFor?.categoriesOfProcessing)].filter((s) => s !== ''),
  },
  TRANSFERS,
  SECURITY,
  {
    id: 'agreement',
    mandatory: false,
    width: 22,
    cell: (a) => (a.activity.processorFor?.agreement !== undefined ? [a.activity.processorFor.agreement] : []),
  },
  {
    id: 'subprocessors',
    mandatory: false,
    width: 28,
    cell: processorLines,
  },
  STATUS,
  LAST_REVIEW,
  ID,
];

/** The criteria of one kind that the screening found, in the words of locales/<lang>/gaps.json. */
const criteria =
  (kind: 'art35' | 'datatilsynet' | 'wp248') =>
  (a: ResolvedActivity, ctx: CellContext): string[] =>
    ctx.screening(a)[kind].map((c) => t(ctx.lang, `gaps.screening.${kind}.${c.id}`));

/**
 * The DPIA overview: first what ropa computes from the record (Art. 35(3), Datatilsynet's list
 * under Art. 35(4), the WP248 criteria), then what the registry records about the assessment.
 */
export const DPIA_COLUMNS: readonly Column<ResolvedActivity>[] = [
  ACTIVITY,
  HIGH_RISK,
  {
    id: 'dpia-screening',
    mandatory: false,
    width: 14,
    cell: (a, ctx) => [r(ctx, `screening.${screeningVerdict(ctx.screening(a))}`)],
  },
  { id: 'art35-triggers', mandatory: false, width: 24, cell: criteria('art35') },
  { id: 'datatilsynet-list', mandatory: false, width: 24, cell: criteria('datatilsynet') },
  { id: 'wp248-criteria', mandatory: false, width: 22, cell: criteria('wp248') },
  {
    id: 'dpia-status',
    mandatory: false,
    width: 20,
    cell: (a, ctx) => (a.activity.dpia?.status !== undefined ? [t(ctx.lang, `terms.dpia.${a.activity.dpia.status}`)] : []),
  },
  { id: 'dpia-reference', mandatory: false, width: 20, cell: (a) => (a.activity.dpia?.reference !== undefined ? [a.activity.dpia.reference] : []) },
  { id: 'dpia-date', mandatory: false, width: 12, cell: (a, ctx) => [date(ctx, a.activity.dpia?.date)].filter((s) => s !== '') },
  {
    id: 'residual-risk',
    mandatory: false,
    width: 12,
    cell: (a, ctx) => (a.activity.dpia?.residualRisk !== undefined ? [r(ctx, `residual-risk.${a.activity.dpia.residualRisk}`)] : []),
  },
  {
    id: 'prior-consultation',
    mandatory: false,
    width: 20,
    cell: (a, ctx) => {
      const p = a.activity.dpia?.priorConsultation;
      return p === undefined ? [] : [joinParts([p.reference, date(ctx, p.date)])].filter((s) => s !== '');
    },
  },
  { id: 'dpia-reason', mandatory: false, width: 22, cell: (a, ctx) => [text(ctx, a.activity.dpia?.reason)].filter((s) => s !== '') },
  {
    id: 'risk-factors',
    mandatory: false,
    width: 22,
    // A factor the record says is absent («Ikke: stort omfang») changes the screening too (`largeScale: false`):
    // printed after those present, and read back by `ropa import` (src/import/accountability.ts).
    cell: (a, ctx) => [
      ...RISK_FACTORS.filter((k) => a.activity.riskFactors?.[k] === true).map((k) => r(ctx, `risk-factor.${k}`)),
      ...RISK_FACTORS.filter((k) => a.activity.riskFactors?.[k] === false).map((k) => r(ctx, 'risk-factor-not', { factor: r(ctx, `risk-factor.${k}`) })),
    ],
  },
];

/** A processor the organisation uses, with the activities it is used in. */
export interface ProcessorRow {
  id: string;
  processor: Processor;
  usedBy: string[];
  /**
   * For each of `processor.subprocessors`, in order: the titles of the activities it serves when the agreement limits it
   * to some (`subprocessors[].activities`), or undefined when it serves every activity that uses the processor.
   */
  subprocessorServes: readonly (readonly string[] | undefined)[];
}

/** One sub-processor in words: name, country, authorisation, and the activities it alone serves when limited to some. */
function subprocessorLine(p: ProcessorRow, i: number, ctx: TextContext): string {
  const s = p.processor.subprocessors![i]!;
  const serves = p.subprocessorServes[i];
  return joinParts([
    s.name,
    country(ctx, s.country),
    s.authorisation,
    serves === undefined ? undefined : r(ctx, 'processor.subprocessor-serves', { count: serves.length, activities: list(ctx, serves) }),
  ]);
}

/** The processors the organisation uses (databehandlere), with their agreements. */
export const PROCESSOR_LIST_COLUMNS: readonly Column<ProcessorRow>[] = [
  {
    id: 'processor-name',
    mandatory: false,
    width: 28,
    cell: (p, ctx) => [text(ctx, p.processor.name)],
  },
  {
    id: 'organisation-number',
    mandatory: false,
    width: 16,
    cell: (p) => (p.processor.organisationNumber !== undefined ? [p.processor.organisationNumber] : []),
  },
  { id: 'country', mandatory: false, width: 14, cell: (p, ctx) => [country(ctx, p.processor.country)].filter((s) => s !== '') },
  { id: 'service', mandatory: false, width: 28, cell: (p, ctx) => [text(ctx, p.processor.service)].filter((s) => s !== '') },
  {
    id: 'agreement',
    mandatory: false,
    width: 22,
    cell: (p, ctx) => [p.processor.agreement ?? r(ctx, 'processor.no-agreement')],
  },
  {
    id: 'subprocessors',
    mandatory: false,
    width: 28,
    cell: (p, ctx) => (p.processor.subprocessors ?? []).map((_, i) => subprocessorLine(p, i, ctx)),
  },
  { id: 'used-by', mandatory: false, width: 28, cell: (p) => p.usedBy },
];
