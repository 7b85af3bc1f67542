import { categoryExempt } from '../check/journalism.js';
import { activityKeptForever, activityUndecided, keptForeverIn } from '../check/kept-forever.js';
import { retentionCoverage } from '../check/retention.js';
import { defineRule } from '../check/rule.js';
import { LANGUAGES } from '../i18n/index.js';
import { citeLaw } from '../model/legal.js';
import { localText } from '../model/registry.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 30(1)(f), 13/14(2)(a): each data category has a time limit: a period, the criterion that ends
 * retention, or permanent keeping. An entry that only names a law is reported as a warning: the law
 * may set the limit, but the record should say what it is.
 */
/**
 * A criterion that sets no limit: «as long as necessary» is the storage-limitation principle restated
 * (Art. 5(1)(e)), not «the criteria used to determine that period» (Art. 13(2)(a)). Matched against the whole
 * trigger, so «as long as necessary to process the application» (a criterion tied to an event) passes. «Så lenge det er
 * behov for dem», «så lenge vi trenger opplysningene», «as long as we need them» (English also says «for as long as …»), «så lenge partiet har behov for dem» (the
 * controller named by a noun, with the data as object) say no more (a union's published notice). The person's own need («så lenge du har behov
 * for tjenesten») is another matter: it names the person, and the object is not the data. The data may be named by a
 * pronoun or as the documentation («så lenge skulen treng ho», «… treng dokumentasjonen»: H12B, variants-friskole F18).
 * Nor the need said with no one who needs («så lenge det trengst», «så lenge det trengs»: variants-legevakt LV101, W11
 * session 23; «as long as it is needed» was read already); «så lenge det trengst for å behandle klaga» names an event.
 * The data named by a noun of data («så lenge vi har bruk for opptaka», «as long as we need the recordings»: B11,
 * variants-mattilsyn MT56) says no more either; another need («så lenge vi har behov for vikaren») names an event.
 * «Føremålstenleg», «hensiktsmessig», «useful» say «necessary» in other words, and «for kulturskulen», «for oss», «for the
 * school» only name the controller whose need it is (variants-kultur KU26); «for å handsame klaga» names a criterion.
 * The controller's own judgement says no more («as long as we consider it necessary», «så lenge vi anser det som
 * nødvendig»: B13, variants-bht BT18); nor in the other verbs and words of judgement («så lenge vi ser det
 * hensiktsmessig», «så lenge vi finn det tenleg», «så lenge vi finner det for godt», «as long as we see fit»: B8, session
 * 41, bodies/sogndal-folkehogskule).
 * Nor does the controller's purpose or need named after it («for our business purposes», «for the company's needs»,
 * «for virksomhetens formål», «for selskapets behov»): the business's need is the principle again (variants-dating DT42).
 * Nor «for å oppnå formålet (med behandlingen / tilsynet)», «to achieve the purpose (of the processing)»: the purpose
 * achieved is the storage-limitation principle of Art. 5(1)(e) restated (Utdanningsdirektoratet's notice, session 29,
 * G9); «for å behandle klaga» names an event of its own and stays a criterion.
 */
/**
 * The controller named by a noun of a body («the clinic», «klinikken», «legekontoret», «kommunen», «the company»): its
 * own judgement or need restates the principle as «we» does («for as long as the clinic finds it useful»:
 * variants-paraphrase2 PB124; W13, session 24). Not the person («the patient», «kunden»), a court or another party: their
 * need or finding is an event of their own.
 */
const CONTROLLER_BODY = String.raw`(?:[\p{L}-]*(?:forbundet|foreningen|foreininga|laget|klubben|kommunen|fylkeskommunen|selskapet|virksomheten|verksemda|organisasjonen|firmaet|banken|etaten|direktoratet|tilsynet|kontoret|skolen|skulen|barnehagen|sykehuset|sjukehuset|apoteket|biblioteket|museet|klinikken|legekontoret|legesenteret|senteret|avdelingen|avdelinga|praksisen)|(?:the|our) (?:company|municipality|organisation|organization|club|union|association|bank|controller|agency|school|firm|business|clinic|practice|centre|center|office|department|hospital|pharmacy|library|museum))`;
/**
 * The data or the case named as what is no longer needed («until we no longer need the case», «til vi ikkje lenger treng
 * meldingane», «når vi ikke har bruk for dataene lenger»: variants-paraphrase2 PB123, PB125; W13, session 24): a record,
 * a case, messages, files, documentation; and a case by what started it, the enquiry, request or application («når vi
 * ikke lenger trenger henvendelsen», «until we no longer need the request»: variants-forvaltning FV58, W6 session 46).
 * Not a thing or a service («til vi ikkje lenger treng båten», «until the customer no longer needs the service»).
 */
const DATA_OBJECT = String.raw`(?:dem|dei|them|it|(?:the |our |våre |vår |vårt )?(?:opplysningene|opplysningane|personopplysningene|personopplysningane|the data|data|dataene|dataa|informasjonen|information|cases?|case files?|files?|records?|documents?|documentation|messages?|recordings?|reports?|material|logs?|sak(?:a|en|ene|ane)|saksmapp(?:a|en)|melding(?:a|en|ane|ene)|dokument(?:a|et|ene)|dokumentasjonen|opptak(?:a|et|ene)|logg(?:en|ane|ene)|fil(?:a|en|ene|ane)|rapport(?:en|ane|ene)|materialet|henvendels(?:en|ene|a)|henvending(?:a|ane)|førespurnad(?:en|ane)|enquir(?:y|ies)|inquir(?:y|ies)|requests?|søknad(?:en|ene|ane)|applications?))`;
/**
 * A purpose named by its noun after «for» («for collection purposes», «for marketing purposes», «for innkrevingsformål», «for
 * rekneskapsføremål»: variants-lading EV51, R36 session 40): the need for a purpose is the principle again, not an event
 * that ends the keeping («for å behandle klagen», «to handle the complaint» name one and are not matched).
 */
