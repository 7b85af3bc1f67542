import { NEGATION, STOP, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { withoutPast } from '../check/past.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
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
export const jointSaid = (t: string): boolean =>
  JOINT_GATE().test(t) && t.split(STOP).some((c) => JOINT_SAID().test(c) && !NEGATION.test(c) && !NOT_JOINT().test(c));

/**
 * The body's own page, profile or account on a social network, used for people's data there, with no joint controller
 * recorded (`social-page`, a warning; J1, session 30, issue #12). CJEU C-210/16 Wirtschaftsakademie Schleswig-Holstein
 * (5 June 2018): the administrator of a fan page on Facebook is a controller jointly responsible with Facebook for the
 * processing of its visitors' data (the page statistics); C-40/17 Fashion ID (29 July 2019) for embedded plug-ins; EDPB
 * Guidelines 08/2020 on the targeting of social media users. Art. 26(1)-(2), 30(1)(a): the record names the joint
 * controller and the arrangement. Read, sentence by sentence, where
 * - a sentence holds a platform (Facebook, Instagram, LinkedIn, X/Twitter, TikTok, YouTube, Snapchat), and
 * - the body's own presence there (OWN_PAGE): «Facebook-sida vår», «vår Facebook-side», «kommunens Instagram-konto», «the
 *   school's Facebook page», «Facebook-sida til kommunen», «vi har ei Facebook-side», «we run a LinkedIn page», «our page
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
const PAGE_NOUN = String.raw`(?:sid(?:e|a|en|ene|ane|er|ar|or)|pages?|konto(?:en|ane|ene|ar|er)?|kontoane|accounts?|kanal(?:en|ane|ene|ar|er)?|channels?|grupp(?:e|a|en|er|ar|ene|ane)|groups?|profil(?:en)?|profiles?)`;
/** A page noun that an organisation has, not a person (a person's «profil» is read only with «vår», «our»). */
const ORG_PAGE_NOUN = String.raw`(?:sid(?:e|a|en|ene|ane|er|ar|or)|pages?|konto(?:en|ane|ene|ar|er)?|accounts?|kanal(?:en|ane|ene|ar|er)?|channels?|grupp(?:e|a|en|er|ar|ene|ane)|groups?)`;
const PLATFORM_PAGE = String.raw`${PLATFORM}(?:-|\s)?${ORG_PAGE_NOUN}`;
/** Whose: «vår», «our», «sin», a genitive («kommunens», «the school's»), «til kommunen», «vi har ei», «we run a». */
const OWN_PAGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vår|vårt|våre|our|(?<owner>\p{L}{3,}s|\p{L}{2,}'s?))\s+(?:(?:eigen|egen|eiga|eget|eige|own|official|offisielle|offisiell)\s+)?${PLATFORM}(?:-|\s)?${PAGE_NOUN}|${PLATFORM_PAGE}\s+(?:vår|vårt|våre|si|sin|sitt|sine|til\s+(?<owner2>\p{L}+))|(?:vi|me|we)\s+(?:har|have|driv|driver|drifter|run|runs|operate|manage|administrerer|administrer|forvaltar|forvalter|maintain)\s+(?:(?:også|og|òg|also|dessutan|dessuten)\s+)?(?:en|ei|eit|et|a|an|egen|eiga|eige|eget|our\s+own|its?\s+own)?\s*(?:\p{L}+\s+)?${PLATFORM_PAGE}|(?:har|have|has|driv|driver|drifter|runs|operates|manages|administrerer|forvaltar|forvalter)\s+(?:(?:også|og|òg|also)\s+)?(?:en|ei|eit|et|a|an|egen|eiga|eige|eget|its\s+own)\s+(?:\p{L}+\s+)?${PLATFORM_PAGE}|(?:vår|our)\s+(?:${PAGE_NOUN})\s+(?:på|on|i)\s+${PLATFORM}|(?:på|on|via)\s+(?:https?:\/\/)?(?:www·)?${PLATFORM}·com|(?:${PLATFORM}|meta)(?:-|\s)?(?:insights?|innsikt\p{L}*)|meta\s+business\s+(?:suite|manager)|(?:vi|me|we)\s+(?:svarer|svarar|answer|reply|respond|modererer|modererar|moderate|leser|les|read|følger\s+opp|følgjer\s+opp|follow\s+up\s+on)\s+(?:\p{L}+\s+){0,6}?(?:på|on|via|i|in)\s+${PLATFORM})(?![\p{L}])`,
  'giu',
);
/** A genitive or «til X» that names a person, not the body: applicants', members', pupils' own pages. */
const PERSON_OWNER = lazyPattern(
  String.raw`^(?:søk|applicant|candidate|kandidat|elev|pupil|student|learner|kund|customer|client|klient|deltak|participant|medlem|member|ansatt|tilsett|employee|staff|forelder|foreldr|parent|barn|child|bruker|brukar|user|person|pasient|patient|innbygg|resident|frivillig|volunteer|utøvar|utøver|athlete|spelar|spiller|player|vinnar|vinner|winner|his|her|their|its?)`,
  'iu',
);
/** People's data at the page: visitors, followers, statistics, comments or messages received or answered, personal data. */
const PEOPLE_THERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?<!(?:til|for|to)\s+)(?:besøk(?:ende|jande|ande|arar|arane|ere|erne)|visitors?|brukar(?:ar|ane)|brukere|brukerne|users)\s+(?:(?:på|til|av|of|to|on)\s+)(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|(?:dei|de|those|people|personer|folk|kven|hvem)\s+som\s+(?:besøker|besøkjer|følger|følgjer)\s+(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|(?:who|that)\s+(?:visit|follow)\s+(?:\p{L}+\s+){0,2}?(?:${PLATFORM}\p{L}*|${ORG_PAGE_NOUN})|følgere|følgerne|følgjarar|følgjarane|followers?|(?:side|page)(?:-|\s)?(?:statistikk\p{L}*|innsikt\p{L}*|insights?|statistics|analytics)|(?:${PLATFORM}|meta)(?:-|\s)?(?:insights?|innsikt\p{L}*|statistikk\p{L}*|analytics)|statistikk\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:over|om|frå|fra|about|on|of)\s+(?:\p{L}+\s+){0,2}?(?:besøk\p{L}*|visit\p{L}*|følg\p{L}*|follow\p{L}*|rekkevidd\p{L}*|reach|engasjement\p{L}*|engagement|brukar\p{L}*|bruker\p{L}*|users?)|(?:svarer|svarar|svare|answers?|answered|answering|reply|replies|replied|respond|responds|responded|moderer\p{L}*|moderat\p{L}*|mottar|motta|tek\s+imot|tar\s+imot|ta\s+imot|får|receives?|received|leser|les|lese|reads?|følger\s+opp|følgjer\s+opp|follow\s+up|handterer|håndterer|handles?|handled|behandler|behandlar|handsamar|sletter|slettar|skjuler|deletes?|hides?|removes?|fjerner|fjernar)\s+(?:(?:på|to|til|with|av|alle|all|dei|de|the|any|og|and|også|òg|also|innkomne|incoming|direkte|direct|private|privat|nye|new)\s+){0,3}(?:kommentar\p{L}*|comments?|melding\p{L}*|messages?|innboks\p{L}*|inbox|direktemelding\p{L}*|DMs?|spørsmål\p{L}*|questions?|henvendels\p{L}*|førespurnad\p{L}*|enquir\p{L}*|inquir\p{L}*|innlegg\p{L}*|posts)|(?:kommentar\p{L}*|comments?|melding\p{L}*|messages?|spørsmål\p{L}*|questions?|henvendels\p{L}*|førespurnad\p{L}*|enquir\p{L}*|inquir\p{L}*)(?:\s+(?:som\s+)?(?:(?:vi|me|we)\s+)?(?:fra|frå|from|sendt|sende|sendte|sent|skrevet|skrivne|written|posted|lagt\s+inn|lagde\s+inn|get|gets|får|mottar|receive)|,?\s+(?:som|which|that)\s+(?:vi|me|we)\s+(?:\p{L}+\s+)?(?:svarer|svarar|answer|reply\s+to|respond\s+to|read|leser|les|moderate|modererer|modererar|følger\s+opp|følgjer\s+opp|follow\s+up))(?![\p{L}])|(?:behandler|behandlar|handsamar|processes|process|samler|samlar|collects?|registrerer|records?)\s+(?:(?:også|òg|also|vi|me|we)\s+)?(?:personopplysning\p{L}*|personopplysing\p{L}*|personal\s+data|opplysning(?:er|ar)\s+om|data\s+(?:about|on)))(?![\p{L}])`,
  'iu',
);
/** A later sentence that points back at the page: the platform, «sida», «the page», «kontoen», «der», «there». */
const AT_PAGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${PLATFORM}\p{L}*|sida|siden|kontoen|kanalen|gruppa|gruppen|(?:the|this|that)\s+(?:page|account|channel|group)|(?:side|page)(?:-|\s)?(?:statistikk\p{L}*|innsikt\p{L}*|insights?|statistics|analytics)|der|there|on\s+it)(?![\p{L}])`,
  'iu',
);
const PLATFORM_GATE = gated(lazyPattern(String.raw`${PLATFORM}|meta\s+(?:business|insights?|innsikt)`, 'i'));
/** The text's dots inside an address («www.facebook.com») are no sentence's end. */
const ADDRESS_DOT = lazyPattern(String.raw`(?<=www)\.|(?<=\p{L})\.(?=(?:com|no)(?![\p{L}]))`, 'giu');
const SENTENCE = lazyPattern(String.raw`[.;!?]`);
const ownPage = (s: string): boolean => {
  for (const m of s.matchAll(OWN_PAGE())) {
    const owner = m.groups?.owner ?? m.groups?.owner2;
    if (owner === undefined || !PERSON_OWNER().test(owner)) return true;
  }
  return false;
};
const saidHere = (s: string): boolean => !NEGATION.test(s);
/** Whether a text says the body runs a page or account on a social network and processes people's data there. */
export const socialPageData = (t: string): boolean => {
  if (!PLATFORM_GATE(t)) return false;
  const sentences = withoutPast(t.replace(ADDRESS_DOT(), '·')).split(SENTENCE());
  const own = sentences.findIndex((s) => saidHere(s) && ownPage(s));
  if (own < 0) return false;
  return sentences.some((s, i) => i >= own && saidHere(s) && PEOPLE_THERE().test(s) && (i === own || AT_PAGE().test(s)));
};

