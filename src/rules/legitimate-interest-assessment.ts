import { basesWithPointers, marketingSaid, NEGATION, SENTENCE_END, textsOf, notDoneSaid } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 6(1)(f): the interest is named (13(1)(d), 14(2)(b)) and the balancing test documented (Art. 5(2)).
 *
 * A credit check is necessary for a legitimate interest only where a credit or contract relationship with that person is
 * about to be entered: «Kredittopplysninger kan bare utleveres til mottakere som har saklig behov for opplysningene i
 * forbindelse med vurdering av kredittevne» (kredittopplysningsloven § 14 first paragraph), and 6(1)(f) asks that the
 * processing be necessary for the interest. A purpose on 6(1)(f) whose own words fetch credit data about everyone who
 * applies, registers or shows interest («alle som registrerer seg som boligsøkere», «også dem som aldri får tilbud»,
 * «every applicant») checks people with whom no such relationship is at hand (`credit-check-everyone`, a warning).
 * A clause that denies it before the words («bare om søkeren som får tilbud, ikke om alle som søker») is no such check.
 * A credit check for a product paid in advance (a prepaid card) assesses a creditworthiness no credit depends on
 * (`credit-check-prepaid`, a warning; «kontantkort kredittvurderes ikke» is no such check); credit monitoring of natural
 * persons («kredittovervåking», alerts of new payment remarks) is barred by § 14 fifth paragraph: «Avtaler som går ut på
 * at mottakeren skal få utlevert fremtidige kredittopplysninger (kredittovervåking), kan bare omfatte opplysninger om
 * juridiske personer» (`credit-monitoring`, a warning, unless the words limit it to companies). Both read in Lovdata's
 * text (sstraume97/norwegian-laws, 2 July 2026) by H12A, 2026-11-30 (variants-ekom E21, E58).
 */
const CREDIT = lazyPattern(
  String.raw`kredittopplysning|kredittvurder|kredittsjekk|kredittscore|kredittrating|betalingsanmerkning|credit (?:check|report|rating|score|information|reference|history)|creditworthiness`,
  'iu',
);
/** Everyone who applies, registers or shows interest, or those who never get an offer (nb, nn, en). */
const EVERYONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:alle|samtlige|kvar|hver|enhver|all|every|everyone|each)\s+(?:\p{L}+\s+){0,2}?(?:som\s+(?:søker|søkjer|registrerer|registrerar|melder|meldar|viser|synest|er interessert|har søkt)|(?:bolig|bustad|leie|job+|stillings)?søkere|(?:bolig|bustad|leige|stillings)?søkjarar|interessenter|interessentar|(?:housing |job |rental )?applicants?|(?:person|one)s?\s+who\s+(?:applies|apply|registers?|shows?))|(?<![\p{L}])(?:også|òg|even|including|also)\s+(?:dem|de|dei|those|people)\s+(?:som|who)\s+(?:aldri|ikke|ikkje|never|do not|don't|will not)`,
  'iu',
);
/**
 * What is applied for is credit: a loan, credit, an invoice or instalment purchase, a subscription, leasing (nb, nn, en),
 * also as the head of a compound («kontokreditt», «billån», «rammekreditt»; W2's review).
 * Everyone who applies for credit is about to enter a credit relationship: checking each of them is the need § 14 names.
 * Only «everyone who applies» is read so; everyone who registers or shows interest, and those never offered anything,
 * are not applicants for credit.
 */
