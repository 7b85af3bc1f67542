import type { Lang } from '../../i18n/index.js';
import type { Located, Registry } from '../../model/registry.js';
import { resolveActivity, resolveLaw, type ResolvedActivity } from '../../model/resolve.js';
import type { Organisation, Right, SourceType } from '../../model/types.js';
import { activityView, isConsent, namedEntry } from './activity.js';
import { addressLines, BuildContext, reachable } from './context.js';
import { MissingCollector, type MissingItem } from './missing.js';
import type { ActivityView, GroupView, NamedView, NoticeFormat, NoticeView, SourceTypeView, TocEntry } from './view.js';
import { capitalise, countryName, dateWords, lawList } from './words.js';

export interface NoticeOptions {
  lang: Lang;
  format: NoticeFormat;
  draft: boolean;
  /** YYYY-MM-DD; overrides organisation.notice.lastUpdated. */
  date?: string;
}

export interface BuiltNotice {
  view: NoticeView;
  /** Everything the registry lacks; the mandatory ones stop a notice that is not a draft. */
  missing: MissingItem[];
}

/** Fixed words the templates use, by the name they have in `labels` (see docs/notice.md). */
export const LABELS = [
  'contents', 'controller', 'purposes', 'sources', 'security', 'disclosure', 'measures', 'processors', 'transfers',
  'rights', 'restrictions', 'consent', 'automated', 'contact', 'missing', 'draftBanner', 'draftNote', 'lastUpdated',
  'publishedAt', 'lawsIntro', 'responsible', 'organisationNumber', 'postalAddress', 'visitingAddress', 'email',
  'phone', 'web', 'dpo', 'representative', 'purposesAndBasis', 'legalBasis', 'legitimateInterest', 'consentWithdrawal',
  'safeguards', 'dataSubjects', 'categories', 'sourcesOfActivity', 'collection', 'recipients', 'processorsOfActivity',
  'transfersOfActivity', 'retention', 'restrictionsOfActivity', 'automatedOfActivity', 'logic', 'significance',
  'profiling', 'jointControllers', 'recipient', 'mechanism', 'dpfCertified',
  'reference', 'mandatory', 'optional', 'missingIntro', 'skip', 'law', 'specialCondition', 'criminalBasis',
] as const;

const SOURCE_TYPES: readonly SourceType[] = ['public-register', 'other-controller', 'publicly-available', 'data-subject', 'device', 'internal'];
const RIGHTS: readonly Right[] = ['information', 'access', 'rectification', 'erasure', 'restriction', 'notification', 'portability', 'objection', 'automated-decision'];
const STANDARD_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'] as const;

/**
 * The public privacy notice (Art. 13 and 14) as a view model: registry in, words out. Activities
 * that are active and where the organisation is controller or joint controller are described;
 * planned and retired ones, and work done as a processor for others, are not the organisation's
 * notice to give.
 */
