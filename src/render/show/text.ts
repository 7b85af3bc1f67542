import { relative } from 'node:path';
import { Chalk } from 'chalk';
import { t } from '../../i18n/index.js';
import { citeBasisShort, basisName, citeLaw } from '../../model/legal.js';
import { resolveLaw, type ResolvedLaw, type Ref } from '../../model/resolve.js';
import type { Contact, LocalText } from '../../model/types.js';
import { placesOf, outsideEea, subprocessorsFor } from '../../check/places.js';
import { placeText } from '../places.js';
import { terminalSafe } from '../../util/terminal.js';
import { periodWords, textIn } from '../words/index.js';
import type { ShowView } from './view.js';

/** One line of the view: its depth and its text. */
type Line = [depth: number, text: string];

/**
 * One activity for a person at a terminal: every reference replaced by what it names, every label from the
 * locale files, every text from the registry made safe for a terminal. Sections the record requires
 * (Art. 30(1)) are always shown, with «not stated» when empty, so that gaps are visible.
 */
export function showText(view: ShowView, opts: { color: boolean }): string {
  const { registry, activity: r, lang } = view;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = (key: string, args?: Record<string, string | number>): string => t(lang, `authoring.show.${key}`, args);
  const text = (v: LocalText | undefined): string | undefined => (v === undefined ? undefined : textIn(v, lang, registry.languages));
  const safe = (s: string): string => terminalSafe(s);
  const a = r.activity;
  const out: string[] = [];
  const notStated = c.dim(L('not-stated'));

  const section = (heading: string, lines: Line[], required = false): void => {
    if (lines.length === 0 && !required) return;
    out.push('', c.bold(heading));
    if (lines.length === 0) out.push(`  ${notStated}`);
    for (const [depth, s] of lines) out.push(`${'  '.repeat(depth + 1)}${s}`);
  };
  const kv = (label: string, value: string | undefined, depth = 0): Line[] =>
    value === undefined || value === '' ? [] : [[depth, `${c.dim(label + ':')} ${safe(value)}`]];
  const entry = <T>(ref: Ref<T>, name: string | undefined, extra: string[] = []): string =>
    [`${c.cyan(safe(ref.id))}`, name !== undefined ? safe(name) : '', ...extra.filter((x) => x !== '').map((x) => c.dim(`[${safe(x)}]`))]
      .filter((x) => x !== '')
      .join('  ');
  const laws = (list: readonly ResolvedLaw[]): string | undefined => (list.length === 0 ? undefined : list.map((l) => citeLaw(l, lang)).join('; '));
  const contact = (x: Contact | undefined): string | undefined =>
    x ? [x.name, text(x.role), x.email, x.phone, x.url].filter((s): s is string => s !== undefined).join(', ') : undefined;

  // Heading: id and title, then the facts about the entry itself.
  out.push(`${c.bold.cyan(safe(a.id))}  ${c.bold(safe(text(a.title) ?? ''))}`);
  const group = a.noticeGroup !== undefined ? registry.organisation?.value.noticeGroups?.[a.noticeGroup] : undefined;
  const facts: Line[] = [
    ...kv(L('status'), t(lang, `terms.status.${a.status}`)),
    ...kv(L('approval'), a.approval && t(lang, `authoring.approval.${a.approval}`)),
    ...kv(L('role'), t(lang, `terms.role.${a.role ?? 'controller'}`)),
    ...kv(L('public-authority'), a.publicAuthority === undefined ? undefined : L(a.publicAuthority ? 'public-authority-yes' : 'public-authority-no')),
    ...kv(L('notice-group'), a.noticeGroup && (group ? `${text(group.title)} (${a.noticeGroup})` : a.noticeGroup)),
    ...kv(L('responsible-unit'), text(a.responsibleUnit)),
    ...kv(L('owner'), contact(a.owner)),
    ...kv(L('file'), relative(registry.root, r.located.file.path).split('\\').join('/')),
  ];
  for (const [, s] of facts) out.push(`  ${s}`);
  const description = text(a.description);
  if (description)
    out.push(
      '',
      ...safe(description)
        .split('\n')
        .map((s) => `  ${s}`),
    );

  if (a.role === 'joint-controller' || a.jointControllers) {
    section(
      L('joint-controllers'),
      (a.jointControllers ?? []).flatMap((j): Line[] => {
        const party = registry.organisation?.value.jointControllers?.[j.controller];
        return [
          [0, entry({ id: j.controller, value: party }, party?.name)],
          ...kv(L('arrangement'), j.arrangement, 1),
          ...kv(L('responsibilities'), text(j.responsibilities), 1),
          ...kv(L('contact-point'), contact(j.contactPoint), 1),
        ];
      }),
      true,
    );
  }
  if (a.processorFor) {
    const p = a.processorFor;
    section(L('processor-for'), [
      ...p.controllers.map((x): Line => [0, safe(x.name)]),
      ...kv(L('categories-of-processing'), text(p.categoriesOfProcessing)),
      ...kv(L('agreement'), p.agreement),
    ]);
  }

  section(
    L('purposes'),
    r.purposes.flatMap((p): Line[] => [
      [0, `${c.cyan(safe(p.id))}  ${safe(text(p.description) ?? '')}`],
      ...(p.legalBasis.length === 0 ? [[1, `${c.dim(L('basis') + ':')} ${notStated}`] as Line] : []),
      ...p.legalBasis.flatMap((b): Line[] => [
        [1, `${citeBasisShort(b.gdpr, lang)}  ${basisName(b.gdpr, lang)}${b.law.length ? `  ${c.dim('–')} ${safe(laws(b.law)!)}` : ''}`],
        ...kv(L('basis-note'), text(b.note), 2),
        ...kv(L('legitimate-interest'), text(b.legitimateInterest), 2),
        ...kv(L('interest-assessment'), b.interestAssessment, 2),
        ...kv(L('consent-withdrawal'), text(b.consentWithdrawal), 2),
        ...kv(L('child-consent-age'), b.childConsentAge?.toString(), 2),
        ...kv(L('criminal-data-ground'), b.criminalDataGround && t(lang, `terms.criminal-data-ground.${b.criminalDataGround}`), 2),
        ...kv(L('section-11-condition'), b.section11Condition && t(lang, `terms.section-11-condition.${b.section11Condition}`), 2),
        ...kv(L('dpo-consulted'), b.dpoConsulted, 2),
        ...kv(L('safeguards'), text(b.safeguards), 2),
      ]),
      ...(p.researchOrStatistics ? [[1, c.dim(L('research-or-statistics'))] as Line] : []),
      ...(p.directMarketing !== undefined ? [[1, c.dim(L(p.directMarketing ? 'direct-marketing-yes' : 'direct-marketing-no'))] as Line] : []),
      ...kv(L('art89-safeguards'), p.safeguards.map((s) => text(s.value.name) ?? s.id).join('; '), 1),
      ...kv(L('data-categories'), p.dataCategories?.join(', '), 1),
    ]),
    true,
  );

  section(
    L('data-subjects'),
    r.dataSubjects.map((s): Line => [0, entry(s, text(s.value.name), [s.value.vulnerable ? L('vulnerable') : '', s.value.children ? L('children') : ''])]),
    true,
  );
  section(
    L('data-categories'),
    r.dataCategories.map((d): Line => [
      0,
      entry(d, text(d.value.name), [
        d.value.specialCategory ? L('special', { kind: t(lang, `terms.special.${d.value.specialCategory}`) }) : '',
        d.value.criminalOffence ? L('criminal') : '',
        d.value.nationalIdentifier ? L('national-id') : '',
      ]),
    ]),
    true,
  );
  section(
    L('sources'),
    r.sources.map((s): Line => [0, entry(s, text(s.value.name), [t(lang, `terms.source-type.${s.value.type}`)])]),
  );
  if (a.collection) {
    section(L('collection'), [
      ...kv(L('requirement'), t(lang, `terms.requirement.${a.collection.requirement}`)),
      ...kv(L('consequences'), text(a.collection.consequences)),
    ]);
  }
  section(
    L('recipients'),
    r.recipients === 'none'
      ? [[0, L('none')]]
      : (r.recipients ?? []).flatMap((x): Line[] => {
          const d = r.activity.disclosures?.find((y) => y.recipient === x.id);
          const lawText = d?.law?.length ? ` – ${safe(laws(d.law.map((l) => resolveLaw(registry, l)))!)}` : '';
          return [
            [0, entry(x, text(x.value.name), [t(lang, `terms.recipient-type.${x.value.type}`), x.value.country ?? ''])],
            ...kv(L('disclosure'), d && `${citeBasisShort(d.basis, lang)}  ${basisName(d.basis, lang)}${lawText}`, 1),
          ];
        }),
    true,
  );
  section(
    L('processors'),
    r.processors.flatMap((p): Line[] => [
      [0, entry(p, text(p.value.name) ?? p.id, [p.value.country ?? ''])],
      ...kv(L('service'), text(p.value.service), 1),
      ...(p.value.agreement ? kv(L('agreement'), p.value.agreement, 1) : [[1, `${c.dim(L('agreement') + ':')} ${notStated}`] as Line]),
      ...subprocessorsFor(p.value, r.activity.id).flatMap((s) =>
        kv(L('subprocessor'), [s.name, s.country, s.authorisation].filter((x) => x !== undefined).join(', '), 1),
      ),
    ]),
  );
  section(
    L('systems'),
    r.systems.map((s): Line => [0, entry(s, text(s.value.name) ?? s.id, [s.value.processor ?? '', (s.value.location ?? []).join(', ')])]),
  );
  section(
    L('transfers'),
    r.transfers === 'none'
      ? [[0, L('none')]]
      : (r.transfers ?? []).flatMap((x): Line[] => [
          [0, [safe(x.country ?? x.organisation ?? L('no-destination')), x.party ? c.cyan(safe(x.party.id)) : ''].filter((s) => s !== '').join('  ')],
          ...kv(L('mechanism'), x.mechanism && t(lang, `terms.mechanism.${x.mechanism}`), 1),
          ...(x.dpfCertified ? [[1, L('dpf-certified')] as Line] : x.dpfCertified === false ? [[1, L('dpf-not-certified')] as Line] : []),
          ...kv(L('recipient-type'), x.recipientType && t(lang, `terms.recipient-type.${x.recipientType}`), 1),
          ...kv(L('reference'), x.reference, 1),
          ...kv(L('safeguards'), text(x.safeguards), 1),
          ...kv(L('subjects-informed'), x.informed?.dataSubjects === undefined ? undefined : L(x.informed.dataSubjects ? 'yes' : 'no'), 1),
          ...kv(L('authority-informed'), x.informed?.supervisoryAuthority, 1),
        ]),
    true,
  );
  const outside = placesOf(r).filter((p) => outsideEea(p, view.eea));
  if (outside.length > 0)
    section(
      L('outside-eea'),
      outside.map((p): Line => [0, safe(placeText(p, lang))]),
    );

  section(
    L('retention'),
    r.retention.flatMap((x): Line[] => [
      [0, x.categories.length > 0 ? x.categories.map((k) => c.cyan(safe(k.id))).join(', ') : L('all-categories')],
      ...kv(L('policy'), x.policy && x.policy.id, 1),
      ...kv(L('period'), x.period && periodWords(x.period, lang), 1),
      ...kv(L('trigger'), text(x.trigger), 1),
      ...(x.permanent ? [[1, L('permanent')] as Line] : []),
      ...kv(L('end-action'), x.endAction && t(lang, `terms.end-action.${x.endAction}`), 1),
      ...kv(L('archive'), text(x.archive), 1),
      ...kv(L('law'), laws(x.law), 1),
      ...kv(L('retention-description'), text(x.description), 1),
    ]),
    true,
  );
  section(
    L('security-measures'),
    r.securityMeasures.map((m): Line => [0, entry(m, text(m.value.name), [t(lang, `terms.measure-type.${m.value.type}`)])]),
    true,
  );

  if (a.dpia) {
    const d = a.dpia;
    section(L('dpia'), [
      ...kv(L('status'), d.status && t(lang, `terms.dpia.${d.status}`)),
      ...kv(L('reason'), text(d.reason)),
      ...kv(L('reference'), d.reference),
      ...kv(L('date'), d.date),
      ...kv(L('high-risk'), d.highRisk === undefined ? undefined : L(d.highRisk ? 'yes' : 'no')),
      ...kv(L('residual-risk'), d.residualRisk && L(`risk-${d.residualRisk}`)),
      ...kv(
        L('prior-consultation'),
        d.priorConsultation && [d.priorConsultation.date, d.priorConsultation.reference].filter((s) => s !== undefined).join(', '),
      ),
    ]);
  }
  if (a.automatedDecisions) {
    const d = a.automatedDecisions;
    section(L('automated-decisions'), [
      ...kv(L('used'), L(d.used ? 'yes' : 'no')),
      ...kv(L('profiling'), d.profiling === undefined ? undefined : L(d.profiling ? 'yes' : 'no')),
      ...kv(L('human-review'), d.humanReview && L(`human-review-${d.humanReview}`)),
      ...kv(L('logic'), text(d.logic)),
      ...kv(L('significance'), text(d.significance)),
    ]);
  }
  if (a.information) {
    section(L('information'), [
      ...kv(L('method'), a.information.method.map((m) => L(`method-${m}`)).join(', ')),
      ...kv(L('notice'), a.information.notice),
      ...kv(L('note'), text(a.information.note)),
    ]);
  }
  section(
    L('rights-restrictions'),
    (a.rightsRestrictions ?? []).flatMap((x): Line[] => [
      [0, t(lang, `terms.right.${x.right}`)],
      ...kv(L('gdpr'), x.gdpr, 1),
      ...kv(L('law'), x.law && laws(x.law.map((l) => resolveLaw(registry, l))), 1),
      ...kv(L('note'), text(x.note), 1),
    ]),
  );
  section(L('review'), [
    ...kv(L('last-reviewed'), a.review?.lastReviewed),
    ...kv(L('reviewed-by'), a.review?.reviewedBy),
    ...kv(L('next-review'), a.review?.nextReview),
  ]);
  section(
    L('accepted-gaps'),
    (a.acceptedGaps ?? []).flatMap((g): Line[] => [
      [0, c.cyan(safe(g.rule))],
      ...kv(L('reason'), text(g.reason), 1),
      ...kv(L('accepted-by'), g.acceptedBy, 1),
      ...kv(L('expires'), g.expires, 1),
    ]),
  );
  return out.join('\n') + '\n';
}
