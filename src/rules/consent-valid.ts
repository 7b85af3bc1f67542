import {
  actsAsPublicAuthority,
  art6Codes,
  basesWithPointers,
  citesMarketingAct,
  ELECTRONIC_MEANS,
  isConsent,
  isDirectMarketing,
  isSecurityOnly,
  MARKETING_WORDS,
  marketingSaid,
  NEGATION,
  saidUnnegated,
  SENTENCE_END,
  STOP,
  textsOf,
} from '../check/facts.js';
import { pastOrRejected, withoutPast } from '../check/past.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity, ResolvedPurpose } from '../model/resolve.js';
import { byText, memo } from '../util/memo.js';
import { join } from '../util/pointer.js';
import type { Source } from '../model/types.js';
import { prefilter, prefilterAny, ways } from '../util/prefilter.js';
import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { embeddedTracking } from './joint-controller-arrangement.js';
import {
  agreeBundled,
  assumedAgreeOrWant,
  BOX_COMES_TICKED,
  countedUnlessDeclined,
  DATA_PROCESSING,
  deemedAgree,
  optOut,
  OWN_SIMILAR,
} from '../check/lexicon-consent.js';
import { letterPattern } from '../util/letters.js';
import { inferredConsent, type InferredKind } from '../check/consent-inferred.js';
import { freeTexts } from '../check/free-text.js';

/**
 * Art. 4(11), 7; rec. 32: consent is a clear affirmative act. Silence, inactivity, going on using a
 * service or a browser that accepts cookies is no consent (CJEU C-673/17 Planet49). For cookies and
 * similar storage on the user's device, ekomloven § 3-15 requires GDPR-standard consent from
 * 1 January 2025: "consent through browser settings" is no longer valid. A notice that publishes such
 * a consent states an unlawful basis, so a final notice is refused (blocksNotice).
 *
 * Consent given by accepting a service's terms and conditions (`accept-terms`) is bundled with the
 * contract: the request is not «clearly distinguishable from the other matters» (Art. 7(2)), and consent
 * the service depends on is not freely given (Art. 7(4), rec. 43). What the service needs rests on
 * Art. 6(1)(b); anything else needs a separate consent. At a public authority the same finding says what the body's
 * service rests on instead (`accept-terms-public`): its task, Art. 6(1)(e) or (c) with the law that sets it (rec. 43:
 * consent is unlikely to be free where the controller is a public authority).
 *
 * Where another law asks for consent, legitimate interests do not replace it (warnings, since the record
 * shows only signs): a business's e-mail or SMS marketing to natural persons needs their prior consent,
 * save for existing customers (markedsføringsloven § 15 first and third paragraphs); a record that cites
 * § 15 shows the exception was considered. Cookies and similar technology read from the user's device on
 * legitimate interests need consent unless strictly necessary (ekomloven § 3-15). A purpose of network and
 * information security (recital 49: keeping out unauthorised access, malicious code, denial-of-service attacks) is
 * not warned, unless its words also speak of statistics, analytics or advertising: its log holds what the browser sends to the server, which is no storage in or access to the user's
 * equipment, and security of the service the user asked for is strictly necessary for it (§ 3-15 second paragraph b).
 * The device is read where the activity has a device source named so, or where the purpose's own words say it uses
 * cookies or tracking pixels (PURPOSE_DEVICE). A purpose that only delivers the site or says its cookies are strictly
 * necessary (STRICTLY_NECESSARY, with no words of measuring or targeting) is not warned.
 */
const DEVICE_STORAGE = lazyPattern(String.raw`informasjonskaps|cookie|nettles|browser|sporingspiksel|tracking pixel|local ?storage|\bsdk\b`, 'i');
/**
 * A purpose's own words that it reads or stores on the user's device: cookies, tracking pixels («sporingspiksler i
 * e-posten»: EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) of the ePrivacy Directive, which ekomloven § 3-15
 * carries out, treat pixel tracking as within it; an advertising platform's pixel too: «Meta's pixel», «the TikTok
 * pixel», «Meta-pikselen», not a picture's «640 x 480 pixel» or «pixelated» faces), local storage, SDKs, device fingerprinting (not a person's fingerprint
 * for access control); read
 * clause by clause, a negated clause («vi bruker ikke sporingspiksler») says nothing, nor a device word denied by the
 * words before it («uten informasjonskapsler», «ingen sporingspiksler», «without cookies», «no tracking pixels»: DENIER_BEFORE),
 * nor cookieless or cookie-free analytics (H12V false-alarm review, 2026-11-30).
 */
const PURPOSE_DEVICE = lazyPattern(
  String.raw`informasjonskaps|cookie(?!less|-?free)|sporingspiksl|(?<![\p{L}])(?<!\d\s?)piksl(?!\p{L}*\s+(?:brei|brede|breie|bred|høge|høye|høy|wide|high))|tracking pixel|(?<![\p{L}])(?:meta|facebook|tiktok|linkedin|snapchat|pinterest|ads?|advertising|conversion|retargeting|remarketing)(?:'s|s')?[ -](?:tracking |conversion )?(?:pixels?|piksel\p{L}*)(?![\p{L}])|web beacon|local ?storage|\bsdk\b|(?:device|browser|nettleser|enhets)[- ]?(?:fingerprint\p{L}*|fingeravtrykk\p{L}*)|(?<![\p{L}])(?:usynlige?|usynlege?|invisible|1x1)\s+(?:\p{L}+\s+){0,1}?(?:bilde|bilder|bildene|bilete|bileta|images?|pictures?|gif|gifs)(?![\p{L}])(?![^.;:!?]{0,40}?(?:avstandsholder\p{L}*|avstandshaldar\p{L}*|spacers?|layout|oppsett\p{L}*))(?=[^.;:!?]{0,80}?(?:e-?post|e-?mail|nyhetsbrev|nyheitsbrev|newsletter|åpne|åpnes|opne|opnar|opened|opens|klikk|click))`,
  'iu',
);
/**
 * The exemption of ekomloven § 3-15 second paragraph (b): storage or access «som er strengt nødvendig for å levere en
 * informasjonssamfunnstjeneste etter den aktuelle sluttbrukerens eller brukerens uttrykkelige forespørsel». A purpose that says its cookies are strictly necessary, or that it only delivers
 * the site or service the user asked for, keeps it — unless its words also measure, analyse or target (otherAims).
 * So does a purpose that names what the user's own request needs (H12V false-alarm review): keeping them logged in
 * (a session or authentication cookie), the shopping basket, load balancing, and remembering the user's own choice
 * about cookies, which the consent itself requires (Art. 7(1): the controller must be able to show it; Art. 29 Working
 * Party Opinion 04/2012 on cookie consent exemption: user-input, authentication, load-balancing cookies). Also (H12V,
 * 2026-11-30): the words in either order («informasjonskapslar som er naudsynte», «cookies that are strictly necessary»,
 * «necessary cookies»; not «ikke-nødvendige», «non-essential»), a logged-in self-service portal («Min side», «Mi side», «selvbetjening»,
 * «self-service», «My page»: the service the user asked for; variants-inkasso, B2 2026-12-01: 6 lawful wordings quiet, 2 with
 * measuring or ads still warned), the site working in nynorsk («sida skal verke») and English
 * («for the site to work»), the nynorsk basket («handlekorga»); remembering the language or written standard, font size
 * or contrast the user chose («huske språkvalget», «målforma», «skriftstorleik»: WP 194's user-interface customisation
 * cookies); a form the user fills in over several pages («mellomlagre svarene …, så du kan fortsette der du slapp»: WP
 * 194's user-input cookies); and that the user closed the cookie notice («lukka varselet om informasjonskapslar»).
 */
const STRICTLY_NECESSARY = lazyPattern(
  String.raw`(?<![\p{L}-])(?:strengt |strikt )?(?:nødvendige|naudsynte|nødvendig|naudsynt) (?:informasjonskaps\p{L}*|cookies?)|(?<![\p{L}-])(?:informasjonskaps\p{L}*|cookies?)\s+(?:\p{L}+\s+){0,2}?(?:strengt |strikt |strictly )?(?:nødvendige|naudsynte|nødvendig|naudsynt|necessary|essential)(?![\p{L}])|strictly necessary|(?<![\p{L}-])(?:essential|necessary) cookies|(?:levere|drifte|vise) (?:nettstedet|nettstaden|nettsiden|nettsida|tjenesten|tenesta)|(?:nettstedet|nettstaden|nettsiden|nettsida|sida|sidene|nettsidene|tjenesten|tenesta) (?:skal )?(?:fungere|fungerer|virke|verke|verkar|virker)|(?:deliver|provide|run) the (?:website|site|service)|(?:website|site|service) (?:needs? (?:\p{L}+ )?)?to (?:work|function)|(?<![\p{L}])(?:selvbetjening\p{L}*|sjølvbetjening\p{L}*|self-service|min side|mi side|my page)(?![\p{L}])|(?<![\p{L}])(?:innlogg\p{L}*|pålogg\p{L}*|logget inn|logga inn|sesjonskaps\p{L}*|autentiser\p{L}*|handlekurv\p{L}*|handlevogn\p{L}*|handlekorg\p{L}*|lastbalanser\p{L}*|session cookies?|session ids?|log(?:ged|ging)? in|sign(?:ed|ing)? in|authenticat\p{L}*|shopping (?:cart|basket)|load[- ]balanc\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:valg\p{L}*|val|valet|samtykke\p{L}*|preferanse\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:om|for|til|av)\s+(?:\p{L}+\s+){0,1}?(?:informasjonskaps\p{L}*|cookies?)|samtykkebanner\p{L}*|samtykkeval\p{L}*|cookie[- ]?(?:banner|choices?|preferences?|consents?)|consent (?:banner|choices?|preferences?)|(?<![\p{L}])(?:varsel\p{L}*|varslet|meldinga|meldingen|banneret)\s+om\s+(?:informasjonskaps\p{L}*|cookies?)|cookie notice|(?<![\p{L}])(?:mellomlagr\p{L}*|skriftstørrelse\p{L}*|skriftstorleik\p{L}*|kontrast\p{L}*|font size|font preferences?|text size|contrast)(?![\p{L}])|(?:fortsette|halde fram|halda fram|fortsetje|continue|pick up)\s+(?:\p{L}+\s+){0,2}?(?:der|hvor|kvar|where)\s+(?:du|dei|de|they|you)\s+(?:slapp|left off)|(?:several|multiple) pages|multi-?page|(?<![\p{L}])(?:språkval\p{L}*|målform\p{L}*|language (?:choices?|preferences?|settings?))|(?<![\p{L}])(?:huske|hugse|lagre|remember\p{L}*|store)\s+(?:\p{L}+\s+){0,3}?(?:språk\p{L}*|målform\p{L}*|language)(?![\p{L}])`,
  'iu',
);
/**
 * Words of measuring, analysing, tracking, profiling or targeting (ANALYTICS), or marketing (facts.ts MARKETING_WORDS, read
 * by marketingSaid: until 2026-12-01 a copy of its words stood here, which missed English «marketing», read a consumer's
 * «reklamere» (a complaint) as advertising, and read a denied «not used for marketing»). A marketing department, team,
 * portal or tool named by its function («logged in to the marketing portal», «markedsavdelingen») is no aim of the cookies
 * (MARKETING_UNIT).
 */
const ANALYTICS = lazyPattern(String.raw`analys|statisti|måle|måling|measur|annons|sporing|tracking|profil|personali|målrett`, 'iu');
const MARKETING_ALL = lazyPattern(MARKETING_WORDS, 'giu');
const MARKETING_UNIT_AFTER = lazyPattern(
  String.raw`^[\s-]+(?:staff|team|teams|department|departments|portal|tools?|systems?|managers?|director|platform|unit)(?![\p{L}])`,
  'iu',
);
const MARKETING_UNIT_IN = lazyPattern(String.raw`(?:avdeling|team|portal|sjef|leiar|leder|verktøy|system|plattform)\p{L}*$`, 'iu');
/**
 * The user's own choices about the aims, which a necessary cookie remembers: «analytics and marketing choices made in the
 * cookie banner», «preferences for statistics and marketing», «valet om statistikk og marknadsføring», «samtykke til analyse
 * og markedsføring» (R1's re-read, L, session 13: «Strictly necessary cookies remember analytics and marketing choices made
 * in the cookie banner» was read as cookies for analytics and marketing). Left out before the aims are read; the rest of
 * the text is read as before.
 */
/**
 * Each aim a whole word, at most eight in a list: the words then split one way only. Until 2026-12-01 an aim could end
 * inside a word and the list had no bound, so a word glued of aims and «og» («analyogstatistiogstatisti…») split in
 * exponentially many ways and a 400-character purpose took 90 s, a 20,000-character list of aims 0.6 s (R1, session 13:
 * scripts/reader-timings.js).
 */
const AIM = String.raw`(?:analy\p{L}*|statisti\p{L}*|måling\p{L}*|measurement|tracking|sporing|marketing|markedsføring\p{L}*|marknadsføring\p{L}*|reklame\p{L}*|advertising|annonse\p{L}*|personali\p{L}*)(?![\p{L}])`;
const AIMS = String.raw`${AIM}(?:\s*(?:,|(?:and|or|og|eller)(?![\p{L}]))\s*${AIM}){0,7}`;
const CHOICE = String.raw`(?:choices?|preferences?|consents?|settings?|valg|valget|valgene|val|valet|vala|samtykke\p{L}*|preferanse\p{L}*|innstilling\p{L}*)`;
const AIM_CHOICES = lazyPattern(
  String.raw`(?<![\p{L}])(?:${AIMS}\s+(?:cookies?\s+|kapsl?\p{L}*\s+)?${CHOICE}|${CHOICE}\s+(?:about|for|to|on|regarding|om|for|til|av)\s+(?:\p{L}+\s+){0,1}?${AIMS})(?![\p{L}])`,
  'giu',
);
/** Whether a text names an aim beside strict necessity: analytics, measuring, marketing (exported for tests). */
export const otherAims = (raw: string): boolean => {
  const t = raw.replace(AIM_CHOICES(), ' ');
  return (
    ANALYTICS().test(t) ||
    marketingSaid(t, MARKETING_ALL(), (clause, m) => MARKETING_UNIT_IN().test(m[0]) || MARKETING_UNIT_AFTER().test(clause.slice(m.index! + m[0].length)))
  );
};
/** Where a note's clauses end for `pre-ticked` (not facts' CLAUSE_END, which keeps a web address's dots). */
const NOTE_CLAUSE_END = STOP;
/** Where a note's clauses end for `silence` and `proxy`: as NOTE_CLAUSE_END, but not at a colon. */
const NOTE_SENTENCE_END = SENTENCE_END;
/**
 * Consent said to follow from going on using the site or service: the consent method `continued-use` in words, wherever the
 * method is left out or another one named (Art. 4(11), rec. 32: silence or inactivity is no consent; variants-megler EM06,
 * variants-kriminalomsorg KO65, variants-advokat AD54). One reading (L, 2026-12-01; until then B4's and B2's side by side,
 * reporting at different places), read sentence by sentence in the basis's note and the purpose's description. The use
 * must be what the consent is taken from:
 * - the means of it: «ved å (fortsette å / halde fram med å) bruke, besøke <nettstedet, sidene, tjenesten, appen, a web
 *   address>», «by (continuing to) use, browse, visit …», «ved fortsatt/videre bruk av …», «through continued use»;
 * - its condition: «dersom/hvis/når du fortsetter å bruke …», «if/when the visitor continues to browse», «samtykke gis ved
 *   at brukeren held fram med å bruke …», or staying on the line or the page («Samtykke anses gitt når innringeren blir
 *   værende i linjen etter informasjonsmeldingen»: B3's blind set variants-skatt SK20; «by staying on the line»);
 * - or what it counts as: «Fortsatt bruk (av nettstedet) regnes/anses som samtykke», «Continued use constitutes/means/
 *   counts as consent», «Vi regner fortsatt bruk som samtykke».
 * Words of use that only stand beside consent are not read: «Du kan trekke samtykket og fortsette å bruke tjenesten»,
 * «Samtykket gjelder så lenge du fortsetter å bruke appen», «Videre bruk av bildene krever samtykke», «measure continued
 * use of the app among users who consent» (ten of eleven such lawful wordings fired on the two readings before the join).
 */
const USE_OBJECT = String.raw`(?:\p{L}+\s+){0,2}?(?:nettstedet|nettsted|nettsiden|nettsida|nettsidene|nettstaden|sidene|sida|tjenesten|tenesta|tjenestene|tenestene|appen|site|website|webpages|pages|service|services|app|[\p{L}-]+\.(?:no|com|net|org))(?![\p{L}])`;
/**
 * Using the site on, said with «videre»/«vidare» after the object («Bruker du nettstedet videre», «hvis du bruker appen
 * vidare»: G5's paraphrase5 PE063, session 27): going on as «fortsetter å bruke» is.
 */
const USE_ON = String.raw`(?:bruker|brukar|bruke|bruka|nytter|nyttar|nytte|benytter|benyttar|benytte|besøker|besøkjer|besøke)\s+(?:du\s+|dere\s+|de\s+|dei\s+|dykk\s+)?${USE_OBJECT}\s+(?:videre|vidare)(?![\p{L}])`;
/**
 * Staying in the telephone queue or on the line, or not hanging up («blir du i køen etter meldingen», «venter i køen», «ikke
 * legger på», «stay in the queue», «do not hang up»): going on with the call, as staying on the line is (B4,
 * variants-avfall AV44: «blir du i køen etter meldingen om opptak, anser vi at du har samtykket»).
 */
