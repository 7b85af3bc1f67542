import { CAUGHT_FOR } from '../check/lexicon-words.js';
import {
  actsAsPublicAuthority,
  basesWithPointers,
  citesProvision,
  isLaw,
  knownLaw,
  lawCitation,
  lawOrgFor,
  lawsFit,
  lawOrgOf,
  NEGATION,
  saidUnnegated,
  sectionIds,
  someLawHasRole,
  STOP,
  textsOf,
  unnegatedClause,
} from '../check/facts.js';
import { isTaskBasis, type ResolvedActivity, type ResolvedLaw, type ResolvedPurpose } from '../model/resolve.js';
import type { CertificateScope, LawEntry, ReferenceData } from '../check/reference.js';
import type { DataCategory, DataSubject } from '../model/types.js';
import { categoryExempt } from '../check/journalism.js';
import { activityTexts } from '../check/prose-activity.js';
import { activityReveals, revealedCriminal, revealsIn } from '../check/prose-category.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { prefilter } from '../util/prefilter.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/** A citation of a section's second paragraph («§ 11 annet ledd», «andre ledd», «second paragraph», «§ 11 (2)»). */
const SECOND_PARAGRAPH = lazyPattern(String.raw`(?:annet|andre|anna)\s+ledd|second\s+paragraph|\(\s*2\s*\)|2\.\s*ledd`, 'i');
/** Words that name a police certificate or a check of someone's record (nb, nn, en). */
const POLICE_CERTIFICATE = lazyPattern(String.raw`politiattest|vandel|police certificate|criminal record check|certificate of conduct`, 'i');

function policeCertificate(r: ResolvedActivity): boolean {
  return [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description), ...r.dataCategories.map((c) => c.value.name)]
    .flatMap(textsOf)
    .some((t) => POLICE_CERTIFICATE().test(t));
}

const SECTION_11_CONDITIONS = new Set(['A9-2-a', 'A9-2-c', 'A9-2-d', 'A9-2-e', 'A9-2-f']);
/**
 * A condition named in the words of a basis's note: «jf. § 6», «§§ 6 og 11» (personopplysningsloven §§ 6, 7, 9), or
 * «artikkel 9 nr. 2 bokstav f», «Art. 9(2)(f)» (one of the letters § 11 applies). The note is the record's own
 * reasoning; a DPO who names the condition there has answered what the warning asks.
 */
const NAMED_CONDITION = lazyPattern(
  String.raw`§+\s*(?:\d+\s*(?:,|og|and)\s*)*[679](?![\d-])|9\s*(?:\(\s*2\s*\)|nr\.?\s*2|no\.?\s*2)\s*(?:bokstav\s*|letter\s*|point\s*)?\(?\s*[acdef](?![\p{L}])`,
  'iu',
);
/**
 * A purpose's words that name offences or reporting them (nb, nn, en): the purpose itself works with criminal-offence
 * data («dokumentere hendelsen, anmelde den til politiet og kreve erstatning»). Communication control
 * («kommunikasjonskontroll», «kommunikasjonsavlytting», «lawful interception») is ordered only against someone suspected
 * of an offence (straffeprosessloven §§ 216 a, 216 b: «når noen med skjellig grunn mistenkes»): a purpose that carries it
 * out works with such data (H12A, variants-ekom E13).
 */
const OFFENCE = lazyPattern(
  String.raw`anmeld\p{L}*|politianmeld\p{L}*|straffbar\p{L}*|lovbrot\p{L}*|lovbrudd\p{L}*|(?<![\p{L}])(?:melde|meldt|melder|meldar)\s+(?:\p{L}+\s+){0,2}?til\s+politiet(?![\p{L}])|(?<![\p{L}])(?:tyveri\p{L}*|tjuveri\p{L}*|nasking\p{L}*|naskeri\p{L}*|innbrudd\p{L}*|innbrot\p{L}*|svindel\p{L}*|bedrageri\p{L}*|underslag\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:offen[cs]es?|crimes?|criminal|thefts?|shoplifting|fraud|embezzlement)(?![\p{L}])|report\p{L}*\s+(?:\p{L}+\s+){0,2}?to the police|(?=hvitvask|kvitvask|terrorfin|money|terrorist)(?<![\p{L}])(?<!(?:opplæring|kurs|training|course|tegn|signs|igjen|recogni[sz]e|spot)[^.;:!?]{0,40})(?:hvitvasking(?:en)?|hvitvasket|kvitvasking(?:a)?|terrorfinansiering(?:a|en)?|(?<!anti-)money\s+laundering|terrorist\s+financing)(?![\p{L}])`,
  'iu',
);
/* OFFENCE reads money laundering and terrorist financing (offences under straffeloven; its sections not re-read by W3) too, not the law's name
 * («hvitvaskingsloven») nor its officer («hvitvaskingsansvarlig»), nor training to spot it («opplæring i å kjenne igjen tegn på hvitvasking»): «undersøke forhold som kan tyde på hvitvasking eller
 * terrorfinansiering» works with suspicions of offences (variants-regnskap RG29; W3, session 19). */
/**
 * Offences recorded about people, not an aim against them (L, session 13; variants-hotell HO41, variants-kultur KU67): a
 * list or register of people with the offence words (a ban list, «a list … of guests banned after theft», «liste over
 * personer som er bortviste etter tyveri»), people banned, reported or suspected («guests banned after theft», «medlemer som
 * er melde til politiet for tjuveri»; people someone suspects of an offence, «personar på området som han mistenkjer for
 * innbrot», «persons the guard suspects of theft»: B1, variants-vakt VK44), who is reported or suspected («kven av medlemene som er melde til politiet», «hvem
 * som er mistenkt»), or the suspects' names («navn på mistenkte»). An aim against offences («forebygge tyveri», «prevent
 * theft», «oppklare innbrudd») records no one, nor a report of an offence with no person named («report suspected offences
 * to the police»: the activity's categories carry that). Read in a clause with an offence word (OFFENCE) and no negation.
 */
const PEOPLE = String.raw`(?:gjest\p{L}*|guests?|kund\p{L}*|customers?|clients?|personer|personar|persons|people|medlem\p{L}*|members?|besøkende|besøkjande|visitors?|elev\p{L}*|pupils?|ansatte|tilsette|employees?|staff|assistent(?:en|ar|er|ane|ene)?|assistants?|care\s+workers?|carers?|brukar\p{L}*|bruker\p{L}*|users?|deltak\p{L}*|participants?|ungdom\p{L}*|innsatte|innsette|inmates?|prisoners?|fanger|fangar|navn|namn|names)`;
/**
 * What marks the people: banned, suspected, convicted (a participle that says it alone: «guests banned after theft»), or
 * reported, caught, refused after an auxiliary («som er melde til politiet», «have been reported»): «Medlemene får melde
 * frå om tjuveri» has the members report, not be reported.
 */
const MARKED = String.raw`(?:banned|barred|excluded|suspected|convicted|charged|utestengt\p{L}*|utestengd\p{L}*|bortvist\p{L}*|mistenkt\p{L}*|dømt\p{L}*|dømd\p{L}*|siktet|sikta|(?:er|vert|blir|blitt|vore|vorte|blei|vart|ble|is|are|was|were|been|being)\s+(?:\p{L}+\s+)?(?:reported|caught|refused|melde|meldt\p{L}*|anmeldt\p{L}*|nekta|nektet|tatt|tekne|teken))`;
/**
 * A list or register of people (LIST_OF_PEOPLE) records offences only where the offence word belongs to the people's own
 * words, before the next comma or «og»/«and» (P's lawful-wording review, session 14: «keep a log of visitors on guided
 * tours and report thefts from the exhibition to the police», «fråværsliste over elevar, og melde tjuveri … til politiet»
 * fired). The marked people, who is reported and the suspects' names (OFFENCE_RECORD) stand anywhere in the clause.
 */
