import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Consent said in words, by construction rather than by phrase (R32, session 39). Session 38's R30 read the planted
 * sentences of variants-ambulanse by their own shapes («Ved å bruke … godtar du at vi setter …»: the object clause's subject
 * had to be «vi» and its verb one of a list; the child had to be the sentence's first word; silence had to come first and
 * the assumption after it). Session 38's blind sets said the same things in other shapes («godtar du at profilen din blir
 * vist», «kan også elever … melde seg på … selv», «når barnet sjølv har sagt ja til det», «får du nyhetsbrevet med mindre du
 * sier fra», «Når du opnar chatten, reknar vi med at du samtykkjer») and were missed. The pieces here read the constructions:
 * the verb family of agreeing in bokmål, nynorsk and English with its particle and multi-word verbs, the subject in any
 * position of its clause (first, after a subordinator, after the verb in V2), and what the agreement is bundled with.
 */

/** Agreeing, in any inflection: samtykke, godta, akseptere, si/seie ja (til), agree, accept, consent, opt in, say yes. */
export const AGREE_VERB = String.raw`(?:samtykk\p{L}*|samtykt|godta|godtar|godtok|godtatt|godtek|godteke|godtekne|godtaka|aksepter\p{L}*|(?:si|sier|sa|sagt|seie|seier|sei|sagde)\s+ja|agree[sd]?|agreeing|accept(?:s|ed|ing)?|consent(?:s|ed|ing)?|opt(?:s|ed|ing)?\s+in|says?\s+yes|said\s+yes|saying\s+yes)(?![\p{L}])`;

/** Signing oneself up (particle and reflexive verbs): melde seg på, registrere seg, sign up, register, opt in, lage egen bruker. */
export const SIGN_UP_VERB = String.raw`(?:(?:melde|melder|meldar|meldte|meldt)\s+(?:seg|deg|dei|de)\s+på|(?:registrere|registrera|registrerer|registrerar|registrerte)\s+(?:seg|deg|dei|de)|sign(?:s|ed|ing)?\s+(?:themselves\s+)?up|register(?:s|ed|ing)?|opt(?:s|ed|ing)?\s+in|(?:lage|lagar|lager|opprette|opprettar|oppretter)\s+(?:egen|eigen|eiga|sin\s+egen|sin\s+eigen)\s+(?:bruker|brukar|konto))(?![\p{L}])`;

/** The person's own act, said with the one who acts: by oneself, without the parents. */
export const OWN_WORD = String.raw`(?:selv|sjølv|sjølve|sjøl|themselves|himself|herself|alene|aleine|åleine|(?:on|by)\s+their\s+own|by\s+themselves|(?:uten|utan|without)\s+(?:(?:sine|their)\s+)?(?:foreldre\p{L}*|parents?))(?![\p{L}])`;

/**
 * Children named as the ones who agree or sign themselves up, the noun in its clause's subject place wherever the clause
 * stands: first, after «;», a comma or a subordinator, after a fronted adverbial and the finite verb (V2: «Etter
 * skolebesøkene kan også elever på mellomtrinnet melde seg på … selv»), with a prepositional phrase after the noun («på
 * mellomtrinnet», «fra 10 år»), and auxiliaries, «selv», «også» between noun and verb in any order («barnet sjølv har sagt ja
 * til det», «barna godtar selv at …», «children can agree themselves»). Not the child as a preposition's object («på vegner
 * av barna», «for barnet», «to the children»). Signing up is the child's consent only with its own word (OWN_WORD) beside it:
 * «elevene melder seg på skidagen» says nothing of who consents.
 */
const CHILD_NOUN = String.raw`(?:barn|barnet|barna|born|borna|småbarn\p{L}*|småsøsken\p{L}*|elev|eleven|elevar|elever|elevane|elevene|skoleelev\p{L}*|skuleelev\p{L}*|pupils?|child|children|kids?|schoolchildren|juniorane|juniorene|juniors)`;
const NOT_OBJECT = String.raw`(?<!(?:av|for|til|om|of|to|med|fra|frå|about|hos|with|from|for\s+alle)\s)`;
const BETWEEN = String.raw`(?:\s+(?:på|i|fra|frå|from|in|at|under|over|aged?|mellom|between|som|who)\s+[^,.;:!?]{0,30}?)?`;
const AUX = String.raw`(?:kan|kunne|får|fekk|fikk|skal|må|vil|har|hadde|hev|may|can|could|will|must|have|has|had|do|does|then|også|òg|also|even|sjølv|selv|sjølve|sjøl|themselves)`;
/**
 * The verb before the child (V2 after a fronted adverbial: «I klubbappen godtar barna selv at …», «I appen seier borna sjølve ja
 * til …», «Der samtykker elevene også til …»), the finite verb of agreeing, the child right after it.
 */
