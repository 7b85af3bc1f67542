import { COMES_GOES_LOGS, EACH_WHEN_HEAD } from '../check/lexicon-words.js';
import { isLaw, lawOrgFor, lawsFit, NEGATION, PART_END, SENTENCE_END, textsOf } from '../check/facts.js';
import { activityTexts } from '../check/prose-activity.js';
import { staffMeasured } from '../check/co-occurrence.js';
import { withoutPast } from '../check/past.js';
import { isArt6 } from '../model/resolve.js';
import { defineRule, rememberingActivities } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { byText } from '../util/memo.js';
import { gated, gatedAll, prefilterAny, ways } from '../util/prefilter.js';
import { lazyPattern, type LazyPattern } from '../util/lazy-pattern.js';

/**
 * Arbeidsmiljøloven chapter 9: a measure to check employees' work is a control measure. § 9-1 (1): it is allowed
 * only with an objective reason in the business's circumstances («saklig grunn i virksomhetens forhold») and when
 * it does not burden the employee disproportionately; § 9-2: its need and design are discussed with the employees'
 * representatives as early as possible, and those affected are told its purpose, consequences and duration before
 * it starts. The camera regulation (FOR-2018-07-02-1107 § 2) applies chapter 9 to camera surveillance at work.
 * A purpose that says it checks, measures or monitors how employees work (pace, productivity, breaks, the individual
 * adviser's sales or call quality) in an
 * activity about employees gets a warning: the record should show the § 9-1 assessment, and a camera or log kept
 * for security cannot be turned to it without one (Art. 5(1)(b)). Recognised by the purpose's words (nb, nn, en).
 * A purpose whose only Art. 6 basis is a legal obligation with its law named is not judged, unless ropa knows that law
 * cannot lay down one (arbeidsmiljøloven § 9-1 sets conditions only: data/norwegian-law.json `limits`).
 */
const WHAT = lazyPattern(
  String.raw`bruk\p{L}* (?:til (?:dei|de) (?:tilsette|ansatte) |av (?:dei|de) (?:tilsette|ansatte) )?av e-post og internett|e-post- og internettbruk|e-postbruk|internettbruken|use of e-?mail and (?:the )?internet|e-?mail and internet use|idle time|time spent (?:on|per) (?:each |a )?(?:job|task|assignment)|time per (?:job|task)|driving behaviou?r|driving style|tomgang|kjøreatferd|kjørestil|tidsbruk per (?:oppdrag|jobb)|arbeidstempo|arbeidsinnsats|arbeidsutførelse|arbeidsutføring|arbeidsprestasjon|produktivitet|pauser|nettbruk|internettbruk|nettleserhistorikk|nettlesarhistorikk|browsing history|browser history|work performance|productivity|breaks|web use|internet use|samtalekvalitet|salgsresultat|salsresultat|sales performance|(?<![\p{L}])(?:hvor|kor) (?:raskt|fort) (?:(?:hver|hvert|kvar|kvart)(?!\s+(?:avdeling|eining|enhet|seksjon|team|skole|skule|barnehage|kontor|sak|søknad|henvendelse|førespurnad|bestilling|ordre|pakke|sending)\p{L}{0,3}(?![\p{L}]))|den enkelte|de ansatte|dei tilsette|medarbeiderne|medarbeidarane)(?![\p{L}'’])(?!\s+(?:får|fær|fekk|fikk|blir|vert|ble|blei|avspaserer|avspaserar|tar ut|tek ut)(?![\p{L}]))|how (?:fast|quickly) (?:each(?!\s+(?:department|unit|team|school|office|case|application|request|ticket|order|parcel|delivery)s?(?![\p{L}]))|the employees|employees|staff|our staff)(?![\p{L}'’])(?!\s+(?:get|gets|got|receive|receives|received|are|is|were|was|take out|takes out|take time off)(?![\p{L}]))|(?<![\p{L}])(?:gps|whereabouts)(?![\p{L}])|(?<![\p{L}])(?:hvordan|korleis|how)\s+(?:den enkelte|hver enkelt|kvar enkelt|each|every|the individual)\s+(?:\p{L}+\s+)?(?:bruker|brukar|uses|use)\s+(?:\p{L}+\s+){0,1}?(?:\p{L}*system\p{L}*|pc\p{L}*|datamaskin\p{L}*|computers?|verktøy\p{L}*|tools?|internett|nettet|the\s+internet|e-?posten|e-?mail)(?![\p{L}])`,
  'iu',
);
/**
 * Where an employee is («posisjonen fra appen», «employees' location»): a measure of the employee only where a means
 * that locates them is named beside it (LOCATING). «Posisjon» and «position» are also a job or role («tilgangene
 * samsvarer med den ansattes posisjon og rolle», «check that access rights match employees' positions»): an access-rights
 * review is no tracking.
 */
const POSITION = lazyPattern(
  String.raw`(?<![\p{L}])(?:posisjon\p{L}*|lokasjon\p{L}*|geolokasjon\p{L}*)(?![\p{L}])|(?:employees'?|staff'?s?|workers'?)\s+(?:location|position)s?`,
  'iu',
);
const LOCATING = lazyPattern(
  String.raw`(?<![\p{L}])(?:gps|app\p{L}*|mobil\p{L}*|telefon\p{L}*|smarttelefon\p{L}*|phone\p{L}*|kjøretøy\p{L}*|bil|bilen|bilene|bilane|servicebil\p{L}*|firmabil\p{L}*|vehicles?|vans?|cars?|sporing\p{L}*|track\p{L}*|geofenc\p{L}*|kart\p{L}*|maps?|beacons?|bluetooth|wi-?fi|nettverk\p{L}*|network|adgangskort\p{L}*|badges?|rfid|pos\p{L}*system\p{L}*|tracker\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * The individual employee as the object («den enkelte rådgivers salg», «hver konsulents aktivitet», «kvar tilsett sin»,
 * «each agent's call quality», «hver kundebehandler» in a customer centre): a measure of how they work only with a word
 * of work performance beside it; checking that each employee has done a course or signed a declaration is no control of
 * how they work. The time each one takes («måle tidsbruken til kvar tilsett hos brukarane», «normtid», «time spent by
 * each employee») is such a word: measuring it is measuring pace (variants-omsorg O48, a home-care service's visit
 * registrations). Not an individual named in a negation («tallene viser ikke den enkelte ansatte», «figures that show no
 * individual employee»): aggregate figures. The individual may be named by occupation (health personnel, drivers: «each
 * dentist and hygienist», «hver sykepleier», «each driver's»), and rates and bonuses are words of performance («how many
 * records each dentist handles per day, as a basis for bonuses»: variants-tannlege T33).
 */
const OCCUPATION = [
  'rådgiver|rådgjevar|veileder|rettleiar|saksbehandler|sakshandsamar|selger|seljar|konsulent|agent|kundebehandler|kundebehandlar|kundehandsamar|kunderådgiver|kunderådgjevar|kundeveileder|kunderettleiar|telefonist|employee|adviser|advisor|consultant|caseworker|case officer|case handler',
  'tannlege|tannpleier|tannpleiar|lege|sykepleier|sjukepleiar|fysioterapeut|psykolog|terapeut|sjåfør|dentist|hygienist|nurse|doctor|physician|therapist|clinician|driver',
  // Paraphrases of caught defects (variants-paraphrase): teachers, recruiters, couriers, technicians, inspectors, cashiers.
  'lærer|lærar|teacher|rekrutterer|rekrutterar|recruiter|courier|tekniker|teknikar|technician|montør|kontrollør|inspector|kasserer|kasserar|cashier',
  // Law firms (variants-advokat AD42): the lawyers and trainees whose hours are recorded per matter.
  'advokat|advokatfullmektig|jurist|lawyer|associate|fee earner|solicitor|paralegal',
  // Estate agencies (variants-megler EM34): the brokers whose e-mail and call logs are read.
  'megler|meglar|meklar|eiendomsmegler|eigedomsmeklar|broker|estate agent',
  // Security companies (variants-vakt VK43): the alarm-centre operators whose calls are listened to, and the guards.
  'operatør|operator|alarmoperatør|alarmoperator|vekter|vektar|security guard',
  // Online platforms (variants-dating DT57): the content moderators and support agents whose handling is measured.
  'moderator|moderatorar|moderatorer|moderatoren|content moderator|support agent|kundeservicemedarbeider|kundeservicemedarbeidar',
  // Inspectors and case officers in the public sector's own words (variants-mattilsyn MT62, variants-verje VE62; E, session
  // 18): «kvar inspektør», «kvar saksbehandlar» (the nynorsk spelling in use beside «sakshandsamar»).
  'inspektør|saksbehandlar',
  // Cleaners, caretakers, coordinators, receptionists, secretaries and assistants (issue #12, R3, session 31: variants-hogskule
  // HS78 «kontrollere når reinhaldarane kjem og går», variants-paraphrase3 PC068 «how many bookings each coordinator has
  // handled»): staff of every body, named by their work.
  'renholder|renholdar|reinhaldar|reinhaldsarbeidar|cleaner|vaktmester|vaktmeister|caretaker|janitor|koordinator|coordinator|resepsjonist|receptionist|sekretær|secretary|assistent',
  // Driving schools (variants-trafikkskole TS05, TS17, TS24, TS87; B18, session 20): the instructors whose driving, breaks
  // and e-mail are checked; fitness and course instructors are named so too.
  'instructor|trafikklærer|trafikklærar|kjørelærer|køyrelærar|instruktør',
  // Workshops (variants-bilverksted BV55; FX, session 47): the mechanics whose clocked hours are set against
  // the book time.
  'mekaniker|mekanikar|bilmekaniker|bilmekanikar|mechanic',
].join('|');
/**
 * Delivery people whose word names other things too: «bud» is also a bid («hvert bud fra leverandørene»), «carrier» a
 * shipping company («the delivery time of each carrier»). Read as an employee only in an activity about employees (R1's
 * review, 2026-11-30: both opened a web shop's and a tender's purposes).
 */
const DELIVERY_PERSON = 'bud|carrier';
/** The owner in «X's idle time» is an employee named by occupation («technician's», «budenes»): kept by OTHERS_USE. */
const OCCUPATION_OWNER = lazyPattern(`^(?:${OCCUPATION}|${DELIVERY_PERSON})`, 'iu');
/**
 * The individual employee, by a word for employees or by one of `occupations`; or one of `occupations` after «per»
 * («antall samtaler og innbetalinger per saksbehandler», «calls per agent»: a figure for each of them; variants-inkasso
 * IK83, F, session 15). Not «per ansatt», «per employee» (a ratio over the staff: «salg per ansatt»). Nor the individual
 * as the one who receives («kvaliteten på opplæringa den einskilde tilsette får», «the training each employee receives»:
 * what they are given, not what they do; E, session 18), except what they get done («kvar inspektør får gjort»).
 */
/**
 * Figures not tied to the individual («uten å knytte tallene til den enkelte ansatte», «utan å knyte tala til den
 * einskilde», «without linking the figures to each agent»): aggregate figures, as a negation before them says (N's review
 * of B6, session 15: «Kundeservice måler behandlingstid per henvendelse samlet for hele avdelingen, uten å knytte tallene
 * til den enkelte ansatte» fired; N, session 16). Only a verb of tying after «uten», «without»: «uten at den enkelte
 * ansatte vet det» is a covert check.
 */
const NOT_TIED = String.raw`(?<![\p{L}])(?:uten|utan|without)\s+(?:å\s+)?(?:knytte|knyte|knytt|kople|koble|kopla|knytes|knytast|link\p{L}*|connect\p{L}*|tie|tying|attribut\p{L}*|identifisere|identifisera|identify\p{L}*|break\p{L}*\s+down|split\p{L}*)\s+(?:\p{L}+\s+){0,4}`;
/**
 * Norwegian job titles compound freely («helsesjukepleiar», «spesialsykepleier», «bussjåfør», «IT-konsulent»): the
 * individual named by a compound of these (variants-helsestasjon HS35 «kvar helsesjukepleiar»; R3, session 31). Only stems
 * of six letters or more that no English word holds («lege» stays out: «each privilege», «every college»).
 */
const COMPOUND_OCCUPATION = String.raw`[\p{L}-]{2,}(?:sykepleier|sjukepleiar|sykepleiar|terapeut|konsulent|rådgiver|rådgjevar|saksbehandler|saksbehandlar|sakshandsamar|sjåfør|tekniker|teknikar|montør|operatør|inspektør|instruktør|kontrollør|veileder|rettleiar|medarbeider|medarbeidar|arbeider|arbeidar|assistent|pleier|pleiar|koordinator|sekretær)`;
const individualOf = (occupations: string): LazyPattern =>
  lazyPattern(
    String.raw`(?<!(?<![\p{L}])(?:ikke|ikkje|not|no|ingen|inga|aldri|never)\s+(?:\p{L}+\s+)?)(?<!${NOT_TIED})(?:(?:den enkelte|de enkelte|dei enkelte|dei einskilde|hver enkelt|hvert enkelt|kvar enkelt|kvart enkelt|den einskilde|kvar einskild|kvart einskilt|hver|hvert|kvar|kvart|each|every|individual) (?:\p{L}*(?:ansatte|ansatt|tilsette|tilsett|medarbeider|medarbeidar)|(?:${occupations}|${COMPOUND_OCCUPATION})(?:s|'s|'|en|a)?(?![\p{L}]))(?!\p{L}*\s+(?:får|fær|fekk|fikk|receives?|received)(?![\p{L}])(?!\s+(?:gjort|unna)(?![\p{L}])))|(?<![\p{L}])per (?:(?!employee)(?:${occupations}))(?![\p{L}]))`,
    'iu',
  );
/**
 * The performance of employees named by occupation in the genitive, the performance word right after («vurdere
 * saksbehandlernes samtaleteknikk, innfordringsresultat og etterlevelse av manus», «the agents' call quality»,
 * «rådgivernes salg»: variants-inkasso IK48, F, session 15): the individual employees' performance, as «hver
 * saksbehandlers» is. Only with the performance word within one word after the genitive: «lærernes kontroll av elevenes
 * resultater» names the pupils' results.
 */
const GENITIVE_PERFORMANCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${OCCUPATION})(?:nes|enes|ernes|ene\s+sine|ane\s+sine|s'|s’|'s|’s)\s+(?:[\p{L}-]+,?\s+)?(?:samtaleteknikk\p{L}*|salg\p{L}*|salsresultat\p{L}*|\p{L}*resultat\p{L}*|kvalitet\p{L}*|samtalekvalitet\p{L}*|ytelse\p{L}*|yting\p{L}*|prestasjon\p{L}*|effektivitet\p{L}*|tempo|produktivitet\p{L}*|tidsbruk\p{L}*|måloppnåing\p{L}*|måloppnåelse\p{L}*|performance|output|results|sales|productivity|call\s+(?:quality|handling|technique)|handling\s+times?|driving\s+(?:style|behaviou?r|times?)|kjørestil\p{L}*|køyrestil\p{L}*|speed|speeding)(?![\p{L}])`,
  'iu',
);
const INDIVIDUAL_EMPLOYEE = individualOf(`${OCCUPATION}|${DELIVERY_PERSON}`);
/** INDIVIDUAL_EMPLOYEE without DELIVERY_PERSON: what makes a purpose of an activity not about employees about them. */
const INDIVIDUAL_NAMED = individualOf(OCCUPATION);
/**
 * The subject of «hvor aktive/effektive … er», «how busy/efficient … is», «hvor mye tid … bruker»: the employees must be
 * what is measured, named within two words after the adjective («hvor aktive de enkelte ansatte er», «how much time each
 * employee spends»). The tools, rooms, phone lines or customers whose activity is compared are not («Lederne sammenligner
 * hvor effektive de ulike sikkerhetsverktøyene er, og den enkelte ansatte blir ikke målt»: N3's review, 2026-12-02).
 */
const HOW_SUBJECT = String.raw`(?:\p{L}*ansatte?|\p{L}*tilsette?|tilsatte?|medarbeider\p{L}*|medarbeidar\p{L}*|arbeidstaker\p{L}*|arbeidstakar\p{L}*|employees?|staff|workers?|personnel|(?:${OCCUPATION})(?:e|er|ene|ar|ane|s|es)?|den\s+enkelte|den\s+einskilde|de\s+enkelte|dei\s+einskilde)(?![\p{L}])`;
/**
 * How long or how punctually the employees work («kor lenge kvar tilsett brukar på kvar grav», «hvor punktlig hver sjåfør
 * kjører», «how long each technician spends on a job», «how punctually each driver keeps the timetable»): a measurement of
 * each one's pace or punctuality, as «hvor raskt» is (issue #12, R3, session 31: variants-gravferd GF07, variants-kollektiv
 * K30). Not how long they have been employed, on leave or off sick (NOT_TENURE): tenure and sick-leave follow-up are the
 * employment's administration, not a check of how they work.
 */
const HOW_LONG_WORDS = String.raw`lenge|long|punktlige?|punktleg(?:e)?|punctual(?:ly)?|presist|presis|presise`;
const NOT_TENURE = String.raw`(?!\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:vore|vært|been|worked|jobbet|jobba|arbeidd|arbeidet)\s+(?:\p{L}+\s+)?(?:ansatt|tilsett|employed|here|her|hos\s+oss|with\s+us|for\s+us)|sykmeld\p{L}*|sjukmeld\p{L}*|syk|sjuk|sick|permisjon|permittert|on\s+leave|fråvær\p{L}*|fravær\p{L}*|absent)(?![\p{L}]))`;
/**
 * The measurement question with the employees as its subject: «hvor punktlig hver sjåfør kjører», read beside following up;
 * or how long each one spends («hvor lenge hver plukker bruker på hver ordre», «how much time each fitter takes»): a
 * person who spends time on the work, whatever their title, unless another group (OTHERS_SUBJECT: «hver kunde»).
 */
const HOW_MEASURE = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:${HOW_LONG_WORDS})(?![\p{L}])(?=\s+(?:[\p{L}-]+\s+){0,2}?${HOW_SUBJECT})${NOT_TENURE}|(?<![\p{L}])(?:hvor|kor|how)\s+(?:lenge|long|mye\s+tid|mykje\s+tid|lang\s+tid|much\s+time)\s+(?:hver|hvert|kvar|kvart|each|every)\s+([\p{L}-]+)\s+(?:bruker|brukar|brukte|nyttar|nytter|spends?|spent|takes?|took|needs?|needed|trenger|treng|trengte)(?![\p{L}])`,
  'iu',
);
/**
 * Who among the staff does worst or best («sjå kven som brukar lengst tid per konsultasjon», «se hvem som behandler færrest
 * saker», «find out which nurses take the longest per visit», «who is slowest»): the individual employee picked out by a
 * superlative of their pace or output, a ranking of each one's work (variants-helsestasjon HS34; R3, session 31). Only a
 * verb of spending time, being slow or fast, or handling work, with the superlative right after: «kven som har flest
 * vakter» (sharing out shifts) or «who has the most experience» is not read. Not another group after «av», «of» («kven av
 * elevane som brukar lengst tid»): OTHERS_SUBJECT, in code.
 */
const WHO_RANKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvem|kven|who|which\s+(?:of\s+(?:the\s+|our\s+)?)?(?:[\p{L}-]+\s+)?${HOW_SUBJECT})\s+(?:(?:av|of)\s+(?:de\s+|dei\s+|the\s+|our\s+|våre\s+)?([\p{L}-]+)\s+)?(?:som\s+|der\s+)?(?:(?:bruker|brukar|brukte|nyttar|nytter|spends?|spent|takes?|took|uses?|used)\s+(?:(?:mest|lengst|most|longest|the\s+most|the\s+longest)\s+(?:tid|time)|(?:the\s+)?longest)|(?:er|var|is|are|was|were)\s+(?:(?:den|dei|de|the)\s+)?(?:tregest\p{L}*|treigast\p{L}*|raskest\p{L}*|slowest|fastest|least\s+(?:productive|efficient)|most\s+(?:productive|efficient)|minst\s+(?:produktiv\p{L}*|effektiv\p{L}*))|(?:behandler|behandlar|handsamar|avslutter|avsluttar|løser|løyser|svarer\s+på|svarar\s+på|selger|sel|handles?|handled|closes?|closed|resolves?|resolved|answers?|answered|sells?|sold|completes?|completed)\s+(?:flest|færrest|færrast|fæst|most|fewest|the\s+most|the\s+fewest|minst|mest))(?![\p{L}])`,
  'iu',
);
/** HOW_MEASURE where the one who spends the time is not another group («hvor lenge hver kunde bruker i kassen»). */
const howMeasured = (t: string): boolean => {
  if (!has.HOW_MEASURE(t)) return false;
  const m = HOW_MEASURE().exec(t);
  return m !== null && !(m[1] !== undefined && OTHERS_SUBJECT().test(m[1]));
};
/** WHO_RANKED where the ranked are not another group named after «av», «of» («kven av elevane»). */
const whoRanked = (t: string): boolean => {
  if (!has.WHO_RANKED(t)) return false;
  const m = WHO_RANKED().exec(t);
  return m !== null && !(m[1] !== undefined && OTHERS_SUBJECT().test(m[1]));
};
const PERFORMANCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:aktive?|active|busy|travle?|effektive?|effektivt|efficient|efficiently|produktivt|productively|produktive?|productive|(?:mye|mykje|lang)\s+tid|much\s+time|${HOW_LONG_WORDS})(?![\p{L}])(?=\s+(?:[\p{L}-]+\s+){0,2}?${HOW_SUBJECT})${NOT_TENURE}|billable|chargeable hours|fakturerbar\p{L}*|timeproduksjon\p{L}*|faktureringsgrad\p{L}*|debiteringsgrad\p{L}*|utili[sz]ation|salg|(?<![\p{L}])sal(?![\p{L}])|resultat|kvalitet|ytelse|yting|prestasjon|effektivitet|aktivitet|tempo|produktiv|tidsbruk|tidsforbruk|normtid|leveringstid|delivery time|handling time|handle time|behandlingstid\p{L}*|handsamingstid\p{L}*|(?:cases|tickets|reports|saker|saka)\s+(?:per|pr\.|an|a)\s+(?:hour|time|day|dag)|(?<![\p{L}])(?:tregest|raskest|slowest|fastest)\p{L}*|(?<![\p{L}])(?:time|tid|tida|tiden)\s+(?:per|pr\.|på\s+hver|på\s+kvar|on\s+each|for\s+each)\s+(?:calls?|samtale|case|sak|task|oppgave|oppgåve|oppdrag|henvendelse|førespurnad|customer|kunde)(?![\p{L}])|(?<![\p{L}])(?:takes?|took|taking)\s+the\s+longest(?![\p{L}])|(?<![\p{L}])(?:bruker|brukar|brukte|nytter|nyttar)\s+(?:mest|lengst)\s+tid(?![\p{L}])|performance|output|results|sales|quality|activity|calls|samtal|time spent|time taken|driving\s+(?:style|behaviou?r|times?)|kjørestil|kjøreatferd|køyrestil|køyreåtferd|speeding|fartsoverskrid|(?<![\p{L}])(?:pauser|pausane|pausene|breaks)(?![\p{L}])|(?<![\p{L}])(?:per|pr\.)\s+(?:dag|døgn|time|uke|veke|vakt|day|hour|week|shift)(?![\p{L}])|bonus\p{L}*|(?<![\p{L}])(?:hvor|kor|how)\s+(?:raskt|fort|fast|quickly)(?![\p{L}])|(?<![\p{L}])(?:hvor|kor|how)\s+(?:mye|mykje|mange|much|many)\s+(?:(?!(?:kurs|opplæring|training|courses?|e-?læring)\p{L}*\s)[\p{L}-]+\s+){0,4}?(?:får|fær|fekk|fikk|gets?|got)\s+(?:gjort|unna|done)(?![\p{L}])(?!\s+(?:\p{L}+\s+){0,2}?(?:kurs|opplæring|training|courses?|e-?læring))`,
  'iu',
);
/**
 * The employer's access to an employee's mailbox or personal storage: forskrift om arbeidsgivers innsyn i e-postkasse og
 * annet elektronisk lagret materiale (FOR-2018-07-02-1108) § 2 allows it only when necessary for daily operations or
 * other legitimate interests, or on a reasoned suspicion of a grave breach; § 3 sets the procedure (notice, a chance to
 * speak and be present, a written account afterwards). An employee's mail named in other words: «e-postene til en
 * medarbeider» (definite: whose mail, not «sende e-post til en medarbeider»), «e-post … hos ansatte», «an employee's
 * e-mails» (variants-paraphrase).
 */
const MAILBOX = lazyPattern(
  String.raw`e-postkass|e-postkonto|innboks|ansattes e-post|tilsettes e-post|arbeidstakers e-post|medarbeiders e-post|personalets e-post|mailbox|inbox|(?<![\p{L}])(?:employee|staff|worker|staff\s+members['’]?|workers['’]|colleagues['’]?)\s+e-?mails(?![\p{L}])|e-?mail account|employees'? e-?mail|(?:employee|staff member|worker)'s e-?mail|(?<!(?:send|sende|sender|sendt|videresend\p{L}*|skriv\p{L}*)\s+(?:\p{L}+\s+)?)e-?post(?:en|ene|ane|a|kontoen)\s+(?:til|åt)\s+(?:en\s+|ei\s+|ein\s+|den\s+|dei\s+|de\s+)?(?:\p{L}*ansatt|\p{L}*tilsett|\p{L}*medarbeid|arbeidstak)|e-?post\p{L}*\s+hos\s+(?:en\s+|ei\s+|ein\s+|den\s+|dei\s+|de\s+)?(?:\p{L}*ansatt|\p{L}*tilsett|\p{L}*medarbeid|arbeidstak)|e-?mails?\s+of\s+(?:an?\s+|the\s+)?(?:employee|staff|worker)`,
  'iu',
);
/** MAILBOX run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const mailboxWays = ways(MAILBOX);
/**
 * In an activity not about employees, the purpose's words must make employees the ones checked, not the ones checking
 * («Ansatte kan kontrollere elevenes nettbruk», «Library staff monitor patrons' internet use» check pupils and patrons):
 * the genitive («ansattes», «employees'»), or employees after «av», «at», «that», «whether», «of»; also «personalet» (the
 * staff) and «når», «when» («kontrollere når dei tilsette kjem og går»: variants-kultur KU23, KU83). A ship's or an aircraft's
 * crew («sjå til at mannskapet følgjer fortøyingsrutinane», «check that the crew follow»: the employees on board; session 46,
 * FW, variants-ferje FJ55).
 */
const EMPLOYEES_CHECKED = lazyPattern(
  String.raw`(?:ansattes|tilsettes|arbeidstakers|arbeidstakeres|arbeidstakarane sine|medarbeideres|employees'|employee's|staff's|workers'|receptionists?'s?|housekeepers?'s?|resepsjonistens|resepsjonistenes|instructors?'s?|trafikklærerens|trafikklærernes|trafikklæraren\s+sin|trafikklærarane\s+sine)|(?<![\p{L}])(?:which|hvilke|kva for|kven av)\s+(?:of\s+)?(?:the\s+|our\s+|de\s+|dei\s+)?(?:ansatte|tilsette|medarbeidere|medarbeidarar|employees|staff|workers)(?![\p{L}])|(?<![\p{L}])(?:the|den|de|dei)\s+\p{L}+\s+(?:on duty|på vakt)(?![\p{L}])|(?<![\p{L}])(?:ansatte|tilsette|medarbeidere|medarbeidarar|employees|staff|workers)\s+(?:who|that|som)(?![\p{L}])|(?<![\p{L}])(?:that|whether|if)\s+(?:the\s+|our\s+|all\s+)?(?:[\p{L}-]+\s+)?(?:employees|staff|workers)(?![\p{L}])|(?<![\p{L}])(?:at|om|that|whether|if)\s+(?:dei|de|those|the\s+people|personane|personene)\s+(?:som|who)\s+(?:driv|driver|jobbar|jobber|arbeider|arbeidar|work|works|run|runs|operate|operates|staff|betener|betjener|har\s+vakt|er\s+på\s+vakt|is\s+on\s+duty|are\s+on\s+duty)(?![\p{L}])|(?<![\p{L}])(?:at|om)\s+(?:de\s+|dei\s+|alle\s+)?\p{L}+(?:ansatte|tilsette|medarbeiderne|medarbeidarane|medarbeidere|medarbeidarar)(?![\p{L}])|(?<![\p{L}])(?:av|at|om|that|whether|of|if|når|when)\s+(?:de\s+|dei\s+|the\s+|our\s+|alle\s+|all\s+)?(?:ansatte|tilsette|arbeidstakere|arbeidstakerne|arbeidstakarar|arbeidstakarane|medarbeidere|medarbeiderne|medarbeidarar|medarbeidarane|employees|staff|workers|personalet|nattevakt\p{L}*|miljøarbeid\p{L}*|miljøterapeut\p{L}*|vekter\p{L}*|\p{L}*betjent(?:en|ene|ar|ane)?|megler(?:en|ne|e)?|meklar(?:en|ane|ar)?|vektar\p{L}*|operatør(?:en|ane|ene|ar|er)?|operators|night (?:staff|guards?|watch\p{L}*)|security guards?|prison officers?|officers|brokers|estate agents|receptionists?|resepsjonist(?:en|ane|ene|ar|er)?|housekeepers?|mannskapet|besetningen|besetninga|kabinpersonalet|crew|crew\s+members|cabin\s+crew|deckhands|dekksmannskapet)(?![\p{L}])`,
  'iu',
);
/** Whose: an employee's own, or their personal storage (a shared post box like «postmottak» is not). */
const EMPLOYEES_OWN = lazyPattern(
  String.raw`ansatt|tilsett|arbeidstaker|arbeidstakar|medarbeider|medarbeidar|employee|staff|personalets|personlige områder|hjemmeområde`,
  'i',
);
/**
 * A mailbox shared by several, or by the whole body («felles e-postkasse», «postmottak», «funksjonspostkasse»): the
 * regulation covers only a mailbox that a single employee uses («Det avgjørende er at det kun er en enkelt ansatt som
 * bruker e-postadressen»); shared ones fall under the GDPR's general rules (Datatilsynet, «Hva omfattes av
 * forskriften?», read 2026-11-30). Unless the words also name an individual's own mailbox.
 */
const SHARED = lazyPattern(
  String.raw`felles ?e-?postkass|fellespostkass|felles innboks|delt\w* e-?postkass|funksjonspostkass|funksjonsadresse|postmottak|shared (?:mailbox|inbox)|functional mailbox|team mailbox|generic mailbox`,
  'i',
);
const INDIVIDUAL = lazyPattern(
  String.raw`(?<![\p{L}])(?:egen|egne|eigen|eigne|personlig\w*|personleg\w*|den enkelte|kvar enkelt|hver enkelt|en ansatt|ein tilsett|own|individual)(?![\p{L}])`,
  'iu',
);
/** The record states the regulation's conditions: daily operations, or a (reasoned) suspicion of a grave breach. */
/**
 * Said in English as a DPO words § 2 too (B18, variants-trafikkskole, session 20): «needed for the daily operation»,
 * «day-to-day operations/running of the business», a «serious/gross breach» of the employee's duties, «grounds for
 * dismissal» (§ 2 first paragraph b: «grovt brudd på de plikter som følger av arbeidsforholdet, eller kan gi grunnlag for
 * oppsigelse eller avskjed»).
 */
const MAILBOX_CONDITIONS = lazyPattern(
  String.raw`daglig\w* drift|dagleg\w* drift|grovt pliktbr|grovt brudd|grovt brot|grave breach|daily operations?|day-to-day (?:operations?|running)|(?:serious|gross) breach|grounds for (?:dismissal|termination)`,
  'i',
);
/**
 * A routine search is no § 2 case (N4's review of B18, session 20): § 2 b asks for «begrunnet mistanke», a reasoned
 * suspicion, so «Every week a manager reads a sample of the instructors' e-mails to look for serious breaches of duty»
 * names the condition as what the routine looks for, not as the reason for one access. The conditions answer the warning
 * only where no routine word stands beside them (every week, weekly, regularly, samples, spot checks, jevnleg, stikkprøve).
 */
const ROUTINE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:every|each)\s+(?:day|week|month|morning|quarter)|weekly|monthly|regularly|routinely|on\s+a\s+regular\s+basis|(?:random\s+)?samples?\s+of|spot[- ]checks?|jevnlig\p{L}*|jevnleg\p{L}*|jamleg\p{L}*|jamt|stikkprøv\p{L}*|hver\s+(?:dag|uke|måned|morgen)|kvar\s+(?:dag|veke|månad|morgon)|ukentlig\p{L}*|vekentleg\p{L}*|månedlig\p{L}*|månadleg\p{L}*|rutinemessig\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Access at will: «whenever they need», «at any time», «når som helst», «til ei kvar tid». */
const ANY_TIME = lazyPattern(
  String.raw`(?<![\p{L}])(?:whenever|at\s+any\s+time|any\s+time|når\s+som\s+helst|til\s+enhver\s+tid|til\s+ei\s+kvar\s+tid|kva\s+tid\s+som\s+helst|uten\s+vilkår|utan\s+vilkår|without\s+(?:any\s+)?conditions)(?![\p{L}])`,
  'iu',
);
/**
 * A routine word in a clause that denies it («We never read employees' e-mails routinely», «Vi les aldri e-posten til dei
 * tilsette jamleg») states no routine (F5, session 20): the conditions still answer.
 */
