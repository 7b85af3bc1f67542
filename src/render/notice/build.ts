import { t, type Lang } from '../../i18n/index.js';
import { isDirectMarketing, providedByPerson } from '../../check/facts.js';
import type { Finding } from '../../model/finding.js';
import type { Located, Registry } from '../../model/registry.js';
import { citeBasisShort, citeLaw } from '../../model/legal.js';
import { isApproved, resolveActivity, resolveLaw, type ResolvedActivity, type ResolvedLaw } from '../../model/resolve.js';
import { SOURCE_TYPES, type Activity, type Organisation, type SourceType } from '../../model/types.js';
import { capitalise, countryName, dateWords, joinList, nameWithShort, withoutStop } from '../words/index.js';
import {
  activityAnchor,
  activityView,
  basisName,
  exceptionParts,
  objectionLimited,
  retentionAnchor,
  retentionWords,
  type ConsentInfo,
  type SharedRefs,
} from './activity.js';
import { addressLines, BuildContext, reachable } from './context.js';
import { MissingCollector, type MissingItem } from './missing.js';
import type {
  ActivityView,
  BasisView,
  ContactView,
  ExceptionGroupView,
  GroupView,
  NamedView,
  NoticeFormat,
  NoticeView,
  Ref,
  RetentionView,
  SourceTypeView,
  TocEntry,
} from './view.js';
import { basisCitation, gdprArticle, lawList } from './words.js';

export interface NoticeOptions {
  lang: Lang;
  format: NoticeFormat;
  draft: boolean;
  /** YYYY-MM-DD; overrides organisation.notice.lastUpdated. */
  date?: string;
  /** One activity only: the Art. 13 information to hand out at collection. */
  activity?: string;
  /** One notice group only. */
  group?: string;
  /**
   * The first document of a layered notice (whole registry only): per-activity detail is left to
   * each activity's page (`activity-<id>.<format>`, an `--activity` notice). Default: one complete document.
   */
  layered?: boolean;
  /** The pages are written together (`-o DIR/`): the first and the complete document are linked by file name. */
  pages?: boolean;
  /** Findings of rules with `blocksNotice`: a draft shows them; the command refuses a final notice. */
  blockers?: readonly Finding[];
}

export interface BuiltNotice {
  view: NoticeView;
  /** Everything the registry lacks; the mandatory ones stop a notice that is not a draft. */
  missing: MissingItem[];
  /** Blocking findings of the activities the notice describes. */
  blocked: Finding[];
}

/** Fixed words the templates use, by the name they have in `labels` (see docs/notice.md). */
export const LABELS = [
  'contents',
  'controller',
  'purposes',
  'sources',
  'security',
  'disclosure',
  'measures',
  'processors',
  'transfers',
  'rights',
  'restrictions',
  'consent',
  'automated',
  'contact',
  'missing',
  'draftBanner',
  'draftNote',
  'lastUpdated',
  'publishedAt',
  'lawsIntro',
  'responsible',
  'organisationNumber',
  'postalAddress',
  'visitingAddress',
  'email',
  'phone',
  'web',
  'dpo',
  'representative',
  'legalBasis',
  'dataSubjects',
  'categories',
  'sourcesOfActivity',
  'collection',
  'recipients',
  'processorsOfActivity',
  'retention',
  'restrictionsOfActivity',
  'automatedOfActivity',
  'profiling',
  'jointControllers',
  'recipient',
  'mechanism',
  'dpfCertified',
  'reference',
  'mandatory',
  'optional',
  'missingIntro',
  'skip',
  'law',
  'specialCondition',
  'criminalBasis',
  'summary',
  'purposesOfActivity',
  'systems',
  'information',
  'about',
  'agreement',
  'blocked',
  'seeMore',
  'yourRights',
  'complaintShort',
  'purposesShort',
  'retentionOfActivity',
  'seeExceptions',
  'transfersOfActivity',
  'safeguards',
  'legalBases',
  'activity',
  'subjectsAndData',
  'layeredNote',
  'completeNotice',
  'indexNotice',
  'pagesNote',
  'pageMissing',
  'and',
  'lawsLinks',
  'addressAsDpo',
] as const;

/**
 * Where each kind of source comes in the notice: sources elsewhere (Art. 14(2)(f)) first, then the person's own. A
 * Record, so that a new kind of source cannot be left out of the notice unnoticed.
 */
const SOURCE_ORDER: Record<SourceType, number> = {
  'public-register': 0,
  'other-controller': 1,
  'other-person': 2,
  'publicly-available': 3,
  'data-subject': 4,
  device: 5,
  internal: 6,
};
const NOTICE_SOURCE_TYPES: readonly SourceType[] = [...SOURCE_TYPES].sort((a, b) => SOURCE_ORDER[a] - SOURCE_ORDER[b]);
const STANDARD_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'] as const;
/** The Art. 6(1) bases each right applies to: objection on grounds of the person's situation (Art. 21(1)), portability (Art. 20(1)(a)). */
const RIGHT_BASES: Partial<Record<(typeof STANDARD_RIGHTS)[number], readonly string[]>> = {
  objection: ['A6-1-e', 'A6-1-f'],
  portability: ['A6-1-a', 'A6-1-b', 'A9-2-a'],
};

/**
 * The rights of Art. 15–21 the notice states: objection only where some purpose rests on Art. 6(1)(e) or (f) (Art.
 * 21(1)), portability only where some purpose rests on consent or a contract (Art. 20(1)(a)); a right the law does not
 * give for any of the processing described is not promised. A purpose with no Art. 6 basis recorded leaves both in: what
 * it rests on is not known (the draft marks it).
 */
