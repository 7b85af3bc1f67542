import { isArt89Purpose, isDirectMarketing, knownLaw, lawCitation, lawName, sectionIds, sectionNumbers, someLawHasRole, textsOf } from '../check/facts.js';
import type { LawEntry, ReferenceData } from '../check/reference.js';
import type { ResolvedActivity, ResolvedLaw } from '../model/resolve.js';
import { citesSection3, expressionExempt } from '../check/journalism.js';
import { defineRule } from '../check/rule.js';
import { isTaskBasis, resolveLaw } from '../model/resolve.js';
import type { Right } from '../model/types.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { activityTexts } from '../check/prose-activity.js';
import { textsAt } from '../check/free-text.js';
import { rightDeniedIn, rightRefusedIn } from '../check/rights-refused.js';

/**
 * Art. 23, 89(2)-(3): a restriction of data-subject rights needs a legal measure. Provisions that only
 * allow the EU or a member state to legislate (Art. 23, 85, 89(2), 89(3)) need the national law named;
 * provisions that apply directly (e.g. Art. 14(5), 17(3), 21(6)) are a reference in themselves.
 * Each provision restricts only some rights: Art. 89(2) Arts. 15, 16, 18 and 21; Art. 89(3) those and
 * 19 and 20; Art. 17(3) erasure only; Art. 14(5) and 13(4) information only; Art. 21(6) objection
 * only; Art. 20(3) portability only. personopplysningsloven § 16 first paragraph: «Retten til informasjon og innsyn
 * etter personvernforordningen artikkel 13, 14 og 15 omfatter ikke opplysninger som …» (letters a-f; its fourth
 * paragraph also limits the Art. 34 breach notice, which a record does not list as a right). § 17: access (Art. 15),
 * rectification and restriction (Arts. 16 and 18) for archiving, research and statistics, and nothing else: not
 * objection, portability or notification, though Art. 89(3) would allow them for archives. Read in Lovdata's text
 * on 2026-11-30 (docs/rules/rights-restriction-reference.md). Which rights a national section restricts is reference data
 * (data/norwegian-law.json, `rights` on a section: those two, and hvitvaskingsloven § 32, access only).
 * personopplysningsloven § 3 (journalistic, academic, artistic and literary expression, Art. 85) lifts chapter III
 * whole, but only for those purposes: cited on an activity none of whose purposes is such expression (subscribers,
 * moderation, sales), it restricts nothing (`journalism-only`; src/check/journalism.ts).
 */
const NEEDS_NATIONAL_LAW = lazyPattern(String.raw`\b(23|85)\b|89\s*(\(\s*[23]\s*\)|nr\.?\s*[23])`, 'i');
/**
 * Provisions that apply directly but only where a law does what they describe: Art. 14(5)(c) «obtaining or disclosure
 * is expressly laid down by Union or Member State law», 14(5)(d) «an obligation of professional secrecy regulated by
 * Union or Member State law, including a statutory obligation of secrecy», 17(3)(b) «a legal obligation which requires
 * processing by Union or Member State law». Cited with no law, the record does not show that the condition is met.
 */
const art14_5 = (letters: string): RegExp =>
  new RegExp(
    `\\b14\\s*(?:\\(\\s*5\\s*\\)|nr\\.?\\s*5)\\s*(?:\\(\\s*[${letters}]\\s*\\)|bokstav\\s*[${letters}]\\b|lit\\.?\\s*[${letters}]\\b|[${letters}]\\b)`,
    'i',
  );
const ART14_5_CD = art14_5('cd');
const ART14_5_D = art14_5('d');
const ART17_3_B = lazyPattern(String.raw`\b17\s*(?:\(\s*3\s*\)|nr\.?\s*3)\s*(?:\(\s*b\s*\)|bokstav\s*b\b|lit\.?\s*b\b|b\b)`, 'i');
const needsItsLaw = (gdpr: string): boolean => ART14_5_CD.test(gdpr) || ART17_3_B().test(gdpr);
/**
 * Where the record names the law the provision needs elsewhere than on the restriction: for 14(5)(c), the law that lays
 * down the obtaining (`information.law`, the field made for it, or the law on a source elsewhere); for 17(3)(b), a
 * purpose resting on a legal obligation or public task (6(1)(c), (e)) with its law. 14(5)(d)'s secrecy law has no other
 * place.
 */