const mailboxConditions = (t: string): boolean =>
  MAILBOX_CONDITIONS().test(t) && !(ROUTINE().test(t) && t.split(PART_END).some((c) => ROUTINE().test(c) && !NEGATION.test(c)));
/**
 * Every clause naming employees' e-mail denies it («We never read employees' e-mails routinely», «Vi leser aldri de
 * ansattes e-post», «Leiaren les ikkje e-postkassa til dei tilsette»): no reading stated (F5, session 20).
 */
const mailDenied = (t: string): boolean => {
  const cs = t.split(PART_END).filter((c) => EMPLOYEE_MAIL().test(c));
  return cs.length > 0 && cs.every((c) => NEGATION.test(c));
};
const OPEN = lazyPattern(
  String.raw`innsyn|gjennomgå|gå gjennom|gå igjennom|(?<![\p{L}])(?:går|gjekk|gikk|gått)\s+(?:\p{L}+\s+){0,2}?(?:gjennom|igjennom)(?![\p{L}])|(?<![\p{L}])(?:go|goes|went|gone|looks?|looked)\s+(?:\p{L}+\s+){0,2}?through(?![\p{L}])|gjennomgang|søke gjennom|søkje gjennom|søke i|søkje i|se gjennom|sjå gjennom|(?<![\p{L}])(?:lese|les|åpne|opne)(?![\p{L}])|review|\breads?\b|\bopen\b|inspect|search through`,
  'iu',
);
/**
 * An employee's mailbox read as a routine: regularly, every month, by samples or at random («Lederen går jevnlig gjennom
 * e-postkassene til de ansatte», «read a sample of employees' e-mails every month»: variants-gravferd GF28, variants-bht
 * BT13; W5, session 20). Innsynsforskriften (FOR-2018-07-02-1108) § 2 allows access only in the cases it lists (daily
 * operations or other legitimate interests, a reasoned suspicion of a grave breach), and its second paragraph forbids
 * monitoring the employee's use of electronic equipment save to run the network or find security breaches: a routine
 * reading is neither, and citing the regulation does not answer it. A clause with a negation («aldri rutinemessig», «never
 * routinely») is not read.
 */
const ROUTINE_MAIL = lazyPattern(
  String.raw`(?<![\p{L}])(?:jevnlig\p{L}*|jamleg\p{L}*|jamnleg\p{L}*|regelmessig\p{L}*|rutinemessig\p{L}*|fortløpende|fortløpande|systematisk\p{L}*|stikkprøv\p{L}*|tilfeldig\p{L}*\s+utval\p{L}*|(?:hver|hvert|kvar|kvart)\s+(?:dag|uke|veke|måned|månad|kvartal|år)|(?:ukentlig|vekentleg|månedlig|månadleg|kvartalsvis)|routine(?:ly)?|regular(?:ly)?|periodic(?:al|ally)?|systematic(?:ally)?|continuous(?:ly)?|(?:every|each)\s+(?:day|week|month|quarter|year)|weekly|monthly|quarterly|(?:a\s+)?(?:random\s+)?samples?\s+of|spot[-\s]checks?|at\s+random|randomly)(?![\p{L}])`,
  'iu',
);
/**
 * A mailbox the unit or all staff share, in more words than SHARED reads («e-postkassen til gravplassforvaltningen, som alle
 * ansatte deler», «The shared client mailbox is read every day by the staff on duty»: N4's review, session 20): the body's own,
 * not one employee's (innsynsforskriften § 1).
 */
const SHARED_MORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:shared\s+[\p{L}-]+\s+(?:mailbox|inbox)|(?:som|which|that)\s+(?:alle|fleire|flere|all|several)\s+(?:[\p{L}-]+\s+){0,3}?(?:deler|delar|bruker|brukar|nyttar|share|use)|(?:on\s+duty|på\s+vakt)|(?:e-?postkass|postkass|innboks)\p{L}*\s+(?:til|åt|for)\s+(?:\p{L}+\s+)?\p{L}*(?:forvaltning|kontor|avdeling|seksjon|eining|enhet|tjeneste|teneste|senter|sentret|mottak|resepsjon|sentral)\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * An employee's mailbox named by a pronoun that points back to the employee named before it in the sentence («Når ein
 * tilsett er sjukmeld, går leiaren gjennom e-postkassa hans for å finne avtalte vaktbyte», «Er en rådgiver syk, går lederen
 * gjennom e-posten hans eller hennes», «When an adviser is ill, the manager goes through his or her mailbox»:
 * variants-legevakt LV08, variants-paraphrase3 PC061): the one employee's own mail, opened, as EMPLOYEE_MAIL's genitive is
 * (innsynsforskriften § 2). Read by mailboxReadSaid beside OWNED_MAILBOX, with its guards (a verb of reading, no
 * negation in the clause, the regulation's conditions, security); the employee noun must stand before the pronoun in the
 * sentence, and the sentence must not tell the employee's own act («can ask a colleague to read their mailbox»).
 */
const PRONOUN_MAIL = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:e-?postkass\p{L}*|e-?post(?:en|a|kontoen|kontoen)?|innboks(?:en)?)\s+(?:hans|hennes|hennar|hans\s+eller\s+hennes|hans\s+eller\s+hennar|til\s+vedkommende|til\s+vedkommande|til\s+den\s+tilsette|til\s+den\s+ansatte)|(?:his|her|his\s+or\s+her|her\s+or\s+his|their)\s+(?:work\s+)?(?:mailbox|inbox|e-?mails?|e-?mail\s+(?:account|inbox))|(?:hans|hennes|hennar)\s+(?:e-?post(?:kasse)?|innboks))(?![\p{L}])`,
  'iu',
);
const EMPLOYEE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*ansatt\p{L}*|\p{L}*tilsett\p{L}*|medarbeid\p{L}*|arbeidstak\p{L}*|employees?|staff(?:\s+member)?|workers?|colleagues?|kolleg\p{L}*|(?:${OCCUPATION})(?:e|en|er|ene|ar|ane|s|es)?)(?![\p{L}])`,
  'iu',
);
/** The employee's own asking or act («can ask a colleague to read their mailbox», «kan sjølv gi ein kollega tilgang»). */
const ASKS_ITSELF = lazyPattern(
  String.raw`(?<![\p{L}])(?:let|lets|la|lar|allow\p{L}*|give\p{L}*\s+(?:\p{L}+\s+){0,2}?access|gi|gir|gjev|lar|delegat\p{L}*|deleger\p{L}*|ask|asks|asked|request\p{L}*|ber|bad|be\s+om|bede|selv|sjølv|themselves|himself|herself|own\s+request|eige\s+ønske|eget\s+ønske|egen\s+forespørsel)(?![\p{L}])`,
  'iu',
);
/** The pronoun's mailbox in a sentence that names an employee before it and is not the employee's own act (ASKS_ITSELF). */
const OTHER_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:clients?|customers?|patients?|users?|citizens?|applicants?|parents?|members?|owners?|callers?|pupils?|students?|residents?|guests?|visitors?|\p{L}*kunde(?:n|r|ne|ar|ane)?|pasient\p{L}*|klient\p{L}*|bruker(?:en|e|ne)?|brukar(?:en|ar|ane)?|innbygg\p{L}*|søker(?:en|e|ne)?|søkjar(?:en|ar|ane)?|forelder|foreldre\p{L}*|medlem\p{L}*|eier(?:en|e|ne)?|eigar(?:en|ar|ane)?|innringer\p{L}*|innringar\p{L}*|elev(?:en|er|ar|ane|ene)?|beboer\p{L}*|bebuar\p{L}*|gjest\p{L}*|besøkende|besøkjande)(?![\p{L}])`,
  'iu',
);
const SENT_TO_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:på|til|to|into|via|by)\s+$`, 'iu');
const pronounMailIn = (c: string): RegExpExecArray | null => {
  const m = PRONOUN_MAIL().exec(c);
  // Not the mailbox as where a thing is sent («sender vaktplanen til den tilsette på e-posten hans», «to their inbox»).
  // Nor where another person is named before it, whom the pronoun may point to («When a client e-mails an adviser, the
  // adviser reads his or her e-mail»: reviewer N11).
  return m !== null &&
    EMPLOYEE_BEFORE().test(c.slice(0, m.index)) &&
    !OTHER_PERSON().test(c.slice(0, m.index)) &&
    !SENT_TO_BEFORE().test(c.slice(0, m.index)) &&
    !ASKS_ITSELF().test(c)
    ? m
    : null;
};
const routineMailSaid = (t: string): boolean =>
  mailboxWays.test(t) &&
  EMPLOYEES_OWN().test(t) &&
  !(SHARED().test(t) && !INDIVIDUAL().test(t)) &&
  !(SHARED_MORE().test(t) && !INDIVIDUAL().test(t)) &&
  !MAIL_SECURITY().test(t) &&
  !MAILBOX_CONDITIONS().test(t) &&
  t.split(PART_END).some((c) => ROUTINE_MAIL().test(c) && !NEGATION.test(c)) &&
  OPEN().test(t);
/**
 * How employees behave at work, checked: that they follow routines or instructions, or do not take goods or money
 * («kontrollere at de ansatte følger kasserutinene og ikke tar med seg varer», «check that staff follow till
 * procedures», employee theft). A control measure of arbeidsmiljøloven § 9-1 («kontrolltiltak overfor arbeidstaker»)
 * whatever its means; read only where the words make employees the ones checked (EMPLOYEES_CHECKED), so preventing
 * customers' theft is not read. So is checking that they keep their working hours or do not use the employer's vehicles
 * or equipment privately («kontrollere at de ansatte overholder arbeidstiden og ikke bruker bilen privat», «check that
 * staff keep to their working hours»): their conduct at work, checked (variants-nett N32, van tracking). So is checking
 * that they do their work as an instruction or routine says («kontrollere at nattevakta går runden sin i internatet etter
 * vaktinstruksen», «check that night staff make their rounds according to the instructions»), and staff named by a role
 * that is always the employer's (night staff, «miljøarbeidarar», guards) are the ones checked (variants-friskole F35).
 * So is checking that they come or open on time («check that reception staff open on time», «at dei tilsette møter
 * presis») or handle money correctly («handle payments at the desk correctly», «håndterer kontantene riktig»): their
 * punctuality and their handling of the till, checked (variants-tannlege T31, reception cameras). Staff may be named
 * with a word before them («that reception staff», «at resepsjonsansatte»). So is whether they take longer breaks than
 * allowed («see whether staff take longer breaks than allowed»: variants-paraphrase PA29). So is when they come and go
 * («kontrollere når dei tilsette kjem og går, opp mot timelistene», «check when staff come and go»: their attendance,
 * variants-kultur KU83). So is whether they do their rounds («kontrollere at betjentene gjennomfører vaktrundene sine til
 * fastsatt tid», «check that officers complete their rounds»: variants-kriminalomsorg KO48) or are at the office at the
 * agreed time («se om meglerne er på kontoret til avtalt tid», «whether brokers are at the office at the agreed hours»:
 * variants-megler EM48): their attendance and their work, checked. So is whether they are at their post and awake («sjå til at
 * operatørane i alarmsentralen er på plass og vakne gjennom nattevakta», «check that guards are at their posts», «whether
 * staff sleep on duty»: their presence at work, checked; B1, variants-vakt VK59), with «sjå til at», «passe på at» as
 * words of seeing whether. So is whether they record every withdrawal, sale or transaction («kontrollere at ansatte
 * registrerer alle uttak av legemidler i reseptgruppe A», «check that staff record every sale»: their handling of goods and
 * money, as the till above; variants-apotek AP13; M, session 15).
 */
const CONDUCT = lazyPattern(
  String.raw`(?<![\p{L}])(?:bruker|brukar|bruke|bruka|nytter|nyttar|nytte|uses?|using)\s+(?:\p{L}+\s+){0,2}?(?:mobil\p{L}*|telefon\p{L}*|phones?|mobiles?)\s+(?:under|mens|medan|når|while|when|whenever|during)\s+(?:\p{L}+\s+){0,1}?(?:kjøring\p{L}*|køyring\p{L}*|kjører|køyrer|driving|drives|arbeid\p{L}*|jobb\p{L}*|work\p{L}*|vakt\p{L}*|shifts?)(?![\p{L}])|(?<![\p{L}])(?:er|is|are|held seg|holder seg|stay|stays|remain|remains)\s+(?:\p{L}+\s+){0,1}?(?:på plass|på posten|til stades|til stede|vakne|våkne|awake|at (?:their|the) (?:posts?|desks?|workstations?|work stations?|stations?))(?![\p{L}])|(?<![\p{L}])(?:sit|sitter|sat|satt|sitt|sitje|sitte|sits|sitting)\s+(?:\p{L}+\s+){0,1}?(?:på|ved|at)\s+(?:(?:plass(?:en|ane|ene)?|pulten|pultane|pultene|arbeidsplass(?:en|ane|ene)?)\s+(?:sin|sine)|their\s+(?:desks?|workstations?|posts?|seats?))(?![\p{L}])|(?<![\p{L}])(?:sover|søv|sovnar|sovner|sleeps?|sleeping|falls? asleep)\s+(?:\p{L}+\s+){0,2}?(?:på vakt|på jobb|on duty|at work|on shift)(?![\p{L}])|(?<![\p{L}])(?:tar|tek|ta|tatt|teke|tok|take|takes|taking|taken|took|overskrid\p{L}*|exceed\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:pauser|pausar|pausen|pausane|pausene|breaks?)(?![\p{L}])|(?<![\p{L}])(?:opens?|opening|arrives?|arriving|comes?|coming|starts?|starting|turns? up|shows? up|clocks? in|åpner|opnar|åpne|opne|møter|møter opp|møte|kommer|kjem|kome|starter|begynner|byrjar)\s+(?:\p{L}+\s+){0,2}?(?:on time|in time|punctually|late|for seint|for sent|i tide|til rett tid|presis\p{L}*|punktlig\p{L}*|punktleg\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:handles?|handling|håndterer|handterer|håndtere|handtere|tek hand om|tar hånd om)\s+(?:the\s+)?(?:\p{L}+\s+){0,1}?(?:payments?|cash|money|tills?|kasse\p{L}*|kontant\p{L}*|betaling\p{L}*|penger|pengar|oppgjør\p{L}*)(?:\s+\p{L}+){0,4}?\s+(?:correctly|properly|riktig|korrekt|rett)(?![\p{L}])|(?<![\p{L}])(?:følger|følgjer|følge|følgje|overholder|overheld|overholde|holder|held|halde|holde)\s+(?:\p{L}+\s+){0,2}?arbeidstid\p{L}*|(?<![\p{L}])(?:bruker|brukar|bruke|nytter|nyttar|nytte)\s+(?:\p{L}+\s+){0,3}?privat(?![\p{L}])|(?<![\p{L}])privat\s?bruk\p{L}*|(?<![\p{L}])(?:keep|keeps|comply|complies|stick|sticks)\s+(?:with\s+|to\s+)?(?:\p{L}+\s+){0,2}?(?:working hours|working time|hours of work)|(?<![\p{L}])(?:private|personal) use(?![\p{L}])|(?<![\p{L}])(?:følger|følgjer|følge|følgje|overholder|overheld|overholde)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:rutin|instruks|retningslin|prosedyr|reglement)\p{L}*|(?:tar|tek|ta|tatt)\s+med\s+seg\s+(?:\p{L}+\s+){0,1}?(?:varer|vare|penger|pengar)|(?<![\p{L}])(?:underslag|tyveri|stjeler|stel)(?![\p{L}])|(?<![\p{L}])follow(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,4}?(?:routines?|procedures?|instructions?|rules)|(?<![\p{L}])(?<!(?:work|works|working|worked|on|jobbe|jobber|jobbar|arbeide|arbeider|arbeidar|har|have|has)\s+)(?:late|seint|sent|forsinket|forseinka)\s+(?:starts?|arrivals?|oppmøte|arbeidsstart|start)(?![\p{L}])|(?<![\p{L}])(?:registrerer|registrere|registrer|fører|føre|dokumenterer|dokumentere|records?|registers?|documents?|logs?)\s+(?:\p{L}+\s+){0,1}?(?:alle|hvert|hver|kvart|kvar|all|every|each)\s+(?:\p{L}+\s+){0,1}?(?:uttak\p{L}*|utlevering\p{L}*|salg|sal|transaksjon\p{L}*|kassetransaksjon\p{L}*|withdrawals?|sales?|transactions?|dispensing)(?![\p{L}])|employee theft|staff theft|pilfer\p{L}*|(?<![\p{L}])(?:kommer|kjem|kome|komme|møter|møter\s+opp|come|comes|arrive|arrives|get|gets|turn\s+up|turns\s+up|show\s+up|shows\s+up)\s+(?:(?:på|til|inn\s+på|at|to|in\s+to|into)\s+(?:jobb|jobben|arbeid|arbeidet|work|kontoret|the\s+office)\s+(?:og|and)\s+(?:går|gjeng|drar|reiser|fer|dreg|leave|leaves|go|goes)(?:\s+(?:hjem|heim|home))?|(?:og|and)\s+(?:går|gjeng|drar|reiser|fer|dreg|leave|leaves|go|goes)\s+(?:hjem|heim|home))(?![\p{L}])|(?<![\p{L}])(?:kommer|kjem|kome|come|comes|arrive|arrives)\s+og\s+(?:går|gjeng|gå|go|goes|leave|leaves)(?![\p{L}])(?!\s+(?:med|by|on|til|to|fra|frå|from)\s+(?:\p{L}+\s+)?(?:tog\p{L}*|buss\p{L}*|bil|bilen|sykkel\p{L}*|ferje\p{L}*|båt\p{L}*|fly|trains?|bus|buses|cars?|bikes?|bicycles?|ferry|ferries|boats?|kollektiv\p{L}*|public transport|kurs\p{L}*|møte\p{L}*|samling\p{L}*|courses?|meetings?|training)(?![\p{L}]))|(?<![\p{L}])(?:come|comes|arrive|arrives)\s+and\s+(?:go|goes|leave|leaves)(?![\p{L}])(?!\s+(?:med|by|on|til|to|fra|frå|from)\s+(?:\p{L}+\s+)?(?:tog\p{L}*|buss\p{L}*|bil|bilen|sykkel\p{L}*|ferje\p{L}*|båt\p{L}*|fly|trains?|bus|buses|cars?|bikes?|bicycles?|ferry|ferries|boats?|kollektiv\p{L}*|public transport|kurs\p{L}*|møte\p{L}*|samling\p{L}*|courses?|meetings?|training)(?![\p{L}]))|(?<![\p{L}])(?:går|gjer|gjør|gjennomfører|utfører|tek|tar)\s+(?:\p{L}+\s+){0,4}?(?:etter|i samsvar med|i tråd med|slik)\s+(?:\p{L}+\s+){0,1}?\p{L}*(?:instruks|rutin|retningslin|prosedyr|reglement)\p{L}*|(?<![\p{L}])(?:makes?|does|do|carr(?:y|ies) out|performs?)\s+(?:\p{L}+\s+){0,3}?(?:according to|in line with|in accordance with|as set out in)\s+(?:the\s+)?(?:\p{L}+\s+){0,1}?(?:instructions?|routines?|procedures?|rules)|(?<![\p{L}])(?:går|gjennomfører|tar|tek|utfører|make|makes|do|does|carry out|carries out|complete|completes)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*rund(?:e|en|ene|ane|ar|er|a)|rounds)(?![\p{L}])|(?<![\p{L}])(?:er|is|are)\s+(?:\p{L}+\s+){0,1}?(?:på|at|in)\s+(?:kontoret|jobb|jobben|arbeid|arbeidet|plass|posten|work|the office|their desks?|their posts?)\s+(?:\p{L}+\s+){0,1}?(?:til|at|on|during|i|innen)\s+(?:avtalt|fastsatt|fastsett|rett|agreed|the agreed|set|the set)\s+(?:tid|tider|time|times|hours)(?![\p{L}])`,
  'iu',
);
/**
 * Another group as the one who behaves, right before the conduct («guests who arrive late», «elevar som kjem for seint»,
 * «when a pupil arrives late»): the conduct is theirs, though staff are named in the same text («so that receptionists can
 * follow up guests who arrive late», «find which staff are on duty when a pupil arrives late»; P's lawful-wording review,
 * session 14: 10 of 18 lawful texts fired). Whole words with their endings, so a staff role built on them
 * («elevassistent», «kundebehandler») is not another group.
 */
const OTHERS_SUBJECT = lazyPattern(
  String.raw`^\p{L}*(?:gjest(?:en|er|ene|ar|ane)?|guests?|elev(?:en|er|ene|ar|ane)?|pupils?|student(?:en|er|ene|ar|ane|s)?|kund(?:e|en|er|ene|ar|ane)|customers?|clients?|pasient(?:en|er|ene|ar|ane)?|patients?|barn(?:et|a|ene)?|child(?:ren)?|besøkende|besøkjande|visitors?|foreld(?:er|re|ra|rene)|parents?|brukar(?:en|ar|ane)?|brukere|brukerne|brukeren|users?|beboer(?:en|e|ne)?|bebuar(?:en|ar|ane)?|residents?|innsatte|inmates?|prisoners?|deltak(?:er|ar|eren|aren|erne|arane|ere|arar)|participants?|passasjer(?:en|er|ene|ar|ane)?|passengers?|søker(?:en|e|ne)|søkjar(?:en|ar|ane)?|applicants?|medlem(?:met|mer|mene|ar|ane|mar|mane)?|members?|leietak(?:er|ar|eren|aren|erne|arane|ere|arar)|tenants?|lånere|lånerne|lånar(?:en|ar|ane)?|borrowers?|spiller(?:en|e|ne)|spelar(?:en|ar|ane)?|players?|innbygger(?:en|e|ne)|innbyggjar(?:en|ar|ane)?|citizens?|kandidat(?:en|er|ene|ar|ane)?|candidates?|velger(?:en|e|ne)|veljar(?:en|ar|ane)?|voters?|tilskuer(?:en|e|ne)|tilskodar(?:ar|ane)?|spectators?)$`,
  'iu',
);
/**
 * A delivery to us: a courier, carrier or driver named at our goods reception or from a supplier («De ansatte bruker loggen
 * ved varemottaket for å sjekke om budet kommer for sent», «whether the courier arrives late at the goods-in bay»: N12's
 * review, session 26, open until session 27). The one who comes late there is the supplier's, not our employee: a courier
 * firm's own couriers are read as before, where no goods reception or supplier is named.
 */