function standardRights(ordered: readonly ResolvedActivity[]): (typeof STANDARD_RIGHTS)[number][] {
  const purposes = ordered.flatMap((r) => r.purposes.map((p) => p.legalBasis.map((b) => b.gdpr)));
  const unknown = purposes.length === 0 || purposes.some((codes) => !codes.some((c) => c.startsWith('A6-1-')));
  return STANDARD_RIGHTS.filter((right) => {
    const bases = RIGHT_BASES[right];
    return unknown || bases === undefined || purposes.some((codes) => codes.some((c) => bases.includes(c)));
  });
}

/** The activities by id, once per registry. */
const byIdOf = new WeakMap<Registry, Map<string, Located<Activity>[]>>();
function activitiesById(registry: Registry): Map<string, Located<Activity>[]> {
  let map = byIdOf.get(registry);
  if (map === undefined) {
    map = new Map();
    for (const a of registry.activities) {
      const list = map.get(a.value.id);
      if (list) list.push(a);
      else map.set(a.value.id, [a]);
    }
    byIdOf.set(registry, map);
  }
  return map;
}

/** Blocking findings by activity, in their order, once per list: a filter per activity is quadratic in a large registry. */
const blockersOf = new WeakMap<readonly Finding[], Map<string, Finding[]>>();
function blockersByActivity(blockers: readonly Finding[]): Map<string, Finding[]> {
  let map = blockersOf.get(blockers);
  if (map === undefined) {
    map = new Map();
    for (const f of blockers) {
      if (f.activity === undefined) continue;
      const list = map.get(f.activity);
      if (list) list.push(f);
      else map.set(f.activity, [f]);
    }
    blockersOf.set(blockers, map);
  }
  return map;
}

/** Whether an activity may be published: an `approval` other than `approved` keeps it in drafts. */
export function approved(a: ResolvedActivity): boolean {
  return isApproved(a.located.value);
}

/**
 * The activities a notice of this scope describes before approval is weighed: active ones where the organisation is
 * controller or joint controller, of the activity or group asked for. One activity's page is looked up, not filtered out
 * of all of them: `-o DIR/` makes a page per activity.
 */
export function noticeScope(registry: Registry, opts: Pick<NoticeOptions, 'activity' | 'group'>): Located<Activity>[] {
  return (opts.activity !== undefined ? (activitiesById(registry).get(opts.activity) ?? []) : registry.activities)
    .filter((a) => a.value.status === 'active' && a.value.role !== 'processor')
    .filter((a) => opts.activity === undefined || a.value.id === opts.activity)
    .filter((a) => opts.group === undefined || a.value.noticeGroup === opts.group);
}

/**
 * The public privacy notice (Art. 13 and 14) as a view model: registry in, words out. Activities
 * that are active and where the organisation is controller or joint controller are described;
 * planned and retired ones, and work done as a processor for others, are not the organisation's
 * notice to give. A final notice describes approved activities only; a draft shows the others
 * marked.
 */