const LIST_OF_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*liste|\p{L}*lista|\p{L}*listen|lists?|register|registeret|registry|oversikt\p{L}*|database\p{L}*|logg(?:en)?|log)[\s,]+(?:[\p{L}\d-]+[\s,]+){0,6}?(?:over|of|med|with)\s+(?:\p{L}+\s+){0,2}?${PEOPLE}(?![\p{L}])`,
  'iu',
);
const PEOPLES_OWN_WORDS = lazyPattern(String.raw`^[^,;]*?(?=,|;|(?<![\p{L}])(?:og|and|samt|eller|or)(?![\p{L}])|$)`, 'iu');
const OFFENCE_RECORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:bortvisningslist|svartelist|utestengingslist|utestengelseslist|forbudslist|karantenelist)\p{L}*|blacklist\p{L}*|ban(?:ned)?\s+list\p{L}*|${PEOPLE}\s+(?:\p{L}+\s+){0,2}?${MARKED}|${PEOPLE}\s+(?:[\p{L}-]+\s+){0,6}?(?:mistenk\p{L}*|suspect(?:s|ed|ing)?)\s+(?:\p{L}+\s+){0,2}?(?:for|of|om)(?=\s)|(?:hvem|kven|who|which)\s+(?:av\s+|of\s+)?(?:\p{L}+\s+){0,4}?${MARKED}|(?:navn|namn|names?)\s+(?:på|til|of)\s+(?:\p{L}+\s+){0,1}?(?:mistenkte|suspects|gjerningsperson\p{L}*|gjerningsmann\p{L}*|offenders?|perpetrators?|thieves|tyver|tjuvar))(?![\p{L}])`,
  'iu',
);
/** An offence word as the object of an aim («kurs i forebygging av tyveri», «prevent theft»): no offence recorded. */
const AIM_AT_OFFENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:forebygg\p{L}*|førebygg\p{L}*|hindre|hindra|forhindre|prevent\p{L}*|avoid\p{L}*|combat\p{L}*|bekjemp\p{L}*|motvirk\p{L}*|motverk\p{L}*|reduser\p{L}*|reduc\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:tyveri|tjuveri|theft|thefts|svindel|fraud|innbrudd|innbrot|nasking|shoplifting|lovbrudd|lovbrot|offen[cs]es?|crime)\p{L}*`,
  'giu',
);
/**
 * The people as victims, witnesses or the ones who report («utsatt for tyveri», «victims of crime», «har hatt innbrudd i
 * boden», «whose accounts were compromised in the phishing fraud», «som har vitna i saka om innbrotet», «customers who have
 * reported card fraud», «som har meldt tyveri»): the offence is another's, not theirs (P's lawful-wording review, session
 * 14: 5 such lawful texts fired). A passive report («som er melde til politiet», «have been
 * reported») is not this: the people are the reported.
 */
const VICTIM_OF_OFFENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:utsatt|utsett|offer|offere|victims?|rammet|ramma|råka|subjected|affected|compromised|hacked|hacka|hacket|vitne|vitner|vitna|vitnet|witness(?:es|ed)?)\s+(?:\p{L}+\s+){0,4}?|(?:(?:har|hadde|have|has|had)\s+(?:hatt|had)|(?:som|who|that)\s+(?:har\s+|have\s+|has\s+|hadde\s+|had\s+)?(?:reported|reports?|anmeldt|anmelder|meldt|melder|meldar))\s+(?:\p{L}+\s+){0,2}?)(?:${OFFENCE.source})`,
  'giu',
);
/**
 * A training or measure named against an offence («anti-fraud training», «antisvindelkurs»), or a simulated one («a fraud
 * simulation exercise», «svindeløvelse»: N2a's review, session 18): a topic, no offence recorded.
 */
const ANTI_OFFENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:anti|counter|mot)-?(?:fraud|theft|crime|svindel|tyveri|tjuveri)\p{L}*|(?:fraud|phishing|theft|svindel|tyveri|tjuveri)(?:[\s-]*(?:simulat\p{L}*|exercises?|drills?|øvelse\p{L}*|øving\p{L}*)))`,
  'giu',
);
/**
 * Words every OFFENCE match holds, cut at white space (util/prefilter.ts): what is cut out below is replaced by a space, so a
 * word of OFFENCE that stands in what is left stands in the clause too. A clause without them is not read further.
 */
const mayNameOffence = prefilter(OFFENCE, true);
/**
 * People caught in an offence, in a clause that keeps a list or records them («We keep a list, with stills, of people caught
 * trespassing or stealing copper at our sites»: variants-nettselskap NS48; «Vi registrerer personar som er tekne i å stele»;
 * C, session 18): data relating to offences (Art. 10: «personal data relating to … offences»). Not a sign or a
 * rule for everyone («customers caught shoplifting will be reported»), nor a course, training, a count or statistics about
 * such people, nor a clause without a word of recording. The people caught are the ones with «who» and an auxiliary
 * («who were caught»); «employees who caught someone stealing» are the ones who caught the thief, and a simulation or an
 * exercise is no offence (N2a's review, session 18).
 */
const CAUGHT_LETTERS = lazyPattern(String.raw`caught|tatt|tekne|teken|teke|pågrip|pågrep|arrest`, 'iu');
const CAUGHT_RECORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:${PEOPLE}|someone|somebody|anyone|nokon|noen)\s+(?:(?:who|that|som)\s+(?:(?:have|has|had|are|were|was|is|er|har|blir|ble|blei|vart|vert|get|gets|got)\s+)(?:(?:been|vore|vært|blitt|vorte)\s+)?)?(?:caught|tatt|teken|tekne|teke|arrested|pågrepe\p{L}*|pågripne|pågripen|arrestert\p{L}*)\s+(?:(?:i|for|in|while|when|med)\s+)?(?:the\s+act\s+of\s+)?(?:å\s+)?(?:[\p{L}-]+\s+)?(?:trespass\p{L}*|steal\p{L}*|stjel\p{L}*|stele|stela|tyveri\p{L}*|tjuveri\p{L}*|thefts?|shoplift\p{L}*|nask\p{L}*|innbrot\p{L}*|innbrudd\p{L}*|burglar\p{L}*|breaking\s+in|vandal\p{L}*|hærverk\p{L}*|fraud|svindel\p{L}*|fare\s+evasion|drink-?driving|promillekøyring\p{L}*|promillekjøring\p{L}*)(?![\p{L}])`,
  'iu',
);
const RECORDING = lazyPattern(
  String.raw`(?<![\p{L}])(?:registrer\p{L}*|noter\p{L}*|loggfør\p{L}*|journalfør\p{L}*|lagr\p{L}*|records?|recorded|logs?|logged|keeps?|kept|stores?|stored|\p{L}*liste|\p{L}*lista|lists?|register|registeret|oversikt\p{L}*|database\p{L}*)(?![\p{L}])`,
  'iu',
);
const NOT_A_RECORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:will|shall)\s+be|(?:vil|skal)\s+bli|skilt\p{L}*|signs?|plakat\p{L}*|posters?|oppslag\p{L}*|advarsel\p{L}*|warnings?|kurs\p{L}*|courses?|train\p{L}*|opplæring\p{L}*|lære\s+opp|undervis\p{L}*|teach\p{L}*|statisti\p{L}*|antall|talet\s+på|tallet\s+på|number\s+of|how\s+many|kor\s+mange|hvor\s+mange|count\p{L}*|anonym\p{L}*|without\s+names|utan\s+namn|uten\s+navn|simulat\p{L}*|øvelse\p{L}*|øving\p{L}*|exercises?|drills?)(?![\p{L}])`,
  'iu',
);
/**
 * A driver's suspected drink-driving or driving without a licence, noted and sent to the police («Kontrolløren noterer òg i
 * saka om føraren verka ruspåverka eller køyrde utan gyldig førarkort, og sender merknaden til politiet»: variants-parkering
 * PK21; «we note whether the driver appeared intoxicated and pass the note to the police»; C, session 18): suspicion of an
 * offence (vegtrafikkloven § 22 first paragraph, § 24 first paragraph, punished under § 31), data relating to offences (Art. 10). Only with the
 * police as the ones it goes to, and not a rule for anyone («Den som køyrer utan gyldig førarkort, blir meldt til politiet»),
 * a sign or a course (NOT_A_RECORD).
 */
const DRIVING_LETTERS = lazyPattern(String.raw`påv|påverk|beruse|intoxic|drunk|influence|førarkort|førerkort|licen|promille|drink`, 'iu');
const DRIVING_OFFENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:verk(?:a|et|ar|er)|virk(?:et|er)|seemed|seems|appeared|appears|was|var)\s+(?:\p{L}+\s+)?(?:ruspåverk\p{L}*|ruspåvirk\p{L}*|alkoholpåvirk\p{L}*|alkoholpåverk\p{L}*|beruse\p{L}*|intoxicated|drunk|under\s+the\s+influence)|(?:køyr\p{L}*|kjør\p{L}*|drove|driving|drives?|driven)\s+(?:\p{L}+\s+){0,2}?(?:utan|uten|without)\s+(?:(?:a\s+)?(?:gyldig|valid)\s+)?(?:førarkort\p{L}*|førerkort\p{L}*|driving\s+licen[cs]e|licen[cs]e)|promillekøyring\p{L}*|promillekjøring\p{L}*|drink-?driving|drunk\s+driving)(?![\p{L}])`,
  'iu',
);
const TO_POLICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|gir|gjev|gi|overlever\p{L}*|melde\p{L}*|meldt|varsl\p{L}*|report\p{L}*|pass(?:es|ed|ing)?|forward\p{L}*|hand\p{L}*\s+over)\s+(?:[\p{L}-]+\s+){0,3}?(?:til|to)\s+(?:the\s+)?(?:politiet|police)(?![\p{L}])`,
  'iu',
);
/** Someone driving: intoxication is an offence only at the wheel (vegtrafikkloven § 22). */
const DRIVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:førar\p{L}*|fører(?:en|e|ne)?|sjåfør\p{L}*|drivers?|bilist\p{L}*|motorists?|køyr\p{L}*|kjør\p{L}*|drove|driving)(?![\p{L}])`,
  'iu',
);
/**
 * Art. 10's own words for the data, «personal data relating to criminal convictions and offences» («opplysninger om
 * straffedommer og lovovertredelser», personopplysningsloven § 11): information about offences or convictions in a clause
 * that keeps it («Opplysninger om lovbrudd medlemmet har begått, lagres», «we record information about criminal offences»;
 * R13, session 33, categories matrix). Not a course, a count or a sign (NOT_A_RECORD), nor a denial (the caller's).
 */
