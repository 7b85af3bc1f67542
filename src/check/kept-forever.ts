import { LANGUAGES } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { prefilter } from '../util/prefilter.js';
import { negatedBetween, STOP_NOT_DECIMAL } from './facts.js';
import { withoutPast } from './past.js';
import { activityTexts } from './prose-activity.js';
import { spokenDurations } from './spoken-duration.js';
import { OWNER_OF } from './lexicon-words.js';

/**
 * Data said in words to be kept for ever (Art. 5(1)(e): «kept in a form which permits identification of data subjects for
 * no longer than is necessary …; personal data may be stored for longer periods insofar as the personal data will be
 * processed solely for archiving purposes in the public interest, scientific or historical research purposes or
 * statistical purposes in accordance with Article 89(1)»): session 30, R2 (variants-landbruk LB43: «Tips som ikke fører
 * til noe …, tar vi vare på uten tidsbegrensning»; variants-veterinar DY32: «They are never deleted: we keep them
 * indefinitely»). Read in one clause:
 * - a deleting verb with «aldri», «never» («slettes aldri», «blir aldri sletta», «vi sletter dem aldri», «are never
 *   deleted», «we never delete»; clearing a list out is deleting it too: «lista rydder vi aldri», «vert aldri rydda», «is
 *   never cleared», «never weeded»: session 32, R7), not «aldri før» / «never before» (a least period), nor «aldri automatisk» with a review
 *   said («slettes aldri automatisk, men vurderes årlig»: a person judges each time);
 * - a keeping verb with no end («på ubestemt tid», «uten tidsbegrensning», «utan tidsavgrensing», «for alltid», «for all
 *   tid», «tidsubegrenset», «permanent», «indefinitely», «for ever», «forever», «permanently», «without (any) time limit»,
 *   «with no time limit»; the data lying or staying there is their keeping: «ligg der for alltid», «blir liggende på
 *   ubestemt tid», «remain on file indefinitely»), not followed in the clause by an end («til», «inntil», «until», «så lenge», «as long as»: a
 *   criterion), nor about anonymous or statistical data;
 * and never where the clause names an archive law or body, research or statistics (the Art. 5(1)(e) exceptions:
 * «bevares for alltid etter arkivlova», «avleveres til IKA»), where it is denied («Vi lagrer ikke tipsene på ubestemt
 * tid»), or told in the past (past.ts: a practice ended).
 */
const STEM = lazyPattern(
  String.raw`aldri|never|ingen|nothing|ikke noe|ikkje noko|nobody|no one|none|ennå|enno|enda|not yet|yet to|liggende|liggande|liggjande|ubestemt|tidsbegrens|tidsavgrens|tidsubegrens|alltid|all tid|permanent|indefinite|for ever|forever|time limit|end date|sluttdato|evig|for godt|perpetuity|for good|varig|så lenge|so lenge|as long as`,
  'iu',
);
const DELETE = String.raw`(?:slett\p{L}*|makuler\p{L}*|kasser\p{L}*|fjern(?:es|ast|a|et)|rydd(?:er|ar|es|ast|a|et|e)|deleted|delete|erased|erase|destroyed|destroy|disposed\s+of|removed|purged|purge|cleared|cleaned\s+out|weeded)`;
const KEEP = String.raw`(?:lagr\p{L}*|oppbevar\p{L}*|bevar\p{L}*|beholder|beheld|behalde|beholde|behaldast|beholdes|tar\s+(?:\p{L}+\s+){0,3}?vare\s+på|tek\s+(?:\p{L}+\s+){0,3}?vare\s+på|tas\s+vare\s+på|takast\s+vare\s+på|teke\s+vare\s+på|tekne\s+vare\s+på|teken\s+vare\s+på|tatt\s+vare\s+på|keep|keeps|kept|store|stores|stored|retain|retains|retained|hold|holds|held|saved?|ligg|ligger|blir\s+liggende|blir\s+liggjande|vert\s+liggjande|remains?|remained|stays?)`;
/**
 * Kept for the lifetime of the controller's own body or system (R29, session 38; variants-ambulanse AM46 «Lydopptakene tas
 * vare på så lenge AMK-sentralen finnes»): «så lenge sentralen finnes», «så lenge verksemda finst», «så lenge systemet er i
 * drift», «for as long as the centre exists», «as long as the service is in operation». A body or a system lasts as long
 * as the controller decides, so this ends nothing (Art. 5(1)(e); retention-defined's LIFETIME reads the same in a
 * trigger). Only a noun of a body, a unit or a system (or its compound: «AMK-sentralen», «fagsystemet»), up to three
 * words, then its being or running: the person's relationship («så lenge avtalen består», «as long as your account
 * exists»), a grave, a building or a thing is a criterion of its own and is not read.
 */
