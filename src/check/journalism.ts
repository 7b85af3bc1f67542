/**
 * personopplysningsloven § 3, the exemption for freedom of expression (GDPR Art. 85), as amended by lov 18. juni 2021
 * nr. 124 (in force 1 January 2022). First paragraph: «Så langt det er nødvendig for utøvelsen av retten til ytrings- og
 * informasjonsfrihet, gjelder ikke personvernforordningen og loven her ved behandling av personopplysninger for
 * journalistiske formål eller med henblikk på akademiske, kunstneriske eller litterære ytringer.» Second paragraph: no
 * exemption «fra personvernforordningen artikkel 24, 26, 28, 29, 32, 33 nr. 2 og 40 til 43, jf. kapittel I, VI, VIII, X
 * og XI og kapittel 1, 2, 6 og 7 i loven her». Third paragraph: media under medieansvarsloven processing «utelukkende»
 * for those purposes are exempt from everything but the second paragraph's list. Read in Lovdata's text (the copy of
 * Lovdata's open data in sstraume97/norwegian-laws, lover/lov-2018-06-15-38.md, mirror of 2 July 2026).
 *
 * The exemption follows the PURPOSE, not the kind of organisation: billing, marketing, advertising cookies, selling
 * photos or moderating readers' comments at a newspaper are not journalism (Datatilsynet, «Spesielt om redaktørstyrte
 * medier»: «alle andre behandlinger reguleres av den generelle unntaksbestemmelsen»). So a purpose is taken as exempt
 * only where the record cites § 3 on it AND its own words are journalistic, academic, artistic or literary, and none
 * of its words is commercial. A purpose that cites § 3 with commercial words is the claim a lawyer rejects.
 */
import type { ResolvedActivity, ResolvedLaw, ResolvedPurpose } from '../model/resolve.js';
import { isLaw, NEGATION, sectionIds, textsOf } from './facts.js';
import type { ReferenceData } from './reference.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/** Words of journalism and the other expression § 3 names (nb, nn, en). */
const EXPRESSION = lazyPattern(
  String.raw`journalist|redaksjon|redaksjonel|nyhet|nyheit|reportasje|intervju|pressefoto|avisarkiv|kildevern|kjeldevern|(?<![\p{L}])(?:tips|tipsa?|kilde|kilder|kjelde|kjelder)(?![\p{L}])|akademisk|kunstnerisk|litterær|dokumentar|news|editorial|journalism|reporting|academic|artistic|literary`,
  'iu',
);
/**
 * Words of the commercial side of a media house and of readers' own content (nb, nn, en): subscriptions, invoices,
 * payment, marketing, advertising, offers and sales, shops, orders, prizes and competitions, tickets, customers,
 * delivery and carriers, moderation and comment fields (content the editor does not control, medieansvarsloven § 3
 * letter d), newsletters (sending them to subscribers is not journalism), cookies. Not screening's COMMERCIAL (commercial
 * use of a profile, for Datatilsynet's list): a media house's business is read by its own words.
 */
const MEDIA_BUSINESS = lazyPattern(
  String.raw`abonnement|abonnent|fakturer|faktura|betaling|betale|inkasso|markedsfør|marknadsfør|reklame|annonse|annonsør|tilbud|tilbod|(?<![\p{L}])(?:salg|sal|selge|selje|selger|sel|salget)(?![\p{L}])|nettbutikk|bestill|premie|konkurranse|billett|kunde|levering|avisbud|(?<![\p{L}])bud(?:et|ene|a)?(?![\p{L}])|moderer|kommentarfelt|leserkommentar|brukergenerert|debattant|nyhetsbrev|nyheitsbrev|newsletter|informasjonskaps|cookie|subscri|invoice|payment|marketing|advertis|(?<![\p{L}])(?:sale|sales|sell|selling|shop|customer|competition|ticket)s?(?![\p{L}])`,
  'iu',
);

/** Whether a law reference is personopplysningsloven § 3 (any paragraph; not § 30 or § 3-something). */
function isSection3(law: ResolvedLaw, ref: ReferenceData): boolean {
  return isLaw(law, 'personopplysningsloven', ref) && sectionIds(law.section).includes('3');
}

/** Whether some law reference in the list is personopplysningsloven § 3. */
export const citesSection3 = (laws: readonly ResolvedLaw[], ref: ReferenceData): boolean => laws.some((l) => isSection3(l, ref));

