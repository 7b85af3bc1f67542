/**
 * Word families and constructions that readers of several rules share (retention, automated decisions, criminal data,
 * employee control, DPIA screening and sources said in words; session 39, R33). Each piece is an exported `String.raw`
 * source, spliced into a reader's pattern (check/kept-forever.ts, prose-activity.ts, prose-category.ts, and the rules
 * employee-control and criminal-data-basis); consent's own constructions are in check/lexicon-consent.ts.
 */

/**
 * A «til» of ownership after a definite noun (nb, nn): «minnealbumet til barnehagen», «arkivet til skolen», «kontoret til
 * legen». The definite noun before it (-et, -en, -a, -ne, -ane, -ene), one noun after, then the end of the clause, a
 * comma or a preposition; not a noun of time or ending after «til» («til utløpet», «til fristen», «til slutten»: an end),
 * nor a word that begins a clause («til saken er avsluttet» has a verb after the noun and is not matched, the noun not
 * being followed by the clause's end).
 */
export const OWNER_OF = String.raw`(?<=[\p{L}](?:et|en|a|ne|ane|ene)\s)til\s+(?!(?:utløp|utløpet|fristen|frist|slutten|slutt|enden|avslutning\p{L}*|dato|datoen|året|neste|vi|me|du|de|dei|den|det|dette)(?![\p{L}]))[\p{L}-]+(?:en|et|a|ne|ane|ene|s)(?=\s*(?:$|,|\s(?:i|på|og|frå|fra|ved|hos|med|for|under|etter|som)(?![\p{L}])))`;

/**
 * No person reads or looks at the case, said with a bare negated actor (session 39, R33; variants-verneplikt VP57 «ingen
 * leser besvarelsene», variants-samskipnad SS64 «utan at nokon i bustadkontoret ser på søknaden»): «ingen leser
 * søknadene», «ingen på kontoret går gjennom dei», «ikke noen hos oss vurderer svarene», «utan at nokon i kommunen ser på
 * saka», «uten at noen av lærerne ser over besvarelsen», «nobody reads the answers», «no one at the office looks at the
 * application», «without anyone in the clinic reviewing it». The actor is the negated pronoun itself, with at most a
 * place or a group after it («i bustadkontoret», «av oss», «at the office»); «ingen andre enn legen leser journalen»,
 * «nobody but the doctor reads it» (an access rule) has another word after the pronoun and is not matched. Spliced into
 * prose-activity.ts NO_HUMAN, which is read only beside a consequence for the person.
 */
const NEG_ACTOR = String.raw`(?:ingen|nobody|no\s+one|no-one|ikke\s+noen|ikkje\s+nokon)`;
const ACTOR_PLACE = String.raw`(?:(?:i|på|hos|ved|av|frå|fra|at|in|from|of|on)\s+(?:[\p{L}-]+\s+){1,3}?)?`;
const LOOKS_AT = String.raw`(?:les|leser|lese|ser\s+på|ser\s+gjennom|ser\s+over|går\s+gjennom|gjennomgår|vurderer|vurderar|sjekker|sjekkar|kontrollerer|kontrollerar|behandler|handsamar|reads|looks\s+at|looks\s+through|goes\s+through|reviews|checks|assesses|examines|sees)`;
const LOOKING_AT = String.raw`(?:reading|looking\s+at|looking\s+through|going\s+through|reviewing|checking|assessing|examining|seeing)`;
/**
 * What is looked at must be the person's case: an application, answers, a referral, a claim, a form, a test («ingen les
 * vedlegga», «ingen ser gjennom bookingane», «ingen går gjennom bestillingene» beside a full slot or a file too large are
 * lawful wordings of the corpus and stay unread).
 */
