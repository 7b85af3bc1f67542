import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { NEGATION } from './facts.js';
import { DATA_PROCESSING, OWN_SIMILAR } from './lexicon-consent.js';

/**
 * Consent inferred instead of given, read by its legal concept rather than by one set's sentences (FX, session 45, issue
 * #12). Consent is «a statement or … a clear affirmative action» (Art. 4(11)); «Silence, pre-ticked boxes or inactivity
 * should not therefore constitute consent» (rec. 32; CJEU C-673/17 Planet49). The structured field `consentMethod`
 * records the invalid methods by name (browser-settings, continued-use, accept-terms); a record that says `opt-in` while
 * its words tell otherwise is judged here by the same law. Every wording of the concept is one of four families, each
 * read as slots of a clause, not as a sentence shape:
 *
 * - deemed: an act or a state is counted, taken, treated or reckoned AS consent or a yes (DEEM + «som»/«as»/«to» +
 *   CONSENT_TERM), or «we» assume the person agrees;
 * - by default: the choice comes made (ready-ticked, pre-selected, on from delivery, by default) for something that needs
 *   consent (NEEDS_CONSENT: marketing, newsletters, analytics, cookies, sharing, position);
 * - opt-out: something that needs consent goes on «unless» / «so long as … not» the person says no, or people are put on a
 *   marketing list without an act of their own;
 * - by another act: going on using, browsing, keeping the app, downloading or installing yields the consent term or sets
 *   what needs consent.
 *
 * The guards are the concept's own limits: a negation before the inference («vi regner aldri taushet som samtykke»), an
 * affirmative act of the person's as the thing counted («når du klikker «Godta», regner vi det som samtykke»), and an
 * act of consent already given («abonnenter som har meldt seg på»).
 *
 * The lexicons were written from the training sets' misses (variants-bilverksted BV60, BV62, BV75, variants-ombod LD59,
 * LD60) and the law's words; variants-sjoredning SR54, SR68, SR79 were held out and measured before any change.
 */

/** The consent itself, named as a noun or a verb: samtykke, ja, yes, consent, agreement, accepting, opt-in, permission. */
const CONSENT_TERM = String.raw`(?:samtykk\p{L}*|samtykt|(?:et|eit|ein|en)\s+ja|ja\s+til|yes|consent\p{L}*|agree\p{L}*|accept\p{L}*|aksept\p{L}*|godta\p{L}*|godtek\p{L}*|godkjen\p{L}*|opt-?in|approv\p{L}*|permission|tillatelse|løyve|påmelding)(?![\p{L}])`;

/**
 * Counting one thing as another, in nb, nn and en, active and passive: regne/rekne/anse/betrakte/tolke/oppfatte (som,
 * for å ha), telje/telle (som); count/treat/deem/consider/regard/interpret/view/see (as), taken/deemed/considered/presumed/
 * understood (to). The consent term follows within four words («reknar vi det som eit ja», «is taken to accept it»,
 * «counts as accepting the analytics»). Not «ta … som» or «se … som»: a relative «som» after them («vi tar bare bilder som
 * samtykket dekker») is no counting.
 */
const DEEM_NB = String.raw`(?:regne|regner|regnes|regnet|regna|rekne|reknar|rekner|reknast|rekna|anse|anser|anses|ansees|ansett|betrakt\p{L}*|tolk(?:e|er|ar|es|ast|a|et)|oppfatt\p{L}*|telje|teljast|telle|teller|telles|gjelder|gjeld)`;
const DEEM_EN = String.raw`(?:count|counts|counted|counting|treat|treats|treated|take|takes|taken|took|deem|deems|deemed|consider|considers|considered|regard|regards|regarded|interpret|interprets|interpreted|understood|viewed|seen)`;
const DEEMED_TO = String.raw`(?:taken|deemed|considered|presumed|understood|assumed|held)`;
const ARTICLE = String.raw`(?:(?:an?|the|your|their|his|her|et|eit|en|ein|ditt|din|sitt|sin)\s+)?(?:(?:given|gitt|gjeve|sagt|said|implied|stilltiende|underforstått|tacit)\s+)?`;
/**
 * The consent said to be given, after «that»/«som at» or as the subject of a passive (B13, session 46: bodies/
 * nordstrandklinikken «in the event that the user does so, we consider that consent has been given», its Norwegian page
 * «så anser vi det som at samtykke [er gitt]»): «we consider that consent has been given», «we consider this to be
 * consent», «reknar vi det som at du har samtykt», «samtykke anses som gitt», «consent (to …) is deemed to have been
 * given». Only where the consent is given, granted or obtained, not where the words weigh which basis to use («we
 * consider that consent is the right basis»).
 */