const CREDIT_APPLICATION = lazyPattern(
  String.raw`(?<![\p{L}])\p{L}*?(?:lån|lånet|lån\p{L}*|kreditt(?!opplysning|vurder|sjekk|score|rating)\p{L}*|kredittkort\p{L}*|forbrukslån\p{L}*|finansiering\p{L}*|faktura\p{L}*|delbetal\p{L}*|avbetal\p{L}*|abonnement\p{L}*|leasing|loans?|credit (?:applications?|cards?|lines?|facilit\p{L}*|accounts?)|financing|invoices?|instal+ments?|subscriptions?)(?![\p{L}])`,
  'iu',
);
/** «Everyone who applies» without what makes them interested parties only: read only where no credit is applied for. */
const APPLY_ONLY = lazyPattern(
  String.raw`(?:som\s+(?:søker|søkjer|har søkt)|søkere|søkjarar|applicants?|(?:person|one)s?\s+who\s+(?:applies|apply))(?![\p{L}])`,
  'iu',
);
/** Applicants for a home, a rental or a job, not for credit: «boligsøkere», «stillingssøkere», «housing applicants». */
const HOUSING_OR_JOB = lazyPattern(String.raw`(?:bolig|bustad|leie|leige|job+|stillings|housing|rental|job)`, 'iu');
/**
 * A sentence, or the part of one before or after «, men», «, mens», «, but», «, while», «, whereas»: what the contrast
 * says of the other part is not read into it («vi kredittsjekkar alle, men ikkje …»). One pattern for every reading here.
 */
const SENTENCE_OR_BUT = lazyPattern(String.raw`[.;!?]|,\s*(?:men|mens|but|while|whereas)(?![\p{L}])`, 'iu');
/** Whether a clause of the text names a credit check together with everyone, with no negation before «everyone». */
const checksEveryone = (text: string): boolean =>
  text.split(SENTENCE_OR_BUT()).some((c) => {
    if (!CREDIT().test(c)) return false;
    const m = EVERYONE().exec(c);
    if (m === null || NEGATION.test(c.slice(0, m.index))) return false;
    // Everyone who applies for credit (a loan, an invoice purchase) is about to enter the relationship the check is for.
    return !(APPLY_ONLY().test(m[0]) && !HOUSING_OR_JOB().test(m[0]) && CREDIT_APPLICATION().test(c));
  });

/**
 * A product paid in advance (nb, nn, en): «kontantkort», «forhåndsbetalt», «forskuddsbetalt», «prepaid», «pay as you go».
 * No credit is given for it, so there is no creditworthiness to assess (kredittopplysningsloven § 14 first paragraph).
 */
const PREPAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:kontantkort\p{L}*|forhåndsbetal\p{L}*|forhandsbetal\p{L}*|forskuddsbetal\p{L}*|forskotsbetal\p{L}*|prepaid|pre-paid|pay[- ]as[- ]you[- ]go)(?![\p{L}])`,
  'iu',
);
/**
 * Credit monitoring (kredittovervåking): an agreement to be sent future credit data, «varsel når kunden får nye
 * betalingsanmerkninger» (nb, nn, en). Kredittopplysningsloven § 14 fifth paragraph: such agreements «kan bare omfatte
 * opplysninger om juridiske personer». Not «monitoring of credit limits» on the body's own accounts: no future credit data
 * from a bureau (H12P's false-alarm review).
 */
const MONITORING = lazyPattern(
  String.raw`kredittovervåk\p{L}*|kredittovervak\p{L}*|credit monitoring|monitor\p{L}*\s+(?:\p{L}+\s+){0,3}?credit(?!\s*(?:limits?|lines?|ceilings?|balances?|exposure|terms)(?![\p{L}]))|(?:varsel|varsl\p{L}*|melding|notif\p{L}*|alerts?)\s+(?:\p{L}+\s+){0,6}?(?:nye?|new)\s+betalingsanmerkning\p{L}*|(?:varsel|varsl\p{L}*|notif\p{L}*|alerts?)\s+(?:\p{L}+\s+){0,6}?new\s+(?:payment remarks?|defaults?)`,
  'iu',
);
/** Legal persons only: monitoring of companies is what § 14 fifth paragraph allows (nb, nn, en). */
const LEGAL_PERSONS = lazyPattern(
  String.raw`juridiske personer|bedrift\p{L}*|foretak\p{L}*|selskap\p{L}*|verksemd\p{L}*|virksomhet\p{L}*|organisasjonsnummer|compan(?:y|ies)|business(?:es)?|legal persons|corporate`,
  'iu',
);
/**
 * Words that leave the prepaid product out («uten kredittvurdering», «unntatt kontantkort», «except prepaid»). The words of
 * none («ingen», «inga», «no») are facts.ts NEGATION's, tested beside this (which reads nynorsk «no», now, and the name
 * «Inga» as no denial; until 2026-12-01 a private copy here read both as one: L, session 14).
 */
const EXCEPT = lazyPattern(String.raw`(?<![\p{L}])(?:uten|utan|without|unntatt|untatt|except|bortsett fra|med unntak av)(?![\p{L}])`, 'iu');
/**
 * The prepaid product is what is checked: included («også kontantkort», «inkludert forhåndsbetalt», «including prepaid»)
 * or the object of the check («kredittvurdering ved kjøp av kontantkort», «credit check for prepaid»). A prepaid card
 * offered to whoever fails the check («ved avslag tilbyr vi kontantkort») is the alternative, not a check of it.
 */
const INCLUDED_ALL = lazyPattern(
  String.raw`(?<![\p{L}])(?:også|òg|inkludert|herunder|både|including|also|even|as well as|for|ved|av|of|on|when)\s+(?:\p{L}+\s+){0,3}?(?:${PREPAID.source})`,
  'giu',
);
/**
 * The prepaid product as what the customer leaves or already has, while the credit is for something else (H12P's
 * false-alarm review, 2026-11-30: 3 lawful purposes fired): «ved overgang fra kontantkort til fakturert abonnement»
 * (from it), «when a prepaid customer applies for a postpaid plan» (the customer's attribute), «også når de bruker
 * kontantkort» (what they use).
 */
const LEAVES_OR_HAS = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|from|bruker|brukar|nytter|nyttar|har|has|have|uses|using)\s+(?:\p{L}+\s+){0,1}?\S+$`, 'iu');
const HOLDER_AFTER = lazyPattern(
  String.raw`^\s*-?(?:customers?|users?|subscribers?|clients?|kunde\p{L}*|brukar\p{L}*|bruker\p{L}*|abonnent\p{L}*)(?![\p{L}])`,
  'iu',
);
const HOLDER_WORD = lazyPattern(String.raw`(?:kunde|kunder|kundar|brukar|bruker|abonnent)\p{L}*$`, 'iu');
/** Whether a clause checks credit for a prepaid product, unnegated and not leaving the product out. */
const checksPrepaid = (text: string): boolean =>
  text.split(SENTENCE_OR_BUT()).some((c) => {
    const credit = CREDIT().exec(c);
    if (credit === null || NEGATION.test(c) || EXCEPT().test(c)) return false;
    const rest = c.slice(credit.index);
    return [...rest.matchAll(INCLUDED_ALL())].some(
      (m) => !LEAVES_OR_HAS().test(m[0]) && !HOLDER_WORD().test(m[0]) && !HOLDER_AFTER().test(rest.slice(m.index + m[0].length)),
    );
  });
/** Whether a clause names credit monitoring, unnegated and not limited to legal persons. */
const monitorsPersons = (text: string): boolean => text.split(SENTENCE_END).some((c) => MONITORING().test(c) && !NEGATION.test(c) && !LEGAL_PERSONS().test(c));

/**
 * A place where people undress, wash or rest and expect privacy: toilets, showers, changing and locker rooms, fitting rooms,
 * saunas, hotel rooms and break or staff rooms («personalrommet», «kvilerommet»; nb, nn, en).
 */