const INVERTED_AGREE = String.raw`(?<![\p{L}])(?<!(?:å|to)\s)(?:(?:samtykker|samtykkjer|godtar|godtek|aksepterer|aksepterar|agree|agrees|accept|accepts)\s+(?:(?:også|òg|alle)\s+)?${CHILD_NOUN}(?:\s+${OWN_WORD})?(?:\s+(?:også|òg))?\s+(?:til|at|i|på|that|to)|(?:sier|seier)\s+(?:(?:også|òg|alle)\s+)?${CHILD_NOUN}(?:\s+${OWN_WORD})?(?:\s+(?:også|òg))?\s+ja)(?![\p{L}])`;
const CHILD_AGREES = lazyPattern(
  String.raw`(?<![\p{L}])${NOT_OBJECT}${CHILD_NOUN}${BETWEEN}\s+(?:${AUX}\s+){0,3}(?:${AGREE_VERB}|${SIGN_UP_VERB}(?=[^.;:!?]{0,40}?(?<![\p{L}])${OWN_WORD})|${OWN_WORD.replace('(?![\\p{L}])', '')}\s+(?:${AUX}\s+){0,2}${SIGN_UP_VERB})|${INVERTED_AGREE}`,
  'iu',
);
/** Words every CHILD_AGREES match holds (a cheap gate before the pattern is built). */
const CHILD_GATE = lazyPattern(String.raw`barn|born|elev|pupil|child|kid|søsken|junior`, 'iu');
/** The sentence names children who agree, or sign up by themselves (CHILD_AGREES). */
export const childAgrees = (sentence: string): boolean => CHILD_GATE().test(sentence) && CHILD_AGREES().test(sentence);

/**
 * Agreeing bundled with another act (R32, session 39: variants-verneplikt VP64 «ved å bruke appen godtar du at vi sender
 * dem», variants-samskipnad SS72 «Ved å registrere deg i portalen godtar du at profilen din blir vist for alle
 * samarbeidsbedriftene»): «ved å»/«gjennom å»/«by» with the act (using, registering, logging in, downloading, buying, booking,
 * opening, joining), then the finite verb of agreeing second (V2) with the one who agrees after it, and what is agreed to as
 * a clause or an object («at …», «til at …», «that …», «to …»), whatever its subject and verb. Or the act as a condition
 * («Når du registrerer deg, godtar du at …», «When you book, you agree that …»). The guards (an active act of consent, a
 * denial, a question asked, consent kept apart, terms) are the rule's.
 */
