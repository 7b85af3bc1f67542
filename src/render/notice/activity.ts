import type { MessageArgs } from '../../model/finding.js';
import { basisName as termName, citeBasis, citeLaw } from '../../model/legal.js';
import type { Located } from '../../model/registry.js';
import {
  isArt10,
  isArt6,
  isArt9Condition,
  resolveLaw,
  type ResolvedActivity,
  type ResolvedLaw,
  type ResolvedPurpose,
  type ResolvedRetention,
  type ResolvedTransfer,
} from '../../model/resolve.js';
import type { Activity, Organisation, RightsRestriction } from '../../model/types.js';
import { afterEvent, capitalise, countryName, durationWords, endsSentence, joinList, sentence, untilEvent, withoutStop } from '../words/index.js';
import type { BuildContext } from './context.js';
import { restates } from './said.js';
import type { MissingId } from './missing.js';
import type { ActivityView, Cell, CellItem, Fact, FactItem, Placeholder, Ref } from './view.js';
import { gdprArticle, lawList } from './words.js';
import { isConsent, providedByPerson } from '../../check/facts.js';
import { activityExempt, categoryExempt, claimsExpression, expressionExempt } from '../../check/journalism.js';

/** Bases that need a supplementary law setting the purpose (Art. 6(3), 9(2)(b), (g)-(j), 10). */
const NEEDS_LAW = new Set(['A6-1-c', 'A6-1-e', 'A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j', 'A10']);
/** Art. 9(2)(b) may rest on a collective agreement and 9(2)(h) on a contract with a health professional, instead of a law. */
const AGREEMENT_SUFFICES = new Set(['A9-2-b', 'A9-2-h']);

export const activityAnchor = (id: string): string => `activity-${id}`;
export const retentionAnchor = (id: string): string => `retention-${id}`;

/** Notes a gap of one activity, with the activity's title in the message. */
type Note = (id: MissingId, pointer: string, args?: MessageArgs) => Placeholder | null;

/** What the builder needs to refer to shared statements. */
export interface SharedRefs {
  /** A retention policy's section entry. */
  retention(id: string): Ref;
  /** A legal basis (the provision and the supplementary laws a purpose of `activity` cites), cited in full once in its section. */
  basis(code: string, laws: readonly ResolvedLaw[], activity: string): Ref;
  /** The rights exceptions that apply to this activity, said in the rights section. */
  exceptions: Ref;
  sources: Ref;
  processors: Ref;
  transfers: Ref;
}

/** What an activity's consent bases say about withdrawal, for the consent section. */
export interface ConsentInfo {
  how: string | null;
  howMissing: Placeholder | null;
}

const some = (xs: readonly (Placeholder | null)[]): Placeholder[] => xs.filter((x): x is Placeholder => x !== null);

function fact(kind: string, label: string, text: string | null, more: Partial<Pick<Fact, 'ref' | 'items' | 'missing'>> = {}): Fact {
  return { kind, label, question: /\?\s*$/.test(label), text, ref: more.ref ?? null, items: more.items ?? [], missing: more.missing ?? [] };
}

function item(text: string | null, ref: Ref | null = null, missing: Placeholder[] = []): FactItem {
  return { text, ref, missing };
}