const PRIVATE_AREA = String.raw`(?:toalett(?:et|ene|a|ane|er|ar|rom\p{L}{0,4})?|wc|dusj(?:en|ene|ar|ane|er|rom\p{L}{0,4})?|garderob(?:e|en|ene|ar|ane|er|eområd\p{L}{0,4})|omkledning(?:en|srom\p{L}{0,4})?|skifterom\p{L}{0,4}|prøverom\p{L}{0,4}|badstu\p{L}{0,3}|sauna\p{L}{0,3}|hotellrom\p{L}{0,4}|pauserom\p{L}{0,4}|personalrom\p{L}{0,4}|kvilerom\p{L}{0,4}|hvilerom\p{L}{0,4}|toilets?|restrooms?|washrooms?|bathrooms?|showers?|changing[- ](?:rooms?|areas?|facilities)|locker[- ]rooms?|fitting[- ]rooms?|hotel rooms?|break[- ]?rooms?|staff[- ]rooms?)(?![\p{L}])(?!\s+(?:products?|supplies|paper|articles?|shelf|shelves|items?|section|aisle|brushes|cleaner|corridors?|korridor\p{L}*|gang(?:en)?|entrances?|doors?|dør\p{L}*)(?![\p{L}]))`;
/** A camera word (nb, nn, en). */
const CAMERA_WORD = String.raw`(?:\p{L}*kamera\p{L}*|\p{L}*camera\p{L}*|cctv|videoovervåk\p{L}*|video surveillance)`;
/**
 * A camera that covers such a place, in one clause: the camera, at most five words, a word of where or what it covers
 * («i», «inne i», «på», «av», «dekker», «overvåker», «filmer», «in», «inside», «of», «covers», «monitors», «films»), at
 * most five more words, then the place; or the place, at most five words, then «dekkes/overvåkes/filmes av» or «covered/
 * monitored/filmed by» and the camera.
 */
const CAMERA_IN_PRIVATE = lazyPattern(
  String.raw`(?<![\p{L}])${CAMERA_WORD}(?:\s+\S+){0,5}?\s+(?:i|inne i|inni|på|av|dekker|dekkjer|overvåker|overvakar|filmer|filmar|in|inside|within|into|of|covers?|covering|monitors?|monitoring|films?|filming)\s+(?:\S+\s+){0,5}?${PRIVATE_AREA}|${PRIVATE_AREA}(?:\s+\S+){0,5}?\s+(?:dekkes|dekt|overvåkes|overvaka|overvåket|filmes|filma|filmet|covered|monitored|filmed|watched)\s+(?:av|by|with|med)\s+(?:\S+\s+){0,2}?${CAMERA_WORD}`,
  'iu',
);
/**
 * What keeps the place out of the camera's view or names it as only near the camera: outside, in front of, the entrance
 * or door to («døra inn til toalettet», «the door into the changing room»: R1's review, 2026-12-01), next to, towards (the place is where the camera is not), except, masked, and what happens there as the
 * camera's reason («tyveri i garderoben», «theft from the changing rooms»: the camera is elsewhere).
 */
