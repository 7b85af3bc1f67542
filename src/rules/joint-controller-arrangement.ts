import { NEGATION, STOP, textsOf } from '../check/facts.js';
import { JOINT_PARTNER, JOINTLY_DECIDE } from '../check/lexicon-words.js';
import { defineRule } from '../check/rule.js';
import { withoutPast } from '../check/past.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { gated } from '../util/prefilter.js';

/**
 * Art. 26: joint controllers set out their responsibilities in an arrangement, whose essence is made
 * available to data subjects (26(2)). A contact point is optional (26(1)), so a split of duties or a
 * contact point is enough to say who answers the data subject. A split with no contact point must say who
 * answers the data subject: Art. 26(1) asks the arrangement to set out the responsibilities «in particular as
 * regards the exercising of the rights of the data subject and their respective duties to provide the
 * information»; a split that names neither rights, requests nor information gives a warning.
 */
const RIGHTS_OR_INFORMATION = lazyPattern(
  String.raw`rettighet|rettar|rettigheit|henvendels|førespurnad|innsyn|registrerte|informasjon|informere|personvernerklær|spørsmål|right|request|data subject|inform|notice|enquir|access`,
  'i',
);
/**
 * A split of duties that says it is not made («avklares fra sak til sak», «er ikkje avklart», «vert avgjort etter kvart»,
 * «to be agreed later», «decided case by case», «not yet allocated»): Art. 26(1) asks joint controllers to «determine
 * their respective responsibilities … by means of an arrangement», «in particular as regards the exercising of the
 * rights of the data subject»; a contact point beside it does not settle who answers, for a right asked case by case
 * has no one answerable in advance (variants-ferje FJ79, W5 session 46: «Skyss og Fjordlinja avklarer fra sak til sak
 * hvem som svarer på krav om innsyn, retting og sletting»). Read in `responsibilities` only, a warning quoting the words.
 */
const UNDECIDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:fr[aå]\s+sak\s+til\s+sak|(?:on\s+a\s+)?case[- ]by[- ]case(?:\s+basis)?|(?:avklar|avgj[øeo]r|bestem|fastset|fordel)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:senere|seinare|etter\s+hvert|etter\s+kvart|ved\s+behov|når\s+(?:det|behovet)\s+oppst[åa]r|i\s+(?:hver|kvar)t?\s+(?:enkelt|einskild)\s+(?:tilfelle|sak))|(?:er|vert|blir|is|are|has|have)\s+(?:\p{L}+\s+)?(?:ikke|ikkje|not)\s+(?:enn[åa]\s+|yet\s+|been\s+)*(?:avklart|avklara|fastsatt|fastsett|bestemt|avtalt|fordelt|agreed|decided|determined|settled|clarified|allocated)|(?:to\s+be|will\s+be)\s+(?:agreed|decided|determined|settled|clarified|allocated)(?:\s+later|\s+as\s+needed|\s+when\s+needed)?)(?![\p{L}])`,
  'iu',
);
/** Denied right before the words: «ikke fra sak til sak», «not case by case». */
const DENIED_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|not|never)\s+$`, 'iu');
/** What is left unmade is who does what: a sentence that names who, the responsibility, the split or the roles. */
const WHO = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvem|kven|who|whom|whose|which\s+of|ansvar\p{L}*|fordeling\p{L}*|responsib\p{L}*|split|duties|roles?|oppgåve\p{L}*|oppgave\p{L}*)(?![\p{L}])`,
  'iu',
);
/** The words of a split that leaves it unmade, if any (exported for tests). */
export const undecidedSplit = (t: string): string | undefined => {
  for (const sentence of t.split(/(?<=[.;!?])\s+/u)) {
    if (!WHO().test(sentence)) continue;
    const m = UNDECIDED().exec(sentence);
    if (m !== null && !DENIED_BEFORE().test(sentence.slice(0, m.index))) return m[0];
  }
  return undefined;
};

/**
 * Joint controllers named only in words («NAV og kriminalomsorgen er felles behandlingsansvarlige for den felles
 * tilbakeføringsplanen»: variants-kriminalomsorg KO39; «the toll companies and we are joint controllers»; W8, session 21)
 * while the activity records no joint controller and no arrangement: Art. 26(1) «Where two or more controllers jointly
 * determine the purposes and means of processing, they shall be joint controllers. They shall in a transparent manner
 * determine their respective responsibilities … by means of an arrangement between them», whose essence «shall be made
 * available to the data subject» (26(2)). A warning (`described-joint`): the words may be loose, but the record must say
 * which. Not a denial («ikkje felles behandlingsansvarlege», «separate controllers, not joint controllers»), a course or
 * topic («kurs om felles behandlingsansvar»), a question weighed («vurdert om», «whether»), or a processor.
 */
const JOINT_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:er|var|blir|vert|is|are|act\s+as|acts\s+as)\s+(?:\p{L}+\s+){0,1}?(?:felles\s+(?:behandlingsansvarl\p{L}*|handsamingsansvarl\p{L}*|dataansvarl\p{L}*)|joint\s+controllers?|jointly\s+(?:the\s+)?controllers?)|(?:har|hadde|have|has|share|shares)\s+(?:\p{L}+\s+){0,1}?(?:felles\s+(?:behandlingsansvar|handsamingsansvar)|joint\s+controllership))(?![\p{L}])`,
  'iu',
);
const NOT_JOINT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kurs\p{L}*|courses?|training|opplæring\p{L}*|foredrag\p{L}*|lectures?|om\s+(?:vi|me|dei|de)|whether|if\s+we|vurder\p{L}*|assess\p{L}*|separate\s+controllers?|sjølvstendig\p{L}*|selvstendig\p{L}*|independent\s+controllers?|databehandl\p{L}*|processors?)(?![\p{L}])`,
  'iu',
);
/** The clause of a text that says the body and another are joint controllers (JOINT_SAID), not denied or weighed, if any. */
const JOINT_GATE = lazyPattern(String.raw`felles|joint`, 'i');
export const jointSaid = byText(
  (t: string): boolean =>
    (JOINT_GATE().test(t) && t.split(STOP).some((c) => JOINT_SAID().test(c) && !NEGATION.test(c) && !NOT_JOINT().test(c))) || jointlyDecided(t),
);
/**
 * Deciding the processing jointly with another body, said without the words «joint controllers» (lexicon-words.ts
 * JOINTLY_DECIDE; R36, session 40: variants-sameting SM73). Read in one sentence that names the partner, not the person
 * («sammen med eleven bestemmer vi», «together with the patient we decide»: the person's say in their own case), not a
 * processor or an independent controller (NOT_JOINT), not denied.
 */
const JOINTLY = lazyPattern(JOINTLY_DECIDE, 'iu');
const PARTNER = lazyPattern(JOINT_PARTNER, 'giu');
const DECIDE_GATE = lazyPattern(String.raw`avgj|bestem|fastset|beslut|vedt|decide|determine|agree`, 'i');
const PERSON_PARTNER = lazyPattern(
  String.raw`^(?:deg|dykk|dere|you|him|her|them|dei|dem|han|ho|henne|ham|elev\p{L}*|pupils?|students?|pasient\p{L}*|patients?|foreldr\p{L}*|parents?|kund\p{L}*|customers?|bruker\p{L}*|brukar\p{L}*|users?|søker\p{L}*|søkjar\p{L}*|applicants?|familie\p{L}*|famil\p{L}*|den|the|person\p{L}*|deltak\p{L}*|participants?|klient\p{L}*|clients?|barn\p{L}*|child\p{L}*|employees?|ansatt\p{L}*|tilsett\p{L}*|kolleg\p{L}*|colleagues?|lærer\p{L}*|lærar\p{L}*|teachers?)$`,
  'iu',
);
const jointlyDecided = (t: string): boolean =>
  DECIDE_GATE().test(t) &&
  t.split(STOP).some((c) => {
    if (!JOINTLY().test(c) || NEGATION.test(c) || NOT_JOINT().test(c)) return false;
    return [...c.matchAll(PARTNER())].some((m) => !PERSON_PARTNER().test((m[1] ?? m[2])!));
  });

/**
 * The body's own page, profile or account on a social network, used for people's data there, with no joint controller
 * recorded (`social-page`, a warning; J1, session 30, issue #12). CJEU C-210/16 Wirtschaftsakademie Schleswig-Holstein
 * (5 June 2018): the administrator of a fan page on Facebook is a controller jointly responsible with Facebook for the
 * processing of its visitors' data (the page statistics); C-40/17 Fashion ID (29 July 2019) for embedded plug-ins; EDPB
 * Guidelines 08/2020 on the targeting of social media users. Art. 26(1)-(2), 30(1)(a): the record names the joint
 * controller and the arrangement. Read, sentence by sentence, where
 * - a sentence holds a platform (Facebook, Instagram, LinkedIn, X/Twitter, TikTok, YouTube, Snapchat), and
 * - the body's own presence there (OWN_PAGE): «Facebook-sida vår», «vår Facebook-side», «kommunens Instagram-konto», «the
 *   school's Facebook page», «Facebook-sida til kommunen», «vi har ei Facebook-side», «Direktoratet er til stades på Facebook»
 *   (session 32, bodies/fiskeridirektoratet; not people: «mange er aktive på Facebook»), «we run a LinkedIn page», «our page
 *   on Facebook», «på www.facebook.com» (a page at the platform's address), or the body answering there («vi svarer på
 *   meldinger … på Facebook»), and
 * - people's data there (PEOPLE_THERE): visitors, followers, page statistics or insights, comments, messages, questions
 *   or enquiries received or answered, personal data processed.
 * The presence and the data may be said in two sentences of one text if the second names the platform, the page («sida»,
 * «the page», «kontoen») or «der»/«there». Not a negation («vi har ingen Instagram-konto», «we never answer messages on
 * Facebook»), the past, a job advertisement or news shared on a page (no people's data there), photos of people posted
 * (publication: another question), applicants' or members' own profiles, a login with Facebook, a link «følg oss».
 */
const PLATFORM = String.raw`(?:facebook|instagram|linkedin|tiktok|youtube|snapchat|twitter)`;
/** A platform as the first part of a compound or before a page noun: «X» only so («X-kontoen», «our X account»). */
const PLATFORM_OR_X = String.raw`(?:${PLATFORM}|x(?=(?:-|\s)(?:konto|account|profil)))`;
const PAGE_NOUN = String.raw`(?:sid(?:e|a|en|ene|ane|er|ar|or)|pages?|konto(?:en|ane|ene|ar|er)?|accounts?|kanal(?:en|ane|ene|ar|er)?|channels?|grupp(?:e|a|en|er|ar|ene|ane)|groups?|profil(?:en)?|profiles?)`;
/** A page noun that an organisation has, not a person (a person's «profil» is read only with the body as its owner). */
const ORG_PAGE_NOUN = String.raw`(?:sid(?:e|a|en|ene|ane|er|ar|or)|pages?|konto(?:en|ane|ene|ar|er)?|accounts?|kanal(?:en|ane|ene|ar|er)?|channels?|grupp(?:e|a|en|er|ar|ene|ane)|groups?)`;
const PLATFORM_PAGE = String.raw`${PLATFORM_OR_X}(?:-|\s)?${ORG_PAGE_NOUN}`;
const ANY_PAGE = String.raw`${PLATFORM_OR_X}(?:-|\s)?${PAGE_NOUN}`;
const OWN_ADJ = String.raw`(?:(?:eigen|egen|eiga|eget|eige|own|official|offisielle|offisiell)\s+)?`;
const RUNS = String.raw`(?:har|have|has|driv|driver|drifter|run|runs|operate|operates|manage|manages|administrerer|forvaltar|forvalter|maintain|maintains)\s+(?:(?:også|og|òg|also|dessutan|dessuten)\s+)?`;
const A = String.raw`(?:en|ei|eit|et|a|an|egen|eiga|eige|eget|its\s+own|our\s+own)`;
const WE = String.raw`(?:vi|me|we)`;
/**
 * Whose: «vår», «our», a genitive («kommunens», «the school's»), «skulen sin», «Facebook-sida vår / til kommunen», «vi har
 * ei Facebook-side», «the school runs a Facebook page», «our company page on LinkedIn», «ei eiga side på Facebook», «på
 * www.facebook.com», Facebook Insights, «vi svarer … på Facebook».
 */
const OWN_PAGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vår|vårt|våre|our|(?<owner>\p{L}{3,}s|\p{L}{2,}'s?)|(?<owner3>\p{L}{2,})\s+(?:sin|si|sitt|sine))\s+${OWN_ADJ}${ANY_PAGE}|${PLATFORM_PAGE}\s+(?:vår|vårt|våre|si|sin|sitt|sine|til\s+(?<owner2>\p{L}+))|${WE}\s+${RUNS}(?:${A}\s+)?(?:\p{L}+\s+)?${ANY_PAGE}|${RUNS}${A}\s+(?:\p{L}+\s+)?${PLATFORM_PAGE}|(?:(?:vår|vårt|våre|our|${WE}\s+${RUNS}${A}?|${RUNS}${A})\s+${OWN_ADJ}(?:\p{L}+\s+)?${PAGE_NOUN}|${RUNS}(?:${A}\s+)?${OWN_ADJ}(?:\p{L}+\s+)?${ORG_PAGE_NOUN})\s+(?:på|on|i)\s+${PLATFORM_OR_X}|(?:på|on|via)\s+(?:https?:\/\/)?(?:www·)?${PLATFORM}·com|(?:${PLATFORM}|meta)(?:-|\s)?(?:insights?|innsikt\p{L}*)|meta\s+business\s+(?:suite|manager)|(?:${WE}|(?<owner4>\p{L}{3,}))\s+(?:er|is|are)\s+(?:(?:også|òg|dessutan|dessuten|also)\s+)?(?:til\s+stades|til\s+stede|present|active|aktiv|aktive)\s+(?:på|on|i)\s+${PLATFORM}|${WE}\s+(?:svarer|svarar|answer|reply|respond|modererer|modererar|moderate|leser|les|read|følger\s+opp|følgjer\s+opp|follow\s+up\s+on)\s+(?:\p{L}+\s+){0,6}?(?:på|on|via|i|in)\s+${PLATFORM})(?![\p{L}])`,
  'giu',
);
/** A genitive or «til X» that names a person, not the body: applicants', members', pupils' own pages. */
const PERSON_OWNER = lazyPattern(
  String.raw`^(?:mange|many|folk|people|alle|everyone|ungdom|young|søk|applicant|candidate|kandidat|elev|pupil|student|learner|kund|customer|client|klient|deltak|participant|medlem|member|ansatt|tilsett|employee|staff|forelder|foreldr|parent|barn|child|bruker|brukar|user|person|pasient|patient|innbygg|resident|frivillig|volunteer|utøvar|utøver|athlete|spelar|spiller|player|vinnar|vinner|winner|his|her|their|its?|han|ho|hun|dei|de|them)`,
  'iu',
);
/** What people write to a page. */
const WRITTEN = String.raw`(?:kommentar\p{L}*|comments?|melding\p{L}*|messages?|innboks\p{L}*|inbox|direktemelding\p{L}*|DMs?|spørsmål\p{L}*|questions?|henvendels\p{L}*|førespurnad\p{L}*|enquir\p{L}*|inquir\p{L}*|innlegg\p{L}*|posts|påmelding\p{L}*|sign-?ups?)`;
/** The body's handling of what is written: answer, moderate, receive, read, follow up, delete. */
const HANDLES = String.raw`(?:svarer|svarar|svare|answers?|answered|answering|reply|replies|replied|respond|responds|responded|moderer\p{L}*|moderat\p{L}*|mottar|motta|tek\s+imot|tar\s+imot|ta\s+imot|får|receives?|received|leser|les|lese|reads?|følger\s+opp|følgjer\s+opp|follow\s+up|handterer|håndterer|handles?|handled|behandler|behandlar|handsamar|sletter|slettar|skjuler|deletes?|hides?|removes?|fjerner|fjernar)`;
/** The same, passive («besvares», «are answered»). */
const HANDLED = String.raw`(?:besvares|besvarast|besvart|blir\s+svart|vert\s+svart|svarast|modereres|modererast|moderert|slettes|slettast|følges\s+opp|følgjast\s+opp|(?:is|are|get|gets)\s+(?:\p{L}+\s+)?(?:answered|moderated|read|handled|deleted|removed|followed\s+up))`;
/** People writing there: «foreldre kan stille spørsmål», «parents who send messages», «dei som kommenterer». */
const PEOPLE_WRITE = String.raw`(?:(?:kan|can|may|som|who|that)\s+(?:\p{L}+\s+)?(?:sende|sender|send|sends|skrive|skriver|skriv|write|writes|stille|stiller|ask|asks|poste|poster|post|legge\s+inn|legg\s+inn|leave|leaves)\s+(?:\p{L}+\s+){0,4}?${WRITTEN}|(?:som|who|that)\s+(?:kommenterer|kommenterar|comment|comments|skriv\s+til\s+oss|write\s+to\s+us))`;
/** People's data at the page: visitors, followers, statistics, what is written there handled by the body, personal data. */
const PEOPLE_THERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?<!(?:til|for|to)\s+)(?:besøk(?:ende|jande|ande|arar|arane|ere|erne)|visitors?|brukar(?:ar|ane)|brukere|brukerne|users)\s+(?:(?:på|til|av|of|to|on)\s+)(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|(?:dei|de|those|people|personer|folk|kven|hvem)\s+som\s+(?:besøker|besøkjer|følger|følgjer)\s+(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|(?:who|that)\s+(?:visit|follow)\s+(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|følgere|følgerne|følgjarar|følgjarane|followers?|kommentarfelt\p{L}*|comments?\s+(?:section|field)|(?:side|page)(?:-|\s)?(?:statistikk\p{L}*|innsikt\p{L}*|insights?|statistics|analytics)|(?:${PLATFORM}|meta)(?:-|\s)?(?:insights?|innsikt\p{L}*|statistikk\p{L}*|analytics)|statistikk\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:over|om|frå|fra|about|on|of)\s+(?:\p{L}+\s+){0,2}?(?:besøk\p{L}*|visit\p{L}*|følg\p{L}*|follow\p{L}*|rekkevidd\p{L}*|reach|engasjement\p{L}*|engagement|brukar\p{L}*|bruker\p{L}*|users?)|${HANDLES}\s+(?:\p{L}+\s+){0,3}?${WRITTEN}|${WRITTEN}(?:\s+(?:som\s+)?(?:${WE}\s+)?(?:fra|frå|from|sendt|sende|sendte|sent|skrevet|skrivne|written|posted|lagt\s+inn|lagde\s+inn|get|gets|får|mottar|receive|kommer\s+inn|kjem\s+inn|come\s+in|coming\s+in)|,?\s+(?:som|which|that)\s+${WE}\s+(?:\p{L}+\s+)?(?:svarer|svarar|answer|reply\s+to|respond\s+to|read|leser|les|moderate|modererer|modererar|følger\s+opp|følgjer\s+opp|follow\s+up)|(?:\s+[\p{L},]+){0,6}?\s+${HANDLED})|${PEOPLE_WRITE}|(?:behandler|behandlar|handsamar|processes|process|samler|samlar|collects?|registrerer|records?)\s+(?:(?:også|òg|also|vi|me|we)\s+)?(?:personopplysning\p{L}*|personopplysing\p{L}*|personal\s+data|opplysning(?:er|ar)\s+om|data\s+(?:about|on)))(?![\p{L}])`,
  'iu',
);
/** A later clause that points back at the page: the platform, «sida», «the page», «kontoen», «der», «there». */
const AT_PAGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${PLATFORM}\p{L}*|sida|siden|kontoen|kanalen|gruppa|gruppen|(?:the|this|that)\s+(?:page|account|channel|group)|kommentarfelt\p{L}*|(?:side|page)(?:-|\s)?(?:statistikk\p{L}*|innsikt\p{L}*|insights?|statistics|analytics)|der|there|on\s+it|sosiale\s+medi\p{L}*|social\s+media)(?![\p{L}])`,
  'iu',
);
/** Another channel named for what is written («på e-post», «by e-mail», «per telefon»): not the page. */
const OTHER_CHANNEL = lazyPattern(
  String.raw`(?<![\p{L}])(?:på|per|by|via|over|i)\s+(?:\p{L}+\s+)?(?:e-post|epost|e-mail|email|telefon|phone|telephone|brev|letter|post|sms|chat\s+på\s+nettsid\p{L}*)(?![\p{L}])`,
  'iu',
);
const PLATFORM_GATE = gated(lazyPattern(String.raw`${PLATFORM}|meta\s+(?:business|insights?|innsikt)|x(?:-|\s)(?:konto|account|profil)`, 'i'));
/** The text's dots inside an address («www.facebook.com») are no sentence's end. */
const ADDRESS_DOT = lazyPattern(String.raw`(?<=www)\.|(?<=\p{L})\.(?=(?:com|no)(?![\p{L}]))`, 'giu');
/** A sentence's end, or a clause joined by «, og», «, men», «, and», «, but», «, mens», «, while». */
const CLAUSE_END = lazyPattern(String.raw`[.;!?]|,\s*(?:og|men|and|but|mens|while)\s`, 'iu');
const ownPage = (s: string): boolean => {
  for (const m of s.matchAll(OWN_PAGE())) {
    const owner = m.groups?.owner ?? m.groups?.owner2 ?? m.groups?.owner3 ?? m.groups?.owner4;
    if (owner === undefined || !PERSON_OWNER().test(owner)) return true;
  }
  return false;
};
const saidHere = (s: string): boolean => !NEGATION.test(s);
/** Whether a text says the body runs a page or account on a social network and processes people's data there. */
export const socialPageData = byText((t: string): boolean => {
  if (!PLATFORM_GATE(t)) return false;
  const clauses = withoutPast(t.replace(ADDRESS_DOT(), '·')).split(CLAUSE_END());
  const own = clauses.findIndex((c) => saidHere(c) && ownPage(c));
  if (own < 0) return false;
  return clauses.some(
    (c, i) =>
      i >= own &&
      saidHere(c) &&
      PEOPLE_THERE().test(c) &&
      (i === own || AT_PAGE().test(c)) &&
      (!OTHER_CHANNEL().test(c) || AT_PAGE().test(c.replace(OWN_PAGE(), ''))),
  );
});