const OFFENCE_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:opplysning\p{L}*|opplysing\p{L}*|informasjon|information|data|details|personopplysning\p{L}*)\s+(?:om|about|on|relating\s+to|concerning)\s+(?:(?:tidlegare|tidligere|previous|past|eventuelle|any)\s+)?(?:lovbrudd\p{L}*|lovbrot\p{L}*|lovovertredels\p{L}*|straffbare\s+forhold|straffedom\p{L}*|(?:criminal\s+)?offen[cs]es|(?:criminal\s+)?convictions)(?![\p{L}])`,
  'iu',
);
/**
 * Records of offences named by their own nouns in a clause that keeps them (FY, session 45; variants-sykehjem LY39: «I
 * personalmappen registrerer vi også anmeldelser og dommer for straffbare forhold begått i tjenesten»): reports to the
 * police, judgments or criminal cases about offences are data relating to offences (Art. 10). «Anmeldelser» (reviews) and
 * «dommer» (judges) are read only with the offence they are «for» or «om»; a criminal case or a police report by its own
 * compound. Not a course, a count or a sign (NOT_A_RECORD).
 */
const OFFENCE_RECORDS_KEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:anmeldelser|anmeldingar|anmeldinger|meldingar|dommer|dommar|straffedommer|straffedommar|reports|judgments|judgements|convictions)\s+(?:(?:og|eller|and|or)\s+(?:anmeldelser|anmeldingar|anmeldinger|dommer|dommar|straffedommer|straffedommar|reports|judgments|judgements|convictions)\s+)?(?:for|om|of|about|concerning)\s+(?:\p{L}+\s+)?(?:straffbare\s+forhold|straffbart\s+forhold|lovbrudd|lovbrot|lovovertredelser|criminal\s+offen[cs]es|offen[cs]es|crimes)|politianmeldelser|straffesaker(?:ne)?|straffesakar|straffesakene|straffesakane|criminal\s+cases|police\s+reports\s+(?:against|on|about)\s+(?:them|employees|staff|members))(?![\p{L}])`,
  'iu',
);
const ANYONE_RULE = lazyPattern(String.raw`(?:^|[:;]\s*)\s*(?:den|dei|de|alle|anyone|whoever|everyone)\s+(?:som|who)(?![\p{L}])`, 'iu');
const offenceRecordClause = (c: string): boolean => {
  if (DRIVING_LETTERS().test(c) && DRIVING_OFFENCE().test(c) && DRIVING().test(c) && TO_POLICE().test(c) && !NOT_A_RECORD().test(c) && !ANYONE_RULE().test(c))
    return true;
  if (CAUGHT_LETTERS().test(c) && CAUGHT_RECORD().test(c) && RECORDING().test(c) && !NOT_A_RECORD().test(c)) return true;
  if (!mayNameOffence(c)) return false;
  const t = c.replace(AIM_AT_OFFENCE(), ' ').replace(ANTI_OFFENCE(), ' ').replace(VICTIM_OF_OFFENCE(), ' ');
  if (!OFFENCE().test(t)) return false;
  if (OFFENCE_RECORD().test(t)) return true;
  if (OFFENCE_DATA().test(t) && RECORDING().test(t) && !NOT_A_RECORD().test(t)) return true;
  if (OFFENCE_RECORDS_KEPT().test(t) && RECORDING().test(t) && !NOT_A_RECORD().test(t)) return true;
  const list = LIST_OF_PEOPLE().exec(t);
  return list !== null && OFFENCE().test(PEOPLES_OWN_WORDS().exec(t.slice(list.index + list[0].length))![0]);
};
/**
 * People serving a sentence or sentenced for something, in a clause that lists or records them («en liste over innsatte
 * som soner for vold», «vi registrerer deltakarar som er dømde for vald», «a list of inmates serving time for assault»:
 * session 32, R7): serving or being sentenced is itself data relating to a conviction (Art. 10), whatever the offence is
 * called, so no offence word is asked. Not a rule for anyone («Innsatte som soner for vold, kan ikke låne …» records no
 * one), a count or a course (NOT_A_RECORD). A denial counts only in the comma part that holds the people («…, og dem
 * merker vi så de ikke får låne visse bøker» denies the loan, not the list).
 */
const SERVING = lazyPattern(
  String.raw`(?<![\p{L}])${PEOPLE}\s+(?:(?:som|who|that)\s+)?(?:(?:er|is|are|har\s+vært|har\s+vore|have\s+been|has\s+been)\s+)?(?:soner|sonar|sona|sonet|serving\s+(?:a\s+sentence|sentences|time)|sitter\s+inne|sit\s+inne|dømt|dømd|dømde|domfelt|domfelte|domfelde|straffedømt\p{L}*|convicted|sentenced)\s+(?:for|of)\s+[\p{L}-]+`,
  'iu',
);
/** SERVING's verbs as whole words, read before anything else (#16: «son[ae]» alone is in every «personer»). */
const SERVING_LETTERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:soner|sonar|sona|sonet|serving|serve|inne|dømt|dømd|dømde|domfel\p{L}*|straffedømt\p{L}*|convicted|sentenced)(?![\p{L}])`,
  'iu',
);
function servingClause(text: string): string | undefined {
  if (!SERVING_LETTERS().test(text)) return undefined;
  for (const c of text.split(STOP)) {
    const m = SERVING().exec(c);
    if (m === null || !RECORDING().test(c) || NOT_A_RECORD().test(c) || ANYONE_RULE().test(c)) continue;
    const next = c.indexOf(',', m.index + m[0].length);
    if (!NEGATION.test(c.slice(c.lastIndexOf(',', m.index) + 1, next < 0 ? c.length : next))) return c;
  }
  return undefined;
}
/** A clause that records offences about people (OFFENCE_RECORD beside OFFENCE), not denied (exported for tests). */
export const recordsOffences = (text: string): boolean => saidUnnegated(text, offenceRecordClause) || servingClause(text) !== undefined;
/** The activity's texts (description, purposes') that record offences, with their pointers and the clause. */
/** The first unnegated clause of a text that tells of offence records, read once per distinct text (util/memo.ts). */
const offenceClauseOf = byText((text: string) => unnegatedClause(text, offenceRecordClause) ?? servingClause(text) ?? null);
function offenceRecordIn(r: ResolvedActivity): { pointer: string; words: string } | undefined {
  for (const { pointer, text } of activityTexts(r)) {
    const clause = offenceClauseOf(text);
    if (clause !== null) return { pointer, words: clause.trim() };
  }
  return undefined;
}

/**
 * A person's own criminal record told in the activity's words (prose-category's Art. 10 reading, `activityReveals`), of the
 * kinds that are about the person the record is about, not an event: a sentence served («soner dom i fengsel»:
 * variants-studiestotte ST18), a conviction, a person convicted («convicted of an offence», «dømt for»: variants-dating DT55). Not a police certificate: recruitment texts name one the activity does not
 * keep («sjå aktiviteten politiattest», «only from the candidate offered a position»: three clean bases, session 14). Not a theft, break-in or punishable act as an event
 * («ved tap eller tyveri av kortet»: the person is the victim; «straffbare forhold» a camera may record), nor an indictment
 * a court publishes (L, session 14: the real bodies' activity texts hold these; none of them fired). A penalty by its own noun
 * (a forelegg, a traffic fine by its compound, points on the licence: prose-category's FINE_HELD; R29, session 38) is the person's.
 */
const PERSONS_RECORD = lazyPattern(
  String.raw`domfell|conviction|convicted|(?<![\p{L}])(?:dømt|dømd|dømde|dømte)\s|straffedøm(?:t|d|de|te)(?![\p{L}])|sentence|imprison|fengselsstraff|fengselsdom|varetekt|(?<![\p{L}])so(?:ner|nar|ne|na|net|nte)\s|straffedom|siktels|(?<![\p{L}])sikting|criminal\s+(?:charges?|records?)|^(?:er|har|blitt|vorte|ble|blei|vart|var|blir|vert|has|have|had|been|was|were|is|are|fått|får|fikk|fekk|ilag[td]|vedtatt|vedteke|vedtok|idøm[td]|received|got|accepted)\s|forelegg|rulleblad|straffereaksjon|(?:farts|hastighets|trafikk|promille|fotoboks|automatkontroll)(?:bot|bøt)|prikkbelast|prikk(?:er|ar)\s+på|speeding\s+(?:fines?|tickets?)|traffic\s+fines?|penalty\s+(?:notices?|points)|^(?:dom|dommen|dommer|dommar|dommene|dommane|domfellingar|domfellinger|judgments?|judgements?)\s+(?:for|om|etter|concerning|about)\s|^(?:mistenk|mistank|mistanke|under\s+mistanke|suspect|suspicion)|slagsmål|slåsskamp|slosskamp|basketak|(?<![\p{L}])(?:fist-?fights?|fights?|brawls?|fought|slåss|sloss|slost|slåst)(?![\p{L}])|politiet\s+(?:gjorde|gjer|gjør)|police\s+(?:did|does|has\s+done)`,
  'iu',
);
/*
 * PERSONS_RECORD also reads people recorded as having been in a fight, or what the police did with them (prose-category's
 * FOUGHT_RECORDED: «reisande som har vore i slagsmål …, og kva politiet gjorde med dei, blir førte i hendingsloggen»;
 * variants-ferje FJ68, FW, session 46): the fight is the person's own act (straffeloven § 181), the police's measure theirs.
 */
/*
 * PERSONS_RECORD also reads a judgment for a named offence and a person suspected of one (prose-category's group of session
 * 37: «Tidlegare dommar for bedrageri … blir registrerte», «whom the guard suspects of burglary»; R27, variants-paraphrase6
 * PF098, PF099): the words begin with the judgment or the suspicion, and the offence is named in them.
 */
/*
 * PERSONS_RECORD also reads criminal judgments and charges looked for about people («søker etter tidligere straffedommer og
 * siktelser mot daglig leder og styremedlemmer» in customer due diligence: variants-regnskap RG20; W3, session 19).
 */
/**
 * Other people's sentence: the ones serving it are named after a relation of the activity's people to them, a topic or a talk
 * («pårørende til personer som soner dom», «besøkende til innsatte som soner», «en utstilling om fanger som sonet dom», «how
 * to talk with people serving a sentence»: P2, session 14, 4 of 20 lawful texts of other bodies fired). «for borrowers
 * serving a prison sentence», «til låntakere som soner» (the activity's own people) stay read: only a relation, a topic or a talk.
 */
const OTHERS_SERVING = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:pårørende|pårørande|besøkende|besøkjande|besøk|visitors?|visits?|famil\p{L}*|relatives?|kin|barn|born|children|partners?)\s+(?:til|åt|to|of|av)|(?:utstilling\p{L}*|foredrag\p{L}*|kurs\p{L}*|undervisning\p{L}*|bok|bøker|bøk\p{L}*|histori\p{L}*|film\p{L}*|artik\p{L}*|forskning\p{L}*|exhibitions?|lectures?|courses?|books?|histor\p{L}*|films?|articles?|research|statisti\p{L}*|statistics)\s+(?:om|about|on|over|of)|(?:snakke|snakka|prate|samtale\p{L}*|talk\p{L}*|speak\p{L}*)\s+(?:med|with|to)|visiting|besøke|besøkje)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:som|who|that)\s+(?:[\p{L}-]+\s+){0,2}?)?$`,
  'iu',
);
/**
 * The reading keeps one Art. 10 word per text (the first): where that word is no person's record (a kind of case, «rettsmøter
 * i straffesaker»; a law; a theft as an event), a person's record later in the same text was never seen («Vekterne har en
 * egen liste over besøkende som … er dømt for vold» after «straffesaker»: variants-tingrett VT41; R23, session 36). So the
 * text is read on after that word's sentence, sentence by sentence, until a person's record or the end.
 */