const DELIVERER = lazyPattern(
  String.raw`^(?:bud(?:et|a|ene|ane)?|couriers?|carriers?|sjåfør(?:en|ane|ene)?|drivers?|leverandør\p{L}*|suppliers?|vendors?|transportør\p{L}*|hauliers?)$`,
  'iu',
);
const DELIVERY_TO_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*varemottak\p{L}*|vareleveranse\p{L}*|varelevering\p{L}*|goods[- ](?:reception|receiving|in)(?:[- ]bay)?|loading\s+(?:bay|dock)|delivery\s+(?:bay|dock)|leverandør\p{L}*|suppliers?|vendors?)(?![\p{L}])`,
  'iu',
);
const NOT_A_SUBJECT = lazyPattern(
  String.raw`^(?:som|who|that|which|de|dei|den|det|the|a|an|en|ei|et|eit|når|when|at|om|if|whether|our|våre|vår|alle|all|any|noen|nokon)$`,
  'iu',
);
const RELATIVE = lazyPattern(String.raw`^(?:som|who|that|which|der)$`, 'iu');
/*
 * Phone use while driving or at work («kontrollere at sjåførene ikke bruker mobilen under kjøring», «check whether drivers use
 * their phones while driving»): conduct at work, the first alternative of CONDUCT (B4, variants-avfall AV66, truck cameras).
 */
const CONDUCT_ALL = lazyPattern(CONDUCT.source, 'giu');
/** Whether some conduct the text names is not told of another group (OTHERS_SUBJECT) in its own part of the text. */
const staffConduct = (t: string): boolean =>
  [...t.matchAll(CONDUCT_ALL())].some((m) => {
    const words =
      t
        .slice(0, m.index)
        .split(PART_END)
        .pop()!
        .match(/\p{L}+/gu) ?? [];
    let i = words.length - 1;
    let relative = false;
    // One word back per step: `relative ||= RELATIVE().test(words[i--])` skipped the decrement once `relative` was true and
    // never ended on «finne dei som kjem for seint» (variants-paraphrase4 PD081, session 25).
    for (; i >= 0 && NOT_A_SUBJECT().test(words[i]!); i--) if (RELATIVE().test(words[i]!)) relative = true;
    if (i >= 0 && DELIVERER().test(words[i]!) && DELIVERY_TO_US().test(t)) return false;
    if (i < 0 || !OTHERS_SUBJECT().test(words[i]!)) return true;
    // «guests who arrive late»: the other group's conduct. Without «who», «som» between, the group may be the object in a
    // relative clause of the staff before it («check that staff who serve guests arrive on time»): a «who», «som» in the
    // four words before the group makes the conduct the staff's.
    return !relative && words.slice(Math.max(0, i - 4), i).some((w) => RELATIVE().test(w));
  });
/**
 * Assessing the individual employee from what they do («vurdere hver medarbeiders mersalg», «evaluate each agent's
 * sales»): with an individual employee and a word of work performance (INDIVIDUAL_EMPLOYEE, PERFORMANCE) it is a check
 * of how they work, like measuring or monitoring it.
 */
/**
 * Assessing, evaluating, and scoring or grading («score each agent's calls in the monthly performance review»:
 * variants-bildeling BD38): scoring is an assessment by a scale. «Rate» is left out (a price or a ratio).
 */
const ASSESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:vurder\p{L}*|evaluer\p{L}*|assess\p{L}*|evaluat\p{L}*|scor(?:e|es|ed|ing|er|es|a|ar)(?![\p{L}])|poengsett\p{L}*|karaktersett\p{L}*|grad(?:e|es|ed|ing)(?![\p{L}]))`,
  'iu',
);
/**
 * Assessing is a control measure only when it reads what a system or device recorded about the employee («ut fra
 * chatloggene», «from the call recordings», «med data fra kassesystemet»): a manager and an employee weighing results in
 * an appraisal or a pay review («medarbeidersamtale», «lønnsvurdering») is ordinary management, not a check of the
 * employee by technical means (arbeidsmiljøloven § 9-1; Prop. 49 (2004–2005) is concerned with control measures, not
 * the employer's everyday direction of work). Footage, dashcams and body cameras are recordings too (variants-trafikkskole
 * TS06; W7, session 21).
 */
const RECORDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:record(?:s|ed|ing)?|tar\s+opp|tas\s+opp|tek\s+opp|takast\s+opp|blir\s+tatt\s+opp)\s+(?:\p{L}+\s+){0,1}?(?:calls?|samtal\p{L}*|telefonsamtal\p{L}*)(?![\p{L}])|(?<![\p{L}])recorded\s+calls?(?![\p{L}])|logg\p{L}*|(?<![\p{L}])logs?(?![\p{L}])|opptak\p{L}*|recording\p{L}*|kamera\p{L}*|camera\p{L}*|video\p{L}*|footage|dashcam\p{L}*|bodycam\p{L}*|(?<![\p{L}])(?:gps|cctv)(?![\p{L}])|sporing\p{L}*|tracking|systemdata|system data|(?<![\p{L}])(?:data|tal|tall|\p{L}+tall|\p{L}+tal|figures)\s+(?:fra|frå|from|i|in)\s+(?:the\s+)?\p{L}*(?:system\p{L}*|app\p{L}*)`,
  'iu',
);
/**
 * How the individual employee behaves, judged from a recording («gå gjennom opptaka for å vurdere korleis den einskilde
 * kontrolløren opptrer overfor publikum», «review the footage to assess how each guard behaves towards customers»:
 * variants-parkering PK12; E, session 18): body-camera or call recordings kept for safety turned on the wearer's own
 * conduct, a control measure (arbeidsmiljøloven § 9-1; Art. 5(1)(b)). The behaviour must be the individual employee's:
 * the behaviour word within two words after «den einskilde kontrolløren», «each guard» or in the genitive («each guard's
 * conduct»), or right before «til», «of» and the employee («oppførselen til den enkelte vekteren»). A guard who judges a
 * member of the public's behaviour («hver vekter vurderer selv om atferden til personen tilsier opptak») is not read.
 */
const BEHAVES = String.raw`(?:opptrer|opptrår|opptrådte|opptreden|oppfører\s+seg|oppførte\s+seg|oppførsel\p{L}*|framferd\p{L}*|åtferd\p{L}*|atferd\p{L}*|adferd\p{L}*|behaves|behave|behaved|behaving|behaviou?rs?|conduct|conducts\s+(?:themselves|himself|herself))(?![\p{L}])`;
// Not the behaviour of someone named after it («vurderer åtferda til personen», «the behaviour of the customer»: N2a's
// review, session 18): the guard judges the public, not their own conduct.
const BEHAVES_AFTER = lazyPattern(String.raw`^(?:s|'s|’s)?\s+(?:[\p{L}-]+\s+){0,2}?${BEHAVES}(?!\p{L}*\s+(?:til|åt|of|av|hos|from|fra|frå)\s)`, 'iu');
const BEHAVES_BEFORE = lazyPattern(String.raw`(?<![\p{L}])${BEHAVES}\p{L}*\s+(?:til|åt|of|av)\s+$`, 'iu');
const individualBehaves = (t: string): boolean => {
  const m = INDIVIDUAL_EMPLOYEE().exec(t);
  return m !== null && (BEHAVES_AFTER().test(t.slice(m.index + m[0].length)) || BEHAVES_BEFORE().test(t.slice(0, m.index)));
};
/**
 * Whole words: «måle» is not «målet» (the aim), «check» not «checkout». Comparing is checking too («sammenligne
 * leveringstiden til hvert enkelt bud», «compare each technician's idle time»; nn «følgje med på»): paraphrases of caught
 * defects that were missed (variants-paraphrase, 2026-11-30). «følger med på», «følgjer med på» in the present and past, and
 * «follow (up) how» («Lederne følger med på hvor effektive de enkelte ansatte er», «Managers follow how busy each employee
 * is»: session 19's fixers; W5, session 20); not «følger med» alone («utstyret som følger med», what comes with a thing).
 * Setting one thing against another is comparing («sets every mechanic's clocked hours against the book time», «set
 * timane til kvar mekanikar opp mot normtida»: variants-bilverksted BV55; FX, session 47).
 */
const HOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:rank|ranks|ranked|ranking|rangere|rangerer|rangering|league tables?|leaderboards?|ranking lists?|rangeringslist\p{L}*|resultatlist\p{L}*|topplist\p{L}*|salgslist\p{L}*|salslist\p{L}*)(?![\p{L}])|kontroller|kontroll med|overvåk|overvak|(?<![\p{L}])(?:måle|måler|måles|måling|målingar|målinger)(?![\p{L}])|følge med|følgje med|(?<![\p{L}])(?:følger|følgjer|fulgte|følgde)\s+med\s+på(?![\p{L}])|(?<![\p{L}])(?:follows?|followed|following)\s+(?:up\s+(?:on\s+)?)?(?=how\s)|monitor|measur|\btrack|\bcheck(?:s|ed|ing)?\b|(?<![\p{L}])(?:sammenlign\p{L}*|samanlikn\p{L}*|compar\p{L}*)|(?<![\p{L}])(?:sets?|setting|holds?|holding)\s+(?:[\p{L}'’-]+\s+){1,5}?against(?![\p{L}])|(?<![\p{L}])(?:set(?:t|te|ter|tes|jast|jer)?|holder|holde|held|heldt|stiller|stille|stilte|stilt)\s+(?:[\p{L}'’-]+\s+){1,5}?opp\s+mot(?![\p{L}])`,
  'iu',
);
/**
 * Weaker words of checking: seeing whether («se etter om», «sjå om», «see whether»), listening, recording how many
 * («registrere hvor mange samtaler … hver rekrutterer har»), being told how («Lederen får vite hvor lang tid hver sykepleier
 * bruker»), recording each one's («records each nurse's time per call»: G5's paraphrase5 PE051, PE052, session 27). A check of employees only beside their conduct (CONDUCT) or
 * the individual employee's performance (INDIVIDUAL_EMPLOYEE and PERFORMANCE), never beside a mere topic such as breaks
 * or internet use («se om de ansatte trenger lengre pauser», «lytte til de ansattes forslag om nettbruk» check nothing).
 */
const SEE = lazyPattern(
  String.raw`(?<![\p{L}])(?:se|ser|sjå|sjekke|sjekka|sjekk|passe|passa)\s+(?:etter\s+|til\s+|på\s+)?(?:om|at|hvor|kor|når|hvem|kven|hvilke|kva)(?![\p{L}])|(?<![\p{L}])(?:see|find out|look at)\s+(?:whether|if|how|when|which|who)(?![\p{L}])|(?<![\p{L}])(?:lytte\p{L}*|listen\p{L}*)|(?<![\p{L}])(?:registrer\p{L}*|record\p{L}*|log|logge|loggar|logger)\s+(?:hvor|kor|how)\s+(?:mange|mye|mykje|many|much|often|ofte)(?![\p{L}])|(?<![\p{L}])(?:får|fær|fekk|fikk|gets?|got|is|are|blir|vert)\s+(?:vite|vete|veta|to\s+know|told|informed\s+of)\s+(?:om|hvor|kor|når|hvem|kven|hvilke|kva|whether|if|how|when|which|who)(?![\p{L}])|(?<![\p{L}])(?:registrerer|registrerar|registreres|registrerast|records|recorded|logs|logged|logger|loggar|måler|målar)\s+(?:[\p{L}'’-]+\s+)?(?:hver|hvert|kvar|kvart|each|every)\s`,
  'iu',
);
/**
 * Counting what each employee does («telje kor mange saker kvar sakshandsamar opnar per veke», «telle hvor mange samtaler
 * hver selger tar», «count how many cases each caseworker opens»): a measurement of the employee as much as «måle», read
 * only where the words also name what is measured (WHAT) or the individual employee's performance (INDIVIDUAL_EMPLOYEE and
 * PERFORMANCE). Not for processor-own-use, which reads HOW alone.
 */
/**
 * Following up, going through, finding: how a manager acts on what a log, a clock or a camera shows about employees
 * («følge opp hvor raskt de ansatte svarer foreldrene», «go through the clock-in times every week to find employees who come
 * late», «so that the head of housekeeping can follow up late starts»: variants-barnehage BH47, variants-hotell HO47, HO48;
 * L, session 13). A check of employees only beside their conduct (CONDUCT) or what is measured of them (WHAT), never beside
 * the individual's results alone («følge opp den enkelte medarbeiders resultater i medarbeidersamtalen» is management).
 */
const FOLLOW_UP = lazyPattern(
  String.raw`(?<![\p{L}])(?:følge opp|følgje opp|følger opp|følgjer opp|follow(?:s|ed|ing)? up|gå gjennom|går gjennom|gå igjennom|go(?:es)? through|going through|(?:finne|finn|finner|find|finds)(?![\p{L}])(?!\s+(?:(?:den|det|de|dei|the|a|an|en|ei|ein|et|eit)\s+)?(?:nærmeste|næraste|nearest|closest|ledig\p{L}*|available|free|fram|frem|veien|vegen|way|ruten|ruta|route\p{L}*|parkering\p{L}*|parking)))(?![\p{L}])`,
  'iu',
);
/**
 * How many cases, calls or sales each employee has closed, handled or made («rapporter om hvor mange saker hver saksbehandler
 * har avsluttet», «statistikk over kor mange førespurnader kvar rådgjevar har svart på», «how many tickets each agent has
 * resolved»): what each one produces, counted per person, is a measurement of their work whatever the verb that reports it
 * (variants-studiestotte ST62; M, session 15). The caseload each one HAS (to share out new cases) or hours worked (pay) are
 * not read: only a verb of finishing or producing. Two titles joined after «hver» read alike («hvor mange pasienter hver
 * tannlege og tannpleier har behandlet»: variants-tannhelse TH57; FX, session 47).
 */
const OUTPUT_COUNT = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:mange|many)\s+(?:\p{L}+\s+){0,3}?(?:hver|hvert|kvar|kvart|each|every|den enkelte|den einskilde)\s+(?:\p{L}+\s+(?:og|eller|and|or)\s+)?(?:\p{L}+\s+){0,1}?(?:har|hadde|has|had|have)?\s*(?:avslutt\p{L}*|ferdigstilt|ferdigbehandl\p{L}*|behandlet|behandler|behandlar|handsama|handsamar|løst|løyst|løser|løyser|besvart|besvarer|svart på|svarer på|svarar på|solgt|seld|selt|selger|sel|closed|closes|handled|handles|resolved|resolves|answered|answers|sold|sells|completed|completes|processed|processes|finished|finishes)(?![\p{L}])`,
  'iu',
);
const COUNTS = lazyPattern(String.raw`(?<![\p{L}])(?:telje|tel|teljast|telle|teller|telles|telling|count|counts|counted|counting)(?![\p{L}])`, 'iu');
const HOW_OR_COUNTS = lazyPattern(`${HOW.source}|${COUNTS.source}`, 'iu');
/**
 * Counting for pay or the working-hours record («telle hvor mange timer hver ansatt har jobbet per uke for
 * lønnsutbetalingen», arbeidsmiljøloven § 10-7's record of hours and overtime): administration of the employment, not a
 * check of the employee. A pay review («lønnsvurdering», «lønnssamtale», «pay review») is no pay count: listening to each
 * agent's calls to use the result in appraisals and pay reviews is a check of the agent (variants-spill SP40).
 */
const PAY_COUNT = lazyPattern(
  String.raw`(?<![\p{L}])(?:lønn(?!s?vurdering|s?samtal|sforhandling)\p{L}*|løn|løna|lønsutbet\p{L}*|timeliste\p{L}*|arbeidstid\p{L}*|overtid\p{L}*|payroll|wages?|pay(?!\s+reviews?)|salary(?!\s+reviews?)|hours worked|working hours|overtime|faktur\p{L}*|invoic\p{L}*|billing)(?![\p{L}])`,
  'iu',
);
/**
 * When employees come and go («check against the recordings when employees arrive and leave», «når de ansatte kommer og
 * går», «employees' arrival and departure times», «oppmøtet til dei tilsette»): their attendance, checked with a control
 * verb (HOW), is a control measure of how they keep their hours (arbeidsmiljøloven § 9-1), whatever the means; cameras
 * or an entry log kept for security cannot be turned to it without one (Art. 5(1)(b); variants-advokat AD64). Employees
 * must be named: who comes and goes at the entrance is not read.
 */
const ATTENDANCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:when|når)\s+(?:the\s+|our\s+|de\s+|dei\s+|våre\s+)?(?:\p{L}+\s+)?(?:employees|staff|workers|lawyers|ansatte|tilsette|medarbeidere|medarbeidarar|arbeidstakere|arbeidstakarar)\s+(?:arrive|come|comes|kommer|kjem|møter)\s+(?:\p{L}+\s+){0,1}?(?:and|og)\s+(?:leave|go|leaves|går|gjeng|drar|fer)(?![\p{L}])(?!\s+(?:med|by|on|til|to|fra|frå|from)\s+(?:\p{L}+\s+)?(?:tog\p{L}*|buss\p{L}*|bil|bilen|sykkel\p{L}*|ferje\p{L}*|båt\p{L}*|fly|trains?|bus|buses|cars?|bikes?|bicycles?|ferry|ferries|boats?|kollektiv\p{L}*|public transport|kurs\p{L}*|møte\p{L}*|samling\p{L}*|courses?|meetings?|training)(?![\p{L}]))|(?:employees'?|staff'?s?|workers'?|ansattes|tilsettes)\s+(?:arrival|attendance|oppmøte\p{L}*)|(?:oppmøte\p{L}*)\s+(?:til|for)\s+(?:de\s+|dei\s+)?(?:ansatte|tilsette)`,
  'iu',
);
/**
 * Employees' e-mail screened as it goes out or comes in («screen lawyers' outgoing e-mail for client documents sent to
 * private addresses», «gå gjennom de ansattes utgående e-post»): monitoring of their use of electronic equipment, which
 * innsynsforskriften (FOR-2018-07-02-1108) § 2 second paragraph allows only to administer the network or to detect or
 * clear up security breaches (variants-advokat AD66). Screening for viruses, malware, spam or phishing is that network
 * administration and is not read; reading it for daily operations or on suspicion of a grave breach (MAILBOX_CONDITIONS)
 * is the regulation's first paragraph.
 */
const EMPLOYEE_MAIL = lazyPattern(
  String.raw`(?:${OCCUPATION}|employee|staff|worker|ansatt|tilsett|medarbeider|medarbeidar)\p{L}*(?:'s|s'|'|’s|s’|’|s)\s+(?:outgoing\s+|incoming\s+|utgående\s+|inngående\s+)?(?:e-?mails?|e-?post(?:en|ene|ane|a)?)(?![\p{L}-])(?!\s+(?:address|adresse))|(?:outgoing|utgående)\s+e-?(?:mails?|post(?:en|ene|ane|a)?)\s+(?:\p{L}+\s+){0,2}?(?:from|of|fra|frå|til)\s+(?:the\s+|our\s+|de\s+|dei\s+)?(?:${OCCUPATION}|employee|staff|worker|ansatt|tilsett|medarbeider|medarbeidar)\p{L}*|(?<!(?:send|sende|sender|sendt|sendast|sendes|videresend\p{L}*|skriv\p{L}*|svar\p{L}*)\s+(?:\p{L}+\s+)?)e-?post(?:en|ene|ane|a)\s+(?:til|åt)\s+(?:dei\s+|de\s+|den\s+)?(?:${OCCUPATION}|ansatt|tilsett|medarbeider|medarbeidar)\p{L}*`,
  'iu',
);
/**
 * The employees' mail named by «their» («e-posten deira», «e-posten deres», «their e-mail») where the clause checks how
 * the employees answer, write to or deal with others («Korleis dei tilsette svarar kundane, kontrollerer leiarane ved å
 * lese e-posten deira når dei vil», «Managers check how staff answer customers by reading their e-mail»:
 * variants-paraphrase5 PE058, session 28): whose mail the pronoun means is told by what is checked, the employees' own
 * answers (innsynsforskriften § 2). Not «their» alone («Saksbehandlerne leser e-posten deres og svarer»: the customers'
 * mail, read to answer it): the check of how the employees act must stand in the sentence.
 */
const THEIR_MAIL = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:e-?post(?:en|ene|ane|a)?|e-?postkass\p{L}*|innboks\p{L}*)\s+(?:deira|deres)|their\s+(?:work\s+)?(?:e-?mails?|mailbox(?:es)?|inbox(?:es)?))(?![\p{L}])`,
  'iu',
);
const mayTheirMail = gated(THEIR_MAIL);
const EMPLOYEES_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:korleis|hvordan|how|om|whether|if|kva|hva|what)\s+(?:dei\s+|de\s+|the\s+|our\s+|våre\s+|alle\s+|all\s+)?(?:${OCCUPATION}|ansatt|tilsett|medarbeid(?:er|ar)|employee|staff|worker)\p{L}*\s+(?:[\p{L}-]+\s+){0,1}?(?:svar|answer|repl|skriv|writ|behandl|handsam|handl|deal|serv|betjen|møt|treat|kommunis|communic|formuler|respond|følg|follow)\p{L}*`,
  'iu',
);
const theirMailChecked = (t: string): boolean =>
  mayTheirMail(t) &&
  EMPLOYEES_ACT().test(t) &&
  HOW().test(t) &&
  (OPEN().test(t) || /(?<![\p{L}])(?:reading|opening|lest|opna|åpnet)(?![\p{L}])/iu.test(t)) &&
  !MAIL_SECURITY().test(t) &&
  !mailboxConditions(t) &&
  t.split(PART_END).some((c) => THEIR_MAIL().test(c) && !NEGATION.test(c));
const MAIL_SECURITY = lazyPattern(
  String.raw`virus|malware|skadevare|skadel[ei]g kode|malicious|phishing|spam|nettfisk\p{L}*|sikkerhetsbrudd|tryggleiksbrot|security breach`,
  'iu',
);
/** Screening is a control verb here: «screen» is not in HOW, where it would read screening applicants. */
const SCREEN = lazyPattern(String.raw`(?<![\p{L}])(?:screen(?:s|ed|ing)?|skanne\p{L}*|skann(?:er|es)?)(?![\p{L}])`, 'iu');
/**
 * A clause that says the data is not used to check employees («Opptakene brukes ikke til kontroll av de ansatte», «skal
 * ikkje nyttast til å måle arbeidstempo», «never used to monitor whether staff …»): a negation before the control verb.
 * So is one that denies assessing («the recordings are not used to assess individual agents», «brukes ikke til å vurdere
 * den enkelte medarbeideren»: F's note, session 15; N). Such a clause is left out; a negation after the verb («kontrollere at de ansatte ikke tar med seg varer») is part of
 * the check itself, but not one right after it (the Norwegian passive: «Timelister kontrolleres ikke mot GPS-data fra
 * bilene», «blir ikkje kontrollert»; N, session 17), unless it says «not only» («kontrolleres ikke bare …»).
 */
const NOT_USED_TO_CHECK = lazyPattern(
  `[^.;:!?,]*(?:(?<![\\p{L}])(?:ikke|ikkje|aldri|never|not|cannot|can[’']t)\\s+(?:\\p{L}+\\s+){0,4}?(?:${HOW_OR_COUNTS.source}|${ASSESS.source})|(?:${HOW_OR_COUNTS.source}|${ASSESS.source})(?:\\p{L}*)\\s+(?:ikke|ikkje|aldri|never|not)(?![\\p{L}])(?!\\s+(?:bare|berre|kun|only|just)(?![\\p{L}])))[^.;:!?,]*`,
  'giu',
);
/**
 * What NOT_USED_TO_CHECK needs before anything can match, tested first (cheap): a control verb, and a negation (its
 * negation followed by a space is one of check/facts' NEGATION). The verbs first, through their gates (`has`): most
 * texts hold none, and NEGATION is the larger pattern (#16).
 */
/**
 * What a clause sets apart as not done («The IT supplier monitors the network for malware and intrusion, not employees'
 * internet use», «vi overvåkar nettverket, men ikkje korleis dei tilsette brukar internett»): the words after the
 * contrasting negation name what is NOT checked, to the clause's end, so they are left out (N6's review, session 21: it
 * fired on main). «Not only» / «ikke bare» affirms and is kept; so is «og ikke/and not», which inside a «that» clause is
 * what is checked («kontrollere at sjåførene går ut av bilen … og ikke bruker mobilen»: variants-avfall AV66).
 */
const CONTRAST_DENIED = lazyPattern(
  String.raw`(?:,\s*|\s+[-–—]\s+|\s+(?:but|men)\s+)(?:not|never|ikke|ikkje|aldri)(?![\p{L}])(?!\s+(?:bare|berre|kun|only|just|merely|alone)(?![\p{L}]))[^.;:!?,]*`,
  'giu',
);
const withoutContrastDenied = (t: string): string => (NEGATION.test(t) ? t.replace(CONTRAST_DENIED(), ' ') : t);
/**
 * The same with the weaker words of seeing (SEE) after the negation: «Opptakene brukes ikke til å se når de ansatte kommer
 * og går», «blir ikkje brukte til å sjekke at …», «are not used to see whether …» deny the check they name (it fired on
 * main; W13, session 24). Only a negation before the verb (up to four words), in the verb's own clause: «sjekke at
 * sjåførane ikkje nyttar mobilen» is the check itself. «Ikke bare» affirms.
 */
const NOT_USED_TO_SEE = lazyPattern(
  `[^.;:!?,]*(?<![\\p{L}])(?:ikke|ikkje|aldri|never|not|cannot|can[’']t)(?!\\s+(?:bare|berre|kun|only|just)(?![\\p{L}]))\\s+(?:\\p{L}+\\s+){0,4}?(?:${SEE.source})[^.;:!?,]*`,
  'giu',
);
/**
 * A check the body has stopped («We stopped checking when staff come to work and go home in 2022», «Vi slutta å sjekke når
 * dei tilsette kjem på jobb», «har sluttet med å kontrollere …»): no check now (reviewer N10, session 24). The clause from
 * the word of stopping, with the check verb (HOW, SEE, ASSESS) within four words after it, is left out.
 */
const STOPPED = lazyPattern(
  `[^.;:!?,]*(?<![\\p{L}])(?:stopped|ceased|quit|gave\\s+up|sluttet|slutta|avsluttet|avslutta|la\\s+ned)\\s+(?:\\p{L}+\\s+){0,4}?(?:${HOW.source}|${SEE.source}|${ASSESS.source})[^.;:!?,]*`,
  'giu',
);
const stoppedGate = gated(lazyPattern(String.raw`(?<![\p{L}])(?:stopped|ceased|quit|gave\s+up|sluttet|slutta|avsluttet|avslutta|la\s+ned)(?![\p{L}])`, 'iu'));
/**
 * What NOT_USED_TO_SEE needs, tested first and cheaply (SEE's own gate lets most texts through: its words are short): a
 * negation word, then a verb of seeing within four words, behind the negation words' gate.
 */
const negThenSee = gated(
  lazyPattern(
    String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|never|not|cannot|can[’']t)\s+(?:\p{L}+\s+){0,4}?(?:se|sjå|sjekke|sjekka|sjekk|passe|passa|see|find|look|lytte\p{L}*|listen\p{L}*|registrer\p{L}*|record\p{L}*|log|logge|loggar|logger)(?![\p{L}])`,
    'iu',
  ),
);
const withoutNotUsedToCheck = (t: string): string => {
  const checked = (has.HOW_OR_COUNTS(t) || has.ASSESS(t)) && NEGATION.test(t) ? t.replace(NOT_USED_TO_CHECK(), ' ') : t;
  const seen = negThenSee(checked) ? checked.replace(NOT_USED_TO_SEE(), ' ') : checked;
  return stoppedGate(seen) ? seen.replace(STOPPED(), ' ') : seen;
};

/**
 * A clause that says the tracking or logging is switched off («GPS-sporingen av bilene er slått av utanom arbeidstid», «GPS
 * tracking of the vans is switched off outside working hours», «posisjonsdelinga er deaktivert»): what is not running
 * checks nobody, so the clause is left out, as a negated control verb is (E, session 18: the English wording fired on
 * main, «gps» beside «tracking»). Not where the clause denies the switching off («kan ikkje slåast av», «is never turned
 * off»), which says the tracking always runs.
 */
const OFF_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:switched off|turned off|disabled|deactivated|slått av|slege av|slegen av|skrudd av|skrudde av|deaktivert\p{L}*|deaktivisert\p{L}*|avslått|avslegen)(?![\p{L}])`,
  'iu',
);
const SWITCHED_OFF = lazyPattern(String.raw`[^.;:!?,]*(?:${OFF_WORD.source})[^.;:!?,]*`, 'giu');
const withoutSwitchedOff = (t: string): string => (OFF_WORD().test(t) ? t.replace(SWITCHED_OFF(), (c: string) => (NEGATION.test(c) ? c : ' ')) : t);

/**
 * Alcohol and drug tests are medical examinations: arbeidsmiljøloven § 9-4 (1) lets the employer require them only
 * «a. når det følger av lov eller forskrift, b. ved stillinger som innebærer særlig risiko, c. når arbeidsgiver finner
 * det nødvendig for å verne liv eller helse». A purpose that tests all employees, or office staff, names no such
 * position or need; one that names the risky positions («safety-critical», «særlig risiko») is not judged here. A breath,
 * urine or saliva test, or a test «for alcohol/drugs», is such a test too («Random breath tests of all employees, office staff
 * included»: B3's blind set variants-luftfart LF42).
 */
const DRUG_TEST = lazyPattern(
  String.raw`(?:alcohol and drugs?|drugs? and alcohol|(?:alcohol|drug) (?:and drug )?(?:test|screen)|rustest|rusmiddeltest|ruskontroll|rustesting|alkoholtest|narkotikatest|promilletest|alkohol og rus|rus og alkohol|alkohol- og rus|rus- og alkohol)|(?<![\p{L}])(?:breath[- ]?(?:tests?|testing|tested)|breathaly[sz]\p{L}*|blåseprøv\p{L}*|alkotest\p{L}*|utåndingsprøv\p{L}*|(?:urine|saliva) (?:tests?|samples?)|urinprøv\p{L}*|spyttprøv\p{L}*|psychoactive substances? (?:tests?|testing)|(?:test|tests|testing|tested|screening|screened) for (?:alcohol|drugs|narcotics|psychoactive)|testes? for (?:alkohol|rus|narkotika))(?![\p{L}])`,
  'iu',
);
const EVERYONE = lazyPattern(
  String.raw`all (?:our )?(?:employees|staff|workers)|every employee|office (?:staff|workers|employees)|alle (?:våre )?(?:ansatte|tilsette|arbeidstakere|arbeidstakarar|medarbeidere|medarbeidarar)|kontoransatte|kontortilsette|administrativt (?:ansatte|tilsette)`,
  'i',
);
const RISKY_POSITIONS = lazyPattern(
  String.raw`safety[- ]critical|high[- ]risk|particular(?:ly high)? risk|særlig (?:stor )?risiko|sikkerhetskritisk|tryggleikskritisk|risikofylt`,
  'i',
);
/**
 * «All employees» narrowed by a relative clause to what they do («all employees who operate cranes or drive forklifts»,
 * «alle ansatte som fører kran»): a group of positions, which § 9-4 (1) b may cover, not everyone. A clause that only
 * says they work for the body («alle ansatte som jobber hos oss», «all employees who work for us») narrows nothing.
 */
const NARROWED = lazyPattern(
  `(?:${EVERYONE.source})\\s+(?:who|that|som)\\s+(?!(?:jobber|arbeider|arbeidar|jobbar|work|works|are employed|er ansatt|er tilsett)\\s+(?:hos oss|her|i selskapet|i bedriften|i konsernet|i verksemda|for us|here|in the company|at the company|in our company)(?![\\p{L}]))`,
  'iu',
);
/**
 * A test the employee takes of their own will («may use the breath tester in the canteen voluntarily», «frivillig
 * alkotest»): offered, not required, so no § 9-4 examination.
 */
const VOLUNTARY_TEST = lazyPattern(
  String.raw`voluntar\p{L}*|frivillig\p{L}*|if they wish|om de ønsker|om dei ønskjer|dersom de ønsker|dersom dei ønskjer`,
  'iu',
);
/** A clause that says who is not tested («office staff are not tested», «kontoransatte testes ikke»). */
const NOT_TESTED = lazyPattern(String.raw`[^.;:!?]*\b(?:not|never|ikke|ikkje|aldri)\b[^.;:!?]*`, 'gi');

/**
 * A measure of another group's use («elevenes nettbruk», «patrons' internet use», «nettbruken til elevane»): the
 * words are left out, so a school's check of pupils' internet use is not read as checking how employees work.
 */
const OTHERS_USE = lazyPattern(
  `(?<![\\p{L}])(\\p{L}+)(?:s|['’]s|['’])\\s+(?:${WHAT.source})|(?:${WHAT.source})\\s+(?:til|of)\\s+(?:dei\\s+|de\\s+|the\\s+|each\\s+|every\\s+|kvar\\s+|kvart\\s+|hver\\s+|hvert\\s+|den enkelte\\s+)?(\\p{L}+)`,
  'giu',
);
// OTHERS_USE matches only where WHAT does: the cheap test first.
const othersUse = (t: string): string =>
  has.WHAT(t)
    ? t.replace(OTHERS_USE(), (m: string, a?: string, b?: string) => (EMPLOYEES_OWN().test(a ?? b ?? '') || OCCUPATION_OWNER().test(a ?? b ?? '') ? m : ' '))
    : t;

/** The word after «at», «av», «om», «that», «whether», «of», «if» (and a determiner): who is checked, matched by stem. */
const CHECKED_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:at|av|om|that|whether|of|if|når|when)\s+(?:de\s+|dei\s+|the\s+|our\s+|alle\s+|all\s+)?(\p{L}+)`,
  'gu',
);