export function buildNoticeView(registry: Registry, opts: NoticeOptions): BuiltNotice {
  const located = registry.organisation;
  if (!located) throw new Error('notice: the registry has no organisation file');
  const org = located.value;
  const orgFile = located.file;
  const missing = new MissingCollector(opts.lang, opts.draft);
  const ctx = new BuildContext(registry, opts.lang, missing);
  const name = ctx.text(org.name, orgFile, '/name') ?? '';

  const included = registry.activities
    .filter((a) => a.value.status === 'active' && a.value.role !== 'processor')
    .map((a) => resolveActivity(registry, a));

  const dateIso = opts.date ?? org.notice?.lastUpdated ?? null;
  const intro = ctx.paragraphs(org.notice?.introduction, orgFile, '/notice/introduction');
  const dpoRequired = org.publicAuthority || org.coreActivities?.largeScaleMonitoring === true || org.coreActivities?.largeScaleSpecialCategories === true;

  // Gaps are numbered in the order the notice shows them: date, controller, purposes and activities, the rest.
  const date = dateIso !== null ? dateWords(dateIso, opts.lang) : null;
  const dateMissing = dateIso === null ? missing.note('last-updated', orgFile, '/notice/lastUpdated') : null;
  const controller = {
    name,
    shortName: org.shortName ?? null,
    statement: ctx.w('controller.statement', { name: org.shortName !== undefined ? `${name} (${org.shortName})` : name }),
    responsible: ctx.text(org.responsible, orgFile, '/responsible'),
    organisationNumber: org.organisationNumber ?? null,
    address: addressLines(org.address),
    visitingAddress: addressLines(org.visitingAddress),
    contact: org.contact || org.address ? ctx.contact({ ...org.contact, ...(org.address && !org.contact?.address ? { address: org.address } : {}) }, orgFile, '/contact') : null,
    contactMissing: org.address === undefined && !reachable(org.contact) ? missing.note('controller-contact', orgFile, '/contact') : null,
  };
  const dpo = reachable(org.dpo) || (org.dpo && !dpoRequired) ? ctx.contact(org.dpo, orgFile, '/dpo') : null;
  const dpoMissing = dpoRequired && !reachable(org.dpo) ? missing.note('dpo-contact', orgFile, '/dpo') : null;
  const groups = groupViews(ctx, included, located);
  const activities = groups.flatMap((g) => g.activities);
  const byId = new Map(included.map((r) => [r.located.value.id, r]));
  const ordered = activities.map((v) => byId.get(v.id)!);

  const sources = sourceViews(ctx, ordered);
  const security = {
    text: ctx.paragraphs(org.notice?.security, orgFile, '/notice/security'),
    disclosure: ctx.paragraphs(org.notice?.disclosure, orgFile, '/notice/disclosure'),
    measures: unique(ordered.flatMap((r) => [...r.securityMeasures.map((m) => m.id), ...r.purposes.flatMap((p) => p.safeguards.map((s) => s.id))])).map(
      (id): NamedView => namedEntry(ctx, 'securityMeasures', id),
    ),
  };
  const processors = unique(ordered.flatMap((r) => r.processors.map((p) => p.id))).map((id) => {
    const entry = registry.catalogues.processors.get(id)!;
    return {
      name: entry.value.name,
      service: ctx.text(entry.value.service, entry.file, `${entry.pointer}/service`),
      country: entry.value.country !== undefined ? countryName(entry.value.country, opts.lang) : null,
    };
  });
  const transfers = transferSection(ctx, ordered, activities);
  const rights = rightsSection(ctx, org, orgFile, activities, ordered);
  const consent = consentSection(ctx, activities);
  const automated = automatedSection(ctx, ordered, activities);
  const sa = org.supervisoryAuthority;
  const authority = sa?.name ?? ctx.w('complaint.default-authority');
  const complaintUrl = sa?.complaintUrl ?? sa?.url;
  const complaint = {
    heading: ctx.w('heading.complaint', { authority }),
    text: ctx.w('complaint.text', { authority }),
    link: complaintUrl !== undefined ? { text: ctx.w('complaint.link', { authority }), url: complaintUrl } : null,
    missing: sa === undefined ? missing.note('supervisory-authority', orgFile, '/supervisoryAuthority') : null,
  };

  const sections = {
    sources: sources.length > 0,
    security: security.text.length + security.disclosure.length + security.measures.length > 0,
    processors: processors.length > 0,
    transfers: transfers.items.length > 0 || transfers.none !== null || transfers.unstatedMissing !== null,
    restrictions: rights.restrictions.length > 0,
    consent: consent !== null,
    automated: automated.activities.length > 0 || automated.none !== null || automated.unstatedMissing !== null,
    missing: opts.draft && missing.items.length > 0,
  };
  const labels = Object.fromEntries(LABELS.map((l) => [l, ctx.w(`label.${kebab(l)}`)]));
  const view: NoticeView = {
    lang: opts.lang,
    format: opts.format,
    draft: opts.draft,
    labels,
    title: ctx.w('title', { name }),
    date,
    dateIso,
    dateMissing,
    url: org.notice?.url ?? null,
    intro: {
      text: intro.length > 0 ? intro : [ctx.w('intro.default', { name })],
      definitions: [ctx.w('intro.personal-data'), ctx.w('intro.processing')],
      laws: (org.notice?.laws ?? []).flatMap((id) => {
        const law = registry.catalogues.laws.get(id);
        if (!law) return [];
        return [{
          name: ctx.text(law.value.title, law.file, `${law.pointer}/title`) ?? id,
          fullName: ctx.text(law.value.fullTitle, law.file, `${law.pointer}/fullTitle`),
          url: law.value.url ?? null,
        }];
      }),
    },
    sections,
    toc: toc(labels, sections, groups, complaint.heading),
    controller,
    dpo,
    dpoMissing,
    representative: org.representative
      ? { name: org.representative.name, contact: ctx.contact(org.representative.contact, orgFile, '/representative/contact') }
      : null,
    groups,
    sources,
    security,
    processors,
    transfers,
    rights,
    consent,
    automated,
    complaint,
    contact: { text: ctx.w('contact.text'), dpo, controller: controller.contact },
    missing: [],
  };
  view.missing = missing.view(registry.root);
  return { view, missing: missing.items };
}