const SENTENCE_END = lazyPattern(String.raw`[.;:!?](?=\s|$)`, 'gu');
/**
 * The offence named after a person caught, arrested or reported for it (session 39, R33; variants-samskipnad SS63 «Den som
 * blir teken for tjuveri i garderoben, blir ført inn … i ei liste over utestengde»): «blir tatt for tyveri», «vart teken for
 * nasking», «er meldt for innbrot», «is caught for shoplifting», «was arrested for theft». The theft is then the person's
 * (an offence they are suspected of: Art. 10; personopplysningsloven § 11), not an event they suffered.
 */
const CAUGHT_FOR_BEFORE = lazyPattern(String.raw`${CAUGHT_FOR}\s+(?:[\p{L}-]+\s+){0,1}?$`, 'iu');
/**
 * The offence named after someone suspected or convicted of it («ein tilsett er under mistanke om underslag», «er mistenkt
 * for innbrudd», «blir dømt for tyveri», «is suspected of theft»; FR2, session 46): what prose-category's judgment and
 * suspicion group reads, where the bare offence word («tyveri», «underslag», «straffbar») was found first and stands for
 * it. Only with a verb that makes a person the suspect: a hand-over «ved mistanke om en straffbar handling» records no one
 * (variants-sameting's and variants-verneplikt's clean camera bases).
 */
const SUSPECTED_OF_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:er|blir|vert|ble|blei|vart|var|har\s+vært|har\s+vore|is|are|was|were|been|being)\s+(?:\p{L}+\s+)?(?:mistenkt|mistenkte|under\s+mistanke|dømt|dømd|dømde|domfelt|domfelte|domfeld|suspected|convicted)\s+(?:for|om|of)\s+(?:[\p{L}-]+\s+){0,1}?$`,
  'iu',
);
function sentenceEnd(text: string, at: number): number {
  const end = SENTENCE_END();
  end.lastIndex = at;
  const m = end.exec(text);
  return m === null ? text.length : m.index + 1;
}
const personsRecordIn = (r: ResolvedActivity): { pointer: string; words: string } | undefined => {
  const texts = activityTexts(r);
  const persons = (words: string, text: string | undefined, index: number) =>
    (PERSONS_RECORD().test(words) ||
      (text !== undefined &&
        (CAUGHT_FOR_BEFORE().test(text.slice(Math.max(0, index - 60), index)) || SUSPECTED_OF_BEFORE().test(text.slice(Math.max(0, index - 60), index))))) &&
    (text === undefined || !OTHERS_SERVING().test(text.slice(Math.max(0, index - 80), index)));
  for (const x of activityReveals(r.activity)) {
    if (x.kind !== 'criminal-offence') continue;
    const text = texts.find((t) => t.pointer.replace(/^\//, '') === x.pointer.replace(/^\//, ''))?.text;
    if (persons(x.words, text, x.index)) return { pointer: x.pointer, words: x.words };
    if (text === undefined) continue;
    for (let from = sentenceEnd(text, x.index); from < text.length;) {
      const next = revealsIn(text.slice(from), true).find((k) => k.kind === 'criminal-offence');
      if (next === undefined) break;
      const at = from + next.index;
      if (persons(next.words, text, at)) return { pointer: x.pointer, words: next.words };
      from = sentenceEnd(text, at);
    }
  }
  return undefined;
};

/**
 * Communication control read as offence data only where the clause carries it out or assists it («gjennomføre
 * kommunikasjonskontroll som retten har besluttet», «tilrettelegge for», «bistå politiet med», «carry out lawful
 * interception»): encrypting calls against wiretapping, counting court orders for a transparency report, testing the
 * interception equipment with test numbers or stopping unauthorised interception handle no data about a suspect
 * (H12P's false-alarm review, 2026-11-30: 5 of 5 such lawful purposes fired).
 */
const INTERCEPTION = lazyPattern(
  String.raw`kommunikasjonskontroll\p{L}*|kommunikasjonsavlytting\p{L}*|(?<![\p{L}])(?:lawful interception|interception orders?|wiretap\p{L}*)`,
  'iu',
);
const CARRIES_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:gjennomfør\p{L}*|utfør\p{L}*|iverks\p{L}*|sette i verk|set(?:je|te) i verk|tilrettelegg\p{L}*|legge til rette|leggje til rette|bistå\p{L}*|hjelpe politiet|utlever\p{L}*|levere\p{L}*|gi politiet|gje politiet|carr(?:y|ies|ied|ying) out|perform\p{L}*|implement\p{L}*|execut\p{L}*|enabl\p{L}*|facilitat\p{L}*|assist\p{L}*|disclos\p{L}*|hand\p{L}* over|provid\p{L}* the police)(?![\p{L}])`,
  'iu',
);
/**
 * Counting the orders, charging their costs or training the staff who carry them out handles no data about a suspect
 * («rapport om hvor mange kommunikasjonskontroller vi har bistått med», «the costs of enabling lawful interception», «lære
 * opp de ansatte som utfører kommunikasjonskontroll»: R1's review, 2026-11-30, 4 of 4 such lawful purposes fired).
 */
