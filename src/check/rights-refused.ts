import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { prefilter } from '../util/prefilter.js';
import { withoutPast } from './past.js';

/**
 * The person refused their own data, said in words (R36, session 40; variants-sameting SM72 «Personer som nevnes i en sak,
 * får ikke se våre interne vurderinger av dem», variants-lading EV71 «Customers are not shown their score …, even if they
 * ask», EV72 «We do not give callers a copy of their own recordings», variants-verneplikt VP72 «Du får ikke innsyn i
 * psykologens notater»). Art. 15(1) and (3) give the data subject access to their data and a copy of it; only a measure
 * under Art. 23 (in Norway personopplysningsloven § 16 or a special law) may restrict that, and the record must name it.
 * Read in one sentence, three shapes:
 * - the person as subject, a negated getting, seeing or access («du får ikke innsyn i», «elevane får ikkje sjå prøvesvara
 *   sine», «pasientene har ikke tilgang til sine egne notater», «customers are not shown their score», «patients cannot
 *   see their records», «callers do not get a copy»), the person heading the sentence (a relative clause after it allowed:
 *   «Personer som nevnes i en sak, får ikke …») or right after the verb (V2: «Etter samtalen får du ikke innsyn»);
 * - the body refusing, the person as indirect object (any noun right before an access word: «we do not give borrowers a
 *   copy», «vi gir ikke kundene innsyn i», «me viser ikkje elevane svara
 *   deira», «we do not give callers a copy of», «we never show customers their score», «we do not let patients see»);
 * - the person getting none («innringerne får ingen kopi av opptaket», «you get no access to»);
 * - the thing refused first, the body after the verb («Sensors vurdering … gir vi ikke innsyn i»).
 * What is refused must be the person's own: the right's own word «innsyn», or an owner word after the verb («sine», «av
 * dem», «om deg», «their», «your», «own», «about them»); a copy or access alone is not enough («kundene får ikke kopi av
 * kvitteringen», «patients cannot access the ward at night»), nor is sending (a channel, not a refusal). Not where others' data are meant («andres», «other
 * people's», «third parties»: access control), not where a law is named in the sentence (the restriction has its basis
 * said), not under a condition or until a time («før saken er avgjort», «uten å legitimere deg», «until the case is
 * closed», «unless»: a timing or an identity check; «selv om», «even if» stay read), not in a question or the past. Staff
 * («de ansatte får ikke innsyn i journalen») are no data subject of the sentence: their access is security, not a right.
 */
/**
 * The person the case is about, named by the case (W5, session 46, variants-ferje FJ74: «Den det varsles om, får ikke innsyn
 * i saken»): «den det gjelder», «den det varsles om», «den som er omtalt», «the person concerned», «the reported person»;
 * the case after «i» with its article too («Den som er omtalt i ei sak, får ikkje innsyn i …»: variants-ombod LD66; FX,
 * session 47).
 */
