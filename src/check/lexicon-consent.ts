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
/* FR2, session 46: «hvis du ikke reserverer deg», «dersom du ikkje melder deg av», «om de ikke protesterer» are the same
 * opt-out as «hvis du ikke sier fra» (OPT_OUT's second branch). */
export const OPT_OUT_REACT = String.raw`(?:sier\s+(?:i)?fra|seier\s+(?:i)?frå|gir\s+beskjed|gjev\s+beskjed|gir\s+oss\s+beskjed|gjev\s+oss\s+beskjed|melder\s+(?:i)?fra|meldar\s+(?:i)?frå|reserverer|reserverar|reservere|protesterer|protesterar|motsetter|motset|melder\s+(?:seg|deg|dei|de)\s+av|meldar\s+(?:seg|deg|dei)\s+av|ber\s+(?:oss\s+)?om\s+å\s+(?:bli|verte)\s+(?:fjerna|fjernet|strøket|stroken|sletta|slettet)|objects?|object\s+to\s+it|opts?\s+out|unsubscribes?|says?\s+no|tells?\s+us\s+(?:otherwise|not\s+to)|asks?\s+(?:us\s+)?to\s+be\s+removed|sier\s+nei|seier\s+nei)`;
const OPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:med\s+mindre|unless|(?:hvis|dersom|viss|om)\s+(?:du|de|dere|dykk|dei|han|hun|ho|den\s+enkelte)\s+(?:ikke|ikkje)\s+(?:\p{L}+\s+){0,1}?(?:(?:sier|seier|gir|gjev|melder|meldar)\s+(?:ifra|fra|frå|ifrå|beskjed|nei)|(?:reserverer|reserverar)\s+(?:deg|seg|dykk|dere|dei|de)|(?:melder|meldar)\s+(?:deg|seg|dykk|dere|dei|de)\s+av|protesterer|protesterar|motset(?:ter)?\s+(?:deg|seg|dykk|dere|dei|de))|if\s+(?:you|they)\s+(?:do\s+not|don't)\s+(?:object|opt\s+out|unsubscribe|say\s+no|tell\s+us))(?![\p{L}])(?:\s+(?:\p{L}+\s+){0,3}?${OPT_OUT_REACT}(?![\p{L}]))?`,
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
/**
 * Going on using the data as before (FZ, session 46; FP's unlawful wording UW4 «Selv om du trekker samtykket, fortsetter vi å
 * sende deg tilbud i to år»): fortsette/halde fram med å sende, bruke, behandle, kontakte, dele; continue to send, use,
 * process, contact, share. After a withdrawal the processing on consent must stop (Art. 7(3), 17(1)(b)).
 */
const GO_ON = String.raw`(?:(?:fortsetter|fortset|fortsetjer|fortsette|held|holder|halde|holde)\s+(?:\p{L}+\s+){0,2}?(?:fram\s+|frem\s+)?(?:med\s+)?å\s+(?:sende|senda|bruke|bruka|behandle|behandla|handsame|handsama|kontakte|kontakta|ringe|ringje|dele|dela)|(?:continue|continues|continuing|go\s+on|goes\s+on)\s+(?:to\s+)?(?:send|sending|use|using|process|processing|contact|contacting|call|calling|share|sharing|mail|mailing))`;
const KEEP = String.raw`(?:(?:ta|tar|tek|tok|tatt|teke|tas|takast)\s+(?:\p{L}+\s+){0,3}?vare\s+på|behold\p{L}*|beheld|behald\p{L}*|sparer\s+(?:\p{L}+\s+){0,2}?på|sparar\s+(?:\p{L}+\s+){0,2}?på|(?:lagrer|lagrar|oppbevarer|oppbevarar|lagres|lagrast|oppbevares)\s+(?:\p{L}+\s+){0,2}?(?:likevel|fortsatt|framleis|fremdeles|videre|vidare)|keep(?:s|ing)?|kept|hold(?:s|ing)?\s+on\s+to|retain(?:s|ed|ing)?|(?:still|continue\s+to)\s+(?:store|keep|hold)|${GO_ON})(?![\p{L}])`;
const WITHDRAW = String.raw`(?:(?:meldt|melder|meldar|melde|meldte)\s+(?:deg|seg|dykk|dei|de)\s+av|(?:trekt|trukket|trekker|trekkjer|trekke|trekkje)(?:\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|tilbake))?|reservert\s+(?:deg|seg)|withdr\p{L}*|unsubscrib\p{L}*|opt(?:s|ed)?\s+out|left\s+the\s+list|cancel(?:s|led)?\s+(?:the\s+|your\s+|their\s+)?(?:subscription|consent))(?![\p{L}])`;
const KEPT_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])${KEEP}[^.;:!?]{0,60}?(?<![\p{L}])(?:etter\s+at|etter|after|når|when|også\s+om|også\s+etter|sjølv\s+om|selv\s+om|even\s+(?:if|after|when)|once)\s+(?:\p{L}+\s+){0,3}?${WITHDRAW}|(?<![\p{L}])(?:etter\s+at|after|når|when|once|selv\s+om|sjølv\s+om|even\s+(?:if|after))\s+(?:\p{L}+\s+){0,3}?${WITHDRAW}[^.;:!?]{0,60}?(?<![\p{L}])${KEEP}`,
  'iu',
);
const KEPT_GATE = lazyPattern(
  String.raw`vare\s+på|behold|beheld|behald|spar|lagr|oppbevar|keep|kept|hold|retain|store|fortset|held|halde|continu|go\s+on|goes\s+on`,
  'iu',
);
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
 * conversation, details, cookies), or the news and updates sent («our updates», «nyheter»: FZ, session 46). A price, a meeting time, a shift swap, a trip or the terms agreed by silence are a
 * contract's or a workplace's matters, not consent under Art. 6(1)(a) (lawful-wordings s20-n dm01-dm09, s27-n n24, n45,
 * n46, n51).
 */
export const DATA_PROCESSING = lazyPattern(
  String.raw`(?<![\p{L}])(?:lagr\p{L}*|oppbevar\p{L}*|stor(?:e|es|ed|ing|age)|registrer\p{L}*|publiser\p{L}*|publish\p{L}*|legg\p{L}*\s+ut|lagt\s+ut|lagde\s+ut|vis(?:e|es|t|ast|er)|show(?:s|n|ing)?|display\p{L}*|del(?:e|es|t|ast|er)|shar(?:e|es|ed|ing)|\p{L}*bild\p{L}*|\p{L}*bilet\p{L}*|\p{L}*foto\p{L}*|photo\p{L}*|pictures?|images?|video\p{L}*|film\p{L}*|opptak\p{L}*|record(?:s|ed|ing|ings)?|opplysning\p{L}*|opplysing\p{L}*|\p{L}*historikk\p{L}*|history|brukes|brukast|(?:blir|vert|is|are|being)\s+(?:brukt|used)|data|information|informasjon\p{L}*|cookies?|\p{L}*kapsl\p{L}*|samtal\p{L}*|conversations?|chat\p{L}*|logg(?:en|ar|er|ast|es|a)?|logs?|e-?post\p{L}*|e-?mails?|sms|nyhe(?:i)?tsbrev\p{L}*|newsletters?|list(?:a|en|e|er|ene|ar|ane|s)?|mailing\p{L}*|utsending\p{L}*|adress\p{L}*|address(?:es)?|profil\p{L}*|profiles?|navn\p{L}*|namn\p{L}*|names?|kontaktinfo\p{L}*|contact\s+details|posisjon\p{L}*|location|varsl\p{L}*|varsel|notifications?|push-?\p{L}*|reminders?|påminn\p{L}*|tilbud\p{L}*|tilbod\p{L}*|offers?|reklame\p{L}*|kampanj\p{L}*|updates|oppdateringer|oppdateringar|nyheter|nyheiter|news)(?![\p{L}])`,
  'iu',
);
/**
 * The existing-customer exception said (markedsføringsloven § 15 third paragraph: «eksisterende kundeforhold», the trader's
 * «egne varer, tjenester eller andre ytelser tilsvarende dem som kundeforholdet bygger på», the reservation offered «Når den
 * elektroniske adressen samles inn, og eventuelt ved hver enkelt senere markedsføringshenvendelse»): an opt-out that is lawful
 * as such.
 */
export const OWN_SIMILAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:our|its|their)\s+own\s+(?:\p{L}+\s+){0,1}?similar|own\s+similar|similar\s+(?:goods|products|services)|(?:egne|eigne|våre|vår|vårt)\s+(?:egne\s+|eigne\s+)?(?:lignende|liknande|liknende|tilsvarende|tilsvarande)|(?:lignende|liknande|liknende|tilsvarende|tilsvarande)\s+(?:varer|vare|produkt\p{L}*|tjenest\p{L}*|tenest\p{L}*|ytelse\p{L}*|yting\p{L}*)|existing\s+customers?|eksisterende\s+kund\p{L}*|eksisterande\s+kund\p{L}*|(?:at|ved)\s+(?:sign-?up|innsamling\p{L}*|påmelding\p{L}*))(?![\p{L}])`,
  'iu',
);