/** One activity of the notice: every Art. 13/14 item worded once, every gap noted. */
export function activityView(
  ctx: BuildContext,
  r: ResolvedActivity,
  org: Organisation,
  refs: SharedRefs,
  extra: { approval: string | null; blockers: string[]; transfersAllStated?: boolean; layered?: boolean; pages?: boolean; format?: string },
): { view: ActivityView; consent: ConsentInfo | null; restricted: boolean; transfers: FactItem[] } {
  const { file, value: a } = r.located;
  // The first document of a layered notice leaves who, which data, sources, recipients and systems to
  // the activity's page: they are not worded here (so not counted as said), but their gaps are noted.
  const layered = extra.layered === true;
  const transfers: FactItem[] = [];
  const title = ctx.text(a.title, file, '/title') ?? a.id;
  // Most notes have no words of their own: no empty object made and spread for them (a note per gap of 10,000 activities).
  const note: Note = (id, pointer, args) => ctx.missing.note(id, file, pointer, args === undefined ? { activity: title } : { activity: title, ...args }, a.id);
  const label = (key: string): string => ctx.w(`label.${key}`);
  const facts: Fact[] = [];
  const description = ctx.said.freshParagraphs(ctx.paragraphs(a.description, file, '/description'));
  const noticeText = ctx.said.freshParagraphs(ctx.paragraphs(a.noticeText, file, '/noticeText'));

  // personopplysningsloven § 3 (src/check/journalism.ts, as the gap rules read it): for journalistic (or academic,
  // artistic, literary) expression Arts. 9, 10, 5(1)(e) and 13-14 do not apply, so the notice owes nothing for it.
  const expression = r.purposes.some((p) => claimsExpression(p, ctx.reference));
  const exemptPurposes = expression ? r.purposes.filter((p) => expressionExempt(p, ctx.reference)) : [];
  const exempt = expression && activityExempt(r, ctx.reference);
  const owed = (c: { id: string }): boolean => exemptPurposes.length === 0 || !categoryExempt(r, c.id, ctx.reference);
  // Purposes, each with links to its legal bases (cited in full once, in their own section).
  const consentHow: string[] = [];
  const consentMissing: Placeholder[] = [];
  const purposeItems = r.purposes.map((p, i) =>
    purposeItem(ctx, r.located, p, i, exemptPurposes.includes(p) ? () => null : note, refs, consentHow, consentMissing, title),
  );
  const codes = r.purposes.flatMap((p) => p.legalBasis.map((b) => b.gdpr));
  const specials = r.specialCategories.filter(owed);
  const purposes: Cell = {
    text: null,
    items: purposeItems,
    missing: some([
      purposeItems.length === 0 ? note('purposes', '/purposes') : null,
      specials.length > 0 && !codes.some(isArt9Condition)
        ? note('special-category-condition', '/purposes', {
            categories: joinList(
              ctx.listNames(
                'dataCategories',
                specials.map((c) => c.id),
              ),
              ctx.lang,
            ),
          })
        : null,
      r.criminalOffenceData.some(owed) && !codes.some(isArt10) ? note('criminal-offence-basis', '/purposes') : null,
    ]),
  };
  if (exemptPurposes.length > 0) {
    const which = exempt
      ? null
      : joinList(
          exemptPurposes.map((p) =>
            ctx.w('basis.activity', {
              title: withoutStop(capitalise(ctx.text(p.description, file, `/purposes/${r.purposes.indexOf(p)}/description`) ?? p.id)),
            }),
          ),
          ctx.lang,
        );
    const full = ctx.w(exempt ? 'expression.exempt' : 'expression.exempt-purposes', which !== null ? { purposes: which } : {});
    // Said in full once; at every further activity, short.
    facts.push(
      fact(
        'expression',
        ctx.w('expression.label'),
        ctx.said.fresh(full) ?? ctx.w(exempt ? 'expression.again' : 'expression.again-purposes', which !== null ? { purposes: which } : {}),
      ),
    );
  }

  // Whose data, and which: the names in the table; a description, at its first mention, under it.
  const methods = a.information?.method ?? [];
  // The same test as the gap rule notice-mandatory: only data the person gives asks Art. 13(2)(e).
  const fromPerson = providedByPerson(r);
  const onlyFromPerson = methods.length > 0 && methods.every((m) => m === 'art13');
  const obtainedElsewhere = r.sources.some((s) => s.value.type !== 'data-subject') || (r.sources.length === 0 && !onlyFromPerson);
  const subjects = layered
    ? []
    : described(
        ctx,
        'dataSubjects',
        r.dataSubjects.map((s) => s.id),
      );
  const categories = layered
    ? null
    : categoriesText(
        ctx,
        r.dataCategories.map((c) => c.id),
      );
  const subjectNames =
    subjects.length > 0
      ? capitalise(
          joinList(
            ctx.listNames(
              'dataSubjects',
              r.dataSubjects.map((d) => d.id),
            ),
            ctx.lang,
          ),
        )
      : null;
  const data: Cell = {
    text:
      subjectNames !== null && categories !== null
        ? ctx.w('cell.subjects-data', { subjects: subjectNames, data: categories })
        : (subjectNames ?? (categories !== null ? capitalise(categories) : null)),
    items: [],
    missing: some([r.dataCategories.length === 0 && obtainedElsewhere && !exempt ? note('data-categories', '/dataCategories') : null]),
  };
  if (subjects.some((d) => d.description !== null)) facts.push(describedFact('dataSubjects', label('data-subjects'), subjects));

  const sources: Cell = {
    text:
      r.sources.length > 0 && !layered
        ? joinList(
            r.sources.map((s) => ctx.entryName('sources', s.id)),
            ctx.lang,
          )
        : null,
    items: [],
    missing: some([r.sources.length === 0 && !onlyFromPerson && !exempt ? note('sources', '/sources') : null]),
  };

  // Who gets the data: recipients, then processors.
  const recipientList =
    Array.isArray(r.recipients) && !layered
      ? described(
          ctx,
          'recipients',
          r.recipients.map((x) => x.id),
        )
      : [];
  const processorNames =
    r.processors.length > 0 && !layered
      ? ctx.w('cell.processors', {
          label: label('processors-of-activity'),
          processors: joinList(
            r.processors.map((p) => ctx.entryName('processors', p.id)),
            ctx.lang,
          ),
        })
      : null;
  const recipientText = layered
    ? null
    : Array.isArray(r.recipients)
      ? capitalise(
          joinList(
            recipientList.map((d) => d.name),
            ctx.lang,
          ),
        )
      : r.recipients === 'none'
        ? ctx.w('recipients.none')
        : null;
  // The processors are the cell's one item, so that a group whose activities share them can say so once.
  const recipients: Cell = {
    text: recipientText !== null && recipientText.length > 0 ? recipientText + (processorNames !== null && !endsSentence(recipientText) ? '.' : '') : null,
    items: processorNames !== null ? [{ text: processorNames, refs: [], note: null, missing: [] }] : [],
    missing: some([r.recipients === undefined && !exempt ? note('recipients', '/recipients') : null]),
  };
  if (recipientList.some((d) => d.description !== null)) facts.push(describedFact('recipients', label('recipients'), recipientList));

  const collection = a.collection;
  const collectionMissing = fromPerson && !collection && !exempt ? note('collection', '/collection') : null;
  if (collection || collectionMissing) {
    const consequences = ctx.said.fresh(ctx.text(collection?.consequences, file, '/collection/consequences'));
    facts.push(
      fact(
        'collection',
        label('collection'),
        // Voluntary with the organisation's words on what follows: «Nei.» answers the question, and they say the rest («Nei. Deltakelse er frivillig; …»).
        collection
          ? [ctx.w(`collection.${collection.requirement === 'voluntary' && consequences !== null ? 'voluntary-short' : collection.requirement}`), consequences]
              .filter((x) => x !== null)
              .join(' ')
          : null,
        {
          missing: some([
            collectionMissing,
            collection && collection.requirement !== 'voluntary' && collection.consequences === undefined && !exempt
              ? note('collection-consequences', '/collection/consequences')
              : null,
          ]),
        },
      ),
    );
  }
  // Where the data is kept: the systems by name in the retention cell; a description, at its first mention, under the table.
  const systems = layered ? [] : described(ctx, 'systems', a.systems ?? []);
  if (systems.some((d) => d.description !== null)) facts.push(describedFact('systems', label('systems'), systems));
  if (r.transfers === 'none' && extra.transfersAllStated !== true) facts.push(fact('transfers', label('transfers-of-activity'), ctx.w('transfers.none')));
  if (Array.isArray(r.transfers) && r.transfers.length > 0) {
    // Said in full in the transfers section; here the destinations and a link.
    const items = r.transfers.map((tr, i) => transferItem(ctx, r.located, tr, i, note));
    const destinations = r.transfers.flatMap((tr) =>
      tr.country !== undefined ? [countryName(tr.country, ctx.lang)] : tr.organisation !== undefined ? [tr.organisation] : [],
    );
    facts.push(
      fact('transfers', label('transfers-of-activity'), destinations.length > 0 ? joinList([...new Set(destinations)], ctx.lang) : null, {
        ref: refs.transfers,
        items: [],
        missing: items.flatMap((x) => x.missing),
      }),
    );
    transfers.push(...items);
  }

  // Where and how long.
  const retention = retentionCell(ctx, r, refs, note, owed);
  if (systems.length > 0)
    retention.text = ctx.w('cell.systems', {
      systems: joinList(
        systems.map((d) => d.name),
        ctx.lang,
      ),
    });

  // Rights: the exceptions are said in the rights section, which names the activities.
  const restricted = (a.rightsRestrictions ?? []).length > 0 || objectionLimited(r);
  if (a.automatedDecisions?.used) {
    const ad = a.automatedDecisions;
    const text = [
      ctx.said.fresh(ctx.text(ad.logic, file, '/automatedDecisions/logic')),
      ctx.said.fresh(ctx.text(ad.significance, file, '/automatedDecisions/significance')),
      ad.profiling ? label('profiling') : null,
      ...automatedException(ctx, ad),
    ]
      .filter((x) => x !== null)
      .join(' ');
    facts.push(
      fact('automated', label('automated-of-activity'), text.length > 0 ? text : null, {
        missing: some([ad.logic === undefined || ad.significance === undefined ? note('automated-logic', '/automatedDecisions') : null]),
      }),
    );
  }
  const joint = jointFact(ctx, r.located, org, note, label('joint-controllers'));
  if (joint) facts.push(joint);
  const info = ctx.said.fresh(ctx.text(a.information?.note, file, '/information/note'));
  if (info !== null) facts.push(fact('information', label('information'), info));

  const withConsent = r.purposes.some((p) => p.legalBasis.some((b) => isConsent(b.gdpr)));
  const details = extra.approval !== null || extra.blockers.length > 0 || description.length > 0 || noticeText.length > 0 || facts.length > 0;
  return {
    view: {
      id: a.id,
      anchor: activityAnchor(a.id),
      title,
      page: layered && extra.pages === true ? `${activityAnchor(a.id)}.${extra.format ?? 'md'}` : null,
      pageMissing: layered ? [...data.missing, ...sources.missing, ...recipients.missing] : [],
      cells: {
        purposes: punctuated(purposes),
        data: punctuated(data),
        sources: punctuated(sources),
        recipients: punctuated(recipients),
        retention: punctuated(retention),
      },
      detailsAnchor: `${activityAnchor(a.id)}-details`,
      details,
      detailsHeading: true,
      approval: extra.approval,
      blockers: extra.blockers,
      description,
      noticeText,
      purposes: r.purposes.map((p, i) => ({ id: p.id, text: capitalise(ctx.text(p.description, file, `/purposes/${i}/description`) ?? p.id) })),
      facts,
    },
    consent: withConsent ? { how: consentHow.length > 0 ? [...new Set(consentHow)].join(' ') : null, howMissing: consentMissing[0] ?? null } : null,
    restricted,
    transfers,
  };
}