const CONCERNED = String.raw`(?:den\s+(?:det|dette)\s+(?:gjelder|gjeld|varsles\s+om|varslast\s+om|blir\s+varslet\s+om|vert\s+varsla\s+om|klages\s+på|klagast\s+på)|den\s+som\s+(?:er\s+)?(?:omtalt|omtala|nevnt|nemnd|varslet\s+om|varsla\s+om|klaget\s+på|klaga\s+på)|the\s+(?:person|employee)\s+(?:concerned|reported|named|complained\s+about|in\s+question)|the\s+reported\s+(?:person|employee)|den\s+innklag(?:ede|a))(?:\s+(?:i|in)\s+(?:(?:ei|en|et|eit|ein|a|an|the)\s+)?\p{L}+)?`;
const PERSON = String.raw`(?:du|dere|dykk|you|personer|personar|personene|personane|people|persons|the\s+person|the\s+persons|den\s+registrerte|de\s+registrerte|dei\s+registrerte|the\s+data\s+subjects?|kunden|kundene|kundane|kunder|kundar|customers?|the\s+customers?|pasienten|pasientene|pasientane|pasienter|pasientar|patients?|the\s+patients?|eleven|elevene|elevane|elever|elevar|pupils?|students?|the\s+pupils?|the\s+students?|foreldrene|foreldra|foreldre|parents?|the\s+parents?|søkeren|søkjaren|søkerne|søkjarane|søkere|søkjarar|applicants?|the\s+applicants?|medlemmet|medlemmene|medlemmane|medlemmer|medlemar|members?|the\s+members?|innringeren|innringerne|innringarane|innringere|callers?|the\s+callers?|klienten|klientene|klientane|klienter|klientar|clients?|the\s+clients?|deltakeren|deltakaren|deltakerne|deltakarane|deltakere|deltakarar|participants?|the\s+participants?|beboeren|bebuaren|beboerne|bebuarane|beboere|residents?|the\s+residents?|innbyggerne|innbyggjarane|innbyggere|citizens?|abonnentene|abonnentane|abonnenter|subscribers?|søkerne|vernepliktige|conscripts?|the\s+conscripts?|${CONCERNED})`;
const NOT = String.raw`(?:ikke|ikkje)`;
const ACCESS_NB = String.raw`(?:se|sjå|lese|vite|innsyn|tilgang|kopi|utskrift|få\s+(?:se|sjå|lese|vite|innsyn|tilgang|kopi|utskrift))`;
const NEG_EN = String.raw`(?:cannot|can['’]t|can\s+not|may\s+not|will\s+not|won['’]t|do\s+not|don['’]t|does\s+not|doesn['’]t|are\s+not\s+(?:able|allowed|permitted)\s+to|is\s+not\s+(?:able|allowed|permitted)\s+to|never)`;
const ACCESS_EN = String.raw`(?:see|access|view|read|get|receive|obtain|have\s+access\s+to|be\s+shown|be\s+given)`;
/** The person as the subject of a refused getting, seeing or access. */
const PERSON_REFUSED = String.raw`(?:(?:får|fær|har|kan|skal)\s+(?:\p{L}+\s+)?${NOT}\s+(?:(?:lov\s+til\s+å|rett\s+til(?:\s+å)?|be\s+om|kreve|krevje)\s+)?${ACCESS_NB}|(?:gis|givast|gjevast)\s+${NOT}\s+(?:innsyn|tilgang|kopi)|(?:blir|vert)\s+${NOT}\s+(?:gitt|gjeve|gjeven|vist|synt)|(?:får|fær|gets?|get)\s+(?:ingen|inga|no)\s+(?:innsyn|tilgang|kopi|copy|copies|access)|(?:are|is)\s+not\s+(?:shown|given|provided\s+with|granted|let\s+see|allowed\s+to\s+(?:see|access|view|read))|${NEG_EN}\s+${ACCESS_EN})(?![\p{L}])`;
const SUBJECT_FIRST = lazyPattern(
  String.raw`^\s*(?:(?:de|dei|the|our|våre|alle|all|mange|many)\s+)?${PERSON}(?:\s+(?:som|who|that)\s[^.!?]*?,|\s+(?:som|who|that)\s+(?:[\p{L}-]+\s+){1,8}?)?\s*,?\s*(?:(?:heller|også|òg|dessverre|altså|also|still|even)\s+)?${PERSON_REFUSED}`,
  'iu',
);
const SUBJECT_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:får|fær|har|kan)\s+(?:du|dere|dykk|${PERSON})\s+(?:\p{L}+\s+)?${NOT}\s+(?:(?:lov\s+til\s+å|rett\s+til(?:\s+å)?|be\s+om)\s+)?${ACCESS_NB}(?![\p{L}])`,
  'iu',
);
const BODY_REFUSES = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vi|me)\s+(?:gir|gjev|viser|syner|utleverer|utleverar|lar)\s+(?:${NOT}|aldri)|(?:we)\s+(?:${NEG_EN})\s+(?:give|show|provide|let|allow|grant))\s+(?:the\s+|our\s+)?(?:${PERSON}|(?!(?:the|our|your|deres|dine|sine)\s)[\p{L}-]+(?=\s+(?:innsyn|kopi|tilgang|a\s+copy|copies|access|their|sight\s+of)(?![\p{L}])))(?![\p{L}])`,
  'iu',
);
/** The thing refused put first, the body after the verb (V2; FY session 45, variants-sjoredning SR77: «Sensors vurdering av den praktiske prøven gir vi ikke innsyn i»). */
const BODY_REFUSES_V2 = lazyPattern(String.raw`(?<![\p{L}])(?:gir|gjev)\s+(?:vi|me)\s+(?:${NOT}|aldri)\s+(?:innsyn|tilgang)(?![\p{L}])`, 'iu');
const may = prefilter(lazyPattern(String.raw`ikke|ikkje|not|n['’]t|never|aldri|ingen|inga|no\s`, 'iu'));
/**
 * What is refused is the person's own: an access word, or an owner word (the reflexive too, in nb, nn and en: «the
 * recordings of themselves», «opptak av seg selv», «av seg sjølv»: FP's unlawful wordings UR6; FZ, session 46).
 */
const OWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:innsyn|sin|si|sitt|sine|din|di|ditt|dine|deres|deira|dykkar|egne|eigne|eige|eget|egen|eiga|om\s+(?:dem|dei|deg|seg|dykk|dere|seg\s+sjøl|seg\s+selv)|av\s+(?:dem|dei|deg|seg|dykk|dere)|their|your|own|about\s+(?:them|you|themselves|yourself|him|her)|of\s+(?:them|you|themselves|yourself|himself|herself)|on\s+(?:them|you|themselves|yourself)|(?:av|om)\s+seg\s+(?:selv|sjølv|sjøl))(?![\p{L}])`,
  'iu',
);
/** Others' data, a law named, a condition or a time that bounds the refusal. */
const NOT_A_RIGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:andre|andres|anna|annan|other|others|others['’]|someone\s+else['’]?s?|tredjepart\p{L}*|third\s+part\p{L}*|§|lov(?:a|en)|\p{L}+lov(?:a|en)?|\p{L}+lova|act|article|artikkel|art\.|forskrift\p{L}*|regulations?|før|until|till|before|uten|utan|without|unless|med\s+mindre|dersom|hvis|viss|mens|while|once|så\s+lenge|as\s+long\s+as|ansatt\p{L}*|tilsett\p{L}*|staff|employees?)(?![\p{L}])|(?<![\p{L}]|even\s)if\s`,
  'iu',
);
/**
 * The full stop of an abbreviation that opens a citation («jf. personopplysningsloven § 16», «cf. Article 23», «nr.») ends
 * no sentence: the law it names belongs to the refusal before it (W5, session 46). Each such stop becomes a middle dot, one
 * character for one, so that places in the text stay where they were.
 */
const CITATION_STOP = lazyPattern(String.raw`(?<![\p{L}])(?:jf|jfr|jamfør|cf|nr|art|pkt|bl\.a|f\.eks|e\.g|i\.e)\.(?=\s)`, 'giu');
const keepCitation = (t: string): string => t.replace(CITATION_STOP(), (m) => m.replace(/\./gu, '·'));
const SENTENCE = lazyPattern(String.raw`[^.!?]+[.!?]?`, 'gu');

/** The words of a text that refuse the person their own data, if any (read once per distinct text). */
export const rightRefusedIn = byText((text: string): string | undefined => {
  if (!may(text)) return undefined;
  const low = keepCitation(withoutPast(text));
  for (const s of matchesOf(SENTENCE(), low)) {
    const sentence = s[0];
    if (sentence.trimEnd().endsWith('?')) continue;
    const m = SUBJECT_FIRST().exec(sentence) ?? SUBJECT_AFTER().exec(sentence) ?? BODY_REFUSES().exec(sentence) ?? BODY_REFUSES_V2().exec(sentence);
    if (m === null) continue;
    const after = sentence.slice(m.index + m[0].length);
    if (!OWN().test(m[0].slice(-12) + after.split(/[,;]/u)[0]!) || NOT_A_RIGHT().test(sentence)) continue;
    const at = s.index + m.index;
    return text.slice(at, at + m[0].length + after.search(/[,;.!?]|$/u)).trim();
  }
  return undefined;
});

/**
 * A right other than access denied in words (FY, session 45: variants-sykehjem LY19 «Pårørande kan ikkje krevje at
 * opplysningane blir retta», the class of «you cannot object», «du har ikke rett til å få rettet …»): the person as
 * subject of a negated «kreve», «be om», «rett til» or «ask to» whose object is rectification (Art. 16) or objection (Art.
 * 21). Art. 16 has no exception in the Regulation: only a measure under Art. 23 or 89(2) restricts it, and the record must
 * name it. Erasure is not read: Art. 17(3) lets a controller refuse it on its own terms (a legal obligation to keep, legal
 * claims, archives), which words alone do not show absent. The persons are those of the access reader, with relatives
 * and a resident added («pårørende», «beboeren»: a nursing home's or a school's relatives are data subjects of their own
 * activity). Bounded as the access reader is (others' data, a law named, a condition or a time, staff), and not in a
 * question or the past. Objection is judged by the rule only where a purpose rests on Art. 6(1)(e) or (f): Art. 21(1)
 * gives the right on those alone, so «you cannot object» to a legal obligation is the law stated.
 */
