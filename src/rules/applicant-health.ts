import { SENTENCE_END, knownLaw, textsOf as texts } from '../check/facts.js';
import { activityReveals } from '../check/prose-category.js';
import { defineRule } from '../check/rule.js';
import type { DataSubject } from '../model/types.js';
import type { ResolvedPurpose } from '../model/resolve.js';
import type { ReferenceData } from '../check/reference.js';
import { memo } from '../util/memo.js';
import { join, parsePointer } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Arbeidsmiljøloven § 9-3 (1): an employer must not, in a job advertisement or otherwise, ask applicants for
 * other health data than what is necessary to carry out the tasks of the position, nor obtain it in other ways.
 * The Act cannot be set aside by agreement to the employee's detriment (§ 1-9), so an applicant's consent does not
 * widen it. An activity whose data subjects are job applicants and which processes health data gets a warning:
 * the record should say why the data is necessary for the position (a pilot's medical certificate), or drop it.
 * Job applicants are recognised by the data subject's name (nb, nn, en): «søkere til stilling», «søkere på stillinger»,
 * «søkjarar på stillingar i …». A purpose that says why (NECESSARY), in its description or its legal basis's note, quiets it. The same for applicants' political views
 * and union membership under § 13-4 (`politics`, below).
 * Health asked of applicants in the activity's own words («i søknadsskjemaet spør vi om søkjaren har hatt psykiske
 * lidingar», «we ask applicants about previous sick leave»), with no category that records it: the same question
 * (`described-health`, quoting the words; src/check/prose-category.ts reads them; DESCRIPTIONS.md: prose raises the
 * fact). B1, variants-vakt VK51, 2026-12-01.
 */
const APPLICANTS = lazyPattern(
  String.raw`jobbsøk|stillingssøk|søkere? (?:til|på) (?:ledige? )?(?:stilling|oppdrag|engasjement|vikariat|jobb)|søkjarar? (?:til|på) (?:ledige? )?(?:stilling|oppdrag|engasjement|vikariat|jobb)|job applicant|job candidate|applicants? (?:for|to) (a |the )?(job|position|post)|kandidater til stilling`,
  'i',
);
const RECRUITMENT = lazyPattern(String.raw`rekrutter|rekrutt|ansettelse|tilsetjing|tilsetting|recruit|hiring`, 'i');
/**
 * The record's answer: a purpose that says why the health data is needed for the position — health requirements it
 * states («helsekrava til røykdykkere», «helsekrav etter forskriften», «de medisinske kravene som er fastsatt for
 * fengselsbetjenttjeneste», «medical requirements for …»), or necessity for its tasks (nb, nn, en). A purpose that asks
 * it of every applicant or position («alle søkere», «all applicants») states no need of a position. The
 * word «helsekrav» alone does not state a requirement, and a negated phrase («ingen helsekrav», «ikke nødvendig for
 * stillingen») says the opposite. These words only quiet the warning.
 */
const NECESSARY = lazyPattern(
  String.raw`(?:helsekrav|medisinske? krav)\w*\s+(?:til|for|i|etter|fastsatt|fastsett|som (?:er )?fastsatt|som (?:er )?fastsett|som gjeld|som gjelder)\s+\S|nødvendig for (?:å utføre )?(?:stillinga|stillingen|arbeidsoppgåvene|arbeidsoppgavene)|naudsynt for (?:å utføre )?(?:stillinga|arbeidsoppgåvene)|(?:health|medical) requirements?\s+(?:for|of|set|under|in)\s+\S|medical fitness|necessary for (?:the|this) (?:position|job|post|role)`,
  'i',
);
/** A negation in the same clause before the answer's words. */
const NEGATED = lazyPattern(String.raw`\b(?:ingen|ikke|ikkje|inga|uten|utan|no|not|without)\b[^.,;:]*$`, 'i');

/** «ikke … utover helsekrav til …», «no health data beyond the health requirements for …»: the exception states the need. */
const BEYOND = lazyPattern(
  String.raw`(?<![\p{L}])(?:utover|ut over|bortsett fra|bortsett frå|unntatt|unnateke|med unntak av|beyond|except|other than|apart from)(?![\p{L}])`,
  'iu',
);

/**
 * A health check a law or regulation requires for the work, named with it («tuberkulosekontroll kreves etter forskrift om
 * tuberkulosekontroll § 3», «krever … etter tuberkuloseforskriften», «required under the regulation»): the need stated
 * (P's review, 2026-12-01).
 */
