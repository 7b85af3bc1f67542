import {
  art6Points,
  basesWithPointers,
  citesProvision,
  isArt89Purpose,
  isLaw,
  knownLaw,
  lawCitation,
  lawFit,
  lawName,
  lawOrgFor,
  lawOrgOf,
  lawsFit,
  saidUnnegated,
  sectionNumbers,
  textsOf,
  type LawMisfit,
  type LawOrg,
} from '../check/facts.js';
import type { ResolvedLaw, ResolvedPurpose } from '../model/resolve.js';
import type { Organisation } from '../model/types.js';
import type { LawEntry, ReferenceData } from '../check/reference.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 6(3): a legal obligation or a public task needs a basis in EU or national law that sets the
 * purpose. Where every law cited is one ropa knows (data/norwegian-law.json) and none can be such a
 * basis (personopplysningsloven for a legal obligation), that is a finding; a law ropa does not know
 * is not judged. A duty to provide data (statistikkloven § 10) is a legal obligation for those who must
 * hand data over, not for the body that receives it: that body citing it alone for 6(1)(c) is reported.
 * personopplysningsloven § 8 is a basis under Art. 6(1)(e) only «dersom det er nødvendig for arkivformål i
 * allmennhetens interesse, formål knyttet til vitenskapelig eller historisk forskning eller statistiske formål»:
 * it counts for a purpose marked as such (researchOrStatistics), and for no other.
 * Personopplysningsloven § 1 makes the GDPR Norwegian law: «§ 1, jf. personvernforordningen artikkel 32»
 * cites an obligation of the GDPR itself (Art. 6(3)(a): Union law), which ropa does not judge.
 * What each law is for (data/norwegian-law.json) says why a known law does not fit: free text naming the
 * organisation's own guidelines is no law (`internal-rules`), nor are an association's statutes («NIFs lov», «vedtekter»:
 * `association-statutes`, H12D, variants-idrett ID31); a provision that sets conditions on processing
 * the controller chooses (arbeidsmiljøloven § 9-1, the camera regulation) lays down no obligation or task
 * (`sets-conditions`); a law that binds public bodies (arkivlova) is none for an organisation recorded as no
 * public authority (`public-bodies-only`; a warning, `decisions-only`, where the law also binds others in the cases
 * where they make individual decisions or regulations, as arkivlova § 3 does); inkassoloven obliges debt collectors, not the creditor
 * (`debt-collectors`, a warning), unless the organisation is itself a debt collector: its name or its notice's own words
 * say so (isDebtCollector: «Skagerak Inkasso AS», «vi har inkassobevilling»; variants-inkasso, B2 2026-12-01). A law tied to the other point
 * of Art. 6(1) (bokføringsloven lays down an obligation, 6(1)(c), and vests no public task) is a warning (`other-point`).
 * A section that gives its processing authority to one named body (NAV-loven § 4 a: «Arbeids- og velferdsetaten kan
 * behandle personopplysninger …») is none for another organisation, known by its organisation number or name
 * (`other-body`: a municipality's social services citing the state agency's provision). A third country's law («49 U.S.C.
 * § 44909», «UK … Order 2008») is no Union or Member State law (`foreign-law`; facts.ts FOREIGN_LAW).
 */
const VARIANT: Record<
  LawMisfit,
  | 'not-a-basis'
  | 'internal-rules'
  | 'association-statutes'
  | 'sets-conditions'
  | 'public-bodies-only'
  | 'decisions-only'
  | 'debt-collectors'
  | 'other-body'
  | 'foreign-law'
> = {
  role: 'not-a-basis',
  internal: 'internal-rules',
  statutes: 'association-statutes',
  limits: 'sets-conditions',
  'public-bodies': 'public-bodies-only',
  'decisions-only': 'decisions-only',
  'debt-collectors': 'debt-collectors',
  'other-body': 'other-body',
  foreign: 'foreign-law',
};
/** A purpose whose words are keeping records as archive: «arkivere», «avlevere arkiv», «archive», «deposit» (nb, nn, en). */
const ARCHIVING = lazyPattern(String.raw`(?<![\p{L}])(?:arkiver\p{L}*|avleve\p{L}*|archiv\p{L}*|deposit\p{L}* (?:\p{L}+ ){0,3}?archives?)`, 'iu');
/**
 * The purpose is archiving: its first aim is («Arkivere …», «journalføre og arkivere …», «Archiving of …»), not a step
 * after another aim the law does lay down («Gi ansatte skriftlig arbeidsavtale og arkivere den»: arbeidsmiljøloven § 14-5).
 */
