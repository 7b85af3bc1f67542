/**
 * What an ACTIVITY's free text states that its structured fields may leave out (DESCRIPTIONS.md, session 12): the
 * activity's `description` and each purpose's `description`, read once per resolved activity. Each reading gives the
 * words that state the fact, the JSON pointer of the text they stand in and their position in it, so that a rule can
 * quote them and point at the text. Prose RAISES a fact; it never discharges a duty a structured field must carry.
 *
 * - `decision`: a decision based solely on automated processing (Art. 22(1)): a verb or noun of deciding (rejecting,
 *   granting, allocating, approving) said to be done automatically («avslår automatisk», «tildelte automatisk», «avvises
 *   automatisk», «automatically rejected»), or a consequence for the person with no person involved («uten manuell
 *   vurdering», «utan at nokon ser på dei», «without human review»). Not where the same clause has a person decide or
 *   review each case (WP251 IV.A: human involvement that is meaningful, by someone with authority to change the
 *   decision, makes it not «solely» automated; a system that only proposes decides nothing).
 * - `profiling`: profiling (Art. 4(4)): a profile built from the person's data («lagar ein lesarprofil ut frå
 *   lånehistorikken»), personalised recommendations or offers, a risk or credit score computed for each person.
 * - `source`: data obtained from someone other than the person (Art. 14(2)(f)): obtained, fetched or received «from» a
 *   party, checked against lists or registers, looked up on social media, traced by asking others.
 *
 * - `places`: a country outside Norway where a party that receives or handles the data is (Art. 44; Art. 30(1)(e)): a
 *   country's name after «i», «in», «på», «til», «to» in a clause that sends, discloses, answers, handles, stores or
 *   verifies data, or names a party that does; not where the person lives, was born, studies or travels (L, session 14).
 *
 * Negations hold for the comma part they stand in (facts.ts NEGATION, read by negatedBetween); a clause that
 * speaks of introducing something later (FUTURE) states nothing now.
 */
import { ASKED_OR_FILLED, DECIDED_OR_SENT, NO_PERSON_LOOKS } from './lexicon-words.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { textsAt } from './free-text.js';
import { gated, prefilter, prefilterAny, ways } from '../util/prefilter.js';
import { byText, lastText } from '../util/memo.js';
import { lazyPattern, matchesOf, splitOn } from '../util/lazy-pattern.js';
import { cityCountry, regionCodes } from './countries.js';
import { pastAt, pastOrRejected } from './past.js';
import { ANIMAL_WORD } from './animals.js';
import { clauseFacts, type ClauseFact } from './clause.js';
import { personDataGotOnce } from './data-got.js';
import { notNewKind, outsideSource, tradeSource } from './source-party.js';
import { mayShapeSource, personAsks, shapeSources } from './source-shapes.js';
import {
  englishNoAt,
  NAMED_PARTIES,
  NEGATION,
  negatedBetween,
  PERSON_SUBJECT,
  STOP_NOT_DECIMAL,
  wordsAfter,
  wordsBefore,
  wordsEnd,
  wordsStart,
} from './facts.js';
import { letterPattern } from '../util/letters.js';

/** One fact read from a text: the words that state it, the text's JSON pointer in the activity file, and where in that text the words start. */
export interface ProseFact {
  pointer: string;
  words: string;
  at: number;
}

/** What an activity's prose states; a reading that found nothing is absent. */
export interface ActivityProse {
  decision?: ProseFact;
  profiling?: ProseFact;
  /** A source the prose names; the reader gives every one it finds, for the rule to match against the recorded sources. */
  sources: readonly ProseFact[];
  /** A country a party the prose hands data to, or that handles it, is in (`country`: ISO 3166-1 alpha-2); every one found. */
  places: readonly PlaceFact[];
}
/** A country read from the prose: where a party that receives or handles the data is. */
export interface PlaceFact extends ProseFact {
  country: string;
  /** The party and its place, from the last preposition before it («studiestøttemyndighetene i Canada»). */
  party: string;
}

/**
 * The activity's texts to read, with their pointers: its description, then each purpose's. Made once per resolved
 * activity (five rules and the reader below ask for them: at 10,000 activities each call made ~30,000 pointers anew).
 */
export function activityTexts(r: ResolvedActivity): readonly { pointer: string; text: string }[] {
  let hit = textsRead.get(r);
  if (hit === undefined) textsRead.set(r, (hit = readTexts(r)));
  return hit;
}
const textsRead = new WeakMap<ResolvedActivity, readonly { pointer: string; text: string }[]>();
function readTexts(r: ResolvedActivity): readonly { pointer: string; text: string }[] {
  return [...textsAt(r.activity.description, '/description'), ...r.purposes.flatMap((p, i) => textsAt(p.description, join('/purposes', i, 'description')))];
}

/**
 * A denial in a stretch of a part: facts.ts NEGATION (which reads «ikke», «ingen», «inga», «no one», «never», and English
 * «no» only in an English clause: nynorsk «no» is «now», «Søknaden vert no avslått automatisk» denies nothing), or
 * «neither», «nor» standing alone in the few words read.
 */
const NEITHER = lazyPattern(String.raw`(?<![\p{L}])(?:neither|nor)(?![\p{L}])`, 'iu');
const denied = (text: string, from: number, to: number): boolean => negatedBetween(text, from, to) || NEITHER().test(text.slice(from, to));
/**
 * Introducing something later or maybe: «dersom vi tar i bruk», «if we introduce», «planlegger», «in the future». Not a
 * task planned in a clause of time («… før kontrollene planlegges», «… når tilsynet planlegges»: what is done now before the
 * planning; variants-bevilling BV05, F9, session 21).
 */
const FUTURE = lazyPattern(
  String.raw`(?<![\p{L}])(?:innfør\p{L}*|tar i bruk|tek i bruk|ta i bruk|(?=planlegg)(?<!(?:før|når|etter at|mens)\s+(?:\p{L}+\s+){0,3})planlegg\p{L}*|vurderer å|i framtida|i fremtiden|på sikt|introduc\p{L}*|plans? to|planning to|considering|in (?:the )?future)(?![\p{L}])`,
  'iu',
);

const mayBeFuture = prefilter(FUTURE);

/** facts.ts STOP_NOT_DECIMAL: a decimal («scores above 0.9 are banned automatically»: variants-dating DT23) is no clause's end. */
const PART_STOP = STOP_NOT_DECIMAL;
/** One comma part of a clause: its offset in the text (`at`), its clause, and its offset in that clause (`inClause`). */
interface Part {
  part: string;
  at: number;
  clause: string;
  inClause: number;
}

/**
 * Each comma part of each clause (cut at STOP), made once per text and read by each reading; a part about introducing
 * something later is left out. A part holds FUTURE's words only if its text does (a part ends at a comma or a stop, which
 * no FUTURE word holds), so most texts' parts are not tested one by one.
 */
function parts(text: string): Part[] {
  const future = mayBeFuture(text) && FUTURE().test(text);
  const out: Part[] = [];
  let at = 0;
  for (const clause of splitOn(text, PART_STOP)) {
    let p = at;
    for (const part of clause.split(',')) {
      if (!future || !FUTURE().test(part)) out.push({ part, at: p, clause, inClause: p - at });
      p += part.length + 1;
    }
    at += clause.length + 1;
  }
  return out;
}

/**
 * Whether a match in a part is denied: a negation or word of none among the four words before it, inside it, or in the
 * two words after it («vi bruker ikke automatiserte avgjørelser», «avslås ikke automatisk», «ingen automatiske avgjerder»,
 * «automatiserte avgjørelser brukes ikke»). One further off belongs to another verb («søknader som ikke oppfyller kravene
 * avslås automatisk», «applications that do not meet the threshold are automatically rejected»).
 */
/**
 * A negation of the main clause carried over «or», «eller», «nor» to the decision after it («Henvendingane blir ikkje brukte
 * til profilering eller automatiserte avgjerder», «We do not profile customers or make automated decisions about them»: F8,
 * session 21): the decision is denied with the first member. Not where a relative or conditional clause holds the negation
 * («søknader som ikke oppfyller kravene eller mangler vedlegg, avslås automatisk»), nor past «og», «and», «men», «but».
 * Read on the words before the decision in its comma part.
 */
const NEGATION_THEN_OR = lazyPattern(
  String.raw`^(?:(?!(?<![\p{L}])(?:som|that|which|who|der|dersom|hvis|viss|om|if|when|når|unless|med\s+mindre)(?![\p{L}]))[^])*?(?<![\p{L}])(?:ikke|ikkje|not|never|aldri|don['’]t|doesn['’]t)(?![\p{L}])(?:(?!(?<![\p{L}])(?:og|and|men|but|som|that|which|who)(?![\p{L}]))[^])*?(?<![\p{L}])(?:eller|or|nor)\s+(?:[\p{L}-]+\s+){0,3}$`,
  'iu',
);
function deniedAt(part: string, m: RegExpExecArray): boolean {
  return denied(part, ownVerbStart(part, m), wordsEnd(part, m.index + m[0].length, 2));
}
/**
 * Where a denial before a verb may start: four words back, but not past an «og», «and», «samt», «men», «but» right before
 * the verb, which starts a verb of its own («Vi kontakter ikke tidligere arbeidsgivere og søker opp kandidatene på
 * LinkedIn»: the second verb is not denied; session 36, R22). Its own denial still counts («… og søker ikke opp …»).
 */
const AND_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:og|and|samt|men|but)\s+$`, 'iu');
const NOUN_START = lazyPattern(String.raw`^\p{L}*melding`, 'iu');
function ownVerbStart(part: string, m: RegExpExecArray): number {
  return AND_BEFORE().test(part.slice(0, m.index)) && !NOUN_START().test(m[0]) ? m.index : wordsStart(part, m.index, 4);
}

/**
 * Another party, not the controller, named as the one that profiles or decides, the controller denied in a comma part of
 * its own («Banken, ikke vi, beregner kredittscore for sine kunder», «The bank, not us, calculates …», «Långiveren beregner
 * kredittscore for hver søker, ikke vi»): no processing of this controller's (Art. 4(7)). Only the denial alone between
 * commas: «Vi, ikke banken, beregner …» and «…, ikke bare for nye kunder» stay read (X2, session 20: X1's left wording).
 */
const NOT_US_PART = lazyPattern(String.raw`(?:^|[,–—])\s*(?:(?:og|and|men|but)\s+)?(?:ikke|ikkje|not)\s+(?:vi|me|we|us|oss)\s*(?:[,–—]|$)`, 'iu');
/**
 * A past practice said to have ended («Historically, before 2020, we used a credit score for each customer; we no longer
 * do», «Tidligere beregnet vi en kredittscore for hver kunde, men vi sluttet med det i 2022»): Art. 30(1) records the
 * processing carried out, and one given up is none. Read only where the part's clause marks the past (PAST_MARK), the
 * part's verb is in the past (PAST_VERB), the text says it ended or the clause bounds it by a year («fram til 2019»,
 * «until 2021»), and nothing says it goes on («still», «fortsatt», «again»; «now», «nå», «i dag» in the same clause).
 * X2, session 20 (X1's left wording).
 */
const PAST_MARK = lazyPattern(
  String.raw`(?<![\p{L}])(?:historically|formerly|previously|in\s+the\s+past|used\s+to|tidligere|tidlegare|før\s+i\s+tida|(?:før|fram\s+til|frem\s+til|inntil|til\s+og\s+med|until|till|before|prior\s+to|up\s+to)\s+(?:\p{L}+\s+)?(?:19|20)\d\d)(?![\p{L}\d])`,
  'iu',
);
const YEAR_BOUND = lazyPattern(
  String.raw`(?<![\p{L}])(?:før|fram\s+til|frem\s+til|inntil|til\s+og\s+med|until|till|before|prior\s+to|up\s+to)\s+(?:\p{L}+\s+)?(?:19|20)\d\d(?![\d])`,
  'iu',
);
const PAST_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:used|brukte|nytta|nyttet|computed|calculated|beregnet|berekna|rekna|regnet|laget|lagde|laga|made|gave|gav|ga|scored|assigned|tildelte|had|hadde|profiled|profilerte|rejected|avslo|avviste|ran|kjørte|køyrde)(?![\p{L}])`,
  'iu',
);
const ENDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:no\s+longer|not\s+any\s?more|anymore|ikke\s+lenger|ikkje\s+lenger|ikke\s+lengre|ikkje\s+lengre|sluttet|slutta|avviklet|avvikla|stopped|discontinued|ceased|ended|abandoned|phased\s+out|faset\s+ut|fasa\s+ut|opphørte|opphøyrde|gikk\s+bort\s+fra|gjekk\s+bort\s+frå)(?![\p{L}])`,
  'iu',
);
const GOES_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:still|fortsatt|framleis|fremdeles|igjen|again|resumed|gjenopptatt|continue\p{L}*|fortsett\p{L}*|held\s+fram|heldt\s+fram)(?![\p{L}])`,
  'iu',
);
const NOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:now|nå|no\s+(?=bruk|nytt|rekn|berekn|lag)|i\s+dag|today|currently|for\s+tiden|no\s+for\s+tida|since|siden|sidan)(?![\p{L}])`,
  'iu',
);
/** Whether a part's profiling or decision is another party's (NOT_US_PART) or a past practice ended (PAST_MARK …). */
/**
 * A step considered and dropped, not taken («Automatisk avslag på tilvisingar med låg skåre vart vurdert i 2025 og
 * forkasta», «was considered and rejected», «Et forslag om å … ble forkastet»: N8's review of W10, 2026-12-02). Not
 * «forkasta» alone: «blir automatisk forkasta» is the machine rejecting an application.
 */
export const CONSIDERED_DROPPED =
  /(?<![\p{L}])(?:vurdert|vurdera|vurderte|considered|foreslått|foreslege|proposed|forslag\p{L}*|proposals?)\s+(?:[\p{L}\d]+,?\s+){0,6}?(?:og\s+|and\s+|men\s+|but\s+)?(?:forkast\p{L}*|avvist|avviste|lagt\s+bort|skrinlagt|skrinlagd|rejected|dropped|abandoned)(?![\p{L}])/iu;

function notOursOrEnded(text: string, clause: string, part: string): boolean {
  if (clause.includes(',') || /[–—]/u.test(clause) ? NOT_US_PART().test(clause) : false) return true;
  if (CONSIDERED_DROPPED.test(clause)) return true;
  return (
    PAST_MARK().test(clause) && PAST_VERB().test(part) && (ENDED().test(text) || YEAR_BOUND().test(clause)) && !GOES_ON().test(text) && !NOW().test(clause)
  );
}

// ---- (b) automated decisions and profiling -------------------------------------------------------------------------

/** Done by the machine: «automatisk», «automatisert», «automatically», «automated», «maskinelt», «helautomatisk». */
const AUTO = String.raw`(?:automatisk\p{L}*|automatiser\p{L}*|automatic\p{L}*|automated|maskinel\p{L}*|helautomat\p{L}*|av\s+seg\s+(?:selv|sjølv|sjøl)|(?:systemet|fagsystemet|programmet|modellen|verktøyet|algoritmen)\s+(?:selv|sjølv|sjøl)|(?:by|av)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:\p{L}*system(?:et)?|\p{L}*løsning(?:en)?|\p{L}*løysing(?:a)?|modell(?:en)?|models?|algorit\p{L}*|programmet|software)\s+(?:alone|only|itself|on\s+its\s+own|alene|åleine|aleine|selv|sjølv|sjøl))`;
/**
 * Withdrawing or revoking a licence, a permit or an authorisation («sendes vedtak om inndragning av bevillingen», «løyvet
 * blir tilbakekalla», «the licence is revoked»): a decision about its holder (alkoholloven § 1-8, serveringsloven § 19;
 * B20, variants-bevilling BV06). Only with the licence named within a few words before or after: access to a system
 * revoked when someone leaves, or statistics of withdrawals, decide nothing about the person. Not a count of them
 * («statistikk over inndragninger», «antall tilbakekall»).
 */
const LICENCE_WORD = String.raw`(?:bevilling|løyve|løyvi|licen[cs]|permit|tillatelse|tillating|autorisasjon|konsesjon)\p{L}*`;
const WITHDRAW_LICENCE = String.raw`(?:inndra\p{L}*|tilbakekall\p{L}*|revok\p{L}*|revocation\p{L}*)(?<!(?:statistikk|statistics|antall|antal|talet|tal|number|count|oversikt|overview)\s+(?:\p{L}+\s+){0,2}?\p{L}+)(?:(?<=${LICENCE_WORD}[\s,]+(?:\p{L}+\s+){0,3}?\p{L}+)|(?=\s+(?:\p{L}+\s+){0,3}?${LICENCE_WORD}))`;
/**
 * Withdrawing or taking away the person's right, place or membership («The student system automatically withdraws the
 * right to study from anyone who has not registered», «fratar studenten studieretten», «trekkjer tilbake plassen»: G5's
 * paraphrase5 PE072, session 27): as losing it («mistar studieretten automatisk») is. Only with the right or place within
 * three words after the verb; not access rights to a system (revoked when someone leaves: no decision about the person),
 * nor where the people asked for it («students who ask to leave»).
 */
const WITHDRAW_RIGHT = String.raw`(?:withdraw(?:s|n|ing)?|revok(?:es|ed|ing|e)|tak(?:es|e|en|ing)\s+away|fratar|fratek|fråtek|fråtar|frata|fråta|fratatt|fråteke|trekk(?:er|jer|es|jast|ast)?\s+tilbake|trekt\s+tilbake|trukket\s+tilbake|inndreg\p{L}*)(?=\s+(?:\p{L}+\s+){0,3}?(?!tilgangs|adgangs|access)(?:\p{L}*rett(?:en|a|ane|ene|ar|er)?|rights?|entitlements?|\p{L}*plass(?:en)?|places?|memberships?|medlemskap(?:et)?)(?![\p{L}])(?!\s+(?:to|til)\s+(?:the\s+)?(?:system|systemet|files?|data|folders?|mappe\p{L}*)))(?![^.;:!?]*?(?<![\p{L}])(?:who|som|that)\s+(?:(?:har|have|has)\s+)?(?:asks?|asked|ber|bed|bad|bedt|requests?|requested)(?![\p{L}]))`;
/**
 * Cutting down or setting what the person gets or owes, and making a formal decision (session 30, R2: variants-landbruk
 * LB32 «Søknader … blir avkortet av systemet uten at en saksbehandler går gjennom dem», «Vedtaket fattes automatisk av
 * systemet»): «avkorte» (a grant or benefit reduced), and the decision made as a verb phrase («fatte/treffe/gjøre vedtak», «vedtaket fattes», «vedtaket blir
 * gjort»), not the noun «vedtak» alone (a decision registered, sent or filed automatically decides nothing).
 */
const CUT_OR_SET = String.raw`avkort\p{L}*|(?:fatt|treff|gjør|gjer)\p{L}*\s+(?:(?:et|eit|ein|en|sitt|sine|dei|de|alle)\s+)?vedtak\p{L}*|vedtak(?:et|a|ene|ane)?\s+(?:blir\s+|vert\s+|ble\s+|blei\s+|vart\s+)?(?:fattes|fattast|fatta|fattet|treffes|treffast|truffet|treft|gjøres|gjerast|gjort|gjord)`;
/**
 * A verb or noun of deciding about the person: rejecting, granting, allocating, approving, deciding, banning or excluding,
 * imposing («ilegges», a fee or fine) (nb, nn, en; «are banned automatically»: variants-dating DT23; F, session 16).
 */
const DECIDE = String.raw`(?:avsl(?:å|år|ås|åast|ått|åtte|åtne|o|og|ag|aget|agene|egne|egen|ege|eg)|avvis\p{L}*|${CUT_OR_SET}|avvist\p{L}*|innvilg\p{L}*|tildel\p{L}*|godkjen\p{L}*|avgjør\p{L}*|avgjer\p{L}*|avgjord\p{L}*|beslutt\p{L}*|beslutning\p{L}*|reject\p{L}*|declin\p{L}*|refus\p{L}*|approv\p{L}*|grant\p{L}*|allocat\p{L}*|award\p{L}*|decid\p{L}*|decision\p{L}*|den(?:y|ies|ied|ial)|turn(?:s|ed|ing)?\s+down|ban(?:s|ned|ning)?|utesteng\p{L}*|ilegg(?:e|er|es|ast|jast|ja)?|ilagt|ilagd|${WITHDRAW_LICENCE}|${WITHDRAW_RIGHT}|settle[sd]?(?=\s+(?:\p{L}+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:system|model|algorithm|software|app|program|robot|machine)(?![\p{L}])))`;
/**
 * A machine as the agent of a passive decision («blir avkortet av systemet», «avslås av appen», «is rejected by the
 * system», «are taken off the roster by the app») or the subject of a finite verb of deciding with the person's matter
 * as object («Systemet avkorter søknaden», «the model rejects applications»): the machine decides, as «automatisk» says
 * (session 30, R2: variants-landbruk LB32, variants-bpa BP12). Not a person who runs it («systemansvarlig», «the system
 * administrator», «by the system owner»), and the clause's own readers still ask that no person decides (PERSON_DECIDES)
 * and that it is not a proposal (PROPOSES).
 */
const MACHINE_WORD = String.raw`(?:\p{L}*system(?:et)?|\p{L}*løsning(?:en)?|\p{L}*løysing(?:a)?|\p{L}*plattform(?:en|a)?|platform|app(?:en|a)?|modell(?:en)?|model|algorit\p{L}*|programmet|program|software|verktøyet|tool|roboten|robot)(?![\p{L}])(?!\s+(?:administrat\p{L}*|ansvarlig\p{L}*|ansvarleg\p{L}*|eier\p{L}*|eigar\p{L}*|owners?|managers?|leverandør\p{L}*|vendors?|suppliers?|support|brukar\p{L}*|bruker\p{L}*|users?|team\p{L}*))`;
/**
 * Only a refusal, a cut or a formal decision is read with the machine as its agent: what a system allocates or approves
 * is most often a thing («Timen blir tildelt av bookingsystemet»: lawful-wordings-s25-n-bpa n09, n10).
 */
/**
 * An application, a claim or a case decided by the machine in the passive («Søknader om drosje avgjøres av appen ut fra
 * avstand …», «Krava vert avgjorde av systemet», «Applications are decided by the portal»: R29, session 38; variants-ambulanse
 * AM55): the person's matter named before the verb (within four words), so «Prisen bestemmes av systemet» decides about
 * no one. The clause's readers still ask that no person decides in it (PERSON_DECIDES) and that it is no proposal.
 */
const CASE_DECIDED = String.raw`(?=blir|vert|ble|blei|vart|is|are|was|were|will|get|avgj|beslutt|decided|determined)(?<=(?:søknad\p{L}*|krav(?:et|a|ene|ane)?|sak(?:a|en|ene|ane|er|ar)?|applications?|claims?|requests?|cases?)\s+(?:[\p{L}-]+\s+){0,4}?)(?:(?:blir|vert|ble|blei|vart|is|are|was|were|will\s+be|gets?)\s+)?(?:avgjøres|avgjerast|avgjort|avgjord|avgjorde|avgjorte|besluttes|besluttast|decided|determined)`;
const REFUSE_OR_CUT = String.raw`(?:${CASE_DECIDED}|avsl(?:ås|åast|ått|åtte|åtne|ag|ege|egne)|avvis(?:es|ast|t|te|ning)|avvist\p{L}*|avkort\p{L}*|utesteng\p{L}*|sperr(?:es|ast|a|et|ede)|rejected|declined|refused|denied|turned\s+down|banned|blocked|cut|reduced|vedtak(?:et|a|ene|ane)?\s+(?:blir\s+|vert\s+|ble\s+|blei\s+|vart\s+)?(?:fattes|fattast|fatta|fattet|treffes|treffast|truffet|treft|gjøres|gjerast|gjort|gjord)|(?:decisions?|vedtak\p{L}*)\s+(?:is|are|was|were)\s+(?:made|taken))`;
const BY_MACHINE = String.raw`(?:av|by)\s+(?:the\s+|our\s+|vårt\s+|vår\s+)?(?:[\p{L}-]+\s+)?${MACHINE_WORD}`;
const DECIDES_FINITE = String.raw`(?:avgjør|avgjer|decides|avkort(?:er|ar)|avsl(?:år|ær)|avvis(?:er|ar)|innvilg(?:er|ar)|tildel(?:er|ar)|godkjenn(?:er|ar)|rejects|declines|refuses|approves|grants|allocates|awards|denies|cuts|reduces)`;
const MACHINE_OBJECT = String.raw`(?:søknad\p{L}*|applications?|krav\p{L}*|claims?|tilskot\p{L}*|tilskudd\p{L}*|grants?|stønad\p{L}*|benefits?|ytelse\p{L}*|yting\p{L}*|lån\p{L}*|loans?|refusjon\p{L}*|refunds?|kund\p{L}*|customers?|søker\p{L}*|søkjar\p{L}*|applicants?|medlem\p{L}*|members?|bruker\p{L}*|brukar\p{L}*|users?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|student\p{L}*|tolk\p{L}*|interpreters?|vikar\p{L}*|assistent\p{L}*|assistants?|ansatt\p{L}*|tilsett\p{L}*|employees?|staff|erstatning\p{L}*|compensation|deltak\p{L}*|participants?)`;
const MACHINE_ACTS = String.raw`(?<=(?:^|[,;])\s*(?:(?:the|our|vårt|vår)\s+)?)(?:\p{L}*system(?:et)?|\p{L}*løsning(?:en)?|\p{L}*løysing(?:a)?|\p{L}*plattform(?:en|a)?|platform|appen|app|modellen|model|algorit\p{L}*|programmet|program|software|roboten|robot)\s+(?:\p{L}+\s+)?${DECIDES_FINITE}\s+(?:(?:the|a|an|all|every|each|dei|de|alle|ein|en|et|eit)\s+)?(?:[\p{L}-]+\s+)?${MACHINE_OBJECT}(?![\p{L}])`;
/**
 * A machine named as the subject that decides on its own («Søknadsløysinga avslår sjølv søknader om …», «the platform
 * rejects on its own»: variants-paraphrase3 PC051; R2, session 25): the machine's word, a verb of refusing or granting, then
 * «sjølv», «selv», «alone», «on its own». A person's «saksbehandleren avslår selv» names no machine; a machine that «decides
 * on its own» is MACHINE_DECIDES's, which reads what it decides.
 */
const MACHINE_SELF = String.raw`(?:\p{L}*system(?:et)?|\p{L}*løsning(?:en)?|\p{L}*løysing(?:a)?|\p{L}*plattform(?:en|a)?|platform|modell(?:en)?|algoritm(?:en)?|programmet|verktøyet|roboten)\s+(?:\p{L}+\s+)?(?:avsl(?:år|år|o|og)|avvis(?:er|ar)|innvilg(?:er|ar)|godkjenn(?:er|ar)|rejects?|declines?|refuses?|approves?|grants?|denies|turns?\s+down)\s+(?:selv|sjølv|sjøl|alene|åleine|aleine|on\s+its\s+own|by\s+itself|itself)(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:søknad\p{L}*|applications?|krav\p{L}*|claims?|kund\p{L}*|customers?|søker\p{L}*|søkjar\p{L}*|applicants?|medlem\p{L}*|members?|lån\p{L}*|loans?|stønad\p{L}*|benefits?|ytelse\p{L}*|yting\p{L}*|tilgang\p{L}*|access|oppdrag\p{L}*|assignments?|deltak\p{L}*|participants?|bruker\p{L}*|brukar\p{L}*|users?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|student\p{L}*|tolk\p{L}*|interpreters?|vikar\p{L}*|locums?|søknadane|refusjon\p{L}*|refunds?)(?![\p{L}]))`;
/**
 * A machine that itself shuts people out, blocks or suspends them («Bookingsystemet stenger selv ute brukere som …», «Appen
 * sperrar sjølv kontoen til brukarar …», «The booking system itself blocks members who …»: session
 * 32, R7): a decision about the person, as MACHINE_SELF's refusal is. Only with people (or their account
 * or card) after it: a machine that closes a room, a slot or its own access to files decides about no one.
 */
const MACHINE_ITSELF = String.raw`(?:selv|sjølv|sjøl|alene|åleine|aleine|on\s+its\s+own|by\s+itself|itself)`;
const SHUTS_OUT = String.raw`(?:steng(?:er|ar|jer)|utesteng(?:er|jer)|sperr(?:er|ar)|blocks?|excludes?|shuts?|locks?|suspends?|bans?)`;
const SHUT_PEOPLE = String.raw`(?:ute\s+|out\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kund\p{L}*|customers?|medlem\p{L}*|members?|bruker\p{L}*|brukar\p{L}*|users?|lånar\p{L}*|låner\p{L}*|borrowers?|deltak\p{L}*|participants?|elev\p{L}*|pupils?|student\p{L}*|pasient\p{L}*|patients?|søker\p{L}*|søkjar\p{L}*|applicants?|gjest(?:en|ar|er|ane|ene)?|guests?|leietak\p{L}*|leigetak\p{L}*|tenants?|besøkende|visitors?|spiller(?:e|en|ne)?|spelar(?:en|ar|ane)?|players?|passasjer\p{L}*|passengers?|abonnent\p{L}*|subscribers?|kontoen|konto(?:ar|er)|accounts?|lånekort\p{L}*|kort(?:et|a)|cards?|people|personer|personar)(?![\p{L}])(?!\s+(?:rooms?|doors?|areas?|wi-?fi|network|portal|lounge|toilets?|rom(?:met)?|dør(?:a|en)?|område(?:t)?|nett(?:et)?|wc))`;
const MACHINE_SHUTS = String.raw`(?:\p{L}*system(?:et)?|\p{L}*løsning(?:en)?|\p{L}*løysing(?:a)?|\p{L}*plattform(?:en|a)?|platform|app(?:en|a)?|programmet|verktøyet|roboten)\s+(?:${MACHINE_ITSELF}\s+${SHUTS_OUT}|${SHUTS_OUT}\s+${MACHINE_ITSELF})\s+${SHUT_PEOPLE}`;
const MACHINE_SHUTS_RE = lazyPattern(String.raw`^${MACHINE_SHUTS}`, 'iu');
/**
 * A relative clause right after the people a machine shuts out («sperrer selv gjester som ikke har møtt opp», «blocks members
 * who have not paid»): their conduct, so its negation denies no block (the denial is read only up to the people).
 */
const RELATIVE_AFTER = lazyPattern(String.raw`^\s*(?:som|who|that|der)(?![\p{L}])`, 'iu');
/** The deciding word and the machine within three words of each other, either order, not after «uten», «without». */
const AUTO_DECISION = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?:uten|utan|without)\s+(?:\p{L}+\s+)?)(?:${AUTO}\s+(?:\p{L}+\s+){0,2}?${DECIDE}|${DECIDE}\s+(?:\p{L}+\s+){0,2}?${AUTO}|${REFUSE_OR_CUT}\s+(?:\p{L}+\s+){0,2}?${BY_MACHINE}|${MACHINE_SELF}|${MACHINE_SHUTS}|${MACHINE_ACTS})(?![\p{L}])`,
  'iu',
);
/**
 * A clause whose subject is nobody («men ingen blir kontrollert eller sanksjonert på grunnlag av ei automatisk avgjerd»,
 * «ingen får avslag berre på grunnlag av ei automatisert vurdering», «no one is refused on the basis of an automated
 * decision») denies the decision however far the machine's words come after it (B7, variants-fiskeri's clean base). Only
 * the pronoun followed by its verb: «ingen dokumentasjon er levert, og søknaden blir avslått automatisk» names a thing.
 */
const NOBODY_SUBJECT = lazyPattern(
  String.raw`(?<![\p{L}])(?:ingen|ikkje\s+nokon|ikke\s+noen|nobody|no\s+one|no-one)\s+(?:av\s+(?:dei|de|dykk|dere|søkjarane|søkerne)\s+)?(?:blir|blei|vert|vart|ble|er|får|fekk|fikk|skal|kan|vil|is|are|was|were|will|gets?|got|shall|can)(?![\p{L}])`,
  'iu',
);
/**
 * A subject denied by its determiner right before the decision's verb («Ingen søknad om faktura blir avslått automatisk»,
 * «Ingen søknader om kreditt blir automatisk avslått», «No application for invoicing is ever refused automatically»,
 * «Inga sak vert avgjord automatisk»): the noun phrase may be longer than the four words `denied` looks back, so the part
 * before the decision is read to its end: determiner, up to five words that are no relative word, conjunction or verb,
 * the finite verb and at most two adverbs. English «no» only before an English verb (nynorsk «no» is «now»: «No søknader
 * vert avslått automatisk» denies nothing). A clause opened by «når», «dersom», «if» («Dersom ingen dokumentasjon er levert,
 * blir søknaden avslått automatisk») leaves the decision to another subject and is not matched (the verb after the phrase
 * must end the prefix). G6's lawful control l21 (session 28).
 */
const NO_NP_SUBJECT = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:ingen|inga|intet|ikke\s+noen|ikkje\s+nokon|ikkje\s+noka|ikke\s+noe|ikkje\s+noko)\s+(?:(?!(?:som|og|eller|der|dersom|hvis|viss|når|blir|vert|er|var|ble|blei|vart|skal|kan|vil|får)(?![\p{L}]))[\p{L}-]+\s+){1,5}(?:(?:blir|vert|er|skal\s+bli|skal\s+verte|kan\s+bli|kan\s+verte|vil\s+bli|får)\s+)?|(?:no|not\s+a\s+single|none\s+of\s+the)\s+(?:(?!(?:that|which|who|and|or|if|when|is|are|was|were|will|can|gets?)(?![\p{L}]))[\p{L}-]+\s+){1,5}(?:is|are|will\s+be|can\s+be|gets?|shall\s+be)\s+)(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
/**
 * What is allocated or turned away is no decision about the person: a number, code or password, e-mail, spam or cookies
 * («tildelt saksnummer automatisk», «e-post fra ukjente avsendere avvises automatisk», «cookies are declined automatically»).
 * Nor a class, course or slot closed when it is full («the system blocks a class when it is full», «timen blir sperra når
 * han er full»: N12's review, session 26, open until session 27): the capacity reached, no one decided about.
 */
const NOT_ABOUT_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*nummer|numbers?|id|kode|koder|codes?|passord|passwords?|brukernavn|brukarnamn|usernames?|referanse\p{L}*|references?|e-?post\p{L}*|e-?mails?|spam|søppelpost|virus|informasjonskaps\p{L}*|cookies?|betaling(?:en|ar|er)?|payments?|fakturaen|invoices?|bots?|robot(?:er|ar|ane|ene)?|robots?|ip-?adress\p{L}*|ip\s+address(?:es)?|purring(?:a|en|ar|er|ane|ene)?|påminn(?:ing|inga|ingen|ingar|inger)|reminders?|forhåndsvarsel\p{L}*|førehandsvarsel\p{L}*|varsel(?:et|a)?|advance\s+notices?)(?![\p{L}])|(?<![\p{L}])(?:class(?:es)?|courses?|sessions?|slots?|rooms?|times?|timen|timane|timene|kurset|kursa|kursene|klassen|økta|økten|økter|øktene|rommet|partiet|holdet)\s+(?:[\p{L}-]+\s+){0,3}?(?:when|once|if|as\s+soon\s+as|når|dersom|så\s+snart)\s+(?:it|they|the\s+\p{L}+|den|det|dei|de)\s+(?:is|are|gets|get|er|blir|vert)\s+(?:full|fullt|fulle|fully\s+booked|fullbook\p{L}*|sold\s+out|utselt|utseld)(?![\p{L}])`,
  'iu',
);
/**
 * A step taken before anyone has looked at the case («sent automatically by the system to the employer as "not fit for duty"
 * before any physician has looked at it», «sendes automatisk til arbeidsgiveren før noen lege har vurdert svaret»:
 * variants-bht BT15; W5, session 20): no person involved in it, as «uten at noen ser på» says. Only with the perfect («has
 * looked», «har vurdert») and a quantifier or an indefinite person («any physician», «noen», «a caseworker»): «confirmed before
 * our physician assesses the result» tells of a physician who does assess.
 */
const BEFORE_ANYONE = String.raw`(?:før|before)\s+(?:(?:noen|nokon|any|a|an|en|ein|et|eit)\s+(?:\p{L}+\s+)?(?:lege|physician|doctor|person|human|caseworker|case\s+officer|saksbehandler|saksbehandlar|sakshandsamar|ansatt|tilsett|employee|nurse|sykepleier|sjukepleiar|reviewer|moderator|officer)|anyone|anybody|someone|noen|nokon)\s+(?:has|have|had|har|hadde)\s+(?:\p{L}+\s+)?(?:looked|seen|reviewed|assessed|checked|examined|sett|vurdert|gått\s+gjennom|sjekket|sjekka|kontrollert|undersøkt)`;
/** No person involved: «uten manuell vurdering», «utan at nokon ser på dei», «without human review», «no human involvement». */
const NO_HUMAN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:uten|utan|without|with\s+no)\s+(?:noen\s+|nokon\s+|any\s+)?(?:manuell\p{L}*|menneskel\p{L}*|medisinsk\p{L}*|legefagl\p{L}*|human|manual|medical|clinical)\s+(?:vurdering\p{L}*|behandling\p{L}*|handsaming\p{L}*|gjennomgang\p{L}*|kontroll\p{L}*|inngripen|involvering|review|intervention|involvement|assessment|check)|(?:uten|utan)\s+at\s+(?:noen|nokon|ein|en|et|eit|vi|me|\p{L}+(?:en|et|a|ane|ene))\s+(?:\p{L}+\s+)?(?:ser|ser på|ser over|ser gjennom|vurderer|vurderar|går gjennom|sjekker|kontrollerer|ser dei|ser dem|behandler|behandlar|handsamar|handsamer|tek stilling|tar stilling)|(?:uten|utan)\s+at\s+(?:noen|nokon|ein|en|et|eit)\s+(?:\p{L}+\s+){0,3}?(?:har\s+|hadde\s+)?(?:lest|lese|lesi|les|leser|sett|vurdert|gått\s+gjennom|sett\s+på)\s+(?:på\s+)?(?:søknaden|søknadene|søknadane|saka|saken|sakene|sakene|bildene|bileta|opptaket|opptakene|resultatet)|without\s+(?:anyone|a person|a human|any person|staff|a caseworker|an employee|us|(?:a|an|any)\s+(?:\p{L}+\s+)?(?:moderator|reviewer|agent|officer|employee|warden|inspector|controller|operator|coordinator|manager|supervisor|adviser|advisor|case\s+handler|member\s+of\s+staff|staff\s+member|doctor|physician|nurse|clinician))\s+(?:\p{L}+\s+)?(?:looking|reviewing|seeing|checking|assessing)|no\s+(?:human|medical|clinical)\s+(?:review|involvement|intervention)|(?:with\s+no|without\s+(?:a|any))\s+(?:caseworker|case\s+officer|case\s+handler|person|human|employee|staff\s+member|member\s+of\s+staff|coordinator|officer|doctor|physician|vet|veterinarian|reviewer|moderator|adviser|advisor)\s+(?:being\s+)?involved|(?:ingen|inga)\s+(?:saksbehandler|saksbehandlar|sakshandsamar|ansatt|tilsett|medarbeider|medarbeidar|person|lege|koordinator|leder|leiar|rådgiver|rådgjevar|veterinær|sykepleier|sjukepleiar)\s+(?:kontrollerer|kontrollerar|ser\s+på|ser\s+gjennom|går\s+gjennom|vurderer|vurderar|les|leser|behandler|handsamar)|no\s+(?:caseworker|case\s+officer|employee|person|doctor|physician|one|coordinator|manager|officer|moderator|reviewer|staff\s+member|human|adviser|advisor|clinician|vet|veterinarian|supervisor)\s+(?:ever\s+)?(?:reviews|checks|looks\s+at|assesses|reads|handles|sees|examines|goes\s+through|looks\s+through)|${BEFORE_ANYONE}|${NO_PERSON_LOOKS})(?![\p{L}])`,
  'iu',
);
/**
 * A step taken against what the person has with the controller (L, session 14: variants-spill SP80 «Kontoer … stenges
 * automatisk, og premiene holdes tilbake», variants-studiestotte ST48 «stanses utbetalingen automatisk», ST77 «sier systemet
 * automatisk opp lånet»): closing, blocking, stopping, suspending, freezing, terminating, cancelling or withholding (nb,
 * nn, en). Such a step has a legal or similarly significant effect (WP251 IV.B: a cancelled contract, a refused or stopped
 * benefit) and is a decision as much as a refusal is; read only with the person's THING near it, so a door, a chat or a
 * case closed automatically is none.
 */
const EFFECT = String.raw`(?:stop(?:s|ped|ping)?(?=\s+(?:[\p{L}'’]+\s+){0,3}?(?:pensions?|benefits?|payments?|payouts?|allowances?|grants?|loans?|memberships?|subscriptions?|accounts?)(?![\p{L}]))|steng(?:e|er|es|t|te|d|de|ast|jast|ja|jer)|sperr(?:e|er|es|et|a|ar|ast|ede)|stans(?:e|er|es|et|a|ar|ast)|stopp(?:e|er|es|et|a|ar|ast)|(?:sier|sies|sa|sagt|si|seier|seiest|sei|seiast)\s+(?:\p{L}+\s+){0,3}?opp|opphev(?:e|er|es|et|a|ast)|suspend\p{L}*|clos(?:e|es|ed|ing)|block(?:s|ed|ing)?|freez(?:e|es|ing)(?!\s+(?:requests?|applications?|forms?|periods?|options?))|frozen|terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|withh(?:o|e)ld(?:s|ing)?|withhold(?:s|ing)?|(?:holdes|holdast|haldast|holdt|haldne)\s+tilbake|disconnect(?:s|ed|ing)?|cut(?:s|ting)?\s+off|(?:kople|koble|kopla|kobla|kopler|kobler|koplar|koblar|koples|kobles|koplast|koblast)\s+(?:\p{L}+\s+){0,2}?(?:frå|fra)|frakobl\p{L}*|fråkopl\p{L}*|utkobl\p{L}*|utkopl\p{L}*|shut(?:s|ting)?(?:\s+down)?)`;
/**
 * What the person has with the controller that such a step ends or stops: an account, a loan, a payment, a benefit, a
 * membership, a contract, a prize, a card of the person's own («Lånekortet sperres automatisk når …»: P2's plain defect,
 * session 14; F, session 16; not an access card a door locks at night) (nb, nn, en). An account by its compound («spillerkontoen»,
 * «brukarkontoen»: variants-spill SP16; F, session 17).
 */
const THING = lazyPattern(
  String.raw`(?<![\p{L}])(?:konto\p{L}*|\p{L}+konto(?:en|er|ene|ar|ane|a)?|spillkonto\p{L}*|kundeforhold\p{L}*|lån(?:et|a|ene|ane)?|\p{L}*lån(?:et|a)?|utbetaling\p{L}*|ytelse\p{L}*|yting\p{L}*|stønad\p{L}*|\p{L}*pensjon(?:en|a|ar|er|ane|ene)?|stipend\p{L}*|trygd\p{L}*|medlemskap\p{L}*|abonnement\p{L}*|avtale(?:n|r|ne)?|kontrakt\p{L}*|premie\p{L}*|gevinst\p{L}*|(?:låne|medlems|bank|kreditt|betalings|bibliotek|kunde|reise|periode|sesong|trenings|klippe|bonus|fordels)?kort(?:et|a)?|accounts?|loans?|payments?|payouts?|benefits?|pensions?|grants?|allowances?|memberships?|subscriptions?|contracts?|agreements?|policy|policies|prizes?|winnings|cards?|måler(?:en|ne)?|målar(?:en|ane)?|målepunkt\p{L}*|strømleveranse\p{L}*|straumleveranse\p{L}*|nettilknytning\p{L}*|nettilknyting\p{L}*|meters?|metering\s+points?|(?:electricity|power)\s+suppl(?:y|ies)|\p{L}*målarkum\p{L}*|\p{L}*målerkum\p{L}*|stikkleidning\p{L}*|stikkledning\p{L}*|vasstilførsel\p{L}*|vanntilførsel\p{L}*|vassforsyning\p{L}*|vannforsyning\p{L}*|water\s+supply|service\s+pipes?|meter\s+(?:pits?|boxes?|chambers?))(?![\p{L}])`,
  'iu',
);
/** The person asked for the step themself («når du ber om det», «at your request», «du kan selv stenge kontoen»): no decision about them. */
const OWN_REQUEST = lazyPattern(
  String.raw`(?<![\p{L}])(?:ber om|bed om|ba om|etter ønske|på (?:din|eiga|egen) forespørsel|når (?:du|kunden|medlemmet|brukeren|brukaren|låntakeren|lånaren|eleven|pasienten|abonnenten) (?:\p{L}+\s+){0,2}?(?:ber|bed|velger|vel|sletter|slettar|avslutter|avsluttar|melder|sier|seier|kansellerer|avbestiller|avbestiller)|(?:customer|member|user|client|subscriber|holder|borrower|patient|student|parent|person)s?\s+(?:asks?|requests?|cancels?|closes?|chooses?|unsubscribes?)|you (?:cancel|close|unsubscribe|end|terminate)|selv|sjølv|at your (?:own )?request|on request|you (?:ask|request|choose|chose|select|opt)|yourself|themselves|dormant|inactive|inaktiv\p{L}*|ikke (?:har vært )?brukt|ikkje (?:har vore )?brukt|not (?:been )?used|\p{L}*flyttedato\p{L}*|moving(?:-out)?\s+dates?|move-out\s+dates?|overtakingsdato\p{L}*|(?:date|dato|datoen)\s+(?:(?:that|which|som)\s+)?(?:they|you|the\s+customer|kunden|du|dei|de)\s+(?:have\s+|has\s+|har\s+)?(?:gave|given|told|reported|notified|stated|meldt|melde|gitt|gjeve|oppgav|oppgitt|oppgjeve))(?![\p{L}])`,
  'iu',
);
/**
 * A lock for security, not a decision about the person: after wrong log-in attempts, a PIN or password, or a session timing
 * out («kontoen sperres automatisk etter fem feil innloggingsforsøk», «the card is blocked automatically after three wrong PIN
 * entries»).
 */
const LOCKOUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*innlogg\p{L}*|\p{L}*pålogg\p{L}*|passord\p{L}*|pin(?:-?kode\p{L}*)?|kode(?:n|r|ne|ar|ane)?|\p{L}*forsøk|log-?ins?|logins?|sign-?ins?|passwords?|attempts?|sessions?|økt(?:a|en)?|timeouts?|tidsavbrudd|inactivity|sikkerhetsgrunn\p{L}*|security reasons?|tapt|mista|mistet|stjålet|stjålen|stole|lost|stolen|sikring(?:a|en|ar|er)?|hovedsikring\p{L}*|hovudsikring\p{L}*|fuses?|overlast\p{L}*|overbelast\p{L}*|overload\p{L}*|kortslutning\p{L}*|short circuits?|jordfeil\p{L}*|earth faults?|trips?|tripped|løser ut|løyser ut|jordfeilbryter\p{L}*|faults?|outages?|straumbrot\p{L}*|strømbrudd\p{L}*|driftsforstyrr\p{L}*|røyrbrot\p{L}*|rørbrudd\p{L}*|rørbrot\p{L}*|pipe\s+(?:bursts?|breaks?)|burst\s+(?:pipes?|mains?)|hovudleidning\p{L}*|hovedledning\p{L}*|water\s+mains?)(?![\p{L}])`,
  'iu',
);
/**
 * The relationship ends of itself: a card or account closed when the person leaves, the employment or the contract ends or
 * expires («Adgangskortet sperres automatisk når arbeidsforholdet avsluttes», «the library card is closed automatically
 * when the pupil leaves the school»; P2's review, session 14, left these two firing as arguable): the step follows the
 * end, no decision about the person (F, session 16, with the compounds of «kort»).
 */
const ENDS_ANYWAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|dersom|etter at|when|once|after|if)\s+(?:\p{L}+\s+){0,3}?(?:(?:arbeidsforhold\p{L}*|ansettelse\p{L}*|ansettelsesforhold\p{L}*|tilsetjing\p{L}*|medlemskap\p{L}*|abonnement\p{L}*|avtale(?:n|a)?|kontrakt(?:en)?|opphold(?:et)?|leieforhold(?:et)?|leigeforhold(?:et)?|employment|contract|membership|subscription|stay|tenancy)\s+(?:\p{L}+\s+)?(?:avsluttes|avsluttast|opphører|opphøyrer|går ut|utløper|ends?|expires?|terminates?|er avslutta|blir avslutta|er avsluttet|blir avsluttet|er over|er slutt|is over|has ended)|(?:slutter|sluttar|flytter|flyttar|dør|døyr|leaves?|left|dies|moves\s+away))(?![\p{L}])`,
  'iu',
);
/** A clause that follows on from the one before («da», «deretter», «then», «as a result»). */
/** What a building's or a plant's system settles, of no person: heating, light, air, temperature, energy, pumps, valves (N's review of F, session 17). */
const BUILDING_SERVICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:heating|heat|lights?|lighting|ventilation|air|temperature|energy|pumps?|valves?|varme(?:n)?|oppvarming\p{L}*|lys(?:et|a)?|ventilasjon\p{L}*|luft(?:a|en)?|temperatur\p{L}*|energi\p{L}*|pumpe\p{L}*|ventil\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A THRESHOLD_STEP whose last word is a step (EFFECT), not a refusal: read only with what the person has (THING). */
const EFFECT_ONLY = lazyPattern(String.raw`(?<![\p{L}])${EFFECT}$`, 'iu');
const THEN = lazyPattern(String.raw`(?<![\p{L}])(?:da|så|deretter|dermed|then|thereafter|as a result|after that)(?![\p{L}])`, 'iu');
const AUTO_RE = lazyPattern(String.raw`(?<![\p{L}])${AUTO}(?![\p{L}])`, 'iu');
/** AUTO_RE run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const autoReWays = ways(AUTO_RE);
const EFFECT_ALL = lazyPattern(String.raw`(?<![\p{L}])${EFFECT}(?![\p{L}])`, 'giu');
/**
 * Booking, ordering, borrowing or access to the service (nb, nn, en), blocked for people by their conduct (BLOCKED_FOR): «TABS
 * automatically blocks online booking of lessons and the driving test for any customer with an invoice more than 30 days
 * overdue» (variants-trafikkskole TS04; W8, session 21). Refusing the service to a customer for unpaid debts is a decision
 * with a similarly significant effect (WP251 IV.B: a decision that affects «access to … services»), as closing the account
 * is; the same block for a slot already taken or goods sold out is none (no conduct of the person).
 */
const SERVICE_ACCESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*booking\p{L}*|\p{L}*bestilling\p{L}*|\p{L}*reservasjon\p{L}*|reservations?|timebestill\p{L}*|tilgang(?:en)?|adgang(?:en)?|access|entry|utlån\p{L}*|lending|borrowing|påmelding\p{L}*|enrolments?|enrollments?|registrations?|purchases?|ordering|orders?)(?![\p{L}])`,
  'iu',
);
const BLOCKED_FOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:ubetal\p{L}*|unpaid|overdue|forfal\p{L}*|skyldig\p{L}*|gjeld(?:a|en)?|debts?|arrears|no-?shows?|uteblitt|uteblir|uteblivelse\p{L}*|brudd\p{L}*|brot(?:et|a)?|violations?|breach(?:es)?)(?![\p{L}])`,
  'iu',
);
/**
 * A course, a lecture or an explanation about such blocks («The course covers how banks automatically block access …»),
 * and a person who checks each block anywhere in the text («a customer adviser checks every block within one working day»):
 * not read for a blocked service (the step against the person's THING keeps its own readings).
 */
const BLOCK_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:kurs\p{L}*|courses?|training|opplæring\p{L}*|undervis\p{L}*|lectures?|foredrag\p{L}*|covers?|explains?|forklar\p{L}*|(?:om|about)\s+(?:hvordan|korleis|how))(?![\p{L}])`,
  'iu',
);
const CHECKS_EACH = lazyPattern(
  String.raw`(?<![\p{L}])(?:checks?|sjekk(?:er|ar)|ser\s+på|looks?\s+at|reviews?|vurderer|vurderar|går\s+gjennom|kontrollerer|kontrollerar)\s+(?:every|each|all|hver|hvert|kvar|kvart|alle)(?![\p{L}])`,
  'iu',
);
/** What the step is taken against: the person's THING, or the service's booking or access blocked for their conduct (SERVICE_ACCESS, BLOCKED_FOR). */
const stepTarget = (near: string, clause: string, text: string): boolean =>
  THING().test(near) ||
  (SERVICE_ACCESS().test(near) && BLOCKED_FOR().test(clause) && !BLOCK_TOPIC().test(clause) && !personInvolved(text) && !CHECKS_EACH().test(text));
/**
 * The part of a clause a step stands in, cut at «, og», «, and», «, men», «, but» (N6's review, session 21: «Bookingsystemet
 * sperrer automatisk timer som er tatt, og ingen kunder sperres for ubetalt gjeld» blocks a slot, and denies the block for
 * debt in its second part): a block for the person's conduct is read only where that part names the conduct undenied.
 */
const CLAUSE_JOIN = lazyPattern(String.raw`,\s*(?:og|and|men|but)\s`, 'iu');
function partAt(clause: string, at: number): string {
  let start = 0;
  for (const piece of clause.split(CLAUSE_JOIN())) {
    const i = clause.indexOf(piece, start);
    if (at < i + piece.length) return NEGATION.test(piece) ? '' : piece;
    start = i + piece.length;
  }
  return clause;
}
/**
 * A step against the person's THING taken by the machine, in a clause: an EFFECT word with AUTO within three words of it
 * (or between the words of «sier … opp»), the THING within seven words (across commas: «Kontoer med spillmønstre som
 * modellen flagger, stenges automatisk»), not asked for by the person, no lock for security. Where the EFFECT word starts
 * in the clause, each one in turn (the caller tests the comma part it stands in for a denial).
 */
/**
 * The machine as the subject of the step, with no «automatisk» said (R27, session 37: variants-vassverk VV51 «Viser målaren
 * meir enn 2 000 liter i døgnet tre døgn på rad, stengjer systemet ventilen i målarkummen sjølv»; «Systemet stenger
 * vanntilførselen til boligen», «the app suspends the member's account»): a machine that takes the step decides it, as
 * «automatisk» says. The machine's word right before the step's verb (not after a preposition: «i appen stenger du kontoen»
 * is the person's step), or right after it where the verb opens its comma part or follows «da», «så», «deretter» (the
 * Norwegian inverted order after a condition). The step's THING and the guards of effectsIn still hold.
 */
const MACHINE_AGENT_WORD = String.raw`(?:\p{L}*systemet|system|appen|app|plattformen|plattforma|platform|programmet|program|modellen|model|algoritmen|algorithm|verktøyet|tool|roboten|robot|software)`;
const MACHINE_AGENT_GATE = lazyPattern(String.raw`(?<![\p{L}])${MACHINE_AGENT_WORD}(?![\p{L}])`, 'iu');
const MACHINE_BEFORE = lazyPattern(
  String.raw`(?:^|\s)(?:(i|på|via|in|on|through|gjennom|frå|fra|from|med|with|av|by|til|to|for|om|about|of)\s+)?(?:the\s+|our\s+)?${MACHINE_AGENT_WORD}\s+(?:(?:selv|sjølv|sjøl|også|òg|then|deretter|straks|alltid|always|also|itself)\s+)?$`,
  'iu',
);
const MACHINE_AFTER = lazyPattern(String.raw`^\s+(?:the\s+)?${MACHINE_AGENT_WORD}(?![\p{L}])`, 'iu');
const INVERTED_START = lazyPattern(String.raw`(?:^|,)\s*(?:(?:da|så|deretter|dermed)\s+)?$`, 'iu');
/** The machine's own «sjølv», «selv» a few words after it («stengjer systemet ventilen … sjølv»): no request of the person's. */
const MACHINE_SELF_FAR = lazyPattern(
  String.raw`(?<![\p{L}])${MACHINE_AGENT_WORD}\s+(?:(?!(?:som|der|who|that|which|du|you|han|ho|hun|dei|de|they|kunden|kunde|brukaren|brukeren|medlemmet)(?![\p{L}]))[\p{L}\d-]+\s+){0,5}?(?:selv|sjølv|sjøl|itself)(?![\p{L}])`,
  'giu',
);
function machineAgentOf(clause: string, start: number, end: number): boolean {
  const b = MACHINE_BEFORE().exec(clause.slice(0, start));
  if (b !== null && b[1] === undefined) return true;
  return MACHINE_AFTER().test(clause.slice(end)) && INVERTED_START().test(clause.slice(0, start));
}
function* effectsIn(clause: string, before: string, text: string): Generator<RegExpExecArray> {
  const agent = MACHINE_AGENT_GATE().test(clause);
  if (
    !(autoReWays.test(clause) || agent) ||
    !stepTarget(clause, clause, text) ||
    OWN_REQUEST().test(clause.replace(AUTO_WORD_ALL(), (w) => ' '.repeat(w.length)).replace(MACHINE_SELF_FAR(), (w) => ' '.repeat(w.length))) ||
    LOCKOUT().test(clause) ||
    ENDS_ANYWAY().test(clause)
  )
    return;
  // «Du kan stenge kontoen selv; da stanses alle utbetalinger automatisk»: a step that follows the person's own (THEN).
  if (THEN().test(clause) && OWN_REQUEST().test(before)) return;
  for (const m of clause.matchAll(EFFECT_ALL())) {
    const end = m.index + m[0].length;
    if (!autoReWays.test(clause.slice(wordsStart(clause, m.index, 3), wordsEnd(clause, end, 3))) && !(agent && machineAgentOf(clause, m.index, end))) continue;
    if (!stepTarget(clause.slice(wordsStart(clause, m.index, 7), wordsEnd(clause, end, 7)), THING().test(clause) ? clause : partAt(clause, m.index), text))
      continue;
    yield m as RegExpExecArray;
  }
}
/**
 * A consequence for the person, with NO_HUMAN: a deciding word, or stricter control, blocking, exclusion, or a step against
 * what they have (EFFECT), or a fee, fine or penalty imposed («legges et tilleggsgebyr automatisk på neste faktura uten at
 * noen ser på bildene»: variants-avfall AV21; F, session 16); an administrative decision by its noun («vedtaka om tilbod
 * blir gjorde heilt automatisk …, utan at nokon sakshandsamar ser på søknaden»), or a right the person loses («mistar
 * studieretten automatisk utan at nokon vurderer saka»: variants-hogskule HS33, HS80; B14, session 18).
 */
/**
 * A verdict that the person is unfit for work («"not fit for duty"», «unfit for work», «ikke skikket for tjeneste»): a
 * consequence for them as a deciding word is (variants-bht BT15; W5, session 20). Its «not», «ikke» is part of the verdict,
 * no denial of the step (UNFIT_ALL blanks it before NO_HUMAN's denial is read).
 */
const UNFIT = String.raw`(?:not\s+|un)fit\s+(?:for|to)\s+(?:duty|work|service|drive|fly)|(?:ikke|ikkje)\s+(?:skikket|skikka|egnet|eigna|i\s+stand)\s+(?:for|til)\s+(?:å\s+)?(?:tjeneste|teneste|arbeid|jobb|køyre|kjøre)\p{L}*|arbeidsudyktig\p{L}*`;
/**
 * Work, pay or a benefit the person no longer gets («stops sending assignments to an interpreter whose average feedback score
 * falls below 3, without a coordinator looking at the case»: variants-tolk TL05; B21, session 21): a consequence with
 * NO_HUMAN as a step against what they have is. Not other messages stopped («stops sending reminders»).
 */
/**
 * Offered or given no further work («are automatically offered no further assignments», «får tolken automatisk ikke flere
 * oppdrag»: variants-veterinar DY36, paraphrase3 PC055; R2, session 25): a step that keeps the person from work (WP251 IV.B).
 */
const NO_MORE_WORK = String.raw`(?:offered|given|sent|får|fær|gets?|receives?)\s+(?:\p{L}+\s+){0,2}?(?:no|ikke|ikkje|ingen|inga)\s+(?:flere|fleire|further|more|nye|new)\s+(?:\p{L}+\s+)?(?:oppdrag|vakter|assignments?|shifts?|jobs?|work|bookings?)(?![\p{L}])`;
const STOPS_WORK = String.raw`stop(?:s|ped|ping)?\s+(?:sending|giving|offering|paying|booking)\s+(?:\p{L}+\s+){0,2}?(?:assignments?|work|jobs?|shifts?|payments?|benefits?|wages?|fees?)(?![\p{L}])|${NO_MORE_WORK}`;
const UNFIT_ALL = lazyPattern(String.raw`(?<![\p{L}])(?:${UNFIT})(?![\p{L}])`, 'giu');
/**
 * An amount the person owes or is granted, set or reckoned for them (a tax, a valuation that fixes the tax, a premium, a
 * parental fee, a benefit's amount): with NO_HUMAN in its clause («Takstane vert rekna ut automatisk av ein modell …, utan
 * at nokon ser over dei før skattesetelen vert send»: variants-byggesak BY31; «the tax value of each home is set by the
 * model; no caseworker checks it»; E2, session 29) a decision with legal effect (Art. 22(1); eigedomsskattelova § 8 A-3:
 * the valuation is the basis of the tax). Read only as CONSEQUENCE is: beside NO_HUMAN, not where a person decides or
 * the machine only proposes, nor about no person.
 */
const ASSESSED = String.raw`\p{L}*takst(?:en|ar|ane|er|ene)?|\p{L}*skatt(?:en|ar|ane|er|ene)?|skattegrunnlag\p{L}*|skatteverdi\p{L}*|skattesetel\p{L}*|skatteseddel\p{L}*|verdsetjing\p{L}*|verdsettelse\p{L}*|valuations?|tax(?:es)?|premiums?|premie(?:n|r|ne|ar|ane)?|fees?|foreldrebetaling\p{L}*|eigenbetaling\p{L}*|egenbetaling\p{L}*|egenandel(?:en|er|ene)?|eigendel(?:en|ar|ane)?|stønadsbeløp\p{L}*|støttebeløp\p{L}*|benefit\s+amounts?`;
/** ASSESSED, not a statistic or total of them («statistikk over takstane», «samla skatt»), nor the person's own reckoning. */
const ASSESSED_RE = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?:statistikk\p{L}*|statistics|oversikt\p{L}*|overview|rapport\p{L}*|reports?|summen|sum|samla|samlet|total)\s+(?:over\s+|of\s+|on\s+|om\s+|for\s+|av\s+)?(?:\p{L}+\s+)?)(?:${ASSESSED})(?![\p{L}])`,
  'iu',
);
const mayAssessed = gated(ASSESSED_RE);
/**
 * The invoice as the place a fee is put («får eit tilleggsgebyr lagt på fakturaen av systemet utan at nokon ser på saka»,
 * «a surcharge is added to the invoice»: variants-vassverk VV52; R27, session 37): the fee is the consequence for the
 * person, the invoice only where it stands, so NOT_ABOUT_PERSON does not read it there.
 */
const FEE_ON_INVOICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:på|til|on|to)\s+(?:neste\s+|den\s+neste\s+|the\s+next\s+|the\s+|next\s+|your\s+|their\s+|his\s+|her\s+)?(?:faktura(?:en)?|rekning(?:a)?|regning(?:en)?|invoices?|bills?)(?![\p{L}])`,
  'giu',
);
/** A consequence for the person (CONSEQUENCE), or an amount set for them (ASSESSED) that they do not reckon themselves. */
const consequenceIn = (clause: string): boolean =>
  CONSEQUENCE().test(clause) || (mayAssessed(clause) && ASSESSED_RE().test(clause) && !OWN_REQUEST().test(clause));
const CONSEQUENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${DECIDE}|${EFFECT}|${STOPS_WORK}|vedtak(?:et|a|ene|ane)?(?:\s+\p{L}+){0,3}?\s+(?:blir|vert|blei|ble|vart)\s+(?:gjort|gjorde|gjord|gjorte|fatta|fattet|fatte|tatt|teke|tekne|truffet|treft)(?![\p{L}])|vedtak(?:et|a|ene|ane)?(?:\s+\p{L}+){0,3}?\s+(?:gjøres|gjerast|fattes|fattast|treffes|treffast|tas|takast)(?![\p{L}])|(?:decisions?|vedtak)(?:\s+\p{L}+){0,3}?\s+(?:is|are)\s+(?:made|taken)(?![\p{L}])|(?:mister|mistar|mista|mistet|miste|loses?|lost)\s+(?:\p{L}+\s+)?(?:\p{L}*rett(?:en|a|ar|ane|ene|er)?|\p{L}*plass(?:en)?|rights?|places?|entitlements?)\s+(?:heilt\s+|helt\s+)?(?:automatisk|automatically)(?![\p{L}])|(?:automatisk|automatically)\s+(?:mister|mistar|mista|mistet|miste|loses?|lose|lost)\s+(?:\p{L}+\s+)?(?:\p{L}*rett(?:en|a|ar|ane|ene|er)?|\p{L}*plass(?:en)?|rights?|places?|entitlements?)(?![\p{L}])|strengere|strengare|stricter|sperr\p{L}*|utesteng\p{L}*|block\p{L}*|suspend\p{L}*|exclud\p{L}*|(?:tilleggs|kontroll|purre|overtredelses|brots)?gebyr(?:et|a|er|ene|ar|ane)?|tilleggsavgift\p{L}*|kontrollavgift\p{L}*|tvangsmulkt\p{L}*|dagmulkt\p{L}*|mulkt(?:a|en|er|ar|ane|ene)?|fines?|fined|penalt(?:y|ies)|surcharges?|${UNFIT}|${DECIDED_OR_SENT})(?![\p{L}])`,
  'iu',
);
/**
 * A person (nb, nn, en) who decides or reviews each case, or a body of people (a committee, a board, an office: «Opptaksnemnda
 * gjer vedtak», «the grants committee», «boligkontoret»; compounds of a role: «kunderådgiver», «claims handler»; P, session 14).
 * Not a machine named by a role («saksbehandlingssystemet», «kredittrådgiverroboten», «case handler software»). A word
 * holding «team» is read as one word (a look-ahead, then the word): `\p{L}*team\p{L}*` tried each «team» in a word with the rest of the word after it, so a 20,000-letter word of
 * «teamteam…» took 2.3 s (R1, session 13).
 */
const PERSON = String.raw`(?!\p{L}*(?:system|løsning|løysing|verktøy|modul|program|robot|motor|software|algorit))(?:ansatte?|tilsette?|rådgiver\p{L}*|rådgjevar\p{L}*|saksbehandl\p{L}*|sakshandsamar\p{L}*|analytiker\p{L}*|person|menneske|medarbeider\p{L}*|medarbeidar\p{L}*|megler\p{L}*|meklar\p{L}*|leder\p{L}*|leiar\p{L}*|(?=\p{L}*(?:team|rådgiver|rådgjevar|saksbehandl|sakshandsam|officer|handler))\p{L}+|employees?|advis[eo]rs?|caseworkers?|case (?:officer|handler)s?|analysts?|humans?|staff(?: members?)?|underwriters?|managers?|officers?|koordinator(?:en|ar|er|ane|ene)?|coordinators?|veterinær(?:en|ar|er|ane|ene)?|veterinarians?|vets?)`;
/**
 * A body of people that decides (a committee, a board, an office, an authority or directorate: «klareringsmyndigheten …, som
 * gjennomfører personkontrollen og avgjør saken», variants-verneplikt's clean base, session 38): read with a word of
 * deciding, not of reviewing.
 */
const BODY = String.raw`(?:(?=\p{L}*(?:nemnd|komit|committee|utval|kontoret|myndighet|myndigheit|direktorat|statsforvalt))(?!\p{L}*(?:system|løsning|løysing|modell|model))\p{L}+|styret|board|panel|(?:the\s+)?(?:\p{L}+\s+)?(?:authority|directorate)(?![\p{L}]))`;
const DECIDES_STRONG = String.raw`(?:avgjør|avgjer|avgjøre|avgjere|beslutter|beslutte|beslutta|bestemmer|godkjenner|godkjenne|fatter|fattar|treffer|vedtar|vedtek|(?:gjer|gjør|fatter|fattar|treffer|tar|tek)\s+(?:(?:den|det|dei|de)\s+)?(?:endelige\s+|endelege\s+)?(?:vedtak|vedtaket|avgjørelsen|avgjerda|beslutningen|avgjerder|avgjørelser)|decides?|approves?|(?:makes?|takes?) the (?:final )?decisions?)`;
const DECIDES = String.raw`(?:${DECIDES_STRONG}|vurderer|vurderar|går gjennom|ser gjennom|kontrollerer|reviews?|assess(?:es)?)`;
/**
 * A person decides or reviews each case: «en rådgiver avgjør alltid», «vedtaket fattes av en saksbehandler», «søknaden
 * avgjøres av en saksbehandler», «an adviser decides», «approved by a caseworker», «manuell vurdering av alle».
 * (automated-decision-basis reads the decision's own fields with it too.)
 */
export const PERSON_DECIDES = letterPattern(
  String.raw`(?<![\p{L}])(?<!(?:uten|utan|without|no|ingen|inga)\s+(?:at\s+)?(?:\p{L}+\s+)?)(?:${PERSON}(?![\p{L}])(?!\s+(?:software|systems?|tools?|robots?|engines?|apps?|programs?))[^.;:!?]{0,60}?(?<![\p{L}])${DECIDES}|${BODY}(?![\p{L}])(?:(?!\p{L}*(?:system|modell|model|algorit|robot|maskin|machine)|appen?(?![\p{L}])|the\s+app(?![\p{L}]))[^.;:!?]){0,60}?(?<![\p{L}])${DECIDES_STRONG})(?![\p{L}])|(?<![\p{L}])(?:avgjøres|avgjerast|besluttes|godkjennes|godkjennast|vurderes|vurderast|vurdert|vurderte|godkjent|godkjend|godkjende|godkjente|avgjort|avgjord|avgjorde|behandla|behandlet|handsama|handsamte|fattes|fattast|fatta|treffes|treffast|vedtas|vedtatt|vedteke|vedtekne|behandles|handsamast|gjort|gjord|gjorde|gjorte|decided|approved|reviewed|assessed|considered|taken|made)\s+(?:\p{L}+\s+){0,2}?(?:av|by)\s+(?:(?:en|ein|et|eit|a|an|the)\s+)?(?:\p{L}+\s+)?(?:${PERSON}|${BODY})(?![\p{L}])|(?<![\p{L}])(?:etter|ved|after|following|follows?)\s+(?:(?:a|the)\s+)?(?:behandling|handsaming|consideration|hearing)\s+(?:i|hos|by|in)\s+(?:(?:the|a)\s+)?(?:\p{L}+\s+)?${BODY}(?![\p{L}])|(?<![\p{L}])(?:avgjør|avgjer|vurderer|vurderar|godkjenner|godkjenner|fatter|fattar|gjer|gjør|tek|tar|treffer)\s+(?:(?:alltid|likevel|deretter|så)\s+)?(?:ein|en|et|eit)\s+(?:\p{L}+\s+)?${PERSON}(?![\p{L}])|(?<!(?:uten|utan|without)\s+(?:\p{L}+\s+)?)(?<![\p{L}])(?:manuell\p{L}*|manual)\s+(?:vurdering\p{L}*|gjennomgang\p{L}*|behandling\p{L}*|handsaming\p{L}*|review|assessment)`,
  'iu',
);
/**
 * A review the person must ask for, or a complaint, comes after the machine's decision (Art. 22(3)), not a person deciding
 * («du kan be om at en rådgiver vurderer søknaden på nytt», «avslag kan påklages», «you may ask for a person to review the
 * decision»).
 */
export const ON_REQUEST =
  /(?<![\p{L}])(?:be om|ber om|kreve|krevje|klag(?:e|en|a|er|ene|ar|ane|es|ast)|påklag\p{L}*|bestride|på nytt|på ny|request\p{L}*|ask\p{L}*|complain\p{L}*|contest\p{L}*|appeal\p{L}*|again|reconsider\p{L}*)(?![\p{L}])/iu;
/** A person who looks at a sample of cases checks the machine's work; the machine still decides the rest. */
export const SAMPLE = /stikkprøv|utval(?:g)? av (?:sak|vedtak|avgj)\p{L}*|(?<![\p{L}])(?:a |random )?samples?(?![\p{L}])/iu;
/**
 * A system that only proposes («systemet foreslår», «suggests», «recommends to the caseworker», «lager et forslag til
 * vedtak»): decides nothing. Not the person's own proposal or application that is assessed («Forslaget vurderes maskinelt
 * mot en betalingsevnemodell, og avslag sendes ut uten manuell behandling»: the debtor's proposal for a payment plan, refused
 * by the machine; variants-inkasso IK65, F, session 15): the noun «forslag», «proposal» only as a proposal for a decision or
 * one the system makes.
 */
const PROPOSES = lazyPattern(
  String.raw`(?<![\p{L}])(?:foreslå\p{L}*|(?:lager|lagar|lage|gir|gjev|gi|kommer med|kjem med|utarbeider|utarbeidar)\s+(?:et\s+|eit\s+)?(?:forslag|framlegg)\p{L}*|(?:forslag|framlegg)\p{L}*\s+til\s+(?:vedtak\p{L}*|avgjørelse\p{L}*|avgjerd\p{L}*|beslutning\p{L}*|innstilling\p{L}*)|gjer framlegg|suggest\p{L}*|propos(?:e|es|ed|ing)|(?:makes?|gives?|drafts?)\s+(?:a\s+)?proposals?|proposals?\s+for\s+(?:a\s+)?decisions?|recommend\p{L}*|tilrå\p{L}*|anbefal\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A person decides or reviews each case in the clause: not on request, not a sample (automated-decision-basis reads the decision's own fields with it too). */
export const personInvolved = (clause: string): boolean => PERSON_DECIDES.test(clause) && !ON_REQUEST.test(clause) && !SAMPLE.test(clause);

/**
 * Words every AUTO_DECISION match (its machine word and its deciding word) or every NO_HUMAN match holds, read from the
 * patterns (util/prefilter.ts), so that they follow the patterns when these are widened, or a machine word (AUTO_RE) for a
 * step against what the person has (effectsIn: «Kontoer …, stenges automatisk», no deciding word; the merge of H16's
 * derived gates with L's steps left this out, and no step was read): a part without them states no decision, and its
 * clause is not read for a person deciding.
 */
const mayDecide = prefilter(AUTO_DECISION);
const mayNoHuman = prefilter(NO_HUMAN);
const mayStep = prefilter(AUTO_RE);
/**
 * The machine itself as the one that decides, on its own («The provider's system decides on its own whether the licence and
 * the selfie match»: variants-bildeling BD75; «systemet avgjer sjølv om …», «the model decides by itself»; F, session 17):
 * a machine word as the subject of deciding, with «on its own», «by itself», «selv», «sjølv», «alene», «åleine», then
 * whether or who («om», «hvem», «whether»): not what a machine settles of no person («… om fakturaen går på e-post»).
 */
/**
 * The machine's words, and the app, the portal or the form the person fills in («The online form decides on its own, from
 * your answers, whether you get an appointment»: variants-helsestasjon HS37; «Nettskjemaet avgjer sjølv om …», «appen
 * bestemmer selv hvem som …»; R20, session 35). «On its own», «sjølv» after the verb keeps a person's form out.
 */
const MACHINE_DECIDES_HEAD = String.raw`(?<![\p{L}])(?:\p{L}*system(?:et|s)?|løsning(?:en)?|løysing(?:a)?|algorit\p{L}*|model(?:len|s)?|modell(?:en)?|program(?:met|s)?|software|verktøy(?:et)?|tool|maskin(?:en)?|machine|robot(?:en)?|app(?:en|a|s)?|portal(?:en|s)?|\p{L}*skjema(?:et)?|forms?|plattform(?:en|a)?|platforms?|chatbot(?:en|s)?)\s+(?:\p{L}+\s+){0,1}?(?:decides?|determines?|avgjør|avgjer|bestemmer|bestemmer)\s+(?:on\s+its\s+own|by\s+itself|itself|alone|av\s+seg\s+sjølv|av\s+seg\s+selv|selv|sjølv|alene|åleine|aleine)`;
const MACHINE_DECIDES_WHAT = String.raw`(?:whether|if|who|which|om|hvem|kven|hvilke|hvilken|kva\s+for|kven\s+som)(?![\p{L}])`;
const MACHINE_DECIDES = lazyPattern(String.raw`${MACHINE_DECIDES_HEAD}\s+${MACHINE_DECIDES_WHAT}`, 'iu');
/** MACHINE_DECIDES ending its comma part, and what it decides after an insert between commas («, from your answers, whether»). */
const MACHINE_DECIDES_OPEN = lazyPattern(String.raw`${MACHINE_DECIDES_HEAD}\s*$`, 'iu');
const DECIDES_WHAT_NEXT = lazyPattern(String.raw`^,(?:[^,.;:!?]{1,60},)?\s*${MACHINE_DECIDES_WHAT}`, 'iu');
/**
 * A score over or under a set value that itself closes, blocks or refuses («A score above 95 closes the account at once»:
 * variants-bildeling BD63; «En risikoskår over 80 sperrer kontoen»; F, session 17): the threshold is the machine's rule,
 * and the step follows from it with no one between. A step (EFFECT) only with what the person has (THING) in the clause.
 */
const THRESHOLD_STEP = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*score|\p{L}*scores|\p{L}*skår|\p{L}*skåre|\p{L}*skåren|poengsum\p{L}*|rating)\s+(?:\p{L}+\s+){0,2}?(?:above|over|below|under|higher\s+than|lower\s+than|of\s+at\s+least|of\s+more\s+than|of|på)\s+(?:(?:minst|over|under)\s+)?\d+(?:[.,]\d+)?\s*%?\s+(?:\p{L}+\s+){0,1}?(?:${EFFECT}|${DECIDE}|gir\s+avslag|gjev\s+avslag|leads\s+to\s+(?:a\s+)?(?:rejection|refusal))(?![\p{L}])`,
  'iu',
);
// The gate of the words before «whether»: every MACHINE_DECIDES match holds them, and MACHINE_DECIDES_OPEN needs no more.
const mayMachine = prefilter(MACHINE_DECIDES_OPEN);
const mayThreshold = prefilter(THRESHOLD_STEP);
/** A machine's word and a step's words (machineAgentOf, in effectsIn): the gate of a step the machine takes with no «automatisk». */
const mayEffect = prefilter(lazyPattern(String.raw`(?<![\p{L}])${EFFECT}(?![\p{L}])`, 'iu'));
const mayAgentStep = (t: string): boolean => mayEffect(t) && MACHINE_AGENT_GATE().test(t);
const DECISION_STEM = {
  test: (t: string): boolean =>
    mayDecide(t) || mayNoHuman(t) || mayStep(t) || mayMachine(t) || mayThreshold(t) || mayAndRefused(t) || mayOnlyGranted(t) || mayAgentStep(t),
};
/** AUTO_DECISION's words by each of its ways (a machine word AND a deciding word): `mayDecide` unites them, so a machine word alone passed it. */
const mayDecideBoth = prefilterAny(AUTO_DECISION);
/** NO_HUMAN's words by each of its ways («uten» AND a review's words): `mayNoHuman` unites them, so «behandling» alone passed it. */
const mayNoHumanBoth = prefilterAny(NO_HUMAN);

/**
 * A barrier, gate or door that the machine keeps shut for people listed for their conduct («halde ei liste over køyretøy
 * med tre eller fleire ubetalte krav, slik at bommen automatisk ikkje opnar for dei»: variants-parkering PK45; «entry is
 * refused automatically for vehicles on the blacklist»; F, session 16): a refusal of access decided by the machine from
 * what the person has done (unpaid claims, violations, a ban). The negation is the refusal itself, so it is not read as
 * a denial; a list of subscribers or residents the gate opens for is no conduct.
 */
const REFUSED_ENTRY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:bom(?:men|mane|mene)?|port(?:en|a)?|døra|døren|barrier(?:s)?|gates?|doors?)\s+(?:\p{L}+\s+){0,2}?${AUTO}\s+(?:ikkje|ikke|not|no\s+longer)\s+(?:opn|åpn|open|let)\p{L}*|${AUTO}\s+(?:\p{L}+\s+){0,1}?(?:nekt|avvis|refus|den[iy])\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:innkjøring|innkøyring|innpassering|tilgang|adgang|entry|access)|(?:innkjøring|innkøyring|innpassering|tilgang|adgang|entry|access)\s+(?:\p{L}+\s+){0,2}?(?:nektes|nektast|avvises|avvisast|is\s+refused|is\s+denied|are\s+refused|are\s+denied)\s+(?:\p{L}+\s+){0,1}?${AUTO})(?![\p{L}])`,
  'iu',
);
const mayRefuseEntry = prefilter(REFUSED_ENTRY);
const LISTED_FOR_CONDUCT = lazyPattern(
  String.raw`(?<![\p{L}])(?:svarteliste\p{L}*|sperreliste\p{L}*|blacklist\p{L}*|block\s*list\p{L}*|(?:liste|lista|list|register)\s+(?:\p{L}+\s+){0,6}?(?:ubetal\p{L}*|unpaid|skyld\p{L}*|gjeld\p{L}*|debts?|brudd\p{L}*|brot\p{L}*|violations?|utesteng\p{L}*|banned|overtred\p{L}*|offen[cs]es?))`,
  'iu',
);

/**
 * A step the machine takes that keeps a person from the service or from work (W11, session 23; variants-legevakt LV10, LV25,
 * LV36): blocked from booking, ordering or borrowing («Pasientar som ikkje har betalt, blir automatisk sperra for å bestille
 * time», «sperres automatisk fra å bestille», «are automatically blocked from booking»), taken off the rota or a list of
 * those given work («Vikarlegar med snitt under 3 blir automatisk tekne ut av vaktplanen», «tas automatisk ut av turnusen»,
 * «are automatically removed from the rota»), or flagged and then kept out («blir automatisk flagga i journalsystemet og får
 * ikkje kome inn utan vektar», «are automatically flagged and refused entry»). WP251 IV.B: a decision that affects access
 * to services or to work has a similarly significant effect (Art. 22(1)). Only where the clause names people before the
 * step (KEPT_OUT_PEOPLE): a shift taken off the rota («Vakter som ikkje blir fylte, blir automatisk tekne ut av
 * vaktplanen») or a slot blocked is no one kept out.
 */
/**
 * The lists a person is taken off: the rota or a list of those given work, and a list or panel of people the body keeps
 * («strykes av systemet selv fra utvalget», «fjernast frå medlemsregisteret», «struck off the panel», «removed from the waiting
 * list»: variants-tingrett VT46; R27, session 37): being struck off it ends the person's place (Art. 22(1); WP251 IV.B).
 */
const WORK_OR_PEOPLE_LIST = String.raw`(?:vaktplan\p{L}*|turnus\p{L}*|vaktlist\p{L}*|vikarlist\p{L}*|tolkelist\p{L}*|bemanningsplan\p{L}*|rota|rosters?|(?:shift\s+)?schedules?|assignment\s+lists?|booking\s+lists?|oppdragslist\p{L}*|bookinglist\p{L}*|utval(?:et|a)?|utvalg(?:et)?|medlemsregister\p{L}*|medlemslist\p{L}*|\p{L}*ventelist\p{L}*|\p{L}*venteliste|bustadkø\p{L}*|boligkø\p{L}*|panel(?:et)?|jury\s+lists?|waiting\s+lists?|(?:membership|member)\s+(?:register|list)s?|register\s+of\s+members|housing\s+queues?)(?![\p{L}])`;
const KEPT_OUT = String.raw`${NO_MORE_WORK}|(?:sperr(?:a|e|es|et|ast|ede)|utesteng(?:d|t|es|ast|de)|stengd(?:e)?|stengt(?:e)?|blocked|barred|banned)\s+(?:for|frå|fra|from)\s+(?:å\s+)?(?:bestill\p{L}*|book\p{L}*|reserver\p{L}*|låne|låna|melde|timebestill\p{L}*|ordering|borrowing|enrolling|registering)|(?:tekne|teken|teke|tatt|tas|takast|fjerna|fjernet|fjernes|fjernast|stroke|strokne|strøket|strøkne|strykes|strykast|removed|taken|dropped|struck)\s+(?:ut\s+|out\s+)?(?:av|frå|fra|from|off)\s+(?:the\s+)?${WORK_OR_PEOPLE_LIST}|(?:fjerner|fjernar|stryker|strykar|removes|drops|strikes|takes)\s+(?:(?!(?:ikke|ikkje|not|never|aldri|ingen|no)(?![\p{L}]))[\p{L}-]+\s+){1,3}?(?:ut\s+|out\s+)?(?:av|frå|fra|from|off)\s+(?:the\s+)?${WORK_OR_PEOPLE_LIST}|(?:flagg(?:a|et|es|ast)|merk(?:a|et|te|es|ast)|flagged|marked)\s+(?:[^.;:!?]{0,60}?\s)?(?:og|and)\s+(?:(?:får|fær|vil|kan|skal|will|can|may)\s+)?(?:(?:ikkje|ikke|not)\s+(?:(?:be\s+)?(?:sleppe|sleppa|slippe|sleppt|sluppet|kome|komme|allowed|let)\s+(?:\p{L}+\s+)?(?:inn|in)|få\s+(?:kome|komme)\s+inn)|(?:blir|vert|are|is|get|gets)\s+(?:nekta|nektet|refused|denied)\s+(?:tilgang|adgang|inngang|access|entry|admission)|(?:nektes|nektast)\s+(?:tilgang|adgang|inngang)|(?:slippes|sleppast|slippast)\s+(?:ikkje|ikke)\s+inn)`;
/** The machine's words, each blanked out (same length) so the step reads the same in either order («automatisk sperra», «sperres automatisk»). */
const AUTO_WORD_ALL = lazyPattern(String.raw`(?<![\p{L}])${AUTO}(?![\p{L}])`, 'giu');
const KEPT_OUT_RE = lazyPattern(String.raw`(?<![\p{L}])(?:${KEPT_OUT})`, 'iu');
/** People named before the step: patients, customers, users, members, borrowers, pupils, staff, locums, doctors, interpreters, people. */
const KEPT_OUT_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:pasient\p{L}*|kund(?:e|en|ar|er|ane|ene)|brukar\p{L}*|bruker\p{L}*|medlem\p{L}*|lånar\p{L}*|låner\p{L}*|elev\p{L}*|tilsett\p{L}*|ansatt\p{L}*|vikar(?:ar|er|ane|ene|en)?|vikarleg\p{L}*|leg(?:e|en|ar|ane|er|ene)|tolk(?:en|ar|er|ane|ene)|sjukepleiar\p{L}*|sykepleier\p{L}*|person(?:ar|er|ane|ene|en)?|innringjar\p{L}*|innringer\p{L}*|patients?|customers?|users?|members?|borrowers?|pupils?|students?|employees?|staff|locums?|doctors?|interpreters?|nurses?|callers?|people|persons|assistent(?:en|ar|er|ane|ene)?|assistants?|arbeidstak(?:er|ar)\p{L}*|workers?|sjåfør\p{L}*|drivers?|frivillig\p{L}*|volunteers?|deltak(?:er|ar)\p{L}*|participants?|søk(?:er|jar)\p{L}*|applicants?|leietak(?:er|ar)\p{L}*|leigetakar\p{L}*|tenants?|gjest(?:en|ar|er|ane|ene)?|guests?|klient\p{L}*|clients?|meddommer\p{L}*|meddomar\p{L}*|lay\s+judges?|jurors?|abonnent\p{L}*|subscribers?|\p{L}+\s+who)(?![\p{L}])`,
  'iu',
);
/**
 * The person leaves or asks for it, so the step follows of itself (ENDS_ANYWAY, OWN_REQUEST, and a relative clause of
 * leaving: «Tilsette som sluttar, blir automatisk tekne ut av vaktplanen», «Staff who leave are automatically removed from
 * the rota», «som har gått av», «who resign»): no decision about them.
 */
const LEAVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|that)\s+(?:(?:har|hadde|have|has|had)\s+)?(?:slutt(?:ar|er|a|et)|går\s+av|gjekk\s+av|gått\s+av|seier\s+opp|sier\s+opp|sagt\s+opp|flytt(?:ar|er|a|et)|leaves?|left|resigns?|resigned|quits?|retires?|retired|(?:er|is|are)\s+(?:i\s+permisjon|on\s+leave))(?![\p{L}])`,
  'iu',
);
const mayKeepOut = prefilter(KEPT_OUT_RE);
/** The machine as a passive's agent («av systemet», «by the app»: BY_MACHINE), for a step taken off a list (keptOut). */
const BY_MACHINE_RE = lazyPattern(String.raw`(?<![\p{L}])${BY_MACHINE}`, 'iu');
const BY_MACHINE_ALL = lazyPattern(String.raw`(?<![\p{L}])${BY_MACHINE}`, 'giu');
function keptOut(part: string, before: string): RegExpExecArray | undefined {
  if (!mayKeepOut(part) || !(autoReWays.test(part) || BY_MACHINE_RE().test(part))) return undefined;
  const clause = before + part;
  // The machine's own «selv», «sjølv» («strykes av systemet selv») is no request of the person's (blanked, as lostAuto does).
  if (LEAVES().test(clause) || ENDS_ANYWAY().test(clause) || OWN_REQUEST().test(clause.replace(AUTO_WORD_ALL(), (w) => ' '.repeat(w.length)))) return undefined;
  const m = KEPT_OUT_RE().exec(part.replace(AUTO_WORD_ALL(), (w) => ' '.repeat(w.length)).replace(BY_MACHINE_ALL(), (w) => ' '.repeat(w.length)));
  if (m === null) return undefined;
  // The machine's word within the step or beside it (two words either side): «blir automatisk tekne ut av vaktplanen»,
  // «fjerner systemet legen automatisk fra vaktplanen», «are removed from the rota automatically» (variants-paraphrase6
  // PF073, PF074; R20, session 35).
  // So is the machine as the passive's agent («strykes av systemet fra medlemsregisteret», «are struck off the panel by the
  // system itself»: R27, session 37), read up to four words after the step.
  const near = part.slice(wordsStart(part, m.index, 2), wordsEnd(part, m.index + m[0].length, 4));
  if (!autoReWays.test(part.slice(wordsStart(part, m.index, 2), wordsEnd(part, m.index + m[0].length, 2))) && !BY_MACHINE_RE().test(near)) return undefined;
  // A denial stands before the step (the flag's «får ikkje kome inn» is the step itself, not its denial).
  if (denied(part, wordsStart(part, m.index, 4), m.index + 1)) return undefined;
  // The people before the step, or its object («fjerner systemet legen … fra vaktplanen»).
  return KEPT_OUT_PEOPLE().test(clause.slice(0, before.length + m.index + m[0].length)) ? m : undefined;
}

/**
 * The person losing a place, a right or a membership by the machine («Den som ikke har betalt leien innen fristen, mister
 * plassen automatisk»: variants-havn HV44; «mister du automatisk retten til …», «loses their place on the course
 * automatically», «automatically lose their seat»; R20, session 35): a decision with legal or similarly significant effect
 * (Art. 22(1); WP251 IV.B: a contract or a right ended), taken by no one, whether or not the text also says no person looks
 * (CONSEQUENCE reads it with NO_HUMAN). Not where the person leaves or asks for it (LEAVES, ENDS_ANYWAY, OWN_REQUEST), nor
 * where an age or a school start ends it of itself («Når barnet fyller 6 år, mister det plassen automatisk»).
 */
const LOSES = String.raw`(?:mister|mistar|mista|mistet|miste|taper|tapar|tapte|loses?|lost|forfeits?|forfeited)`;
const LOSS_THING = String.raw`(?:\p{L}*plass(?:en|ar|er|ane|ene)?|\p{L}*rett(?:en|a|ar|ane|ene|er|ighet\p{L}*)?|medlemskap(?:et)?|places?|spots?|seats?|spaces?|berths?|slots?|memberships?|rights?|entitlements?)`;
const LOSES_AUTO = lazyPattern(
  String.raw`(?<![\p{L}])(?:${LOSES}\s+(?:[\p{L}-]+\s+){0,2}?${LOSS_THING}\s+(?:(?!(?:når|om|dersom|hvis|viss|if|when|unless|men|but|og|and|som|who|that|which|can|may|will|shall|must|is|are|kan|vil|skal|må|får|er|blir|vert)(?![\p{L}]))[\p{L}-]+\s+){0,3}?${AUTO}|${AUTO}\s+${LOSES}\s+(?:[\p{L}-]+\s+){0,2}?${LOSS_THING}|${LOSES}\s+(?:[\p{L}-]+\s+)?${AUTO}\s+(?:[\p{L}-]+\s+){0,2}?${LOSS_THING})(?![\p{L}])`,
  'iu',
);
const mayLoseAuto = prefilter(LOSES_AUTO);
const AGE_OR_SCHOOL_ENDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:fyller|fyll|fylt|turns?|turned|reaches?|reached)\s+(?:\p{L}+\s+)?\d{1,3}(?!\d)|aldersgrense\p{L}*|age\s+limit|pensjonsalder\p{L}*|retirement\s+age|begynner\s+på\s+skolen|byrjar\s+på\s+skulen|starts?\s+school)`,
  'iu',
);
function lostAuto(part: string, before: string): boolean {
  if (!mayLoseAuto(part)) return false;
  const m = LOSES_AUTO().exec(part);
  if (m === null || deniedAt(part, m) || NOBODY_SUBJECT().test(part.slice(0, m.index)) || NO_NP_SUBJECT().test(part.slice(0, m.index))) return false;
  const clause = before + part;
  return (
    !LEAVES().test(clause) &&
    !ENDS_ANYWAY().test(clause) &&
    !OWN_REQUEST().test(clause.replace(AUTO_WORD_ALL(), (w) => ' '.repeat(w.length))) &&
    !AGE_OR_SCHOOL_ENDS().test(clause)
  );
}

/**
 * An exam or a test set to failed, or annulled, by the machine («stengjer systemet svaret automatisk og eksamen blir
 * registrert som ikkje bestått»: variants-hogskule HS74; «set eksamen til ikkje bestått automatisk», «the exam is
 * automatically marked as failed»; R20, session 35): a grade is a decision about the student with legal effect (Art.
 * 22(1)). Only with a verb that sets it (registered, set, marked, graded) not in a relative or conditional clause (the
 * student's own result: «Studentar som får stryk, blir automatisk meldt opp til ny eksamen»), an exam word in the clause,
 * the machine's word within twelve words before or four after, and no examiner or teacher named in the clause. The «not»
 * of «ikkje bestått» is the grade, not a denial (blanked before the denial is read).
 */
const NOT_PASSED = String.raw`(?:(?:ikkje|ikke|not)[\s-]+bestått|stryk|failed|a\s+fail|(?:a\s+)?failing\s+grade|annullert|annullerte|annulled|underkjent|underkjend)`;
const SET_FAILED = lazyPattern(
  String.raw`(?<![\p{L}])(?:registrert\p{L}*|registrer(?:er|ar|es|ast)|sett|set|sets|setj(?:er|ast)|sette|setter|settes|marked|marks?|recorded|records?|graded|grades?)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:som|til|as|with|med)\s+)?${NOT_PASSED}(?![\p{L}])`,
  'iu',
);
const mayFail = prefilter(SET_FAILED);
const NOT_PASSED_ALL = lazyPattern(String.raw`(?<![\p{L}])${NOT_PASSED}(?![\p{L}])`, 'giu');
const EXAM = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*eksamen\p{L}*|\p{L}*eksamin\p{L}*|exams?|examinations?|prøv(?:e|a|en|ane|ene)|tests?|innlevering\p{L}*|besvarels\p{L}*|svaret|answers?)(?![\p{L}])`,
  'iu',
);
const EXAMINER = lazyPattern(
  String.raw`(?<![\p{L}])(?:sensor\p{L}*|examiners?|faglær\p{L}*|lærer\p{L}*|lærar\p{L}*|teachers?|eksamensvakt\p{L}*|invigilators?|eksamenskommisjon\p{L}*|klagenemnd\p{L}*)(?![\p{L}])`,
  'iu',
);
const OPENS_SUBCLAUSE = lazyPattern(String.raw`(?<![\p{L}])(?:som|who|whose|that|which|der|dersom|hvis|viss|if|when|når|once)\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
function setFailed(part: string, clause: string, inClause: number): boolean {
  if (!mayFail(part)) return false;
  const m = SET_FAILED().exec(part);
  if (m === null || OPENS_SUBCLAUSE().test(part.slice(0, m.index)) || !EXAM().test(clause) || EXAMINER().test(clause)) return false;
  const at = inClause + m.index;
  if (!autoReWays.test(clause.slice(wordsStart(clause, at, 12), wordsEnd(clause, at + m[0].length, 4)))) return false;
  const blank = part.replace(NOT_PASSED_ALL(), (w) => ' '.repeat(w.length));
  return !denied(blank, wordsStart(blank, m.index, 4), wordsEnd(blank, m.index + m[0].length, 2));
}

/**
 * A condition's comma part that opens the clause («Når andre purring ikke er betalt, blir lånet sagt opp av systemet uten at
 * en saksbehandler ser på saken»: variants-paraphrase2 PB087; R2, session 25): the reminder it names is the condition, not
 * what the step is taken against, so NOT_ABOUT_PERSON does not read it.
 */
const CONDITION_PART = lazyPattern(String.raw`^\s*(?:når|dersom|hvis|viss|om|if|when|once|after|etter\s+at)\s[^,]*,`, 'iu');
/**
 * A refusal joined by «og», «and» to a step the machine takes in the same clause («blir oppfølginga avslutta automatisk av
 * fagsystemet, og nye samtalar blir avslåtte»: variants-paraphrase2 PB082; R2, session 25): the machine's word carries over.
 */
const AND_REFUSED = lazyPattern(
  String.raw`^\s*(?:og|and)\s+(?:[\p{L}-]+\s+){0,3}?(?:blir|vert|er|is|are|will\s+be|gets?|får)\s+(?:\p{L}+\s+)?(?:avsl(?:ått|åtte|åtne|ag|ege|egne)|avvist\p{L}*|rejected|refused|declined|denied|turned\s+down)(?![\p{L}])`,
  'iu',
);
const mayAndRefused = prefilter(AND_REFUSED);
/**
 * A person who reviews only the cases granted («ein sakshandsamar går berre gjennom dei som blir innvilga», «a caseworker only
 * reviews the applications that are approved»: variants-paraphrase2 PB083; R2, session 25): the refusals are the machine's
 * alone (Art. 22(1)), though a person is named.
 */
const ONLY_GRANTED_REVIEWED = lazyPattern(
  String.raw`(?<![\p{L}])(?:går|ser|vurderer|vurderar|kontrollerer|kontrollerar|handsamar|behandler|reviews?|checks?|looks\s+at|assess(?:es)?|handles?)\s+(?:\p{L}+\s+){0,1}?(?:berre|bare|kun|only)\s+(?:gjennom\s+|på\s+|at\s+)?(?:\p{L}+\s+){0,4}?(?:innvilg\p{L}*|godkjen\p{L}*|approved|granted|accepted)(?![\p{L}])|(?<![\p{L}])(?:berre|bare|kun|only)\s+(?:\p{L}+\s+){0,4}?(?:innvilg\p{L}*|godkjen\p{L}*|approved|granted|accepted)\s+(?:\p{L}+\s+){0,3}?(?:går\s+gjennom|blir\s+vurdert|vert\s+vurdert|blir\s+gått\s+gjennom|vurderes|vurderast|are\s+reviewed|is\s+reviewed|are\s+checked|get\s+reviewed)(?![\p{L}])`,
  'iu',
);
/** ONLY_GRANTED_REVIEWED run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const onlyGrantedReviewedWays = ways(ONLY_GRANTED_REVIEWED);
const mayOnlyGranted = prefilter(ONLY_GRANTED_REVIEWED);
/** A check after the decision («i etterkant», «afterwards», an audit): a person who reviews afterwards decided nothing. */
const AFTERWARDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:i\s+etterkant|etterpå|etterkontroll\p{L}*|afterwards|after\s+the\s+(?:fact|decision)|revis(?:or|jon)\p{L}*|audit\p{L}*)(?![\p{L}])`,
  'iu',
);
/** The refusals handled by a person in another clause («avslag blir alltid vurderte av ein annan sakshandsamar»: N11). */
const REFUSALS_BY_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:avslag\p{L}*|avslått\p{L}*|avviste|avvist\p{L}*|refusals?|rejections?|rejected\s+(?:applications|claims))[^.;:!?]{0,80}?(?<![\p{L}])(?:sakshandsamar\p{L}*|saksbehandl\p{L}*|caseworkers?|case\s+officers?|person|menneske|humans?|employees?|ansatt\p{L}*|tilsett\p{L}*|leiar\p{L}*|leder\p{L}*|managers?|koordinator\p{L}*|coordinators?)(?![\p{L}])`,
  'iu',
);
function onlyGrantedIn(text: string, ps: readonly Part[]): { words: string; at: number } | undefined {
  if (!mayOnlyGranted(text)) return undefined;
  for (const { part, at, clause } of ps) {
    const m = onlyGrantedReviewedWays.exec(part);
    if (m === null || deniedAt(part, m) || notOursOrEnded(text, clause, part) || AFTERWARDS().test(clause)) continue;
    // Another clause of the text where a person decides every case («alle søknader blir avgjorde av ein sakshandsamar»).
    if (text.split(PART_STOP).some((c) => c !== clause && (personInvolved(c) || REFUSALS_BY_PERSON().test(c)))) continue;
    return { words: part.trim(), at: at + part.indexOf(part.trim()) };
  }
  return undefined;
}

/**
 * The app, portal, form or chatbot as the one that decides (MACHINE_DECIDES_HEAD's words a person fills in or uses): read
 * only with a person as what it decides about, within eight words after the verb («whether you get an appointment», «om
 * søkjaren får plass», «who is offered»), since a form that «decides by itself whether the address field is shown» decides
 * about no one.
 */
const FORM_MACHINE = lazyPattern(
  String.raw`^(?:app(?:en|a|s)?|portal(?:en|s)?|\p{L}*skjema(?:et)?|forms?|plattform(?:en|a)?|platforms?|chatbot(?:en|s)?)\s`,
  'iu',
);
const DECIDED_PRONOUN = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|deg|dykk|dere|you|your|han|ho|hun|hen|dei|de|they|them|he|she|hvem|kven|who|whom)(?![\p{L}])`,
  'iu',
);
const WHAT_AT_END = lazyPattern(String.raw`${MACHINE_DECIDES_WHAT}$`, 'iu');
const WHO_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:who|whom|hvem|kven)(?![\p{L}])`, 'iu');
function decidesAboutPerson(m: RegExpExecArray, rest: string): boolean {
  if (!FORM_MACHINE().test(m[0].replace(/^\p{L}*(?=(?:app|portal|skjema|form|plattform|platform|chatbot))/iu, ''))) return true;
  // What it decides: after «whether», «om» ending the match, or after the insert that follows an open match.
  const next = WHAT_AT_END().test(m[0]) ? null : DECIDES_WHAT_NEXT().exec(rest);
  const what = next === null ? m[0] : next[0];
  if (WHO_WORD().test(wordsBefore(what, what.length, 2))) return true;
  const after = wordsAfter(next === null ? rest : rest.slice(next[0].length), 0, 10);
  return DECIDED_PRONOUN().test(after) || PREDICTED_PERSON().test(after);
}

/** MACHINE_DECIDES_OPEN at the end of the part, with what it decides in the next comma part or the one after an insert. */
function machineDecidesOpen(part: string, clause: string, inClause: number): RegExpExecArray | null {
  const m = MACHINE_DECIDES_OPEN().exec(part);
  return m !== null && DECIDES_WHAT_NEXT().test(clause.slice(inClause + part.length)) ? m : null;
}

function decisionIn(text: string, ps: readonly Part[] = parts(text)): { words: string; at: number } | undefined {
  return decisionInParts(text, ps) ?? onlyGrantedIn(text, ps);
}

function decisionInParts(text: string, ps: readonly Part[]): { words: string; at: number } | undefined {
  // What a whole clause says is read once per clause, not once per comma part of it (a long list with commas and no full
  // stop made this quadratic: 20,000 characters of «x, x, …» took seconds).
  let clauseOf: string | undefined;
  // Whether a person decides in the clause, and whether it is not ours or has ended: read only for a part that states a
  // decision (#16: PERSON_DECIDES, 3,700 characters, was read on every clause with a machine word, most of which state none).
  let involved: boolean | undefined;
  let noHumanCase: boolean | undefined;
  let effects: RegExpExecArray[] | undefined;
  let nextEffect = 0;
  // The clause before the one read (any clause, with the stem or not), for a step that follows the person's own (THEN).
  let previous = '';
  let current = '';
  for (const { part, at, clause, inClause } of ps) {
    if (clause !== current) {
      previous = current;
      current = clause;
    }
    if (!DECISION_STEM.test(part)) continue;
    if (clause !== clauseOf) {
      clauseOf = clause;
      involved = undefined;
      noHumanCase = undefined;
      effects = undefined;
    }
    if (!decisionPart(part, clause, inClause)) continue;
    if ((involved ??= personInvolved(clause)) || notOursOrEnded(text, clause, part)) continue;
    return { words: part.trim(), at: at + part.indexOf(part.trim()) };
  }
  return undefined;

  /** Whether the part states a decision, each reading behind its own words (util/prefilter.ts). */
  function decisionPart(part: string, clause: string, inClause: number): boolean {
    if (mayRefuseEntry(part) && REFUSED_ENTRY().test(part) && LISTED_FOR_CONDUCT().test(clause)) return true;
    if (keptOut(part, clause.slice(0, inClause)) !== undefined) return true;
    if (lostAuto(part, clause.slice(0, inClause))) return true;
    if (setFailed(part, clause, inClause)) return true;
    if (inClause > 0 && mayAndRefused(part) && AND_REFUSED().test(part) && autoReWays.test(clause.slice(0, inClause)) && !NOT_ABOUT_PERSON().test(part))
      return true;
    // The machine decides on its own, or a score past a set value takes the step (F, session 17).
    const machine =
      (mayMachine(part) ? (MACHINE_DECIDES().exec(part) ?? machineDecidesOpen(part, clause, inClause)) : null) ??
      (mayThreshold(part) ? THRESHOLD_STEP().exec(part) : null);
    if (
      machine !== null &&
      !deniedAt(part, machine) &&
      decidesAboutPerson(machine, clause.slice(inClause + machine.index + machine[0].length)) &&
      !PROPOSES().test(part) &&
      !NOT_ABOUT_PERSON().test(wordsAfter(part, machine.index + machine[0].length, 5)) &&
      !BUILDING_SERVICE().test(wordsAfter(part, machine.index + machine[0].length, 8)) &&
      (!EFFECT_ONLY().test(machine[0]) || THING().test(clause))
    )
      return true;
    const m = mayDecideBoth(part) ? AUTO_DECISION().exec(part) : null;
    if (
      m !== null &&
      !(MACHINE_SHUTS_RE().test(m[0]) && RELATIVE_AFTER().test(part.slice(m.index + m[0].length))
        ? denied(part, wordsStart(part, m.index, 4), m.index + m[0].length)
        : deniedAt(part, m)) &&
      !NOBODY_SUBJECT().test(part.slice(0, m.index)) &&
      !NO_NP_SUBJECT().test(part.slice(0, m.index)) &&
      !NEGATION_THEN_OR().test(part.slice(0, m.index))
    ) {
      // A machine that shuts people out when their stay, contract or membership is over («Appen sperrer selv tilgangen for
      // gjester når oppholdet er over»): the end of itself, no decision about them (ENDS_ANYWAY, as for a step).
      if (MACHINE_SHUTS_RE().test(m[0]) && ENDS_ANYWAY().test(clause)) return false;
      const around = `${wordsBefore(part, m.index, 3)} ${m[0]} ${wordsAfter(part, m.index + m[0].length, 4)}`;
      return !(NOT_ABOUT_PERSON().test(around) || (PROPOSES().test(part) && !/avsl|avvis|reject|declin|refus|den(?:y|ies|ied|ial)/iu.test(m[0])));
    }
    // A step against what the person has (EFFECT), read in the clause and denied in its own comma part.
    // The parts come in order, so the effects before this part are passed once (a pointer, not a scan per part).
    if (effects === undefined) {
      effects = [...effectsIn(clause, previous, text)];
      nextEffect = 0;
    }
    while (nextEffect < effects.length && effects[nextEffect]!.index < inClause) nextEffect++;
    for (let i = nextEffect; i < effects.length && effects[i]!.index < inClause + part.length; i++) {
      if (PROPOSES().test(part)) break;
      const e = effects[i]!;
      const m = Object.assign([e[0]], { index: e.index - inClause, input: part }) as unknown as RegExpExecArray;
      if (!deniedAt(part, m)) return true;
    }
    const n = mayNoHumanBoth(part) ? NO_HUMAN().exec(part) : null;
    return (
      n !== null &&
      !denied(
        part.replace(UNFIT_ALL(), (w) => ' '.repeat(w.length)),
        0,
        n.index,
      ) &&
      ((noHumanCase ??=
        consequenceIn(clause) &&
        !PROPOSES().test(clause) &&
        !NOT_ABOUT_PERSON().test(clause.replace(CONDITION_PART(), '').replace(FEE_ON_INVOICE(), ' ')) &&
        !DONE_BY_PERSON().test(clause)) ||
        noHumanBeside(text, clause))
    );
  }
}

/**
 * No person looks at the cases, and the step told in a clause beside it in the same sentence («The portal turns down any
 * application that lacks a valid tax certificate; no caseworker sees these applications», «Krav på under 5 000 kroner
 * godkjenner og betaler VERA av seg selv; ingen saksbehandler går gjennom dem», «No person checks the result; …, the member
 * is blocked from booking»: variants-paraphrase4 PD074, PD076, PD077): the no-human words of one clause carry to the
 * decision of the next, as they do within a clause. Not where a person decides in another clause of the sentence («a
 * caseworker then approves or rejects each one»), a proposal is made, or the step is about no person.
 */
const SENTENCE_STOP = lazyPattern(String.raw`[.!?](?=\s|$)`);
/** A person named in the clause of the step («a caseworker makes every decision»): the step is theirs, not the machine's. */
const PERSON_NAMED = lazyPattern(String.raw`(?<![\p{L}])${PERSON}(?![\p{L}])`, 'iu');
/** The step taken by a person, in the passive («kravet blir godkjent av ein saksbehandlar», «approved by a case officer»). */
const DONE_BY_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:av|by)\s+(?:(?:ein|en|eit|et|a|an|the|vår|våre|our|din|your)\s+)?(?:[\p{L}-]+\s+)?(?:sakshandsamar\p{L}*|saksbehandl\p{L}*|caseworkers?|case\s+(?:officers?|handlers?|workers?)|person|menneske|humans?|employees?|ansatt\p{L}*|tilsett\p{L}*|leiar\p{L}*|leder\p{L}*|managers?|koordinator\p{L}*|coordinators?|staff|rådgiver\p{L}*|rådgjevar\p{L}*|advisers?|advisors?|lege|legen|doctors?|inspekt\p{L}*|inspectors?|kontrollør\p{L}*|controllers?|officers?|veterinær\p{L}*|vets?|moderator\p{L}*|reviewers?|member\s+of\s+(?:the\s+|our\s+)?(?:staff|team|personnel)|one\s+of\s+(?:the\s+|our\s+)?(?:staff|employees|caseworkers)|\p{L}*kommunestyre\p{L}*|formannskap\p{L}*|\p{L}*utval(?:et|a)?|\p{L}*utvalg(?:et)?|\p{L}*nemnda?|\p{L}*styret|(?:municipal\s+|city\s+|local\s+)?council|committee|board|panel)(?![\p{L}])`,
  'iu',
);
/** The step taken by a body named by its proper name, in the passive («Vedtak … blir gjort av Lånekassen», «decided by NAV»). */
const DONE_BY_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:gjort|gjord|gjorde|gjorte|tatt|teke|tekne|fatta|fattet|truffet|treft|avgjort|avgjord|vedtatt|vedteke|godkjent|godkjend|godkjende|behandla|behandlet|handsama|decided|made|taken|approved|reviewed|assessed|handled)\s+(?:\p{Ll}+\s+){0,2}?(?:av|by)\s+(?:the\s+)?\p{Lu}`,
  'u',
);
function noHumanBeside(text: string, clause: string): boolean {
  const at = text.indexOf(clause);
  if (at < 0) return false;
  const sentence = text.split(SENTENCE_STOP()).find((x, i, all) => {
    const start = all.slice(0, i).reduce((n, y) => n + y.length + 1, 0);
    return start <= at && at < start + x.length + 1;
  });
  if (sentence === undefined || sentence.trim() === clause.trim()) return false;
  const others = sentence.split(PART_STOP).filter((c) => c !== clause && c.trim() !== '');
  return (
    others.some((c) => consequenceIn(c) && !NOT_ABOUT_PERSON().test(c.replace(CONDITION_PART(), ''))) &&
    !others.some((c) => personInvolved(c) || DONE_BY_PERSON().test(c) || DONE_BY_NAMED().test(c) || PERSON_NAMED().test(c)) &&
    !PROPOSES().test(sentence)
  );
}

/**
 * A profile made of each person or household («build a consumption profile of each household from its hourly values»:
 * variants-nettselskap NS52; «lagar ein forbruksprofil for kvar husstand», «bygger en profil av hver kunde»; C, session
 * 18): Art. 4(4), automated processing «to evaluate certain personal aspects relating to a natural person, in particular
 * to analyse or predict aspects concerning that natural person's … behaviour»; a household's hourly consumption tells
 * how the people in it live. Only with a verb of making, «av», «over», «of», «on» (a profile «for» each customer, or a
 * user or customer profile, is the account the person keeps), «each», «every», «hver», «kvar», «den enkelte» and a word for the
 * people: a typical, standard or average profile, or one for each household type, size or group, is statistics («ein typisk
 * forbruksprofil for kvar husstandstype»), and a profile of a building, a substation or an area is no one's.
 */
/**
 * What makes a profile of a person an evaluation (Art. 4(4)), not a record or an account («en profil av hver elev slik at
 * eleven kan logge inn», «a profile of each member with name and address»: N2a's review, session 18): a profile of
 * consumption, load, use, behaviour, risk, interests, purchases, play, activity or movement, or a bare profile built from
 * what the person does (EACH_PROFILED_FROM) or made to predict, score or rank them.
 */
const PROFILE_KIND = String.raw`(?:forbruk|consumption|last|load|bruks|usage|atferd|åtferd|behaviou?r|risiko|risk|interesse|interest|kjøp|purchas|shopping|spill|spele|gaming|betting|gambling|personlighet|personlegdom|personality|kreditt|credit|aktivitet|activity|bevegelse|rørsle|movement|mobility|energi|energy|strøm|straum|electricity|lese|reading|lån)`;
const EACH_PROFILED_FROM = String.raw`\s+(?:[\p{L}-]+\s+){0,1}?(?:(?:fra|frå|from|ut\s+fra|ut\s+frå|basert\s+på|based\s+on|built\s+from|på\s+grunnlag\s+av)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*kjøp(?:et|a|ene|ane)?|purchases|\p{L}*verdi(?:en|ane|ene|ar|er)|\p{L}*values|readings|\p{L}*historikk\p{L}*|\p{L}*histor(?:y|ies)|\p{L}*atferd\p{L}*|\p{L}*åtferd\p{L}*|behaviou?r\p{L}*|\p{L}*bruk(?:en|et)?|usage|use|\p{L}*forbruk\p{L}*|consumption|transaksjon\p{L}*|transactions?|aktivitet\p{L}*|activit(?:y|ies)|klikk\p{L}*|clicks?|søk(?:a|ene|ane)|searches|lån(?:a|ene|ane)|loans|spill(?:et|a|ene)?|games?|bets?|innsats\p{L}*)|(?:to|til\s+å|for\s+å|in\s+order\s+to)\s+(?:predict|forutsi|forutsei|anslå|score|skåre|rank|rangere|evaluate|evaluere)(?![\p{L}]))`;
const EACH_PROFILED = String.raw`(?:lag|bygg|opprett|utarbeid|build|make|making|made|creat|compil|generat|set\s+up)\p{L}*\s+(?:(?!typi|standard|average|gjennomsnitt|normal|generi|generell|felles|common|aggreg|anonym)[\p{L}-]+\s+){0,2}?(?!(?:bruker|brukar|user|konto|account|login|innlogg|min|my|kunde|customer|medlem|member)\p{L}*profil)(?:${PROFILE_KIND}\p{L}*(?:\s+|-)?profil(?:e|en|ar|er|es)?\s+(?:av|over|of|on)\s+(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|det\s+enkelte|the\s+individual)\s+(?:household|husstand|husholdning|hushald|kunde|customer|member|medlem|user|subscriber|abonnent|bruker|brukar|resident|beboer|bebuar|innbyggjar|innbygger|person|individ|employee|tilsett|ansatt|pupil|elev|student|patient|pasient|driver|sjåfør|passenger|passasjer|guest|gjest|tenant|leietaker|leigetakar|client|klient|lånar|låner|borrower|reader|lesar|leser|spiller|spelar|player)(?:s|en|et|a|ar|er|ane|ene|ne|e)?(?![\p{L}])(?!\s+(?:types?|sizes?|categor\p{L}*|groups?|class\p{L}*|segments?|størrelse\p{L}*|storleik\p{L}*|kategori\p{L}*|gruppe\p{L}*|typ\p{L}*))|\p{L}*profil(?:e|en|ar|er|es)?\s+(?:av|over|of|on)\s+(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|det\s+enkelte|the\s+individual)\s+(?:household|husstand|husholdning|hushald|kunde|customer|member|medlem|user|subscriber|abonnent|bruker|brukar|resident|beboer|bebuar|innbyggjar|innbygger|person|individ|employee|tilsett|ansatt|pupil|elev|student|patient|pasient|driver|sjåfør|passenger|passasjer|guest|gjest|tenant|leietaker|leigetakar|client|klient|lånar|låner|borrower|reader|lesar|leser|spiller|spelar|player)(?:s|en|et|a|ar|er|ane|ene|ne|e)?(?![\p{L}])(?!\s+(?:types?|sizes?|categor\p{L}*|groups?|class\p{L}*|segments?|størrelse\p{L}*|storleik\p{L}*|kategori\p{L}*|gruppe\p{L}*|typ\p{L}*))${EACH_PROFILED_FROM})`;
/**
 * A machine of artificial intelligence or an algorithm that scores, ranks, classifies or prioritises people or what they
 * have done or written («Fra høsten 2026 scorer en KI-funksjon i Vigilo observasjonene og foreslår hvilke barn som bør
 * henvises til PPT»: variants-barnehage BH21; «an AI tool ranks the applicants», «algoritmen prioriterer søknadene»; C,
 * session 18): Art. 4(4), automated processing to evaluate personal aspects (performance, development, behaviour). Either
 * order (a Norwegian main clause puts the verb first after an adverb). Not a ranking by date or alphabet, not of things
 * (documents, search results), not a course or article about it.
 */
const AI = String.raw`(?:ki|ai|kunstig\s+intelligens|artificial\s+intelligence|algorit\p{L}*|maskinlæring\p{L}*|machine[\s-]+learning|språkmodell\p{L}*|language\s+models?)(?:-\p{L}+)?`;
const EVALUATES = String.raw`(?:scor(?:er|ar|es|e|ing)|skår(?:er|ar|e|ing)|ranger(?:er|ar|e|ing)|ranks?|ranking|klassifiser(?:er|ar|e|ing)|classif(?:y|ies|ying)|prioriter(?:er|ar|e|ing)|prioriti[sz](?:es|e|ing))`;
const EVALUATED_WORK = String.raw`(?:observasjon\p{L}*|observations?|søknad\p{L}*|applications?|cv(?:ar|er|ane|ene|s)?|svar(?:a|ene|ane)?|answers?|besvarels\p{L}*|oppgåve\p{L}*|oppgave\p{L}*|essays?|prøve(?:r|ne|ar|ane)?|tests?)`;
const EVALUATED = String.raw`(?:${EVALUATED_WORK}|kandidat\p{L}*|candidates?|barn(?:a|et)?|born(?:a)?|children|elev\p{L}*|pupils?|students?|søker(?:e|en|ne)?|søkjar\p{L}*|applicants?|kunde(?:r|ne|n)?|kundar\p{L}*|customers?|ansatt\p{L}*|tilsett\p{L}*|employees?|pasient\p{L}*|patients?|brukar\p{L}*|bruker(?:e|en|ne)?|users?|medlem\p{L}*|members?|deltak\p{L}*|participants?)`;
const AI_EVALUATES = lazyPattern(
  String.raw`(?<![\p{L}])(?:${AI}\s+(?:[\p{L}-]+\s+){0,4}?${EVALUATES}|${EVALUATES}\s+(?:(?:en|ein|et|eit|the|a|an)\s+)?${AI})\s+(?:(?!(?:fra|frå|from|av|of|by|sent|written|sendt|skrevet|skrive)\s)[\p{L}-]+\s+){0,3}?${EVALUATED}(?![\p{L}])`,
  'iu',
);
const mayAiEvaluate = prefilter(AI_EVALUATES);
/** A matched EVALUATED word that is what people wrote or handed in, not the people themselves. */
const WORK_ONLY = lazyPattern(String.raw`(?<![\p{L}])${EVALUATED_WORK}$`, 'iu');
/**
 * What texts are sorted by when no one is judged: a topic, a type, spam, an archive code, a language, a department, the
 * relevance to a question («The forum's algorithm ranks answers from members by relevance», «KI-verktøyet klassifiserer
 * dokumenter etter arkivkode»: N2a's review, session 18). Read only where what is ranked is work, not people («ranks the
 * applicants by relevance to the job» judges them).
 */
const SORT_KEY = lazyPattern(
  String.raw`(?<![\p{L}])(?:tema(?:et|er|ane|ene)?|topics?|emne(?:t|r|ne|ar|ane)?|subjects?|relevans(?:en)?|relevance|arkivkode\p{L}*|archive\s+codes?|spam|søppelpost|type(?:n|r|ne|ar|ane)?|types?|kategori\p{L}*|categor(?:y|ies)|språk(?:et)?|languages?|avdeling\p{L}*|departments?)(?![\p{L}])`,
  'iu',
);
/** A ranking by date, time or alphabet, or a course, article or research about it: no evaluation of a person. */
const NOT_EVALUATION = lazyPattern(
  String.raw`(?<![\p{L}])(?:dato|date|dates|tidspunkt|time\s+of\s+receipt|arrival|alfabetisk|alphabetical\p{L}*|kurs\p{L}*|courses?|training|opplæring\p{L}*|foredrag\p{L}*|lectures?|artik\p{L}*|articles?|forskning\p{L}*|research)(?![\p{L}])`,
  'iu',
);
/** An EACH_PROFILED match, and the person making it themself («The customer can build … in the app themselves»): no profiling by the controller. */
const EACH_PROFILE_WORDS = lazyPattern(
  String.raw`profil\p{L}*\s+(?:av|over|of|on)\s+(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|det\s+enkelte|the\s+individual)\s`,
  'iu',
);
const SELF_MADE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:can|may|kan)\s+(?:\p{L}+\s+)?(?:build|make|create|lage|lag|bygge|opprette|opprett)|themselves|himself|herself|yourself|selv|sjølv)(?![\p{L}])`,
  'iu',
);
/**
 * Profiling in words: profiling itself («profilerer», «profilering», «profiling»); a profile built from the person's data
 * («lesarprofil ut frå lånehistorikken», «kundeprofil basert på kjøpshistorikk», «a profile based on your purchases»);
 * personalised recommendations or offers; a risk or credit score computed for each person. Not a profile the person
 * keeps («brukerprofil med navn», «profilbilde», «your profile page»).
 */
const PROFILING = lazyPattern(
  String.raw`(?<![\p{L}])(?:profiler(?:er|ar|es|ast|te|t|ing|ingen|inga)|profiling|profile[sd]?\s+(?:the\s+|our\s+|its\s+)?(?:users|customers|members|borrowers|readers|visitors|clients|applicants|patients|pupils|students)|\p{L}*profil(?:e|en|ar|er|ane|ene|s)?\s+(?:\p{L}+\s+){0,3}?(?:ut frå|ut fra|basert på|bygd på|bygget på|based on|built from|drawn from)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:histor\p{L}*|åtferd\p{L}*|atferd\p{L}*|behaviou?r|purchases|kjøp\p{L}*|lån\p{L}*|bruk\p{L}*|usage|interest\p{L}*|interesse\p{L}*|alder\p{L}*|age)|personleg\p{L}*\s+(?:tilpassa\s+)?(?:tilrådingar|tilbod|innhald|annonsar)|personlig\p{L}*\s+(?:tilpassede?\s+)?(?:anbefalinger|tilbud|innhold|annonser)|personali[sz]ed\s+(?:recommendations|offers|content|ads|advertising|prices|pricing)|(?:anbefalinger|tilrådingar|recommendations)\s+(?:basert på|ut frå|ut fra|based on)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:histor\p{L}*|kjøp\p{L}*|lån\p{L}*|purchases|behaviou?r|atferd|åtferd)|(?:risiko\p{L}*|kreditt\p{L}*|svindel\p{L}*|fraud|risk|credit)[- ]?(?:skår\p{L}*|score\p{L}*|scoring)|(?:analys\p{L}*|analyz\p{L}*)\s+[^.;:!?]{0,120}?(?<![\p{L}])(?:anbefal\p{L}*|tilrå\p{L}*|recommend\p{L}*|tilbud|tilbod|offers?|annonser|annonsar|ads|innhold|innhald|content)\s+(?:\p{L}+\s+){0,2}?(?:tilpasset|tilpassa|tailored|personalised|personalized)\s+(?:til\s+|to\s+)?(?:den\s+enkelte|kvar\s+enkelt|hver\s+enkelt|each\s+(?:user|customer|member|borrower|reader|visitor)|the\s+individual)|${EACH_PROFILED})(?![\p{L}])`,
  'iu',
);

/**
 * A score is profiling only when it is given to people: for each one («for hver innsatt», «for each transaction»), or with
 * a word for the people scored beside it. «The risk score of the building» scores no one.
 */
const SCORE = lazyPattern(String.raw`sk[åo]r|score|scoring`, 'iu');
/**
 * A score the person asks for, orders or looks up about themself («Kunden kan selv bestille sin egen kredittscore på Min
 * side», «A customer may ask us for their own credit score», nn «kan be om å få sjå kredittskåren sin»): the person's
 * access to their own data (Art. 15; kredittopplysningsloven § 17: an explanation of one's own credit score), no evaluation
 * made of them for a decision (Art. 4(4), 22). Only with both a word of asking, ordering or seeing and the score marked
 * as the person's own; «we compute your own credit score from your payment history» is still read (X1, session 19,
 * N2a's review of session 18).
 */
/**
 * A score as the subject of questions, information, an explanation, a course or statistics («svarer på spørsmål om
 * kredittscore fra kunder», «information about how credit scores work»), and another party named as the one that scores,
 * the controller denied («Banken, ikke vi, beregner kredittscore for sine kunder»): no score of this controller's made of
 * anyone (X1, session 19).
 */
const SCORE_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:spørsmål\p{L}*|questions?|enquir\p{L}*|inquir\p{L}*|informasjon|information|forklaring\p{L}*|explanations?|kurs\p{L}*|courses?|statisti\p{L}*)\s+(?:om|about|on|på|of|for|til)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:score|skår)`,
  'iu',
);
const NOT_WE = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|not)\s+(?:vi|me|we|us)(?![\p{L}])`, 'iu');
const OWN_SCORE_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:bestill\p{L}*|be\s+om|ber\s+om|bed\s+om|spør\p{L}*|hent\p{L}*|sjå|se|sjekk\p{L}*|last\p{L}*\s+ned|få\s+(?:innsyn|tilsendt|se|sjå|vite)|innsyn|asks?|asked|asking|request\p{L}*|orders?|ordered|ordering|see|view|check|look\s+up|download|access)(?![\p{L}])[^.;:!?]{0,40}?(?<![\p{L}])(?:(?:(?:sin|si|sitt|sine|din|di|ditt|dine|hans|hennes|their|your|his|her)\s+)?(?:egen|eiga|eigen|eget|eige|own)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:score|skår)\p{L}*|\p{L}*(?:score|skår)\p{L}*\s+(?:sin|si|sitt|sine)(?![\p{L}]))`,
  'iu',
);
/**
 * Things scored or rated «for each», not people («a popularity score for each event from ticket sales», «en score for hver
 * rute»: K2's find, session 27): an event, a route, a product, a building, an area, a title, a room, a campaign, a
 * department, a school, a municipality. Shared by PER_PERSON («a risk score for each route», «ein profil for kvart
 * arrangement» say whose no more than «each event»: issue #12, session 28).
 */
const EACH_THING = String.raw`(?:arrangement\p{L}*|events?|rute|ruta|ruten|routes?|produkt(?:et)?|products?|vare|vara|varen|items?|bygg|bygget|bygning\p{L}*|buildings?|område(?:t)?|areas?|stasjon(?:en)?|stations?|butikk(?:en)?|stores?|shops?|artikkel(?:en)?|articles?|bok|boka|boken|books?|tittel(?:en)?|titles?|film(?:en)?|films?|sang(?:en)?|songs?|match|rom(?:met)?|rooms?|nettside(?:n)?|pages?|kampanje(?:n)?|campaigns?|kategori(?:en)?|categor(?:y|ies)|avdeling(?:a|en)?|departments?|units?|eining(?:a)?|enhet(?:en)?|skole(?:n)?|skule(?:n)?|schools?|kommune(?:n)?|municipalit(?:y|ies)|filial(?:en)?|branch(?:es)?|region(?:en)?|regions?)(?![\p{L}])`;
const PER_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:for|of|per|til|på)\s+)?(?:hver|hvert|kvar|kvart|each|every|alle|all)\s+(?!(?:år|året|dag|døgn|uke|veke|måned|månad|kvartal|year|day|week|month|quarter|time|gang|gong)(?![\p{L}])|${EACH_THING})\p{L}+|(?<![\p{L}])(?:skattepliktig\p{L}*|taxpayers?|saker|cases)(?![\p{L}])|(?<![\p{L}])(?:kunde\p{L}*|kundar\p{L}*|customers?|clients?|søker\p{L}*|søkjar\p{L}*|applicants?|innsatt\p{L}*|inmates?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|person\p{L}*|bruker\p{L}*|brukar\p{L}*|users?|medlem\p{L}*|members?|låntak\p{L}*|borrowers?|lånar\p{L}*|ansatt\p{L}*|tilsett\p{L}*|employees?|deltak\p{L}*|participants?|policyholders?|forsikringstak\p{L}*)(?![\p{L}])`,
  'iu',
);

/**
 * A profile «built from» a history, use or purchases is a person's only where the words say whose: a person's compound
 * («lesarprofil», «kundeprofil», «medlemsprofil»), people beside it (PER_PERSON: «til kvar lånar», «each member»), or the
 * person's own («kjøpshistorikken din», «their history»). A collection's, a shop's range's, a building's or a village's
 * profile is no one's («ein profil av samlinga ut frå utlånsstatistikken», «en risikoprofil for bygget basert på
 * brannhistorikk»: P2's review, session 14; N, session 15). Art. 4(4): evaluating personal aspects of a natural person.
 */
const BUILT_PROFILE = lazyPattern(
  String.raw`profil\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:ut frå|ut fra|basert på|bygd på|bygget på|based on|built from|drawn from)`,
  'iu',
);
const PERSON_PROFILE = lazyPattern(
  String.raw`(?:lesar|leser|reader|kunde|customer|bruker|brukar|user|medlem|medlems|member|låner|lånar|borrower|spiller|spelar|player|pasient|patient|elev|pupil|student|søker|søkjar|applicant|person|individ|ansatt|tilsett|employee|gjest|guest|passasjer|passenger|besøkende|visitor|interesse|interest|forbruker|consumer|kjøper|kjøpar|buyer)s?\p{L}{0,3}profil|profil\p{L}*\s+(?:av|over|om|of|on|for)\s+(?:the\s+|hver\s+|kvar\s+|each\s+)?(?:deg|dykk|you|kunde\p{L}*|customers?|bruker\p{L}*|brukar\p{L}*|users?|medlem\p{L}*|members?|lån(?:er|ar)\p{L}*|borrowers?)`,
  'iu',
);
const PERSONS_OWN = lazyPattern(String.raw`(?<![\p{L}])(?:din|ditt|dine|dykkar|deres|hans|hennes|your|their|his|her)(?![\p{L}])`, 'iu');
/**
 * A profile of the person's interests, reading, viewing, purchases or behaviour made («lage en interesseprofil og anbefale
 * deg nytt materiale», «build a reading profile of each visitor», «opprette ein kjøpsprofil»: variants-ika IK84; W14,
 * session 24): Art. 4(4), evaluating personal aspects, «in particular to analyse or predict … personal preferences,
 * interests … behaviour». Read only where the part says whose (PER_PERSON, PERSONS_OWN) or the clause recommends or tailors
 * to the person (TO_THE_PERSON); not one the person makes (SELF_MADE), a denied one, nor anonymous statistics.
 */
const KIND_PROFILE_MADE = lazyPattern(
  String.raw`(?<![\p{L}])(?:lag|bygg|opprett|utarbeid|build|make|making|made|creat|compil|generat)\p{L}*\s+(?:(?!typi|standard|average|gjennomsnitt|normal|generi|generell|felles|common|aggreg|anonym)[\p{L}-]+\s+){0,3}?(?:interesse|lese|lesar|leser|låne|lånar|låner|atferds|åtferds|kjøps|reading|interests?|behaviou?ral|behaviou?r|purchase|purchasing|viewing|listening|browsing)[\s-]?profil(?:e|en|ar|er|es)?(?![\p{L}])`,
  'iu',
);
/** Recommending, suggesting or tailoring to the person («anbefale deg», «recommend to you», «tilpassar til kvar lesar»). */
const TO_THE_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:anbefal\p{L}*|tilrå\p{L}*|foreslå\p{L}*|gjer\s+framlegg|recommend\p{L}*|suggest\p{L}*|tilpass\p{L}*|skreddersy\p{L}*|tailor\p{L}*|personali[sz]\p{L}*|adapt\p{L}*|customi[sz]\p{L}*)\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:til|to|for)\s+)?(?:deg|dykk|you|den\s+enkelte|kvar\s+enkelt|hver\s+enkelt|the\s+individual|(?:each|hver|kvar)\s+(?!(?:sak|saka|saken|case|cases|matter|årstid|årstida|årstiden|season|dokument|dokumentet|document|fil|fila|filen|file|prosjekt|prosjektet|project|område|området|area|avdeling|avdelinga|avdelingen|department|unit|eining|eininga|enhet|enheten|gang|time|dag|day|uke|veke|week|måned|månad|month|år|year|situasjon|situasjonen|situation|type|kind|kategori|category|tjeneste|teneste|service|rom|room|bygg|building|lokale|site|arkiv|arkivet|archive|serie|series)(?![\p{L}]))\p{L}+)(?![\p{L}])`,
  'iu',
);
/**
 * What each person opens, clicks, reads, buys or watches followed and the content tailored to them («Vi følger med på hva
 * hver enkelt åpner og klikker på, og tilpasser innholdet i nyhetsbrevet til deg», «we track which links each subscriber
 * clicks and tailor the newsletter to them»: variants-ika IK85; W14, session 24): profiling (Art. 4(4): analysing personal
 * preferences or interests from behaviour). Read in one clause: a verb of following or recording, what the person does, and
 * a tailoring to the person (TO_THE_PERSON); not where the person chose it (STATED), denied, or anonymous counts.
 */
const FOLLOWS_ACTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:følger\s+med\s+på|følgjer\s+med\s+på|følge\s+med\s+på|følgje\s+med\s+på|registrer\p{L}*|logg(?:er|ar|es|ast|fører|før)|måler|mæler|track\p{L}*|record\p{L}*|logs?|logged|monitor\p{L}*|measur\p{L}*|ser\s+hva|ser\s+kva|see\s+what|see\s+which)\s+(?:[\p{L}-]+\s+){0,5}?(?:åpner|opnar|opner|klikker|klikkar|leser|les|kjøper|kjøper|ser\s+på|lytter|lyttar|opens|clicks|reads|buys|watches|listens|views|browses)(?![\p{L}])`,
  'iu',
);
const PROFILE_OF_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*typ(?:e|er|ar|ane|ene|es)?|\p{L}*størrelse\p{L}*|\p{L}*storleik\p{L}*|sizes?|kategori\p{L}*|categor\p{L}*|\p{L}*gruppe\p{L}*|groups?|segment\p{L}*)(?![\p{L}])`,
  'iu',
);
const mayKindProfile = prefilter(KIND_PROFILE_MADE);
/**
 * A profile of a subject, a field, a collection or a unit, or one made from totals («ein interesseprofil for kvart fagfelt
 * ut frå samla utlånstal», «an interest profile of each subject area from total loans»: R2, session 25): no person's.
 */
const PROFILE_OF_THING = lazyPattern(
  String.raw`profil\p{L}*\s+(?:for|av|of|over|on)\s+(?:(?:the|hvert|hver|kvart|kvar|each|every|det|den|dei|de|alle|all)\s+)?(?:fag\p{L}*|subject\p{L}*|fields?|områd\p{L}*|areas?|samling\p{L}*|collections?|avdeling\p{L}*|departments?|emne\p{L}*|topics?|filial\p{L}*|branch\p{L}*|bydel\p{L}*|districts?)(?![\p{L}])|(?<![\p{L}])(?:samla|samlet|samlede|samlede|totalt|totale|totals?|aggregate)\s+(?:\p{L}+\s+)?(?:\p{L}*tal|\p{L}*tall|figures|counts|numbers|loans|utlån)(?![\p{L}])`,
  'iu',
);
const mayFollowActs = prefilter(FOLLOWS_ACTS);
/** KIND_PROFILE_MADE or FOLLOWS_ACTS with TO_THE_PERSON, in a part or a clause of `text`: the words, if any. */
function profileOfKindIn(text: string, ps: readonly Part[]): { words: string; at: number } | undefined {
  if (mayKindProfile(text))
    for (const { part, at, clause } of ps) {
      const m = KIND_PROFILE_MADE().exec(part);
      if (m === null || deniedAt(part, m) || SELF_MADE().test(part) || ANONYMOUS().test(part) || NEGATION.test(clause) || notOursOrEnded(text, clause, part))
        continue;
      // A profile for each type, size or group of households is statistics («ein typisk forbruksprofil for kvar
      // husstandstype»: lawful-wordings-s18-a), not one person's.
      if (PROFILE_OF_GROUP().test(part) || PROFILE_OF_THING().test(part)) continue;
      if (PER_PERSON().test(part) || PERSONS_OWN().test(part) || TO_THE_PERSON().test(clause))
        return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    }
  if (mayFollowActs(text)) {
    let at = 0;
    for (const clause of text.split(PART_STOP)) {
      if (
        FOLLOWS_ACTS().test(clause) &&
        TO_THE_PERSON().test(clause) &&
        !NEGATION.test(clause) &&
        !STATED().test(clause) &&
        !ANONYMOUS().test(clause) &&
        !notOursOrEnded(text, clause, clause)
      )
        return { words: clause.trim(), at: at + clause.indexOf(clause.trim()) };
      at += clause.length + 1;
    }
  }
  return undefined;
}
/**
 * What the person likes or prefers mapped or worked out («kartlegg kva spel du likar», «we map which games each player
 * prefers», «finner ut hva slags produkter kunden liker»: variants-paraphrase3 PC058; R2, session 25): Art. 4(4) profiling,
 * analysing «personal preferences, interests». Not what the person states or chooses (STATED), nor a survey that asks them
 * (ASKED_SURVEY), nor anonymous counts.
 */
const MAPS_LIKES = lazyPattern(
  String.raw`(?<![\p{L}])(?:kartlegg\p{L}*|map(?:s|ped|ping)?|track(?:s|ed|ing)?|finn(?:er|e)?\s+ut|fann\s+ut|find(?:s|ing)?\s+out|work(?:s|ing)?\s+out|learn(?:s|ing)?|analyser(?:er|ar|e|t|te)?|analys(?:e|es|ed|ing)|analyz(?:e|es|ed|ing)|infer(?:s|red|ring)?|utleder|utledar)\s+(?:[\p{L}-]+\s+){0,3}?(?:kva|hva|what|which)\s+(?:[\p{L}-]+\s+){0,3}?(?:du|de|dei|dykk|dere|kunden|kundane|kundene|brukaren|brukeren|brukarane|brukerne|spelaren|spilleren|medlemmet|medlemmene|medlemane|you|they|the\s+(?:customer|user|player|member)s?|each\s+(?:customer|user|player|member|visitor|reader))\s+(?:\p{L}+\s+)?(?:likar|liker|likte|like|likes|liked|prefer\p{L}*|foretrekk\p{L}*|er\s+interessert|is\s+interested|are\s+interested|interesserer)(?![\p{L}])`,
  'iu',
);
const mayMapLikes = prefilter(MAPS_LIKES);
/** Asking the person (a survey, a questionnaire, «vi spør», what they tell us, a talk): what they tell is stated, not inferred. */
const ASKED_SURVEY = lazyPattern(
  String.raw`(?<![\p{L}])(?:spør\p{L}*|spurt\p{L}*|undersøking\p{L}*|undersøkelse\p{L}*|spørjeskjema\p{L}*|spørreskjema\p{L}*|survey\p{L}*|questionnaire\p{L}*|ask(?:s|ed|ing)?|poll\p{L}*|tells?\s+us|told\s+us|fortel(?:jer)?\s+oss|forteller\s+oss|fortalde\s+oss|fortalte\s+oss|sei(?:er)?\s+til\s+oss|sier\s+til\s+oss|samtal\p{L}*|conversations?|interviews?|intervju\p{L}*|meetings?|møte(?:t|ne|a)?)(?![\p{L}])`,
  'iu',
);
/**
 * An animal's likes («hva hunden til kunden liker å spise»: N11's review of R2, session 25): an animal word in the match, no
 * person's preferences. The past of mapping with the mapping said to have ended («Vi fann ut kva kundane likte best i 2019,
 * men den kartlegginga er avslutta»): no profiling now.
 */
/** The people themselves find it out, or can («Kundane kan sjølve finne ut kva spel dei likar»: N11's review of R2). */
const THEY_FIND_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:sjølve|selve|(?<!(?:appen|app|systemet|system|løysinga|løsningen|løysinga|modellen|model|algoritmen|algorithm|plattforma|plattformen|platform|tool|verktøyet)\s+)(?:kan|can|may)\s+(?:\p{L}+\s+){0,2}?(?:finne\s+ut|find\s+out|work\s+out|kartlegg\p{L}*|map|learn|lære))(?![\p{L}])`,
  'iu',
);
const ANIMAL_NAMED = lazyPattern(String.raw`(?<![\p{L}])${ANIMAL_WORD}(?![\p{L}])`, 'iu');
const MAPPED_PAST = lazyPattern(
  String.raw`(?<![\p{L}])(?:kartla|kartlagde|kartlagt|fann|fant|found|mapped|tracked|learned|learnt|analysed|analyzed|analyserte|utleda|utledet|inferred)(?![\p{L}])`,
  'iu',
);
const ENDED_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:avslutta|avsluttet|avvikla|avviklet|slutta|sluttet|stoppa|stoppet|stopped|ended|discontinued|no\s+longer|ikkje\s+lenger|ikke\s+lenger)(?![\p{L}])`,
  'iu',
);
/** Words every PROFILING or TAILORED match holds, read from the patterns (util/prefilter.ts). */
const PROFILING_STEM = {
  test: (t: string): boolean =>
    mayProfile(t) ||
    mayTailor(t) ||
    mayPredict(t) ||
    mayRate(t) ||
    mayScoreEach(t) ||
    mayAiEvaluate(t) ||
    mayKindProfile(t) ||
    mayFollowActs(t) ||
    mayMapLikes(t) ||
    mayAutoEvaluated(t),
};

/**
 * What the person does, buys, plays or likes, as a profile is built from it: a pattern or history of use, behaviour,
 * purchases, habits, interests or preferences, how much they play or spend (nb, nn, en).
 */
const CONDUCT = String.raw`(?:\p{L}*mønster\p{L}*|\p{L}*mønstr\p{L}*|\p{L}*historikk\p{L}*|\p{L}*histor(?:y|ies)|atferd\p{L}*|åtferd\p{L}*|\p{L}*behaviou?r\p{L}*|kjøp(?:et|a|ene|ane)?|\p{L}*kjøp(?:et|a|ene|ane)|purchases|\p{L}*vaner|habits|\p{L}*patterns?|interesse\p{L}*|interess(?:ert|erte)|interests?|interested|preferanse\p{L}*|preferences?|(?:hvor|kor)\s+mye\s+(?:du|de|dei|kunden|kundane|kundene)|how\s+much\s+(?:you|they|the\s+customer))`;
/**
 * Offers, content or advertising tailored to the person's CONDUCT («Innholdet i tilbudene tilpasses automatisk etter
 * spillemønsteret ditt», «offers tailored to your purchase history»: variants-spill SP49), and a profile made of what they
 * like or do («vi lager en profil av hvilke spill du er interessert i», «we build a profile of your interests»: SP79).
 * L, session 14. Art. 4(4): evaluating personal aspects, «in particular to analyse or predict … personal preferences,
 * interests … behaviour». A tailoring is read only where the machine does it or marketing is what is tailored (a teacher
 * adapting lessons to a pupil is no automated processing), and not where the person chose what they get (STATED).
 */
const TAILORED = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilpass\p{L}*|skreddersy\p{L}*|tailor\p{L}*|customi[sz]\p{L}*|adapt\p{L}*|målrett\p{L}*|target(?:s|ed|ing)?)\s+(?:\p{L}+\s+){0,4}?(?:etter|ut frå|ut fra|basert på|på grunnlag av|ut ifrå|based on|according to|to|from)\s+(?:\p{L}+\s+){0,3}?${CONDUCT}(?![\p{L}])|(?<![\p{L}])(?:lag(?:e|er|ar|ast|es)|bygg(?:e|er|jer|jast|es)|opprett(?:e|er|ar|es|ast)|build(?:s|ing)?|creat(?:e|es|ing)|make|makes|making|compil(?:e|es|ing))\s+(?:\p{L}+\s+){0,2}?\p{L}*profil(?:e|en|ar|er)?\s+(?:av|over|om|of|on)\s+(?:\p{L}+\s+){0,4}?${CONDUCT}(?![\p{L}])`,
  'iu',
);
/** What a tailoring must be of or by to be profiling: marketing (offers, content, advertising, recommendations, newsletters) or the machine. */
const TAILORED_THING = lazyPattern(
  String.raw`(?<![\p{L}])(?:${AUTO}|tilbud\p{L}*|tilbod\p{L}*|innhold\p{L}*|innhald\p{L}*|annons\p{L}*|reklame\p{L}*|markedsf\p{L}*|marknadsf\p{L}*|anbefaling\p{L}*|tilråding\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|kampanje\p{L}*|offers?|content|ads|adverts?|advertising|advertisements?|marketing|recommendations?|newsletters?|campaigns?|profil\p{L}*|profiles?)(?![\p{L}])`,
  'iu',
);
/** What is counted without names is no person's profile («anonymous counts», «aggregert statistikk»). */
const ANONYMOUS = lazyPattern(String.raw`anonym|aggreg|statisti`, 'iu');
/** The person chose or stated it («interessene du har oppgitt», «the topics you selected», «du kan selv lage en profil»). */
const STATED = lazyPattern(
  String.raw`(?<![\p{L}])(?:oppgitt|oppgjeve|oppgir|valgt|valt|velger|vel|krysset av|kryssa av|registrert selv|selv|sjølv|du kan|you can|you may|stated|selected|chose|chosen|choose|told us|tick|ticked|opted)(?![\p{L}])`,
  'iu',
);
const mayProfile = prefilterAny(PROFILING);
const mayTailor = prefilter(TAILORED);
/**
 * A prediction of how likely each person is to do something, computed («CallPilot beregner for hver skyldner hvor
 * sannsynlig det er at vedkommende betaler, og ringer først dem som mest sannsynlig betaler»: variants-inkasso IK81;
 * «the model predicts how likely each customer is to leave»; «sannsynligheten for at kunden betaler»): Art. 4(4) profiling,
 * automated processing to «analyse or predict aspects concerning that natural person's … economic situation, … reliability
 * or behaviour». Only with a verb of computing (not «vurdere»: a doctor's judgment is no automated processing) or a word of
 * probability tied to the person, and a word for the people (PREDICTED_PERSON); not anonymous counts. F, session 15.
 */
const PREDICTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:beregn\p{L}*|regn(?:e|er|ar|a)\s+ut|rekn(?:e|er|ar|a)\s+ut|anslå\p{L}*|forutsi\p{L}*|forutsei\p{L}*|predikter\p{L}*|estimer\p{L}*|calculat\p{L}*|comput\p{L}*|estimat(?:e|es|ed|ing)|predict\p{L}*|forecast\p{L}*|scor(?:e|es|ed|ing))\s+(?:[\p{L}-]+,?\s+){0,6}?(?:hvor|kor|how)\s+(?:sannsynlig\p{L}*|sannsynleg\p{L}*|likely|probable|stor\s+sjanse|stor\s+risiko)|(?:sannsynlighet(?:en)?|sannsynet|likelihood|probability|propensity|tilbøyelighet(?:en)?)\s+(?:for|til|of|to|that)\s+(?:at\s+)?(?:[\p{L}-]+\s+){0,2}?(?:betal\p{L}*|pay\p{L}*|kjøp\p{L}*|kjøper|buy\p{L}*|purchas\p{L}*|slutt\p{L}*|si\s+opp|seie\s+opp|leav\p{L}*|churn\p{L}*|misligh\p{L}*|default\p{L}*|svind\p{L}*|fraud\p{L}*|jukse\p{L}*|respond\p{L}*|svar\p{L}*))(?![\p{L}])`,
  'iu',
);
const PREDICTED_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:vedkommende|vedkomande|personen|skyldner\p{L}*|debtors?|kunde\p{L}*|kundar\p{L}*|customers?|clients?|søker\p{L}*|søkjar\p{L}*|applicants?|innsatt\p{L}*|inmates?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|students?|bruker\p{L}*|brukar\p{L}*|users?|medlem\p{L}*|members?|låntak\p{L}*|borrowers?|lånar\p{L}*|ansatt\p{L}*|tilsett\p{L}*|employees?|passasjer\p{L}*|passengers?|gjest\p{L}*|guests?|abonnent\p{L}*|subscribers?|spiller\p{L}*|spelar\p{L}*|players?|giver\p{L}*|gjevar\p{L}*|donors?)(?![\p{L}])`,
  'iu',
);
const mayPredict = prefilter(PREDICTS);

/**
 * A rating or score given to each person from what they do or have («Each member gets an internal desirability rating from
 * how often others like them»: variants-dating DT22; «beregner en risikomodell en score for hver uførepensjonist ut fra
 * inntekt, adresse og endringer i Nav-ytelser»: variants-pensjon PJ64; F, session 16): Art. 4(4) profiling, evaluating
 * personal aspects. Only where the people rated stand before the rating («Each member gets …») or right after it («for hver
 * X»): «Hotellet får en score ut fra gjestenes vurderinger» rates the hotel, not the guests.
 */
const RATED = lazyPattern(
  String.raw`(?<![\p{L}])\p{L}*(?:rating|score|skår|rangering)(?:en|a|ar|er|s)?\s+(?:[\p{L}-]+\s+){0,5}?(?:from|based on|ut fra|ut frå|basert på|på grunnlag av)(?![\p{L}])`,
  'iu',
);
const RATED_EACH = lazyPattern(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,1}?(?:for|til|per|of|to)\s+(?:hver|hvert|kvar|kvart|each|every|alle|all)\s+(?!${EACH_THING})\p{L}+`,
  'iu',
);
/** People rated beside PREDICTED_PERSON's: drivers, owners, pensioners, tenants. */
const RATED_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:sjåfør\p{L}*|drivers?|førar\p{L}*|fører(?:e|en|ne)?|eier(?:e|en|ne)?|eigar\p{L}*|owners?|\p{L}*pensjonist\p{L}*|pensioners?|leietak\p{L}*|leigetak\p{L}*|tenants?|mottak(?:er|ar)\p{L}*|recipients?)(?![\p{L}])`,
  'iu',
);
const mayRate = prefilter(RATED);
/**
 * A score computed for each person, or each person given one («we compute a hidden attractiveness score for each member»,
 * «Kvart medlem får ein intern skår for kor attraktiv han eller ho er», «beregner en betalingsevnescore for hver skyldner»,
 * «each customer is assigned a risk rating»: G5's paraphrase5 PE073, PE074, session 27): evaluating a personal aspect of
 * each one (Art. 4(4)), whatever the score is built from. Only people as the ones scored (SCORED_PERSON: a building, a case
 * or a transaction is no one), and no game, quiz, exam or competition (a player's points in a round are no evaluation of
 * the person by the controller).
 */
const SCORED_EACH = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:beregn\p{L}*|regn(?:er|ar|a|et|es|ast)?\s+ut|rekn(?:er|ar|a|et|es|ast)?\s+ut|utrekn\p{L}*|kalkuler\p{L}*|comput\p{L}*|calculat\p{L}*|assign\p{L}*|gives?|given|sets?|setter|setj\p{L}*|gir|gjev|tildel\p{L}*|lag(?:er|ar|a)?)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:rating|score|skår|skåre)(?:en|a|ar|er|s)?\s+(?:[\p{L}-]+\s+){0,1}?(?:for|til|per|of|to|on)\s+(?:hver|hvert|kvar|kvart|each|every|alle|all)\s+(\p{L}+)|(?:hver|hvert|kvar|kvart|each|every)\s+(\p{L}+)\s+(?:får|fær|fekk|fikk|gets?|got|is\s+given|is\s+assigned|receives?|blir\s+gitt|blir\s+tildelt|vert\s+gjeve|vert\s+tildelt)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:rating|score|skår|skåre)(?:en|a|ar|er|s)?|(?:assign\p{L}*|gives?|gir|gjev|tildeler|tildelar)\s+(?:hver|hvert|kvar|kvart|each|every)\s+(\p{L}+)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:rating|score|skår|skåre)(?:en|a|ar|er|s)?)(?![\p{L}])`,
  'iu',
);
/** SCORED_EACH run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const scoredEachWays = ways(SCORED_EACH);
const SCORED_PERSON = lazyPattern(
  String.raw`^(?:medlem\p{L}*|members?|kunde\p{L}*|kundar\p{L}*|customers?|clients?|klient\p{L}*|søker\p{L}*|søkjar\p{L}*|applicants?|innsatt\p{L}*|inmates?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|students?|student\p{L}*|person\p{L}*|bruker\p{L}*|brukar\p{L}*|users?|låntak\p{L}*|borrowers?|lånar\p{L}*|låner\p{L}*|ansatt\p{L}*|tilsett\p{L}*|employees?|deltak\p{L}*|participants?|sjåfør\p{L}*|drivers?|skyldn\p{L}*|debtors?|tenants?|leietak\p{L}*|leigetak\p{L}*|abonnent\p{L}*|subscribers?|policyholders?|forsikringstak\p{L}*|profil\p{L}*|profiles?)$`,
  'iu',
);
const SCORE_GAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:quiz\p{L}*|games?|spill(?:et|a|ene)?|spel(?:et|a|a)?|runde\p{L}*|rounds?|konkurranse\p{L}*|competitions?|contests?|turnering\p{L}*|tournaments?|eksamen\p{L}*|exams?|examinations?|prøve(?:n|r|ne|ar|ane)?|tests?)(?![\p{L}])`,
  'iu',
);
const mayScoreEach = prefilter(SCORED_EACH);

/**
 * A calculation, placing or ranking the machine makes about a person from an evaluation of them (session 44, FT:
 * variants-tannhelse TH66 «Hvor ofte barnet kalles inn, beregner journalsystemet automatisk ut fra en risikoscore for
 * karies»): a verb of computing, setting, placing, prioritising, ranking or sorting with «automatisk», «automatically»,
 * «maskinelt» within three words of it, and what it goes by after «ut fra», «basert på», «på grunnlag av», «from», «based
 * on», «according to»: a risk, a score or points, results of a test or survey, an assessment, performance, behaviour,
 * health, absence, grades, payment or credit history (EVALUATED_BY). That is profiling, «any form of automated processing
 * of personal data consisting of the use of personal data to evaluate certain personal aspects … to analyse or predict
 * aspects concerning that natural person's performance at work, economic situation, health, personal preferences,
 * interests, reliability, behaviour» (Art. 4(4)), whatever the step decides. Read only with a person named in the clause
 * (AUTO_PERSON: «barnet», «eleven», «søkeren», «you», each …); not what a machine sums from a wage, a price, an age or a
 * number of hours (no evaluation), a sports table or a quiz (AUTO_GAME), a thing's risk («risikoscore for bygget»), a
 * denied or past step.
 */
const AUTO_WORD = String.raw`(?:automatisk|automatiske|automatisert|automatiserte|helautomatisk|automatically|automated|maskinelt|maskinell)`;
const AUTO_COMPUTE = String.raw`(?:beregn\p{L}*|berekn\p{L}*|(?:regner|regnes|reknar|reknast|rekner|regne|rekne)\s+ut|fastsett\p{L}*|fastset\p{L}*|setter|settes|set|sets|plasser\p{L}*|plassert\p{L}*|placed?|places|placing|prioriter\p{L}*|prioriti[sz]\p{L}*|ranger\p{L}*|ranks?|ranked|ranking|klassifiser\p{L}*|classif\p{L}*|sorter\p{L}*|sorts?|sorted|calculat\p{L}*|comput\p{L}*|assign\p{L}*|tildel\p{L}*|(?:deler|deles|delast|delt|deltes)\s+inn|grupper(?:er|ar|es|ast|t|te)|grouped|groups|determin\p{L}*|bestemmer|bestemmes|bestemt|avgjør|avgjøres|avgjer|avgjerast|velger|velges|vel|veljast|valt|valgt|selects?|selected|flagg(?:er|ar|es|ast|a|et)|flags?|flagged)`;
const EVALUATED_BY = String.raw`(?:ut\s+fra|ut\s+frå|utfra|utifrå|ut\s+ifra|basert\s+på|på\s+grunnlag\s+av|på\s+bakgrunn\s+av|med\s+utgangspunkt\s+i|based\s+on|on\s+the\s+basis\s+of|according\s+to|from|using|by)\s+(?:[\p{L}-]+\s+){0,4}?(?:\p{L}*risiko\p{L}*|risks?|risk-?\p{L}*|\p{L}*scor(?:e|es|en|ing)|\p{L}*skår\p{L}*|\p{L}*poeng\p{L}*|points|\p{L}*resultat\p{L}*|results?|\p{L}*prøve(?:n|r|ne|ar|ane|a)?|tests?|test\s+results|\p{L}*kartlegging\p{L}*|\p{L}*vurdering\p{L}*|assessments?|evaluations?|prestasjon\p{L}*|performance|atferd\p{L}*|åtferd\p{L}*|behaviou?r|\p{L}*helse\p{L}*|health|fr[aå]vær\p{L}*|absences?|karakter\p{L}*|grades?|marks|betalingshistorikk\p{L}*|payment\s+history|betalingsevne\p{L}*|kreditt\p{L}*|credit\p{L}*|svara|svarene|svarane|answers|responses|funksjonsnivå\p{L}*|sårbarhet\p{L}*|progresjon\p{L}*|progress|produktivitet\p{L}*|productivity|ratings?|diagnos\p{L}*|symptom\p{L}*)(?![\p{L}])`;
const AUTO_EVALUATED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${AUTO_WORD}\s+(?:[\p{L}'’-]+\s+){0,4}?${AUTO_COMPUTE}|${AUTO_COMPUTE}\s+(?:[\p{L}'’-]+\s+){0,4}?${AUTO_WORD})(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])${EVALUATED_BY}`,
  'iu',
);
const mayAutoEvaluated = prefilter(AUTO_EVALUATED);
/** A person in the clause of AUTO_EVALUATED: PER_PERSON, or a child, a young person, a family or the reader. */
const AUTO_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:barn|barnet|barna|born|borna|child|children|ungdom\p{L}*|young\s+people|famili\p{L}*|families|husstand\p{L}*|households?|du|deg|din|ditt|dine|you|your|søkjar\p{L}*|students?|kandidat\p{L}*|candidates?|spiller\p{L}*|spelar\p{L}*|players?|arbeidssøk\p{L}*|jobbsøk\p{L}*|job\s*seekers?|mottaker\p{L}*|mottakar\p{L}*|recipients?|beboer\p{L}*|bebuar\p{L}*|residents?)(?![\p{L}])`,
  'iu',
);
/** A league, a match, a quiz or a game: a placing by the sport's own results, no evaluation of the person's aspects. */
const AUTO_GAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:kamp(?:en|er|ar|ane|ene)?|matches|match|turnering\p{L}*|tournaments?|serie(?:n|r|ne|ar|ane)?|league|divisjon\p{L}*|divisions?|sesong\p{L}*|seasons?|konkurranse\p{L}*|competitions?|quiz\p{L}*|spill(?:et|a|ene)?|spel(?:et)?|games?|tabell\p{L}*|table|løp(?:et|a|ene)?|race|races)(?![\p{L}])`,
  'iu',
);
/** The clause of an AUTO_EVALUATED match about a person, not denied, past, a game or a thing's: the match, or null. */
function autoEvaluatedIn(part: string, clause: string): RegExpExecArray | null {
  if (!mayAutoEvaluated(clause)) return null;
  const m = AUTO_EVALUATED().exec(clause);
  if (m === null || NEGATION.test(clause) || ANONYMOUS().test(clause) || AUTO_GAME().test(clause)) return null;
  if (!AUTO_PERSON().test(clause) && !PER_PERSON().test(clause)) return null;
  return clause.includes(part.trim()) ? m : null;
}

function profilingIn(text: string, ps: readonly Part[] = parts(text)): { words: string; at: number } | undefined {
  for (const { part, at, clause } of ps) {
    if (!PROFILING_STEM.test(part)) continue;
    if (notOursOrEnded(text, clause, part)) continue;
    // Each reading behind its own words (PROFILING_STEM passes on any one's: a text with a tailoring's words would
    // otherwise build and run PROFILING, 4,192 characters, for nothing).
    const m = mayProfile(part) ? PROFILING().exec(part) : null;
    if (
      m !== null &&
      !deniedAt(part, m) &&
      !(SCORE().test(m[0]) && !PER_PERSON().test(part)) &&
      !(SCORE().test(m[0]) && (OWN_SCORE_ASKED().test(part) || SCORE_TOPIC().test(part) || NOT_WE().test(part))) &&
      !(EACH_PROFILE_WORDS().test(m[0]) && SELF_MADE().test(part)) &&
      !(BUILT_PROFILE().test(m[0]) && !PERSON_PROFILE().test(m[0]) && !PER_PERSON().test(part) && !PERSONS_OWN().test(part)) &&
      // A profile built from anonymous or aggregate counts is no person's («Vi lager en interesseprofil for fagfeltet ut fra
      // anonym utlånsstatistikk»: R2, session 25).
      !(BUILT_PROFILE().test(m[0]) && (ANONYMOUS().test(m[0]) || PROFILE_OF_THING().test(m[0])))
    )
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const ai = mayAiEvaluate(part) ? AI_EVALUATES().exec(part) : null;
    if (
      ai !== null &&
      !deniedAt(part, ai) &&
      !NOT_EVALUATION().test(part) &&
      !ANONYMOUS().test(part) &&
      !(WORK_ONLY().test(ai[0]) && SORT_KEY().test(part.slice(ai.index + ai[0].length)))
    )
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const pr = mayPredict(part) ? PREDICTS().exec(part) : null;
    if (pr !== null && !deniedAt(part, pr) && PREDICTED_PERSON().test(part) && !ANONYMOUS().test(part))
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const t = mayTailor(part) ? TAILORED().exec(part) : null;
    if (t !== null && !deniedAt(part, t) && TAILORED_THING().test(part) && !STATED().test(part) && !ANONYMOUS().test(part))
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const r = mayRate(part) ? RATED().exec(part) : null;
    if (
      r !== null &&
      !deniedAt(part, r) &&
      !ANONYMOUS().test(part) &&
      !OWN_SCORE_ASKED().test(part) &&
      (PREDICTED_PERSON().test(part.slice(0, r.index)) ||
        RATED_PEOPLE().test(part.slice(0, r.index)) ||
        RATED_EACH().test(part.slice(r.index + /^\S+/u.exec(r[0])![0].length)))
    )
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const se = mayScoreEach(part) ? scoredEachWays.exec(part) : null;
    if (
      se !== null &&
      SCORED_PERSON().test(se[1] ?? se[2] ?? se[3]!) &&
      !deniedAt(part, se) &&
      !ANONYMOUS().test(part) &&
      !SCORE_GAME().test(clause) &&
      !OWN_SCORE_ASKED().test(part) &&
      !SCORE_TOPIC().test(part) &&
      !NOT_WE().test(part)
    )
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
    const l = mayMapLikes(part) ? MAPS_LIKES().exec(part) : null;
    if (
      l !== null &&
      !deniedAt(part, l) &&
      !ANONYMOUS().test(part) &&
      !STATED().test(part) &&
      !SELF_MADE().test(part) &&
      !THEY_FIND_OUT().test(part) &&
      !ASKED_SURVEY().test(clause) &&
      !ANIMAL_NAMED().test(l[0]) &&
      !(MAPPED_PAST().test(l[0]) && ENDED_WORDS().test(text)) &&
      !pastAt(text, at + l.index)
    )
      return { words: part.trim(), at: at + part.indexOf(part.trim()) };
  }
  for (const { part, at, clause, inClause } of ps)
    if (inClause === 0 && autoEvaluatedIn(part, clause) !== null && !notOursOrEnded(text, clause, clause))
      return { words: clause.trim(), at: at + clause.indexOf(clause.trim()) };
  return profileOfKindIn(text, ps);
}

// ---- (c) sources ----------------------------------------------------------------------------------------------------

/**
 * Where data comes from, other than the person: obtained, fetched or received «from» a party («innhenter opplysninger
 * fra arbeidsgiver», «hentes frå Folkeregisteret», «obtained from the referees»), checked against lists or registers
 * («kontrolleres mot sanksjonslister», «screened against PEP lists»), looked up («søker opp kandidatene på LinkedIn»,
 * «look applicants up on social media»), traced by asking others («by asking their employer, family and neighbours»),
 * a record kept up to date against a register («holder kunderegisteret oppdatert mot Folkeregisteret», «updated against
 * the population register»: the register's data comes in; variants-spill SP05, M, session 13; registers only, not
 * lists: «prislisten oppdateres mot leverandørens liste» tells of no person); data that reaches the controller through a
 * party or is sent by one («Many claims reach us through claim agencies that act for the passenger», «søknadene kommer inn
 * via kommunen», «sent to us by the passenger's employer»: B3's blind set variants-luftfart LF37), a party as «fra X» must be.
 * The words between the verb and «fra» hold no relative or subordinate clause («har fått stipend som borteboere faktisk
 * bor borte fra foreldrene» says where they live, not where data come from: variants-studiestotte's clean base, after the
 * window grew to eight words), and «borte fra», «away from» is a place.
 * A message, report or tip «from» a party is data obtained from it as much («Vi noterer også bekymringsmeldinger fra
 * pårørende som ringer oss», «reports from the employer», «concerns from relatives»: variants-spill SP22; L, session 14).
 * Not the controller's own messages it sends or publishes («Vi sender meldinger fra skolen til foreldrene», «Kommunen
 * publiserer meldinger fra ordføreren»: P2, session 14).
 * Asking a party for data is obtaining it from them («Vi ber politiet om opplysninger om straffbare forhold», «we ask the
 * applicant's former employer for details»: B10, variants-toll TL38); the party must be one (PARTY), not «oss», «deg».
 * Groups 1-9: the words that name the source (8: looked up in or with X; 9: the party asked).
 */
/**
 * Buying data (names, addresses, lists, information) «from» a party («we also buy their current address from a data
 * broker»: variants-bildeling BD72; «kjøper adresselister fra …»): the seller is a source. Only with a word of data after
 * the verb, so buying services or goods («kjøper IT-drift fra Acme AS») is not read.
 */
const BOUGHT = String.raw`(?:kjøp\p{L}*|buy|buys|buying|bought|purchas\p{L}*)(?=\s+(?:\p{L}+\s+){0,5}?(?:\p{L}*adress\p{L}*|\p{L}*opplysning\p{L}*|\p{L}*data|\p{L}*informasjon|information|details|\p{L}*list(?:e|er|ene|a|ane)|lists?|names?|navn|namn|\p{L}*nummer|numbers?|kontaktinfo\p{L}*|contact\s+details|profil\p{L}*|profiles?|leads)(?![\p{L}]))`;
/**
 * Drawing a sample «from» a register or list («trekker vi et tilfeldig utvalg pensjonister fra Folkeregisteret»:
 * variants-pensjon PJ66; «a random sample drawn from the population register»): the register is the source. Only with a
 * sample named after the verb (not «trekkes fra lønna», a deduction).
 */
const DRAWN = String.raw`(?:(?:trekk\p{L}*|draw|draws|drawing|drawn|drew|select\p{L}*)(?=\s+(?:\p{L}+\s+){0,5}?(?:utvalg\p{L}*|utval\p{L}*|samples?)(?![\p{L}]))|(?=trekkes|trekkjast|trekt|trukket|drawn|selected)(?<=(?<![\p{L}])(?:utvalg\p{L}*|utval\p{L}*|samples?)\s+(?:\p{L}+\s+){0,4}?)(?:trekkes|trekkjast|trekt|trukket|drawn|selected))`;
/**
 * Asking a party about the person's family («spør naboar og heimetenesta om kven som var familien til den avlidne», «we ask
 * the neighbours who the next of kin are», «spør sykehjemmet om pårørende»: variants-gravferd GF22; W5, session 20): what
 * the party answers is data about the person and their family, obtained from it (Art. 14(2)(f)). Read after the party
 * asked (SOURCE_SAID's group 9), only with a word of family or next of kin.
 */
const ABOUT_FAMILY = String.raw`(?:om|about|hvem|kven|who|whom)\s+(?:(?:hvem|kven|who|whom)\s+)?(?:\p{L}+(?:['’]s?)?\s+){0,4}?(?:famili(?:e|en|a|ane|ene|ar|er)?|family(?!\s+(?!(?:members?|of|is|are|was|were)(?![\p{L}]))\p{L})|slekt(?:a|en|ninger|ningar|ningane|ningene)?|pårørende|pårørande|relatives|next\s+of\s+kin|etterlatne|etterlatte|arving(?:ar|er|ane|ene)?|heirs?|ektefelle(?:n|r|ne)?|spouses?)`;
/**
 * A seller of data named by a compound or a kind («eit kommersielt adresseselskap», «a commercial data provider»:
 * variants-gravferd GF12; W5, session 20): a party only where the data is bought from it (BOUGHT), not where power, an
 * invoice or a service comes «frå kraftselskapet».
 */
const BOUGHT_START = lazyPattern(String.raw`^(?:kjøp|buy|bought|purchas)`, 'iu');
const SELLER = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}+selskap\p{L}*|(?:data|address|list|information|marketing)\s+(?:providers?|vendors?|suppliers?|brokers?))(?![\p{L}])`,
  'iu',
);
/**
 * Copying posts, reviews or data «from» a party or site («We also copy reviews of our instructors from Google and Facebook
 * into TABS», «Vi kopierer omtaler fra Google inn i kundesystemet»: variants-trafikkskole TS26; F6, session 20): the site
 * is a source. Only with a word of data or of people's posts after the verb, so copying a template, a text or a file
 * layout («copy the template from the old course») is not read; and only with «we», «vi», «me» or in the passive, so the
 * person copying their own details («Learners can copy their contact details from their Vipps profile»: N5) is not read.
 */
const COPIED = String.raw`(?:(?:we|vi|me)\s+(?:also\s+|også\s+|òg\s+|then\s+|så\s+)?(?:kopierer|kopierar|copy)|(?:are|is|blir|vert)\s+(?:also\s+|også\s+)?(?:copied|kopiert)|kopieres|kopierast)(?=\s+(?:\p{L}+['’]?\s+){0,5}?(?:reviews?|ratings?|comments?|posts?|anmeldels\p{L}*|omtale(?:r|ne|ar|ane)?|kommentar\p{L}*|innlegg(?:et|a|ene)?|\p{L}*opplysning\p{L}*|\p{L}*adress\p{L}*|\p{L}*data|information|details|names?|navn|namn|profil\p{L}*|profiles?|contact\s+details)(?![\p{L}]))`;
/**
 * A party's data got, the party named only in a genitive («henter i tillegg politiets logg over utrykninger», «innhenter
 * Skatteetatens opplysninger om …», «we obtain the police's log of call-outs»: variants-bevilling BV05; F9, session 21):
 * the party is the source (Art. 14(2)(f)). Group 10 is the owner without its «s» (checked as a party in sourcesIn). Only
 * with a verb of fetching or obtaining right before (not «får», which the person receives) and a noun of data after the
 * owner: a log, records, information about something, a statement, a journal or a print-out — not «politiets rolle»,
 * «Arkivverkets standard», «politiets statistikk», a list or overview of things («Helsedirektoratets liste over godkjente
 * kunnskapsprøver», «Lovdatas oversikt over endringer»: N7's review), a reference work (REFERENCE_WORK), nor the
 * controller's own («kommunens egne registre»: OWN_GENITIVE).
 */
const GENITIVE_GOT = String.raw`(?:hent\p{L}*|innhent\p{L}*|obtain\p{L}*|retriev\p{L}*|fetch\p{L}*|we\s+(?:also\s+)?get)\s+(?:(?:i\s+tillegg|også|òg|dessuten|også\s+inn|inn|also|in\s+addition|every\s+year|hvert\s+år|kvart\s+år|årlig|årleg)\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}?\p{L}{3,}?)(?:s|['’]s?)\s+(?:\p{L}+\s+)?(?:logg(?:en|er|ene|ar|ane|bok\p{L}*)?|logs?|log\s+book|records?|opplysning(?:er|ene|ar|ane)(?!\s+om\s+(?:\p{L}+\s+){0,2}?(?:regl|regel|lov|forskrift|endring|kurs|prøv|sats|rutin|tilskot|tilskudd)\p{L}*)|uttalels(?:e|en|er)|fråsegn(?:a|er)?|statements?\s+(?:on|about)|journal(?:en|er)?|utskrift(?:en|er)?)(?![\p{L}])`;
/**
 * A summary of someone's history, a medical record or an epicrisis asked for («Før oppstartsmøtet ber vi fastlegen om et
 * sammendrag av brukerens sykehistorie», «we ask the GP for a summary of the user's medical history»: variants-paraphrase3
 * PC029; W15, session 24): data about the person, read where a party is asked for it (SOURCE_SAID's «ber X om»).
 */
const HISTORY = String.raw`(?:sammendrag\p{L}*|samandrag\p{L}*|summar(?:y|ies)|\p{L}*historie(?:n|a)?|(?:medical|health|case|employment|payment|credit)\s+(?:history|histories|records?)|epikris\p{L}*|journal(?:en|ar|er|ane|ene|s|notat\p{L}*)?)`;
/**
 * A party asked «about» the person, their situation or how they are («We also ask the child welfare service about the
 * child's home situation», «spør barnevernstenesta om korleis barnet har det heime»: variants-paraphrase3 PC038; W15,
 * session 24): what the party answers is data about the person (Art. 14(2)(f)). Only with a noun of the person (no pronoun)
 * right after «about» (or «how», «what», «the … of» between), or after «om» only with «hvordan», «korleis», «kva», a
 * genitive («om barnets heimeforhold») or «… til barnet»: «om» before a bare noun or pronoun is «whether» («Vi spør
 * naboane om dei vil vere med på dugnaden»: lawful-wordings-s20-n src06). Not «about the rules for children», «om
 * pasientrettigheter».
 */
const PERSON_NOUN = String.raw`(?:child|children|barn(?:et|a)?|pupils?|elev(?:en|ane|ene)?|users?|bruker(?:en|ne)?|brukar(?:en|ane)?|patients?|pasient(?:en|ane|ene)?|applicants?|søker(?:en|ne)?|søkjar(?:en|ane)?|clients?|klient(?:en)?|employees?|arbeidstak(?:er|ar)(?:en)?|members?|medlem(?:met)?|customers?|kunde(?:n)?|callers?|innringer(?:en)?|innringar(?:en)?|person(?:en)?|family(?!\s+(?!(?:members?|of|is|are|was|were)(?![\p{L}]))\p{L})|familien|familia)`;
const ABOUT_PERSON = String.raw`(?:about\s+(?:(?:how|what|whether)\s+|(?!(?:the\s+)?(?:rules?|regl\p{L}*|regel\p{L}*|rutin\p{L}*|routines?|rights?|rettighet\p{L}*|retting\p{L}*)\s)(?:\p{L}+\s+){1,3}?(?:of|involving|concerning|regarding|relating\s+to)\s+)?(?:the\s+|each\s+|this\s+)?${PERSON_NOUN}(?:['’]s)?|(?:how|hvordan|korleis)\s+(?:the\s+|den\s+|det\s+)?${PERSON_NOUN}\s+(?:is|are|was|were|has|have|had|har|hadde|er|var|gets?|got|getting|does|did|doing|klarer|klarar|fungerer|fungerar|utvikl\p{L}*|develop\p{L}*|behaves?|oppfører|manages?|copes?|trives|trivst|følger)|om\s+(?:(?:hvordan|korleis|hva|kva)\s+(?:den\s+|det\s+)?${PERSON_NOUN}|(?!(?:the\s+)?(?:rules?|regl\p{L}*|regel\p{L}*|rutin\p{L}*|routines?|rights?|rettighet\p{L}*|retting\p{L}*)\s)(?:\p{L}+\s+){1,3}?(?:til|åt|med|involving|som\s+gjeld|som\s+gjelder|knytt\s+til|knyttet\s+til|knytta\s+til)\s+(?:den\s+|det\s+)?${PERSON_NOUN}|${PERSON_NOUN}s))(?![\p{L}])`;
/** Data «about», «om» the person, after a noun of data (SENDS_US: «opplysninger om barnet», «information about the user»). */
const DATA_ABOUT_PERSON = String.raw`(?:about|om)\s+(?:(?:how|hvordan|korleis|hva|kva|what)\s+|(?!(?:the\s+)?(?:rules?|regl\p{L}*|regel\p{L}*|rutin\p{L}*|routines?|rights?|rettighet\p{L}*|retting\p{L}*)\s)(?:\p{L}+\s+){1,3}?(?:til|åt|of)\s+)?(?:the\s+|each\s+|this\s+|den\s+|det\s+)?${PERSON_NOUN}(?:['’]s|s)?(?![\p{L}])`;
/**
 * The person's own profiles on a site, named with a Norwegian genitive without an apostrophe («søkernes», «kandidatens»,
 * «søkjarens») or an adjective between the owner and the site («the applicants' public social media accounts», «søkernes åpne
 * Facebook-profiler»: variants-paraphrase2 PB052; R30, session 38): the site is the source, as «their Facebook profiles» is.
 */
const PERSONS_GENITIVE = String.raw`\p{L}*(?:søker|søkjar|kandidat|kunde|skyldner|skyldnar|medlem|person|pasient|leietaker|leigetakar|deltaker|deltakar)(?:ens|nes|anes|s)`;
const OPEN_TO_ALL = String.raw`(?:public|publicly\s+available|open|åpne|åpen|opne|offentlige?|offentlege?)`;
/**
 * A credit or background check of the person «hos», «with» a party («kredittsjekker vi søkeren hos et
 * kredittopplysningsbyrå», «a credit check of the applicant is run with a credit information agency»: variants-paraphrase3
 * PC033, PC034; W15, session 24): the agency gives the person's credit data, a source (Art. 14(2)(f)). Group 14.
 */
const CREDIT_CHECK_AT = String.raw`(?:kredittsjekk\p{L}*|kredittvurder\p{L}*|bakgrunnssjekk\p{L}*|(?:credit|background)[-\s]+(?:check|checks|checked|checking|vetting|vetted))\s+(?:(?!(?:som|that|who|which|der|where|når|when|companies|company|firm|firms|suppliers?|bedrift\p{L}*|firma\p{L}*|selskap\p{L}*|foretak\p{L}*|leverandør\p{L}*|themselves|ourselves|itself|seg|oss)\s)[\p{L}'’-]+\s+){0,6}?(?:hos|with|through|via|gjennom)\s+((?:[\p{L}\d'’-]+\s*){1,8})`;
const SOURCE_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:hent\p{L}*|innhent\p{L}*|får|fær|fått|mottar|mottek|(?:få|fått|får)\s+(?:bekreft\p{L}*|stadfest\p{L}*|tilsendt|tilsend|oversendt|oversend|utlevert|opplyst)|obtain\p{L}*|we\s+(?:also\s+|often\s+|sometimes\s+|usually\s+|then\s+|may\s+|can\s+|will\s+)?(?:get|got)(?=\s+(?:(?!(?:from|fra|frå)\s)\p{L}+(?:['’]\p{L}*)?\s+){0,5}?(?:\p{L}*adress\p{L}*|address\p{L}*|\p{L}*data|information|details|lists?|names?|\p{L}*numbers?|contact\s+details|profiles?|referrals?|records?|\p{L}+['’]s?\s+(?:reports?|results|readings?|values))(?![\p{L}]))|${BOUGHT}|${DRAWN}|${COPIED}|collect\p{L}*|receiv\p{L}*|gather\p{L}*|retriev\p{L}*|fetch\p{L}*|request\p{L}*|(?<!(?:sender|sendar|sende|senda|sendes|sendast|videresender|vidaresender|publiserer|publiserar|publiseres|deler|legger\s+ut|legg\s+ut)\s+(?:\p{L}+\s+){0,2})\p{L}*melding(?:er|ene|ar|ane|a)?|${ASKED_OR_FILLED})\s+(?:(?!(?:som|that|who|which|der|where|når|when)\s)\p{L}+(?:['’]\p{L}*)?\s+){0,8}?(?<!(?:borte|bort|vekk|unna|away)\s)(?:fra|frå|from)\s+((?:[\p{L}\d'’-]+\s*){1,8})|(?:kontroller\p{L}*|sjekk\p{L}*|kryssjekk\p{L}*|screen\p{L}*|check\p{L}*|match\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:mot|against)\s+((?:[\p{L}\d-]+\s+){0,4}?\p{L}*(?:list(?:e|er|ene|a|ane|s)?|regist(?:er|ere|eret|re|ra|ret|ry|ries|ers)|database\p{L}*|sanksjon\p{L}*|sanctions?|(?<![\p{L}])pep)(?![\p{L}])(?:\s*[\p{L}\d-]+){0,4})|(?:søk\p{L}*|slå\p{L}*|slår|look\p{L}*|search\p{L}*|sjekk\p{L}*|check\p{L}*|(?:står|stod|sto|skrives|skrivast|skrevet|skrive|skriven|written|published|reported)\s+(?:om|about)\s+(?:(?:den|the)\s+)?(?=(?:personen|person|deg|dykk|dere|dem|dei|them|him|her|you|\p{L}*søker\p{L}*|\p{L}*søkjar\p{L}*|kunden|kundane|kundene|applicants?|candidates?|kandidat\p{L}*|skyldner\p{L}*|debtors?|customers?|individuals?|medlem\p{L}*|members?)(?![\p{L}])))\s*(?:\p{L}+(?:['’]\p{L}*)?\s+){0,3}?(?:opp\s+|up\s+)?(?:\p{L}+\s+){0,2}?(?:på|i|on|in|their|his|her|deres|hans|hennes|sine|sin|sitt|\p{L}+['’]s?|${PERSONS_GENITIVE})\s+(?:${OPEN_TO_ALL}\s+)?((?:linkedin|facebook|instagram|twitter|tiktok|snapchat|youtube|google|sosiale medi\p{L}*|social media|internett|the internet|nettet|nettavis\p{L}*|aviser|avisene|avisa|avisen|newspapers?|the press|news\s+media)(?:[\s\p{L}\d-]*))|(?:by\s+)?(?:asking|ask|spør\p{L}*|spørre|ringe\s+til|ringer\s+til|ringjer(?:\s+til)?|ringer|ringde|ringte|tar\s+kontakt\s+med|tek\s+kontakt\s+med|calling|contacting|kontakte\p{L}*)\s+((?:their|his|her|the\s+\p{L}+'s|deres|hans|hennes|den\s+\p{L}+s|søkerens|skyldnerens|tidligere|tidlegare|former|previous)\s+(?:[\p{L}\d-]+\s*){1,6})|(?:oppdater\p{L}*|ajourfør\p{L}*|ajourført|updat\p{L}*|up to date)\s+(?:\p{L}+\s+){0,3}?(?:mot|against)\s+((?:[\p{L}\d-]+\s+){0,3}?\p{L}*regist(?:er|eret|ra|ret|ry|ries|ers)(?![\p{L}])(?:\s*[\p{L}\d-]+){0,3})|(?:reach\p{L}*|comes?|coming|arriv\p{L}*|kommer|kjem|komme|kome)\s+(?:inn\s+|in\s+)?(?:to\s+us\s+|us\s+|til\s+oss\s+|oss\s+)?(?:through|via|gjennom|igjennom)\s+((?:[\p{L}\d'’-]+\s*){1,8})|(?:sent|forwarded|passed\s+on|sendt|sendes|oversendt|oversendes|videresendt|vidaresendt)\s+(?:to\s+us\s+|til\s+oss\s+|oss\s+)?(?:by|av)\s+((?:[\p{L}\d'’-]+\s*){1,8})|(?:slå|slår|slås|slåast|slo|slått|søke|søker|søkes|søkjer|look|looks|looked|looking)\s+(?:\p{L}+(?:['’]s?)?\s+){0,3}?(?:opp|up)\s+(?:\p{L}+(?:['’]\p{L}*)?\s+){0,3}?(?:i|hos|in|with|at)\s+((?:[\p{L}\d'’-]+\s*){1,8})|(?=ber|bed|ba|spør|spurte|ask)(?<!(?<![\p{L}])${PERSON_SUBJECT}\s+(?:\p{L}+\s+)?)(?<![\p{L}])(?:ber|bed|ba|spør|spurte|asks?|asked|asking)\s+((?:[\p{L}\d'’-]+,?\s+){1,8}?)(?:(?:om|for)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}?(?:\p{L}*opplysning\p{L}*|informasjon\p{L}*|information|data|details|records?|logg(?:en|ar|er|ane|ene|bok\p{L}*)?|logs?|\p{L}*attest\p{L}*|certificates?|\p{L}*dokumentasjon\p{L}*|documentation|${HISTORY})|${ABOUT_FAMILY}|${ABOUT_PERSON})(?![\p{L}])|${GENITIVE_GOT}|(?=ask|ber|bed|ba|spør|spurte)(?<!(?<![\p{L}])${PERSON_SUBJECT}\s+(?:\p{L}+\s+)?)(?<!(?<![\p{L}])(?:may|can|could|should|must|kan|kunne|må|bør|skal)\s+(?:\p{L}+\s+)?)(?<![\p{L}])(?:asks?|asked|asking|ber|bed|ba|spør|spurte)\s+((?:[\p{L}\d'’-]+\s+){1,10}?)(?:for|om)\s+(?:(?:their|its|his|her|an?|deira|deres|sin|si|sitt|sine|ei|en|ein)\s+)?(?:assessments?|evaluations?|appraisals?|references?|vurdering(?:a|en|ar|er)?|evaluering(?:a|en|ar|er)?|referanse(?:n|ar|er)?|uttale\p{L}*|fråsegn\p{L}*)\s+(?:of|on|av|om)\s+(?:(?:each|every|the|a|an|new|kvar|hver|den|det|nye?)\s+){0,2}?(?:new\s+|ny\s+|nye\s+)?(?:\p{L}+)(?![\p{L}])|(?:that|which|som)\s+((?:[\p{L}\d'’-]+\s+){1,3}?)(?:sends|sent|forwards|forwarded|sender|sendar|sende|oversender|oversendar)\s+(?:to\s+)?(?:us|oss)(?![\p{L}])|(?:(?:vi|me|we)\s+(?:finn|finner|fann|fant|find|found)|(?:finn|finner|fann|fant)\s+(?:vi|me))\s+(?:\p{L}+\s+){0,2}?(?:i|in|hos)\s+((?:[\p{L}\d'’-]+\s+){0,2}?\p{L}*regist(?:er|eret|ra|ret|ry|ries|ers)(?![\p{L}])(?:\s+(?:til|hos|of|i)\s+[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+)?)?)|${CREDIT_CHECK_AT})`,
  'iu',
);
/**
 * Where the words after «fra X» go on to say that the data are sent on to someone («… frå kontrollen blir sende til
 * politidistriktet», «… from the inspection are forwarded to the police», «… sender vi vidare til X»): X ends there.
 */
const SENT_ON = lazyPattern(
  String.raw`\s(?:(?:blir|blei|vart|vert|er|var|is|are|was|were|will\s+be|skal|kan)\s+(?:\p{L}+\s+){0,2}?)?(?:sendt|sende|sendes|sendast|oversendt|oversendes|oversendast|overført|overføres|overførast|videresendt|vidaresendt|videresendes|vidaresendast|sent|forwarded|transferred|passed\s+on|sender|sendar|sends)\s+(?:vi\s+|we\s+|them\s+|dei\s+|dem\s+|det\s+|it\s+)?(?:vidare\s+|videre\s+|on\s+)?(?:til|to)\s`,
  'iu',
);
/** The person themself as the source: «fra deg», «fra den registrerte», «from you», «from the person». */
const SELF = lazyPattern(
  String.raw`(?<![\p{L}])(?:deg|dykk|dere|den registrerte|de registrerte|dei registrerte|registrerte|selv|sjølv|sjøl|you|yourself|themselves|the person|data subjects?|the individual)(?![\p{L}])`,
  'iu',
);
/**
 * What the person shows or gives («kontrolleres mot legitimasjon», «checked against your passport», «BankID»): the source
 * is the person; and the controller's own systems («fra våre egne systemer», «from our own records»). And the registers
 * of those who refuse marketing («Reservasjonsregisteret», markedsføringsloven § 12 for telephone and § 13 for addressed
 * post; a «Robinson list»): checking against them removes people from a list and tells nothing about them the notice
 * must trace (variants-media's clean base:
 * «Listene vaskes mot Reservasjonsregisteret»; «vaske», washing a list, is not read at all).
 */
const PERSONS_OWN_OR_OURS = lazyPattern(
  String.raw`(?<![\p{L}])(?:reservasjonsregist\p{L}*|robinson\p{L}*|legitimasjon\p{L}*|id-?kort\p{L}*|id-?dokument\p{L}*|identity documents?|ids?|pass(?:et|port\p{L}*)?|førerkort\p{L}*|driving licen[cs]e|bankid|id-?porten|vår\p{L}*|egne|eigne|eget|eige|internal|interne?|our|own)(?![\p{L}])`,
  'iu',
);
/**
 * What «fra», «from» names that is no source other than the person: a form, page, channel or device through which the
 * person gives the data, or the controller's own archive or system («hentes fra søknadsskjemaet du fyller ut», «collected
 * from the booking form on our website», «fra publikum på e-post og telefon», «hentes fra kameraet ved inngangen»,
 * «telefonnummeret ditt fra nummervisningen»; the integrator's review of described-source, 2026-12-01: 9 of 18 fired).
 */
const CHANNEL = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*skjema\p{L}*|forms?|\p{L}*nettside\p{L}*|\p{L}*nettstad\p{L}*|\p{L}*nettsted\p{L}*|websites?|web|e-?post\p{L}*|e-?mails?|telefon\p{L}*|phones?|calls?|sms|app\p{L}*|min side|mi side|my page|portal\p{L}*|altinn|id-?porten|kamera\p{L}*|cameras?|klokk\p{L}*|stemplingsur\p{L}*|clock\p{L}*|\p{L}*system\p{L}*|arkiv\p{L}*|archives?|nummervisning\p{L}*|caller|publikum|the public|søknad(?:en|ene|a|ane)?|applications?|bestilling\p{L}*|bookings?|chat\p{L}*|brev\p{L}*|letters?|innsend\p{L}*|dokumentasjon\p{L}*|documents?|kvittering\p{L}*|receipts?|logg\p{L}*|logs?|sensor\p{L}*|måler\p{L}*|meters?|enhet(?:en)?|device\p{L}*|nettleser\p{L}*|browsers?|informasjonskaps\p{L}*|cookies?)(?![\p{L}])`,
  'iu',
);
/**
 * How something is sent, said after the controller's own name («får nyhendebrev frå Noregs Mållag elektronisk», «from
 * Fjordvik Sport AS by e-mail»: bodies/noregs-mallag, B13, session 46): the manner of sending, not part of another
 * party's name. The controller named with it is still the controller.
 */
const SENT_HOW = String.raw`(?:elektronisk|digitalt?|skriftle?i?g|muntlig|munnleg|automatisk|direkte|fortløpande|fortløpende|electronically|digitally|automatically|directly|in\s+writing|(?:by|via|per|på|pr\.?|i)\s+(?:e-?post(?:en)?|e-?mail|post(?:en)?|mail|sms|text(?:\s+message)?|papir|paper|brev|letter|appen|the\s+app))`;
export const SENT_HOW_TAIL = String.raw`(?:\s+${SENT_HOW}(?:\s+(?:og|and|eller|or)\s+${SENT_HOW})?)`;
/**
 * A source's name with how the data comes after it («frå Posten på e-post», «from Posten by e-mail», «frå Posten
 * elektronisk»): the party is the name before the manner of sending. Read whole, «Posten på e-post» was taken for a
 * channel and the unrecorded source went silent, and «Posten elektronisk» was named in the message (B13's note, session 46).
 */
const SENT_HOW_END = lazyPattern(String.raw`${SENT_HOW_TAIL}$`, 'iu');
export function withoutSentHow(said: string): string {
  const named = said.replace(SENT_HOW_END(), '');
  return named !== said && /\p{L}{2,}/u.test(named) ? named : said;
}
/**
 * A party data may come from: a body, register or list, other people (employer, family, neighbours, referees, doctors,
 * schools, parents), an authority, or a name (a capital letter: «Folkeregisteret», «Skatteetaten», «LinkedIn»). A valuer or
 * an expert («Vi får takstrapporten frå takstmannen», «the surveyor sends us the valuation report», «sakkyndige»): the
 * report on a person's home or case is data about them that originates with the valuer (Art. 14(2)(f)), as «vurdert av ein
 * takstmann» was already read; a valuer who acts for the controller is its processor and is recorded so (E2, session 29).
 */
const PARTY = lazyPattern(
  String.raw`(?<![\p{L}])\p{Lu}|regist\p{L}*|(?<![\p{L}])(?:list(?:e|er|ene|a|ane|s)?|lists?|database\p{L}*|arbeidsgiv\p{L}*|arbeidsgjevar\p{L}*|employers?|famil\p{L}*|nabo\p{L}*|neighbou?rs?|referan\p{L}*|referees?|references|lege\p{L}*|fastleg\p{L}*|doctors?|gp|general\s+practitioners?|skole\p{L}*|skule\p{L}*|schools?|lærested\p{L}*|lærestad\p{L}*|universitet\p{L}*|universit(?:y|ies)|høgskole\p{L}*|høgskule\p{L}*|høyskole\p{L}*|colleges?|utdanningsinstitusjon\p{L}*|barnehage\p{L}*|kindergartens?|\p{L}*myndighet\p{L}*|\p{L}*styresmakt\p{L}*|authorit\p{L}*|kommune\p{L}*|kommunar|municipalit\p{L}*|fylke\p{L}*|county|helseforetak\p{L}*|sykehus\p{L}*|sjukehus\p{L}*|hospitals?|bank\p{L}*|forsikring\p{L}*|insurers?|kreditt\p{L}*|credit|opplysningsbyr\p{L}*|\p{L}*byrå(?:et|a|er|ene|ane)?|bureaus?|agenc\p{L}*|arrangør\p{L}*|organi[sz]ers?|sponsor\p{L}*|helsestasjon\p{L}*|partner\p{L}*|leverandør\p{L}*|suppliers?|oppdragsgiv\p{L}*|oppdragsgjevar\p{L}*|clients?|tredjepart\p{L}*|third part\p{L}*|virksomhet\p{L}*|verksemd\p{L}*|organisations?|organizations?|companies|company|selskap\p{L}*|foreldr\p{L}*|parents?|føresett\p{L}*|foresatt\p{L}*|guardians?|pårørend\p{L}*|pårørand\p{L}*|relatives|next of kin|politi\p{L}*|police|barnevern\p{L}*|child welfare|domstol\p{L}*|courts?|tingrett\p{L}*|advokat\p{L}*|lawyers?|nav|etat\p{L}*|direktorat\p{L}*|tilsyn\p{L}*|brokers?|\p{L}*megler\p{L}*|\p{L}*meklar\p{L}*|landlords?|utleier\p{L}*|utleigar\p{L}*|takstm(?:ann|annen|enn|ennene)|\p{L}*sakkyndig(?:e|en|ane|ene)?|valuers?|surveyors?|appraisers?|(?:housing\s+)?(?:co-?operatives?|associations?)|borettslag\p{L}*|burettslag\p{L}*|sameie\p{L}*|sameig(?:e|et|a|ar|er|ane|ene)|(?:estate|letting|property)\s+agents?|realtors?|apotek(?:et|a|ene|ane|er|ar)?|pharmac(?:y|ies)|chemists?|others?|andre)(?![\p{L}])`,
  'u',
);

/** Whether a source's words hold a word of the closed party list (PARTY): notice-source reads the others by kind. */
export const listedParty = (phrase: string): boolean => PARTY().test(phrase);
/** A directory service named by its number («1881», «1880»), not a year («i 2024»). */
const DIRECTORY_NUMBER = lazyPattern(String.raw`^(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\p{L}\d])`, 'u');
/**
 * A register or body kept by others, named in lower case: the population, vehicle and business registers, the land
 * register, credit reference agencies and data brokers (a looked-up X in group 8 of SOURCE_SAID).
 */
const OUTSIDE_REGISTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*folkeregist\p{L}*|kjernejournal\p{L}*|(?:national\s+)?summary\s+care\s+records?|\p{L}*motorvognregist\p{L}*|\p{L}*kjøretøyregist\p{L}*|\p{L}*køyretøyregist\p{L}*|enhetsregist\p{L}*|einingsregist\p{L}*|foretaksregist\p{L}*|grunnbok\p{L}*|matrikkel\p{L}*|\p{L}*opplysningsbyr\p{L}*|kredittbyr\p{L}*|\p{L}*megler\p{L}*|brokers?|credit\s+(?:reference|bureau|agenc)\p{L}*|(?:population|vehicle|business|land)\s+regist\p{L}*)`,
  'iu',
);
/**
 * A reference work looked up carries no one's data: a legal database, a dictionary, an encyclopedia, a map, a handbook, the
 * law («Saksbehandlerne slår opp i Lovdata ved behov»: N's review of F, session 17).
 */
const REFERENCE_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:lovdata|rettsdata|juridika|felleskatalog\p{L}*|legemiddelhandbok\p{L}*|legemiddelhåndbok\p{L}*|drug\s+(?:references?|handbooks?|catalogues?|compendi\p{L}*)|pharmacopoeia\p{L}*|gyldendal\p{L}*|wikipedia|snl|store\s+norske|leksikon\p{L}*|ordbok\p{L}*|ordbøker\p{L}*|dictionar\p{L}*|encyclopa?edia\p{L}*|kart(?:et|a|verktøy\p{L}*)?|maps?|handbook\p{L}*|håndbok\p{L}*|handbok\p{L}*|manual\p{L}*|rundskriv\p{L}*|regelverk\p{L}*|lov(?:a|en|ene|er|ar|ane)?|forskrift\p{L}*|the\s+law|legislation|statutes?)(?![\p{L}])`,
  'iu',
);
/** REFERENCE_WORK run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const referenceWorkWays = ways(REFERENCE_WORK);
/** The person doing it themself, later in the part («der dei tilsette sjølve fører timane»). */
const SELF_LATER = lazyPattern(String.raw`(?<![\p{L}])(?:selv|sjølv|sjølve|sjøl|themselves|himself|herself|yourself)(?![\p{L}])`, 'iu');
const SELF_LATER_ALL = lazyPattern(SELF_LATER.source, 'giu');
/**
 * Where the last SELF_LATER word of a clause starts (-1 if none), found once per clause: a source's words are the person's
 * own when one stands after them (testing the rest of the clause for each part made a long comma list quadratic).
 */
let selfClause: string | undefined;
let selfAt = -1;
function lastSelfIn(clause: string): number {
  if (clause !== selfClause) {
    selfClause = clause;
    selfAt = -1;
    for (const w of clause.matchAll(SELF_LATER_ALL())) selfAt = w.index;
  }
  return selfAt;
}

/**
 * Words every SOURCE_SAID match holds, read from the pattern (util/prefilter.ts), each of its ways on its own
 * (`prefilterAny`): a verb of getting AND «fra», «from»; a verb of checking AND «mot», «against» AND a list or register;
 * a verb of asking, calling or contacting and whose; … A part without one way's words states no source. One gate for all
 * ways let every part with «til» (from «ringe til») or «fra» alone through to the pattern.
 */
const SOURCE_STEM = { test: prefilterAny(SOURCE_SAID) };
/** SOURCE_SAID run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28): the same match and groups. */
const SOURCE_SAID_WAYS = ways(SOURCE_SAID);

/** A pointer to another activity's record: «se aktiviteten …», «sjå behandlinga …», «see the activity on …», «behandles i aktiviteten …». */
const ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:se|sjå|see|jf\.?|cf\.?)\s+(?:også\s+|og\s+|also\s+)?(?:aktivitet\p{L}*|behandlingsaktivitet\p{L}*|handsamingsaktivitet\p{L}*|behandlinga|behandlingen|handsaminga|the (?:activity|processing(?: activity)?))|(?:behandles|handsamast|handsames|is processed|are processed|is handled|are handled|described|omtalt|beskrevet|skildra)\s+(?:\p{L}+\s+){0,2}?(?:i|in|under)\s+(?:aktivitet\p{L}*|behandlingsaktivitet\p{L}*|handsamingsaktivitet\p{L}*|behandlinga|behandlingen|handsaminga|the (?:activity|processing activity)))(?![\p{L}])`,
  'iu',
);
/**
 * What reaches the controller «through X» or is «sent to us by X» (SOURCE_SAID's last two readings) that is no personal
 * data of others: goods, books, invoices, newsletters, payments, account statements, objects («Fakturaer sendt til oss av
 * leverandører» is the supplier's own invoice, «The newsletter is sent to us by the printer as a PDF proof», «Varene sendes
 * av grossisten», «Kontoutskrifter sendt til oss av banken»: P2's review, session 14; N, session 15).
 */
const NOT_DATA = lazyPattern(
  String.raw`^(?:faktura\p{L}*|invoices?|bills?|regning(?:a|en|er|ar|ene|ane)?|nyhetsbrev\p{L}*|newsletters?|var(?:e|er|ene|ene)|goods|produkt\p{L}*|products?|bok|boka|boken|bøker|bøkene|bøkane|books?|betaling\p{L}*|innbetaling\p{L}*|payments?|kontoutskrift\p{L}*|statements?|gjenstand\p{L}*|objects?|items?|pakk(?:e|en|er|ene|ar|ane)|parcels?|packages?|proofs?|korrektur\p{L}*|leveranse\p{L}*|deliver(?:y|ies)|prislist\p{L}*|materiell\p{L}*|utstyr\p{L}*|equipment|penger|pengar|pengane|pengene|money|funds?|donasjon\p{L}*|donations?|gave|gaver|gåver|gavene|gåvene|gifts?|tilskudd\p{L}*|tilskot\p{L}*)$`,
  'iu',
);
/**
 * What arrives that is data: information, lists, reports, messages, applications, claims, referrals, tips, complaints,
 * cases, documents, names, forms, orders, bookings, enquiries, certificates, records, notices, incidents, results
 * (compounds too: «Bekymringsmeldinger», «Opplysningar», «CV-er»). Another noun (a prize, a catalogue, tickets) names
 * something else; no noun (a pronoun, «De fleste») tells nothing and is read.
 */
const DATA_HEAD = lazyPattern(
  String.raw`^(?:\p{L}*opplysning\p{L}*|\p{L}*data|\p{L}*informasjon\p{L}*|information|details|\p{L}*list(?:e|er|ene|a|ane)?|lists?|\p{L}*rapport\p{L}*|reports?|\p{L}*melding\p{L}*|messages?|notifications?|\p{L}*søknad\p{L}*|applications?|\p{L}*krav(?:et|a|ene|a)?|claims?|\p{L}*henvisning\p{L}*|\p{L}*tilvising\p{L}*|referrals?|cv(?:-?\p{L}+)?|\p{L}*tips(?:et|a|ene)?|tip-offs?|\p{L}*klage\p{L}*|\p{L}*klagar|\p{L}*klager|complaints?|sak(?:er|ene|ane|a|en)?|\p{L}*saker|cases?|\p{L}*dokument\p{L}*|documents?|navn(?:a|ene)?|namn(?:a)?|names?|\p{L}*kopi\p{L}*|cop(?:y|ies)|\p{L}*skjema\p{L}*|forms?|\p{L}*bestilling\p{L}*|orders?|\p{L}*booking\p{L}*|bookings?|\p{L}*reservasjon\p{L}*|reservations?|\p{L}*henvendels\p{L}*|\p{L}*førespurnad\p{L}*|enquir(?:y|ies)|inquir(?:y|ies)|\p{L}*attest\p{L}*|certificates?|\p{L}*erklæring\p{L}*|declarations?|\p{L}*utskrift\p{L}*|transcripts?|\p{L}*journal\p{L}*|records?|\p{L}*varsel|\p{L}*varsl\p{L}*|alerts?|\p{L}*avvik\p{L}*|\p{L}*hendelse\p{L}*|\p{L}*hending\p{L}*|incidents?|\p{L}*resultat\p{L}*|results?|\p{L}*vurdering\p{L}*|assessments?|\p{L}*uttalels\p{L}*|\p{L}*oversikt\p{L}*|\p{L}*bilde\p{L}*|\p{L}*bilete\p{L}*|photos?|pictures?|images?|\p{L}*opptak\p{L}*|recordings?|\p{L}*logg\p{L}*|logs?|files?|\p{L}*fil(?:er|ene|ane)|\p{L}*register\p{L}*|\p{L}*registre)$`,
  'iu',
);
/** Words before the thing or people that arrive: determiners, quantities, auxiliaries («De fleste», «Many of the», «Ein del»). */
const DETERMINER = lazyPattern(
  String.raw`^(?:the|a|an|all|most|many|some|of|our|these|those|de|dei|den|det|ein|en|eit|et|alle|mange|fleste|noen|nokre|nokon|del|våre|vårt|vår|disse|desse|mesteparten|flertallet|fleirtalet)$`,
  'iu',
);
/**
 * People arriving «through X» («Elevane kjem til oss gjennom opptaket i fylkeskommunen», «Lånerne kommer til oss gjennom
 * skolebesøk», «Pasientene kommer til oss gjennom akuttmottaket»): how people find the controller, not data handed over
 * by X (P2's review, session 14). People «sent to us by X» are still read (a referral carries their data).
 */
const PEOPLE = lazyPattern(String.raw`^${PERSON_SUBJECT}$`, 'iu');
/**
 * The person sends what arrives «through X», later in the clause («Søknader kommer inn gjennom Vigilo når foreldrene
 * sender dem», «Bestillinger kommer inn gjennom Vipps når kunden betaler», «where guests fill in their own details»): X
 * is the channel, the person the source (P2's review, session 14).
 */
const PERSON_SENDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|der|hvor|kor|where|when|once|after|etter at|idet|som|who)\s+(?:(?:den|dei|de|the)\s+)?${PERSON_SUBJECT}(?:\s+\p{L}+){0,2}?\s+(?:send\p{L}*|fyll\p{L}*|søk(?:er|jer|te|t)?|betal\p{L}*|pays?|paid|book\p{L}*|bestill\p{L}*|registrer\p{L}*|registers?|registered|meld(?:er|ar|te)|lever(?:er|te)|deliver(?:s|ed)?|submit\p{L}*|fills?|filled|appl(?:y|ies|ied)|signs?|signed|legg(?:er|jer)?\s+inn|skriv\p{L}*|writes?|enters?|entered|upload\p{L}*|laster|lastar)(?![\p{L}])`,
  'iu',
);
/** A preposition or «as», «som» that ends the noun phrase naming X («opptaket i fylkeskommunen», «the printer as a PDF proof»). */
/** A unit of a body at the end of X's own noun phrase: the body follows («the housing office of the municipality»). */
const UNIT_END = lazyPattern(
  String.raw`(?:kontor(?:et|a)?|offices?|avdeling(?:a|en)?|departments?|units?|sections?|seksjon(?:en)?|eining(?:a)?|enhet(?:en)?)$`,
  'iu',
);
const PHRASE_END = lazyPattern(String.raw`\s(?:for|of|on|at|in|with|from|as|acting|working|til|av|på|i|hos|med|fra|frå|som|ved|under|etter)\s`, 'iu');

/**
 * Where the last match of `re` (global) in `s` starts, -1 if none: every start is found, overlapping ones too, so that
 * `re.test(s.slice(p))` is `lastStart(re, s) >= p` wherever the character before `p` is no letter and `re` looks behind
 * no further than that. Read once per clause instead of testing the rest of the clause for each part (quadratic in a long
 * comma list).
 */
function lastStart(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m.index;
    re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return last;
}
const PERSON_SENDS_ALL = lazyPattern(PERSON_SENDS.source, 'giu');

/**
 * A party that sends the controller data, said with the party as the subject («Upper secondary schools that buy the course
 * for their pupils send us the class list with names», «Skulane sender oss klasselista», «Kommunen oversender oss
 * navnelister»: variants-trafikkskole TS25; F6, session 20): the party is a source (Art. 14(2)(f)). Only with a list of
 * people, names, contact or personal details, dates of birth, CVs or referrals sent (not a price list, an invoice, a report
 * or «information about updates»), a party named in the subject's own words before any relative word (a body, school,
 * employer, authority: PARTY on the lower-cased words, or a capitalised name past the first word), no person the record
 * is about in them («Applicants send us their CV», «Foreldra sender oss …»: the person, or their family, as in
 * PERSON_SUBJECT), and no negation between the subject and the data.
 */
const SENDS_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:sends?|sent|forwards?|forwarded|passes\s+on|pass\s+on|sender|sendar|sende|oversender|oversendar|videresender|vidaresender|gir|gjev|gav|ga|gives?|gave|provides?|provided)\s+(?:us|oss)\s+(?:(?!(?:and|og|to|til)\s)[\p{L}'’-]+\s+){0,4}?(?:(?:class|name|participant|pupil|student|member|customer|patient|attendance)\s+lists?|(?:klasse|navne|namne|deltaker|deltakar|deltakar|elev|medlems|kunde|pasient|oppmøte)list\p{L}*|lists?\s+of\s+(?:names|pupils|students|participants|members|learners|candidates|employees)|names|navn(?:a|ene)?|namn(?:a|ene)?|contact\s+details|kontaktinfo\p{L}*|kontaktopplysning\p{L}*|personal\s+(?:data|details|information)|personopplysning\p{L}*|dates?\s+of\s+birth|fødselsdato\p{L}*|fødselsnummer\p{L}*|personnummer\p{L}*|cvs?|referrals?|henvisning\p{L}*|tilvising\p{L}*|${HISTORY}|(?:\p{L}*opplysning(?:er|ar|ene|ane)|informasjon|information|details)\s+${DATA_ABOUT_PERSON})(?![\p{L}])`,
  'iu',
);
const SENDS_STEM = lazyPattern(String.raw`(?:send\p{L}*|forward\p{L}*|pass\p{L}*|gir|gjev|gav|ga|gives?|gave|provides?|provided)\s+(?:us|oss)\s`, 'iu');
/**
 * A credit check of the person («Nye oppdragsgivere kredittvurderes hos et kredittopplysningsbyrå», «we run a credit check
 * on new customers», «vi kredittsjekkar nye kundar»: variants-ika IK91; W14, session 24): a credit check is made from a
 * credit information agency's data (kredittopplysningsloven § 2, § 5), a source other than the person (Art. 14(2)(f)).
 * Not a denied one, the person's own («be om sin egen kredittvurdering», «their own credit score»), nor one of a company.
 */
const CREDIT_CHECKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:kredittvurder(?:e|er|es|ast|ar|t|te|ing|inga|ingen|ingar|inger)?|kredittsjekk(?:e|er|es|ast|ar|et|a|en)?|credit[- ]?check(?:s|ed|ing)?|credit[- ]?vet(?:s|ted|ting)?|credit\s+reports?\s+(?:on|about))(?![\p{L}])`,
  'iu',
);
const NOT_A_PERSONS_CREDIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:bestill\p{L}*|be\s+om|ber\s+om|bed\s+om|order(?:s|ed)?|request(?:s|ed)?|asks?\s+for|asked\s+for|seg\s+sjølv|seg\s+selv|themselves|himself|herself|used\s+to|tidligere|tidlegare|previously|formerly|in\s+the\s+past|før\s+i\s+tida|avvikl\p{L}*|stopped|discontinued|egen|eiga|eigen|eget|own|sin|si|sitt|their|bedrift\p{L}*|foretak\p{L}*|føretak\p{L}*|selskap\p{L}*|compan(?:y|ies)|businesses|leverandør\p{L}*|suppliers?)(?![\p{L}])`,
  'iu',
);
/**
 * A look-up in a named register or at a named body («Vi kontrollerer forskerens tilknytning ved oppslag i Cristin og hos
 * forskningsinstitusjonen», «by a search in the Register of Business Enterprises»: variants-ika IK73; W14, session 24): the
 * register or body named (a capital, or PARTY's words) is where the data come from. Not our own systems or the channel.
 */
const LOOKUP_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:ved|gjennom|etter|through|by|after)\s+(?:et\s+|eit\s+|a\s+|an\s+)?(?:oppslag|søk|lookups?|look-ups?|searche?s?|a\s+search)\s+(?:i|hos|in|on|with)\s+(?:the\s+)?`,
  'iu',
);
/** A credit check (CREDIT_CHECKED) or a look-up at a party (LOOKUP_IN) a part says, not denied: the party named, if any. */
function checkedAt(part: string): string | undefined {
  const c = CREDIT_CHECKED().exec(part);
  if (c !== null && !deniedAt(part, c) && !NEGATION.test(part) && !NOT_A_PERSONS_CREDIT().test(part) && !pastAt(part, c.index)) {
    const at = /(?<![\p{L}])(?:hos|with|through|via|gjennom|by|from|fra|frå)\s+((?:[\p{L}\d'’-]+\s*){1,4})/iu.exec(part.slice(c.index));
    // No party named: the text's own words for the check («kredittvurderes», «credit check»), which name the agency's
    // data and are what a recorded source («Kredittopplysningsbyrå», «Credit information agency») is matched against.
    return at !== null && PARTY().test(at[1]!) ? at[1]!.trim() : c[0];
  }
  const l = LOOKUP_IN().exec(part);
  if (l === null || NEGATION.test(part) || pastAt(part, l.index)) return undefined;
  const named = part
    .slice(l.index + l[0].length)
    .split(/\s+(?:og|and|eller|or)\s+/u)[0]!
    .split(/\s+/u)
    .slice(0, 4)
    .join(' ')
    .trim();
  return !PERSONS_OWN_OR_OURS().test(named) && !CHANNEL().test(named) && PARTY().test(named) ? named : undefined;
}
const checkedElsewhere = (part: string): boolean => checkedAt(part) !== undefined;
const mayCheckElsewhere = { test: (t: string): boolean => mayCredit(t) || mayLookup(t) };
const mayCredit = prefilter(CREDIT_CHECKED);
const mayLookup = prefilter(LOOKUP_IN);
const RELATIVE_WORD = lazyPattern(String.raw`^(?:that|which|who|whose|som|der|when|når|if|dersom|viss|om)$`, 'iu');
const NEGATED_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:not|never|no|none|ikke|ikkje|aldri|ingen|inga|ingenting)(?![\p{L}])`, 'iu');
function partySends(part: string): boolean {
  return partySender(part) !== undefined;
}
/** The party's words (partySends), or undefined. */
function partySender(part: string): string | undefined {
  if (!SENDS_STEM().test(part)) return undefined;
  const m = SENDS_US().exec(part);
  if (m === null || ANONYMOUS().test(part)) return undefined;
  const before = part.slice(0, m.index);
  const words = before.split(/[^\p{L}\d'’-]+/u).filter((w) => w !== '');
  const rel = words.findIndex((w) => RELATIVE_WORD().test(w));
  const head = (rel < 0 ? words : words.slice(0, rel)).filter((w) => !DETERMINER().test(w));
  if (head.length === 0 || head.length > 6 || /^(?:we|vi|me|i|jeg|eg)$/iu.test(head[0]!)) return undefined;
  if (head.some((w) => PEOPLE().test(w))) return undefined;
  if (OUR_OWN().test(words[0] ?? '') || BACKUP_BACK().test(part.slice(m.index).replace(/^\S+\s+(?:us|oss)\s+/iu, ''))) return undefined;
  // Ended («used to send us …, but stopped in 2020»), or someone's choice to ask a party («Owners can ask their insurer to
  // send us the claim form»): N11-style near-wordings, F2, session 26.
  if (CHOICE_TO_ASK().test(before) || pastAt(part, m.index)) return undefined;
  if (!(PARTY().test(head.join(' ').toLowerCase()) || head.slice(1).some((w) => /^\p{Lu}/u.test(w)))) return undefined;
  return NEGATED_WORD().test(part.slice(0, m.index + m[0].length)) ? undefined : head.join(' ');
}

/**
 * The V2 order of a Norwegian main clause: where the clause opens with an adverbial (a phrase of time or place, «Fram til
 * 2022», «I slike saker», «Hvert år», «Deretter»), the verb comes second and its subject right after it («Fram til 2022 ba
 * kommunen årlig om skatteopplysninger»: the municipality asked; no party asked is named). SOURCE_SAID's «ber X om»
 * reading then took the subject for X (N8's review, v11, v67, 2026-12-02). Read only for «ber», «bed», «ba», «spør»,
 * «spurte» after such an opening: the first noun phrase after the verb (a pronoun, or a noun with a determiner before it)
 * is the subject, and only a party named after it is asked («I slike saker ber saksbehandleren politiet om opplysninger»
 * still names the police). English keeps the subject before the verb and is not read here.
 */
const FRONTED = lazyPattern(
  String.raw`^(?:(?:og|men|så)\s+)?(?:(?:fram|frem|inntil|til|før|etter|i|under|ved|på|fra|frå|siden|sidan|sia|gjennom|om|hvert|kvart|kvar|hver|each|every)\s+[^,;:]*|deretter|derfor|da|så|nå|no|tidligere|tidlegare|årlig|årleg|ofte|dessuten|også|òg|i\s+tillegg)$`,
  'iu',
);
const SUBJECT_IN_OPENING = lazyPattern(String.raw`(?<![\p{L}])(?:vi|me|jeg|eg|de|dei|han|hun|ho|den|det)(?![\p{L}])`, 'iu');
const NO_ASK_VERB = lazyPattern(String.raw`^(?:ber|bed|ba|spør|spurte)(?![\p{L}])`, 'iu');
const SUBJECT_DETERMINER = lazyPattern(String.raw`^(?:den|det|dei|de|vår|vårt|våre|denne|dette|hver|kvar)$`, 'iu');
const ASK_ADVERB = lazyPattern(
  String.raw`^(?:årlig|årleg|også|òg|dessuten|alltid|ofte|jevnlig|jamleg|regelmessig|rutinemessig|hvert|kvart|kvar|år|måned|månad|gang|gong|da|derfor|likevel|ikke|ikkje)$`,
  'iu',
);
function askedIsSubject(opening: string, said: string, asked: string): boolean {
  if (!NO_ASK_VERB().test(said)) return false;
  const before = opening.trim();
  if (before === '' || !FRONTED().test(before) || SUBJECT_IN_OPENING().test(before.replace(/^(?:og|men|så)\s+/iu, ''))) return false;
  const words = asked.trim().split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && SUBJECT_DETERMINER().test(words[i]!)) i++;
  const rest = words.slice(i + 1).filter((w) => !ASK_ADVERB().test(w));
  return !PARTY().test(rest.join(' '));
}
/**
 * A past practice of obtaining data said to have ended, its data deleted («Fram til 2022 ba kommunen årlig om
 * skatteopplysninger …; den praksisen er avsluttet, og opplysningene er slettet», «Until 2022 we asked the tax
 * authority for …; the practice has ended and the data have been deleted»): no data held from that source, none for the
 * notice to trace (Art. 14(2)(f) speaks of the data held). Only with the past in the clause (PAST_MARK), a verb of getting
 * or asking in the past in the part, an end said in the text or a year bounding the clause, deletion said, and nothing
 * that goes on («fortsatt», «still»; «nå», «now» in the clause). Data got then and still kept stay read.
 */
const SOURCE_PAST_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:ba|bad|spurte|henta|hentet|hentede|innhenta|innhentet|fikk|fekk|mottok|tok\s+imot|kjøpte|sendte|gav|ga|sent|gave|passed|handed|forwarded|provided|supplied|reported|asked|requested|obtained|received|collected|fetched|got|bought|gathered|kredittsjekket|kredittsjekka|(?:credit|background)[-\s]checked|ran\s+(?:a\s+)?(?:credit|background)[-\s]checks?)(?![\p{L}])`,
  'iu',
);
const SOURCE_ENDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:praksis(?:en)?|ordning(?:en|a)?|practice|scheme|arrangement)\s+(?:\p{L}+\s+){0,3}?(?:avsluttet|avslutta|stanset|stansa|stoppet|stoppa|avviklet|avvikla|lagt\s+ned|ended|stopped|discontinued|abandoned))(?![\p{L}])`,
  'iu',
);
const DATA_DELETED = lazyPattern(String.raw`(?<![\p{L}])(?:slettet|sletta|slettede|deleted|erased|destroyed|makulert|makulerte)(?![\p{L}])`, 'iu');
/** A year the past verb happened in («sent us … in 2019»). */
const YEAR_IN = lazyPattern(String.raw`(?<![\p{L}])(?:in|i|during|under)\s+(?:19|20)\d\d(?![\d])`, 'iu');
function sourceEndedAndDeleted(text: string, clause: string, part: string): boolean {
  if (!SOURCE_PAST_VERB().test(part)) return false;
  // What the text and the clause say, read once for the clause's parts (a clause of thousands of parts was read whole for each).
  if (text !== endedText || clause !== endedClause) {
    endedText = text;
    endedClause = clause;
    endedSaid =
      (PAST_MARK().test(clause) || YEAR_IN().test(clause)) &&
      (ENDED().test(text) || SOURCE_ENDED().test(text) || YEAR_BOUND().test(clause)) &&
      DATA_DELETED().test(text) &&
      !GOES_ON().test(text) &&
      !NOW().test(clause);
  }
  return endedSaid;
}
let endedText: string | undefined;
let endedClause: string | undefined;
let endedSaid = false;

/**
 * A source read by the shared clause reader (check/clause.ts): a party the controller gets data from in words SOURCE_SAID
 * does not know («hentar vi den nye adressa frå eit privat firma», «innhenter … fra arbeidsgiver- og arbeidstakerregisteret»,
 * «tar kontakt med tidligere arbeidsgivere», «ringjer tidlegare arbeidsgivarar», «we get in touch with people around them
 * (the workplace, family members, neighbours)», «går gjennom det søkeren har lagt ut i sosiale medier»). Not denied, not
 * past, not a choice («kan be om», «may ask»), not where the person acts; the party a body (PARTY), a register outside
 * (OUTSIDE_REGISTER), the people around the person (OTHERS_AROUND), or social media for what the person posted; not a
 * channel, the person, the controller's own (CHANNEL, SELF, PERSONS_OWN_OR_OURS, OWN_GENITIVE, REFERENCE_WORK).
 */
const OTHERS_AROUND = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:tidligere|tidlegare|former|previous)\s+(?:arbeidsgiv\p{L}*|arbeidsgjevar\p{L}*|employers?|oppdragsgiv\p{L}*)|people\s+around|folk\s+rundt|workplace|arbeidsplass(?:en)?|family\s+members|familie(?:n|medlem\p{L}*)?|neighbours?|neighbors?|nabo(?:er|ar|ane|ene|en)?|slekt\p{L}*)(?![\p{L}])`,
  'iu',
);
const SOCIAL_SITE = lazyPattern(
  String.raw`^(?:(?:i|in|on|på)\s+)?(?:sosiale\s+medi\p{L}*|social\s+media|linkedin|facebook|instagram|tiktok|x|twitter)(?![\p{L}])`,
  'iu',
);
const PERSON_POSTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:søker(?:en|ne)?|søkjar(?:en|ane)?|applicants?['’]?s?|candidates?['’]?s?|kandidat\p{L}*|profil\p{L}*|profiles?|accounts?|kontoen\p{L}*|navn(?:et|a|ene)?|namn(?:et|a)?|names?)(?![\p{L}])`,
  'iu',
);
const CONTACT_VERB = lazyPattern(String.raw`^(?:kontakt|contact|tar\s+kontakt|tek\s+kontakt|ta\s+kontakt|get|gets|ring)`, 'iu');
const RECEIVE_START = lazyPattern(String.raw`^(?:får|fær|fikk|fekk|mottar|mottek|tar\s+imot|tek\s+imot|receive|receives|received|gets|got)(?![\p{L}])`, 'iu');
const WE_GIVER = lazyPattern(String.raw`^$|(?<![\p{L}])(?:vi|we|me)$`, 'iu');
/**
 * Anything said about the person (session 40, R34, variants-sameting SM43, lading EV38's class): «uttalelser om søkeren»,
 * «fråsegner om søkjaren», «household income bands about our members», «comments on the pupil»: a noun, then «om», «about»,
 * «on», «regarding» and a word of the people a record is about. What is about a person is their data.
 */
const ABOUT_THE_PERSON = String.raw`\p{L}{3,}\s+(?:om|about|on|regarding|concerning)\s+(?:(?:the|each|every|our|their|den|det|dei|de|hver|kvar|alle|all|våre|vår)\s+){0,2}(?:${PERSON_NOUN}|kunde(?:ne|ar|ane)|medlem(?:mer|mene|a|ane)|ansatt\p{L}*|tilsett\p{L}*|students?|deltak(?:er|ar)\p{L}*|participants?|kandidat\p{L}*|candidates?|leietak\p{L}*|tenants?|people)(?![\p{L}])`;
const GOT_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|\p{L}*informasjon|information|\p{L}*data|details|\p{L}*adress\p{L}*|address\p{L}*|navn\p{L}*|namn\p{L}*|names?|\p{L}*list(?:e|a|en|er|ene|ane|s)?|\p{L}*attest\p{L}*|certificates?|\p{L}*erklæring\p{L}*|records?|\p{L}*journal\p{L}*|\p{L}*melding\p{L}*|reports?|\p{L}*rapport\p{L}*|\p{L}*nummer|numbers?|results?|\p{L}*resultat\p{L}*|\p{L}*krav(?:et|a|ene)?|claims?|\p{L}*historikk\p{L}*|(?:payment|credit|medical|case)\s+histor(?:y|ies)|credit\s+(?:ratings?|scores?)|\p{L}*kredittvurdering\p{L}*|(?:\p{L}*oversikt(?:a|en|ar|er)?|overviews?|logg(?:en|ar|er)?|logs?)\s+(?:over|of)\s+(?:\p{L}+\s+){0,2}?(?:utrykking\p{L}*|utrykning\p{L}*|call-?outs?|hendels\p{L}*|hending\p{L}*|incidents?|episod\p{L}*|sakene|saker|cases|besøk(?:a|ene)?|visits)|(?:ratings?|scores?|assessments?|evaluations?|references?|\p{L}*vurdering(?:a|en|ar|er|ane|ene)?|referanse(?:n|ar|er)?)\s+(?:of|on|av|om)\s+(?:(?:each|every|the|a|an|new|kvar|hver|den|det|nye?)\s+){0,2}?\p{L}+|${ABOUT_THE_PERSON})(?![\p{L}])`,
  'iu',
);
const TO_TELL = lazyPattern(
  String.raw`(?<![\p{L}])(?:for\s+å\s+(?:fortelje|fortelle|varsle|seie|si|informere|avtale|gi\s+beskjed)|to\s+(?:tell|inform|notify|warn|arrange|agree|let)|om\s+(?:støy|arbeid)|(?:ber|bed|asks?)\s+(?:om\s+det|us\s+to)|at\s+the\s+\p{L}+['’]s\s+request)(?![\p{L}])`,
  'iu',
);
/** A company's data («the supplier's organisation number»): no personal data. */
const COMPANY_DATA = lazyPattern(
  String.raw`organi[sz]ation\s+number|organisasjonsnummer\p{L}*|org\.?\s*nr|foretaksnummer\p{L}*|supplier['’]s|leverandørens|firmaets|company['’]s`,
  'iu',
);
const OWN_WORK_LIST = lazyPattern(
  String.raw`^(?:(?:the|our|own|våre|vår|vårt|egne|eigne|dei|de|den)\s+)*(?:timelist\p{L}*|timesheets?|time\s+sheets?|vaktplan\p{L}*|vaktlist\p{L}*|rotas?|turnus\p{L}*|arbeidsplan\p{L}*|lønnslist\p{L}*|lønslist\p{L}*|payroll)(?![\p{L}])`,
  'iu',
);
const CHECK_START = lazyPattern(String.raw`^(?:sjekk|check|review)`, 'iu');
const GET_START = lazyPattern(String.raw`^(?:hent|innhent|obtain|collect|retriev|fetch|kjøp|buy|bought)`, 'iu');
const MAY_GET_CLAUSE = { test: (t: string): boolean => clauseFacts(t).length > 0 };
/** Only the person acting by choice (a modal, or the person fetching or buying their own): a person who receives keeps SOURCE_SAID's own guards (its own document from the doctor vs. staff who receive sick notes: X2, session 20). */
function onlyChosenGetting(part: string): boolean {
  const gets = clauseFacts(part).filter((f) => f.kind === 'get');
  return gets.length > 0 && gets.every((f) => f.modal || (f.personActs && !RECEIVE_START().test(f.verb)));
}
/**
 * A party that gives the controller data, the party as the subject and «us», «oss» as the first object («a credit reference
 * agency gives us the correct address», «the police give us the name and phone number of …», «Landlords and housing
 * cooperatives also give us their tenants' mobile numbers», «A data broker supplies us, for a fee, with the current
 * address …», «Claim agencies acting for passengers pass us many of the claims, with the passenger's details», «skolene,
 * som kjøper kurs til elevene sine, gir oss klasselisten med navn»: variants-paraphrase4 PD038, PD042, PD046, PD050, PD053,
 * PD056, PD058; F2, session 26). The clause reader takes a later «to», «til», «for», «med» for the receiver there; the
 * source is the subject. Only with data after «us» (GOT_DATA), a party for the subject (PARTY, OTHERS_AROUND), not the
 * person, the controller, a channel or its own; not denied, past or a choice. The subject is read back to the last comma
 * that does not close a relative clause («Videregående skoler som kjøper …, gir oss»).
 */
/**
 * The controller named as the receiver instead of «us», «oss»: a unit of its own in the definite singular («Politiet og
 * barnevernstjenesten gir teamet opplysninger», «the police give the team …») or its kind («Politiet gir kommunen ei
 * oversikt over utrykkingane», «the municipality»: variants-paraphrase5 PE037, variants-paraphrase4 PD040). Read by
 * givenToUs; notice-source keeps a kind only where the controller's name is of that kind (`givenReceiver`).
 */
// Not the English «the service», «the company», «the office»: «provides the service», «sends the company's …» are common
// words of other facts, and each let a text through textProse's gate (MAY_GIVE_US).
const OWN_RECEIVER = String.raw`teamet|the\s+team|avdelinga|avdelingen|kontoret|tenesta|tjenesten|eininga|enheten|kommunen|fylkeskommunen|the\s+municipality|the\s+council|etaten|direktoratet|skulen|skolen|the\s+school|barnehagen|legevakta|legevakten|klinikken|senteret|sjukehuset|sykehuset|the\s+hospital|selskapet|foreninga|foreningen|klubben`;
const GIVES_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:give|gives|gave|giving|gir|gjev|gav|ga|supply|supplies|supplied|provide|provides|provided|pass|passes|passed|hand|hands|handed|send|sends|sent|sender|sendar|forward|forwards|forwarded|videresender|vidaresender|oversender|oversendar|leverer|leverar|forsyner|tell|tells|told|fortel|forteller|fortel|fortell)\s+(?:(?:also|også|òg|then|da|så|every\s+\p{L}+|kvar\s+\p{L}+|hver\s+\p{L}+)\s+)?(us|oss|${OWN_RECEIVER})(?![\p{L}])\s*(?:,[^,]{1,40},\s*)?(?:(?:also|også|òg)\s+)?(?:with\s+|med\s+)?`,
  'iu',
);
const MAY_GIVE_US = prefilter(GIVES_US);
const RELATIVE_INSERT_END = lazyPattern(String.raw`(?<![\p{L}])(?:som|who|which|that)\s[^,]*,\s*$`, 'iu');
const CHOICE_TO_ASK = lazyPattern(
  String.raw`(?<![\p{L}])(?:kan|may|can|could|kunne)\s+(?:\p{L}+\s+)?$|(?<![\p{L}])(?:kan|may|can|could|kunne)\s+(?:\p{L}+\s+){0,2}?(?:ask|request|be|bede|få)\s`,
  'iu',
);
const OUR_OWN = lazyPattern(String.raw`^(?:our|vår|våre|vårt|own|egne|eigne)(?![\p{L}])`, 'iu');
/** Our own branch or office («The Fjellvei branches», «Hovedkontoret vårt»), and only a count («only the number of …»). */
const OWN_BRANCH = lazyPattern(
  String.raw`(?<![\p{L}])(?:branch(?:es)?|avdeling(?:en|ane|ene|ar|er)?|hovedkontor(?:et)?|hovudkontor(?:et)?|head\s+office|vår|vårt|våre|our)(?![\p{L}])`,
  'iu',
);
const COUNT_ONLY = lazyPattern(
  String.raw`^\s*(?:(?:only|bare|berre|kun)\s+)?(?:the\s+|an?\s+)?(?:total\s+)?(?:number|antall|talet|tall(?:et)?)(?![\p{L}])`,
  'iu',
);
/** The giver's own data («its invoice address», «navnet på kontaktpersonen sin»), or data denied («not names»). */
const ITS_OWN = lazyPattern(
  String.raw`^\s*(?:(?:only|bare|berre|kun)\s+)?(?:its|sin|si|sitt|sine)\s|kontaktperson\p{L}*|contact\s+persons?|(?<![\p{L}])(?:not|no|ikke|ikkje|uten|utan|without|ingen|inga)\s+(?:\p{L}+\s+)?(?:names?|navn|namn|\p{L}*opplysning\p{L}*|informasjon|information|data|details)(?![\p{L}])`,
  'iu',
);
const BACKUP_BACK = lazyPattern(
  String.raw`^\s*(?:(?:a|an|the|en|ei|ein|et|eit|nightly|daily)\s+)?(?:sikkerhetskopi\p{L}*|tryggingskopi\p{L}*|reservekopi\p{L}*|back-?ups?)(?![\p{L}])`,
  'iu',
);
/** A phrase's first four words but its determiners («the», «dei», «vår»): what the party readers test a party's kind on. */
const phraseHead = (phrase: string): string =>
  phrase
    .split(/\s+/u)
    .filter((w) => !DETERMINER().test(w))
    .slice(0, 4)
    .join(' ');
export function givenToUs(part: string): string | undefined {
  if (!MAY_GIVE_US(part)) return undefined;
  const m = GIVES_US().exec(part);
  if (m === null) return undefined;
  const after = part.slice(m.index + m[0].length);
  let before = part.slice(0, m.index);
  // «X, som/who …, gir oss»: the subject is X, before the relative clause.
  const rel = RELATIVE_INSERT_END().exec(before);
  if (rel !== null) before = before.slice(0, rel.index).replace(/\s*,?\s*$/u, '');
  const giver = before
    .split(/[,;:]\s*(?=[^,;:]*$)/u)
    .pop()!
    .replace(/(?<![\p{L}])(?:also|også|òg|then|da|så|often|ofte|sometimes|av\s+og\s+til|every\s+\p{L}+|kvar\s+\p{L}+|hver\s+\p{L}+)\s*$/iu, '')
    .replace(/^\s*(?:og|and|men|but)\s+/iu, '')
    .trim();
  if (NEGATION.test(`${before} ${m[0]} ${after.split(/\s+/u).slice(0, 3).join(' ')}`) || pastAt(part, m.index)) return undefined;
  // A choice («kan», «may»), also the person's asking a party to send («Owners can ask their insurer to send us the form»).
  if (CHOICE_TO_ASK().test(part.slice(0, m.index))) return undefined;
  // The controller named (not «us»): only with a person's data handed, not a report or an overview of a thing («The supplier
  // gives the company a report on the broken lift», «Utdanningsdirektoratet gir skolen en oversikt over gjennomsnittskarakterer»:
  // N13's review).
  if (!/^(?:us|oss)$/iu.test(m[1]!) && !PERSONS_DATA().test(after)) return undefined;
  // The controller named after the verb of a sentence that opens with an adverbial is its subject (V2: «Før bosetting sender
  // direktoratet IMDi de opplysningene …» — the directorate sends; variants-innvandring's clean base), not a receiver.
  if (!/^(?:us|oss)$/iu.test(m[1]!) && FRONTED_ADVERBIAL().test(giver)) return undefined;
  return partyGaveUs(giver, after, part);
}
const FRONTED_ADVERBIAL = lazyPattern(
  String.raw`^(?:før|etter|under|ved|i|på|når|om|hvis|dersom|kvart|hvert|kvar|hver|deretter|seinare|senere|først|så|da|no|nå|ofte|alltid|vanlegvis|vanligvis|til\s+slutt|before|after|during|when|if|each|every|then|later|first|often|always|usually)(?![\p{L}])`,
  'iu',
);
const PERSONS_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|personal\s+(?:data|details|information)|information\s+(?:about|on)|informasjon\s+om|navn\p{L}*|namn\p{L}*|names?|\p{L}*adress\p{L}*|address(?:es)?|fødselsnummer\p{L}*|personnummer\p{L}*|utrykking\p{L}*|utrykning\p{L}*|call-?outs?|hendels\p{L}*|hending\p{L}*|incidents?|journal\p{L}*|medical\s+records?|\p{L}*attest\p{L}*|\p{L}*kreditt\p{L}*|credit\s+\p{L}+|\p{L}*historikk\p{L}*)(?![\p{L}])`,
  'iu',
);
/** The receiver givenToUs read («us», «oss», or the controller named: OWN_RECEIVER), where it reads a party giving data. */
export function givenReceiver(part: string): string | undefined {
  if (givenToUs(part) === undefined) return undefined;
  return GIVES_US().exec(part)?.[1];
}
/**
 * Whether `giver` is a party that hands us someone's data (`after`: what is handed), the guards of givenToUs: data named,
 * someone's (data-got.ts), not our own, a count, a backup, the person themself, a channel, or the people the record is about.
 */
function partyGaveUs(giver: string, after: string, part: string): string | undefined {
  if (!GOT_DATA().test(after.split(/(?<![\p{L}])(?:so\s+that|slik\s+at|for\s+å|in\s+order|to\s+(?!us)\p{L}+)(?![\p{L}])/iu)[0]!)) return undefined;
  // What is handed must be someone's data, as notice-source reads it (data-got.ts): a price list, guidance or totals are not
  // («The supplier sends us the price list every spring»: s20-f6).
  if (!personDataGotOnce(after, '')) return undefined;
  if (giver === '' || /(?<![\p{L}])(?:we|vi|me|you|du|dere|de|dei|they|he|she|han|hun|ho|it|den|det)$/iu.test(giver)) return undefined;
  // Our own («Our regional coordinators», «Our other clinic»), our own data back («sends us a backup of the records»), or the
  // person acting themself later («… only when the volunteer applies for it themselves»): N12's review, session 26.
  if (
    OUR_OWN().test(giver) ||
    OWN_BRANCH().test(giver) ||
    ANONYMOUS().test(part) ||
    COUNT_ONLY().test(after) ||
    ITS_OWN().test(after) ||
    BACKUP_BACK().test(after) ||
    /(?<![\p{L}])(?:themselves|himself|herself|sjølv|selv|sjøl)(?![\p{L}])/iu.test(after)
  )
    return undefined;
  const head = phraseHead(giver);
  if (
    PEOPLE().test(head) ||
    PEOPLE().test(giver) ||
    CHANNEL().test(head) ||
    SELF().test(head) ||
    PERSONS_OWN_OR_OURS().test(head) ||
    OWN_GENITIVE().test(giver)
  )
    return undefined;
  // Timesheets of the temps a party hires out to us are our working records (lawful-wordings-s22-n w105).
  if (/^\s*(?:the\s+|dei\s+|de\s+)?(?:timelist\p{L}*|timesheets?|time\s+sheets?)(?![\p{L}])/iu.test(after)) return undefined;
  return PARTY().test(giver) || OUTSIDE_REGISTER().test(head) || OTHERS_AROUND().test(giver) || tradeSource(giver) ? giver : undefined;
}
/**
 * A party that gives data «to us», «til oss» after the data («The laboratory reports the results back to us», «Banken sender
 * kontoutskriftene til oss»), or in a relative clause on the party («… by the toxicology laboratory at Haukeland University
 * Hospital, which reports the results back to us»: variants-paraphrase5 PE030): the clause reader's give fact with «us» as
 * the receiver, the giver the relative's antecedent (the words before «, which», «, som» after their last preposition of
 * agency or origin). The guards of givenToUs (partyGaveUs).
 */
const FOR_US_INSERT = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|which|that)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:for\s+oss|for\s+us|on\s+our\s+behalf|på\s+vegne\s+av\s+oss|på\s+våre\s+vegne|på\s+vegner\s+av\s+oss)(?![\p{L}])`,
  'iu',
);
const TO_US = lazyPattern(String.raw`^(?:us|oss)$`, 'iu');
const RELATIVE_GIVER = lazyPattern(String.raw`,\s*(?:which|who|that|som|der)\s*$`, 'iu');
const AGENT_PREP = lazyPattern(String.raw`(?<![\p{L}])(?:by|av|from|fra|frå|with|med|to|til|for)\s+`, 'giu');
function gaveToUs(f: ClauseFact): string | undefined {
  // Only «to us», «til oss» after the data: «us» as the first object is givenToUs's («X sends us …»), with its guards.
  if (f.kind !== 'give' || f.voice !== 'active' || !/^(?:to|til)$/iu.test(f.prep) || !TO_US().test(f.party.trim())) return undefined;
  if (f.negated || f.past || f.modal || f.personActs || /^\s*(?:us|oss)(?![\p{L}])/iu.test(f.thing)) return undefined;
  let giver = f.giver.trim();
  const before = f.clause.slice(0, f.clause.indexOf(f.verb)).trimEnd();
  // A choice to ask a party to send («The employer may ask the laboratory to send the results to us»), or a party working for
  // us that returns our own work («Regnskapsføreren, som fører regnskapet for oss, sender rapportene tilbake til oss»: N13).
  if (CHOICE_TO_ASK().test(`${before} `) || FOR_US_INSERT().test(before)) return undefined;
  const rel = RELATIVE_GIVER().exec(before);
  if (rel !== null) {
    const np = before.slice(0, rel.index);
    const p = [...np.matchAll(AGENT_PREP())].pop();
    giver = (p === undefined ? np.split(/[,;:]/u).pop()! : np.slice(p.index + p[0].length)).trim();
  }
  return partyGaveUs(giver, f.thing, f.clause);
}
const PAST_VERB_ADVERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:fekk|fikk|mottok|henta|hentet|innhenta|innhentet|kjøpte|received|obtained|got|fetched|collected|retrieved|bought)\s+(?:\p{L}+\s+)?(?:tidlegare|tidligere|previously|formerly|før)(?![\p{L}])|(?<![\p{L}])(?:tidlegare|tidligere|previously|formerly)\s+(?:\p{L}+\s+)?(?:fekk|fikk|mottok|henta|hentet|innhenta|innhentet|kjøpte|received|obtained|got|fetched|collected|retrieved|bought)(?![\p{L}])`,
  'iu',
);
const STILL_KEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:fortsatt|framleis|fremdeles|still|remains?|beholder|beheld|kept\s+(?:on|for))\s+(?:\p{L}+\s+){0,2}?(?:lagret|lagra|oppbevart|oppbevara|kept|stored|held|retained|i\s+arkivet|in\s+the\s+archive)(?![\p{L}])|(?<![\p{L}])(?:is|are|er|blir|vert)\s+(?:still|fortsatt|framleis|fremdeles)\s+(?:kept|stored|held|retained|lagret|lagra|oppbevart)(?![\p{L}])`,
  'iu',
);
/** Our own register with the possessive after the noun («i medlemsregisteret vårt»): DETERMINER drops «vårt» from the head. */
const OURS_AFTER_NOUN = lazyPattern(String.raw`^\s*(?:\p{L}+\s+){1}(?:vår|vårt|våre)(?![\p{L}])`, 'iu');
export function clauseSource(part: string): string | undefined {
  return givenToUs(part) ?? clauseFactSource(part);
}
/**
 * A fact of the clause reader that may name a source (textProse's gate): a getting not by a verb of checking or reviewing
 * (those are SOURCE_SAID's, gated by its own words; clauseFactSource skips them), or a giving «to us».
 */
const sourceFact = (f: ClauseFact): boolean => (f.kind === 'get' && !CHECK_START().test(f.verb)) || (f.kind === 'give' && TO_US().test(f.party.trim()));
/**
 * A source the clause reader found in a clause, and no «selv», «sjølve», «themselves» after it: «Timelistene blir henta frå
 * Visma, der dei tilsette sjølve fører timane» is the staff's own entry (as SOURCE_SAID's matches read it; R9's taken-from
 * facts, session 32).
 */
function selfNotAfter(clause: string, party: string | undefined): boolean {
  if (party === undefined) return false;
  const at = clause.indexOf(party);
  if (at < 0) return true;
  // «selv om», «sjølv om», «selv når»: «even if», no one doing it themself (variants-paraphrase2 PB057); «ikke selv», «not
  // themselves»: the person cannot, someone else does (session 38, R28: «hentes fra kjernejournalen når pasienten ikke selv
  // kan gjøre rede for …»).
  const read = CONCESSIVE().test(clause) ? clause.replace(CONCESSIVE_ALL(), (m) => ' '.repeat(m.length)) : clause;
  return lastSelfIn(read) < at + party.length;
}
const CONCESSIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:selv|sjølv|sjøl)\s+(?:om|når|hvis|viss|dersom)|(?:ikke|ikkje|not)\s+(?:selv|sjølv|sjøl|themselves|himself|herself))(?![\p{L}])`,
  'iu',
);
const CONCESSIVE_ALL = lazyPattern(CONCESSIVE.source, 'giu');
/** PAST_VERB_ADVERB on a clause, kept for the last clause (asked once per fact of a clause that may have thousands). */
const pastByAdverb = lastText((clause: string): boolean => PAST_VERB_ADVERB().test(clause));
/** clauseSource without givenToUs: the clause reader's facts alone. */
function clauseFactSource(part: string): string | undefined {
  if (!MAY_GET_CLAUSE.test(part)) return undefined;
  for (const f of clauseFacts(part)) {
    // A party that sends data «to us» (gaveToUs): «The laboratory reports the results back to us», «…, which sends them to us».
    if (f.kind === 'give') {
      const gave = gaveToUs(f);
      if (gave !== undefined) return gave;
      continue;
    }
    if (f.kind !== 'get' || f.negated || f.past || f.modal || f.personActs) continue;
    // A participle before its noun, with no subject at all («settlement amounts, collected claims, advances) is kept in client
    // bank accounts»: variants-advokat's clean base): an adjective, not a verb of getting.
    if (f.voice === 'active' && f.giver.trim() === '' && /^(?:\p{L}+ed|bought)$/iu.test(f.verb.trim())) continue;
    // «Vi fekk tidlegare opplysningar frå …»: the past by an adverb (lawful-wordings-s21-f w078).
    if (pastByAdverb(f.clause)) continue;
    const party = f.party.trim();
    const head = phraseHead(party);
    if (
      head === '' ||
      CHANNEL().test(head) ||
      SELF().test(head) ||
      PERSONS_OWN_OR_OURS().test(head) ||
      OWN_GENITIVE().test(party) ||
      OURS_AFTER_NOUN().test(party) ||
      referenceWorkWays.test(head)
    )
      continue;
    // Contacting or calling people: only the people around the person (former employers, family, neighbours), not a body
    // the controller checks a fact with («kontakter vi arbeidsgiver … for å kontrollere oppmøte»).
    if (CONTACT_VERB().test(f.verb)) {
      // To tell or arrange something («for å fortelje at …», «to arrange the date»), or at the person's own request: no data got.
      if (OTHERS_AROUND().test(party) && !TO_TELL().test(f.clause)) return party;
      continue;
    }
    // Received: only by us («Vi får …», «we receive …»), and only data (not help: «Vi får hjelp frå Statsforvaltaren»);
    // the person receiving a certificate from their doctor is no source of ours.
    // The object first and «vi» after the verb («Mange krav får vi fra kravselskaper …»: variants-paraphrase4 PD054): the
    // clause reader takes the object for the subject.
    const inverted = /^\s*(?:vi|me)(?![\p{L}])/iu.test(f.thing);
    const thing = inverted ? `${f.giver} ${f.thing}` : f.thing;
    if (RECEIVE_START().test(f.verb) && (!WE_GIVER().test(inverted ? 'vi' : f.giver) || !GOT_DATA().test(thing))) continue;
    // «looks up … from X»: English looks up «in» a register; «from» names what was looked up (lu83 of session 21).
    if (/^look/iu.test(f.verb) && f.prep === 'from') continue;
    // Checks and reviews are SOURCE_SAID's (its guards for one's own lists, the person's own documents); what is fetched,
    // obtained or bought must be data («henter varene fra grossisten», «the portal was bought from a British company»).
    if (CHECK_START().test(f.verb)) continue;
    if (GET_START().test(f.verb) && !GOT_DATA().test(f.thing) && !/(?<![\p{L}])(?:hvem|kven|who|hvor|kor|where)(?![\p{L}])/iu.test(f.thing)) continue;
    // People the person named («referansar frå dei søkjaren har oppgitt»): the person's own choice of source.
    if (/(?<![\p{L}])(?:oppgitt|oppgjeve|oppgitte|given|named|listed|nominated)(?![\p{L}])/iu.test(party)) continue;
    if (COMPANY_DATA().test(f.thing)) continue;
    // Looking at or going through: only a social site is read («Vi ser på timelistene i Visma sammen med den ansatte»).
    if (/^(?:ser|går|go|goes)(?![\p{L}])/iu.test(f.verb) && !SOCIAL_SITE().test(party)) continue;
    if (SOCIAL_SITE().test(party)) {
      if (PERSON_POSTED().test(f.thing)) return party;
      continue;
    }
    if (PARTY().test(party) || OUTSIDE_REGISTER().test(head) || OTHERS_AROUND().test(party)) return party;
    // A party known only by its word's shape (source-party.ts): only where what is got is someone's data, not labels or price
    // lists («Vi kjøper adresseetikettar frå trykkeriet», «henter prislister fra grossistene»: s21-f lawful wordings).
    if (outsideSource(party) && OUTSIDE_GOT().test(`${thing} ${f.clause}`.replace(NOT_DATA_THING(), ' ')) && personDataGotOnce(thing, '')) return party;
    // A firm or a company named by its kind («kjøper vi oppdatert adresse … fra et firma som selger adresseopplysninger»,
    // «Mange krav får vi fra kravselskaper»: variants-paraphrase4 PD041, PD054): a party only where data is got from it, not
    // power or goods «frå kraftselskapet» (SELLER).
    if (DATA_FIRM().test(head) && GOT_DATA().test(thing)) return party;
  }
  return undefined;
}
const DATA_FIRM = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}+selskap\p{L}*|firma(?:et|er|ene|a|ane)?|firms?|compan(?:y|ies)|bedrift(?:a|en|er|ene|ar|ane)?|\p{L}+byrå(?:et|a|er|ene|ane)?|vendors?|providers?)(?![\p{L}])`,
  'iu',
);
/**
 * Others asked in the passive, the party the subject («Neighbours and the home care service are asked who the deceased's
 * family were», «Ansatte hos oppdragsgiverne … blir også bedt om å vurdere hver ny tolk», «Naboane blir spurde om kven som
 * er pårørande», «Tidlegare arbeidsgivarar vert bedne om ein referanse på søkjaren»: variants-paraphrase5 PE032, PE043):
 * what they answer is data about the person (Art. 14(2)(f)). Only with what they are asked naming the person or their
 * family (ABOUT_FAMILY, ABOUT_PERSON), an assessment of someone («om å vurdere hver ny tolk», «to assess each new
 * interpreter»), or data; the subject a party (PARTY, OTHERS_AROUND), not the person, us, a channel. And others who call or
 * contact us with what they tell about the person («Relatives sometimes call us with concerns about a player's gambling»,
 * «Når pårørande ringjer til oss fordi dei er uroa for spelinga til ein spelar, skriv vi ned det dei fortel»: PE041, PE042):
 * only the people around the person (OTHERS_AROUND, relatives), with a concern or what they tell written down.
 */
const ASKED_PASSIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:are|is|were|was|blir|vert|er|vart|blei|ble|get|gets)\s+(?:(?:also|også|òg|then|da|så|often|ofte|sometimes|av\s+og\s+til|regularly|always|alltid|first|først|each\s+time|every\s+time)\s+)?(?:asked|bedt|bedne|beden|spurt|spurd|spurde|spurte)|bes|spørres|spørjast)\s+(?:(?:om|for)\s+(?:\p{L}+(?:['’]s?)?\s+){0,2}?(?:\p{L}*opplysning\p{L}*|informasjon\p{L}*|information|data|details|records?|\p{L}*attest\p{L}*|${HISTORY})|(?:for|om)\s+(?:(?:their|its|an?|deira|deres|sin|si|sitt|ei|en|ein)\s+)?(?:assessments?|evaluations?|appraisals?|references?|vurdering(?:a|en|ar|er)?|evaluering(?:a|en|ar|er)?|referanse(?:n|ar|er)?|uttale\p{L}*|fråsegn\p{L}*)\s+(?:of|on|av|om|på)\s|(?:om\s+å|to)\s+(?:vurdere|vurdera|evaluere|evaluera|assess|evaluate|rate|describe|beskrive|skildre)\s+(?:(?:hver|hvert|kvar|kvart|each|every|the\s+new|den\s+nye|nye?|new)\s+)+\p{L}+|${ABOUT_FAMILY}|${ABOUT_PERSON})(?![\p{L}])`,
  'iu',
);
const MAY_ASKED_PASSIVE = prefilter(ASKED_PASSIVE);
const CALLS_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:ringer|ringjer|ringte|ringde|call|calls|phone|phones|contact|contacts|tar\s+kontakt\s+med|tek\s+kontakt\s+med|get\s+in\s+touch\s+with|gets\s+in\s+touch\s+with|reach\s+out\s+to|reaches\s+out\s+to|skriv(?:er)?\s+til|writes?\s+to|kontaktar|kontakter)\s+(?:(?:til|to)\s+)?(?:us|oss)(?![\p{L}])`,
  'iu',
);
const MAY_CALL_US = prefilter(CALLS_US);
const TOLD_CONCERN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:bekymring\p{L}*|uro(?:a|e|leg\p{L}*)?|urolig\p{L}*|bekymra|bekymret|concerns?|concerned|worr(?:y|ies|ied))\s+(?:[\p{L}'’-]+\s+){0,6}?(?:${PERSON_NOUN}|\p{L}+['’]s|(?:til|åt)\s+(?:ein|en|ei|eit|et|den|det)\s+\p{L}+|him|her|them|han|ham|ho|hun|henne|dei|dem|spelar\p{L}*|spiller\p{L}*|players?|gamblers?|pasient\p{L}*|patients?|beboer\p{L}*|bebuar\p{L}*|residents?)(?![\p{L}])|(?:skriv(?:er)?|noterer|noterar|registrerer|registrerar|logg(?:er|ar|fører))\s+(?:vi\s+|me\s+)?(?:ned\s+)?(?:det|kva|hva|opplysning\p{L}*)|(?:record|note|log|write\s+down|register)s?\s+(?:down\s+)?(?:what|the\s+information|the\s+details))(?![\p{L}])`,
  'iu',
);
const MAY_CONCERN = prefilter(TOLD_CONCERN);
function askedOrCalling(clause: string): string | undefined {
  for (const [may, re] of [
    [MAY_ASKED_PASSIVE, ASKED_PASSIVE],
    [MAY_CALL_US, CALLS_US],
  ] as const) {
    if (!may(clause)) continue;
    const m = re().exec(clause);
    if (m === null) continue;
    const calls = re === CALLS_US;
    // What they tell must be kept: not where the clause denies anything («… and we do not record anything»).
    if (calls && (!TOLD_CONCERN().test(clause) || NEGATION.test(clause))) continue;
    // The subject: the words before the verb, back to a comma that closes no relative insert, past a subordinate opening.
    let before = clause.slice(0, m.index).replace(/\s*,\s*$/u, '');
    const rel = RELATIVE_INSERT_END().exec(before);
    if (rel !== null) before = before.slice(0, rel.index).replace(/\s*,?\s*$/u, '');
    const subject = (
      calls
        ? before.split(/[,;:]/u).pop()!
        : (before
            .split(/[;:]/u)
            .pop()!
            .split(/,\s*(?=[^,]*$)/u)
            .filter((x) => x.trim() !== '')
            .pop() ?? '')
    )
      .replace(/^\s*(?:og|and|men|but|når|naar|when|if|dersom|viss|hvis|fordi|because)\s+/iu, '')
      .replace(/(?<![\p{L}])(?:also|også|òg|then|da|så|often|ofte|sometimes|av\s+og\s+til)\s*$/iu, '')
      .replace(/\s+(?:also|også|òg|sometimes|often|ofte)(?=\s|$)/giu, ' ')
      // The party's own words, before a relative clause, with or without «som» («byråer tolken har arbeidet for»).
      .split(/\s(?:som|who|that|which|der)\s|\s(?=[\p{L}'’-]+\s+(?:har|hadde|has|have|had)\s)/u)[0]!
      .trim();
    if (subject === '' || NEGATION.test(clause.slice(0, m.index + m[0].length)) || pastAt(clause, m.index) || CHOICE_TO_ASK().test(clause.slice(0, m.index)))
      continue;
    const head = phraseHead(subject);
    if (
      /^(?:we|vi|me|you|du|dere|de|dei|they|he|she|han|hun|ho|it|den|det|who|which|som)$/iu.test(head) ||
      PEOPLE().test(head) ||
      PEOPLE().test(subject) ||
      CHANNEL().test(head) ||
      SELF().test(head) ||
      PERSONS_OWN_OR_OURS().test(head) ||
      OUR_OWN().test(subject) ||
      OWN_BRANCH().test(subject) ||
      ANONYMOUS().test(clause)
    )
      continue;
    if (
      calls
        ? OTHERS_AROUND().test(subject) || PARTY().test(subject.toLowerCase())
        : PARTY().test(subject) || OTHERS_AROUND().test(subject) || OUTSIDE_REGISTER().test(head)
    )
      return subject;
  }
  return undefined;
}
/**
 * The person assessed by others in the passive, their assessment then got by us in the same sentence («Kvar ny tolk blir
 * òg vurdert av tilsette hos dei som bestiller tolk og av byråa tolken har arbeidd for før, og vurderingane deira får vi
 * tilsende», «Each new interpreter is assessed by the agencies they worked for, and their assessments are sent to us»:
 * variants-paraphrase5 PE044, session 28): the assessors are the source of the assessment (Art. 14(2)(f)). The agent
 * after «av», «by» (a party, not us, our own staff, the person or a channel), and after it a receipt to us of what they
 * made (an assessment, report, reference, feedback). Group 1: the agent and what follows it.
 */
const ASSESSED_BY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:blir|vert|er|is|are|was|were|blei|ble|vart|gets?|get)\s+(?:(?:also|også|òg|then|da|så|alltid|always|first|først)\s+)?(?:vurdert|vurderte|bedømt|bedømde|evaluert|evaluated|assessed|rated|reviewed|appraised)|vurderes|vurderast|bedømmes|bedømast|evalueres|evaluerast)\s+(?:(?:også|òg|also)\s+)?(?:av|by)\s+(.+)$`,
  'iu',
);
const MAY_ASSESSED = prefilter(ASSESSED_BY);
const ASSESSMENT_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:vurdering\p{L}*|evaluering\p{L}*|assessments?|evaluations?|ratings?|reports?|rapport\p{L}*|uttale\p{L}*|fråsegn\p{L}*|referanse\p{L}*|references?|tilbakemelding\p{L}*|feedback)(?![\p{L}])[^.;:!?]{0,60}?(?<![\p{L}])(?:får\s+(?:vi|me)|(?:vi|me)\s+(?:får|mottar|tek\s+imot|tar\s+imot)|mottar\s+(?:vi|me)|we\s+(?:get|receive)|(?:are|is)\s+(?:then\s+)?(?:sent|passed|forwarded|given)\s+to\s+us|(?:sendes|sendast|oversendes|oversendast)\s+(?:til\s+)?oss|(?:blir|vert)\s+(?:sendt|sende|send|oversendt|oversende)\s+(?:til\s+)?oss)(?![\p{L}])|(?<![\p{L}])(?:send(?:s|er|ar)?\s+(?:us|oss)|give(?:s)?\s+(?:us|oss)|gir\s+oss|gjev\s+oss|pass(?:es)?\s+on\s+to\s+us|(?:får|mottar)\s+(?:vi|me)(?:\s+(?:tilsendt|tilsend|òg|også))?|(?:vi|me)\s+(?:får|mottar)(?:\s+(?:tilsendt|tilsend|òg|også))?|we\s+(?:(?:then|also)\s+)?(?:get|receive))\s+(?:(?:their|deira|deres|sin|si|sitt|sine|the|an?|ei|en|ein)\s+)?(?:vurdering\p{L}*|evaluering\p{L}*|assessments?|evaluations?|ratings?|reports?|rapport\p{L}*|uttale\p{L}*|referanse\p{L}*|references?|tilbakemelding\p{L}*|feedback)(?![\p{L}])`,
  'iu',
);
/**
 * A party's words in a source's clause shape (source-shapes.ts: checked with X, compared with X's list, X contacted who
 * confirms, X confirms): the readers' closed list (PARTY, read with the clause's first letter in lower case, so that a
 * person's word opening a sentence is no name), a register or the people around the person, or a party outside by the
 * shape of its word (source-party.ts); not the person, us, a channel or our own.
 */
function shapeParty(phrase: string): boolean {
  const own = phrase.split(SOURCE_END())[0]!;
  const head = phraseHead(own);
  if (
    head === '' ||
    /^(?:we|vi|me|us|oss|you|du|dere|de|dei|they|he|she|han|hun|ho|it|den|det)$/iu.test(head) ||
    PEOPLE().test(head) ||
    CHANNEL().test(head) ||
    SELF().test(head) ||
    PERSONS_OWN_OR_OURS().test(head) ||
    OUR_OWN().test(phrase) ||
    OWN_GENITIVE().test(phrase) ||
    referenceWorkWays.test(head)
  )
    return false;
  if (OUTSIDE_REGISTER().test(head) || OTHERS_AROUND().test(phrase) || outsideSource(phrase)) return true;
  // A capital alone: a name, unless the word is one of a person, staff or our own that opens a sentence («Søkeren bekrefter»).
  return PARTY().test(own) && (PARTY().test(own.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) || !notNewKind(own));
}
function assessedBy(clause: string): string | undefined {
  if (!MAY_ASSESSED(clause)) return undefined;
  const m = ASSESSED_BY().exec(clause);
  if (m === null) return undefined;
  const rest = m[1]!;
  const got = ASSESSMENT_GOT().exec(rest);
  if (got === null || NEGATION.test(clause) || pastAt(clause, m.index)) return undefined;
  // The agent: up to the receipt's comma part, before a relative clause (with or without «som»: «byråa tolken har arbeidd for»).
  const agent = rest
    .slice(0, got.index)
    .split(/\s*[,;]\s*(?:og|and|men|but|så|then)?\s*|\s+(?:og|and)\s+(?=(?:vi|me|we|the|their|deira|deres)\s)/iu)[0]!
    .split(/\s(?:som|who|that|which|der)\s|\s(?=[\p{L}'’-]+\s+(?:har|hadde|has|have|had)\s)/u)[0]!
    .trim();
  if (agent === '') return undefined;
  const head = phraseHead(agent);
  if (
    /^(?:we|vi|me|us|oss|you|du|dere|de|dei|they|he|she|han|hun|ho|it|den|det)$/iu.test(head) ||
    CHANNEL().test(head) ||
    SELF().test(head) ||
    PERSONS_OWN_OR_OURS().test(agent) ||
    OUR_OWN().test(agent) ||
    OWN_BRANCH().test(agent) ||
    ANONYMOUS().test(clause)
  )
    return undefined;
  return agent;
}
/**
 * Data taken out of a register in the passive («Karakterene til deltakerne tas i tillegg ut av studentregisteret FS»,
 * «the grades are extracted from the student register», «Adressene blir tekne ut frå Folkeregisteret»: variants-paraphrase4
 * PD048): the register is the source. Only a register, database or list kept by others (a name, OUTSIDE_REGISTER), not
 * our own («registeret vårt», «our member register»), a system or archive (CHANNEL); not denied or past.
 */
const EXTRACTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:tas|takast|tatt|teke|tekne|hentes|hentast)\s+(?:(?:i\s+tillegg|også|òg|dessuten|automatisk)\s+)?ut\s+(?:av|fra|frå)|(?:extracted|pulled|exported)\s+(?:(?:also|automatically|then)\s+)?(?:out\s+of|from))\s+((?:[\p{L}\d'’-]+\s*){1,6})`,
  'iu',
);
const MAY_EXTRACTED = prefilter(EXTRACTED);
function extractedFrom(clause: string): string | undefined {
  if (!MAY_EXTRACTED(clause)) return undefined;
  const m = EXTRACTED().exec(clause);
  if (m === null || NEGATION.test(clause.slice(0, m.index + m[0].length)) || pastAt(clause, m.index)) return undefined;
  const party = m[1]!
    .split(SOURCE_END())[0]!
    .split(/\s+(?:og|and)\s+(?=\p{Ll})/u)[0]!
    .trim();
  const head = phraseHead(party);
  if (head === '' || CHANNEL().test(head) || PERSONS_OWN_OR_OURS().test(party) || OURS_AFTER_NOUN().test(party) || referenceWorkWays.test(head))
    return undefined;
  // A name alone may be our own system («tas ut av Tripletex»: N13's review): only a register or database kept by others.
  return OUTSIDE_REGISTER().test(head) || (/regist|database/iu.test(head) && /(?<![\p{L}])\p{Lu}/u.test(party)) ? party : undefined;
}
/**
 * A practice of getting said to have ended by «no longer», «ikkje lenger» beside a verb of getting in the past («We once
 * bought a list of addresses from a broker, but we no longer do», «Vi kjøpte tidlegare adresser frå eit firma, men gjer det
 * ikkje lenger»): no source of what is done now (past.ts reads «used to», «until 2022»; this reads the clause's own words).
 */
const NO_LONGER = lazyPattern(
  String.raw`(?<![\p{L}])(?:no\s+longer|not\s+any\s?more|(?:ikkje|ikke)\s+(?:\p{L}+\s+){0,2}?(?:lenger|lengre|meir|mer)|aldri\s+meir|aldri\s+mer)(?![\p{L}])`,
  'iu',
);
const mayNoLonger = prefilter(NO_LONGER);
/** Kept for the last clause: asked once per part of a clause that may be a list of thousands. */
const noLonger = lastText((clause: string): boolean => mayNoLonger(clause) && NO_LONGER().test(clause) && SOURCE_PAST_VERB().test(clause));
const WORK_LIST_ONLY = lazyPattern(
  String.raw`^\s*(?:(?:også|òg|also|alle|all|dei|de|the|kvar|hver|every|each|månad|måned|month|veke|uke|week)\s+)*(?:timelist\p{L}*|timesheets?|time\s+sheets?|vaktplan\p{L}*|vaktlist\p{L}*|rotas?|turnus\p{L}*|arbeidsplan\p{L}*)\s*$`,
  'iu',
);
/** A part that asks parties and ends before a comma (sourcesIn reads on: the parties may be listed). */
const ASK_LISTED = lazyPattern(String.raw`(?<![\p{L}])(?:spør|spurte|ber|bed|ba|asks?|asked|asking)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+\s*$`, 'iu');
/** A source named in a part: its words and position, unless the source is the person, what they show, or the controller's own. */
function sourcesIn(text: string, ps: readonly Part[] = parts(text)): { words: string; at: number }[] {
  const out: { words: string; at: number }[] = [];
  // What a whole clause says, read once per clause (the parts come clause by clause), not once per part of it.
  let clauseOf: string | undefined;
  let elsewhere: boolean | undefined;
  let sends: number | undefined;
  let givenOf: string | undefined;
  let commaFact: boolean | undefined;
  for (const one of ps) {
    const { at, clause, inClause } = one;
    let part = one.part;
    if (partySends(part) || (mayCheckElsewhere.test(part) && checkedElsewhere(part) && !pastAt(text, at))) {
      out.push({ words: part.trim(), at: at + part.indexOf(part.trim()) });
      continue;
    }
    // A party giving us data, read in the whole clause (its subject and data may lie in other parts: «A data broker supplies
    // us, for a fee, with the current address …», «Skolene, som kjøper kurs, gir oss klasselisten»): once per clause.
    if (clause !== givenOf) {
      givenOf = clause;
      if (givenToUs(clause) !== undefined && !pastAt(text, at - inClause) && !sourceEndedAndDeleted(text, clause, clause)) {
        out.push({ words: clause.trim(), at: at - inClause + clause.indexOf(clause.trim()) });
        continue;
      }
      // The clause reader on the whole clause where commas cut it: the party may stand in another comma part than the verb
      // («Vi henter også opplysninger om hvem som var familien, fra naboer og hjemmetjenesten», «we receive the class list,
      // with names and dates of birth, from the school», «Vi spør òg skulen, helsestasjonen og barnevernstenesta om …»:
      // variants-paraphrase5 PE031, variants-paraphrase4 PD057, PD049). The clause reader cuts its own clauses.
      // Not where a comma part of the clause tells the past on its own («Until 2022 the laboratory reported the results to us,
      // but that practice has ended»: the clause as a whole holds a present tense, which pastAt reads as going on).
      // (The whole clause only where the text's clause reader finds a getting or a giving to us in a clause with a comma: elsewhere
      // its facts are those of the parts, read below.)
      if (
        ((clause.includes(',') &&
          (commaFact ??= clauseFacts(text).some((f) => sourceFact(f) && f.clause.includes(','))) &&
          selfNotAfter(clause, clauseFactSource(clause))) ||
          askedOrCalling(clause) !== undefined ||
          extractedFrom(clause) !== undefined ||
          assessedBy(clause) !== undefined ||
          (mayShapeSource(clause) && shapeSources(clause, shapeParty).length > 0)) &&
        !pastAt(text, at - inClause) &&
        !noLonger(clause) &&
        !sourceEndedAndDeleted(text, clause, clause) &&
        !clause.split(',').some((c) => pastOrRejected(c))
      ) {
        out.push({ words: clause.trim(), at: at - inClause + clause.indexOf(clause.trim()) });
        continue;
      }
    }
    // The shared clause reader (check/clause.ts): a source in words SOURCE_SAID does not know, or reads otherwise; not a
    // practice said to have ended in the clause or the next («…, but stopped in 2020», «…, men det er slutt»).
    const partSource = clauseSource(part);
    if (partSource !== undefined) {
      if (selfNotAfter(clause, partSource) && !pastAt(text, at + part.indexOf(part.trim())) && !noLonger(clause) && !sourceEndedAndDeleted(text, clause, part))
        out.push({ words: part.trim(), at: at + part.indexOf(part.trim()) });
      continue;
    }
    if (!SOURCE_STEM.test(part)) {
      // Parties asked, listed with commas («Vi spør òg skulen, helsestasjonen og barnevernstenesta om korleis barnet har det»:
      // variants-paraphrase4 PD049): the asking read on from this part to the clause's end, only where the part asks and a
      // comma follows it (SOURCE_SAID's asking takes a list of parties).
      if (inClause + part.length >= clause.length || !ASK_LISTED().test(part)) continue;
      const rest = clause.slice(inClause);
      if (!SOURCE_STEM.test(rest)) continue;
      const asked = SOURCE_SAID_WAYS.exec(rest);
      if (asked === null || asked.index >= part.length || (asked[9] ?? asked[11]) === undefined) continue;
      part = rest;
    }
    // The clause reader says the only getting here is the person's own or a choice («Members can retrieve their benefits
    // statement from NAV», «The user may ask the user's GP for …», «Søkjarar kan sjølve hente vitnemålet»: N10's and N11's
    // reviews): not the controller obtaining data.
    if (onlyChosenGetting(part)) continue;
    if (clause !== clauseOf) {
      clauseOf = clause;
      elsewhere = undefined;
      sends = undefined;
    }
    const m = SOURCE_SAID_WAYS.exec(part);
    if (m === null || (m[3] === undefined ? deniedAt(part, m) : siteDenied(part, m))) continue;
    // A practice of obtaining said to have ended («Tidlegare henta vi … men det er slutt», «We used to obtain … but stopped
    // in 2020»: N11's review, session 25), as the clause reader reads it (its `past`): no source of what is done now. Not where
    // the text says the data got then are still kept («…; the practice has ended, but the information is still kept»: s22-f13):
    // the source of data still held is owed (Art. 14(2)(f), 15(1)(g)).
    if ((pastAt(text, at + m.index) || noLonger(clause)) && !STILL_KEPT().test(text)) continue;
    // Timesheets or rotas got, from a principal or a manager («Vi får timelistene frå rektor på kvar skule»): the controller's
    // own working records, as those of temps hired out to us (givenToUs), no one's data from another source.
    if (
      m[1] !== undefined &&
      WORK_LIST_ONLY().test(
        m[0]
          .slice(0, m[0].length - m[1].length)
          .replace(/^\S+\s+/u, '')
          .replace(/\s*(?:fra|frå|from)\s*$/iu, ''),
      )
    )
      continue;
    // Asking or calling someone as a choice («Owners can ask their insurer to send us the claim form»): not done by us.
    if ((m[4] ?? m[9]) !== undefined && CHOICE_TO_ASK().test(part.slice(0, m.index))) continue;
    // Having a party confirm or send something («få bekreftet opptak … fra lærestedet i utlandet»: variants-studiestotte ST33;
    // F11, session 21) is the controller's own obtaining, not where the person gets it themselves («Søkeren må selv få
    // bekreftet opptaket fra lærestedet», «du må få tilsendt attesten fra skolen»).
    if (
      HAVE_CONFIRMED().test(m[0]) &&
      (PERSON_GETS_IT().test(part.slice(Math.max(0, m.index - 60), m.index)) || HANDS_IT_IN().test(clause.slice(inClause + m.index)))
    )
      continue;
    // A site looked at for one's own page or settings («We check our own company page on LinkedIn», «may check their own
    // privacy settings on LinkedIn»): no one's data obtained (W3's lawful wordings, session 19).
    if (m[3] !== undefined && OWN_PAGE().test(m[0].slice(0, m[0].length - m[3].length))) continue;
    // A verb of checking reads a site only for a person's profile, checked by the controller («sjekker søkerens profiler i
    // sosiale medier»): not the job ad shown or shared there («Vi sjekker at stillingsannonsen vises riktig på Facebook»), nor
    // the candidates checking the company («Kandidatene kan sjekke bedriftens profil på LinkedIn»). N3's review, session 19.
    // «Søkerne», «søkjaren» are the applicants, not a verb of searching («Søkerne kan sjekke firmaets profil på LinkedIn»).
    if (m[3] !== undefined && APPLICANT_NOUN().test(m[0])) continue;
    if (
      m[3] !== undefined &&
      CHECK_VERB().test(m[0]) &&
      (!(PERSONS_PROFILE().test(m[0].slice(0, m[0].length - m[3].length)) || frontedPersonsData(clause.slice(0, inClause) + part.slice(0, m.index), m[0])) ||
        PERSON_CHECKS().test(part.slice(0, m.index)))
    )
      continue;
    const named = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? m[12] ?? m[13] ?? m[14] ?? '').trim();
    // Checked against the controller's own working lists («Vaktplanen kontrolleres mot timelistene»: N10's review, left on
    // main): its own records, no other source.
    if (OWN_WORK_LIST().test(named)) continue;
    // «Fram til 2022 ba kommunen årlig om skatteopplysninger»: after a fronted adverbial the word after «ba», «ber», «spør»
    // is the subject (V2 order), not the party asked; only what follows it can name a party (N8's review, v11, v67).
    if (m[9] !== undefined && askedIsSubject(clause.slice(0, inClause + m.index), m[0], m[9])) continue;
    // The controller's own genitive («henter kommunens egne registre», «the council's records»): no other party.
    if (m[10] !== undefined && (OWN_GENITIVE().test(named) || referenceWorkWays.test(named))) continue;
    // «fra X»: X must be a party, not a form, channel or device the person uses (integrator's review, 2026-12-01).
    // «reach us through X», «sent to us by X»: the same (through the booking form, by e-mail, by the person).
    // The channel is read in the source's own words, before a relative clause («fra pårørende som ringer oss», «from relatives
    // who call us»: how they reach the controller, not where the data come from; L, session 14).
    // The party is read in the words before the data are said to be sent on («Meldinga og dokumentasjonen frå kontrollen blir
    // sende til politidistriktet»: the police receive it; variants-fiskeri's clean base, B7, session 16).
    if (
      (m[1] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? m[14]) !== undefined &&
      (CHANNEL().test(withoutSentHow(named.split(SOURCE_END())[0]!.split(AND_PERSONS_RE())[0]!).split(/\s+/).slice(0, 4).join(' ')) ||
        !(
          PARTY().test(m[1] !== undefined ? named.split(SENT_ON())[0]! : named) ||
          (m[1] !== undefined
            ? outsideSource(named.split(SENT_ON())[0]!) &&
              OUTSIDE_GOT().test((clause.slice(0, inClause) + part.slice(0, m.index + m[0].length - m[1].length)).replace(NOT_DATA_THING(), ' ')) &&
              personDataGotOnce(part, named)
            : outsideSource(named)) ||
          (m[1] !== undefined && BOUGHT_START().test(m[0]) && SELLER().test(named)) ||
          (m[1] !== undefined && TRADE_PARTY().test(named.split(SENT_ON())[0]!) && TRADE_DATA().test(part.slice(0, m.index + m[0].length - m[1].length)))
        ))
    )
      continue;
    if ((m[6] ?? m[7]) !== undefined) {
      // What arrives: not goods, invoices or payments; for «come through», not people. The words before the verb, past
      // determiners and quantities.
      const subject = part
        .slice(0, m.index)
        .split(/[^\p{L}\d-]+/u)
        .filter((w) => w !== '' && !DETERMINER().test(w) && !/^(?:blir|blei|vert|vart|er|is|are|was|were|being|been|som|that|which|inn|in)$/iu.test(w));
      const head = subject[0] ?? '';
      if (NOT_DATA().test(head) || (m[6] !== undefined && subject.length === 1 && PEOPLE().test(head))) continue;
      // Something else named: only data, or people sent by X, carry data from X («Premien sendes av sponsoren»: a prize).
      if (head !== '' && !DATA_HEAD().test(head) && !(m[7] !== undefined && PEOPLE().test(head))) continue;
      // X named by its own noun phrase, before a preposition: a party, not a process or event («opptaket i fylkeskommunen»).
      // A unit of a party names the party after it («the housing office of the municipality»).
      const phrase = named.split(SOURCE_END())[0]!;
      const own = phrase.split(PHRASE_END())[0]!;
      if (!PARTY().test(UNIT_END().test(own) ? phrase : own.split(/\s+/).slice(0, 4).join(' '))) continue;
      // The person sends it (later in the clause): X is the channel.
      // (SOURCE_SAID's match starts after no letter: PERSON_SENDS read from it on is read in the clause from there on.)
      if ((sends ??= lastStart(PERSON_SENDS_ALL(), clause)) >= inClause + m.index || lastSelfIn(clause) >= inClause + m.index) continue;
    }
    // Looked up «i», «hos», «in», «with» X: X a register or body by its name («slår vi opp i Statens vegvesens
    // motorvognregister», «slår vi opp hos et kredittopplysningsbyrå»: variants-avfall AV35, AV13; F, session 17), not a
    // system or register of the controller's own («slår opp i fagsystemet», «i medlemsregisteret»).
    if (m[8] !== undefined) {
      const head = named
        .split(SOURCE_END())[0]!
        .split(/\s+/)
        .filter((w) => !DETERMINER().test(w))
        .slice(0, 4)
        .join(' ');
      // A directory by its number («slår vi opp i 1881»: session 36, R22), not a year.
      if (CHANNEL().test(head) || referenceWorkWays.test(head) || !(OUTSIDE_REGISTER().test(head) || /^\p{Lu}/u.test(head) || DIRECTORY_NUMBER().test(head)))
        continue;
    }
    // The person receives it («Du får en påminnelse fra skolen», «Pasienten får svar fra sykehuset», «Foreldre får melding
    // fra barnehagen»): what the controller sends them, not data it obtains (F2, session 17).
    if (m[1] !== undefined && RECEIVE_VERB().test(m[0]) && PERSON_RECEIVES().test(part.slice(Math.max(0, m.index - 60), m.index))) continue;
    // One employee, the debtor, the person, the child: only their own document, or one they hand on (N4's review: «Den
    // tilsette får melding frå sjukeheimen om dødsfallet» is staff receiving others' data).
    if (
      m[1] !== undefined &&
      RECEIVE_VERB().test(m[0]) &&
      ONE_PERSON_RECEIVES().test(part.slice(Math.max(0, m.index - 60), m.index)) &&
      (OWN_DOCUMENT().test(m[0]) || HANDS_ON().test(clause.slice(inClause + m.index)))
    )
      continue;
    // A confirmation that a party received a thing («Vi får ei stadfesting frå skulen på at dei har fått plakaten om
    // sommarjobbane», «We receive a confirmation from the school that they have received the poster»): no one's data
    // (F5, session 20). Only a confirmation, receipt or acknowledgement of a poster, letter, invitation or the like.
    if (m[1] !== undefined && RECEIVE_VERB().test(m[0]) && thingReceiptConfirmed(m[0], m[1], clause.slice(inClause + m.index))) continue;
    // Help, care or a service received «from» a party («sørger for at barnet får hjelp fra andre tjenester», «receives
    // support from the health service»): what the party gives the person, not data the controller obtains
    // (variants-krisesenter's clean base, B16, session 19). Only where the words between the verb and «fra» name help and
    // no data («får opplysninger og hjelp fra NAV» is still read), and not where we receive help that is data («Vi får
    // oppfølging fra DPS med epikrise», «We receive support from the child welfare service, which tells us …», «Vi får hjelp
    // frå NAV til å finne ut kva ytingar brukaren har»: the party gives us data; N3b's review, F3, session 19). Help we
    // receive for our own running («støtte fra Bufdir til driften», «hjelp fra IT-leverandøren med drift») stays no source.
    if (
      m[1] !== undefined &&
      RECEIVE_VERB().test(m[0]) &&
      helpReceived(m[0], m[1]) &&
      !(WE_RECEIVE().test(part.slice(Math.max(0, m.index - 60), m.index)) && HELP_IS_DATA().test(clause.slice(inClause + m.index)))
    )
      continue;
    // «…, der pasienten selv skriver dem», «der dei tilsette sjølve fører timane»: the person is the source (P's review).
    if (m[1] !== undefined && lastSelfIn(clause) >= inClause + m.index) continue;
    // «For data we receive from NAV, see the activity on sick leave», «… behandles i aktiviteten Sykefravær»: the source
    // belongs to another activity's record (M, session 13).
    if ((elsewhere ??= ELSEWHERE().test(clause))) continue;
    if (named === '' || SELF().test(named.split(/\s+/).slice(0, 3).join(' ')) || PERSONS_OWN_OR_OURS().test(named.split(/\s+/).slice(0, 3).join(' '))) continue;
    // A past practice of obtaining that has ended and whose data are deleted: no source of data held (Art. 14(2)(f)).
    // Asked last, of a source every other test kept: it reads the whole text (session 23; each test here only skips).
    if (sourceEndedAndDeleted(text, clause, part)) continue;
    out.push({ words: part.trim(), at: at + part.indexOf(part.trim()) });
  }
  return out;
}
/**
 * Traders in the chain of goods a licence holder buys from: wholesalers, importers, distributors («opplysninger om salg til
 * stedet som den henter fra grossistene»: variants-bevilling BV18; F9, session 21). A party only where the words before
 * «fra» name data about sales (TRADE_DATA): «henter varene fra grossisten», «prislister fra grossistene» get goods or prices.
 */
/**
 * What is got from a party known only by the shape of its word (source-party.ts), named before «fra X»: a person's data
 * (GOT_DATA), or what a wh-clause or a figure of someone's business asks («Hvor mye gården omsetter …, innhenter vi fra
 * regnskapskontoret»), not goods («henter fôret fra kraftfôrleverandøren»).
 */
const OUTSIDE_GOT = lazyPattern(
  String.raw`${GOT_DATA.source}|(?<![\p{L}])(?:hvem|kven|hvor|kor|hva|kva|who|how|what|when|når|omsetning\p{L}*|omsetjing\p{L}*|turnover|inntekt\p{L}*|income|\p{L}*bekreftelse\p{L}*|\p{L}*stadfesting\p{L}*|confirmation)(?![\p{L}])`,
  'iu',
);
/** Things named by a data word's compound («adresseetikettar», «address labels», «namneskilt»): no one's data got. */
const NOT_DATA_THING = lazyPattern(String.raw`(?<![\p{L}])\p{L}*(?:etikett|lapp|label|konvolutt|envelope|skilt|sign|stempel|stamp)\p{L}*(?![\p{L}])`, 'giu');
const TRADE_PARTY = lazyPattern(
  String.raw`(?<![\p{L}])(?:grossist\p{L}*|wholesalers?|importør\p{L}*|importers?|distributør\p{L}*|distributors?)(?![\p{L}])`,
  'iu',
);
const TRADE_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|\p{L}*data|\p{L}*informasjon|information|details|records?|salg(?:et|a)?|salgstall\p{L}*|salgsoppgave\p{L}*|sales\s+(?:data|figures|records)|omsetning(?:en|stall\p{L}*)?|omsetjing(?:a)?|turnover|\p{L}*tall(?:a|ene)?)(?![\p{L}])`,
  'iu',
);
/*
 * SOURCE_SAID's last group (11): a party asked for its assessment, evaluation or reference of a person («We also ask the
 * ordering bodies' staff and the interpreter's former agencies for their assessment of each new interpreter», «Vi ber
 * tidlegare oppdragsgjevarar om ei vurdering av kvar ny tolk»: variants-tolk TL04; W9, session 22): data about the person
 * obtained from others (Art. 14(2)(f)). Up to ten words name the party (two joined by «and»). Not where the person or
 * someone with a modal asks («Interpreters may ask their coordinator for an assessment of their test»), nor a denied
 * clause («We do not ask former agencies for their assessment»).
 */
/** The controller itself as the owner in GENITIVE_GOT (group 10, without its «s»). */
const OWN_GENITIVE = lazyPattern(
  String.raw`^(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:kommunen?|fylkeskommunen?)|etaten|virksomheten|verksemda|direktoratet|the\s+(?:municipality|council|county|agency)|our\s+\p{L}+)$`,
  'iu',
);
/** The applicants' noun where group 3's verb «søk…» begins (sourcesIn): «søkeren», «søkerne», «søkjarane». */
const APPLICANT_NOUN = lazyPattern(String.raw`^(?:søker(?:en|ne|e)|søkjar(?:en|ar|ane))(?![\p{L}])`, 'iu');
/** A verb of checking at the start of a look-up on a site (sourcesIn, group 3). */
const CHECK_VERB = lazyPattern(String.raw`^(?:sjekk\p{L}*|check\p{L}*)(?![\p{L}])`, 'iu');
/**
 * A person's profile or posts as what is checked: the applicant's, the candidate's, the person's, «their», «deres»
 * («sjekker søkerens profiler», «check the applicants' social media», «sjekker kandidatane sine profilar»).
 */
const PERSONS_PROFILE = lazyPattern(
  String.raw`(?<![\p{L}])(?:søkerens|søkernes|søkjarens|søkjarane\s+sine|søkjaren\s+sin\p{L}*|kandidatens|kandidatenes|kandidatane\s+sine|kandidaten\s+sin\p{L}*|personens|the\s+person['’]s|applicant['’]s|applicants['’]|candidate['’]s|candidates['’]|their|deres|hans|hennes|his|dykkar|your|din|dine|ditt|(?:profil\p{L}*|profiles?)\s+(?:til|of)\s+(?:the\s+)?(?:søker\p{L}*|søkjar\p{L}*|kandidat\p{L}*|applicants?|candidates?))(?![\p{L}])`,
  'iu',
);
/**
 * A person's data as the fronted object of a verb of checking in V2 order, the controller checking («Arbeidsgiver og
 * reisevei for vitner …, sjekker vi på LinkedIn», «Vitnets arbeidsgiver sjekkar me på LinkedIn»: variants-tingrett VT33;
 * session 36, R22): what is checked is named before the verb, «vi», «me» right after it. A person's data by its words (an
 * employer, address, workplace, education, background, profile, CV), or a noun of someone after «for», «til», «om», «av», or
 * a genitive; not our own («profilen vår», «vår side»).
 */
const WE_CHECK = lazyPattern(String.raw`^\S+\s+(?:vi|me)(?![\p{L}])`, 'iu');
const FRONTED_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*arbeidsgiv\p{L}*|\p{L}*arbeidsgjevar\p{L}*|\p{L}*arbeidsplass\p{L}*|arbeidsstad\p{L}*|arbeidssted\p{L}*|\p{L}*adress\p{L}*|\p{L}*bustad\p{L}*|\p{L}*bosted\p{L}*|reisevei\p{L}*|reiseveg\p{L}*|utdanning\p{L}*|bakgrunn\p{L}*|profil\p{L}*|cv(?:en|ar|er)?|stilling(?:a|en)?|yrke(?:t)?|\p{L}*opplysning\p{L}*|navn(?:et|a)?|namn(?:et|a)?|employers?|address(?:es)?|workplaces?|education|background|profiles?)(?![\p{L}])`,
  'iu',
);
export const NOT_OURS_FRONTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:vår|vårt|våre|our|egen|eige|eigen|eget|egne|eigne|own|firma\p{L}*|bedrift\p{L}*|company|annonse\p{L}*|stillingsannonse\p{L}*|ads?)(?![\p{L}])`,
  'iu',
);
function frontedPersonsData(before: string, match: string): boolean {
  return WE_CHECK().test(match) && FRONTED_DATA().test(before) && !NOT_OURS_FRONTED().test(before);
}
/** The people the record is about as the ones who check («Kandidatene kan sjekke …», «Applicants may check …»). */
const PERSON_CHECKS = () =>
  (personChecks ??= letterPattern(
    String.raw`(?<![\p{L}])${PERSON_SUBJECT}(?:\s+\p{L}+){0,2}?\s+(?:kan|kunne|må|skal|bør|may|can|must|should|could|får|selv|sjølv)(?:\s+(?:også|òg|also|selv|sjølv))*\s*$`,
    'iu',
  ));
let personChecks: RegExp | undefined;
/** One's own page, account or settings between a verb of looking and the site (sourcesIn, group 3). */
const OWN_PAGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:own|egen|eget|egne|eigen|eige|eigne|our|vår|vårt|våre|sin|sitt|sine|settings|innstilling\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * A denial of a look-up on a site or in the press (group 3), read up to the end of the site's name: group 3 runs on to the
 * part's end, and a denial in what follows («… og ringer tidligere arbeidsgivere som søkeren ikke har oppgitt som
 * referanse»: variants-regnskap RG02; W3, session 19) denies another verb.
 */
function siteDenied(part: string, m: RegExpExecArray): boolean {
  const site = m[3]!.split(SOURCE_END())[0]!.split(NEXT_PHRASE())[0]!;
  const end = m.index + m[0].length - m[3]!.length + site.length;
  // Looked at only where the person asks for it («We look at the applicant's LinkedIn profile only if the applicant asks us
  // to»): the person points us to it, their own giving (source-shapes.ts PERSON_ASKS, as siteContent reads it; session 37).
  return denied(part, ownVerbStart(part, m), wordsEnd(part, end, 2)) || personAsks(part.slice(m.index));
}
/** A verb of receiving at the start of a SOURCE_SAID match (group 1). */
/** The controller has a party confirm or send something (SOURCE_SAID's «få bekreftet … fra X»). */
const HAVE_CONFIRMED = lazyPattern(String.raw`^(?:få|fått|får)\s+(?:bekreft|stadfest|tilsend|oversend|utlevert|opplyst)`, 'iu');
/** The person, or someone «selv», before it: they get it themselves (a document they hand over). */
const PERSON_GETS_IT = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|dere|dykk|you|han|hun|ho|dei|they|he|she|søker\p{L}*|søkjar\p{L}*|applicants?|student\p{L}*|elev\p{L}*|pupils?|learners?|pasient\p{L}*|patients?|foreldr\p{L}*|føresett\p{L}*|foresatt\p{L}*|kund\p{L}*|brukar\p{L}*|bruker\p{L}*|domfelt\p{L}*|convicts?|innsatt\p{L}*|innsett\p{L}*|prisoners?|ansatt\p{L}*|tilsett\p{L}*|tilsatt\p{L}*|employees?|arbeidstak\p{L}*|deltak\p{L}*|participants?|medlem\p{L}*|members?|selv|sjølv|sjøl|themselves|himself|herself)(?![\p{L}])`,
  'iu',
);
/** The person hands it in afterwards («… og legge det ved søknaden», «og laste det opp», «and hand it in»). */
const HANDS_IT_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:legg(?:e|er|ast|es)?\s+(?:det|den|dei|dem|it|them)\s+ved|laste?r?\s+(?:det|den|dei|dem)\s+opp|lever(?:e|er|a|ar)\s+(?:det|den|dei|dem)|send(?:e|er|a|ar)\s+(?:det|den|dei|dem)\s+(?:inn|til\s+oss)|hand(?:s)?\s+(?:it|them)\s+in|upload\p{L}*|attach\p{L}*|submit\p{L}*)(?![\p{L}])`,
  'iu',
);
const RECEIVE_VERB = lazyPattern(String.raw`^(?:får|fær|fått|mottar|mottek|receiv\p{L}*)(?![\p{L}])`, 'iu');
/** Help, care or a service as what is received (nb, nn, en): «hjelp», «bistand», «støtte», «oppfølging», «tilbud», «support». */
const HELP_WORD = lazyPattern(
  String.raw`^(?:hjelp\p{L}*|bistand\p{L}*|støtte\p{L}*|tilbud\p{L}*|tilbod\p{L}*|oppfølging\p{L}*|oppfølgjing\p{L}*|veiledning\p{L}*|rettleiing\p{L}*|rådgiving\p{L}*|rådgivning\p{L}*|omsorg\p{L}*|pleie\p{L}*|helsehjelp\p{L}*|tjenester|tenester|help|support|assistance|advice|guidance|treatment|care|services)$`,
  'iu',
);
/** The controller as the receiver right before the verb (read with HELP_IS_DATA) («Vi får», «me får», «We receive», «Krisesenteret får»). */
const WE_RECEIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:vi|me|we|krisesenter\p{L}*|senteret|sentret|tjenesten|tenesta|kommunen|the\s+(?:shelter|centre|center|service|municipality))\s+(?:\p{L}+\s+)?$`,
  'iu',
);
/** Help that is data: to find out, with an assessment or report, a party that tells or gives us something. */
const HELP_IS_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:til\s+å|for\s+å|to)\s+(?:finne|find|vurdere|assess|kartlegge|map|identifisere|identify)|(?:med|with)\s+(?:\p{L}+\s+)?(?:kartlegging\p{L}*|mapping)|(?:som|which|who|that)\s+(?:\p{L}+\s+)?(?:forteller|fortel|tells?|gir\s+oss|gjev\s+oss|gives?\s+us|sender\s+oss|sends?\s+us|informerer|informs?)|(?:med|with)\s+(?:\p{L}+\s+)?(?:epikris\p{L}*|\p{L}*vurdering\p{L}*|\p{L}*assessments?|opplysning\p{L}*|information|rapport\p{L}*|reports?))(?![\p{L}])`,
  'iu',
);
/** A confirmation, receipt or acknowledgement as what is received (thingReceiptConfirmed). */
const CONFIRMATION = lazyPattern(
  String.raw`^(?:stadfesting\p{L}*|bekreftelse\p{L}*|bekreftning\p{L}*|kvittering\p{L}*|confirmations?|acknowledg\p{L}*|receipts?)$`,
  'iu',
);
/** A thing with no one's data: a poster, letter, invitation, brochure, notice, programme, parcel. */
const RECEIVED_THING = String.raw`(?:plakat\p{L}*|posters?|brev(?:et|a|ene|ane)?|letters?|invitasjon\p{L}*|invitations?|brosjyre\p{L}*|brochures?|flygeblad\p{L}*|løpesedl\p{L}*|løpeseddel\p{L}*|flyers?|leaflets?|materiell\p{L}*|materials?|kunngjering\p{L}*|kunngjøring\p{L}*|notices?|announcements?|annons\p{L}*|adverts?|advertisements?|utlysing\p{L}*|utlysning\p{L}*|program(?:met|mer|ma|mane|mene)?|programmes?|programs?|timeplan\p{L}*|timetables?|pakk(?:e|en|ar|er|ane|ene)|parcels?|packages?|varene|varane|goods|faktura\p{L}*|invoices?)`;
/**
 * That a party (a pronoun or a party word) has received, or that a thing has arrived (thingReceiptConfirmed): «på at dei har
 * fått plakaten», «that they have received the poster», «that the letter has arrived».
 */
const RECEIPT_OF_THING = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:på|om)\s+)?(?:at|that)\s+(?:(?:de|dei|they|it|den|det|han|hun|ho|skolen|skulen|skolene|skulane|the\s+\p{L}+|\p{Lu}\p{L}*)\s+)(?:\p{L}+\s+){0,2}?(?:fått|motteke|mottatt|mottok|fekk|fikk|received|got|gotten)\s+(?:\p{L}+\s+){0,2}?${RECEIVED_THING}(?![\p{L}])|(?<![\p{L}])(?:at|that)\s+(?:\p{L}+\s+){0,2}?${RECEIVED_THING}\s+(?:\p{L}+\s+){0,3}?(?:har\s+kome\s+fram|har\s+kommet\s+fram|kom\s+fram|er\s+komen|er\s+kommet|has\s+arrived|have\s+arrived|arrived|was\s+received|were\s+received|has\s+been\s+received|er\s+motteke|er\s+mottatt)(?![\p{L}])`,
  'iu',
);
/** The words between a SOURCE_SAID match's verb and its «fra X» (`whole` the match, X = `named`). */
function wordsBeforeFrom(whole: string, named: string): string[] {
  return whole
    .slice(0, whole.length - named.length)
    .replace(/(?:fra|frå|from)\s*$/iu, '')
    .split(/[^\p{L}\d-]+/u)
    .slice(1)
    .filter((w) => w !== '');
}
/**
 * Whether a confirmation received «fra X» (a SOURCE_SAID match `whole`, X = `named`, `rest` the clause from the match on)
 * says only that a thing reached a party: no one's data.
 */
function thingReceiptConfirmed(whole: string, named: string, rest: string): boolean {
  const words = wordsBeforeFrom(whole, named);
  return words.some((w) => CONFIRMATION().test(w)) && !words.some((w) => DATA_HEAD().test(w)) && RECEIPT_OF_THING().test(rest);
}
/** Whether the words between a receiving verb and «fra X» (a SOURCE_SAID match `whole`, X = `named`) name help and no data. */
function helpReceived(whole: string, named: string): boolean {
  const words = wordsBeforeFrom(whole, named);
  return words.some((w) => HELP_WORD().test(w)) && !words.some((w) => DATA_HEAD().test(w));
}
/**
 * The people the record is about as the subject right before it, with at most one word between («Pasienten får»,
 * «Foreldre får også»): they receive from the controller. Not «de», «dei», «they» (often the controller's staff).
 */
/**
 * One employee, the debtor, the person or the child (ONE_PERSON_RECEIVES), who receive their own document from a third
 * party or hand what they received on to us («The employee receives a sick note from the doctor and hands it to the
 * manager», «Den tilsette får sjukmelding frå legen sin»): the person hands it over, so the person is the source (Art. 13,
 * not 14; X2, session 20: session 19's F4 registry). Not anything else one employee receives («Den tilsette får melding
 * frå sjukeheimen om dødsfallet og kven som er pårørande»: staff receiving others' data; N4's review), nor plural staff
 * («Ansatte mottar melding fra NAV»: the controller's people).
 */
const PERSON_RECEIVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|dere|dykk|you|pasient(?:en|ene|ane|ar|er)?|patients?|foreldr(?:e|ene|a)|parents?|føresette|foresatte|guardians?|elev(?:en|ene|ane|ar|er)?|pupils?|students?|kund(?:en|ene|ane|ar|er)|customers?|bruker(?:en|ne|e)?|brukar(?:en|ane|ar)?|users?|medlem(?:met|mene|mane|mer|ar)?|members?|søker(?:en|ne|e)?|søkjar(?:en|ane|ar)?|applicants?|deltaker(?:en|ne|e)?|deltakar(?:en|ane|ar)?|participants?|innbygger(?:en|ne|e)?|innbyggjar(?:en|ane|ar)?|residents?|gjest(?:en|ene|ane|ar|er)?|guests?|eier(?:en|ne|e)?|eigar(?:en|ane|ar)?|owners?)\s+(?:\p{L}+\s+)?$`,
  'iu',
);
const ONE_PERSON_RECEIVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:den|the|each|every|an?|kvar|hver|ein|en)\s+(?:ansatte|tilsette|employee|worker|staff\s+member)|arbeidstak(?:er|ar)(?:en)?|skyldner(?:en)?|debtors?|personen|the\s+person|den\s+registrerte|the\s+data\s+subject|barnet|the\s+child)\s+(?:\p{L}+\s+)?$`,
  'iu',
);
/** The person's own document (ONE_PERSON_RECEIVES): a sick note, a medical certificate, a doctor's statement, a prescription. */
const OWN_DOCUMENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:sykmelding\p{L}*|sjukmelding\p{L}*|legeerklæring\p{L}*|lækjarerklæring\p{L}*|legeattest\p{L}*|lækjarattest\p{L}*|\p{L}*attest(?:en|ar|er|ane|ene)?|\p{L}*erklæring(?:a|en|ar|er)?|resept(?:en|ar|er)?|sick\s+notes?|fit\s+notes?|doctor['’]s\s+notes?|(?:medical\s+)?certificates?|prescriptions?)(?![\p{L}])`,
  'iu',
);
/** What the person received is handed on in the same clause («og leverer den til nærmeste leder», «and hands it to the manager»). */
const HANDS_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:og|and|then|så)\s+(?:\p{L}+\s+){0,2}?(?:gir|gjev|leverer|leverar|sender|sendar|tek\s+med|tar\s+med|legg|legger|viser|laster\s+opp|lastar\s+opp|hands?|gives?|brings?|sends?|submits?|uploads?|passes|forwards?|delivers?|shows?)(?![\p{L}])`,
  'iu',
);
/** The words naming the source in a part that SOURCE_SAID reads (for matching against the recorded sources). */
export function sourceNamed(words: string): string {
  const byClause =
    clauseSource(words) ??
    askedOrCalling(words) ??
    extractedFrom(words) ??
    assessedBy(words) ??
    (mayShapeSource(words) ? shapeSources(words, shapeParty)[0] : undefined);
  if (byClause !== undefined) return byClause;
  const m = SOURCE_SAID_WAYS.exec(words);
  if (m === null) return partySender(words) ?? (mayCheckElsewhere.test(words) ? checkedAt(words) : undefined) ?? '';
  // Up to a word that starts what follows the source («… sosiale medier før intervju», «… the register when you apply»).
  // And at «og», «and», «eller», «or» before a word in lower case, which starts what the clause goes on to say
  // («… mot Folkeregisteret og tildeler plass»: variants-barnehage BH03; L, session 13), not another source's name
  // («fra Skatteetaten og Folkeregisteret») nor a place or party after a preposition or determiner («og i andre sosiale
  // medier», «and the tax office»).
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6] ?? m?.[7] ?? m?.[8] ?? m?.[9] ?? m?.[10] ?? m?.[11] ?? m?.[12] ?? m?.[13] ?? m?.[14] ?? '')
    .split(SOURCE_END())[0]!
    .split(NEXT_PHRASE())[0]!
    .trim();
}
/**
 * Every source a part names: the first (sourceNamed) and each further «fra X», «frå X», «from X» in its words («får
 * opplysningar om barnet frå UDI og om omsorgssituasjonen frå barnevernstenesta»: variants-verje VE71; M, session 13),
 * the further ones kept only when they name a party, not a channel, the person or the controller's own.
 */
export function sourceNames(words: string): string[] {
  const m = SOURCE_SAID_WAYS.exec(words);
  const first = sourceNamed(words);
  // Parties asked, listed («spør òg skulen, helsestasjonen og barnevernstenesta om korleis barnet har det»:
  // variants-paraphrase4 PD049): each of them.
  if (m?.[9] !== undefined && first === m[9].split(SOURCE_END())[0]!.split(NEXT_PHRASE())[0]!.trim() && /,|\s(?:og|and|samt)\s/iu.test(m[9]))
    return m[9]
      .replace(/^(?:(?:òg|også|also|then|så|dessutan|dessuten)\s+)+/iu, '')
      .split(/\s*,\s*|\s+(?:og|and|samt)\s+/iu)
      .map((w) => w.trim())
      .filter((w) => w !== '');
  if (m?.[1] === undefined) return [first];
  // A further source joins the first by «og», «and», «samt» or a comma («fra UDI og om … frå barnevernstenesta»), not
  // a place the data's people come from («søknader fra studenter fra hele landet», «from students from Norway»).
  const pieces = m[1].split(/(?<![\p{L}])(?:fra|frå|from)\s+/iu);
  const more = pieces
    .slice(1)
    .filter((_, i) => /(?:^|\s)(?:og|and|samt)\s|,/iu.test(pieces[i]!))
    .map((w) => w.split(SOURCE_END())[0]!.split(NEXT_PHRASE())[0]!.trim())
    .filter((n) => {
      const head = n.split(/\s+/).slice(0, 4).join(' ');
      return n !== '' && PARTY().test(n) && !CHANNEL().test(head) && !SELF().test(head) && !PERSONS_OWN_OR_OURS().test(head);
    });
  return [first, ...more];
}
/**
 * «… and the caller's income», «og innringerens inntekt»: after a source's name, the person's data starts the next phrase
 * («retrieves the caller's benefits from NAV and the caller's income from the Tax Administration»: variants-paraphrase3
 * PC036; W15, session 24). The source's name ends there, so «the caller» is neither read as a channel nor matched to the
 * data subjects.
 */
const AND_PERSONS = String.raw`(?<!-)\s(?:og|and|samt)\s+(?=(?:the\s+|den\s+|dei\s+)?${PERSON_NOUN}(?:['’]s|s)\s)`;
const AND_PERSONS_RE = lazyPattern(AND_PERSONS, 'u');
const NEXT_PHRASE = lazyPattern(
  String.raw`(?<!-)\s(?:og|and|eller|or|samt)\s+(?=\p{Ll})(?!(?:i|på|fra|frå|hos|ved|til|in|on|at|from|with|via|to|andre|anna|other|others|the|de|dei|den|det|ein|en|et|eit|a|an|our|våre|vårt|their|deres|its|sine|sitt|sin)\s)|${AND_PERSONS}`,
  'u',
);
const SOURCE_END = lazyPattern(
  String.raw`\s(?:før|etter|når|dersom|hvis|viss|slik|for å|der|hvor|kor|som|where|which|that|og (?:lagres|lagrast|blir|vert)|and (?:stored|kept)|om|about|before|after|when|if|so that|in order|into|inn\s+i|inn\s+på|to\s+(?!(?:the|a|an|our|their|its|his|her|us|them|you|me|him|whom|which|what|who|be|date)(?![\p{L}]))\p{L}+)(?![\p{L}])`,
  'iu',
);

/** Words that name no source by themselves («their», «andre», «tidligere»): not matched against the recorded sources. */
const NOT_A_NAME = lazyPattern(
  String.raw`^(?:their|these|those|other|others|andre|annen|anna|deres|desse|disse|tidligere|tidlegare|former|previous|external|eksterne|ulike|various|relevante|relevant|aktuelle|nødvendige|naudsynte|necessary|opplysninger|opplysningar|informasjon|information|details|about|through|gjennom|personer|personen|persons|people|kandidatene|kandidatane|candidates|lista|listen|listene|lister|register|registeret|registera|registre|databasen|the list|list)$`,
  'iu',
);
/** Whether `abbreviation`'s letters are the initials of consecutive words of `text` (hyphen parts count; «og», «and», «of» skipped), or all but the last, which is inside the last of those words or the next («KPR» and «Kommunalt pasient- og brukerregister»). */
function initialsHave(text: string, abbreviation: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '' && !/^(?:og|and|of|for|i|the)$/iu.test(w));
  const a = abbreviation.toLowerCase();
  const initials = words.map((w) => w[0]!).join('');
  if (initials.includes(a)) return true;
  // The last letter inside the last word or the next, a compound's part («SSB» and «Statistisk sentralbyrå»).
  const head = a.slice(0, -1);
  for (let i = 0; i + head.length <= words.length; i++)
    if (initials.startsWith(head, i) && (words[i + head.length - 1]!.includes(a.slice(-1), 1) || (words[i + head.length]?.includes(a.slice(-1), 1) ?? false)))
      return true;
  return false;
}
/** Abbreviations of the controller's own units or of no party (HR, IT, ID, CV, PDF, SMS, EU, EØS): no source by themselves. */
const OWN_UNIT = lazyPattern(String.raw`^(?:HR|IT|IKT|ID|CV|PDF|SMS|EU|EØS|EEA|OK|AS|ASA|SA|BA|DA|KF|IKS)$`, 'u');
/**
 * Whether a source the prose names (`named`, the words SOURCE_SAID gives) is among `recorded` (the recorded sources'
 * names and descriptions, lower case): some word of five letters or more of it, by its first five, is in one of them
 * («Folkeregisteret» in «Det sentrale folkeregisteret», «employer» in «The debtor's employer»). A name with no such word
 * counts as recorded (nothing to tell).
 */
/** Norwegian registers and their English names (sourceRecorded). */
const REGISTER_NAMES: readonly (readonly [RegExp, RegExp])[] = [
  [/folkeregist/iu, /population\s+regist/iu],
  [/enhetsregist|einingsregist|brønnøysund/iu, /(?:central\s+coordinating|business)\s+regist|brønnøysund/iu],
  [/motorvognregist|køyretøyregist|kjøretøyregist/iu, /vehicle\s+regist/iu],
  [/helsepersonellregist/iu, /health\s+personnel\s+regist/iu],
];
/** The five letters of a generic head of a body's name (sourceRecorded): a centre, an office, a service, a unit, a section. */
const GENERIC_HEAD = lazyPattern(String.raw`^(?:centr|cente|sente|offic|konto|servi|tjene|tenes|depar|avdel|secti|seksj|einin|enhet)$`, 'u');
const DATA_FIRST = lazyPattern(String.raw`^(?:adresse|address|opplysnings|informasjons|kontakt|data)(?=\p{L}{4,})`, 'u');
export function sourceRecorded(named: string, recorded: readonly string[]): boolean {
  const words = named.toLowerCase().split(/[^\p{L}\d-]+/u);
  let stems = words
    .flatMap((w) => w.split('-'))
    // A compound that starts with a word of data names its source by the rest («adresseselskapet», «opplysningsbyrået»):
    // «adres» would be found in any recorded source that lists addresses (the population register's «Namn, adresse …»:
    // variants-gravferd GF12; W5, session 20).
    .map((w) => w.replace(DATA_FIRST(), ''))
    .filter((w) => w.length >= 5 && !NOT_A_NAME().test(w))
    .map((w) => w.slice(0, 5));
  // A hyphenated name whose parts name nothing alone («Aa-registeret»: variants-studiestotte ST79; M, session 13): the
  // whole compound, matched as written.
  if (stems.length === 0) {
    const compounds = words.filter((w) => w.includes('-') && w.replace(/-/gu, '').length >= 5 && !NOT_A_NAME().test(w.replace(/^-+|-+$/gu, '')));
    // Its abbreviated head told by the recorded full name («Aa-registeret», «Arbeidsgiver- og arbeidstakerregisteret»).
    const heads = compounds.map((w) => w.split('-')[0]!).filter((h) => h.length >= 2 && h.length <= 4);
    if (heads.some((h) => recorded.some((t) => initialsHave(t, h)))) return true;
    stems = compounds;
  }
  // Abbreviations of two to four capitals (PPT, NAV, SSB, UDI) are matched as whole words (integrator, 2026-12-01).
  const abbreviations = [...named.matchAll(/(?<![\p{L}])\p{Lu}{2,4}(?![\p{L}])/gu)]
    .filter((m) => !OWN_UNIT().test(m[0]))
    .map((m) => new RegExp(`(?<![\\p{L}])${m[0]}(?![\\p{L}])`, 'iu'));
  if (abbreviations.some((a) => recorded.some((t) => a.test(t)))) return true;
  // An abbreviation recorded by its full name: its letters are the initials of consecutive words of the name («PPT» and
  // «Pedagogisk-psykologisk tjeneste», «BUP» and «Barne- og ungdomspsykiatrisk poliklinikk»), or a named party's other
  // names (facts.ts NAMED_PARTIES: «NAV» and «Arbeids- og velferdsetaten»).
  const shortNames = [...named.matchAll(/(?<![\p{L}])\p{Lu}{2,4}(?![\p{L}])/gu)].map((m) => m[0]).filter((a) => !OWN_UNIT().test(a));
  if (shortNames.some((a) => recorded.some((t) => initialsHave(t, a)) || NAMED_PARTIES.some((p) => p.party.test(a) && recorded.some((t) => p.named.test(t)))))
    return true;
  // A register named in English and recorded by its Norwegian name, or the other way round («We ask the National Population
  // Register …» beside a source «Folkeregisteret»: N4's review, session 20).
  if (REGISTER_NAMES.some(([a, b]) => (a.test(named) && recorded.some((t) => b.test(t))) || (b.test(named) && recorded.some((t) => a.test(t))))) return true;
  // A named party's full name in the prose and its short name recorded («fra Arbeids- og velferdsetaten», a source «NAV»;
  // P's lawful-wording review, session 14).
  if (NAMED_PARTIES.some((p) => p.named.test(named) && recorded.some((t) => p.party.test(t)))) return true;
  // A name told only by an abbreviation not among the recorded sources («frå NAV»: variants-verje VE46; M, session 13)
  // is unrecorded; a name with no word to match counts as recorded (nothing to tell).
  // A directory named only by its number («i 1881»): recorded only where a recorded source carries that number (session 36).
  const numbers = stems.length === 0 ? words.filter((w) => DIRECTORY_NUMBER().test(w)) : [];
  if (numbers.length > 0) return numbers.some((n) => recorded.some((t) => t.split(/\D+/u).includes(n)));
  if (stems.length === 0) return abbreviations.length === 0;
  const long = words.flatMap((w) => w.split('-')).map((w) => w.replace(DATA_FIRST(), ''));
  // A generic head («centre», «office», «service», «senter», «kontor») is no name by itself where the name has other words
  // of its own: «the asylum reception centre» is not a recorded «… at arrival centre» (variants-helsestasjon HS31; session 36).
  const own = stems.filter((st) => !GENERIC_HEAD().test(st));
  return (own.length > 0 ? own : stems).some((st) => recorded.some((t) => stemRecorded(st, long, t)));
}
/**
 * Whether `stem` (five letters of a named word) is in `recorded` as the same name: anywhere in it, unless the named word
 * is a body of its own (DISTINCT_BODY) that the recorded word leaves within its first eight letters: «barnevernstenesta»
 * is not «barnehagen» nor «barnet», whose «barne» is the head «barn» and an ending (variants-ppt PP09; F7, session 20).
 * Other compounds that share a first element with a recorded word still count («helsesjukepleiaren» for «Helsestasjon»,
 * «skuleleiinga» for «Skulen»: N5's review), as does a recorded word that shares eight letters or more.
 */
function stemRecorded(stem: string, named: readonly string[], recorded: string): boolean {
  let at = recorded.indexOf(stem);
  if (at < 0) return false;
  const full = named.filter((w) => w.startsWith(stem));
  for (; at >= 0; at = recorded.indexOf(stem, at + 1)) {
    const word = /^\p{L}*/u.exec(recorded.slice(at))![0];
    if (full.some((n) => !divergingCompound(n, word))) return true;
  }
  return false;
}
/**
 * A body of its own, named by a compound whose first letters other sources share: the child welfare service
 * («barnevernet», «barnevernstenesta», «barneverntjenesten»), and a directorate, supervisory authority,
 * ombud, ministry or institute by its ending («helsedirektoratet», «arbeidstilsynet»); not «etat», a municipality's own department
 * too («helseetaten i kommunen»: N5's review).
 */
const DISTINCT_BODY = lazyPattern(String.raw`^(?:barnevern|\p{L}{3,}(?:direktorat|tilsyn|ombud|ombod|departement|institutt))`, 'u');
/**
 * A kindergarten is a body of its own, not the child: «barnehagen» is not «barnet», «barna», «barnevernet» (variants-helsestasjon
 * HS28: «frå pedagogisk leiar i barnehagen» beside a source described «Foreldra fortel om barnet»; session 36, R22). A recorded
 * word that shares «barneh» names a kindergarten too («Barnehagane i kommunen»).
 */
const KINDERGARTEN = lazyPattern(String.raw`^barnehag`, 'u');
/** A named body (DISTINCT_BODY) of six letters or more after the part it shares with `word`, which leaves it before eight. */
function divergingCompound(named: string, word: string): boolean {
  const kindergarten = KINDERGARTEN().test(named);
  if (!kindergarten && !DISTINCT_BODY().test(named)) return false;
  let p = 0;
  while (p < named.length && p < word.length && named[p] === word[p]) p++;
  if (kindergarten) return p < 6;
  return p < 8 && p < word.length && named.length - p >= 6;
}

// ---- (d) places -----------------------------------------------------------------------------------------------------

/** Codes of places that are part of an EEA state, to that state's code. */
const PART_OF: Readonly<Record<string, string>> = {
  IC: 'ES',
  EA: 'ES',
  AX: 'FI',
  SJ: 'NO',
  GF: 'FR',
  GP: 'FR',
  MQ: 'FR',
  RE: 'FR',
  YT: 'FR',
  MF: 'FR',
};
/**
 * The short forms Intl does not give («USA», «UK»). The English names it gives no more («Turkey», «Czech Republic», …) are
 * countries.ts's FORMER_NAMES, in regionCodes() for every reader.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'],
  ['us', 'US'],
  ['the united states', 'US'],
  ['uk', 'GB'],
  ['the united kingdom', 'GB'],
  ['the philippines', 'PH'],
]);
/**
 * A country's name (Intl region names in nb, nn and en, and the SHORT_FORMS), in any case, to its ISO code; a part of an
 * EEA state with a code of its own (the Canary Islands, Ceuta and Melilla, Åland, Svalbard and Jan Mayen, France's
 * overseas departments) to that state's («lagres på Svalbard» is no transfer).
 * Two letters that name no country (the code itself) and the EU's, the UN's and other groupings' codes are left out, and so
 * are old or reserved codes that name a country another code names (FX France, UK, SU, DD, YU, ZR: their canonical code is
 * FR, GB, RU, DE, RS, CD): after the canonical code they took its name («France» was FX, outside the EEA, «the United
 * Kingdom» UK, not the GB a transfer records; R1, session 14). Where a name still has two codes, the last asked.
 */
const countryCodes = new Map<string, string | undefined>();
export function countryCode(name: string): string | undefined {
  const key = name.toLowerCase();
  const short = SHORT_FORMS.get(key);
  if (short !== undefined) return short;
  if (countryCodes.has(key)) return countryCodes.get(key);
  const code =
    (regionCodes().get(key) ?? [])
      .filter((c) => c !== key.toUpperCase() && !/^(?:EU|EZ|UN|QO|XA|XB|ZZ)$/u.test(c) && Intl.getCanonicalLocales(`und-${c}`)[0] === `und-${c}`)
      .pop() ?? cityCountry(key);
  const found = code === undefined ? undefined : (PART_OF[code] ?? code);
  countryCodes.set(key, found);
  return found;
}
/**
 * A place named after a preposition (or «og», «and» in a list of places): up to four capitalised words, commas between
 * («i Manila på Filippinene», «i Bangalore, India», «i Canada og USA», «in the Philippines»). Group 1: the words.
 */
const PLACE_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:i|in|på|til|to|og|and|samt|(?<=(?:driftes|driftast|drives|drivast|styres|styrast|administreres|administrerast|run|operated|managed|administered|hosted|drifta|driftet|drevet|driven)\s+)(?:fra|frå|from))\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:,?\s+(?:the\s+)?\p{Lu}[\p{L}-]*){0,3})`,
  'gu',
);
/**
 * The clause hands data to a party there or has it handled there: a verb of sending, transferring, disclosing, answering,
 * handling, storing or verifying, or a party that does it (a partner, supplier, service, authority, company). Where
 * neither is said, a country names something else (where the person lives or studies, a trip, an address). A cooperating
 * party («samarbeidende forskere ved Harvard University i USA», «collaborating researchers»: variants-skatt SK61; M,
 * session 15) is such a party, as a partner is; putting something at the disposal of people abroad («stilles til rådighet
 * for publikum i Canada», «make the app available in the United States») is not read, as a report or an app is no data.
 */
/**
 * A support team, helpdesk or call centre, which sees the data it supports (nb, nn, en): «Its second-line support team in
 * the Philippines can see call metadata», «brukarstøtta i Ukraina», «kundeservice i India», «helpdesk in Manila»
 * (variants-tolk TL20; W9, session 22). Only the nouns of such a team, not «support» alone («we support interpreters in
 * Ukraine» names no party).
 */
const SUPPORT_PARTY = String.raw`(?:(?:first|second|third|1st|2nd|3rd)[-\s]line\s+support|(?:customer|technical|tech|it|user|product)\s+support|support\s+(?:team|staff|desk|cent(?:re|er)|engineers?|agents?|personnel|function)s?|helpdesk\p{L}*|help\s+desk|service\s*desk|call\s+cent(?:re|er)s?|brukerstøtt\p{L}*|brukarstøtt\p{L}*|kundestøtt\p{L}*|kundeservice\p{L}*|kundesenter\p{L}*|supportteam\p{L}*|supportavdeling\p{L}*|supportsenter\p{L}*)`;
/**
 * The support team placed by the words right after it («support team in the Philippines», «brukarstøtta i Ukraina», «the
 * helpdesk in Manila», «support from our partner in India»), not support given by the controller to people abroad («We give
 * user support by phone to interpreters working in Ukraine, from our office in Bergen»: N8's review, session 22).
 */
const SUPPORT_AT = lazyPattern(
  String.raw`(?<![\p{L}])${SUPPORT_PARTY}(?![\p{L}])(?:\s+(?:is|are|er|blir|vert|based|located|sits?|provided|given|answered))?\s+(?:\p{L}+\s+){0,1}?(?:in|i|på|from|fra|frå)\s+(?:the\s+)?(?=\p{L})`,
  'giu',
);
/** SUPPORT_AT where a capital follows (a place's name: «i Ukraina», not «på telefon»; the pattern's `i` flag folds \p{Lu}). */
const supportAt = (clause: string): boolean =>
  matchesOf(SUPPORT_AT(), clause)
    .map((m) => clause.charAt(m.index + m[0].length))
    .some((c) => /\p{Lu}/u.test(c));
/**
 * Servers or data centres in a place («stores the answers on its servers in the United States», «a portal that the parent
 * runs on servers in the United States», «serverne står i USA», «datasenteret i India»: variants-veterinar DY03, DY14; W12,
 * session 23) hold the data there, whoever runs them. Not the indefinite «servere», which is also «to serve» in Norwegian.
 */
const SERVERS = String.raw`servers?|server\s+farms?|serveren|serverne|serverane|serverpark\p{L}*|datacent(?:re|er)s?|data\s+cent(?:re|er)s?|datasent(?:er|eret|re|ra|rene|rane|ret)|datasenter`;
const SERVERS_AT = lazyPattern(String.raw`(?<![\p{L}])(?:${SERVERS})(?![\p{L}])`, 'iu');
const HANDLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:samarbeidend\p{L}*|samarbeidande\p{L}*|cooperating|collaborating|samarbeids(?!partn)\p{L}+|samarbeider|samarbeidar|collaborates?|cooperates?|send\p{L}*|tilsend\p{L}*|oversend\p{L}*|overfør\p{L}*|transfer\p{L}*|utlever\p{L}*|disclos\p{L}*|dele|deler|deles|delt|shar(?:e|es|ed|ing)|besvar\p{L}*|answered|håndter\p{L}*|handled|handles|utføres|utførast|performed|lagres|lagrast|lagra|lagret|stored|hosted|drift\p{L}*|behandles|handsamast|processed|verifiser\p{L}*|verifisering\p{L}*|verif(?:y|ies|ied|ication)|samarbeidspartn\p{L}*|partner\p{L}*|partnar\p{L}*|leverandør\p{L}*|underleverandør\p{L}*|suppliers?|vendors?|providers?|(?:\p{L}*)tjenesten|\p{L}*tenesta|services?|\p{L}*myndighet\p{L}*|\p{L}*styresmakt\p{L}*|authorit(?:y|ies)|selskap\p{L}*|compan(?:y|ies)|Ltd|Inc|LLC|Pvt|Pte|Corp|e-?post(?:er|ar|es|ast|a|et)|e-?mail(?:s|ed|ing)?|mailed|forward(?:s|ed|ing)?|videresend\p{L}*|back[-\s]?offices?|backoffice\p{L}*|(?:operated|managed|run|administered)(?=\s+from\s))(?![\p{L}])`,
  'iu',
);
/**
 * The country is where the person is, lives, was born, studies or travels, or whose citizen they are («studenter i USA»,
 * «født i India», «bosatt i Canada», «reiser til USA», «students in the United States»): no party there. So are the people
 * whose applications or enquiries are handled here («Our office in Oslo handles the applications from people in India»,
 * «candidates from Brazil», «pasientar frå Kina»): where people come from is no destination (F2, session 41).
 */
const PERSONS_PLACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:student\p{L}*|søker\p{L}*|søkjar\p{L}*|elev\p{L}*|borger\p{L}*|statsborger\p{L}*|citizens?|nordmenn|norske|(?!kundeserv|kundestøtt|kundesent)kunde\p{L}*|customers?|users?|brukerne|brukarane|brukere|brukarar|clients?|members?|people|persons|individuals|candidates?|applicants?|patients?|pasient(?:en|ar|er|ane|ene)|pupils?|children|barn(?:a|et|ene)?|folk|personer|personar|innbygg(?:er|ere|erne|jar|jarar|jarane)|families|famili(?:ar|er|ane|ene)|tourists?|turist(?:ar|er|ane|ene)|refugees?|flyktning(?:ar|er|ane|ene)|du|deg|you|bor|bur|bosatt|busett|lives?|living|resident\p{L}*|født|fødd|born|studerer|studerar|stud(?:y|ies|ying)|reis\p{L}*|travel\p{L}*|ferie\p{L}*|holiday\p{L}*|opphold\p{L}*|stay\p{L}*|adresse\p{L}*|address\p{L}*|utveksling\p{L}*|exchange)\s+(?:(?!(?:til|to|hos|ved|av|by|with|med)\s)\p{L}+\s+)?(?:i|in|til|to|fra|frå|from)\s+(?:the\s+)?$`,
  'iu',
);
/**
 * People or goods sent, shipped or lent abroad, or goods bought, made or sold there («Kommunen har vennskapsby i Kina og
 * sender en delegasjon dit», «Our supplier in India makes the shirts», «Biblioteket kjøper bøker fra en leverandør i
 * Storbritannia», «The museum ships the exhibition to a partner museum in Canada»: P2's review, session 14; N, session
 * 15): no data handed over, unless the clause names data too (DATA_NAMED: «sender en liste over deltakerne»).
 */
const PEOPLE_OR_GOODS = String.raw`(?:delegasjon\p{L}*|delegations?|elev(?:er|ar|ene|ane)|pupils|students|sjukepleiar\p{L}*|sykepleier\p{L}*|nurses|lærer(?:e|ne)|lærarar|teachers|ansatte|tilsette|staff|employees|gruppe\p{L}*|groups?|team\p{L}*|korps\p{L}*|choirs?|bands?|varer|varene|goods|produkt\p{L}*|products?|pakk(?:e|en|er|ene|ar|ane)|parcels?|packages?|gjenstand\p{L}*|objects?|items?|utstilling\p{L}*|exhibitions?|kunstverk\p{L}*|artworks?|bøker|bøkene|books?|dem|them|representant\p{L}*|representatives?|delegates?|utsending\p{L}*|lege(?:r|ne)|legar|legane|doctors|kirurg\p{L}*|surgeons|ordfører\p{L}*|mayors?|volunteers|frivillige)`;
const NO_DATA_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:send\p{L}*|ships?|shipped|shipping|låner ut|lånar ut|lends?|lent)\s+(?:\p{L}+\s+){0,2}?${PEOPLE_OR_GOODS}|kjøp\p{L}*|abonner\p{L}*|subscrib\p{L}*|buy(?:s|ing)?|bought|purchas\p{L}*|produser\p{L}*|produc(?:es|ed|ing)|manufactur\p{L}*|makes|made|importer\p{L}*|imports?|imported|selger|sells?|sold)(?![\p{L}])`,
  'iu',
);
/** NO_DATA_ACT's words: most clauses a place or a party is read in hold none (the pattern, 916 characters, is then not built). */
const mayNoDataAct = prefilter(NO_DATA_ACT);
/** Data named in the clause: information, lists, registers, applications, cases, files, names, records. */
const DATA_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:opplysning\p{L}*|\p{L}*data|informasjon\p{L}*|information|details|\p{L}*list(?:e|er|ene|a|ane|s)?|\p{L}*regist(?:er|eret|re|ra|ret|ry|ries|ers)|søknad\p{L}*|applications?|henvendels\p{L}*|enquir(?:y|ies)|saker|sakene|sakane|cases|\p{L}*fil(?:er|ene|ane)|files?|dokument\p{L}*|documents?|journal\p{L}*|records?|navn|namn|names?|cv|cv-er|\p{L}*utskrift\p{L}*|transcripts?|vitnemål\p{L}*|attest\p{L}*|kontaktinfo\p{L}*|adresse\p{L}*|address\p{L}*|lønn\p{L}*|payslips?|payroll|salar(?:y|ies)|\p{L}*rapport\p{L}*|reports?|\p{L}*brev|letters?|\p{L}*kort(?:et|a|ene|ane)?|cards?|bilde\p{L}*|bilete\p{L}*|photos?)(?![\p{L}])`,
  'iu',
);
/** Stops that end a clause for this reading: not the dot of «Ltd.», «Inc.», «Pvt.», «Co.», «nr.», «jf.» (a company's name goes on). */
const PLACE_STOP = lazyPattern(
  String.raw`(?<!(?<![\p{L}])(?:Ltd|Pvt|Inc|Co|Corp|Pte|Plc|LLC|Llc|nr|no|jf|ca|St|bl\.a|f\.eks|e\.g|i\.e|dvs))[.;:!?](?![\p{L}\d])`,
  'u',
);
/** What every PLACE_NAMED match holds, with its flags: a preposition then a capital. */
const PLACE_STEM = lazyPattern(String.raw`(?:i|in|på|til|to|og|and|samt|fra|frå|from)\s+(?:the\s+)?\p{Lu}`, 'u');

/**
 * A cooperating party alone («et samarbeidende nettverk av byer i USA», «a network of collaborating universities in
 * Japan», «en samarbeidende vennskapsskole i Tanzania»; also a «samarbeidsuniversitet», or a party «vi samarbeider med»:
 * variants-paraphrase2 PB067, PB069, W13 session 24) hands nothing over: read only where the clause also has a verb
 * that hands over or lets in (COOP_HANDS), another word of HANDLED, or data named (N's review of M, session 15: 3 of 5
 * lawful fired; N, session 16).
 */
const COOPERATING = lazyPattern(
  String.raw`^(?:samarbeidend\p{L}*|samarbeidande\p{L}*|cooperating|collaborating|samarbeids(?!partn)\p{L}+|samarbeider|samarbeidar|collaborates?|cooperates?)$`,
  'iu',
);
const COOP_HANDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:får|fær|mottar|mottek|tar imot|receives?|received|get|gets|går\s+til|gis\s+til|go(?:es)?\s+to|given\s+to|til\s+rådighet|til\s+rådvelde|til\s+disposisjon|available|tilgang|access|vurder\p{L}*|assess\p{L}*|review\p{L}*|uttrekk\p{L}*|extracts?|\p{L}+opplysning\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * Figures that identify no one («bare aggregerte tall», «anonymisert statistikk», «aggregated figures that identify no
 * one»): a clause that hands over only such is no transfer of personal data (Art. 4(1), recital 26). Read where no data is
 * named in the clause but with an anonymous word or a word of none right before it («anonymiserte data», «uten navn»);
 * ANONYMOUS is the profiling reader's («anonymous counts», «aggregert statistikk»).
 */
const ANONYMOUS_OR_NONE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:anonym\p{L}*|aggreger\p{L}*|aggregat\p{L}*|statistis\p{L}*|uten|utan|without|ingen|inga|no)\s+(?:[\p{L}-]+\s+)?$`,
  'iu',
);
const DATA_NAMED_ALL = lazyPattern(DATA_NAMED.source, 'giu');
const HANDLED_ALL = lazyPattern(HANDLED.source, 'giu');
const PLACE_NAMED_ONE = lazyPattern(PLACE_NAMED.source, 'u');
function dataNamedAsData(clause: string): boolean {
  for (const m of clause.matchAll(DATA_NAMED_ALL())) if (!ANONYMOUS_OR_NONE_BEFORE().test(clause.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
/**
 * A denial after the place that no data goes there («the supplier's developers in Canada have no access to personal
 * data», «utviklingsavdeling i USA, men ingen personopplysninger lagres der», «utvikla av eit selskap i USA utan tilgang
 * til medlemsdata», «it never receives personal data»): read in the words after the place up to the next place, not where
 * a place follows the denial («… og ingen data til Kina»). A part of the data left out («men ikke fødselsnummer») is no denial
 * (B5's service-place review, session 15; N, session 16).
 */
const NO_DATA_THERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:ingen|inga|no|not|ikke|ikkje|never|aldri|uten|utan|without)\s+(?:[\p{L}-]+\s+){0,3}?(?:tilgang|access|personopplysning\p{L}*|personal\s+(?:data|information)|persondata|\p{L}*data|opplysninger|opplysningar)(?![\p{L}])`,
  'iu',
);
const NO_DATA_OPENS = lazyPattern(String.raw`^\s*(?:\p{L}+\s+){0,4}?(?=${NO_DATA_THERE.source})`, 'iu');
/** A denial found at `at` in `text`: «no» only where it is English (nynorsk «no» is «now»: «har no tilgang»). */
const noDataAt = (text: string, at: number): boolean => !/^no\s/iu.test(text.slice(at, at + 3)) || englishNoAt(text, at);
/** Whether a text opens with a denial that data goes anywhere (the part after «, men», «, but»: processor-location). */
function opensWithNoData(text: string): boolean {
  const m = NO_DATA_OPENS().exec(text);
  return m !== null && noDataAt(text, m[0].length);
}

/** NO_DATA_THERE in the words after a place (from `end`) up to the next place, with no place right after the denial. */
function deniedAfter(clause: string, end: number): boolean {
  const rest = clause.slice(end, end + 200);
  const next = PLACE_NAMED_ONE().exec(rest);
  const words = next === null ? rest : rest.slice(0, next.index);
  const d = NO_DATA_THERE().exec(words);
  return d !== null && noDataAt(clause, end + d.index) && !(next !== null && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(words.slice(d.index + d[0].length)));
}

/**
 * Where a party comes from against where the data is handled, on either side of a contrast («Plattforma er utvikla i USA,
 * men data blir lagra og behandla i EU», «The app was designed in Canada, but all data is stored in Norway», «Leverandøren
 * har hovudkontor i USA, men opplysningane blir lagra i Noreg», «owned by a company in the United States, while the bookings
 * are processed by its subsidiary in Ireland»): a part that only says where something was made, is owned or is based
 * (ORIGIN), with no verb of handling data (HANDLING_VERB), is not read where another part of the clause has the data handled
 * at a named place (session 15's note: the places reader did not split at «, men»; N, session 16: 5 of 6 lawful fired).
 * A part that hands data over itself is read («Systemet driftes i Norge, men sikkerhetskopiene lagres hos leverandøren i
 * USA»), and so is support or service given from abroad (no ORIGIN word).
 */
const PLACE_CONTRAST = lazyPattern(String.raw`,\s*(?:men|mens|but|while|whereas)(?![\p{L}])`, 'giu');
const CONTRAST_SAID = lazyPattern(PLACE_CONTRAST.source, 'iu');
const ORIGIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:utvikl\p{L}*|developed|designed|design\p{L}*|laget|laga|lagd|made|produsert\p{L}*|eid|eigd|eies|eigast|owned|hovedkontor\p{L}*|hovudkontor\p{L}*|headquarter\p{L}*|head\s+office|morselskap\p{L}*|parent\s+compan\p{L}*|based|registrert|registered|grunnlagt|founded)(?![\p{L}])`,
  'iu',
);
const HANDLING_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|oversend\p{L}*|overfør\p{L}*|transfer\p{L}*|utlever\p{L}*|disclos\p{L}*|dele|deler|deles|delt|shar(?:e|es|ed|ing)|besvar\p{L}*|answered|håndter\p{L}*|handled|handles|utføres|utførast|performed|lagres|lagrast|lagra|lagret|lagrer|lagrar|stores?|stored|hosts?|hosted|drift\p{L}*|behandles|behandla|behandler|behandlar|behandlet|handsama|handsamar|handsamast|process(?:es)?|processed|verifiser\p{L}*|verif(?:y|ies|ied|ication))(?![\p{L}])`,
  'iu',
);
/** The spans of a clause's contrast parts whose places are not read (see ORIGIN). */
function originOnlyParts(clause: string): [number, number][] {
  const cuts = [0, ...Array.from(clause.matchAll(PLACE_CONTRAST()), (m) => m.index), clause.length];
  if (cuts.length < 3) return [];
  const parts = cuts.slice(0, -1).map((from, i) => [from, cuts[i + 1]!] as [number, number]);
  const handledAt = parts.map(([from, to]) => {
    const part = clause.slice(from, to);
    return HANDLING_VERB().test(part) && PLACE_STEM().test(part);
  });
  return parts.filter(([from, to], i) => {
    const part = clause.slice(from, to);
    return ORIGIN().test(part) && !HANDLING_VERB().test(part) && handledAt.some((h, j) => h && j !== i);
  });
}

/**
 * A visit, a study trip, a lecture or a conference with a party abroad, or the public reading what is published («Ansatte var
 * på studietur til fengselsmyndighetene i Serbia i 2024», «En representant for fengselsmyndighetene i Serbia holdt et foredrag
 * for de ansatte», «Myndighetene i Serbia kan lese de publiserte tabellene», «The prison authorities in Serbia visited us»: F12,
 * session 22): a contact, no data handed to the party. Read only where the clause has no verb of handing data over
 * (HANDLING_VERB), no receiving or access (COOP_HANDS) and names no data (DATA_NAMED): «De publiserte søknadene kan leses av
 * myndighetene i Serbia», «Etter besøket sender vi rapporten til myndighetene i Serbia» are read.
 */
const CONTACT_ONLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:studietur\p{L}*|studiereis\p{L}*|study\s+(?:trips?|visits?|tours?)|besøk\p{L}*|visit(?:s|ed|ing)?|foredrag\p{L}*|lectures?|talks?|presentasjon\p{L}*|presentations?|konferans\p{L}*|conferences?|publiserte|publisert|published|offentliggjort\p{L}*|offentleggjort\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * A laboratory the samples go to («Samples are sent to IDEXX's reference laboratory in Westbrook, Maine, in the United
 * States», «prøvene sendes til et laboratorium i USA», «prøvane går til eit laboratorium i Storbritannia»: variants-veterinar
 * DY20; W12, session 23): samples sent for analysis go with the patient's or owner's name and results come back, so the
 * laboratory handles personal data there. Only with samples or analyses named in the clause: a laboratory abroad that
 * developed a test, or one the staff visited, hands nothing over.
 */
/**
 * Servers or a laboratory denied, planned, weighed or in the past («No samples or analyses are sent to the laboratory in
 * the United States», «Moving the survey to servers in the United States was considered in 2025 and rejected»: reviewer
 * N9's v108, v115, session 23): where the data is not. Read only for these two readings (SERVERS_AT, LAB).
 */
const NOT_NOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:no|not|never|none|ingen|inga|ikke|ikkje|aldri|considered|rejected|planned|plans?|proposed|would|could|might|vurdert\p{L}*|avvist\p{L}*|forkast\p{L}*|planlagt\p{L}*|planlegg\p{L}*|until|inntil|tidlegare|tidligere|formerly|previously|used\s+to|was|were|var|vart|ble|blei)(?![\p{L}])`,
  'iu',
);
/**
 * A laboratory by its word or a compound ending in it («mikrolaboratoriet»), tested only (no match's words are read): the
 * word's end found without a run of letters before it, which V8 tried at every word's start (#16, session 24: twelve times
 * the cost of the same test, on every clause with a place).
 */
const LAB = lazyPattern(String.raw`laborator(?:y|ies|ium|iet|ia|iene|ium\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:labs?|laben)(?![\p{L}])`, 'iu');
const SAMPLES = lazyPattern(
  String.raw`(?<![\p{L}])(?:samples?|specimens?|swabs?|\p{L}*prøv(?:e|a|en|er|ar|ene|ane)|analys(?:is|es|ed|e)|analyser\p{L}*|analys(?:ert|ere|erast))(?![\p{L}])`,
  'iu',
);
/**
 * A party placed by an adjective of its country, not a preposition («sensorer ved amerikanske partneruniversiteter får
 * tilgang til besvarelsene», «ein britisk leverandør», «a US cloud provider», «an Indian subcontractor»:
 * variants-paraphrase2 PB068; W13, session 24): the party is there as much as «ved partneruniversiteter i USA». Only before
 * a noun of a party that can hold data (a company, supplier, university, examiner, researcher, authority, laboratory, bank,
 * data centre, support team; not «servers», which may be a make: «Japanese servers in our own server room in Bergen»,
 * reviewer N10), in a clause with a verb that hands data over or lets it in (HANDLING_VERB, COOP_HANDS). Not a
 * party the clause says is the owner or the origin («eid av et amerikansk selskap», «a subsidiary of a US company», ORIGIN),
 * people from there («studenter fra amerikanske universiteter»), nor where the clause denies, plans or looks back
 * (NOT_NOW). Group 1: the adjective; group 2: the party.
 */
const NATIONALITIES: readonly [string, string][] = [
  ['US', String.raw`[Aa]merikanske?|American|US|U\.S\.`],
  ['GB', String.raw`[Bb]ritiske?|British|UK`],
  ['IN', String.raw`[Ii]ndiske?|Indian`],
  ['CN', String.raw`[Kk]inesiske?|Chinese`],
  ['CA', String.raw`[Kk]anadiske?|Canadian`],
  ['AU', String.raw`[Aa]ustralske?|Australian`],
  ['JP', String.raw`[Jj]apanske?|Japanese`],
  ['PH', String.raw`[Ff]ilippinske?|Filipino|Philippine`],
  ['UA', String.raw`[Uu]krainske?|Ukrainian`],
  ['RU', String.raw`[Rr]ussiske?|Russian`],
  ['TR', String.raw`[Tt]yrkiske?|Turkish`],
  ['RS', String.raw`[Ss]erbiske?|Serbian`],
];
const NATIONALITY_OF = NATIONALITIES.map(([code, words]) => [code, new RegExp(`^(?:${words})$`, 'u')] as const);
const PARTY_NOUN = String.raw`[\p{L}-]*(?:universitet|selskap|leverandør|partner|partnar|firma|konsern|myndighet|styresmakt|laborator|forsker|forskar|bank|skytjeneste|skyteneste|datasenter|tjenesteleverandør|kundeservice|kundesenter|brukerstøtte|brukarstøtte)\p{L}*|sensor(?:ar|er|ane|ene)|compan(?:y|ies)|suppliers?|vendors?|providers?|universit(?:y|ies)|partners?|firms?|researchers?|examiners?|authorit(?:y|ies)|laborator(?:y|ies)|labs?|banks?|insurers?|data\s+cent(?:re|er)s?|cloud\s+(?:providers?|services?|storage)|hosting\s+providers?|call\s+cent(?:re|er)s?|support\s+teams?|(?:sub)?contractors?|processors?`;
const NATIONAL_PARTY = lazyPattern(
  String.raw`(?<![\p{L}])(${NATIONALITIES.map(([, w]) => w).join('|')})(?:-(?:based|basert|baserte))?\s+(?:[\p{L}-]+\s+)?(${PARTY_NOUN})(?![\p{L}])`,
  'gu',
);
// Two letters are a word of this gate («US», «UK»: case kept, so «us» does not pass).
const mayNational = prefilter(NATIONAL_PARTY, false, 2);
/**
 * «fra», «from» in the two words before the adjective (where people or things come from), or a part of a group («datterselskap
 * av», «a subsidiary of», «del av»): who owns it, not who handles the data. «av», «by» alone are the passive's agent
 * («besvares av en indisk underleverandør», «answered by an Indian subcontractor») and are read.
 */
const FROM_OR_OWNED = lazyPattern(
  String.raw`(?<![\p{L}])(?:fra|frå|from|(?:datterselskap\p{L}*|dotterselskap\p{L}*|subsidiar(?:y|ies)|del|part|member|medlem|eid|eigd|owned)\s+(?:av|of|by))\s+(?:\p{L}+\s+)?$`,
  'iu',
);
/**
 * A place that only says where a supplier's owner is: «et selskap med morselskap i Storbritannia», «a firm with a parent
 * company in the United States», «som har konsern i», «owned by a company in India» (FP, session 45: «Lønnssystemet leveres
 * av et selskap med morselskap i Storbritannia og driftes i Finland» read as a party in the United Kingdom). The words right
 * before the place; a party the data is handed to is still read («deles med morselskapet i USA», «support staff in India»).
 */
export const OWNER_AT = lazyPattern(
  String.raw`(?:(?<![\p{L}])(?:(?:\p{L}*selskap|\p{L}*leverandør\p{L}*|\p{L}*firma|supplier|company|firm|vendor|provider)\s+(?:med|with|som\s+har|that\s+has|which\s+has)|har|has|have|having)\s+(?:(?:a|et|eit|its)\s+)?(?:morselskap|eigarselskap|eierselskap|parent\s+(?:company|group)|konsern)|(?<![\p{L}])(?:eid|eigd|eies|eigast|owned)\s+(?:av|by)\s+(?:[\p{L}-]+\s+){1,3}?)\s*(?:i|in|frå|fra|from)\s+(?:the\s+)?$`,
  'iu',
);
function nationalPlaces(clause: string): { country: string; party: string; at: number }[] {
  if (ORIGIN().test(clause) || NOT_NOW().test(clause)) return [];
  const out: { country: string; party: string; at: number }[] = [];
  const cuts = [0, ...Array.from(clause.matchAll(PLACE_CONTRAST()), (c) => c.index), clause.length];
  for (const m of clause.matchAll(NATIONAL_PARTY())) {
    const country = NATIONALITY_OF.find(([, re]) => re.test(m[1]!))?.[0];
    if (country === undefined) continue;
    // The side of «, men», «, but» that holds the party must hand data to it itself («Vi kjøper tjenesten av et britisk
    // selskap, men alle data lagres i Irland»: a purchase, the data elsewhere).
    const at = cuts.findLastIndex((c) => c <= m.index);
    const side = clause.slice(cuts[at]!, cuts[at + 1] ?? clause.length);
    // A verb that hands data over or lets it in (HANDLING_VERB, COOP_HANDS), not a party noun alone: «Kriminalomsorgen deltar i et
    // prosjekt med ukrainske fengselsmyndigheter om opplæring» hands nothing over (lawful-wordings-s22-n-kriminalomsorg f53).
    if (!(HANDLING_VERB().test(side) || COOP_HANDS().test(side)) || (mayNoDataAct(side) && NO_DATA_ACT().test(side) && !DATA_NAMED().test(side))) continue;
    const head = clause.slice(wordsStart(clause, m.index, 10), m.index);
    const part = head.slice(head.lastIndexOf(',') + 1);
    if (FROM_OR_OWNED().test(part) || negatedBetween(clause, m.index - part.length, m.index) || deniedAfter(clause, m.index + m[0].length)) continue;
    out.push({ country, party: m[0], at: m.index });
  }
  return out;
}
/**
 * Someone who works, interprets or logs in «from» a country («tolkar for sjeldne språk tolkar over video frå Tyrkia», «the
 * interpreter works remotely from Turkey», «logger seg på fra India»: variants-legevakt LV29; R2, session 25): the one who
 * sees the data is there (Art. 44: access from a third country is a transfer). Only verbs of working, not of answering or
 * helping people who come from there, and no «med», «with», «for», «til», «om», «på» between (people worked with: «arbeider
 * med flyktningar frå Syria»). Group 1: the place's capitalised words.
 */
const REMOTE_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:tolk(?:ar|er|a|et|ane|ene|ar|er)?|interpret(?:s|ed|ing|ers?)?|arbeid(?:er|ar)|jobb(?:er|ar)|works?|working|log(?:ger|gar)\s+(?:seg\s+)?(?:inn|på)|logs?\s+(?:in|on))\s+(?:(?!(?:med|with|for|til|to|om|about|på|on|ut|out)\s)[\p{L}-]+\s+){0,4}?(?:frå|fra|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`,
  'gu',
);
const mayRemote = prefilter(REMOTE_FROM);
/** A plan weighed and another chosen («We considered an interpreter working from Turkey, but chose one in Norway»: N11). */
const CHOSE_OTHER = lazyPattern(
  String.raw`(?<![\p{L}])(?:considered|looked\s+at|vurderte|vurdert|vurderer|såg\s+på|så\s+på)(?![\p{L}])[^]*?(?<![\p{L}])(?:but|men)\s+(?:\p{L}+\s+){0,2}?(?:chose|choose|picked|hired|went\s+for|valde|valgte|vel|velger|gjekk\s+for|gikk\s+for|tilsette|ansatte|tok)(?![\p{L}])`,
  'iu',
);
function remotePlaces(clause: string, start: number, out: { words: string; at: number; country: string; party: string }[]): void {
  for (const m of clause.matchAll(REMOTE_FROM())) {
    const words = m[1]!.split(/\s+/u);
    let country: string | undefined;
    for (let i = 0; i < words.length && country === undefined; i++) country = countryCode(words.slice(i).join(' ')) ?? countryCode(words[i]!);
    if (country === undefined || negatedBetween(clause, wordsStart(clause, m.index, 4), m.index + m[0].length) || CHOSE_OTHER().test(clause)) continue;
    out.push({
      words: clause.trim(),
      at: start + clause.indexOf(clause.trim()),
      country,
      party: clause.slice(wordsStart(clause, m.index, 3), m.index).trim() || m[0],
    });
  }
}

/**
 * A worker who sits, is based or works in a country and serves us from there («for sjeldne språk bruker vi tolker som sitter i
 * Tyrkia og tolker over video», «interpreters based in Turkey who interpret by video», «ein tolk som bur i Tyrkia tolkar over
 * video»: variants-paraphrase5 PE083, session 28): the one who hears or sees the data is there (Art. 44). A worker's noun
 * (an interpreter, translator, consultant, developer, support staff, caseworker) then «som sitter/er basert/holder til/jobber
 * i», «based/located/stationed in», «who sit/work in»; a verb of living or being («bur», «bor», «lives», «er», «is») only in
 * a clause that says the work is remote (REMOTE_WORK: over video, by phone, remotely). Not where it is denied, past («har
 * bodd»: no such verb here) or a plan turned down (CHOSE_OTHER). Group 1: the verb; group 2: the place's capitalised words.
 */
const WORKER_AT = lazyPattern(
  String.raw`(?<![\p{L}])(?:tolk(?:ar|er|ane|ene)?|interpreters?|translators?|omsetjar(?:ar|ane|en)?|oversetter(?:e|en|ne)?|konsulent(?:ar|er|ane|ene|en)?|consultants?|utvikl(?:ar|er)(?:e|ne|ane|en)?|developers?|saksbehandl(?:ar|er)(?:e|ne|ane|en)?|caseworkers?|support\s+(?:staff|agents?|teams?)|agents?|operatør(?:ar|er|ane|ene|en)?|operators?|transcribers?|medarbeid(?:ar|er)(?:e|ne|ane|en)?|staff)\s+(?:(?:som|who|that)\s+(?:(?:også|òg|also)\s+)?(sit(?:s|ter|t)?|sitj(?:er|a)|holder\s+til|held\s+til|(?:er|is|are)\s+(?:basert|based|located|stasjonert|stationed)|jobb(?:er|ar)|arbeid(?:er|ar)|works?|bur|bor|lives?|live|er|is|are)|(based|located|stationed|sitting|working|living))\s+(?:i|in)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`,
  'gu',
);
const mayWorkerAt = prefilter(WORKER_AT);
const SERVED_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:til|to|for|åt|med|with|about|om)\s+(?:(?:the|our|våre|dei|de|alle|all)\s+)?$`, 'iu');
const LIVES_OR_IS = lazyPattern(String.raw`^(?:bur|bor|lives?|live|living|er|is|are)$`, 'u');
const REMOTE_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:over|på|via|by|per)\s+(?:video\p{L}*|telefon\p{L}*|phone|telephone|skjerm|screen|nett(?:et)?|internet)|video(?:link|tolk\p{L}*|samtal\p{L}*|call\p{L}*)?|remote(?:ly)?|fjern(?:tolk\p{L}*|arbeid\p{L}*)?|digitalt|online|skjermtolk\p{L}*)(?![\p{L}])`,
  'iu',
);
function workerPlaces(clause: string, start: number, out: { words: string; at: number; country: string; party: string }[]): void {
  for (const m of clause.matchAll(WORKER_AT())) {
    const verb = m[1] ?? m[2]!;
    if (LIVES_OR_IS().test(verb) && !REMOTE_WORK().test(clause)) continue;
    // The workers as the ones served or worked with («gir brukerstøtte på telefon til tolker som jobber i Ukraina», «support
    // to interpreters working in Ukraine»: s22-w9's lawful wordings): they are there, but handle nothing for us.
    if (SERVED_BEFORE().test(clause.slice(wordsStart(clause, m.index, 3), m.index))) continue;
    const words = m[3]!.split(/\s+/u);
    let country: string | undefined;
    for (let i = 0; i < words.length && country === undefined; i++) country = countryCode(words.slice(i).join(' ')) ?? countryCode(words[i]!);
    if (country === undefined || negatedBetween(clause, wordsStart(clause, m.index, 4), m.index + m[0].length) || CHOSE_OTHER().test(clause)) continue;
    out.push({ words: clause.trim(), at: start + clause.indexOf(clause.trim()), country, party: m[0] });
  }
}

function placesIn(text: string): { words: string; at: number; country: string; party: string }[] {
  const out: { words: string; at: number; country: string; party: string }[] = [];
  let at = 0;
  const remote = mayRemote(text);
  const worker = mayWorkerAt(text);
  for (const clause of splitOn(text, PLACE_STOP())) {
    const start = at;
    at += clause.length + 1;
    if (remote && mayRemote(clause)) remotePlaces(clause, start, out);
    if (worker && mayWorkerAt(clause)) workerPlaces(clause, start, out);
    const stem = PLACE_STEM().test(clause);
    const national = mayNational(clause);
    if (!stem && !national) continue;
    const handledWords = HANDLED().test(clause);
    const handled = handledWords || ((SERVERS_AT().test(clause) || (LAB().test(clause) && SAMPLES().test(clause))) && !NOT_NOW().test(clause));
    if (!handled && !supportAt(clause)) continue;
    if (mayNoDataAct(clause) && NO_DATA_ACT().test(clause) && !DATA_NAMED().test(clause)) continue;
    if (ANONYMOUS().test(clause) && !dataNamedAsData(clause)) continue;
    if (CONTACT_ONLY().test(clause) && !HANDLING_VERB().test(clause) && !COOP_HANDS().test(clause) && !DATA_NAMED().test(clause)) continue;
    if (
      handledWords &&
      matchesOf(HANDLED_ALL(), clause)
        .map((h) => h[0])
        .every((h) => COOPERATING().test(h)) &&
      !COOP_HANDS().test(clause) &&
      !dataNamedAsData(clause)
    )
      continue;
    // The clause's words, trimmed once (not once per place: a long list of places made that quadratic).
    let trimmed: { words: string; at: number } | undefined;
    if (national)
      for (const n of nationalPlaces(clause)) {
        trimmed ??= { words: clause.trim(), at: start + clause.indexOf(clause.trim()) };
        out.push({ ...trimmed, country: n.country, party: n.party });
      }
    if (!stem) continue;
    const originOnly = CONTRAST_SAID().test(clause) ? originOnlyParts(clause) : [];
    // A place joined to the one before by «og», «and» shares its reading («studenter i USA og Canada»).
    let lastEnd = -1;
    let lastLeft = false;
    for (const m of clause.matchAll(PLACE_NAMED())) {
      const joined = /^(?:og|and|samt)\s/iu.test(m[0]) && lastEnd >= 0 && /^[\s,]*$/u.test(clause.slice(lastEnd, m.index));
      lastEnd = m.index + m[0].length;
      if (joined && lastLeft) continue;
      lastLeft = false;
      // The last one to four capitalised words that name a country («Bangalore, India»: India; «Canada»).
      const words = m[1]!.split(/,?\s+/u);
      let country: string | undefined;
      for (let i = 0; i < words.length && country === undefined; i++) country = countryCode(words.slice(i).join(' ')) ?? countryCode(words[i]!);
      if (country === undefined) continue;
      // Only the words just before the place are read (ten; from the last comma among them): reading the clause up to each
      // place made a long list of places quadratic.
      const placeAt = m.index + m[0].length - m[1]!.length;
      const from = wordsStart(clause, placeAt, 10);
      const near = clause.slice(from, placeAt);
      const head = near.slice(near.lastIndexOf(',') + 1);
      if (
        PERSONS_PLACE().test(head) ||
        OWNER_AT().test(head) ||
        negatedBetween(clause, placeAt - head.length, m.index) ||
        deniedAfter(clause, m.index + m[0].length) ||
        originOnly.some(([from, to]) => from <= placeAt && placeAt < to)
      ) {
        lastLeft = true;
        continue;
      }
      trimmed ??= { words: clause.trim(), at: start + clause.indexOf(clause.trim()) };
      const by = [...head.matchAll(/(?<![\p{L}])(?:til|to|hos|ved|av|by|with|med)\s+/giu)].pop();
      const party = `${by === undefined ? head.split(/\s+/u).slice(-3).join(' ') : head.slice(by.index + by[0].length)}${m[1]}`.trim();
      out.push({ ...trimmed, country, party });
    }
  }
  return out;
}

// ---- the reader ----------------------------------------------------------------------------------------------------

const read = new WeakMap<ResolvedActivity, ActivityProse>();

/** What the activity's prose states (cached per resolved activity; read-only). */
export function activityProse(r: ResolvedActivity): ActivityProse {
  let hit = read.get(r);
  if (hit) return hit;
  const out: { decision?: ProseFact; profiling?: ProseFact; sources: ProseFact[]; places: PlaceFact[] } = { sources: [], places: [] };
  for (const { pointer, text } of activityTexts(r)) {
    const t = textProse(text);
    if (t === NOTHING_SAID) continue;
    for (const p of t.places) out.places.push({ pointer, ...p });
    if (out.decision === undefined && t.decision) out.decision = { pointer, ...t.decision };
    if (out.profiling === undefined && t.profiling) out.profiling = { pointer, ...t.profiling };
    for (const s of t.sources) out.sources.push({ pointer, ...s });
  }
  read.set(r, (hit = out));
  return hit;
}

/** What one text states (the readings of `activityProse`, without pointers): read once per distinct text (util/memo.ts). */
interface TextProse {
  decision: { words: string; at: number } | undefined;
  profiling: { words: string; at: number } | undefined;
  sources: readonly { words: string; at: number }[];
  places: readonly { words: string; at: number; country: string; party: string }[];
}
const NOTHING_SAID: TextProse = Object.freeze({ decision: undefined, profiling: undefined, sources: [], places: [] });
const textProse = byText((text: string): TextProse => {
  const places = PLACE_STEM().test(text) || mayNational(text) || mayRemote(text) || mayWorkerAt(text) ? placesIn(text) : [];
  // Each reading's stem tested on the whole text first: most texts hold none, and are not cut into parts.
  const decision = DECISION_STEM.test(text);
  const profiling = PROFILING_STEM.test(text);
  // The clause reader's sources (clauseSource: a party giving us data, «hentar … frå X» in words SOURCE_SAID does not know)
  // are gated too: without them here, no text without SOURCE_SAID's stems reached it (variants-paraphrase4, F2, session 26).
  const source =
    SOURCE_STEM.test(text) ||
    SENDS_STEM().test(text) ||
    mayCheckElsewhere.test(text) ||
    MAY_GIVE_US(text) ||
    MAY_ASKED_PASSIVE(text) ||
    (MAY_CALL_US(text) && MAY_CONCERN(text)) ||
    MAY_EXTRACTED(text) ||
    MAY_ASSESSED(text) ||
    mayShapeSource(text) ||
    clauseFacts(text).some(sourceFact);
  if (!decision && !profiling && !source) return places.length === 0 ? NOTHING_SAID : { decision: undefined, profiling: undefined, sources: [], places };
  const ps = parts(text);
  return {
    decision: decision ? decisionIn(text, ps) : undefined,
    profiling: profiling ? profilingIn(text, ps) : undefined,
    sources: source ? sourcesIn(text, ps) : [],
    places,
  };
});

/** The words of a text a rule reads (exported for tests): each reading on one text. */
export const readText = {
  decision: (t: string): boolean => decisionIn(t) !== undefined,
  /** The words of the decision a text tells, if any (automated-decision-basis reads the decision block's own words). */
  decisionWords: (t: string): string | undefined => decisionIn(t)?.words,
  profiling: (t: string): boolean => profilingIn(t) !== undefined,
  source: (t: string): boolean => sourcesIn(t).length > 0,
  place: (t: string): string[] => placesIn(t).map((p) => p.country),
  /** Whether a text opens with a denial that data goes anywhere («men ingen personopplysninger lagres der»). */
  noData: opensWithNoData,
};