const PURPOSE_NOUN = String.raw`(?:[\p{L}-]+ ){1,2}purposes?|[\p{L}-]+(?:formål|føremål)(?:et|a|ene)?`;
const AS_LONG_AS_NECESSARY = lazyPattern(
  String.raw`^(så lenge|so lenge|(?:for )?as long as)( som| as)? (?:det (?:trengst|trengs|trenges|behøvst|behøves)|(?:vi|we|me|${CONTROLLER_BODY}) (?:consider|considers|deem|deems|find|finds|judge|judges|think|thinks|believe|believes|anser|mener|meiner|finner|finn|vurderer|ser på|ser|see|sees) (?:it |them |this |det |dei |dem |dette )?(?:to be |as |som |å være |å vere |er )?(?:nødvendig|naudsynt|naudsynleg|necessary|needed|required|appropriate|useful|hensiktsmessig|formålstjenlig|føremålstenleg|formålstenleg|føremålstenlig|formålstjenleg|tenleg|tenlig|tjenlig|tjenleg|riktig|passende|passande|ønskelig|ønskeleg|desirable|advisable)|(?:vi|we|me|${CONTROLLER_BODY}) (?:see|sees|ser) (?:it )?fit|(?:vi|me|${CONTROLLER_BODY}) (?:finner|finn) (?:det )?for godt|(?:det er |det trengst |det trengs |it is |is |are |there is a )?(?:nødvendig|naudsynt|naudsynleg|necessary|needed|required|behov|need|formålstjenlig|formålstenleg|føremålstenleg|føremålstenlig|hensiktsmessig|tenleg|tjenlig|appropriate|useful|expedient)|(?:vi|we) (?:(?:may|might|could|will|still|kan|vil|fortsatt|framleis) )?(?:trenger|treng|trenge|need|require|(?:har|have|ha) (?:behov for|bruk for|nytte av|a need for|need of|use for))(?: dem| dei| them| it| (?:the |our )?(?:opplysning\p{L}*|personopplysning\p{L}*|opptak\p{L}*|dokument\p{L}*|bilde\p{L}*|bilder|bilete\p{L}*|fil(?:ene|ane|a)|logg(?:en|ane|ene)|data(?:ene)?|informasjonen|kopi(?:en|ane|ene)|data|recordings?|records|files|documents|logs|images|footage|information|copies))?|(?!du |de |dere |dykk |you )[\p{L}-]+ (?:trenger|treng|needs|requires|(?:har|has) (?:behov for|bruk for|a need for|need of)) (?:dem|dei|them|it|opplysningene|opplysningane|the data|ho|han|henne|den|det|dokumentasjonen|dokumentasjon))(?: for (?:formålet|føremålet|the purposes?|dem|dei|them|it|opplysningene|opplysningane|the data|oss|us|(?:the |our )?(?:[\p{L}-]*(?:skulen|skolen|biblioteket|museet|kommunen|verksemda|virksomheten|organisasjonen|selskapet|foreningen|foreininga|laget|klubben|eininga|enheten)|school|library|museum|municipality|organisation|organization|company|business|club)(?:s|'s)?(?: (?:purposes?|needs?|operations|formål|føremål|behov|drift))?|${PURPOSE_NOUN}))?(?: (?:for å|for å kunne|til å) (?:oppnå|nå|oppfylle|oppfylla|innfri|ivareta) (?:formålet|føremålet|formåla|formålene|føremåla)(?: med [\p{L}-]+(?: [\p{L}-]+){0,2})?| (?:in order )?to (?:achieve|fulfil|fulfill|meet|serve) (?:the|its|our|that) purposes?(?: (?:of|for) [\p{L}-]+(?: [\p{L}-]+){0,2})?)?$`,
  'u',
);
/**
 * A trigger that names no end at all: «until further notice», «inntil videre», «indefinitely»; or only a later use
 * («kept for future vacancies», «lagres for senere bruk», «til framtidige stillingar»): a purpose for keeping is not the
 * criterion that ends keeping (Art. 13(2)(a), 30(1)(f)). The whole trigger must be that phrase (up to two words after
 * the later use), so «for future vacancies, and at the latest one year after the application» names an end and passes.
 * A later transfer to an archive depot («til senere avlevering», «for later archiving») is no later use: it ends the
 * body's keeping, at a time the archive law sets (arkivlova, arkivforskrifta).
 * «Så lenge du er aktuell for oppdrag hos oss», «as long as you are relevant»: the controller alone decides relevance, so
 * it ends nothing either; nor does the application's or CV's relevance («så lenge søknaden er aktuell for andre
 * stillinger», «as long as your application may be of interest»: variants-megler EM33).
 */
const KEPT =
  '(?:(?:is |are |will be |blir |vert )?(?:kept|stored|held|retained|saved|lagres|lagra|lagret|lagrast|oppbevares|oppbevart|oppbevarast|tas vare på|takast vare på) )?';
/**
 * Deleted or kept «ved behov», «as needed» (R36, session 40): when the controller sees a need, which names no end (Art.
 * 13(2)(a)); the whole trigger must be that phrase.
 */