const PERSON_ALL = String.raw`(?:${PERSON}|pårørende|pårørande|de\s+pårørende|dei\s+pårørande|relatives|next\s+of\s+kin|beboeren|bebuaren|the\s+resident)`;
/** «Rett til» is «the right to», not «correct» (W6, session 46: «har ikke rett til innsyn» is access refused, no rectification). */
const RECTIFY = String.raw`(?:rett(?:et|a|ing|es|ast|ast)?(?!\s+til(?![\p{L}]))|korriger\p{L}*|correct(?:ed|ion)?|rectif(?:y|ied|ication))`;
const OBJECT = String.raw`(?:protestere|motsette\s+seg|motsetje\s+seg|object|objection)`;
const DENIED_NB = String.raw`(?:får|fær|har|kan|skal)\s+(?:\p{L}+\s+)?${NOT}\s+(?:(?:kreve|krevje|be\s+om|rett\s+til)\s+(?:å\s+)?(?:få\s+)?(?:(?:at\s+)?(?:[\p{L}-]+\s+){0,5}?(?:blir|bli|vert|skal\s+bli)\s+)?)?(?:${RECTIFY}|${OBJECT})(?![\p{L}])`;
const DENIED_EN = String.raw`(?:${NEG_EN}|(?:has|have)\s+no\s+right\s+to)\s+(?:(?:ask|request|require|demand)\s+(?:us\s+)?(?:to\s+)?|have\s+(?:[\p{L}'’]+\s+){0,4}?|(?:make\s+)?)?(?:${RECTIFY}|${OBJECT})(?![\p{L}])`;
const RIGHT_DENIED = lazyPattern(
  String.raw`^\s*(?:(?:de|dei|the|our|våre|alle|all)\s+)?${PERSON_ALL}(?:\s+(?:som|who|that)\s[^.!?]*?,)?\s*(?:(?:heller|også|òg|altså|also|still|even)\s+)?(?:${DENIED_NB}|${DENIED_EN})`,
  'iu',
);
const mayDeny = prefilter(lazyPattern(String.raw`ikke|ikkje|not|n['’]t|never|no\s+right`, 'iu'));
/** The relatives as the sentence's subject: their own data only where they are among the activity's data subjects. */
const RELATIVES_FIRST = lazyPattern(String.raw`^\s*(?:(?:de|dei|the|our|våre|alle|all)\s+)?(?:pårørende|pårørande|relatives|next\s+of\s+kin)(?![\p{L}])`, 'iu');
/**
 * Answers the person gave (an exam, a test, a form, a survey) said not to be corrected afterwards (LR2, session 46): no
 * rectification is denied. Art. 16 is a right to have «inaccurate» data rectified, and accuracy is judged by the purpose
 * the data were collected for; answers recorded as they were given are accurate, and the Court held that the right of
 * rectification does not let a candidate «correct», afterwards, answers that were wrong (CJEU C-434/16 Nowak, 20 December
 * 2017, paras. 52-53, under Directive 95/46 Art. 12(b), which Art. 16 continues). «Participants may not have their answers
 * corrected after submission», «Du kan ikke kreve at svarene dine blir rettet etter innlevering»: the answers in the
 * clause that denies the correction, not a reply named after it («…, men får svar innen en måned»).
 */