const BODY_LIFETIME = String.raw`(?:så|so)\s+lenge\s+(?:som\s+)?(?:(?:den|det|vår|vårt|våre|vi|our|the)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:sentral(?:en)?|senter(?:et)?|sentret|virksomhet(?:en)?|verksemd(?:a)?|selskap(?:et)?|foretak(?:et)?|føretak(?:et)?|organisasjon(?:en)?|forening(?:en)?|foreining(?:a)?|kommune(?:n)?|klubb(?:en)?|laget|system(?:et)?|database(?:n)?|registeret|tjeneste(?:n)?|teneste(?:n|a)?|avdeling(?:en|a)?|stasjon(?:en)?|kontor(?:et)?|etat(?:en)?|helseforetak(?:et)?|sykehus(?:et)?|sjukehus(?:et)?|sekretariat(?:et)?|stiftelse(?:n)?|stifting(?:a)?|institusjon(?:en)?|administrasjon(?:en)?)\s+(?:finnes|fins|finst|eksisterer|eksisterar|består|står|er\s+i\s+drift|driftes|blir\s+drive|blir\s+drevet|vert\s+driven)(?![\p{L}])|(?:for\s+)?as\s+long\s+as\s+(?:the|our|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:centre|center|company|business|organi[sz]ation|association|club|municipality|system|database|register|service|department|station|office|agency|trust|hospital|unit|secretariat|foundation|institution)\s+(?:exists|is\s+in\s+operation|is\s+operational|operates|is\s+running|remains\s+in\s+operation)(?![\p{L}])`;
const NO_END = String.raw`(?:${BODY_LIFETIME}|på\s+ubestemt\s+tid|til\s+evig\s+tid|for\s+evig|for\s+godt(?=\s*(?:[,.;:!?)]|$))|in\s+perpetuity|for\s+good(?=\s*(?:[,.;:!?)]|$))|uten\s+(?:noen\s+)?tidsbegrensning|utan\s+(?:nokon\s+)?tidsavgrensing|utan\s+tidsavgrensning|tidsubegrenset|tidsubegrensa|for\s+alltid|for\s+all\s+tid|indefinitely|for\s+an\s+indefinite\s+period|for\s+ever|forever|without\s+(?:a\s+|any\s+)?time\s+limit|with\s+no\s+(?:time\s+limit|end\s+date)|uten\s+sluttdato|utan\s+sluttdato)`;
/** Nothing deleted (R36, session 40; variants-lading EV52 «nothing is ever erased»): «ingenting», «ingen ting», «ikke noe», «ikkje noko». */
const NOTHING = String.raw`(?:nothing|ingenting|ingen\s+ting|ikke\s+noe|ikkje\s+noko)`;
/**
 * Deleting never done so far (issue #12, session 36, R22: variants-tingrett VT47 «Besøksloggen har likevel aldri blitt ryddet
 * siden …»): no one deleting («ingen har rydda i lista», «nobody has ever cleared the log», «ingen av søknadene er sletta»),
 * or not yet («vi har ennå ikke slettet noen», «enno ikkje sletta», «we have not yet deleted any»). Read as «aldri», «never».
 */