/**
 * Session 40, R35: the families the blind sets' consent misses belong to (variants-sameting SM58, SM59, SM61, SM63, SM64;
 * variants-lading EV60–EV63, EV65), each read as a construction in bokmål, nynorsk and English.
 */

/**
 * The young named in other words than «barn»/«elever» (SM61 «Young people from 12 can sign up for the reminders
 * themselves»): young people, teenagers, youngsters, minors, «ungdom», «unge» (not «unge voksne», young adults),
 * «tenåringer», «mindreårige».
 */
const YOUNG_NOUN = String.raw`(?:young\s+people|youngsters|teenagers|teens|adolescents|minors|ungdom(?:mer|mar|men|mane|mene)?|unge(?!\s+(?:voksne|vaksne))|tenåring(?:er|ar|ane|ene)?|mindreårige)`;
const YOUNG_GATE = lazyPattern(String.raw`young|teen|adolesc|minor|ungdom|unge|tenåring|mindreårig`, 'iu');
/**
 * Children or the young who agree or sign themselves up, the agreeing joined by «og»/«and» to a first verb of theirs, with
 * «they»/«de» or no new subject (EV60 «Children from the age of 10 can be added too, and they can sign up for our
 * newsletter in the app on their own»; EV61 «pupils from 11 years up can join as well and say yes to offers by
 * themselves»; «Ungdom frå 12 år kan laste ned appen og seie ja til varsel sjølve»). No other subject after «og»: «… and
 * parents agree» is the parents'.
 */