const LEGAL_REQUIREMENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:krev\p{L}*|kravd|påkrevd|påbudt|pålagt|required|requires?|mandatory)\s+(?:\p{L}+\s+){0,6}?(?:etter|i henhold til|i medhald av|i medhold av|under|by|pursuant to)\s+(?:forskrift\p{L}*|\p{L}*forskrift\p{L}*|\p{L}*loven|\p{L}*lova|the\s+(?:\p{L}+\s+)?(?:regulations?|act)|§)`,
  'iu',
);
/**
 * A health certificate a licence the position needs requires («helseattesten som førerkort klasse C krever», «legeattest
 * for førerkort klasse D», «medical certificate for the HGV licence», «førerkortet krever gyldig helseattest»): the need
 * stated by the licence's health requirements (førerkortforskriften, the aviation rules). B4, variants-avfall's clean
 * base, 2026-12-01.
 */
const LICENCE_CERTIFICATE = lazyPattern(
  String.raw`(?<![\p{L}])(?:helseattest|legeattest|helseerklæring|helsesertifikat|medisinsk\p{L}*\s+(?:attest|sertifikat)|medical\s+certificate)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:førerkort|førarkort|sertifikat|licen[cs]e|kompetansebevis)\p{L}*|(?<![\p{L}])(?:førerkort|førarkort|licen[cs]e)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:krev\p{L}*|requires?)\s+(?:\p{L}+\s+){0,2}?(?:helseattest|legeattest|medical)`,
  'iu',
);
function statesNeed(text: string): boolean {
  // A requirement asked of every applicant or every position («alle søkere til ledige stillinger», «all applicants») is
  // no need of a position; every applicant to one position («alle søkere til stillingen som røykdykker») may be.
  if (EVERY_POSITION().test(text)) return false;
  const m = NECESSARY().exec(text) ?? LEGAL_REQUIREMENT().exec(text) ?? LICENCE_CERTIFICATE().exec(text);
  if (m === null) return false;
  const negation = NEGATED().exec(text.slice(0, m.index));
  return negation === null || BEYOND().test(negation[0]);
}
/**
 * The record's other answer: the health data is what an applicant chooses to tell so that the recruitment is adapted to
 * them or so that they are called to interview (N, session 17: 9 of 9 lawful records fired). Applicants with a disability
 * have a right to «egnet individuell tilrettelegging av ansettelsesprosess» (likestillings- og diskrimineringsloven
 * § 22), and a state employer «skal innkalle minst en kvalifisert søker som oppgir å ha funksjonsnedsettelse til
 * intervju» (forskrift til lov om statens ansatte §§ 4, 4a: also one with a gap in the CV due to illness or drugs).
 * Read in a purpose: adapting the interview, the tests or the hiring process («tilrettelegge intervjuet», «leggje til
 * rette intervjuet», «intervjuet tilrettelegges», «reasonable adjustments to interviews»), or calling in an applicant
 * with a disability or a gap in the CV («kalle inn minst én kvalifisert søker med nedsatt funksjonsevne til intervju»,
 * «invite … an applicant who reports a disability … to interview»), or the regulation or § 22 by name. Not where the
 * purpose demands it of every applicant («alle søkere må oppgi …», «ask all candidates»), nor where it also asks for
 * sick leave, diagnoses or health history, nor for adapting the work (after hiring: § 9-3 still limits what is asked).
 */
const ADAPTED_RECRUITMENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilrettelegg\p{L}*|legg(?:e|je|er|ja)?\s+til\s+rette|(?:reasonable\s+)?(?:adjust\p{L}*|adapt\p{L}*|accommodat\p{L}*))\s+(?:\p{L}+\s+){0,4}?(?:intervju\p{L}*|ansettelsesprosess\p{L}*|tilsetjingsprosess\p{L}*|tilsettingsprosess\p{L}*|søknadsprosess\p{L}*|rekrutteringsprosess\p{L}*|opptaksprøve\p{L}*|interviews?|recruitment|hiring|selection|application)(?![\p{L}])|(?<![\p{L}])(?:intervju(?:et|a|ene|a)?|ansettelsesprosessen|tilsetjingsprosessen|the\s+interviews?)\s+(?:\p{L}+\s+){0,2}?(?:tilrettelegg\p{L}*|(?:blir|vert|is|are)\s+(?:lagt\s+til\s+rette|adjusted|adapted))|(?:likestillings-\s+og\s+diskrimineringsloven|ldl\.?)\s+§\s*22(?![\d])`,
  'iu',
);
const CALLS_IN_DISABLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:innkall\p{L}*|kall(?:e|a|er|ar)\s+inn|invit\p{L}*|call\p{L}*\s+(?:in|for))\s+(?:[^\s.;:!?]+\s+){0,10}?(?:funksjonsnedsett\p{L}*|(?:nedsatt|nedsett)\s+funksjonsevne|funksjonshem\p{L}*|(?:hull|hol)\s+i\s+cv\p{L}*|disabilit\p{L}*|disabled|gaps?\s+in\s+(?:their|the|the\s+applicant's)\s+cv)(?=[^.;:!?]*?(?<![\p{L}])(?:intervju\p{L}*|interviews?)(?![\p{L}]))|(?:forskrift\s+til\s+lov\s+om\s+statens\s+ansatte(?:\s+mv\.?)?|statsansatteforskrift\p{L}*)\s*§\s*4\s?a?(?![\d])|inkluderingsdugnad\p{L}*`,
  'iu',
);
/** Asked of every applicant as a duty, not offered («alle søkere må oppgi», «ask all candidates»). */
const DEMANDED = lazyPattern(String.raw`(?<![\p{L}])(?:må|skal|plikter|pliktar|must|have\s+to|are\s+required|ask|asks|asked|spør|spørre)(?![\p{L}])`, 'iu');
/** Health history beside the adaptation: more than the adaptation needs. */
const HEALTH_HISTORY = lazyPattern(
  String.raw`sykefravær\p{L}*|sjukefråvær\p{L}*|sick\s+(?:leave|days)|sickness\s+absence|diagnos\p{L}*|helsehistor\p{L}*|sykehistor\p{L}*|sjukehistor\p{L}*|medical\s+history|(?<![\p{L}])(?:minst|least|lowest)\s+(?:\p{L}+\s+)?(?:fravær|fråvær|absence)`,
  'iu',
);
function adaptsOrIncludes(text: string): boolean {
  if (!ADAPTED_RECRUITMENT().test(text) && !CALLS_IN_DISABLED().test(text)) return false;
  if (HEALTH_HISTORY().test(text)) return false;
  return !(EVERY_POSITION().test(text) && DEMANDED().test(text));
}
const PLAIN = lazyPattern(String.raw`^(søkere|søkjarar|applicants|kandidater|candidates)$`, 'i');
/** Past sick leave: «sykefravær», «sjukefråvær», «sick leave», «sickness absence», «sick days» (not «sykefraværsoppfølging» of staff). */
const PAST_ABSENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:sykefravær|sjukefråvær|sykefråvær|sjukefravær|fravær\s+(?:ved|grunnet|på\s+grunn\s+av)\s+(?:sykdom|sjukdom)|sykedag(?:er|ar)?|sjukedag(?:ar|er)?|sick(?:ness)?\s+(?:leave|absence|days)|days\s+off\s+sick)(?![\p{L}])`,
  'iu',
);
/** Every applicant or every position, not those of one position («alle søkere», «alle stillinger», «all applicants»). */
const EVERY_POSITION = lazyPattern(
  String.raw`(?<![\p{L}])(?:alle|samtlige) (?:stillinger|stillingar)(?![\p{L}])|(?<![\p{L}])(?:alle|samtlige) (?:søkere|søkjarar|kandidater)(?![\p{L}])(?! (?:til|på) (?:stillingen|stillinga|stilling) som)|(?<![\p{L}])(?:all|every) (?:positions?|posts?|jobs?)(?![\p{L}])|(?<![\p{L}])(?:all|every) (?:applicants?|candidates?)(?![\p{L}])(?! (?:for|to) the (?:position|post|job) of)`,
  'iu',
);

/**
 * Arbeidsmiljøloven § 13-4 (1): an employer must not ask applicants how they stand on political questions or whether
 * they are members of a trade union, nor obtain it otherwise; second paragraph: unless it is justified by the nature of
 * the position, or the employer's purpose is to promote certain political views and the position matters to that
 * purpose. The record's answer (POLITICAL_POSITION) quiets the warning: a political position («politisk rådgiver»,
 * «politisk stilling», «stillingens karakter», «fremme partiets politikk», «political adviser»). A purpose that asks it
 * of every applicant or every position («alle søkere», «alle stillinger», «all applicants») gets it regardless.
 */
const POLITICAL_POSITION = lazyPattern(
  String.raw`politisk(?:e)? (?:rådgiver\p{L}*|rådgjevar\p{L}*|stilling\p{L}*|sekretær\p{L}*)|stillingens karakter|stillinga sin karakter|karakteren til stillinga|fremme (?:\p{L}+ ){0,2}?(?:politikk\p{L}*|politiske syn|syn)|fremje (?:\p{L}+ ){0,2}?(?:politikk\p{L}*|politiske syn|syn)|political (?:adviser|advisor|position|post)|nature of the (?:position|post)|promote (?:\p{L}+ ){0,2}?political`,
  'iu',
);
const EVERY_APPLICANT = lazyPattern(
  String.raw`(?<![\p{L}])(?:alle|samtlige) (?:søkere|søkjarar|stillinger|stillingar|kandidater)(?![\p{L}])|(?<![\p{L}])(?:all|every) (?:applicants?|positions?|posts?|candidates?)(?![\p{L}])`,
  'iu',
);
/** A purpose about employees once hired: pay, union dues, the employment («lønn», «nyansatte», «payroll», «new hires»). */
const AFTER_HIRING = lazyPattern(
  String.raw`(?<![\p{L}])(?:lønn\p{L}*|løn|løna|nyansatt\p{L}*|nytilsett\p{L}*|ansatte|tilsette|arbeidstakere|arbeidstakarar|kontingenttrekk\p{L}*|trekk\p{L}*|payroll|salary|new hires|new starters|employees)(?![\p{L}])`,
  'iu',
);
const ABOUT_APPLICANTS = lazyPattern(
  String.raw`søker\p{L}*|søkjar\p{L}*|søknad\p{L}*|applicant\p{L}*|candidate\p{L}*|kandidat\p{L}*|intervju\p{L}*|interview\p{L}*|rekrutter\p{L}*|recruit\p{L}*`,
  'iu',
);
const POLITICAL = new Set(['political-opinions', 'trade-union-membership']);
/**
 * Workers recruited for a job by a name of the work, not of applying (B4, variants-valg VA19, VA20): polling staff
 * («valmedarbeidarar», «valgfunksjonærer», «poll workers»), temps and seasonal help («vikarar», «sommarvikarer»,
 * «ekstrahjelp», «seasonal staff»). In a recruitment activity they are the applicants § 9-3 and § 13-4 protect: paid
 * for work done for and under the municipality, they are employees (arbeidsmiljøloven § 1-8 first paragraph: «enhver som
 * utfører arbeid for og underordnet en annen»). Not volunteers, foster homes or
 * support contacts («frivillige», «fosterheimar», «støttekontaktar»: no employment), nor a group the record marks as the
 * controller's own employees.
 */
const RECRUITED_WORKERS = lazyPattern(
  String.raw`medarbeid(?:ar|er)\p{L}*|(?<![\p{L}])vikar(?:ar|er|ane|ene|en)?(?![\p{L}])|sommarvikar\p{L}*|sommervikar\p{L}*|ekstrahjelp\p{L}*|sesongarbeid\p{L}*|val(?:g)?funksjonær\p{L}*|poll(?:ing)?\s+(?:clerks?|workers?|staff)|seasonal\s+(?:staff|workers?)|temporary\s+(?:staff|workers?)|temps(?![\p{L}])`,
  'iu',
);
const VOLUNTEERS = lazyPattern(String.raw`frivillig|volunteer|ulønt|unpaid`, 'iu');
/**
 * A text about workers already hired, not recruiting them (P's review, 2026-12-01: 8 of 8 lawful sick-leave, adaptation
 * and agency records fired): sick leave, injuries and adaptation in the employment («sykefravær og tilrettelegging i
 * ansettelsesforholdet», «sjukefråvær … etter tilsetjinga», «sick days of temps already hired»), after they are hired,
 * recruited or appointed, or recruitment done elsewhere («vikarene rekrutteres gjennom bemanningsbyrået»). Its
 * «ansettelse» or «rekruttert» makes no recruitment of the workers it names.
 */
const HIRED_ALREADY = lazyPattern(
  String.raw`(?:allerede|alt|already)\s+(?:er\s+)?(?:ansatt|tilsett|hired|employed)|(?<![\p{L}])(?:etter|after)\s+(?:at\s+(?:de|dei|han|ho|hun)\s+(?:er|har\s+blitt|har\s+vorte)\s+|(?:they|he|she)\s+(?:are|have\s+been|has\s+been)\s+)?(?:ansatt|tilsett|ansettelse\p{L}*|tilsetjing\p{L}*|tilsetting\p{L}*|rekruttert|oppnevnt|oppnemnd|hiring|hired|recruited|appointed)|ansettelsesforhold\p{L}*|arbeidsforhold\p{L}*|sykefravær\p{L}*|sjukefråvær\p{L}*|sick\s+(?:days|leave|pay)|yrkesskad\p{L}*|tilrettelegg\p{L}*|(?:går|gjennom|through)\s+(?:\p{L}+\s+)?(?:bemanningsbyrå\p{L}*|vikarbyrå\p{L}*|an?\s+agency|agency)`,
  'iu',
);
const recruitedWorker = (n: string): boolean => RECRUITED_WORKERS().test(n) && !VOLUNTEERS().test(n);
/** «Arbeidssøkere» are, as often, the jobseekers NAV follows up (and its health data about work ability): job applicants only in recruitment. */
const JOBSEEKERS = lazyPattern(String.raw`arbeidssøk|arbeidssøkj`, 'i');

/**
 * Health told in the activity's words is asked of applicants only where its sentence says the employer asks for it
 * (ASKED: «spør», «ber … oppgi», «må opplyse», «fyller ut et skjema», «we require candidates to disclose») and not
 * where the words are an invitation to apply or the applicant's own choice, or a certificate of the one hired before
 * starting (NOT_ASKED). P's review, 2026-12-01: 6 of 10 lawful recruitment purposes fired without it — the inclusion
 * line of public job ads («Søkere med nedsatt funksjonsevne oppfordres til å søke»), a ward's name («psykiatrisk
 * avdeling og rusbehandling»), an applicant who may tell of a disability if they wish, a certificate «før tiltredelse».
 * The duty may be said by a verb of telling or answering after «må», «skal», «must» («Alle søkjarar må svare på om dei har
 * vondt i ryggen», «Alle søkere må i søknaden fortelle om sykefravær», «applicants must tell us …»), and nynorsk «oppgje»
 * is «oppgi» (variants-paraphrase2 PB133, PB135, PB136; W13, session 24). A passive («applicants are also asked about past
 * illnesses») is asked of them, not their asking (APPLICANTS_ASK: PB137).
 *
 * Noting, recording or mapping it is obtaining it too («notere om søkeren er fagorganisert», «we record whether the
 * candidate is a union member»): § 13-4 forbids both asking and «iverksette tiltak for å innhente» (W7, session 47,
 * variants-optiker OP41).
 */
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:spør\p{L}*|spørsmål\p{L}*|spørjeskjema\p{L}*|spørreskjema\p{L}*|ber|bed|bes|vert bedne|blir bedt|oppgi\p{L}*|oppgje\p{L}*|oppgjev\p{L}*|(?:må|skal|plikter|pliktar|must|have\s+to|has\s+to|(?:are|is)\s+required\s+to|(?:are|is)\s+to)\s+(?:\p{L}+\s+){0,3}?(?:svare|svara|fortelle|fortelje|fortelja|gjere\s+greie|gjøre\s+rede|tell|answer|state|report|explain)|opplys\p{L}*|innhent\p{L}*|hent\p{L}* inn|krev\p{L}*|kravd|fyll\p{L}* ut|krysse av|kryssar av|krysser av|\p{L}*erklæring\p{L}*|\p{L}*skjema\p{L}*|ask\p{L}*|question\p{L}*|request\p{L}*|require\p{L}*|fill\p{L}* (?:in|out)|declar\p{L}*|forms?|disclos\p{L}*|obtain\p{L}*|collect\p{L}*|not[eé]r\p{L}*|skriv\p{L}* (?:ned|opp)|skrevet (?:ned|opp)|skrive ned|kartlegg\p{L}*|(?:notes?|noted|noting|records?|recorded|recording|logs?|logged|logging|writes? down|wrote down|written down|map(?:s|ped|ping)?) (?:down )?(?:whether|if|which))(?![\p{L}])`,
  'iu',
);
/**
 * A check made only once the candidate has been offered the position («Helseerklæring og sertifikater kontrolleres først
 * når en kandidat har fått tilbud om stilling», «etter at tilbud om stilling er gitt», «only after a conditional job
 * offer», «once the candidate has been offered the job»): asked of the one selected, as a certificate «før tiltredelse»
 * is, not of the applicants (variants-ferje's clean base, W5 session 46: a seafarer's certificate checked after the
 * offer, in another activity, drew `described-health`, which also hid FJ28 and FJ65). Not before the offer («før
 * tilbud», «before an offer»): only after, once or when it is made.
 */