export function buildNoticeView(registry: Registry, opts: NoticeOptions): BuiltNotice {
  const located = registry.organisation;
  if (!located) throw new Error('notice: the registry has no organisation file');
  const org = located.value;
  const orgFile = located.file;
  const missing = new MissingCollector(opts.lang, opts.draft);
  const ctx = new BuildContext(registry, opts.lang, missing);
  const w = ctx.w.bind(ctx);
  const name = ctx.text(org.name, orgFile, '/name') ?? '';
  const fullName = nameWithShort(name, org.shortName);
  const scope: NoticeView['scope'] = opts.activity !== undefined ? 'activity' : opts.group !== undefined ? 'group' : 'full';
  const layered = scope === 'full' && opts.layered === true;

  const included = noticeScope(registry, opts)
    .map((a) => resolveActivity(registry, a))
    .filter((r) => opts.draft || approved(r));
  const blockedOf = blockersByActivity(opts.blockers ?? []);
  const blocked =
    opts.activity !== undefined
      ? included.flatMap((r) => blockedOf.get(r.located.value.id) ?? [])
      : ((ids) => (opts.blockers ?? []).filter((f) => f.activity !== undefined && ids.has(f.activity)))(new Set(included.map((r) => r.located.value.id)));
  const includedById = new Map(included.map((r) => [r.located.value.id, r]));
  // A draft's banner names a purpose as its gap list does: by its description in the notice's language, not its id.
  const blockerText = (f: Finding): string => {
    const id = f.args?.purpose;
    const purpose = f.activity === undefined ? undefined : includedById.get(f.activity)?.purposes.find((p) => p.id === id);
    const described = ctx.peek(purpose?.description);
    return t(opts.lang, f.messageId, described === null ? f.args : { ...f.args, purpose: withoutStop(described) });
  };

  const dateIso = opts.date ?? org.notice?.lastUpdated ?? null;
  const dpoRequired = org.publicAuthority || org.coreActivities?.largeScaleMonitoring === true || org.coreActivities?.largeScaleSpecialCategories === true;

  // Built in the order the notice shows it: what is said first is said in full, later only referred to.
  const date = dateIso !== null ? dateWords(dateIso, opts.lang) : null;
  const dateMissing = dateIso === null ? missing.note('last-updated', orgFile, '/notice/lastUpdated') : null;
  const introText = ctx.said.reserve(ctx.paragraphs(org.notice?.introduction, orgFile, '/notice/introduction'));
  const securityText = ctx.said.reserve(ctx.paragraphs(org.notice?.security, orgFile, '/notice/security'));
  const disclosureText = ctx.said.reserve(ctx.paragraphs(org.notice?.disclosure, orgFile, '/notice/disclosure'));
  const rightsExtra = ctx.said.reserve(ctx.paragraphs(org.notice?.rights, orgFile, '/notice/rights'));
  const dpo = reachable(org.dpo) || (org.dpo && !dpoRequired) ? ctx.contact(org.dpo, orgFile, '/dpo') : null;
  // A DPO recorded only by name is shown in a draft, so the gap is seen; a final notice needs a way to reach them.
  const dpoMissing = dpoRequired && !reachable(org.dpo) ? missing.note('dpo-contact', orgFile, '/dpo') : null;
  const dpoShown = dpo ?? (opts.draft && org.dpo ? ctx.contact(org.dpo, orgFile, '/dpo') : null);
  const sa = org.supervisoryAuthority;
  const authority = sa?.name ?? w('complaint.default-authority');
  const complaintUrl = sa?.complaintUrl ?? sa?.url;
  const complaintLink = complaintUrl !== undefined ? { text: w('complaint.link', { authority }), url: complaintUrl } : null;

  // Each legal basis is said once, in its section, and the purposes link to it: one entry per provision,
  // with the supplementary laws all its purposes cite, then what some add. A basis cited by one purpose
  // only is cited in full there, and not listed.
  const bases = new Map<string, { view: BasisView; uses: { ref: Ref; laws: readonly ResolvedLaw[]; activity: string }[] }>();
  const refs: SharedRefs = {
    basis: (code, laws, activity) => {
      let basis = bases.get(code);
      if (!basis) {
        basis = { view: { anchor: '', name: basisName(ctx, code), citation: '' }, uses: [] };
        bases.set(code, basis);
      }
      const ref = { text: citeBasisShort(code, opts.lang), anchor: '' };
      basis.uses.push({ ref, laws, activity });
      return ref;
    },
    retention: (id) => ({ text: ctx.entryName('retentionPolicies', id), anchor: retentionAnchor(id) }),
    exceptions: { text: w('label.see-exceptions'), anchor: 'restrictions' },
    sources: { text: w('label.sources'), anchor: 'sources' },
    processors: { text: w('label.processors'), anchor: 'processors' },
    transfers: { text: w('label.see-more'), anchor: 'transfers' },
  };
  const transferItems = new Map<string, { text: string | null }[]>();
  // When no activity transfers data, the transfers section says so once for all; when every activity says whether
  // it does, the section lists those that do and says once that the others do not (not «none» at each activity).
  const transfersAllStated = included.length > 0 && included.every((r) => r.transfers !== undefined);
  const consentInfo = new Map<string, ConsentInfo>();
  const restricted: ResolvedActivity[] = [];
  const groups = groupViews(ctx, included, located, layered, (r) => {
    const approval = approved(r) ? null : w('approval.not-approved', { approval: w(`approval.${r.located.value.approval}`) });
    const blockers = opts.draft ? (blockedOf.get(r.located.value.id) ?? []).map(blockerText) : [];
    const built = activityView(ctx, r, org, refs, {
      approval: opts.draft ? approval : null,
      blockers,
      transfersAllStated,
      layered,
      pages: opts.pages === true,
      format: opts.format,
    });
    if (built.consent) consentInfo.set(r.located.value.id, built.consent);
    if (built.restricted) restricted.push(r);
    if (built.transfers.length > 0) transferItems.set(r.located.value.id, built.transfers);
    return built.view;
  });
  const activities = groups.flatMap((g) => g.activities);
  const listedBases: BasisView[] = [];
  for (const [code, { view: basis, uses }] of bases) {
    if (uses.length === 1) {
      uses[0]!.ref.text = w('basis.inline', { name: basis.name, citation: basisCitation(code, uses[0]!.laws, opts.lang) });
      continue;
    }
    basis.citation = sharedCitation(ctx, code, uses);
    basis.anchor = `basis-${listedBases.length + 1}`;
    for (const use of uses) use.ref.anchor = basis.anchor;
    listedBases.push(basis);
  }
  const byId = new Map(included.map((r) => [r.located.value.id, r]));
  const ordered = activities.map((v) => byId.get(v.id)!);

  const sources = sourceViews(ctx, ordered, layered);
  // The first document of a layered notice says who receives data once, each recipient described; the pages say which activity gives it to whom.
  const recipients = layered
    ? unique(ordered.flatMap((r) => (Array.isArray(r.recipients) ? r.recipients.map((x) => x.id) : []))).map((id): NamedView => {
        const entry = registry.catalogues.recipients.get(id)!;
        const described = ctx.said.first('recipients', id);
        return {
          name: ctx.entryName('recipients', id),
          description: described ? ctx.said.freshDescription(ctx.text(entry.value.description, entry.file, `${entry.pointer}/description`)) : null,
        };
      })
    : [];
  const retention = retentionSection(ctx, ordered);
  const security = {
    text: securityText,
    measures: unique(ordered.flatMap((r) => [...r.securityMeasures.map((m) => m.id), ...r.purposes.flatMap((p) => p.safeguards.map((s) => s.id))])).flatMap(
      (id): NamedView[] => {
        const entry = ctx.registry.catalogues.securityMeasures.get(id)!;
        const description = ctx.said.freshDescription(ctx.text(entry.value.description, entry.file, `${entry.pointer}/description`));
        // The first document of a layered notice, under the organisation's own words on security, lists the measures that
        // add a description; a bare name («Pseudonym lagring») only labels what those words say. Every measure is named on the
        // pages of the activities that use it, and in the complete document.
        if (layered && securityText.length > 0 && description === null) return [];
        return [{ name: ctx.entryName('securityMeasures', id), description }];
      },
    ),
    disclosure: disclosureText,
  };
  const processors = unique(ordered.flatMap((r) => r.processors.map((p) => p.id))).map((id) => {
    const entry = registry.catalogues.processors.get(id)!;
    return {
      name: ctx.entryName('processors', id),
      // The first document of a layered notice names the processors; what each does is on the pages of the activities that use it.
      service: layered
        ? null
        : (ctx.said.freshDescription(ctx.text(entry.value.service, entry.file, `${entry.pointer}/service`))?.replace(/[.\s]+$/, '') ?? null),
      country: entry.value.country !== undefined ? countryName(entry.value.country, opts.lang) : null,
      agreement: entry.value.agreement !== undefined ? w('processor.agreement') : null,
    };
  });
  const transfers = transferSection(ctx, ordered, activities, transferItems);
  const exceptions = exceptionGroups(ctx, restricted, activities);
  const withConsent = activities.filter((v) => consentInfo.has(v.id));
  const automatedUnstated = ordered.filter((r) => r.located.value.automatedDecisions === undefined);
  const rightsGiven = standardRights(ordered);

  const sections = {
    bases: listedBases.length > 0,
    sources: sources.length > 0,
    recipients: recipients.length > 0,
    retention: retention.length > 0,
    security: security.text.length + security.disclosure.length + security.measures.length > 0,
    processors: processors.length > 0,
    transfers: transfers.items.length > 0 || transfers.none !== null || transfers.unstatedMissing !== null,
    restrictions: exceptions.length > 0,
    consent: withConsent.length > 0,
    automated: true,
    missing: opts.draft,
  };
  const labels = Object.fromEntries(LABELS.map((l) => [l, w(`label.${kebab(l)}`)]));
  const complaintHeading = w('heading.complaint', { authority });
  const view: NoticeView = {
    lang: opts.lang,
    format: opts.format,
    draft: opts.draft,
    scope,
    layered,
    pages: opts.pages === true ? { indexPage: `index.${opts.format}`, completePage: `complete.${opts.format}` } : null,
    labels,
    title:
      scope === 'activity' && activities[0]
        ? w('title.activity', { title: activities[0].title, name })
        : scope === 'group' && groups[0]
          ? w('title.group', { title: groups[0].title, name })
          : w('title', { name }),
    date,
    dateIso,
    dateMissing,
    url: org.notice?.url ?? null,
    blocked: opts.draft ? blocked.map(blockerText) : [],
    summary: {
      // Without the organisation's own words, the controller line below says who is responsible.
      intro: introText,
      controller: w('controller.statement', { name: fullName }),
      // Not said again when the organisation's introduction already says who answers for the processing.
      responsible: ((text) => (text !== null && introText.some((p) => p.includes(text)) ? null : text))(ctx.text(org.responsible, orgFile, '/responsible')),
      purposes: groups.map((g) => ({ title: g.title, anchor: g.anchor })),
      rights: w('summary.rights', {
        rights: capitalise(
          joinList(
            rightsGiven.map((r) => w(`right-short.${r}`)),
            opts.lang,
          ),
        ),
      }),
      dpo: dpoShown,
      dpoMissing,
      complaint: w('summary.complaint', { authority }),
      complaintLink,
    },
    toc: [],
    groups,
    bases: listedBases,
    sources,
    recipients,
    retention,
    security,
    processors,
    transfers,
    rights: {
      intro: w('rights.intro'),
      list: rightsGiven.map((r) => w(`rights.item.${r}`)),
      // Art. 12(5): said only where organisation.yaml records that rights cost nothing, or only what the GDPR allows (rightsFee).
      how: org.rightsFee === 'none' || org.rightsFee === 'exceptions-only' ? `${w('rights.how')} ${w(`rights.fee-${org.rightsFee}`)}` : w('rights.how'),
      // Art. 12(1), recital 58: where processing is addressed to children (they give the data themselves), the rights are
      // told to them too, plainly. Children in a register the organisation obtains data from are not its readers.
      // Art. 21(2)-(4): where data is processed for direct marketing, the right to object to it at any time, which stops it,
      // is told explicitly, clearly and separately from the rest: a paragraph of its own, whatever the basis.
      extra: [
        ...(ordered.some((r) => isDirectMarketing(r, ctx.reference)) ? [w('rights.object-marketing')] : []),
        ...(ordered.some((r) => providedByPerson(r) && r.dataSubjects.some((d) => d.value.children === true)) ? [w('rights.children')] : []),
        ...rightsExtra,
      ],
      exceptionsIntro:
        exceptions.length > 0
          ? [
              w('rights.exceptions-intro'),
              ...(restricted.some((r) => r.purposes.some((p) => p.researchOrStatistics === true)) ? [w('rights.exceptions-research')] : []),
            ].join(' ')
          : null,
      exceptions,
    },
    consent: withConsent.length > 0 ? { text: w('consent.text'), activities: consentLines(ctx, withConsent, consentInfo) } : null,
    automated: {
      none:
        automatedUnstated.length === 0 && ordered.length > 0 && ordered.every((r) => r.located.value.automatedDecisions?.used !== true)
          ? w('automated.none')
          : null,
      unstatedMissing: automatedUnstated[0]
        ? missing.note('automated-unstated', automatedUnstated[0].located.file, '/automatedDecisions', {
            count: automatedUnstated.length,
            activities: titles(activities, automatedUnstated),
          })
        : null,
    },
    about: {
      // Who the controller is needs no definition when the organisation's introduction already explains the word.
      definitions: ctx.said.freshParagraphs([
        w('intro.personal-data'),
        introText.join(' ').toLocaleLowerCase(opts.lang).includes(w('label.controller').toLocaleLowerCase(opts.lang))
          ? w('intro.processing')
          : `${w('intro.processing')} ${w('intro.controller')}`,
      ]),
      lawsIntro: '',
      laws: (org.notice?.laws ?? []).flatMap((id) => {
        const law = registry.catalogues.laws.get(id);
        if (!law) return [];
        const lawName = ctx.text(law.value.title, law.file, `${law.pointer}/title`) ?? id;
        // «Lov om … (statistikkloven)» after «statistikkloven – » need not say its short name again.
        const full = ctx.text(law.value.fullTitle, law.file, `${law.pointer}/fullTitle`);
        const short = [lawName, lawName.replace(/\s*\([^()]*\)$/, ''), /\(([^()]*)\)$/.exec(lawName)?.[1]].flatMap((n) => (n ? [` (${n})`] : []));
        const suffix = short.find((x) => full?.endsWith(x));
        return [
          {
            name: lawName,
            fullName: layered ? null : full !== null && suffix !== undefined ? full.slice(0, -suffix.length) : full,
            url: law.value.url ?? null,
          },
        ];
      }),
    },
    complaint: {
      heading: complaintHeading,
      text: w('complaint.text', { authority }),
      link: complaintLink,
      // The sentence with the link in it (the first layer of a layered notice): «… kan du [klage til Datatilsynet](…) (…).»
      linked:
        complaintLink !== null
          ? linkedSentence(w('complaint.text-linked', { link: '\u0000' }), w('complaint.link-words', { authority }), complaintLink.url)
          : null,
      missing: sa === undefined ? missing.note('supervisory-authority', orgFile, '/supervisoryAuthority') : null,
    },
    contact: {
      controllerName: fullName,
      organisationNumber: org.organisationNumber ?? null,
      visitingAddress: addressLines(org.visitingAddress),
      dpo: dpoShown,
      // The first layer of the first document gives the DPO's e-mail address and phone number; its contact section adds the rest.
      dpoRest: layered && dpoShown !== null ? { ...dpoShown, email: null, emailUrl: null, phone: null, phoneUrl: null } : null,
      controller:
        org.contact || org.address
          ? withoutDpo(
              ctx.contact({ ...org.contact, ...(org.address && !org.contact?.address ? { address: org.address } : {}) }, orgFile, '/contact'),
              dpoShown,
            )
          : null,
      controllerAddressAsDpo: false,
      controllerMissing: org.address === undefined && !reachable(org.contact) ? missing.note('controller-contact', orgFile, '/contact') : null,
      representative: org.representative
        ? { name: org.representative.name, contact: ctx.contact(org.representative.contact, orgFile, '/representative/contact') }
        : null,
    },
    missing: [],
  };
  // The organisation's introduction that names every law already says what the list's lead would say: the list only links them.
  const intro = introText.join(' ');
  view.about.lawsIntro = w(view.about.laws.length > 0 && view.about.laws.every((l) => intro.includes(l.name)) ? 'label.laws-links' : 'label.laws-intro');
  // The controller's postal address that the DPO's entry just above already gives («Statistisk sentralbyrå, Personvernombudet,
  // Postboks 2633 …») is said as «som for personvernombudet», and a name that is a line of it («Personvernombudet») not again.
  const c = view.contact.controller;
  const d = view.contact.dpo;
  if (c !== null && d !== null && c.address.length > 0 && d.address.join(', ').endsWith(c.address.join(', '))) {
    const nameInDpo = c.name !== null && d.address.includes(c.name);
    const rest = { ...c, address: [], ...(nameInDpo ? { name: null, role: null } : {}) };
    view.contact.controller = rest.name === null && rest.email === null && rest.phone === null && rest.url === null ? null : rest;
    view.contact.controllerAddressAsDpo = true;
  }
  view.toc = toc(labels, sections, groups, complaintHeading);
  view.missing = missing.view(registry.root);
  return { view, missing: missing.items, blocked };
}