const YOUNG_AGREE = lazyPattern(
  String.raw`(?<![\p{L}])${NOT_OBJECT}(?:${CHILD_NOUN}|${YOUNG_NOUN})${BETWEEN}\s+(?:(?:${AUX}\s+){0,2}(?:selv|sjølv|sjølve|sjøl|themselves|alene|aleine)\s+(?:${AUX}\s+){0,2}${SIGN_UP_VERB}|(?:${AUX}\s+){0,3}(?:${AGREE_VERB}|${SIGN_UP_VERB}(?=[^.;:!?]{0,60}?(?<![\p{L}])${OWN_WORD}))|[^.;:!?]{0,60}?(?<![\p{L}])(?:og|and)\s+(?:(?:they|de|dei)\s+)?(?:${AUX}\s+){0,3}(?:${AGREE_VERB}|${SIGN_UP_VERB}(?=[^.;:!?]{0,60}?(?<![\p{L}])${OWN_WORD})))`,
  'iu',
);
/** CHILD_AGREES, or the young agreeing in the words and constructions YOUNG_AGREE reads. */
export const youngAgrees = (sentence: string): boolean =>
  childAgrees(sentence) || ((CHILD_GATE().test(sentence) || YOUNG_GATE().test(sentence)) && YOUNG_AGREE().test(sentence));

/**
 * Wanting assumed (SM58 «Når du har handlet hos oss, regner vi med at du også vil ha nyhetsbrevet»): «we» assume the person
 * wants, would like or is interested in a message to them (a newsletter, offers, reminders, notifications): «vi går ut frå
 * at du ønskjer tilbod», «we assume you would like our updates», «regner med at kundene gjerne vil få tilbud». The match
 * ends at the wanting; what is wanted follows (read by the rule as processing).
 */