const AFTER_OFFER = String.raw`(?<![\p{L}])(?:etter|når|først\s+når|after|once|when|only\s+after|not\s+until)\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:tilbud|tilbod)\s+om\s+(?:fast\s+)?(?:stilling|jobb|arbeid|tilsetjing|tilsetting|ansettelse)\p{L}*|(?:jobb|stillings|arbeids)tilb[uo]d\p{L}*|(?:(?:conditional|formal)\s+)?(?:job|employment)\s+offers?|offers?\s+of\s+(?:employment|(?:a|the)\s+(?:job|position|post))|offered\s+(?:a|the)\s+(?:job|position|post))(?![\p{L}])`;
const NOT_ASKED = lazyPattern(
  String.raw`oppfordr\p{L}*|encourag\p{L}*|welcome\p{L}*|(?<![\p{L}])velkom(?:ne|en)?(?![\p{L}])|(?<![\p{L}])(?:selv|sjølv|sjølve|themselves|himself|herself)(?![\p{L}])|(?:dersom|om|hvis|viss) (?:de|dei|han|ho|hun|du|søkeren|søkjaren) (?:ønsker|ønskjer|vil)|if (?:they|you|he|she) (?:wish|want|choose|like)|(?<![\p{L}])may (?:choose|tell|inform|let)|kan velge|kan velje|frivillig\p{L}*|voluntar\p{L}*|valgfri\p{L}*|valfri\p{L}*|optional\p{L}*|(?:før|ved) tiltred\p{L}*|den som (?:blir|vert) (?:ansatt|tilsett)|before (?:starting|taking up)|(?:person|candidate|applicant) (?:who is |who has been )?(?:hired|appointed|selected)|${AFTER_OFFER}`,
  'iu',
);