const NOT_DONE = String.raw`(?:ingen|nobody|no\s+one|none|${NOTHING}|not\s+yet|yet\s+to|ennå\s+ikke|enno\s+ikkje|enda\s+ikke|ikke\s+ennå|ikkje\s+enno|ikke\s+enda|ikkje\s+enda)`;
/** Data left lying with no end said («søknadene blir bare liggende i systemet», «lista blir liggande att»): kept, no end. */
const LEFT_LYING = String.raw`(?:blir|vert)\s+(?:(?:bare|berre|også|òg|då|da|så)\s+)?(?:liggende|liggande|liggjande)\s+(?:igjen|att|der|etterpå|i|på|hos)`;
const KEPT_FOREVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:${DELETE}\s+(?:\p{L}+\s+){0,2}?(?:aldri|never)|(?:aldri|never)\s+(?:\p{L}+\s+){0,2}?${DELETE}|${NOT_DONE}\s+(?:\p{L}+\s+){0,4}?${DELETE}|${KEEP}\s+(?:[\p{L}-]+\s+){0,8}?${NO_END}|${NO_END}\s+(?:[\p{L}-]+\s+){0,1}?${KEEP}|${KEEP}\s+(?:permanent(?:ly)?|varig)|(?:permanently|varig)\s+${KEEP}|${LEFT_LYING})(?![\p{L}])`,
  'iu',
);
const mayKeptForever = prefilter(KEPT_FOREVER);
const LIFETIME_WORDS = lazyPattern(String.raw`(?<![\p{L}])(?:så|so)\s+lenge|as\s+long\s+as`, 'iu');
/**
 * After «aldri»/«never»: a least period («aldri før fem år», «never before», «aldri tidligere enn», «never earlier than»), or
 * only not automatically. «Tidligere», «earlier» only before «enn», «than» or at the clause's end: before a noun it is
 * «former» («Vi sletter aldri opplysninger om tidligere styremedlemmer»: B9, session 42), which bounds nothing.
 */
/**
 * «for» bounds a «never» only before a time («aldri for tidlig», «aldri for fem år har gått», «never for the first five
 * years»): before anything else it names whose data («Vi sletter aldri data for medlemmer som …», «never delete data for
 * members who …»: M1, session 43), which bounds nothing.
 */
const FOR_TIME = String.raw`(?=\s+(?:tidlig|tidleg|early|soon|snart|minst|at\s+least|the\s+first|de\s+første|dei\s+første|\d|(?:[\p{L}-]+\s+){0,2}(?:år|måneder|månader|mnd|uker|veker|dager|dagar|years?|months?|weeks?|days?)(?![\p{L}])))`;
const NOT_NEVER_AFTER = lazyPattern(
  String.raw`^\s*(?:${DELETE}\s+)?(?:[\p{L}-]+\s+){0,2}?(?:før|for${FOR_TIME}|before|(?:earlier|tidlegare|tidligere)(?=\s+(?:enn|than)(?![\p{L}])|\s*(?:[,.;:!?]|$))|mens|while|så\s+lenge|as\s+long|automatisk|automatically|manuelt|manually|uten\s+at|utan\s+at|uten\s+å|utan\s+å|without)(?![\p{L}])`,
  'iu',
);
/** An end after the words of no end, in the clause: a criterion («på ubestemt tid, til kunden sier opp»). */
const END_AFTER = lazyPattern(
  String.raw`^[^.;:!?]{0,80}?(?<![\p{L}])(?:til|inntil|until|till|så\s+lenge|so\s+lenge|as\s+long\s+as|unless|med\s+mindre|dersom\s+ikke|dersom\s+ikkje|but\s+reviewed|men\s+(?:vurder|gjennomg|gjennomgå)\p{L}*|vurderes|vurderast|reviewed|gjennomgås|gjennomgåast)(?![\p{L}])`,
  'iu',
);
/**
 * A «til» of ownership after a definite noun, not an end (session 39, R33; variants-samskipnad SS54 «blir teke vare på for
 * alltid i minnealbumet til barnehagen»): «i arkivet til skolen», «i systemet til kommunen», «på kontoret til legen». Only
 * where one noun follows and the clause ends there or goes on with a preposition: «lagres i systemet til saken er
 * avsluttet» (a verb after it) and «til fristen går ut» stay ends, and a noun of time after «til» is one («til utløpet»).
 */
const OWNER_TIL = lazyPattern(String.raw`${OWNER_OF}`, 'giu');
/** The Art. 5(1)(e) exceptions named in the clause (or a thing's or no one's data). */
const EXCEPTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:arkivlov\p{L}*|arkivlova|arkivforskrift\p{L}*|archives?\s+act|public\s+records\s+act|arkivverket|nasjonalarkivet|statsarkiv\p{L}*|byarkiv\p{L}*|interkommunalt\s+arkiv|ika|arkivdepot\p{L}*|depot\p{L}*|avlever\p{L}*|deposit\p{L}*|national\s+archives?|archive\s+institution|art(?:ikkel|icle)?\.?\s*89|forsking\p{L}*|forskning\p{L}*|research|statisti\p{L}*|anonym\p{L}*|aggregert\p{L}*|aggregated|avidentifiser\p{L}*|de-?identified|pseudonym\p{L}*|arkiv\p{L}*|archiv\p{L}*|historical\s+research)(?![\p{L}])`,
  'iu',
);