const GIVEN = String.raw`(?:given|granted|obtained|gitt|gjeve|gjevi|gjeven|innhenta|innhentet)(?![\p{L}])`;
const SAID_GIVEN = String.raw`${DEEM_EN}(?![\p{L}])(?:\s+(?:it|this|that))?\s+that\s+(?:(?:${ARTICLE}${CONSENT_TERM}\s+(?:has|have|is|was|had)\s+(?:been\s+)?${GIVEN})|(?:[\p{L}-]+\s+){1,3}?(?:has|have|had)\s+(?:given\s+(?:(?:their|his|her|your)\s+)?consent|consented|agreed|accepted)(?![\p{L}]))|${DEEM_EN}(?![\p{L}])(?:\s+[\p{L}-]+){1,5}?\s+to\s+be\s+${ARTICLE}${CONSENT_TERM}|${DEEM_NB}(?![\p{L}])(?:\s+[\p{L}-]+){0,3}?\s+som\s+at\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:har|hev|er|blir|vert|er\s+blitt)\s+)?(?:gitt\s+|gjeve\s+)?(?:samtykk\p{L}*|samtykt|godtatt|godteke|akseptert)|(?:samtykke(?:t|r)?|consent)(?:\s+(?:til|to)(?:\s+[\p{L}-]+){1,4}?)?\s+(?:anses|ansees|regnes|reknast|blir\s+(?:ansett|regnet|rekna|sett)|vert\s+(?:rekna|sett)|is|will\s+be|shall\s+be)\s+(?:(?:som|for)\s+${GIVEN}|(?:deemed|considered|taken|assumed|presumed|treated\s+as)\s+(?:to\s+(?:have\s+been|be)\s+)?${GIVEN})`;
/** The clause of a SAID_GIVEN inference that holds the consent said given: from «that» or «som at» on. */
const SAID_CLAUSE = lazyPattern(String.raw`\s(?:that|som\s+at)\s[^]*$`, 'iu');
const DEEMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:${DEEM_NB}(?![\p{L}])(?:\s+[\p{L}-]+){0,3}?\s+(?:som|for\s+å\s+ha|for)|${DEEM_EN}(?![\p{L}])(?:\s+[\p{L}-]+){0,3}?\s+as(?:\s+having)?|${DEEMED_TO}\s+to(?:\s+have|\s+be)?)\s+${ARTICLE}${CONSENT_TERM}|${SAID_GIVEN})`,
  'iu',
);
/**
 * «We» assume or reckon with the person's agreement: «regner vi med at du samtykker», «we assume that you agree», or that
 * they are content with it, in nb, nn and en («we assume you are happy to get our updates», «går vi ut frå at du er nøgd
 * med», «reknar med at du ikkje har noko imot»: FP's unlawful wordings UC5; FZ, session 46).
 */
const ASSUMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:regner|reknar|rekner)\s+(?:vi\s+|me\s+)?med|(?:går|gjekk|gikk)\s+(?:vi\s+|me\s+)?ut\s+(?:fra|frå|ifrå|ifra)|antar|antek|(?:we\s+)?(?:assume|presume|take\s+it))\s+(?:at|that)?\s*(?:[\p{L}-]+\s+){1,3}?(?:(?:har|have|has|hev|også|òg|also)\s+){0,2}(?:samtykk\p{L}*|samtykt|consents?|consented|agrees?|agreed|godtar|godtek|godtatt|aksepterer|akseptert|accepts?|accepted|(?:sier|seier|sagt|says|said)\s+(?:ja|yes)|(?:are|is|er)\s+(?:happy|glad|fine|okay|ok|content)\s+(?:to|with|for|med)|(?:er|is)\s+(?:nøgd|fornøyd|einig|enig)\s+(?:med|i)|(?:don['’]t|do\s+not|does\s+not|doesn['’]t)\s+mind|(?:har|hev)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko)\s+(?:imot|mot))(?![\p{L}])`,
  'iu',
);

const CONSENT_TERM_RE = lazyPattern(String.raw`(?<![\p{L}])${CONSENT_TERM}`, 'iu');

/** What needs consent when done to a person without a basis of its own: marketing, messages, analytics, cookies, sharing. */
const NEEDS_CONSENT = String.raw`(?:nyhe(?:i)?tsbrev\p{L}*|newsletters?|tilbud\p{L}*|tilbod\p{L}*|\p{L}*tilbud|\p{L}*tilbod|offers?|deals?|kampanj\p{L}*|reklame\p{L}*|markedsføring\p{L}*|marknadsføring\p{L}*|marketing|advertising|sms|e-?post\p{L}*|e-?mails?|statisti\p{L}*|analy\p{L}*|informasjonskaps\p{L}*|cookies?|sporing\p{L}*|tracking|profil\p{L}*|profiling|deling\p{L}*|sharing|shared?|delt|deles|delast|posisjon\p{L}*|position|location|publiser\p{L}*|publish\p{L}*)(?![\p{L}])`;
const NEEDS_CONSENT_RE = lazyPattern(String.raw`(?<![\p{L}])${NEEDS_CONSENT}`, 'iu');