const QUEUE = String.raw`(?:(?:bli|blir|ble|blei|vert|verte|venter|ventar|vente|stay|stays|staying|stayed|remain|remains|remaining|remained|wait|waits|waiting|waited|held\s+(?:du\s+|dei\s+|de\s+|innringaren\s+)?fram|heldt\s+fram|holder\s+(?:du\s+|de\s+|innringeren\s+)?fram|fortsetter\s+(?:du\s+|de\s+|innringeren\s+)?)\s+(?:(?:du|dere|de|dei|innringeren|innringaren|the\s+caller|you|they)\s+)?(?:værende\s+|verande\s+)?(?:i|på|in|on)\s+(?:(?:telefon|the\s+)?(?:køen|køa|queue)|linjen|linja|the\s+line)(?![\p{L}])|(?:venter|ventar|vente|waits|waiting|waited)\s+(?:videre|vidare|on)\s+(?:etter|after)\s+(?:at\s+)?(?:\p{L}+\s+){0,1}?(?:meldingen|meldinga|beskjeden|the\s+message|the\s+announcement)(?![\p{L}])|(?:ikke|ikkje)\s+legger\s+på|(?:ikke|ikkje)\s+legg\s+på|(?:don't|do\s+not|doesn't|does\s+not)\s+hang\s+up)`;
const HANG_UP = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ikke|ikkje)\s+(?:legger|legg)\s+på|(?:don't|do\s+not|doesn't|does\s+not)\s+hang\s+up)(?![\p{L}])`,
  'giu',
);
const GO_ON = String.raw`(?:(?:fortsett\p{L}*|fortsetj\p{L}*|halde\s+fram|halda\s+fram|held\s+fram|heldt\s+fram|holde\s+fram|holder\s+fram|continu\p{L}*|carr(?:y|ies|ied|ying)\s+on|keeps?(?:\s+on)?|keeping(?:\s+on)?|go(?:es)?\s+on|going\s+on)\s+(?:(?:to|å|med\s+å|med)\s+)?(?:use|using|browse|browsing|navigate|navigating|visit|visiting|bruke|bruka|nytte|nytta|benytte|besøke|besøkje|surfe|navigere)(?![\p{L}])|(?:bli|blir|ble|vere|verte|vert|blei)\s+(?:værende|verande)\s+(?:i|på)\s+(?:linjen|linja|samtalen|sida|siden|nettstedet|nettstaden|[\p{L}-]+\.(?:no|com|net|org))|forbli\p{L}*\s+(?:i|på)\s+(?:linjen|linja|samtalen)|(?:stay|stays|staying|stayed|remain|remains|remaining|remained)\s+on\s+(?:the\s+)?(?:line|call|page|site|website)(?![\p{L}])|${QUEUE})`;
const PLAIN_USE = String.raw`(?:bruke|bruka|nytte|nytta|benytte|besøke|besøkje|surfe\s+på|use|using|browse|browsing|visit|visiting)\s+${USE_OBJECT}`;
const USE_NOUN = String.raw`(?:fortsatt|vidare|videre|continued|ongoing)\s+(?:bruk|use|browsing|surfing|navigering|navigation)(?![\p{L}])`;
/** We assume, take it («regner vi med at», «går vi ut frå at», «we take it that»): the going on read as the person's yes. */
const WE_ASSUME = String.raw`(?<![\p{L}])(?:(?:regner|reknar|rekner)\s+(?:vi|me)\s+(?:med|det\s+som)|(?:går|antar)\s+(?:vi|me)\s+(?:ut\s+(?:fra|frå|ifrå|ifra)|at)|(?:we|I)\s+(?:assume|take\s+it|presume|treat\s+(?:it|this|that)\s+as))(?![\p{L}])`;
const COUNTS_AS = String.raw`(?<![\p{L}])(?:regnes|reknast|reknes|vert\s+rekna|blir\s+regnet|anses|ansees|blir\s+sett\s+på|blir\s+sett|betraktes|innebærer|inneber|betyr|means|constitutes?|counts|is\s+deemed|is\s+taken|is\s+treated|is\s+regarded|is\s+considered|implies|signifies|amounts\s+to)(?![\p{L}])`;
/**
 * Deemed of those who go on, after a relative («Visitors who keep browsing after the cookie banner is shown are counted as
 * having consented», «Besøkende som fortsetter å bruke sida, regnes som å ha samtykket», «dei som held fram med å bruke
 * appen, vert rekna for å ha samtykt»: variants-veterinar DY11; W12, session 23). Only with the deeming words after the going
 * on: «users who keep using the app can withdraw consent» or «must consent again» says nothing of how consent is given, and
 * terms deemed accepted are the contract's («… are deemed to have accepted the updated terms of use»).
 */
const DEEMED_OF_THOSE = String.raw`(?:who|that|som)\s+(?:\p{L}+\s+){0,2}?${GO_ON}(?:[^.;!?])*?(?<![\p{L}])(?:(?:are|is|er|blir|vert|will\s+be)\s+(?:\p{L}+\s+)?(?:counted|taken|deemed|regarded|treated|considered|seen|rekna|regnet|regna|ansett|sett\s+på|betraktet|betrakta)|anses|ansees|regnes|reknast|reknes|betraktes)(?![\p{L}])(?![^.;!?]*?(?:terms|vilkår|conditions|betingels))`;
/**
 * A verb-first condition of going on using the service, with the consent said in the main clause after it (V1 conditional:
 * «Bruker du appen videre, har du samtykket til at vi henter posisjonen din»: variants-paraphrase6 PF065; «Fortsetter du å
 * bruke nettstedet, samtykker du til …», «Held du fram med å bruke appen, godtek du at …», «Should you continue to use the
 * app, you consent to …»; L2, session 37). The main clause must give the consent itself (the person's finite consent verb,
 * or «har du samtykket/godtatt/gitt samtykke»): «…, må du samtykke på nytt», «…, kan du trekke samtykket» and «…, gjeld
 * samtykket du gav» say nothing of how consent is given.
 */
const V1_SUBJECT = String.raw`(?:du|dere|dykk|de|dei|man|ein|en|brukeren|brukaren|kunden|besøkeren|besøkjaren|innringeren|innringaren)`;
const V1_GO_ON = String.raw`(?:(?:fortsetter|fortset|fortsetjer|held|holder)\s+${V1_SUBJECT}\s+(?:fram\s+)?(?:med\s+)?(?:å\s+)?(?:bruke|bruka|nytte|nytta|benytte|besøke|besøkje|surfe|navigere)(?![\p{L}])|(?:bruker|brukar|nytter|nyttar|benytter|benyttar|besøker|besøkjer)\s+${V1_SUBJECT}\s+${USE_OBJECT}\s+(?:videre|vidare)(?![\p{L}])|should\s+(?:you|the\s+user|users|visitors|the\s+visitor)\s+(?:continue|keep|go\s+on)\s+(?:to\s+)?(?:use|using|browse|browsing|visit|visiting|navigate|navigating)(?![\p{L}]))`;
const CONSENT_APODOSIS = String.raw`(?:(?:har|hev)\s+${V1_SUBJECT}\s+(?:\p{L}+\s+)?(?:samtykket|samtykt|samtykka|godtatt|godteke|akseptert|gitt\s+(?:\p{L}+\s+)?samtykke|gjeve\s+(?:\p{L}+\s+)?samtykke|sagt\s+ja)|(?:samtykker|samtykkjer|godtar|godtek|aksepterer|gir|gjev|sier|seier)\s+${V1_SUBJECT}|(?:you|they|the\s+user|users|visitors|the\s+visitor)\s+(?:also\s+|thereby\s+|automatically\s+)?(?:consent|consents|agree|agrees|accept|accepts|have\s+consented|has\s+consented|give\s+(?:your\s+|their\s+)?consent|gives\s+(?:his\s+or\s+her\s+|their\s+)?consent|(?:are|is)\s+(?:deemed|taken|considered)\s+to\s+(?:have\s+)?(?:consent\p{L}*|agree\p{L}*|accept\p{L}*)))(?![\p{L}])`;
const CONSENT_BY_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:^\s*${V1_GO_ON}(?=[^.;!?]*?,\s*${CONSENT_APODOSIS})|(?:ved\s+å|gjennom\s+å|by|through)\s+(?:${GO_ON}|${PLAIN_USE})|${DEEMED_OF_THOSE}|(?:dersom|hvis|viss|når|om|if|when|whenever|once|ved\s+at|gjennom\s+at|(?:den|de|dei|those|anyone|innringere|innringarar|callers|users|visitors|brukere|brukarar)\s+(?:som|who))\s+(?:\p{L}+\s+){0,3}?${GO_ON}|(?:ved|gjennom|through|by|with)\s+${USE_NOUN}|(?:dersom|hvis|viss|når|om)\s+(?:du|dere|dykk|de|dei|man|ein|en|brukeren|brukaren)\s+${USE_ON}|^\s*(?:bruker|brukar|nytter|nyttar|benytter|benyttar|besøker|besøkjer)\s+(?:du|dere|dykk|man|ein|en|brukeren|brukaren)\s+${USE_OBJECT}\s+(?:videre|vidare)(?![\p{L}])(?=[^.;!?]*?(?:${COUNTS_AS}|${WE_ASSUME}))|${USE_NOUN}(?:[^.;!?]|[.](?=[\p{L}\d]))*?${COUNTS_AS}|(?:regner|reknar|rekner|anser|treats?|regards?|considers?|takes?|deems?)\s+(?:\p{L}+\s+){0,1}?${USE_NOUN}|${QUEUE}(?:[^.;!?])*?(?:${COUNTS_AS}|(?<![\p{L}])(?:anser|regner|reknar|rekner|tolker|tolkar|treat|treats|deem|deems|consider|considers|take|takes)(?![\p{L}])))`,
  'iu',
);
/** An act of the person's own in the sentence: ticking, clicking, choosing, signing, a form or a button. */
const ACTIVE_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kryss\p{L}*|huk\p{L}*|klikk\p{L}*|trykk\p{L}*|velg\p{L}*|vel|velje|veljer|vald|valt|signer\p{L}*|tick\p{L}*|click\p{L}*|select\p{L}*|choos\p{L}*|opt(?:s|ed|ing)?\s+in|sign(?:s|ed|ing)?|\p{L}*skjema\p{L}*|forms?|knapp\p{L}*|buttons?)(?![\p{L}])`,
  'iu',
);
/** A sentence's end, not the dot of a web address («fjordhus-eiendom.no»). */
const SENTENCE_END_NOT_ADDRESS = lazyPattern(String.raw`[.;!?](?=\s|$)`);
/**
 * The person is asked («får du spørsmål om du samtykker», «blir du spurd om samtykke», «you will be asked again whether you
 * consent», «prompted»): the consent is sought, not taken from the use or the terms (R1's review, 2026-12-01: 5 of 11 lawful
 * wordings fired).
 */
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:spørsmål\p{L}*|spør|spørres|spurt|spurd|spurde|asked|ask|asks|prompted|be om samtykke|ber om samtykke|bed om samtykke|bedt om samtykke|bede om samtykke)(?![\p{L}])`,
  'iu',
);
/**
 * Consent kept apart from the use («without accepting», «uten å samtykke», «separately», «uavhengig av»), withdrawn or
 * changed while the use goes on («Ved å bruke appen kan du når som helst trekke samtykket tilbake», «withdraw your consent»),
 * left to the person («By using the app, users can give or refuse consent»), or given before the use goes on («Dersom du
 * fortsetter å bruke tjenesten etter at du har samtykket …», «the consent you gave earlier still applies»), or lasts until withdrawn («… gjeld samtykket til det blir trekt»).
 */
const USE_KEPT_APART = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:uten|utan|without)\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|consent\p{L}*|godta\p{L}*|godtek\p{L}*|aksepter\p{L}*|accept\p{L}*|agree\p{L}*)|separate(?:ly)?|apart from|independent(?:ly)?|særskilt|separat\p{L}*|atskilt|uavhengig|eget samtykke|eige samtykke|(?:trekk\p{L}*|tilbakekall\p{L}*|withdraw\p{L}*|revok\p{L}*|endre|endra|change|manage|administrer\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:samtykk|consent)\p{L}*|(?:samtykk|consent)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:trekkes|trekkast|trekkjast|withdrawn|revoked)|(?:kan|can|may|could)\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|consent\p{L}*|godta\p{L}*|godtek\p{L}*|accept\p{L}*|agree\p{L}*|gi|give)|(?:etter\s+at|after|når\s+du\s+har|once\s+you\s+have)\s+(?:\p{L}+\s+){0,3}?(?:samtykk\p{L}*|consent\p{L}*|godta\p{L}*|godteke|godtatt|accept\p{L}*|agree\p{L}*)|(?:til|until|inntil)\s+(?:\p{L}+\s+){0,3}?(?:trekt|trukket|trekkes|trekkast|trekkjast|trekker|trekkjer|withdrawn|revoked|withdraws?)|tidligere|tidlegare|allerede|already|earlier|previously)(?![\p{L}])`,
  'iu',
);
/**
 * A sentence of the note that says consent (or accepting, agreeing) follows: «Kunden godtar vilkårene for kjøpet» alone,
 * beside a box for the newsletter in the next sentence, says nothing of how consent is given (R1's review).
 */
const CONSENT_OR_ACCEPT = lazyPattern(
  String.raw`samtykk|samtykt|consent|godta|godtek|aksepter|accept|agree|(?:sagt|sa|seier|sier|svart|said|says?)\s+ja(?![\p{L}])|said\s+yes`,
  'iu',
);
/**
 * Storage on the device said to follow from the use («Statistics cookies are set when you continue to browse», «Informasjonskapslar
 * for statistikk vert lagra når du held fram med å bruke nettstaden»): the storage that needs consent (ekomloven § 3-15) taken
 * from going on, as a consent word beside the use would say (B3's blind set variants-luftfart LF52, written in the
 * withdrawal text). Cookies that need no consent (strictly necessary ones) are not read.
 */
const STORED_BY_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:informasjonskaps\p{L}*|cookies?|sporingspiks\p{L}*|tracking\s+pixels?)\s+(?:\p{L}+\s+){0,3}?(?:set|placed|stored|activated|dropped|loaded|lagres|lagrast|lagra|settes|setjast|vert\s+sett|blir\s+satt|plasseres|plasserast|aktiveres|aktiverast|aktivert|lastes)(?![\p{L}])`,
  'iu',
);
const NEEDS_NO_CONSENT = lazyPattern(String.raw`nødvendig\p{L}*|naudsynt\p{L}*|necessary|essential|strictly|funksjonell\p{L}*|functional`, 'iu');
/**
 * Consent said to be required for the rest, beside cookies that need none set by the use («Necessary cookies are set when you
 * continue to browse, statistics cookies only with your consent», «… mens statistikkinformasjonskapsler bare settes etter
 * samtykke»): the use sets only what needs no consent, and the consent is asked apart (B3's note, session 14; N, session 15).
 */
const CONSENT_REQUIRED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:only|bare|berre|kun|først|fyrst)\s+(?:\p{L}+\s+){0,3}?(?:with|after|if|when|once|med|etter|dersom|hvis|viss|om|når)\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|consent\p{L}*)|(?:krev\p{L}*|requir\p{L}*|needs?|need\s+your|trenger|treng)\s+(?:\p{L}+\s+){0,1}?(?:samtykk\p{L}*|consent))(?![\p{L}])`,
  'iu',
);
/**
 * Words every CONSENT_BY_USE match holds (util/prefilter.ts), by each of its ways (`prefilterAny`: one gate for all let
 * through the sentences with one way's first words, and the 8,000-character pattern ran on them; #16, session 24): a
 * sentence without them is not scanned. Each way is its own pattern (`ways`), built only where its words are: a sentence
 * with one way's words built all 8,800 characters (#16, session 28).
 */
const CONSENT_BY_USE_WAYS = ways(CONSENT_BY_USE);
/**
 * A sentence that takes consent from going on using the service: CONSENT_BY_USE with a consent word beside the use, or
 * with storage that needs consent said to follow from it (STORED_BY_USE).
 */
/**
 * Terms of use accepted, with no word of consent, cookies or recordings in the sentence («Users who continue to use the app
 * are deemed to have accepted the updated terms of use»: N4's lawful wording ag03): the terms, not consent.
 */
const TERMS_ONLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:accept\p{L}*|godta\p{L}*|godtek\p{L}*|agree\p{L}*\s+to)\s+(?:(?:du|dere|dykk|man|ein|en|brukeren|brukaren|kunden)\s+)?(?:the\s+|our\s+|de\s+|dei\s+)?(?:[\p{L}-]+\s+){0,2}?(?:terms|conditions|vilkår\p{L}*|brukervilkår\p{L}*)(?![^.;!?]*(?:cookie|informasjonskaps|opptak|recording|samtyk|consent))`,
  'iu',
);
/**
 * What the going on is said to allow is only the storage the service needs to work («Ved å bruke appen godtar du at vi lagrer
 * det som er nødvendig for at den skal virke», «you accept that we store what is necessary for it to work», «the cookies the
 * site needs to work»): ekomloven § 3-15 second paragraph (b) needs no consent for storage strictly necessary for the service
 * the user asked for, so no consent is taken from the use (F1, session 40). Not beside an aim of measuring or marketing
 * (otherAims).
 */
const NEEDED_TO_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:nødvendig\p{L}*|naudsynt\p{L}*|necessary|needed|needs?|required|trengs|trengst|trenger|treng|kreves|krevst|essential)\s+(?:[\p{L}-]+\s+){0,5}?(?:virke|verke|fungere|fungerer|work|works|function|functions|run)(?![\p{L}])`,
  'iu',
);
const neededToWork = (sentence: string): boolean => NEEDED_TO_WORK().test(sentence) && !otherAims(sentence);
const consentByUse = (sentence: string): boolean => {
  if (TERMS_ONLY().test(sentence) && !CONSENT_WORD().test(sentence)) return false;
  const m = CONSENT_BY_USE_WAYS.exec(sentence);
  const rest = m === null ? '' : sentence.slice(0, m.index) + ' ' + sentence.slice(m.index + m[0].length);
  return (
    m !== null &&
    (CONSENT_OR_ACCEPT().test(rest) || (STORED_BY_USE().test(rest) && !NEEDS_NO_CONSENT().test(sentence))) &&
    !ACTIVE_ACT().test(sentence) &&
    // «ikke legger på», «do not hang up» is the going on itself, not a denial.
    !NEGATION.test(sentence.replace(HANG_UP(), ' ')) &&
    !ASKED().test(sentence) &&
    !USE_KEPT_APART().test(sentence) &&
    !(NEEDS_NO_CONSENT().test(sentence) && CONSENT_REQUIRED().test(sentence)) &&
    !neededToWork(sentence)
  );
};
/**
 * The record's own words say consent is given by accepting or signing terms or a contract («added to the list when they
 * accept our standard terms of engagement», «samtykker når de signerer arbeidsavtalen»): the `accept-terms` consent of
 * `consentMethod`, said in words where the method is left out or another one is named (B2's blind set variants-advokat
 * AD46, AD51: a law firm's newsletter on its terms of engagement, employees' consent in the employment contract; Art.
 * 7(2), 7(4), rec. 43). Read in the basis's note, sentence by sentence, not where the sentence denies it or keeps the
 * consent apart («separately from accepting the terms», «uten å samtykke», «not by accepting»).
 */
const ACCEPT_TERMS_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:accept\p{L}*|sign\p{L}*|agree\p{L}* to|godta\p{L}*|godtek\p{L}*|godkjenn\p{L}*|aksepter\p{L}*|signer\p{L}*|underskriv\p{L}*|skriv\p{L}* under)\s+(?:[\p{L}'’]+\s+){0,4}?(?:terms|conditions|t&cs?|\p{L}*vilkår\p{L}*|\p{L}*betingelse\p{L}*|engagement letters?|oppdragsbekreftels\p{L}*|oppdragsavtal\p{L}*|(?:employment|service|client|customer|membership)\s+(?:contract|agreement)s?|arbeidsavtal\p{L}*|arbeidskontrakt\p{L}*|medlemsavtal\p{L}*|kundeavtal\p{L}*|kontrakten|avtalen)(?![\p{L}])`,
  'iu',
);
const KEPT_APART = lazyPattern(
  String.raw`separate(?:ly)?|apart from|independent(?:ly)?|own (?:box|tick|checkbox)|not by|without|særskilt|separat\p{L}*|atskilt|uavhengig|eget samtykke|eige samtykke|egen avkrysning|eiga avkryssing|uten|utan`,
  'iu',
);
const saysVia =
  (words: RegExp) =>
  (sentence: string): boolean =>
    words.test(sentence) &&
    CONSENT_OR_ACCEPT().test(sentence.replace(words, ' ')) &&
    !NEGATION.test(sentence) &&
    !KEPT_APART().test(sentence) &&
    !ASKED().test(sentence);
/**
 * Consent taken from a purchase, an order, joining or signing up for a course or event («Ved å melde deg på kurset samtykker
 * du til å få nyhetsbrevet»: variants-bevilling BV14, F9, session 21; «by enrolling on the course you consent to …»), as from a purchase («Når du kjøper alarm hos oss, samtykkjer du samstundes
 * til å få nyheitsbrevet», «ved kjøp samtykker du til …», «by placing an order you consent to …»): bundled with the contract as
 * accepting its terms is (Art. 7(2), 7(4); recital 43), so read as `accept-terms` (B1, variants-vakt VK50, 2026-12-01).
 * Not where the person makes a choice of their own at the purchase (a box, a click: ACTIVE_ACT), is asked, may consent
 * («kan samtykke»: USE_KEPT_APART), or the consent is kept apart or denied (as saysVia).
 */
/**
 * What one signs up for that is itself the thing consented to (a newsletter, alerts, mailings): signing up for it is the
 * active act of consent (Art. 4(11)), nothing bundled («Ved å melde deg på nyhendebrevet samtykkjer du til å få det»: N7's
 * review, session 21).
 */
const SIGNED_UP_THING = String.raw`(?:nyhetsbrev|nyhendebrev|nyheitsbrev|newsletter|varsl|varsel|utsending|e-?post|sms|abonnement|subscription|mailing)`;
const PURCHASE_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:når|idet|ved\s+å|ved\s+at|by|when|on)\s+(?:\p{L}+\s+){0,1}?(?:kjøper|kjøpe|kjøpt|bestiller|bestille|tingar|tinge|handlar|handler|handle|inngår|inngå|melder\s+deg\s+inn|meldar\s+deg\s+inn|(?:melde|melder|meld|melda|meldar)\s+(?:deg|seg|dykk|dere)\s+på(?!\s+(?:\p{L}+\s+)?${SIGNED_UP_THING})|buy|buys|buying|purchas\p{L}*|order|orders|ordering|placing\s+an\s+order|sign(?:s|ing)?\s+up(?!\s+(?:for|to|on)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:\p{L}+\s+)?${SIGNED_UP_THING})|enrol(?:l|ls|ling|s|ing)?(?=\s+(?:on|in|for)\s)|register(?:s|ing)?(?=\s+for\s)(?!\s+for\s+(?:\p{L}+\s+)?${SIGNED_UP_THING}))|(?<=^\s*|[,;:]\s*)(?:melder|meldar)\s+(?:du|de|dei)\s+(?:deg|dykk|dere|seg)\s+på(?!\s+(?:\p{L}+\s+)?${SIGNED_UP_THING})|(?:signing\s+up|enrolling|enrolment|enrollment|registering|registration|buying|purchasing|ordering)(?=\s+(?:for|on|in|to|at|a|an|the)\s)(?!\s+(?:for|on|in|to|at)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:\p{L}+\s+)?${SIGNED_UP_THING})|(?:påmelding|innmelding|bestilling)(?:a|en)?(?=\s+(?:til|på|av|i)\s)(?!\s+(?:til|på|av|i)\s+(?:\p{L}+\s+)?${SIGNED_UP_THING})|ved\s+(?:kjøp|bestilling|innmelding)(?:et|a|en)?|ved\s+påmelding(?:a|en)?(?!\s+(?:til|på|for)\s+(?:\p{L}+\s+)?${SIGNED_UP_THING}))(?![\p{L}])`,
  'iu',
);
/**
 * The activity's own words say its SDKs or cookies are switched on when the person accepts the terms («These SDKs … are
 * switched on when the user accepts the app's terms of use at sign-up», «Analyseverktøy og informasjonskapsler aktiveres
 * når du godtar brukervilkårene»): the `accept-terms` consent, whatever method the basis names (variants-bildeling BD32;
 * ekomloven § 3-15 asks consent to the GDPR standard, Art. 4(11), 7(2), 7(4)). Not where the storage is strictly
 * necessary, or the sentence denies it, keeps the consent apart or says the person is asked (as saysVia).
 */
const SWITCHED_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:switched\s+on|turned\s+on|activated|enabled|set|placed|stored|installed|started|slått\s+på|slås\s+på|slegne\s+på|aktiver\p{L}*|settes|setjast|vert\s+sett|blir\s+sett|lagres|lagrast|installeres|installerast|plasseres|startes)(?![\p{L}])`,
  'iu',
);
/** «SDK», «SDKs», «SDK-ane»: DEVICE_STORAGE reads the word alone. */
const SDK_WORD = lazyPattern(String.raw`(?<![\p{L}])sdk`, 'iu');
/**
 * The yes given by accepting the terms, beside them («Ved å godta brukarvilkåra … seier brukaren ja til SDK-ane»:
 * variants-paraphrase6 PF068; «… samtykker brukeren til SDK-ene», «… the user agrees to the SDKs»; L2, session 37), as the
 * switching on is. The accepting words are blanked first, so «godta» itself is no yes.
 */
const YES_BESIDE_TERMS = lazyPattern(
  String.raw`samtykk\p{L}*|samtykt|consent\p{L}*|(?<![\p{L}])(?:(?:sier|seier|sa|svarer|svarar|says?|said)\s+(?:\p{L}+\s+){0,2}?(?:ja|yes)|agree\p{L}*\s+to|gir\s+(?:\p{L}+\s+)?(?:samtykke|tillatelse|løyve))(?![\p{L}])`,
  'iu',
);
/**
 * The person's wish not to have them, which the sentence answers with a way out («og den som ikke vil ha dem, kan slå dem
 * av under Innstillinger»: PF067; «vil ein ikkje ha dei, kan ein slå dei av»; «users who do not want them can turn them
 * off»): an opt-out after the terms, which confirms the defect, not a denial of the switching on. Blanked before NEGATION.
 */
const OPT_OUT_WISH = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:den|de|dei|those|anyone|users?|brukere|brukarar|du|ein|en|man|you|they)\s+(?:som\s+|who\s+)?(?:ikke|ikkje|not|don't|do\s+not|does\s+not|doesn't)\s+(?:vil|ønsker|ønskjer|want|wants|wish|wishes)|(?:vil|ønsker|ønskjer)\s+(?:du|ein|en|man|dei|de|brukeren|brukaren)\s+(?:ikke|ikkje))(?![\p{L}])`,
  'giu',
);
/**
 * A sentence that opens with a pronoun for what the sentence before named («These SDKs read identifiers on the phone. De
 * slås på når brukeren godtar vilkårene …»: PF067): the device words are read in that sentence too.
 */
const PRONOUN_OPENING = lazyPattern(String.raw`^\s*(?:de|dei|dem|they|these|those|them|disse|desse|dette|det|it|this)(?![\p{L}])`, 'iu');
const termsSwitchOn = (sentence: string, before = ''): boolean =>
  ACCEPT_TERMS_WORDS().test(sentence) &&
  (DEVICE_STORAGE().test(sentence) ||
    SDK_WORD().test(sentence) ||
    (PRONOUN_OPENING().test(sentence) && (DEVICE_STORAGE().test(before) || SDK_WORD().test(before)))) &&
  (SWITCHED_ON().test(sentence) || YES_BESIDE_TERMS().test(sentence.replace(ACCEPT_TERMS_WORDS(), ' '))) &&
  !NEEDS_NO_CONSENT().test(sentence) &&
  !NEGATION.test(sentence.replace(OPT_OUT_WISH(), ' ')) &&
  !KEPT_APART().test(sentence) &&
  !ASKED().test(sentence);
/**
 * Consent taken from receiving or claiming a prize or winnings («Ved å ta imot premien godtar du at vi kan omtale gevinsten
 * med navn og bosted», «by claiming the prize you agree that we publish your name»: variants-spill SP34; E, session 18):
 * the prize is the person's due under the game, so a consent tied to taking it is not freely given (Art. 7(4): «whether
 * … the performance of a contract … is conditional on consent»; rec. 43) nor a clear act of its own (Art. 4(11)), as
 * consent by a purchase is (PURCHASE_ACT). Not where the person makes a choice of their own, is asked, or the consent is
 * kept apart or denied (as saysVia: «Du kan ta imot premien uten å samtykke til omtale»).
 */
const PRIZE_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:ved\s+å|ved\s+at\s+(?:du|de|dei|vinneren|vinnaren)|når\s+(?:du|de|dei|vinneren|vinnaren)|by|when\s+(?:you|the\s+winner)|on)\s+(?:ta\s+imot|ta\s+i\s+mot|tar\s+imot|tek\s+imot|tek\s+i\s+mot|motta|mottar|hente\s+ut|henter\s+ut|løyse\s+ut|løse\s+ut|løser\s+ut|accept(?:s|ing)?|receiv(?:e|es|ing)|claim(?:s|ing)?|collect(?:s|ing)?)\s+(?:\p{L}+\s+){0,1}?(?:premie\p{L}*|gevinst\p{L}*|prize\p{L}*|winnings|the\s+win)(?![\p{L}])`,
  'iu',
);
/**
 * What is accepted is the body's use of the data («godtar du at vi …», «samtykkjer du til at vi …», «agree that we …»), not
 * the prize terms or its payout («godtar du at den blir betalt til kontoen»: N2a's review, session 18).
 */