/**
 * One provision cited by several purposes, in one citation: the supplementary laws every purpose cites,
 * then, per activity, the laws it adds («…, jf. personopplysningsloven § 8 og statistikkloven §§ 1, 4 og
 * 17 første ledd; for «Pålagte undersøkelser» også statistikkloven § 10»).
 */
function sharedCitation(ctx: BuildContext, code: string, uses: readonly { laws: readonly ResolvedLaw[]; activity: string }[]): string {
  // Each law's citation made once: the common laws are looked for in every use (a basis a whole registry shares: 10,000).
  const keys = new Map<ResolvedLaw, string>();
  const key = (l: ResolvedLaw): string => {
    let k = keys.get(l);
    if (k === undefined) keys.set(l, (k = citeLaw(l, ctx.lang)));
    return k;
  };
  const common = uses[0]!.laws.filter((l) => uses.every((u) => u.laws.some((x) => key(x) === key(l))));
  const commonKeys = new Set(common.map(key));
  // Each activity once per set of added laws (a Set: a provision may be cited by thousands of activities).
  const added = new Map<string, { laws: ResolvedLaw[]; activities: Set<string> }>();
  for (const u of uses) {
    const extra = u.laws.filter((l) => !commonKeys.has(key(l)));
    if (extra.length === 0) continue;
    const k = extra.map(key).join('\u0000');
    const entry = added.get(k) ?? { laws: extra, activities: new Set<string>() };
    entry.activities.add(u.activity);
    added.set(k, entry);
  }
  const parts = [...added.values()].map((a) =>
    ctx.w(common.length > 0 ? 'basis.also' : 'basis.for', {
      activities: joinList(
        [...a.activities].map((title) => ctx.w('basis.activity', { title })),
        ctx.lang,
      ),
      laws: lawList(a.laws, ctx.lang),
    }),
  );
  // Nothing in common: the provision, then each activity's laws («…, jf. skatteforvaltningsloven når det gjelder «…»; …»).
  if (common.length === 0 && parts.length > 0) return ctx.w('basis.with-law', { gdpr: basisCitation(code, [], ctx.lang), laws: parts.join('; ') });
  return [basisCitation(code, common, ctx.lang), ...parts].join('; ');
}