/** The choice made before the person acts: ready-ticked, pre-selected, on from delivery, by default, «som standard». */
const DEFAULT_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:by\s+default|as\s+(?:a|the)\s+default|som\s+standard|(?:pre|ready)[- ]?(?:ticked|checked|selected)|comes?\s+(?:\p{L}+\s+)?(?:ticked|checked|selected)|forh[åa]nds(?:avkryss|avhuk|valg|vald)\p{L}*|førehands(?:avkryss|avhuk|vald|valt)\p{L}*|ferdig\s+(?:av)?(?:kryss|huk)\p{L}*|(?:on|enabled|active|activated|switched\s+on|turned\s+on)\s+(?:from|at|on)\s+(?:delivery|the\s+start|purchase|sign-?up|registration|installation)|(?:på|slått\s+på|skrudd\s+på|aktiv\p{L}*)\s+(?:fra|frå|ved)\s+(?:levering\p{L}*|start\p{L}*|kjøp\p{L}*|registrering\p{L}*|installasjon\p{L}*))(?![\p{L}])`,
  'iu',
);

/** A browser named as the subject of a default (its settings are the person's, not the controller's choice). */
const BROWSER = lazyPattern(String.raw`(?<![\p{L}])(?:nettles\p{L}*|browsers?|browser's|browsers')(?![\p{L}])`, 'iu');

/** A default denied by the words before it: «utan forhåndsavkryssa boksar», «without pre-ticked boxes», «no pre-ticked box». */
const NOT_PRE = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|inga|no|never|aldri|ikke|ikkje)\s+(?:\p{L}+\s+)?(?:pre|ready|forh|føreh|ferdig)`,
  'iu',
);
/** The default that is a box ticked in advance (not «by default», «on from delivery»). */
const TICKED = lazyPattern(String.raw`ticked|checked|selected|avkryss|avhuk|kryss|huk|valg|vald|valt`, 'iu');

/** The person's «no» that stops it: sier nei, reserverer seg, melder seg av, says no, opts out, unsubscribes, objects. */
const SAYS_NO = String.raw`(?:(?:sier|seier|sagt|sa|svart|svarar|svarer)\s+(?:nei|(?:i)?fr[aå])|reserver\p{L}*|(?:melder|meldar|meldt|melde)\s+(?:seg|deg|dei|dykk)\s+av|protester\p{L}*|motset\p{L}*|(?:say|says|said)\s+no|opts?\s+out|opted\s+out|unsubscrib\p{L}*|objects?|objected|declines?|declined|unticks?|unticked|switch(?:es|ed)?\s+(?:it\s+)?off|turns?\s+(?:it\s+)?off)`;
/**
 * The opt-out: «unless»/«med mindre» with the «no» after it, «så lenge (…) ikke (har) sagt nei», «as long as they have not
 * opted out». Not «until they unsubscribe», «inntil mottakaren melder seg av»: how long a consent given lasts.
 */
const OPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:med\s+mindre|unless)\s+(?:[\p{L}-]+\s+){0,3}?${SAYS_NO}|(?:så\s+lenge|as\s+long\s+as|so\s+long\s+as)\s+(?:[\p{L}-]+\s+){0,2}?(?:ikke|ikkje|not|never|aldri|haven't|hasn't|don't|doesn't)\s+(?:(?:har|hev|have|has|had|hadde)\s+)?${SAYS_NO})(?![\p{L}])`,
  'iu',
);
/**
 * People put on a marketing list by the controller, with no act of their own: «blir sette opp på nyheitsbrevet», «are
 * added to the newsletter», «legges til på e-postlista», «blir automatisk med på nyhetsbrevet», «are included in the
 * mailing list» (FP's unlawful wordings UC1; FZ, session 46). The subject is the people, the verb passive.
 */
const ENROLLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:blir|vert|er|bli|verte)\s+(?:automatisk\s+|òg\s+|også\s+)?(?:sette?|satt|sett|lagt|lagde?|ført|førte|meldt|meldte|skrivne?|skrevet|registrert\p{L}*|inkludert\p{L}*|tatt\s+med|teken\s+med|tekne\s+med)\s+(?:opp\s+|inn\s+|til\s+)?(?:på|i|til)|(?:blir|vert|bli|verte)\s+(?:automatisk\s+)?med\s+(?:på|i)|(?:are|is|get|gets|will\s+be)\s+(?:automatically\s+|also\s+)?(?:added|put|signed\s+up|subscribed|enrolled|entered|included)\s+(?:on|to|for|in)(?:to)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:nyhe(?:i)?tsbrev\p{L}*|newsletters?|[\p{L}-]*(?:lista|listen|lister|listene)|mailing\s+lists?|e-?mail\s+lists?|sms-?\p{L}*|utsending\p{L}*)(?![\p{L}])`,
  'iu',
);