const ACT_INF = String.raw`(?:bruke|bruka|nytte|nytta|benytte|benytta|ta\s+i\s+bruk|registrere|registrera|opprette|oppretta|logge|logga|laste|installere|installera|kjøpe|kjøpa|handle|handla|bestille|bestilla|booke|betale|betala|åpne|opne|opna|starte|starta|delta|melde|bli|verte|besøke|besøkje|leige|leie|låne|låna|abonnere|abonnera|spele|spille|chatte|ringe|ringa)`;
const ACT_ING = String.raw`(?:using|registering|signing\s+(?:up|in)|logging\s+in|creating|downloading|installing|buying|purchasing|ordering|booking|paying|opening|starting|joining|visiting|renting|borrowing|subscribing|entering|calling|playing|chatting)`;
const ACT_FINITE = String.raw`(?:bruker|brukar|nytter|nyttar|benytter|benyttar|registrerer|registrerar|oppretter|opprettar|logger|loggar|laster|lastar|installerer|kjøper|kjøper|handler|handlar|bestiller|bestiller|bestillar|booker|betaler|betalar|åpner|opnar|starter|startar|deltar|deltek|melder|meldar|blir|vert|besøker|besøkjer|leier|leiger|låner|lånar|abonnerer|spiller|spelar|chatter|chattar|ringer|ringjer|use|register|sign\s+(?:up|in)|log\s+in|create|download|install|buy|order|book|pay|open|start|join|visit|rent|borrow|subscribe|enter|call|play|chat)`;
const AGREE_FINITE = String.raw`(?:samtykker|samtykkjer|godtar|godtek|aksepterer|aksepterar|sier\s+(?:du|de|dere|dykk|dei|man|ein|en)\s+(?:deg\s+|dykk\s+|seg\s+)?(?:samtidig\s+)?ja|seier\s+(?:du|de|dykk|dei|ein)\s+(?:samtidig\s+)?ja)`;
const AGREER_AFTER = String.raw`(?:du|de|dere|dykk|dei|man|ein|en|brukeren|brukaren|kunden|medlemmet|deltakeren|deltakaren)`;
const AGREE_EN = String.raw`(?:you|users?|customers?|members?|visitors?|the\s+\p{L}+|they)\s+(?:(?:also|thereby|automatically|hereby)\s+)?(?:agree|agrees|accept|accepts|consent|consents|opt\s+in|give\s+(?:your|their)\s+consent)`;
const AGREED_OBJECT = String.raw`(?:\s+(?:samtidig|også|òg|dermed|også\s+samtidig|automatisk|automatically|also))?\s+(?:ja\s+)?(?:til\s+at|til|at|i\s+at|på\s+at|that|to)(?![\p{L}])`;
const BUNDLED_AGREE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ved|gjennom)\s+å\s+${ACT_INF}(?![\p{L}])[^.;:!?]{0,80}?\s*,?\s+${AGREE_FINITE}\s+(?:${AGREER_AFTER}(?![\p{L}]))?|(?:når|dersom|hvis|viss|om)\s+${AGREER_AFTER}\s+(?:\p{L}+\s+){0,1}?${ACT_FINITE}(?![\p{L}])[^.;:!?]{0,80}?,\s*${AGREE_FINITE}\s+${AGREER_AFTER}(?![\p{L}])|(?:by|through|when|once|if)\s+(?:you\s+|users\s+)?${ACT_ING}(?![\p{L}])[^.;:!?]{0,80}?,?\s+${AGREE_EN}(?![\p{L}])|(?:when|once|if)\s+(?:you|users?|customers?|members?|visitors?)\s+${ACT_FINITE}(?![\p{L}])[^.;:!?]{0,80}?,\s*${AGREE_EN}(?![\p{L}]))${AGREED_OBJECT}`,
  'iu',
);
const BUNDLED_GATE = lazyPattern(String.raw`samtyk|godt[ae]|aksepter|(?:sier|seier)\s|agree|accept|consent|opt\s+in`, 'iu');
/** The sentence takes agreement from another act (BUNDLED_AGREE); the rule adds its guards. */
export const agreeBundled = (sentence: string): boolean => BUNDLED_GATE().test(sentence) && BUNDLED_AGREE().test(sentence);

/**
 * Consent assumed, not given (R32, session 39: variants-samskipnad SS73 «Når du opnar chatten, reknar vi med at du
 * samtykkjer til at samtalen blir lagra»): «we» assume, reckon, take it or go out from that the person consents or agrees,
 * the assumption's verb in any position (V2 after a fronted clause: «…, reknar vi med at …»; first: «Vi går ut frå at …»),
 * the one assumed to agree any subject. The guards (denied, lapsed, asked, a real yes before) are the rule's.
 */
const ASSUME = String.raw`(?:(?:regner|reknar|rekner|rekna|regnet)\s+(?:vi\s+|me\s+)?(?:med|det\s+som)|(?:går|gjekk|gikk)\s+(?:vi\s+|me\s+)?ut\s+(?:fra|frå|ifrå|ifra)|(?:antar|antek|forutsetter|føreset|føresett|legger\s+(?:vi\s+)?til\s+grunn|legg\s+(?:me\s+|vi\s+)?til\s+grunn)\s+(?:vi\s+|me\s+)?|(?:assume|assumes|presume|presumes|take\s+it|understand)(?![\p{L}]))`;
const ASSUMED_AGREE = lazyPattern(
  String.raw`(?<![\p{L}])${ASSUME}\s*(?:at|that)?\s+(?:\p{L}+\s+){1,3}?(?:(?:har|have|has|hev)\s+)?(?:også\s+|then\s+|also\s+)?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|agree[sd]?|godtar|godtek|godtatt|godteke|aksepterer|aksepterar|akseptert|accept(?:s|ed)?|(?:sier|seier|sagt|says|said)\s+ja|say\s+yes|said\s+yes)(?![\p{L}])`,
  'iu',
);
const ASSUME_GATE = lazyPattern(String.raw`regne|rekna|rekne|går|gjekk|gikk|antar|antek|forutset|føreset|grunn|assum|presum|take\s+it|understand`, 'iu');
/** The sentence assumes the person's consent (ASSUMED_AGREE); the match, or null. */
export const assumedAgree = (sentence: string): RegExpExecArray | null => (ASSUME_GATE().test(sentence) ? ASSUMED_AGREE().exec(sentence) : null);

/**
 * Opting out instead of in (R32, session 39: variants-verneplikt VP65 «får du nyhetsbrevet med mindre du sier fra»,
 * variants-samskipnad SS71 «blir lagde til på lista med mindre dei seier frå»): a main clause, then «med mindre»/«unless»/
 * «hvis … ikke» with the person's reacting (saying so, objecting, reserving oneself, unsubscribing, opting out). Read by the
 * rule on a consent basis only: under Art. 6(1)(f) an opt-out is the right to object (Art. 21), and markedsføringsloven § 15
 * second paragraph lets a trader e-mail existing customers about its own similar goods with a reservation offered.
 */
export const OPT_OUT_REACT = String.raw`(?:sier\s+(?:i)?fra|seier\s+(?:i)?frå|gir\s+beskjed|gjev\s+beskjed|gir\s+oss\s+beskjed|gjev\s+oss\s+beskjed|melder\s+(?:i)?fra|meldar\s+(?:i)?frå|reserverer|reserverar|reservere|protesterer|protesterar|motsetter|motset|melder\s+(?:seg|deg|dei|de)\s+av|meldar\s+(?:seg|deg|dei)\s+av|ber\s+(?:oss\s+)?om\s+å\s+(?:bli|verte)\s+(?:fjerna|fjernet|strøket|stroken|sletta|slettet)|objects?|object\s+to\s+it|opts?\s+out|unsubscribes?|says?\s+no|tells?\s+us\s+(?:otherwise|not\s+to)|asks?\s+(?:us\s+)?to\s+be\s+removed|sier\s+nei|seier\s+nei)`;
const OPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:med\s+mindre|unless|(?:hvis|dersom|viss|om)\s+(?:du|de|dere|dykk|dei|han|hun|ho|den\s+enkelte)\s+(?:ikke|ikkje)\s+(?:\p{L}+\s+){0,1}?(?:sier|seier|gir|gjev|melder|meldar)\s+(?:ifra|fra|frå|ifrå|beskjed|nei)|if\s+(?:you|they)\s+(?:do\s+not|don't)\s+(?:object|opt\s+out|unsubscribe|say\s+no|tell\s+us))(?![\p{L}])(?:\s+(?:\p{L}+\s+){0,3}?${OPT_OUT_REACT}(?![\p{L}]))?`,
  'iu',
);
const OPT_OUT_GATE = lazyPattern(String.raw`mindre|unless|ikke|ikkje|do\s+not|don't`, 'iu');
/** The opt-out in a sentence (OPT_OUT), with a reacting verb after «med mindre»/«unless»; the match, or null. */
export const optOut = (sentence: string): RegExpExecArray | null => {
  if (!OPT_OUT_GATE().test(sentence)) return null;
  const m = OPT_OUT().exec(sentence);
  if (m === null) return null;
  // «med mindre»/«unless» must have the reacting verb after it; the «hvis … ikke» forms hold it already.
  return /^(?:med\s+mindre|unless)$/iu.test(m[0].trim()) ? null : m;
};