/** The notice groups in the organisation's order, each with its activities; empty groups are left out. */
function groupViews(
  ctx: BuildContext,
  included: ResolvedActivity[],
  org: Located<Organisation>,
  layered: boolean,
  make: (r: ResolvedActivity) => ActivityView,
): GroupView[] {
  const declared = Object.entries(org.value.noticeGroups ?? {});
  const grouped = new Map<string, ResolvedActivity[]>();
  const ungrouped: ResolvedActivity[] = [];
  for (const r of included) {
    const g = r.located.value.noticeGroup;
    if (g !== undefined && Object.hasOwn(org.value.noticeGroups ?? {}, g)) {
      const list = grouped.get(g);
      if (list) list.push(r);
      else grouped.set(g, [r]);
    } else ungrouped.push(r);
  }
  const groups = declared.flatMap(([id, g]): GroupView[] => {
    const list = grouped.get(id);
    if (!list) return [];
    const ptr = `/noticeGroups/${id}`;
    const title = ctx.text(g.title, org.file, `${ptr}/title`) ?? id;
    const description = ctx.said.freshParagraphs(ctx.paragraphs(g.description, org.file, `${ptr}/description`));
    const activities = list.map(make);
    // The only activity of a group needs no heading of its own under the table: the group's is enough.
    if (activities.length === 1) activities[0]!.detailsHeading = false;
    return [
      {
        id,
        anchor: `group-${id}`,
        title,
        caption: ctx.w('group.caption', { title }),
        description,
        // The first document of a layered notice names processors in their section; the pages per activity.
        shared: layered ? [] : sharedProcessors(ctx, list, activities),
        activities,
        titleMissing: null,
      },
    ];
  });
  if (ungrouped.length > 0) {
    // Without groups the notice has one list of purposes; with groups, an activity without one is a gap.
    const id = declared.length > 0 ? 'other' : 'all';
    const group: GroupView = {
      id,
      anchor: `group-${id}`,
      title: ctx.w(declared.length > 0 ? 'group.other' : 'group.all'),
      caption: ctx.w('group.caption', { title: ctx.w(declared.length > 0 ? 'group.other' : 'group.all') }),
      description: [],
      shared: [],
      activities: ungrouped.map(make),
      titleMissing: null,
    };
    if (declared.length > 0) {
      const notes = ungrouped.map((r, i) =>
        ctx.missing.note('notice-group', r.located.file, '/noticeGroup', { activity: group.activities[i]!.title }, r.located.value.id),
      );
      group.titleMissing = notes[0] ?? null;
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Processors every activity of a group uses alike are said once, above the group's table, and
 * left out of its rows.
 */
function sharedProcessors(ctx: BuildContext, list: ResolvedActivity[], views: ActivityView[]): GroupView['shared'] {
  if (list.length < 2) return [];
  const key = (r: ResolvedActivity): string => r.processors.map((p) => p.id).join('\u0000');
  const first = key(list[0]!);
  if (first === '' || !list.every((r) => key(r) === first)) return [];
  views.forEach((v, i) => {
    const cell = v.cells.recipients;
    cell.items = [];
    // The row keeps its recipients as named, without the full stop that set them off from the processors.
    const r = list[i]!;
    if (Array.isArray(r.recipients))
      cell.text = capitalise(
        joinList(
          r.recipients.map((x) => ctx.entryName('recipients', x.id)),
          ctx.lang,
        ),
      );
  });
  return [
    {
      label: ctx.w('group.shared-processors'),
      text: joinList(
        list[0]!.processors.map((p) => ctx.entryName('processors', p.id)),
        ctx.lang,
      ),
    },
  ];
}

/** Where the data comes from (Art. 14(2)(f)), by kind of source. */
function sourceViews(ctx: BuildContext, ordered: ResolvedActivity[], layered: boolean): SourceTypeView[] {
  const ids = unique(ordered.flatMap((r) => r.sources.map((s) => s.id)));
  return NOTICE_SOURCE_TYPES.flatMap((type) => {
    let sources = ids.flatMap((id) => {
      const entry = ctx.registry.catalogues.sources.get(id)!;
      const s = entry.value;
      if (s.type !== type) return [];
      // Whether a source is publicly accessible only needs saying for sources held by others.
      const asks = type === 'public-register' || type === 'other-controller';
      const access =
        s.publiclyAccessible === true || type === 'publicly-available'
          ? ctx.w('source.public')
          : s.publiclyAccessible === false
            ? ctx.w('source.not-public')
            : null;
      const name = ctx.entryName('sources', id);
      return [
        {
          name,
          // The first document of a layered notice names each source; what it holds is on the pages of the activities that use it.
          description: layered ? null : ctx.said.freshDescription(ctx.text(s.description, entry.file, `${entry.pointer}/description`)),
          // «Norwegian Tax Administration (Skatteetaten)» held by Skatteetaten: the holder is not named again.
          controller: s.controller !== undefined && !name.includes(s.controller) ? s.controller : null,
          law:
            s.law && s.law.length > 0
              ? lawList(
                  s.law.map((l) => resolveLaw(ctx.registry, l)),
                  ctx.lang,
                )
              : null,
          access,
          accessMissing:
            asks && access === null ? ctx.missing.note('source-access', entry.file, `${entry.pointer}/publiclyAccessible`, { source: name }) : null,
        },
      ];
    });
    // Two catalogue entries that read the same (one register recorded twice under two ids) are one line; one that
    // still lacks something keeps its own, so its placeholder stays where the draft's list says.
    const seen = new Set<string>();
    sources = sources.filter((x) => {
      if (x.accessMissing !== null) return true;
      const key = JSON.stringify([x.name, x.description, x.controller, x.law, x.access]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
    // A law every source of the kind shares is said once, under the heading.
    const law = sources.length > 1 && sources[0]!.law !== null && sources.every((x) => x.law === sources[0]!.law) ? sources[0]!.law : null;
    if (law !== null) for (const x of sources) x.law = null;
    // So is whether they are publicly accessible.
    const access = sources.length > 1 && sources[0]!.access !== null && sources.every((x) => x.access === sources[0]!.access) ? sources[0]!.access : null;
    if (access !== null) for (const x of sources) x.access = null;
    const shared = [
      law !== null ? ctx.w('source.shared-law', { law }) : null,
      access !== null ? ctx.w(access === ctx.w('source.public') ? 'source.all-public' : 'source.all-not-public') : null,
    ].filter((x) => x !== null);
    return sources.length > 0 ? [{ type, heading: ctx.w(`source-type.${type}`), law: shared.length > 0 ? shared.join(' ') : null, sources }] : [];
  });
}

/** Each catalogue retention policy the notice refers to, said once. */
function retentionSection(ctx: BuildContext, ordered: ResolvedActivity[]): RetentionView[] {
  const seen = new Set<string>();
  const out: RetentionView[] = [];
  for (const r of ordered) {
    for (const rule of r.retention) {
      if (!rule.policy || seen.has(rule.policy.id)) continue;
      seen.add(rule.policy.id);
      const entry = ctx.registry.catalogues.retentionPolicies.get(rule.policy.id)!;
      // The policy as the catalogue states it; an activity's own overrides are said in the activity.
      const policyRule = { ...entry.value, categories: [], law: (entry.value.law ?? []).map((l) => resolveLaw(ctx.registry, l)) };
      const words = retentionWords(ctx, policyRule, entry.file, entry.pointer);
      const missing =
        words.rule === null && words.description === null && words.law === null
          ? ctx.missing.note('retention-rule', entry.file, entry.pointer, { activity: ctx.entryName('retentionPolicies', rule.policy.id) })
          : null;
      out.push({ anchor: retentionAnchor(rule.policy.id), name: ctx.entryName('retentionPolicies', rule.policy.id), ...words, missing });
    }
  }
  return out;
}

function transferSection(
  ctx: BuildContext,
  ordered: ResolvedActivity[],
  views: ActivityView[],
  byActivity: Map<string, { text: string | null }[]>,
): NoticeView['transfers'] {
  const items = views.flatMap((v) => {
    const list = byActivity.get(v.id);
    return list
      ? [
          {
            activity: v.title,
            anchor: v.anchor,
            text: list
              .map((i) => i.text)
              .filter((x) => x !== null)
              .join(' '),
            missing: [],
          },
        ]
      : [];
  });
  const unstated = ordered.filter((r) => r.transfers === undefined);
  const first = unstated[0];
  return {
    items,
    none: ordered.length > 0 && ordered.every((r) => r.transfers === 'none') ? ctx.w('transfers.none-all') : null,
    noneOthers: items.length > 0 && unstated.length === 0 && ordered.some((r) => r.transfers === 'none') ? ctx.w('transfers.none-others') : null,
    unstatedMissing: first
      ? ctx.missing.note('transfers-unstated', first.located.file, '/transfers', { count: unstated.length, activities: titles(views, unstated) })
      : null,
  };
}

/**
 * The rights exceptions, each said once: activities with the same exceptions share one entry.
 * The limit Art. 21(6) sets on objection for statistics and research in the public interest is
 * added where it applies and the record does not say it.
 */
function exceptionGroups(ctx: BuildContext, restricted: ResolvedActivity[], views: ActivityView[]): ExceptionGroupView[] {
  const title = new Map(views.map((v) => [v.id, v.title]));
  const groups = new Map<string, { activities: string[]; items: ExceptionItem[] }>();
  const order = new Map(views.map((v, i) => [v.id, i]));
  const at = (r: ResolvedActivity): number => order.get(r.located.value.id) ?? -1;
  for (const r of [...restricted].sort((a, b) => at(a) - at(b))) {
    const a = r.located.value;
    const activityTitle = title.get(a.id) ?? a.id;
    const note = (id: Parameters<typeof ctx.missing.note>[0], pointer: string, args = {}) =>
      ctx.missing.note(id, r.located.file, pointer, { activity: activityTitle, ...args }, a.id);
    // The words are compared before they are said, so the said-once filter sees each group once.
    const raw = (a.rightsRestrictions ?? []).map((rr) => JSON.stringify([rr.right, rr.gdpr ?? '', rr.law ?? [], ctx.text(rr.note, r.located.file, '') ?? '']));
    if (objectionLimited(r)) raw.push('21(6)');
    const key = raw.join('\n');
    const group = groups.get(key);
    if (group) {
      group.activities.push(activityTitle);
      continue;
    }
    // Rights cited alike and with nothing more to say share one line.
    const parts = (a.rightsRestrictions ?? []).map((rr, i) => exceptionParts(ctx, r.located, rr, i, note));
    const items: ExceptionItem[] = [];
    const merged = new Map<string, string[]>();
    // The organisation's note on a right is an item of its own, so that the citation it shares with other activities is said once.
    const notes: ExceptionItem[] = [];
    for (const p of parts) {
      if (p.missing === null && p.cites !== null) {
        const rights = merged.get(p.cites);
        if (rights) rights.push(p.right);
        else merged.set(p.cites, [p.right]);
        if (p.note !== null) notes.push({ text: `${capitalise(p.right)}: ${p.note}`, missing: null, noteOf: capitalise(p.right), note: p.note });
      } else {
        items.push({
          text: [capitalise(p.right) + (p.cites !== null ? `: ${p.cites}.` : '.'), p.note].filter((x) => x !== null).join(' '),
          missing: p.missing,
        });
      }
    }
    items.push(...notes);
    items.unshift(...[...merged].map(([cites, rights]) => ({ text: `${capitalise(joinList(rights, ctx.lang))}: ${cites}.`, missing: null })));
    if (objectionLimited(r)) items.push({ text: capitalise(ctx.w('rights.objection-limit', { article: gdprArticle('Art. 21(6)', ctx.lang) })), missing: null });
    groups.set(key, { activities: [activityTitle], items });
  }
  const list = [...groups.values()];
  if (list.length < 2) return list.map((g) => ({ activities: joinList(g.activities, ctx.lang), items: withNotes(g.items) }));
  // What all have in common is said once, first; each group then says only what it adds.
  const common = list[0]!.items.filter((i) => i.missing === null && list.every((g) => g.items.some((x) => x.text === i.text)));
  const rest = list.map((g) => ({ activities: g.activities, items: g.items.filter((i) => !common.some((c) => c.text === i.text)) }));
  const onlyCommon = rest.filter((g) => g.items.length === 0).flatMap((g) => g.activities);
  return [
    ...(common.length > 0 ? [{ activities: ctx.w('exceptions.common'), items: withNotes(common) }] : []),
    ...rest.filter((g) => g.items.length > 0).map((g) => ({ activities: joinList(g.activities, ctx.lang), items: withNotes(g.items) })),
    ...(onlyCommon.length > 0 ? [{ activities: joinList(onlyCommon, ctx.lang), items: [{ text: ctx.w('exceptions.only-common'), missing: null }] }] : []),
  ];
}

/** An exception line; an organisation's note on a right (`noteOf`) is its own line until it can follow its right's citation. */
type ExceptionItem = ExceptionGroupView['items'][number] & { noteOf?: string; note?: string };

/** A note follows its right's citation when that citation is in the same list (a right cited for these activities alone). */
function withNotes(items: readonly ExceptionItem[]): ExceptionGroupView['items'] {
  const out = items.filter((i) => i.noteOf === undefined).map((i) => ({ text: i.text, missing: i.missing }));
  for (const n of items) {
    if (n.noteOf === undefined) continue;
    const cite = out.find((i) => i.text.startsWith(`${n.noteOf}: `));
    if (cite) cite.text = `${cite.text} ${n.note}`;
    else out.push({ text: n.text, missing: n.missing });
  }
  return out;
}

/** How to withdraw consent, per activity; activities withdrawn from alike share one entry, said once. */
function consentLines(ctx: BuildContext, views: ActivityView[], info: Map<string, ConsentInfo>): NonNullable<NoticeView['consent']>['activities'] {
  const out: NonNullable<NoticeView['consent']>['activities'] = [];
  const byHow = new Map<string, (typeof out)[number]>();
  for (const v of views) {
    const { how, howMissing } = info.get(v.id)!;
    const earlier = how !== null && howMissing === null ? byHow.get(how) : undefined;
    if (earlier !== undefined) {
      earlier.others.push({ title: v.title, anchor: v.anchor });
      continue;
    }
    const entry = { title: v.title, anchor: v.anchor, others: [], how: how === null ? null : (ctx.said.fresh(how) ?? how), howMissing };
    if (how !== null && howMissing === null) byHow.set(how, entry);
    out.push(entry);
  }
  return out;
}

function toc(labels: Record<string, string>, sections: Record<string, boolean>, groups: GroupView[], complaintHeading: string): TocEntry[] {
  const entry = (anchor: string, text: string, children: TocEntry[] = []): TocEntry => ({ anchor, text, children });
  return [
    entry('summary', labels.summary!),
    entry(
      'purposes',
      labels.purposes!,
      groups.map((g) => entry(g.anchor, g.title)),
    ),
    ...(sections.bases ? [entry('legal-basis', labels.legalBases!)] : []),
    ...(sections.sources ? [entry('sources', labels.sources!)] : []),
    ...(sections.recipients ? [entry('recipients', labels.recipients!)] : []),
    ...(sections.retention ? [entry('retention', labels.retention!)] : []),
    ...(sections.security ? [entry('security', labels.security!)] : []),
    ...(sections.processors ? [entry('processors', labels.processors!)] : []),
    ...(sections.transfers ? [entry('transfers', labels.transfers!)] : []),
    entry('rights', labels.rights!, [
      ...(sections.restrictions ? [entry('restrictions', labels.restrictions!)] : []),
      ...(sections.consent ? [entry('consent', labels.consent!)] : []),
    ]),
    entry('automated', labels.automated!),
    entry('about', labels.about!),
    entry('complaint', complaintHeading),
    entry('contact', labels.contact!),
    ...(sections.missing ? [entry('missing', labels.missing!)] : []),
  ];
}

/** A sentence with a link in it: the words before, the link, the words after (`\u0000` marks where the link goes; the templates put a space on each side of the link). */
function linkedSentence(sentence: string, text: string, url: string): { before: string; text: string; url: string; after: string } {
  const [before = '', after = ''] = sentence.split('\u0000');
  return { before, text, url, after };
}

/** The controller's contact without the e-mail address and phone number the DPO's entry just above gives: said once. */
function withoutDpo(controller: ContactView | null, dpo: ContactView | null): ContactView | null {
  if (controller === null || dpo === null) return controller;
  const same = (a: string | null, b: string | null): boolean => a !== null && a === b;
  return {
    ...controller,
    ...(same(controller.email, dpo.email) ? { email: null, emailUrl: null } : {}),
    ...(same(controller.phone, dpo.phone) ? { phone: null, phoneUrl: null } : {}),
  };
}

function titles(views: ActivityView[], list: ResolvedActivity[]): string {
  const ids = new Set(list.map((r) => r.located.value.id));
  return views
    .filter((v) => ids.has(v.id))
    .map((v) => v.title)
    .join('; ');
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => '-' + c.toLocaleLowerCase('en'));
}

export { activityAnchor };