/**
 * Another act than consent, from which the consent or what needs it follows: going on using or browsing, staying on the
 * page, keeping the app, downloading or installing it («Held du fram å bla på sidene», «keep browsing after the banner»,
 * «an owner who keeps the app installed», «By downloading the app»).
 */
const OTHER_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:fortsetter|fortset|fortsetjer|fortsette|held|holder|halde|holde|går)\s+(?:(?:du|de|dei|dykk|man|ein|en|brukaren|brukeren|den\s+besøkande|den\s+besøkende)\s+)?(?:fram\s+|videre\s+|vidare\s+)?(?:med\s+)?(?:å\s+)?(?:bruke|bruka|bla|blad\p{L}*|surfe|navigere|besøke|besøkje|lese)|(?:keeps?|kept|keeping|continues?|continuing|goes\s+on|go\s+on|carry\s+on|carries\s+on)\s+(?:to\s+)?(?:brows\p{L}*|using|use|scroll\p{L}*|visit\p{L}*|navigat\p{L}*|reading)|(?:keeps?|keeping|kept)\s+(?:the\s+|our\s+)?app\s+(?:installed|on\s+(?:the|their|your)\s+phone)|(?:beholder|beheld|behalder)\s+appen|(?:by|through|when|once)\s+(?:you\s+)?(?:downloading|installing|download|install|opening)\s+(?:the\s+|our\s+)?app|(?:ved|gjennom)\s+å\s+(?:laste\s+ned|installere|installera|opne|åpne)\s+appen)(?![\p{L}])`,
  'iu',
);
/** What needs consent is set or happens: «cookies are set», «blir satt», «is shared», or the consent term itself. */
const FOLLOWS = lazyPattern(
  String.raw`(?<![\p{L}])(?:${CONSENT_TERM.replace('(?![\\p{L}])', '')}|set|sett|satt|settes|setjast|placed|plassert)(?![\p{L}])`,
  'iu',
);

/**
 * An affirmative act of the person's own: ticking, clicking, choosing, switching on, signing up, subscribing, saying yes.
 * Counted as consent, it is consent; beside an opt-out, it is the withdrawal.
 */
const OWN_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kryss\p{L}*|klikk\p{L}*|trykk\p{L}*|velg\p{L}*|vel|velje|veljer|huk(?:er|ar|a|et)\s+av|slår\s+på|skrur\s+på|tick(?:s|ed|ing)?|click\p{L}*|tap(?:s|ped)?|select\p{L}*|choos\p{L}*|switch(?:es|ed)?\s+on|turns?\s+on|opt(?:s|ed|ing)?\s+in|sign(?:s|ed|ing)?\s+up|subscrib(?:es|ed|ing)|subscribers?|abonnent\p{L}*|(?:har|hev|have|has)\s+(?:\p{L}+\s+)?(?:meldt\s+(?:seg|deg|dei)\s+på|samtykk\p{L}*|samtykt|consented|agreed|sagt\s+ja|said\s+yes)|(?:melder|meldar|melde)\s+(?:seg|deg|dei)\s+på|(?:who|som)\s+(?:\p{L}+\s+)?(?:consent|consents|agree|agrees|opt\s+in|samtykker|samtykkjer|godtar|godtek)|knapp\p{L}*|buttons?)(?![\p{L}])`,
  'iu',
);
/** A relative clause inside the assumption («går ut fra at de som har samtykket …»): those who consented, not an assumption. */
const WHO = lazyPattern(String.raw`(?<![\p{L}])(?:som|who|that)\s`, 'iu');
/** Only upon an act: «bare når», «berre om», «only if» (then what follows is the condition, not the inference). */
const ONLY_IF = lazyPattern(String.raw`(?<![\p{L}])(?:berre|bare|kun|only)\s+(?:når|etter|dersom|om|hvis|viss|if|when|once|after)(?![\p{L}])`, 'iu');

/**
 * The limits of the concept, each a class of lawful wordings (the lawful-wordings registries of sessions 18–27 hold them):
 * - THE_LAW: a law that lets the silence count («as the Financial Contracts Act allows», «slik pasient- og
 *   brukarrettslova § 4-2 seier»);
 * - LAPSED: what is assumed is that consent was withdrawn or lapsed («reknar vi med at samtykket er trekt attende»), or
 *   that an earlier consent still applies;
 * - APART: the use goes on without consent, or consent stays apart from it («kan fortsette å bruke nettstedet uten å
 *   samtykke», «you can still withdraw your consent»), or only what the site needs is set («only strictly necessary
 *   cookies»);
 * - TERMS: the terms of a contract or a price agreed by silence, not consent to processing (Art. 6(1)(b) matters);
 * - OFF: the default is off or hidden («off unless you say yes», «hidden from staff by default»).
 */