const NOT_INSIDE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:utenfor|utanfor|foran|framfor|ved|mot|inngangen til|inngangen inn til|(?:døra|døren|dørene|døra)(?:\s+inn)?\s+til|door into|doors into|gangen til|korridoren til|outside|in front of|next to|by|near|towards|entrance to|entrances to|door to|doors to|corridor to|corridors to|way to|(?:tyveri\p{L}*|tjuveri\p{L}*|innbrudd|hærverk|theft|thefts|break-ins?|vandalism|stolen|stjålet|stole)(?:\s+\p{L}+){0,3}?\s+(?:i|fra|frå|på|in|from|at))\s+(?:the\s+|de\s+|dei\s+)?(?:\p{L}+\s+)?${PRIVATE_AREA}|(?:unntatt|untatt|bortsett fra|med unntak av|utenom|utanom|except|excluding|other than|apart from|but not|sladd\p{L}*|maskert\p{L}*|masked|blurred|privacy mask\p{L}*|out of (?:the )?(?:view|picture|frame)|utenfor bildet|utanfor biletet|utenfor synsfeltet)(?![\p{L}]))`,
  'iu',
);
/**
 * Whether a text says a camera covers a private place (CAMERA_IN_PRIVATE), in a clause with no negation and nothing that
 * keeps the place out of view (NOT_INSIDE).
 */
/**
 * «Uten kamera», «without cameras»: a denial NEGATION does not read («ingen kamera», «no cameras» are NEGATION's, with its
 * nynorsk «no» and «Inga» readings; until 2026-12-01 a private copy here read them: L, session 14).
 */
const NO_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:without|uten|utan)(?![\p{L}])`, 'iu');
/** A sign or notice about the cameras is no camera («Skilt om kameraovervåking henger … i garderobene»). */
const SIGN = lazyPattern(String.raw`(?<![\p{L}])(?:skilt\p{L}*|skilting|oppslag\p{L}*|plakat\p{L}*|signs?|signage|notices?|posters?)(?![\p{L}])`, 'iu');
const cameraInPrivate = (text: string): boolean =>
  text.split(SENTENCE_OR_BUT()).some((c) => CAMERA_IN_PRIVATE().test(c) && !NEGATION.test(c) && !NO_WORD().test(c) && !SIGN().test(c) && !NOT_INSIDE().test(c));

/**
 * An interest that only names the basis names no interest (Art. 13(1)(d), 14(2)(b)): «Legitimate interest.», «berettiget
 * interesse», «Vår berettigede interesse, jf. GDPR art. 6 nr. 1 bokstav f», «Legitimate interests, see LIA 2024-03». Every
 * word of it is the basis's own name, a possessive, a citation of Art. 6(1)(f) or a pointer to the assessment; a single
 * word more («… i å hindre tyveri», «in network security», «direct marketing») names an interest (B2, variants-hotell
 * HO65, 2026-12-01).
 */
const PLACEHOLDER_WORDS = new Set([
  // the basis's name (nb, nn, en)
  'legitimate',
  'legitimately',
  'interest',
  'interests',
  'berettiget',
  'berettigede',
  'berettiga',
  'berettigete',
  'legitim',
  'legitime',
  'interesse',
  'interessa',
  'interessen',
  'interesser',
  'interessene',
  'interessene',
  'rettmessig',
  'rettmessige',
  'rettkomen',
  'rettkomne',
  // possessives, articles, the controller
  'our',
  'the',
  'a',
  'an',
  'its',
  'of',
  'vår',
  'våre',
  'vårt',
  'vor',
  'vore',
  'vort',
  'var',
  'selskapets',
  'virksomhetens',
  'verksemda',
  'verksemdas',
  'controller',
  'controllers',
  'behandlingsansvarlig',
  'behandlingsansvarleg',
  'pursued',
  'forfulgt',
  'as',
  'som',
  'per',
  'under',
  'by',
  'based',
  'on',
  'basert',
  'på',
  // a citation of the basis or a pointer to its assessment
  'gdpr',
  'art',
  'article',
  'artikkel',
  'nr',
  'bokstav',
  'ledd',
  'letter',
  'f',
  'personvernforordningen',
  'personvernforordninga',
  'forordningen',
  'see',
  'jf',
  'cf',
  'lia',
  'assessment',
  'balancing',
  'test',
  'interesseavveining',
  'interesseavveiing',
  'interesseavvegning',
  'interesseavveging',
  // the words around a citation of the article or its text (P's review, 2026-12-01: «Berettiget interesse etter GDPR art.
  // 6 (1) f», «Legitimate interest pursuant to Article 6(1)(f) GDPR», «Legitime interesser, jf. art. 6 første ledd
  // bokstav f», «Den behandlingsansvarliges berettigede interesse», «The legitimate interests of the controller or a
  // third party» named none and were not read)
  'etter',
  'pursuant',
  'to',
  'in',
  'accordance',
  'with',
  'i',
  'henhold',
  'samsvar',
  'med',
  'første',
  'fyrste',
  'first',
  'paragraph',
  'litra',
  'lit',
  'regulation',
  'den',
  'det',
  'behandlingsansvarliges',
  'behandlingsansvarlege',
  'or',
  'eller',
  'and',
  'og',
  'third',
  'party',
  'parties',
  's',
  'tredjepart',
  'tredjeparts',
  'tredjeparter',
  'tredjepartar',
  'se',
  'sjå',
  'si',
  'sin',
  'sitt',
  'sine',
]);
/**
 * Whether an interest's words are only the basis's name (PLACEHOLDER_WORDS) or the controller's own name (`own`, with its
 * genitive: «Nordavind's legitimate interests», «Nordavinds berettigede interesser», «Nordavind Air AS' interesse»: the
 * name says whose interest, not which; B3, variants-luftfart LF24, 2026-12-01); numbers and signs are no words.
 */