const ACCEPTS_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:samtykk\p{L}*|consent\p{L}*|godta\p{L}*|godtek\p{L}*|aksepter\p{L}*|accept\p{L}*|agree\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:at|til|that|to)\s+(?:(?:at|that)\s+)?(?:vi|me|oss|dere|de|dei|we|us|our|the\s+(?:company|club|organi[sz]ation|lottery))(?![\p{L}])`,
  'iu',
);
const prizeConsent = (sentence: string): boolean =>
  saysVia(PRIZE_ACT())(sentence) && ACCEPTS_USE().test(sentence.replace(PRIZE_ACT(), ' ')) && !ACTIVE_ACT().test(sentence) && !USE_KEPT_APART().test(sentence);
/**
 * Consent, or a yes it is taken for («reknar vi det som at du har sagt ja til nyheitsbrevet»: variants-paraphrase4 PD088),
 * not a yes to the terms (a contract's own).
 */
const PURCHASE_YES = lazyPattern(
  String.raw`samtykk|consent|(?<![\p{L}])(?:sagt|sa|seier|sier|svart|svarer|svarar|said|says?)\s+(?:ja|yes)(?![\p{L}])(?!\s+(?:til|to)\s+(?:\p{L}+\s+)?(?:\p{L}*vilkår\p{L}*|\p{L}*terms|kjøps\p{L}*|\p{L}*avtal\p{L}*|\p{L}*contract\p{L}*))`,
  'iu',
);
/** Signing up for the course is the purchase itself, not an act of consent of its own (ACTIVE_ACT's «sign»). */
const SIGNING_UP = lazyPattern(String.raw`(?<![\p{L}])sign(?:s|ed|ing)?\s+up(?![\p{L}])`, 'giu');
/** PURCHASE_ACT's words (util/prefilter.ts): its 1,900 characters are built only where they may match (#16). */
const mayPurchase = prefilter(PURCHASE_ACT);
const purchaseConsent = (sentence: string): boolean =>
  mayPurchase(sentence) &&
  saysVia(PURCHASE_ACT())(sentence) &&
  PURCHASE_YES().test(sentence) &&
  !ACTIVE_ACT().test(sentence.replace(SIGNING_UP(), ' ')) &&
  !USE_KEPT_APART().test(sentence);
const PURPOSE_DEVICE_ALL = lazyPattern(PURPOSE_DEVICE.source, 'giu');
/** Whether some clause of the texts, with no negation, names a device word that the words before it do not deny. */
const readsDevice = (texts: readonly string[]): boolean =>
  texts.some((t) => saidUnnegated(t, (c) => matchesOf(PURPOSE_DEVICE_ALL(), c).some((m) => !denied(c, m))));
/**
 * A purpose that does not use what a device source gives (H12V false-alarm review, 2026-11-30), read only for the
 * activity's device source, never against the purpose's own device words: a web server's log of the requests the
 * browser sends (which stores nothing in the user's equipment and reads nothing from it, as for security above), and
 * answering the person's own enquiry or order (a contact form, customer service), with no words of measuring or targeting.
 */
const NO_DEVICE_USE = lazyPattern(
  String.raw`serverlogg\p{L}*|webserver\p{L}*|web server|server logs?|access logs?|(?<![\p{L}])(?:besvar\p{L}*|svare på|svara på|behandle|handsame)\s+(?:\p{L}+\s+){0,3}?(?:henvendels\p{L}*|førespurnad\p{L}*|spørsmål\p{L}*|klage\p{L}*|meldinger|meldingar|bestilling\p{L}*|ordre\p{L}*)|kontaktskjema\p{L}*|kundeservice\p{L}*|kundeteneste\p{L}*|kundesenter\p{L}*|(?<![\p{L}])(?:answer\p{L}*|handl\p{L}*|respond\p{L}*)\s+(?:to\s+)?(?:\p{L}+\s+){0,3}?(?:enquir\p{L}*|inquir\p{L}*|questions?|complaints?|orders?)(?![\p{L}])|contact form|customer service`,
  'iu',
);
const noDeviceUse = (texts: readonly string[]): boolean => texts.some((t) => NO_DEVICE_USE().test(t)) && !texts.some(otherAims);
/**
 * A data category that can hold what a device source gives (cookies, browser or device data, IP addresses, usage and
 * click data, logs). A purpose that lists its own `dataCategories`, none of them such a category, does not use the
 * activity's device source: a fraud team's follow-up of cases, say, beside a detection purpose that reads the device.
 */
const DEVICE_DATA = lazyPattern(
  String.raw`informasjonskaps|cookie|nettles|browser|enhet|eining|device|ip-?adress|ip address|bruksdata|usage|klikk|click|logg|(?<![\p{L}])logs?(?![\p{L}])`,
  'iu',
);
function usesDeviceData(r: ResolvedActivity, purpose: ResolvedPurpose): boolean {
  const own = purpose.dataCategories;
  if (own === undefined || own.length === 0) return true;
  return r.dataCategories.some(
    (c) => own.includes(c.id) && (DEVICE_DATA().test(c.id) || [...textsOf(c.value.name), ...textsOf(c.value.description)].some((t) => DEVICE_DATA().test(t))),
  );
}
/**
 * User-centric security (Article 29 Working Party, Opinion 04/2012 on Cookie Consent Exemption, WP 194: «user centric
 * security cookies, used to detect authentication abuses» are exempt): reading the device to stop someone else from
 * using the user's own account, login or payments is strictly necessary for the service the user asked for (ekomloven
 * § 3-15 second paragraph (b)). Unauthorised payments or transactions, account takeover, misuse of the user's card,
 * account, BankID or login, payment fraud. Not fraud in general: WP 194 names click-fraud detection for advertising
 * among what needs consent.
 */
const USER_CENTRIC_SECURITY = lazyPattern(
  String.raw`(?<![\p{L}])uautoriser\p{L}*\s+(?:\p{L}+\s+){0,1}?(?:betaling\p{L}*|transaksjon\p{L}*|innlogg\p{L}*|pålogg\p{L}*|bruk\p{L}*)|kontoovertak\p{L}*|(?<![\p{L}])misbruk\p{L}*\s+av\s+(?:\p{L}+\s+){0,1}?(?:kort\p{L}*|konto\p{L}*|bankid|innlogg\p{L}*|pålogg\p{L}*)|betalingssvindel\p{L}*|kortsvindel\p{L}*|unauthori[sz]ed\s+(?:payments?|transactions?|logins?|use of (?:the|their|your) (?:card|account))|account takeover|authentication abuse\p{L}*|payment fraud|card fraud`,
  'iu',
);
const userCentricSecurity = (texts: readonly string[]): boolean => texts.some(userSecuritySaid) && !texts.some(otherAims);
/** USER_CENTRIC_SECURITY in a clause that does not deny it, remembered per text: a record's activities share their words (#16, session 46). */
const userSecuritySaid = byText((t: string): boolean => saidUnnegated(t, USER_CENTRIC_SECURITY()));
/**
 * Products of others: partners', third parties', other companies'. Markedsføringsloven § 15 third paragraph lets a trader
 * e-mail existing customers without consent only about «den næringsdrivendes egne varer, tjenester eller andre ytelser
 * tilsvarende dem som kundeforholdet bygger på»; a partner's products need consent (first paragraph).
 */
const OTHERS_WORDS = String.raw`(?:samarbeidspartn\p{L}*|partner(?:e|ne|ar|ane|en|s|'s|s')?|tredjepart\p{L}*|third[- ]part(?:y|ies|y's|ies')|andre (?:selskap\p{L}*|virksomhet\p{L}*|verksemd\p{L}*|bedrift\p{L}*|foretak\p{L}*)|other (?:companies|businesses|firms))`;
/** What is marketed: offers, products, services, benefits, discounts, ads, insurance (nb, nn, en; inside compounds: «medlemsfordeler»). */
const OFFER = String.raw`(?:\p{L}*(?:tilbud|tilbod|produkt|fordel|rabatt|kampanj|annonse|reklame|forsikring)\p{L}*|varer|varene|vare|tjenest\p{L}*|tenest\p{L}*|ytelse\p{L}*|offers?|products?|services?|deals?|discounts?|benefits?|promotions?|adverts?|advertisements?|ads|insurance)`;
/**
 * The others' products marketed (H12V false-alarm review, 2026-11-30): offers «from» them («tilbud om forsikring fra
 * samarbeidspartnere», «offers from selected partners»), their offers («samarbeidspartnernes tilbud», «third-party offers»,
 * «partnertilbud»), or marketing for them («markedsføre produkter for samarbeidspartnere»). A partner word alone is not:
 * «utsendelsen gjøres av vår partner» (a processor), «uten å dele adressen med tredjeparter» (no sharing, and no offer).
 */
const OTHERS_OFFERS = [
  String.raw`(?<![\p{L}])${OFFER}\s+(?:\p{L}+\s+){0,3}?(?:fra|frå|from|hos|by|of)\s+(?:\p{L}+\s+){0,2}?${OTHERS_WORDS}(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:samarbeidspartn\p{L}*?|partner\p{L}*?|tredjepart\p{L}*?|third[- ]part(?:y|ies)|other (?:companies|businesses|firms))'?s?'?\s*-?\s*${OFFER}(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:markedsfør\p{L}*|marknadsfør\p{L}*|promot\p{L}*|advertis\p{L}*|market|marketing)\s+(?:\p{L}+\s+){0,3}?(?:for|på vegne av|on behalf of|fra|frå|from|of)\s+(?:\p{L}+\s+){0,2}?${OTHERS_WORDS}(?![\p{L}])`,
].map((source) => letterPattern(source, 'giu'));
/**
 * A word that denies what follows it, up to two words before («uten tilbud fra samarbeidspartnere», «utan tilbod frå
 * samarbeidspartnarar», «ingen sporingspiksler», «without any third-party offers»), and English «no» right before English
 * words («with no offers from partners», «no tracking pixels»; in nynorsk «no» is «now»).
 */
const DENIER_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|inga|intet|fjernet|fjerna|removed|disabled|deaktivert|deaktiverte)(?:\s+\S+){0,2}\s+$`,
  'iu',
);
const NO_BEFORE = lazyPattern(String.raw`(?<![\p{L}])no\s+(?:\p{L}+\s+)?$`, 'iu');
const ENGLISH_WORD = lazyPattern(
  String.raw`^(?:offers?|products?|services?|deals?|discounts?|benefits?|promotions?|ads|adverts?|advertisements?|insurance|third|partners?|other|cookies?|tracking|pixels?|web|local|sdks?|device|browser)(?![\p{L}])`,
  'iu',
);
/** Whether the words before a match (in its clause) deny it. */
const denied = (clause: string, m: RegExpMatchArray): boolean => {
  const before = clause.slice(0, m.index);
  return DENIER_BEFORE().test(before) || (NO_BEFORE().test(before) && ENGLISH_WORD().test(m[0]));
};
/** Consent in the clause, not denied («uten samtykke»): the others' offers go only to those who consented («har samtykket», «har sagt ja», «opted in»). */
const CONSENT_GIVEN = lazyPattern(
  String.raw`(?<!(?<![\p{L}])(?:uten|utan|without)\s+(?:\p{L}+\s+){0,2})(?<![\p{L}])(?:samtykk\p{L}*|consent\p{L}*|opt(?:ed|s)?[- ]in(?![\p{L}])|(?:har|have|has)\s+(?:sagt ja|takka ja|takket ja|agreed))`,
  'iu',
);
/**
 * Goods of other makers in the trader's own range («merker vi selger», «i sortimentet vårt», «third-party brands we sell in
 * our own shop»): the goods a shop sells are its own goods under § 15 third paragraph, whoever made them. Not a partner's
 * service the trader passes on (a bank's partner insurer): the words are those of a shop's range.
 */
const OWN_RANGE = lazyPattern(
  String.raw`sortiment\p{L}*|vareutval\p{L}*|in our (?:own )?(?:range|shop|store|assortment)|i (?:vår|vårt|vår egen|vårt eget|vår eigen|vårt eige) (?:nett)?butikk|i (?:nett)?butikken (?:vår|vårt)|(?:varer|merker|merkevarer|brands|goods|items)\s+(?:som\s+)?(?:vi|we)\s+(?:selger|sel|sell|stock|carry)`,
  'iu',
);
/** Whether a text, clause by clause, markets others' products (OTHERS_OFFERS) in words not denied, not on consent, not the shop's own range. */
function marketsOthers(text: string): boolean {
  return saidUnnegated(
    text,
    (c) => !CONSENT_GIVEN().test(c) && !OWN_RANGE().test(c) && OTHERS_OFFERS.some((re) => [...c.matchAll(re)].some((m) => !denied(c, m))),
  );
}

/**
 * People who are not existing customers, reached under the existing-customer exception: former customers or members
 * («former members for three years after they leave», «tidligere kunder») and addresses bought or rented from others
 * («adresser kjøpt fra adresseleverandører», «purchased lists»). Markedsføringsloven § 15 third paragraph: «i
 * eksisterende kundeforhold der den næringsdrivende avtaleparten har mottatt kundens elektroniske adresse i forbindelse
 * med salg»; others need prior consent (first paragraph). Read clause by clause; a negated clause («not to former
 * members») says nothing. H12C, variants-trening TR27; H12A, variants-ekom E40. The one word allowed between «former» and
 * the people is no purchase or order («tilbud ut fra tidligere kjøp kunden har gjort» is an existing customer's purchase
 * history: R1's review, 2026-11-30).
 */
const NOT_CUSTOMERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:tidligere|tidlegare|forhenværende|forhenverande|former|ex-|lapsed)\s*(?:(?!(?:kjøp\p{L}*|handel|handler|ordre\p{L}*|bestilling\p{L}*|purchases?|orders?|bookings?|besøk|visits?)\s)\p{L}+\s+){0,1}?(?:kunde\p{L}*|kundar\p{L}*|medlem\p{L}*|abonnent\p{L}*|customers?|members?|subscribers?|clients?)(?![\p{L}])|(?<![\p{L}])(?:kjøpt\p{L}*|kjøpte|innkjøpt\p{L}*|leigd\p{L}*|leid|leide|bought|purchased|rented)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*adress\p{L}*|\p{L}*lister?|\p{L}*lista|addresses|(?:e-?mail|address|contact|mailing|marketing) lists?)(?![\p{L}])|(?<![\p{L}])(?:\p{L}*adress\p{L}*|addresses|lists?)\s+(?:\p{L}+\s+){0,2}?(?:kjøpt|kjøpte|leid|leigd|bought|purchased|rented)(?![\p{L}])|adresseleverandør\p{L}*|adresseleverandør|list brokers?|address (?:brokers?|providers?|vendors?)`,
  'iu',
);
/**
 * The electronic channel said to be kept to existing customers («E-post sendes bare i eksisterende kundeforhold», «e-mail
 * goes only to current members»): former customers named beside it are reached otherwise, by telephone under § 12 (the
 * variants-media base: offers to current and former subscribers by e-mail and telephone).
 */
const ONLY_EXISTING = lazyPattern(
  String.raw`(?<![\p{L}])(?:bare|berre|kun|only|solely)\s+(?:\p{L}+\s+){0,2}?(?:eksisterende|eksisterande|nåværende|noverande|existing|current|active)\s+(?:\p{L}*kunde\p{L}*|kundar\p{L}*|abonnent\p{L}*|medlem\p{L}*|customers?|clients?|members?|subscribers?)(?![\p{L}])`,
  'iu',
);
/** A clause that denies or leaves out whom it names («former customers get no e-mail», «except former members»). */
const LEFT_OUT = lazyPattern(String.raw`(?<![\p{L}])(?:no|ingen|inga|intet|none|except|excluding|unntatt|bortsett\s+fra|utenom|utanom)(?![\p{L}])`, 'iu');
const reachesNotCustomers = (texts: readonly string[]): boolean =>
  texts.some((t) => saidUnnegated(t, (c) => NOT_CUSTOMERS().test(c) && !LEFT_OUT().test(c))) && !texts.some((t) => ONLY_EXISTING().test(t));

/**
 * Markedsføringsloven § 15 cited in the purpose's own words («markedsføringsloven § 15 tredje ledd», «mfl. § 15», «the
 * Marketing Control Act section 15»), not as a structured law reference: the exception for existing customers was
 * considered all the same (H12C: variants-tannlege's newsletter to existing patients).
 */
const SECTION_15_IN_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:markedsføringsloven|markedsforingsloven|marknadsføringslova|marknadsforingslova|mfl\.?|marketing control act|marketing act),?\s*\(?\s*(?:§|section|sec\.|paragraph)\s*15(?![\d])|(?:§|section|sec\.)\s*15(?![\d])(?:\s*\(\d\))?\s+(?:\p{L}+\s+){0,3}?(?:i|in|of|av)\s+(?:the\s+)?(?:markedsføringsloven|markedsforingsloven|marknadsføringslova|marknadsforingslova|marketing control act|marketing act)(?![\p{L}])`,
  'iu',
);
/**
 * A clause that says no box is pre-ticked by its determiner («Ingen av boksene er forhåndsavkrysset», «None of the boxes
 * are pre-ticked», «no pre-ticked boxes», «uten forhåndsavkryssede bokser»), as «ikke» does (H12V false-alarm review).
 * English «no» only before the English words (in nynorsk «no» is «now»). The determiner must stand at most five words
 * before the pre-ticked word (boxDenied): «Boksen er forhåndsavkrysset, uten at du må gjøre noe» tells of a pre-ticked box.
 */
const NO_BOX = lazyPattern(
  String.raw`(?<![\p{L}])(?:ingen|inga|intet|none|neither|uten|utan|without)(?![\p{L}])|(?<![\p{L}])no\s+(?:\p{L}+\s+){0,1}?(?:box\p{L}*|checkbox\p{L}*|tick\p{L}*|pre-?\p{L}+|fields?|options?)(?![\p{L}])`,
  'iu',
);
/**
 * A box ticked in advance (nb, nn, en): «forhåndsavkrysset», «ferdig avkrysset», «forhåndsutfylt», «krysset av på
 * forhånd», «pre-ticked», «pre-checked», «ticked by default». Recital 32: «Silence, pre-ticked boxes or inactivity should
 * not therefore constitute consent»; CJEU C-673/17 Planet49 (a pre-ticked checkbox is no valid consent). Whatever
 * `consentMethod` says, a note that tells of a pre-ticked box is read, and so are the purpose's and the activity's
 * descriptions (H12D, variants-idrett ID37); «ikke forhåndsavkrysset» is not. «Already checked», «selected», «marked» only
 * of a box, field or option named before («your age is already checked through BankID», «tickets are already checked at
 * the entrance» fired: P's lawful-wording review, session 14); «already ticked» says a box alone.
 */
const PRE_TICKED = lazyPattern(
  String.raw`forh[åa]ndsavkryss\p{L}*|førehandsavkryss\p{L}*|førehandsavhuka\p{L}*|førehandsutfylt\p{L}*|(?:kryss\p{L}*|huka\p{L}*) av på førehand|(?<=(?:er|står|blir|vert|kjem|kommer)\s+(?:det|den|boksen|boksane|boksene|ruta|ruten|feltet)\s+)(?:alt|allereie|allerede)\s+(?:(?:av)?kryss\p{L}*(?:\s+av)?|huka\s+av|(?:satt|sett)\s+(?:eit\s+|et\s+)?kryss)(?=\s+(?:for\s+(?!(?:\p{L}+\s+){0,3}?\p{L}*(?:vilkår|terms|betingels|conditions))|i\s+(?:boks|rut|felt)))|(?<![\p{L}])(?:boks\p{L}*|rut[ae]n?|feltet)(?:\s+(?!(?:ikke|ikkje|aldri)(?![\p{L}]))\p{L}+){0,4}?\s+(?:er|står|blir|vert)\s+alt\s+(?:av)?(?:kryss|huka)\p{L}*|(?<=(?:er|står|blir|vert|kjem|kommer)\s+(?:\p{L}+\s+)?)(?:allerede|allereie)\s+(?:satt|sett)\s+(?:et\s+|eit\s+)?kryss|(?:tick|check\s*mark|cross)\s+(?:that|which)\s+(?:\p{L}+\s+){0,3}?(?:has|have|had)\s+already\s+(?:put|placed|set|inserted)|(?:has|have|had)\s+already\s+(?:put|placed|set|inserted)\s+(?:a\s+|the\s+)?(?:tick|check\s*mark|cross)(?![\p{L}])|forh[åa]ndsavhuka\p{L}*|forh[åa]ndsutfylt\p{L}*|ferdig (?:av)?kryss\p{L}*|ferdig avhuka\p{L}*|(?:kryss\p{L}*|huka\p{L}*) av på forh[åa]nd|pre-?ticked|pre-?checked|pre-?selected|(?<![\p{L}])(?:ticked|checked) by default|(?<=(?:is|are|was|were|comes?|appears?)\s+(?:\p{L}+\s+)?)already\s+ticked|(?<=(?:box\p{L}*|checkbox\p{L}*|fields?|options?|consent\p{L}*|opt-?ins?)(?:\s+\S+){0,8}?\s+(?:is|are|was|were|comes?|appears?)\s+(?:\p{L}+\s+)?)already\s+(?:checked|selected|marked)|already[- ](?:ticked|checked|selected)\s+(?:box\p{L}*|checkbox\p{L}*)|(?<![\p{L}])(?:ticked|checked|selected) (?:in advance|beforehand|from the start)|(?<=(?:er|står|blir|kommer|kjem|vert)\s+(?:\p{L}+\s+)?)(?:allerede|allereie)\s+(?:av)?(?:kryss|huka)\p{L}*|(?:kryss\p{L}*|huka\p{L}*) av (?:fra|frå) før|(?<![\p{L}])(?:avmerking\p{L}*|avkryssing\p{L}*|avhuking\p{L}*|haken|haka|boksen|boksane|boksene|avkryssingsboks\p{L}*|avmerkingsboks\p{L}*)\s+(?:(?!(?:ikke|ikkje|aldri|not|never)(?![\p{L}]))\S+\s+){0,3}?(?:(?:er|står|blir|vert)\s+)?(?:allerede|allereie|på\s+forh[åa]nd)\s+(?:satt|sett|markert|merket|merka|huka\s+av|krysset\s+av|kryssa\s+av)(?![\p{L}])|${BOX_COMES_TICKED}`,
  'iu',
);
/**
 * In a description, a pre-ticked word counts only beside a box or consent word: «fagforeningsfradraget blir
 * forhåndsutfylt» is the tax return, not a consent box (variants-forbund's tax reporting).
 */