const THE_LAW = lazyPattern(
  String.raw`§|(?<![\p{L}])(?:\p{L}+lova|\p{L}+loven|\p{L}+lovens|\p{L}*lov|act|regulations?|law)\s+(?:allows?|permits?|says?|seier|sier|tillèt|tillater|gir|opnar|åpner)|(?:as|slik)\s+(?:the\s+)?(?:\p{L}+\s+){0,4}?(?:act|law|lova|loven|lov)\s`,
  'iu',
);
const LAPSED = lazyPattern(
  String.raw`(?<![\p{L}])(?:withdrawn|withdraw\p{L}*|trukket|trukke|trekt|trekkje|trekke|trekkast|tilbakekalt|revoked|expired|bortfalt|lapsed|(?:still|framleis|fortsatt|fremdeles)\s+(?:applies|gjeld|gjelder)|(?:tidlegare|tidligere|earlier|previous)\s+(?:samtykk\p{L}*|consent))(?![\p{L}])`,
  'iu',
);
const APART = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:uten|utan|without)\s+(?:å\s+)?(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|consent\p{L}*|godta\p{L}*|godtek\p{L}*|aksept\p{L}*|accept\p{L}*|agree\p{L}*|saying\s+yes|si\s+ja|seie\s+ja)|(?:strengt\s+|strictly\s+|only\s+|bare\s+|berre\s+)?(?:nødvendige|naudsynte|necessary|essential)\s+(?:\p{L}+\s+){0,1}?(?:informasjonskaps\p{L}*|cookies?)|(?:cookies?|informasjonskaps\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:needed|required|nødvendige|naudsynte)|for\s+the\s+site\s+to\s+work|(?:strictly|strengt)\s+(?:needed|necessary|nødvendig\p{L}*|naudsynt\p{L}*)|(?:needs?|needed|required)\s+(?:\p{L}+\s+){0,3}?to\s+(?:work|function))(?![\p{L}])`,
  'iu',
);
const TERMS = lazyPattern(
  String.raw`(?<![\p{L}])(?:vilkår\p{L}*|terms|conditions|pris\p{L}*|price\p{L}*|fee|fees|kontingent\p{L}*|vedtekt\p{L}*|statutes|turnus\p{L}*|shifts?|vakt\p{L}*|møte\p{L}*|meeting)(?![\p{L}])`,
  'iu',
);
const EXPLICIT_CONSENT = lazyPattern(String.raw`(?<![\p{L}])(?:samtykk\p{L}*|samtykt|consent\p{L}*|ja\s+til|yes\s+to)(?![\p{L}])`, 'iu');
const OFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:off|(?:er|is|står)\s+av|avslått|slått\s+av|unticked|unchecked|untick\p{L}*|uncheck\p{L}*|ikke\s+avkrysset|ikkje\s+avkryssa|ukryssa|blank|tom|empty|skrudd\s+av|hidden|skjult|skjulte|disabled|deaktiver\p{L}*|switched\s+off|turned\s+off|private|privat|lukket|lukka|closed)(?![\p{L}])`,
  'iu',
);
/**
 * What the whole sentence says against the inference: a law, a lapse, kept apart, a habit given up, only upon an act. Not
 * check/past.ts's reading of the whole sentence: «Før sesongen sender vi SMS …» is no past.
 */
const heldBack = (sentence: string): boolean =>
  THE_LAW().test(sentence) || LAPSED().test(sentence) || APART().test(sentence) || ONLY_IF().test(sentence) || PAST_HABIT().test(sentence);