const DELETED_WHEN = '(?:(?:blir |vert |is |are |will be )?(?:slettes|slettast|sletta|slettet|deleted|erased|removed|anonymised|anonymized|anonymiseres) )?';
const NO_END = lazyPattern(
  `^(?:${KEPT}|${DELETED_WHEN})(?:ved behov|etter behov|når det er behov|når det trengst|når det trengs|as needed|when needed|if needed|as and when needed)$|^${KEPT}(?:until further notice|indefinitely|for an indefinite period|without (?:a |any )?time limit|inntil videre|inntil vidare|til videre|til vidare|på ubestemt tid|uten tidsbegrensning|utan tidsavgrensing)$|^${KEPT}(?:for|til|with a view to) (?:(?:possible|eventuelle|eventuell) )?(?:future|later|fremtidig|framtidig|fremtidige|framtidige|senere|seinare|seinere|kommende|komande)(?! (?:avlevering|avlevera|avleveres|arkivering|deponering|archiving|transfer to))(?: \\p{L}+){0,2}$|^${KEPT}(?:så lenge|so lenge|as long as) (?:du|de|dere|dykk|kandidaten|vedkommende|søkeren|søkjaren|you|the candidate|the applicant|den|dei|it|they|(?:søknaden|søknadene|søknadane|cv-en|profilen)(?: din| di| dine| dykkar)?|(?:the|your) (?:application|applications|cv|profile)) (?:er|is|are|remain|remains|stays|kan være|kan vere|may be|can be) (?:aktuell|aktuelle|relevant|of interest)(?: \\p{L}+){0,5}$`,
  'u',
);
/**
 * «As long as necessary» in other words (variants-paraphrase, 2026-11-30; «until they are no longer of use», R36 session 40): until the controller no longer needs the data
 * («inntil forbundet ikke lenger trenger dem», «til vi ikkje har bruk for dei lenger», «until no longer needed», «når
 * opplysningene ikke lenger trengs»; with the verb after the negation, as bokmål and nynorsk put it: «når opplysningene ikke
 * lenger er nødvendige», «til dei ikkje lenger er relevante», variants-skatt SK62), no end date («uten sluttdato», «ingen fastsatt slettetidspunkt», «no set deletion
 * date»), or only a case that may come («retained in case a suitable position opens later», «i tilfelle vi vil analysere
 * dem senere»): the storage-limitation principle restated, or a later use, not the criterion that ends keeping (Art.
 * 5(1)(e), 13(2)(a)). The whole trigger must be that phrase; one naming an end («in case of a claim, at the latest three
 * years after …») is not matched, nor a case of complaint, claim or dispute («i tilfelle kunden klager», «in case of a
 * legal claim»), which the limitation or complaint period bounds (as «hvis kunden klager» already passes).
 */
/**
 * Who no longer needs the data, or what is no longer needed, in NO_LONGER_NEEDED: the controller («vi», «forbundet»,
 * «kommunen», «the company») or the data itself («opplysningene», «dei», «the data»), or no one named. Not the person
 * («til brukeren ikke lenger trenger dem»: the aids lent) nor a measure or service («når tiltaket ikke lenger er
 * nødvendig», «når vergemålet ikkje lenger er naudsynt», «until accommodation is no longer needed»): its end is an event
 * of the person's case, the criterion Art. 13(2)(a) asks for (P's review, 2026-12-01: 12 of 12 such lawful triggers
 * fired).
 */
const NO_LONGER_SUBJECT = String.raw`(?:vi|we|det|it|de|dei|dem|they|them|the data|the information|the records|the documents|data|informasjonen|dokumentasjonen|dokumentene|dokumenta|(?:person)?opplysning(?:ene|ane|er|ar)|dataene|dataa|[\p{L}-]*(?:forbundet|foreningen|foreininga|laget|klubben|kommunen|fylkeskommunen|selskapet|virksomheten|verksemda|organisasjonen|firmaet|banken|etaten|direktoratet|tilsynet|kontoret|skolen|skulen|barnehagen|sykehuset|apoteket|biblioteket|museet)|${CONTROLLER_BODY}|the (?:company|municipality|organisation|organization|club|union|association|bank|controller|agency|school|firm|business))`;
const NO_LONGER_NEEDED = lazyPattern(
  `^${KEPT}(?:(?:til|inntil|until|når|when|once) (?:${NO_LONGER_SUBJECT} )?(?:er |is |are )?(?:(?:ikke|ikkje|no) (?:lenger|longer) (?:er |is |are |be )?(?:trenger|treng|trengs|trengst|needs?|needed|requires?|required|necessary|nødvendige?|naudsynte?|naudsynlege?|relevante?|(?:har|has|have) (?:behov|bruk) for|of use|of any use|useful|nyttige?|til nytte)(?: ${DATA_OBJECT})?|(?:ikke|ikkje) (?:har|trenger|treng) (?:behov for |bruk for )?${DATA_OBJECT} (?:lenger|lengre)|(?:no longer|not any longer) (?:have|has) (?:a )?(?:need|use) for ${DATA_OBJECT})|uten sluttdato|utan sluttdato|ingen (?:fastsatt |fastsett |fast )?(?:sluttdato|slettedato|slettetidspunkt|slettefrist)|no (?:set |fixed )?(?:end|deletion) date|without (?:an? )?(?:end|deletion) date|(?:in case|i tilfelle|i fall)(?! (?:.* )?(?:until|til|inntil|etter|after|senest|latest|innen|within)(?: |$))(?!(?: \\p{L}+)*? \\p{L}*(?:klag|complain|claim|krav|tvist|dispute|reklamas|foreld|limitation|rettskrav))(?: [\\p{L}-]+){1,8})$`,
  'u',
);
/**
 * A trigger that is the lifetime of the controller's system or business, not of anything about the person: «så lenge den
 * felles apotekjournalen er i drift», «så lenge systemet driftes», «as long as the service is in operation», «så lenge
 * virksomheten består», «as long as the company exists». A system runs and a company exists for as long as the
 * controller decides, so this ends nothing (Art. 5(1)(e), 13(2)(a)). The person's relationship («så lenge avtalen
 * består», «så lenge kundeforholdet varer», «as long as your account exists») is a criterion and is not matched: only
 * the words of operation («i drift», «driftes», «in operation») or a business noun with «består», «eksisterer»,
 * «exists» are read, the whole trigger being that phrase (variants-apotek AP21).
 */