/** The notice groups in the organisation's order, each with its active activities (by id); empty groups are left out. */
function groupViews(ctx: BuildContext, included: ResolvedActivity[], org: Located<Organisation>): GroupView[] {
  const declared = Object.entries(org.value.noticeGroups ?? {});
  const grouped = new Map<string, ResolvedActivity[]>();
  const ungrouped: ResolvedActivity[] = [];
  for (const r of included) {
    const g = r.located.value.noticeGroup;
    if (g !== undefined && Object.hasOwn(org.value.noticeGroups ?? {}, g)) grouped.set(g, [...(grouped.get(g) ?? []), r]);
    else ungrouped.push(r);
  }
  const make = (id: string, title: string, description: string[], list: ResolvedActivity[]): GroupView => {
    const activities: ActivityView[] = list.map((r) => activityView(ctx, r, org.value));
    return { id, anchor: `group-${id}`, title, description, purposes: activities.flatMap((a) => a.purposes.map((p) => p.text)), activities, titleMissing: null };
  };
  const groups = declared.flatMap(([id, g]) => {
    const list = grouped.get(id);
    if (!list) return [];
    const ptr = `/noticeGroups/${id}`;
    return [make(id, ctx.text(g.title, org.file, `${ptr}/title`) ?? id, ctx.paragraphs(g.description, org.file, `${ptr}/description`), list)];
  });
  if (ungrouped.length > 0) {
    // Without groups the notice has one list of purposes; with groups, an activity without one is a gap.
    const group = make(declared.length > 0 ? 'other' : 'all', ctx.w(declared.length > 0 ? 'group.other' : 'group.all'), [], ungrouped);
    if (declared.length > 0) {
      const notes = ungrouped.map((r, i) => ctx.missing.note('notice-group', r.located.file, '/noticeGroup', { activity: group.activities[i]!.title }, r.located.value.id));
      group.titleMissing = notes[0] ?? null;
    }
    groups.push(group);
  }
  return groups;
}

/** Where the data comes from (Art. 14(2)(f)), by kind of source. */
function sourceViews(ctx: BuildContext, ordered: ResolvedActivity[]): SourceTypeView[] {
  const ids = unique(ordered.flatMap((r) => r.sources.map((s) => s.id)));
  return SOURCE_TYPES.flatMap((type) => {
    const sources = ids.flatMap((id) => {
      const entry = ctx.registry.catalogues.sources.get(id)!;
      const s = entry.value;
      if (s.type !== type) return [];
      // Whether a source is publicly accessible only needs saying for sources held by others.
      const asks = type === 'public-register' || type === 'other-controller';
      const access = s.publiclyAccessible === true || type === 'publicly-available' ? ctx.w('source.public') : s.publiclyAccessible === false ? ctx.w('source.not-public') : null;
      return [{
        name: ctx.entryName('sources', id),
        description: ctx.text(s.description, entry.file, `${entry.pointer}/description`),
        controller: s.controller !== undefined && s.controller !== ctx.entryName('sources', id) ? s.controller : null,
        law: s.law && s.law.length > 0 ? lawList(s.law.map((l) => resolveLaw(ctx.registry, l)), ctx.lang) : null,
        access,
        accessMissing: asks && access === null ? ctx.missing.note('source-access', entry.file, `${entry.pointer}/publiclyAccessible`, { source: ctx.entryName('sources', id) }) : null,
      }];
    });
    return sources.length > 0 ? [{ type, heading: ctx.w(`source-type.${type}`), sources }] : [];
  });
}

function transferSection(ctx: BuildContext, ordered: ResolvedActivity[], views: ActivityView[]): NoticeView['transfers'] {
  const items = views.flatMap((v) => v.transfers.map((tr) => ({ ...tr, activity: v.title, activityAnchor: v.anchor })));
  const unstated = ordered.filter((r) => r.transfers === undefined);
  const first = unstated[0];
  return {
    items,
    none: ordered.length > 0 && ordered.every((r) => r.transfers === 'none') ? ctx.w('transfers.none-all') : null,
    unstatedMissing: first
      ? ctx.missing.note('transfers-unstated', first.located.file, '/transfers', { count: unstated.length, activities: titles(views, unstated) })
      : null,
  };
}