const ABOUT_THE_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:antall|hvor mange|kor mange|how many|number of|statisti\p{L}*|åpenhetsrapport\p{L}*|transparency|kostnad\p{L}*|costs?|faktur\p{L}*|invoic\p{L}*|opplæring\p{L}*|lære opp|læra opp|train\p{L}*)(?![\p{L}])`,
  'iu',
);
const carriesOutInterception = (clause: string): boolean => INTERCEPTION().test(clause) && CARRIES_OUT().test(clause) && !ABOUT_THE_WORK().test(clause);
/**
 * Art. 10 last sentence: «Any comprehensive register of criminal convictions shall be kept only under the control of
 * official authority»; personopplysningsloven § 11 first paragraph second sentence: «Omfattende registre over
 * straffedommer kan bare føres under en offentlig myndighets kontroll» (Lovdata's text, read 2026-11-30). A register of
 * offenders shared across a chain, an industry or with others («kjedens felles register over butikktyver», «sentralt
 * register», «bransjeregister», «svarteliste», «a shared register of shoplifters», «blacklist») is such a register, or
 * is close enough that the record must show it is not; a single shop's note of its own bans is not.
 */
const COMPREHENSIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:felles|sentral\p{L}*|landsdekkende|nasjonal\p{L}*|kjedeomfattende|bransjefelles)\s+(?:\p{L}+\s+){0,1}?register\p{L}*|(?<![\p{L}])bransjeregister\p{L}*|(?<![\p{L}])svarteliste\p{L}*|(?<![\p{L}])(?:shared|central|joint|industry[- ]wide|national)\s+(?:\p{L}+\s+){0,1}?(?:register|registry|database)|(?<![\p{L}])blacklist\p{L}*`,
  'iu',
);

/**
 * A register denied by its determiner («Vi fører ingen svarteliste», «no shared register of offenders», «uten noe felles
 * register») is none, like one denied by «ikke»: the record says the body does not keep it. English «no» only before
 * the English words (in nynorsk «no» is «now»).
 */
const NONE_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:ingen|inga|intet|uten|utan|without|none)\s+(?:\p{L}+\s+){0,2}$`, 'iu');
const NO_BEFORE = lazyPattern(String.raw`(?<![\p{L}])no\s+(?:\p{L}+\s+){0,1}$`, 'iu');
const ENGLISH = lazyPattern(String.raw`^(?:shared|central|joint|industry|national|blacklist)`, 'i');
const keepsRegister = (clause: string): boolean => {
  if (NEGATION.test(clause)) return false;
  const m = COMPREHENSIVE().exec(clause);
  if (m === null) return false;
  const before = clause.slice(0, m.index);
  return !(NONE_BEFORE().test(before) || (ENGLISH().test(m[0]) && NO_BEFORE().test(before)));
};

/** A catalogue entry whose own words name a police certificate («Politiattest», «Uttømmende politiattest», «police certificate»). */
const isCertificateCategory = (c: DataCategory): boolean => [c.name, c.description].flatMap(textsOf).some((t) => POLICE_CERTIFICATE().test(t));

/**
 * The police-certificate provisions a law reference cites (data/norwegian-law.json, a section's `certificateFor`): whom
 * each lets a body demand a certificate of (politiregisterloven § 36: only where a law or a regulation under a law
 * provides for it).
 */
function certificateScopes(law: ResolvedLaw, ref: ReferenceData): CertificateScope[] {
  const sections = knownLaw(law, ref)?.law.sections;
  if (sections === undefined) return [];
  return sectionIds(law.section).flatMap((k) => {
    const s = sections[k];
    const scope = s !== undefined && !Array.isArray(s) ? (s as LawEntry).certificateFor : undefined;
    return scope === undefined ? [] : [scope];
  });
}

/**
 * Everyone in a group, asked for the certificate: a quantifier («alle», «every», «samtlige», «kvar») followed within
 * three words by people («alle nyansatte», «alle som ansettes», «every volunteer», «all our staff»), or «everyone».
 */
const EVERYONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:alle|all|every|each|samtlige|samtlege|enhver|kvar|hver)\s+(?:[\p{L}-]+\s+){0,2}?(?:som|who|that|those|\p{L}*ansatt\p{L}*|\p{L}*tilsett\p{L}*|medarbeid\p{L}*|frivillig\p{L}*|volunteers?|employees?|staff|workers?|søker\p{L}*|søkjar\p{L}*|applicants?|candidates?|kandidat\p{L}*|hires|recruits|personer|personar|persons|people|medlem\p{L}*|members?|vikar\p{L}*|temps|lærer\p{L}*|lærar\p{L}*|teachers?|trener\p{L}*|trenar\p{L}*|coaches|instruktør\p{L}*|instructors?)|everyone|everybody|anyone)(?![\p{L}])`,
  'iu',
);
/** A preposition right before the group: the certificate is asked of it. */
const ASKED_OF = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|av|til|for|hos|of|from|on|by)\s+$`, 'iu');
/** Nothing but a subordinator or nothing at all before the group: it is the clause's subject. */
const SUBJECT_START = lazyPattern(String.raw`^\s*(?:(?:at|that|og|and|men|but|derfor|therefore)\s+)?$`, 'iu');
/** The subject must present the certificate («må legge fram», «skal leggje fram», «must present», «are required to show»). */
const MUST_PRESENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:må|skal|must|shall|need\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to|blir\s+bedt\s+om\s+å|vert\s+bedne?\s+om\s+å)\s+(?:\p{L}+\s+){0,3}?(?:legge|leggje|levere|vise|syne|fremlegge|framlegge|present|show|submit|provide|hand|produce|have)(?![\p{L}])`,
  'iu',
);
/** Words that widen the group named before them («alle nyansatte, også i resepsjon», «including reception»). */
const WIDENS = lazyPattern(
  String.raw`(?<![\p{L}])(?:også|òg|also|including|inkludert|herunder|medregnet|as well as|samt|even|jamvel|til og med|and also)(?![\p{L}])`,
  'iu',
);
/** A comma part that starts another item of a list, or widens or narrows it: the group asked ends before it. */
const NEXT_ITEM = lazyPattern(
  String.raw`^\s*(?:og|and|or|eller|samt|også|òg|also|including|inkludert|herunder|as well as|but|men|except|unntatt|bortsett|plus|dessuten|dessutan)(?![\p{L}])`,
  'iu',
);

/**
 * The group a clause asks the police certificate of, when it asks everyone in it: from the quantifier to the end of its
 * comma part, or to a word that widens it («alle nyansatte, også i resepsjon» → «alle nyansatte»), joined with the comma
 * parts after it that go on describing the same people («alle som ansettes, fast eller midlertidig, i barnehagen»), not
 * with those that start another item («, og i aktiviteter med barn», «, and in activities with children»).
 */
function everyoneAsked(clause: string): string | undefined {
  if (!POLICE_CERTIFICATE().test(clause) || NEGATION.test(clause)) return undefined;
  const m = EVERYONE().exec(clause);
  if (m === null) return undefined;
  // The group is the one asked: after «fra», «av», «of», «from» («innhente politiattest fra alle …», «check the police
  // certificate of every volunteer»), or the subject that must present it («alle som får tilbud, må legge fram
  // politiattest»); not people told about the routine («informere alle ansatte om rutinene for politiattest»).
  const before = clause.slice(Math.max(0, m.index - 24), m.index);
  const asked = ASKED_OF().test(before) || (SUBJECT_START().test(clause.slice(0, m.index)) && MUST_PRESENT().test(clause.slice(m.index)));
  if (!asked) return undefined;
  const parts = clause.slice(m.index).split(',');
  const cut = (s: string) => {
    const w = WIDENS().exec(s);
    return w === null ? s : s.slice(0, w.index);
  };
  let group = cut(parts[0]!);
  if (group.length === parts[0]!.length)
    for (const part of parts.slice(1)) {
      if (NEXT_ITEM().test(part)) break;
      const c = cut(part);
      group += ',' + c;
      if (c.length < part.length) break;
    }
  return group.trim();
}
const covered = (words: string, scopes: readonly CertificateScope[]): boolean => {
  const w = words.toLowerCase();
  return scopes.some((s) => s.covers.some((stem) => w.includes(stem)));
};

/**
 * A purpose that rests its Art. 10 basis on a police-certificate provision (`certificateFor`) and whose words ask the
 * certificate of everyone in a group the provision does not name («alle nyansatte, også i resepsjon, marked og IT» under
 * eiendomsmeglingsloven § 2-9, which covers the board, the managing director, the responsible broker, trainee brokers and
 * settlement assistants). Not read where the group names a person or place the provision covers («alle som skal arbeide i
 * barnehagen»), where the organisation's own name is a place it covers (a kindergarten asking all its staff), or where
 * the purpose also cites a law ropa does not know beside politiregisterloven (which may cover the rest).
 */