const namesNoInterest =
  (own: ReadonlySet<string>) =>
  (text: string): boolean =>
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => PLACEHOLDER_WORDS.has(w) || own.has(w));
/** The words of the controller's name and short name, each also with the genitive «s» (nb, nn: «Nordavinds»). */
function ownNameWords(names: readonly string[]): ReadonlySet<string> {
  const words = names.flatMap((n) => n.toLowerCase().match(/\p{L}+/gu) ?? []);
  return new Set(words.flatMap((w) => [w, `${w}s`]));
}

/**
 * Credit information given out whenever the recipient wishes («Gi ut kredittopplysninger til abonnentene våre når de ønsker
 * informasjon om en privatperson», «disclose credit reports to subscribers on request»: variants-inkasso IK44; E, session 18),
 * with no need named: kredittopplysningsloven § 14 first paragraph lets credit information «bare utleveres til mottakere som
 * har saklig behov for opplysningene i forbindelse med vurdering av kredittevne», so a wish to know about a person is no
 * interest 6(1)(f) can weigh (`credit-no-need`, a warning). Read clause by clause: a credit word, a verb of giving out, a
 * wish of the recipient («når de ønsker», «whenever they wish»; not a request alone: «på forespørsel» is how a bureau
 * answers any lookup, N2a's review, session 18); not where the clause names a loan, an invoice or statistics, or where the clause names the need (saklig behov, assessing creditworthiness, a credit
 * or loan application), gives the person their own data (innsyn, gjenpart, «om deg selv»), is about companies, or is negated.
 */