/**
 * Union membership asked of applicants in words the general reading leaves out (B13's «a member of a trade union» was taken
 * out of src/check/prose-category.ts in session 18: a panel member, an employee after hiring): the question itself, with
 * the applicant or a pronoun as its subject («ask in the interview whether the candidate is a member of a trade union»:
 * variants-trafikkskole TS12; «we ask applicants whether they belong to a union», «vi spør om søkjaren er med i ei
 * fagforeining», «kva fagforeining søkjaren er medlem i», «whether the candidate is unionised»; «om søkjaren er organisert,
 * og i kva fagforeining», «om søkeren er fagorganisert»: «organisert» said of a worker is union membership, read with the
 * union named after it; variants-legevakt LV05, W11 session 23). Arbeidsmiljøloven § 13-4
 * (1): «Arbeidsgiver må ikke i utlysningen etter nye arbeidstakere eller på annen måte be om at søkerne skal gi
 * opplysninger om hvordan de stiller seg til politiske spørsmål eller om de er medlemmer av arbeidstakerorganisasjoner.»
 * Read only in a sentence that asks (ASKED, not NOT_ASKED), with no negation or rule against it before the words
 * (UNION_BARRED: «we never ask», «our guidelines forbid asking», «interviewers must not ask»), nor of employees once hired
 * (AFTER_HIRING, HIRED_ALREADY: union dues deducted from pay). W7, session 21.
 */