/**
 * Kept after withdrawal, the keeping said with particle and multi-word verbs split by the subject and adverbs (R32, session
 * 39: variants-samskipnad SS77 «Adressa tek vi likevel vare på etter at du har meldt deg av»): ta/tek/tar (vi) (likevel)
 * vare på, beholde, spare på, keep (hold of), hold on to, retain, store/lagre (still), and the withdrawal after «etter
 * (at)»/«after»/«når»/«også om»/«even if»: melde seg av, trekke (samtykket), withdraw, unsubscribe, opt out, reservere seg.
 */
const KEEP = String.raw`(?:(?:ta|tar|tek|tok|tatt|teke|tas|takast)\s+(?:\p{L}+\s+){0,3}?vare\s+på|behold\p{L}*|beheld|behald\p{L}*|sparer\s+(?:\p{L}+\s+){0,2}?på|sparar\s+(?:\p{L}+\s+){0,2}?på|(?:lagrer|lagrar|oppbevarer|oppbevarar|lagres|lagrast|oppbevares)\s+(?:\p{L}+\s+){0,2}?(?:likevel|fortsatt|framleis|fremdeles|videre|vidare)|keep(?:s|ing)?|kept|hold(?:s|ing)?\s+on\s+to|retain(?:s|ed|ing)?|(?:still|continue\s+to)\s+(?:store|keep|hold))(?![\p{L}])`;
const WITHDRAW = String.raw`(?:(?:meldt|melder|meldar|melde|meldte)\s+(?:deg|seg|dykk|dei|de)\s+av|(?:trekt|trukket|trekker|trekkjer|trekke|trekkje)(?:\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|tilbake))?|reservert\s+(?:deg|seg)|withdr\p{L}*|unsubscrib\p{L}*|opt(?:s|ed)?\s+out|left\s+the\s+list|cancel(?:s|led)?\s+(?:the\s+|your\s+|their\s+)?(?:subscription|consent))(?![\p{L}])`;
const KEPT_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])${KEEP}[^.;:!?]{0,60}?(?<![\p{L}])(?:etter\s+at|etter|after|når|when|også\s+om|også\s+etter|sjølv\s+om|selv\s+om|even\s+(?:if|after|when)|once)\s+(?:\p{L}+\s+){0,3}?${WITHDRAW}|(?<![\p{L}])(?:etter\s+at|after|når|when|once|selv\s+om|sjølv\s+om|even\s+(?:if|after))\s+(?:\p{L}+\s+){0,3}?${WITHDRAW}[^.;:!?]{0,60}?(?<![\p{L}])${KEEP}`,
  'iu',
);
const KEPT_GATE = lazyPattern(String.raw`vare\s+på|behold|beheld|behald|spar|lagr|oppbevar|keep|kept|hold|retain|store`, 'iu');
/** The sentence keeps data after the person withdraws or unsubscribes (KEPT_AFTER); the rule adds its guards. */
export const keptAfterLeaving = (sentence: string): boolean => KEPT_GATE().test(sentence) && KEPT_AFTER().test(sentence);

/**
 * Consent named as the condition of a task's processing (R32, session 39: variants-verneplikt VP69 «behandle søknader …
 * når den vernepliktige har samtykket til registreringen»): «når/dersom/etter at/if/once» the person has agreed to the
 * processing itself, named by its noun (registration, processing, storage, collection, disclosure, or «det»/«it»).
 */
const PROCESSING_NOUN = String.raw`(?:registrering\p{L}*|behandling(?:a|en)?|handsaming(?:a)?|lagring(?:a|en)?|innhenting(?:a|en)?|utlevering(?:a|en)?|deling(?:a|en)?|bruk(?:en)?\s+av\s+(?:\p{L}+\s+){0,2}?opplysning\p{L}*|registration|processing|storage|collection|disclosure|det|dette|it|this)`;
const CONSENT_CONDITION = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|dersom|hvis|viss|om|etter\s+at|så\s+lenge|forutsatt\s+at|føresett\s+at|if|when|once|after|provided\s+(?:that\s+)?|as\s+long\s+as)\s+(?:\p{L}+\s+){1,3}?(?:(?:har|hev|have|has)\s+)?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|agree[sd]?|godtatt|godteke|godtar|godtek|(?:sagt|said)\s+(?:ja|yes))\s+(?:(?:til|i|to)\s+)?(?:(?:the|den|det)\s+)?${PROCESSING_NOUN}(?![\p{L}])`,
  'iu',
);
/** The sentence makes the person's consent the condition of the processing (CONSENT_CONDITION). */
export const consentAsCondition = (sentence: string): boolean => /samtyk|consent|agree|godt|ja|yes/iu.test(sentence) && CONSENT_CONDITION().test(sentence);

