import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { NEGATION } from './facts.js';
import { pastOrRejected } from './past.js';
import { countryCode, OWNER_AT } from './prose-activity.js';

/**
 * The data handled by a party in a third country, told in words (FX, session 45, issue #12): the concept Art. 44 and
 * 30(1)(e) turn on is a party that holds or works on the data where it is, not a sentence shape. One clause holds its
 * three slots, read in nb, nn and en:
 *
 * - the party: a noun of an organisation, a unit, a service or its servers («agent», «centre», «laboratory»,
 *   «e-postteneste», «servarane», a name in capitals such as «Sentry»);
 * - its place: «i»/«in»/«at»/«based in» a country or a city of a third country (check/countries.ts: the region names and
 *   data/third-country-cities.json, whose ambiguous names such as «Boston» are not read), or a nationality before the
 *   service word («ei amerikansk e-postteneste»); «from»/«fra» only after an operating verb («calls made from its centre
 *   in Belgrade»);
 * - a verb of handling data: sending to, storing, lying on servers, analysing, screening, checking, processing, hosting,
 *   calling, answering, running, and seeing or reading it (each in nb, nn and en: «se», «sjå», «see», «view», «lese»,
 *   «read»; «oppbevare», «keep» beside «lagre», «store»).
 * The party may be placed by a verb of sitting or being («Kundestøtta til leverandøren sit i USA og kan sjå dataa»: FP's
 * unlawful wordings UA3, nynorsk; FZ, session 46), not only by «som ligg i», «based in».
 *
 * Not a person's place (where someone lives, studies, travels, comes from), a denial, or the past. The lexicons were
 * written from variants-bilverksted BV76, variants-ombod LD57 and variants-samskipnad SS52; variants-sjoredning SR67 and
 * variants-sameting SM70 were held out (SM70's «Boston» stays unread: the city data keeps it apart as ambiguous).
 */
const PARTY_NOUN = String.raw`(?:[\p{L}-]*(?:selskap|firma|leverandør|teneste|tjeneste|senter|sentral|kontor|laboratori\p{L}*|partner|agent|byrå|plattform|server|servar|datasenter|sky|team)\p{L}*|company|companies|centre|center|centres|centers|agent|agents|agency|laborator(?:y|ies)|lab|labs|provider|providers|supplier|suppliers|vendor|vendors|subcontractor|partner|partners|service|services|servers?|data\s+cent(?:re|er)s?|cloud|office|offices|team|teams|contractor|firm|bureau)`;
const PARTY = String.raw`(?:${PARTY_NOUN}|\p{Lu}[\p{L}-]+)`;
const WHERE = String.raw`(?:(?:som\s+(?:ligg|ligger|held\s+til|holder\s+til|er)\s+|(?:that\s+is\s+|which\s+is\s+|who\s+(?:is|are)\s+)?(?:based|located|situated)\s+|(?:sit|sitter|held\s+til|holder\s+til|sits|is|are)\s+)?(?:i|in|at|på))`;
const PLACE_NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`;
const PARTY_IN = lazyPattern(String.raw`(?<![\p{L}])${PARTY}(?:'s)?\s+${WHERE}\s+${PLACE_NAME}`, 'gu');
/** Operating from a place: «calls are made from its centre in Belgrade», «run from Manila», «ringer frå Beograd». */
const OPERATED_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:made|run|operated|answered|handled|served|ring\p{L}*|besvar\p{L}*|drift\p{L}*)\s+(?:from|fra|frå)\s+(?:[\p{L}'-]+\s+){0,4}?(?:i|in|at)?\s*${PLACE_NAME}`,
  'gu',
);
/** A nationality before the service word: «ei amerikansk e-postteneste», «an American e-mail service». */
const NATIONAL = lazyPattern(
  String.raw`(?<![\p{L}])(amerikansk[e]?|american|kanadisk[e]?|canadian|indisk[e]?|indian|kinesisk[e]?|chinese|russisk[e]?|russian|filippinsk[e]?|philippine|ukrainsk[e]?|ukrainian|tyrkisk[e]?|turkish|serbisk[e]?|serbian|pakistansk[e]?|pakistani)\s+(?:[\p{L}-]+\s+)?${PARTY_NOUN}(?![\p{L}])`,
  'giu',
);
const NATIONALITY: Readonly<Record<string, string>> = {
  amerikansk: 'US',
  american: 'US',
  kanadisk: 'CA',
  canadian: 'CA',
  indisk: 'IN',
  indian: 'IN',
  kinesisk: 'CN',
  chinese: 'CN',
  russisk: 'RU',
  russian: 'RU',
  filippinsk: 'PH',
  philippine: 'PH',
  ukrainsk: 'UA',
  ukrainian: 'UA',
  tyrkisk: 'TR',
  turkish: 'TR',
  serbisk: 'RS',
  serbian: 'RS',
  pakistansk: 'PK',
  pakistani: 'PK',
};
/** Handling data: sending, storing, lying on servers, analysing, screening, checking, processing, hosting, calling. */
const HANDLES = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|sent|stor(?:e|es|ed|ing|age)|lagr\p{L}*|ligg|ligger|hosted|hosts|host|analy[sz]\p{L}*|screen\p{L}*|check\p{L}*|kontroller\p{L}*|sjekk\p{L}*|process\p{L}*|behandl\p{L}*|handsam\p{L}*|calls?|called|phones?|ring\p{L}*|run|runs|drift\p{L}*|transcrib\p{L}*|transkriber\p{L}*|answer\p{L}*|besvar\p{L}*|review\p{L}*|handled|handles|utsending\p{L}*|skjer|gjøres|gjerast|made|\p{L}*tilgang|access|accesses|reports?|rapport\p{L}*|upload\p{L}*|last\p{L}*\s+opp|se|ser|sjå|see|sees|view|views|viewed|lese|les|lesa|read|reads|oppbevar\p{L}*|keep|keeps|kept)(?![\p{L}])`,
  'iu',
);
/** A person's place, not a party's: living, studying, travelling, coming from, holidays, exchange, conferences. */
const PERSONS_PLACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:bor|budde|buet|bodde|lives?|lived|living|studer\p{L}*|stud(?:y|ies|ied|ying)|reis\p{L}*|travel\p{L}*|ferie\p{L}*|holiday\p{L}*|utveksling\p{L}*|exchange|konferans\p{L}*|conference\p{L}*|født|fødd|born|flykt\p{L}*|refugee\p{L}*|asyl\p{L}*|asylum|innvandr\p{L}*|immigra\p{L}*|visit\p{L}*|besøk\p{L}*|borger\p{L}*|citizens?|statsborg\p{L}*|opphold\p{L}*|stay(?:s|ed|ing)?|work(?:s|ed|ing)?\s+(?:abroad|in)|arbeid\p{L}*\s+i|jobb\p{L}*\s+i|nationals?)(?![\p{L}])`,
  'iu',
);
/**
 * A nationality that owns, licenses or was weighed, not where the data is («datterselskap av et amerikansk selskap», «kjøper
 * lisensen av eit amerikansk selskap», «Vi vurderte ein amerikansk leverandør, men valde ein norsk»: the lawful-wordings
 * registries of session 24), or a contrast that puts the data elsewhere; and «uten at»/«without» (nothing is sent there);
 * nor what is published or anonymous («Myndighetene i Serbia kan lese de publiserte tabellene»: bodies/lawful-wordings-s22-f-
 * kriminalomsorg, read once «lese» was a verb of handling; FZ, session 46): no personal data is handled there.
 */