/** Where an activity says it runs a social-network page with people's data there: its description, a purpose, a system. */
const socialPageAt = (r: ResolvedActivity): string | undefined => {
  if (textsOf(r.activity.description).some(socialPageData)) return '/description';
  const p = r.purposes.findIndex((x) => textsOf(x.description).some(socialPageData));
  if (p >= 0) return join('/purposes', p, 'description');
  const s = r.systems.find((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)].some(socialPageData));
  return s === undefined ? undefined : join('/systems', (r.activity.systems ?? []).indexOf(s.id));
};

/**
 * A third party's tracking or advertising embedded in the body's own website, with no joint controller recorded
 * (`embedded-tracking`, a warning; R8, session 32, issue #12). CJEU C-40/17 Fashion ID (29 July 2019): the operator of a
 * website that embeds a third party's code which makes the visitor's browser send the visitor's data to that third party
 * is controller jointly with it «in respect of the operations involving the collection and disclosure by transmission» of
 * the data (not for what the third party does after); C-210/16 Wirtschaftsakademie (5 June 2018); EDPB Guidelines 08/2020
 * on the targeting of social media users (retargeting with a pixel: joint control). Art. 26(1)-(2), 30(1)(a). Read,
 * sentence by sentence (not negated, not past, not a condition or a question), where
 * - a platform's tracker is named (TRACKER): a Meta, Facebook, TikTok, LinkedIn, Snapchat, Pinterest or X pixel («Meta-
 *   pikselen», «Facebook-piksel», «pixel from Meta»), LinkedIn Insight Tag, Google Ads or its conversion or remarketing
 *   tag, DoubleClick, Floodlight, Meta's Conversions API; a social network's plug-in embedded («sosiale programtillegg»,
 *   «social plug-ins», «Like-knappen», «innebygde innlegg fra Facebook»); or
 * - the site's visitors are followed with ads elsewhere (RETARGETING): «retargeting», «remarketing», «konverteringssporing»,
 *   «custom audiences», or ads shown on other sites or social media based on what the visitor saw here («annonser … på
 *   andre nettsteder, basert på … sider du har besøkt hos oss»): no one but an ad network can show them, which reads its
 *   own cookie on the site.
 * Not a link to the body's page on a social network («følg oss på Facebook», «lenke til Facebook-sida vår»: a link
 * transmits nothing until clicked), not analytics a processor runs for the body alone (Siteimprove, Matomo, Google
 * Analytics: no ad network), not YouTube videos (often played in privacy-enhanced mode; their own question).
 */