function lawShownElsewhere(r: ResolvedActivity, gdpr: string): boolean {
  // «14(5)(c) og (d)»: the (d) needs its secrecy law on the restriction.
  if (ART14_5_CD.test(gdpr) && !ART14_5_D.test(gdpr) && !/\(\s*d\s*\)|bokstav\s*d\b/i.test(gdpr)) {
    if ((r.activity.information?.law ?? []).length > 0) return true;
    if (r.sources.some((s) => s.value.type !== 'data-subject' && (s.value.law ?? []).length > 0)) return true;
  }
  if (ART17_3_B().test(gdpr)) return r.purposes.some((p) => p.legalBasis.some((b) => isTaskBasis(b.gdpr) && b.law.length > 0));
  return false;
}

const ART89_2: readonly Right[] = ['access', 'rectification', 'restriction', 'objection'];
const ART89_3: readonly Right[] = [...ART89_2, 'notification', 'portability'];
/** Article and paragraph → the rights the provision can restrict (`ropa new` offers a provision only for these: src/authoring/restrictions.ts). */
export const GDPR_PROVISIONS: Readonly<Record<string, readonly Right[]>> = {
  '89-2': ART89_2,
  '89-3': ART89_3,
  '17-3': ['erasure'],
  '14-5': ['information'],
  '13-4': ['information'],
  '21-6': ['objection'],
  '20-3': ['portability'],
};
/**
 * The rights the cited sections of a law restrict, from data/norwegian-law.json (`rights` on a section:
 * personopplysningsloven § 16 information and access, § 17 access, rectification and restriction; hvitvaskingsloven
 * § 32 access); undefined when the law is unknown, no section is cited, or a cited section has no such list.
 */
function sectionRights(law: ResolvedLaw, ref: ReferenceData): { label: string; rights: readonly Right[] }[] | undefined {
  const known = knownLaw(law, ref)?.law;
  const cited = sectionIds(law.section);
  if (!known || cited.length === 0) return undefined;
  const scoped = cited.map((k) => {
    const entry = known.sections?.[k];
    const rights = entry === undefined || Array.isArray(entry) ? undefined : (entry as LawEntry).rights;
    return rights === undefined ? undefined : { label: `${lawName(law)} § ${k}`, rights };
  });
  return scoped.every((x) => x !== undefined) ? scoped : undefined;
}

/**
 * The sections of a cited law that restrict data-subject rights (data/norwegian-law.json: the `rights-restriction` role on
 * a section), where the law is cited at another section (M2, session 44, B10's leftover): «personopplysningsloven § 12»
 * restricts nothing, but §§ 16 and 17 of that law do, so the law is not one «with no restricting provision». Not
 * personopplysningsloven §§ 2 and 3: they take processing out of the Regulation (court cases, journalism), which
 * journalism-only and the scope check judge. Empty where no section is cited or the law has no such section.
 */
function restrictingSections(law: ResolvedLaw, ref: ReferenceData): string[] {
  const found = knownLaw(law, ref);
  if (found === undefined || sectionIds(law.section).length === 0) return [];
  const scope = found.key === 'personopplysningsloven' ? ['2', '3'] : [];
  return Object.entries(found.law.sections ?? {})
    .filter(([k, s]) => !scope.includes(k) && !Array.isArray(s) && (s as LawEntry).roles?.includes('rights-restriction') === true)
    .map(([k]) => `${lawName(law)} § ${k}`);
}

/**
 * The provision as the registry's own code form writes it, like the legal-basis codes («A17-3-b» for Art. 17(3)(b),
 * «A89-2» for Art. 89(2)), spelled the way the patterns above read it; any other text is returned as written.
 */
function provisionText(text: string): string {
  const m = /^\s*A(\d+)-(\d+)(?:-([a-z]))?\s*$/i.exec(text);
  return m ? `Art. ${m[1]}(${m[2]})${m[3] ? `(${m[3].toLowerCase()})` : ''}` : text;
}