const BUT_NOW = lazyPattern(String.raw`(?<![\p{L}])(?:men|but)\s+(?:\p{L}+\s+){0,1}?(?:nå|no|now|i\s+dag|today|from\s+now|fra\s+nå|frå\s+no)(?![\p{L}])`, 'iu');
const NEVER_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:aldri|never|${NOT_DONE})(?![\p{L}])`, 'iu');
/** «…, men vurderes årlig», «but reviewed each year»: a person judges each time whether to keep. */
const BUT_REVIEWED = lazyPattern(String.raw`(?:men|but)\s+(?:\p{L}+\s+){0,2}?(?:vurder|gjennomg|review|check)`, 'iu');

/** «kept up to date indefinitely», «holdes oppdatert»: a list maintained, not data kept past its need. */
const UP_TO_DATE = lazyPattern(String.raw`(?<![\p{L}])(?:up\s+to\s+date|updated|current|oppdatert\p{L}*|ajour|à\s+jour)(?![\p{L}])`, 'iu');
/**
 * A deleting never done so far is a mishap that never happened («Vi har aldri slettet noe ved en feil», «we have never deleted
 * anything by mistake»), not data kept; or told in the pluperfect («hadde aldri», «had never»: a time before now).
 */
const MISHAP = lazyPattern(
  String.raw`(?<![\p{L}])(?:ved\s+(?:en|ei|eit|et)\s+(?:feil|uhell|glipp|mistak)|by\s+(?:mistake|accident|error)|in\s+error|accidentally|unintentionally|wrongly|utilsikt\p{L}*|feilaktig\p{L}*|uforvarande|uforvarende|hadde|had)(?![\p{L}])`,
  'iu',
);
/** Others than no one allowed to delete («Ingen andre enn systemansvarleg kan slette loggen», «no one but the DPO may delete»): access, not keeping. */
const ONLY_SOME_MAY = lazyPattern(
  String.raw`^(?:ingen|nobody|no\s+one|none)\s+(?:andre|anna|annen|other|others|else|but|except|unntatt|utanom|utenom|bortsett)|(?<![\p{L}])(?:kan|får|may|can|must|skal|lov|allowed|permitted|tilgang|access)(?![\p{L}])`,
  'iu',
);
/** A «siden», «since» after the words starts a time since which nothing was deleted, no end («… siden vi gikk over til …»). */
const SINCE_ON = lazyPattern(String.raw`(?<![\p{L}])(?:siden|sidan|since)(?![\p{L}])[\s\S]*$`, 'iu');
/** A reason or a time after «not yet» («er ennå ikke slettet fordi klagefristen løper», «not yet deleted, as the case is open»). */
const NOT_YET_REASON = lazyPattern(
  String.raw`(?<![\p{L}])(?:fordi|sidan|siden|ettersom|då|da|because|as|since|while|mens|så\s+lenge|as\s+long|før|before|until|til|inntil|etter|after|klagefrist\p{L}*|appeal)(?![\p{L}])`,
  'iu',
);
const NOT_YET_WORD = lazyPattern(String.raw`(?:not\s+yet|yet\s+to|ennå|enno|enda)`, 'iu');
/**
 * «Not yet» bound to another verb than the deleting («the data not yet analysed is then deleted», «opplysningar som enno
 * ikkje er handsama, blir sletta»: variants-lading's base, session 39): after «not yet» and its auxiliaries, the first word
 * is not a deleting one, so the deleting is done, not denied. «not yet deleted», «ennå ikke blitt slettet», «have not yet
 * got round to deleting» keep their reading.
 */
const NOT_YET_AUX = String.raw`(?:been|blitt|vorte|vorten|vore|er|is|are|was|were|har|have|has|had|got|gotten|fått|round|around|to|til|å|any|anything|noe|noen|nokon|noko|the|them|it|dei|dem|de|det|den|all|alle|of|av)(?![\p{L}])`;
const NOT_YET_OTHER_VERB = lazyPattern(String.raw`^\s+(?:${NOT_YET_AUX}\s+){0,3}(?!${NOT_YET_AUX})(?!${DELETE}(?![\p{L}]))\p{L}`, 'iu');

/**
 * The data said not to be deleted, with nothing after that bounds it (R29, session 38; the class of variants-ambulanse AM47
 * «Bildene slettes aldri»): «vi sletter ikke bildene», «bildene sletter vi ikkje», «bileta blir ikkje sletta», «the photos
 * are not deleted», «we do not delete them», «we don't erase the recordings». Only where the clause ends within three words
 * of the verb, or goes on with a reason («, fordi …», «, because …»): «vi sletter ikke bildene før saken er avsluttet», «…
 * som vi må oppbevare etter bokføringsloven», «are not deleted automatically» bound or qualify it, and a question or a
 * condition («Hvis vi ikke sletter …») is another word order.
 */
/**
 * Clearing out denied as deleting is (R36, session 40; variants-sameting SM55 «vi rydder ikke i stipendsakene»): «vi
 * rydder ikke i søknadene», «me ryddar ikkje i mappene», «saksmappene ryddes ikke», «we do not clear out the files», «we
 * don't purge the log». The same bounds as a deleting denied: a time or a condition after it ends the reading.
 */
const CLEARS = String.raw`(?:rydder|ryddar)`;
const CLEAR_EN = String.raw`(?:clear(?:\s+out)?|clean\s+out|purge|weed\s+out)`;
/**
 * The deleting denied in the future or as a rule (B9, session 42; bodies/kampsportforbundet: «I det tilfelle det er knyttet
 * informasjon til deg som skal ivaretas av historiske årsaker … vil dine data ikke bli slettet»): «vil ikke bli slettet»,
 * «vil dine data ikke bli slettet», «skal ikke slettes», «vil ikkje bli sletta», «skal ikkje slettast», «will not be
 * deleted», «won't be erased», «shall not be destroyed», «are not to be deleted». Up to three words (the data named) between
 * the auxiliary and its «ikke», «not»; not «kan ikke slettes», «cannot be deleted» (what cannot be done is no rule of
 * keeping), and the same bounds after it as a deleting denied.
 */
const WILL_NOT_BE = String.raw`(?:vil|skal|kommer\s+til\s+å)\s+(?:[\p{L}-]+\s+){0,3}?(?:ikke|ikkje)\s+(?:(?:bli|verte|verta)\s+(?:slettet|sletta|makulert)|slettes|slettast|makuleres|makulerast)|(?:will|shall|are\s+to|is\s+to)\s+(?:[\p{L}-]+\s+){0,2}?not\s+be\s+(?:deleted|erased|destroyed)|(?:won['’]t|shan['’]t)\s+be\s+(?:deleted|erased|destroyed)`;
const NOT_DELETED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vi|me|we|they|de|dei)\s+(?:sletter|slettar|makulerer|makulerar|delete|erase|destroy|${CLEARS})\s+(?:ikke|ikkje|not)|(?:sletter|slettar|makulerer|makulerar|${CLEARS})\s+(?:vi|me)\s+(?:ikke|ikkje)|(?:do|does|will)\s+not\s+(?:delete|erase|destroy|${CLEAR_EN})|(?:don['’]t|doesn['’]t|won['’]t)\s+(?:delete|erase|destroy|${CLEAR_EN})|(?:slettes|slettast|makuleres|makulerast|ryddes|ryddast)\s+(?:ikke|ikkje)|(?:is|are|blir|vert)\s+(?:ikke|ikkje|not)\s+(?:slettet|sletta|slettede|makulert|makulerte|deleted|erased|destroyed)|${WILL_NOT_BE})(?=((?:\s+[\p{L}-]+){0,3})\s*(?:$|,\s*(?:fordi|sidan|siden|ettersom|because|since)(?![\p{L}])))`,
  'iu',
);
const mayNotDeleted = prefilter(NOT_DELETED);
/** What may not follow «not deleted» within its three words: a time (also «mens», «while»: B9, session 42), a manner, a condition, a relative clause. */
const NOT_DELETED_BOUND = lazyPattern(
  String.raw`(?<![\p{L}])(?:før|for|before|until|til|inntil|etter|after|automatisk\p{L}*|automatically|manuelt|manually|selv|sjølv|ennå|enno|enda|yet|nå|now|no|straks|immediately|uten|utan|without|som|that|which|hvis|viss|dersom|if|unless|når|when|mens|medan|while|der|her|there|here|alle|all|heilt|helt|fully)(?![\p{L}])`,
  'iu',
);
/**
 * A reason after a deleting denied that bounds the keeping (M1, session 43): a law or a duty that keeps the data («…, fordi
 * bokføringsloven krever at de oppbevares», «since the law requires us to keep it»), a period, or a matter still open
 * («siden klagefristen ikke har gått ut», «since it is evidence in a pending dispute», «fordi politiet har bedt om det»):
 * the data go when that ends. A reason of the body's own («fordi vi vil ha historikken», «since it may be useful later») is none.
 */