const LIFETIME = lazyPattern(
  `^${KEPT}(?:så lenge|so lenge|(?:for )?as long as) (?:\\p{L}+ ){0,4}?(?:er i drift|er i dagleg drift|er i daglig drift|blir drevet|blir driven|vert driven|drives|driftes|is in operation|are in operation|is operational|is operated|remains in operation|operates)$|^${KEPT}(?:så lenge|so lenge|(?:for )?as long as) (?:den |det |vår |vårt |our |the )?(?:\\p{L}+ )?(?:virksomheten|verksemda|selskapet|foretaket|føretaket|firmaet|organisasjonen|foreningen|foreininga|apoteket|butikken|kjeden|company|business|organisation|organization|firm|shop|pharmacy|chain) (?:består|eksisterer|finnes|fins|exists|exist|is in business)$`,
  'u',
);
/**
 * What makes an operation the person's, not the controller's (the integrator's review, 2026-11-30): their possessive
 * («ditt», «your», «kundens anlegg») or their relationship («medlemskapet», «abonnementet», «avtalen», «kontoen», «your
 * subscription … remains in operation»). Such a trigger is a criterion and LIFETIME does not read it.
 */
const PERSONS_OWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:your|ditt|din|dine|di|sitt|sin|sine|dykkar|kundens|kundane?s|medlemmets|medlemmenes|brukerens|brukarens|pasientens|customer's|member's|user's|patient's)(?![\p{L}])|medlemskap\p{L}*|abonnement\p{L}*|avtale\p{L}*|kundeforhold\p{L}*|konto\p{L}*|account\p{L}*|subscription\p{L}*|membership\p{L}*|contract\p{L}*`,
  'iu',
);
const lifetime = (t: string): boolean => LIFETIME().test(t) && !PERSONS_OWN().test(t);
/**
 * A trigger that waits for the person to ask: «til kunden ber om å bli slettet», «until you ask us to delete it». The
 * right to erasure (Art. 17) is the person's, not the controller's time limit: waiting for a request sets none (Art.
 * 5(1)(e) binds the controller of its own motion). «… eller etter tre år uten innlogging» names an end and passes.
 */
const UNTIL_ASKED = lazyPattern(
  `^${KEPT}(?:til|inntil|until) (?:kunden|du|brukeren|brukaren|den registrerte|vedkommende|medlemmet|the customer|you|the user|the data subject) (?:ber|krev|krever|asks?|requests?)(?: oss)?(?: om)?(?: (?:å bli |å få |to be |to have it |us to |for ))?(?:slettet|sletta|sletting|slette|sletta|deleted|delete|deletion|erasure|erased)(?: \\p{L}+){0,2}$`,
  'u',
);
/**
 * A trigger that only says the data is stored, perhaps where: «loggen lagres i systemet», «opplysningene oppbevares hos
 * oss», «stored in the case system». Keeping is what the entry is to limit; that it happens names no event or criterion
 * that ends it (Art. 13(2)(a), 30(1)(f)). The whole trigger must be at most three words, a storing verb and a place; any
 * word that can begin an end («til», «inntil», «etter», «når», «ved», «until», «after», «when», «så lenge») leaves it to
 * the other readings.
 *
 * An Art. 30(2) record (`role: processor`) need not state retention, and is not asked to. One that does, with a trigger
 * that sets no end by these readings, says the processor keeps the data without limit: the controller's instruction
 * should set one, and at the end of the service the processor «deletes or returns all the personal data to the
 * controller» (Art. 28(3)(g)); a warning (`processor-no-limit`).
 */
const STORED_ONLY = lazyPattern(
  String.raw`^(?!(?:.* )?(?:til|inntil|etter|når|ved|før|innen|senest|så|so|until|after|when|once|upon|on|before|as|at the latest|slettes|deleted|anonymiseres|anonymised)(?: |$))(?:\p{L}+ ){0,3}(?:(?:blir|vert|er|is|are|will be|gets) )?(?:lagres|lagret|lagra|lagrast|oppbevares|oppbevart|oppbevarast|tas vare på|takast vare på|loggføres|loggført|logges|stored|kept|saved|retained|held|logged)(?: (?:i|in|på|hos|inside|within|with|med|av|by) (?:\p{L}+)(?: \p{L}+){0,3})?$`,
  'u',
);
const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[.,;:!?«»"'()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A period or span said after the place word, which STORED_ONLY's place would take for a place (W2 false-alarm review,
 * 2026-11-30): a number or a unit of time («lagres i tre måneder», «oppbevares i ti år», «kept in archive for five
 * years», «lagres i 30 dager»), a span («lagres i arbeidsforholdet», «i ansettelsesperioden», «i skoletida», «i
 * skoleåret», «for the season»). These set
 * an end.
 */
const DURATION = lazyPattern(
  String.raw`\d|(?<![\p{L}])(?:dag|dager|dagar|døgn|uke|uker|veke|veker|måned|måneder|månad|månader|år|time|timer|timar|days?|weeks?|months?|years?|hours?)(?![\p{L}])|\p{L}*(?:perioden|perioda|forholdet|tida|tiden|året|sesongen|semesteret|terminen)(?![\p{L}])|(?<![\p{L}])(?:season|semester|term)(?![\p{L}])|(?<![\p{L}])(?:during|throughout)(?![\p{L}])`,
  'iu',
);
/**
 * In an Art. 30(2) record, a trigger that names the controller («så lenge kunden trenger dem», «så lenge
 * behandlingsansvarlig har behov for dem», «lagres hos oppdragsgiveren») leaves the end to the controller's instruction,
 * as Art. 28(3)(a) and (g) do: no `processor-no-limit` (W2 false-alarm review, 2026-11-30).
 */
const CONTROLLER_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:kunde\p{L}*|behandlingsansvarleg\p{L}*|behandlingsansvarlig\p{L}*|oppdragsgiv\p{L}*|oppdragsgjev\p{L}*|controller\p{L}*|customer\p{L}*|clients?)(?![\p{L}])`,
  'iu',
);
/**
 * A trigger that waits for the controller's own clean-up: «til vi ryddar i Speedadmin», «inntil vi rydder opp i
 * registeret», «until we clean up the system». When the body tidies up is its own choice, so this ends nothing (Art.
 * 5(1)(e), 13(2)(a); variants-kultur KU75). A clean-up at a stated time («ved utgangen av skuleåret», «kvart år», «within
 * 30 days») names an end: DURATION leaves it.
 */