/**
 * An Art. 30(2) record whose own words say the processor uses the controllers' data to check its OWN staff («kontrollere
 * når våre vaktmestere og renholdere kommer og går i byggene», «monitor our technicians' working hours»): that use is the
 * processor's purpose, not the controller's instruction, so the processor «shall be considered to be a controller in
 * respect of that processing» (GDPR Art. 28(10)), and as employer it is a control measure (arbeidsmiljøloven § 9-1):
 * `processor-own-use`, a warning. Read part by part (between commas): the processor's own staff (OWN_STAFF) and a control
 * verb (HOW) with no negation before it; a part about access or security («kontrollere våre ansattes tilgang til
 * kundedata», Art. 32) is the processor's duty to the controller, not a use of the data against its staff.
 */
const OWN_STAFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:våre|vår|eigne|egne|our|our own)\s+(?:egne\s+|eigne\s+|own\s+)?(?:ansatte\p{L}*|tilsette\p{L}*|medarbeider\p{L}*|medarbeidar\p{L}*|arbeidstaker\p{L}*|arbeidstakar\p{L}*|vaktmest\p{L}*|vaktmeist\p{L}*|renholder\p{L}*|reinhaldar\p{L}*|tekniker\p{L}*|teknikar\p{L}*|montør\p{L}*|sjåfør\p{L}*|staff|employees?'?|workers?'?|caretakers?'?|cleaners?'?|technicians?'?|drivers?'?)(?![\p{L}])`,
  'iu',
);
// Training and confidentiality declarations («kontrollerer at våre ansatte har gjennomført opplæring i personvern», «signert
// taushetserklæring») are the processor's duty too: those it authorises have committed to confidentiality and act on
// instructions (Art. 28(3)(b), 29, 32(4); W1 false-alarm review, 2026-11-30).
const ACCESS_OR_SECURITY = lazyPattern(
  String.raw`tilgang|innsyn|oppslag|access|look-?ups?|sikkerhet|tryggleik|security|taushets\p{L}*|teiepli\p{L}*|confidential\p{L}*|opplæring\p{L}*|opplæringa|trained|training|personvernkurs\p{L}*|e-?læring\p{L}*`,
  'iu',
);
const OURS = lazyPattern(String.raw`(?<![\p{L}])(?:våre|vår|our|egne|eigne)(?![\p{L}])`, 'iu');
const checksOwnStaff = (text: string): boolean =>
  // Their attendance read off the log («kontrollere når vaktmeistrane og reinhaldarane våre kjem og går»: attendanceChecked).
  text.split(SENTENCE_END).some((c) => OURS().test(c) && attendanceChecked(c)) ||
  text.split(PART_END).some((part) => {
    const how = HOW().exec(part);
    return how !== null && OWN_STAFF().test(part) && !NEGATION.test(part.slice(0, how.index)) && !ACCESS_OR_SECURITY().test(part);
  });

/**
 * Whether a text says employees are checked in how they work or behave (the readings above, one by one), with clauses
 * that deny it and other groups' use left out. `groupChecked` reads the activity's own employee groups by name.
 */
/**
 * The large patterns, each run only on a text that holds the words every match of it holds (util/prefilter.ts: the same
 * answers, read from the patterns themselves).
 */
/**
 * The hours employees record, compared with where a tracker, log or camera places them («samanlikne timelistene til
 * inspektørane med AIS-sporet til oppsynsbåtane for å sjekke at timane stemmer»: variants-fiskeri FI29; «check the
 * technicians' timesheets against the vans' GPS logs», «stemplingane blir kontrollerte mot adgangsloggen»; F, session
 * 17): a check of whether they work the hours they say, a control measure (arbeidsmiljøloven § 9-1) whatever the tracker
 * was set up for. Either order; checking timesheets against the rota or the invoices is no tracking and is not read.
 */
const HOURS = String.raw`(?:\p{L}*timeliste\p{L}*|timelister|\p{L}*timeføring\p{L}*|\p{L}*timeregistrering\p{L}*|stempling\p{L}*|stemplingar|\p{L}*timesheets?|time\s*sheets?|clock-?ins?|clock-?in\s+times|hours\s+(?:worked|reported|logged|recorded)|(?:reported|logged|recorded)\s+hours|kjørebok\p{L}*|køyrebok\p{L}*|driving\s+logs?|mileage\s+logs?)`;
const TRACKED = String.raw`(?:[\p{L}-]*spor(?:et|a|ene|ane|ing\p{L}*)?|kjørebok\p{L}*|køyrebok\p{L}*|(?:driving|mileage|trip)\s+logs?|ais\p{L}*|gps\p{L}*|vms|posisjon\p{L}*|[\p{L}-]*logg(?:en|a|ar|er|ane|ene)?|adgangs\p{L}*|passering\p{L}*|kamera\p{L}*|tracks?|tracking|telematics|positions?|locations?|(?:gps|access|entry|badge|door|phone|vehicle|location)\s+(?:logs?|records?|data)|logs?|camera\p{L}*|footage)`;
const CHECK_VERB = String.raw`(?:sammenhold\p{L}*|samanhald\p{L}*|samanheld|samanheldt|set\s+against|sets\s+against|samanlikn\p{L}*|sammenlign\p{L}*|compar\p{L}*|kontroller\p{L}*|sjekk\p{L}*|check\p{L}*|avstem\p{L}*|verif\p{L}*|match\p{L}*|holde|halde|cross-?check\p{L}*)`;
const HOURS_AGAINST_TRACK = lazyPattern(
  String.raw`(?<![\p{L}])(?:${CHECK_VERB}\s+(?:[\p{L}'’-]+\s+){0,4}?${HOURS}|${HOURS}\s+(?:[\p{L}'’-]+\s+){0,4}?${CHECK_VERB})\s+(?:[\p{L}'’-]+\s+){0,4}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,3}?${TRACKED}(?![\p{L}])|(?<![\p{L}])${CHECK_VERB}\s+(?:[\p{L}'’-]+\s+){0,4}?${TRACKED}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,3}?${HOURS}(?![\p{L}])`,
  'iu',
);
/**
 * The rota or the check-in times set against an access-card, door-lock or badge log, a camera or a tracker to see whether
 * the employees arrive or leave on time («Vi sammenholder vaktplanen med adgangskortloggen for å kontrollere at de ansatte
 * kommer presis», «compare every assistant's check-in times with the user's electronic door-lock log to find assistants who
 * arrive late»: variants-ika IK76, variants-bpa BP84; W14, session 24): a check of punctuality by technical means, a
 * control measure (arbeidsmiljøloven § 9-1). The record set against the plan must be one that places the person (a card,
 * lock, badge or gate log, or camera recordings): a rota set against its own change log, the timesheets, the access-card
 * system (access rights, N10's review), a camera plan or a vehicle's position is not read, nor a clause that denies it.
 */
const PLANNED = String.raw`(?:\p{L}*vaktplan\p{L}*|\p{L}*vaktlist\p{L}*|turnus\p{L}*|arbeidsplan\p{L}*|rotas?|rosters?|shift\s+(?:plans?|schedules?)|check-?in\s+times|check-?out\s+times|check-?ins|innsjekk\p{L}*|utsjekk\p{L}*|innstempling\p{L}*|oppmøtetid\p{L}*)`;
const PLACES_PERSON = String.raw`(?:(?:logg(?:en|a)?|logs?|the\s+log)\s+(?:fra|frå|for|over|til|from|of)\s+(?:the\s+)?(?:\p{L}*(?:adgangs|tilgangs|nøkkel|dørlås|passerings)\p{L}*|(?:access|entry|key|swipe|badge|door)(?:-?cards?|\s+cards?)?)|\p{L}*(?:adgangs|tilgangs|nøkkel|dørlås|lås|passerings|porttelefon)\p{L}*(?:logg|registrering)\p{L}*|\p{L}*passeringslogg\p{L}*|\p{L}*kameraopptak\p{L}*|kamerabilete\p{L}*|kamerabilde\p{L}*|(?:access|entry|key|swipe|badge|door|door-lock|lock|gate|turnstile)(?:-?cards?)?\s+(?:[\p{L}-]+\s+)?(?:logs?|records?)|camera\s+(?:footage|recordings?|images)|cctv\s+(?:footage|recordings?)|footage)`;
const PLAN_AGAINST_PLACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${CHECK_VERB}|sammenhold\p{L}*|samanheld|samanhalde\p{L}*|samanhald\p{L}*|set\s+against|sets\s+against)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLANNED}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLACES_PERSON}(?![\p{L}])|(?<![\p{L}])(?:${CHECK_VERB}|sammenhold\p{L}*|samanheld|samanhalde\p{L}*|samanhald\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLACES_PERSON}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLANNED}(?![\p{L}])|(?<![\p{L}])${PLACES_PERSON}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${CHECK_VERB}|sammenhold\p{L}*|samanheld|samanhalde\p{L}*|samanhald\p{L}*|set\s+against)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLANNED}(?![\p{L}])|(?<![\p{L}])${PLANNED}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${CHECK_VERB}|sammenhold\p{L}*|samanheld|samanhalde\p{L}*|samanhald\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:med|mot|opp\s+mot|against|with|to)\s+(?:[\p{L}'’-]+\s+){0,4}?${PLACES_PERSON}(?![\p{L}])`,
  'iu',
);
/**
 * The employees themselves, or the user, doing it or choosing to («De ansatte kan selv sammenligne vaktplanen sin med
 * adgangskortloggen», «if they wish», «their own check-in times … if they think their hours are wrong»), what was done
 * before («tidligere», «used to», «avviklet»), or a police investigation of a break-in (N10's review): no control of
 * punctuality by the employer now.
 */
const OWN_OR_PAST = lazyPattern(
  String.raw`(?<![\p{L}])(?:selv|sjølv|sjølve|sjøl|themselves|himself|herself|their\s+own|his\s+own|her\s+own|if\s+they\s+(?:wish|think|believe)|om\s+dei\s+(?:ønskjer|meiner|trur)|hvis\s+de\s+(?:ønsker|mener|tror)|politi\p{L}*|police|etterforsk\p{L}*|investigat\p{L}*|innbrot\p{L}*|innbrudd\p{L}*|break-?ins?|tidligere|tidlegare|previously|formerly|used\s+to|avviklet|avvikla|discontinued|stopped)(?![\p{L}])`,
  'iu',
);
/**
 * A record that places the person (a door lock, access card, badge, gate, camera or tracker, or its log) read to find who
 * comes late or whether they arrive on time («for å finne dei som kjem for seint», «to see who comes late», «for å sjekke
 * om de ansatte møter presis», «to catch staff who clock in late»: variants-paraphrase4 PD081, PD082, the door-lock log set
 * against the check-ins in other words): a check of punctuality by technical means, a control measure (arbeidsmiljøloven
 * § 9-1), whatever the lock or the log is for. Only the employees' lateness (an activity about them, or staff named in the
 * sentence: pupils or children picked up late are no employees); not a sentence that denies it, the employees' own use or
 * the past (OWN_OR_PAST), or a check announced or agreed beforehand (ANNOUNCED).
 */
const LATE_SOUGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:finn\p{L}*|se|sjå|ser|avdekk\p{L}*|oppdag\p{L}*|kontroller\p{L}*|sjekk\p{L}*|vite|veta|find\p{L}*|see|sees|seeing|spot\p{L}*|catch\p{L}*|identif\p{L}*|detect\p{L}*|check\p{L}*|know|reveal\p{L}*|establish\p{L}*|flag\p{L}*)\s+(?:ut\s+|out\s+)?((?:[\p{L}'’-]+\s+){0,5}?)(?:kjem|kommer|kom|komme|koma|møter|møtte|møte|arrives?|arrived|arriving|comes?|came|turns?\s+up|shows?\s+up|clocks?\s+in|clocked\s+in|starts?)\s+(?:[\p{L}-]+\s+){0,2}?(?:for\s+seint|for\s+sent|seint|sent|late|too\s+late|presis|punktlig|på\s+tid|i\s+tide|on\s+time|punctually|(?:i|til|på)\s+(?:rett|riktig)\s+tid|in\s+time|at\s+the\s+right\s+time)(?![\p{L}])`,
  'iu',
);
const PLACES_MEANS = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*dørlås\p{L}*|\p{L}*låsen|låsane|låsene|\p{L}*adgangs\p{L}*|\p{L}*nøkkelkort\p{L}*|\p{L}*kortles\p{L}*|\p{L}*passering\p{L}*|\p{L}*kamera\p{L}*|gps\p{L}*|\p{L}*logg(?:en|a|ar|er|ane|ene)?|door(?:-?locks?|s)?|locks?|badges?|(?:swipe|access|key|id|entry)[-\s]?cards?|card\s+readers?|turnstiles?|gates?|cameras?|cctv|footage|logs?|tracker\p{L}*|tracking)(?![\p{L}])`,
  'iu',
);
const lateGate = gated(LATE_SOUGHT);
const lateSought = (t: string, aboutEmployees: boolean): boolean =>
  lateGate(t) &&
  t
    .split(SENTENCE_END)
    .some(
      (c) =>
        lateOneIsStaff(LATE_SOUGHT().exec(c), aboutEmployees) &&
        PLACES_MEANS().test(c) &&
        !NEGATION.test(c) &&
        !OWN_OR_PAST().test(c) &&
        !OWN_ACCESS().test(c) &&
        !ANNOUNCED().test(c),
    );
/** The plan set against the person's place, in a clause that does not deny it («Vi sammenholder ikke …»). */
const planAgainstPlace = (t: string): boolean =>
  has.PLAN_AGAINST_PLACE(t) && t.split(SENTENCE_END).some((c) => PLAN_AGAINST_PLACE().test(c) && !NEGATION.test(c) && !OWN_OR_PAST().test(c));
const has = gatedAll({
  PLAN_AGAINST_PLACE,
  HOURS_AGAINST_TRACK,
  WHAT,
  HOW_MEASURE,
  WHO_RANKED,
  POSITION,
  ATTENDANCE,
  HOW,
  FOLLOW_UP,
  EMPLOYEE_MAIL,
  INDIVIDUAL_EMPLOYEE,
  INDIVIDUAL_NAMED,
  PERFORMANCE,
  SEE,
  EMPLOYEES_CHECKED,
  CONDUCT,
  GENITIVE_PERFORMANCE,
  HOW_OR_COUNTS,
  ASSESS,
});
/**
 * CONDUCT and HOURS_AGAINST_TRACK by each of their ways (util/prefilter.ts `prefilterAny`): one way's first word alone let
 * their 5,400 and 2,400 characters be built and run on texts that hold no way's words (#16, session 27). CONDUCT's ways
 * are each its own pattern (`ways`), built only where its words are (session 28).
 */
const conduct = ways(CONDUCT);
const mayHoursAgainstTrack = prefilterAny(HOURS_AGAINST_TRACK);

/**
 * Employees ranked against each other («rangere medarbeiderne etter andel fakturerbare timer før lønnssamtalen», «rank the
 * advisers by sales each month», «rangere dei tilsette etter kor mange saker dei avsluttar»): a ranking names no individual
 * but compares each one's figures, so with a word of performance it is the individual employee's performance measured
 * (variants-regnskap RG08; W4, session 19). Only the employees as the ranking verb's object: ranking applicants, cases or
 * courses is not read, nor a ranking by seniority (no word of performance).
 */
const RANKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:rank|ranks|ranked|ranking|rangere|rangerer|rangerar|rangert|rangerte|rangeres|rangerast)\s+(?:the\s+|our\s+|all\s+|alle\s+|de\s+|dei\s+|våre\s+|vår\s+)?(?:ansatte|tilsette|medarbeiderne|medarbeidarane|medarbeidere|medarbeidarar|arbeidstakerne|arbeidstakarane|employees|staff|workers|(?:${OCCUPATION})(?:e|er|ene|ar|ane|s|es)?)(?![\p{L}])`,
  'iu',
);
/** The individual employee's performance: each one's and a word of performance, or employees' performance in the genitive. */
const individualPerformance = (t: string): boolean =>
  (has.INDIVIDUAL_EMPLOYEE(t) && has.PERFORMANCE(t)) || has.GENITIVE_PERFORMANCE(t) || (has.HOW(t) && RANKED().test(t) && has.PERFORMANCE(t)) || whoRanked(t);

/**
 * A clause whose individual employee is the one assessing («Hver inspektør vurderer kvaliteten på virksomhetens
 * internkontroll», «Kvar saksbehandlar vurderer kvaliteten på søknaden»): the inspector or caseworker judges a business or
 * a case, not their own work, so the clause is left out (N2a's review, session 18) — unless it names another individual
 * employee after it («kvar leiar vurderer arbeidet til den einskilde tilsette»).
 * So is one whose individual employee is the one who sees («Kvar tilsett kan sjå kor mykje tid dei sjølve har brukt
 * på kvart oppdrag», «each employee can see how much time they have logged»: their own figures; W4, session 19).
 */
const ACTOR_ASSESSES = lazyPattern(
  String.raw`^\s+(?:selv\s+|sjølv\s+)?(?:vurderer|vurderar|assesses|evaluates|judges|kontrollerer|kontrollerar|checks|inspects|inspiserer|reviews|gjennomgår|går\s+gjennom|(?:kan|can|may|får|gets?)\s+(?:selv\s+|sjølv\s+|also\s+|også\s+|og\s+)?(?:se|sjå|see|view|følge\s+med\s+på|følgje\s+med\s+på|follow)|ser|sees|views)(?![\p{L}])`,
  'iu',
);
const withoutActorAssesses = (text: string): string =>
  has.INDIVIDUAL_EMPLOYEE(text)
    ? text
        .split(/(?<=[.;:!?])/u)
        .map((c) => {
          const m = INDIVIDUAL_EMPLOYEE().exec(c);
          if (m === null) return c;
          const rest = c.slice(m.index + m[0].length);
          return ACTOR_ASSESSES().test(rest) && !INDIVIDUAL_EMPLOYEE().test(rest) ? ' ' : c;
        })
        .join('')
    : text;

function controlSaid(text: string, groupChecked: (t: string) => boolean): boolean {
  const { said, asked } = controlReading(text);
  return said || (asked !== undefined && groupChecked(asked));
}
/**
 * `controlSaidWith` read once per distinct text (util/memo.ts), for every activity that holds it: what the text says
 * without the activity's own employee groups (`said`), and the text those groups are asked about (`asked`), which
 * `controlSaidWith` asks only where the rest of that reading holds, last: the same answer as `controlSaidWith` with the
 * activity's groups.
 */
const SAID = { said: true } as const;
const NOT_SAID = { said: false } as const;
const controlReading = byText((text: string): { said: boolean; asked?: string } => {
  let asked: string | undefined;
  const said = controlSaidWith(text, (t) => {
    asked = t;
    return false;
  });
  return asked !== undefined ? { said, asked } : said ? SAID : NOT_SAID;
});
function controlSaidWith(text: string, groupChecked: (t: string) => boolean): boolean {
  // A check the body once made and has ended, or weighed and turned down («Tidligere målte vi hvor mange saker hver ansatt
  // behandlet, men det er avviklet»: reviewer N10, session 24), checks nobody now: those clauses are left out (check/past).
  const t = othersUse(withoutNotUsedToCheck(withoutContrastDenied(withoutSwitchedOff(withoutActorAssesses(withoutPast(text))))));
  return (
    ((has.WHAT(t) || howMeasured(t) || (has.POSITION(t) && LOCATING().test(t)) || has.ATTENDANCE(t)) && (has.HOW(t) || has.FOLLOW_UP(t))) ||
    (has.EMPLOYEE_MAIL(t) && (has.HOW(t) || SCREEN().test(t) || OPEN().test(t)) && !MAIL_SECURITY().test(t) && !mailboxConditions(t) && !mailDenied(t)) ||
    routineMailSaid(t) ||
    theirMailChecked(t) ||
    // Recording how many hours each employee worked, for pay (PAY_COUNT), is the working-hours record, not a check.
    (individualPerformance(t) && (has.HOW(t) || (has.SEE(t) && !PAY_COUNT().test(t)))) ||
    // The slowest or the least productive picked out, however the figures were got (time sheets too: WHO_RANKED's superlatives
    // are no pay count).
    (whoRanked(t) && (has.HOW(t) || has.SEE(t) || has.FOLLOW_UP(t))) ||
    // So is how long or how punctually each one works, seen («se hvor lenge hver plukker bruker på hver ordre»).
    (howMeasured(t) && has.SEE(t)) ||
    ((has.WHAT(t) || individualPerformance(t)) && COUNTS().test(t) && !PAY_COUNT().test(t)) ||
    (individualPerformance(t) && ASSESS().test(t) && RECORDED().test(t)) ||
    (has.INDIVIDUAL_EMPLOYEE(t) && (ASSESS().test(t) || has.HOW(t)) && RECORDED().test(t) && individualBehaves(t)) ||
    (has.INDIVIDUAL_EMPLOYEE(t) && OUTPUT_COUNT().test(t) && !PAY_COUNT().test(t)) ||
    // The activity's groups asked last (controlReading). The check words before CONDUCT: those are built for the readings
    // above, CONDUCT's 4,600 characters only where a check is said (session 23).
    ((has.HOW(t) || has.SEE(t) || has.FOLLOW_UP(t)) && conduct.test(t) && staffConduct(t) && (has.EMPLOYEES_CHECKED(t) || groupChecked(t))) ||
    (mayHoursAgainstTrack(t) && HOURS_AGAINST_TRACK().test(t)) ||
    planAgainstPlace(t) ||
    staffWorkQualityRecorded(t) ||
    offHoursTracked(t) ||
    whoAtWorkSeen(t) ||
    workingChecked(t) ||
    attendanceChecked(t) ||
    privateUseChecked(t) ||
    whereaboutsSeen(t) ||
    belowNormFollowed(t)
  );
}

/**
 * A camera or a log turned to who is at work («The camera also covers the coordinators' open-plan office so that the
 * manager can see who is at work», «kameraet viser òg kontorlandskapet, så leiaren kan sjå kven som er på jobb»:
 * variants-tolk TL22; F10, session 21; «slik at lederen ser hvem som er på jobb», «til å sjå kven av koordinatorane som er på
 * jobb»: G5's paraphrase5 PE059, PE060, session 27): seeing by technical means which employees are present is a check of their
 * attendance, a control measure (arbeidsmiljøloven § 9-1), whatever the camera was set up for (Art. 5(1)(b)). A recording
 * word (RECORDED) must be in the sentence and the clause that says it must not deny it («the camera is not used to see
 * who is at work»); a rota or a presence board without a camera or log is not read.
 */