const UNION_WORDS = lazyPattern(String.raw`union|fagfor|fagorg|fagfore`, 'iu');
const APPLICANT_OR_PRONOUN = String.raw`(?:the\s+|a\s+|an\s+)?(?:candidate|applicant|jobseeker|person|they|he|she|you|søkeren|søkjaren|søkerne|søkjarane|kandidaten|kandidatane|kandidatene|de|dei|han|hun|ho|du)`;
const UNION_NOUN = String.raw`(?:(?:trade|labou?r)\s+)?unions?|fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|arbeidstak(?:er|ar)organisasjon\p{L}*`;
const UNION_QUESTION = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:whether|if|om)\s+${APPLICANT_OR_PRONOUN}\s+(?:is|are|was|were|er|var)\s+(?:(?:a|an)\s+)?(?:members?|medlem(?:mer|er|ar)?|med|organisert|organised|organized)\s+(?:of|in|i|av)\s+(?:a\s+|any\s+|the\s+|en\s+|ei\s+|ein\s+|eit\s+|et\s+|noen\s+|nokon\s+|nokre\s+)?(?:${UNION_NOUN})|(?:whether|if|om)\s+${APPLICANT_OR_PRONOUN}\s+(?:belongs?|belonged)\s+to\s+(?:a\s+|any\s+|the\s+)?(?:${UNION_NOUN})|(?:which|what)\s+(?:${UNION_NOUN})\s+${APPLICANT_OR_PRONOUN}\s+(?:belongs?|is|are|was)|(?:hvilken|hvilket|kva|kva\s+for\s+(?:ei|ein|en|eit))\s+(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|arbeidstak(?:er|ar)organisasjon\p{L}*)\s+${APPLICANT_OR_PRONOUN}\s+(?:er|var)\s+(?:medlem|med)|(?:whether|if|om)\s+${APPLICANT_OR_PRONOUN}\s+(?:is|are|was|were)\s+unioni[sz]ed|(?:om)\s+${APPLICANT_OR_PRONOUN}\s+(?:er|var)\s+(?:fagorganisert\p{L}*|organisert(?=,?\s+(?:og\s+)?(?:i\s+)?(?:kva|hvilken|hvilket|kva\s+for\s+(?:ei|ein|en))\s+(?:fagfore(?:i)?ning|fagforbund|arbeidstak(?:er|ar)organisasjon)))|(?:union|trade\s+union)\s+affiliation|(?:fagforenings|fagforeinings|organisasjons)tilknyt\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A negation or a rule against asking before the question in its sentence («we never ask», «our guidelines forbid asking»). */
const UNION_BARRED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|never|not|no|ingen|inga|forb\p{L}*|prohibit\p{L}*|ulovleg\p{L}*|ulovlig\p{L}*|unlawful\p{L}*|illegal\p{L}*|must\s+not|mustn't|may\s+not|cannot|can't|don't|doesn't|do\s+not|does\s+not|verken|hverken|korkje|neither|nor)(?![\p{L}])|13-4`,
  'iu',
);
const APPLICANTS_ASK = lazyPattern(
  String.raw`(?<![\p{L}])(?:søkere|søkerne|søkjarar|søkjarane|kandidater|kandidatene|kandidatar|kandidatane|applicants|candidates|jobseekers|they|de|dei|many|mange|some|noen|nokre|nokon)\s+(?:(?!(?:are|is|were|was|be|been|being|get|gets|got|blir|vert|er|vart|ble|blei)\s)\p{L}+\s+){0,2}?(?:spør|spurte|spørre|spørje|lurer|lurar|ask|asks|asked|wonder|wonders|want\s+to\s+know|vil\s+vite)(?![\p{L}])`,
  'iu',
);
const ASKS_US = lazyPattern(String.raw`(?<![\p{L}])(?:spør\p{L}*\s+oss|spurte\s+oss|ask\p{L}*\s+us|asked\s+us)(?![\p{L}])`, 'iu');
/** The activity's description's and purposes' texts, each with its pointer (as activityReveals reads them). */
function describedTexts(activity: { description?: unknown; purposes?: readonly { description?: unknown }[] }): { text: string; pointer: string }[] {
  const out: { text: string; pointer: string }[] = [];
  const add = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push({ text: value, pointer: `/${key}` });
    else if (value !== null && typeof value === 'object')
      for (const [lang, v] of Object.entries(value)) if (typeof v === 'string') out.push({ text: v, pointer: `/${key}/${lang}` });
  };
  add(activity.description, 'description');
  (activity.purposes ?? []).forEach((p, i) => add(p.description, `purposes/${i}/description`));
  return out;
}
function unionQuestion(
  activity: { description?: unknown; purposes?: readonly { description?: unknown }[] },
  aboutApplicants: (pointer: string) => boolean,
): { words: string; pointer: string } | undefined {
  for (const { text, pointer } of describedTexts(activity)) {
    if (!UNION_WORDS().test(text) || !aboutApplicants(pointer)) continue;
    for (const sentence of text.split(SENTENCE_END)) {
      const m = UNION_QUESTION().exec(sentence);
      if (m === null || !ASKED().test(sentence) || NOT_ASKED().test(sentence) || UNION_BARRED().test(sentence.slice(0, m.index))) continue;
      // The applicants as the ones who ask («Søkere spør ofte om de er med i en fagforening automatisk»: N6's review,
      // session 21), or a question put to us («they ask us»): no one asks them.
      if (APPLICANTS_ASK().test(sentence.slice(0, m.index)) || ASKS_US().test(sentence)) continue;
      // Asked of employees once hired («After hiring, we ask new employees whether they are members of a union so that dues can
      // be deducted»): § 13-4 speaks of applicants.
      if (AFTER_HIRING().test(sentence) || HIRED_ALREADY().test(sentence)) continue;
      return { words: m[0], pointer };
    }
  }
  return undefined;
}

/**
 * Union membership the words tell of employees once hired, not asked of applicants (F12, session 22: «Nyansatte bestemmer
 * selv …; vi trekker fagforeningskontingent bare hvis de ber om det», «we deduct union dues only if they ask us to», «Vi
 * trekker fagforeningskontingent i lønnen for ansatte som ber om det»): dues are deducted from pay, which only an employee
 * has (§ 13-4 speaks of «søkerne»), or a sentence about pay or new employees (AFTER_HIRING, as a category's purpose is read
 * above), either with no applicant in it («Søknadsskjemaet spør om søkeren vil ha trekk av fagforeningskontingent» is read).
 * Special-category-condition still reads the dues (Art. 9(1)).
 */
const DUES = lazyPattern(String.raw`kontingent|trekk|dues|subscription|fees?(?![\p{L}])`, 'iu');
const afterHiring = (words: string, sentence: string): boolean =>
  HIRED_ALREADY().test(sentence) || ((DUES().test(words) || AFTER_HIRING().test(sentence)) && !ABOUT_APPLICANTS().test(sentence));

/** The text at a reveal's pointer (`/purposes/0/description/nb`) and the sentence around its words. */
function sentenceAt(activity: unknown, pointer: string, index: number): string {
  let v: unknown = activity;
  for (const seg of parsePointer(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  if (typeof v !== 'string') return '';
  let start = index;
  while (start > 0 && !SENTENCE_END.test(v[start - 1]!)) start--;
  let end = index;
  while (end < v.length && !SENTENCE_END.test(v[end]!)) end++;
  return v.slice(start, end);
}
/**
 * Health words that are other people's, named as theirs: the patients', clients', residents' or pupils' records an applicant
 * has worked with («Applicants must answer questions about their experience with patients' health records», «Søkjarar må
 * fortelje om erfaringa si med helseopplysningar om pasientar», «erfaring med pasientjournaler»: reviewer N10, session 24).
 * An applicant's experience of handling them is no health of the applicant (arbeidsmiljøloven § 9-3 speaks of the
 * applicant's own). Read around the words only: the group's possessive right before them (up to one word between), «om/about
 * /of + the group» right after, or the words compounded with the group («pasientjournal»). Not the applicant's own
 * («søkerens helseopplysninger», «their health»), which no group word here names.
 */
const OTHERS = String.raw`(?:pasient|patient|klient|client|brukar|bruker|beboar|beboer|bebuar|resident|elev|pupil|kunde|customer|service\s+user)`;
const OTHERS_COMPOUND = lazyPattern(String.raw`^${OTHERS}\p{L}`, 'iu');
const OTHERS_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${OTHERS}(?:s['’]|['’]s|ens|enes|anes|en\s+sine?|ane\s+sine?|ene\s+sine?|ar\s+sine?|er\s+sine?)|users['’]|children['’]s|barnas|borna\s+sine?)\s+(?:[\p{L}-]+\s+)?$`,
  'iu',
);
const OTHERS_AFTER = lazyPattern(
  String.raw`^\s+(?:om|about|of|on|for|til|frå|fra|from)\s+(?:the\s+|our\s+|våre\s+|vare\s+)?(?:${OTHERS}\p{L}*|users|children|barn|born)(?![\p{L}])`,
  'iu',
);
/** What OTHERS_* need: a group's letters in the text (a cheap gate; most applicants' health words name no group). */
const OTHERS_LETTERS = lazyPattern(
  String.raw`pasient|patient|klient|client|brukar|bruker|user|beboar|beboer|bebuar|resident|elev|pupil|kunde|customer|child|barn|born`,
  'iu',
);
function othersHealthAt(activity: unknown, pointer: string, index: number, words: string): boolean {
  let v: unknown = activity;
  for (const seg of parsePointer(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  if (typeof v !== 'string' || !OTHERS_LETTERS().test(v)) return false;
  return (
    OTHERS_COMPOUND().test(words) ||
    OTHERS_BEFORE().test(v.slice(Math.max(0, index - 60), index)) ||
    OTHERS_AFTER().test(v.slice(index + words.length, index + words.length + 60))
  );
}
/**
 * A sentence about applicants and no one employed: applicants named (as the ones who give or are asked), no employee,
 * no one hired, no sick leave of staff.
 */
const APPLICANT_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:søkere|søkerne|søkeren|søkjarar|søkjarane|søkjaren|applicants?|candidates?|kandidat(?:er|ene|en|ar|ane))(?![\p{L}])`,
  'iu',
);
const EMPLOYEE_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:ansatt\p{L}*|tilsett\p{L}*|arbeidstak\p{L}*|employees?|staff|medarbeid\p{L}*|oppfølging\p{L}*)(?![\p{L}])`,
  'iu',
);
const applicantsOnly = (sentence: string): boolean =>
  APPLICANT_WORD().test(sentence) && !EMPLOYEE_WORD().test(sentence) && !HIRED_ALREADY().test(sentence) && !AFTER_HIRING().test(sentence);