const CLEAN_UP = lazyPattern(
  String.raw`^(?:til|inntil|until|når|when) (?:vi|we|[\p{L}-]+) (?:ryddar|rydder|rydda|ryddet|rydde|gjer opprydding|gjør opprydding|cleans? up|tid(?:y|ies) up|purges?)(?: opp)?(?: (?:i|in|opp i|på|the|our|vår|vårt) (?:[\p{L}-]+)(?: [\p{L}-]+){0,2})?$`,
  'u',
);
const cleanUp = (t: string): boolean => CLEAN_UP().test(t) && !DURATION().test(t);
const storedOnly = (t: string): boolean => STORED_ONLY().test(t) && !DURATION().test(t);
/**
 * Keeping while the controller finds the data useful («as long as the documents may be useful for future engagements»,
 * «så lenge opplysningene kan være nyttige»), or until the controller's own people decide («until the partners decide it
 * is no longer needed», «til ledelsen bestemmer noe annet»): the controller's judgement, not a criterion that ends keeping
 * (Art. 5(1)(e), 13(2)(a); variants-advokat AD08, AD67). The whole (trimmed) trigger must be that phrase.
 * The controller's finding the data useful, with the data named («as long as we consider the address useful for
 * marketing», «så lenge vi anser adressa som nyttig»: variants-trafikkskole TS07; F6, session 20): only the words of use
 * (a judgement of «necessary» with a purpose after it is read by AS_LONG_AS_NECESSARY alone).
 */
/** «Still» before or after the modal («as long as they may still be of use», «så lenge dei framleis kan vere nyttige»: EV49, R36 session 40). */
const STILL = '(?:(?:still|fortsatt|framleis|fremdeles|ennå|enno|stadig) )?';
const WHILE_USEFUL = lazyPattern(
  `^${KEPT}(?:så lenge|so lenge|(?:for )?as long as) (?:(?:the|de|dei|our|våre)\\s)?(?:\\p{L}+ )?${STILL}(?:(?:may|might|can|could|kan) ${STILL}(?:be|være|vere|bli)|are|is|remain|remains|er|blir) ${STILL}(?:useful|relevant|of use|of value|valuable|nyttige?|nyttig|relevante?|til nytte|av verdi)(?: [\\p{L}-]+){0,8}$|^${KEPT}(?:så lenge|so lenge|(?:for )?as long as) (?:vi|me|we|${CONTROLLER_BODY}) (?:consider|considers|deem|deems|find|finds|judge|judges|think|thinks|believe|believes|anser|ser på|mener|meiner|finner|finn|vurderer) (?:[\\p{L}-]+ ){0,3}?(?:to be |as |som |å være |å vere |er |is |are )?(?:useful|of use|of value|valuable|nyttige?|til nytte|av verdi)(?: (?:for|til|i|in|to) (?!(?:.* )?(?:and|og) )[\\p{L}-]+(?: [\\p{L}-]+){0,3})?$`,
  'u',
);
/**
 * A criterion after the words of use that ends the keeping («as long as the newsletter is useful to the subscriber, until
 * they unsubscribe», «så lenge nyhetsbrevet er nyttig for mottakaren, til hen melder seg av»): the keeping ends at that
 * event, a criterion Art. 13(2)(a) accepts («the criteria used to determine that period»); an unsubscription withdraws
 * the consent the newsletter rests on (Art. 7(3)) and the address is then to be erased (Art. 17(1)(b)). Read where the
 * words from «until», «til», «inntil», «when», «når» on are no empty criterion themselves («… until we decide otherwise»
 * stays one). F8, session 21 (session 20's reviewer's wording).
 */