const BOX_OR_CONSENT = lazyPattern(
  String.raw`boks\p{L}*|avkryss\p{L}*|avhuk\p{L}*|kryss\p{L}*|huk\p{L}*|checkbox\p{L}*|(?<![\p{L}])box\p{L}*|tick\p{L}*|samtykk\p{L}*|samtyk\p{L}*|consent\p{L}*`,
  'iu',
);
const NO_BOX_BEFORE = lazyPattern(`(?:${NO_BOX.source})(?:\\s+\\S+){0,5}$`, 'iu');
/** The clause denies the pre-ticked box by a determiner just before it (NO_BOX). */
const boxDenied = (clause: string, m: RegExpExecArray): boolean => NO_BOX_BEFORE().test(clause.slice(0, m.index + m[0].length));
/**
 * A form pre-filled WITH data («forhåndsutfylt med opplysninger fra Min side», «forhåndsutfylt med namnet ditt»): the
 * data filled in, not a box ticked, unless what it is filled with is a tick («forhåndsutfylt med et kryss») (W2
 * false-alarm review, 2026-11-30).
 */
const FILLED_WITH_DATA = lazyPattern(
  String.raw`^\s+(?:med|with)(?!\s+(?:\p{L}+\s+){0,2}?(?:kryss\p{L}*|hake\p{L}*|huk\p{L}*|ticks?|checks?|checkmarks?|ja|yes)(?![\p{L}]))`,
  'iu',
);
/**
 * A negation of the box counts only near the pre-ticked word: up to five words before it («vi bruker ikke bokser som er
 * forhåndsavkrysset», «boxes that are not pre-ticked») or after it («pre-ticked boxes are not used»). A negation further
 * off in the clause belongs to something else («People who are not members get news only by leaving the pre-ticked box
 * ticked»: H12C, variants-trening TR26).
 */
// NEGATION's words are spelt in both cases (no `i` flag: «Inga» as a name is no «inga»; until 2026-12-01 these copies
// added the flag and read it as one: R1, session 13; L, session 14).
const NEGATION_NEAR_BEFORE = lazyPattern(String.raw`(?:${NEGATION.source})(?:\s+\S+){0,5}\s*$`, 'u');
const NEGATION_NEAR_AFTER = lazyPattern(String.raw`^\S*(?:\s+\S+){0,4}?\s+(?:${NEGATION.source})`, 'u');
/**
 * Not unticking it («Customers who do not untick the pre-ticked newsletter box are taken to have consented», «som ikkje
 * fjernar krysset i den ferdig avkryssa boksen», «som ikke tar bort haken»: variants-veterinar DY10; W12, session 23): the
 * negation is of the person's undoing, which leaves the box ticked, not a denial of the box.
 */
const NOT_UNTICKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,1}?(?:untick\p{L}*|uncheck\p{L}*|deselect\p{L}*|unselect\p{L}*|fjern\p{L}*|ta\s+bort|tar\s+bort|tek\s+bort|kryss\p{L}*\s+(?:bort|vekk|ut)|huk\p{L}*\s+(?:bort|vekk|ut)|remov\p{L}*\s+(?:the\s+)?(?:tick|check)\p{L}*)(?![\p{L}])`,
  'giu',
);
const blankUntick = (text: string): string => text.replace(NOT_UNTICKED(), (w) => ' '.repeat(w.length));
const boxNegated = (clause: string, m: RegExpExecArray): boolean =>
  NEGATION_NEAR_BEFORE().test(blankUntick(clause.slice(0, m.index))) || NEGATION_NEAR_AFTER().test(blankUntick(clause.slice(m.index + m[0].length)));
/**
 * The box shows the person's own earlier consent («står allerede avkrysset bare hvis du har samtykket ved et tidligere
 * besøk», «already ticked only when you have given consent earlier»): their act, not a box ticked for them (P's
 * lawful-wording review, session 14: 2 such texts fired). Only after a word of condition: «by leaving it ticked you have
 * consented» is the pre-ticked box itself.
 */
const OWN_EARLIER_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvis|dersom|viss|når|if|when|once|where|som|who)\s+(?:\p{L}+\s+){0,3}?(?:har|hadde|have|has|had)\s+(?:\p{L}+\s+){0,2}?(?:samtykket|samtykt|consented|ticked|checked|kryssa|krysset|gitt|gjeve|given|gave)(?![\p{L}])`,
  'iu',
);
/** What a box ticked is for, named as the terms (before or after the ticking words). */
const TERMS_WORD = lazyPattern(String.raw`vilkår|terms|betingels|conditions`, 'iu');
const TERMS_BOX = lazyPattern(
  String.raw`(?<![\p{L}])(?:for|til|of|with)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:vilkår|terms|betingels|conditions)\p{L}*(?![\p{L}])`,
  'iu',
);
const CONSENT_BESIDE = lazyPattern(
  String.raw`samtykk\p{L}*|samtyk\p{L}*|consent\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletter\p{L}*|marknadsføring\p{L}*|markedsføring\p{L}*|marketing|reklame\p{L}*|tilbod|tilbud|offers?|opt-?in`,
  'iu',
);
/**
 * A tick set in the box for the person ahead of time, said with the setting verb and the time apart («Vi har sett kryss i
 * boksen for nyheitsbrev på gåveskjemaet på førehand»: variants-paraphrase6 PF064; «Vi setter på forhånd en hake i
 * boksen», «Det er satt kryss for nyhetsbrev i bestillingsskjemaet som standard», «We tick the newsletter box in advance»;
 * L2, session 37): the box is pre-ticked (rec. 32: «Silence, pre-ticked boxes or inactivity should not therefore constitute
 * consent»; CJEU C-673/17 Planet49, operative part). Only where the controller sets it («vi», «we») or it is
 * set in the passive, not the person's own ticking ahead of time («Du krysser av i boksen på forhånd») nor a ticking only
 * thought of («Vi vurderte å krysse av boksen for nyheitsbrevet på førehand, men gjorde det ikkje»: an infinitive after the
 * subject is no act; the lawful wording l20 of bodies/lawful-wordings-s26-g5), and only beside a
 * word of time ahead (TICKED_AHEAD_TIME). The same checks follow as for PRE_TICKED (negated, denied, of the past, the
 * person's own earlier consent, the terms' box).
 */
const TICKED_AHEAD_TIME = lazyPattern(
  String.raw`(?<![\p{L}])(?:på\s+forh[åa]nd|på\s+førehand|på\s+førhand|in\s+advance|beforehand|by\s+default|som\s+standard|as\s+(?:a\s+)?standard)(?![\p{L}])`,
  'iu',
);
const TICK_NOT = String.raw`(?!(?:ikke|ikkje|aldri|not|never|no)(?![\p{L}]))`;
const TICK_MARK = String.raw`(?:eit\s+|et\s+|ein\s+|en\s+|a\s+|the\s+)?(?:kryss|kross|krysset|krossen|hake|haken|hak|merke|tick|check\s*mark|cross)(?![\p{L}])`;
const TICK_BOX = String.raw`(?:the\s+|a\s+|an\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:box|boxes|checkbox|checkboxes|option|field)(?![\p{L}])`;
const TICKED_AHEAD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vi|me|we)\s+(?:${TICK_NOT}(?!(?:å|to)(?![\p{L}]))\p{L}+\s+){0,4}?(?:(?:sett|satt|set|sette|setter|setjer|setje|put|puts|placed|places|lagt\s+inn|legg\s+inn|legger\s+inn)\s+(?:${TICK_NOT}\p{L}+\s+){0,2}?${TICK_MARK}|(?:kryssar|krysser|kryssa|krysset|krysse|hukar|huker|huka|huket|huke|merkar|merker|merka|merket)\s+(?:${TICK_NOT}\p{L}+\s+){0,3}?av(?![\p{L}])|(?:tick|ticks|ticked|check|checks|checked|select|selects|selected|mark|marks|marked)\s+${TICK_BOX})|(?:er|blir|vert|blei|ble|is|are|was|were|been)\s+(?:det\s+)?(?:(?:satt|sett|lagt\s+inn|put|placed|set)\s+${TICK_MARK}|(?:kryssa|krysset|huka|huket|merka|merket)\s+(?:\p{L}+\s+){0,3}?av(?![\p{L}]))|(?:box|boxes|checkbox\p{L}*|option|options|field)\s+(?:${TICK_NOT}\S+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:already\s+)?(?:ticked|checked|selected|marked)(?![\p{L}]))`,
  'iu',
);
const mayBeTickedAhead = prefilter(TICKED_AHEAD_TIME);
const mayBePreTicked = prefilter(PRE_TICKED);
const preTicked = (clause: string): boolean => {
  const m =
    (mayBePreTicked(clause) ? PRE_TICKED().exec(clause) : null) ??
    (mayBeTickedAhead(clause) && TICKED_AHEAD_TIME().test(clause) ? TICKED_AHEAD().exec(clause) : null);
  if (m === null || boxNegated(clause, m) || boxDenied(clause, m) || OWN_EARLIER_CONSENT().test(clause)) return false;
  // A box pre-ticked once and no longer («Tidligere var boksen forhåndsavkrysset; det ble endret i 2023», «Until 2024 the box
  // was pre-ticked»: src/check/past.ts; F1, session 24).
  if (pastOrRejected(clause)) return false;
  // The box pre-set is that of the terms, not the consent («Boksen for kjøpsvilkårene er allerede satt»: N2a's review).
  if (/vilkår|terms|betingels|conditions/iu.test(m[0])) return false;
  // So where the clause says what the box is for, and that is the terms alone («Boksen er allerede krysset av for de
  // obligatoriske vilkårene», «The box for the terms of sale is already ticked»: session 24's left list): accepting terms
  // is the contract, not a consent (Art. 7(2) asks consent to stand apart from them). Not where a consent, a newsletter or
  // marketing is named beside them (a consent bundled with the terms is read elsewhere, and pre-ticked is pre-ticked).
  if (TERMS_WORD().test(clause) && TERMS_BOX().test(clause) && !CONSENT_BESIDE().test(clause)) return false;
  return !(/utfylt/iu.test(m[0]) && FILLED_WITH_DATA().test(clause.slice(m.index + m[0].length)));
};

/**
 * A setting the consent purpose's words say is on by default, for everyone or new users, so that the person must switch
 * it off («lånehistorikken er slått på for alle nye lånarar, og den som ikkje vil ha det, kan slå han av», «reading history
 * is switched on by default»): inactivity taken as consent, as a pre-ticked box is (rec. 32; CJEU C-673/17 Planet49;
 * variants-kultur KU73). Not where it is switched on after the person's own yes («slått på automatisk når du har samtykt»),
 * for those who chose it («for alle som har valt det», «for all users who have opted in»), a setting that processes no
 * personal data, or negated («er ikkje slått på som standard»).
 */
const DEFAULT_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:slått på|slege på|skrudd på|satt på|aktivert|aktivisert|påslått|enabled|switched on|turned on|activated|(?:is|are) on)\s+(?:\p{L}+\s+){0,2}?(?:som standard|automatisk|for alle(?: nye)?(?!\s+(?:som|dei|de)\b)|by default|automatically|for everyone(?!\s+who)|for all(?: new)?(?!\s+(?:who|that))(?:\s+\p{L}+)?)(?![\p{L}])`,
  'iu',
);
const AFTER_OWN_YES = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|etter at|once|after|when|who|som|that)\s+(?:\p{L}+\s+){0,3}?(?:samtykt|samtykket|samtykkjer|samtykker|consented|consents?|sagt ja|takka ja|takket ja|opted in|chosen|valt|valgt)(?![\p{L}])`,
  'iu',
);
/**
 * Switched on after the person's own act: confirming, tapping, clicking or ticking, allowing, choosing, switching it on
 * («aktivert automatisk når du har bekreftet påmeldingen», «først når du gir tillatelse i telefonen», «once you tap
 * Allow», «for all new members who tick the box»; R1's review, 2026-12-01: 4 of 8 lawful wordings fired). Not an act of
 * switching it off («som kan klikke for å slå den av»).
 */
const AFTER_OWN_ACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|etter at|once|after|when|who|som|that)\s+(?:\p{L}+\s+){0,3}?(?:bekreft\p{L}*|stadfest\p{L}*|confirm\p{L}*|tap|taps|tapped|trykk\p{L}*|klikk\p{L}*|click\p{L}*|kryss\p{L}*|huk\p{L}*|tick\p{L}*|allow\p{L}*|tillat\p{L}*|løyve|gir\s+tilgang|gjev\s+tilgang|grant\p{L}*|velg\p{L}*|vel|choose\p{L}*|select\p{L}*|slår\s+(?:\p{L}+\s+)?på|switch(?:es)?\s+(?:\p{L}+\s+)?on|turns?\s+(?:\p{L}+\s+)?on)(?![\p{L}])(?!(?:\s+\p{L}+){0,4}\s+(?:av|off|out|ut)(?![\p{L}]))`,
  'iu',
);
/** A setting that processes no personal data («men ingen personopplysningar blir lagra ved det»). */
const NO_PERSONAL_DATA = lazyPattern(String.raw`(?:ingen|ikkje|ikke|no)\s+personopplysning\p{L}*|no personal data`, 'iu');
const defaultOn = (clause: string): boolean => {
  const m = DEFAULT_ON().exec(clause);
  return (
    m !== null &&
    !NEGATION.test(clause.slice(0, m.index + m[0].length)) &&
    !AFTER_OWN_YES().test(clause) &&
    !AFTER_OWN_ACT().test(clause) &&
    !NO_PERSONAL_DATA().test(clause)
  );
};

/** Consent deemed, presumed or inferred («stilltiande samtykke», «deemed to consent», «blir rekna for å ha samtykt»). */
const DEEMED = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:stilltiende|stilltiande|passivt?|antatt|presumert|underforstått|presumed|tacit|implied|implicit|deemed|opt-out)\s+(?:\p{L}+\s+){0,1}?(?:samtykke\p{L}*|consent\p{L}*)`,
    String.raw`(?<![\p{L}])(?:deemed|presumed|taken|assumed|considered|regarded)\s+to\s+(?:have\s+)?consent\p{L}*`,
    // We assume they consent, silence treated as consent («går vi ut frå at dei samtykkjer», «we treat their silence as
    // consent»: variants-paraphrase4 PD085, PD086).
    String.raw`(?<![\p{L}])(?:går|gå|gjekk|gikk|gått)\s+(?:vi\s+|me\s+|skolen\s+|barnehagen\s+)?ut\s+(?:frå|fra|ifrå|ifra)\s+at\s+(?:\p{L}+\s+){0,2}?(?:har\s+)?(?:samtykk\p{L}*|samtykt|sagt\s+ja|seier\s+ja|sier\s+ja)`,
    String.raw`(?<![\p{L}])(?:assume|assumes|assumed|presume|presumes|presumed|take\s+it|takes\s+it)\s+(?:that\s+)?(?:\p{L}+\s+){0,2}?(?:consent|consents|have\s+consented|has\s+consented|agree|agrees|said\s+yes)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:treat|treats|treated|regard|regards|regarded|count|counts|counted|take|takes|taken|see|sees|reknar|rekner|regner|ser|tolkar|tolker|anser)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:silence|taushet\p{L}*|togn\p{L}*|manglende\s+svar|manglande\s+svar|no\s+reply|no\s+answer|no\s+response|non-?response|lack\s+of\s+(?:a\s+)?(?:reply|response|answer)|inactivity)\s+(?:som|as|for)\s+(?:(?:a|an|et|eit)\s+)?(?:consent\p{L}*|samtykk\p{L}*|ja|yes|agreement)`,
    String.raw`(?<![\p{L}])(?:silence|taushet\p{L}*|togn\p{L}*|manglende\s+svar|manglande\s+svar|no\s+reply|no\s+answer|no\s+response|non-?response|inactivity)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:is|will\s+be|blir|vert|er)\s+)?(?:counts|counted|treated|taken|regarded|seen|rekna|regnet|regna|ansett|tolka|tolket|regnes|reknast|anses)\s+(?:as|som|for)\s+(?:(?:a|an|et|eit)\s+)?(?:consent\p{L}*|samtykk\p{L}*|ja|yes|agreement)`,
    String.raw`(?<![\p{L}])(?:rekna|rekne[st]?|regnet|regnes|anses|ansett|anset|betrakta|betraktes|vurdert)\s+(?:\p{L}+\s+){0,3}?(?:samtykt|samtykket)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:samtykke|samtykket|consent)\s+(?:is|will\s+be|blir|vert|er)\s+(?:assumed|presumed|deemed|implied|taken\s+as\s+given|antatt|presumert|underforstått|rekna\s+som\s+gitt|regnet\s+som\s+gitt|ansett\s+som\s+gitt)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/** Not objecting, not opting out («ikkje protesterer», «med mindre du reserverer deg», «unless they object»). */
const NOT_OBJECTING = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:ikke|ikkje|not|never|don't|doesn't|do not|does not)\s+(?:\p{L}+\s+){0,2}?(?:protester\p{L}*|reserver\p{L}*|sier fra|sier ifra|seier frå|seier ifrå|seie frå|si fra|motsetter|motset|object\p{L}*|opt(?:s|ed)?\s+out)`,
    String.raw`(?<![\p{L}])(?:med mindre|dersom ikkje|dersom ikke|hvis ikke|viss ikkje|unless)\s+(?:\p{L}+\s+){0,3}?(?:protester\p{L}*|reserver\p{L}*|sier fra|seier frå|motsetter|motset|object\p{L}*|opt(?:s|ed)?\s+out|says?\s+no|sier\s+nei|seier\s+nei|svarer\s+nei|svarar\s+nei)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:if\s+we\s+hear\s+nothing|if\s+we\s+do\s+not\s+hear|(?:hører|høyrer)\s+vi\s+(?:ingenting|ikke\s+noe|ikkje\s+noko))(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/** NOT_OBJECTING run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const notObjectingWays = ways(NOT_OBJECTING);
const CONSENT_WORD = lazyPattern(String.raw`samtyk|consent`, 'i');
/**
 * The one who agrees after the verb, where a fronted adverbial puts the verb second (V2: «Ved å bruke nettsiden videre
 * godtar du at vi setter analysekapsler», «Ved å halde fram godtek de at …»: variants-ambulanse AM62; R30, session 38).
 */
const AGREER = String.raw`(?:(?:du|dere|dykk|de|dei|man|ein|en|brukeren|brukaren|besøkeren|besøkjaren|kunden)\s+)?`;
/**
 * Consent in other words, in an activity's description beside the going on (consentByUse): the person «is taken to
 * agree», «deemed to have accepted», «anses å ha godtatt», «accepts (the) cookies/recording», or accepts that we collect,
 * store, measure or track («du godtar at vi samler inn statistikk»: G5's paraphrase5 PE063, session 27) (B18,
 * variants-trafikkskole TS14: «a caller who stays on the line after the message is taken to agree»). Not «accept the
 * terms»: terms are not consent (the accept-terms reading).
 */
const AGREE_BY_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:taken|deemed|considered|assumed|regarded|treated)\s+(?:as\s+)?(?:to\s+|as\s+)?(?:have\s+|having\s+)?(?:agree\p{L}*|accept\p{L}*)|(?:anses|ansees|anast|reknast|regnes|rekna\s+for|regnet\s+for)\s+(?:for\s+)?(?:å\s+)?(?:ha\s+)?(?:godtatt|godteke|godtekne|akseptert)|(?:accept\p{L}*|agree\p{L}*\s+to|godta\p{L}*|godtek\p{L}*|aksepter\p{L}*)\s+${AGREER}(?:(?:the|our|all|these|våre|alle|disse|desse)\s+)?(?:[\p{L}-]+\s+)?(?:cookies?|informasjonskaps\p{L}*|\p{L}+kaps(?:el|elen|ler|lene|lar|lane)|recordings?|opptak\p{L}*|being\s+recorded)|(?:accept\p{L}*|agree\p{L}*|godta\p{L}*|godtek\p{L}*|aksepter\p{L}*)\s+${AGREER}(?:at|that)\s+(?:vi|me|we|nettstaden|nettstedet|the\s+site)\s+(?:\p{L}+\s+)?(?:samler|samlar|collects?|lagrer|lagrar|stores?|måler|målar|measures?|sporer|sporar|tracks?|registrerer|registrerar|records?|analyserer|analyserar|analy[sz]es?|behandler|behandlar|process(?:es)?|setter|set|sets))(?![\p{L}])`,
  'iu',
);
/** AGREE_BY_USE run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const agreeByUseWays = ways(AGREE_BY_USE);
/**
 * «accepts them», «godtar dem» after a «;» whose clause before it names the cookies or recordings, in one sentence
 * («Statistics cookies are set when the page loads; by continuing to browse the visitor accepts them»: variants-trafikkskole
 * TS15; F6, session 20): the pronoun is the cookies, so the going on is read as consent to them, as AGREE_BY_USE reads
 * «accepts the cookies». The piece after the «;» is read by consentByUse as any sentence is (not denied, not asked, not an
 * active act).
 */
const ACCEPTS_PRONOUN = lazyPattern(
  String.raw`(?<![\p{L}])(?:accept\p{L}*|agree\p{L}*\s+to|godta\p{L}*|godtek\p{L}*|aksepter\p{L}*)\s+(?:them|these|dem|dei|desse|disse)(?![\p{L}])`,
  'iu',
);
const COOKIES_OR_RECORDINGS = lazyPattern(String.raw`(?<![\p{L}])(?:cookies?|informasjonskaps\p{L}*|\p{L}*cookies?|recordings?|opptak\p{L}*)(?![\p{L}])`, 'iu');
const FULL_STOP = lazyPattern(String.raw`[.!?](?=\s|$)`);
const acceptsThemAfterSemicolon = (text: string): boolean =>
  text.split(FULL_STOP()).some((sentence) => {
    const pieces = sentence.split(';');
    return pieces.some((x, i) => i > 0 && ACCEPTS_PRONOUN().test(x) && COOKIES_OR_RECORDINGS().test(pieces[i - 1]!) && consentByUse(x));
  });
/** A determiner that denies the deemed consent («ingen blir rekna for å ha samtykt»). */
const NONE = lazyPattern(String.raw`(?<![\p{L}])(?:ingen|inga|nobody|no one|none)(?![\p{L}])`, 'iu');
/**
 * Consent inferred from silence or inactivity (rec. 32: «Silence, pre-ticked boxes or inactivity should not therefore
 * constitute consent»; Art. 4(11): «by a statement or by a clear affirmative action»): a consent basis's note says the
 * person is taken to consent unless they object, opt out or say no («blir rekna for å ha samtykt når dei ikkje
 * protesterer», «anses å ha samtykket med mindre du reserverer deg», «deemed to consent unless they object», «presumed
 * consent», «stilltiande samtykke»). Read clause by clause, the clause must speak of consent; whatever `consentMethod`
 * says. Saying how to withdraw («du kan trekkje samtykket ved å seie frå») is no silence: the words are those of not
 * objecting, or of consent deemed or presumed.
 *
 * Deemed consent in a clause with no negation («ingen blir rekna for å ha samtykt før dei har skrive under» says the
 * opposite), or consent tied to not objecting.
 */
/** A conditional or relative word before a negation: the negation is the condition's («som ikkje leverer …»). */
const CONDITION = lazyPattern(String.raw`(?<![\p{L}])(?:som|dersom|viss|hvis|når|om|if|who|which|that|when|where|unless)(?![\p{L}])`, 'iu');
/**
 * Consent deemed in a comma-separated part of a clause, the deeming itself not negated: no negation from the deeming
 * words on, and none in the two words before them («blir ikkje rekna»); a negation further back counts only inside a
 * condition that sets it off («Elevar som ikkje leverer reservasjonsskjemaet innan to veker blir rekna for å ha samtykt»:
 * H12B, variants-friskole F29).
 */
/**
 * Deeming tied to the person's own act after it («only deemed to have consented once they have signed the form
 * themselves», «anses å ha samtykket først når de har skrevet under»): an active consent, not silence (W2 false-alarm
 * review, 2026-11-30).
 */
const ONCE_ACTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:once|when|after|først når|når|etter at|ikkje før|ikke før)\s+(?:\p{L}+\s+){0,3}?(?:signed|ticked|opted in|said yes|agreed|skrevet under|skrive under|skrive under|signert|underskrevet|krysset av|kryssa av|huka av|sagt ja|svart ja|takka ja|takket ja)(?![\p{L}])`,
  'iu',
);
/** DEEMED's words, by each of its ways (util/prefilter.ts): built only where one way's words are (#16). */
const mayDeem = prefilterAny(DEEMED);
const deemedUnnegated = (part: string): boolean => {
  const m = mayDeem(part) ? DEEMED().exec(part) : null;
  if (m === null) return false;
  if (ONCE_ACTED().test(part.slice(m.index + m[0].length))) return false;
  const before = part.slice(0, m.index);
  // A negation after the deeming only inside a condition that sets it off («deemed to consent if they have not answered»).
  const after = part.slice(m.index);
  const n = NEGATION.exec(after);
  if (n !== null && !CONDITION().test(after.slice(m[0].length, n.index))) return false;
  if (!NEGATION.test(before)) return true;
  return CONDITION().test(before) && !NEGATION.test(before.trim().split(/\s+/).slice(-2).join(' '));
};
/**
 * Consent deemed in a purpose's words: a clause of consent with the deeming unnegated, no «nobody», AND the silence it is
 * deemed from in the same sentence («a worker who does not object within 14 days is taken to consent»: BT75). Deeming
 * alone is often an affirmative act («a contact who ticks the box is deemed to consent») or words about the law («why
 * implied consent is invalid»): N2b's review, session 18 (13 lawful wordings, 9 fired before).
 */