const WHO_AT_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:see|sees|check|checks|know|knows|find\s+out|finds\s+out|monitor|monitors|se|ser|sjå|sjekke|sjekka|sjekker|sjekkar|vite|vete|vet|veit|får\s+vite|får\s+vete|følge\s+med\s+på|følgje\s+med\s+på|følger\s+med\s+på|følgjer\s+med\s+på)\s+(?:[\p{L}-]+\s+){0,3}?(?:who|hvem|kven)\s+(?:(?:of|av)\s+(?:the\s+|de\s+|dei\s+|our\s+|våre\s+)?[\p{L}-]+\s+)?(?:is|are|som\s+er|som\s+sit|som\s+sitter|som\s+har\s+møtt|has\s+come|have\s+come|har\s+kome|har\s+kommet)\s+(?:at|in|on|på|i|til)\s+(?:work|the\s+office|their\s+desks?|jobb(?:en)?|arbeid(?:et)?|kontoret|plassen|pulten|stades|stede)(?![\p{L}])|(?<![\p{L}])(?:see|sees|check|checks|know|knows|se|ser|sjå|sjekke|sjekker|vite|vete|vet|veit)\s+(?:[\p{L}-]+\s+){0,3}?(?:who|hvem|kven)\s+(?:(?:of|av)\s+(?:the\s+|de\s+|dei\s+|our\s+|våre\s+)?[\p{L}-]+\s+)?(?:is|are|som\s+er)\s+(?:present|til\s+stede|til\s+stades)(?![\p{L}])`,
  'iu',
);
/** A head count for safety («in an evacuation the fire warden can check who is in the office»: N7's review, session 21). */
const EMERGENCY = lazyPattern(
  String.raw`(?<![\p{L}])(?:evacuat\p{L}*|evakuer\p{L}*|fire|fires|brann\p{L}*|emergenc\p{L}*|nødsituasjon\p{L}*|naudsituasjon\p{L}*|alarm\p{L}*|beredskap\p{L}*|roll\s+calls?|head\s+counts?|opptelling\p{L}*|krise\p{L}*|crisis)(?![\p{L}])`,
  'iu',
);
const WHO_GATE = lazyPattern(String.raw`who|hvem|kven`, 'iu');
const whoAtWorkSeen = (t: string): boolean =>
  WHO_GATE().test(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = WHO_AT_WORK().exec(c);
    if (m === null || !RECORDED().test(c) || EMERGENCY().test(c)) return false;
    return !NEGATION.test(c.slice(0, m.index).split(PART_END).pop()! + m[0]);
  });

/**
 * When the staff come to or leave work, or whether they have been at work as long as the timesheets say, read off a
 * recording, a log or a card reader («Opptakene fra porten bruker driftslederen også til å sjekke når havnebetjentene kommer
 * på jobb og når de går hjem», «Loggen fra kortleserne går vi gjennom … for å se om havnebetjentene har vært på jobb så lenge
 * som timelistene viser», «Loggen blir òg brukt til å kontrollere når vaktmeistrane og reinhaldarane våre kjem og går»,
 * «the footage is used to check when the caretakers arrive and leave»: variants-havn HV42, HV43, variants-paraphrase6
 * PF058; session 35): a check of attendance by technical means, a control measure (arbeidsmiljøloven § 9-1), whatever the
 * camera or the log is for (Art. 5(1)(b)). A verb of checking or seeing, «når», «om», «hvor lenge», «when», «whether», the
 * staff (STAFF_ATTENDING: the general words, or a title of the body's own staff: a «-betjent», caretakers, cleaners,
 * guards; any title with «våre», «our»), and their coming and going or being at work. A recording word (RECORDED,
 * PLACES_MEANS) in the sentence. Not a clause that denies it, an emergency head count, a hypothetical, the staff's own look
 * or the past (OWN_OR_PAST); drivers, visitors, pupils or patients arriving are no staff.
 */
const STAFF_TITLE = String.raw`(?:\p{L}*(?:ansatte|tilsette|tilsatte|medarbeidere|medarbeiderne|medarbeidarar|medarbeidarane|arbeidstakere|arbeidstakerne|arbeidstakarar|arbeidstakarane)|personalet|employees|staff|workers|personnel|\p{L}*betjent(?:en|ene|ar|ane|er)?|vaktmest\p{L}*|vaktmeist\p{L}*|\p{L}*renholder(?:en|e|ne)?|\p{L}*reinhaldar(?:en|ar|ane)?|vekter(?:en|e|ne)?|vektar(?:en|ar|ane)?|caretakers|cleaners|janitors|security\s+guards|port\s+officers|(?:the\s+)?(?:caretaker|cleaner|janitor|port\s+officer)|saksbehandler(?:en|e|ne)|saksbehandlar(?:en|ar|ane)|sakshandsamar(?:en|ar|ane)|case\s+(?:officers|workers|handlers)|caseworkers|(?:hver|hvert|kvar|each|every)\s+(?:enkelt\s+|einskild\s+|enkelte\s+|einskilde\s+|single\s+|individual\s+)?(?:ansatt|tilsett|medarbeider|medarbeidar|arbeidstaker|arbeidstakar|saksbehandler|saksbehandlar|sakshandsamar|employee|worker|member\s+of\s+staff|staff\s+member|case\s+officer|caseworker))`;
const STAFF_OURS = String.raw`(?:(?:våre|vår|our|our\s+own|egne|eigne)\s+[\p{L}-]+|[\p{L}-]+\s+(?:våre|vår))`;
const STAFF_ONE = String.raw`(?:(?:de|dei|the|alle|all)\s+)?(?:${STAFF_OURS}|${STAFF_TITLE}(?:\s+(?:våre|vår))?)`;
const COME_GO = String.raw`(?:kom|kommet|komme|gikk|gjekk|gått|arrived|came\s+in|came|left|went|kommer|kjem|møter(?:\s+opp)?|går|drar|dreg|fer|forlater|forlèt|arrive|arrives|come|comes|come\s+in|comes\s+in|leave|leaves|go|goes|clock\s+(?:in|out)|clocks\s+(?:in|out)|turn\s+up|turns\s+up|show\s+up|shows\s+up)`;
const ATTENDING = String.raw`(?:${COME_GO}(?:\s+(?:og|and)\s+(?:(?:når|when)\s+(?:de|dei|they)\s+)?${COME_GO}|\s+(?:på|til|to|at|for)\s+(?:jobb\p{L}*|arbeid\p{L}*|work|vakt\p{L}*|duty|(?:their\s+)?shifts?|kontoret|the\s+office)|\s+(?:hjem|heim|home))|(?:har\s+vært|har\s+vore|har\s+vori|er|is|are|has\s+been|have\s+been)\s+(?:\p{L}+\s+)?(?:på\s+(?:jobb|arbeid|vakt)|i\s+(?:jobb|arbeid)|at\s+work|on\s+duty|on\s+shift|til\s+stede|til\s+stades|present|at\s+(?:their|his|her|the)\s+(?:desks?|workstations?|posts?)|ved\s+(?:pulten|skrivebordet|arbeidsplassen|arbeidsplassen\s+sin)|på\s+plass|på\s+kontoret|in\s+the\s+office))`;
const ATTENDANCE_CHECKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:oversikt|oversyn|rapport|report|overview|summary|liste|lista|list|utskrift|printout)\p{L}*\s+(?:[\p{L}-]+\s+){0,5}?(?:over|om|of|on|showing|som\s+viser|som\s+syner)|se|sjå|ser|sjekke|sjekka|sjekker|sjekkar|kontrollere|kontrollera|kontrollerer|kontrollerar|finne\s+ut|finna\s+ut|følge\s+med\s+på|følgje\s+med\s+på|vite|vete|see|sees|check|checks|find\s+out|monitor|monitors|know|verify|verifies|establish|track)\s+(?:(?:i|in|på|on|from|fra|frå|through|gjennom)\s+(?:the\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:(?:when|når|om|whether|if|at|that|hvor\s+lenge|kor\s+lenge|how\s+long)\s+)${STAFF_ONE}(?:\s+(?:og|and)\s+${STAFF_ONE})?\s+(?:(?:har|hadde|has|have|had)\s+)?(?:(?:faktisk|verkeleg|virkelig|actually|really|også|òg|also)\s+)?${ATTENDING}(?![\p{L}])`,
  'iu',
);
const PASSIVE_USED_TO = lazyPattern(String.raw`(?<![\p{L}])(?:is|are|be|been|being)\s+(?:\p{L}+\s+)?used\s+to(?![\p{L}])`, 'giu');
/**
 * Whether the staff use the employer's car, account or card for private ends, read off a GPS track or a log («Arbeidsgjevaren
 * får GPS-sporet for ein tur …, slik at han kan sjå om dei tilsette brukar firmakontoen til private køyringar»,
 * «to check whether staff use the company car privately»: variants-paraphrase6 PF052; session 35): a check of how they use
 * what the employer gives them, a control measure (arbeidsmiljøloven § 9-1). A recording or tracking word in the sentence,
 * the staff named (STAFF_ONE), a private use; the guards of attendanceChecked.
 */
const PRIVATE_USE_CHECKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:se|sjå|ser|sjekke|sjekka|sjekker|sjekkar|kontrollere|kontrollera|kontrollerer|kontrollerar|finne\s+ut|avdekke|avdekkje|oppdage|see|check|checks|find\s+out|detect|verify|establish|monitor)\s+(?:om|whether|if)\s+${STAFF_ONE}\s+(?:\p{L}+\s+)?(?:bruker|brukar|nytter|nyttar|use|uses)\s+(?:[\p{L}-]+\s+){1,4}?(?:til\s+|for\s+)?(?:privat\p{L}*|private|privately|personal|personlege?|personlig(?:e)?|egne\s+formål|eigne\s+føremål|own\s+purposes)(?![\p{L}])`,
  'iu',
);
const privateUseChecked = (t: string): boolean =>
  /privat|private|personal|personleg|personlig|egne\s+formål|eigne\s+føremål|own\s+purposes/iu.test(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = PRIVATE_USE_CHECKED().exec(c);
    if (m === null || !(RECORDED().test(c) || PLACES_MEANS().test(c) || LOCATING().test(c)) || OWN_OR_PAST().test(c.replace(PASSIVE_USED_TO(), ' ')))
      return false;
    const before = c.slice(0, m.index);
    return !HYPOTHETICAL().test(before) && !NEGATION.test(before.split(PART_END).pop()! + m[0]);
  });
const ATTENDANCE_GATE = lazyPattern(String.raw`når|om|when|whether|if|lenge|long`, 'iu');
const attendanceChecked = (t: string): boolean =>
  ATTENDANCE_GATE().test(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = ATTENDANCE_CHECKED().exec(c);
    // «is used to check» is no «used to» of the past (OWN_OR_PAST).
    const own = OWN_OR_PAST().test(c.replace(PASSIVE_USED_TO(), ' '));
    if (m === null || !(RECORDED().test(c) || PLACES_MEANS().test(c)) || EMERGENCY().test(c) || own) return false;
    const before = c.slice(0, m.index);
    return !HYPOTHETICAL().test(before) && !NEGATION.test(before.split(PART_END).pop()! + m[0]);
  });

/**
 * Whether the employees actually work, asked of a log, a clock, GPS, access cards or e-mail («loggen blir brukt til å se om
 * de ansatte faktisk jobber», «sjå om dei tilsette verkeleg arbeider», «to check whether staff are actually working»): an
 * indirect question about the staff's work, answered by technical means, is a check of their work, a control measure
 * (arbeidsmiljøloven § 9-1; R14, session 33). A verb of seeing, checking or finding out, «om», «at», «whether», «if»,
 * «that», the staff (a staff noun, not «noen», «anyone», «avdelingen»), and a verb of working in the present
 * («jobber», «arbeider», «er i arbeid», «work», «are working»); a recording word (RECORDED, or log-ins, time stamps,
 * access cards, e-mail) in the same sentence. Not a negated clause («brukes ikke til å se om»), a hypothetical («dersom
 * vi skulle», «if we were to»), the employee's own look («kan selv se om han har jobbet»: past, no staff noun after «om»).
 */
const WORKING_WHETHER = lazyPattern(
  String.raw`(?<![\p{L}])(?:se|ser|sjå|sjekke|sjekka|sjekker|sjekkar|kontrollere|kontrollera|kontrollerer|kontrollerar|finne\s+ut|finna\s+ut|følge\s+med\s+på|følgje\s+med\s+på|undersøke|undersøkje|see|sees|check|checks|find\s+out|finds\s+out|verify|verifies|establish|monitor|monitors)\s+(?:om|at|whether|if|that)\s+(?:de\s+|dei\s+|the\s+|our\s+|våre\s+|alle\s+|all\s+)?(?:[\p{L}-]+\s+(?:og|and)\s+(?:de\s+|dei\s+|the\s+)?(?:andre\s+|other\s+)?)?\p{L}*(?:ansatte|tilsette|medarbeidere|medarbeiderne|medarbeidarar|medarbeidarane|arbeidstakere|arbeidstakerne|arbeidstakarar|arbeidstakarane|employees|staff|workers|personalet)\s+(?:(?:i|på|ved|in|at|on)\s+\p{L}+\s+)?(?:\p{L}+\s+)?(?:jobber|jobbar|arbeider|arbeidar|er\s+i\s+arbeid|er\s+i\s+jobb|work|works|(?:are|is)\s+(?:\p{L}+\s+)?working|do\s+their\s+(?:work|jobs?))(?![\p{L}])`,
  'iu',
);
const WORK_TRACE = lazyPattern(
  String.raw`innlogg\p{L}*|pålogg\p{L}*|log-?ins?(?![\p{L}])|tidsstemp\p{L}*|stempl\p{L}*|time\s*stamps?|clock-?ins?|adgangskort\p{L}*|nøkkelkort\p{L}*|kortles\p{L}*|access[- ]cards?|key[- ]cards?|e-?post\p{L}*|e-?mails?`,
  'iu',
);
const HYPOTHETICAL = lazyPattern(String.raw`(?<![\p{L}])(?:dersom|hvis|viss|skulle|were\s+to|should\s+we|if\s+we|would)(?![\p{L}])`, 'iu');
const WORKING_GATE = lazyPattern(String.raw`jobb|arbei|work`, 'iu');
const workingChecked = (t: string): boolean =>
  WORKING_GATE().test(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = WORKING_WHETHER().exec(c);
    if (m === null || !(RECORDED().test(c) || WORK_TRACE().test(c))) return false;
    const before = c.slice(0, m.index);
    return !HYPOTHETICAL().test(before) && !NEGATION.test(before.split(PART_END).pop()! + m[0]);
  });

/**
 * How fast or how much employees work, measured or followed up («følge opp hvor raskt de ansatte svarer foreldrene»,
 * «måle arbeidstempo», «the productivity of each agent»): no law imposes measuring it, so a legal obligation cited for the
 * purpose (a security log a regulation requires) does not take such a purpose out of the rule (variants-barnehage BH47;
 * L, session 13). So is how many cases or look-ups each employee handles («måle hvor mange oppslag og saker hver ansatt
 * behandler, og lederen følger opp dem som ligger under snittet» beside a security log on Art. 6(1)(c): variants-ika IK34;
 * W14, session 24). The working-hours record (arbeidsmiljøloven § 10-7) and its checks stay out.
 */
const PACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:raskt|fort|fast|quickly)(?![\p{L}])|arbeidstempo|produktivitet|productivity|work performance|arbeidsinnsats|arbeidsutførelse|arbeidsutføring|arbeidsprestasjon`,
  'iu',
);
/**
 * How long each employee is away from the work station, on breaks or in the toilet, seen from a log, a card or a camera
 * («bruke adgangskortloggen til å se hvor lenge den enkelte er borte fra arbeidsstasjonen», «see how long each employee is
 * away from the desk», «sjå kor lenge kvar tilsett har pause»; session 46, FW, variants-ferje FJ64): a measure of each
 * one's work no law imposes, beside a working-hours or manning record a law does (arbeidsmiljøloven § 10-7, skipssikkerhetsloven).
 * Only the time away (AWAY) in the measured question (howMeasured, with its guards of tenure and leave): how long each one
 * worked is that record.
 */
const AWAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:lenge|long|mye\s+tid|mykje\s+tid|much\s+time)\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:borte|vekke|away|ute|gone)\s+(?:fra|frå|from)|(?:på|i|in|on|at|har|tek|tar|takes?)\s+(?:\p{L}+\s+)?(?:pause|pausen|pauser|pausar|breaks?|toalett\p{L}*|toilet|røykepaus\p{L}*|smoke\s+breaks?|lunsj|lunch))(?![\p{L}])`,
  'iu',
);
const awayTimed = (t: string): boolean => AWAY().test(t) && howMeasured(t) && SEE().test(t);
const paceSaid = byText(
  (t: string): boolean =>
    (PACE().test(t) || (INDIVIDUAL_EMPLOYEE().test(t) && (PERFORMANCE().test(t) || OUTPUT_COUNT().test(t))) || whoRanked(t) || awayTimed(t)) &&
    // Counting each one's output is measuring it («telje kor mange konsultasjonar kvar helsesjukepleiar dokumenterer per dag»:
    // variants-helsestasjon HS35; R3, session 31), as controlSaidWith reads COUNTS.
    (HOW().test(t) || SEE().test(t) || FOLLOW_UP().test(t) || (COUNTS().test(t) && !PAY_COUNT().test(t))) &&
    controlSaid(t, () => false),
);
/**
 * How employees use their computers, systems, e-mail or the internet, followed or checked («følge med på hvordan den
 * enkelte bruker systemene», «monitor staff's internet use»): innsynsforskriften (FOR-2018-07-02-1108) § 2 second paragraph
 * «Arbeidsgiver har ikke rett til å overvåke arbeidstakers bruk av elektronisk utstyr, herunder bruk av Internett, med
 * mindre formålet med overvåkingen er a. å administrere virksomhetens datanettverk eller b. å avdekke eller oppklare
 * sikkerhetsbrudd i nettverket». A legal obligation to limit access (forskrift om behandling av personopplysninger i
 * kriminalomsorgen § 7: only staff who need it «skal ha tilgang») imposes no watch on how each one uses the systems, so
 * such a purpose is judged though it cites one (variants-kriminalomsorg KO50; W7, session 21). Not where the words name the
 * two purposes the regulation allows (network administration, security breaches, malware).
 */
const EQUIPMENT_USE = lazyPattern(
  String.raw`e-post- og internettbruk|e-postbruk|internettbruk\p{L}*|nettbruk\p{L}*|nettleserhistorikk|nettlesarhistorikk|browsing history|browser history|web use|internet use|use of e-?mail and (?:the )?internet|e-?mail and internet use|(?<![\p{L}])(?:hvordan|korleis|how)\s+(?:den enkelte|den einskilde|hver enkelt|kvar enkelt|each|every|the individual)\s+(?:\p{L}+\s+)?(?:bruker|brukar|nyttar|uses|use)\s+(?:\p{L}+\s+){0,1}?(?:\p{L}*system\p{L}*|pc\p{L}*|datamaskin\p{L}*|computers?|verktøy\p{L}*|tools?|internett|nettet|the\s+internet|e-?post\p{L}*|e-?mail)(?![\p{L}])`,
  'iu',
);
const NETWORK_ADMIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:administrer\p{L}*|drift\p{L}*|administer\p{L}*|run\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*nettverk\p{L}*|datanett\p{L}*|network\p{L}*)|network\s+administration`,
  'iu',
);
const equipmentUseSaid = byText(
  (t: string): boolean => EQUIPMENT_USE().test(t) && !MAIL_SECURITY().test(t) && !NETWORK_ADMIN().test(t) && controlSaid(t, () => false),
);

/**
 * Recorded data turned on the employees themselves (B3's blind set variants-luftfart LF44, LF45, 2026-12-01): in an
 * activity about employees, a purpose that feeds what is recorded into their appraisal or a disciplinary case («take it
 * into account in their annual performance appraisal», «brukes i medarbeidersamtalen», «grunnlag for advarsel»), or that
 * listens to or watches a recording to judge their conduct («listen to the cockpit voice recording when a passenger
 * complains about the crew's conduct», «se opptaket for å vurdere oppførselen til den ansatte»), is a control measure
 * (arbeidsmiljøloven § 9-1): a record kept for safety or documentation is turned to checking how they work (Art. 5(1)(b)).
 * The data must be recorded: a RECORDED word in the clause, or, for the appraisal, a device among the activity's sources
 * (flight recorders, cameras, logs). A clause that denies it («never to discipline a crew member», «ikke brukt i
 * medarbeidersamtaler»), or gives the employee their own data at their request, is not read.
 */
const APPRAISAL = lazyPattern(
  String.raw`(?<![\p{L}])(?:apprais\p{L}*|performance (?:reviews?|evaluations?)|disciplinary|medarbeidersamtal\p{L}*|medarbeidarsamtal\p{L}*|utviklingssamtal\p{L}*|disiplinær\p{L}*|advarsel|advarsler|åtvaring\p{L}*|personalsak\p{L}*)(?![\p{L}])`,
  'iu',
);
const LISTEN_OR_WATCH = lazyPattern(
  String.raw`(?<![\p{L}])(?:lytte\p{L}*|lyd\p{L}*\s+(?:på|til)|listen\p{L}*|watch\p{L}*|view\p{L}*|review\p{L}*|se\s+(?:på|gjennom)|sjå\s+(?:på|gjennom)|gå\s+gjennom|(?:spill|spel)\p{L}*\s+av|play\p{L}*\s+back)(?![\p{L}])`,
  'iu',
);
const CONDUCT_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:conduct|behaviou?r|demeanou?r|oppførsel\p{L}*|framferd\p{L}*|åtferd\p{L}*|atferd\p{L}*|adferd\p{L}*)(?![\p{L}])`,
  'iu',
);
/** The employee's own use, at their own request («pilots may ask for their own flight data for their development talk»). */
const OWN_REQUEST = lazyPattern(
  String.raw`(?<![\p{L}])(?:request\p{L}*|asks?|asked|ber om|bed om|bad om|own|egne|eigne|eget|eige|selv ønsker|sjølv ønskjer|on (?:their|his|her) (?:own )?initiative)(?![\p{L}])`,
  'iu',
);
const APPRAISAL_GATE = lazyPattern(String.raw`apprais|performance|disciplin|samtal|disiplin|advars|åtvaring|personalsak|løn|pay`, 'iu');
/**
 * What is recorded put to use, said with the recording as the subject (the description's reading): «the logs are also
 * used to measure …», «loggane blir òg nytta til …», «opptaka brukes i …», «data from the booking system are used …»; or
 * listening in (LISTEN_IN). Not a recording word elsewhere in the sentence («join the client's calls by video and each
 * interpreter's appraisal uses the feedback survey»; «the appraisal talk is logged as held»).
 */
const RECORDED_USED = lazyPattern(
  String.raw`(?<![\p{L}])(?:logs?|logg(?:en|ene|ane|a|ar|er)?|access\s+logs?|recordings?|opptak(?:et|a|ene|ane)?|videoopptak\p{L}*|footage|camera\s+(?:images|footage|recordings?)|kamerabild\p{L}*|kamerabilet\p{L}*|(?:data|figures|tal|tall)\s+(?:from|fra|frå|in|i)\s+(?:the\s+)?[\p{L}-]+)\s+(?:(?:are|is|will\s+be|may\s+be|can\s+be|blir|vert|er|kan|skal|may|can)\s+)?(?:also\s+|òg\s+|også\s+|then\s+|dessutan\s+|dessuten\s+)?(?:(?:bli|be|verte)\s+)?(?:used|brukt|brukes|brukast|nytta|nyttast|fed|lagt\s+til\s+grunn)(?![\p{L}])`,
  'iu',
);
/**
 * A log or a recording the controller puts to another use on its own staff (W11, session 23; variants-legevakt LV07, LV21,
 * LV22): «leiaren bruker loggen til å sjå kvar dei tilsette er gjennom vakta og kor lange pausar dei tek», «Leiaren bruker òg
 * opptaka til å sjå om dei tilsette kjem presis på vakt», «bruker loggen til å sjå kor mange pasientar kvar tilsett har
 * opna, og vektlegg det i lønsforhandlingane», «the manager uses the footage to see whether staff arrive on time». The law
 * that makes the alarm, the camera or the access log lawful (arbeidsmiljølova § 4-3, pasientjournallova § 22) does not
 * impose that use: it is a control measure (arbeidsmiljølova § 9-1) and a new purpose (Art. 5(1)(b)), read even where every
 * purpose rests on such a law. Only with the staff named, and what is seen their whereabouts, breaks or conduct, or the
 * result weighed in pay; not a denied sentence («Loggen blir ikkje brukt i lønsforhandlingane»).
 */
const RECORD_TURNED = lazyPattern(
  String.raw`(?<![\p{L}])(?:bruker|brukar|bruke|bruka|nyttar|nytter|nytte|nytta|uses?|using)\s+(?:òg\s+|også\s+|also\s+)?(?:the\s+)?(?:\p{L}+\s+)?(?:\p{L}*logg(?:en|ane|ene|a|ar|er)?|\p{L}*opptak(?:et|a|ene|ane)?|footage|recordings?|logs?|kamerabilete\p{L}*|kamerabild\p{L}*|videoopptak\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:til|for|to|i|in)(?![\p{L}])`,
  'iu',
);
/**
 * The record turned with its object first, as bokmål and nynorsk often put it («Adgangsloggen bruker biblioteksjefen også
 * til å se …», «Opptaka nyttar leiaren òg til …»: session 32, R7).
 */
const RECORD_FRONTED = lazyPattern(
  String.raw`(?:^|[,;])\s*(?:\p{L}*logg(?:en|ane|ene|a)|\p{L}*opptak(?:et|a|ene|ane)|kamerabileta|kamerabildene|videoopptak(?:et|a|ene|ane))\s+(?:(?:fra|frå|over|fra|på|i)\s+[\p{L}-]+\s+)?(?:bruker|brukar|nyttar|nytter)\s+(?:[\p{L}-]+\s+){1,3}?(?:til|for|i)(?![\p{L}])`,
  'iu',
);
/**
 * What is seen of the staff through the record: where they are, their breaks; and (session 32, R7) when they come, go or
 * lock themselves in and out («se når de ansatte låser seg inn og ut», «see when staff arrive»), who leaves early («hvem
 * som går tidligere enn vaktplanen sier», «who leaves before the end of the shift»), or their working hours or attendance
 * checked («kontrollere arbeidstiden til de ansatte», «check staff attendance»): a check of how they keep their hours
 * (arbeidsmiljøloven § 9-1), as ATTENDANCE reads for a purpose. Not a look at the log after a break-in, a theft or on
 * suspicion (INVESTIGATED): the log's own security purpose.
 */
const STAFF_SEEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:se|sjå|see|vite|know)\s+(?:kvar|hvor|where)\s+(?:dei|de|the|our)\s+(?:tilsette|ansatte|employees|staff)|pausar|pauser|pausane|pausene|breaks)(?![\p{L}])`,
  'iu',
);
const STAFF_HOURS_SEEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:se|sjå|see|vite|know|sjekke|sjekka|check|følge\s+med\s+på|følgje\s+med\s+på)\s+(?:når|when)\s+(?:dei|de|the|our)\s+(?:tilsette|ansatte|employees|staff)\s+(?:låser|låsar|kjem|kommer|går|drar|møter|arrive|leave|come|clock|log|logger|loggar|stempler|stemplar|swipe)|(?:hvem|kven|who)\s+(?:(?:av|of)\s+(?:de|dei|the|our)\s+[\p{L}-]+\s+)?(?:som\s+)?(?:går|drar|leaves?|goes|gjeng)\s+(?:(?:hjem|heim|home)\s+)?(?:tidligere|tidlegare|for\s+tidlig|for\s+tidleg|early|earlier|before)|(?:kontroller\p{L}*|sjekk\p{L}*|check\p{L}*|monitor\p{L}*)\s+(?:\p{L}+\s+)?(?:arbeidstid\p{L}*|working\s+hours|attendance|oppmøte\p{L}*))(?![\p{L}])`,
  'iu',
);
const PAY_WEIGHED = lazyPattern(
  String.raw`(?<![\p{L}])(?:lønsforhandling\p{L}*|lønnsforhandling\p{L}*|lønsoppgjer\p{L}*|lønnsoppgjør\p{L}*|lønsvurdering\p{L}*|lønnsvurdering\p{L}*|lønssamtal\p{L}*|lønnssamtal\p{L}*|lønstillegg\p{L}*|lønnstillegg\p{L}*|løn\p{L}*fastset\p{L}*|lønn\p{L}*fastsett\p{L}*|salary\s+(?:reviews?|negotiations?|setting)|pay\s+(?:negotiations?|talks?|reviews?|rises?|setting|decisions?))(?![\p{L}])`,
  'iu',
);
const STAFF_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:dei|de|the|our|alle|all)\s+(?:tilsette|ansatte|employees|staff)|(?:kvar|hver|each|every)\s+(?:tilsett|ansatt|employee|member\s+of\s+staff|staff\s+member)|tilsettes|ansattes|employees'|staff)(?![\p{L}])`,
  'iu',
);
/** The staff themselves use the record («Dei tilsette bruker loggen til å registrere pausane sine», «sjølve», «themselves»). */
const STAFF_OWN_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:dei|de|the|our)\s+(?:tilsette|ansatte|employees|staff)\s+(?:(?:kan|kann|may|can|skal)\s+)?(?:bruker|brukar|bruke|nyttar|nytter|nytte|use|uses)|sjølv|sjølve|selv|themselves|himself|herself)(?![\p{L}])`,
  'iu',
);
// Remembered per sentence: a record's activities share their descriptions, each read again for each activity (#16, session 46).
const recordTurnedOnStaff = byText(
  (c: string): boolean =>
    !NEGATION.test(c) &&
    !STAFF_OWN_USE().test(c) &&
    !OWN_REQUEST().test(c) &&
    (RECORD_TURNED().test(c) || RECORDED_USED().test(c) || RECORD_FRONTED().test(c)) &&
    STAFF_WORD().test(c) &&
    ((SEE().test(c) && conduct.test(c)) || STAFF_SEEN().test(c) || PAY_WEIGHED().test(c) || (STAFF_HOURS_SEEN().test(c) && !INVESTIGATED().test(c))),
);
/**
 * A record gone through, listened to or looked over by a manager, in any word order, to judge the staff's breaks, conduct or
 * pace (issue #12, R27, session 37: variants-vassverk VV49 «Posisjonsloggen går driftsleiaren gjennom kvar veke for å sjå om
 * montørane har teke for lange pausar», VV50 «Opptaka lyttar teamleiaren gjennom kvar månad for å vurdere kor effektivt kvar
 * kundebehandlar arbeider»): a check of how they work by technical means, a control measure (arbeidsmiljøloven § 9-1), which
 * no law that makes the tracker, the log or the recording lawful imposes (Art. 5(1)(b)). The verbs of reviewing as a family
 * (REVIEW): «gå/går … gjennom» with the object fronted or the subject between, «gjennomgå», «gjennomlytte», «lytte … gjennom/på»,
 * «sjå/se … over/gjennom», «ta … ut rapportar», «sjekke … opp», «følgje med på», «go through», «look over», «listen to», «keep an
 * eye on», «review»; in the present or the infinitive (a past review, «gjekk gjennom», «went through», is no check now). The
 * judgement of the staff (STAFF_JUDGED): their conduct (CONDUCT: «tek for lange pausar»; the staff named or the activity's
 * own group), the individual employee's performance, or their pace judged («jobbar raskt nok», «work fast enough»). A record
 * word (RECORDED) in the sentence. Not a denied sentence, the staff's own look, a hypothetical, nor a record looked at after a
 * break-in or on suspicion (INVESTIGATED).
 */
const REVIEW = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:gå|går|gås|gåast)\s+(?:[\p{L}-]+\s+){0,3}?i?gjennom|(?:gjennomgå|gjennomgår|gjennomgås|gjennomgåast|gjennomgang\p{L}*)|(?:gjennomlytt|gjennomlyd)\p{L}*|(?:lytte|lytter|lyttar|lyttes|lyttast|høre|høyre|hører|høyrer)\s+(?:[\p{L}-]+\s+){0,3}?(?:i?gjennom|på|til)(?![\p{L}])|(?:se|ser|sjå|sjekke|sjekka|sjekker|sjekkar)\s+(?:[\p{L}-]+\s+){0,3}?(?:over|i?gjennom|opp)(?![\p{L}])|(?:ta|tar|tek|takast|tas)\s+(?:[\p{L}-]+\s+){0,3}?ut\s+(?:[\p{L}-]+\s+)?(?:rapport\p{L}*|oversikt\p{L}*|oversyn\p{L}*|list\p{L}*|utskrift\p{L}*)|(?:følge|følgje|følger|følgjer)\s+med\s+på|(?:go|goes|going)\s+(?:[\p{L}-]+\s+){0,2}?through|(?:look|looks|looking)\s+(?:over|through|at)|(?:listen|listens|listening)\s+(?:to|through|in\s+on)|(?:keep|keeps|keeping)\s+an\s+eye\s+on|(?:review|reviews|reviewing|is\s+reviewed|are\s+reviewed)|(?:pull|pulls|run|runs)\s+(?:[\p{L}-]+\s+){0,2}?reports?)(?![\p{L}])`,
  'iu',
);
/** How fast or how hard the staff work, judged against enough («jobbar raskt nok», «works fast enough», «effektive nok»). */
const ENOUGH = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:raskt|fort|snøgt|effektivt|effektive?|hardt|produktivt|produktive?)\s+nok|(?:fast|quickly|efficiently|hard|productively|efficient|productive)\s+enough)(?![\p{L}])`,
  'iu',
);
/** The staff (or an occupation) as the subject of ENOUGH: a word before it, «om/whether/that» and the subject. */
const STAFF_SUBJECT = lazyPattern(String.raw`(?<![\p{L}])(?:om|at|whether|if|that)\s+(?:de\s+|dei\s+|the\s+|our\s+|alle\s+|all\s+|våre\s+)?([\p{L}-]+)`, 'giu');
const staffSubjectOf = (c: string, groupChecked: (t: string) => boolean, aboutEmployees: boolean): boolean =>
  has.EMPLOYEES_CHECKED(c) ||
  groupChecked(c) ||
  [...c.matchAll(STAFF_SUBJECT())].some((m) => (aboutEmployees && (OCCUPATION_OWNER().test(m[1]!) || TRADE().test(m[1]!))) || STAFF_TITLE_WORD().test(m[1]!));
/**
 * Tradespeople in the field named by their trade («fitters», «mechanics», «elektrikarane», «rørleggerne»): in an activity about
 * the body's employees they are its staff (only there: elsewhere a contractor's people).
 */
const TRADE = lazyPattern(
  String.raw`^(?:fitters?|mechanics?|electricians?|plumbers?|installers?|engineers?|linesmen|lineworkers?|elektriker\p{L}*|elektrikar\p{L}*|rørlegger\p{L}*|røyrleggjar\p{L}*|mekaniker\p{L}*|mekanikar\p{L}*|installatør\p{L}*|ingeniør\p{L}*)$`,
  'iu',
);
const STAFF_TITLE_WORD = lazyPattern(String.raw`^(?:${STAFF_TITLE})$`, 'iu');
const reviewGate = gated(REVIEW);
const recordReviewedOnStaff = (c: string, groupChecked: (t: string) => boolean, aboutEmployees: boolean): boolean => {
  const read = reviewRead(c);
  return read === REVIEWED_PERFORMANCE || (read === REVIEWED_IF_STAFF && staffSubjectOf(c, groupChecked, aboutEmployees));
};
/** What recordReviewedOnStaff reads of the sentence alone. */
const REVIEWED_NOT = 0;
/** The individual's performance judged: whoever the activity's staff are. */
const REVIEWED_PERFORMANCE = 1;
/** Conduct or pace judged: where the staff are the ones judged (staffSubjectOf, which depends on the activity). */
const REVIEWED_IF_STAFF = 2;
/**
 * The sentence's own part of recordReviewedOnStaff, remembered per sentence: a record's activities share their descriptions,
 * and each is read again for each activity (#16, session 46).
 */
const reviewRead = byText((c: string): number => {
  if (
    !RECORDED().test(c) ||
    !(reviewGate(c) || has.HOW(c) || has.SEE(c) || has.FOLLOW_UP(c)) ||
    NEGATION.test(c) ||
    STAFF_OWN_USE().test(c) ||
    OWN_REQUEST().test(c) ||
    HYPOTHETICAL().test(c) ||
    INVESTIGATED().test(c) ||
    OWN_OR_PAST().test(c)
  )
    return REVIEWED_NOT;
  if (individualPerformance(c)) return REVIEWED_PERFORMANCE;
  return (conduct.test(c) && staffConduct(c)) || (ENOUGH().test(c) && !OTHERS_ENOUGH().test(c)) ? REVIEWED_IF_STAFF : REVIEWED_NOT;
});
/** ENOUGH said of another group («om elevane les raskt nok», «whether customers pay fast enough»). */
const OTHERS_ENOUGH = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|at|whether|if|that)\s+(?:de\s+|dei\s+|the\s+|our\s+|alle\s+|all\s+)?(?:\p{L}*(?:elev|kund|pasient|barn|brukar|bruker|student|deltak|gjest|søk|medlem|abonnent)\p{L}*|pupils?|customers?|patients?|children|users?|students?|participants?|guests?|applicants?|members?|subscribers?|clients?)(?![\p{L}])`,
  'iu',
);
const INVESTIGATED = lazyPattern(
  String.raw`(?<![\p{L}])(?:innbrudd\p{L}*|innbrot\p{L}*|break-?ins?|burglar\p{L}*|tyveri\p{L}*|tjuveri\p{L}*|theft|hærverk\p{L}*|vandal\p{L}*|politi\p{L}*|police|etterforsk\p{L}*|investigat\p{L}*|mistanke\p{L}*|suspicion|suspected|brann\p{L}*|fire)(?![\p{L}])`,
  'iu',
);
/**
 * What each one does, counted, and the figures brought into their appraisal or pay talk («Bibliofil viser hvor mange
 * utlån hver bibliotekar registrerer, og tallene tas opp i medarbeidersamtalen», «how many calls each adviser handles is
 * raised in the annual appraisal», «kor mange saker kvar sakshandsamar avsluttar, blir brukt i lønssamtalen»: session 32,
 * R7): the individual's output measured by the system and used to assess them, a control measure (arbeidsmiljøloven
 * § 9-1), though no word of measuring is said. The one counted is any «hver/kvar/each» but a time or a unit («hver måned»,
 * «each branch»); the appraisal is of staff by its nature. Not a denied sentence, nor the employee's own use or request.
 */