const WANT = String.raw`(?:vil\s+(?:ha|få|motta|ta\s+imot)|ønsker|ønskjer|ønsker\s+å\s+(?:få|motta)|ønskjer\s+å\s+(?:få|motta)|er\s+interessert\s+i|want(?:s)?(?:\s+to\s+(?:get|receive|hear))?|would\s+like(?:\s+to\s+(?:get|receive|hear))?|(?:are|is)\s+interested\s+in|(?:are|is)\s+happy\s+to\s+(?:get|receive))`;
const MESSAGE = String.raw`(?:nyhe(?:i)?tsbrev\p{L}*|tilbud\p{L}*|tilbod\p{L}*|reklame\p{L}*|kampanj\p{L}*|påminn\p{L}*|varsl\p{L}*|varsel|e-?post\p{L}*|sms\p{L}*|oppdatering\p{L}*|newsletters?|offers?|deals?|promotions?|updates?|reminders?|notifications?|e-?mails?|messages?|marketing|adverts?|advertising)`;
const ASSUMED_WANT = lazyPattern(
  String.raw`(?<![\p{L}])${ASSUME}\s*(?:at|that)?\s+(?:\p{L}+\s+){1,3}?(?:(?:også|òg|gjerne|then|also|still)\s+)?${WANT}(?=\s+(?:[\p{L}-]+\s+){0,3}?${MESSAGE}(?![\p{L}]))`,
  'iu',
);

/**
 * Agreement deemed in the passive (SM59 «users who leave them on are taken to have agreed»): the person «is taken, deemed,
 * considered, treated or counted as having agreed, consented or accepted», «anses/regnes/blir rekna (for) å ha samtykket,
 * godtatt, sagt ja». Not after an act of the person's own in the same clause (OWN_ACT_BEFORE: «users who switch them on
 * are taken to have agreed», «den som kryssar av, blir rekna for å ha samtykt»): that is the act, the rule's guards read
 * the rest.
 */
const DEEMED_AGREE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:taken|deemed|considered|presumed|assumed|regarded|treated|counted|understood)\s+(?:as\s+)?(?:to\s+|as\s+)?(?:have\s+|having\s+)?(?:agreed|consented|accepted|said\s+yes|opted\s+in|given\s+(?:their\s+|your\s+)?consent)|(?:anses|ansees|ansett|regnes|reknast|regna|rekna|regnet|betraktes|betraktast|tolkes|tolkast|(?:blir|vert|er)\s+(?:rekna|regnet|regna|ansett|betrakta|tolka|tolket))\s+(?:som\s+|for\s+)?(?:å\s+)?(?:ha\s+)?(?:samtykket|samtykt|godtatt|godteke|akseptert|sagt\s+ja|gitt\s+samtykke|gjeve\s+samtykke))(?![\p{L}])`,
  'iu',
);
const OWN_ACT_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:switch(?:es|ed)?|turns?|turned|ticks?|ticked|clicks?|clicked|taps?|tapped|signs?|signed|registers?|registered|confirms?|confirmed|chooses?|chose|selects?|selected|enables?|enabled|activates?|activated|opts?|opted|subscribes?|subscribed|slår|slo|skrur|skrudde|kryss\p{L}*|huk\p{L}*|klikk\p{L}*|trykk\p{L}*|velg\p{L}*|vel|registrer\p{L}*|melder|meldar|bekreft\p{L}*|stadfest\p{L}*|aktiver\p{L}*|samtykk\p{L}*|godtar|godtek|sier\s+ja|seier\s+ja|says\s+yes|said\s+yes)(?![\p{L}])(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:off|av)(?![\p{L}]))`,
  'iu',
);
/** The part of a sentence after its last comma, «og»/«and» or «men»/«but»: the deeming's own clause. */
const LAST_PART = lazyPattern(String.raw`(?:^|[,;]|(?<![\p{L}])(?:og|and|men|but)(?![\p{L}]))(?![^]*(?:[,;]|(?<![\p{L}])(?:og|and|men|but)(?![\p{L}])))`, 'iu');
/** The passive deeming, where no own act of the person's is told before it in its clause; or null. */
export const deemedAgree = (sentence: string): RegExpExecArray | null => {
  const m = DEEMED_AGREE().exec(sentence);
  if (m === null) return null;
  const before = sentence.slice(0, m.index);
  const part = LAST_PART().exec(before);
  return !OWN_ACT_BEFORE().test(part === null ? before : before.slice(part.index)) ? m : null;
};
/** ASSUMED_AGREE, or the person assumed to want a message (ASSUMED_WANT); the match, or null. */
export const assumedAgreeOrWant = (sentence: string): RegExpExecArray | null =>
  assumedAgree(sentence) ?? (ASSUME_GATE().test(sentence) ? ASSUMED_WANT().exec(sentence) : null);