const OWN_ANSWERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:svar|svara|svaret|svarene|svarane|besvarelse\p{L}*|besvaring\p{L}*|eksamensbesvarelse\p{L}*|answers?|responses?|submissions?|exam\s+scripts?|test\s+scripts?)(?![\p{L}])`,
  'iu',
);
/**
 * The right's request named as a noun and turned away (FZ, session 46; FP's unlawful wordings UR4 «Objections to the camera
 * surveillance are not accepted»): an objection, a protest or a request to correct, then a negated accepting, granting or
 * handling («are not accepted», «will not be considered», «blir ikke tatt til følge», «vert ikkje godtekne», «godtas ikke»),
 * or «we» refusing it before the noun («we do not accept objections», «vi tar ikke imot protester», «me godtek ikkje krav
 * om retting»). The same bounds as the person's shapes (NOT_A_RIGHT: others' data, a law, a condition, staff).
 */
const PROCESSING_OBJECT = String.raw`(?:\p{L}*behandling\p{L}*|\p{L}*handsaming\p{L}*|processing|\p{L}*overvåk\p{L}*|surveillance|monitoring|registrering\p{L}*|lagring\p{L}*|opptak\p{L}*|recordings?|recording|\p{L}*kamera\p{L}*|cameras?|cctv|sporing\p{L}*|tracking|logg\p{L}*|logs?|logging|profil\p{L}*|profiling|bruk(?:en)?|use|data|opplysning\p{L}*|opplysing\p{L}*)`;
/** An objection to the processing (not to a plan, a decision or a case: «innsigelse til reguleringsplanen»), or a request to correct. */
const REQUEST_NOUN = String.raw`(?:(?:objections?|protests?|protester|protestar|innsigelse[rn]?|innsigelsene|innvending(?:er|ar|ane|ene)?)\s+(?:mot|to|against|til)\s+(?:[\p{L}-]+\s+){0,3}?${PROCESSING_OBJECT}|requests?\s+(?:for|to)\s+(?:correction|rectification|correct|rectify)|(?:krav|ønske|ønsker|ønskje|ønskjer|førespurnader|forespørsler|forespørsel|førespurnad)\s+om\s+(?:retting|korrigering))`;
const TURNED_AWAY = String.raw`(?:(?:are|is|will|shall|can)\s+not\s+(?:be\s+)?(?:accepted|considered|granted|handled|processed|entertained|upheld)|(?:won['’]t|can['’]t|cannot)\s+be\s+(?:accepted|considered|granted|handled)|(?:blir|vert|bli|verte)\s+(?:${NOT}|aldri)\s+(?:tatt\s+til\s+følge|teke\s+til\s+følgje|tekne\s+til\s+følgje|godtatt|godteke|godtekne|akseptert|aksepterte|behandlet|behandla|handsama|tatt\s+imot|teke\s+imot|tekne\s+imot)|(?:godtas|aksepteres|behandles|godtakast|aksepterast|handsamast|behandlast)\s+${NOT})`;
const REQUEST_REFUSED = lazyPattern(
  String.raw`(?<![\p{L}])${REQUEST_NOUN}(?![\p{L}])(?:\s+[^\s.!?,;]+){0,8}?\s+${TURNED_AWAY}(?![\p{L}])|(?<![\p{L}])(?:(?:vi|me)\s+(?:tar|tek)\s+(?:${NOT}|aldri)\s+imot|(?:vi|me)\s+(?:godtar|godtek|aksepterer|aksepterar|behandler|handsamar)\s+(?:${NOT}|aldri)|we\s+(?:do\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:accept|consider|entertain|handle|grant))\s+(?:\p{L}+\s+)?${REQUEST_NOUN}(?![\p{L}])`,
  'iu',
);
const OBJECTION_NOUN = lazyPattern(String.raw`objection|protest|innsigelse|innvending`, 'iu');

/** A right other than access denied in words: the right and the words, if any (read once per distinct text). */
export const rightDeniedIn = byText((text: string): { right: 'rectification' | 'objection'; words: string; relatives: boolean } | undefined => {
  if (!mayDeny(text)) return undefined;
  const low = keepCitation(withoutPast(text));
  for (const s of matchesOf(SENTENCE(), low)) {
    const sentence = s[0];
    if (sentence.trimEnd().endsWith('?')) continue;
    const m = RIGHT_DENIED().exec(sentence) ?? REQUEST_REFUSED().exec(sentence);
    if (m === null || NOT_A_RIGHT().test(sentence)) continue;
    const right = new RegExp(`${OBJECT}(?![\\p{L}])$`, 'iu').test(m[0]) || OBJECTION_NOUN().test(m[0]) ? 'objection' : 'rectification';
    const after = sentence.slice(m.index + m[0].length);
    if (right === 'rectification' && OWN_ANSWERS().test(m[0] + after.split(/[,;]/u)[0]!)) continue;
    const at = s.index + m.index;
    return { right, words: text.slice(at, at + m[0].length + after.search(/[,;.!?]|$/u)).trim(), relatives: RELATIVES_FIRST().test(sentence) };
  }
  return undefined;
});