/** Where an activity says it runs a social-network page with people's data there: its description, a purpose, a system. */
const socialPageAt = (r: ResolvedActivity): string | undefined => {
  if (textsOf(r.activity.description).some(socialPageData)) return '/description';
  const p = r.purposes.findIndex((x) => textsOf(x.description).some(socialPageData));
  if (p >= 0) return join('/purposes', p, 'description');
  const s = r.systems.find((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)].some(socialPageData));
  return s === undefined ? undefined : join('/systems', (r.activity.systems ?? []).indexOf(s.id));
};

export default defineRule(
  {
    id: 'joint-controller-arrangement',
    severity: 'error',
    citation: 'GDPR Art. 26(1)-(2); 30(1)(a)',
    messages: ['no-controllers', 'no-arrangement', 'no-split', 'split-without-rights', 'described-joint', 'social-page'],
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
        }
      }
      if (r.activity.role === 'joint-controller' && joint.length === 0) report.activity(r, '/role', 'no-controllers');
      joint.forEach((j, i) => {
        if (j.arrangement === undefined) report.activity(r, join('/jointControllers', i), 'no-arrangement', { controller: j.controller });
        if (j.responsibilities === undefined && j.contactPoint === undefined)
          report.activity(r, join('/jointControllers', i), 'no-split', { controller: j.controller });
        else if (j.contactPoint === undefined && !textsOf(j.responsibilities).some((t) => RIGHTS_OR_INFORMATION().test(t)))
          report.activity(r, join('/jointControllers', i, 'responsibilities'), 'split-without-rights', { controller: j.controller }, { severity: 'warning' });
      });
    }
  },
);