/** "Art. 89(2)", "artikkel 89 nr. 2", "17(3)(d)" → "89-2", "17-3"; undefined when not one of these forms. */
export function gdprProvision(text: string): string | undefined {
  const m = /(\d+)\s*(?:\(\s*(\d+)\s*\)|nr\.?\s*(\d+)|no\.?\s*(\d+))/i.exec(text);
  return m ? `${m[1]}-${m[2] ?? m[3] ?? m[4]}` : undefined;
}

/**
 * personopplysningsloven § 2 second paragraph: «Loven og personvernforordningen gjelder ikke … b) for saker som
 * behandles eller avgjøres i medhold av rettspleielovene (domstolloven, straffeprosessloven, tvisteloven og
 * tvangsfullbyrdelsesloven mv.).» (Lovdata's text, read 2026-12-05; quote re-checked by the lead the same day): no right of the
 * GDPR applies to such a case, so a record that cites § 2 for a right names why it is not given (data/norwegian-law.json
 * gives the section every right). It holds only for those cases: cited on an activity that names none of the four acts
 * (on a legal basis, a restriction, the information law, a source or a disclosure), it restricts nothing.
 */
const COURT_PROCEDURE_ACTS = new Set(['LOV-1915-08-13-5', 'LOV-1981-05-22-25', 'LOV-2005-06-17-90', 'LOV-1992-06-26-86']);
const COURT_PROCEDURE_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:domstollov\p{L}*|straffeprosesslov\p{L}*|tvistelov\p{L}*|tvistelova|tvangsfullbyrdelseslov\p{L}*|tvangsfullføringslov\p{L}*|strpl|tvl)(?![\p{L}])`,
  'iu',
);
function citesScopeSection(laws: readonly ResolvedLaw[], ref: ReferenceData): boolean {
  return laws.some((l) => knownLaw(l, ref)?.key === 'personopplysningsloven' && sectionIds(l.section).includes('2'));
}
function isCourtProcedureAct(l: ResolvedLaw): boolean {
  const id = l.law?.value.lovdataId;
  if (id !== undefined && COURT_PROCEDURE_ACTS.has(id)) return true;
  const names = [typeof l.ref === 'string' ? l.ref : l.ref.law, ...(l.law === undefined ? [] : [l.law.id])];
  return names.some((n) => COURT_PROCEDURE_NAME().test(n));
}
function citesCourtProcedureLaw(registry: Parameters<typeof resolveLaw>[0], r: ResolvedActivity): boolean {
  const a = r.activity;
  const raw = [
    ...(a.rightsRestrictions ?? []).flatMap((x) => x.law ?? []),
    ...(a.information?.law ?? []),
    ...(a.disclosures ?? []).flatMap((d) => d.law ?? []),
    ...r.sources.flatMap((s) => s.value.law ?? []),
  ];
  return [...r.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law)), ...raw.map((l) => resolveLaw(registry, l))].some(isCourtProcedureAct);
}

/**
 * Whether the activity's data subjects include the relatives (LR2, session 46): a sentence that denies relatives a
 * rectification speaks of their own data only there. Art. 16 gives the right to «personal data concerning him or her»,
 * and so does the health law: «Pasienten, brukeren eller den som opplysningene gjelder, kan kreve at opplysningene i
 * journalen rettes eller slettes» (pasient- og brukerrettighetsloven § 5-2, read in Lovdata's text, mirror of 2 July 2026,
 * on 2026-12-05). Where the record lists residents or patients alone, what relatives would have corrected is another
 * person's data, and denying them that states the law.
 */
const RELATIVES_SUBJECT = lazyPattern(String.raw`pårørend|pårørand|relative|next\s+of\s+kin|nærmeste|kontaktperson`, 'iu');
const relativesAmongSubjects = (r: ResolvedActivity): boolean =>
  r.dataSubjects.some((s) => RELATIVES_SUBJECT().test(s.id) || textsOf(s.value.name).some((t) => RELATIVES_SUBJECT().test(t)));

/** Art. 21(1): the right to object is given where the processing rests on Art. 6(1)(e) or (f). */
function objectionApplies(r: ResolvedActivity): boolean {
  return r.purposes.some((p) => p.legalBasis.some((b) => /^A6-1-[ef]\b/i.test(b.gdpr)));
}

export default defineRule(
  {
    id: 'rights-restriction-reference',
    severity: 'error',
    citation: 'GDPR Art. 23(1)-(2); 89(2)-(3); personopplysningsloven §§ 16-17',
    messages: [
      'missing',
      'national-law',
      'wrong-provision',
      'not-restriction-law',
      'restricting-section-elsewhere',
      'wrong-section',
      'section-17-purpose',
      'section-17-effects',
      'direct-marketing-objection',
      'provision-needs-law',
      'journalism-only',
      'in-words',
      'in-words-right',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const restrictions = r.activity.rightsRestrictions ?? [];
      // The person refused their own data in words (check/rights-refused.ts: «du får ikke innsyn i …», «customers are not
      // shown their score», «we do not give callers a copy of their recordings»), while no restriction is recorded: Art. 15
      // may be restricted only by a measure under Art. 23 (personopplysningsloven § 16 or a special law), which the record
      // must name (R36, session 40).
      // The information note is read too: how people are told is where a record says who is not told or shown (W5,
      // session 46, variants-ferje FJ74: «Den det varsles om, får ikke innsyn i saken og blir ikke informert om den»).
      const texts = [...activityTexts(r), ...textsAt(r.activity.information?.note, '/information/note')];
      if (restrictions.length === 0) {
        const said = texts.find((t) => rightRefusedIn(t.text) !== undefined);
        if (said !== undefined) report.activity(r, said.pointer, 'in-words', { words: rightRefusedIn(said.text)! });
      }
      // Rectification or objection denied in words (check/rights-refused.ts rightDeniedIn: «Pårørande kan ikkje krevje at
      // opplysningane blir retta», «you cannot object»), with no restriction of that right recorded: the same gap as a
      // recorded restriction with no law (FY, session 45). Objection only where Art. 21(1) gives it (6(1)(e) or (f)); the
      // relatives' denial only where they are data subjects of the activity (LR2, session 46).
      const denied = texts
        .map((t) => ({ t, d: rightDeniedIn(t.text) }))
        .find(
          ({ d }) =>
            d !== undefined &&
            !restrictions.some((x) => x.right === d.right) &&
            (d.right !== 'objection' || objectionApplies(r)) &&
            (!d.relatives || relativesAmongSubjects(r)),
        );
      if (denied !== undefined) report.activity(r, denied.t.pointer, 'in-words-right', { right: denied.d!.right, words: denied.d!.words });
      // Asked only of an activity that restricts something (most restrict nothing).
      const marketing = restrictions.length > 0 && isDirectMarketing(r, ctx.reference);
      restrictions.forEach((x, i) => {
        const at = join('/rightsRestrictions', i);
        // Art. 21(3): once a person objects to direct marketing, the data is no longer processed for it. No
        // provision of the Regulation or national law may take that away (Art. 23 restricts, it does not abolish).
        if (marketing && x.right === 'objection') {
          report.activity(r, join(at, 'right'), 'direct-marketing-objection');
          return;
        }
        const gdpr = x.gdpr !== undefined ? provisionText(x.gdpr) : undefined;
        const provision = gdpr !== undefined ? gdprProvision(gdpr) : undefined;
        const rights = provision !== undefined ? GDPR_PROVISIONS[provision] : undefined;
        if (gdpr !== undefined && rights !== undefined && !rights.includes(x.right)) {
          report.activity(r, join(at, 'gdpr'), 'wrong-provision', { right: x.right, gdpr: x.gdpr ?? gdpr });
          return;
        }
        const laws = x.law ?? [];
        if (laws.length === 0) {
          if (gdpr === undefined) report.activity(r, at, 'missing', { right: x.right });
          else if (NEEDS_NATIONAL_LAW().test(gdpr)) report.activity(r, join(at, 'gdpr'), 'national-law', { right: x.right, gdpr: x.gdpr ?? gdpr });
          else if (needsItsLaw(gdpr) && !lawShownElsewhere(r, gdpr))
            report.activity(r, join(at, 'gdpr'), 'provision-needs-law', { right: x.right, gdpr: x.gdpr ?? gdpr });
          return;
        }
        const asResolved = laws.map((l) => resolveLaw(ctx.registry, l));
        // § 3 follows the purpose: a restriction «under § 3» where no purpose is journalistic expression restricts nothing.
        if (citesSection3(asResolved, ctx.reference) && !r.purposes.some((p) => expressionExempt(p, ctx.reference))) {
          report.activity(r, join(at, 'law'), 'journalism-only', { right: x.right });
          return;
        }
        // personopplysningsloven § 2 second paragraph (b) takes cases under the court procedure acts out of the GDPR
        // whole; it restricts nothing on an activity that cites none of them (B10, session 43: KK-utvalget).
        if (citesScopeSection(asResolved, ctx.reference) && !citesCourtProcedureLaw(ctx.registry, r)) {
          report.activity(r, join(at, 'law'), 'not-restriction-law', { right: x.right, laws: asResolved.map(lawName) });
          return;
        }
        // A provision that applies directly (Art. 17(3), 14(5), 21(6), 20(3)) is the restriction itself; the
        // law cited with it is its context (for 17(3)(b) the legal obligation to keep the data, bokføringsloven
        // § 13), not a national measure restricting rights, so it need not be one.
        const direct = rights !== undefined && gdpr !== undefined && !NEEDS_NATIONAL_LAW().test(gdpr);
        if (!direct && someLawHasRole(asResolved, 'rights-restriction', ctx.reference) === 'no') {
          // The law restricts rights in other sections than the one cited: the section is wrong, not the law.
          const elsewhere = asResolved.flatMap((l) => restrictingSections(l, ctx.reference));
          if (elsewhere.length > 0)
            report.activity(r, join(at, 'law'), 'restricting-section-elsewhere', { right: x.right, laws: asResolved.map(lawCitation), sections: elsewhere });
          else report.activity(r, join(at, 'law'), 'not-restriction-law', { right: x.right, laws: asResolved.map(lawName) });
          return;
        }
        // Sections cited alone whose restrictions ropa knows (personopplysningsloven §§ 16, 17, hvitvaskingsloven § 32),
        // none of them for this right.
        const scoped = asResolved.map((l) => sectionRights(l, ctx.reference));
        if (scoped.every((s) => s !== undefined)) {
          const cited = scoped.flatMap((s) => s!);
          if (!cited.some((s) => s.rights.includes(x.right))) {
            report.activity(r, join(at, 'law'), 'wrong-section', { right: x.right, sections: cited.map((s) => s.label) });
            return;
          }
        }
        // personopplysningsloven § 17's own conditions.
        const popplyl = asResolved.filter((l) => knownLaw(l, ctx.reference)?.key === 'personopplysningsloven');
        if (popplyl.length === laws.length) {
          const sections = popplyl.flatMap((l) => sectionNumbers(l.section)).filter((s) => s === 16 || s === 17);
          if (sections.length > 0 && sections.every((s) => s === 17) && r.purposes.length > 0 && !r.purposes.some(isArt89Purpose)) {
            // § 17 applies only to processing «for arkivformål i allmennhetens interesse, formål knyttet til vitenskapelig
            // eller historisk forskning eller statistiske formål i samsvar med personvernforordningen artikkel 89 nr. 1».
            report.activity(r, join(at, 'law'), 'section-17-purpose', { right: x.right }, { severity: 'warning' });
          } else if (sections.length > 0 && sections.every((s) => s === 17) && r.activity.automatedDecisions?.used === true) {
            // § 17 third paragraph: «Første og annet ledd gjelder ikke dersom behandlingen får rettsvirkninger eller direkte
            // faktiske virkninger for den registrerte» — and an Art. 22 decision has legal or similarly significant effects.
            report.activity(r, join(at, 'law'), 'section-17-effects', { right: x.right }, { severity: 'warning' });
          }
        }
      });
    }
  },
);