const CASE_NOUN = String.raw`(?:(?:the|all|every|each|his|her|their|de|dei|alle|kvar|hver|hans|hennar|hennes|deira|deres)\s+)?(?:[\p{L}-]+\s+)?(?:\p{L}*søknad\p{L}*|\p{L}*besvarels\p{L}*|svar(?:a|ene|et)|sak(?:a|en|ene|ane)|\p{L}*tilvising\p{L}*|\p{L}*henvisning\p{L}*|krav(?:et|a|ene|ane)|klag(?:a|en|ene|ane)|\p{L}*skjema(?:et|a|ene|ane)|prøv(?:a|en|ene|ane)|\p{L}*resultat(?:et|a|ene|ane)|applications?|answers|responses|cases?|claims?|referrals?|forms?|submissions?|results?|test\s+papers?|exam\s+papers?|dem|deim|dei|them)(?![\p{L}])`;
export const NO_PERSON_LOOKS = String.raw`(?:${NEG_ACTOR}\s+${ACTOR_PLACE}${LOOKS_AT}|(?:uten|utan)\s+at\s+(?:noen|nokon)\s+${ACTOR_PLACE}(?:\p{L}+\s+)?${LOOKS_AT}|without\s+(?:anyone|anybody|someone)\s+${ACTOR_PLACE}${LOOKING_AT})\s+${CASE_NOUN}`;

/**
 * The outcome for the person in the passive, decided or sent (session 39, R33), read as a consequence beside NO_HUMAN: «blir
 * bestemt», «bestemmes», «vert fastsett», «is determined» (whom to call in, who gets a place), and an offer, a place or a
 * summons sent out («tilbodet går ut», «tilbudet sendes», «innkallingen blir sendt», «the offer is sent», «offers go
 * out»).
 */
export const DECIDED_OR_SENT = String.raw`(?:(?:bestemmes|bestemmast|(?:blir|vert|ble|blei|vart)\s+(?:bestemt|fastsett|fastsatt)|fastsettes|fastsetjast|(?:is|are|was|were|gets?)\s+determined)(?!\s+(?:av|by)\s+(?:deg|dykk|dere|you|yourself|kunden|pasienten|eleven|brukeren|brukaren|søkeren|søkjaren|foreldra|foreldrene|the\s+(?:customer|patient|user|applicant|parents?)))|(?:tilbod|tilbud|innkalling|offer|invitation|summons|plass|places?)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:går|gjekk|gikk|sendes|sendast|(?:blir|vert|ble|blei|vart)\s+(?:sendt|send|sende)|is\s+sent|are\s+sent|goes|go|went)(?:\s+ut|\s+out)?)`;

/**
 * When each one came, went, logged in or out (session 39, R33; variants-verneplikt VP60 «en oversikt over når hver ansatt
 * kom og gikk», variants-samskipnad SS68 «loggen over når hver ansatt logger inn og ut av kassesystemet»): the question word
 * of a time («når», «kva tid», «kor tid», «når … hver», «when», «what time») before «hver/kvar/each/every» and the person,
 * then a verb of coming, going, logging or clocking in any tense. Session 38's R30 read the same per-person question with
 * «hvor mange» (a count) and with measured figures named («responstider for hver»): this is the time the person came and
 * went. The person's noun is the reader's own (employee-control's staff words), spliced after EACH_WHEN_HEAD.
 */
export const EACH_WHEN_HEAD = String.raw`(?:når|kva\s+tid|kor\s+tid|hvilket\s+klokkeslett|kva\s+klokkeslett|when|what\s+time|at\s+what\s+time)\s+(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|den\s+einskilde)\s+(?:enkelt\s+|einskild\s+|individual\s+|single\s+)?`;
export const COMES_GOES_LOGS = String.raw`(?:kom|kommer|kjem|komme|gikk|går|gjekk|drar|dro|reiser|reiste|møter|møtte|møtte\s+opp|logger|loggar|logget|logga|stempler|stemplar|stemplet|stempla|sjekker|sjekkar|sjekket|sjekka|arrives?|arrived|leaves?|left|comes?|came|goes|went|logs?|logged|clocks?|clocked|badges?|badged|swipes?|swiped|checks?\s+(?:in|out)|checked\s+(?:in|out)|begynner|byrjar|begynte|byrja|slutter|sluttar|sluttet|slutta|starts?|started|finishes|finished)`;