const NOT_THERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*datterselskap\p{L}*|\p{L}*dotterselskap\p{L}*|subsidiar\p{L}*|owned|eid|eigd|eies|eigast|lisens\p{L}*|licen[cs]\p{L}*|konsern\p{L}*|group|kjøp\p{L}*|bought|purchas\p{L}*|vurder\p{L}*|considered|weighed|utvikla|utviklet|utvikles|utviklast|developed|hovudkontor\p{L}*|hovedkontor\p{L}*|headquarter\p{L}*|men|but|while|whereas|uten|utan|without|publiser\p{L}*|published|anonymi[sz]\p{L}*|anonyme?|anonymous|aggreg\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Data kept in the EEA or not sent out, said in the clause («is not sent outside the EEA»). */
const STAYS = lazyPattern(String.raw`(?<![\p{L}])(?:EØS|EEA|EU|Norge|Noreg|Norway|Europa|Europe)(?![\p{L}])`, 'u');

/** The country a name of one to three words gives (prose-activity.ts `countryCode`: the region names, short forms, cities,
 * and a part of an EEA state as that state), the longest first. */
const countryOfName = (name: string): string | undefined => {
  const words = name.split(/\s+/u);
  for (let n = words.length; n > 0; n--) {
    const code = countryCode(words.slice(0, n).join(' '));
    if (code !== undefined) return code;
  }
  return undefined;
};

const CLAUSE = lazyPattern(String.raw`[^.;!?]+`, 'gu');
/** The clauses of a text that have a party in a third country handle data, each with the country's code. */
export const handledAbroad = byText((text: string): readonly { words: string; country: string }[] => {
  const out: { words: string; country: string }[] = [];
  for (const c of matchesOf(CLAUSE(), text)) {
    const clause = c[0].trim();
    if (!HANDLES().test(clause) || NEGATION.test(clause) || NOT_THERE().test(clause) || PERSONS_PLACE().test(clause) || pastOrRejected(clause)) continue;
    let country: string | undefined;
    for (const m of [...matchesOf(PARTY_IN(), clause), ...matchesOf(OPERATED_FROM(), clause)]) {
      // Not a supplier's owner («et selskap med morselskap i Storbritannia»: FP, session 45; prose-activity's OWNER_AT).
      if (OWNER_AT().test(clause.slice(0, m.index + m[0].lastIndexOf(m[1]!)))) continue;
      country = countryOfName(m[1]!);
      if (country !== undefined) break;
    }
    if (country === undefined)
      for (const m of matchesOf(NATIONAL(), clause)) {
        const word = m[1]!.toLowerCase();
        country = NATIONALITY[word] ?? NATIONALITY[word.replace(/e$/u, '')];
        if (country !== undefined) break;
      }
    if (country !== undefined && !(STAYS().test(clause) && /(?<![\p{L}])(?:outside|utenfor|utanfor|out\s+of)(?![\p{L}])/iu.test(clause)))
      out.push({ words: clause, country });
  }
  return out;
});