const THEN_UNTIL = lazyPattern(
  String.raw`(?<![\p{L}])(?:until|till|inntil|(?:til|when|once|når|etter at|after) (?=(?:hen|han|ho|hun|dei|de|du|they|he|she|you|the|mottakaren|mottakeren|abonnenten|medlemmet|kunden|personen|vedkommande|vedkommende)(?![\p{L}])))`,
  'u',
);
function whileUseful(t: string): boolean {
  if (!WHILE_USEFUL().test(t)) return false;
  const m = THEN_UNTIL().exec(t);
  return m === null || endless(t.slice(m.index));
}
const UNTIL_DECIDED = lazyPattern(
  `^${KEPT}(?:til|inntil|until) (?:the |our |vi |we )?(?:partners?|partnerne|partnarane|management|ledelsen|leiinga|the firm|firmaet|the company|selskapet|virksomheten|verksemda|we|vi|the board|styret|daglig leder|dagleg leiar|the managing partner|managing partner) (?:decides?|decide|determines?|finds?|considers?|bestemmer|bestemmer seg|avgjør|avgjer|finner|meiner|mener)(?!(?: [\\p{L}-]+)*? (?:years?|months?|weeks?|days?|år|måneder|månader|veker|uker|dager|dagar|deadline|frist(?:en)?)(?![\\p{L}]))(?: [\\p{L}-]+){0,12}$`,
  'u',
);
/** A business that practises («as long as the firm practises»): its lifetime, like LIFETIME's «består». */
const PRACTISES = lazyPattern(
  `^${KEPT}(?:så lenge|so lenge|(?:for )?as long as) (?:den |det |vår |vårt |our |the )?(?:\\p{L}+ )?(?:firm|company|business|firmaet|selskapet|virksomheten|verksemda|kontoret|the office|advokatfirmaet) (?:practises|practices|praktiserer|driv|driver|operates|trades|is in practice|er i drift)$`,
  'u',
);
/** The readings above, on one (normalised) phrase. */
const endless = (t: string): boolean =>
  AS_LONG_AS_NECESSARY().test(t) ||
  NO_END().test(t) ||
  UNTIL_ASKED().test(t) ||
  lifetime(t) ||
  NO_LONGER_NEEDED().test(t) ||
  whileUseful(t) ||
  UNTIL_DECIDED().test(t) ||
  PRACTISES().test(t) ||
  cleanUp(t);
/**
 * A trigger written as a sentence («entries stay in the conflict register for as long as the firm practises, since a
 * conflict may arise at any time», «applications are kept in our talent pool for future vacancies», «kept after the
 * employment ends until the partners decide …»): the phrase that sets (or fails to set) the end is read from the word
 * where it begins, with a reason after a comma («, since …», «, fordi …») left out. Only where nothing before it names an
 * end (a number, a deadline, «deleted», «senest»), so «deleted after three years, or kept until further notice» is not
 * read as having none (variants-advokat AD05, AD49, AD67).
 */
const PHRASE_START = lazyPattern(
  String.raw`(?<![\p{L}])(?=(?:for |så lenge|so lenge|as long|until |til |inntil |indefinitely|på ubestemt|without |uten |utan |in case|i tilfelle))`,
  'giu',
);
const REASON_AFTER = lazyPattern(String.raw`,\s*(?:since|because|as|fordi|sidan|sida|ettersom|da|so that|slik at|in order to|for å)(?![\p{L}]).*$`, 'iu');
const END_NAMED = lazyPattern(
  String.raw`\d|(?<![\p{L}])(?:deleted|slettes|slettast|sletta|anonymised|anonymiseres|within|innen|innan|senest|at the latest|years?|months?|weeks?|days?|år|måneder|månader|veker|uker|dager|dagar)(?![\p{L}])`,
  'iu',
);
function sentenceEndless(trimmed: string): boolean {
  for (const m of trimmed.matchAll(PHRASE_START())) {
    if (m.index === 0) continue;
    if (END_NAMED().test(trimmed.slice(0, m.index))) return false;
    if (endless(trimmed.slice(m.index).trim())) return true;
  }
  return false;
}
/**
 * «No longer than (is) necessary», «ikke lenger enn (det som er) nødvendig»: Art. 5(1)(e)'s own words («for no longer
 * than is necessary for the purposes»), the principle restated as «as long as necessary» is (B12, session 45:
 * bodies/spond «no longer than is necessary for the purpose and statutory duties», bodies/megleroppgjoret «ikke lenger enn
 * det som er nødvendig for å oppfylle formålet med behandlingen eller lovpålagte plikter vi har»). Read by writing the
 * phrase as AS_LONG_AS_NECESSARY's «så lenge det er» / «as long as it is», so that the same tails pass or fail: «no
 * longer than necessary to process the application» names an event and stays a criterion. «Ikke lenger enn tre år» is
 * not rewritten: the words after «enn» / «than» must be a word of necessity.
 */
const DATA_WORD = String.raw`(?:dine |your |våre |our )?(?:dem|dei|them|it|opplysning(?:er|ar|ene|ane)|personopplysning(?:er|ar|ene|ane)|the data|data|dataene|information|the information|personal data|informasjonen)`;
const NO_LONGER_THAN = lazyPattern(
  String.raw`^(?:${DATA_WORD} )?(?:(?:vi|we|me) )?(?:(?:lagrer|lagrar|oppbevarer|oppbevarar|keep|store|retain|hold) )?(?:(?:blir|vert|is|are|will be|will|vil|skal|shall|do|does) )?(?:ikke|ikkje|no|not) (?:(?:bli|be) )?(?:(?:lagret|lagra|oppbevart|kept|stored|retained|held|keep|store|retain|hold|lagre|oppbevare) )?(?:${DATA_WORD} )?(?:lenger|lengre|longer) (?:enn|than) (?:det som er |det er |hva som er |kva som er |is |it is |what is |they are |it's )?(?:strengt |strictly )?(?=(?:nødvendig|naudsynt|naudsynleg|necessary|needed|required)(?: |$))`,
  'u',
);
/**
 * A generic legal duty coordinated with the purpose at the end («… for the purpose and statutory duties», «… formålet
 * med behandlingen eller lovpålagte plikter vi har»): no law is named, so no period follows from it (Art. 13(2)(a)); the
 * phrase before it is read alone. A duty under a named law («… eller lovpålagte plikter etter bokføringsloven») is not
 * matched: the whole tail must be the generic words.
 */