/**
 * A face compared by a machine, with the machine after the verb (V2 after a fronted adverbial; session 39, R33;
 * variants-samskipnad SS75 «Ved inngangen samanliknar kameraet andletet med medlemsbiletet»): «Ved døra sammenligner
 * kameraet ansiktet med passbildet», «I kassa samanliknar systemet andletet med biletet», «At the gate the scanner
 * matches the face». Art. 4(14), 9(1): biometric data for uniquely identifying a person (recital 51: a photograph only
 * where processed by specific technical means — the matching is that means). Spliced into prose-category.ts's biometric
 * words beside the machine-before-verb reading, with the nynorsk «andlet» (face).
 */
export const FACE_MATCH_V2 = String.raw`(?:compares?|matches|sammenligner|samanliknar|samanlikner)\s+(?:the\s+|our\s+)?(?:kamera(?:et|a)?|systemet|skanneren|skannaren|automaten|maskina|maskinen|programvara|programvaren|appen|camera|system|scanner|software|app|kiosk(?:en)?)\s+(?:\S+\s+){0,2}?(?:the\s+|each\s+|every\s+)?(?:face|faces|ansikt\p{L}*|andlet\p{L}*)`;

/**
 * Data got from another party by asking it or by filling out what we hold (session 39, R33; variants-samskipnad SS48 «ber
 * legen om kopi av journalen frå fastlegen», SS46 «Vi supplerer profilene med opplysninger fra studentenes LinkedIn-sider»):
 * a verb of asking with its «om»/«for» («ber om», «bed skulen om», «spør NAV om», «asks the GP for», «requests … from» is
 * read already), or of supplementing, completing or enriching with («supplerer … med», «utfyller med», «beriker med»,
 * «enrich … with», «supplement … with»). Spliced at the end of prose-activity.ts SOURCE_SAID's getting verbs, so the words
 * after it must still name where the data come from («frå fastlegen», «fra LinkedIn-sidene», «from the GP»).
 */
export const ASKED_OR_FILLED = String.raw`(?:ber|bed|bad|spør|spørr|spurde|spurte|asks?|asked)\s+(?!(?:deg|dykk|dere|you|them|dei|de|han|ho|henne|ham|him|her|søkjaren|søkeren|søkjarane|søkerne|the\s+applicants?)\s)(?:[\p{L}-]+\s+){0,3}?(?:om|for)(?!\s+(?:å|to)\s)|(?:supplerer|supplerar|suppleres|supplerast|supplert|supplere|utfyller|utfyllar|beriker|berikar|berikes|berikast|beriket|enrich(?:es|ed)?|supplement(?:s|ed)?|complement(?:s|ed)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:med|with)`;

/**
 * A relative clause headed by a pronoun of people (session 39, R33; variants-samskipnad SS62 «…, blir førte på ei liste
 * over dei som ikkje får ny kontrakt»): «dei som», «de som», «alle som», «those who», «anyone who». Spliced into
 * prose-category.ts SUBORDINATE: a negation inside it denies that clause only, not the words of the main clause before it.
 */
export const PRONOUN_RELATIVE = String.raw`(?:dei|de|dem|alle|those|anyone|everyone)\s(?:som|who)`;

/** Caught, arrested or reported «for» an offence (nb, nn, en), the person as the subject in the passive (criminal-data-basis). */
export const CAUGHT_FOR = String.raw`(?<![\p{L}])(?:blir|vert|ble|blei|vart|er|var|har\s+blitt|har\s+vorte|is|was|are|were|gets?|got|been)\s+(?:\p{L}+\s+)?(?:tatt|teken|teke|tekne|tatne|caught|arrested|pågrepet|pågripen|pågripne|anmeldt|meldt|reported|charged|melde)\s+for`;