/** A habit given up: «used to», «tidligere», «slutta vi med», «stopped», «Until 2023 the box was pre-ticked». */
const PAST_HABIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:used\s+to|tidligere|tidlegare|før\s+i\s+tida|slutta|sluttet|stopped|ceased|no\s+longer|ikke\s+lenger|ikkje\s+lenger|(?:until|till|up\s+to|fram\s+til|frem\s+til|til\s+og\s+med|inntil|før|before|in)\s+\d{4})(?![\p{L}\d])`,
  'iu',
);
/** The processing the inference is about: personal data used, or what needs consent, not a price or terms alone. */
const aboutProcessing = (sentence: string): boolean =>
  (DATA_PROCESSING().test(sentence) || NEEDS_CONSENT_RE().test(sentence)) &&
  !(TERMS().test(sentence) && !EXPLICIT_CONSENT().test(sentence) && !NEEDS_CONSENT_RE().test(sentence));

/**
 * Those who do not say no, counted as signed up or as consenting: «Kunder som ikke reserverer seg ved kassen, regnes som
 * påmeldt», «medlemmer som ikkje seier frå, vert rekna som mottakarar», «customers who do not opt out are treated as
 * subscribers» (variants-optiker OP33, W7 session 47). The condition is the person's not reacting (a relative or
 * conditional clause with a negation before SAYS_NO), the inference a counting (DEEM) whose object is consent or the state
 * of being signed up (påmeldt, abonnent, mottakar, subscribed, signed up, opted in). The sentence needs no data word: to
 * be counted as signed up is to be put on the list. Membership and registration are left out: «medlemmer som ikke har
 * meldt seg ut, regnes som medlemmer» is a membership, not a consent.
 */
const NOT_SAYING_NO = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|that|dersom|hvis|viss|om|if|når|when)\s+(?:[\p{L}-]+\s+){0,3}?(?:ikke|ikkje|not|never|aldri|don't|doesn't|do\s+not|does\s+not|haven't|hasn't|have\s+not|has\s+not)\s+(?:(?:har|hev|have|has|had|hadde)\s+)?${SAYS_NO}(?![\p{L}])`,
  'iu',
);
const SIGNED_UP = String.raw`(?:påmeld(?:t|te|a|e)|meldt\s+på|meldte\s+på|abonnent\p{L}*|mottak(?:er|ar)(?:e|ar|ne|ane)?\s+av|mottak(?:ere|arar)|subscribed|subscribers?|signed\s+up|opted\s+in|(?:on|part\s+of)\s+the\s+(?:mailing\s+)?list)`;
const DEEMED_SIGNED_UP = lazyPattern(
  String.raw`(?<![\p{L}])(?:${DEEM_NB}(?![\p{L}])(?:\s+[\p{L}-]+){0,2}?\s+(?:som|for\s+å\s+(?:ha|være|vere)|for)|${DEEM_EN}(?![\p{L}])(?:\s+[\p{L}-]+){0,2}?\s+as(?:\s+having)?|${DEEMED_TO}\s+to(?:\s+have|\s+be)?)\s+${ARTICLE}(?:${SIGNED_UP}|${CONSENT_TERM})(?![\p{L}])`,
  'iu',
);
/** Whether a sentence counts those who do not say no as signed up or consenting (NOT_SAYING_NO before DEEMED_SIGNED_UP). */
const deemedUnlessNo = (sentence: string): boolean => {
  const no = NOT_SAYING_NO().exec(sentence);
  if (no === null) return false;
  const rest = sentence.slice(no.index + no[0].length);
  const deemed = DEEMED_SIGNED_UP().exec(rest);
  if (deemed === null || NEGATION.test(rest.slice(0, deemed.index + deemed[0].length))) return false;
  // The person's own act anywhere but in the state counted («treated as subscribers» names no act of theirs).
  return !OWN_ACT().test(sentence.slice(0, no.index + no[0].length) + ' ' + rest.slice(0, deemed.index) + ' ' + rest.slice(deemed.index + deemed[0].length));
};

export type InferredKind = 'deemed' | 'default' | 'opt-out' | 'other-act';
export interface Inferred {
  kind: InferredKind;
  /** The sentence, as the message quotes it. */
  words: string;
}

const GATE = lazyPattern(
  String.raw`regn|rekn|ans[eå]|gjeld|betrakt|tolk|oppfatt|tel|tar|tek|tas|takast|count|treat|take|took|deem|consider|regard|interpret|understood|view|see|antar|antek|assum|presum|går|gjekk|gikk|default|standard|tick|check|select|forh|føreh|ferdig|deliver|levering|start|mindre|unless|until|till|inntil|lenge|long|sett|satt|lagt|lagd|ført|meldt|skriv|skrev|registrer|added|put|signed|subscribed|enrolled|entered|inklud|includ|automat|happy|glad|nøgd|fornøyd|einig|enig|mind|imot|fortset|held|holde|halde|går|keep|kept|continu|go\s+on|goes\s+on|carr|behold|beheld|behald|download|install|opening|laste|opne|åpne`,
  'iu',
);

/** The negation in the words before `at` in the sentence's own clause (after its last comma). */
const deniedBefore = (sentence: string, at: number): boolean => {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return NEGATION.test(before.slice(cut + 1));
};

/**
 * The family of inferred consent one sentence tells, or undefined. `consentBasis`: the activity rests something on consent
 * (Art. 6(1)(a)); `legitimateInterests`: it records Art. 6(1)(f), under which an opt-out is the right to object (Art. 21;
 * markedsføringsloven § 15 second paragraph for existing customers), so the opt-out families are read only without it or
 * beside consent.
 */