function rightsSection(ctx: BuildContext, org: Organisation, orgFile: Located<Organisation>['file'], views: ActivityView[], ordered: ResolvedActivity[]): NoticeView['rights'] {
  const restrictions = RIGHTS.flatMap((right) => {
    const items = ordered.flatMap((r, i) =>
      (r.located.value.rightsRestrictions ?? []).flatMap((rr, j) =>
        rr.right === right ? [{ activity: views[i]!.title, activityAnchor: views[i]!.anchor, citation: views[i]!.restrictions[j]!.citation }] : [],
      ),
    );
    return items.length > 0 ? [{ right: capitalise(ctx.term(`right.${right}`)), items }] : [];
  });
  return {
    intro: ctx.w('rights.intro'),
    list: STANDARD_RIGHTS.map((r) => ctx.w(`rights.item.${r}`)),
    how: ctx.w('rights.how'),
    extra: ctx.paragraphs(org.notice?.rights, orgFile, '/notice/rights'),
    restrictionsIntro: restrictions.length > 0 ? ctx.w('rights.restrictions-intro') : null,
    restrictions,
  };
}

/** Art. 7(3), 13(2)(c), 14(2)(d): consent can be withdrawn, and how. */
function consentSection(ctx: BuildContext, views: ActivityView[]): NoticeView['consent'] {
  const withConsent = views.filter((v) => v.purposes.some((p) => p.bases.some((b) => isConsent(b.code))));
  if (withConsent.length === 0) return null;
  return {
    text: ctx.w('consent.text'),
    activities: withConsent.map((v) => {
      const bases = v.purposes.flatMap((p) => p.bases.filter((b) => isConsent(b.code)));
      const how = unique(bases.flatMap((b) => (b.consentWithdrawal !== null ? [b.consentWithdrawal] : [])));
      return { title: v.title, anchor: v.anchor, how: how.length > 0 ? how.join(' ') : null, howMissing: bases.find((b) => b.consentWithdrawalMissing)?.consentWithdrawalMissing ?? null };
    }),
  };
}

/** Art. 13(2)(f), 14(2)(g): automated decisions and profiling. */
function automatedSection(ctx: BuildContext, ordered: ResolvedActivity[], views: ActivityView[]): NoticeView['automated'] {
  const used = views.filter((v) => v.automated !== null);
  const unstated = ordered.filter((r) => r.located.value.automatedDecisions === undefined);
  const first = unstated[0];
  return {
    none: used.length === 0 && unstated.length === 0 && ordered.length > 0 ? ctx.w('automated.none') : null,
    activities: used.map((v) => ({ title: v.title, anchor: v.anchor, logic: v.automated!.logic, significance: v.automated!.significance })),
    unstatedMissing: first
      ? ctx.missing.note('automated-unstated', first.located.file, '/automatedDecisions', { count: unstated.length, activities: titles(views, unstated) })
      : null,
  };
}

function toc(labels: Record<string, string>, sections: NoticeView['sections'], groups: GroupView[], complaintHeading: string): TocEntry[] {
  const entry = (anchor: string, text: string, children: TocEntry[] = []): TocEntry => ({ anchor, text, children });
  return [
    entry('controller', labels.controller!),
    entry('purposes', labels.purposes!, groups.map((g) => entry(g.anchor, g.title))),
    ...(sections.sources ? [entry('sources', labels.sources!)] : []),
    ...(sections.security ? [entry('security', labels.security!)] : []),
    ...(sections.processors ? [entry('processors', labels.processors!)] : []),
    ...(sections.transfers ? [entry('transfers', labels.transfers!)] : []),
    entry('rights', labels.rights!, [
      ...(sections.restrictions ? [entry('restrictions', labels.restrictions!)] : []),
      ...(sections.consent ? [entry('consent', labels.consent!)] : []),
    ]),
    ...(sections.automated ? [entry('automated', labels.automated!)] : []),
    entry('complaint', complaintHeading),
    entry('contact', labels.contact!),
    ...(sections.missing ? [entry('missing', labels.missing!)] : []),
  ];
}

function titles(views: ActivityView[], list: ResolvedActivity[]): string {
  const ids = new Set(list.map((r) => r.located.value.id));
  return views.filter((v) => ids.has(v.id)).map((v) => v.title).join('; ');
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