/**
 * A box that comes ticked (EV62 «the boxes come ticked already and the member can untick them»): the box, option or field,
 * then «comes/starts/is/kommer/står/er» and ticked, with the time that says it was so before the person acted after it
 * («already», «from the start», «when the form opens», «allerede», «frå start», «når skjemaet åpnes»). For consent-valid's
 * PRE_TICKED, appended to its alternation.
 */
const TICK_FIELD = String.raw`(?:box|boxes|checkbox(?:es)?|tick-?box(?:es)?|options?|fields?|boks(?:en|ane|ene|ar|er)?|avkryssingsboks\p{L}*|rut(?:a|en|ene|ane|er|ar)|felt(?:et|a|ene)?)`;
const FIELD_STANDS = String.raw`(?:come|comes|came|start|starts|started|appear|appears|are|is|was|were|kommer|kjem|kom|står|stod|ligger|ligg|er|var|blir|vert|vises|visast)`;
export const BOX_COMES_TICKED = String.raw`(?=ticked|checked|selected|marked|avkryss|avhuk|krysset|kryssa|huka|huket)(?<=(?:${TICK_FIELD}\s+(?:[\p{L}-]+\s+){0,3}?${FIELD_STANDS}\s+(?:out\s+|opp\s+)?|${FIELD_STANDS}\s+(?:the\s+)?${TICK_FIELD}\s+(?:[\p{L}-]+\s+){0,3}?))(?:ticked|checked|selected|marked|avkryssa|avkrysset|avkryssede|avhuka|avhuket|krysset\s+av|kryssa\s+av|huka\s+av|huket\s+av)\s+(?:already|allerede|allereie|alt|from\s+the\s+start|fra\s+start(?:en)?|frå\s+start(?:en)?|fra\s+begynnelsen|frå\s+byrjinga|to\s+begin\s+with|når\s+(?:skjemaet|sida|siden|appen)\s+(?:åpnes|opnast|blir\s+opna|vert\s+opna)|when\s+the\s+(?:form|page|app)\s+(?:opens|loads|is\s+opened))(?![\p{L}])`;

/**
 * Counted in for not declining (EV63 «those who have not turned the invitation down within 30 days are counted as
 * participants»): a relative clause of people who have not declined, refused, answered no, opted out or reserved
 * themselves, and the main verb that counts, registers, includes or enrols them («… blir regnet som deltakere», «… vert
 * tekne med i studien», «… are enrolled»). Not where the main verb is denied (the rule reads NEGATION after the decline).
 */