const LEADS_WITH_ARCHIVING = lazyPattern(
  String.raw`^\s*(?:(?:å|to)\s+)?(?:arkiv\p{L}*|avleve\p{L}*|archiv\p{L}*|journalfør\p{L}*|deposit\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * A legal obligation to archive whose every law ropa knows, none of which lays down an archive duty (`archive-duty`) or a
 * duty to keep records (`keepFor`: bokføringsloven): arbeidsmiljøloven cited for the archive. A law ropa does not know,
 * or none, is not judged.
 */
function archivesWithoutDuty(purpose: Pick<ResolvedPurpose, 'description'>, laws: readonly ResolvedLaw[], ref: ReferenceData, org: LawOrg): boolean {
  if (laws.length === 0 || !textsOf(purpose.description).some((t) => LEADS_WITH_ARCHIVING().test(t) && saidUnnegated(t, ARCHIVING()))) return false;
  const fit = lawsFit(laws, 'archive-duty', ref, org);
  if (fit.answer !== 'no' || fit.why !== 'role') return false;
  // Every law lacks the role: arkivlova beside privatskolelova binds a private school in its decisions (W2 false-alarm
  // review, 2026-11-30), and lawsFit gives only the first law's reason.
  if (laws.some((l) => lawFit(l, 'archive-duty', ref, org).why !== 'role')) return false;
  return laws.every((l) => {
    const known = knownLaw(l, ref)?.law;
    // `keepFor` and `keepAs` are a section's (KnownLaw has none of its own).
    return (
      known !== undefined &&
      Object.values(known.sections ?? {}).every((e) => Array.isArray(e) || ((e as LawEntry).keepFor === undefined && (e as LawEntry).keepAs === undefined))
    );
  });
}
/** The GDPR by its catalogue entry's words (it has no Lovdata id of its own): «personvernforordninga», «GDPR», «2016/679». */
const GDPR_WORDS = lazyPattern(String.raw`personvernforordning|(?<![\p{L}])gdpr(?![\p{L}])|2016\/679|general data protection regulation`, 'iu');
/** A section that cites the GDPR's own Art. 6 or 9: «artikkel 6 nr. 1 bokstav e», «art. 9(2)(g)», «Article 6(1)(c)». */
const BASIS_ARTICLE = lazyPattern(String.raw`^\s*art(?:ikkel|icle|\.)?\s*(?:6|9)(?!\d)`, 'iu');
/** «§ 1, jf. personvernforordningen artikkel 6 nr. 1 bokstav e»: the same articles through personopplysningsloven § 1. */
const VIA_SECTION_1_BASIS = lazyPattern(String.raw`(?:personvernforordning\p{L}*|gdpr)\s+art(?:ikkel|icle|\.)?\s*(?:6|9)(?!\d)`, 'iu');
/**
 * The GDPR's own Art. 6 or 9 cited as the law that sets an obligation or a task: Art. 6(3) asks for the Union or Member
 * State law that lays the basis down, which Art. 6(1)(c) and (e) themselves are not (variants-verje VE10). Another article
 * of the GDPR that obliges the controller (Art. 32, 15) is not judged.
 */
function gdprBasisArticle(l: ResolvedLaw, ref: ReferenceData): boolean {
  const entry = l.law?.value;
  if (
    entry !== undefined &&
    entry.lovdataId === undefined &&
    [l.law!.id, ...textsOf(entry.title), ...textsOf(entry.fullTitle)].some((t) => GDPR_WORDS().test(t))
  )
    return BASIS_ARTICLE().test(l.section ?? '');
  return isLaw(l, 'personopplysningsloven', ref) && sectionNumbers(l.section)[0] === 1 && VIA_SECTION_1_BASIS().test(l.section ?? '');
}
const gdprArticleViaSection1 = (l: ResolvedLaw, ref: ReferenceData): boolean =>
  isLaw(l, 'personopplysningsloven', ref) && sectionNumbers(l.section)[0] === 1 && /\bart(?:ikkel|icle|\.)?\s*\d/i.test(l.section ?? '');

/**
 * The basis's note names an article of the GDPR itself (not Art. 6 or 9) as what obliges the controller, with no `law`
 * entry: «Personvernforordningen artikkel 12, 15 og 38 nr. 4», «GDPR Art. 15», «art. 33 i personvernforordninga»,
 * «Article 30 GDPR». The GDPR is Union law, which Art. 6(3)(a) accepts as the law that lays the obligation down, so the
 * basis does name its law, in words (G13, session 31, Pasientreiser HF's enquiries to the DPO: «viser ikke til noen
 * lov» was false). A note that names only Art. 6 or 9, or no article, still gets `missing`.
 */
const GDPR_NAME = String.raw`(?:personvernforordning\p{L}*|(?<![\p{L}])gdpr(?![\p{L}])|(?:forordning|regulation)\s+\(?eu\)?\s+2016\/679)`;
const OBLIGATION_ARTICLE = String.raw`art(?:ikkel|ikkel\p{L}*|icles?|s?\.)?\s*(?!(?:6|9)(?!\d))\d{1,2}(?!\d)`;
const GDPR_OBLIGATION_IN_NOTE = lazyPattern(
  String.raw`${GDPR_NAME}[\s,]+(?:\p{L}+\s+){0,2}?${OBLIGATION_ARTICLE}|(?<![\p{L}])${OBLIGATION_ARTICLE}(?:[\s,]+(?:nr\.?\s*\d+|\(\d+\)|og|and|\d{1,2}))*\s+(?:i|av|of|in|the)?\s*(?:the\s+)?${GDPR_NAME}`,
  'iu',
);

/**
 * Free text that speaks of rules, a right, a duty or a requirement and names no law: no act, regulation, section, article,
 * Lovdata id or law's own name («the rules on client funds», «Den alminnelige retten alle har til å anmelde straffbare
 * forhold», «lovpålagt plikt»). Art. 6(3) asks that the obligation or task be laid down by Union or Member State law, and
 * recital 41 that such a basis be «clear and precise and its application … foreseeable»: words that point at some rules
 * without naming them show neither (R13, session 33; variants-advokat AD68, variants-skatt SK57 were its known misses).
 * Not judged: a text that names any law or legal source ropa cannot weigh (a guideline, an instruction, a decision, an
 * agreement, a convention, a judgment or court order, unwritten or customary law, «law», «legislation», «norsk rett», «EU-retten»):
 * those stay unknown, as before.
 */
const NORMATIVE_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:rules?|regler|reglene|reglar|reglane|regelverk\p{L}*|rett|retten|right|rights|plikt\p{L}*|duty|duties|obligations?|krav(?:et|a|ene|ane)?|requirements?|praksis|practice)(?![\p{L}])`,
  'iu',
);
const NAMES_A_LAW = lazyPattern(
  String.raw`§|(?<![\p{L}])(?:LOV|FOR)-|\d{4}\s*\/\s*\d+|(?<![\p{L}])(?:lov|lova|loven|lover|lovar|lovene|lovane|forskrift\p{L}*|act|acts|regulations?|directives?|forordning\p{L}*|direktiv\p{L}*|artikkel|artiklane|artiklene|article|articles|art|law|laws|lovgiv\p{L}*|lovgjeving\p{L}*|legislation|statutes?|code|konvensjon\p{L}*|conventions?|traktat\p{L}*|treat(?:y|ies)|instruks\p{L}*|instructions?|retningslinj\p{L}*|guidelines?|vedtak\p{L}*|decisions?|rundskriv\p{L}*|circulars?|tildelingsbrev\p{L}*|avtale\p{L}*|agreements?|dom|dommen|judg(?:e)?ments?|rulings?|ulovfest\p{L}*|unwritten|customary|sedvane\p{L}*|vedtekt\p{L}*|gdpr|ordinances?|orders?|grunnlov\p{L}*|constitution|kjennelse\p{L}*|pålegg\p{L}*|court|\p{L}*forvaltningsrett\p{L}*)(?![\p{L}])|\p{L}+-rett(?:en)?(?![\p{L}])|(?<![\p{L}])(?:norsk|nasjonal|national|europeisk|internasjonal|international)\p{L}*\s+rett(?:en)?(?![\p{L}])|\p{L}{2,}(?:lov|lova|loven|lovens|lovas|forskrifta|forskriften|act)(?![\p{L}])`,
  'iu',
);
/** A free-text law reference that points at rules, a right or a duty and names no law (NORMATIVE_WORDS, NAMES_A_LAW). */
const namesNoLaw = (l: ResolvedLaw): boolean => typeof l.ref === 'string' && NORMATIVE_WORDS().test(l.ref) && !NAMES_A_LAW().test(l.ref);

