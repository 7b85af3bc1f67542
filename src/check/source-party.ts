/**
 * The source side of the typed party lexicon (check/parties.ts `partyKind`; issue #12, session 30): whether the words a
 * source reader found after «fra», «from», after a verb of contacting or checking, or before «bekrefter», «confirms» name a
 * party outside the controller, where the readers' closed list of bodies (prose-activity.ts PARTY) does not hold its word.
 * A closed list catches «Vi henter opplysninger fra banken» and misses «… fra regnskapsføreren», «… fra slakteriet», «…
 * from the farmer who employs them» (variants-landbruk LB26–LB29 at first sight). The party's kind is read once, by shape:
 * - an agent noun or a trade (partyKind's 'outside': «avløseren», «the farmer», «the landlord»);
 * - a trade the lexicon reads as a title of staff or a unit because of its last part, a business by the shape of its word
 *   and the trades that keep others' books (SOURCE_TRADE: «regnskapsføreren», «rekneskapsføraren», «revisoren»,
 *   «regnskapskontoret», «slakteriet», «meieriet», «the abattoir», «the tax office»);
 * - a party the relative clause after it ties to someone else («… som fører gårdens regnskap», «… who employs them», «…
 *   som behandler søkeren»): another's party, where the lexicon knows its head for no other kind.
 * Subjects, next of kin, staff, own units and things are not new sources (partyKind), nor a register: that is the readers'
 * own (OUTSIDE_REGISTER, CHANNEL). notice-source then reads the kind again with the record's own words (its data subjects,
 * recorded sources, the organisation's name: `knownKind`).
 */
import { lazyPattern } from '../util/lazy-pattern.js';
import { partyKind, type PartyContext, type PartyKind } from './parties.js';

/**
 * Trades and businesses whose word the general lexicon reads otherwise (a «-fører» is a title of staff there, a «-kontor» a
 * unit) or not at all (a «-eri» business, a vet, the tax office): the head of a source's phrase (nb, nn, en).
 */
const SOURCE_TRADE = lazyPattern(
  String.raw`^(?:\p{L}*(?:regnskapsfør|rekneskapsfør|regnskapsfør|bokfør|lønnsfør)(?:er|ar)(?:en|ne|e|ar|ane)?|revisor(?:en|ar|er|ane|ene)?|\p{L}*(?:regnskaps|rekneskaps|revisjons|advokat|lege|tannlege|takst|eiendoms|eigedoms|meglar|megler|inkasso|forsikrings|regnskap|rekneskap)(?:kontor|byrå|firma|selskap)(?:et|a|er|ar|ene|ane)?|\p{L}{2,}(?<!batt|mal|gall|kat|kjøk|seri)eri(?:et|a|er|ar|ene|ane)?|veterinær(?:en|ar|er|ane|ene)?|dyrleg(?:e|en|ar|er|ane|ene)|\p{L}+(?:sykepleien|sykepleie|sjukepleia|sjukepleien|sjukepleie)|\p{L}*legevakt(?:a|en|er|ene|ar|ane)?|\p{L}*havn(?:er|ene|ar|ane)|\p{L}*hamn(?:er|ene|ar|ane)|1880|1881|1882|eniro|gulesider|opplysningstjenest\p{L}*|opplysningsteneste\p{L}*|\p{L}*telefonkatalog\p{L}*|\p{L}*forening(?:en|a|er|ar|ene|ane)|\p{L}*foreining(?:a|ar|ane)|\p{L}*klubb(?:en|ar|er|ane|ene)|\p{L}*(?:idretts|skytter|skyttar|historie|sogne|soge|grende|vel|bonde|sanitets|ungdoms)lag(?:et|a)?|(?:abattoirs?|slaughterhouses?|dairy|dairies|creamer(?:y|ies)|\p{L}{3,}(?:er|ur)ies|bakery|brewery|distillery|fishery|hatchery|nursery|accountancy|accountants?|bookkeepers?|auditors?|vets?|veterinar(?:y|ians?)|tax\s+office|tax\s+authorit(?:y|ies)|accounting\s+firms?|accountants?\s+firms?|ports|harbou?rs|marinas|director(?:y|ies)|(?:phone|telephone)\s+director(?:y|ies)|clubs|associations|societies|out-of-hours\s+(?:clinic|service)s?|nursing\s+services?|care\s+services?))$`,
  'iu',
);
/** A relative clause on the party that ties it to someone else («som fører gårdens regnskap», «who employs them»). */
const OTHERS_RELATIVE = lazyPattern(
  String.raw`\s(?:som|who|that|which)\s+(?:\p{L}+\s+){0,2}?(?:their|them|its|his|her|him|hans|hennes|henne|ham|dei|dem|deira|deres|sin|sitt|sine|\p{L}{3,}(?:ens|ets|as|ars|ers|['’]s))(?![\p{L}])`,
  'iu',
);
/**
 * A title named with another body or owner: a preposition of place or belonging after it, or a genitive before it; or the
 * person's own («behandlende lege», «the treating doctor», «egen lege»: the person's doctor, not ours; session 32).
 */