const REASON_BOUNDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}+lov(?:en|a|ar|ane|ene)?|lov(?:en|a)?|forskrift\p{L}*|act|law|statute|regulations?|lovpålagt\p{L}*|plikt\p{L}*|pålegg\p{L}*|påbud\p{L}*|obliged|obligation|duty|pågående|verserande|verserende|(?:ikke|ikkje)\s+(?:har\s+)?(?:gått\s+ut|utløpt|er\s+avslutt\p{L}*|er\s+ferdig\p{L}*)|pending|ongoing|(?:not|yet)\s+(?:yet\s+)?(?:closed|expired|ended|over|concluded)|tvist\p{L}*|dispute|rettssak\p{L}*|lawsuit|legal\s+claims?|klagefrist\p{L}*|klagesak\p{L}*|appeal\p{L}*|politi\p{L}*|police|bevis\p{L}*|evidence)(?![\p{L}])`,
  'iu',
);
function notDeletedIn(text: string, clause: string, at: number): string | undefined {
  const m = NOT_DELETED().exec(clause);
  if (m === null || text[at + clause.length] === '?' || NOT_DELETED_BOUND().test(m[1] ?? '')) return undefined;
  if (EXCEPTED().test(clause) || MISHAP().test(clause) || UP_TO_DATE().test(clause)) return undefined;
  const reason = clause.slice(m.index + m[0].length);
  if (REASON_BOUNDS().test(reason) || spokenDurations(reason).length > 0) return undefined;
  return text.slice(at + m.index, at + m.index + m[0].length);
}

/** The words of a text that say its data are kept for ever, if any (read once per distinct text). */
export const keptForeverIn = byText((text: string): string | undefined => {
  const forever = STEM().test(text) && mayKeptForever(text);
  if (!forever && !mayNotDeleted(text)) return undefined;
  const low = withoutPast(text);
  let start = 0;
  for (const clause of low.split(STOP_NOT_DECIMAL)) {
    const at = start;
    start += clause.length + 1;
    const m = forever ? KEPT_FOREVER().exec(clause) : null;
    if (m === null) {
      const not = notDeletedIn(text, clause, at);
      if (not !== undefined) return not;
      continue;
    }
    const end = m.index + m[0].length;
    const rest = clause.slice(end);
    const never = NEVER_WORD().exec(m[0]);
    if (never !== null && (NOT_NEVER_AFTER().test(clause.slice(m.index + never.index + never[0].length)) || NOT_NEVER_AFTER().test(rest))) continue;
    if (never !== null && BUT_REVIEWED().test(rest)) continue;
    if (never !== null && never.index === 0 && ONLY_SOME_MAY().test(m[0])) continue;
    if (never !== null && NOT_YET_WORD().test(never[0]) && NOT_YET_REASON().test(rest)) continue;
    if (never !== null && NOT_YET_WORD().test(never[0]) && NOT_YET_OTHER_VERB().test(clause.slice(m.index + never.index + never[0].length))) continue;
    // After «aldri»/«never», an end is read in the comma part only: «…rydder vi aldri, så den har navn … til alle som …» goes
    // on to another statement, whose «til» ends nothing; nor does a «siden», «since» and what follows it (a start).
    const after = (never === null ? rest : rest.split(',')[0]!.replace(SINCE_ON(), '')).replace(OWNER_TIL(), ' ');
    if (END_AFTER().test(after) || UP_TO_DATE().test(m[0])) continue;
    // Kept for a body's lifetime, with a period said in the clause («…, men slettes senest etter fem år»): an end.
    if (never === null && LIFETIME_WORDS().test(m[0]) && spokenDurations(clause).length > 0) continue;
    // Left lying with a period said in the clause («blir liggende i 14 dager»): an end.
    if (never === null && /liggende|liggande|liggjande/iu.test(m[0]) && spokenDurations(clause).length > 0) continue;
    // «…, men nå slettes de etter to år», «but now they go after two years»: the keeping with no end is set against today's.
    if (BUT_NOW().test(rest)) continue;
    // «Vi har aldri slettet noe ved en feil», «we had never deleted …»: a mishap that did not happen, or a time before now,
    // not a rule of keeping. The perfect alone says the data have lain since («Loggen har aldri blitt ryddet», «the log has
    // never been deleted», «ingen har rydda i lista»): kept, no end (session 36, R22).
    if (never !== null && MISHAP().test(clause)) continue;
    if (EXCEPTED().test(clause)) continue;
    // A denial before the words in their comma part, or inside them other than their own «aldri»/«never» («Vi lagrer ikke
    // tipsene på ubestemt tid»); a negation in a relative clause set off by a comma before them denies that clause only
    // («Tips som ikke fører til noe, tar vi vare på uten tidsbegrensning»).
    const part = clause.lastIndexOf(',', m.index) + 1;
    if (negatedBetween(text, at + part, at + m.index) || (never === null && negatedBetween(text, at + m.index, at + end))) continue;
    return text.slice(at + m.index, at + end);
  }
  return undefined;
});

/** The first of an activity's texts (description, purposes) that `read` finds words in, with its pointer. */
function firstSaid(r: ResolvedActivity, read: (text: string) => string | undefined): { pointer: string; words: string } | undefined {
  for (const { pointer, text } of activityTexts(r)) {
    const words = read(text);
    if (words !== undefined) return { pointer, words };
  }
  return undefined;
}

/** The first of an activity's texts (description, purposes) that says its data are kept for ever, with its pointer. */
export const activityKeptForever = (r: ResolvedActivity): { pointer: string; words: string } | undefined => firstSaid(r, keptForeverIn);

/**
 * A retention entry whose trigger says in words that the data are never deleted or kept for ever (session 39, R33;
 * variants-verneplikt VP56 «trigger: vi sletter aldri interesseregisteret, slik at …»): the entry records permanent keeping
 * in words instead of `permanent: true`, and is judged as one (Art. 5(1)(e), 89(1)). Only an entry with no period and not
 * already permanent, save its `exceptions` (a main rule's: read whatever the period, since the period does not end them);
 * the pointer is the entry's trigger (or its policy). The entry's own description is read the same way
 * (R36, session 40; variants-sameting SM55 «Sakene blir liggende i fagsystemet», variants-lading EV52 «We hold on to … for
 * good; nothing is ever erased»).
 */
export function entryKeptForever(r: ResolvedActivity): { pointer: string; words: string } | undefined {
  for (const [i, e] of r.retention.entries()) {
    if (e.permanent === true) continue;
    const policy = r.activity.retention?.[i]?.policy !== undefined;
    // A main rule's exceptions are what the period does not end (B9, session 42; bodies/kampsportforbundet: «12 mnd …
    // før de slettes», except what «skal ivaretas av historiske årsaker … vil … ikke bli slettet»): read whatever the period.
    const texts =
      e.period !== undefined
        ? ([['exceptions', e.exceptions]] as const)
        : ([
            ['trigger', e.trigger],
            ['description', e.description],
            ['exceptions', e.exceptions],
          ] as const);
    for (const [field, text] of texts) {
      if (text === undefined) continue;
      for (const l of LANGUAGES) {
        const t = localText(text, l);
        const words = t === undefined ? undefined : keptForeverIn(t);
        if (words !== undefined) return { pointer: join('/retention', i, policy ? 'policy' : field), words };
      }
    }
  }
  return undefined;
}

/**
 * The controller saying in words that it has not decided how long the data are kept (Art. 30(1)(f): «where possible, the
 * envisaged time limits for erasure»; Art. 13(2)(a): «the period …, or if that is not possible, the criteria used to
 * determine that period»): session 33, R12. Read in one clause, the time of keeping undecided or unknown:
 * - a denied deciding, then «hvor lenge», «kor lenge», «how long», then (within six words) a keeping or deleting verb
 *   («vi har ikke bestemt hvor lenge bildene lagres», «det er ikkje avgjort kor lenge vi tek vare på dei», «we have not
 *   (yet) decided how long the photos are kept», «we do not know how long the supplier stores them»; «we have yet to
 *   decide how long …»), or the time said unclear («det er uklart hvor lenge …», «it is unclear how long …»);
 * - the period named as a noun and not set («lagringstida er ikkje fastsett», «the retention period has not been decided»,
 *   «ingen lagringstid er fastsatt», «no retention period has been set»).
 * Not the length of something else («hvor lenge kurset varer»: no keeping verb), not a question (the clause ends in «?»),
 * not told in the past (past.ts), not the person's own or another party's deciding named before the denial («du», «you»,
 * «deltakarane», «the participants», «brukaren», «the customer», «foreldra»), and not where the clause still gives a
 * period («… utover de fem årene bokføringsloven krever»: a bound).
 */
const UNDECIDED_STEM = lazyPattern(
  String.raw`hvor lenge|kor lenge|how long|lagringstid|oppbevaringstid|slettefrist|slettetidspunkt|retention period|storage period|retention time|deletion date`,
  'iu',
);
const DENIED = String.raw`(?:(?<![\p{L}])(?:ikke|ikkje|not|aldri|never|yet\s+to)|n['’]t)`;
const DECIDE = String.raw`(?:bestemt|bestemme|besluttet|beslutta|avgjort|avgjord|avgjere|avgjøre|fastsatt|fastsett|fastlagt|vedtatt|vedteke|avklart|avklara|klarlagt|tatt\s+stilling\s+til|teke\s+stilling\s+til|vet|veit|visst|kjent|decided?|determined?|settled|agreed|defined|set|fixed|established|worked\s+out|figured\s+out|know|known|clear)`;
const HOW_LONG = String.raw`(?:hvor\s+lenge|kor\s+lenge|how\s+long)`;
const PERIOD_NOUN = String.raw`(?:lagringstid\p{L}*|oppbevaringstid\p{L}*|slettefrist\p{L}*|slettetidspunkt\p{L}*|(?:the\s+|a\s+|any\s+)?(?:retention|storage)\s+(?:period|time)|(?:the\s+|a\s+)?deletion\s+date)`;
const UNDECIDED = lazyPattern(
  String.raw`(?:(?:${DENIED}\s+(?:\p{L}+\s+){0,2}?${DECIDE}|(?<![\p{L}])(?:uklart|uklårt|usikkert|uvisst|unclear|uncertain|not\s+known|unknown|open|åpent|ope)\s+(?:\p{L}+\s+){0,1}?)\s*(?:on\s+|om\s+)?${HOW_LONG}\s+(?:[\p{L}-]+\s+){0,6}?(?:${KEEP}|${DELETE}|beholde\p{L}*|behalde)|(?<![\p{L}])${HOW_LONG}\s+(?:[\p{L}-]+\s+){0,6}?(?:${KEEP}|${DELETE})\s*,?\s+(?:er|is|are|has|have|blir|vert)\s+(?:\p{L}+\s+){0,1}?${DENIED}\s+(?:\p{L}+\s+){0,1}?(?:been\s+|blitt\s+|vorte\s+)?${DECIDE}|(?<![\p{L}])${PERIOD_NOUN}\s+(?:[\p{L}-]+\s+){0,6}?(?:er|is|has|have|blir|vert)\s+(?:\p{L}+\s+){0,1}?${DENIED}\s+(?:\p{L}+\s+){0,1}?(?:been\s+|blitt\s+|vorte\s+)?${DECIDE}|(?<![\p{L}])(?:ingen|inga|no)\s+(?:\p{L}+\s+){0,1}?${PERIOD_NOUN}\s+(?:er|is|has\s+been|have\s+been|blir|vert)\s+(?:\p{L}+\s+){0,1}?${DECIDE})(?![\p{L}])`,
  'iu',
);
const mayUndecided = prefilter(UNDECIDED);
/** Someone other than the controller named before the words: the person's own keeping, a participant's, a customer's. */
const OTHER_DECIDES = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|you|dere|dykk|deltak\p{L}*|participants?|brukeren|brukaren|the\s+user|users|kunden|customers?|the\s+customer|foreldr\p{L}*|parents?|eleven|pupils?|pasienten|the\s+patient|søkeren|søkjaren|the\s+applicant)(?![\p{L}])`,
  'iu',
);

/** A time set elsewhere that the undecided keeping goes beyond («utover de fem årene loven krever», «beyond the five years»). */
const BEYOND = lazyPattern(String.raw`(?<![\p{L}])(?:utover|ut\s+over|beyond|i\s+tillegg\s+til|in\s+addition\s+to)(?![\p{L}])`, 'iu');

/** The words of a text that say the time of keeping is not decided, if any (read once per distinct text). */
export const undecidedIn = byText((text: string): string | undefined => {
  if (!UNDECIDED_STEM().test(text) || !mayUndecided(text)) return undefined;
  const low = withoutPast(text);
  let start = 0;
  for (const clause of low.split(STOP_NOT_DECIMAL)) {
    const at = start;
    start += clause.length + 1;
    const m = UNDECIDED().exec(clause);
    if (m === null || text[at + clause.length] === '?') continue;
    if (OTHER_DECIDES().test(clause.slice(0, m.index)) || spokenDurations(clause).length > 0 || BEYOND().test(clause)) continue;
    return text.slice(at + m.index, at + m.index + m[0].length);
  }
  return undefined;
});

/** The first of an activity's texts (description, purposes) that says the time of keeping is not decided, with its pointer. */
export const activityUndecided = (r: ResolvedActivity): { pointer: string; words: string } | undefined => firstSaid(r, undecidedIn);