const AD_PLATFORM = String.raw`(?:meta|facebook|tiktok|linkedin|snapchat|snap|pinterest|twitter|x)`;
const TRACKER = lazyPattern(
  String.raw`(?<![\p{L}])(?:${AD_PLATFORM}(?:'s|s)?[- ]?(?:pikselen|pikslar|piksler|piksel\p{L}*|pixels?)|(?:piksel\p{L}*|pixels?|sporingskode\p{L}*|tags?)\s+(?:fra|frå|from|til|by)\s+${AD_PLATFORM}|linkedin[- ]insight(?:[- ]tag)?|google[- ]ads(?![\p{L}])|adwords|doubleclick|floodlight|remarketing[- ]?(?:tag|kode)\p{L}*|conversions?[- ]api|konverterings-?api|(?:sosiale?|social)\s+(?:medie[- ]?|media\s+|nettverks?[- ]?)?(?:plugin\p{L}*|plug-ins?|programtillegg\p{L}*|innstikk\p{L}*)|(?:${AD_PLATFORM}|sosiale medium|sosiale medier)[- ](?:plugin\p{L}*|plug-ins?|programtillegg\p{L}*)|(?:like|liker|lik)[- ]?(?:knapp\p{L}*|buttons?)|(?:innebygd\p{L}*|innebygg\p{L}*|embedded|embeds?)\s+(?:\p{L}+\s+){0,3}?(?:fra|frå|from)\s+${AD_PLATFORM})(?![\p{L}])`,
  'iu',
);
const RETARGETING_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:re-?target\p{L}*|re-?market\p{L}*|konverteringssporing\p{L}*|conversion tracking|custom audiences?|lookalike\p{L}*|(?:egendefinerte|tilpassede|tilpassa) målgrupper)(?![\p{L}])`,
  'iu',
);
const ADS = lazyPattern(String.raw`(?<![\p{L}])(?:annonse\p{L}*|annonsar\p{L}*|reklame\p{L}*|ads|adverts?|advertisements?|advertising)(?![\p{L}])`, 'iu');
const ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:andre (?:nettsteder|nettstader|nettsider|nettsteda|sider|nettstad)|sosiale medi\p{L}*|other (?:websites|sites|web ?pages)|social media|${AD_PLATFORM}|instagram|google)(?![\p{L}])`,
  'iu',
);
const VISITED = lazyPattern(
  String.raw`(?<![\p{L}])(?:besøkt|vitja|vitjat|besøk(?:et|a)?\s+(?:ditt|din|på|hos)|har sett|har lest|har vore på|har vært på|visited|your visits?|you (?:have )?(?:viewed|seen|looked at))(?![\p{L}])`,
  'iu',
);
const CONDITION = lazyPattern(String.raw`^\s*(?:dersom|hvis|viss|om|if|should|when we start|når vi tek i bruk|når vi tar i bruk)(?![\p{L}])`, 'iu');
const TRACKING_GATE = gated(
  lazyPattern(
    String.raw`piksel|pixel|insight|google[- ]ads|adwords|doubleclick|floodlight|remarket|retarget|konverterings|conversion|audience|lookalike|målgrupper|plugin|plug-in|programtillegg|innstikk|knapp|button|innebygd|innebygg|embed|annons|reklame|ads|advert`,
    'i',
  ),
);
/** A sentence that names a platform's tracker or retargeting on the site, said here and now. */
const trackingSentence = (c: string): boolean =>
  (TRACKER().test(c) || RETARGETING_WORD().test(c) || (ADS().test(c) && ELSEWHERE().test(c) && VISITED().test(c))) &&
  !NEGATION.test(c) &&
  !CONDITION().test(c) &&
  !c.trimEnd().endsWith('?');