const deemedInPurpose = (clause: string): boolean =>
  CONSENT_WORD().test(clause) && clause.split(',').some(deemedUnnegated) && !NONE().test(clause) && notObjectingWays.test(clause);
const silence = (clause: string): boolean =>
  CONSENT_WORD().test(clause) && ((clause.split(',').some(deemedUnnegated) && !NONE().test(clause)) || notObjectingWays.test(clause));
/**
 * Put on a list by default, unless the person objects: the purpose's own words say the people are added, enrolled or
 * signed up automatically or by default, unless (or until) they object, opt out or reserve themselves («send the
 * newsletter to every contact person in our client register, who are added automatically unless they object»: B13,
 * variants-bht BT78; «blir automatisk meldt på nyhetsbrevet med mindre de reserverer seg»). On a consent basis that is
 * opt-out, no consent (Art. 4(11): «a clear affirmative action»; rec. 32: «Silence, pre-ticked boxes or inactivity should
 * not therefore constitute consent»). Only the enrolment by default with the opt-out in the same sentence, the enrolment
 * not denied: a bare «unless they object» fired on 4 of 12 lawful wordings in session 18 (a meeting time, the right to
 * object under Art. 21, a soft opt-in under markedsføringsloven § 15 third paragraph on legitimate interests, which this
 * rule never reads here: only consent bases are).
 */
const ENROLLED = String.raw`(?:added|included|enrolled|subscribed|signed\s+up|registered|put\s+on|opted\s+in|lagt\s+til|lagt\s+inn|lagde\s+til|lagd\s+til|lagt\s+på|meldt\s+på|meldt\s+inn|påmeldt|påmelde|innmeldt|registrert|registrerte|tatt\s+med|teken\s+med|tekne\s+med|tatt\s+inn|ført\s+opp|førte\s+opp|skrevet\s+inn|skrivne\s+inn|satt\s+på|sett\s+på)`;
const BY_DEFAULT = String.raw`(?:automatisk|automatically|by\s+default|som\s+standard|uten\s+videre|utan\s+vidare|without\s+asking|uten\s+å\s+spørre|utan\s+å\s+spørje)`;
const ENROLLED_BY_DEFAULT = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ENROLLED}\s+(?:\p{L}+\s+){0,2}?${BY_DEFAULT}|${BY_DEFAULT}\s+(?:\p{L}+\s+){0,2}?${ENROLLED})(?![\p{L}])`,
  'iu',
);
const UNLESS_OPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:med\s+mindre|unless|until|(?:inntil|til|fram\s+til|frem\s+til)(?=\s+(?:de|dei|han|hun|ho|vedkommende|vedkommande|foreldrene|den\s+enkelte)\s)|if\s+they\s+do\s+not|dersom\s+(?:dei|de)\s+ikkje|dersom\s+(?:dei|de)\s+ikke|hvis\s+de\s+ikke|viss\s+dei\s+ikkje)\s+(?:\p{L}+\s+){0,3}?(?:protester\p{L}*|reserver\p{L}*|sier\s+fra|seier\s+frå|motsetter|motset|object\p{L}*|opt(?:s|ed)?\s+out|melder\s+(?:seg|seg)\s+av|meldar\s+seg\s+av|unsubscribe\p{L}*|untick\p{L}*|uncheck\p{L}*|remov\p{L}*\s+(?:the\s+|that\s+)?(?:tick|check\s*mark|cross)|(?:fjerner|fjernar|tar\s+bort|tek\s+bort)\s+(?:krysset|haken|haka)|(?:krysser|kryssar|huker|hukar)\s+(?:bort|vekk|ut))(?![\p{L}])`,
  'iu',
);
/**
 * The person's own yes before the enrolment («deltakere som har samtykket, blir automatisk lagt til i lista til de melder seg
 * av», «subscribers who ticked the box are added automatically to the course list too»): the list follows an active
 * consent, and the opt-out after it is the withdrawal.
 */
const OWN_YES = lazyPattern(
  String.raw`(?<![\p{L}])(?:samtykket|samtykt|samtykker|samtykkjer|consented|consents|ticked|ticks|krysset\s+av|kryssar\s+av|krysser\s+av|kryssa\s+av|huka\s+av|signed\s+up|signs\s+up|opted\s+in|opts\s+in|sagt\s+ja|said\s+yes|asked\s+for|requested|bedt\s+om|bede\s+om|meldt\s+(?:seg|deg)\s+på|melder\s+(?:seg|deg)\s+på|confirm\p{L}*|bekreft\p{L}*|stadfest\p{L}*|subscribe|subscribes|subscribing|abonnerer|abonnere|abonnerte|sign\s+up|register(?:s|ed)?\s+for)(?![\p{L}])`,
  'iu',
);
/** The opt-out offered beside the enrolment by default («… by default and may opt out», «… automatisk, og kan reservere seg»). */
const MAY_OPT_OUT = lazyPattern(
  String.raw`^[\s,]*(?:and|but|og|men)\s+(?:(?:they|you|de|dei|du)\s+)?(?:can|may|kan)\s+(?:\p{L}+\s+){0,2}?(?:opt\s+out|unsubscribe|reservere\s+(?:seg|deg)|melde\s+(?:seg|deg)\s+av|protestere)(?![\p{L}])`,
  'iu',
);
/**
 * Everyone of a group, with the opt-out after it in the same sentence («send the newsletter to every contact person in our
 * client register, all of whom receive it until they unsubscribe», «historikken blir lagra for alle nye lånarar med mindre
 * dei reserverer seg»): on a consent basis, inactivity taken as consent as much as an enrolment by default (rec. 32).
 */
const EVERYONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:for|til|om|to|of)\s+alle|(?:for|to)\s+(?:all|every(?:one|body)?)|all\s+of\s+(?:whom|them)|every\s+(?:\p{L}+\s+){0,1}?(?:person|member|customer|client|contact|user))(?![\p{L}])`,
  'iu',
);
const everyoneUnlessObject = (sentence: string): boolean => {
  const m = EVERYONE().exec(sentence);
  if (m === null || NEGATION.test(sentence.slice(0, m.index + m[0].length)) || OWN_YES().test(sentence)) return false;
  return UNLESS_OPT_OUT().test(sentence.slice(m.index));
};
const enrolledUnlessObject = (sentence: string): boolean => everyoneUnlessObject(sentence) || enrolledByDefault(sentence);
const enrolledByDefault = (sentence: string): boolean => {
  const m = ENROLLED_BY_DEFAULT().exec(sentence);
  // The person's own yes elsewhere in the sentence, not the enrolment itself («who are signed up by default»).
  if (
    m === null ||
    NEGATION.test(sentence.slice(0, m.index + m[0].length)) ||
    OWN_YES().test(`${sentence.slice(0, m.index)} ${sentence.slice(m.index + m[0].length)}`)
  )
    return false;
  const u = UNLESS_OPT_OUT().exec(sentence.slice(m.index));
  return u !== null || MAY_OPT_OUT().test(sentence.slice(m.index + m[0].length));
};
/**
 * Consent or permission assumed where the person does not react: «(må reservere seg innen 1. mars;) ellers regner vi med
 * at de samtykker» (variants-barnehage BH36: a transfer to the school that barnehageloven § 2 a allows only with the
 * parents' consent), «otherwise we assume they consent», «if we hear nothing, we take it that they consent», «taushet
 * regnes som samtykke», «no reply is treated as consent». Read in any activity's own and purposes' words, whatever the
 * basis: where a law asks for the person's consent or permission, silence gives it no more than it gives consent under
 * Art. 6(1)(a) (Art. 4(11), rec. 32). Not an assumption denied («ellers regner vi med at de ikke samtykker»), nor consent
 * assumed withdrawn or lapsed («otherwise we assume the consent is withdrawn»), nor a question asked («vurderer om»).
 */
const OTHERWISE_DEEMED = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:ellers|elles|otherwise|or\s+else|i\s+motsatt\s+fall|if\s+not|(?:hvis|dersom|viss|om|if)\s+(?:du|de|dei|dere|dykk|you|they|the\s+\p{L}+|\p{L}+(?:en|ne|ane|ene))\s+(?:ikke|ikkje|not|do\s+not|don't|does\s+not|doesn't|never|aldri)\s+(?:svarer|svarar|svare|reply|replies|answer|answers|respond|responds|reagerer|reagerar|react|reacts|protesterer|protesterar|object|objects|sier\s+fra|seier\s+frå|gir\s+beskjed|gjev\s+beskjed)|(?:med\s+mindre|unless)\s+(?:du|de|dei|dere|dykk|you|they|he|she|the\s+\p{L}+|\p{L}+(?:en|ne|ane|ene))\s+(?:(?:sier|seier|says?|said)\s+(?:nei|no)|protesterer|protesterar|reserverer|reserverar|objects?|refuses?|opts?\s+out)(?:\s+(?:innen|innan|within|before|by|før)\s+[^.;!?,]{1,40}?)?|(?:hører|høyrer)\s+vi\s+(?:ingenting|ikke\s+noe|ikkje\s+noko)|if\s+we\s+hear\s+nothing|if\s+(?:they|parents|we)\s+(?:do\s+not|don't)\s+(?:reply|answer|respond|hear)(?:\s+(?:by|before|within)\s+[^.;!?,]{1,25}?)?)[\s,]+(?:\p{L}+\s+){0,3}?(?:regner|reknar|rekner|antar|går\s+(?:vi\s+)?ut\s+(?:fra|ifrå|frå|ifra)|assume|assumes|presume|presumes|deem|deems|treat\s+(?:it|this|that|silence)\s+as|take\s+it\s+(?:as|that))\s+(?:\p{L}+\s+){0,5}?(?:samtykk\p{L}*|samtykt|consent\p{L}*|agreement|godkjenning|godkjenning)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:taushet|tagnad|stillhet|silence|inactivity|inaktivitet|passivitet|no\s+(?:reply|answer|response)|manglende\s+svar|manglande\s+svar|ikke\s+svar|ikkje\s+svar)\s+(?:\p{L}+\s+){0,2}?(?:regnes|reknast|rekna|anses|blir\s+rekna|blir\s+regnet|vert\s+rekna|counts|is\s+treated|is\s+taken|is\s+regarded|is\s+deemed|will\s+be\s+(?:treated|taken|regarded|deemed))\s+(?:som|as|for)\s+(?:(?:et|eit|a)\s+)?(?:samtykke\p{L}*|consent\p{L}*|tillatelse|løyve|permission)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/**
 * The same with the assumption first and the silence after it, as a condition («Vi går ut frå at foreldra samtykkjer dersom
 * dei ikkje har reservert seg skriftleg innan 1. mars», «Parents are taken to agree unless they opt out in writing by 1
 * March», «we assume they consent if they do not reply», «foreldrene anses å ha samtykket med mindre de reserverer seg»:
 * G5's paraphrase5 PE061, PE062, session 27). The condition is the person's not reacting: «unless» they object, opt out,
 * reserve themselves or say no, or «if/dersom» with a negation before that act. Not an assumption denied before the
 * condition («Vi går ikke ut fra at …»), an own act as the condition («dersom dei har skrive under»), nor consent assumed
 * withdrawn or a price accepted (as above).
 */
const REACTS = String.raw`(?:reserver\p{L}*|protester\p{L}*|sier\s+fra|sier\s+ifra|seier\s+frå|seier\s+ifrå|sagt\s+fra|sagt\s+frå|melder\s+fra|meldar\s+frå|meldt\s+fra|meldt\s+frå|gir\s+beskjed|gjev\s+beskjed|gitt\s+beskjed|gjeve\s+beskjed|svarer|svarar|svart|svara|reply|replies|replied|answer(?:s|ed)?|respond(?:s|ed)?|react(?:s|ed)?|reager\p{L}*|object(?:s|ed)?|opt(?:s|ed)?\s+out|says?\s+no|said\s+no|sier\s+nei|seier\s+nei|sagt\s+nei|refuses?|refused|motsett\p{L}*|motsetter|motset|melder\s+(?:seg|dei|de)\s+av|meldar\s+(?:seg|dei)\s+av|unsubscribe[sd]?)`;
const ASSUMED_UNLESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:regner|reknar|rekner|antar)\s+(?:vi\s+|me\s+)?(?:med\s+)?(?:at\s+)?|(?:går|gå|gjekk|gikk)\s+(?:vi\s+|me\s+)?ut\s+(?:fra|frå|ifrå|ifra)\s+at\s+|(?:we\s+)?(?:assume|assumes|presume|presumes|take\s+it)\s+(?:that\s+)?|(?:taken|deemed|presumed|assumed|considered|regarded|treated)\s+(?:as\s+)?(?:to\s+)?(?:have\s+|having\s+)?|(?:regnes|reknast|rekna|regnet|anses|ansett|betraktes|betrakta)\s+(?:som\s+|for\s+)?(?:å\s+)?(?:ha\s+)?)(?:[\p{L}'’]+\s+){0,3}?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|agree(?:s|d)?|godtar|godtek|godtatt|godteke|sagt\s+ja|sier\s+ja|seier\s+ja|said\s+yes|say\s+yes)(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:(?:med\s+mindre|unless)\s+(?:\p{L}+\s+){0,3}?${REACTS}|(?:dersom|hvis|viss|om|if|når|when|so\s+long\s+as|as\s+long\s+as|så\s+lenge)\s+(?:\p{L}+\s+){0,3}?(?:ikke|ikkje|not|never|aldri|don't|doesn't|haven't|hasn't|do\s+not|does\s+not|have\s+not|has\s+not)\s+(?:\p{L}+\s+){0,3}?${REACTS})(?![\p{L}])`,
  'iu',
);
const mayBeAssumedUnless = prefilter(ASSUMED_UNLESS);
/** ASSUMED_UNLESS in a clause, the assumption not denied before its condition, not withdrawn, no price or terms. */
const assumedUnless = (clause: string): boolean => {
  if (!mayBeAssumedUnless(clause)) return false;
  const m = ASSUMED_UNLESS().exec(clause);
  if (m === null) return false;
  const cond = /(?<![\p{L}])(?:med\s+mindre|unless|dersom|hvis|viss|om|if|når|when|so\s+long\s+as|as\s+long\s+as|så\s+lenge)(?![\p{L}])[^]*$/iu.exec(m[0]);
  const own = clause.slice(0, m.index + (cond?.index ?? m[0].length));
  if (NEGATION.test(own) || NONE().test(own) || LAPSED_WORD().test(own)) return false;
  return (
    !CONSENT_LAPSED().test(clause.slice(m.index + m[0].length)) &&
    !CONTRACT_OBJECT().test(
      m[0].replace(/^[^]*?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|agree(?:s|d)?|godtar|godtek|godtatt|godteke|ja|yes)(?![\p{L}])/iu, ''),
    )
  );
};
const CONSENT_LAPSED = lazyPattern(
  String.raw`^\s*(?:\p{L}+\s+){0,3}?(?:withdrawn|trukket|trekt|trukke|tilbakekalt|revoked|expired|bortfalt|falt\s+bort|lapsed|ended|avslutta|avsluttet|gjeld|gjelder|gjelde|applies|apply|stands|remains|still|framleis|fortsatt|fremdeles)(?![\p{L}])`,
  'iu',
);
const LAPSED_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:withdrawn|withdraw|trukket|trukke|trekt|trekkje|trekke|tilbakekalt|revoked|expired|bortfalt|lapsed|ended)(?![\p{L}])`,
  'iu',
);
/** «says no», «sier nei»: the person's refusal in the condition («unless the worker says no within two weeks»), no denial. */
const SAYS_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:says?|said|sier|seier|sa)\s+$`, 'iu');
const WHITESPACE = lazyPattern(String.raw`\s+`, 'u');
const SILENCE_WORDS = lazyPattern(
  String.raw`^(?:ingenting|ikke\s+noe|ikkje\s+noko|nothing|no\s+(?:reply|answer|response)|ikke\s+svar|ikkje\s+svar|not\s+(?:reply|answer|respond|hear)|n't\s+(?:reply|answer|respond|hear))`,
  'iu',
);
/**
 * Tacit acceptance of a price, terms or a contract change («elles reknar vi med at festaren samtykkjer i den nye prisen»,
 * «otherwise we assume the customer consents to the new price», «… samtykker til de nye vilkårene»): contract law
 * (avtaleloven), not consent to processing under Art. 4(11) (N4's review, session 20).
 */
const CONTRACT_OBJECT = lazyPattern(
  String.raw`^\s*(?:til|i|to|in|with|med)\s+(?:\p{L}+\s+){0,3}?(?:pris\p{L}*|vilkår\p{L}*|avtale\p{L}*|endring\p{L}*|kontingent\p{L}*|gebyr\p{L}*|avgift\p{L}*|prices?|terms|conditions|contracts?|changes?|agreements?|fees?|charges?)(?![\p{L}])`,
  'iu',
);
/**
 * What the consent assumed is for must be a processing of personal data, named in the words up to it (the sentence and the
 * one or two before: «sender barnehagen et overgangsskjema om hvert barn til skolen. … ellers regner vi med at de
 * samtykker»): a form, data, information, photos, a report handed over or recorded. A lease renewal, a shift swap, a grave
 * moved or sown with grass is no processing, and a silence about it no consent under Art. 4(11) (N4's review, session 20).
 */
const DATA_NAMED = lazyPattern(
  String.raw`(?:opplysning|opplysing|skjema|bilde|bilete|foto|namn(?![\p{L}])|navn(?![\p{L}])|personopplysning|data(?![\p{L}])|informasjon|information|details|forms?(?![\p{L}])|photo|picture|image|video|rapport|report|observasjon|observation|kartlegging|dokumentasjon|documentation|mappe|journal|file(?![\p{L}]))`,
  'iu',
);
/** Where OTHERWISE_DEEMED cannot match (its words absent), nothing is read; each text read once (#16, session 20). */
const mayBeDeemed = prefilter(OTHERWISE_DEEMED);
const assumedFromSilenceIn = byText((text: string): boolean => (mayBeDeemed(text) || mayBeAssumedUnless(text)) && assumedFromSilenceInText(text));
/**
 * The same on an activity with a consent basis: the consent its words say is taken from silence is that basis's consent to
 * the processing the record describes («sende nyhetsbrev …; hvis du ikke svarer, regner vi det som samtykke», «Silence or
 * inactivity is taken as consent» beside `consentMethod: opt-in`: session 24's left list), so no data need be named.
 */