const GENERIC_DUTY_TAIL = lazyPattern(
  String.raw` (?:og|eller|and|or|og/eller|and/or) (?:for å oppfylle |å oppfylle |for å overholde |to meet |to fulfil |to fulfill |to comply with |for )?(?:våre |our |andre |other |any |eventuelle |gjeldende |applicable )?(?:lovpålagte|lovpålagde|lovbestemte|rettslige|juridiske|statutory|legal|regulatory) (?:plikter|forpliktelser|forpliktingar|krav|duties|obligations|requirements)(?: (?:vi har|me har|we have|that apply|som gjelder|som gjeld))?$`,
  'u',
);
/** The trigger said as «så lenge det er nødvendig …» with a generic legal duty after it left out (both readings above). */
const asLongAsSaid = (n: string): string => {
  const m = NO_LONGER_THAN().exec(n);
  const rewritten = m === null ? n : `${/ enn /u.test(m[0]) ? 'så lenge det er' : 'as long as it is'} ${n.slice(m[0].length)}`;
  return rewritten.replace(GENERIC_DUTY_TAIL(), '');
};
/** The trigger's text (in the first language that has one) when it sets no end, by any of the readings above. */
export function emptyCriterion(trigger: Parameters<typeof localText>[0]): string | undefined {
  const texts = LANGUAGES.map((l) => localText(trigger, l)).filter((t): t is string => t !== undefined);
  return texts.find((t) => {
    const n = normalise(t);
    if (endless(n) || storedOnly(n)) return true;
    const said = asLongAsSaid(n);
    if (said !== n && AS_LONG_AS_NECESSARY().test(said)) return true;
    const reasonless = normalise(t.replace(REASON_AFTER(), ''));
    return endless(reasonless) || sentenceEndless(reasonless);
  });
}

/**
 * A length said only vaguely, with no event or measure: «i en begrenset periode», «i ei avgrensa tid», «i kort tid», «i en
 * periode», «midlertidig», «for a limited time», «for a reasonable period», «for some time». The period Art. 13(2)(a) asks
 * for is one the person can count (or the criteria that fix it), and Art. 30(1)(f) asks for «the envisaged time limits for
 * erasure»: a period that is only «limited» restates storage limitation (Art. 5(1)(e)) without saying it. A warning
 * (`vague-period`): the words at least say the keeping ends. The whole trigger must be that phrase, so a period tied to an
 * event («i en begrenset periode etter at saken er avsluttet», «til saken er avsluttet», «until the case is closed») or a
 * number («for a limited period of six months») is not read; «så lenge det er nødvendig» is AS_LONG_AS_NECESSARY's (an
 * error, as before).
 */
const VAGUE_ADJECTIVE = String.raw`(?:begrenset|begrensa|avgrenset|avgrensa|avgrensede|begrensede|viss|visst|bestemt|kort|kortare|kortere|rimelig|rimeleg|passende|høvelig|høveleg|fastsatt|fastsett|nærmere|nærare|limited|certain|short|shorter|reasonable|appropriate|suitable|set|fixed|defined|given|restricted)`;
const VAGUE_PERIOD = lazyPattern(
  `^${KEPT}(?:(?:i|for|in|over|under|during) )?(?:(?:en|ei|ein|et|eit|a|an|some) (?:${VAGUE_ADJECTIVE} )?|${VAGUE_ADJECTIVE} )(?:periode|perioder|tid|tidsrom|tidsperiode|stund|period|periods|time|while|duration|length of time|amount of time)$|^${KEPT}(?:midlertidig|mellombels|temporarily|for the time being|for now|for a while|en stund|ei stund|ei tid|en tid)$`,
  'u',
);
/** The trigger's text (in the first language that has one) when it says the length only vaguely (exported for test/rules). */
export function vaguePeriod(trigger: Parameters<typeof localText>[0]): string | undefined {
  return LANGUAGES.map((l) => localText(trigger, l))
    .filter((t): t is string => t !== undefined)
    .find((t) => VAGUE_PERIOD().test(normalise(t)));
}

/**
 * A trigger that names only the event a period counts from, with no period (`trigger: etter at vervet er avsluttet`,
 * «after the case is closed», «regnet fra kontraktens utløp»): the schema's trigger is «the event the period counts from, or
 * the criterion that ends retention», and «etter at» / «after» / «regnet fra» say the first, so the entry says when the
 * keeping's clock starts but not when it ends (Art. 30(1)(f), 13(2)(a)). A criterion that ends keeping is said «når …»,
 * «til …», «until …», «when …» (variants-forvaltning FV03, W6 session 46: no base or body in the corpus writes a
 * start-only trigger; «etter instruks frå …» and «etter reglene i …», «according to», are not read). A warning
 * (`start-without-period`): «after X» may be meant as «when X». The whole trigger must be the start phrase and one
 * event of at most ten words (a trigger that says the deletion itself, «slettes etter bruk», is not read), with no word
 * of an end (a number, «senest», «når», «til», «straks», «immediately») after it.
 */