const DECLINE = String.raw`(?:turned\s+(?:[\p{L}-]+\s+){0,3}?down|turn\s+(?:[\p{L}-]+\s+){0,3}?down|declined?|refused?|said\s+no|say\s+no|opted\s+out|opt\s+out|objected|object|replied|reply|answered|answer|responded|respond|takket\s+nei|takka\s+nei|takke\s+nei|svart\s+nei|svara\s+nei|svare\s+nei|sagt\s+nei|seie\s+nei|si\s+nei|sagt\s+(?:i)?fr[aå]|seie\s+(?:i)?frå|si\s+(?:i)?fra|reservert\s+(?:seg|dei|deg)|reservere\s+(?:seg|dei|deg)|meldt\s+(?:seg\s+|dei\s+)?av|melde\s+(?:seg\s+|dei\s+)?av|svart|svara|svare|protestert|protestere|avslått|avslå|avvist|avvise)`;
const COUNTED = String.raw`(?:counted|treated|regarded|registered|included|enrolled|signed\s+up|taken\s+in|considered|added|kept\s+on|regnet|regna|rekna|registrert|registrerte|tatt\s+med|teken\s+med|tekne\s+med|meldt\s+på|påmeldt|påmelde|lagt\s+til|ført\s+opp|innlemmet|innlemma|med)`;
const COUNTED_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|that|those\s+who|de\s+som|dei\s+som|den\s+som|alle\s+som|everyone\s+who|anyone\s+who)\s+(?:[\p{L}-]+\s+){0,3}?(?:ikke|ikkje|not|never|aldri|don't|doesn't|haven't|hasn't)\s+(?:(?:har|have|has|hev|had|hadde)\s+)?(?:[\p{L}-]+\s+){0,1}?${DECLINE}(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:are|is|will\s+be|get|become|blir|vert|er|regnes|reknast|anses|ansees)\s+(?:(?:automatically|automatisk|simply|then|da|då|også|òg|all)\s+)?${COUNTED}(?![\p{L}])`,
  'iu',
);
const COUNTED_GATE = lazyPattern(String.raw`ikke|ikkje|not|never|aldri|n't`, 'iu');
/** The sentence counts people in for not declining (COUNTED_IN); the match, or null. */
export const countedUnlessDeclined = (sentence: string): RegExpExecArray | null => (COUNTED_GATE().test(sentence) ? COUNTED_IN().exec(sentence) : null);

/**
 * A withdrawal text that does not let the person leave before a time (EV65 «Participation cannot be ended before the pilot
 * is over»): the participation, the consent or «it» cannot be ended, stopped or cancelled («Deltakinga kan ikkje avsluttast
 * før prosjektet er ferdig»), or the person cannot leave, withdraw or stop before or until a time («Du kan ikke trekke deg
 * før kurset er slutt», «Participants cannot leave until the study ends»). For consent-withdrawal's NOT_WITHDRAWABLE
 * reading, with its guards (what was done before, by others).
 */
const ENDED = String.raw`(?:be\s+(?:ended|stopped|cancel+ed|terminated|discontinued|withdrawn|revoked)|avsluttes|avsluttast|avbrytes|avbrytast|stanses|stansast|stoppes|stoppast|sies\s+opp|seiast\s+opp|opphøre|opphøyre)`;
const LEAVE = String.raw`(?:leave|withdraw|quit|stop|opt\s+out|pull\s+out|drop\s+out|end\s+(?:their|your|his|her)\s+participation|trekke\s+(?:seg|deg|dykk)(?:\s+ut)?|trekkje\s+(?:seg|deg|dykk)(?:\s+ut)?|melde\s+(?:seg|deg|dykk)\s+(?:ut|av)|gå\s+ut|slutte|avslutte\s+(?:deltakelsen|deltakinga|deltakingen)|reservere\s+(?:seg|deg))`;
const CANNOT = String.raw`(?:cannot|can\s*not|can't|may\s+not|are\s+not\s+able\s+to|is\s+not\s+able\s+to|kan\s+ikke|kan\s+ikkje|får\s+ikke|får\s+ikkje)`;
const UNTIL = String.raw`(?:before|until|till|prior\s+to|før|til|inntil|fram\s+til|frem\s+til)`;
export const NOT_LEAVABLE = String.raw`(?<![\p{L}])(?:(?:participation|deltakelse\p{L}*|deltaking\p{L}*|consent|samtykk\p{L}*|membership|medlemskap\p{L}*|it|det|this|dette)\s+(?:[\p{L}-]+\s+){0,2}?${CANNOT}\s+(?:[\p{L}-]+\s+){0,1}?${ENDED}|(?:you|participants?|members?|they|du|de|dei|deltak\p{L}*|medlem\p{L}*|the\s+\p{L}+)\s+${CANNOT}\s+(?:(?:then|lenger|longer)\s+)?${LEAVE})(?![\p{L}])(?=[^.;!?]{0,40}?(?<![\p{L}])${UNTIL}(?![\p{L}]))`;