const OTHERS_STAFF = lazyPattern(
  String.raw`\s(?:behandlende|behandlande|treating|attending|egen|eigen|own|personlig|personleg)\s|\s(?:i|hos|ved|på|til|frå|fra|at|in|of|from|with|for|og|and|samt)\s|,|\p{L}(?:['’]s|s['’])(?![\p{L}])|\s\p{L}{3,}(?:ens|ets|as)\s|\s(?:their|his|her|its|hans|hennes|deira|deres|sin|si|sitt|sine)(?![\p{L}])`,
  'iu',
);
/** Where a party's own words end: a preposition, a relative clause, a conjunction. */
const OWN_WORDS_END = lazyPattern(
  String.raw`\s(?:for|of|on|at|in|with|from|as|til|av|på|i|hos|med|fra|frå|som|who|that|which|ved|under|etter|og|and|samt|eller|or|om|about|to|når|when|før|before|slik|so|der|where|along|langs)(?![\p{L}])`,
  'iu',
);
const DETERMINER = lazyPattern(String.raw`^(?:the|a|an|den|det|dei|de|ein|en|ei|eit|et|this|that|denne|dette|our|vår|vårt|våre)$`, 'iu');
/** The head of a party's phrase: its last own word («the farmer who employs them» → «farmer», «the tax office» → «tax office»). */
export function sourceHead(phrase: string): string {
  const own = phrase
    .trim()
    .split(OWN_WORDS_END())[0]!
    .replace(/[,.;:!?)]+$/u, '')
    // A name in quotes after a noun is the noun's own name («Facebook-gruppa «Gamle Elvedal»»): the head is the noun.
    .replace(/(?<=\p{L})\s+[«"“][^»"”]*[»"”]$/u, '');
  const words = own.split(/\s+/u).filter((w) => w !== '' && !DETERMINER().test(w));
  const last = words.at(-1) ?? '';
  // Two-word trades in English («tax office», «accounting firm»).
  const two = words.slice(-2).join(' ');
  return words.length >= 2 && SOURCE_TRADE().test(two) ? two : last.replace(/['’]s?$/u, '');
}
/** The kinds that are no new source: the person, their family, the controller's own people, units and things, a recorded one. */
const NOT_NEW: ReadonlySet<PartyKind> = new Set(['subject', 'relative', 'staff', 'own-unit', 'thing', 'recorded']);
/**
 * Whether `phrase`'s head is a trade or business by SOURCE_TRADE alone: where the phrase is read back from a verb (a subject
 * giving us data), an agent noun's shape is too loose («a stretcher … send us a form»: variants-luftfart LF16).
 */
export const tradeSource = (phrase: string): boolean => SOURCE_TRADE().test(sourceHead(phrase));
/** Whether the head of `phrase` is, by the general lexicon alone, a kind that is no new source (a person, staff, our own, a thing). */
export const notNewKind = (phrase: string): boolean => NOT_NEW.has(partyKind(sourceHead(phrase)));
/**
 * Whether `phrase` names a party outside the controller by the shape of its head (see the module's note), read from the
 * words alone (no record): the readers' test beside their closed list.
 */
export function outsideSource(phrase: string): boolean {
  const head = sourceHead(phrase);
  if (head.length < 3) return false;
  if (SOURCE_TRADE().test(head)) return true;
  const kind = partyKind(head);
  if (kind === 'outside') return true;
  return kind === 'unknown' && OTHERS_RELATIVE().test(` ${phrase.trim()}`);
}
/**
 * Whether the record's own words make the source phrase's head one of the kinds that are no new source (the data subjects,
 * a recorded source, the controller's name: «landbruksavdelinga» in Vestdal landbrukskontor's record), for a phrase the
 * closed list does not name (notice-source).
 */
export function knownKind(phrase: string, ctx: PartyContext): boolean {
  const head = sourceHead(phrase);
  if (head.length < 3) return false;
  const kind = partyKind(head, ctx);
  // (A recorded source is notice-source's own test: the lexicon's five-letter stem took «adresseselskap» for a recorded
  // source of addresses: variants-gravferd GF12.)
  if (kind === 'subject') return true;

  // Our own unit only by the controller's name: a unit or the staff of another body («tilsette hos dei som bestiller tolk»:
  // variants-paraphrase5 PE044) may be a source.
  return kind === 'own-unit' && !SOURCE_TRADE().test(head) && partyKind(head) !== 'own-unit';
}
/**
 * Whether `phrase` names our own staff by title, as the record's own words read it (parties.ts ownWordsOf in `ctx.own`,
 * session 31's K1: a profession the record names as its staff, or a title of the general list where it names none):
 * «Saksbehandlaren gir oss opplysningane frå søknaden» (issue #12, session 32) is no source. Not one named with another
 * body or owner («saksbehandleren i NAV», «barnets tannlege», «the school's nurse»), nor one the record's professions make
 * another's («fastlegen» in a health station's record: 'outside'). Asked of every source phrase, the closed list's too.
 */
/** An agent of a trade outside («the estate agent», «a letting agent»): no staff of ours, though «agent» alone may be (session 37). */
const TRADE_AGENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:estate|letting|property|real\s+estate|travel|insurance|shipping|customs|booking)\s+agents?(?![\p{L}])`,
  'iu',
);
export function ownStaff(phrase: string, ctx: PartyContext): boolean {
  if (TRADE_AGENT().test(phrase)) return false;
  const head = sourceHead(phrase);
  // A service named for its staff («legevakta», the out-of-hours clinic; «hjemmesykepleien»): a body, SOURCE_TRADE (session 35).
  return head.length >= 3 && !OTHERS_STAFF().test(` ${phrase.trim()}`) && !SOURCE_TRADE().test(head) && partyKind(head, ctx) === 'staff';
}