/**
 * Art. 21(6): for research or statistics the right to object does not apply where the processing
 * is necessary for a task carried out in the public interest.
 */
export function objectionLimited(r: ResolvedActivity): boolean {
  if ((r.located.value.rightsRestrictions ?? []).some((rr) => rr.right === 'objection')) return false;
  return r.purposes.some((p) => p.researchOrStatistics === true && p.legalBasis.some((b) => b.gdpr === 'A6-1-e'));
}

function purposeItem(
  ctx: BuildContext,
  located: Located<Activity>,
  p: ResolvedPurpose,
  i: number,
  noteActivity: Note,
  refs: SharedRefs,
  consentHow: string[],
  consentMissing: Placeholder[],
  activityTitle: string,
): CellItem {
  const file = located.file;
  const text = ctx.text(p.description, file, `/purposes/${i}/description`) ?? p.id;
  const note: Note = (id, pointer, args) => noteActivity(id, pointer, args === undefined ? { purpose: text } : { purpose: text, ...args });
  const bases: Ref[] = [];
  const notes: string[] = [];
  const missing: (Placeholder | null)[] = [];
  const consentAt = p.legalBasis.flatMap((b, j) => (isConsent(b.gdpr) ? [j] : []));
  // The age from which a child consents alone, said once per purpose as the person needs it: the lowest its consent records.
  const childAges = consentAt.flatMap((j) => (p.legalBasis[j]!.childConsentAge !== undefined ? [p.legalBasis[j]!.childConsentAge!] : []));
  p.legalBasis.forEach((b, j) => {
    const ptr = `/purposes/${i}/legalBasis/${j}`;
    // Art. 9(1), the prohibition, is not a condition: it is never printed as a basis.
    if (b.gdpr === 'A9-1') {
      missing.push(note('special-category-condition', `${ptr}/gdpr`, { categories: ctx.w('category.prohibition-cited') }));
      return;
    }
    bases.push(refs.basis(b.gdpr, b.law, activityTitle));
    const legitimateInterest = ctx.text(b.legitimateInterest, file, `${ptr}/legitimateInterest`);
    if (legitimateInterest !== null) {
      // Ended as every sentence of the notice is: no second stop after an interest that ends in «?», «!» or «…».
      notes.push(sentence(ctx.w('basis.legitimate-interest', { interest: withoutStop(legitimateInterest) })));
    } else if (b.gdpr === 'A6-1-f') missing.push(note('legitimate-interest', `${ptr}/legitimateInterest`));
    const basisNote = ctx.said.fresh(ctx.text(b.note, file, `${ptr}/note`));
    if (basisNote !== null) notes.push(basisNote);
    const agreement = AGREEMENT_SUFFICES.has(b.gdpr) && b.agreement !== undefined ? b.agreement : null;
    if (agreement !== null) notes.push(ctx.w('basis.agreement', { agreement }));
    else if (NEEDS_LAW.has(b.gdpr) && b.law.length === 0) missing.push(note('national-law', `${ptr}/law`, { basis: citeBasis(b.gdpr, ctx.lang) }));
    if (isConsent(b.gdpr)) {
      if (j === consentAt[0] && childAges.length > 0) notes.push(ctx.w('basis.child-consent-age', { age: Math.min(...childAges) }));
      const how = ctx.text(b.consentWithdrawal, file, `${ptr}/consentWithdrawal`);
      if (how !== null) consentHow.push(how);
      // One consent, one way to withdraw it: a purpose on Art. 6(1)(a) and 9(2)(a) lacks it once, not twice.
      else if (j === consentAt[0] && !consentAt.some((k) => p.legalBasis[k]!.consentWithdrawal !== undefined)) {
        const m = note('consent-withdrawal', `${ptr}/consentWithdrawal`);
        if (m) consentMissing.push(m);
      }
    }
  });
  if (!p.legalBasis.some((b) => isArt6(b.gdpr))) missing.push(note('legal-basis', `/purposes/${i}/legalBasis`));
  return { text: withoutStop(capitalise(text)), refs: bases, note: notes.length > 0 ? notes.join(' ') : null, missing: some(missing) };
}