const askedOfApplicants = (activity: unknown, pointer: string, index: number): boolean => {
  const sentence = sentenceAt(activity, pointer, index);
  // The applicants as the ones who ask («Søkere spør ofte om helseplager er til hinder for oppdraget»), or a question put to
  // us: no one asks them (as for the union question; F9, session 21).
  return ASKED().test(sentence) && !NOT_ASKED().test(sentence) && !APPLICANTS_ASK().test(sentence) && !ASKS_US().test(sentence);
};

/** The bases whose law can require data for a position: a legal obligation, a public task, Art. 9(2)(b), (g), (h). */
const REQUIRING_BASES = new Set(['A6-1-c', 'A6-1-e', 'A9-2-b', 'A9-2-g', 'A9-2-h']);
/** The general frame of processing at work, which states no position's need: personopplysningsloven (§ 6), arbeidsmiljøloven. */
const FRAME_LAWS = new Set(['personopplysningsloven', 'arbeidsmiljoloven']);
/**
 * Whether a purpose that lists the category by its `dataCategories` rests on a basis that names a law other than the
 * general frame (a catalogue law ropa does not know counts: the record names it as the one requiring the data; a
 * free-text reference, which cannot be told from the frame, does not).
 */
function requiredByLaw(p: ResolvedPurpose, category: string, ref: ReferenceData): boolean {
  if (p.dataCategories === undefined || !p.dataCategories.includes(category)) return false;
  return p.legalBasis.some(
    (b) =>
      REQUIRING_BASES.has(b.gdpr) &&
      b.law.some((l) => {
        const key = knownLaw(l, ref)?.key;
        return key === undefined ? typeof l.ref !== 'string' : !FRAME_LAWS.has(key);
      }),
  );
}