const START_ONLY = lazyPattern(
  String.raw`^(?:etter at|etter endt|etter utløpet av|etter utløp av|etter avslutta|etter avsluttet|etter avslutning av|etter avslutninga av|etter avslutningen av|after|regnet fra|rekna frå|counted from|starting from) (?!(?:.* )?(?:til|inntil|når|senest|seinast|straks|umiddelbart|omgåande|omgående|until|when|once|at the latest|immediately|promptly|without delay|uten opphold|utan opphald|deretter|thereafter|instruks|instruksjon|instructions?|reglene|reglane|rules|bevarings|kassasjons)(?: |$))[\p{L}-]+(?: [\p{L}-]+){0,9}$`,
  'u',
);
/** The trigger's text (in the first language that has one) when it names only the start of a period that is not given. */
export function startOnly(trigger: Parameters<typeof localText>[0]): string | undefined {
  return LANGUAGES.map((l) => localText(trigger, l))
    .filter((t): t is string => t !== undefined)
    .find((t) => !/\d/u.test(t) && START_ONLY().test(normalise(t)));
}

export default defineRule(
  {
    id: 'retention-defined',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(f); 13(2)(a); 14(2)(a); 5(1)(e)',
    messages: [
      'none',
      'no-limit',
      'no-limit-policy',
      'law-only',
      'law-only-policy',
      'uncovered',
      'as-long-as-necessary',
      'processor-no-limit',
      'undecided-in-words',
      'vague-period',
      'start-without-period',
      'never-in-words',
    ],
    processorRecords: true,
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      // An Art. 30(2) record need not state retention; one that does, with words that set no end, is read below alone.
      const processor = r.activity.role === 'processor';
      const c = retentionCoverage(r);
      if (processor) {
        r.retention.forEach((entry, index) => {
          if (entry.period !== undefined || entry.permanent === true || entry.trigger === undefined) return;
          const empty = emptyCriterion(entry.trigger);
          if (empty === undefined || CONTROLLER_WORD().test(empty) || r.activity.retention?.[index] === undefined) return;
          const where = join('/retention', index, ...(r.activity.retention[index].policy !== undefined ? ['policy'] : ['trigger']));
          report.activity(r, where, 'processor-no-limit', { text: empty }, { severity: 'warning' });
        });
        continue;
      }
      if (c.none) {
        report.activity(r, '/retention', 'none');
        continue;
      }
      for (const e of c.undefinedEntries) {
        const entry = r.retention[e.index]!;
        const where = join('/retention', e.index, ...(r.activity.retention?.[e.index]?.policy !== undefined ? ['policy'] : []));
        const policy = entry.policy?.id ?? '';
        if (e.lawOnly) {
          report.activity(
            r,
            where,
            policy ? 'law-only-policy' : 'law-only',
            { policy, laws: entry.law.map((l) => citeLaw(l, ctx.registry.languages[0]!)) },
            { severity: 'warning' },
          );
        } else report.activity(r, where, policy ? 'no-limit-policy' : 'no-limit', { policy });
      }
      r.retention.forEach((entry, index) => {
        if (entry.period !== undefined || entry.permanent === true || entry.trigger === undefined) return;
        if (r.activity.retention?.[index] === undefined) return;
        const where = join('/retention', index, ...(r.activity.retention[index].policy !== undefined ? ['policy'] : ['trigger']));
        // A vague length first: «lagres i en begrenset periode» is a stored-only trigger too, and the warning says more.
        const vague = vaguePeriod(entry.trigger);
        if (vague !== undefined) {
          report.activity(r, where, 'vague-period', { text: vague }, { severity: 'warning' });
          return;
        }
        const empty = emptyCriterion(entry.trigger);
        if (empty !== undefined) {
          report.activity(r, where, 'as-long-as-necessary', { text: empty });
          return;
        }
        const start = startOnly(entry.trigger);
        if (start !== undefined) report.activity(r, where, 'start-without-period', { text: start }, { severity: 'warning' });
      });
      // The activity's own words say the time of keeping is not decided («vi har ikke bestemt hvor lenge bildene lagres», «we
      // have not decided how long the photos are kept»: src/check/kept-forever.ts `undecidedIn`), whatever the entries say:
      // the record then gives no time limit for those data (Art. 30(1)(f)), and the notice none (Art. 13(2)(a)).
      const undecided = activityUndecided(r);
      if (undecided !== undefined) report.activity(r, undecided.pointer, 'undecided-in-words', { words: undecided.words }, { severity: 'warning' });
      // The activity's words say the data are never deleted or kept for ever («Bildene slettes aldri», «kept as long as the
      // centre exists»: kept-forever.ts `keptForeverIn`), while every entry gives them an end (a period, no permanent keeping):
      // the record's time limit is not the one kept (Art. 30(1)(f)), and the notice would promise an erasure that does not
      // happen (Art. 13(2)(a); R29, session 38: variants-ambulanse AM47). permanent-retention-basis asks for the Art. 89 or
      // archive basis of the same words; this asks for the record to say the keeping as it is. Not where an entry's main-rule
      // exceptions say that keeping themselves (B9, session 42; bodies/kampsportforbundet: «12 mnd», except what «skal
      // ivaretas av historiske årsaker … vil dine data ikke bli slettet»): the record says it as it is.
      else if (
        r.retention.length > 0 &&
        r.retention.every((e) => e.permanent !== true) &&
        r.retention.some((e) => e.period !== undefined) &&
        !r.retention.some((e) => e.exceptions !== undefined && LANGUAGES.some((l) => keptForeverIn(localText(e.exceptions!, l) ?? '') !== undefined))
      ) {
        const never = activityKeptForever(r);
        if (never !== undefined) report.activity(r, never.pointer, 'never-in-words', { words: never.words }, { severity: 'warning' });
      }
      // Storage limitation is lifted where only journalistic or other expression uses the category (personopplysningsloven § 3).
      for (const u of c.uncovered)
        if (!categoryExempt(r, u.id, ctx.reference)) report.activity(r, join('/dataCategories', u.index), 'uncovered', { category: u.id });
    }
  },
);