/** Whether a text says the site embeds a third party's tracking or advertising (exported for tests). */
export const embeddedTracking = byText(
  (t: string): boolean =>
    TRACKING_GATE(t) &&
    withoutPast(t)
      .split(/(?<=[.;!?])(?=\s|$)/u)
      .some(trackingSentence),
);
/** Where an activity says so: its description, a purpose, a processor or recipient the activity names. */
const trackingAt = (r: ResolvedActivity): string | undefined => {
  if (textsOf(r.activity.description).some(embeddedTracking)) return '/description';
  const p = r.purposes.findIndex((x) => textsOf(x.description).some(embeddedTracking));
  if (p >= 0) return join('/purposes', p, 'description');
  const i = r.processors.find((x) => [...textsOf(x.value.name), ...textsOf(x.value.service)].some(embeddedTracking));
  if (i !== undefined) return join('/processors', (r.activity.processors ?? []).indexOf(i.id));
  if (!Array.isArray(r.recipients)) return undefined;
  const j = r.recipients.find((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)].some(embeddedTracking));
  return j === undefined ? undefined : join('/recipients', Array.isArray(r.activity.recipients) ? r.activity.recipients.indexOf(j.id) : 0);
};

export default defineRule(
  {
    id: 'joint-controller-arrangement',
    severity: 'error',
    citation: 'GDPR Art. 26(1)-(2); 30(1)(a)',
    messages: [
      'no-controllers',
      'no-arrangement',
      'no-split',
      'split-without-rights',
      'split-undecided',
      'described-joint',
      'social-page',
      'embedded-tracking',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const joint = r.activity.jointControllers ?? [];
      if (joint.length === 0 && r.activity.role !== 'joint-controller') {
        const at = textsOf(r.activity.description).some(jointSaid) ? '/description' : r.purposes.findIndex((p) => textsOf(p.description).some(jointSaid));
        if (at === '/description') report.activity(r, at, 'described-joint', {}, { severity: 'warning' });
        else if (at >= 0) report.activity(r, join('/purposes', at, 'description'), 'described-joint', {}, { severity: 'warning' });
        else {
          const page = socialPageAt(r);
          if (page !== undefined) report.activity(r, page, 'social-page', {}, { severity: 'warning' });
          else {
            const tracking = trackingAt(r);
            if (tracking !== undefined) report.activity(r, tracking, 'embedded-tracking', {}, { severity: 'warning' });
          }
        }
      }
      if (r.activity.role === 'joint-controller' && joint.length === 0) report.activity(r, '/role', 'no-controllers');
      joint.forEach((j, i) => {
        if (j.arrangement === undefined) report.activity(r, join('/jointControllers', i), 'no-arrangement', { controller: j.controller });
        if (j.responsibilities === undefined && j.contactPoint === undefined)
          report.activity(r, join('/jointControllers', i), 'no-split', { controller: j.controller });
        else if (j.contactPoint === undefined && !textsOf(j.responsibilities).some((t) => RIGHTS_OR_INFORMATION().test(t)))
          report.activity(r, join('/jointControllers', i, 'responsibilities'), 'split-without-rights', { controller: j.controller }, { severity: 'warning' });
        else {
          const words = textsOf(j.responsibilities)
            .map(undecidedSplit)
            .find((w) => w !== undefined);
          if (words !== undefined)
            report.activity(
              r,
              join('/jointControllers', i, 'responsibilities'),
              'split-undecided',
              { controller: j.controller, words },
              { severity: 'warning' },
            );
        }
      });
    }
  },
);