function readInferred(sentence: string, consentBasis: boolean, legitimateInterests: boolean): InferredKind | undefined {
  if (!GATE().test(sentence) || heldBack(sentence)) return undefined;
  // A box ticked before the person acts is no consent whatever it is for (rec. 32: «pre-ticked boxes»), where the activity
  // asks consent and the box is not one of the contract's terms.
  const ticked = DEFAULT_ON().exec(sentence);
  if (
    ticked !== null &&
    consentBasis &&
    TICKED().test(ticked[0]) &&
    !NEGATION.test(sentence) &&
    !NOT_PRE().test(sentence) &&
    !OWN_ACT().test(sentence) &&
    !OFF().test(sentence) &&
    !(TERMS().test(sentence) && !EXPLICIT_CONSENT().test(sentence))
  )
    return 'default';
  if ((consentBasis || !legitimateInterests) && deemedUnlessNo(sentence)) return 'opt-out';
  if (!aboutProcessing(sentence)) return undefined;
  const assumed = ASSUMED().exec(sentence);
  const deemed = DEEMED().exec(sentence) ?? (assumed !== null && !WHO().test(assumed[0]) ? assumed : null);
  // The person's own act is looked for outside the consent the inference says is given: «reknar vi det som at du har
  // samtykt», «we consider that they have agreed» hold the consent inferred, not an act of the person's; «regner vi et klikk
  // på knappen som samtykke» still counts the person's click.
  if (
    deemed !== null &&
    consentBasis &&
    !deniedBefore(sentence, deemed.index) &&
    !NEGATION.test(deemed[0]) &&
    !OWN_ACT().test(sentence.replace(deemed[0], deemed[0].replace(SAID_CLAUSE(), ' ')))
  )
    return 'deemed';
  const act = OTHER_ACT().exec(sentence);
  if (act !== null && consentBasis && !OWN_ACT().test(sentence) && !NEGATION.test(sentence)) {
    const rest = sentence.slice(act.index + act[0].length);
    const before = sentence.slice(0, act.index);
    if ((FOLLOWS().test(rest) || FOLLOWS().test(before)) && (NEEDS_CONSENT_RE().test(sentence) || CONSENT_TERM_RE().test(sentence))) return 'other-act';
  }
  const dflt = DEFAULT_ON().exec(sentence);
  if (
    dflt !== null &&
    // The browser's own default («Most browsers accept cookies by default»), not a choice the controller made for the person
    // (B14, session 47): consent taken from it is consent-valid's `browser-settings`, read where the words say so.
    !BROWSER().test(sentence.slice(0, dflt.index)) &&
    NEEDS_CONSENT_RE().test(sentence) &&
    !NEGATION.test(sentence) &&
    !NOT_PRE().test(sentence) &&
    !OFF().test(sentence) &&
    (consentBasis || !legitimateInterests)
  )
    return 'default';
  if ((consentBasis || !legitimateInterests) && !OWN_SIMILAR().test(sentence)) {
    const out = OPT_OUT().exec(sentence);
    if (
      out !== null &&
      NEEDS_CONSENT_RE().test(sentence.slice(0, out.index)) &&
      !NEGATION.test(sentence.slice(0, out.index)) &&
      !NEGATION.test(sentence.slice(out.index + out[0].length)) &&
      !OFF().test(sentence.slice(0, out.index)) &&
      !OWN_ACT().test(sentence.slice(0, out.index))
    )
      return 'opt-out';
    const enrolled = ENROLLED().exec(sentence);
    if (enrolled !== null && !NEGATION.test(sentence) && !OWN_ACT().test(sentence)) return 'opt-out';
  }
  return undefined;
}

/**
 * readInferred, once per distinct sentence and the two facts of its activity (util/memo.ts): a record's activities repeat
 * their descriptions' and notes' words (#16).
 */
const inferredOnce = byText((key: string): InferredKind | undefined => readInferred(key.slice(2), key[0] === '1', key[1] === '1'));
export const inferredConsent = (sentence: string, consentBasis: boolean, legitimateInterests: boolean): InferredKind | undefined =>
  GATE().test(sentence) ? inferredOnce(`${consentBasis ? 1 : 0}${legitimateInterests ? 1 : 0}${sentence}`) : undefined;

/**
 * A withdrawal text answers one question: how does the person withdraw? (Art. 7(3); 13(2)(c)). The means it may name, in
 * nb, nn and en: a verb of withdrawing, ending, unsubscribing, switching off, deleting or declining; someone to tell or ask
 * and the channel (contact, e-mail, phone, letter, a link, the app, «Min side», the settings, a button or form, the desk);
 * a time that leaves it to the person («når som helst», «at any time»); or a reference to another basis's withdrawal («Som
 * for samtykket til formidling»). A text with none of these («Once given, sharing stays on for as long as the car has a
 * service plan», «Samtykket gjeld i 13 månader, så lenge informasjonskapselen ligg i nettlesaren din») says how long the
 * consent lasts, not how it ends: the record does not say how to withdraw it, as if the field were left out. Over the
 * corpus's 1,778 withdrawal texts (360 bodies, the lawful-wordings registries, every variant base and planted set,
 * 2026-12-05) none but the planted ones names no means.
 */