/**
 * The disclosure orders (a duty of others to hand data over, data/norwegian-law.json `disclosureOrders`) whose beneficiary
 * is the organisation, by its organisation number where both give one, else by name.
 */
function disclosureOrdersFor(org: Organisation | undefined, names: readonly string[], ref: ReferenceData) {
  return ref.law.disclosureOrders.filter((o) => {
    const b = o.beneficiary;
    if (!b) return false;
    if (org?.organisationNumber !== undefined && b.organisationNumber !== undefined) return org.organisationNumber.replace(/\s/g, '') === b.organisationNumber;
    return b.names.some((n) => names.includes(n.toLowerCase()));
  });
}

export default defineRule(
  {
    id: 'supplementary-law',
    severity: 'error',
    citation: 'GDPR Art. 6(3); 6(1)(c), (e)',
    messages: [
      'missing',
      'not-a-basis',
      'own-disclosure-order',
      'internal-rules',
      'association-statutes',
      'sets-conditions',
      'public-bodies-only',
      'decisions-only',
      'debt-collectors',
      'other-point',
      'other-body',
      'no-archive-duty',
      'foreign-law',
      'no-law-named',
    ],
  },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const orgLaw = lawOrgOf(org);
    const receivesUnder = disclosureOrdersFor(org, orgLaw.names ?? [], ctx.reference);
    for (const r of ctx.activities) {
      const lawOrg = lawOrgFor(orgLaw, r);
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-c' && basis.gdpr !== 'A6-1-e') continue;
        if (basis.law.length === 0) {
          if (textsOf(basis.note).some((t) => GDPR_OBLIGATION_IN_NOTE().test(t))) continue;
          report.activity(r, pointer, 'missing', { purpose: purpose.id, code: basis.gdpr });
          continue;
        }
        // Every law is free text that speaks of rules or a right and names none: the basis names no law at all.
        if (basis.law.every(namesNoLaw) && basis.law.every((l) => lawFit(l, 'supplementary-basis', ctx.reference, lawOrg).answer === 'unknown')) {
          report.activity(r, pointer, 'no-law-named', { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawCitation) });
          continue;
        }
        const fits = basis.law.map((l) => {
          if (gdprBasisArticle(l, ctx.reference)) return { answer: 'no' as const, why: 'role' as const };
          if (gdprArticleViaSection1(l, ctx.reference)) return { answer: 'unknown' as const };
          const a = lawFit(l, 'supplementary-basis', ctx.reference, lawOrg);
          return a.answer === 'no' && a.why === 'role' && basis.gdpr === 'A6-1-e' && isArt89Purpose(purpose)
            ? lawFit(l, 'public-task-basis', ctx.reference, lawOrg)
            : a;
        });
        // Every law is tied to the other point of Art. 6(1): bokføringsloven lays down an obligation (c), no task (e).
        const points = basis.law.map((l) => art6Points(l, ctx.reference));
        const point = basis.gdpr.slice('A6-1-'.length);
        if (fits.every((a) => a.answer === 'yes') && points.every((p) => p !== undefined && !p.includes(point))) {
          const provides = [...new Set(points.flat())].sort().map((p) => `A6-1-${p}`);
          report.activity(
            r,
            pointer,
            'other-point',
            { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawCitation), provides: provides },
            { severity: 'warning' },
          );
          continue;
        }
        if (fits.every((a) => a.answer === 'no')) {
          const variant = VARIANT[fits[0]?.why ?? 'role'];
          report.activity(
            r,
            pointer,
            variant,
            { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawCitation) },
            variant === 'debt-collectors' || variant === 'decisions-only' ? { severity: 'warning' } : undefined,
          );
        } else if (basis.gdpr === 'A6-1-c' && archivesWithoutDuty(purpose, basis.law, ctx.reference, lawOrg)) {
          report.activity(r, pointer, 'no-archive-duty', { purpose: purpose.id, laws: basis.law.map(lawCitation) }, { severity: 'warning' });
        } else if (
          basis.gdpr === 'A6-1-c' &&
          receivesUnder.length > 0 &&
          basis.law.every((l) => receivesUnder.some((o) => citesProvision(l, o, ctx.reference)))
        ) {
          report.activity(r, pointer, 'own-disclosure-order', { purpose: purpose.id, laws: basis.law.map(lawName) });
        }
      }
    }
  },
);