/** How a basis is named where it is cited in full: «Rettslig grunnlag: Samtykke». */
export function basisName(ctx: BuildContext, code: string): string {
  const name = capitalise(termName(code, ctx.lang));
  if (isArt6(code)) return name;
  return `${ctx.w(`label.${isArt10(code) ? 'criminal-basis' : 'special-condition'}`)}: ${name}`;
}

type EntryKind = 'dataSubjects' | 'recipients' | 'systems';

/** Catalogue entries by name, each with its description the first time the notice mentions it. */
function described(ctx: BuildContext, kind: EntryKind, ids: readonly string[]): { name: string; description: string | null }[] {
  return ids.map((id) => {
    const name = ctx.entryName(kind, id);
    const entry = ctx.registry.catalogues[kind].get(id);
    if (!entry || !ctx.said.first(kind, id)) return { name, description: null };
    return { name, description: ctx.said.freshDescription(ctx.text(entry.value.description, entry.file, `${entry.pointer}/description`)) };
  });
}

/**
 * How a cell's entries are joined. Fragments («Yte service (art. 6 nr. 1 bokstav b)») are joined by «; »; once one
 * entry ends in a sentence (a legitimate interest, a basis note, a retention rule), «.; » would follow it, so every
 * entry ends with a full stop and a space separates them.
 */