const WITHDRAW_WAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:trekk\p{L}*|trekt|trukk\p{L}*|tilbaketrekk\p{L}*|withdr\p{L}*|revok\p{L}*|tilbakekall\p{L}*|untick\p{L}*|uncheck\p{L}*|slå\p{L}*|slo|skru\p{L}*|switch\p{L}*|turn\p{L}*|off|unsubscr\p{L}*|avmeld\p{L}*|meld\p{L}*|opt\p{L}*\s+out|opt-out|reserv\p{L}*|slett\p{L}*|delet\p{L}*|fjern\p{L}*|remov\p{L}*|stopp?\p{L}*|stans\p{L}*|slutt\p{L}*|avslutt\p{L}*|cancel\p{L}*|declin\p{L}*|kontakt\p{L}*|contact\p{L}*|tell\p{L}*|beskjed|fr[aå]|ifr[aå]|e-?post\p{L}*|e-?mail\p{L}*|telefon\p{L}*|phone\p{L}*|ring\p{L}*|call\p{L}*|brev\p{L}*|letters?|post|lenk\p{L}*|links?|apps?|appen|appar|min\s+side|mi\s+side|my\s+page|innstilling\p{L}*|settings?|knapp\p{L}*|buttons?|skjema\p{L}*|forms?|portal\p{L}*|chat\p{L}*|skranke\p{L}*|desk|resepsjon\p{L}*|reception|sms|svar\p{L}*|reply|replies|answer\p{L}*|profil\p{L}*|profiles?|konto\p{L}*|accounts?|kryss\p{L}*|huk\p{L}*|velg\p{L}*|choos\p{L}*|select\p{L}*|endr\p{L}*|chang\p{L}*|ombestem\p{L}*|ber|be|bed|ask\p{L}*|request\p{L}*|melding\p{L}*|messages?|notif\p{L}*|writ\p{L}*|skriv\p{L}*|nei|no|let\s+us\s+know|(?:si|sier|seie|seier|sa|sagt)\s+(?:\p{L}+\s+)?opp|oppsei\p{L}*|oppsig\p{L}*|terminat\p{L}*|når\s+som\s+helst|kva\s+tid\s+som\s+helst|any\s?time|whenever|som\s+for|same\s+as|as\s+for)(?![\p{L}])|@`,
  'iu',
);
/** Whether a withdrawal text names some means of withdrawing (WITHDRAW_WAY); false for a text of periods alone. */
export const withdrawalWayNamed = (text: string): boolean => WITHDRAW_WAY().test(text);

/**
 * The consent said to be beyond withdrawal, read in one clause whatever stands between its parts (FX, session 45;
 * variants-ombod LD61 «kan samtykket til kost og tilrettelegging ikkje lenger trekkjast tilbake»): the consent named
 * (samtykke, consent) before a negation (ikke, ikkje, not, cannot, no longer), and a verb of withdrawing after it, within
 * the clause (up to its comma, «;», «men», «but»). Art. 7(3): «at any time». Not where the clause says what the withdrawal
 * does not undo (what was done before it, retroactively, by others, already): the rule's guards read those.
 */
const CONSENT_NOT_WITHDRAWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:samtykk\p{L}*|samtykt|consent|consents)(?![\p{L}])[^,;:.!?]{0,80}?(?<![\p{L}])(?:ikke|ikkje|not|cannot|can't|aldri|never|no\s+longer)(?![\p{L}])[^,;:.!?]{0,40}?(?<![\p{L}])(?:trekkes|trekkast|trekkjast|trekke|trekkje|trekt|trukket|tilbakekall\p{L}*|withdrawn|withdraw|revoked|revoke|kalles\s+tilbake|kallast\s+tilbake)(?![\p{L}])`,
  'iu',
);
const CLAUSE_BREAK = lazyPattern(String.raw`(?<![\p{L}])(?:men|but|og\s+(?:du|de|dei|vi|me|you|we)|and\s+(?:you|we|they))(?![\p{L}])`, 'iu');
/**
 * What the consent was to is a one-off handing that is done («Når kontaktopplysningene er delt med fotografen, kan samtykket
 * til delingen ikke lenger trekkes»: bodies/bergen-barnehagefoto, which goes on «du kan når som helst be fotografen slette
 * opplysningene»): a withdrawal cannot undo a disclosure made; or the sentence leaves the rest to the person at any time.
 */
const ONE_OFF_OR_ANY_TIME = lazyPattern(
  String.raw`(?<![\p{L}])(?:deling(?:a|en)?|utlevering(?:a|en)?|oversending(?:a|en)?|sending(?:a|en)?|overføring(?:a|en)?|disclosure|transfer|sharing|når\s+som\s+helst|kva\s+tid\s+som\s+helst|at\s+any\s+time|any\s?time)(?![\p{L}])`,
  'iu',
);
/** The clause says the consent cannot be withdrawn (CONSENT_NOT_WITHDRAWN), its parts in one clause. */
export const consentNotWithdrawable = (sentence: string): boolean => {
  const m = CONSENT_NOT_WITHDRAWN().exec(sentence);
  return m !== null && !CLAUSE_BREAK().test(m[0]) && !ONE_OFF_OR_ANY_TIME().test(sentence);
};