const EACH_COUNTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvor|kor|how)\s+(?:mange|mye|mykje|many|much|often|ofte)\s+(?:[\p{L}-]+\s+){0,3}?(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|den\s+einskilde)\s+(?!(?:dag|døgn|uke|veke|måned|månad|år|time|kvartal|avdeling\p{L}*|eining\p{L}*|enhet\p{L}*|filial\p{L}*|seksjon\p{L}*|team|skole|skule|kontor|day|week|month|year|quarter|hour|department|unit|branch|office|school|site)(?![\p{L}]))[\p{L}-]+`,
  'iu',
);
const BROUGHT_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:tas\s+opp|takast\s+opp|tatt\s+opp|teke\s+opp|tar\s+(?:\p{L}+\s+)?opp|tek\s+(?:\p{L}+\s+)?opp|brukes|brukast|brukt|nyttast|nytta|vektlegg\p{L}*|legges\s+fram|lagt\s+fram|leggjast\s+fram|gjennomgås|gås\s+gjennom|drøftes|drøftast|used|raised|brought\s+up|discussed|reviewed|gone\s+through|weighed|taken\s+up|inngår|går\s+inn|tekne\s+opp|(?:legger|legg|leggjer)\s+(?:\p{L}+\s+)?fram|raises?|(?:brings?|takes?)\s+(?:\p{L}+\s+)?up|discuss(?:es)?)(?![\p{L}])`,
  'iu',
);
const EACH_GATE = lazyPattern(String.raw`(?<![\p{L}])(?:hver|hvert|kvar|kvart|each|every|enkelte|einskilde)(?![\p{L}])`, 'iu');
/** Whether a sentence of a text brings each one's count into the appraisal, read once per distinct text (util/memo.ts). */
const countAppraisedIn = byText(
  (text: string): boolean => (EACH_GATE().test(text) || COMPARED().test(text)) && APPRAISAL_GATE().test(text) && text.split(SENTENCE_END).some(countAppraised),
);
/**
 * Each one's recorded figures named by what they measure, not counted: «fartsdata og responstider for hver ambulansearbeider»,
 * «kvar sjåfør sine køyretider», «each paramedic's response times», «GPS-data per sjåfør» (variants-ambulanse AM57: «… går hver
 * måned gjennom fartsdata og responstider for hver ambulansearbeider og tar det opp i medarbeidersamtalen»; R30, session 38).
 * A word of measured data (speed, times, figures, positions, logs, statistics) with a person of the staff after «for/til/om/
 * of/per» + each, or each one's in the genitive. A unit, a vehicle or a station («for hver stasjon», «each ambulance») is no
 * person: its report brought into a talk measures no employee.
 */
const MEASURED = String.raw`(?:\p{L}*data|\p{L}*tider|\p{L}*tidene|\p{L}*tidane|\p{L}*tall|\p{L}*tallene|\p{L}*tal|\p{L}*tala|fart\p{L}*|\p{L}*hastighet\p{L}*|\p{L}*statistikk\p{L}*|\p{L}*logg(?:en|ar|er|ane|ene)?|\p{L}*målinger|\p{L}*målingane|\p{L}*målingene|\p{L}*registreringer|\p{L}*registreringar|posisjon\p{L}*|figures|times|numbers|speeds?|statistics|logs?|measurements|positions?|metrics|data)`;
const STAFF_PERSON = String.raw`(?:enkelt\s+|einskild\s+|individual\s+|single\s+)?(?:\p{L}*(?:${OCCUPATION})|\p{L}*(?:arbeider|arbeidar|medarbeider|medarbeidar|ansatt|tilsett|operatør|pleier|pleiar|fører|førar|betjent|paramedic|worker|officer|operator|employee|member\s+of\s+staff|staff\s+member))`;
const EACH_ONES_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:${MEASURED}\s+(?:[\p{L}-]+\s+){0,4}?(?:for|til|om|of|on|per|på)\s+(?:(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|den\s+einskilde)\s+)?${STAFF_PERSON}(?:e|en|ar|er|s)?|(?:hver|hvert|kvar|kvart|each|every|den\s+enkelte|den\s+einskilde)\s+${STAFF_PERSON}(?:s|'s|’s)?\s+(?:sine\s+|sin\s+|sitt\s+)?(?:[\p{L}-]+\s+){0,2}?${MEASURED})(?![\p{L}])`,
  'iu',
);
/**
 * The staff's figures compared or ranked, named in the plural genitive («Hver måned sammenligner driftslederen teknikernes
 * kjøretid, stopp og antall oppdrag, og tallene tas opp i medarbeidersamtalen»: variants-lading EV57; «lærarane sine
 * resultat blir samanlikna», «the drivers' delivery times are compared and raised in the appraisal»; R35, session 40):
 * setting one employee's figures against another's is measuring each of them, as «hver» is.
 */
const STAFFS_DATA = lazyPattern(
  String.raw`(?<![\p{L}])${STAFF_PERSON}(?:nes|enes|anes|ernes|arnes|s['’]|['’]s|ane\s+sine|ene\s+sine|arane\s+sine|erne\s+sine)\s+(?:[\p{L}-]+\s+){0,2}?(?:${MEASURED}|\p{L}*tid(?:a|en)?|\p{L}*resultat\p{L}*|results?|oppdrag\p{L}*|jobs?|stopp|stops?|sales?|salg\p{L}*|sal)(?![\p{L}])`,
  'iu',
);
const COMPARED = lazyPattern(
  String.raw`(?<![\p{L}])(?:sammenlign\p{L}*|samanlikn\p{L}*|compar\p{L}*|ranger\p{L}*|rank(?:s|ed|ing)?|benchmark\p{L}*|(?:settes|setjast|sett|set|stilles|stilt)\s+opp\s+mot)(?![\p{L}])`,
  'iu',
);
// Remembered per sentence: a record's activities share their descriptions, each read again for each activity (#16, session 46).
const countAppraised = byText(
  (c: string): boolean =>
    APPRAISAL_GATE().test(c) &&
    (APPRAISAL().test(c) || PAY_WEIGHED().test(c)) &&
    (EACH_COUNTED().test(c) || (EACH_GATE().test(c) && EACH_ONES_DATA().test(c)) || (COMPARED().test(c) && STAFFS_DATA().test(c))) &&
    BROUGHT_IN().test(c) &&
    !NEGATION.test(c) &&
    !STAFF_OWN_USE().test(c) &&
    !OWN_REQUEST().test(c),
);
/**
 * When each employee came, went or logged in and out, as an overview or a log (session 39, R33; variants-verneplikt VP60,
 * variants-samskipnad SS68: lexicon-words.ts EACH_WHEN_HEAD, COME_GO), brought into their appraisal, read off a log, a card
 * or a camera (PLACES_MEANS), or used to follow their hours («for å følge med på arbeidstiden»): the individual's
 * attendance checked by technical means, a control measure (arbeidsmiljøloven § 9-1). Not the overview of hours worked
 * that § 10-7 asks for on its own (a time sheet with neither a log nor an appraisal nor a following-up), not a denied
 * sentence, the employee's own view or request, the past, nor pupils, patients or visitors (the person is a staff word).
 */
const EACH_COMES_GOES = lazyPattern(
  String.raw`(?<![\p{L}])${EACH_WHEN_HEAD}${STAFF_PERSON}(?:e|en|ar|er|s)?\s+(?:[\p{L}-]+\s+)?${COMES_GOES_LOGS}(?![\p{L}])`,
  'iu',
);
const FOLLOWS_HOURS = lazyPattern(
  String.raw`(?<![\p{L}])(?:følge\s+med\s+på|følgje\s+med\s+på|holde\s+øye\s+med|halde\s+auge\s+med|kontrollere|kontrollera|sjekke|sjekka|overvåke|overvake|keep\s+an\s+eye\s+on|monitor|check|follow)\s+(?:\p{L}+\s+)?(?:arbeidstid\p{L}*|oppmøte\p{L}*|fråvær\p{L}*|fravær\p{L}*|punktlighet|punktlegheit|working\s+hours|hours|attendance|absence|punctuality)(?![\p{L}])`,
  'iu',
);
// Remembered per sentence: a record's activities share their descriptions, each read again for each activity (#16, session 46).
const eachComesGoes = byText(
  (c: string): boolean =>
    EACH_GATE().test(c) &&
    EACH_COMES_GOES().test(c) &&
    (APPRAISAL().test(c) || PLACES_MEANS().test(c) || FOLLOWS_HOURS().test(c)) &&
    !NEGATION.test(c) &&
    !OWN_OR_PAST().test(c) &&
    !OWN_REQUEST().test(c) &&
    !STAFF_OWN_USE().test(c),
);
/**
 * A recording of the employees' calls or of them on camera, or listening in, weighed in their pay («høyre på opptak av
 * samtalane … og bruke det i lønnsfastsetjinga», «use the recordings in pay reviews»: variants-paraphrase4 PD083, PD084):
 * as an appraisal is. Only sound or pictures: hours logged and used for pay are the pay itself.
 */
const HEARD_OR_SEEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:opptak\p{L}*|\p{L}*lydopptak\p{L}*|recordings?|recorded\s+calls?|kamera\p{L}*|camera\p{L}*|video\p{L}*|footage|dashcam\p{L}*|bodycam\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A text that names the staff and their appraisal (the description of an activity not about employees). */
// Remembered per sentence: a record's activities share their descriptions, each read again for each activity (#16, session 46).
const staffAppraisal = byText((t: string): boolean => APPRAISAL_GATE().test(t) && (APPRAISAL().test(t) || PAY_WEIGHED().test(t)) && STAFF_NAMED().test(t));
const recordedUsedOnEmployees = (text: string, deviceSource: boolean): boolean => (deviceSource ? recordedWithDevice : recordedWithoutDevice)(text);
// Read once per distinct text (util/memo.ts), with a device source and without.
const recordedWithDevice = byText((text: string) => recordedUsedOn(text, true));
const recordedWithoutDevice = byText((text: string) => recordedUsedOn(text, false));
const recordedUsedOn = (text: string, deviceSource: boolean): boolean =>
  text.split(SENTENCE_END).some((c) => {
    if (NEGATION.test(c) || OWN_REQUEST().test(c)) return false;
    return (
      ((APPRAISAL().test(c) && (RECORDED().test(c) || deviceSource || listensIn(c))) ||
        (PAY_WEIGHED().test(c) && (HEARD_OR_SEEN().test(c) || listensIn(c))) ||
        (RECORDED().test(c) && LISTEN_OR_WATCH().test(c) && CONDUCT_WORD().test(c))) &&
      !ANNOUNCED().test(c)
    );
  });

/**
 * Employees' look-ups checked (variants-ekom E48, variants-studiestotte ST78; W4, session 19): reviewing the log of what
 * staff look up in customer, patient or case records, to find look-ups without a need in their work («kontrollere at
 * ansatte bare slår opp kunders opplysninger når de har tjenstlig behov», «logge de ansattes oppslag … for å avdekke om
 * saksbehandlere snoker», «review staff look-ups in the member register»), is a control measure (arbeidsmiljøloven
 * § 9-1: «kontrolltiltak overfor arbeidstaker»), lawful with an objective reason, but § 9-2 (1) and (2) ask that it be
 * discussed with the employees' representatives as early as possible and announced to those affected before it starts.
 * Every clean registry of the corpus that checks look-ups says so («drøftet med de tillitsvalgte og kunngjort»): the
 * reading asks for it only where the activity's words say neither (DISCUSSED, not negated). The look-ups must be the
 * employees' own: their genitive («ansattes oppslag», «staff look-ups»), look-ups «by», «som», «gjort av» staff, or staff
 * before the verb («at en ansatt har slått opp», «om saksbehandlere snoker», «whether an employee looked up»); looking
 * up a person in a register (HR checking a new employee's address) is no look-up of theirs. A check verb (HOW, FOLLOW_UP,
 * or finding out: DETECT) must be in the same text.
 */
const STAFF_NOUN = String.raw`(?:\p{L}*ansatte?|\p{L}*tilsette?|tilsatte?|medarbeider\p{L}*|medarbeidar\p{L}*|arbeidstaker\p{L}*|arbeidstakar\p{L}*|employees?|staff(?:\s+members?)?|workers?|personnel|(?:${OCCUPATION})(?:e|er|ene|ar|ane|s|es)?)`;
/**
 * The one who comes late is the staff: the words between the verb of finding and the coming are words of asking or
 * pointing only («kven som», «whether they», «who») in an activity about employees, or name the staff («assistants who»,
 * «om dei tilsette»). A customer, a courier, a patient or an ambulance that comes late is no employee checked (N12's review,
 * session 26: «De ansatte sjekker i loggen om kunden kom for sent», «for å sjå om ambulansen kjem for seint»).
 */