export default defineRule(
  {
    id: 'applicant-health',
    severity: 'warning',
    citation: 'arbeidsmiljøloven §§ 9-3, 13-4; GDPR Art. 9(2)',
    messages: ['health', 'politics', 'described-health', 'described-politics'],
  },
  (ctx, report) => {
    // A group whose name could make it applicants, recruitment or not: read once per run (a catalogue entry).
    const mayBeApplicants = memo((d: DataSubject) =>
      texts(d.name).some((n) => APPLICANTS().test(n) || PLAIN().test(n.trim()) || JOBSEEKERS().test(n) || (d.employees !== true && recruitedWorker(n))),
    );
    for (const r of ctx.activities) {
      // Health or political data first: the one test that reads no text, and most activities have none.
      // A health category that only purposes about others list by their `dataCategories` (staff's sick leave beside
      // recruitment in one activity) is not asked of applicants; a purpose that lists none may use any (§ 9-3).
      const health = r.dataCategories.filter(
        (c) =>
          c.value.specialCategory === 'health' &&
          (r.purposes.length === 0 ||
            r.purposes.some(
              (p) =>
                p.dataCategories === undefined ||
                (p.dataCategories.includes(c.id) && texts(p.description).some((t) => ABOUT_APPLICANTS().test(t) || RECRUITMENT().test(t))),
            )),
      );
      // A category only purposes about employees after hiring use («trekke fagforeningskontingent i lønn for nyansatte»,
      // by the purpose's `dataCategories`) is not asked of applicants (§ 13-4 speaks of «søkerne»).
      const political = r.dataCategories.filter(
        (c) =>
          c.value.specialCategory !== undefined &&
          POLITICAL.has(c.value.specialCategory) &&
          r.purposes.some(
            (p) =>
              (p.dataCategories === undefined || p.dataCategories.includes(c.id)) &&
              !texts(p.description).some((t) => AFTER_HIRING().test(t) && !ABOUT_APPLICANTS().test(t)),
          ),
      );
      // The activity's own words that reveal health, where no category records it (read only then).
      // A purpose's words are read where the purpose is about applicants or recruitment; the activity's description only
      // where no data subject of the activity is employed (an activity of staff and applicants whose description names
      // sick leave speaks of the staff's: variants-friskole's clean base).
      const aboutApplicants = (pointer: string): boolean => {
        const p = /^\/purposes\/(\d+)\//.exec(pointer);
        if (p === null) return !r.dataSubjects.some((s) => s.value.employees === true);
        return texts(r.purposes[Number(p[1])]?.description).some((t) => ABOUT_APPLICANTS().test(t) || RECRUITMENT().test(t));
      };
      // The description is read, beside employed people, in a sentence whose words are the applicants' and no employee's
      // («Søkere sender CV …, og oppgir om de har helseplager»: variants-bevilling BV10; F9, session 21).
      const aboutApplicantsHere = (pointer: string, index: number): boolean =>
        aboutApplicants(pointer) || (pointer.startsWith('/description') && applicantsOnly(sentenceAt(r.activity, pointer, index)));
      const described =
        health.length === 0
          ? activityReveals(r.activity).find(
              (x) =>
                x.kind === 'health' &&
                aboutApplicantsHere(x.pointer, x.index) &&
                askedOfApplicants(r.activity, x.pointer, x.index) &&
                !othersHealthAt(r.activity, x.pointer, x.index, x.words),
            )
          : undefined;
      // Union membership or political views the activity's own words ask of applicants, where no category records them
      // («Søknadsskjemaet spør òg om søkjaren er medlem i ei fagforeining»: variants-gravferd GF16; B17, session 19):
      // § 13-4 first paragraph forbids asking as much as a category does.
      // The question itself in words the general reading leaves out (UNION_QUESTION), read only where a data subject may be
      // applicants (cheap, memoised) and the text names a union.
      const describedPolitics =
        political.length === 0
          ? (activityReveals(r.activity).find(
              (x) =>
                POLITICAL.has(x.kind) &&
                !afterHiring(x.words, sentenceAt(r.activity, x.pointer, x.index)) &&
                aboutApplicants(x.pointer) &&
                askedOfApplicants(r.activity, x.pointer, x.index),
            ) ?? (r.dataSubjects.some((s) => mayBeApplicants(s.value)) ? unionQuestion(r.activity, aboutApplicants) : undefined))
          : undefined;
      if (health.length === 0 && political.length === 0 && described === undefined && describedPolitics === undefined) continue;
      if (!r.dataSubjects.some((s) => mayBeApplicants(s.value))) continue;
      // Each purpose's description, read below up to three times.
      const descriptions = r.purposes.map((p) => texts(p.description));
      const recruitment = [...texts(r.activity.title), ...descriptions.flat()].some((t) => RECRUITMENT().test(t) && !HIRED_ALREADY().test(t));
      const applicants = r.dataSubjects.filter((s) =>
        texts(s.value.name).some(
          (n) =>
            APPLICANTS().test(n) || (recruitment && (PLAIN().test(n.trim()) || JOBSEEKERS().test(n) || (s.value.employees !== true && recruitedWorker(n)))),
        ),
      );
      if (applicants.length === 0) continue;
      if (political.length > 0) {
        const said = [...texts(r.activity.description), ...r.purposes.flatMap((p) => [...texts(p.description), ...p.legalBasis.flatMap((b) => texts(b.note))])];
        const everyone = descriptions.some((d) => d.some((t) => EVERY_APPLICANT().test(t)));
        if (everyone || !said.some((t) => POLITICAL_POSITION().test(t))) {
          const i = (r.activity.dataCategories ?? []).indexOf(political[0]!.id);
          report.activity(r, i >= 0 ? join('/dataCategories', i) : '/dataCategories', 'politics', {
            subjects: applicants.map((s) => s.id),
            categories: political.map((c) => c.id),
          });
        }
      }
      if (describedPolitics !== undefined) {
        const said = [...texts(r.activity.description), ...r.purposes.flatMap((p) => [...texts(p.description), ...p.legalBasis.flatMap((b) => texts(b.note))])];
        if (!said.some((t) => POLITICAL_POSITION().test(t)))
          report.activity(r, describedPolitics.pointer, 'described-politics', { subjects: applicants.map((s) => s.id), words: describedPolitics.words });
      }
      if (health.length === 0 && described === undefined) continue;
      // Health asked in the record's own words of every applicant or every position («Alle søkjarar, også til
      // kontorstillingar, fyller ut eit helseskjema»): no need of one position answers it, though a purpose states the
      // need of another (the inspectors' seafarer's certificate beside it; B7, variants-fiskeri FI30).
      // Health the activity's words ask of applicants, in a sentence that also says `said`.
      const healthAskedSaying = (said: RegExp) =>
        activityReveals(r.activity).find(
          (x) =>
            x.kind === 'health' &&
            aboutApplicantsHere(x.pointer, x.index) &&
            askedOfApplicants(r.activity, x.pointer, x.index) &&
            !othersHealthAt(r.activity, x.pointer, x.index, x.words) &&
            said.test(sentenceAt(r.activity, x.pointer, x.index)),
        );
      const everyone = healthAskedSaying(EVERY_POSITION());
      if (everyone !== undefined) {
        report.activity(r, everyone.pointer, 'described-health', { subjects: applicants.map((x) => x.id), words: everyone.words });
        continue;
      }
      // Past sick leave asked of applicants («fyller ut vårt helseskjema om tidligere sykdommer, sykefravær de siste tre
      // årene og faste medisiner»: variants-avfall AV68; F, session 17): a record of absence is no health the tasks of a
      // position need (§ 9-3), so no stated need (a licence's health certificate) answers it.
      const absence = healthAskedSaying(PAST_ABSENCE());
      if (absence !== undefined) {
        report.activity(r, absence.pointer, 'described-health', { subjects: applicants.map((x) => x.id), words: absence.words });
        continue;
      }
      // The need may be said in a purpose's description or in the note on its legal basis (why the basis applies).
      const answers = (t: string) => statesNeed(t) || adaptsOrIncludes(t);
      if (descriptions.some((d) => d.some(answers)) || r.purposes.some((p) => p.legalBasis.some((b) => texts(b.note).some(answers)))) continue;
      // The need recorded as a fact: every health category is one a purpose lists by its `dataCategories` on a legal
      // obligation, a public task or an Art. 9(2) condition that names a law of its own (a seafarer's health certificate
      // under the health-certificate regulation, a pilot's medical certificate). The law that requires the data for the
      // work states the need of the position (§ 9-3: «nødvendige for å utføre de arbeidsoppgaver som knytter seg til
      // stillingen»); the general frame does not (personopplysningsloven § 6, arbeidsmiljøloven itself). W3, session 44,
      // variants-sjoredning's clean base.
      if (health.length > 0 && described === undefined && health.every((c) => r.purposes.some((p) => requiredByLaw(p, c.id, ctx.reference)))) continue;
      if (health.length === 0) {
        report.activity(r, described!.pointer, 'described-health', { subjects: applicants.map((x) => x.id), words: described!.words });
        continue;
      }
      const i = (r.activity.dataCategories ?? []).indexOf(health[0]!.id);
      report.activity(r, i >= 0 ? join('/dataCategories', i) : '/dataCategories', 'health', {
        subjects: applicants.map((s) => s.id),
        categories: health.map((c) => c.id),
      });
    }
  },
);