const GIVES_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:gi\s+ut|gir\s+ut|gis\s+ut|gje\s+ut|gjev\s+ut|utlever\p{L}*|selge|selger|selges|sel|disclos\p{L}*|provid\p{L}*|sell|sells|sold|give\s+out|gives\s+out|given\s+out|hand\s+out|release\p{L}*)(?![\p{L}])`,
  'iu',
);
const ON_WISH = lazyPattern(
  String.raw`(?<![\p{L}])(?:når\s+(?:de|dei|dere|kunden|kundene|kundane|abonnenten|abonnentene|abonnentane)\s+(?:ønsker|ønskjer|vil|ber\s+om\s+det|bed\s+om\s+det)|når\s+som\s+helst|etter\s+ønske|when(?:ever)?\s+they\s+(?:wish|want|like|ask)|as\s+they\s+(?:wish|like))(?![\p{L}])`,
  'iu',
);
const NEED_NAMED = lazyPattern(
  String.raw`saklig\s+behov|sakleg\s+behov|saklig\s+grunn|sakleg\s+grunn|(?:legitimate|objective|genuine)\s+(?:need|reason|interest\s+in\s+assessing)|kredittevne\p{L}*|creditworthiness|kredittvurder\p{L}*|credit\s+(?:assessment|application|decision)s?|kredittsøknad\p{L}*|lånesøknad\p{L}*|loan\s+applications?|søk(?:er|t|jer)?\s+om\s+(?:lån|kreditt)|(?<![\p{L}])innsyn|gjenpart\p{L}*|(?:om|about)\s+(?:deg|seg)\s+(?:selv|sjølv)|(?:their|your)\s+own|(?<![\p{L}])(?:lån|lånet|loans?|faktura\p{L}*|invoices?|statisti\p{L}*)(?![\p{L}])|(?:om|about)\s+(?:\p{L}+\s+)?(?:foretak\p{L}*|selskap\p{L}*|bedrift\p{L}*|juridiske\s+personer|compan(?:y|ies)|businesses|legal\s+persons)`,
  'iu',
);
const givesOutWithoutNeed = (t: string): boolean =>
  t.split(SENTENCE_END).some((c) => CREDIT().test(c) && GIVES_OUT().test(c) && ON_WISH().test(c) && !NEED_NAMED().test(c) && !NEGATION.test(c));

/**
 * Marketing on legitimate interests to an activity whose data subjects include children (a group recorded `children: true`:
 * «Youth members from 13 get the members' news too»: variants-trening TR25; R2, session 25). Art. 6(1)(f) weighs the
 * person's interests «in particular where the data subject is a child», and recital 38 names «the use of personal data of
 * children for the purposes of marketing» as calling for specific protection; markedsføringsloven § 15 third paragraph's
 * existing customer is the one who bought (for a child's membership, the guardian who signed). A warning on the purpose
 * whose words (or interest) say marketing, news or offers sent; not where the record's words keep it to adults («We do not
 * send marketing to members under 18», «kun til medlemmer over 18 år»).
 */
const OFFERS_SENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|e-?post\p{L}*|e-?mail\p{L}*|sms|push)\s+(?:[\p{L}'’-]+,?\s+){0,5}?(?:offers?|tilbud|tilbod|news(?:letters?)?|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|nyheter|nyheiter|kampanj\p{L}*|campaigns?|promotions?|reklame\p{L}*)(?![\p{L}])`,
  'iu',
);
const ADULTS_ONLY_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:over|fra|frå|from|aged)\s+18|18\s+(?:år\s+)?(?:or|og|eller|and)\s+(?:over|older|eldre)|only\s+adult\p{L}*|adults?\s+only|bare\s+voksne|berre\s+vaksne|kun\s+voksne|(?:to|til)\s+(?:the\s+|their\s+)?(?:parents?|guardians?|foreldr\p{L}*|foresatte|føresette)(?:\s+who\s+signed|\s+som\s+signerte)?)(?![\p{L}])`,
  'iu',
);
/** Minors named, in a sentence that keeps them out («Members aged 13 to 17 receive no offers», «Ungdomsmedlemmer får ikke tilbud»). */
const MINORS = lazyPattern(
  String.raw`(?<![\p{L}])(?:under\s+18|below\s+18|aged\s+1[0-7]\s+(?:to|til|-|–)\s+1[0-7]|1[0-7]\s*(?:to|til|-|–)\s*1[0-7]|youth\s+members?|young\s+members?|ungdomsmedlem\p{L}*|children|minors|barn|mindreårig\p{L}*|youth\s+membership)(?![\p{L}])`,
  'iu',
);
const KEPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:not|no|never|ikke|ikkje|aldri|ingen|inga|left\s+out|excluded|utelatt\p{L}*|holdt\s+utenfor|haldne?\s+utanfor|never\s+to)(?![\p{L}])`,
  'iu',
);
const adultsOnlySaid = (t: string): boolean => ADULTS_ONLY_WORDS().test(t) || t.split(SENTENCE_END).some((c) => MINORS().test(c) && KEPT_OUT().test(c));
const CHILD_GROUP = lazyPattern(String.raw`youth|young|ungdom|barn|child|junior|minor|mindreårig|elev|pupil|kids|teen|tenåring`, 'iu');
const marketsTo = (words: readonly string[]): boolean => words.some((t) => marketingSaid(t) || OFFERS_SENT().test(t));