/**
 * Consent worded as permission or a yes to our processing, where a task's words give it as the reason (SM63 «Vi fører deg
 * inn fordi du har gitt oss lov til det»; SM64 «og sier med det ja til at vi behandler opplysningene»): the person gives us
 * leave, permission, consent («fordi du har gitt oss lov», «because you allowed us to», «sidan du har gjeve løyve»), or
 * says yes, agrees or consents to our processing with adverbs between the particle verb's parts («sier med det ja til at
 * vi behandler», «seier dermed ja til at vi lagrar», «thereby agrees that we process»).
 */
/**
 * The person who permits: a pronoun or a role of the people a record is about (not an authority: «når statsforvaltaren har
 * gitt løyve» is a permit under a law, and «bare når foreldrene har gitt tillatelse» a condition a law may set, as
 * barnehageloven § 2 a does for the transfer to school: the lawful wordings of sessions 21 and 27 say so).
 */
const PERSON = String.raw`(?:du|de|dei|dykk|dere|you|they|he|she|han|hun|ho|vedkommende|vedkomande|(?:the\s+)?(?:applicants?|pupils?|students?|parents?|patients?|users?|customers?|members?|participants?|tenants?|residents?|registrants?|person)|(?:søker|søkjar|elev|foreld|føresett|foresatt|pasient|bruker|brukar|kunde|medlem|deltak|leietak|leigetak|beboer|bebuar|innbygg)\p{L}*)`;
const PERMITTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:fordi|ettersom|sidan|siden|because|since)\s+${PERSON}\s+(?:(?:har|have|has|hadde|had|hev)\s+)?(?:(?:jo|allerede|allereie|already|også|òg)\s+)?(?:(?:gitt|gjeve|gjevi|gav|ga|gave|given|gir|gjev|gives|give)\s+(?:(?:oss|us|meg|me|kommunen|skolen|skulen|etaten|\p{L}+(?:en|et|a))\s+)?(?:(?:sin|sitt|si|ditt|din|their|your|his|her)\s+)?(?:lov|tillatelse|tillating|løyve|samtykke\p{L}*|permission|consent|approval|go-ahead)|(?:allowed|permitted|authori[sz]ed|let)\s+us|(?:tillatt|latt)\s+oss)(?![\p{L}])`,
  'iu',
);
const YES_TO_OUR = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:sier|seier|sa|sagt|says|said)\s+(?:(?:med\s+det|med\s+dette|dermed|samtidig|også|òg|da|då|derved|her|thereby|also|so|then)\s+){0,3}(?:ja|yes)|(?:samtykker|samtykkjer|godtar|godtek|aksepterer|agrees?|consents?|accepts?)\s+(?:\p{L}+\s+)?(?:(?:med\s+det|med\s+dette|dermed|samtidig|også|òg|derved|thereby|also|then)\s+){1,3})\s*(?:til\s+|to\s+)?(?:at|that)\s+(?:vi|me|we|\p{L}+(?:en|et|a))\s+(?:[\p{L}-]+\s+)?(?:behandl\p{L}*|handsam\p{L}*|bruk\p{L}*|lagr\p{L}*|registrer\p{L}*|fører|process\p{L}*|use|uses|store|stores|register|registers|record|records|keep|keeps)(?![\p{L}])`,
  'iu',
);
const PERMIT_GATE = lazyPattern(
  String.raw`lov|tillat|løyve|samtykk|permission|consent|approval|go-ahead|allowed|permitted|authori|let\s+us|latt\s+oss|ja|yes|agree|accept|godt`,
  'iu',
);
/** The sentence gives the person's permission or yes as the reason for, or the assent to, our processing. */
export const permissionGiven = (sentence: string): boolean => PERMIT_GATE().test(sentence) && (PERMITTED().test(sentence) || YES_TO_OUR().test(sentence));