function beyondCertificateScope(
  p: ResolvedPurpose,
  ref: ReferenceData,
  orgNames: readonly string[],
): { words: string; laws: string[]; whom: string } | undefined {
  const a10 = p.legalBasis.filter((b) => b.gdpr === 'A10');
  if (a10.length === 0) return undefined;
  const laws = p.legalBasis.flatMap((b) => b.law);
  const scopes = laws.flatMap((l) => certificateScopes(l, ref));
  if (scopes.length === 0) return undefined;
  const a10Laws = a10.flatMap((b) => b.law);
  const other = a10Laws.some(
    (l) => certificateScopes(l, ref).length === 0 && !isLaw(l, 'politiregisterloven', ref) && someLawHasRole([l], 'art10-basis', ref) !== 'no',
  );
  if (other) return undefined;
  const org = orgNames.join(' ').toLowerCase();
  if (scopes.some((s) => (s.settings ?? []).some((stem) => org.includes(stem)))) return undefined;
  for (const text of textsOf(p.description))
    for (const clause of text.split(STOP)) {
      const group = everyoneAsked(clause);
      if (group !== undefined && !covered(group, scopes))
        return {
          words: group,
          laws: [...new Set(laws.filter((l) => certificateScopes(l, ref).length > 0).map(lawCitation))],
          whom: [...new Set(scopes.map((s) => s.whom))].join(' / '),
        };
    }
  return undefined;
}

/**
 * A police certificate named in the activity's own words (its description, a purpose's, the consequences of not giving
 * data: «Alle som får tilbud om stilling, må legge fram politiattest», «levere ordinær politiattest før ansettelse»), not
 * denied, and not only if a post should require one («om stillingen krever politiattest»).
 */
const ONLY_IF_REQUIRED = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|dersom|hvis|viss|når|if|where|when)\s+(?:[\p{L}-]+\s+){0,3}?(?:krev\p{L}*|kreves|kravd|requires?|required|lova|loven|law)(?![\p{L}])`,
  'iu',
);
/**
 * Words about certificates, no demand of ours: information or guidance on them, a course on them, or how others ask for
 * them («Vi holder kurs om hvordan skjenkesteder kan be om politiattest fra dørvakter», «training on how to check a police
 * certificate»: B20, session 21).
 */
const ABOUT_CERTIFICATES = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:informasjon|information|rettleiing|veiledning|guidance|råd|advice)\s+(?:om|on|about)\s+(?:\p{L}+\s+)?|(?:kurs\p{L}*|courses?|training|opplæring\p{L}*|undervisning\p{L}*|hvordan|korleis|how)\s+(?:[\p{L}-]+\s+){0,7}?)(?:politiattest|police certificate)`,
  'iu',
);
/**
 * Asking for it: the body demands, obtains, checks or is shown the certificate («må legge fram», «levere», «kreve», «be
 * om», «innhente», «kontrollere», «ask for», «present», «check»; the one asked between the verb and «for», «om»: «We also ask
 * the locum for a police certificate», «ber vikaren om politiattest»; attached: «leggje ved politiattest», «attach a police
 * certificate»: variants-veterinar DY13; R2, session 25), and in the passive («Politiattest må leggjast ved søknaden frå alle
 * søkjarar», «legges ved», «leveres», «vedleggast»: variants-paraphrase5 PE098, session 28); not a person applying to the police for one with the
 * body's help («hjelpe innbyggere som skal søke om politiattest»). Keeping it is having asked for it: stored, kept, filed, a copy
 * («Vi lagrer politiattest for hver trener», «Politiattesten vert lagra i personalmappa», «We keep a copy of each coach's police
 * certificate»: R13, session 33, categories matrix); certificateRecordedElsewhere still lets another activity's category be it.
 */
const DEMAND = lazyPattern(
  String.raw`(?<![\p{L}])(?:legg(?:e|je|er|ar)?\s+fram|legg(?:e|er)?\s+frem|fremlegg\p{L}*|framlegg\p{L}*|lever(?:e|er|ar|t)|vis(?:e|er|t)|syn(?:e|er|t)|krev(?:e|er|je|st)?|kreves|kravd|krevd|be\s+om|ber\s+om|bed(?:t|ne|e)\s+om|innhent\p{L}*|hente\s+inn|henta\s+inn|kontroller\p{L}*|sjekk\p{L}*|må\s+ha|ask(?:s|ed|ing)?\s+(?:(?:the|a|an|every|each|all|our|new)\s+)?(?:[\p{L}-]+\s+){0,2}?for|(?:be|ber|bed|bad|ba)\s+(?:(?:den|dei|de|alle|kvar|hver)\s+)?(?:[\p{L}-]+\s+){0,2}?om|legg(?:e|je|er|ar)?\s+ved|vedlegg(?:e|je|er|ar)?|legg(?:es|ast|jast|st|s)\s+(?:fram|frem|ved)|vedlegg(?:es|ast|jast|s)|vedlagt|lever(?:es|ast|st)(?!\s+(?:til|ut|digitalt|direkte)(?![\p{L}]))|attach(?:es|ed|ing)?|enclos(?:e|es|ed|ing)|request\p{L}*|requir\p{L}*|present\p{L}*|show(?:s|n|ed|ing)?|submit\p{L}*|provid\p{L}*|hand(?:s|ed)?\s+in|obtain\p{L}*|check\p{L}*|must\s+have|see|sees|seen|lagr(?:e|er|ar|es|ast|a|et|t)|oppbevar\p{L}*|arkiver\p{L}*|registrer\p{L}*|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|retain\p{L}*|fil(?:e|es|ed)\s+(?:in|away)|(?:a\s+|en\s+|ein\s+)?(?:copy|copies|kopi(?:en|a|ar|er)?)\s+(?:of|av))(?![\p{L}])`,
  'iu',
);
const demandsCertificate = (clause: string): boolean =>
  POLICE_CERTIFICATE().test(clause) && DEMAND().test(clause) && !ONLY_IF_REQUIRED().test(clause) && !ABOUT_CERTIFICATES().test(clause);
/** The clause of a text that demands a police certificate, not denied; remembered per text (#16, session 42). */
const certificateClauseOf = byText((text: string): string | undefined => unnegatedClause(text, demandsCertificate));
function certificateDemandIn(r: ResolvedActivity): { pointer: string; words: string } | undefined {
  const texts = [...activityTexts(r), ...textsOf(r.activity.collection?.consequences).map((text) => ({ pointer: '/collection/consequences', text }))];
  for (const { pointer, text } of texts) {
    const clause = certificateClauseOf(text);
    if (clause !== undefined) return { pointer, words: clause.trim() };
  }
  return undefined;
}
const APPLICANTS = lazyPattern(String.raw`søker|søkjar|soker|sokjar|applicant|candidate|kandidat|rekrutt|recruit`, 'iu');
const STAFF = lazyPattern(String.raw`ansatt|tilsett|employee|staff|medarbeid|arbeidstak`, 'iu');
const subjectIs = (s: { id: string; value: DataSubject }, words: RegExp): boolean => words.test(s.id) || textsOf(s.value.name).some((t) => words.test(t));
/**
 * Applicants for a licence, a permit or a concession («Søkere om salgs- og skjenkebevilling», «søkjarar om løyve», «licence
 * applicants»): not applicants for a post, whose police certificate another activity may keep (B20, variants-bevilling
 * BV23: a licensing office's vandel check of licence applicants is no record of its hired inspectors' certificates).
 */
const LICENCE = lazyPattern(String.raw`bevilling|løyve|løyvi|tillatelse|tillating|konsesjon|licen[cs]|permit`, 'iu');
/** A post named beside the licence («søkere til stillinger i bevillingskontoret»): applicants for a post after all. */
const POST = lazyPattern(String.raw`stilling|jobb|tilsetj|ansett|rekrutt|oppdrag|position|post(?![\p{L}])|job|vacanc|recruit`, 'iu');
/**
 * The demand is of the one appointed only, not of the applicants («the one appointed must show a police certificate», «the
 * successful candidate», «den som blir tilsett», «den som får tilbod om stillinga»): once appointed, they are whoever the
 * certificate activity records (staff, interpreters, volunteers), so any activity that records a certificate is the one
 * the words point to (variants-tolk TLC13, session 21). «All applicants must hand in a police certificate» is no such clause.
 */