const assumedFromSilenceOnConsent = byText(
  (text: string): boolean =>
    (mayBeDeemed(text) && text.split(SENTENCE_END).some(assumedFromSilence)) ||
    text.split(SENTENCE_END).some(countedInSaid) ||
    (mayAssumeAfterSilence(text) && text.split(SENTENCE_END).some(assumedAfterSilence)),
);
/**
 * Not opting out read as a yes, said with the condition first and the assumption after it, where the assumption is consent or
 * our own leave to use the person's data («Hvis du ikke reserverer deg ved påmelding, regner vi med at vi kan bruke bilder av
 * deg på Facebook»: variants-ambulanse AM63; «Viss du ikkje seier frå, går vi ut frå at vi får leggje ut bileta», «Unless you
 * opt out when you sign up, we assume we may publish your photo», «If parents do not object, we take it that they consent»;
 * R30, session 38). The condition is the person's not reacting (REACTS: reserve oneself, object, opt out, answer, say no),
 * with whatever follows it in the clause («ved påmelding», «innen fristen»), before the comma; the assumption not denied
 * («regner vi ikke med», «at vi ikke kan»). The leave to use must name the data used (DATA_NAMED: photos, names, information),
 * and only a use of it (use, publish, post, share, show, film, keep): «regner vi med at vi kan slette søknaden» or «… at du
 * kommer» assume no consent. Read only on an activity with a consent basis (assumedFromSilenceOnConsent): there the leave is
 * that basis's consent; where the record rests on its task or legitimate interests with a right to object, an opt-out is lawful.
 */
const SILENT_SUBJECT = String.raw`(?:du|de|dei|dere|dykk|you|they|man|ein|en|foreldrene|foreldra|føresette|foresatte|parents|the\s+\p{L}+|\p{L}+(?:en|ne|ane|ene|arane|erne|ants|ers|ents|ren))`;
const NOT_REACTING_FIRST = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:hvis|dersom|viss|om|if|når|when)\s+${SILENT_SUBJECT}\s+(?:ikke|ikkje|not|do\s+not|don't|does\s+not|doesn't|never|aldri)\s+(?:\p{L}+\s+)?${REACTS}|(?:med\s+mindre|unless)\s+${SILENT_SUBJECT}\s+(?:\p{L}+\s+)?${REACTS})(?![\p{L}])[^.;!?,]{0,60},\s*`,
  'iu',
);
const USE_VERB = String.raw`(?:bruke|bruka|nytte|nytta|publisere|publisera|legge\s+ut|leggje\s+ut|dele|vise|syne|ta\s+(?:\p{L}+\s+)?(?:bilder|bilete|foto)|fotografere|filme|lagre|sende\s+ut|use|publish|post|share|show|display|photograph|film|feature)`;
const ASSUMED_YES = lazyPattern(
  String.raw`^(?:\p{L}+\s+){0,2}?(?:regner|reknar|rekner|antar|går|assume|assumes|presume|presumes|take\s+it|treat\s+(?:it|this|that)\s+as)(?![\p{L}])(?:\s+(?:vi|me|we))?(?:\s+(?:med|ut\s+(?:fra|frå|ifrå|ifra)|det\s+som))?(?:\s+(?:at|that))?\s+(?:(?:${SILENT_SUBJECT}\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|agree(?:s|d)?|godtar|godtek|sier\s+ja|seier\s+ja|say\s+yes|says\s+yes))|(?:vi|me|we)\s+(?:kan|får|may|can|are\s+(?:free|allowed)\s+to|have\s+(?:your\s+|their\s+)?permission\s+to|har\s+lov\s+(?:til\s+)?å)\s+(?:\p{L}+\s+){0,2}?${USE_VERB})(?![\p{L}])`,
  'iu',
);
const mayAssumeAfterSilence = prefilter(NOT_REACTING_FIRST);
const assumedAfterSilence = (sentence: string): boolean => {
  const c = NOT_REACTING_FIRST().exec(sentence);
  if (c === null) return false;
  const rest = sentence.slice(c.index + c[0].length);
  const yes = ASSUMED_YES().exec(rest);
  if (yes === null || NEGATION.test(yes[0]) || LAPSED_WORD().test(rest)) return false;
  return CONSENT_WORD().test(yes[0]) || /(?:agree|godt|sier|seier|say)/iu.test(yes[0]) ? true : USED_DATA().test(rest);
};
/** The person's data the leave is assumed for: photos, film, names, details, contact data, in any inflection. */
const USED_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*bild\p{L}*|\p{L}*bilet\p{L}*|\p{L}*foto\p{L}*|photo\p{L}*|pictures?|images?|video\p{L}*|film\p{L}*|opptak\p{L}*|recordings?|navn\p{L}*|namn\p{L}*|names?|opplysning\p{L}*|opplysing\p{L}*|information|details|data|adress\p{L}*|address\p{L}*|e-?post\p{L}*|e-?mail\p{L}*|telefonnummer\p{L}*)(?![\p{L}])`,
  'iu',
);
const assumedFromSilenceInText = (text: string): boolean => {
  const clauses = text.split(SENTENCE_END);
  let from = 0;
  return clauses.some((clause) => {
    const start = from;
    from += clause.length + 1;
    return (assumedFromSilence(clause) || assumedUnless(clause)) && DATA_NAMED().test(text.slice(Math.max(0, start - 300), start + clause.length));
  });
};
const assumedFromSilence = (clause: string): boolean => {
  const m = OTHERWISE_DEEMED().exec(clause);
  if (m === null) return false;
  const own = clause.slice(m.index);
  // A negation in the assumption itself («ellers regner vi med at de ikke samtykker»); «hører vi ingenting» and «no reply»
  // are the silence, not a denial of the assumption.
  for (let at = 0, denial = NEGATION.exec(own); denial !== null; denial = NEGATION.exec(own.slice(at))) {
    const where = at + denial.index;
    if (!SILENCE_WORDS().test(own.slice(where)) && !SAYS_BEFORE().test(own.slice(0, where))) return false;
    at = where + Math.max(1, denial[0].length);
  }
  if (NEGATION.test(clause.slice(0, m.index).trim().split(WHITESPACE()).slice(-2).join(' '))) return false;
  const after = clause.slice(m.index + m[0].length);
  // Consent assumed withdrawn or lapsed, said before the consent word («if you do not reply, we assume you have withdrawn your
  // consent»): the opposite of consent taken from silence.
  if (LAPSED_WORD().test(m[0])) return false;
  return !CONSENT_LAPSED().test(after) && !CONTRACT_OBJECT().test(after);
};
/**
 * Counted in for not declining, on a consent basis (check/lexicon-consent.ts `countedUnlessDeclined`: «those who have not
 * turned the invitation down within 30 days are counted as participants», «dei som ikkje har takka nei innan fristen, blir
 * rekna som deltakarar»; R35, session 40: variants-lading EV63): silence taken as the yes (rec. 32). Not where the
 * counting is denied after the declining («… are not counted»), nor where a yes of the person's own is told before it.
 */
const countedInSaid = (sentence: string): boolean => {
  const m = countedUnlessDeclined(sentence);
  if (m === null) return false;
  const main = m[0].replace(
    /^[^]*?(?:turned|turn|declined?|refused?|said|say|opted|opt|objected|object|replied|reply|answered|answer|responded|respond|takket|takka|takke|svart|svara|svare|sagt|seie|si|reservert|reservere|meldt|melde|protestert|protestere|avslått|avslå|avvist|avvise)(?![\p{L}])/iu,
    '',
  );
  return !NEGATION.test(main) && !NONE().test(sentence) && !LAPSED_WORD().test(sentence);
};
/**
 * Consent to marketing made a condition of signing up for something else (Art. 7(4): «whether … the performance of a
 * contract, including the provision of a service, is conditional on consent to the processing of personal data that is
 * not necessary for the performance of that contract»; rec. 43: consent is presumed not freely given where it is so
 * bundled): «For å melde seg på et seminar må deltakeren samtykke til å motta nyhetsbrevet» (variants-regnskap RG12),
 * «To attend the course, participants must consent to our newsletter», «Påmelding til kurset forutsetter samtykke til
 * markedsføring», «Signing up requires consent to marketing e-mails». Only consent to marketing (a newsletter, offers,
 * advertising): what the sign-up is for is not read, save that it is not the newsletter itself («for å melde seg på
 * nyhetsbrevet må du samtykke» asks the consent the newsletter is). No negation in the sentence («trenger ikke samtykke»).
 */
const SIGN_UP = String.raw`(?:melde\s+(?:seg|deg|dykk|dere|dei|de)\s+(?:på|inn)|påmelding\p{L}*|delta|ta\s+del|få\s+(?:plass|delta|tilgang)|bli\s+medlem|registrere\s+(?:seg|deg)|sign(?:ing)?\s+up|register(?:ing)?|enrol(?:l|ling|ment)?|attend(?:ing)?|join(?:ing)?|take\s+part|participat\p{L}*|book(?:ing)?|bestille|kjøpe|buy(?:ing)?)`;
const MARKETING_OBJECT = String.raw`(?:nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletters?|markedsføring\p{L}*|marknadsføring\p{L}*|marketing|reklame\p{L}*|advertising|(?:tilbod|tilbud)(?:et|a|ene|ane)?(?=\s+(?:om|på|fra|frå)\s)|(?:markedsførings|marknadsførings|reklame)tilbud\p{L}*|(?:markedsførings|marknadsførings|reklame)tilbod\p{L}*|offers|promotional\s+\p{L}+)`;
/** Words that are not the marketing itself on the way to it: the terms or conditions of an offer («vilkårene i tilbudet»). */
const NOT_TERMS = String.raw`(?!vilkår|vilkåra|vilkårene|terms|conditions|betingelse|betingelsene)`;
/**
 * The yes asked for, in the words records use beside «samtykke»: agree, accept, say yes («må seie ja til nyheitsbrevet»,
 * «requires the participant to agree to receive the newsletter»: G5's paraphrase5 PE065, PE066, session 27).
 */
const AGREE_TO = String.raw`(?:samtykke|samtykkje|samtykkja|consent|godta|godkjenne|agree|accept|seie\s+ja|sei\s+ja|si\s+ja|svare\s+ja|svara\s+ja|takke\s+ja|takka\s+ja|say\s+yes|opt\s+in)`;
const BUNDLED = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:for\s+å|to|in\s+order\s+to|før\s+(?:\p{L}+\s+){0,2}?kan|(?:som|who|that|dersom|hvis|viss|if)\s+(?:vil|ønsker|ønskjer|want|wants|wish|wishes)\s+(?:to\s+|å\s+)?)\s*(?:\p{L}+\s+){0,1}?${SIGN_UP},?\s+(?:[\p{L}\d-]+,?\s+){0,5}?(?:må|skal|need|needs|must|has\s+to|have\s+to|are\s+required\s+to|is\s+required\s+to)\s+(?:\p{L}+\s+){0,2}?${AGREE_TO}\s+(?:(?:til|to|i)\s+)?(?:${NOT_TERMS}\p{L}+\s+){0,4}?${MARKETING_OBJECT}(?![\p{L}])`,
    String.raw`(?<![\p{L}])${SIGN_UP},?\s+(?:[\p{L}\d-]+\s+){0,5}?(?:forutsetter|føreset|føresett|krever|krev|requires|is\s+conditional\s+on|depends\s+on)\s+(?:(?:\p{L}+\s+){0,2}?(?:samtykke|consent)|(?:\p{L}+\s+){0,2}?(?:to|å)\s+${AGREE_TO})\s+(?:(?:til|to|for|i)\s+)?(?:${NOT_TERMS}\p{L}+\s+){0,4}?${MARKETING_OBJECT}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:samtykke|consent)\s+(?:til|to|for)\s+(?:${NOT_TERMS}\p{L}+\s+){0,4}?${MARKETING_OBJECT}\s+(?:er|is)\s+(?:\p{L}+\s+){0,1}?(?:et\s+|eit\s+|a\s+)?(?:vilkår|krav|condition|requirement|prerequisite)\s+(?:for|of)\s+(?:\p{L}+\s+){0,2}?${SIGN_UP}(?![\p{L}])`,
  ].join('|'),
  'iu',
);
const SIGN_UP_ONE = lazyPattern(SIGN_UP, 'iu');
/** The sign-up is for the newsletter or marketing itself: the consent is the sign-up's own. */
const SIGN_UP_TO_MARKETING = lazyPattern(
  String.raw`^(?:\s*(?:på|inn\s+på|for|to|til|i|up\s+for|up\s+to)?\s*(?:the\s+|our\s+|vårt\s+|vår\s+|vårt\s+)?${MARKETING_OBJECT})`,
  'iu',
);
/**
 * A text that tells consent to marketing bundled with a sign-up, read once per text behind BUNDLED's words (#16, session 20),
 * by each of its ways, and each sentence behind them too (session 24: «to» and a sign-up word anywhere in a text let
 * BUNDLED run on every sentence of it).
 */
const mayBeBundled = prefilterAny(BUNDLED);
const bundledIn = byText((text: string): boolean => mayBeBundled(text) && text.split(SENTENCE_END_NOT_ADDRESS()).some((s) => mayBeBundled(s) && bundled(s)));

/**
 * A newsletter that is part of the service signed up for (F5, session 20): the programme's, course's or seminar's own
 * newsletter, or one that carries only the sessions' dates, times, rooms or practical information («To join the seminar
 * series, participants must agree to receive the programme newsletter, which only carries the dates and rooms of the
 * sessions», «må ta imot kursbrevet, som berre har datoar og rom»). Art. 7(4) asks whether the consent is to processing
 * «not necessary for the performance of that contract»: the service's own practical information is part of it, not
 * marketing bundled with it. Not where the sentence names marketing, offers or advertising besides («the programme
 * newsletter with offers from our partners»).
 */
const SERVICE_NEWSLETTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:programme|program|course|seminar|session|participants['’]?|practical|service)\s+newsletters?|(?:program|kurs|seminar|deltaker|deltakar|samlings|informasjons)(?:nyhetsbrev|nyheitsbrev|brev)\p{L}*|(?:programmet|kurset|seminaret|seminarrekka|seminarrekken)s?\s+(?:sitt\s+)?(?:nyhetsbrev|nyheitsbrev)\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:which|that|som|der)\s+(?:\p{L}+\s+){0,2}?(?:carries|contains|holds|gives|lists|has|inneheld|inneholder|gir|gjev|har|viser)\s+(?:\p{L}+\s+){0,3}?(?:dates?|times?|rooms?|venues?|timetables?|schedules?|programme|practical|datoar|datoer|datoane|datoene|tider|tidene|tidspunkt\p{L}*|rom|romma|rommene|timeplan\p{L}*|praktisk\p{L}*)(?![\p{L}])`,
  'iu',
);
const MARKETING_BESIDE = lazyPattern(
  String.raw`(?<![\p{L}])(?:offers?|tilbud\p{L}*|tilbod\p{L}*|reklame\p{L}*|advertis\p{L}*|markedsføring\p{L}*|marknadsføring\p{L}*|marketing|promotion\p{L}*|promotional|kampanje\p{L}*|campaigns?|rabatt\p{L}*|discounts?|partners?|samarbeidspartn\p{L}*|products?|produkt\p{L}*)(?![\p{L}])`,
  'iu',
);
const bundled = (sentence: string): boolean => {
  const m = BUNDLED().exec(sentence);
  if (m === null || NEGATION.test(sentence)) return false;
  if (SERVICE_NEWSLETTER().test(sentence) && !MARKETING_BESIDE().test(sentence)) return false;
  const s = SIGN_UP_ONE().exec(m[0]);
  return s === null || !SIGN_UP_TO_MARKETING().test(m[0].slice(s.index + s[0].length));
};
/**
 * Consent given for an adult by someone else: a relative, the next of kin, a spouse or the family «consents on the
 * person's behalf» («nærmaste pårørande samtykkjer på vegner av bebuaren», «consent from the next of kin»). Art. 6(1)(a):
 * «the data subject has given consent»; Art. 4(11): consent is «of the data subject's wishes». No Norwegian law lets a
 * relative give an adult's GDPR consent: pasient- og brukerrettighetsloven §§ 4-6 and 4-6 a let the health service
 * decide health care for a patient without decision-making capacity, and make the relatives' view a factor, not a
 * consent. A child's consent by the holder of parental responsibility (Art. 8(1)) and a guardian acting within the
 * mandate (vergemålsloven) are not read: the words are those of relatives, not parents or guardians.
 */
const RELATIVE_WORDS = String.raw`(?:pårørende|pårørande|nærmeste pårørende|nærmaste pårørande|familie\p{L}*|ektefelle\p{L}*|ektemake\p{L}*|sambuer\p{L}*|sambuar\p{L}*|relatives?|next of kin|family|spouses?)(?![\p{L}])`;
const RELATIVE = lazyPattern(String.raw`(?<![\p{L}])${RELATIVE_WORDS}`, 'iu');
const ON_BEHALF = lazyPattern(
  String.raw`(?<![\p{L}])(?:på vegne(?:r)? av|på (?:hans|hennar|hennes|deira|deres|pasientens|bebuarens|brukarens|brukerens) vegne(?:r)?|on (?:the (?:\p{L}+)'?s?|his|her|their) behalf|on behalf of|i staden for|i stedet for|instead of)(?![\p{L}])`,
  'iu',
);
const FROM_RELATIVE = lazyPattern(String.raw`(?:samtykke\p{L}*|consent\p{L}*)\s+(?:frå|fra|from|av|by|of)\s+(?:\p{L}+\s+){0,1}?${RELATIVE_WORDS}`, 'iu');
/**
 * A child named («barnet», «born», «elevane», «the child's», «pupils»): a child's family consenting is the holder of
 * parental responsibility (Art. 8(1)), not a relative consenting for an adult.
 */
const CHILD = lazyPattern(
  String.raw`(?<![\p{L}])(?:barn|barnet|barna|barnas|barnets|born|borna|elev\p{L}*|child\p{L}*|pupils?|minors?|mindreårig\p{L}*|umyndig\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * Consent given by an employer for its employees («The employer consents on behalf of its employees when it signs the
 * corporate agreement», «arbeidsgiveren samtykker på vegne av de ansatte»): consent is the data subject's own (Art. 4(11),
 * 6(1)(a)); no law lets an employer give it for them, and an employee's own consent is rarely free in the employment
 * relationship (EDPB Guidelines 05/2020 section 3.1.1). H12C, variants-trening TR14. A clause with a negation («the employer
 * cannot consent on their behalf») is not read.
 */
const EMPLOYEES = lazyPattern(
  String.raw`(?<![\p{L}])(?:ansatte|ansatt|tilsette|tilsett|arbeidstaker\p{L}*|arbeidstakar\p{L}*|medarbeider\p{L}*|medarbeidar\p{L}*|employees?|staff|workers?|personnel)(?![\p{L}])`,
  'iu',
);
/**
 * Consent from the employer itself, not from its employees named by a genitive («Samtykke fra arbeidsgiverens ansatte
 * innhentes i appen», «consent from the employer's employees»: R1's review, 2026-11-30).
 */
const FROM_EMPLOYER = lazyPattern(
  String.raw`(?:samtykke\p{L}*|consent\p{L}*)\s+(?:frå|fra|from|av|by|of)\s+(?:\p{L}+\s+){0,1}?(?:arbeidsgiver(?:en|e|ne)?|arbeidsgjevar(?:en|ar|ane)?|arbeidsgivar(?:en|ar|ane)?|employers?)(?![\p{L}'’])`,
  'iu',
);
/**
 * On behalf of the employees, not of the company («arbeidsgiveren samtykker på vegne av bedriften til vilkårene» is the
 * employer's own consent to its terms: R1's review, 2026-11-30).
 */
const FOR_EMPLOYEES = lazyPattern(
  String.raw`(?:på vegne(?:r)? av|on behalf of|for (?:sine|sina|its|their))\s+(?:\p{L}+\s+){0,2}?(?:${EMPLOYEES.source})|(?<![\p{L}])(?:på (?:deira|deres|dykkar|hans|hennar|hennes) vegne(?:r)?|on (?:their|his|her|the employees['’]?|the staff['’]?s?) behalf)(?![\p{L}])`,
  'iu',
);
/** The employer as the one who consents («The employer consents», «arbeidsgiveren samtykker», «the employer gives consent»). */
const EMPLOYER_CONSENTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|arbeidsgivar\p{L}*|employers?)\s+(?:\p{L}+\s+){0,2}?(?:consents?|consented|gives?\s+(?:\p{L}+\s+)?consent|samtykk\p{L}*|samtykt|gir\s+(?:\p{L}+\s+)?samtykke|gjev\s+(?:\p{L}+\s+)?samtykke)(?![\p{L}])`,
  'iu',
);
const proxyEmployer = (clause: string): boolean =>
  EMPLOYEES().test(clause) && ((EMPLOYER_CONSENTS().test(clause) && FOR_EMPLOYEES().test(clause)) || FROM_EMPLOYER().test(clause)) && !NEGATION.test(clause);
const proxy = (clause: string): boolean => CONSENT_WORD().test(clause) && RELATIVE().test(clause) && (ON_BEHALF().test(clause) || FROM_RELATIVE().test(clause));
/**
 * Parents consenting for people who have turned 18 («Føresette samtykkjer på vegner av alle internatbebuarane, også dei
 * som har fylt 18 år», «parents consent for all pupils, including those over 18»): parental responsibility and the
 * parents' guardianship end at 18 (barnelova § 33: «fram til det fyller 18 år»; vergemålsloven § 2: «personer under 18
 * år» are minors), so the consent is no one's. A clause saying adults consent themselves («elevar over 18 år samtykkjer
 * sjølve») is not read (H12B, variants-friskole F32).
 */
const PARENTS = lazyPattern(String.raw`(?<![\p{L}])(?:føresette|foresatte|foreldre|foreldra|foreldrene|parents?)(?![\p{L}])`, 'iu');
const ADULTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:har|have|has)\s+)?(?:fylt|fyllt|turned)\s+18(?![\p{L}\d])|(?<![\p{L}])(?:over|above)\s+18(?![\p{L}\d])|(?<![\p{L}])18\s+år\s+(?:og|eller)\s+(?:eldre|over)|(?<![\p{L}])(?:myndige|vaksne|voksne|adults?|of\s+age)(?![\p{L}])|18\s+or\s+(?:over|older)`,
  'iu',
);
const FOR_THEM = lazyPattern(String.raw`(?<![\p{L}])(?:på vegne(?:r)? av|for|on behalf of|in place of|i staden for|i stedet for)(?![\p{L}])`, 'iu');
const THEMSELVES = lazyPattern(String.raw`(?<![\p{L}])(?:sjølv|sjølve|selv|themselves|himself|herself|sjølvstendig|selvstendig)(?![\p{L}])`, 'iu');
/**
 * The adults' own consent beside the parents' in one sentence (W2 false-alarm review, 2026-11-30): a comma part that
 * names the adults with no parent word, and either a consent word of its own («For deltakere over 18 år innhentes
 * samtykke fra deltakeren, for yngre fra foreldrene») or consent taken from them («…, og frå vaksne deltakarar direkte»).
 * «…, også dei som har fylt 18 år» (F32) has neither and is still read.
 */