/**
 * Offers sent to the person as the indirect object, whoever the person is called (R32, session 39: variants-samskipnad SS76
 * «sende leigetakarane tilbod frå samarbeidspartnarane våre»): the double-object construction, the sending verb, the
 * receiver (a noun or pronoun, not a preposition or an article), then the offer («send tenants offers», «sende pasientane
 * rabattar», «send our readers deals»). For contract-necessity's TO_PERSON, appended to its alternation.
 */
export const SEND_PERSON_OFFER = String.raw`(?<![\p{L}])(?:sende|sender|sendes|send|sends|sending|sendt)\s+(?:(?:våre|vår|alle|our|all|the|its|their|dei|de)\s+)?(?!(?:til|to|ut|inn|over|videre|vidare|en|ein|ei|et|eit|a|an|nye|new|ofte|often|jevnlig|jamleg|regularly|også|òg|also|no|ingen|inga|ikke|ikkje|aldri|never|not|any|noen|nokon|nokre|more|flere|fleire|out|fewer|færre|tilbud\p{L}*|tilbod\p{L}*|offers?|rabatt\p{L}*|deals?)(?![\p{L}]))[\p{L}-]+\s+(?:(?:personlege|personlige|personal|gode|good|spesielle|special|eksklusive|exclusive)\s+)?(?:tilbod|tilbud|tilboda|tilbudene|offers|deals|discounts|rabattar|rabatter|reklame|kampanjar|kampanjer)(?![\p{L}])`;