const LATE_FUNCTION_WORD = lazyPattern(
  String.raw`^(?:om|hvem|kven|som|who|whether|if|which|dei|de|they|those|he|she|han|hun|ho|any|anyone|noen|nokon|of|av|the|our|våre|vår|alle|all|each|every|hver|kvar|oftest|often|most|mest|ofte|for|seg|til|vakt\p{L}*|shift|work|jobb\p{L}*|arbeid\p{L}*|på|i|in|at|ved|fra|frå|from|den|det|sin|si|sitt|sine|their)$`,
  'iu',
);
const LATE_STAFF_WORD = lazyPattern(String.raw`^(?:${STAFF_NOUN}|assistent\p{L}*|assistants?|employed|tilsett\p{L}*|vikar\p{L}*|substitutes?|temps?)$`, 'iu');
const lateOneIsStaff = (m: RegExpExecArray | null, aboutEmployees: boolean): boolean => {
  if (m === null) return false;
  const words = (m[1] ?? '').split(/\s+/u).filter((w) => w !== '');
  const staff = words.some((w) => LATE_STAFF_WORD().test(w.replace(/['’]s?$/u, '')));
  // A courier or supplier at our goods reception (DELIVERER, DELIVERY_TO_US): not our employee late.
  if (words.some((w) => DELIVERER().test(w)) && DELIVERY_TO_US().test(m.input ?? '')) return false;
  return (
    (aboutEmployees || staff) && words.every((w) => LATE_FUNCTION_WORD().test(w) || LATE_STAFF_WORD().test(w.replace(/['’]s?$/u, '')) || PLACES_MEANS().test(w))
  );
};
/** The employees seeing it themselves («The assistants can see in the app whether they arrived on time»). */
const OWN_ACCESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:${STAFF_NOUN}|assistent\p{L}*|assistants?|they|de|dei|du|you)\s+(?:(?:kan|can|may|får|fær|get|gets|skal)\s+)?(?:selv\s+|sjølv\s+|themselves\s+|also\s+|òg\s+|også\s+)?(?:se|sjå|ser|see|sees|view|check|sjekke|sjekka|finne|find)(?![\p{L}])`,
  'iu',
);
/**
 * The check announced beforehand, or agreed with the employee («med forvarsel», «etter avtale med tolken», «announced to the
 * interpreters», «agreed with the agent in the appraisal»): § 9-2's steps, not a covert check; a word of them denied («uten
 * forvarsel», «without notice») is not.
 */
const ANNOUNCED = lazyPattern(
  String.raw`(?=med|etter|varsl|inform|orienter|announced|with|told|notified|by|avtal|agree)(?<!(?:uten|utan|without|ikke|ikkje|not|never|aldri|no)\s+(?:[\p{L}-]+\s+){0,2})(?<![\p{L}])(?:med\s+forvarsel|etter\s+(?:forvarsel|varsel|avtale)|(?:varsl\p{L}*|informer\p{L}*|orienter\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:på\s+forhånd|på\s+førehand|i\s+forkant|i\s+forvegen|i\s+forveien)|announced|with\s+(?:prior\s+|advance\s+)?notice|(?:told|informed|notified)\s+(?:[\p{L}-]+\s+){0,3}?(?:beforehand|in\s+advance)|by\s+agreement|(?:avtalt|avtala|avtalte|agreed|agrees|agree)\s+(?:[\p{L}-]+\s+){0,4}?(?:med|with)\s+(?:the\s+|den\s+|dei\s+|de\s+|each\s+|kvar\s+|hver\s+)?(?:${STAFF_NOUN}|tolk\p{L}*|interpreters?|them|dem|deg|you|him|her))(?![\p{L}])`,
  'iu',
);
const LOOKUP_NOUN = String.raw`(?:oppslag\p{L}*|look-?ups?|innsyn\s+i\s+(?:journal\p{L}*|sak\p{L}*|mapp\p{L}*))`;
const LOOKUP_VERB = String.raw`(?:slår\s+opp|slå\s+opp|slått\s+opp|slo\s+opp|snoker|snokar|snoke|snoka|snoket|snoka|looks?\s+up|looked\s+up|looking\s+up|snoop(?:s|ed|ing)?|browse[sd]?\s+(?:in\s+)?(?:the\s+)?records)`;
/**
 * The quality of employees' work judged from a recording («branch managers review samples of the interior footage to assess
 * the quality of instructors' teaching», «vurdere kvaliteten på undervisninga til trafikklærarane ut frå opptaka», «se
 * gjennom videoopptakene for å vurdere kvaliteten på de ansattes arbeid»: variants-trafikkskole TS06; W7, session 21): the
 * quality word before the employees' genitive or before their work «til», «of», «by» them. With a verb of assessing,
 * checking or seeing and a recording (RECORDED) it is a check of how they work by technical means, a control measure
 * (arbeidsmiljøloven § 9-1), whatever the camera was set up for (Art. 5(1)(b)). Without a recording (a learners' survey,
 * an appraisal) it is not read; a clause that denies it («footage is never used to assess …») is left out before.
 */
const STAFF_GENITIVE = String.raw`(?:\p{L}*ansattes|\p{L}*tilsettes|tilsattes|medarbeideres|arbeidstakeres|employees'|employee's|staff's|workers'|(?:${OCCUPATION})(?:s'|'s|’s|s’|'|’|nes|enes|ernes|ens|ns|ane\s+sine|ene\s+sine))`;
/**
 * Listening in on employees' calls live («a coordinator may join staff interpreters' calls unannounced to score their
 * interpreting for the yearly appraisal», «lytte med på samtalene til tolkane», «medhør»: variants-tolk TL06; F10, session
 * 21): a check of their work by technical means as much as a recording is, so beside an appraisal it is read as RECORDED.
 */
const LISTEN_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:listen(?:s|ed|ing)?\s+in|(?:join(?:s|ed|ing)?|enter(?:s|ed|ing)?|dial(?:s|led|ling)?\s+into)\s+(?:the\s+|a\s+)?(?:(?:[\p{L}-]+\s+)?${STAFF_GENITIVE}|(?:staff|employee|worker)\s+[\p{L}-]+(?:s'|'s|’s|s’))\s+(?:[\p{L}-]+\s+)?calls?|medhør\p{L}*|(?:lytte|lytter|lyttar|lytta|lyttet)\s+med(?:\s+på)?|(?:lytte|lytter|lyttar|lytta|lyttet|høre|hører|hørte|høyre|høyrer|høyrde)\s+(?:[\p{L}-]+\s+){0,3}?på\s+(?:[\p{L}-]+\s+){0,3}?(?:samtal\p{L}*|telefonsamtal\p{L}*|opptak\p{L}*)|listen(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,2}?to\s+(?:[\p{L}'’-]+\s+){0,3}?(?:calls?|recordings?|recorded\s+calls?)|(?:calls?|samtal\p{L}*|opptak\p{L}*|recordings?)\s+(?:(?:are|is|were|was|get|gets|blir|vert|er|kan|can|may)\s+)?(?:(?:be|bli|verte|sometimes|also|òg|også|av\s+og\s+til)\s+)?(?:listened\s+to|listened\s+in\s+on|lytta\s+på|lyttet\s+på|høyrde\s+på|hørt\s+på|høyrt\s+på)|(?:går|gjeng|gå|kople|kobl\p{L}*)\s+inn\s+i\s+(?:[\p{L}-]+\s+){0,2}?samtal\p{L}*)(?![\p{L}])`,
  'iu',
);
/** LISTEN_IN behind its words (util/prefilter.ts): built only where it may match (#16). */
const listensIn = gated(LISTEN_IN);
const QUALITY_OF = String.raw`(?:quality|standard|kvalitet(?:en)?)\s+(?:of|on|in|på|i|av)\s+`;
const STAFF_WORK_QUALITY = lazyPattern(
  String.raw`(?<![\p{L}])${QUALITY_OF}(?:the\s+|our\s+|each\s+|every\s+|hver\s+|kvar\s+|den\s+enkelte\s+|den\s+einskilde\s+|de\s+|dei\s+)?${STAFF_GENITIVE}(?![\p{L}])|(?<![\p{L}])${QUALITY_OF}(?:the\s+)?(?:teaching|instruction|lessons?|work|service|undervisning\p{L}*|opplæring\p{L}*|opplæringa|arbeid(?:et)?|timane|timene|kjøretim\p{L}*|køyretim\p{L}*|tenesta|tjenesten)\s+(?:til|åt|by|of|from|fra|frå|given\s+by)\s+(?:the\s+|each\s+|every\s+|our\s+|den\s+enkelte\s+|den\s+einskilde\s+|dei\s+|de\s+|kvar\s+|hver\s+)?${STAFF_NOUN}(?![\p{L}])`,
  'iu',
);
const QUALITY_GATE = lazyPattern(String.raw`quality|standard|kvalitet`, 'iu');
/** The quality of employees' work named (it names the employees as those whose work is judged). */
/** STAFF_WORK_QUALITY's words, each alternative's own (QUALITY_GATE's «standard» is in many texts that name no one's work). */
const mayStaffWorkQuality = prefilterAny(STAFF_WORK_QUALITY);
const staffWorkQuality = (t: string): boolean => QUALITY_GATE().test(t) && mayStaffWorkQuality(t) && STAFF_WORK_QUALITY().test(t);
const staffWorkQualityRecorded = (t: string): boolean => staffWorkQuality(t) && (ASSESS().test(t) || has.HOW(t) || has.SEE(t)) && RECORDED().test(t);
/**
 * Employees tracked in their own time (variants-trafikkskole TS24; W7, session 21): a word of tracking and one of time off
 * work in a sentence that names the employees («Instructors who take a car home are tracked in the evening and at weekends
 * too», «Montørar som tek bilen med heim, blir spora òg utanom arbeidstida», «ansatte spores også på fritiden»). Tracking
 * after hours checks the employee's private life, not the work: a control measure needs an objective reason in the
 * business and must not burden the employee disproportionately (arbeidsmiljøloven § 9-1 (1)). Not a clause that denies it
 * («are not tracked outside working hours», «sporinga er slått av utanom arbeidstida»: left out before) nor a tracker the
 * employee can switch off or put in private mode.
 */
const TRACK_WORD = String.raw`(?:(?:track(?:s|ed|ing)?|gps-?track\p{L}*|spor(?:es|ast|er|ar|et|a|ing|inga|ingen)|gps-?spor\p{L}*|positioned|lokaliser(?:es|ast|t))(?![\p{L}])(?!\s+(?:data|logs?|records?|history|units?|devices?|informasjon|opplysning\p{L}*|historikk\p{L}*|logg\p{L}*|eining\p{L}*|enhet\p{L}*|boks\p{L}*))|(?:follow(?:s|ed|ing)?|følg(?:er|jer|de|te|e|je)\s+med\s+på|monitor\p{L}*|overvåk\p{L}*|overvak\p{L}*|watch(?:es|ed|ing)?|checks?|checked|sjekk\p{L}*|kontroller\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:gps-?\p{L}*|positions?|posisjon\p{L}*|locations?|whereabouts))`;
const OFF_HOURS = String.raw`(?:outside\s+(?:of\s+)?(?:working|work|office)\s+(?:hours|time)|after\s+(?:working\s+)?hours|after\s+work|off[- ]duty|(?:in\s+)?(?:their|his|her)\s+(?:free|spare|own|leisure)\s+time|on\s+(?:their\s+)?days\s+off|(?:take|takes|taking|took|drive|drives)\s+(?:a\s+|the\s+|their\s+)?(?:company\s+|school\s+|service\s+|work\s+)?(?:cars?|vans?|vehicles?)\s+home|private\s+(?:trips|journeys|driving)|utenfor\s+arbeidstid\p{L}*|utanfor\s+arbeidstid\p{L}*|etter\s+arbeidstid\p{L}*|fritid(?:a|en)?|(?:tar|tek|ta|kjører|køyrer)\s+(?:\p{L}+\s+){0,2}?bil\p{L}*\s+(?:med\s+)?(?:seg\s+)?(?:hjem|heim)|privat(?:kjøring|køyring)\p{L}*)`;
const OFF_HOURS_TRACKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${TRACK_WORD}[^.;:!?]{0,80}?(?<![\p{L}])${OFF_HOURS}|${OFF_HOURS}[^.;:!?]{0,80}?(?<![\p{L}])${TRACK_WORD})(?![\p{L}])`,
  'iu',
);
const TRACK_GATE = lazyPattern(String.raw`track|spor|lokalis|position|posisjon|gps|location|whereabouts`, 'iu');
/** A course or guidance about tracking («A course for instructors covers how employers may track staff …»): a topic. */
const TRACK_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:courses?|kurs\p{L}*|opplæring\p{L}*|training|e-?læring\p{L}*|seminar\p{L}*|lectures?|foredrag\p{L}*|guidance|rettleiing\p{L}*|veiledning\p{L}*|handbook|håndbok\p{L}*|handbok\p{L}*)(?![\p{L}])`,
  'iu',
);
const OFF_GATE = lazyPattern(String.raw`hours|work|duty|time|home|private|arbeidstid|fritid|hjem|heim|privat|days off`, 'iu');
const TRACK_AT = lazyPattern(String.raw`(?<![\p{L}])${TRACK_WORD}(?![\p{L}])`, 'iu');
const PRIVATE_MODE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:switch|switches|turn|turns|slå|slår|skru|skrur)\s+(?:\p{L}+\s+){0,3}?(?:off|av)|private\s+mode|privacy\s+mode|privatmodus|privat\s+modus)(?![\p{L}])`,
  'iu',
);
/** The staff, or those named as employed («calls handled by employed interpreters»: variants-paraphrase4 PD080). */
const STAFF_NAMED = lazyPattern(String.raw`(?<![\p{L}])(?:${STAFF_NOUN}|employed\s+[\p{L}-]+|fast\s+tilsette?|salaried\s+[\p{L}-]+)(?![\p{L}])`, 'iu');
const offHoursTracked = (t: string): boolean =>
  TRACK_GATE().test(t) &&
  OFF_GATE().test(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = OFF_HOURS_TRACKED().exec(c);
    if (m === null || PRIVATE_MODE().test(c) || TRACK_TOPIC().test(c) || !STAFF_NAMED().test(c)) return false;
    // The tracking word must not be denied in its part (between commas), before it or in the two words after it («blir
    // ikkje spora», «are not tracked», «spores ikke»); a negation later in the part is another clause's («… to see that
    // cars are not driven privately»).
    const t0 = TRACK_AT().exec(m[0]);
    const at = m.index + (t0?.index ?? 0);
    const after = c
      .slice(at + (t0?.[0].length ?? 0))
      .split(PART_END)[0]!
      .match(/^(?:\s+[\p{L}-]+){0,2}/u)![0];
    return !NEGATION.test(c.slice(0, at).split(PART_END).pop()! + (t0?.[0] ?? '') + after);
  });

/**
 * Where the employees are, shown to or seen by the employer through a means that locates them («Tenestebilane har
 * GPS-sporing, slik at leiaren kan sjå kvar inspektørane er i arbeidstida»: variants-byggesak BY37; «so that the manager can
 * see where the inspectors are», «lederen bruker GPS-data for å se hvor saksbehandlerne har vært», «følgjer posisjonen til
 * dei tilsette på kartet i appen»; E2, session 29): locating the person by technical means is a control measure
 * (arbeidsmiljøloven § 9-1; Datatilsynet on GPS in company cars), whatever the tracker was set up for (Art. 5(1)(b)). Two
 * structures: a verb of seeing or showing, then «where» and the staff as the subject of being somewhere («kvar inspektørane
 * er», «where each technician is»), or the staff's position («posisjonen til dei tilsette», «the employees' location») with
 * a verb of seeing, following or showing; both only with a means that locates (LOCATING) in the sentence. Not a vehicle or
 * a job whose position is seen with no staff as its subject (dispatch of the nearest car), «kvar» as «each» («kvar
 * inspektør sine saker»: only a plural staff noun is read after it), the employee's own view («kan sjølv sjå»), an
 * emergency or alarm, a course about it, nor a clause that denies it before the words.
 */
const WHERE_VERB = String.raw`(?:se|ser|sjå|sjekke|sjekka|sjekker|sjekkar|vite|veit|vet|følge\s+med\s+på|følgje\s+med\s+på|følger\s+med\s+på|følgjer\s+med\s+på|vise|viser|vises|visast|vist|see|sees|seen|check|checks|know|knows|find\s+out|finds\s+out|follow|follows|show|shows|shown|track|tracks|monitor|monitors|watch|watches)`;
const WHERE_STAFF_NOUN = String.raw`(?:${STAFF_NOUN}|(?:${OCCUPATION})ne|assistent\p{L}*|assistants?|vikar\p{L}*)`;
/** A pronoun for the staff («viser lederen hvor de er»): read only where the sentence names the staff (STAFF_NAMED). */
const WHERE_PRONOUN = String.raw`(?:de|dei|they|han|ho|hun|he|she)`;
const WHERE_BE = String.raw`(?:er|var|befinn\p{L}*|oppheld\s+seg|oppholder\s+seg|har\s+vore|har\s+vært|hadde\s+vore|hadde\s+vært|køyrer|kjører|is|are|was|were|have\s+been|has\s+been|had\s+been|go|goes|went|drive|drives)`;
const WHERE_STAFF = lazyPattern(
  String.raw`(?<![\p{L}])${WHERE_VERB}\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:hvor|where)\s+(?:(?:each|every|hver|kvar|one|any|some|all|alle|noen|nokon|ein|en)\s+(?:of|av)\s+)?(?:the\s+|our\s+|de\s+|dei\s+|våre\s+|each\s+|every\s+|hver\s+|all\s+|alle\s+)?(?:[\p{L}-]+\s+)?(?:${WHERE_STAFF_NOUN}|${WHERE_PRONOUN})|kvar\s+(?:(?:dei|de|våre|alle)\s+(?:[\p{L}-]+\s+)?${WHERE_STAFF_NOUN}|\p{L}+(?:ane|ene|arne|erne|arane|erane)|\p{L}*tilsette|\p{L}*ansatte))\s+(?:[\p{L}-]+\s+){0,1}?${WHERE_BE}(?![\p{L}])|(?<![\p{L}])(?:posisjon(?:en|ane|ene|ar|er)?|lokasjon(?:en|ane|ene|ar|er)?|position(?:s)?|location(?:s)?|whereabouts)\s+(?:til|åt|of)\s+(?:the\s+|our\s+|de\s+|dei\s+|våre\s+|each\s+|every\s+|hver\s+|kvar\s+|all\s+|alle\s+)?(?:[\p{L}-]+\s+)?${WHERE_STAFF_NOUN}(?![\p{L}])|(?<![\p{L}])(?:${STAFF_GENITIVE}|staff)\s+(?:[\p{L}-]+\s+)?(?:posisjon\p{L}*|lokasjon\p{L}*|positions?|locations?|whereabouts)(?![\p{L}])|(?<![\p{L}])${WHERE_VERB}\s+(?:that|at|whether|if|om)\s+(?:the\s+|our\s+|de\s+|dei\s+|våre\s+|each\s+|every\s+|hver\s+|kvar\s+|all\s+|alle\s+)?(?:[\p{L}-]+\s+)?(?:${WHERE_STAFF_NOUN}|(?:${OCCUPATION})(?:en|a))\s+(?:is|are|er)\s+(?:(?:really|actually|faktisk|verkeleg|virkelig)\s+)?(?:where|der|hvor|kvar)\s+(?:[\p{L}-]+\s+){1,4}?(?:should|skal|ought)(?![\p{L}])`,
  'iu',
);
const WHERE_SEEN_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:${WHERE_VERB}|på\s+(?:eit\s+|et\s+|ein\s+|en\s+)?kart\p{L}*|on\s+(?:a\s+|the\s+)?maps?)(?![\p{L}])`,
  'iu',
);
const OWN_VIEW = lazyPattern(
  String.raw`(?<![\p{L}])(?:selv|sjølv|sjøl|themselves|himself|herself|their\s+own|his\s+own|her\s+own|eigen|eige|egen|eget|sin\s+eigen|sin\s+egen)(?![\p{L}])`,
  'iu',
);
const PRONOUN_WHERE = lazyPattern(String.raw`(?:hvor|where|kvar)\s+(?:[\p{L}-]+\s+){0,3}?${WHERE_PRONOUN}\s`, 'iu');
const mayWhereStaff = gated(WHERE_STAFF);
const whereaboutsSeen = (t: string): boolean =>
  mayWhereStaff(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = WHERE_STAFF().exec(c);
    if (m === null || !LOCATING().test(c) || !WHERE_SEEN_VERB().test(c) || OWN_VIEW().test(c) || EMERGENCY().test(c) || TRACK_TOPIC().test(c)) return false;
    // A pronoun stands for the staff only where the sentence names them («Renholderne har en app som viser lederen hvor de er»).
    if (PRONOUN_WHERE().test(m[0]) && !STAFF_NAMED().test(c)) return false;
    return !NEGATION.test(c.slice(0, m.index).split(PART_END).pop()! + m[0]);
  });

/**
 * The employees whose counted output falls below the average or the norm, followed up or singled out («Leiaren brukar talet
 * på avslutta saker per sakshandsamar i fagsystemet til å følgje opp dei som ligg under snittet»: variants-byggesak BY28;
 * «follow up anyone whose closed cases fall below the team average», «tar en prat med dem som ligger under
 * gjennomsnittet»; E2, session 29): each one's output is measured against the others', a control of how they work
 * (arbeidsmiljøloven § 9-1). Only persons below it (a pronoun or staff with «som», «who», «whose»: «saker per
 * sakshandsamar under snittet» is a ratio of the unit), with a word of output or performance in the sentence (PERFORMANCE,
 * cases or calls), not pay (PAY_COUNT: «dei som ligg under snittet i lønn»), not denied before the words.
 */
const BELOW_NORM = lazyPattern(
  String.raw`(?<![\p{L}])(?:dei|de|dem|those|anyone|everyone|any|the\s+ones|${STAFF_NOUN})\s+(?:som|who|that|whose)\s+(?:[\p{L}-]+\s+){0,5}?(?:under|below|lågare\s+enn|lavere\s+enn|lower\s+than|less\s+than|short\s+of|bak)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?:\p{L}*snitt(?:et)?|\p{L}*gjennomsnitt(?:et)?|average|mean|median|norm(?:en|a)?|\p{L}*mål(?:et)?|targets?|benchmark|budsjett(?:et)?|budget|kvote(?:n|a)?|quotas?|kravet|krava|kravene)(?![\p{L}])`,
  'iu',
);
const OUTPUT_NOUN = lazyPattern(
  String.raw`(?<![\p{L}])(?:saker|saka|sakene|cases|calls?|volum\p{L}*|volumes?|samtal\p{L}*|oppdrag\p{L}*|tickets|henvendelse\p{L}*|førespurnad\p{L}*|inspeksjon\p{L}*|tilsyn|bookings?|bestilling\p{L}*|visits|besøk|jobs|tasks|oppgåver|oppgaver)(?![\p{L}])`,
  'iu',
);
const mayBelowNorm = gated(BELOW_NORM);
const belowNormFollowed = (t: string): boolean =>
  mayBelowNorm(t) &&
  t.split(SENTENCE_END).some((c) => {
    const m = BELOW_NORM().exec(c);
    if (m === null || !(OUTPUT_NOUN().test(c) || has.PERFORMANCE(c)) || PAY_COUNT().test(c)) return false;
    return !NEGATION.test(c.slice(0, m.index).split(PART_END).pop()! + m[0]);
  });

/**
 * An employee's own mailbox opened, said in the activity's description (variants-ppt PP07; W7, session 21: «Når ein
 * rådgivar er sjuk, les leiaren gjennom e-postkassa til rådgivaren for å følgje med på arbeidet»; «the manager reads the
 * absent adviser's mailbox», «lederen går gjennom e-postkassen til en ansatt som er borte»): the mailbox «til», «of» an
 * employee named as such or by occupation, or in their genitive, with a verb of opening or reading (OPEN). Innsynsforskriften
 * (FOR-2018-07-02-1108) § 2 allows it only «når det er nødvendig for å ivareta den daglige driften eller andre berettigede
 * interesser ved virksomheten» or «ved begrunnet mistanke» of a grave breach, and forbids monitoring the employee's use of
 * electronic equipment; § 3 asks for notice beforehand, a chance to speak and be present, or a written account afterwards.
 * Not where the sentence states a condition of § 2 (MAILBOX_CONDITIONS, or urgent matters, deadlines, «drifta», legitimate
 * interests: daily operations) or the § 3 notice («får melding først», «after telling them»: N6's review, session 21),
 * cites the regulation, names security or malware, or denies the reading in its clause («Leiaren les aldri …»); nor a
 * shared or functional mailbox.
 */
const OWNED_MAILBOX = lazyPattern(
  String.raw`(?<![\p{L}])(?:e-?postkass\p{L}*|e-?postkonto\p{L}*|innboks\p{L}*|mailbox(?:es)?|inbox(?:es)?|e-?mail\s+accounts?)\s+(?:til|åt|of|belonging\s+to)\s+(?:the\s+|a\s+|an\s+|en\s+|ei\s+|ein\s+|eit\s+|den\s+|dei\s+|de\s+)?(?:[\p{L}-]+\s+)?(?:${OCCUPATION}|rådgivar|\p{L}*ansatt|\p{L}*tilsett|tilsatt|medarbeid(?:er|ar)|arbeidstak(?:er|ar)|employee|staff\s+member|worker|colleague|kollega)\p{L}*(?![\p{L}])|(?<![\p{L}])${STAFF_GENITIVE}\s+(?:[\p{L}-]+\s+)?(?:e-?postkass\p{L}*|e-?postkonto\p{L}*|innboks\p{L}*|mailbox(?:es)?|inbox(?:es)?|e-?mail\s+accounts?)(?![\p{L}])`,
  'iu',
);
const MAILBOX_GATE = lazyPattern(
  String.raw`postkass|postkonto|innboks|mailbox|inbox|mail\s+account|e-?post(?:en|a)\s+(?:hans|hennes|hennar)|(?:his|her|their)\s+(?:work\s+)?e-?mails?`,
  'iu',
);
const DAILY_NEED = lazyPattern(
  String.raw`(?<![\p{L}])(?:haster|hastar|hastesak\p{L}*|hastande|hastende|urgent\p{L}*|pressing|akutt\p{L}*|frist\p{L}*|deadlines?|time-critical|tidskritisk\p{L}*|drifta|driften|running\s+of\s+the\s+(?:service|business|office)|berettiga|berettigede?|legitimate\s+interests?|(?:får|fær|gets?|is|are)\s+(?:\p{L}+\s+)?(?:melding|varsel|beskjed|told|notified|informed)\s+(?:først|på\s+førehand|på\s+forhånd|beforehand|first|in\s+advance)|blir\s+varsla|blir\s+varslet|after\s+(?:telling|notifying)|etter\s+varsel)(?![\p{L}])`,
  'iu',
);
const REGULATION_CITED = lazyPattern(
  String.raw`innsynsforskrift\p{L}*|e-?postforskrift\p{L}*|forskrift\s+om\s+(?:arbeidsgivers\s+|arbeidsgivars\s+)?innsyn|FOR-2018-07-02-1108|(?:e-?mail|e-?post|mailbox|access)\s+regulation(?:['’]s)?|regulation\s+on\s+(?:the\s+)?employer['’]?s\s+access|(?:regulation|forskrift(?:a|en)?)['’]?s?\s+(?:procedure|conditions|prosedyre|vilkår)`,
  'iu',
);
/**
 * The employee absent or gone and the work needing it («When a lawyer is absent or has left and clients' matters require
 * it, the firm may open the lawyer's mailbox»: variants-advokat's clean base): § 2 first paragraph a, access «nødvendig
 * for å ivareta den daglige driften eller andre berettigede interesser ved virksomheten», said in the case's own words.
 * Both are needed: an absence alone («Når ein rådgivar er sjuk, les leiaren … for å følgje med på arbeidet», PP07) is not.
 */
const ABSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:absent|away|has\s+left|have\s+left|left\s+the\s+(?:firm|company|service)|on\s+leave|fraværende|fråverande|borte|har\s+slutta|har\s+sluttet|slutta|sluttet)(?![\p{L}])`,
  'iu',
);
const WORK_REQUIRES = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:matters?|cases?|work|clients?['’]?\s+\p{L}+)\s+(?:require|requires|need|needs)|krev(?:er|jer)?\s+det|(?:saka|saken|sakene|sakene|arbeidet)\s+(?:krev|krever|krevjer|trenger|treng))(?![\p{L}])`,
  'iu',
);
/**
 * The mailbox as where something is sent («sends the rota to each employee's inbox», «sender vaktplanen til innboksen til
 * kvar tilsett»: R2's review, session 25): delivered to it, not read in it. Left out before the mailbox is read; a verb of
 * reading between the sending and the mailbox keeps it («sends a notice and reads the mail in each employee's inbox»).
 */
const SENT_TO_MAILBOX = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|sent|sendt|deliver\p{L}*|forward\p{L}*|videresend\p{L}*|distribu\p{L}*|e-?mailed|mailed|posted|poster|postar|lands?|landed|arrives?|arrived|kommer|kjem|havner|hamnar)\s+(?:(?!(?:reads?|read|les|leser|lesa|opens?|opened|åpner|opnar|går|goes|looks?|searches|søker|søkjer|reviews?)(?![\p{L}]))[\p{L}'’-]+\s+){0,5}?(?:to|into|til|i|inn\s+i|in)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:inbox\p{L}*|innboks\p{L}*|mailbox\p{L}*|e-postkass\p{L}*|postkass\p{L}*)(?:\s+(?:til|åt|of)\s+(?:[\p{L}'’-]+\s+){0,1}?[\p{L}'’-]+)?`,
  'giu',
);
const sentToMailboxGate = gated(lazyPattern(SENT_TO_MAILBOX.source, 'iu'));
const withoutSentToMailbox = (c: string): string => (sentToMailboxGate(c) ? c.replace(SENT_TO_MAILBOX(), ' ') : c);
const mailboxReadSaid = (c0: string): boolean => {
  if (!MAILBOX_GATE().test(c0) || !OPEN().test(c0)) return false;
  const c = withoutSentToMailbox(c0);
  if (!MAILBOX_GATE().test(c)) return false;
  const m = OWNED_MAILBOX().exec(c) ?? pronounMailIn(c);
  if (m === null) return false;
  if (MAILBOX_CONDITIONS().test(c) || DAILY_NEED().test(c) || REGULATION_CITED().test(c) || MAIL_SECURITY().test(c)) return false;
  if (ABSENT().test(c) && WORK_REQUIRES().test(c)) return false;
  if ((SHARED().test(c) || SHARED_MORE().test(c)) && !INDIVIDUAL().test(c)) return false;
  // The clause (between commas) that names the mailbox must not deny the reading.
  const part = c.slice(0, m.index).split(PART_END).pop()! + c.slice(m.index).split(PART_END)[0]!;
  return !NEGATION.test(part);
};
/** The § 9-2 steps denied in words: staff not told, the measure not discussed («utan at dei tilsette blir varsla»). */
const STEPS_DENIED_SOURCE = String.raw`(?<![\p{L}])(?:uten|utan|without)\s+(?:at\s+|that\s+)?(?:[\p{L}-]+\s+){0,3}?(?:varsl\p{L}*|informer\p{L}*|orienter\p{L}*|drøft\p{L}*|told|notified|informed|discuss\p{L}*|telling|notifying|informing|vet|veit|vite|know|knowing)(?![\p{L}])|(?<![\p{L}])(?:ikke|ikkje|not|never|aldri)\s+(?:(?:blitt|vorte|been|blir|vert|er|is|are|was|were)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:drøfta|drøftet|varsla|varslet|informert|orientert|discussed|notified|told|informed)(?![\p{L}])`;
const STEPS_DENIED = lazyPattern(STEPS_DENIED_SOURCE, 'iu');
const STAFF_LOOKUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:ansattes|tilsettes|tilsattes|medarbeideres|medarbeidarane\s+sine|arbeidstakeres|employees'|employee's|staff's|staff|workers'|personnel|(?:${OCCUPATION})(?:s|es|nes|enes|ernes|'s|s'))\s+(?:[\p{L}-]+\s+){0,2}?${LOOKUP_NOUN}(?![\p{L}])|(?<![\p{L}])${LOOKUP_NOUN}\s+(?:(?:som|made\s+by|by|gjort\s+av|gjorde\s+av|fra|frå|av|til)\s+)?(?:de\s+|dei\s+|the\s+|our\s+|våre\s+|alle\s+|all\s+)?${STAFF_NOUN}(?![\p{L}])(?!\s+(?:i|in|på|on)\s+(?:folkeregister\p{L}*|population\s+register))|(?<![\p{L}])${STAFF_NOUN}\s+(?:[\p{L}-]+\s+){0,3}?${LOOKUP_VERB}(?![\p{L}])`,
  'iu',
);
const DETECT = lazyPattern(
  String.raw`(?<![\p{L}])(?:avdekk\p{L}*|oppdag\p{L}*|detect\p{L}*|uncover\p{L}*|spot\p{L}*|review\p{L}*|gjennomgå\p{L}*|revider\p{L}*|audit\p{L}*)(?![\p{L}])`,
  'iu',
);
const CHECKS = lazyPattern(`${HOW.source}|${FOLLOW_UP.source}|${DETECT.source}`, 'giu');
const NEG_NEAR_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|not|never)(?:\s+[\p{L}-]+){0,4}\s*$`, 'iu');
const NEG_RIGHT_AFTER = lazyPattern(String.raw`^\p{L}*\s+(?:ikke|ikkje|aldri|not|never)(?![\p{L}])(?!\s+(?:bare|berre|kun|only|just)(?![\p{L}]))`, 'iu');
/** A sentence naming employees' look-ups with a check verb that no negation denies («oppslagene kontrolleres ikke»). */
/**
 * What look-up control looks for: look-ups without a need in the work, unauthorised or improper ones, snooping («uten
 * tjenstlig behov», «saker de ikke arbeider med», «not justified by their work»). Checking that staff look a customer up
 * in the population register before a disclosure is a routine, not this control.
 */
const UNJUSTIFIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:tjenstlig\p{L}*|tenestleg\p{L}*|tjenesteleg\p{L}*|(?:uten|utan|without|ikke|ikkje|not|no)\s+(?:[\p{L}-]+\s+){0,2}?(?:behov|need|grunn|reason)|uautori\p{L}*|unauthori[sz]\p{L}*|urettmessig\p{L}*|unlawful\p{L}*|improper\p{L}*|snok\p{L}*|snoop\p{L}*|misbruk\p{L}*|misuse\p{L}*|abuse\p{L}*|justif\p{L}*|kjendis\p{L}*|celebrit\p{L}*|nysgjerrig\p{L}*|curiosity|(?:ikke|ikkje|not)\s+(?:\p{L}+\s+)?(?:arbeider|arbeidar|jobber|jobbar|work|working|involved))(?![\p{L}])`,
  'iu',
);
/** UNJUSTIFIED run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const unjustifiedWays = ways(UNJUSTIFIED);
const lookupsCheckedBy =
  (lookup: () => RegExp) =>
  (t: string): boolean =>
    // UNJUSTIFIED (490 characters) before the look-up words (STAFF_LOOKUP: 4,300): few texts name an unjustified
    // look-up, so the larger pattern is seldom built (session 23).
    unjustifiedWays.test(t) &&
    lookup().test(t) &&
    t
      .split(SENTENCE_END)
      .some(
        (c) =>
          lookup().test(c) &&
          unjustifiedWays.test(c) &&
          [...c.matchAll(CHECKS())].some((m) => !NEG_NEAR_BEFORE().test(c.slice(0, m.index)) && !NEG_RIGHT_AFTER().test(c.slice(m.index + m[0].length))),
      );
const staffLookupsChecked = byText(lookupsCheckedBy(STAFF_LOOKUP));
/**
 * In an activity whose data subjects are the employees, look-ups need not be said to be theirs: a log of who opens which
 * file, reviewed «for å avdekkje urettmessige oppslag» (variants-ppt PP06; W7, session 21), is a log of the employees'
 * look-ups, the only ones the system records. Not a notice board or a reference work («oppslagstavle», «oppslagsverk»).
 */
const ANY_LOOKUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:oppslag(?!s?tavl|sverk|sbok)\p{L}*|look-?ups?|innsyn\s+i\s+(?:journal\p{L}*|sak\p{L}*|mapp\p{L}*))(?![\p{L}])`,
  'iu',
);
const lookupsChecked = byText(lookupsCheckedBy(ANY_LOOKUP));
/**
 * The § 9-2 steps said in the activity's words: discussed with the representatives, announced or made known to the
 * staff (a staff handbook that describes it included). Said in other words too (N3's review, 2026-12-02): agreed,
 * negotiated or dealt with the employees' representatives, whoever's («de ansattes representanter», «dei tilsette sine
 * representantar»), their organisations or the union club; staff informed, told, given information or «får vite» (§ 9-2
 * (2) itself: «gi de berørte arbeidstakerne informasjon»); the work regulations (arbeidsreglement) describing it. A negation before it in its clause («not discussed with the
 * employee representatives», «verken drøftet … eller kunngjort») is no answer.
 */