const FROM_ADULTS = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|from|by)\s+(?:\p{L}+\s+){0,2}?(?:${ADULTS.source})`, 'iu');
const adultsOwnPart = (clause: string): boolean =>
  clause.split(',').some((part) => ADULTS().test(part) && !PARENTS().test(part) && (CONSENT_WORD().test(part) || FROM_ADULTS().test(part)));
const parentsForAdults = (clause: string): boolean =>
  CONSENT_WORD().test(clause) &&
  PARENTS().test(clause) &&
  ADULTS().test(clause) &&
  FOR_THEM().test(clause) &&
  !THEMSELVES().test(clause) &&
  !NEGATION.test(clause) &&
  !adultsOwnPart(clause);
/**
 * Consent whose refusal costs the person something beyond what is consented to: a place, membership, a job, housing,
 * a contract or a benefit, or being sent away («Nektar eleven å ta prøva, mistar eleven internatplassen», «refusing
 * means losing the membership»). Art. 4(11), 7(4) and rec. 42: consent is not freely given where the person «is unable
 * to refuse or withdraw consent without detriment» (H12B, variants-friskole F31). Not losing the very thing consented
 * to (no newsletter without consent to it), and a denied loss («mistar ikkje plassen»), are not read.
 */
const REFUSAL = lazyPattern(
  String.raw`(?<![\p{L}])(?:nektar|nekter|nektast|nektes|nekte|seier nei|sier nei|seie nei|si nei|trekkjer samtykket|trekker samtykket|refuses?|refusing|declines?|declining|says?\s+no|saying\s+no|said\s+no|(?:does|do)\s+not\s+consent|withdraws?\s+(?:\p{L}+\s+)?consent)(?![\p{L}])|(?<![\p{L}])(?:ikkje|ikke)\s+(?:samtykkjer|samtykker|vil\s+samtykkje|vil\s+samtykke|gir\s+samtykke)(?![\p{L}])`,
  'iu',
);
const LOSS = lazyPattern(
  String.raw`(?<![\p{L}])(?:mist\p{L}*|tape|taper|tapar|lose|loses|losing|forfeits?)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*plass(?:en)?|medlemskap\p{L}*|jobb\p{L}*|stilling\p{L}*|bustad\p{L}*|bolig\p{L}*|husvære\p{L}*|kontrakt\p{L}*|stønad\p{L}*|ytelse\p{L}*|places?|membership|jobs?|position|housing|accommodation|contract|benefits?)(?![\p{L}])|(?<![\p{L}])(?:blir|bli|vert|kan\s+bli)\s+(?:\p{L}+\s+){0,2}?(?:vist\s+bort|bortvist|utvist|sagt\s+opp|oppsagt|utestengt|kasta\s+ut|kastet\s+ut)(?![\p{L}])|(?<![\p{L}])(?:be|is|are|will\s+be|gets?)\s+(?:expelled|dismissed|evicted|excluded|suspended)(?![\p{L}])`,
  'iu',
);
/**
 * A loss denied by the words just before it, after the refusal («Dersom du nekter, vil du ikke miste plassen», «If you
 * decline, you will not lose your place», «Du kan nekte uten å miste plassen», «Refusing never means losing …»): up to
 * three words, not counting the refusal's own «ikke samtykker» (W2 false-alarm review, 2026-11-30).
 */
const LOSS_DENIED_BEFORE = lazyPattern(String.raw`(?:(?<![\p{L}])(?:ikke|ikkje|aldri|never|not|uten|utan|without)|n't)(?![\p{L}])(?:\s+\S+){0,2}\s+$`, 'iu');
/**
 * Being kept out of what the person has beyond the consent (H12C, variants-trening TR01: «Members who say no cannot enter
 * in unstaffed hours»): not able to enter, come in, train, attend or join («cannot enter», «kan ikke komme inn», «får ikkje
 * trene»: the premises, not a draw, study or pilot one enters by consenting). Not where the words go on to say by what
 * means, up to three words on («cannot enter with the face», «cannot enter the sauna with face recognition», «kan ikke
 * komme inn med fingeravtrykk»): that is the consented way in itself, lost by refusing it. Nor where it is an app's
 * feature or a photo booth that is entered («cannot get in to the nearby-offers map», «cannot enter the photo booth»: the
 * consented processing itself; R1's review, 2026-11-30). The negation is the loss's own.
 */
const KEPT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:cannot|can\s*not|can't|may\s+not|will\s+not\s+be\s+able\s+to|are\s+not\s+able\s+to|is\s+not\s+able\s+to|kan\s+ikke|kan\s+ikkje|får\s+ikke|får\s+ikkje|kan\s+ikke\s+lenger|kan\s+ikkje\s+lenger)\s+(?:\p{L}+\s+){0,1}?(?:enter|come\s+in|get\s+in|komme\s+inn|kome\s+inn|gå\s+inn)(?![\p{L}])(?!\s+(?:[\p{L}'’-]+\s+){0,3}?(?:with|using|by|through|via|med|ved|gjennom|app\p{L}*|maps?|kart\p{L}*|funksjon\p{L}*|functions?|features?|\p{L}*booth\p{L}*|fotoboks\p{L}*|portal\p{L}*|forum\p{L}*|chat\p{L}*|testgrupp\p{L}*|test groups?|competitions?|draws?|contests?|lotter\p{L}*|stud\p{L}*|pilots?|programmes?|programs?|konkurranse\p{L}*|trekning\p{L}*|studie\p{L}*|piloten|programmet)(?![\p{L}]))`,
  'iu',
);
/**
 * Being without the consent («Uten navn og mobilnummer og samtykke til tilpassede tilbud …», «without consent to …»): a
 * refusal said as the lack of it, read with CONDITION_LOSS (L, 2026-12-01; variants-apotek AP11).
 */
const WITHOUT_CONSENT = lazyPattern(String.raw`(?<![\p{L}])(?:uten|utan|without)\s+(?:[\p{L}-]+\s+){0,6}?(?:samtykk\p{L}*|consent\p{L}*)`, 'iu');
/**
 * Consent made a condition of the membership, place or customer relationship («… kan du ikke bli medlem», «får ikkje
 * plass», «you cannot become a member», «cannot join the club»): Art. 7(4), rec. 43 (variants-apotek AP11, a pharmacy's
 * customer club that admitted only those who consented to profiled offers). Not a panel, test group, study, newsletter or
 * programme that the consent is for («Uten samtykke kan du ikke bli medlem av forskningspanelet»).
 */
const CONDITION_LOSS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:kan|får|vil)\s+(?:\p{L}+\s+)?(?:ikke|ikkje)|cannot|can't|can\s+not|may\s+not|will\s+not\s+be\s+able\s+to)\s+(?:(?:bli|verte|få|melde\s+(?:deg|seg)\s+inn\s+i|become|join|get|be)\s+)?(?:(?:a|an|the|et|eit|ein|en)\s+)?(?:medlem\p{L}*|plass\p{L}*|kunde\p{L}*|members?|membership|places?|customers?|club|klubben|kundeklubben)(?![\p{L}])(?!\s+(?:av|i|of|in)\s+(?:\p{L}+\s+)?(?:\p{L}*panel\p{L}*|\p{L}*testgrupp\p{L}*|test\s+groups?|\p{L}*studie\p{L}*|stud(?:y|ies)|research|\p{L}*nyhetsbrev\p{L}*|newsletters?|programmet|programmes?|programs?|pilot\p{L}*)(?![\p{L}]))`,
  'iu',
);
/** Consent lacking, then a membership, place or customer relationship refused for it, in one sentence. */
const withoutConsentNoPlace = (sentence: string): boolean => {
  const lacks = WITHOUT_CONSENT().exec(sentence);
  if (lacks === null || NEGATION.test(sentence.slice(0, lacks.index))) return false;
  const cond = CONDITION_LOSS().exec(sentence);
  return cond !== null && cond.index >= lacks.index && !PROXY_CONSENT().test(sentence.slice(lacks.index, cond.index));
};
/**
 * Another person's consent to the membership or contract, not the data subject's consent to processing: parents',
 * a guardian's, the employer's («Uten … foreldrenes samtykke kan barn ikke bli medlem», «Uten fullmakt og samtykke fra
 * arbeidsgiveren kan du ikke bli medlem av bedriftsidrettslaget», «without a parent's consent»). Civil-law consent to
 * join, which the membership may require (P's review, 2026-12-01).
 */
const PROXY_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:foreldre\p{L}*|foresatte\p{L}*|føresette\p{L}*|verge\p{L}*|verje\p{L}*|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|parents?(?:'s|')?|guardians?(?:'s|')?|employers?(?:'s|')?)(?![\p{L}])`,
  'iu',
);
const detriment = (sentence: string): boolean => {
  if (withoutConsentNoPlace(sentence)) return true;
  const refusal = REFUSAL().exec(sentence);
  if (refusal === null) return false;
  const kept = KEPT_OUT().exec(sentence);
  if (kept !== null && kept.index >= refusal.index) return true;
  const m = LOSS().exec(sentence);
  if (m === null || NEGATION.test(m[0])) return false;
  const refusalEnd = refusal.index + refusal[0].length;
  const before = sentence.slice(refusalEnd <= m.index ? refusalEnd : 0, m.index);
  return !LOSS_DENIED_BEFORE().test(` ${before}`);
};
/**
 * A sentence of the text says refusing costs something (detriment), or that without consent there is no place
 * (withoutConsentNoPlace): read once per distinct text (util/memo.ts), not once per activity that repeats it (session 23).
 */
const detrimentSaid = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(detriment));
const noPlaceWithoutConsentSaid = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(withoutConsentNoPlace));

/** Whether a text makes consent to marketing a condition of a sign-up (the `bundled` reading), for the reader tables. */
export const bundledText = (t: string): boolean => bundledIn(t);
/** Whether a text takes consent from going on using the service (`continued-use`; test/rules/s23-g1-words.test.ts). */
export const consentByUseText = (t: string): boolean => t.split(SENTENCE_END_NOT_ADDRESS()).some(consentByUse);
/** Whether a purpose's words take consent from silence or an enrolment by default (`silence-purpose`; the same test). */
export const silencePurposeText = (t: string): boolean => t.split(NOTE_SENTENCE_END).some((c) => deemedInPurpose(c) || enrolledUnlessObject(c));

/**
 * How consent is taken, read in one text: each reading below once per distinct text (util/memo.ts), since the activities
 * of a record repeat their purposes', notes' and descriptions' words and the rule reads them again for every consent basis.
 * Only answers (booleans) are kept.
 */
const byUseIn = byText(consentByUseText);
const consentByUseDescribed = byText(
  (t: string): boolean =>
    t.split(SENTENCE_END_NOT_ADDRESS()).some((x) => ((CONSENT_WORD().test(x) || agreeByUseWays.test(x)) && consentByUse(x)) || bundledAgreement(x)) ||
    acceptsThemAfterSemicolon(t),
);
/**
 * Agreement taken from another act, whatever is agreed to (check/lexicon-consent.ts `agreeBundled`: «ved å registrere deg i
 * portalen godtar du at profilen din blir vist …», «By booking, you agree that …»; R32, session 39), not beside an act of
 * consent of the person's own (a box, a button, a form), a denial, a question, consent kept apart, terms only, or storage
 * that needs no consent.
 */
const bundledAgreement = (x: string): boolean =>
  agreeBundled(x) &&
  !ACTIVE_ACT().test(x) &&
  !NEGATION.test(x) &&
  !ASKED().test(x) &&
  !USE_KEPT_APART().test(x) &&
  !NEEDS_NO_CONSENT().test(x) &&
  !neededToWork(x) &&
  !(TERMS_WORD().test(x) && !CONSENT_WORD().test(x));
/**
 * Opting out told in the activity's words beside a consent basis (check/lexicon-consent.ts `optOut`: «får du nyhetsbrevet med
 * mindre du sier fra», «blir lagde til på lista med mindre dei seier frå», «you get the newsletter unless you opt out»; R32,
 * session 39): the main clause before it does something to the person (not a denial, not deleting), and no yes of the
 * person's own is told (OWN_YES: then the opt-out is the withdrawal). Only on a consent basis: on legitimate interests the
 * opt-out is the right to object (Art. 21; markedsføringsloven § 15 third paragraph for existing customers).
 */
const optOutOnConsent = byText((text: string): boolean =>
  text.split(SENTENCE_END).some((x) => {
    const m = optOut(x);
    if (m === null) return false;
    // The condition «hvis … ikke» put first («Hvis du ikke reserverer deg, får du nyhetsbrevet»: FR2, session 46): the main
    // clause is the one after its comma. Not «Med mindre …» first («Med mindre abonnenten reserverer seg, regner vi med at
    // adressen fortsatt stemmer»: bodies/lawful-wordings-s25-n-ika n49, an assumption about the address, no sending).
    const before = x.slice(0, m.index);
    const fronted = !/\p{L}+\s+\p{L}+/u.test(before) && !/^(?:med\s+mindre|unless)/iu.test(m[0]) ? FRONTED_MAIN().exec(x.slice(m.index + m[0].length)) : null;
    const main = fronted === null ? before : fronted[1]!;
    return (
      /\p{L}+\s+\p{L}+/u.test(main) &&
      DATA_PROCESSING().test(main) &&
      !OWN_SIMILAR().test(x) &&
      !NEGATION.test(main) &&
      !OPT_OUT_DELETES().test(main) &&
      !OWN_YES().test(x) &&
      !CONSENT_LAPSED().test(x) &&
      !LAPSED_WORD().test(main)
    );
  }),
);
/** The main clause after a conditional put first: what follows the condition's comma. */
const FRONTED_MAIN = lazyPattern(String.raw`^[^,]{0,60},\s*(.+)$`, 'u');
/** A law that lets consent be implied («slik pasient- og brukerrettighetsloven § 4-2 seier»), cited in the sentence. */
const LAW_SAYS = lazyPattern(String.raw`§|(?<![\p{L}])(?:\p{L}+lova|\p{L}+loven|\p{L}+lovens|act|regulations?)(?![\p{L}])`, 'iu');
/** The consent assumed only upon an own act («berre når dei har skrive under», «only once they have signed»). */
const ONLY_WHEN = lazyPattern(String.raw`(?<![\p{L}])(?:berre|bare|kun|only)\s+(?:når|etter|dersom|om|if|when|once|after)(?![\p{L}])`, 'iu');
/** Deleting, as a word of its own («newsletter» holds «slett»). */
const OPT_OUT_DELETES = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|delet\p{L}*|eras\p{L}*|anonymi\p{L}*|fjern\p{L}*|remov\p{L}*|makuler\p{L}*|destroy\p{L}*)`,
  'iu',
);
/**
 * Consent assumed, said in the activity's or a purpose's words (check/lexicon-consent.ts `assumedAgree`: «Når du opnar
 * chatten, reknar vi med at du samtykkjer til …», «we assume you agree when you start the chat»; R32, session 39), whatever
 * the basis: consent is a statement or a clear affirmative action (Art. 4(11)), never presumed. Not an assumption denied
 * before its end, consent assumed withdrawn or lapsed, a person asked, or an act of consent of the person's own beside it.
 * The sentence, or undefined.
 */
const assumedConsentSentence = byText((text: string): string | undefined =>
  text.split(SENTENCE_END).find((x) => {
    const m = assumedAgreeOrWant(x);
    if (m === null) return deemedAgreeSaid(x);
    // Wanting assumed (not agreeing) is read only where nothing in the sentence holds it back («… regner vi med at du vil ha
    // nyhetsbrevet, men vi sender det ikke før du har bekreftet»: lawful-wordings-s25-r1-ika r17): no negation, no
    // confirmation asked.
    if (!CONSENT_OR_AGREE_WORD().test(m[0]) && (NEGATION.test(x) || CONFIRMED().test(x))) return false;
    return (
      m !== null &&
      DATA_PROCESSING().test(x.slice(m.index + m[0].length)) &&
      !LAW_SAYS().test(x) &&
      !ONLY_WHEN().test(x) &&
      !NEGATION.test(x.slice(0, m.index + m[0].length)) &&
      !CONSENT_LAPSED().test(x) &&
      !LAPSED_WORD().test(x) &&
      !ASKED().test(x) &&
      !ACTIVE_ACT().test(x) &&
      !USE_KEPT_APART().test(x.slice(m.index + m[0].length))
    );
  }),
);
const CONSENT_OR_AGREE_WORD = lazyPattern(String.raw`samtyk|consent|agree|godt[ae]|aksepter|accept|(?:sier|seier|sagt|says|said|say)\s+(?:ja|yes)`, 'iu');
const CONFIRMED = lazyPattern(String.raw`(?<![\p{L}])(?:bekreft\p{L}*|stadfest\p{L}*|confirm\p{L}*|double\s+opt-?in|dobbel\s+opt-?in)(?![\p{L}])`, 'iu');
/**
 * Agreement deemed in the passive (check/lexicon-consent.ts `deemedAgree`: «users who leave them on are taken to have
 * agreed», «den som ikkje slår det av, blir rekna for å ha samtykt»; R35, session 40: variants-sameting SM59): what is
 * agreed to stands before the deeming, so the processing is looked for in the whole sentence; the deeming not denied,
 * not of the law, not upon an own act, nor asked, lapsed or kept apart.
 */
const deemedAgreeSaid = (x: string): boolean => {
  const m = deemedAgree(x);
  return (
    m !== null &&
    DATA_PROCESSING().test(x) &&
    !LAW_SAYS().test(x) &&
    !ONLY_WHEN().test(x) &&
    !NEGATION.test(`${x.slice(0, m.index).trim().split(WHITESPACE()).slice(-2).join(' ')} ${m[0]}`) &&
    !NONE().test(x) &&
    !ONCE_ACTED().test(x.slice(m.index + m[0].length)) &&
    !CONSENT_LAPSED().test(x.slice(m.index + m[0].length)) &&
    !LAPSED_WORD().test(x) &&
    !ASKED().test(x) &&
    !ACTIVE_ACT().test(x) &&
    !USE_KEPT_APART().test(x)
  );
};
/**
 * Consent for the device said in the activity's own words, on a basis other than consent (`device-no-consent`): «vi setter
 * statistikkinformasjonskapsler bare når du samtykker», «samtykke via banner», «only if you opt in», «you can withdraw
 * your consent in the cookie settings». Not a consent denied («uten samtykke», «vi ber ikke om samtykke»), nor consent
 * taken from going on using the site (consentByUse), nor from browser settings, which are no consent under ekomloven § 3-15
 * as amended (in force 1 January 2025).
 */
const CONSENT_OR_OPT_IN = lazyPattern(
  String.raw`samtyk|consent|opt(?:s|ed|er)?[- ]?in(?![\p{L}])|aktivt (?:val|valg)|godkjenn\p{L}* (?:informasjonskaps|cookie)`,
  'iu',
);
const BROWSER_WORD = lazyPattern(String.raw`nettles|browser`, 'iu');
/**
 * Consent taken from the browser's default setting, told in words (B14, session 47; K-Sekretariatet IKS: «Ettersom de fleste
 * nettlesere er innstilt slik at de automatisk aksepterer informasjonskapsler (cookies), godtar du at det lagres
 * informasjonskapsler i din nettleser når du besøker vår nettside»): the `browser-settings` consent of `consentMethod`, said
 * where the method is left out. A sentence that says the browser is set to accept or allow cookies (by default,
 * automatically) and, beside it, that the person accepts, agrees or consents. Not where consent is asked, given by an act of
 * the person's own (a click, a banner's button), kept apart from the browser, denied, or told as the past: «Most browsers
 * accept cookies by default; we ask for your consent before setting analytics cookies».
 */
const BROWSER_DEFAULT = lazyPattern(
  String.raw`(?<![\p{L}])(?:nettles\p{L}*|browsers?|browser's|browsers')(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:innstilt|instilt|stilt\s+inn|stilte\s+inn|satt\s+opp|sett\s+opp|set\s+up|set|configured|standard\p{L}*|default|automatisk|automatically)(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:aksepter\p{L}*|godta\p{L}*|godtek\p{L}*|tillat\p{L}*|tillet|accept\p{L}*|allow\p{L}*)(?![\p{L}])[^.;!?]{0,40}?(?<![\p{L}])(?:informasjonskaps\p{L}*|cookies?)(?![\p{L}])|(?<![\p{L}])(?:nettles\p{L}*|browsers?)(?![\p{L}])[^.;!?]{0,40}?(?<![\p{L}])(?:aksepter\p{L}*|godta\p{L}*|godtek\p{L}*|tillat\p{L}*|accept\p{L}*|allow\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:informasjonskaps\p{L}*|cookies?)\s+(?:automatisk|automatically|by\s+default|som\s+standard)(?![\p{L}])`,
  'iu',
);
const consentFromBrowserDefault = (sentence: string): boolean => {
  const m = BROWSER_DEFAULT().exec(sentence);
  if (m === null) return false;
  const rest = sentence.slice(0, m.index) + ' ' + sentence.slice(m.index + m[0].length);
  return (
    CONSENT_OR_ACCEPT().test(rest) &&
    !ASKED().test(sentence) &&
    !ACTIVE_ACT().test(sentence) &&
    !USE_KEPT_APART().test(sentence) &&
    !NEGATION.test(sentence) &&
    !pastOrRejected(sentence)
  );
};
const browserDefaultIn = byText((t: string): boolean => t.split(SENTENCE_END_NOT_ADDRESS()).some(consentFromBrowserDefault));
const deviceConsentSaidIn = byText((t: string): boolean =>
  t
    .split(SENTENCE_END_NOT_ADDRESS())
    .some(
      (x) =>
        CONSENT_OR_OPT_IN().test(x) &&
        !WITHOUT_CONSENT().test(x) &&
        !BROWSER_WORD().test(x) &&
        !consentByUse(x) &&
        saidUnnegated(x, CONSENT_OR_OPT_IN()) &&
        !pastOrRejected(x),
    ),
);
/**
 * A client-side tool that stores or reads on the visitor's device when it runs as made (R8, session 32): Google
 * Analytics (the _ga cookie), Hotjar, Microsoft Clarity, Adobe Analytics, an ad platform's pixel or tag (Meta, Facebook,
 * TikTok, LinkedIn Insight, Google Ads, AdWords, DoubleClick). Not Siteimprove or Matomo, which can run without cookies.
 */
const DEVICE_TOOL = lazyPattern(
  String.raw`(?<![\p{L}])(?:google[- ]analytics|hotjar|microsoft clarity|adobe analytics|linkedin[- ]insight|google[- ]ads|adwords|doubleclick|(?:meta|facebook|tiktok|snapchat|pinterest)[- ]?(?:pikselen|piksel\p{L}*|pixels?))(?![\p{L}])`,
  'iu',
);
const DEVICE_TOOL_ALL = lazyPattern(DEVICE_TOOL.source, 'giu');
/**
 * A tool named in a text, not denied in its clause nor of the past. `matchAll` copies its pattern on every call: a clause
 * is first tested for a tool at all (3,590 clauses, none naming one, at 10,000 activities).
 */