const APPOINTEE_ONLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:the|a)\s+(?:one|person|candidate|applicant)\s+(?:who\s+is\s+|we\s+)?(?:appointed|offered|hired|selected|employed)|successful\s+(?:applicant|candidate)|(?:den|de|dei)\s+som\s+(?:blir|vert|blei|ble)\s+(?:tilsett|tilsatt|ansatt|valt|valgt)|(?:den|de|dei)\s+som\s+får\s+(?:tilbud|tilbod))(?![\p{L}])`,
  'iu',
);
/**
 * Another activity of the registry records a police certificate of the same people (a data subject in common, or this
 * activity's applicants beside that activity's own staff or applicants for a post): the words here name the certificate
 * that activity keeps («sjå aktiviteten politiattest», «only from the candidate offered a position»: three clean bases).
 */
function certificateRecordedElsewhere(r: ResolvedActivity, all: readonly ResolvedActivity[], words: string): boolean {
  const mine = new Set(r.dataSubjects.map((s) => s.id));
  const applicants = r.dataSubjects.some((s) => subjectIs(s, APPLICANTS()));
  const appointee = applicants && APPOINTEE_ONLY().test(words);
  return certificateActivities(all).some(
    (o) =>
      o !== r &&
      (appointee ||
        o.dataSubjects.some(
          (s) =>
            mine.has(s.id) ||
            (applicants &&
              (s.value.employees === true || subjectIs(s, STAFF()) || (subjectIs(s, APPLICANTS()) && (!subjectIs(s, LICENCE()) || subjectIs(s, POST()))))),
        )),
  );
}

/**
 * The activities of a run that record a police certificate, found once per run: `certificateRecordedElsewhere` looked through
 * every activity for each activity that asks for one, quadratic where none records it (#16, session 44).
 */
function certificateActivities(all: readonly ResolvedActivity[]): readonly ResolvedActivity[] {
  let list = certificateKeepers.get(all);
  if (list === undefined) certificateKeepers.set(all, (list = all.filter((o) => o.criminalOffenceData.some((c) => isCertificateCategory(c.value)))));
  return list;
}
const certificateKeepers = new WeakMap<readonly ResolvedActivity[], readonly ResolvedActivity[]>();

/**
 * A public body hiring or managing its own staff is an employer (GDPR Art. 88; personopplysningsloven § 11): its
 * employment statute (statsansatteloven, which names recruitment to posts in the state) lays no task under whose official
 * authority applicants' or staff's criminal records are processed. «En arbeidsgiver kan derfor bare kreve at
 * arbeidssøkerne legger frem en politiattest når det er fastsatt i lov eller forskrift at det er adgang til å kreve det»
 * (Datatilsynet, «Før ansettelse – bakgrunnsundersøkelser», read 2026-12-04; politiregisterloven § 36: «Vandelskontroll
 * kan bare foretas når den har hjemmel i lov eller i forskrift gitt i medhold av lov»). So where every data subject of the
 * activity is staff or applicants for a post, a task basis that cites only such a statute puts nothing under official
 * authority, and the Art. 10 basis must be recorded (variants-tingrett VT08; R23, session 36). A special law that provides
 * for a certificate (opplæringslova, barnehageloven § 30, politiloven § 18) is no employment statute and still counts.
 */
const EMPLOYMENT_STATUTES = ['statsansatteloven', 'arbeidsmiljoloven'] as const;
const asEmployer = (r: ResolvedActivity): boolean =>
  r.dataSubjects.length > 0 &&
  r.dataSubjects.every(
    (s) => s.value.employees === true || subjectIs(s, STAFF()) || (subjectIs(s, APPLICANTS()) && (!subjectIs(s, LICENCE()) || subjectIs(s, POST()))),
  );

/**
 * Art. 10: criminal-offence data is processed only under the control of official authority, or where
 * law authorises it (in Norway personopplysningsloven § 11, which covers processing not under official
 * authority). A public authority processing such data as part of its task relies on its official
 * authority and the task law: a public task (6(1)(e)) or legal obligation (6(1)(c)) with its law suffices.
 * § 11 first paragraph does not itself permit: it applies «personvernforordningen artikkel 9 nr. 2 bokstav a og
 * c til f samt §§ 6, 7 og 9» to such processing. An Art. 10 basis resting on personopplysningsloven § 11 alone
 * therefore needs one of those conditions on the same purpose (warning `section-11-condition`), given as a basis, a
 * cited section, recorded as the A10 basis's `section11Condition`, or named in the words of a basis's note.
 * The ground `ropa new` records on an A10 basis (`criminalDataGround`) is held against the record: `section-11` with no
 * citation of § 11 (`ground-section-11-uncited`), and `official-authority` where the activity and organisation are
 * recorded as no public authority (`ground-official-not-public`): Art. 10's «under the control of official authority»
 * is a public authority's, or a body's the law has given such authority (then the activity says `publicAuthority`).
 * Both are warnings; a record without the field is judged as before.
 * An Art. 10 basis whose every law ropa knows cannot authorise such processing (data/norwegian-law.json) is
 * reported: politiregisterloven governs the police's and the prosecution's processing, so an organisation
 * recorded as no public authority cannot rest on it (`public-bodies-only`; a police certificate is demanded
 * under the special law that requires one for the post); free text naming the organisation's own rules is no
 * law (`internal-rules`), nor an association's statutes («NIFs lov», «vedtekter»: `association-statutes`, H12D,
 * variants-idrett ID03); any other known law with no such role (`not-a-basis`; for a public authority a warning,
 * since its own processing may be under the control of official authority, unless it is a police certificate).
 * An unknown law is not judged.
 * A public authority whose task law covers the data (the processing is under official authority) but whose Art. 10
 * entry rests on personopplysningsloven § 11 alone cites the provision for processing «som ikke utføres under en
 * offentlig myndighets kontroll» (§ 11 first paragraph, read in Lovdata's text 2026-11-30): a warning to cite the task
 * law instead (`section-11-official`); the processing itself may well be lawful.
 */
export default defineRule(
  {
    id: 'criminal-data-basis',
    severity: 'error',
    citation: 'GDPR Art. 10; personopplysningsloven § 11',
    messages: [
      'missing',
      'no-law',
      'section-11-condition',
      'not-a-basis',
      'public-bodies-only',
      'internal-rules',
      'association-statutes',
      'sets-conditions',
      'comprehensive-register',
      'purpose',
      'section-11-official',
      'ground-section-11-uncited',
      'ground-official-not-public',
      'category-reveals',
      'category-reveals-no-basis',
      'described-offences',
      'described-record',
      'described-certificate',
      'certificate-scope',
      'certificate-no-law',
    ],
  },
  (ctx, report) => {
    // Public or not, and whether a debt collector (inkassoloven § 5's police certificate): not who it is by name, which
    // this rule has never judged.
    const { publicAuthority: isPublic, debtCollector } = lawOrgOf(ctx.registry.organisation?.value);
    const orgLaw = { publicAuthority: isPublic, debtCollector };
    const org = ctx.registry.organisation?.value;
    const orgNames = [org?.name, org?.shortName].flatMap(textsOf);
    for (const r of ctx.activities) {
      const publicAuthority = actsAsPublicAuthority(ctx.registry, r) === true;
      const lawOrg = lawOrgFor(orgLaw, r);
      // Art. 10 is lifted where only journalistic or other expression uses the data (personopplysningsloven § 3).
      const criminal = r.criminalOffenceData.filter((c) => !categoryExempt(r, c.id, ctx.reference));
      const bases = basesWithPointers(r);
      // The task law must be one that can cover such data: a law ropa knows to have no Art. 10 role
      // (arbeidsmiljøloven for police certificates) does not; a law it does not know is not judged.
      // A public body's archive purpose under an archive law's duty (arkivlova §§ 5, 12, 14: its own records kept and
      // deposited) is under the control of official authority too (Art. 10 first limb; F5, session 36, variants-tingrett's
      // base), though the archive law authorises no criminal-offence data as such.
      // Not the body's own hiring or staff under its employment statute alone (EMPLOYMENT_STATUTES): an employer.
      const employer = asEmployer(r);
      const underAuthority = () =>
        publicAuthority &&
        bases.some(
          ({ basis, purpose }) =>
            isTaskBasis(basis.gdpr) &&
            basis.law.length > 0 &&
            ((someLawHasRole(basis.law, 'art10-basis', ctx.reference) !== 'no' &&
              !(employer && basis.law.every((l) => EMPLOYMENT_STATUTES.some((k) => isLaw(l, k, ctx.reference))))) ||
              (purpose.researchOrStatistics === 'archiving' && someLawHasRole(basis.law, 'archive-duty', ctx.reference, lawOrg) === 'yes')),
        );
      const art10 = bases.filter(({ basis }) => basis.gdpr === 'A10');
      // A category whose own words reveal Art. 10 data while its entry does not say `criminalOffence`
      // (src/check/prose-category.ts): the record must say so, and the processing needs an Art. 10 basis, or official
      // authority, as if it did. A warning, pointing at the words in the catalogue entry.
      // Where another category of the activity records such data, the record says it already.
      if (r.criminalOffenceData.length === 0)
        for (const c of r.dataCategories) {
          const seen = revealedCriminal(c.value);
          if (seen === undefined || categoryExempt(r, c.id, ctx.reference)) continue;
          const entry = ctx.registry.catalogues.dataCategories.get(c.id);
          if (entry === undefined) continue;
          const covered = art10.length > 0 || underAuthority();
          report.entry(
            r,
            entry,
            seen.pointer,
            covered ? 'category-reveals' : 'category-reveals-no-basis',
            { category: c.id, words: seen.words },
            { severity: 'warning' },
          );
        }
      // No category records offences, but the activity's own words record them about people (a ban list, who is reported
      // to the police): the record must carry the category with criminalOffence, and the basis (DESCRIPTIONS.md: prose
      // raises the fact). A warning quoting the words, at the text that says them.
      if (r.criminalOffenceData.length === 0 && !r.dataCategories.some((c) => revealedCriminal(c.value) !== undefined)) {
        const said = offenceRecordIn(r);
        if (said !== undefined) report.activity(r, said.pointer, 'described-offences', { words: said.words }, { severity: 'warning' });
        else {
          const record = personsRecordIn(r);
          if (record !== undefined) report.activity(r, record.pointer, 'described-record', { words: record.words }, { severity: 'warning' });
          else {
            // A police certificate asked for in the activity's words while no activity records one of these people.
            const demand = certificateDemandIn(r);
            if (demand !== undefined && !certificateRecordedElsewhere(r, ctx.activities, demand.words))
              report.activity(r, demand.pointer, 'described-certificate', { words: demand.words }, { severity: 'warning' });
          }
        }
      }
      const first = criminal[0];
      if (!first) continue;
      // The ground recorded for A10 (criminalDataGround, asked by `ropa new`) against the rest of the record: § 11 recorded
      // but not cited, or official authority recorded by an organisation (and activity) recorded as no public authority.
      for (const { basis, pointer, purpose } of art10) {
        const at = join(pointer.replace(/\/gdpr$/, ''), 'criminalDataGround');
        const polLaw = ctx.reference.law.provisions.criminalOffences.law;
        if (basis.criminalDataGround === 'section-11' && !basis.law.some((l) => citesProvision(l, { law: polLaw, section: 11 }, ctx.reference)))
          report.activity(r, at, 'ground-section-11-uncited', { purpose: purpose.id }, { severity: 'warning' });
        if (basis.criminalDataGround === 'official-authority' && actsAsPublicAuthority(ctx.registry, r) === false)
          report.activity(r, at, 'ground-official-not-public', { purpose: purpose.id }, { severity: 'warning' });
      }
      // A police certificate asked of everyone in a group the cited certificate provision does not name.
      r.purposes.forEach((p, i) => {
        const beyond = beyondCertificateScope(p, ctx.reference, orgNames);
        if (beyond !== undefined)
          report.activity(r, join('/purposes', i, 'description'), 'certificate-scope', { purpose: p.id, ...beyond }, { severity: 'warning' });
      });
      // A public authority's police certificate needs a law that provides for it (politiregisterloven § 36), not only
      // official authority: with no Art. 10 entry, a purpose that asks for the certificate and cites only laws ropa knows
      // to have no Art. 10 role (valgloven § 6-2 for polling staff) has none.
      if (publicAuthority && art10.length === 0 && criminal.every((c) => isCertificateCategory(c.value))) {
        const ids = new Set(criminal.map((c) => c.id));
        const asking = r.purposes
          .map((p, i) => ({ p, i }))
          .filter(({ p }) =>
            p.dataCategories !== undefined
              ? p.dataCategories.some((c) => ids.has(c))
              : textsOf(p.description).some((t) => saidUnnegated(t, POLICE_CERTIFICATE())),
          );
        const without = asking.filter(({ p }) => {
          const laws = p.legalBasis.flatMap((b) => b.law);
          return laws.length > 0 && someLawHasRole(laws, 'art10-basis', ctx.reference) === 'no';
        });
        if (asking.length > 0 && without.length === asking.length) {
          for (const { p, i } of without)
            report.activity(
              r,
              join('/purposes', i, 'legalBasis'),
              'certificate-no-law',
              { purpose: p.id, categories: criminal.map((c) => c.id), laws: p.legalBasis.flatMap((b) => b.law).map(lawCitation) },
              { severity: 'warning' },
            );
          continue;
        }
      }
      const officialAuthority = underAuthority();
      const pol = ctx.reference.law.provisions.criminalOffences.law;
      const cites = (b: (typeof bases)[number]['basis'], section: number) => b.law.some((l) => citesProvision(l, { law: pol, section }, ctx.reference));
      if (officialAuthority) {
        // Under official authority the task law is the answer; an Art. 10 entry that rests on personopplysningsloven
        // § 11 first paragraph alone cites the rule for processing NOT under official authority. Its second paragraph
        // (the DPO consultation for research) applies either way, so a citation of it is left alone.
        for (const { basis, pointer, purpose } of art10) {
          const onlyPol = basis.law.length > 0 && basis.law.every((l) => isLaw(l, pol, ctx.reference));
          const secondParagraph = basis.law.some((l) => SECOND_PARAGRAPH().test(l.section ?? ''));
          if (onlyPol && cites(basis, 11) && !secondParagraph)
            report.activity(r, pointer, 'section-11-official', { purpose: purpose.id }, { severity: 'warning' });
        }
        continue;
      }
      const categories = criminal.map((c) => c.id);
      // Per purpose, where the record has an Art. 10 basis on some purpose (else `missing`, reported just below, says it
      // all): a purpose without one that lists criminal-offence data in its own `dataCategories`, or that lists none while
      // the activity has such data not scoped to a purpose with Art. 10, and whose own words name offences («anmelde den
      // til politiet»).
      if (art10.length > 0) {
        const crimeIds = new Set(criminal.map((c) => c.id));
        const withArt10 = (p: (typeof r.purposes)[number]) => p.legalBasis.some((b) => b.gdpr === 'A10');
        const scoped = new Set(r.purposes.filter(withArt10).flatMap((p) => (p.dataCategories ?? []).filter((c) => crimeIds.has(c))));
        const unscoped = [...crimeIds].filter((c) => !scoped.has(c));
        r.purposes.forEach((p, i) => {
          if (withArt10(p) || p.legalBasis.length === 0) return;
          // A purpose whose words record offences about people (a ban list) uses the offence data whatever purpose else
          // has them scoped (variants-hotell HO41).
          const used =
            p.dataCategories !== undefined
              ? p.dataCategories.filter((c) => crimeIds.has(c))
              : textsOf(p.description).some(recordsOffences)
                ? [...crimeIds]
                : textsOf(p.description).some((t) => saidUnnegated(t, OFFENCE()) || saidUnnegated(t, carriesOutInterception))
                  ? unscoped
                  : [];
          if (used.length > 0) report.activity(r, join('/purposes', i, 'legalBasis'), 'purpose', { purpose: p.id, categories: used }, { severity: 'warning' });
        });
      }
      // A comprehensive register of offences kept outside official authority (Art. 10 last sentence, § 11 first
      // paragraph second sentence): a purpose with the data whose words keep a shared, central or trade-wide register.
      if (!publicAuthority)
        r.purposes.forEach((p, i) => {
          const uses = p.dataCategories === undefined || p.dataCategories.some((c) => r.criminalOffenceData.some((d) => d.id === c));
          if (uses && textsOf(p.description).some((t) => t.split(STOP).some((c) => keepsRegister(c))))
            report.activity(r, join('/purposes', i, 'description'), 'comprehensive-register', { purpose: p.id, categories }, { severity: 'warning' });
        });
      if (art10.length === 0) report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'missing', { categories });
      for (const { basis, pointer, purpose } of art10) {
        if (basis.law.length === 0) {
          report.activity(r, pointer, 'no-law', { categories });
          continue;
        }
        const fit = lawsFit(basis.law, 'art10-basis', ctx.reference, lawOrg);
        if (fit.answer === 'no') {
          const variant =
            fit.why === 'public-bodies'
              ? 'public-bodies-only'
              : fit.why === 'internal'
                ? 'internal-rules'
                : fit.why === 'statutes'
                  ? 'association-statutes'
                  : fit.why === 'limits'
                    ? 'sets-conditions'
                    : 'not-a-basis';
          // A public body's own processing may be under the control of official authority (Art. 10) though the law
          // it names carries no Art. 10 role (an employer's duty to protect staff from threats): a warning asking for
          // the reasoning. A police certificate is never that: it needs a law that requires one (politiregisterloven § 36).
          const softened = variant === 'not-a-basis' && publicAuthority && !policeCertificate(r);
          report.activity(r, pointer, variant, { categories, laws: basis.law.map(lawCitation) }, softened ? { severity: 'warning' } : undefined);
          continue;
        }
        // § 11 alone (no other law that might authorise the processing itself): a condition it refers to must be given.
        const onlySection11 = cites(basis, 11) && basis.law.every((l) => isLaw(l, pol, ctx.reference));
        if (!onlySection11) continue;
        const own = bases.filter((b) => b.purpose === purpose).map((b) => b.basis);
        const condition = own.some(
          (b) =>
            SECTION_11_CONDITIONS.has(b.gdpr) ||
            cites(b, 6) ||
            cites(b, 7) ||
            cites(b, 9) ||
            // The condition named in the section's own words («§ 11, jf. personvernforordningen artikkel 9 nr. 2 bokstav f»).
            // The condition recorded as a fact (section11Condition, asked by `ropa new`).
            b.section11Condition !== undefined ||
            b.law.some((l) => NAMED_CONDITION().test(l.section ?? '')) ||
            textsOf(b.note).some((t) => NAMED_CONDITION().test(t)),
        );
        if (!condition) report.activity(r, pointer, 'section-11-condition', { purpose: purpose.id }, { severity: 'warning' });
      }
    }
  },
);
