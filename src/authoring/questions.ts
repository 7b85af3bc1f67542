import { basisName } from '../model/legal.js';
import type { Registry } from '../model/registry.js';
import type {
  Activity,
  CatalogueKind,
  Disclosure,
  GdprBasisCode,
  LawRef,
  LocalText,
  Retention,
  Right,
  RightsRestriction,
  Transfer,
  TransferMechanism,
} from '../model/types.js';
import { join, relative, sep } from 'node:path';
import { canAddTo, catalogueFileFor, kindOfCatalogue } from './catalogue-add.js';
import { entryFields, lovdataUrl } from './entry-fields.js';
import { ART89_KINDS, contactField } from './new-keyed.js';
import { t, type Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import {
  allBases,
  automatedExceptions,
  CONSENT,
  childConsentAgeOf,
  consentMethods,
  criminalDataGrounds,
  humanReviewKinds,
  NEEDS_LAW,
  NEEDS_LAW_ART9_10,
  parseLawRef,
  riskFactorKeys,
  section11Conditions,
  section11Ref,
  type MorePurpose,
  type NewActivity,
} from './new-activity.js';
import { PRIVATE_ONLY, referenceData } from '../check/reference.js';
import { marketingSaid, textsOf } from '../check/facts.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { schemaEnum, schemaNode } from './schema-order.js';
import { isArt89, provisionKey, provisionsFor, restrictableRights, restrictionRefusal } from './restrictions.js';
import { textIn } from '../render/words/index.js';
import { askDpia, askRecordKeeping, draftScreening, type Asking } from './new-record-keeping.js';

/** What direct marketing is often sent as, in words that do not say marketing (nb, nn, en): asked about on consent or 6(1)(f). */
const MARKETING_CHANNEL = lazyPattern(
  String.raw`nyhetsbrev|nyheitsbrev|newsletter|kundeklubb|customer club|lojalitets|loyalty|fordelsprogram|medlemsfordel|member benefit|(?<![\p{L}])(?:tilbud|tilbod|offers?)(?![\p{L}])`,
  'iu',
);

/** Asks one question and waits for the answer; undefined when the input has ended. */
export interface Prompter {
  ask(question: string): Promise<string | undefined>;
  say(text: string): void;
}

interface Choice {
  id: string;
  label: string;
}

/**
 * The questions `ropa new` asks for what the flags did not give, in the registry's language. Catalogue
 * references are chosen from the catalogue (by number or id), so that the new file's references resolve.
 */
export async function askMissing(p: Prompter, registry: Registry, lang: Lang, given: NewActivity): Promise<NewActivity> {
  const tr = (key: string, args?: Record<string, string | number>): string => t(lang, `authoring.ask.${key}`, args);
  const out: NewActivity = { ...given };
  const added = new Map<string, { catalogue: CatalogueKind; id: string; entry: Record<string, unknown> }>();

  const answer = async (question: string): Promise<string> => {
    const a = await p.ask(`${question} `);
    if (a === undefined) throw new UserError('authoring.new.input-ended');
    return a.trim();
  };
  const required = async (question: string): Promise<string> => {
    for (;;) {
      const a = await answer(question);
      if (a !== '') return a;
      p.say(tr('required'));
    }
  };
  const yesNo = async (question: string): Promise<boolean | undefined> => {
    for (;;) {
      const a = (await answer(question)).toLowerCase();
      if (a === '') return undefined;
      if (a === tr('yes-word') || a === 'yes' || a === 'y' || a === tr('yes-word')[0]) return true;
      if (a === tr('no-word') || a === 'no' || a === 'n' || a === tr('no-word')[0]) return false;
      p.say(tr('yes-no'));
    }
  };
  /** One answer per language of the registry: the question once, then one line per language. Empty skips when optional. */
  const localText = async (key: string, args?: Record<string, string>, optional = false): Promise<LocalText | undefined> => {
    const ask = optional ? answer : required;
    if (registry.languages.length <= 1) {
      const a = await ask(tr(key, args));
      return a === '' ? undefined : { [registry.languages[0] ?? lang]: a };
    }
    p.say(tr(key, args));
    const text: Partial<Record<Lang, string>> = {};
    for (const l of registry.languages) {
      const a = await ask(`  ${t(lang, `authoring.language.${l}`)}:`);
      if (a === '') return undefined;
      text[l] = a;
    }
    return text;
  };
  const list = (choices: Choice[]): void =>
    choices.forEach((c, i) => p.say(`  ${String(i + 1).padStart(2)}  ${c.id}${c.label && c.label !== c.id ? `  ${c.label}` : ''}`));
  const idPattern = new RegExp((schemaNode('common', 'definitions', 'id') as { pattern: string }).pattern);

  /** A new catalogue entry, asked field by field: what the schema requires, and for a law its Lovdata id. */
  const askEntry = async (kind: CatalogueKind, id: string): Promise<Choice> => {
    const word = t(lang, `authoring.kind.${kindOfCatalogue(kind)}`);
    const entry: Record<string, unknown> = {};
    for (const f of entryFields(kind).filter((x) => x.required)) {
      if (f.shape === 'text') entry[f.key] = await localText('entry-name', { kind: word, id });
      else if (f.shape === 'string') entry[f.key] = await required(tr('entry-name', { kind: word, id }));
      else if (f.shape === 'enum') {
        p.say(tr('entry-enum', { field: t(lang, `authoring.ask.field.${f.key}`), id }));
        const choices = f.values!.map((v) => ({ id: v, label: enumLabel(kind, f.key, v, lang) }));
        entry[f.key] = ((await pick(tr('pick'), choices, { min: 1, max: 1 })) as string[])[0];
      }
    }
    if (kind === 'dataCategories') {
      // Art. 9 data must be marked where the category is defined, or no rule can see it.
      p.say(tr('entry-special', { id }));
      const special = entryFields(kind).find((f) => f.key === 'specialCategory')!;
      const [code] = (await pick(
        tr('pick-optional'),
        special.values!.map((v) => ({ id: v, label: enumLabel(kind, 'specialCategory', v, lang) })),
        { min: 0, max: 1 },
      )) as string[];
      if (code !== undefined) entry.specialCategory = code;
    }
    if (kind === 'laws') {
      for (;;) {
        const a = await answer(tr('entry-lovdata'));
        if (a === '') break;
        const id = a.toUpperCase();
        // The schema's own form of a Lovdata id, so that the entry validates.
        if (new RegExp(String(schemaNode('catalogue', 'properties', 'laws', 'additionalProperties', 'properties', 'lovdataId').pattern)).test(id)) {
          entry.lovdataId = id;
          const url = lovdataUrl(id);
          if (url !== undefined) entry.url = url;
          break;
        }
        p.say(tr('bad-lovdata-id', { value: a }));
      }
      if (entry.url === undefined) {
        const url = await answer(tr('entry-url'));
        if (url !== '') entry.url = url;
      }
    }
    added.set(`${kind}/${id}`, { catalogue: kind, id, entry });
    p.say(
      tr('entry-staged', {
        id,
        path: relative(registry.root, catalogueFileFor(registry, kind, registry.root))
          .split(sep)
          .join('/'),
      }),
    );
    const name = (entry.name ?? entry.title) as LocalText | undefined;
    return { id, label: textIn(name, lang, registry.languages) ?? '' };
  };

  /** An unknown answer: say so (with a suggestion); where a catalogue allows it, offer to add it. */
  const unknown = async (token: string, choices: Choice[], accept: readonly string[], add?: CatalogueKind): Promise<Choice | undefined> => {
    const hint = suggest(token, [...choices.map((c) => c.id), ...accept]);
    p.say(hint ? tr('unknown-choice-suggest', { value: token, suggestion: hint }) : tr('unknown-choice', { value: token }));
    if (add === undefined || !idPattern.test(token)) return undefined;
    const target = canAddTo(registry, add, registry.root);
    if (!target.ok) {
      p.say(t(lang, 'authoring.add.not-a-catalogue', { path: relative(registry.root, target.path).split(sep).join('/'), catalogue: add }));
      return undefined;
    }
    if (!(await yesNo(tr('add-entry', { id: token, kind: t(lang, `authoring.kind.${kindOfCatalogue(add)}`) })))) return undefined;
    const choice = await askEntry(add, token);
    choices.push(choice);
    return choice;
  };

  /** Ids picked from a list, by number or by id; `none` where allowed; a new entry where `add` names its catalogue. */
  const pick = async (
    question: string,
    choices: Choice[],
    opts: { min: number; max?: number; none?: boolean; accept?: readonly string[]; add?: CatalogueKind },
  ): Promise<string[] | 'none'> => {
    list(choices);
    for (;;) {
      const a = await answer(question);
      if (opts.none && (a === 'none' || a === tr('none-word'))) return 'none';
      const ids: string[] = [];
      let bad = false;
      for (const token of a.split(/[\s,]+/).filter((x) => x !== '')) {
        const n = /^[0-9]+$/.test(token) ? Number(token) : NaN;
        let id = n >= 1 && n <= choices.length ? choices[n - 1]!.id : token;
        if (!choices.some((c) => c.id === id) && !opts.accept?.includes(id)) {
          const made = await unknown(token, choices, opts.accept ?? [], opts.add);
          if (made === undefined) {
            bad = true;
            break;
          }
          id = made.id;
        }
        if (!ids.includes(id)) ids.push(id);
      }
      if (bad) continue;
      if (ids.length < opts.min) p.say(tr('required'));
      else if (opts.max !== undefined && ids.length > opts.max) p.say(tr('one-only'));
      else return ids;
    }
  };
  const catalogue = (kind: CatalogueKind): Choice[] => [
    ...[...registry.catalogues[kind].values()].map((e) => {
      const v = e.value as { name?: LocalText; title?: LocalText };
      return { id: e.id, label: textIn(v.name ?? v.title, lang, registry.languages) ?? '' };
    }),
    ...[...added.values()]
      .filter((a) => a.catalogue === kind)
      .map((a) => ({ id: a.id, label: textIn((a.entry.name ?? a.entry.title) as LocalText, lang, registry.languages) ?? '' })),
  ];
  /** A list of catalogue ids, where a new entry may be added on the spot. */
  const fromCatalogue = async (key: string, kind: CatalogueKind, min: number, none = false): Promise<string[] | 'none' | undefined> => {
    p.say(tr(key));
    const ids = await pick(tr(none ? 'pick-or-none' : min > 0 ? 'pick' : 'pick-optional'), catalogue(kind), { min, none, add: kind });
    return ids === 'none' || ids.length > 0 ? ids : undefined;
  };
  const asking: Asking = {
    answer,
    say: (text) => p.say(text),
    tr,
    lang,
    pickOne: async (question, choices) => ((await pick(question, choices, { min: 0, max: 1 })) as string[])[0],
    localText: (key) => localText(key, undefined, true),
  };
  const laws = async (question: string, args?: Record<string, string>): Promise<LawRef[]> => {
    p.say(tr(question, args));
    const choices = catalogue('laws');
    list(choices);
    return askLaws(answer, tr, choices, (token) => unknown(token, choices, [], 'laws'));
  };

  out.title ??= (await localText('title'))!;
  out.purpose ??= await localText('purpose');
  if (out.bases === undefined) {
    p.say(tr('basis'));
    const codes = schemaEnum('common', 'definitions', 'gdprBasis').filter((c) => c !== 'A9-1');
    const art6 = codes.filter((c) => c.startsWith('A6-')).map((id) => ({ id, label: basisName(id, lang) }));
    out.bases = (await pick(tr('pick'), art6, { min: 1, accept: codes })) as GdprBasisCode[];
  }
  if (out.laws === undefined && out.bases.some((b) => NEEDS_LAW.includes(b))) out.laws = await laws('law');
  // A10's law is asked with its ground, once the data categories are known (askArt10).
  for (const code of out.bases.filter((b) => NEEDS_LAW_ART9_10.includes(b) && b !== 'A10')) {
    if (out.lawsByBasis?.[code] !== undefined) continue;
    const refs = await laws('law-for', { code, name: basisName(code, lang) });
    out.lawsByBasis = { ...out.lawsByBasis, [code]: refs };
  }
  // Further purposes, each with its own legal bases and laws (Art. 5(1)(b), 6(1)): asked where the first purpose was.
  if (given.purpose === undefined && out.purpose !== undefined && out.morePurposes === undefined) await askMorePurposes();
  if (allBases(out).includes('A6-1-f') && out.legitimateInterest === undefined)
    out.legitimateInterest = await localText('legitimate-interest', undefined, true);
  if (allBases(out).some((b) => CONSENT.includes(b)) && out.consentWithdrawal === undefined)
    out.consentWithdrawal = await localText('consent-withdrawal', undefined, true);
  // How consent is given: the answers that are no valid consent (browser settings, continued use, accepting terms)
  // are then findings of `ropa gaps`, not words it has to read.
  if (allBases(out).some((b) => CONSENT.includes(b)) && out.consentMethod === undefined) {
    p.say(tr('consent-method'));
    const choices = consentMethods().map((id) => ({ id, label: tr(`consent-method-${id}`) }));
    const [method] = (await pick(tr('pick-optional'), choices, { min: 0, max: 1 })) as string[];
    if (method !== undefined) out.consentMethod = method;
  }
  if (out.subjects === undefined) out.subjects = (await fromCatalogue('subjects', 'dataSubjects', 1)) as string[] | undefined;
  // The age from which a child consents alone, asked where the question arises: consent, and people who may be children.
  const children = (out.subjects ?? []).some(
    (id) => (registry.catalogues.dataSubjects.get(id)?.value.children ?? added.get(`dataSubjects/${id}`)?.entry.children) === true,
  );
  if (children && allBases(out).some((b) => CONSENT.includes(b)) && out.childConsentAge === undefined) {
    for (;;) {
      const a = await answer(tr('child-consent-age'));
      if (a === '') break;
      out.childConsentAge = childConsentAgeOf(a);
      if (out.childConsentAge !== undefined) break;
      p.say(tr('bad-child-consent-age', { value: a }));
    }
  }
  if (out.categories === undefined) out.categories = (await fromCatalogue('categories', 'dataCategories', 1)) as string[] | undefined;
  // A national identity number among the categories: why it is needed (personopplysningsloven § 12), or empty to skip.
  const nationalId = (out.categories ?? []).some(
    (id) => (registry.catalogues.dataCategories.get(id)?.value.nationalIdentifier ?? added.get(`dataCategories/${id}`)?.entry.nationalIdentifier) === true,
  );
  if (nationalId && out.nationalIdNeed === undefined) out.nationalIdNeed = await localText('national-id-need', undefined, true);
  if (out.morePurposes?.length && (out.categories?.length ?? 0) > 1) await askPurposeCategories(out.categories!);
  await askArt10();
  if (out.sources === undefined) out.sources = (await fromCatalogue('sources', 'sources', 0)) as string[] | undefined;
  const fromPerson = (out.sources ?? []).some((id) => {
    const type = (registry.catalogues.sources.get(id)?.value.type ?? added.get(`sources/${id}`)?.entry.type) as string | undefined;
    return type === 'data-subject' || type === 'device';
  });
  if (out.collection === undefined && fromPerson) {
    p.say(tr('collection'));
    const choices = schemaEnum('activity', 'properties', 'collection', 'properties', 'requirement').map((id) => ({
      id,
      label: t(lang, `terms.requirement.${id}`),
    }));
    const [requirement] = (await pick(tr('pick-optional'), choices, { min: 0, max: 1 })) as string[];
    if (requirement !== undefined) {
      const consequences = requirement === 'voluntary' ? undefined : await localText('consequences', undefined, true);
      out.collection = {
        requirement: requirement as NonNullable<Activity['collection']>['requirement'],
        ...(consequences !== undefined ? { consequences } : {}),
      };
    }
  }
  if (out.recipients === undefined) out.recipients = await fromCatalogue('recipients', 'recipients', 0, true);
  const moved = Array.isArray(out.recipients) && out.disclosures === undefined ? await askRecipientRoles(out.recipients) : [];
  if (out.processors === undefined) out.processors = (await fromCatalogue('processors', 'processors', 0)) as string[] | undefined;
  if (moved.length > 0) out.processors = [...new Set([...(out.processors ?? []), ...moved])];
  // The systems the data lives in, where the registry lists any (ropa add system).
  if (out.systems === undefined && registry.catalogues.systems.size > 0) out.systems = (await fromCatalogue('systems', 'systems', 0)) as string[] | undefined;
  if (given.jointControllers === undefined) await askJointControllers();
  out.transfers ??= await askTransfers();
  if (out.retention === undefined && out.categories?.length) out.retention = await askRetention(out.categories);
  if (out.securityMeasures === undefined) out.securityMeasures = (await fromCatalogue('security', 'securityMeasures', 0)) as string[] | undefined;
  if (out.information === undefined) {
    p.say(tr('information'));
    const methods = schemaEnum('activity', 'properties', 'information', 'properties', 'method', 'items').map((id) => ({
      id,
      label: t(lang, `authoring.show.method-${id}`),
    }));
    const ids = (await pick(tr('pick-optional'), methods, { min: 0 })) as string[];
    if (ids.length > 0) out.information = { method: ids as NonNullable<Activity['information']>['method'] };
    await askSourcesElsewhere();
  }
  if (out.automatedDecisions === undefined) {
    const used = await yesNo(tr('automated'));
    if (used === false) out.automatedDecisions = { used: false };
    if (used === true) {
      const logic = await localText('automated-logic');
      const significance = await localText('automated-significance');
      p.say(tr('automated-exception'));
      const exceptions = automatedExceptions().map((id) => ({ id, label: tr(`automated-exception-${id}`) }));
      const [exception] = (await pick(tr('pick-optional'), exceptions, { min: 0, max: 1 })) as string[];
      // Art. 22(2)(b): the law that authorises the decisions (automated-decision-basis `no-law` without it).
      const law = exception === 'law' ? await laws('automated-law') : [];
      // Whether a person looks at the decisions, as a fact: Art. 22(3) asks for a review on request under a contract or
      // explicit consent, and a person who assesses every decision makes it not solely automated (Art. 22(1)).
      p.say(tr('automated-human-review'));
      const choices = humanReviewKinds().map((id) => ({ id, label: tr(`automated-human-review-${id}`) }));
      const [review] = (await pick(tr('pick-optional'), choices, { min: 0, max: 1 })) as string[];
      out.automatedDecisions = {
        used: true,
        ...(logic ? { logic } : {}),
        ...(significance ? { significance } : {}),
        ...(exception !== undefined ? { exception: exception as NonNullable<NonNullable<Activity['automatedDecisions']>['exception']> } : {}),
        ...(law.length > 0 ? { law } : {}),
        ...(review !== undefined ? { humanReview: review as NonNullable<NonNullable<Activity['automatedDecisions']>['humanReview']> } : {}),
      };
    }
  }
  // Direct marketing (Art. 21(2)-(3)), asked where the answer may differ from what the words say: the purpose reads like
  // marketing (a consumer office's «veiledning om markedsføring» is not), or it rests on consent or a legitimate interest
  // (the bases marketing rests on) and names a newsletter, a customer club or offers without saying marketing.
  if (out.directMarketing === undefined && out.purpose !== undefined) {
    const bases = out.bases ?? [];
    const texts = textsOf(out.purpose);
    const onMarketingBasis = bases.includes('A6-1-a') || bases.includes('A6-1-f');
    if (texts.some((x) => marketingSaid(x)) || (onMarketingBasis && texts.some((x) => MARKETING_CHANNEL().test(x)))) {
      const answer = await yesNo(tr('direct-marketing'));
      if (answer !== undefined) out.directMarketing = answer;
    }
  }
  // Restricted rights as facts (provision and law), judged by rights-restriction-reference as they are given: words such
  // as «innsyn gis ikke» in a description are read only as hints.
  if (out.rightsRestrictions === undefined && (await yesNo(tr('restricted'))) === true) out.rightsRestrictions = await askRestrictions();
  // Art. 89(1): a purpose of archiving, research or statistics has safeguards of its own (research-safeguards reads them).
  const research = out.researchOrStatistics !== undefined || (out.bases ?? []).includes('A9-2-j');
  if (research && out.purpose !== undefined && out.purposeSafeguards === undefined) {
    const ids = (await fromCatalogue('purpose-safeguards', 'securityMeasures', 0)) as string[] | undefined;
    if (ids !== undefined) out.purposeSafeguards = ids;
  }
  // The DPIA criteria (Datatilsynet's list, EDPB WP248): asked as facts, so that screening and the rules on employee
  // monitoring, children and cameras read them instead of the description's words.
  if (out.riskFactors === undefined) {
    p.say(tr('risk-factors'));
    const choices = riskFactorKeys().map((id) => ({ id, label: t(lang, `report.risk-factor.${id}`) }));
    const ids = (await pick(tr('pick-optional'), choices, { min: 0 })) as string[];
    if (ids.length > 0) out.riskFactors = ids;
  }
  // The DPIA itself, where the screening of the answers so far finds one required or likely (dpia-required, dpia-screening).
  if (out.dpia === undefined) {
    const screening = await draftScreening(registry, out, added);
    if (screening.required || screening.likely) out.dpia = await askDpia(asking, screening);
  }
  const groups = Object.entries(registry.organisation?.value.noticeGroups ?? {});
  if (out.group === undefined && groups.length > 0) {
    p.say(tr('group'));
    const ids = await pick(
      tr('pick-optional'),
      groups.map(([id, g]) => ({ id, label: textIn(g.title, lang, registry.languages) ?? '' })),
      { min: 0, max: 1 },
    );
    if (ids !== 'none' && ids[0] !== undefined) out.group = ids[0];
  }
  await askPublicAuthority();
  if (out.status === undefined) {
    p.say(tr('status'));
    const ids = await pick(
      tr('pick-default', { default: 'active' }),
      schemaEnum('activity', 'properties', 'status').map((id) => ({ id, label: t(lang, `terms.status.${id}`) })),
      { min: 0, max: 1 },
    );
    out.status = ids === 'none' || ids[0] === undefined ? 'active' : (ids[0] as Activity['status']);
  }
  await askRecordKeeping(asking, out);
  if (added.size > 0) out.newEntries = [...(out.newEntries ?? []), ...added.values()];
  return out;

  /**
   * Criminal-offence data (a category marked criminalOffence, or A10 among the bases): what allows it (Art. 10), as a
   * fact criminal-data-basis reads: official authority with the task law, personopplysningsloven § 11 with the condition
   * it applies, or a special law. A10 is added to the bases when a ground is given.
   */
  async function askArt10(): Promise<void> {
    const criminal = (out.categories ?? []).some(
      (id) => (registry.catalogues.dataCategories.get(id)?.value.criminalOffence ?? added.get(`dataCategories/${id}`)?.entry.criminalOffence) === true,
    );
    const bases = out.bases ?? [];
    if (!criminal && !bases.includes('A10')) return;
    if (out.criminalDataGround === undefined && out.lawsByBasis?.A10 === undefined && out.purpose !== undefined) {
      p.say(tr('art10-ground'));
      const choices = criminalDataGrounds().map((id) => ({ id, label: tr(`art10-ground-${id}`) }));
      const [ground] = (await pick(tr('pick-optional'), choices, { min: 0, max: 1 })) as NonNullable<NewActivity['criminalDataGround']>[];
      if (ground !== undefined) {
        out.criminalDataGround = ground;
        if (!bases.includes('A10')) out.bases = [...bases, 'A10'];
        if (ground === 'section-11') {
          p.say(tr('art10-condition'));
          const conditions = section11Conditions().map((id) => ({ id, label: t(lang, `terms.section-11-condition.${id}`) }));
          const [condition] = (await pick(tr('pick-optional'), conditions, { min: 0, max: 1 })) as NonNullable<NewActivity['section11Condition']>[];
          if (condition !== undefined) out.section11Condition = condition;
          out.lawsByBasis = { ...out.lawsByBasis, A10: [section11Ref(registry, added)] };
        } else {
          // Official authority: the task law, as given for A6-1-c or A6-1-e where it was; else asked.
          const task = ground === 'official-authority' && out.laws?.length ? out.laws : await laws(`art10-law-${ground}`);
          out.lawsByBasis = { ...out.lawsByBasis, A10: task };
        }
        return;
      }
    }
    if (out.bases?.includes('A10') && out.lawsByBasis?.A10 === undefined)
      out.lawsByBasis = { ...out.lawsByBasis, A10: await laws('law-for', { code: 'A10', name: basisName('A10', lang) }) };
  }

  /**
   * Each recipient's role, as a fact: a controller of its own (then the Art. 6(1) basis of the disclosure, and for a legal
   * obligation or public task its law, Art. 6(3)), a processor (moved to the processors, with a processors entry and its
   * Art. 28(3) agreement where there is none), or a joint controller that organisation.yaml names (Art. 26 arrangement).
   * Returns the recipients that are processors.
   */
  async function askRecipientRoles(recipients: string[]): Promise<string[]> {
    const joint = registry.organisation?.value.jointControllers ?? {};
    const names = new Map(catalogue('recipients').map((c) => [c.id, c.label || c.id]));
    const keep: string[] = [];
    const processors: string[] = [];
    const disclosures: Disclosure[] = [];
    const art6 = schemaEnum('activity', 'properties', 'disclosures', 'items', 'properties', 'basis').map((id) => ({ id, label: basisName(id, lang) }));
    for (const id of recipients) {
      const recipient = names.get(id) ?? id;
      p.say(tr('recipient-role', { recipient }));
      const roles = ['controller', 'processor', ...(Object.hasOwn(joint, id) ? ['joint-controller'] : [])].map((r) => ({
        id: r,
        label: tr(`recipient-role-${r}`),
      }));
      const [role] = (await pick(tr('pick-optional'), roles, { min: 0, max: 1 })) as string[];
      if (role === 'processor') {
        processors.push(id);
        if (!registry.catalogues.processors.has(id) && !added.has(`processors/${id}`)) {
          const agreement = await answer(tr('processor-agreement', { recipient }));
          const name = (registry.catalogues.recipients.get(id)?.value.name ?? added.get(`recipients/${id}`)?.entry.name ?? id) as LocalText;
          added.set(`processors/${id}`, { catalogue: 'processors', id, entry: { name, ...(agreement !== '' ? { agreement } : {}) } });
          p.say(
            tr('entry-staged', {
              id,
              path: relative(registry.root, catalogueFileFor(registry, 'processors', registry.root))
                .split(sep)
                .join('/'),
            }),
          );
        }
        continue;
      }
      keep.push(id);
      if (role === 'joint-controller') {
        const arrangement = await answer(tr('joint-arrangement', { recipient }));
        out.jointControllers = [...(out.jointControllers ?? []), { controller: id, ...(arrangement !== '' ? { arrangement } : {}) }];
      } else if (role === 'controller') {
        p.say(tr('disclosure-basis', { recipient }));
        const [basis] = (await pick(tr('pick-optional'), art6, { min: 0, max: 1 })) as Disclosure['basis'][];
        if (basis === undefined) continue;
        const law = NEEDS_LAW.includes(basis) ? await laws('disclosure-law', { recipient }) : [];
        disclosures.push({ recipient: id, basis, ...(law.length > 0 ? { law } : {}) });
      }
    }
    out.recipients = keep.length > 0 ? keep : 'none';
    if (disclosures.length > 0) out.disclosures = disclosures;
    return processors;
  }

  /** Countries outside the EEA, each with its Chapter V mechanism; `none` when there is no transfer. */
  async function askTransfers(): Promise<Transfer[] | 'none' | undefined> {
    p.say(tr('transfers'));
    for (;;) {
      const a = await answer(tr('transfers-answer'));
      if (a === '') return undefined;
      if (a === 'none' || a === tr('none-word')) return 'none';
      const countries = a
        .split(/[\s,]+/)
        .filter((x) => x !== '')
        .map((c) => c.toUpperCase());
      const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
      if (bad !== undefined) {
        p.say(tr('bad-country', { value: bad }));
        continue;
      }
      const mechanisms = schemaEnum('activity', 'definitions', 'transfer', 'properties', 'mechanism').map((id) => ({
        id,
        label: t(lang, `terms.mechanism.${id}`),
      }));
      const transfers: Transfer[] = [];
      for (const country of [...new Set(countries)]) {
        p.say(tr('mechanism', { country }));
        const [mechanism] = (await pick(tr('pick-optional'), mechanisms, { min: 0, max: 1 })) as string[];
        transfers.push({
          country,
          ...(mechanism !== undefined ? { mechanism: mechanism as TransferMechanism } : {}),
          ...(await askTransferDetails(country, mechanism)),
        });
      }
      return transfers;
    }
  }

  /**
   * Purposes after the first, each with an id, its text, its legal bases and the laws they need, asked until the answer
   * is no: a purpose with a basis of its own is a purpose of its own (Art. 5(1)(b), 6(1)), not words in the description.
   */
  async function askMorePurposes(): Promise<void> {
    const more: MorePurpose[] = [];
    const codes = schemaEnum('common', 'definitions', 'gdprBasis').filter((c) => c !== 'A9-1');
    const art6 = codes.filter((c) => c.startsWith('A6-')).map((id) => ({ id, label: basisName(id, lang) }));
    while ((await yesNo(tr('another-purpose'))) === true) {
      const description = (await localText('another-purpose-text'))!;
      let id: string;
      for (;;) {
        id = await required(tr('another-purpose-id'));
        if (!idPattern.test(id)) p.say(t(lang, 'authoring.new.bad-purpose-id', { value: id }));
        else if (id === out.id || more.some((m) => m.id === id)) p.say(tr('purpose-id-taken', { value: id }));
        else break;
      }
      p.say(tr('basis'));
      const bases = (await pick(tr('pick'), art6, { min: 1, accept: codes })) as GdprBasisCode[];
      const purpose: MorePurpose = { id, description, bases };
      if (bases.some((b) => NEEDS_LAW.includes(b))) purpose.laws = await laws('law');
      for (const code of bases.filter((b) => NEEDS_LAW_ART9_10.includes(b) && b !== 'A10'))
        purpose.lawsByBasis = { ...purpose.lawsByBasis, [code]: await laws('law-for', { code, name: basisName(code, lang) }) };
      // Art. 9(2)(j) is for archiving, research or statistics in accordance with Art. 89(1): which, and its safeguards.
      if (bases.includes('A9-2-j')) {
        p.say(tr('art89-purpose'));
        const kinds = ART89_KINDS.map((id) => ({ id, label: tr(`art89-${id}`) }));
        const [kind] = (await pick(tr('pick-optional'), kinds, { min: 0, max: 1 })) as NonNullable<MorePurpose['researchOrStatistics']>[];
        if (kind !== undefined) purpose.researchOrStatistics = kind;
        const ids = (await fromCatalogue('purpose-safeguards', 'securityMeasures', 0)) as string[] | undefined;
        if (ids !== undefined) purpose.safeguards = ids;
      }
      more.push(purpose);
    }
    if (more.length > 0) out.morePurposes = more;
  }

  /** With several purposes: the data categories each uses (empty: all of them), so that each purpose's Art. 9(2) condition is checked. */
  async function askPurposeCategories(categories: string[]): Promise<void> {
    const choices = catalogue('dataCategories').filter((c) => categories.includes(c.id));
    const ask = async (purpose: LocalText | undefined, id: string): Promise<string[] | undefined> => {
      p.say(tr('purpose-categories', { purpose: textIn(purpose, lang, registry.languages) ?? id }));
      const ids = (await pick(tr('pick-optional'), choices, { min: 0 })) as string[];
      return ids.length > 0 ? ids : undefined;
    };
    if (out.purposeCategories === undefined) out.purposeCategories = await ask(out.purpose, out.id);
    for (const m of out.morePurposes ?? []) if (m.categories === undefined) m.categories = await ask(m.description, m.id);
  }

  /**
   * People told under Art. 14 (data obtained elsewhere) or by a public notice, while no source but the person or a device is
   * named: where the data comes from is asked again, with a new source added on the spot (Art. 14(2)(f)).
   */
  async function askSourcesElsewhere(): Promise<void> {
    const method = out.information?.method ?? [];
    if (!method.includes('art14') && !method.includes('public-notice')) return;
    const typeOf = (id: string): unknown => registry.catalogues.sources.get(id)?.value.type ?? added.get(`sources/${id}`)?.entry.type;
    if ((out.sources ?? []).some((id) => typeOf(id) !== 'data-subject' && typeOf(id) !== 'device')) return;
    const ids = (await fromCatalogue('sources-elsewhere', 'sources', 0)) as string[] | undefined;
    if (ids !== undefined) out.sources = [...new Set([...(out.sources ?? []), ...ids])];
  }

  /**
   * The joint controllers organisation.yaml names that decide this processing with us (Art. 26), with the reference of each
   * arrangement and the split of duties (who answers the data subjects); asked only where organisation.yaml names one, and
   * the split also for one chosen as a recipient's role.
   */
  async function askJointControllers(): Promise<void> {
    const joint = Object.entries(registry.organisation?.value.jointControllers ?? {});
    if (joint.length === 0) return;
    const chosen = new Set((out.jointControllers ?? []).map((j) => j.controller));
    const left = joint.filter(([id]) => !chosen.has(id)).map(([id, party]) => ({ id, label: party.name }));
    if (left.length > 0) {
      p.say(tr('joint-controllers'));
      const ids = (await pick(tr('pick-optional'), left, { min: 0 })) as string[];
      for (const id of ids) {
        const name = left.find((c) => c.id === id)?.label ?? id;
        const arrangement = await answer(tr('joint-arrangement', { recipient: name }));
        out.jointControllers = [...(out.jointControllers ?? []), { controller: id, ...(arrangement !== '' ? { arrangement } : {}) }];
      }
    }
    const split: NonNullable<NewActivity['jointControllers']> = [];
    for (const j of out.jointControllers ?? []) {
      const name = registry.organisation?.value.jointControllers?.[j.controller]?.name ?? j.controller;
      const responsibilities = j.responsibilities ?? (await localText('joint-responsibilities', { controller: name }, true));
      // Art. 26(1): the arrangement may designate a contact point for data subjects; one way to reach it is enough here.
      const contact = j.contactPoint === undefined ? await answer(tr('joint-contact', { controller: name })) : '';
      const [field, value] = contactField(contact);
      split.push({ ...j, ...(responsibilities !== undefined ? { responsibilities } : {}), ...(contact !== '' ? { contactPoint: { [field]: value } } : {}) });
    }
    if (split.length > 0) out.jointControllers = split;
  }

  /**
   * What a transfer rests on, said beyond its mechanism: where safeguards (Art. 46) or the compelling-interest derogation
   * (Art. 49(1) second subparagraph) are documented; for the United States on adequacy whether the recipient is certified
   * under the Data Privacy Framework; for an adequacy decision that covers only some recipients (Canada, Japan) what the
   * recipient is; the recipient or processor that receives it, among the activity's.
   */
  async function askTransferDetails(country: string, mechanism: string | undefined): Promise<Partial<Transfer>> {
    const got: Partial<Transfer> = {};
    if (mechanism !== undefined && (mechanism.startsWith('A46-') || mechanism === 'A49-1-subpara2')) {
      const reference = await answer(tr('transfer-reference', { country }));
      if (reference !== '') got.reference = reference;
    }
    // Art. 49(1) second subparagraph and 49(6): the assessment and its safeguards, and who was told (derogation-documented).
    if (mechanism === 'A49-1-subpara2') {
      const safeguards = await localText('transfer-safeguards', { country }, true);
      if (safeguards !== undefined) got.safeguards = safeguards;
      const subjects = await yesNo(tr('transfer-subjects-informed', { country }));
      const authority = await answer(tr('transfer-authority-informed', { country }));
      if (subjects !== undefined || authority !== '')
        got.informed = { ...(subjects !== undefined ? { dataSubjects: subjects } : {}), ...(authority !== '' ? { supervisoryAuthority: authority } : {}) };
    }
    const parties = [...(Array.isArray(out.recipients) ? out.recipients : []), ...(out.processors ?? [])];
    if (parties.length > 0) {
      p.say(tr('transfer-recipient', { country }));
      const names = new Map([...catalogue('recipients'), ...catalogue('processors')].map((c) => [c.id, c.label]));
      const [recipient] = (await pick(
        tr('pick-optional'),
        [...new Set(parties)].map((id) => ({ id, label: names.get(id) ?? '' })),
        { min: 0, max: 1 },
      )) as string[];
      if (recipient !== undefined) got.recipient = recipient;
    }
    if (mechanism === 'A45-3' && country === 'US') {
      const certified = await yesNo(tr('transfer-dpf'));
      if (certified !== undefined) got.dpfCertified = certified;
    }
    if (mechanism === 'A45-3' && got.recipient === undefined && PRIVATE_ONLY.has(referenceData().adequacy.countries.get(country)?.scope ?? '')) {
      p.say(tr('transfer-recipient-type', { country }));
      const types = schemaEnum('activity', 'definitions', 'transfer', 'properties', 'recipientType').map((id) => ({
        id,
        label: t(lang, `terms.recipient-type.${id}`),
      }));
      const [type] = (await pick(tr('pick-optional'), types, { min: 0, max: 1 })) as NonNullable<Transfer['recipientType']>[];
      if (type !== undefined) got.recipientType = type;
    }
    return got;
  }

  /**
   * Whether the activity is carried out as a public authority, asked only where the answer changes what the law allows: a
   * public body's legitimate interest (Art. 6(1) second subparagraph: not for the performance of its tasks), a private body's
   * public task (A6-1-e: a task given by law, as a kirkelig fellesråd's burial authority). Empty keeps organisation.yaml's.
   */
  async function askPublicAuthority(): Promise<void> {
    const org = registry.organisation?.value.publicAuthority;
    if (out.publicAuthority !== undefined || org === undefined) return;
    const bases = allBases(out);
    if (!(org ? bases.includes('A6-1-f') : bases.includes('A6-1-e'))) return;
    const answer = await yesNo(tr(org ? 'public-authority-f' : 'public-authority-e'));
    if (answer !== undefined && answer !== org) out.publicAuthority = answer;
  }

  /**
   * Each restricted right: the right, a provision that can restrict it, the law; one the rule would flag is refused with
   * its reason and asked again. Art. 89's provisions ask whether the purpose is archiving, research or statistics.
   */
  async function askRestrictions(): Promise<RightsRestriction[] | undefined> {
    const got: RightsRestriction[] = [];
    const path = join(registry.root, 'activities', `${out.id}.yaml`);
    for (;;) {
      p.say(tr(got.length === 0 ? 'restrict-right' : 'restrict-more'));
      const rights = restrictableRights().map((id) => ({ id, label: t(lang, `terms.right.${id}`) }));
      const [right] = (await pick(tr('pick-optional'), rights, { min: 0, max: 1 })) as Right[];
      if (right === undefined) break;
      const term = t(lang, `terms.right.${right}`);
      p.say(tr('restrict-provision', { right: term }));
      const provisions = provisionsFor(right).map((id) => ({ id, label: tr(`provision-${provisionKey(id)}`) }));
      const [gdpr] = (await pick(tr('pick'), provisions, { min: 1, max: 1 })) as string[];
      if (isArt89(gdpr!) && out.researchOrStatistics === undefined && out.purpose !== undefined) {
        p.say(tr('art89-purpose'));
        const kinds = ['research', 'statistics', 'archiving'].map((id) => ({ id, label: tr(`art89-${id}`) }));
        const [kind] = (await pick(tr('pick-optional'), kinds, { min: 0, max: 1 })) as NonNullable<NewActivity['researchOrStatistics']>[];
        if (kind !== undefined) out.researchOrStatistics = kind;
      }
      const law = await laws('restrict-law', { right: term, gdpr: gdpr! });
      const x: RightsRestriction = { right, gdpr: gdpr!, ...(law.length > 0 ? { law } : {}) };
      const refused = restrictionRefusal(registry, out, x, lang, path);
      if (refused !== undefined) {
        p.say(tr('restrict-refused', { reason: refused }));
        continue;
      }
      got.push(x);
    }
    return got.length > 0 ? got : undefined;
  }

  /** For each data category: a period, a policy or permanent; categories with the same answer share one entry. */
  async function askRetention(categories: string[]): Promise<Retention[] | undefined> {
    p.say(tr('retention'));
    const policies = catalogue('retentionPolicies');
    if (policies.length > 0) list(policies);
    const names = new Map(catalogue('dataCategories').map((c) => [c.id, c.label || c.id]));
    const duration = new RegExp((schemaNode('common', 'definitions', 'duration') as { pattern: string }).pattern);
    const rules = new Map<string, Retention>();
    for (const category of categories) {
      for (;;) {
        const a = await answer(`  ${names.get(category) ?? category}:`);
        if (a === '') break;
        const n = /^[0-9]+$/.test(a) ? Number(a) : NaN;
        const policy = n >= 1 && n <= policies.length ? policies[n - 1]!.id : policies.find((x) => x.id === a)?.id;
        const rule: Retention | undefined =
          policy !== undefined
            ? { policy }
            : a.toLowerCase() === 'permanent' || a.toLowerCase() === tr('permanent-word')
              ? { permanent: true }
              : duration.test(a.toUpperCase())
                ? { period: a.toUpperCase() }
                : undefined;
        if (rule === undefined) {
          p.say(tr('bad-period', { value: a }));
          continue;
        }
        const key = JSON.stringify(rule);
        const entry = rules.get(key) ?? { categories: [], ...rule };
        entry.categories!.push(category);
        rules.set(key, entry);
        break;
      }
    }
    return rules.size > 0 ? [...rules.values()] : undefined;
  }
}

/** The words for an enum value of a catalogue entry, where the locale files have them. */
function enumLabel(kind: CatalogueKind, key: string, value: string, lang: Lang): string {
  const prefix =
    key === 'specialCategory'
      ? 'special'
      : key === 'endAction'
        ? 'end-action'
        : key === 'type'
          ? { sources: 'source-type', recipients: 'recipient-type', securityMeasures: 'measure-type' }[kind as string]
          : undefined;
  return prefix === undefined ? '' : t(lang, `terms.${prefix}.${value}`);
}

/** `statistikkloven § 10; personopplysningsloven § 8`: a law by number or id, then the section as printed. */
async function askLaws(
  answer: (q: string) => Promise<string>,
  tr: (key: string, args?: Record<string, string>) => string,
  laws: Choice[],
  unknown: (token: string) => Promise<Choice | undefined>,
): Promise<LawRef[]> {
  for (;;) {
    const a = await answer(tr('law-answer'));
    if (a === '') return [];
    const refs: LawRef[] = [];
    let bad = false;
    for (const part of a
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      const ref = parseLawRef(part) as { law: string; section?: string };
      const n = /^[0-9]+$/.test(ref.law) ? Number(ref.law) : NaN;
      let id = n >= 1 && n <= laws.length ? laws[n - 1]!.id : ref.law;
      if (!laws.some((l) => l.id === id)) {
        const made = await unknown(ref.law);
        if (made === undefined) {
          bad = true;
          break;
        }
        id = made.id;
      }
      refs.push({ ...ref, law: id });
    }
    if (!bad) return refs;
  }
}