export default defineRule(
  {
    id: 'legitimate-interest-assessment',
    severity: 'error',
    citation: 'GDPR Art. 6(1)(f); 13(1)(d); 14(2)(b); 5(2); kredittopplysningsloven § 14',
    messages: [
      'no-interest',
      'no-assessment',
      'assessment-not-done',
      'credit-check-everyone',
      'credit-check-prepaid',
      'credit-monitoring',
      'camera-private-area',
      'credit-no-need',
      'child-marketing',
    ],
  },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const noInterest = namesNoInterest(ownNameWords(org === undefined ? [] : [...textsOf(org.name), ...(org.shortName === undefined ? [] : [org.shortName])]));
    for (const r of ctx.activities) {
      const first = basesWithPointers(r).find((b) => b.basis.gdpr === 'A6-1-f');
      // A group of children of its own («Youth members»), not a general group that also holds some (the bank's «Personkunder»,
      // «også kunder mellom 13 og 18 år»: variants-bank's clean base, where the record is read as a whole by dpia rules).
      const children =
        first !== undefined
          ? r.dataSubjects.filter((d) => d.value.children === true && textsOf(d.value.name).some((t) => CHILD_GROUP().test(t))).map((d) => d.id)
          : [];
      const adultsOnly = children.length > 0 && textsOf(r.activity.description).some(adultsOnlySaid);
      if (first !== undefined && [...textsOf(r.activity.description), ...r.purposes.flatMap((p) => textsOf(p.description))].some(cameraInPrivate))
        report.activity(r, first.pointer, 'camera-private-area', { purpose: first.purpose.id }, { severity: 'warning' });
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-f') continue;
        if (basis.legitimateInterest === undefined || textsOf(basis.legitimateInterest).every(noInterest))
          report.activity(r, pointer, 'no-interest', { purpose: purpose.id });
        if (basis.interestAssessment === undefined) report.activity(r, pointer, 'no-assessment', { purpose: purpose.id });
        else {
          // A reference whose words say the test is not done: «Not carried out yet», «Skal utarbeides» (variants-dating
          // DT17), or that there is none — not needed, obvious, planned, «TBD» — pointing nowhere else (variants-parkering
          // PK02): one reader, facts.ts notDoneSaid for an assessment (B5's and B6's readers joined, N, session 16).
          const words = notDoneSaid(basis.interestAssessment, 'assessment');
          if (words !== undefined) report.activity(r, pointer.replace(/\/gdpr$/, '/interestAssessment'), 'assessment-not-done', { purpose: purpose.id, words });
        }
        const words = [...textsOf(purpose.description), ...textsOf(basis.legitimateInterest)];
        if (children.length > 0 && !adultsOnly && marketsTo(words) && !words.some(adultsOnlySaid))
          report.activity(r, pointer, 'child-marketing', { purpose: purpose.id, subjects: children.join(', ') }, { severity: 'warning' });
        if (words.some(checksEveryone)) report.activity(r, pointer, 'credit-check-everyone', { purpose: purpose.id }, { severity: 'warning' });
        else if (words.some(checksPrepaid)) report.activity(r, pointer, 'credit-check-prepaid', { purpose: purpose.id }, { severity: 'warning' });
        if (words.some(monitorsPersons)) report.activity(r, pointer, 'credit-monitoring', { purpose: purpose.id }, { severity: 'warning' });
        // The need is named in either text (the interest may name it where the purpose's words do not).
        else if (textsOf(purpose.description).some(givesOutWithoutNeed) && !words.some((t) => NEED_NAMED().test(t)))
          report.activity(r, pointer, 'credit-no-need', { purpose: purpose.id }, { severity: 'warning' });
      }
    }
  },
);