/** The purpose cites personopplysningsloven § 3 on one of its legal bases. */
export function claimsExpression(p: ResolvedPurpose, ref: ReferenceData): boolean {
  const known = readOf(p, ref);
  return (known.claims ??= p.legalBasis.some((b) => citesSection3(b.law, ref)));
}

/**
 * What is known of a purpose so far, for one reference data: nine rules, the screening and the notice ask the same
 * two questions of every purpose (10,000 activities), and the answers depend on nothing else.
 */
interface PurposeRead {
  ref: ReferenceData;
  claims?: boolean;
  exempt?: boolean;
}
const purposesRead = new WeakMap<ResolvedPurpose, PurposeRead>();
function readOf(p: ResolvedPurpose, ref: ReferenceData): PurposeRead {
  let known = purposesRead.get(p);
  if (known?.ref !== ref) purposesRead.set(p, (known = { ref }));
  return known;
}

/** The purpose's own words: its description and, on each basis, the note and the interest. Clauses with a negation are left out. */
function clauses(p: ResolvedPurpose): string[] {
  return [p.description, ...p.legalBasis.flatMap((b) => [b.note, b.legitimateInterest])]
    .flatMap(textsOf)
    .flatMap((t) => t.split(/[.;:!?]|,\s+(?:men|but|og|and)\s/))
    .filter((c) => !NEGATION.test(c));
}

/**
 * What the expression is about: in a clause with words of expression, the words after «om», «about», «dekning av»,
 * «coverage of» name the subject reported on, not the purpose's own commerce («journalistisk dekning av
 * idrettskonkurranser», «undersøkende journalistikk om svindel med billetter», «news reporting about local shops and
 * their customers»: § 3 protects reporting on business as on anything else). The subject ends where the controller's
 * own selling, marketing or invoicing is added («… om lokale kunstnere og salg av bildene»), which is read still.
 */
const TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|about|(?:dekning|omtale|omtala|coverage|reporting|reportasje\p{L}*|artikl\p{L}*|articles?|stories|story)\s+(?:av|of|on|om|fra|frå|from))(?![\p{L}]).*?(?=(?:\s+(?:og|and|samt)|,)\s+(?:salg|sal|selge|selje|sell\p{L}*|sales?|markedsfør\p{L}*|marknadsfør\p{L}*|marketing|fakturer\p{L}*|invoic\p{L}*|annons\p{L}*|reklame\p{L}*|advertis\p{L}*|tilbud\p{L}*|tilbod\p{L}*|offers?|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletters?)(?![\p{L}])|$)`,
  'giu',
);
/** A clause's own words: in a clause of expression, the subject reported on is left out (TOPIC). */
const ownWords = (c: string): string => (EXPRESSION().test(c) ? c.replace(TOPIC(), ' ') : c);

/** Whether the purpose's words are commercial (see MEDIA_BUSINESS). */
export const commercialWords = (p: ResolvedPurpose): boolean => clauses(p).some((c) => MEDIA_BUSINESS().test(ownWords(c)));

/**
 * The purpose is exempt under § 3: it cites § 3, says it is journalism (or academic, artistic, literary expression),
 * and says nothing commercial.
 */
export function expressionExempt(p: ResolvedPurpose, ref: ReferenceData): boolean {
  const known = readOf(p, ref);
  if (known.exempt !== undefined) return known.exempt;
  if (!claimsExpression(p, ref)) return (known.exempt = false);
  const words = clauses(p);
  return (known.exempt = words.some((c) => EXPRESSION().test(c)) && !words.some((c) => MEDIA_BUSINESS().test(ownWords(c))));
}

/** Every purpose of the activity is exempt (and it has one). */
export function activityExempt(r: ResolvedActivity, ref: ReferenceData): boolean {
  return r.purposes.length > 0 && r.purposes.every((p) => expressionExempt(p, ref));
}

/**
 * Every purpose that uses the data category is exempt: those that list it in `dataCategories`, and those that list
 * nothing (the record does not say, so they may use it). False when no purpose uses it.
 */
export function categoryExempt(r: ResolvedActivity, category: string, ref: ReferenceData): boolean {
  const users = r.purposes.filter((p) => p.dataCategories === undefined || p.dataCategories.includes(category));
  return users.length > 0 && users.every((p) => expressionExempt(p, ref));
}