/**
 * Deciding jointly with another body what is processed (R36, session 40; variants-sameting SM73 «Samlingene arrangeres
 * sammen med X, og vi avgjør i fellesskap hvem som får plass og hva som registreres»): Art. 26(1) «Where two or more
 * controllers jointly determine the purposes and means of processing, they shall be joint controllers». A verb of deciding
 * beside a word of togetherness («avgjør i fellesskap», «bestemmer sammen», «fastset saman», «jointly decide», «decide
 * together»), or after a partner phrase («i samarbeid med X bestemmer vi», «together with X we decide»), then within six
 * words what is decided about the processing: whom, what, which data, the purposes, the means («hvem som får plass», «kva
 * som vert registrert», «which data are kept», «the purposes»). The reader (joint-controller-arrangement) also asks for a
 * partner that is no person in the sentence.
 */
const DECIDE_VERB = String.raw`(?:avgjør|avgjer|avgjøres|avgjerast|bestemmer|bestemmes|bestemmast|fastsetter|fastset|fastsettes|fastsetjast|beslutter|beslutar|vedtar|vedtek|decide|decides|determine|determines|agree\s+on|agrees\s+on)`;
const TOGETHER = String.raw`(?:i\s+fellesskap|i\s+felleskap|i\s+lag|sammen|saman|felles|jointly|together|in\s+common)`;
const PARTNER_WITH = String.raw`(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med|together\s+with|in\s+cooperation\s+with|in\s+co-operation\s+with|jointly\s+with)`;
const DECIDED_WHAT = String.raw`(?:hvem|kven|hva|kva|hvilke|hvilken|hvilket|which|what|who|whom|how|formål\p{L}*|føremål\p{L}*|purposes?|means|opplysning\p{L}*|personopplysning\p{L}*|data)`;
export const JOINTLY_DECIDE = String.raw`(?<![\p{L}])(?:${DECIDE_VERB}\s+(?:(?:vi|me|we|de|dei|they)\s+)?${TOGETHER}|${TOGETHER}\s+(?:(?:vi|me|we|de|dei|they)\s+)?${DECIDE_VERB}|${PARTNER_WITH}\s+(?:[\p{L}-]+\s+){1,5}?${DECIDE_VERB})(?:\s+(?:[\p{L}-]+\s+){0,5}?|\s+)${DECIDED_WHAT}(?![\p{L}])`;
/** The partner named in the sentence: «sammen med X», «i samarbeid med X», «together with X», «X og vi», «we and X». */
export const JOINT_PARTNER = String.raw`(?<![\p{L}])(?:(?:${PARTNER_WITH}|(?:vi|me|we)\s+(?:og|and))\s+(?:the\s+)?([\p{L}-]+)|([\p{L}-]+)\s+(?:og|and)\s+(?:vi|me|we)(?![\p{L}]))`;

/**
 * Offers fitted to the person, said with the verb (R36, session 40; variants-lading EV75 «used to tailor offers from our
 * partners to the customer»): «tailor offers», «personalise the ads», «target campaigns», «tilpasse tilbud», «skreddersy
 * tilbod», «målrette annonser», «tilpassar reklamen». The noun after the verb within three words; «tilbudet» (the service
 * offered, singular definite) is not read. Read by contract-necessity only beside partners or the person's profile.
 */
export const TAILORS_OFFERS = String.raw`(?<![\p{L}])(?:tailor|tailors|tailored|tailoring|personali[sz]e|personali[sz]es|personali[sz]ed|personali[sz]ing|target|targets|targeted|targeting|customi[sz]e|customi[sz]es|tilpasse|tilpasser|tilpassar|tilpasses|tilpassast|skreddersy|skreddersyr|skreddersys|målrette|målretter|målrettar|målrettes)\s+(?:[\p{L}-]+\s+){0,3}?(?:offers|deals|ads|adverts|advertising|advertisements|campaigns|marketing|promotions|tilbud|tilbod|tilboda|tilbudene|annonser|annonsar|annonsene|annonsane|kampanjer|kampanjar|reklame|reklamen|markedsføring|marknadsføring)(?![\p{L}])`;