const deviceToolIn = byText((t: string): boolean =>
  saidUnnegated(withoutPast(t), (c) => DEVICE_TOOL().test(c) && [...c.matchAll(DEVICE_TOOL_ALL())].some((m) => !denied(c, m))),
);
/**
 * Cookies denied anywhere in the activity's words: «statistikken set ikkje informasjonskapslar», «Matomo uten
 * informasjonskapsler», «cookieless», «cookie-free» (the reading then stays silent on the whole activity).
 */
const COOKIE_WORD = lazyPattern(String.raw`informasjonskaps|cookie`, 'iu');
const COOKIE_WORD_ALL = lazyPattern(String.raw`informasjonskaps\p{L}*|cookies?`, 'giu');
const COOKIELESS = lazyPattern(String.raw`cookie-?less|cookie-?free|cookiefri\p{L}*|uten cookies|utan cookies`, 'iu');
const cookiesDeniedIn = byText(
  (t: string): boolean =>
    COOKIELESS().test(t) ||
    (COOKIE_WORD().test(t) &&
      t.split(STOP).some((c) => COOKIE_WORD().test(c) && (NEGATION.test(c) || [...c.matchAll(COOKIE_WORD_ALL())].some((m) => denied(c, m))))),
);
/**
 * The service's own technical health measured («måle ytelsen og stabiliteten til tjenestene», «monitor performance and
 * uptime»): of the service the user asked for, not of the user; left out before the aims are read.
 */
const SERVICE_HEALTH = lazyPattern(
  String.raw`(?<![\p{L}])(?:måle|måling av|measur\p{L}*|monitor\p{L}*|overvåke|overvake)\s+(?:\p{L}+\s+){0,1}?(?:ytelse\p{L}*|yting\p{L}*|stabilitet\p{L}*|oppetid\p{L}*|performance|stability|uptime)(?:\s+(?:og|and)\s+(?:\p{L}+\s+){0,1}?(?:ytelse\p{L}*|yting\p{L}*|stabilitet\p{L}*|oppetid\p{L}*|performance|stability|uptime))?`,
  'giu',
);
const aimsBeyondService = byText((t: string): boolean => otherAims(t.replace(SERVICE_HEALTH(), ' ')));
/** Device words said in a text, not of the past («Fram til 2024 brukte vi …»), read once per distinct text (an activity's description is read for each of its purposes). */
const readsDeviceIn = byText((t: string): boolean => readsDevice([withoutPast(t)]));
const necessaryIn = byText((t: string): boolean => STRICTLY_NECESSARY().test(t));
const termsInNote = byText((t: string): boolean =>
  t.split(SENTENCE_END_NOT_ADDRESS()).some((x) => saysVia(ACCEPT_TERMS_WORDS())(x) || purchaseConsent(x) || prizeConsent(x)),
);
const purchaseIn = byText((t: string): boolean => t.split(SENTENCE_END_NOT_ADDRESS()).some(purchaseConsent));
/** Whether a text says SDKs or cookies are switched on by accepting the terms (`accept-terms` in the description; L2, session 37). */
export const termsSwitchOnText = (t: string): boolean => t.split(SENTENCE_END_NOT_ADDRESS()).some((x, i, all) => termsSwitchOn(x, i > 0 ? all[i - 1] : ''));
const termsSwitchOnIn = byText(termsSwitchOnText);
/** Whether a text tells of a box ticked for the person (`pre-ticked`, read in the basis's note; L2, session 37). */
export const preTickedText = (t: string): boolean => t.split(NOTE_CLAUSE_END).some(preTicked);
const preTickedIn = byText(preTickedText);
const boxPreTickedIn = byText((t: string): boolean => t.split(NOTE_CLAUSE_END).some((c) => preTicked(c) && BOX_OR_CONSENT().test(c)));
const defaultOnIn = byText((t: string): boolean => t.split(NOTE_CLAUSE_END).some(defaultOn));
const silenceIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(silence));
const deemedIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(deemedInPurpose));
const enrolledIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(enrolledUnlessObject));
const proxyIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some((c) => proxy(c) && !CHILD().test(c)));
const childIn = byText((t: string): boolean => CHILD().test(t));
const parentsForAdultsIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(parentsForAdults));
const proxyEmployerIn = byText((t: string): boolean => t.split(NOTE_SENTENCE_END).some(proxyEmployer));

/**
 * Consent inferred (check/consent-inferred.ts), read in every free text of the activity (check/free-text.ts: the
 * description, the purposes and their bases' texts, the collection's consequences, the information note, the retention
 * entries; FZ, session 46), sentence by sentence: the first sentence that tells it, with its pointer.
 */
const inferredConsentIn = (r: ResolvedActivity): { kind: InferredKind; pointer: string; words: string; purpose: string } | undefined => {
  const art6 = r.purposes.flatMap(art6Codes);
  // Explicit consent under Art. 9(2)(a) is consent too, and inferred is never explicit (B13, session 46: bodies/
  // nordstrandklinikken, health details «considered» consented when written in a form, on A9-2-a alone).
  const consent = art6.includes('A6-1-a') || r.purposes.some((x) => x.legalBasis.some((y) => y.gdpr === 'A9-2-a'));
  const li = art6.includes('A6-1-f');
  const inferredInText = INFERRED_IN_TEXT[(consent ? 2 : 0) + (li ? 1 : 0)]!;
  for (const { pointer, text, purpose } of freeTexts(r)) {
    const found = inferredInText(text);
    if (found !== undefined) return { kind: found.kind, pointer, words: found.words, purpose: purpose ?? '' };
  }
  return undefined;
};
/**
 * The first sentence of a text that infers consent, and its family, remembered per text, one memory for each pair of the
 * two bases it depends on (consent, legitimate interests): a record's repeated texts are split and screened once, not once
 * per activity (`ropa notice`'s blocking run asks every activity; session 45). A memory per pair, not one keyed by «11» +
 * the text: such a key was a new string for every text of every activity, hashed and compared whole on each look-up, where
 * the text itself is one string for the record (util/intern.ts) whose hash is kept (#16, session 47).
 */
const INFERRED_IN_TEXT = [false, true].flatMap((consent) =>
  [false, true].map((li) =>
    byText((text: string): { kind: InferredKind; words: string } | undefined => {
      for (const sentence of text.split(SENTENCE_END)) {
        const kind = inferredConsent(sentence, consent, li);
        if (kind !== undefined) return { kind, words: sentence.trim() };
      }
      return undefined;
    }),
  ),
);
/** The message each family of inferred consent is reported with: the judgement the structured method would get. */
const INFERRED_MESSAGE = { deemed: 'implied-described', 'other-act': 'implied-described', default: 'on-by-default', 'opt-out': 'silence-described' } as const;
const INFERRED_ARGS: Record<InferredKind, (x: { words: string; purpose: string }) => Record<string, string>> = {
  deemed: (x) => ({ words: x.words }),
  'other-act': (x) => ({ words: x.words }),
  default: (x) => ({ purpose: x.purpose }),
  'opt-out': () => ({}),
};

export default defineRule(
  {
    id: 'consent-valid',
    severity: 'error',
    citation: 'GDPR Art. 4(11), 7(1); rec. 32; ekomloven § 3-15',
    blocksNotice: true,
    messages: [
      'browser-settings',
      'continued-use',
      'accept-terms',
      'accept-terms-public',
      'conditional',
      'electronic-marketing',
      'device-without-consent',
      'device-no-consent',
      'pre-ticked',
      'on-by-default',
      'silence',
      'silence-purpose',
      'proxy',
      'soft-opt-in-others',
      'proxy-parents',
      'detriment',
      'proxy-employer',
      'soft-opt-in-not-customers',
      'bundled',
      'silence-described',
      'implied-described',
    ],
  },
  (ctx, reportTo) => {
    // The activities this rule has reported: the inferred-consent reading (check/consent-inferred.ts) is the last word, read
    // only where no other reading spoke.
    const reported = new Set<string>();
    const report: typeof reportTo = {
      ...reportTo,
      activity: (r, pointer, variant, args, opts) => {
        reported.add(r.activity.id);
        reportTo.activity(r, pointer, variant, args, opts);
      },
    };
    // A source is a catalogue entry shared by the activities that name it: whether it stores on the device is read once per run.
    const deviceSource = memo((s: Source): boolean => s.type === 'device' && textsOf(s.name).some((t) => DEVICE_STORAGE().test(t)));
    for (const r of ctx.activities) {
      // Each fact below only when a purpose asks for it, once per activity.
      let businessOnce: boolean | undefined;
      const business = (): boolean => (businessOnce ??= actsAsPublicAuthority(ctx.registry, r) !== true);
      let silenceReported = false;
      let consentOnlyOnce: boolean | undefined;
      const consentOnly = (): boolean => (consentOnlyOnce ??= ((art6) => art6.length > 0 && art6.every((g) => g === 'A6-1-a'))(r.purposes.flatMap(art6Codes)));
      for (const { basis, purpose, p, b } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr)) continue;
        if (basis.consentMethod === 'browser-settings' || basis.consentMethod === 'continued-use' || basis.consentMethod === 'accept-terms') {
          const message = basis.consentMethod === 'accept-terms' && !business() ? 'accept-terms-public' : basis.consentMethod;
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentMethod'), message, { purpose: purpose.id });
        } else if ([...textsOf(basis.note), ...textsOf(purpose.description), ...textsOf(r.activity.description)].some(browserDefaultIn))
          // Consent taken from the browser's default setting, told in words where no method is named (B14, session 47).
          report.activity(r, join('/purposes', p, 'legalBasis', b), 'browser-settings', { purpose: purpose.id });
        else if (textsOf(basis.note).some(byUseIn))
          // Where the words are: the basis's note, else the purpose's description.
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'continued-use', { purpose: purpose.id });
        else if (textsOf(purpose.description).some(byUseIn)) report.activity(r, join('/purposes', p, 'description'), 'continued-use', { purpose: purpose.id });
        // How consent is given, told where the record says how it is withdrawn («cookies are set when you continue to
        // browse; you can block them in your browser»: variants-luftfart LF52).
        else if (textsOf(basis.consentWithdrawal).some(byUseIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'), 'continued-use', { purpose: purpose.id });
        // How consent is given, told in the activity's description where the basis names no method of its own («Alle
        // samtalene tas opp; blir du i køen etter meldingen om opptak, anser vi at du har samtykket»: B4, variants-avfall AV44).
        // Consent said in so many words: a description's «Ved å bruke appen godtar du brukervilkårene» speaks of the terms.
        // Also where the basis says opt-in while the description says the use is the consent («Ved å fortsette å bruke
        // nettstedet samtykker du til at vi setter statistikkinformasjonskapsler»: variants-regnskap RG11; W4, session 19):
        // the words tell how consent is in fact taken, and an opt-in the visitor never gives is none (Art. 4(11), rec. 32).
        else if ((basis.consentMethod === undefined || basis.consentMethod === 'opt-in') && textsOf(r.activity.description).some(consentByUseDescribed))
          report.activity(r, '/description', 'continued-use', { purpose: purpose.id });
        else if (textsOf(basis.note).some(termsInNote))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), business() ? 'accept-terms' : 'accept-terms-public', { purpose: purpose.id });
        else if (textsOf(purpose.description).some(purchaseIn))
          report.activity(r, join('/purposes', p, 'description'), business() ? 'accept-terms' : 'accept-terms-public', { purpose: purpose.id });
        else if (textsOf(r.activity.description).some(termsSwitchOnIn))
          report.activity(r, '/description', business() ? 'accept-terms' : 'accept-terms-public', { purpose: purpose.id });
        else if (textsOf(basis.note).some(preTickedIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'pre-ticked', { purpose: purpose.id });
        // The box told of in the purpose's or the activity's own words («Boksen for nyhetsbrev er forhåndsavkrysset når
        // nye medlemmer melder seg inn»): the same consent, wherever the record says how it is given.
        else if ([...textsOf(purpose.description), ...textsOf(r.activity.description)].some(boxPreTickedIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b), 'pre-ticked', { purpose: purpose.id });
        else if ([...textsOf(basis.note), ...textsOf(purpose.description)].some(defaultOnIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b), 'on-by-default', { purpose: purpose.id });
        else if (textsOf(basis.note).some(silenceIn)) {
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'silence', { purpose: purpose.id });
          silenceReported = true;
        }
        // The same silence told in the purpose's own words («tell the employer whether the worker is fit; a worker who does
        // not object within 14 days is taken to consent»: B13, variants-bht BT75). Only consent deemed, presumed or taken
        // from not objecting, the deeming itself not negated: a purpose's words about consent often say what is not
        // consent («we never assume consent from a worker who does not object», «a course on why silence is no consent»).
        else if (textsOf(purpose.description).some(deemedIn)) {
          report.activity(r, join('/purposes', p, 'description'), 'silence-purpose', { purpose: purpose.id });
          silenceReported = true;
        }
        // Put on the list by default unless they object, in the purpose's words (B13, variants-bht BT78).
        else if (textsOf(purpose.description).some(enrolledIn)) {
          report.activity(r, join('/purposes', p, 'description'), 'silence-purpose', { purpose: purpose.id });
          silenceReported = true;
        } else if (
          textsOf(basis.note).some(proxyIn) &&
          !textsOf(purpose.description).some(childIn) &&
          !(r.dataSubjects.length > 0 && r.dataSubjects.every((d) => d.value.children === true))
        )
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'proxy', { purpose: purpose.id });
        else if (textsOf(basis.note).some(parentsForAdultsIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'proxy-parents', { purpose: purpose.id });
        else if (textsOf(basis.note).some(proxyEmployerIn))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'note'), 'proxy-employer', { purpose: purpose.id });
        // Refusal that costs something: said in the basis's note or the purpose's words, once per purpose; or in the
        // collection's consequences where every Art. 6 basis of the activity is consent, so that what happens if the data
        // is not given is what happens if consent is refused (Art. 13(2)(e)).
        if (
          purpose.legalBasis.find((x) => isConsent(x.gdpr)) === basis &&
          ([...textsOf(basis.note), ...textsOf(purpose.description), ...(consentOnly() ? textsOf(r.activity.collection?.consequences) : [])].some(
            detrimentSaid,
          ) ||
            // The consequences that name the consent itself («uten … samtykke … kan du ikke bli medlem»), whatever the other bases.
            textsOf(r.activity.collection?.consequences).some(noPlaceWithoutConsentSaid))
        )
          report.activity(r, join('/purposes', p, 'legalBasis', b), 'detriment', { purpose: purpose.id });
      }
      // Consent to marketing made a condition of signing up for something else, told anywhere in the activity's words
      // (variants-regnskap RG12): reported once, at the first consent basis.
      const firstConsent = basesWithPointers(r).find((x) => isConsent(x.basis.gdpr));
      if (
        firstConsent !== undefined &&
        [...textsOf(r.activity.description), ...r.purposes.flatMap((x) => [...textsOf(x.description), ...x.legalBasis.flatMap((y) => textsOf(y.note))])].some(
          bundledIn,
        )
      )
        report.activity(r, join('/purposes', firstConsent.p, 'legalBasis', firstConsent.b), 'bundled', { purpose: firstConsent.purpose.id });
      // Consent or permission assumed from silence, told in the activity's or a purpose's own words, whatever the basis
      // (variants-barnehage BH36), where no consent basis above was already reported for silence.
      if (!silenceReported) {
        const said = firstConsent !== undefined ? assumedFromSilenceOnConsent : assumedFromSilenceIn;
        const p = r.purposes.findIndex((x) => textsOf(x.description).some(said));
        if (textsOf(r.activity.description).some(said)) report.activity(r, '/description', 'silence-described', {});
        else if (p >= 0) report.activity(r, join('/purposes', p, 'description'), 'silence-described', {});
        // An opt-out beside a consent basis, in the activity's words (R32, session 39).
        else if (firstConsent !== undefined && textsOf(r.activity.description).some(optOutOnConsent))
          report.activity(r, '/description', 'silence-described', {});
        else {
          // Consent assumed from an act or from nothing, in the activity's or a purpose's words (R32, session 39).
          const texts: [string, string][] = [
            ...textsOf(r.activity.description).map((t): [string, string] => ['/description', t]),
            ...r.purposes.flatMap((x, i) => textsOf(x.description).map((t): [string, string] => [join('/purposes', i, 'description'), t])),
          ];
          for (const [pointer, t] of texts) {
            const words = assumedConsentSentence(t);
            if (words === undefined) continue;
            report.activity(r, pointer, 'implied-described', { words: words.trim() });
            break;
          }
        }
      }
      // Consent inferred instead of given, told anywhere in the activity's words (FX, session 45): deemed, on by default, an
      // opt-out, or taken from another act; read last, where no reading above spoke.
      if (!reported.has(r.activity.id)) {
        const inferred = inferredConsentIn(r);
        if (inferred !== undefined) {
          const kind = inferred.kind === 'default' && inferred.purpose === '' ? 'deemed' : inferred.kind;
          report.activity(r, inferred.pointer, INFERRED_MESSAGE[kind], INFERRED_ARGS[kind](inferred));
        }
      }
      // What follows can only warn: not read where only errors are (`ropa notice`'s blocking run).
      if (ctx.errorsOnly === true) continue;
      // Consent the service is made conditional on: every Art. 6 basis of the activity is consent, yet the record says
      // giving the data is required (by contract, as a condition for one, or by law). Consent that cannot be refused
      // without losing the service is not freely given (Art. 7(4), rec. 43); what the service needs rests on Art. 6(1)(b).
      const required = r.activity.collection?.requirement;
      if (required !== undefined && required !== 'voluntary') {
        const art6 = r.purposes.flatMap(art6Codes);
        if (art6.length > 0 && art6.every((g) => g === 'A6-1-a'))
          report.activity(r, '/collection/requirement', 'conditional', { requirement: required }, { severity: 'warning' });
      }
      let marketingOnce: boolean | undefined;
      const marketing = (): boolean => (marketingOnce ??= business() && isDirectMarketing(r, ctx.reference));
      const deviceStorage = (): boolean => r.sources.some((s) => deviceSource(s.value));
      // The activity's words where a tool or a denial of cookies is read: description, purposes, and the names of its
      // processors, recipients and systems.
      let activityTextsOnce: string[] | undefined;
      const activityTexts = (): string[] =>
        (activityTextsOnce ??= [
          ...textsOf(r.activity.description),
          ...r.purposes.flatMap((x) => textsOf(x.description)),
          ...r.processors.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.service)]),
          ...(Array.isArray(r.recipients) ? r.recipients.flatMap((x) => textsOf(x.value.name)) : []),
          ...r.systems.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)]),
        ]);
      // Consent for the device recorded anywhere in the activity: a consent basis on some purpose, or consent said in its words.
      let deviceConsentOnce: boolean | undefined;
      const deviceConsent = (): boolean =>
        (deviceConsentOnce ??=
          r.purposes.some((x) => x.legalBasis.some((y) => isConsent(y.gdpr))) ||
          [
            ...textsOf(r.activity.description),
            ...r.purposes.flatMap((x) => [...textsOf(x.description), ...x.legalBasis.flatMap((y) => [...textsOf(y.note), ...textsOf(y.consentWithdrawal)])]),
          ].some(deviceConsentSaidIn));
      r.purposes.forEach((purpose, p) => {
        const bases = purpose.legalBasis.map((x) => x.gdpr);
        const li = bases.indexOf('A6-1-f');
        if (bases.includes('A6-1-a')) return;
        if (li < 0) {
          // No basis, or a basis other than consent and legitimate interests (a public task, a legal obligation, a
          // contract): ekomloven § 3-15 asks consent for the storage and reading whatever the basis of what follows. Read
          // where the purpose's aims go beyond the service the user asked for (measuring, analysing, targeting, marketing),
          // and the purpose's words, the activity's description or its device source say the device is used.
          const own = textsOf(purpose.description);
          if (!own.some(aimsBeyondService) || own.some(necessaryIn) || isSecurityOnly(own) || userCentricSecurity(own)) return;
          const description = textsOf(r.activity.description);
          if (activityTexts().some(cookiesDeniedIn)) return;
          // The device, said: in the purpose's words, the activity's description (not beside strictly necessary cookies),
          // a source named for the storage (cookies, pixels: not the browser alone, which every visit has), a data category
          // the purpose uses named so, a client-side tool named anywhere in the activity, or retargeting and a platform's
          // tracker (joint-controller-arrangement's reading).
          const device =
            own.some(readsDeviceIn) ||
            (description.some(readsDeviceIn) && !description.some(necessaryIn)) ||
            (r.sources.some((x) => x.value.type === 'device' && textsOf(x.value.name).some(readsDeviceIn)) &&
              usesDeviceData(r, purpose) &&
              !noDeviceUse(own)) ||
            r.dataCategories.some(
              (c) =>
                (purpose.dataCategories === undefined || purpose.dataCategories.length === 0 || purpose.dataCategories.includes(c.id)) &&
                textsOf(c.value.name).some(readsDeviceIn),
            ) ||
            activityTexts().some(deviceToolIn) ||
            [...own, ...description].some(embeddedTracking);
          if (device && !deviceConsent())
            report.activity(
              r,
              bases.length === 0 ? join('/purposes', p) : join('/purposes', p, 'legalBasis', 0, 'gdpr'),
              'device-no-consent',
              { purpose: purpose.id },
              { severity: 'warning' },
            );
          return;
        }
        const where = (): string => join('/purposes', p, 'legalBasis', li, 'gdpr');
        // Read only for direct marketing, in this order: the texts, then the laws.
        const electronic = (): boolean => [...textsOf(purpose.description), ...textsOf(r.activity.title)].some((t) => ELECTRONIC_MEANS.test(t));
        const own = [...textsOf(purpose.description), ...textsOf(purpose.legalBasis[li]!.legitimateInterest)];
        const citesSection15 = (): boolean =>
          purpose.legalBasis.some((x) => x.law.some((l) => citesMarketingAct(l, ctx.reference))) ||
          [...own, ...textsOf(purpose.legalBasis[li]!.note)].some((t) => SECTION_15_IN_WORDS().test(t));
        if (marketing() && electronic() && !citesSection15())
          report.activity(r, where(), 'electronic-marketing', { purpose: purpose.id }, { severity: 'warning' });
        else if (marketing() && electronic() && own.some(marketsOthers))
          report.activity(r, where(), 'soft-opt-in-others', { purpose: purpose.id }, { severity: 'warning' });
        else if (marketing() && electronic() && reachesNotCustomers(own))
          report.activity(r, where(), 'soft-opt-in-not-customers', { purpose: purpose.id }, { severity: 'warning' });
        else {
          const necessary = (): boolean => own.some(necessaryIn) && !own.some(otherAims);
          const fromSource = (): boolean => deviceStorage() && usesDeviceData(r, purpose) && !noDeviceUse(own);
          if ((fromSource() || readsDevice(own)) && !necessary() && !isSecurityOnly(own) && !userCentricSecurity(own))
            report.activity(r, where(), 'device-without-consent', { purpose: purpose.id }, { severity: 'warning' });
        }
      });
    }
  },
);