function punctuated(cell: Cell): Cell {
  const last = (i: CellItem): string => i.note ?? (i.refs.length > 0 ? ')' : (i.text ?? ''));
  const sentences = cell.items.length > 1 && cell.items.some((i) => endsSentence(last(i)));
  // The cell and its entries are the activity's own, made for this view: marked in place, not copied (at 10,000
  // activities, a copy of every entry of every cell).
  cell.items.forEach((i, k) => {
    i.spaced = k > 0 && sentences;
    i.end = sentences && last(i).length > 0 && !endsSentence(last(i)) ? '.' : '';
  });
  return cell;
}

/** The described entries of a table cell, under the table: «Søkere: Personer som søker om …». */
function describedFact(kind: EntryKind, label: string, list: readonly { name: string; description: string | null }[]): Fact {
  return fact(kind, label, null, { items: list.filter((d) => d.description !== null).map((d) => item(`${d.name}: ${d.description}`)) });
}

/**
 * Data categories on one line. A description that starts with the category's name replaces it
 * («Bostedsopplysninger fra Folkeregisteret»), so nothing is said twice.
 */
function categoriesText(ctx: BuildContext, ids: readonly string[]): string | null {
  const parts = ids.map((id) => {
    const entry = ctx.registry.catalogues.dataCategories.get(id)!;
    const c = entry.value;
    const name = ctx.entryName('dataCategories', id);
    let text = name;
    if (ctx.said.first('dataCategories', id)) {
      const d = ctx.said.fresh(ctx.text(c.description, entry.file, `${entry.pointer}/description`));
      if (d !== null) {
        const bare = withoutStop(d);
        text = bare.toLowerCase().startsWith(name.toLowerCase()) ? bare : `${name} (${bare.charAt(0).toLowerCase() + bare.slice(1)})`;
      }
    }
    const marks = [
      c.specialCategory ? ctx.w('category.special', { category: ctx.term(`special.${c.specialCategory}`) }) : null,
      c.criminalOffence === true ? ctx.w('category.criminal') : null,
    ].filter((x) => x !== null);
    return marks.length > 0 ? `${text} (${marks.join('; ')})` : text;
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

function transferItem(ctx: BuildContext, located: Located<Activity>, tr: ResolvedTransfer, i: number, note: Note): FactItem {
  const ptr = `/transfers/${i}`;
  const destination =
    tr.country !== undefined
      ? tr.organisation !== undefined
        ? `${tr.organisation} (${countryName(tr.country, ctx.lang)})`
        : countryName(tr.country, ctx.lang)
      : (tr.organisation ?? null);
  const recipient = tr.party
    ? ctx.registry.catalogues.recipients.has(tr.party.id)
      ? ctx.entryName('recipients', tr.party.id)
      : ctx.entryName('processors', tr.party.id)
    : null;
  const parts = [
    destination !== null ? (recipient !== null ? `${destination} (${ctx.w('label.recipient')}: ${recipient}).` : sentence(destination)) : null,
    tr.mechanism !== undefined ? `${ctx.w('label.mechanism')}: ${ctx.term(`mechanism.${tr.mechanism}`)}.` : null,
    tr.dpfCertified === true ? ctx.w('label.dpf-certified') : null,
    tr.reference !== undefined ? sentence(`${ctx.w('label.reference')}: ${tr.reference}`) : null,
    tr.safeguards !== undefined ? ctx.said.fresh(ctx.text(tr.safeguards, located.file, `${ptr}/safeguards`)) : null,
    // Art. 13(1)(f): where the transfer rests on safeguards, say how to get a copy of them.
    tr.mechanism !== undefined && (tr.mechanism.startsWith('A46-') || tr.mechanism === 'A49-1-subpara2') ? ctx.w('transfers.copy') : null,
  ].filter((x) => x !== null);
  return item(
    parts.length > 0 ? parts.join(' ') : null,
    null,
    some([destination === null ? note('transfer-destination', ptr) : null, tr.mechanism === undefined ? note('transfer-mechanism', `${ptr}/mechanism`) : null]),
  );
}

/** Retention per data category: a catalogue policy is referred to, an inline rule said here. `owed`: the category's storage limit applies (not lifted by § 3). */
function retentionCell(ctx: BuildContext, r: ResolvedActivity, refs: SharedRefs, note: Note, owed: (c: { id: string }) => boolean): Cell {
  if (r.retention.length === 0)
    return { text: null, items: [], missing: some([r.dataCategories.length === 0 || r.dataCategories.some(owed) ? note('retention', '/retention') : null]) };
  const items = r.retention.map((rule, i): CellItem => {
    const prefix =
      rule.categories.length > 0
        ? capitalise(
            joinList(
              ctx.listNames(
                'dataCategories',
                rule.categories.map((c) => c.id),
              ),
              ctx.lang,
            ),
          ) + ': '
        : '';
    if (rule.policy) return { text: prefix.length > 0 ? prefix.slice(0, -2) : null, refs: [refs.retention(rule.policy.id)], note: null, missing: [] };
    const ptr = `/retention/${i}`;
    const words = retentionWords(ctx, rule, r.located.file, ptr);
    const text = [words.rule, words.description, words.law].filter((x) => x !== null).join(' ');
    return { text: text.length > 0 ? prefix + text : null, refs: [], note: null, missing: some([text.length === 0 ? note('retention-rule', ptr) : null]) };
  });
  const coversAll = r.retention.some((rule) => rule.categories.length === 0);
  const covered = new Set(r.retention.flatMap((rule) => rule.categories.map((c) => c.id)));
  const uncovered = coversAll ? [] : r.dataCategories.filter((c) => !covered.has(c.id) && owed(c));
  const missing = some([
    uncovered.length > 0
      ? note('retention-categories', '/retention', {
          categories: joinList(
            ctx.listNames(
              'dataCategories',
              uncovered.map((c) => c.id),
            ),
            ctx.lang,
          ),
        })
      : null,
  ]);
  return { text: null, items, missing };
}

/** A retention rule in words: the rule, what the organisation adds, and the law. */
export function retentionWords(
  ctx: BuildContext,
  rule: ResolvedRetention,
  file: Located<Activity>['file'],
  ptr: string,
): { rule: string | null; description: string | null; law: string | null } {
  const trigger = rule.trigger !== undefined ? ctx.text(rule.trigger, file, `${ptr}/trigger`) : null;
  const archive = rule.archive !== undefined ? ctx.text(rule.archive, file, `${ptr}/archive`) : null;
  const rawDescription = rule.description !== undefined ? ctx.paragraphs(rule.description, file, `${ptr}/description`).join(' ') : null;
  const ruleSentence = retentionRule(ctx, rule, trigger, archive);
  // The rule in the organisation's own words («Opplysninger vi henter inn …, slettes ikke. … avleveres opplysningene til
  // Nasjonalarkivet …») is said once, in those words: the generated sentence would say it again. Every content word of
  // the rule — the period, «senest», «som hovedregel», the archive — must be in them, or the rule is said as well.
  const sentence = ruleSentence !== null && rawDescription !== null && restates(rawDescription, ruleSentence, ctx.ownNames()) ? null : ruleSentence;
  ctx.said.mark(sentence);
  const exceptions = rule.exceptions !== undefined ? ctx.text(rule.exceptions, file, `${ptr}/exceptions`) : null;
  const exceptionSentence = exceptions !== null ? ctx.said.fresh(ctx.w('retention.exceptions', { exceptions: withoutStop(exceptions) })) : null;
  const description = rawDescription !== null ? ctx.said.fresh(rawDescription) : null;
  // A whole law the organisation's words just named («… i henhold til arbeidsmiljøloven, statsansatteloven …») is not named again after «Hjemmel».
  const said = `${sentence ?? ''} ${description ?? ''}`;
  const named = (cited: string): boolean =>
    [cited.replace(/\s*\([^()]*\)$/, ''), /\(([^()]*)\)$/.exec(cited)?.[1]].some((n) => n !== undefined && said.includes(n));
  const laws = rule.law.filter((l) => l.section !== undefined || !named(citeLaw(l, ctx.lang)));
  const law = laws.length > 0 ? ctx.w('retention.law', { laws: lawList(laws, ctx.lang) }) : null;
  const full = [sentence, exceptionSentence].filter((x) => x !== null).join(' ');
  return { rule: full.length > 0 ? full : null, description, law };
}

/**
 * The rule as one sentence from its parts; null when the parts say nothing about how long. A main
 * rule says «som hovedregel», a maximum «senest», and the end is one conditional: handed to the
 * archive if the archive law requires it, otherwise deleted (or anonymised).
 */
function retentionRule(ctx: BuildContext, rule: ResolvedRetention, trigger: string | null, archive: string | null): string | null {
  const action =
    rule.endAction === undefined
      ? null
      : rule.endAction === 'archive' && archive !== null
        ? ctx.w('retention.action.archive-named', { archive })
        : ctx.w(`retention.action.${rule.endAction}`);
  const main = rule.mainRule === true ? 'main-' : '';
  if (rule.permanent) {
    const then =
      action === null
        ? ''
        : ' ' + (trigger !== null ? ctx.w('retention.permanent-then-when', { action, trigger }) : ctx.w('retention.permanent-then', { action }));
    return ctx.w(`retention.${main}permanent`) + then;
  }
  const duration = rule.period !== undefined ? durationWords(rule.period, ctx.lang) : undefined;
  const latest = rule.atLatest === true ? 'latest-' : '';
  const span = (kind: 'when' | 'kept'): string =>
    ctx.w(`retention.${kind}.${latest}${trigger !== null ? 'after-trigger' : 'after'}`, {
      duration: duration!,
      trigger: trigger === null ? '' : afterEvent(withoutPeriod(trigger, duration!), ctx.lang),
    });
  // Without a period the trigger is the criterion that ends the keeping: «lagres til …», not «lagres når …».
  const criterion = trigger === null ? null : untilEvent(trigger, ctx.lang);
  if (rule.archiveIfRequired === true) {
    // One conditional rule: kept, then to the archive if the archive law requires it, otherwise deleted or anonymised.
    const kept =
      duration !== undefined
        ? ctx.w(`retention.${main}kept-when`, { kept: span('kept') })
        : criterion !== null
          ? ctx.w(`retention.${main}criterion`, { criterion })
          : null;
    if (kept === null) return null;
    const otherwise = rule.endAction === 'anonymise' ? 'anonymise' : 'delete';
    const then = archive !== null ? ctx.w(`retention.then-archive-if-named.${otherwise}`, { archive }) : ctx.w(`retention.then-archive-if.${otherwise}`);
    return `${kept} ${then}`;
  }
  if (duration !== undefined) {
    return action !== null
      ? ctx.w(`retention.${main}action-when`, { action, when: span('when') })
      : ctx.w(`retention.${main}kept-when`, { kept: span('kept') });
  }
  if (criterion !== null)
    return action !== null ? ctx.w(`retention.${main}criterion-then`, { criterion, action }) : ctx.w(`retention.${main}criterion`, { criterion });
  return null;
}

/** A trigger that says the period again («two years after our last contact», with P2Y) loses it: the template says it. */
function withoutPeriod(trigger: string, duration: string): string {
  const t = trigger.trimStart();
  if (!t.toLowerCase().startsWith(duration.toLowerCase())) return trigger;
  const rest = t.slice(duration.length);
  return /^\s+(?:etter|after)\s+\S/i.test(rest) ? rest.trimStart() : trigger;
}

/** One exception's parts: the right, what cites it, the organisation's note. */
export function exceptionParts(
  ctx: BuildContext,
  located: Located<Activity>,
  rr: RightsRestriction,
  i: number,
  note: Note,
): { right: string; cites: string | null; note: string | null; missing: Placeholder | null } {
  const laws = (rr.law ?? []).map((l) => resolveLaw(ctx.registry, l));
  const cites = [...(rr.gdpr !== undefined ? [gdprArticle(rr.gdpr, ctx.lang)] : []), ...(laws.length > 0 ? [lawList(laws, ctx.lang)] : [])];
  // Under «Unntak fra rettighetene» the right's short name is enough («innsyn (art. 15)»); the list of gaps names it in full.
  const right = ctx.w(`exception-right.${rr.right}`);
  return {
    right,
    cites: cites.length > 0 ? joinList(cites, ctx.lang) : null,
    note: ctx.said.fresh(ctx.text(rr.note, located.file, `/rightsRestrictions/${i}/note`)),
    missing: cites.length === 0 ? note('restriction-reference', `/rightsRestrictions/${i}`, { right: ctx.term(`right.${rr.right}`) }) : null,
  };
}

/**
 * The Art. 22(2) exception that allows decisions based solely on automated processing, and the person's review as the
 * record states it (`humanReview`): a person who assesses every decision; the Art. 22(3) rights to a person's review, to
 * be heard and to contest where the record gives them on request (cited to Art. 22(3) only for a contract or explicit
 * consent, where that article gives them), or, with no review recorded, for a contract or explicit consent. A record that says no person reviews the decisions is not contradicted here
 * (automated-decision-basis `review-none` reports it).
 */
function automatedException(ctx: BuildContext, ad: NonNullable<Activity['automatedDecisions']>): (string | null)[] {
  const laws = (ad.law ?? []).map((l) => resolveLaw(ctx.registry, l));
  const basis =
    ad.exception === undefined
      ? null
      : ad.exception !== 'law'
        ? ctx.w(`automated.exception.${ad.exception}`)
        : laws.length > 0
          ? ctx.w('automated.exception.law', { laws: lawList(laws, ctx.lang) })
          : ctx.w('automated.exception.law-unnamed');
  const art22_3 = ad.exception === 'contract' || ad.exception === 'explicit-consent';
  const review = ad.humanReview ?? (art22_3 ? 'on-request' : undefined);
  return [
    basis,
    review === 'every-decision' ? ctx.said.fresh(ctx.w('automated.every-decision')) : null,
    // Art. 22(3) gives these rights for a contract or explicit consent only; for a law (22(2)(b)) the review the record
    // offers is told without citing 22(3), whose safeguards are then the law's own.
    review === 'on-request' || (review === 'every-decision' && art22_3)
      ? ctx.said.fresh(ctx.w(art22_3 ? 'automated.human-review' : 'automated.human-review-offered'))
      : null,
  ];
}

/** Art. 26(2): the essence of a joint-controller arrangement is made available to the people concerned. */
function jointFact(ctx: BuildContext, located: Located<Activity>, org: Organisation, note: Note, label: string): Fact | null {
  const a = located.value;
  if (a.role !== 'joint-controller') return null;
  const list = a.jointControllers ?? [];
  const items = list.map((j, k) => {
    const party = org.jointControllers?.[j.controller];
    const ptr = `/jointControllers/${k}`;
    const responsibilities = ctx.said.fresh(ctx.text(j.responsibilities, located.file, `${ptr}/responsibilities`));
    const contact = j.contactPoint ?? party?.contact;
    const reach = [contact?.email, contact?.phone, contact?.url].filter((x) => x !== undefined).join(', ');
    const name = party?.name ?? j.controller;
    return item(
      [responsibilities !== null ? `${name}: ${responsibilities}` : name, reach.length > 0 ? `(${reach})` : null].filter((x) => x !== null).join(' '),
      null,
      some([j.responsibilities === undefined ? note('joint-arrangement', `${ptr}/responsibilities`) : null]),
    );
  });
  return fact('joint', label, null, { items, missing: some([list.length === 0 ? note('joint-arrangement', '/jointControllers') : null]) });
}