/**
 * What is agreed to, or what the opt-out keeps going, named as the processing of the person's data: storing, registering,
 * publishing, showing, sharing, sending (a list, a newsletter, e-mail), or the data itself (photos, recordings, the
 * conversation, details, cookies). A price, a meeting time, a shift swap, a trip or the terms agreed by silence are a
 * contract's or a workplace's matters, not consent under Art. 6(1)(a) (lawful-wordings s20-n dm01-dm09, s27-n n24, n45,
 * n46, n51).
 */
export const DATA_PROCESSING = lazyPattern(
  String.raw`(?<![\p{L}])(?:lagr\p{L}*|oppbevar\p{L}*|stor(?:e|es|ed|ing|age)|registrer\p{L}*|publiser\p{L}*|publish\p{L}*|legg\p{L}*\s+ut|lagt\s+ut|lagde\s+ut|vis(?:e|es|t|ast|er)|show(?:s|n|ing)?|display\p{L}*|del(?:e|es|t|ast|er)|shar(?:e|es|ed|ing)|\p{L}*bild\p{L}*|\p{L}*bilet\p{L}*|\p{L}*foto\p{L}*|photo\p{L}*|pictures?|images?|video\p{L}*|film\p{L}*|opptak\p{L}*|record(?:s|ed|ing|ings)?|opplysning\p{L}*|opplysing\p{L}*|\p{L}*historikk\p{L}*|history|brukes|brukast|(?:blir|vert|is|are|being)\s+(?:brukt|used)|data|information|informasjon\p{L}*|cookies?|\p{L}*kapsl\p{L}*|samtal\p{L}*|conversations?|chat\p{L}*|logg(?:en|ar|er|ast|es|a)?|logs?|e-?post\p{L}*|e-?mails?|sms|nyhe(?:i)?tsbrev\p{L}*|newsletters?|list(?:a|en|e|er|ene|ar|ane|s)?|mailing\p{L}*|utsending\p{L}*|adress\p{L}*|address(?:es)?|profil\p{L}*|profiles?|navn\p{L}*|namn\p{L}*|names?|kontaktinfo\p{L}*|contact\s+details|posisjon\p{L}*|location)(?![\p{L}])`,
  'iu',
);
/**
 * The existing-customer exception said (markedsføringsloven § 15 second paragraph: «eksisterende kundeforhold», the trader's
 * «egne varer, tjenester eller andre ytelser tilsvarende dem som kundeforholdet bygger på», the reservation offered «både ved
 * innsamling av adressen og ved alle senere henvendelser»): an opt-out that is lawful as such.
 */
export const OWN_SIMILAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:our|its|their)\s+own\s+(?:\p{L}+\s+){0,1}?similar|own\s+similar|similar\s+(?:goods|products|services)|(?:egne|eigne|våre|vår|vårt)\s+(?:egne\s+|eigne\s+)?(?:lignende|liknande|liknende|tilsvarende|tilsvarande)|(?:lignende|liknande|liknende|tilsvarende|tilsvarande)\s+(?:varer|vare|produkt\p{L}*|tjenest\p{L}*|tenest\p{L}*|ytelse\p{L}*|yting\p{L}*)|existing\s+customers?|eksisterende\s+kund\p{L}*|eksisterande\s+kund\p{L}*|(?:at|ved)\s+(?:sign-?up|innsamling\p{L}*|påmelding\p{L}*))(?![\p{L}])`,
  'iu',
);