const DISCUSSED = lazyPattern(
  String.raw`(?<![\p{L}])(?:drøft\p{L}*|tillitsvalgt\p{L}*|tillitsvald\p{L}*|hovudtillitsvald\p{L}*|hovedtillitsvalgt\p{L}*|verneombod\p{L}*|verneombud\p{L}*|fagforening\p{L}*|fagforeining\p{L}*|kunngj\p{L}*|gjort\s+kjent|gjort\s+kjend|kjent\s+for\s+alle|kjend\s+for\s+alle|personalhåndbok\p{L}*|personalhandbok\p{L}*|employee\s+representatives?|employees'?\s+representatives?|elected\s+representatives?|union\s+representatives?|safety\s+representatives?|shop\s+stewards?|trade\s+unions?|works\s+council|announced|staff\s+handbook|employee\s+handbook|discussed\s+with\s+(?:the\s+)?(?:unions?|staff|employees)|arbeidsreglement\p{L}*|work\s+regulations|(?:avtalt|avtala|avtalte|agreed|forhandlet|forhandla|forhandlede|negotiated|behandlet|behandla|handsama|handsama|møte|møtet|meeting|consulted|consultation)\s+(?:[\p{L}-]+\s+){0,5}?(?:representant\p{L}*|representatives?|klubb\p{L}*|union\s+club|organisasjon\p{L}*|organi[sz]ations?|unions?)|${STAFF_NOUN}\s+(?:(?!(?:ikke|ikkje|aldri|not|never)(?![\p{L}]))[\p{L}-]+\s+){0,2}?(?:informert|informerte|informed|told|(?:får|fikk|fekk|got|get|gets|received)\s+(?:[\p{L}-]+\s+)?(?:informasjon|information)|(?:får|fikk|fekk)\s+(?:vite|vete))|(?:informerer|informerar|informerte|informert|informed|informs|tells|told)\s+(?:de\s+|dei\s+|the\s+|all\s+|alle\s+|our\s+|våre\s+)?${STAFF_NOUN}|(?:informasjon|information)\s+(?:til|to)\s+(?:de\s+|dei\s+|the\s+|all\s+|alle\s+|our\s+|våre\s+)?${STAFF_NOUN})(?![\p{L}])`,
  'giu',
);
const NEGATED_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|not|never|neither|nor|verken|hverken|korkje|eller|ingen|no)(?![\p{L}])(?:\s+[\p{L}-]+){0,5}\s*$`,
  'iu',
);
const stringsOf = (v: unknown, out: string[] = [], depth = 0): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (v !== null && typeof v === 'object' && depth < 6) for (const x of Object.values(v)) stringsOf(x, out, depth + 1);
  return out;
};
const discussedSaid = (activity: unknown): boolean =>
  stringsOf(activity).some((s) =>
    s.split(SENTENCE_END).some((c) =>
      [...c.matchAll(DISCUSSED())].some((m) => {
        const before = c.slice(0, m.index).split(PART_END).pop()!;
        return !NEGATED_BEFORE().test(before) && !(NEGATION.test(before) && /(?:verken|hverken|korkje|neither)/iu.test(before));
      }),
    ),
  );

/**
 * The breach a log control is for, followed up («used to follow up a suspected unauthorised look-up …, which may lead to
 * a disciplinary case», «følge opp mistanke om urettmessige oppslag, og et brudd kan føre til en personalsak»: N7's
 * review, session 21): the control's own stated purpose (Art. 32, 5(1)(f)), a disciplinary case its consequence, not a
 * new use of the log on the employees' work.
 */
const BREACH_FOLLOWED = lazyPattern(
  String.raw`(?<![\p{L}])(?:unauthori[sz]ed|uautoriser\p{L}*|urettmessig\p{L}*|urettmessige|uberettig\p{L}*|without\s+a\s+(?:work\s+)?need|uten\s+tjenstlig\s+behov|utan\s+tenestleg\s+behov|snoop\p{L}*|snok\p{L}*|breach\p{L}*|brudd\p{L}*|mistanke\p{L}*|suspect\p{L}*|suspicion|misuse\p{L}*|misbruk\p{L}*|taushetsplikt\p{L}*|teieplikt\p{L}*|confidentiality)(?![\p{L}])`,
  'iu',
);
const appraisalUseSaid = (c: string, aboutEmployees: boolean): boolean =>
  APPRAISAL_GATE().test(c) &&
  (RECORDED_USED().test(c) || listensIn(c)) &&
  !TRACK_TOPIC().test(c) &&
  !BREACH_FOLLOWED().test(c) &&
  (aboutEmployees || STAFF_NAMED().test(c)) &&
  recordedUsedOnEmployees(c, false);
/**
 * A control of the employees kept from them, said in the description (session 44, FT: variants-tannhelse TH56 «Kontrollen
 * er ikke kunngjort for de ansatte, slik at den virker best mulig»): a control, check, review, log or monitoring
 * (KEPT_CONTROL), the staff named (KEPT_STAFF), and the control not announced, told or made known to them, done without
 * their knowing, or called secret, covert or unannounced (KEPT_FROM). The employer shall inform the employees affected
 * before a control measure is brought in, of its purpose, practical consequences and expected duration
 * (arbeidsmiljøloven § 9-2 second paragraph), and discuss its need, design and implementation with the union
 * representatives as early as possible (first paragraph); a covert control is the exception, not a design. Not a
 * secrecy denied («kontrollen er ikke hemmelig»), nor the staff told («alle ansatte er informert»: no negation).
 */
const KEPT_CONTROL = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*kontroll\p{L}*|gjennomgang\p{L}*|\p{L}*logg(?:en|ane|ene|ar|er)?|overvåk\p{L}*|stikkprøv\p{L}*|sjekk\p{L}*|controls?|checks?|checking|audits?|auditing|monitoring|spot[-\s]checks?|reviews?|logs?)(?![\p{L}])`,
  'iu',
);
const KEPT_STAFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:ansatt\p{L}*|tilsett\p{L}*|tilsatt\p{L}*|medarbeider\p{L}*|medarbeidar\p{L}*|arbeidstaker\p{L}*|arbeidstakar\p{L}*|personalet|helsepersonell\p{L}*|lærer(?:e|en|ne|nes|ens)?|lærar(?:ar|en|ane|ane\s+sine)?|saksbehandler\p{L}*|saksbehandlar\p{L}*|sakshandsamar\p{L}*|sjåfør\p{L}*|employees?|staff|workers?|personnel|teachers?|drivers?|case\s+officers?)(?![\p{L}])`,
  'iu',
);
const KEPT_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|not|never|aldri)\s+(?:(?:blitt|vorte|been|blir|vert|er|is|are|being)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kunngjort|kunngjord|kunngjorde|varsla|varslet|informert|informerte|orientert|orienterte|opplyst|fortalt|kjent|gjort\s+kjent|told|informed|notified|announced|disclosed|made\s+known)(?![\p{L}])|(?<![\p{L}])(?:uten|utan|without)\s+(?:at\s+)?(?:[\p{L}-]+\s+){0,3}?(?:vet|veit|vite|kjenner\s+til|knows?|knowing|being\s+(?:told|informed|notified)|varsel|varsling|beskjed|notice)(?![\p{L}])|(?<![\p{L}])(?<!(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+)?)(?:hemmelig\p{L}*|hemmeleg\p{L}*|i\s+det\s+skjulte|i\s+løynd|skjult\p{L}*|løynd\p{L}*|covert\p{L}*|secret\p{L}*|unannounced|uanmeldt\p{L}*|uvarslet|uvarsla)(?![\p{L}])`,
  'iu',
);
/** Whether a sentence of a description says a control of the staff is kept from them (exported for tests). */
// Remembered per sentence: a record's activities share their descriptions, each read again for each activity (#16, session 46).
export const keptFromStaff = byText((c: string): boolean => KEPT_FROM().test(c) && KEPT_CONTROL().test(c) && KEPT_STAFF().test(c));
/** Whether a sentence of a description puts recorded data or listening in to an appraisal (exported for tests). */
export const appraisalUseText = (text: string, aboutEmployees = true): boolean => text.split(SENTENCE_END).some((c) => appraisalUseSaid(c, aboutEmployees));
/** Whether a sentence turns a log or recording on the staff, or brings each one's counted output into their appraisal (exported for tests). */
export const turnedOnStaffText = (text: string): boolean => text.split(SENTENCE_END).some((c) => recordTurnedOnStaff(c) || countAppraised(c));
/** Whether a text says employees are checked, as a purpose of an activity about employees is read (exported for tests). */
export const controlText = (text: string): boolean => controlSaid(text, () => false);
/** Whether a text says employees' look-ups are checked for look-ups without a need (exported for tests). */
export const lookupText = (text: string): boolean => staffLookupsChecked(text);
/** Whether a sentence of a description says an employee's own mailbox is opened without § 2's conditions (exported for tests). */
export const mailboxReadText = (text: string): boolean => text.split(SENTENCE_END).some(mailboxReadSaid);
/** Whether a text says the § 9-2 steps were taken (discussed, agreed, made known), not negated (exported for tests). */
export const discussedText = (text: string): boolean => discussedSaid(text);

/**
 * A purpose's or description's words that name employees, the individual employee or their work's quality: what makes a
 * text about the staff whatever groups the activity lists. Read once per distinct text (util/memo.ts): a record's
 * activities repeat their purposes' words.
 */
/**
 * Where the staff are, seen by a locating means (FY, session 45; variants-sykehjem LY15 «se hvor pleierne med GPS-enhet er i
 * løpet av vakten», LY55 «use the app's GPS check-in to see where each employee is during the shift»): following an
 * employee's whereabouts is a control measure (arbeidsmiljøloven § 9-1; Datatilsynet counts tracking of staff as one,
 * whatever it is for), read in a purpose of any activity and in a description sentence. A verb of seeing or knowing, «hvor»,
 * «kor», «kvar», «where», the staff (STAFF_NOUN, carers «pleierne», skippers, the crew), «er», «is», «befinner seg», or where
 * they have been or driven («se hvor skipperne har kjørt utenom oppdrag»: variants-sjoredning SR72, added after the held-out
 * run missed it) in a few words; a locating means (LOCATING) in the sentence. Up to four words may stand between the verb
 * and «where», as in WHERE_STAFF («check on the map where each nurse is», «følgje med på kartet kvar …»: FP's UE2; FZ, session 46). Not denied, not an emergency (an alarm that shows where a lone worker is), not the past.
 */
const STAFF_WHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:se|ser|sjå|vite|vete|veit|vet|følge\s+med\s+på|følgje\s+med\s+på|finne\s+ut|see|sees|know|knows|find\s+out|track|tracks|check|checks)\s+(?:[\p{L}-]+\s+){0,4}?(?:hvor|kor|kvar|where)\s+(?:(?:each|every|hver|hvert|kvar|kvart|the|our|de|dei|alle|all|våre)\s+)?(?:${STAFF_NOUN}|\p{L}*pleier(?:en|e|ne)?|\p{L}*pleiar(?:en|ar|ane)?|carers?|care\s+workers?|skipper(?:en|e|ne)?|skippar(?:en|ar|ane)?|skippers|mannskapet|mannskapa|the\s+crew)(?![\p{L}])(?:\s+(?:[\p{L}-]+\s+){0,4}?)?\s*(?:er|is|are|befinner\s+seg|befinn\s+seg|held\s+til|holder\s+til|(?:har|have|has)\s+(?:vært|vore|been|kjørt|køyrt|kjørte|driven|gone|reist)|kjørte|køyrde|drove|went)(?![\p{L}])`,
  'iu',
);
const WHERE_GATE = lazyPattern(String.raw`hvor|kor|kvar|where`, 'iu');
/** Those who work alone, located for their safety: «arbeider alene», «jobbar åleine», «lone workers», «working alone». */
const LONE_WORKER = lazyPattern(String.raw`(?<![\p{L}])(?:alene|aleine|åleine|alone|lone)(?![\p{L}])|alenearbeid\p{L}*|åleinearbeid\p{L}*`, 'iu');
const staffWhereSeen = byText(
  (t: string): boolean =>
    WHERE_GATE().test(t) &&
    withoutPast(t)
      .split(SENTENCE_END)
      .some((c) => {
        const m = STAFF_WHERE().exec(c);
        if (m === null || !LOCATING().test(c) || EMERGENCY().test(c)) return false;
        return !NEGATION.test(c.slice(0, m.index).split(PART_END).pop()! + m[0]);
      }),
);
/**
 * A control measure the record says was not discussed with the representatives or not told to the staff (FY, session 45;
 * variants-sykehjem LY47 «Rutinen er ikke drøftet med de tillitsvalgte, og de ansatte får ikke vite om kontrollene»):
 * arbeidsmiljøloven § 9-2 asks both before the measure starts, whatever law gives its reason. Read in an activity the record
 * marks as monitoring employees (riskFactors.employeeMonitoring), in a sentence that names the representatives or the staff.
 */
const STEPS_NOT_TAKEN = lazyPattern(
  String.raw`${STEPS_DENIED_SOURCE}|(?<![\p{L}])(?:får|fær)\s+(?:ikke|ikkje|aldri)\s+(?:vite|vete|veta|beskjed|informasjon|varsel)(?![\p{L}])|(?<![\p{L}])(?:are|is|were|was)\s+not\s+(?:told|informed|notified)(?![\p{L}])|(?<![\p{L}])(?:do|does)\s+not\s+(?:know|get\s+told)(?![\p{L}])`,
  'iu',
);
const STEPS_WHO = lazyPattern(
  String.raw`(?<![\p{L}])(?:tillitsval\p{L}*|verneombud\p{L}*|verneombod\p{L}*|union\p{L}*|(?:staff|employee|workers?['’]?)\s+representatives?|${STAFF_NOUN})(?![\p{L}])`,
  'iu',
);
/**
 * What § 9-2 does not ask (LR2, session 46; arbeidsmiljøloven § 9-2 read in Lovdata's text, mirror of 2 July 2026, on
 * 2026-12-05): the discussion of (1) is «med arbeidstakernes tillitsvalgte», so a body the text says has none
 * (NO_REPRESENTATIVES: «Virksomheten har ingen tillitsvalgte», «we have no union representatives») cannot have held it, and
 * a clause that only says the measure was not discussed is then not read (the staff not told still is); and (2) asks the
 * staff to be told of the measure «Før tiltaket iverksettes» — its purpose, how it is carried out, its duration — not of
 * every check it makes (PER_CHECK: «De ansatte varsles ikke hver gang loggen kontrolleres», «staff are not notified each
 * time the log is reviewed»). Notice before each opening of a mailbox is another rule's (forskrift om arbeidsgivers innsyn
 * i e-postkasse § 3, `described-mailbox-access`).
 */
const NO_REPRESENTATIVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:har|finnes|fins|er)\s+(?:det\s+)?(?:ingen|inga|ikke\s+noen|ikkje\s+nokon)\s+(?:\p{L}+\s+)?(?:tillitsval\p{L}*|verneombud\p{L}*|verneombod\p{L}*)|(?:have|has|are|is)\s+no\s+(?:union\s+|staff\s+|employee\s+|workers['’]?\s+|elected\s+)?(?:representatives?|shop\s+stewards?)|(?:is|are)\s+not\s+unioni[sz]ed)(?![\p{L}])`,
  'iu',
);
const DISCUSSION = lazyPattern(
  String.raw`(?<![\p{L}])(?:drøft\p{L}*|discuss\p{L}*|tillitsval\p{L}*|verneombud\p{L}*|verneombod\p{L}*|representatives?)(?![\p{L}])`,
  'iu',
);
const PER_CHECK = lazyPattern(
  String.raw`(?<![\p{L}])(?:hver\s+gang|kvar\s+gong|each\s+time|every\s+time|(?:for|ved|før|om|i\s+forkant\s+av|of|about|before)\s+(?:hvert?|kvart?|each|every)\s+(?:enkelt\s+|enkelte\s+|single\s+)?(?:oppslag|kontroll|søk|gjennomgang|check|look-up|lookup|review))(?![\p{L}])`,
  'iu',
);
const stepsNotTaken = byText((t: string): string | undefined => {
  const noRepresentatives = NO_REPRESENTATIVES().test(t);
  return withoutPast(t)
    .split(SENTENCE_END)
    .find((c) => {
      const read = c
        .split(PART_END)
        .filter((part) => !PER_CHECK().test(part) && !(noRepresentatives && (NO_REPRESENTATIVES().test(part) || DISCUSSION().test(part))))
        .join(', ');
      return STEPS_NOT_TAKEN().test(read) && STEPS_WHO().test(read);
    });
});
const namesStaff = byText(
  (t: string): boolean =>
    has.EMPLOYEES_CHECKED(t) || has.INDIVIDUAL_NAMED(t) || has.GENITIVE_PERFORMANCE(t) || staffWorkQuality(t) || attendanceChecked(t) || staffWhereSeen(t),
);
/**
 * Everyone tested for drugs or alcohol, with no narrowing to risky positions and not voluntary. Leaving out whole clauses
 * between punctuation cannot make DRUG_TEST match: only a text it matches is cut. Once per distinct text.
 */
const testsEveryone = byText((text: string): boolean => {
  if (!DRUG_TEST().test(text)) return false;
  const t = text.replace(NOT_TESTED(), '');
  return DRUG_TEST().test(t) && EVERYONE().test(t) && !NARROWED().test(t) && !RISKY_POSITIONS().test(t) && !VOLUNTARY_TEST().test(t);
});
/** The employees' own mailboxes opened (not a shared one, unless an individual's too). Once per distinct text. */
const mailboxOpened = byText((t0: string): boolean => {
  if (!mailboxWays.test(t0)) return false;
  const t = withoutSentToMailbox(t0);
  return mailboxWays.test(t) && EMPLOYEES_OWN().test(t) && OPEN().test(t) && !(SHARED().test(t) && !INDIVIDUAL().test(t));
});

export default defineRule(
  {
    id: 'employee-control',
    severity: 'warning',
    citation: 'arbeidsmiljøloven §§ 9-1, 9-2; forskrift om arbeidsgivers innsyn i e-postkasse (FOR-2018-07-02-1108) §§ 2, 3; GDPR Art. 6(1)(f), 88',
    messages: [
      'control-measure',
      'mailbox-access',
      'mailbox-routine',
      'test-scope',
      'processor-own-use',
      'described-control-measure',
      'described-control-measure-monitored',
      'lookup-control',
      'described-mailbox-access',
      'steps-not-taken',
      'described-staff-measured',
    ],
    processorRecords: true,
  },
  (ctx, reporter) => {
    // The activities this rule spoke on: the co-occurrence reader (check/co-occurrence.ts, CO session 47) reads only the rest.
    const { report, spokeOn } = rememberingActivities(reporter);
    const orgLaw = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor') {
        const own = r.activity.processorFor?.categoriesOfProcessing;
        if (textsOf(own).some(checksOwnStaff)) report.activity(r, '/processorFor/categoriesOfProcessing', 'processor-own-use', {});
        else if (textsOf(r.activity.description).some(checksOwnStaff)) report.activity(r, '/description', 'processor-own-use', {});
        continue;
      }
      const org = lawOrgFor(orgLaw, r);
      const aboutEmployees = r.dataSubjects.some((s) => s.value.employees === true) || r.activity.riskFactors?.employeeMonitoring === true;
      // The activity's own employee groups by name («kontrollørar» with `employees: true`): «kontrollere at kontrollørane
      // følgjer kontrollrutinane» checks them as «at de ansatte» would.
      const stems = r.dataSubjects
        .filter((d) => d.value.employees === true)
        .flatMap((d) => textsOf(d.value.name))
        .map((n) =>
          n
            .toLowerCase()
            .match(/\p{L}{5,}/u)?.[0]
            .slice(0, 5),
        )
        .filter((x): x is string => x !== undefined);
      // In an activity about employees, staff named by occupation after «at», «om», «that» («kontrollere at sjåførene …», «check
      // that drivers …») are the employees checked too (B4, variants-avfall AV66: the activity's group is «Ansatte»).
      const employeeGroupChecked = (t: string) =>
        [...t.toLowerCase().matchAll(CHECKED_WORD())].some((m) => stems.some((s) => m[1]!.startsWith(s)) || (aboutEmployees && OCCUPATION_OWNER().test(m[1]!)));
      let fired = false;
      const deviceSource = r.sources.some((s) => s.value.type === 'device');
      // Employees' look-ups checked with no word of the § 9-2 steps (lookup-control); in an activity whose data subjects are
      // the employees, any look-ups are theirs (ANY_LOOKUP).
      const staffAreSubjects = r.dataSubjects.some((s) => s.value.employees === true);
      const lookupControl = (i: number, purpose: string, texts: readonly string[]): boolean => {
        if (!texts.some((t) => staffLookupsChecked(t) || (staffAreSubjects && lookupsChecked(t))) || discussedSaid(r.activity)) return false;
        report.activity(r, join('/purposes', i, 'description'), 'lookup-control', { purpose });
        return true;
      };
      r.purposes.forEach((p, i) => {
        // A purpose whose own words name employees is about them, whatever group the activity lists (cameras watching
        // «everyone at the base» that are turned to employees' breaks).
        // So is one that names the individual employee («hver medarbeiders mersalg» in a customer-service activity).
        const texts = textsOf(p.description);
        if (!aboutEmployees && !texts.some(namesStaff)) return;
        // What a law imposes (the working-hours record of arbeidsmiljøloven § 10-7, on Art. 6(1)(c)) is not the employer's
        // choice of measure. A law that only sets conditions (§ 9-1) or cannot lay down an obligation imposes nothing.
        const art6 = p.legalBasis.filter((b) => isArt6(b.gdpr));
        const imposed = (b: (typeof art6)[number]) =>
          b.gdpr === 'A6-1-c' && b.law.length > 0 && lawsFit(b.law, 'supplementary-basis', ctx.reference, org).answer !== 'no';
        if (art6.length > 0 && art6.every(imposed) && !texts.some(paceSaid) && !texts.some(routineMailSaid) && !texts.some(equipmentUseSaid)) {
          // A law that imposes the processing may give a look-up control its objective reason (§ 9-1), but not the
          // discussion and notice § 9-2 asks for every control measure (W7, session 21: variants-ppt PP06, a log review on
          // Art. 6(1)(c) with forvaltningslova). Read here only where the words say the staff are not told or the measure
          // not discussed («gjennomført utan at dei tilsette blir varsla»): a record of a log review the law imposes need not
          // narrate the § 9-2 steps, and two clean bases (variants-helse, pasientjournalloven § 22; variants-bevilling, Art.
          // 32) and variants-apotek's AP29 argue silence is no gap (integrator, session 21, after merging W7).
          if ([...texts, ...textsOf(r.activity.description)].some((t) => STEPS_DENIED().test(t))) fired ||= lookupControl(i, p.id, texts);
          return;
        }
        if (texts.some(testsEveryone)) {
          report.activity(r, join('/purposes', i, 'description'), 'test-scope', { purpose: p.id });
          fired = true;
          return;
        }
        if (texts.some(mailboxOpened)) {
          // The regulation cited, or its conditions stated, answer the warning.
          // Not a routine reading (ROUTINE_MAIL): the regulation allows none, so citing it answers nothing. Conditions said in
          // words answer it only where no words of the purpose's basis open the mailbox at any time («The employee's manager
          // may open the mailbox whenever they need information from it»: variants-offshore O10, PA28, kept when B18 read
          // § 2's conditions in English).
          const cited = p.legalBasis.some((b) => b.law.some((l) => isLaw(l, 'epostforskriften', ctx.reference)));
          const routine = texts.some(routineMailSaid);
          const anyTime = p.legalBasis.some((b) => [...textsOf(b.note), ...textsOf(b.legitimateInterest)].some((t) => ANY_TIME().test(t)));
          const answered = (cited && !routine) || (texts.some(mailboxConditions) && !anyTime);
          if (!answered) report.activity(r, join('/purposes', i, 'description'), routine ? 'mailbox-routine' : 'mailbox-access', { purpose: p.id });
          fired ||= !answered;
        } else if (
          texts.some((t) => controlSaid(t, employeeGroupChecked)) ||
          texts.some((t) => (aboutEmployees || namesStaff(t)) && recordedUsedOnEmployees(t, deviceSource)) ||
          texts.some((t) => lateSought(t, aboutEmployees)) ||
          texts.some(staffWhereSeen) ||
          texts.some((t) => t.split(SENTENCE_END).some((c) => recordReviewedOnStaff(c, employeeGroupChecked, aboutEmployees)))
        ) {
          report.activity(r, join('/purposes', i, 'description'), 'control-measure', { purpose: p.id });
          fired = true;
        } else fired ||= lookupControl(i, p.id, texts);
      });
      // The activity's own description (src/check/prose-activity.ts activityTexts), read as a purpose is, where no purpose
      // was reported and the record does not say employees are monitored (riskFactors.employeeMonitoring): the words
      // raise the control measure the record leaves out (variants-kultur KU83). Not where every purpose rests on a law
      // that imposes the processing (as above).
      if (fired) continue;
      const monitored = r.activity.riskFactors?.employeeMonitoring === true;
      const imposedAll =
        r.purposes.length > 0 &&
        r.purposes.every((p) => {
          const art6 = p.legalBasis.filter((b) => isArt6(b.gdpr));
          return (
            art6.length > 0 &&
            art6.every((b) => b.gdpr === 'A6-1-c' && b.law.length > 0 && lawsFit(b.law, 'supplementary-basis', ctx.reference, org).answer !== 'no')
          );
        });
      // Where every purpose rests on such a law, only a sentence that measures pace or the individual's performance is read,
      // or one that sets the rota against an access or door log (planAgainstPlace: no law imposes checking punctuality so),
      // as for a purpose (paceSaid): no law imposes measuring it («and to measure how much time each employee spends in the
      // record» beside a statutory look-up check: variants-bht BT26; W4, session 19).
      // What is recorded, or heard by listening in, used in the employees' appraisal or a disciplinary case, said in the
      // description (recordedUsedOn: variants-tolk TL06, TL23; F10, session 21): no law imposes that use, so it is read
      // where every purpose rests on one too. Outside an activity about employees the sentence must name the staff. So is
      // following where the staff are (staffWhereSeen): a law that imposes a journal's access log imposes no tracking of the
      // staff's whereabouts («Managers can check on the map where each nurse is at any time during the shift» in the
      // access-log check on pasientjournalloven § 22: FP's unlawful wordings UE2; FZ, session 46).
      // Where the record marks employees as monitored, the whereabouts are read only where no purpose names them: the mark
      // says that some monitoring is recorded, not that tracking the staff is (a use the purposes leave out, as BD37 above).
      // Not where the sentence locates those who work alone (LONE_WORKER: «slik at vi vet hvor montører som arbeider alene
      // er», variants-nett's clean base): their safety, which the monitoring recorded is for.
      const whereaboutsBeyond = (c: string): boolean =>
        staffWhereSeen(c) &&
        (!monitored || (!LONE_WORKER().test(c) && !r.purposes.some((p) => textsOf(p.description).some((t) => staffWhereSeen(t) || POSITION().test(t)))));
      const appraisalUse = (c: string): boolean => appraisalUseSaid(c, aboutEmployees);
      for (const { pointer, text } of activityTexts(r)) {
        if (!pointer.startsWith('/description')) continue;
        if (!aboutEmployees && !namesStaff(text) && !staffAppraisal(text) && !countAppraisedIn(text)) continue;
        // Sentence by sentence: a description says more than a purpose, and a word of one sentence must not lend itself to
        // another («Kameraene dekker ikke pauserom. Overvåkingen er merket med skilt»: variants-apotek's and
        // variants-handel's clean bases).
        // Where the record already says employees are monitored (riskFactors.employeeMonitoring), only a sentence that turns
        // the monitoring on the individual employee's performance or pace is read: a use the purposes leave out («Team leaders
        // also use the positions to compare each technician's jobs per hour»: variants-bildeling BD37).
        // So is one that tracks them in their own time («Instructors who take a car home are tracked in the evening and at
        // weekends too»: variants-trafikkskole TS24; W7, session 21).
        const words = text
          .split(SENTENCE_END)
          .find((c) =>
            imposedAll
              ? paceSaid(c) ||
                routineMailSaid(c) ||
                equipmentUseSaid(c) ||
                appraisalUse(c) ||
                recordTurnedOnStaff(c) ||
                recordReviewedOnStaff(c, employeeGroupChecked, aboutEmployees) ||
                countAppraised(c) ||
                eachComesGoes(c) ||
                planAgainstPlace(c) ||
                attendanceChecked(c) ||
                lateSought(c, aboutEmployees) ||
                keptFromStaff(c) ||
                whereaboutsBeyond(c)
              : (controlSaid(c, employeeGroupChecked) && (!monitored || individualPerformance(c) || paceSaid(c) || offHoursTracked(c))) ||
                appraisalUse(c) ||
                recordTurnedOnStaff(c) ||
                (!monitored && recordReviewedOnStaff(c, employeeGroupChecked, aboutEmployees)) ||
                countAppraised(c) ||
                eachComesGoes(c) ||
                planAgainstPlace(c) ||
                lateSought(c, aboutEmployees) ||
                keptFromStaff(c) ||
                whereaboutsBeyond(c),
          );
        if (words !== undefined) {
          // The message says whether the record marks the activity as monitoring employees (LR, session 45: it said «not set»
          // where it was set).
          report.activity(r, pointer, monitored ? 'described-control-measure-monitored' : 'described-control-measure', { words: words.trim() });
          break;
        }
        // A measure the record marks as monitoring employees, said not to have been discussed or told (§ 9-2).
        const denied = monitored ? stepsNotTaken(text) : undefined;
        if (denied !== undefined) {
          report.activity(r, pointer, 'steps-not-taken', { words: denied.trim() });
          break;
        }
        const mail = text.split(SENTENCE_END).find(mailboxReadSaid);
        if (mail === undefined) continue;
        report.activity(r, pointer, 'described-mailbox-access', { words: mail.trim() });
        break;
      }
    }
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor' || spokeOn(r)) continue;
      const measured = staffMeasured(r, withoutPast);
      if (measured !== undefined) report.activity(r, measured.pointer, 'described-staff-measured', { words: measured.words });
    }
  },
);
