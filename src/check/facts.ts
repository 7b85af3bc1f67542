/**
 * Facts about a resolved activity that several rules and the DPIA screening ask for. Each is a
 * plain function of the registry; none assembles words.
 */
import { lookup, type Registry } from '../model/registry.js';
import type { Ref, ResolvedActivity, ResolvedLaw, ResolvedPurpose, ResolvedTransfer } from '../model/resolve.js';
import { isArt6 } from '../model/resolve.js';
import type { Organisation, Processor } from '../model/types.js';
import { join } from '../util/pointer.js';
import { lazyPattern, splitOn } from '../util/lazy-pattern.js';
import { prefilter, prefilterAny, ways } from '../util/prefilter.js';
import { FORMS, formsPattern } from './company-forms.js';
import { mayTellPast, pastOrRejected } from './past.js';
import type { KnownLaw, LawEntry, LawProvision, LawRole, ReferenceData } from './reference.js';
import { letterPattern } from '../util/letters.js';
import { byText } from '../util/memo.js';

export const isConsent = (code: string): boolean => code === 'A6-1-a' || code === 'A9-2-a';
/** A word of consent, any form («samtykke», «samtykkjer», «consented»): what a text says of consent, denied or not. */
export const CONSENT_WORD = /samtykk|consent/iu;

/** Art. 89: the purpose is archiving in the public interest, research or statistics (any of them). */
export const isArt89Purpose = (p: { researchOrStatistics?: boolean | string }): boolean =>
  p.researchOrStatistics !== undefined && p.researchOrStatistics !== false;

/** Where a record says data stays: `EEA` and `EEA-or-adequate` need no transfer to be listed; a country outside the EEA may. */
export function locationOutsideEea(location: string, ref: ReferenceData): boolean {
  return location !== 'EEA' && location !== 'EEA-or-adequate' && !ref.eea.countries.has(location);
}

type BaseWithPointer = { purpose: ResolvedPurpose; p: number; b: number; pointer: string; basis: ResolvedPurpose['legalBasis'][number] };

/** Each legal basis of each purpose, with its JSON pointer in the activity file. Made once per resolved activity (most rules ask); read-only. */
export function basesWithPointers(r: ResolvedActivity): readonly BaseWithPointer[] {
  let bases = basesOf.get(r);
  if (!bases) {
    // Plain loops and a template for the pointer (indices need no escaping): every activity of a large registry makes its list once.
    const list: BaseWithPointer[] = [];
    const purposes = r.purposes;
    for (let p = 0; p < purposes.length; p++) {
      const purpose = purposes[p]!;
      const legalBases = purpose.legalBasis;
      for (let b = 0; b < legalBases.length; b++) list.push({ purpose, p, b, basis: legalBases[b]!, pointer: `/purposes/${p}/legalBasis/${b}/gdpr` });
    }
    basesOf.set(r, (bases = list));
  }
  return bases;
}
const basesOf = new WeakMap<ResolvedActivity, readonly BaseWithPointer[]>();

/**
 * Every text of a localised value: the string, or each language's. Read by its own keys (`Object.hasOwn`, the values
 * `Object.values` gives, in its order) without the list of values made first: the rules ask this of every text of every
 * activity, and that list was a tenth of what a gap run allocates (#16, session 43).
 */
export function textsOf(t: unknown): string[] {
  if (typeof t === 'string') return [t];
  const out: string[] = [];
  if (t !== null && typeof t === 'object') {
    const o = t as Record<string, unknown>;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const v = o[k];
      if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/** Whether some text of a localised value (as `textsOf` lists them) passes `test`, without making the list. */
function someText(t: unknown, test: (s: string) => boolean): boolean {
  if (typeof t === 'string') return test(t);
  if (t !== null && typeof t === 'object') {
    const o = t as Record<string, unknown>;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const v = o[k];
      if (typeof v === 'string' && test(v)) return true;
    }
  }
  return false;
}

/** Social platforms a body publishes on by name (Instagram, Facebook …), read as «the website» and «social media» are. */
const PLATFORM = String.raw`instagram|facebook|tiktok|linkedin|youtube|snapchat`;
/**
 * Words saying the data is published: «publisere», «offentliggjøre», «legge … ut på nett / internett / i eInnsyn»,
 * «publish», «post … on the website», «presentere / vise … på nettstedet», «show … on the website». Publishing statistics,
 * results, anonymous or aggregated figures, numbers («antall medlemmer») or job vacancies
 * publishes no personal data, and a clause with a negation («enkeltsvar publiseres ikke»; Norwegian puts it after the
 * verb) is left out whole, and the clause must name something about people (PERSONAL). Read clause by clause. Used by
 * recipients-stated and national-id-justified. What is shown may take up to eight words before the place («show photographs
 * of teeth before and after cosmetic treatment on our website»: variants-tannlege T09), and a named platform («on our
 * Instagram page») is such a place.
 */
const PUBLISH = lazyPattern(
  String.raw`(?<![\p{L}])(?:publiser\p{L}*|offentliggj\p{L}*|publish\p{L}*|(?:legg(?:e|er|es|je|jast)?|lagt|lagd|lagde|lagte)\s+(?:\p{L}+\s+){0,3}?ut\s+(?:på|i|til)\s+(?:\p{L}+s\s+)?(?:nett\p{L}*|internett|heimeside\p{L}*|hjemmeside\p{L}*|einnsyn|sosiale medier|sosiale medium|(?:${PLATFORM})(?:-?\p{L}+)?)|post(?:s|ed|ing)?\s+(?:\p{L}+\s+){0,5}?on\s+(?:the\s+|our\s+)?(?:[\p{L}-]+['’]s\s+)?(?:website|internet|web|social media|${PLATFORM})|(?:shar(?:e|es|ed|ing)|del(?:e|er|es|ast|t|te|tes)|spread\p{L}*|spre(?:r|s|dd|ast)?)\s+(?:publicly|openly|offentlig|offentleg|åpent|ope)\s+(?:\p{L}+\s+){0,3}?(?:on|in|via|på|i)\s+(?:the\s+|our\s+|våre\s+|vår\s+|vårt\s+)?(?:[\p{L}-]+\s+)?(?:website|internet|web|social media|home\s*page|homepage|nettsted\p{L}*|nettstad\p{L}*|nettside\p{L}*|heimeside\p{L}*|hjemmeside\p{L}*|internett|sosiale medier|sosiale medium|${PLATFORM})|(?:presenter\p{L}*|vise|viser|vises|visast|show(?:s|n|ing)?|display\p{L}*)\s+(?:\p{L}+\s+){0,8}?(?:på|i|on)\s+(?:\p{L}+\s+){0,2}?(?:nettsted\p{L}*|nettstad\p{L}*|nettside\p{L}*|heimeside\p{L}*|hjemmeside\p{L}*|internett|sosiale medier|sosiale medium|website|internet|social media|${PLATFORM}))`,
  'iu',
);
/**
 * (Above, PUBLISH also reads sharing «publicly» on a website, a home page or social media: «Pictures in which participants appear
 * are shared publicly on our social media channels and our home page», «bileta blir delte offentleg på heimesida»:
 * variants-paraphrase2 PB026; W13, session 24. Not sharing alone, which may be with one party, nor on an intranet.)
 *
 * What a redaction («sladdet», «maskert», «masked») must remove for a publication to hold no personal data: faces, number
 * plates, names, identities. «Offentlig journal der fødselsnummer er sladdet» still publishes the names.
 */
const REDACTED_IDENTITY =
  '(?:ansikt|face|skilt|(?:number|licen[cs]e)\\s+plate|registreringsnummer|(?<![\\p{L}])(?:navn|namn|names?)(?![\\p{L}])|identit|personopplysning|personal data)';
/**
 * Publishing what holds no personal data: statistics, results, findings, anonymous or aggregated figures, job vacancies,
 * or anything said to be published so that no one can be recognised («uten at deltakerne kan gjenkjennes», «in a form
 * where no participant can be identified»), among them images whose faces and number plates are blurred, pixelated or
 * masked first (rec. 26; vegdata- og trafikkinformasjonsforskriften § 2-5 defines the road camera service as collecting,
 * anonymising and making the images available). «Without blurring» («uten sladding») is no such image.
 */
const NOT_PERSONAL = lazyPattern(
  String.raw`statistikk|statistic|(?<!(?:uten|utan|without)\s+(?:\p{L}+\s+)?)(?:blurr\p{L}*|pixelat\p{L}*|pikselert\p{L}*|uskarp\p{L}*|(?=sladd|maskert|masked)(?<=${REDACTED_IDENTITY}[^.;:!?]*?)(?:sladd\p{L}*|maskert\p{L}*|masked)|(?:sladd\p{L}*|maskert\p{L}*|masked)(?=[^.;:!?]*?${REDACTED_IDENTITY}))|(?<![\p{L}])(?:antall|antal|talet på|number of)(?![\p{L}])|result|(?<![\p{L}])funn(?:a|ene|et)?(?![\p{L}])|findings|anonym|aggreg|utlysning|stillingsannonse|vacanc|job ad|(?:uten|utan|without)(?![\p{L}])[^.;:!?]*?(?:gjenkjenn|kjennast att|kjennes igjen|identifi|recogni)|(?<![\p{L}])(?:no|ingen|inga)\s+(?:\p{L}+\s+){0,2}?(?:can|could|kan)\s+(?:be\s+)?(?:gjenkjenn|kjennast att|kjennes igjen|identifi|recogni)`,
  'iu',
);
/**
 * What is published must be about people: names, photos and images, comments, lists, journals, details, or the people themselves
 * (candidates, members, elected representatives, delegates, donors: «presentere kandidatene på nettstedet»). «Publisere
 * nyheter på nettsiden» publishes no personal data, though the site's editors are in the record. Nor does a list of things
 * (F4, session 35: «publiserer vi anløpslister, nyheter og skjemaer», variants-havn's clean base): a compound whose first
 * part is a thing (THING_LIST: vessel calls, prices, goods, routes, books, events, courses, a menu, a programme), or a list
 * «over», «of» such things («list of port calls», «liste over arrangementene»). A list of people stays personal
 * («deltakerlister», «crew list», «venteliste», «list of participants»).
 */
const THING_LIST = String.raw`(?<!(?:anløp|anløps|skipsanløp|pris|vare|rute|sjekk|bok|kurs|arrangement|arrangements|hendings|hendelses|meny|tiltaks|huske|handle|innkjøps|ønske|spille|lese|pensum|fartøy|fartøys|skips|price\s|reading\s|book\s|check|play|shopping\s|event\s|wish\s|to-do\s|port\s+call\s|sailing\s))`;
const OF_THINGS = String.raw`(?!\p{L}*\s+(?:over|of)\s+(?:the\s+|our\s+|våre\s+)?(?:\p{L}+\s+)?(?:\p{L}*anløp\p{L}*|arrangement\p{L}*|kurs|kursa|kursene|priser|prisane|prisene|varer|varene|vara|bøker|bøkene|nyheter|nyheiter|skjema\p{L}*|(?:vessel|ship|port)\s+calls|sailings|events|courses|prices|products|books|news|forms)(?![\p{L}]))`;
const PERSONAL = lazyPattern(
  String.raw`navn|namn|name|bilde|bilete|foto|photo|picture|(?<![\p{L}])images?(?![\p{L}])|(?<![\p{L}])stills?(?![\p{L}])|video|innspill|uttale|merknad|kommentar|comment|journal|${THING_LIST}list${OF_THINGS}|opplysning|details|kontakt|contact|profil|(?<![\p{L}])cv(?![\p{L}])|historie|stories|story|fødselsnummer|adresse|address|e-post|email|telefon|phone|kandidat|candidate|medlemm|(?<![\p{L}])members?(?![\p{L}])|tillitsvalgt|folkevalgt|representant|delegat|delegate|bidragsyter|givere|donor`,
  'iu',
);
/**
 * A body's own details, not a person's: its name, address, opening hours, phone number, contact details, organisation
 * number or website, said to be the body's by a genitive or possessive before them («The museum's name, address and
 * opening hours», «Kommunens adresse», «Biblioteket sitt namn», «our name and address») or a «til»/«of» after them
 * («Namnet, adressa og opningstidene til museet», «the address of the hospital»). Taken out of a clause before PERSONAL
 * is read (N, session 17: «The museum's name, address and opening hours are published by Visit Norway AS» fired
 * recipients-stated). «Navn og adresse til kommunens innbyggere», «the school's pupils», «våre navn» (plural) stay personal.
 */
const BODY_DETAIL = String.raw`(?:(?:nav|nam)n(?:et)?|name|\p{L}*adress\p{L}*|address(?:es)?|åpningstid\p{L}*|opningstid\p{L}*|opening\s+(?:hours|times)|telefonnummer\p{L}*|(?:tele)?phone\s+numbers?|e-?post(?:adresse)?\p{L}*|e-?mail(?:\s+address)?|kontaktinformasjon\p{L}*|kontaktopplysning\p{L}*|contact\s+(?:details|information|info)|organisasjonsnummer\p{L}*|org(?:ani[sz]ation)?\s+number|logo\p{L}*|nettside\p{L}*|nettstad\p{L}*|website)(?![\p{L}])`;
const BODY_DETAILS = String.raw`${BODY_DETAIL}(?:(?:\s*,\s*(?:og\s+|and\s+|or\s+|eller\s+)?|\s+(?:og|and|or|eller|&)\s+)(?:the\s+|its\s+|our\s+)?${BODY_DETAIL})*`;
const BODY_NOUN_EN = String.raw`museum|library|school|kindergarten|company|municipality|council|hospital|clinic|shop|store|office|cent(?:re|er)|hotel|firm|business|organi[sz]ation|association|club|church|parish|agency|directorate|foundation|institute|university|college|pharmacy|practice`;
const OWN_DETAILS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:the\s+)?(?:${BODY_NOUN_EN})['’]s|our|its|vår|vårt|muse(?:um)?ets|bibliotekets|skolens|skulens|barnehagens|(?:fylkes)?kommunens|selskapets|virksomhetens|verksemdas|sykehusets|sjukehusets|butikkens|(?:lege)?kontorets|klinikkens|sente?rets|hotellets|foretakets|bedriftens|bedriftas|organisasjonens|foreningens|foreiningas|lagets|klubbens|kirkens|kirkas|kyrkjas|menighetens|etatens|direktoratets|stiftelsens|instituttets|universitetets|h(?:ø|øy)gsk(?:o|u)lens|apotekets|(?:museet|biblioteket|skulen|barnehagen|kommunen|selskapet|verksemda|sjukehuset|butikken|kontoret|klinikken|senteret|hotellet|foretaket|bedrifta|organisasjonen|foreininga|laget|klubben|kyrkja|kyrkjelyden|etaten|direktoratet|stiftinga|instituttet|universitetet|høgskulen|apoteket|legekontoret)\s+(?:sitt|sin|si))\s+(?:own\s+|egne?\s+|eigne?\s+)?${BODY_DETAILS}|(?<![\p{L}])${BODY_DETAILS}\s+(?:til|for|of)\s+(?:the\s+|our\s+|vårt\s+|vår\s+)?(?:museet|biblioteket|skolen|skulen|barnehagen|kommunen|selskapet|verksemda|virksomheten|sykehuset|sjukehuset|butikken|kontoret|legekontoret|klinikken|senteret|hotellet|foretaket|bedrifta|bedriften|organisasjonen|foreninga|foreningen|foreininga|laget|klubben|kyrkja|kirken|kirka|kyrkjelyden|menigheten|etaten|direktoratet|stiftelsen|stiftinga|instituttet|universitetet|høgskolen|høyskolen|høgskulen|apoteket|${BODY_NOUN_EN})(?![\p{L}'’])`,
  'giu',
);
/** A word list spelt with both cases of each letter («ikke» → «[iI][kK][kK][eE]»): case-insensitive without the `i` flag. */
function ci(words: string): string {
  return words.replace(/\p{Ll}/gu, (c) => (c.toUpperCase() === c ? c : `[${c}${c.toUpperCase()}]`));
}
/**
 * A negation in a clause («publiseres ikke», «vi kontakter deg ikkje», «we do not contact them»), read as whole words. Not
 * the first part of a hyphen compound, which names a kind and negates nothing («ikke-nødvendige informasjonskapsler»,
 * «ikkje-naudsynte», «not-for-profit partners»; H12V's false-alarm review left it as a miss, 2026-11-30).
 * Since 2026-12-01 (L) also «cannot», the determiners and pronouns of none («ingen», «inga», «intet», «ingenting»,
 * «inkje», «nothing», «none», «nobody», «no one»), «verken/hverken/korkje … eller» and «neither … nor», and English «no»
 * (NO_EN: only in an English clause — an English function word within 200 characters of it, a bound that keeps a long
 * clause without a full stop linear (R1: 20,000 characters of nynorsk «no» took 0.66 s a test) —, as nynorsk «no» is
 * «now»: «Vi har no flytta arkivet»; and only before a word, not a
 * web address's «.no», «organisation no.» nor «yes or no»). Not where the negation says
 * «only» («ingen andre enn revisor», «deles ikke med andre enn NAV», «no one other than the auditor», «not … except»:
 * ONLY_AFTER): the clause then says the thing of those it names.
 */
const ONLY_AFTER = String.raw`(?!\s+(?:\p{L}+\s+){0,3}?(?:${ci('andre|anna|annan|annet|anne|noen|nokon|nokre|other|others|anyone|anybody|one')})\s+(?:${ci('enn|than|except|but')})(?![\p{L}])|\s+(?:\p{L}+\s+){0,3}?(?:${ci('unntatt|utanom|utenom|bortsett|except|but')})(?![\p{L}]))`;
/**
 * English clause markers, read around «no»: a function word Norwegian does not have; and right after «no», an English word
 * of the records' own subjects that Norwegian does not have either («No profiling takes place», «No automated decisions»:
 * a heading with no function word; L, session 13) «this», «these», and «no diagnosis», «no medical …» («This activity
 * records no diagnosis, symptom or treatment»: N8's review, w10, 2026-12-02; no Norwegian word is spelt so).
 */
const EN_FUNCTION = ci('the|is|are|was|were|will|shall|been|we|our|your|their|there|has|of|with|any|this|these');
const EN_MARK = `(?:${EN_FUNCTION}|${ci('data|information|longer|more|one|such|personal|cookies|other|profiling|automated|automatic|decisions?|decision-making|health|diagnosis|diagnoses|treatment|treatments|medical|illness|illnesses|sensitive|special|marketing|sharing|transfers?|disclosures?|third|criminal|national|biometric|cameras?|tracking|monitoring|recording|copies|copy')})`;
const NO_EN = String.raw`(?<![.@/])(?<!${ci('yes')}\s*(?:${ci('or')}|\/)\s*)${ci('no')}(?=\s+\p{L})(?:(?=\s+${EN_MARK}(?![\p{L}]))|(?=[^.;:!?]{0,200}?(?<![\p{L}])(?:${EN_FUNCTION})(?![\p{L}]))|(?<=(?<![\p{L}])(?:${EN_FUNCTION})(?![\p{L}])[^.;:!?]{0,200}?${ci('no')}))`;
/**
 * Nynorsk «inga» (none, feminine) but not the name «Inga» (L, session 13): lower case, or all capitals, or with a capital
 * only at the start of a clause and not before a capitalised word («Inga opplysningar blir delte» denies; «Inga Hansen
 * er personvernombod» and «kontakt Inga i HR» do not). Read without the `i` flag, which cannot tell the cases apart.
 */
const INGA = String.raw`inga|INGA|(?<=(?:^|[.;:!?\n•*–-])\s*)Inga(?!\s+\p{Lu})`;
/**
 * The pattern's words are spelt with both cases of each letter (ci) rather than read with the `i` flag, so that «Inga» can
 * be told from «inga». «verken … eller», «neither … nor» within 400 characters of one clause: unbounded, each «neither»
 * read on to the clause's end, and 20,000 characters of «neither x …» took 0.2 s a test, 80,000 characters 3 s (R1,
 * session 13).
 */
export const NEGATION = letterPattern(
  String.raw`(?<![\p{L}])(?:(?:${ci('ikke|ikkje|aldri|never|not|cannot|ingen|intet|ingenting|inkje|nothing|none|nobody')}|${ci('no')}\s+${ci('one')}|${INGA}|${NO_EN})(?![\p{L}])(?!-\p{L})${ONLY_AFTER}|(?:${ci('verken|hverken|korkje|neither')})\s+(?:[^.;:!?]{0,400}?)(?<![\p{L}])(?:${ci('eller|nor')})(?![\p{L}]))|${ci("n't")}(?![\p{L}])${ONLY_AFTER}`,
  'u',
);
/**
 * Whether the «no» that starts at `at` in `text` is English «no» as NEGATION reads it (an English word within 200
 * characters, read in the whole text): for readers that look at a few words before a match and would otherwise miss the
 * English words farther off, or read nynorsk «no» (now) as a negation.
 */
const NO_EN_AT = lazyPattern(NO_EN, 'uy');
export function englishNoAt(text: string, at: number): boolean {
  NO_EN_AT().lastIndex = at;
  return NO_EN_AT().test(text);
}
const INGA_AT = lazyPattern(`(?:${INGA})(?![\\p{L}])`, 'uy');
/** Whether «inga» at `at` in `text` is the nynorsk word of none as NEGATION reads it (not the name «Inga»). */
export function ingaAt(text: string, at: number): boolean {
  INGA_AT().lastIndex = at;
  return INGA_AT().test(text);
}
/** A bare «no» as a word (to be judged by englishNoAt). */
const NO_WORD = lazyPattern(String.raw`(?<![\p{L}])no(?![\p{L}])`, 'giu');
/**
 * Whether `text` between `from` and `to` holds a negation: NEGATION in that stretch, or a «no» in it that is English in the
 * whole text (englishNoAt). Used by readers that look at a few words around a match.
 */
export function negatedBetween(text: string, from: number, to: number): boolean {
  const stretch = text.slice(from, to);
  if (NEGATION.test(stretch)) return true;
  for (const m of stretch.matchAll(NO_WORD())) if (englishNoAt(text, from + m.index)) return true;
  return false;
}
/**
 * Whether some clause of a text (split at STOP: . ; : ! ?, even inside a web address, not CLAUSE_END) matches `said` (a pattern
 * or a test of the clause) and holds no negation (NEGATION).
 */
export const saidUnnegated = (text: string, said: RegExp | ((clause: string) => boolean)): boolean => unnegatedClause(text, said) !== undefined;
/**
 * The first clause (split at STOP) that matches `said` and holds no negation: the words saidUnnegated found, to quote.
 * `said` is tested first: it matches few clauses, and NEGATION, a long pattern, is then read only in those (`said` has
 * no state: a pattern without the `g` or `y` flag, or a test without side effects).
 */
export const unnegatedClause = (text: string, said: RegExp | ((clause: string) => boolean)): string | undefined => {
  for (const c of stopClauses(text)) if ((typeof said === 'function' ? said(c) : said.test(c)) && !NEGATION.test(c)) return c;
  return undefined;
};
/**
 * A text cut at STOP, for the last few texts asked about: a rule asks unnegatedClause about the same text with one pattern
 * after another (at 10,000 activities, ~20 MB of clauses were cut anew).
 */
const RECENT_CLAUSES = 8;
const recentText: (string | undefined)[] = new Array<string | undefined>(RECENT_CLAUSES);
const recentClauses: (readonly string[])[] = new Array<readonly string[]>(RECENT_CLAUSES);
let nextClauses = 0;
function stopClauses(text: string): readonly string[] {
  for (let i = 0; i < RECENT_CLAUSES; i++) if (recentText[i] === text) return recentClauses[i]!;
  const clauses = splitOn(text, STOP);
  recentText[nextClauses] = text;
  recentClauses[nextClauses] = clauses;
  nextClauses = (nextClauses + 1) % RECENT_CLAUSES;
  return clauses;
}
/**
 * Where a clause ends for `publishes` (and recipients-stated): a stop, semicolon, colon, exclamation or question mark, but
 * not the dot inside a web address («publiseres på vegvesen.no», «published on www.example.org»), which would cut off
 * what follows it.
 */
export const CLAUSE_END = /[.;:!?](?![\p{L}\d])/u;
/**
 * The other places rules cut a text, named once so that each reading says which it uses (V, 2026-12-01; until then
 * written out in eight rule files): STOP, every stop, semicolon, colon, exclamation or question mark, even inside a web
 * address or a number (saidUnnegated, discloses: a stop is never read across); SENTENCE_END, the same but not at a colon,
 * so a list after a colon stays with what introduces it («Vi bruker opplysningene til: …»); PART_END, STOP or a comma,
 * for readings where a comma part of its own («…, og sender tilbudene selv») must not lend its words to the rest.
 */
export const STOP = /[.;:!?]/;
/**
 * STOP, but not a point before a digit: a decimal or a date («scores above 0.9 are banned automatically», «Kurs over 1.5
 * dager i mestring av angst», «1.12.2026») is no clause's end. Used where a cut inside a number split what a clause says
 * (prose-activity's parts: F, session 16; `discloses` and prose-category's clauses: N, session 17).
 */
export const STOP_NOT_DECIMAL = /[.;:!?](?!\d)/u;
export const SENTENCE_END = /[.;!?]/;
export const PART_END = /[.;:!?,]/;
/** Whether a text says personal data is published (or, with `also`, matches those words too), clause by clause. */
/**
 * «utan namn», «uten navn», «without names»: what a publication leaves out is no personal word (W5, session 20); nor is
 * «uten personopplysninger», «without personal data» (NO_PERSONAL_DATA: «Tabeller uten personopplysninger publiseres» fired on
 * main, N6's review, session 21).
 */
const NO_NAMES = lazyPattern(String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|inga|no)\s+(?:navn|namn|names)(?![\p{L}])`, 'giu');
export function publishes(text: string, also?: RegExp): boolean {
  return text
    .split(CLAUSE_END)
    .some(
      (c) =>
        (published(c) || (also !== undefined && also.test(c))) &&
        PERSONAL().test(c.replace(OWN_DETAILS(), ' ').replace(NO_NAMES(), ' ').replace(NO_PERSONAL_DATA(), ' ')) &&
        !NOT_PERSONAL().test(c) &&
        !NEGATION.test(c) &&
        !(mayForbid(c) && FORBIDS_HANDING().test(c) && !BUT_AFTER().test(c)),
    );
}
/**
 * Showing people their own data («vise brukeren profilen sin på nettsiden», «show members their own details on the
 * website», «Min side», «my account») makes it available to them alone, not to the public: no publication (Art. 4(2)
 * «making available» to others). Only the verbs of showing are read so; publishing or presenting one's «own» data
 * («publisere medlemmenes egne bilder») is publication still.
 */
const SHOW_VERB = lazyPattern(String.raw`^(?:vise|viser|vises|visast|show|shows|shown|showing|display\p{L}*)$`, 'iu');
const SHOWN_TO_SELF = lazyPattern(
  String.raw`(?<![\p{L}])(?:sin|sitt|sine|egen|eget|egne|eigen|eige|eigne|dine|din|ditt|own)(?![\p{L}])|(?<![\p{L}])(?:min side|mi side|mine sider|my page|my account|min konto|my profile)(?![\p{L}])`,
  'iu',
);
/**
 * Posting on the premises where everyone who comes in sees it: «henges opp ved kassene», «slår opp på oppslagstavla i
 * resepsjonen», «hengjer opp … i skranken», «posted on the notice board at the reception», «pinned up by the tills»
 * (Art. 4(2) «otherwise making available»; variants-trening TR09, variants-apotek AP75). Only the verbs of putting up
 * (not «vise»/«display», which staff's own screens do) and only a place the public comes to: a notice board, the reception,
 * a counter or till, the entrance, a shop window or the shop. A staff-only place (STAFF_ONLY) is the controller's own.
 */
const PLACE_NB = String.raw`(?:plakat\p{L}*|oppslagstavl\p{L}*|informasjonstavl\p{L}*|tavl(?:a|en|ene|ane)|resepsjon(?:en|ane|ene|ar|er)?|skranke(?:n|ne)?|skrankane|disk(?:en|ane|ene)|kass(?:a|en|ene|ane)|inngang(?:en|ane|ene|s\p{L}*)?|utstillingsvindu\p{L}*|butikk(?:en|ane|ene|lokal\p{L}*)?)`;
const PLACE_EN = String.raw`(?:posters?|notice ?boards?|noticeboards?|bulletin boards?|reception(?: desks?| areas?)?|front desks?|counters?|tills?|checkouts?|cash desks?|entrances?|(?:shop|store) windows?|shop floor|(?:shops?|stores?))`;
const POSTED_ON_PREMISES = lazyPattern(
  String.raw`(?<![\p{L}])(?:heng(?:e|er|es|t|ast|je|jer|jast|jes)?\s+(?:\p{L}+\s+){0,4}?opp\s+(?:\S+\s+){0,12}?(?:ved|på|i|over)\s+(?:\p{L}+\s+){0,3}?${PLACE_NB}|vis(?:e|er|es|ast|t|te|ast)?\s+fram\s+(?:\S+\s+){0,8}?(?:ved|på|i)\s+(?:\p{L}+\s+){0,3}?${PLACE_NB}|sl(?:å|år|ås|åast|ått|ege|egne)\s+(?:\p{L}+\s+){0,4}?opp\s+(?:\S+\s+){0,8}?(?:på|i)\s+(?:\p{L}+\s+){0,2}?(?:oppslagstavl\p{L}*|informasjonstavl\p{L}*|tavl(?:a|en|ene|ane))|(?:posted|posting|pin(?:s|ned|ning)?|hung|hang(?:s|ing)?|put(?:s|ting)?\s+(?:\S+\s+){0,3}?up)(?:\s+up)?\s+(?:\S+\s+){0,12}?(?:on|at|in|by|near|beside|next\s+to|to)\s+(?:the\s+|our\s+|a\s+|each\s+|every\s+|all\s+)?(?:\p{L}+\s+){0,2}?${PLACE_EN}|posts?\s+(?:\S+\s+){0,8}?(?:on|at|in)\s+(?:the\s+|our\s+|a\s+|each\s+|every\s+)?(?:\p{L}+\s+){0,2}?(?:notice ?boards?|noticeboards?|bulletin boards?))(?![\p{L}])`,
  'iu',
);
/** A place only the controller's own staff come to: what is put up there stays inside (no recipient, Art. 4(9)). */
const STAFF_ONLY = lazyPattern(
  String.raw`personalrom\p{L}*|pauserom\p{L}*|spiserom\p{L}*|lunsjrom\p{L}*|kantin\p{L}*|(?:de|dei) (?:ansatte|tilsette)|(?<![\p{L}])intern\p{L}*|staff ?rooms?|break ?rooms?|back office|(?<![\p{L}])staff only|employees only|internal`,
  'iu',
);
/**
 * Something published before, named after a preposition («kjøpe papirkopier av publiserte bilder», «copies of published
 * photos», «fra tidligere publiserte saker»): what the text speaks of, not a publication it makes (variants-media's photo
 * archive, which sells prints to readers and lists its carrier). Or what another party has published («tall som serbiske
 * myndigheter har publisert», «figures published by Statistics Norway»: N8's review of F12, session 22): its publication,
 * not the controller's.
 */
const PUBLISHED_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:av|fra|frå|of|from|med|with|i|in)\s+(?:(?:tidligere|tidlegare|allerede|alt|previously|already|våre|our|alle|all)\s+)?(?:publiserte|published|offentliggjorte|offentleggjorde)|(?:som|that|which)\s+(?!(?:vi|me|we)\s)(?:[\p{L}-]+\s+){1,3}?(?:har|hadde|has|have|had)\s+(?:publisert|publisera|published|offentliggjort|offentleggjort)|(?:publisert|publisera|published)\s+(?:av|by)\s+(?!(?:oss|us)(?![\p{L}]))(?:[\p{L}-]+\s+){0,2}?(?:myndighet\p{L}*|styresmakt\p{L}*|authorit(?:y|ies)|byrå\p{L}*|statistisk\p{L}*|\p{Lu}[\p{L}-]*))(?![\p{L}])`,
  'giu',
);
/**
 * The three readings of `published`, each run only on a clause that holds its words (util/prefilter.ts): `publishes` reads
 * every clause of a text, and most clauses hold none of them (P15's count, session 24: 9,939 clauses on the distinct 1,000
 * activities, each read by all three). PUBLISH is gated on the clause it reads, after PUBLISHED_BEFORE's words are out.
 */
const mayPostOnPremises = prefilter(POSTED_ON_PREMISES);
const mayHavePublishedBefore = prefilter(PUBLISHED_BEFORE);
const mayPublish = prefilterAny(PUBLISH);
/**
 * Open for anyone to see or read («som kven som helst kan lese», «Anyone can look up the licence holders», «anyone passing
 * the reception can see pictures of …», «alle som kjem inn, kan sjå …»: paraphrase4 PD005, PD006, PD034; session 28): made
 * available to everyone (Art. 4(2)); `publishes` asks the clause for personal words as for any publication.
 */
const OPEN_TO_ANYONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:anyone|everyone|anybody|kven\s+som\s+helst|hvem\s+som\s+helst|alle\s+som\s+(?:kjem|kommer|går|passerer|besøker|vitjar)|all\s+(?:customers|visitors))\s+(?:\S+\s+){0,4}?(?:can|kan|may)\s+(?:see|read|view|look\s+up|sjå|se|lese|slå\s+opp)(?![\p{L}])`,
  'iu',
);
const mayBeOpen = prefilter(OPEN_TO_ANYONE);
function published(raw: string): boolean {
  if (mayPostOnPremises(raw) && POSTED_ON_PREMISES().test(raw)) return !STAFF_ONLY().test(raw);
  if (mayBeOpen(raw) && OPEN_TO_ANYONE().test(raw)) return !STAFF_ONLY().test(raw);
  const clause = mayHavePublishedBefore(raw) ? raw.replace(PUBLISHED_BEFORE(), ' ') : raw;
  if (!mayPublish(clause)) return false;
  const m = PUBLISH().exec(clause);
  if (m === null) return false;
  return !(SHOW_VERB().test(m[0].split(/\s/)[0]!) && SHOWN_TO_SELF().test(clause));
}

/**
 * Employers and principals (nb, nn), as OUTSIDE_PARTY and RECEIVING_PARTY read them. Nynorsk writes both «arbeidsgjevar»
 * and «arbeidsgivar» («sender vi diagnosen til arbeidsgivaren»: variants-legevakt LV23; B22, session 22).
 */
const EMPLOYER_PARTY = 'arbeidsgiver\\p{L}*|arbeidsgjevar\\p{L}*|arbeidsgivar\\p{L}*|oppdragsgiver\\p{L}*|oppdragsgjevar\\p{L}*|oppdragsgivar\\p{L}*';
/**
 * An agency the controller buys a service from or hands work to, by the kind of agency (nb, nn, en): a web, advertising,
 * marketing, media, communications, PR, design, recruitment, staffing or travel agency («shared with our web agency
 * Nettbyrå Vest AS for its own marketing», «sender lista til reklamebyrået», «deler opplysningane med rekrutteringsbyrået»:
 * variants-tolk TL03; W9, session 22). Whoever receives data is a recipient (Art. 4(9)). Only the compounds and phrases that
 * name such an agency: «the agency», «byrået» alone may be the controller itself (a directorate, Statistisk sentralbyrå).
 */
const AGENCY_PARTY = String.raw`(?:nett|web|reklame|medie|media|kommunikasjons|pr-|design|markedsførings|marknadsførings|rekrutterings|bemannings|vikar|reise|annonse|analyse)byrå(?:et|a|er|ene|ar|ane)?|(?:web|digital|advertising|ad|marketing|media|communications?|pr|design|creative|branding|recruitment|recruiting|staffing|temp|temping|travel|market\s+research|seo)\s+agenc(?:y|ies)`;
/**
 * Next of kin and guardians (nb, nn; RELATIVE_PARTY_EN in English), as OUTSIDE_PARTY and RECEIVING_PARTY read them. Not the
 * body's own staff for relatives (H12V false-alarm review, 2026-11-30): «kommunens pårørendekoordinator», «pårørandekontakten
 * på avdelinga», «pårørendeveilederen» (the municipality's duty to relatives, helse- og omsorgstjenesteloven § 3-6, is met
 * by its own staff).
 */
const RELATIVE_PARTY =
  '(?:pårørende|pårørande)(?!koordinator|kontakt|ansvarl|veileder|veiledar|rettleiar|rådgiver|rådgjevar|los)\\p{L}*|verge\\p{L}*|verje\\p{L}*';
const RELATIVE_PARTY_EN = 'relatives|next of kin|guardians?';
/**
 * «til»/«to» as a word: the preposition a handing-over names its receiver after. One source for every reading of it
 * (TO_NAMED_PARTY, BEFORE_TO, TO_WORD here; recipients-stated's TO_NAMED). Not «til» in an adverb of its own («til dømes»,
 * «til eksempel» = for example, «til og med», «til stede», «til slutt», «til sammen», «til vanleg»): «Søkjarane sender CV
 * og attestar, til dømes frå Fylkesmannen» names no receiver (X2, session 20: session 19's F4 registry).
 */
const TIL_ADVERB = String.raw`(?!\s+(?:dømes|eksempel|og\s+med|stede|stades|slutt|sammen|saman|dels|tider|vanlig|vanleg|gjengjeld|felles)(?![\p{L}]))`;
/** «til»/«to» before the receiver in TO_PARTY's patterns (followed there by whitespace): not the adverbs TIL_ADVERB. */
const TIL_TO = String.raw`(?:til${TIL_ADVERB}|to)`;
export const TO = String.raw`(?<![\p{L}])(?:til(?![\p{L}])${TIL_ADVERB}|to(?![\p{L}]))`;
/** The landlord and the other tenants (NAMED_PARTIES; W3, session 19). */
const LANDLORD_PARTY = lazyPattern(
  String.raw`(?<![\p{L}])(?:gårdeier\p{L}*|gardeigar\p{L}*|huseier\p{L}*|huseigar\p{L}*|bygningseier\p{L}*|bygningseigar\p{L}*|landlords?|building\s+owners?|(?:de|dei|the)\s+(?:andre|other)\s+(?:leietaker(?:e|ne)|leigetakar(?:ar|ane)|tenants))(?![\p{L}])`,
  'iu',
);
/**
 * Another school by its kind (NAMED_PARTIES; W3, session 19), or named as the child's («ein kopi går til skulen til barnet»,
 * «barnets skole», «the child's school»: a health service's report copied to the school; variants-legevakt LV20, W11
 * session 23): not «skulen» alone, in a school's own record the controller.
 */
const SCHOOL_KIND_PARTY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:skulen|skolen)\s+(?:til|åt)\s+(?:barnet|eleven|guten|jenta|gutten|pasienten)|(?:barnets|elevens|pasientens)\s+(?:skole|skule)|barnet\s+sin\s+(?:skole|skule)|(?:the\s+)?(?:child|pupil|patient)['’]s\s+school|grunnskole(?:n|ne|r)?|grunnskule(?:n|ne|ar|ane)?|barneskole(?:n|ne|r)?|barneskule(?:n|ne|ar|ane)?|ungdomsskole(?:n|ne|r)?|ungdomsskule(?:n|ne|ar|ane)?|(?:den\s+)?videregående\s+skole(?:n|ne|r)?|(?:den\s+)?vidaregåande\s+skule(?:n|ne|ar|ane)?|(?:primary|secondary|upper\s+secondary|high|elementary)\s+schools?)(?![\p{L}])`,
  'iu',
);
/**
 * The prison's management (NAMED_PARTIES, RECEIVING_PARTY; W11, session 23). Not «kriminalomsorgen» nor its officers: in the
 * correctional service's own records they are the controller (lawful-wordings-s21/s22 kriminalomsorg bodies).
 */
const PRISON_PARTY_WORDS = String.raw`fengselsleiing(?:a|ar|ane)?|fengselsledelse(?:n|r|ne)?|(?:the\s+)?prison(?:['’]s)?\s+(?:management|governor)|(?:leiinga|ledelsen)\s+(?:i|ved|på)\s+fengsel(?:et)?`;
const PRISON_PARTY = lazyPattern(String.raw`(?<![\p{L}])(?:${PRISON_PARTY_WORDS})(?![\p{L}])`, 'iu');
/**
 * Outside parties a record names by name, each with the words a recipient (or processor, or joint controller) that is that
 * party is listed by: the police (not «politisk», «politiker», «politikk», «politisere»: politically exposed persons,
 * politicians, policy; nor «politiattest», «politiregisterloven», a certificate and a law), NAV, the tax and customs administrations, Økokrim, Finanstilsynet, the enforcement officer,
 * bidragsfogden (barnevernsloven § 15-12: an organ Arbeids- og velferdsdirektoratet designates, named also as NAV), the
 * county governor (Statsforvalteren; Fylkesmannen before 2021), another body's contact point, driving schools, debt
 * collectors, insurers, Elhub, the energy market's data hub (avregningsforskriften ch. 6), the courts and asylum
 * reception centres. One list: OUTSIDE_PARTY
 * reads every `party` as a party data may be handed to, and recipients-stated asks that a list of recipients that names
 * none of them (`named`) names the one a description hands data to. A party word is added here, once.
 */
export const NAMED_PARTIES: readonly { party: RegExp; named: RegExp }[] = [
  { party: /(?<![\p{L}])(?:politi(?!sk|ker|kk|sere|attest|regist)\p{L}*|police)(?![\p{L}])/iu, named: /politi|police/iu },
  { party: /(?<![\p{L}])nav(?![\p{L}])/iu, named: /(?<![\p{L}])nav(?![\p{L}])|arbeids- og velferd|labour and welfare/iu },
  { party: /skatteetaten/iu, named: /skatt|tax/iu },
  { party: /økokrim/iu, named: /økokrim|finansiell etterretning|financial intelligence/iu },
  { party: /finanstilsyn\p{L}*/iu, named: /finanstilsyn|financial supervisory/iu },
  { party: /tolletaten|tollvesenet/iu, named: /toll|customs/iu },
  { party: /namsmann\p{L}*|namsfogd\p{L}*|enforcement officers?/iu, named: /namsmann|namsfogd|enforcement/iu },
  { party: /bidragsfogd\p{L}*/iu, named: /bidragsfogd|(?<![\p{L}])nav(?![\p{L}])|arbeids- og velferd|labour and welfare/iu },
  { party: /statsforvalt\p{L}*|fylkesmann\p{L}*/iu, named: /statsforvalt|fylkesmann|county governor/iu },
  { party: /kontaktpunkt\p{L}*|contact points?/iu, named: /kontaktpunkt|contact point/iu },
  { party: /trafikkskole\p{L}*|kjøreskole\p{L}*|køyreskule\p{L}*|driving schools?/iu, named: /skole|skule|school/iu },
  { party: /inkasso\p{L}*|debt collect\p{L}*/iu, named: /inkasso|debt collect|collection/iu },
  { party: /forsikringsselskap\p{L}*|insurers?/iu, named: /forsikr|insur/iu },
  { party: /(?<![\p{L}])elhub(?![\p{L}])/iu, named: /elhub/iu },
  // Bufdir by its short and its full name, either in the words or the list (P's review, session 14; N, session 15).
  {
    party:
      /(?<![\p{L}])(?:bufdir|barne-,?\s+ungdoms-\s+og\s+familiedirektorat\p{L}*|(?:the\s+)?norwegian\s+directorate\s+for\s+children,\s+youth\s+and\s+family\s+affairs)(?![\p{L}])/iu,
    named: /bufdir|barne-,?\s+ungdoms-\s+og\s+familie|children,\s+youth\s+and\s+family/iu,
  },
  // The courts («sender kontoutskrift til tingretten», «sendes til lagmannsretten», «to the district court»): not «retten»
  // alone, which is also «the right» (variants-verje VE15).
  {
    party: /(?<![\p{L}])(?:\p{L}*tingrett(?:en)?|lagmannsrett(?:en)?|domstol(?:en|ane|ene|ar|er)?|(?:district\s+|appeal\s+)?courts?)(?![\p{L}])/iu,
    named: /rett|domstol|court/iu,
  },
  // An asylum reception centre (variants-verje VE17: a copy of a minor's representative's appointment sent to it). Not the
  // child welfare service: in a municipality's own record «Barnevernstjenesten» is its own unit (recipients-controller-self).
  { party: /(?<![\p{L}])(?:asylmottak\p{L}*|reception\s+cent(?:re|er)s?)(?![\p{L}])/iu, named: /mottak|reception/iu },
  // A bank other than the controller, told of a person's affairs («give the client's bank the details of our suspicion»:
  // variants-advokat AD14; D2, session 12).
  { party: /(?<![\p{L}])(?:banken|bankane|bankene|banks?)(?![\p{L}])/iu, named: /bank/iu },
  // Other airlines, hotels and companies, and partner or codeshare airlines: another controller the data goes to («exchanged
  // with other Nordic airlines through the industry's shared list», «share the booking with codeshare partners», «utveksla
  // med andre hotell i kjeda»: variants-luftfart LF21, F, session 15). Not one's own («vårt flyselskap»).
  {
    party:
      /(?<![\p{L}])(?:(?:andre|other|partner|samarbeidande|samarbeidende|codeshare)\s+(?:[\p{L}-]+\s+)?(?:flyselskap\p{L}*|airlines?|hotell(?:a|ene|er)?|hotels|selskap(?:er|a|ene)?|companies|bedrifter)|flyselskapa|flyselskapene|airlines|codeshare\s+partners?|codesharepartner\p{L}*)(?![\p{L}])/iu,
    named: /fly|airline|carrier|codeshare|hotel|hotell|selskap|compan|bedrift|partner/iu,
  },
  // The political parties and groups that stand lists, and a list's representatives (valgloven § 5-6 «tillitsvalgt» for a
  // list proposal; valgforskriften § 1-6: parties receive copies of the roll): not «parti» alone (a batch of goods), nor
  // one party («partiet»: in a party's own record, the controller).
  {
    party:
      /(?<![\p{L}])(?:politiske\s+parti(?:a|ene|er|ar)?|partia|partiene|partikontor\p{L}*|partigrupp\p{L}*|listestill(?:ar|er)\p{L}*|political\s+parties|party\s+offices?|tillitsval(?:gt|gte|de|d)\s+for\s+(?:\p{L}+\s+){0,2}?(?:val|valg)?list\p{L}*)(?![\p{L}])/iu,
    // The public listed as a recipient receives what is sent to the parties as public documents (agendas, election lists).
    named:
      /parti|political|tillitsval|listestill|list proposers?|allmenn|allment|ålmenta|offentlegheit|offentligheten|(?<![\p{L}])public(?!\s+(?:authorit|bod|sector))/iu,
  },
  // The person's own doctor, outside the controller: a copy to the child's GP («med kopi til barnets fastlege»:
  // variants-barnehage BH33; L, session 13). Only the GP and a doctor named as the person's («barnets lege», «your doctor»):
  // «legen» alone in a health body's record is its own staff.
  {
    party:
      /(?<![\p{L}])(?:fastlege(?:n|ne|r|ar|ane)?|(?:\p{L}+s|sin|sitt|sine|din|hans|hennes|deres|hennar|their|your|his|her|the\s+\p{L}+['’]s)\s+(?:lege|legen|lækjar|lækjaren|doctor|GP))(?![\p{L}])/iu,
    named: /fastleg|(?<![\p{L}])leg(?:e|en|er|ene|ar|ane)(?![\p{L}])|lækjar|doctor|(?<![\p{L}])gps?(?![\p{L}])|general practi/iu,
  },
  // Next of kin told about a person («we inform … the person's next of kin», «varsle pårørende»: variants-ngo NG37; L,
  // session 14): a recipient a list must name (Art. 4(9)). Not the body's own staff for relatives (RELATIVE_PARTY's guard).
  {
    party: letterPattern(
      `(?<![\\p{L}])(?:(?:pårørende|pårørande)(?!koordinator|kontakt|ansvarl|veileder|veiledar|rettleiar|rådgiver|rådgjevar|los)\\p{L}*|next of kin|relatives)(?![\\p{L}])`,
      'iu',
    ),
    named: /pårørend|pårørand|next of kin|relative|famil|nærmeste|næraste|closest/iu,
  },
  // Schools, universities and colleges as another body a list goes to («Lærestedene får … en liste over hvilke av deres
  // studenter som har fått lån og stipend», «varsle … lærestedet»: variants-studiestotte ST76, ST50; L, session 14).
  {
    party: /(?<![\p{L}])(?:lærested(?:et|a|ene|ane|er|ar)?|utdanningsinstitusjon(?:en|ene|ar|ane|er)?|educational institutions?)(?![\p{L}])/iu,
    named: /lærested|skole|skule|school|universit|høgskol|høgskul|college|utdanningsinstitusjon|educational/iu,
  },
  // The press: newspapers, media, journalists («sende sakspapira til lokalavisa», «gi namna til pressa»).
  // And a parish, member or local magazine a list is sent to for announcement («blir sende til kyrkjelydsbladet for
  // kunngjering», «sent to the parish magazine»: variants-gravferd GF27; W5, session 20): its readers receive it. Only the
  // compounds that name such a magazine (not «datablad», a data sheet).
  {
    party:
      /(?<![\p{L}])(?:pressa|pressen|media|mediene|\p{L}*avis(?:a|en|ene|er|ar|ane)?|journalist(?:en|ar|er|ane|ene)?|the\s+press|newspapers?|journalists?|news\s+media|(?:kyrkjelyds|kirkelyds|menighets|sokne|kyrkje|kirke|medlems|lokal|bygde|grende|kommune|nærmiljø)blad(?:et|a|ene|ane)?|(?:the\s+)?(?:parish|church|community|local)\s+(?:magazines?|newsletters?|bulletins?))(?![\p{L}])/iu,
    // The public listed as a recipient receives what the press does (public minutes sent to the local paper too).
    named:
      /press|media|medie|avis|journalist|newspaper|blad|magazine|bulletin|newsletter|lesar|leser|readers|allmenn|allment|ålmenta|offentlegheit|offentligheten|(?<![\p{L}])public(?!\s+(?:authorit|bod|sector))/iu,
  },
  // The employer of the person, told of a decision about them by another controller («sender vi uføregraden og diagnosen
  // til arbeidsgiveren»: a pension fund's record, variants-pensjon PJ52; F, session 16). A list names it by «arbeidsgiver»,
  // «employer», «bedrift», «virksomhet», «verksemd», «company». In the employer's own record of its staff the employer is
  // the controller (recipients-stated reads the words so where the activity's people are employees).
  {
    party: /(?<![\p{L}])(?:arbeidsgiver(?:en|e|ne)?|arbeidsg(?:jev|iv)ar(?:en|ar|ane)?|employers?)(?![\p{L}])/iu,
    named: /arbeidsgiv|arbeidsgjev|employer|bedrift|virksomhet|verksemd|company|firma|lærebedrift|oppdragsgiv|oppdragsgjev/iu,
  },
  // The electricity supplier (the retailer the customer buys power from: another controller than the grid company), by its
  // compound or in English («kraftleverandøren», «strømleverandøren», «the electricity supplier concerned»:
  // variants-nettselskap NS45; F2, session 17). Not «leverandøren» alone (a processor's supplier, OUTSIDE_PARTY's word).
  {
    party:
      /(?<![\p{L}])(?:(?:kraft|strøm|el|energi)(?:leverandør|handlar|handler)(?:en|ar|ane|er|ene|a|s)?|(?:electricity|power|energy)\s+(?:suppliers?|retailers?))(?![\p{L}])/iu,
    named: /leverandør|supplier|retailer|kraft|strøm|electricity|power|energy/iu,
  },
  // A company's owner municipalities («eigarkommunane», «our owner municipalities»):
  // another controller a list of customers goes to (variants-nettselskap NS54; F2, session 17). And the partner or
  // neighbouring municipalities of a host-municipality cooperation («Kvar månad blir uttrekk med fødselsnummer sende til
  // kvar av samarbeidskommunane», «sent to the partner municipalities»: variants-legevakt LV01, W11 session 23): each is a
  // controller of its own (kommunelova § 20-2: the host municipality runs the task), so what goes to them is disclosed.
  {
    party:
      /(?<![\p{L}])(?:(?:eier|eigar|eiar|samarbeids|nabo|partnar|partner|deltakar|deltaker)kommun(?:e|en|ene|ane|ar|er)|(?:owner|owning|partner|neighbou?ring|participating)\s+municipalit(?:y|ies)|municipal\s+owners?)(?![\p{L}])/iu,
    named: /eier|eigar|eiar|owner|kommun|municipal/iu,
  },
  // An interest or voluntary organisation («dyrevernorganisasjonen», «interesseorganisasjonane», «the animal welfare
  // organisation»: variants-mattilsyn MT65; F2, session 17), by a compound that names what it is for, not the body's own
  // organisation («linjeorganisasjonen», «beredskapsorganisasjonen»).
  {
    party:
      /(?<![\p{L}])(?:(?:dyrevern|dyrevel(?:ferd|ferds)|interesse|frivillig|humanitær|bruker|brukar|pasient|miljøvern|natur(?:vern)?|bransje|fag|arbeidsgiver|arbeidsgjevar|arbeidsgivar|arbeidstaker|arbeidstakar)organisasjon(?:en|a|ane|ene|ar|er)?|(?:animal[\s-]+(?:welfare|rights|protection)|voluntary|humanitarian|non-governmental|interest|user|patient|environmental|industry|trade|employers['’]?)\s+organi[sz]ations?)(?![\p{L}])/iu,
    named: /organisasjon|organi[sz]ation|forening|foreining|association|forbund|allian[sc]e|(?<![\p{L}])(?:ngo|noah)(?![\p{L}])|dyrevern|animal/iu,
  },
  // Other units of the controller's group or chain, each its own controller («We also tell the other clinics in the Nordvet
  // group which customers have unpaid invoices», «We share each locum's details … with the other clinics in the Nordvet
  // group», «deler med dei andre klinikkane i kjeda»: variants-veterinar DY24, DY30;
  // W12, session 23). A group is no single controller: each company in it is another (Art. 4(7), rec. 48 on a group's
  // legitimate interest in transmitting data within it, which still is a transmission). Only «other» units «in the group»
  // (not a sister company by name, often a joint controller the record names: variants-bemanning's base), not «the group»
  // alone (in a parent's record, itself).
  {
    party:
      /(?<![\p{L}])(?:(?:the\s+)?(?:other|andre)\s+(?:[\p{L}-]+\s+)?(?:clinics?|klinikk(?:ar|er|ane|ene)|practices|companies|selskap(?:er|a|ene)?|subsidiaries|datterselskap\p{L}*|hospitals?|sjukehus(?:a)?|sykehus(?:ene)?|stores|butikk(?:ar|er|ane|ene)|hotels|hotell(?:a|ene)?|units|einingar|enheter)\s+(?:in|of|within|i|innan|innen|innenfor|innanfor)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+)?(?:group|chain|konsern(?:et)?|kjed(?:a|en)|gruppa|gruppen))(?![\p{L}])/iu,
    named:
      /group|konsern|kjed|chain|klinikk|clinic|sister|søster|compan|selskap|practice|subsidiar|hospital|sjukehus|sykehus|store|butikk|hotel|unit|eining|enhet/iu,
  },
  // The landowner or the principal a service is done for («vi deler dei med oppdragsgjevaren (grunneigaren)», «Grunneigaren
  // får … namn og adresse til eigaren», «the landowner receives the owner's name»: variants-parkering PK25, PK28; F, session
  // 16): another controller the data goes to, which a list names as the landowner, the owner, the principal or the client.
  {
    party: /(?<![\p{L}])(?:grunneier\p{L}*|grunneigar\p{L}*|landowners?|oppdragsgiver\p{L}*|oppdragsgjevar\p{L}*)(?![\p{L}])/iu,
    named: /grunnei|landown|oppdragsg|eier|eigar|owner|kund|client|customer|principal/iu,
  },
  // The owner of the building the controller rents, and the other tenants in it («deles med gårdeieren og de andre
  // leietakerne i bygget», «shared with the landlord and the other tenants»: variants-regnskap RG17; W3, session 19): other
  // controllers camera footage or access logs go to (Art. 4(9)). Only «andre»/«other» tenants: the tenants alone are, in a
  // landlord's record, the people the data is about.
  {
    party: LANDLORD_PARTY(),
    named: /gårdeier|gardeigar|huseier|huseigar|bygningsei|utleier|utleigar|landlord|owner|eier|eigar|leietak|leigetak|tenant/iu,
  },
  // Another school the pupil attends, by its kind («sender vi framgangsnotata til kontaktlæraren på grunnskulen»: a culture
  // school's record, variants-kultur KU82; «to the pupil's secondary school»; W3, session 19): another unit or body the data
  // goes to. Only the compound kinds (not «skolen», «skulen», in a school's own record the controller).
  {
    party: SCHOOL_KIND_PARTY(),
    named: /skole|skule|school/iu,
  },
  // The prison's management: another body than a prison's health
  // service («Fengselsleiinga får kopi av epikrisen»: a legevakt's record, variants-legevakt LV17, W11 session 23; «the
  // prison governor receives a copy»). Health data given to them breaks the duty of confidentiality unless a law allows
  // it (helsepersonellova § 21), and they are a recipient the list must name (Art. 4(9)). Not the prison itself as a
  // place («besøk i fengselet»), nor its health service («Helsetenesta i Solvik fengsel»), which a list names apart.
  {
    party: PRISON_PARTY(),
    named: /fengselsleiing|fengselsledelse|fengselsbetjent|kriminalomsorg|prison\s+(?:management|governor|authorit|officer|staff)|correctional/iu,
  },

  // A sports club, or its coach («Vi sender òg referatet til treneren i idrettslaget barnet er med i»: variants-ppt PP21;
  // «to the coach at the child's football club»; F7, session 20): another body, a voluntary association, the data goes
  // to. Only the sports compounds (not «klubben», «the club», also a union's local or the controller itself); a club's own
  // record is the controller by its name (recipients-stated's isController).
  {
    party:
      /(?<![\p{L}])(?:idrettslag(?:et|a|ene|ane)?|idrettsklubb(?:en|ar|er|ane|ene)?|sportsklubb(?:en|ar|er|ane|ene)?|fotballklubb(?:en|ar|er|ane|ene)?|fotballag(?:et|a|ene)?|(?:sports?|football|athletics)\s+clubs?)(?![\p{L}])/iu,
    named: /idrett|klubb|club|sport|fotball|football|athletic/iu,
  },
];
/**
 * NAMED_PARTIES' party words as OUTSIDE_PARTY reads them: all but the contact point, which OUTSIDE_PARTY reads with its
 * own guard (not the controller's own contact point).
 */
const NAMED_PARTY_WORDS = NAMED_PARTIES.filter(({ party }) => !party.source.startsWith('kontaktpunkt'))
  .map(({ party }) => `(?:${party.source})`)
  .join('|');
/**
 * An outside party data may be handed to, by the nouns records use (nb, nn, en): customers and clients, employers and
 * principals, partners, suppliers, insurers and banks, public authorities (NAV, the police, the tax administration, the
 * municipality, Økokrim, Finanstilsynet, Tolletaten, the enforcement officer and the courts), debt collectors («inkasso»,
 * «inkassoselskapet», «debt collectors»), driving schools («trafikkskolen», «the driving school»: private businesses that
 * book tests for their pupils), another body's contact point (not «vårt kontaktpunkt», «contact point for whistleblowing»,
 * «in HR»: the controller's own), next of kin, relatives and guardians («pårørende», «verge»), other businesses and third
 * parties; and Elhub, the energy market's data hub (avregningsforskriften ch. 6), a controller of its own to which grid
 * companies send meter values and suppliers customer data; the person's home county or municipality, or the host
 * municipality («heimfylket», «hjemkommunen», «vertskommunen»), to which a private school or a kindergarten reports
 * (privatskolelova §§ 1-3, 3-1 fifth paragraph). Used by `discloses` (TO_PARTY, PASSIVE_SENT, TO_NAMED_PARTY).
 */
const OUTSIDE_PARTY = `(?:${NAMED_PARTY_WORDS}|${AGENCY_PARTY}|kunde\\p{L}*|kunder\\p{L}*|kundar\\p{L}*|${EMPLOYER_PARTY}|innleier\\p{L}*|samarbeidspartn\\p{L}*|partner\\p{L}*|leverandør\\p{L}*|banken|bankar|banker|kommunen|municipality|municipalities|\\p{L}*myndighet\\p{L}*|\\p{L}*styresmakt\\p{L}*|(?:fylkes|distrikts)?valgstyre\\p{L}*|andre virksomheter|andre verksemder|tredjepart\\p{L}*|customers?|clients?|employers?|principals?|partners?|suppliers?|authorit(?:y|ies)|third part(?:y|ies)|(?<!(?:vårt|vår|våre|our|internal|intern|interne|internt|eget|egne|own|whistleblowing|varslings)\\s+)(?:kontaktpunkt\\p{L}*|contact points?)(?![\\p{L}])(?!\\s+(?:vårt|vår|for\\s+varsl|for\\s+whistleblow|i\\s+hr|in\\s+(?:the\\s+)?hr|at\\s+hr))|${RELATIVE_PARTY}|${RELATIVE_PARTY_EN}|domstolen|domstolane|domstolene|tingretten|(?:heim|hjem)(?:fylke|kommune)(?:t|n)?|vertskommunen?|vertsfylket?)`;
/**
 * Words saying the data is handed to someone outside the controller: «utlevere», «oversende», «gi videre», «innberette»
 * (a report to an authority or a register outside the body; «innrapportere» and «rapportere» only with «til» and an
 * outside party, since deviations are reported internally too), and sharing, sending, presenting or
 * delivering it to an outside party («dele med kunden», «sende til NAV», «sender kunden en presentasjon», «presentere deg
 * for en kunde», «levere listeforslaget til valgmyndigheten», «share with partners», «submit to the authorities»,
 * «disclose»). Read clause by clause; a clause with a negation
 * («deles ikke med andre») says nothing. Sending to a party the activity's own data subjects belong to («sende kunder
 * markedsføring») is writing to the people themselves: the caller says which parties those are. Used by
 * recipients-stated. A handover between our own shifts or crews («overlevering mellom vaktlaga»: variants-ambulanse's
 * base, session 37) is no handing out.
 */
const HAND_OVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:utlever\p{L}*|overlever\p{L}*(?![\p{L}])(?!\s+(?:mellom|between)\s+(?:\p{L}+\s+){0,2}?(?:vakt\p{L}*|skift\p{L}*|shifts?|crews?|kolleg\p{L}*|colleagues|mannskap\p{L}*|tilsette|ansatte|lag(?:a|ene)|team(?:a|ene|s)?)(?![\p{L}]))|oversend\p{L}*|innberett\p{L}*|disclos\p{L}*|(?:gi|gir|gis|gje|gjev|gitt|gjeve)\s+(?:\p{L}+\s+){0,4}?(?:videre|vidare))(?![\p{L}])`,
  'iu',
);
/**
 * Carriers that bring goods to the person: sending or delivering goods «med»/«via»/«with»/«by» one («sender varen med
 * transportøren du velger», «ship with Posten») hands them the name, address and phone (Art. 4(9)).
 */
const CARRIER =
  '(?:transportør\\p{L}*|transportor\\p{L}*|speditør\\p{L}*|budfirma\\p{L}*|budbil\\p{L}*|fraktfirma\\p{L}*|posten|bring|helthjem|postnord|carriers?|couriers?|delivery compan(?:y|ies))';
/**
 * The parties read in the receive form (TO_PARTY.receive), a part of OUTSIDE_PARTY: customers and clients left out, since a
 * customer getting access is shown their own data; suppliers too, since «leverandøren får tilgang ved feilretting» is a
 * processor's access, recorded as such.
 */
export const RECEIVING_PARTY = `(?:${EMPLOYER_PARTY}|${PRISON_PARTY_WORDS}|grunneier\\p{L}*|grunneigar\\p{L}*|landowners?|lærested(?:et|a|ene|ane|er|ar)?|utdanningsinstitusjon(?:en|ene|ar|ane|er)?|educational institutions?|samarbeidspartn\\p{L}*|partner\\p{L}*|forsikringsselskap\\p{L}*|nav|politiet|skatteetaten|\\p{L}*myndighet\\p{L}*|\\p{L}*styresmakt\\p{L}*|tredjepart\\p{L}*|inkasso\\p{L}*|${RELATIVE_PARTY}|bidragsfogd\\p{L}*|statsforvalt\\p{L}*|fylkesmann\\p{L}*|arbeidssted(?:et)?|tiltaksplass(?:en)?|employers?|partners?|insurers?|authorit(?:y|ies)|police|third part(?:y|ies)|debt collect\\p{L}*|${RELATIVE_PARTY_EN}|elhub|politiske\\s+parti(?:a|ene|er|ar)?|partia|partiene|political\\s+parties|pressa|pressen|media|\\p{L}*avisa|\\p{L}*avisen|journalist\\p{L}*|the\\s+press|newspapers?)`;
/**
 * A word of data received (position, information, a message, a copy, a report, access, details), or of who the person is
 * and how to reach them («Partnerne får navn og e-postadresse til medlemmer som bruker en fordel», «partners receive the
 * names»), or getting to know («Arbeidsstedet får bare vite hvem som skal utføre tjenesten»: variants-kriminalomsorg KO16).
 */
const RECEIVED =
  '(?:manntal\\p{L}*|manntall\\p{L}*|(?:electoral\\s+)?rolls?|(?:liste|lista|listen|lister|listene|listar|oversikt|oversikten|oversikter|lists?|overview)\\s+(?:over|med|of|with)|vite|vete|details|navn|namn|names?|e-?postadress\\p{L}*|epostadress\\p{L}*|e-?mail address\\p{L}*|kontaktopplysning\\p{L}*|kontaktinformasjon\\p{L}*|contact details|telefonnummer\\p{L}*|mobilnummer\\p{L}*|phone numbers?|fødselsnummer\\p{L}*|personopplysning\\p{L}*|personal data|posisjon\\p{L}*|lokasjon\\p{L}*|opplysning\\p{L}*|melding\\p{L}*|varsel\\p{L}*|varsl\\p{L}*|kopi\\p{L}*|rapport\\p{L}*|journal\\p{L}*|innsyn|tilgang|data|information|positions?|locations?|cop(?:y|ies)|reports?|notifications?|alerts?|access)';
/**
 * A public body named by its own name as the one that receives (TO_PARTY.receiveNamed): a capitalised compound ending in
 * a kind of body («Havforskingsinstituttet», «Arbeidstilsynet», «Skatteetaten», «Kartverket», «Folkehelseinstituttet»,
 * «Helsedirektoratet», «Haukeland universitetssjukehus»), «Statens …», or in English a name ending in one («the
 * Institute of Marine Research», «the Norwegian Directorate of Health»). Not an office, section or board, which may be the
 * controller's own unit («Lønnskontoret», «Styret»). handedToParty keeps only a capitalised one (the pattern is read
 * case-blind).
 */
const BODY_NAME = String.raw`(?:(?!datatilsyn)\p{L}+(?:institutt(?:et)?|direktorat(?:et)?|tilsyn(?:et)?|etat(?:en)?|verk(?:et)?|ombud(?:et)?|forbund(?:et)?|departement(?:et)?|universitet(?:et)?|sjukehus(?:et)?|sykehus(?:et)?)|[\p{L}-]+\s+(?:universitetssjukehus|universitetssykehus|sjukehus|sykehus|kommune|fylkeskommune)|statens\s+\p{L}+|(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:institute|directorate|inspectorate|ombudsman|ministry|university|hospital)(?:\s+(?:of|for)(?:\s+[\p{L}-]+){1,3}?)?)`;
const BODY_NAMED = lazyPattern(`^(?:${BODY_NAME})$`, 'iu');
/**
 * A data noun as the last part of a compound (nb, nn) or a list, log or record (en), as what a party receives (a log or a
 * recording by its compound too: «Politiet får alarmloggen etter kvar hending», variants-legevakt LV13, W11 session 23):
 * «fangstmeldingane», «timelistene», «helseopplysningar», «kundedata», «a monthly trip list». Not the body's own reports
 * («årsmeldinga», «kvartalsrapporten», «driftsrapport»: N's review of F, session 17).
 */
const RECEIVED_COMPOUND = String.raw`(?:(?!(?:års|kvartals|tertial|halvårs|månads|måneds|drifts|virksomhets|verksemds|aktivitets|status|miljø|budsjett|regnskaps|rekneskaps|økonomi)\p{L})\p{L}+(?:melding(?:a|en|ar|ane|er|ene)?|opplysning(?:a|en|ar|ane|er|ene)?|rapport(?:en|ar|ane|er|ene)?|oversikt(?:a|en|ar|ane|er|ene)?|list(?:e|a|en|er|ene|ar|ane)|journal(?:en|ar|ane|er|ene)?|data|logg(?:en|ar|ane|er|ene)?|opptak(?:et|a|ene)?)|lists?|logs?|records?)`;
/** Where what is received comes from someone other than the controller («… får sykmeldingen fra legen»): a source, not a disclosure. */
const FROM_OTHER = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|from)\s+(?!(?:oss|us|vi|me)(?![\p{L}]))`, 'iu');
/** A word that says nothing is received («partnerne får ingen opplysninger om deg», «receive no data»): not crossed. */
const NONE_WORD = '(?!(?:ingen|inga|ikkje|ikke|aldri|no|none|never|not)(?![\\p{L}]))';
/** A verb of handing over, then (group 1) the OUTSIDE_PARTY it hands to. */
/**
 * A unit of the party named before it («til førebyggjande eining i politiet», «to the youth unit of the police», «til
 * barneavdelinga hos NAV»): the party still receives the data (variants-kultur KU68). One adjective may come before the
 * unit's noun, right after «til», «to»; the party follows «i», «hos», «ved», «in», «of», «at». («til den tilsette i avdelinga i
 * kommunen» names a person, not a unit, and is not read so.)
 */
const UNIT_OF = String.raw`(?:\p{L}+\s+)?\p{L}*(?:eining|eininga|enhet|enheten|avdeling|avdelinga|avdelingen|kontor|kontoret|seksjon|seksjonen|unit|department|section|office)\s+(?:i|hos|ved|in|of|at)\s+(?:the\s+)?`;
const verbToParty = (verb: string, party: string = OUTSIDE_PARTY): RegExp => letterPattern(`(?<![\\p{L}])${verb}(${party})(?![\\p{L}])`, 'iu');
/**
 * The parties notified or given data in the notify, give and hand forms: OUTSIDE_PARTY but customers, clients, suppliers
 * and employers. Notifying or giving customers something («varsle kundene om planlagte strømbrudd», «gi kundane
 * informasjon») is writing to the people themselves; a supplier told of an order is performing a contract; and in
 * «Ansatte kan varsle arbeidsgiveren» the employer is the controller, whom the employee notifies.
 */
const NOTIFIED_PARTY = `(?!(?:kund|customer|client|leverandør|supplier|arbeidsgiv|arbeidsgjev|oppdragsgiv|oppdragsgjev|employer|principal))${OUTSIDE_PARTY}`;
/**
 * The parties a copy is sent to (TO_PARTY.copyTo): NOTIFIED_PARTY and the employer or principal too («report … to
 * Arbeidstilsynet, with a copy to the employer», «med kopi til arbeidsgiveren»: variants-bht BT80; W3, session 19). A copy
 * is sent by the controller, never by the employee who «varsler arbeidsgiveren»; where the activity's people are the
 * controller's own employees, recipients-stated reads the employer as the controller itself.
 */
const COPY_PARTY = `(?!(?:kund|customer|client|leverandør|supplier))${OUTSIDE_PARTY}`;
/** TO_PARTY.copyTo, made when the module loads (its lookbehind is tested by test/property/lookbehind-guards.test.ts), built on first use. */
const COPY_TO_VERB =
  '(?:(?:med|with)\\s+)?(?:(?:en|ein|a)\\s+)?(?=kopi|gjenpart|copy|a\\s+copy)(?<!(?:uten|utan|without|no|ingen|inga)\\s+)(?:kopi|kopien|gjenpart|copy|a\\s+copy)\\s+(?:(?:av|of)\\s+(?:\\p{L}+\\s+){0,3}?)?(?:til|to)\\s+(?:(?:the|our)\\s+)?(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,1}?';
const COPY_TO = lazyPattern(`(?<![\\p{L}])${COPY_TO_VERB}(${COPY_PARTY})(?![\\p{L}])`, 'iu');
/**
 * The parties the notify form reads: those that are told about people (the police and prosecution, NAV, the tax and
 * customs administrations, Økokrim, the enforcement officer and bidragsfogden, the county governor, the courts, debt
 * collectors and insurers, next of kin and guardians, the person's home county or municipality). Not authorities in
 * general, the municipality or partners: «varsle myndighetene om avvik i drikkevatnet», «varsle kommunen om feil på
 * målaren» tell of an event, not of a person.
 */
const NOTIFY_PARTY = `(?:lærested(?:et|a|ene|ane|er|ar)?|utdanningsinstitusjon(?:en|ene|ar|ane|er)?|educational institutions?|politiet|police|påtalemyndighet\\p{L}*|prosecut\\p{L}*|nav|skatteetaten|tolletaten|økokrim|namsmann\\p{L}*|namsfogd\\p{L}*|bidragsfogd\\p{L}*|statsforvalt\\p{L}*|fylkesmann\\p{L}*|domstolen|domstolane|domstolene|tingretten|courts?|inkasso\\p{L}*|debt collect\\p{L}*|forsikringsselskap\\p{L}*|insurers?|${RELATIVE_PARTY}|${RELATIVE_PARTY_EN}|(?:heim|hjem)(?:fylke|kommune)(?:t|n)?)`;
/**
 * Handing data to an outside party, by what the verb does; group 1 is the party. discloses() reads them in this order
 * (the first that names a party decides what recipients-stated hears of). A word between the verb and the party may be a
 * genitive with an apostrophe («send the resident's care plan to the insurer», «the employees' sick notes»; until
 * 2026-11-30 the apostrophe ended the reading: H12V's review).
 */
/**
 * The words between a verb of sending or sharing and «til»/«med»: up to four (six for sharing), or a list with a comma in it
 * up to eight (ten), none of them «til»/«to» («We send each member's number, tier and points balance to our partner hotels»:
 * variants-luftfart LF28, F, session 15). A longer run of words without a comma reaches past the receiver («Vi sender
 * nyhetsbrev og informasjon om spilltilbudet til kunder …»; «alvorlige saker sendes til NIFs påtalenemnd eller meldes til
 * politiet»: variants-spill's and variants-idrett's clean bases).
 */
const LIST_WORD = String.raw`(?!(?:til${TIL_ADVERB}|to|med|with)\s)\p{L}+(?:[\u0027\u2019]\p{L}*)?`;
const listWords = (short: number, long: number): string =>
  String.raw`(?:(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an)\s)\p{L}+(?:[\u0027\u2019]\p{L}*)?\s+){0,${short}}?|(?:${LIST_WORD}\s+){0,3}?${LIST_WORD},\s+(?:${LIST_WORD},?\s+){0,${long - 1}}?`;
const LIST_WORDS = listWords(4, 8);
const LIST_WORDS_SHARE = listWords(6, 10);
/** A word of what is sent in TO_PARTY.sendLong: no «til», «to», and no word that starts a relative or subordinate clause. */
const LONG_WORD = String.raw`(?!(?:til|to|som|that|who|which|der|hvor|kor|where|når|when|fordi|because|dersom|hvis|viss|if|men|but|eller|or)\s)\p{L}+(?:[\u0027\u2019]\p{L}*)?`;
/** A word of what is shared in TO_PARTY.shareLong: LONG_WORD, and not «med», «with». */
const LONG_WORD_SHARE = String.raw`(?!(?:med|with)\s)${LONG_WORD}`;
/** Someone's data among the words sent (TO_PARTY.sendLong): names, addresses, a list, minutes, a summary, a report, a copy. */
const LONG_DATA = String.raw`(?:navn|namn|names?|\p{L}*adress\p{L}*|addresses|\p{L}*opplysning\p{L}*|personalia|fødselsnummer\p{L}*|\p{L}*nummer(?:et|a|ene)?|kontaktinfo\p{L}*|\p{L}*list(?:e|a|en|er|ene|ar|ane)|lists?|referat(?:et|a|er|ene|ar|ane)?|minutes|oppsummering\p{L}*|summar(?:y|ies)|\p{L}*rapport(?:en|ar|er|ane|ene)?|reports?|notat(?:et|a|er|ene|ar|ane)?|notes|\p{L}*journal\p{L}*|records?|kopi(?:en|ar|er|ane|ene)?|cop(?:y|ies)|details|personal\s+data)(?![\p{L}])`;
const LONG_DATA_RE = lazyPattern(String.raw`(?<![\p{L}])${LONG_DATA}`, 'iu');
/**
 * Made-up people an exercise or a course uses («en liste med fiktive personer», «a list of fictitious patients»): a long
 * object naming them is no one's data (X2's THING_OR_DOC reads them one by one; the integrator, session 20, for sendLong).
 */
const MADE_UP_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:fiktiv|fiktive|fiktivt|oppdikta|oppdiktet|oppdiktede|fictitious|fictional|made-up|imaginary)\s+(?:\p{L}+\s+)?(?:person\p{L}*|people|characters?|pasient\p{L}*|patients?|kund\p{L}*|customers?|navn|namn|names)(?![\p{L}])`,
  'iu',
);
/** TO_PARTY's patterns, built when discloses() first reaches them (#16: about 0.5 s of parsing at load, and a registry
 * whose clauses no gate lets through never needs them). */
const toParty = () =>
  ({
    // Exchanging data with a party («utveksle … med andre flyselskap», «exchanged with other Nordic airlines»: each side
    // receives the other's; variants-luftfart LF21, F, session 15) is sharing it.
    share: verbToParty(
      '(?:dele|deler|deles|delt|dela|delar|share|shares|shared|sharing|utveksle|utveksles|utveksler|utveksla|utvekslar|utvekslast|utvekslet|exchange|exchanges|exchanged|exchanging)\\s+(?:' +
        LIST_WORDS_SHARE +
        ')(?:med|with)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    // What is sent may be a list of up to eight words, commas between («We send each member's number, tier and points
    // balance to our partner hotels»: variants-luftfart LF28, F, session 15).
    // The controller may stand right after the verb, not counted among the words of what is sent («Når oppfølgingen
    // avsluttes, sender vi en oppsummering av samtalene til brukerens fastlege»: variants-krisesenter KS44, B16, session 19).
    send: verbToParty(
      '(?:sende|sender|sendes|sendt|senda|send|sends|sent|forward\\p{L}*)\\s+(?:(?:(?:vi|me)\\s+)?(?:' +
        LIST_WORDS +
        ')' +
        TIL_TO +
        '\\s+(?:(?:the\\s+)?' +
        UNIT_OF +
        '|(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?))?',
    ),
    // What is sent named by more words than LIST_WORDS reads, five to ten with no comma, when they name someone's data
    // («Etter møtet sender vi et kort referat av samtalen til NAV», «sender vi julekort med navn og adresse på alle beboerne
    // til kommunen», «Me sender lista med namna på alle deltakarane til kommunen»: session 19's fixers; W5, session 20). The
    // words cross no «til», «to», relative or subordinate word, so the party is the first one the data goes to («alvorlige
    // saker sendes til NIFs påtalenemnd eller meldes til politiet» stays read as before).
    sendLong: verbToParty(
      '(?:sende|sender|sendes|sendt|senda|send|sends|sent|forward\\p{L}*)\\s+(?:(?:vi|me|we)\\s+)?(?=(?:' +
        LONG_WORD +
        '\\s+){0,8}?' +
        LONG_DATA +
        ')(?:' +
        LONG_WORD +
        '\\s+){5,10}?(?:til|to)\\s+(?:(?:the\\s+)?' +
        UNIT_OF +
        '|(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?)',
    ),
    // What is shared named by five to ten words, as sendLong reads what is sent («We share each locum's details and our
    // assessment of their work with the other clinics in the Nordvet group», «Vi deler namn og telefonnummer til alle
    // vikarane våre med dei andre klinikkane i kjeda»: variants-veterinar DY30; W12, session 23): only where the words name
    // someone's data (LONG_DATA), crossing no «med», «with», relative or subordinate word.
    shareLong: verbToParty(
      '(?:dele|deler|deles|delt|dela|delar|share|shares|shared|sharing)\\s+(?:(?:vi|me|we)\\s+)?(?=(?:' +
        LONG_WORD_SHARE +
        '\\s+){0,8}?' +
        LONG_DATA +
        ')(?:' +
        LONG_WORD_SHARE +
        '\\s+){5,10}?(?:med|with)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    // Telling a party which people, who or whether («We also tell the other clinics in the Nordvet group which customers have
    // unpaid invoices», «Vi fortel dei andre klinikkane i kjeda kva kundar som skuldar pengar»: variants-veterinar DY24; W12,
    // session 23): the party learns about the people (Art. 4(9)). Only with the party right after the verb and a question
    // word after it: «tell customers about our offers» names no party that learns of anyone.
    tellWhich: letterPattern(
      `(?<![\\p{L}])(?:tell|tells|told|telling|fortelle|forteller|fortel|fortalte|fortalde)\\s+(?:(?:vi|me|we)\\s+)?(?:(?:also|også|òg)\\s+)?(?:(?:the|our|dei|de|våre|vår)\\s+)?(${NOTIFIED_PARTY})\\s+(?:\\p{L}+\\s+){0,4}?(?:which|who|whether|what|hvilke|hvem|kven|kva|om)\\s+(?:\\p{L}+\\s+){0,2}?(?:customers?|clients?|people|persons?|employees?|members?|kund\\p{L}*|person\\p{L}*|ansatt\\p{L}*|tilsett\\p{L}*|medlem\\p{L}*|locums?|vikar\\p{L}*|owners?|eier\\p{L}*|eigar\\p{L}*|debtors?|skyldner\\p{L}*|skuldnar\\p{L}*|som|that|have|has|har|owe|owes)(?![\\p{L}])`,
      'iu',
    ),
    // A copy that goes to a party («Ein kopi av lista går òg til partia», «kopien går til NAV», «a copy goes to the police»).
    copy: verbToParty(
      '(?:kopi|kopien|kopiar|kopiane|kopier|kopiene|copy|copies)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?(?:går|gjeng|goes|go)\\s+(?:(?:også|òg|og|also)\\s+)?' +
        TIL_TO +
        '\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    present: verbToParty(
      'presenter\\p{L}*\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,3}?(?:for|to)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    deliver: verbToParty(
      '(?:levere|leverer|leveres|levert|levera|deliver\\p{L}*|submit\\p{L}*)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?' +
        TIL_TO +
        '\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    // Reporting only with «til»/«to» and the party (see HAND_OVER): «rapporterer kunders klager» is no disclosure.
    report: verbToParty(
      '(?:innrapporter\\p{L}*|rapporter\\p{L}*|report\\p{L}*)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?' +
        TIL_TO +
        '\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
    ),
    // Notifying or informing a party of something («varsle politiet om vedtaket», «underrette påtalemyndigheten», «informere
    // NAV om oppholdet», «notify the police»), and reporting a matter to it («melde frå til NAV», «melde saka til
    // politiet», «anmelde forholdet til politiet»): the party learns what the notice says about the person (Art. 4(9)).
    // Active forms only: a passive («meldes til politiet av den som er rammet») may have the person as its agent; not «melde
    // seg til» (the person signs up themself).
    notify: verbToParty(
      // The controller may stand after the verb, where an adverbial comes first («Ved fravær varsler vi de pårørende til
      // eleven»: P2's plain defect, F, session 15).
      '(?:(?:varsle|varsler|varslar|varsla|underrette|underretter|underrettar|underretta|informere|informerer|informerte|orientere|orienterer|orienterte|notify|notifies|notifying|inform|informs|informing)\\s+(?:(?:vi|me|we)\\s+)?(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,1}?|' +
        // The party as the second of two told («varsle arbeidsgiveren og lærestedet», «inform the municipal home care service
        // (hjemmetjenesten) and the person's next of kin»: variants-studiestotte ST50, variants-ngo NG37; L, session 14).
        '(?:varsle|varsler|varslar|varsla|underrette|underretter|underrettar|underretta|informere|informerer|informerte|orientere|orienterer|orienterte|notify|notifies|notifying|inform|informs|informing)\\s+(?:[^\\s.;:!?]+\\s+){1,7}?(?:og|and|samt|eller|or)\\s+(?:(?:the|det|den|dei|de)\\s+)?(?:\\p{L}+[\\u0027\\u2019]s\\s+|\\p{L}+s\\s+)?|(?:an)?(?:melde|melder|meldar|meldte)\\s+(?!seg\\s)(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?' +
        TIL_TO +
        '\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?)',
      NOTIFY_PARTY,
    ),
    // Handing or passing something on to a party («hand the claim to a debt collection agency», «pass the report on to the
    // police»).
    hand: verbToParty(
      '(?:hand|hands|handed|handing|pass|passes|passed|passing)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?(?:(?:on|over)\\s+)?to\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?',
      NOTIFIED_PARTY,
    ),
    // Giving a party data, the party named right after the verb («gi bidragsfogden nødvendige opplysningar», «gir NAV
    // tilgang til vedtaket», «give the police a copy»): only with a word of data (RECEIVED) within two words after it.
    // Giving data to a party after «til»/«to» («gi informasjon til politiet», barnevernsloven § 13-5 third paragraph; «give
    // a copy to the police»): only with a word of data between the verb and «til».
    giveTo: verbToParty(
      `(?:gi|gir|gje|gjev|give|gives|giving)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?(?:${RECEIVED}|informasjon\\p{L}*)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?${TIL_TO}\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?`,
      NOTIFIED_PARTY,
    ),
    give: letterPattern(
      `(?<![\\p{L}])(?:gi|gir|gje|gjev|give|gives|giving)\\s+(?:(?:the|our|their|its)\\s+)?(?:\\p{L}+[\\u0027\\u2019]s\\s+)?(${NOTIFIED_PARTY})\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,2}?${RECEIVED}(?![\\p{L}])`,
      'iu',
    ),
    // Sending a party a list of people, the party named right after the verb («Hvert kvartal sender vi kjedens hovedkontor
    // en liste over ansatte i butikkene som ikke har fullført opplæringen»: variants-spill SP77; «send the police a copy»;
    // L, session 14): only with a word of data (RECEIVED) within two words after the party; another body's head office is a
    // party only as such («kjedens hovedkontor», «the chain's head office»: one's own is a unit).
    sendTo: letterPattern(
      `(?<![\\p{L}])(?:sende|sender|send|sends)\\s+(?:(?:vi|me|we)\\s+)?(?:(?:the|our|their|its)\\s+)?((?:\\p{L}+s|\\p{L}+[\\u0027\\u2019]s)\\s+(?:hovedkontor(?:et)?|head\\s+office|headquarters)|${NOTIFIED_PARTY})\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,2}?${RECEIVED}(?![\\p{L}])`,
      'iu',
    ),
    // A copy sent to a party beside the one the message goes to («Styrer sender meldingen, med kopi til barnets fastlege»,
    // «with a copy to the insurer»): the party receives the data as much (Art. 4(9); variants-barnehage BH33).
    // Not «uten kopi til», «without a copy to» (W3, session 19).
    copyTo: COPY_TO(),
    carrier: new RegExp(
      `(?<![\\p{L}])(?:sende|sender|sendes|sendt|senda|send|sends|sent|levere|leverer|leveres|levert|deliver\\p{L}*|frakte\\p{L}*|ship\\p{L}*)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,4}?(?:med|via|with|by)\\s+(?:\\p{L}+(?:[\\u0027\\u2019]\\p{L}*)?\\s+){0,2}?(${CARRIER})(?![\\p{L}])`,
      'iu',
    ),
    // An outside party that receives data, named before the verb («Nærmaste pårørande får posisjonen i ein app», «NAV mottar
    // melding om oppholdet», «relatives receive an alert»): a recipient as much as one the data is sent to (Art. 4(9)). Only
    // with a word of data after the verb (RECEIVED), so «pårørande får pårørandestøtte» (a service) is not read.
    receive: new RegExp(
      `(?<![\\p{L}])(${RECEIVING_PARTY})\\s+(?:får|fær|mottar|mottek|tek imot|tar imot|receives?|gets?|are sent|is sent)\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,4}?${RECEIVED}(?![\\p{L}])`,
      'iu',
    ),
    // The receive form widened (F, session 17): a body named by its own name, or a data noun at the end of a compound
    // («Havforskingsinstituttet får fangstmeldingane til bestandsforsking»: variants-fiskeri FI65; «Oppdragsgjevaren får
    // timelistene til vikarane kvar veke»: N's review, session 16). Not what comes «fra», «from» another (FROM_OTHER).
    receiveNamed: new RegExp(
      `(?<![\\p{L}])(${RECEIVING_PARTY}|${BODY_NAME})\\s+(?:får|fær|mottar|mottek|tek imot|tar imot|receives?|gets?|are sent|is sent)\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,4}?(?:${RECEIVED}|${RECEIVED_COMPOUND})(?![\\p{L}])`,
      'iu',
    ),
    // The party named as the one that asks, then given the data by a pronoun («Når politiet ber om det, gir vi dei oversikt
    // over kva ein lånar har lånt»: variants-kultur KU08; «When the police ask for it, we give them a list of the loans»; F,
    // session 17): the pronoun is the party that asked.
    askedThenGiven: new RegExp(
      `(?<![\\p{L}])(?:når|dersom|viss|hvis|om|if|when|whenever|where)\\s+(?:the\\s+)?(${NOTIFIED_PARTY})\\s+(?:\\p{L}+\\s+){0,2}?(?:ber|bed|spør|spørre|krev|krever|kreve|asks?|requests?|demands?)(?:\\s+[\\p{L}]+){0,4}?,?\\s+(?:(?:vi|me|we)\\s+)?(?:gir|gjev|gi|gje|sender|sendar|utleverer|utleverar|give|send|hand|provide)\\s+(?:(?:vi|me|we)\\s+)?(?:dei|dem|them|den|it|henne|han|ham|him|her)\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,2}?(?:${RECEIVED}|informasjon\\p{L}*|${RECEIVED_COMPOUND})(?![\\p{L}])`,
      'iu',
    ),
    // Selling claims, a portfolio, a list or data to a party («selge porteføljer av krav eldre enn ett år til et
    // inkassoselskap som overtar dem som ny kreditor», «sell overdue receivables to a debt collection agency», «vi sel
    // kundelista til ein samarbeidspartnar»: variants-ekom E27; W3, session 19): the buyer receives the data as a new
    // controller, a recipient (Art. 4(9)).
    // Only with a word of data or claims within four words after the verb: goods, tickets and services sold are none.
    // Claims, a portfolio or a list sold or assigned, named before the verb («Mindre krav selges til inkassoselskapet …»,
    // «Krav under 5 000 kroner blir overdregne til inkassoselskapet», «overdue claims are assigned to a debt collector»; G1,
    // session 23, variants-paraphrase2): the passive of `sell`, the buyer a recipient as much.
    soldPassive: verbToParty(
      `(?:\\p{L}*krav(?:et|a|ene)?|\\p{L}*fordring\\p{L}*|\\p{L}*portefølj\\p{L}*|\\p{L}*list(?:e|a|en|er|ene|ar|ane)|claims?|debts?|receivables|portfolios?)\\s+(?:[^.;:!?\\s]+\\s+){0,6}?(?:selges|selgast|seljast|(?:blir|vert|er)\\s+(?:selde|solgt|selt|seld|overdratt|overdregne|overdregen|overdrege)|overdras|overdrast|(?:is|are|were|was)\\s+(?:sold|assigned))\\s+(?:\\p{L}+\\s+){0,2}?${TIL_TO}\\s+(?:\\p{L}+\\s+){0,2}?`,
    ),
    // A party given data, named after a fronted adverbial and the verb (V2: «Kvar månad får politiet si førebyggjande eining ei
    // oversikt over medlemene», «ved hendelser får gårdeieren og de andre leietakerne kopi av opptakene»; G1, session 23):
    // the receive form with the party after its verb. Not customers, clients, suppliers or employers (NOTIFIED_PARTY).
    receiveAfter: new RegExp(
      `(?<![\\p{L}])(?:får|fær|mottar|mottek)\\s+(?:(?:også|òg|dessutan|dessuten)\\s+)?(${NOTIFIED_PARTY})(?:\\s+(?:si|sin|sitt|sine)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:eining|eininga|enhet|enheten|avdeling|avdelinga|avdelingen|kontor|kontoret|seksjon|seksjonen))?\\s+(?:${NONE_WORD}[^\\s.;:!?]+\\s+){0,10}?(?:${RECEIVED}|${RECEIVED_COMPOUND})(?![\\p{L}])`,
      'iu',
    ),
    // A unit of the party in the genitive as the one that receives («Politiets forebyggende enhet mottar medlemslisten»,
    // «the police's youth unit receives the list»).
    receiveUnit: new RegExp(
      `(?<![\\p{L}])(politiets|nav\\s+sin|nav\\s+si|politiet\\s+si|politiet\\s+sin|the\\s+police['’]s)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:eining|eininga|enhet|enheten|avdeling|avdelinga|avdelingen|seksjon|seksjonen|unit|department|section)\\s+(?:får|fær|mottar|mottek|receives?|gets?)\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,4}?(?:${RECEIVED}|${RECEIVED_COMPOUND})(?![\\p{L}])`,
      'iu',
    ),
    sell: verbToParty(
      `(?:selge|selger|selges|selgast|solgt|solgte|selje|sel|seljer|seljast|selt|selde|sell|sells|selling|sold)\\s+(?=(?:[^\\s.;:!?]+\\s+){0,3}?(?:\\p{L}*krav(?:et|a|ene)?|\\p{L}*fordring\\p{L}*|\\p{L}*portefølj\\p{L}*|\\p{L}*opplysning\\p{L}*|\\p{L}*data|\\p{L}*list(?:e|a|en|er|ene|ar|ane)|\\p{L}*register(?:et|a|ene)?|\\p{L}*adresse(?:r|ne|ar|ane)?|navn|namn|claims?|debts?|receivables|portfolios?|(?:customer\\s+|mailing\\s+|contact\\s+)?lists?|personal\\s+data|information|records|addresses|names)(?![\\p{L}]))(?:[^\\s.;:!?]+\\s+){0,9}?${TIL_TO}\\s+(?:\\p{L}+\\s+){0,2}?`,
    ),
  }) as const;
type Handing = keyof ReturnType<typeof toParty>;
let handings: [Handing, RegExp][] | undefined;
const HANDINGS = (): [Handing, RegExp][] => (handings ??= Object.entries(toParty()) as [Handing, RegExp][]);
/**
 * What is handed over is anonymous or aggregate: «anonymisert statistikk», «aggregerte tall», «anonymised data», «aggregated
 * figures». Anonymous information is no personal data (rec. 26), so handing it over discloses none; unless the words name
 * identifiers beside it («statistikkgrunnlag med fødselsnummer»), or the data behind statistics («statistikkgrunnlag»).
 * Pseudonymised («avidentifiserte») data is personal data and is not read here. Counts also as a compound of who is
 * counted («elevtal», «medlemstall»: W1 false-alarm review, 2026-11-30 — «Skulen sender melding om elevtal til
 * heimfylket» hands no personal data over). «Talet på», «tallet på» count too («Grunneigaren får ein årleg rapport om talet på
 * parkeringar»: N's review, session 16).
 */
const ANONYMOUS_OBJECT = lazyPattern(
  String.raw`(?<![\p{L}])(?:anonymi\p{L}*|anonym\p{L}*|aggreg\p{L}*|statistikk(?!grunnlag)\p{L}*|statistics|antall|antal|tal(?:l)?et\s+på|(?:samla|samlet|samlede|totale|summerte)\s+tal(?:l|a|la|ene|ane)?|totaltal\p{L}*|totals|(?:total|overall|summary)\s+(?:figures|numbers|counts)|(?:elev|medlems|deltaker|deltakar|bruker|brukar|pasient|søker|søkjar|besøks|kunde|søknads|innbygger|innbyggar|ansatt|tilsett)tal(?:l|let|la|a|ane|ene)?)(?![\p{L}])`,
  'iu',
);
const IDENTIFIED = lazyPattern(
  String.raw`fødselsnummer|personnummer|(?<![\p{L}])(?:navn|namn|names?)(?![\p{L}])|identifis|identifiab|personopplysning|personal data|enkeltperson|individual|(?<![\p{L}])(?:per|hver|hvert|kvar|each|every)\s+(?:elev|person|ansatt|tilsett|kunde|bruker|brukar|pasient|deltaker|deltakar|medlem|pupil|employee|customer|user|patient|participant|member)\p{L}*`,
  'iu',
);
/**
 * General information about the body's services handed over («dele informasjon om tjenestetilbudet med pårørende», «gi
 * informasjon om åpningstider og rettigheter»): no personal data (H12V false-alarm review, 2026-11-30), unless the words
 * name identifiers beside it (IDENTIFIED).
 */
const GENERAL_INFO = lazyPattern(
  String.raw`(?<![\p{L}])(?:informasjon|information|info)\s+(?:om|about|on)\s+(?:\p{L}+\s+){0,1}?(?:tjenestetilbud\p{L}*|tenestetilbod\p{L}*|tilbudet|tilbodet|tilboda|tilbudene|åpningstid\p{L}*|opningstid\p{L}*|rettigheter|rettar|rettane|the services?|opening hours|rights)(?![\p{L}])`,
  'iu',
);
/**
 * What is handed over is about the body's offer, not about a person (P's false-alarm review, 2026-12-01): courses, support
 * groups, activities, events, visiting hours, rules, routines, an emergency plan, vacancies, damage to a thing or vandalism
 * («informere pårørende om kurs og samtalegrupper», «hand out the visiting rules to relatives», «varsle forsikringsselskapet
 * om vannskaden i kjelleren», «notify the insurer of damage to the club's minibus»; not «skade på pasienten»), or access to a place («gi pårørende tilgang til pårørenderommet», «give relatives access
 * to the family room»). Opening hours and election turnout («sender partia opningstidene», «pressemelding om valdeltakinga»; B4,
 * variants-valg) are no one's data either, nor a machine out of order or a count of cars («Grunneigaren får melding om at
 * parkeringsautomaten er ute av drift», «a monthly report of the number of cars parked»: F, session 16). Not where the words
 * name identifiers beside it (IDENTIFIED).
 */
const GENERAL_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:om|about|on|of)\s+(?:\p{L}+\s+){0,2}?(?:kurs\p{L}*|courses?|samtalegrupp\p{L}*|støttegrupp\p{L}*|support groups?|aktivitet\p{L}*|activities|arrangement\p{L}*|events?|besøkstid\p{L}*|visiting (?:hours|times)|regler|reglene|reglane|rules|rutin(?:e|er|ene|ane|ar)|routines|procedures|beredskapsplan\p{L}*|emergency plans?|ledige stillinger|vacancies|job openings|(?:vann|brann|storm|frost|glas)skad\p{L}*|hærverk\p{L}*|vandalism|(?:skade|skaden|skader|skadene|damage)\s+(?:på|to)\s+(?!(?:\p{L}+\s+)?(?:pasient|person|elev|barn|kunde|deltak|ansatt|tilsett|medlem|patient|pupil|child|customer|employee|member|participant))\p{L}+)|(?:tilgang|access)\s+(?:til|to)\s+(?:the\s+)?(?:\p{L}+\s+){0,1}?(?:\p{L}*rom|\p{L}*rommet|\p{L}*lokal(?:e|et|ene|a)|\p{L}*bygg(?:et)?|\p{L}*leilighet(?:en)?|\p{L}*leilegheit(?:a)?|parkering\p{L}*|\p{L}*rooms?|buildings?|premises|parking|car park|gjestenett\p{L}*|guest network|wi-?fi)|erfaring(?:er|ar|ene|ane)?|experiences?|kunnskap\p{L}*|knowledge|beste\s+praksis|best\s+practices?|synspunkt\p{L}*|views|fagstoff|undervisningsopplegg\p{L}*|teaching\s+materials?|kompetanse|expertise|know-how|brosjyr\p{L}*|brochures?|leaflets?|flyers?|besøksregl\p{L}*|husregl\p{L}*|(?:visiting|house) rules|(?:åpningstid|opningstid)\p{L}*|opening (?:hours|times)|valdeltak\p{L}*|valgdeltak\p{L}*|turnout|(?:ute|ut)\s+av\s+drift|(?:om\s+at\s+)?(?:den\s+|the\s+)?(?:\p{L}*automat(?:en|ane|ene)|bommen|porten|anlegget|parking\s+(?:machine|meter)s?|barriers?)\s+(?:er|is|are|har|has|ikkje|ikke|doesn't|does\s+not)|driftsstans\p{L}*|driftsavbrudd\p{L}*|out\s+of\s+(?:order|service)|(?:the\s+)?number\s+of\s+(?:cars|vehicles|visitors|people)|(?:inntekt|inntekter|inntektene|inntektane|omsetning\p{L}*|omsetjing\p{L}*|revenue|takings|income)\s+(?:fra|frå|from|av|of|i|in|ved|at)\s+(?:the\s+)?(?:parkering\p{L}*|parking|car\s+park|billett\p{L}*|ticket\s+sales|kiosk\p{L}*|kafe\p{L}*|kafé\p{L}*|café|cafe|utleie\p{L}*|utleige\p{L}*|rental|automat\p{L}*|arrangement\p{L}*|events?)|antal(?:l|et)\s+(?:bilar|biler|køyretøy|kjøretøy|besøkande|besøkende))(?![\p{L}])`,
  'iu',
);
/**
 * The words say outright that no personal data goes with it («… utan personopplysningar», «without personal data», «with
 * no personal information»): not where the denial is of some data only («uten personopplysninger om andre»: what is left
 * is still someone's), nor where the clause names an identifier besides (IDENTIFIED, the denial taken out). Names alone
 * («uten navn») are not read: other data may still go. N's review, session 16.
 */
const NO_PERSONAL_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|with\s+no|ingen|inga|no(?=\s+personal))\s+(?:\p{L}+\s+)?(?:personopplysning\p{L}*|personal\s+(?:data|information)|personidentifiser\p{L}*)(?![\p{L}])(?!\s+(?:om|about|utover|ut over|beyond|other|fra|frå|from|på|of|til|to|for)(?![\p{L}]))`,
  'iu',
);
/**
 * A time adverbial right after the verb («Grunneigaren får kvar månad ei oversikt over inntektene frå parkeringa», «hvert
 * år», «every month», «årleg»): left out before the five words of what is handed over are read (N2, session 17).
 */
const WHEN_FIRST = lazyPattern(
  String.raw`^(?:(?:kvar|kvart|hver|hvert|every|each|once\s+a|ein\s+gong\s+i|en\s+gang\s+i)\s+(?:månad|måned|veke|uke|år|kvartal|halvår|dag|month|week|year|quarter|day)\p{L}*|månadleg|månedlig|årleg|årlig|monthly|annually|yearly|weekly|kvartalsvis|quarterly)[\s,]+`,
  'iu',
);
/**
 * Identifiers the words leave out of what is handed over («samla tal utan fødselsnummer», «anonyme tall uten navn eller
 * fødselsnummer», «totals, with no national identity numbers»): no identifier goes, so IDENTIFIED does not read them (F1,
 * session 24: reviewer N9's l11-l13, session 23).
 */
const ID_WORD = String.raw`(?:fødselsnummer\p{L}*|personnummer\p{L}*|d-nummer\p{L}*|navn|namn|names?|(?:national\s+)?(?:identity|id|identification)\s+numbers?|personopplysning\p{L}*|personal\s+(?:data|information|details)|identifiserande\s+\p{L}+|identifiserende\s+\p{L}+|identifying\s+(?:data|information|details))`;
const IDS_LEFT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|with\s+no|ingen|inga|no|not|ikkje|ikke)\s+(?:\p{L}+\s+)?${ID_WORD}(?:\s*(?:,|og|and|eller|or|nor)\s+(?:andre\s+|other\s+)?${ID_WORD})*(?![\p{L}])`,
  'giu',
);
const anonymousObject = (words: string): boolean =>
  (ANONYMOUS_OBJECT().test(words) || GENERAL_INFO().test(words) || GENERAL_TOPIC().test(words)) && !IDENTIFIED().test(words.replace(IDS_LEFT_OUT(), ' '));
/**
 * What is handed over is a thing or a document about no one (F, session 18; reviewers' false alarms): belongings, keys,
 * clothes, equipment, goods, parcels, books; the body's price list, terms, rules, statutes, budget, annual report or fee
 * schedule («Pårørende får utlevert eiendelene til avdøde», «The insurer receives a copy of the policy terms and the price
 * list each year», «Leverandøren får nøklane til bygget»). No personal data goes with it (Art. 4(1), 4(2)); unless the
 * words name someone's data beside it (PERSON_DATA_WORD, IDENTIFIED): «eiendelene og journalen», «the price list and the
 * members' names». Not read of a carrier (TO_PARTY.carrier: the parcel's label names the person). An urn, the ashes or a
 * coffin handed to the one who may scatter or bury them («utlevere urna til den som har løyve til oskespreiing», «the urn
 * is handed to the next of kin»: variants-gravferd's clean base, B17, session 19) are remains of the dead, whom the GDPR
 * does not cover (recital 27), and no one's data; the receipt or the register the hand-over is noted in stays read.
 * A Christmas card, a thank-you, a routine (not one acted «etter»: «sender avvik etter rutinen»), a blank form, a duty
 * explained and a service agreement (G1, session 19: N3's review) are no one's data either; so is a season's greeting
 * («Vi sender julehelsing til Fylkesmannsgarden», «We send Christmas greetings to our partners»: X2, session 20); and
 * so is a marker, a figurant, a dummy or a made-up person an exercise hands over («Øvelse: vekterne overleverer en markør
 * til politiet», «the trainees hand the dummy to the ambulance crew», «fiktive personar»): no one's data (X2, session 20).
 * Not the exercise's heading alone: «Øvelse: vi sender navnelisten over deltakerne til politiet» names real people.
 * Course dates, timetables and schedules («We send course dates to the upper secondary schools», «Vi sender kursdatoane
 * til skulane»), a notice about fees or prices («Ei kunngjering om dei nye avgiftene blir send til lokalavisa», «a notice
 * about the new fees sent to the newspaper») and a safety data sheet («Sikkerheitsdatabladet for kjemikaliet blir sendt
 * til leverandøren») are no one's data either (F5, session 20); «namna på deltakarane» or «who owe fees» beside them are.
 * So are a list of free places, rooms, premises or beds («Lista over ledige plasser sendes til Utdanningsdirektoratet», «Ei
 * oversikt over ledige senger»), a report on the state of a building or room («A report on the state of the gym is sent to
 * the landlord») and a measure per unit or period («Tidsbruken per avdeling sendes til Statsforvalteren», «waiting times
 * per ward»): a unit's figures are no one's (F2, session 41); with names, or «og»/«med» more after the places, they stay read.
 */
const THING_OR_DOC = lazyPattern(
  String.raw`(?<![\p{L}])(?:eiendel\p{L}*|eigedel\p{L}*|eignelut\p{L}*|belongings|(?:personal\s+)?effects|verdisak\p{L}*|valuables|nøkkel\p{L}*|nøklar\p{L}*|nøkler\p{L}*|nøklene|keys?|adgangskort\p{L}*|tilgangskort\p{L}*|access\s+cards?|key\s?cards?|klær|klærne|klede|kleda|clothes|clothing|gjenstand\p{L}*|items?|objects?|utstyr\p{L}*|equipment|hittegods\p{L}*|lost\s+property|varer|varene|vara|goods|pakk(?:e|en|er|ene|ar|ane)|parcels?|packages?|bøker|bøkene|bøkane|books|\p{L}*prisliste\p{L}*|\p{L}*prislister|price\s?lists?|prices|prisar|prisene|prisane|(?:\p{L}*vilkår\p{L}*|\p{L}*vilkar\p{L}*)|(?:policy\s+|general\s+|standard\s+|contract\s+)?terms(?:\s+and\s+conditions)?|conditions|reglement\p{L}*|vedtekt\p{L}*|statutes|bylaws|by-laws|årsmelding\p{L}*|årsrapport\p{L}*|annual\s+reports?|budsjett\p{L}*|budgets?|gebyrregulativ\p{L}*|fee\s+schedules?|tariff\p{L}*|tariffs?|rate\s+cards?|(?:aske|oske)?urn(?:e|a|en|er|ene|ar|ane|s)?|(?:the\s+)?ashes|cremated\s+remains|kiste(?:n|a|r|ne|ar|ane|er|ene)?|coffins?|caskets?|(?:jule|takke|hilsen|helsing|gratulasjons|bursdags|post)kort(?:et|a|ene|ane)?|(?:christmas|greeting|thank-you|thank\s+you|birthday)\s+cards?|postcards?|markør(?:en|ar|er|ane|ene)?|figurant\p{L}*|(?:trenings|øvings|øvelses)?dukk(?:e|a|en|er|ene|ar|ane)|dumm(?:y|ies)|mannequins?|manikins?|role-?players?|(?:fiktiv|fiktive|fiktivt|oppdikta|oppdiktet|oppdiktede|fictitious|fictional|made-up|imaginary)\s+(?:\p{L}+\s+)?(?:person\p{L}*|people|characters?|pasient\p{L}*|patients?|kund\p{L}*|customers?|tyv\p{L}*|thie(?:f|ves)|navn|namn|names)|(?:jule|nyttårs|nyårs|påske|sommer|sommar)(?:hilsen|hilsener|hilsenen|helsing|helsinga|helsingar|helsingane|helsingen)|(?:christmas|season['’]s|holiday|new\s+year['’]?s?|easter)\s+greetings?|(?:en|ei|ein|a)\s+takk|takken|thanks|rutin(?<!(?:etter|ifølge|følge|med|per|under)\s+(?:\p{L}+\s+){0,2}rutin)(?:e|en|er|ene|ar|ane)|routin(?<!(?:to|per|under|with|following)\s+(?:\p{L}+\s+){0,2}routin)es?|blank\s+(?:cop(?:y|ies)\s+of\s+(?:the\s+|our\s+|a\s+)?)?(?:\p{L}+\s+)?forms?|(?:blank|tom|tomt|tomme)\s+(?:kopi(?:er)?\s+av\s+)?\p{L}*skjema(?:et|er|ene|a|ane)?|(?:explain\p{L}*|forklar\p{L}*)\s+(?:the\s+|our\s+|vår\s+|vår\s+)?(?:\p{L}+\s+)?(?:dut(?:y|ies)|obligations?|\p{L}*plikt(?:en|a|ene|ane|er|ar)?)|(?:in\s+the\s+|i\s+)?(?:service\s+agreements?|tjenesteavtal\p{L}*|tenesteavtal\p{L}*)|(?:kurs|møte|eksamens|prøve|oppstarts|semester|samlings)dato(?:en|ar|er|ane|ene)?|(?:course|session|meeting|class|exam|test|start)\s+dates|dates\s+and\s+(?:times|rooms|places|venues)|dates(?=\s+(?:and\s+times\s+)?(?:of|for)\s+(?:the\s+|our\s+|upcoming\s+|next\s+)*(?:\p{L}+\s+)?(?:courses?|sessions?|meetings?|classes|lessons|exams?|tests?|seminars?))|timeplan\p{L}*|timetables?|møteplan\p{L}*|skjenketid\p{L}*|serving\s+hours|\p{L}*handlingsplan(?:en|ar|er|ane|ene)?|action\s+plans?|møtekalender\p{L}*|arrangementskalender\p{L}*|aktivitetskalender\p{L}*|meeting\s+(?:plans?|calendars?)|events?\s+calendars?|(?:course\s+|class\s+|session\s+)?schedules?|(?:kunngjering|kunngjøring|notice|announcement)(?:a|en|ar|er|ane|ene|s)?\s+(?:om|about|on|of)\s+(?:(?:dei|de|the|nye|new|kommande|kommende|gjeldande|gjeldende|current|årets|this\s+year['’]s)\s+)*(?:avgift\p{L}*|gebyr\p{L}*|pris(?:ar|er|ane|ene)|prices|fees|charges|tariff\p{L}*|sats(?:ar|er|ane|ene)|rates)|\p{L}*sikkerheitsdatablad\p{L}*|\p{L}*sikkerhetsdatablad\p{L}*|produktdatablad\p{L}*|(?:safety\s+|product\s+)?data\s+sheets?|\p{L}*brosjyr\p{L}*|brochures?|leaflets?|flyers?|\p{L}*plakat(?:en|ar|er|ane|ene|a)?|posters?|invitasjon(?:en|ar|er|ane|ene)?|invitations?|(?:liste|lista|listen|lister|listene|oversikt(?:en|a|er|ene)?|rapport(?:en|ar|er)?|lists?|overview|reports?)\s+(?:over|om|med|of|on|about|with)\s+(?:(?:the|all|alle|dei|de)\s+)?(?:ledige|ledig|free|available|vacant)\s+(?:\p{L}*plass(?:en|ar|er|ane|ene)?|places|seats?|rom(?:met|ma|mene)?|rooms?|lokal(?:e|er|a|et|ene|ane)?|premises|seng(?:a|en|er|ar|ene|ane)?|beds?|tim(?:e|ar|er|ane|ene)|slots?|appointments?)(?![\p{L}])(?!\s*(?:,|og|and|med|with)\s)|(?:rapport(?:en|ar|er)?|reports?|oversikt(?:en|a)?|overview|vurdering(?:a|en)?|assessments?)\s+(?:om|over|av|on|of|about)\s+(?:the\s+)?(?:tilstand(?:en)?|state|condition)\s+(?:til|på|i|of)\s+(?:the\s+|our\s+)?(?:\p{L}*(?:bygg(?:et|a|ene|ane)?|bygning(?:a|en|ar|er|ane|ene)?|lokal(?:e|a|et|ene|ane)|rom(?:met|ma|mene)|sal(?:en|ane|ene)|hall(?:en|ane|ene)|tak(?:et)?|anlegg(?:et|a|ene)?)|gym|premises|buildings?|rooms?|roofs?|halls?|facilit(?:y|ies))(?![\p{L}])|(?:tidsbruk(?:en|a)?|ventetid(?:a|en|er|ene)?|saksbehandlingstid(?:en)?|sakshandsamingstid(?:a)?|behandlingstid(?:en|a)?|kostnad(?:en|ar|er|ane|ene)|utgift(?:ene|ane)|forbruk(?:et)?|time\s+spent|waiting\s+times?|processing\s+times?|costs|spending|expenses)\s+(?:per|pr\.|for\s+(?:hver|kvar|each)|by)\s+(?:avdeling(?:a|en)?|eining(?:a)?|enhet(?:en)?|seksjon(?:en)?|skole(?:n)?|skule(?:n)?|kontor(?:et)?|klinikk(?:en)?|post(?:en)?|departments?|units?|sections?|schools?|wards?|offices?|clinics?|måned|månad|month|uke|veke|week|år|year|kvartal|quarter)(?![\p{L}])|(?:statistikk\p{L}*\s+(?:over|om|for)|statistics\s+(?:on|about|for)|(?:samla|samlet|aggregated|aggregert\p{L}*|total)\s+(?:tal|tall|figures|numbers)\s+(?:på|for|on|of)|antall(?:et)?|talet\s+på|tallet\s+på|(?:the\s+)?(?:total\s+)?number\s+of)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+(?:\s+(?:som|who|that)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?)(?![\p{L}])`,
  'iu',
);
/** THING_OR_DOC for every thing a text names (to take them all out). */
const THING_OR_DOC_ALL = lazyPattern(THING_OR_DOC.source, 'giu');
/** Someone's data named beside a thing (THING_OR_DOC): a data word, a journal, a list of people, health, a compound of data. */
const PERSON_DATA_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:navn\p{L}*|namn\p{L}*|names?|vite|vete|know|hvem|kven|who|\p{L}*forklaring\p{L}*|\p{L}*erklæring\p{L}*|\p{L}*attest\p{L}*|søknad\p{L}*|søknad|\p{L}*skjema\p{L}*|forms?|dokument\p{L}*|documents?|papir\p{L}*|papers|brev\p{L}*|letters?|notat\p{L}*|notes|statements?|testimon\p{L}*|evidence|bevis\p{L}*|\p{L}*telefon\p{L}*|mobil\p{L}*|pc|pc-\p{L}*|datamaskin\p{L}*|computers?|laptops?|phones?|minnepinne\p{L}*|usb\p{L}*|hard\s?drives?|harddisk\p{L}*|lagringsmedi\p{L}*|storage\s+media|\p{L}*opplysning\p{L}*|\p{L}*data|journal\p{L}*|epikrise\p{L}*|diagnos\p{L}*|helse\p{L}*|health|medical|kontakt\p{L}*|contact|telefonnummer\p{L}*|phone|e-?post\p{L}*|e-?mail|adress\p{L}*|address\p{L}*|fødsels\p{L}*|birth|(?:liste|lista|listen|lister|oversikt\p{L}*|lists?|overview|register)\s+(?:over|med|of|with)|\p{L}*(?:melding|meldinga|meldingen|meldingar|meldinger)|information\s+(?:about|on|of)|details\s+of|cv|profil\p{L}*|profiles?|bilde\p{L}*|bilete\p{L}*|photos?|images?|video\p{L}*|opptak\p{L}*|recordings?|faktura\p{L}*|invoices?|kontrakt\p{L}*|contracts?|avtalen|avtaler|agreements?|polise\p{L}*|claims?|skade\p{L}*|saks\p{L}*|sak(?:a|en|er|ene)?|cases?|vedtak\p{L}*|decisions?)(?![\p{L}])`,
  'iu',
);
/** THING_OR_DOC's words (util/prefilter.ts): its 3,909 characters are built and run only on words that hold one of them. */
const mayNameThing = prefilterAny(THING_OR_DOC);
/**
 * A body the words end by handing to, by its kind («… to the health authority», «… til helsetilsynet», «til
 * Helsedirektoratet»): its name is not what is handed (PERSON_DATA_WORD would read «health» in it; F2, session 41).
 */
const TO_BODY_END = lazyPattern(
  String.raw`(?<![\p{L}])(?:til|to)\s+(?:the\s+|den\s+|det\s+)?(?:(?!(?:til|to)\s)[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:authorit(?:y|ies)|trusts?|ministry|directorate|agency|tilsyn(?:et)?|direktorat(?:et)?|departement(?:et)?|etat(?:en)?|føretak(?:et)?|foretak(?:et)?)\s*$`,
  'iu',
);
/** What the words hand over is things only (THING_OR_DOC), no one's data beside them; also read by recipients-stated's namedParty. */
export const thingsOnly = (words: string): boolean =>
  mayNameThing(words) &&
  THING_OR_DOC().test(words) &&
  !PERSON_DATA_WORD().test(words.replace(TO_BODY_END(), ' ').replace(THING_OR_DOC_ALL(), ' ')) &&
  !IDENTIFIED().test(words);
/** A party named after «til», «to», «med», «with» anywhere in a clause (ONLY_WHEN_LAW keeps such a clause). */
const TO_NAMED_PARTY_ANYWHERE = lazyPattern(`(?<![\\p{L}])(?:til|to|med|with)\\s+(?:\\p{L}+\\s+){0,2}?(?:${OUTSIDE_PARTY})(?![\\p{L}])`, 'iu');
/** «utlevere», «oversende», «innberette» … «til» a party: whom the words hand the data to. */
const TO_NAMED_PARTY = lazyPattern(`^[^,]*?${TO}\\s+(?:\\p{L}+\\s+){0,2}?(${OUTSIDE_PARTY})(?![\\p{L}])`, 'iu');
/** The words up to «til»/«to»: what is handed over, before whom it goes to. */
const BEFORE_TO = lazyPattern(`^.*?(?=${TO})`, 'iu');
/**
 * An account of disclosures made, as a noun after «oversikt over», «logg over», «innsyn i», «account of», «log of»
 * («Gi innsyn, forklaring på kredittscore og oversikt over utleveringer de siste seks månedene»: what the person is given
 * of their own data under kredittopplysningsloven § 17, not a handing-over; variants-inkasso's clean base, N, session 15).
 */
const ACCOUNT_OF = lazyPattern(
  String.raw`(?<![\p{L}])(?:oversikt\p{L}*|logg(?:en|ar|er)?|liste(?:n)?|lista|historikk(?:en)?|innsyn|account|record|log|list|overview|history)\s+(?:over|i|of|av|med)\s+(?:(?:alle|all|tidligere|tidlegare|previous|past|the)\s+)?$`,
  'iu',
);
/**
 * An account of who received what, as an indirect question («holde oversikt over hvem som har fått utlevert hvilket
 * arkivmateriale», «halde oversikt over kven som har fått utlevert nøklar», «keep a log of who has been issued which files»):
 * what the record holds about the people it is about, not a handing-over of that record (variants-ika's clean base, B24,
 * session 23). Only where the clause names no party the words go «til», «to» after it («Vi sender en liste over hvem som har
 * fått utlevert materiale til kommunen» is still read).
 */
const ACCOUNT_OF_WHO = lazyPattern(
  String.raw`(?<![\p{L}])(?:oversikt\p{L}*|logg(?:en|ar|er)?|liste(?:n)?|lista|historikk(?:en)?|register\p{L}*|account|record|log|list|overview|history|track)\s+(?:over|of|med)\s+(?:hvem|kven|who)\s+(?:som\s+)?(?:(?:har|hadde|has|have|had)\s+)?(?:(?:fått|får|fekk|fikk|been|got|gets|get|received|was|were|is|are)\s+)?$`,
  'iu',
);
function endsInAccountOf(before: string, account: () => RegExp = ACCOUNT_OF): boolean {
  if (before.length <= 240) return account().test(before);
  const tail = before.slice(before.length - 240);
  const space = tail.search(/\s/u);
  return space >= 0 && account().test(tail.slice(space));
}
/**
 * The person the record is about as the one who receives («hvilket materiale du bestiller og får utlevert», «du får
 * utlevert en kopi», «kva du har fått utlevert», «what you are handed»): giving people what they ask for is no disclosure
 * to another (Art. 4(9)); B24, session 23. Like ACCOUNT_OF_WHO, only where no party is named «til», «to» after the verb.
 */
const PERSON_RECEIVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|dere|de selv|you)\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:og|eller|and|or)\s+)?(?:(?:har|hadde|has|have|had)\s+)?(?:får|fær|fekk|fikk|fått|get|gets|got|are|were|have\s+been|has\s+been)\s+$`,
  'iu',
);
/** A verb of handing over, unless it hands the data to the controller itself («opplysninger arbeidsgivere innberetter til kommunen», in the municipality's own record). */
/** Our own board, management or a department as a passive's bare object («blir oversendt styret», «sendes kvalitetsavdelingen»). */
const OWN_BODY_OBJECT = lazyPattern(
  String.raw`^(?:(?:hoved|hovud|lands|sentral|forbunds|klubb|lags)?styret|ledelsen|leiinga|administrasjonen|sekretariatet|\p{L}*avdeling(?:en|a)|\p{L}*seksjonen|\p{L}*eininga|\p{L}*enheten)$`,
  'iu',
);
function handedOver(c: string, ownParty: (party: string, words: string) => boolean): boolean {
  let m = HAND_OVER().exec(c);
  // Past an account of disclosures to the next handing-over word, if any («fører oversikt over utleveringer og utleverer …»).
  let from = 0;
  while (
    m !== null &&
    (endsInAccountOf(c.slice(0, from + m.index)) ||
      ((endsInAccountOf(c.slice(0, from + m.index), ACCOUNT_OF_WHO) || endsInAccountOf(c.slice(0, from + m.index), PERSON_RECEIVES)) &&
        TO_NAMED_PARTY().exec(c.slice(from + m.index + m[0].length)) === null))
  ) {
    from += m.index + m[0].length;
    m = HAND_OVER().exec(c.slice(from));
  }
  if (m === null) return false;
  if (from > 0) c = c.slice(from);
  if (personActs('handOver', c.slice(0, m.index), c.slice(m.index + (/^\S+/u.exec(m[0])?.[0].length ?? 0)))) return false;
  const rest = c.slice(m.index + m[0].length);
  const handed = m[0] + (BEFORE_TO().exec(rest)?.[0] ?? rest);
  if (anonymousObject(handed) || thingsOnly(c)) return false;
  const to = TO_NAMED_PARTY().exec(rest);
  // A passive with its receiver as object, no «til» («Pasientlistene blir oversendt styret»: session 39, R31): our own unit
  // or board as that object hands nothing over.
  const object = to === null ? /^\s*((?:\p{Lu}[\p{L}-]*|[\p{L}-]{3,}(?:en|et|a|ane|ene|ne)))(?=[\s,.;]|$)/u.exec(rest) : null;
  if (object !== null && (ownParty(object[1]!, c) || OWN_BODY_OBJECT().test(object[1]!))) return false;
  return to === null || !ownParty(to[1]!, to[0]);
}
/**
 * The party as the subject of a passive sending («The driving school that booked the test is sent the result», «NAV får
 * tilsendt vedtaket», «kommunen blir sendt en kopi»): handed the data as much as «sende … til» it. Not a party after
 * «til»/«to» («fakturaen til kunden sendes …»: the sending is of something addressed to them), nor one after «fra»,
 * «from», «om», «about», «av», «of» («Opplysninger fra NAV blir sendt til saksbehandleren»: the data comes from them).
 */
const PASSIVE_SENT = lazyPattern(
  `(?<![\\p{L}])(?<!(?<![\\p{L}])(?:til|to|fra|frå|from|om|about|av|of)\\s+(?:\\p{L}+\\s+){0,2})(${OUTSIDE_PARTY})\\s+(?:\\p{L}+\\s+){0,5}?(?:is|are|will be|blir|vert|får|gets?)\\s+(?:sent|tilsendt|sendt|forwarded|oversendt|utlevert|utlevera|overlevert|handed|disclosed)(?![\\p{L}])`,
  'iu',
);
/**
 * The receiver's own data («Samarbeidspartnerne får tilgang til sine egne kontaktopplysninger», «partners receive their
 * own contact details»): nothing about the person is received (W1 false-alarm review, 2026-11-30).
 */
const RECEIVER_OWN = lazyPattern(String.raw`(?<![\p{L}])(?:sine egne|sin egen|sitt eget|sine eigne|sin eigen|sitt eige|their own|its own)(?![\p{L}])`, 'iu');
const THE_CUSTOMER = lazyPattern(String.raw`^(?:kunden|customer|client)$`, 'i');
/**
 * A message sent to the party named right after the verb, with no «til»/«to» (double object: «sende kunder … e-post om
 * våre varer», «send customers a newsletter»): the party are the addressees of a message, the people written to, unless
 * the clause names data about someone else being sent (a CV, a profile, a presentation, an application).
 */
const MESSAGE = lazyPattern(
  String.raw`e-?post|e-?mail|(?<![\p{L}])sms(?![\p{L}])|tekstmelding\p{L}*|nyhetsbrev\p{L}*|newsletters?|tilbud\p{L}*|tilbod\p{L}*|offers?|varsel|varsl\p{L}*|påminn\p{L}*|reminders?|kvittering\p{L}*|receipts?|faktura\p{L}*|invoices?|notifications?`,
  'iu',
);
const ABOUT_OTHERS = lazyPattern(
  String.raw`(?<![\p{L}])cv|opplysning\p{L}*|profil\p{L}*|presentasjon\p{L}*|søknad\p{L}*|dokument\p{L}*|personalia|details of|profiles?|applications?`,
  'iu',
);
const TO_WORD = lazyPattern(TO, 'iu');
/** Nothing is sent («is sent nothing», «får ingenting», «blir sendt ingen opplysninger»). */
const NOTHING = lazyPattern(
  String.raw`(?<![\p{L}])(?:nothing|ingenting|ikkje noko|ingen opplysning\p{L}*|no (?:data|information|personal data))(?![\p{L}])`,
  'iu',
);
const GUIDANCE = lazyPattern(String.raw`(?<![\p{L}])(?:guidance|guidelines|rettleiing\p{L}*|veiledning\p{L}*|retningslin\p{L}*)(?![\p{L}])`, 'iu');
/** «får utlevert», «are handed» (PASSIVE_SENT): read only with a word of data after it (DATA_AFTER). */
const HANDED_OUT = lazyPattern(String.raw`(?:utlevert|utlevera|overlevert|handed)$`, 'iu');
const DATA_AFTER = lazyPattern(`^\\s+(?:${NONE_WORD}\\p{L}+\\s+){0,4}?(?:${RECEIVED}|${RECEIVED_COMPOUND})(?![\\p{L}])`, 'iu');
/**
 * Data sent to a party named right after a passive verb, with no «til» (bokmål and nynorsk double object: «Sakspapirene sendes
 * også lokalavisen før møtet», «Lista sendast kvart år Statsforvaltaren»: variants-bevilling BV16; F9, session 21): handed to
 * it as much as «sendes til» it (Art. 4(9)). Only an outside party (OUTSIDE_PARTY: not «sendes ut», «sendes kommunestyret»),
 * and only where the words before the verb name someone's data or a case's papers (PASSIVE_DIRECT_DATA), not a plan, an
 * agenda or statistics («Møteplanen sendes lokalavisen»).
 */
const PASSIVE_SENT_DIRECT = lazyPattern(
  `(?<![\\p{L}])(?:sendes|sendast)\\s+(?:(?:også|òg|i\\s+tillegg|dessuten|deretter|automatisk|hvert\\s+år|kvart\\s+år|årlig|årleg|samtidig|samstundes)\\s+){0,2}(${OUTSIDE_PARTY})(?![\\p{L}])`,
  'iu',
);
const PASSIVE_DIRECT_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*sakspapir\p{L}*|\p{L}*saksdokument\p{L}*|\p{L}*saksframlegg\p{L}*|\p{L}*vedtak(?:et|a|ene|ane)?|\p{L}*rapport(?:en|ar|er|ane|ene)?|\p{L}*uttalels\p{L}*|\p{L}*fråsegn\p{L}*|\p{L}*melding(?:a|en|ar|er|ane|ene)?|\p{L}*søknad(?:en|a|er|ar|ene|ane)?|\p{L}*journal(?:en|ar|er|ane|ene)?|\p{L}*list(?:e|a|en|er|ene|ar|ane))(?![\p{L}])`,
  'iu',
);
function passiveSentDirect(c: string, ownParty: (party: string, words: string) => boolean): boolean {
  if (!/sendes|sendast/iu.test(c)) return false;
  const m = PASSIVE_SENT_DIRECT().exec(c);
  if (m === null || MAGAZINE().test(m[1]!)) return false;
  const before = c.slice(0, m.index);
  if (!(PASSIVE_DIRECT_DATA().test(before) || GIVEN_DATA().test(before) || LONG_DATA_RE().test(before))) return false;
  if (anonymousObject(before) || thingsOnly(c) || NO_PERSONAL_DATA().test(c) || NOTHING().test(c)) return false;
  return !ownParty(m[1]!, m[0]) && !THE_CUSTOMER().test(m[1]!);
}
function passiveSent(c: string, ownParty: (party: string, words: string) => boolean): boolean {
  const m = PASSIVE_SENT().exec(c);
  if (m === null) return false;
  // A magazine «blir sendt» is the thing sent («Kommunebladet blir sendt til alle husstandar»: N4's review, session 20).
  if (MAGAZINE().test(m[1]!)) return false;
  const rest = c.slice(m.index + m[0].length);
  // Handed out may be things («Pårørende får utlevert eiendelene»): only with a word of data after it.
  if (HANDED_OUT().test(m[0]) && !DATA_AFTER().test(rest)) return false;
  // Guidance sent to a party («The animal welfare organisation is sent our guidance on keeping pets»: N2's review) is no one's data.
  if (GUIDANCE().test(rest) && !IDENTIFIED().test(rest)) return false;
  // «is sent nothing», «får ingenting tilsendt»: no sending.
  if (NOTHING().test(rest) || NOTHING().test(m[0])) return false;
  // A party sent a message («Kundene får tilsendt nyhetsbrev», «Customers are sent a receipt») is its addressee, as in the
  // active double object (MESSAGE), unless the clause names data about someone else.
  if (MESSAGE().test(rest) && !ABOUT_OTHERS().test(c)) return false;
  return !ownParty(m[1]!, m[0]) && !THE_CUSTOMER().test(m[1]!) && !anonymousObject(rest) && !thingsOnly(c);
}
/**
 * Data given to a party in the passive («Namn, adresse og gravstad for stellkundane blir gitt til Lindvik Blomster AS»,
 * «Navnelisten blir gitt videre til borettslaget», «the names are given to the insurer»: variants-gravferd GF21; W5, session
 * 20): handed to it as much as «gi … til» it (Art. 4(9)). The party is an outside one (OUTSIDE_PARTY) or a company by its
 * registered name (a capitalised name ending in AS, ASA, SA, BA, DA, ANS, Ltd, AB, GmbH, Inc). Only where the words before the
 * verb name someone's data (GIVEN_DATA: names, addresses, contact details, lists, information, a copy, a report): a permit,
 * a contract, a grant, access or advice «gitt til» a company is no one's data.
 */
const COMPANY_NAME = String.raw`[\p{L}&-]+(?:\s+[\p{L}&-]+){0,3}?\s+${formsPattern(FORMS.givenTo)}`;
const COMPANY_CASED = lazyPattern(String.raw`^\p{Lu}[\p{L}&-]*(?:\s+[\p{L}&-]+){0,3}?\s+${formsPattern(FORMS.givenTo)}$`, 'u');
const PASSIVE_GIVEN = lazyPattern(
  `(?<![\\p{L}])(?:blir|blei|ble|vert|vart|er|var|is|are|was|were|be|been|being)\\s+(?:(?:også|òg|og|also|then|deretter|automatisk|automatically)\\s+)?(?:gitt|gjeve|gjevne|gjevi|gitte|given|handed)\\s+(?:(?:videre|vidare|on|over)\\s+)?(?:til|to)\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}?(${OUTSIDE_PARTY}|${COMPANY_NAME})(?![\\p{L}])`,
  'iu',
);
const GIVEN_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:navn(?:et|a|ene)?|namn(?:et|a)?|names?|\p{L}*adresse(?:r|n|ne|a|ar|ane)?|addresses|\p{L}*opplysning(?:ar|er|ane|ene|a|en)?\s+om|information\s+(?:about|on)|details\s+of|personopplysning\p{L}*|personal\s+data|personalia|fødselsnummer\p{L}*|telefonnummer\p{L}*|mobilnummer\p{L}*|phone\s+numbers?|e-?postadress\p{L}*|e-?mail\s+address\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * The controller's own details named after the noun («adressa vår», «telefonnummeret vårt», «kontaktinformasjonen til
 * gravplassforvaltninga»): no one's data (N4's review of W5, session 20), as OWN_DETAILS reads them before the noun.
 */
const OWN_DETAILS_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])${BODY_DETAILS}\s+(?:vår|vårt|våre|(?:til|for|of)\s+(?:the\s+)?\p{L}*(?:forvaltning|etat|kontor|avdeling|tjeneste|teneste)\p{L}*)(?![\p{L}])`,
  'giu',
);
/** What the words before a handing-over name, the controller's own details taken out. */
const withoutOwnDetails = (words: string): string => words.replace(OWN_DETAILS(), ' ').replace(OWN_DETAILS_AFTER(), ' ');
/** What the press is sent about a thing: a press release, an article, an advert, a notice, general information. */
const PRESS_DOC = lazyPattern(
  String.raw`(?<![\p{L}])(?:pressemelding\p{L}*|press\s+releases?|artik(?:kel|lar|ler)\p{L}*|articles?|annonse\p{L}*|adverts?|advertisements?|kunngjering\p{L}*|kunngjøring\p{L}*|notices?|informasjon\s+om|information\s+(?:about|on)|påminning\p{L}*|påminnelse\p{L}*|reminders?)(?![\p{L}])`,
  'iu',
);
/** A parish, member or local magazine (the press's entry in NAMED_PARTIES): a receiver only of people's names or details. */
const MAGAZINE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:kyrkjelyds|kirkelyds|menighets|sokne|kyrkje|kirke|medlems|lokal|bygde|grende|kommune|nærmiljø)blad(?:et|a|ene|ane)?|(?:the\s+)?(?:parish|church|community|local)\s+(?:magazines?|newsletters?|bulletins?))(?![\p{L}])`,
  'iu',
);
const COMPANY_ONLY = lazyPattern(`^(?:${COMPANY_NAME})$`, 'iu');
const OUTSIDE_ONLY = lazyPattern(`^(?:${OUTSIDE_PARTY})$`, 'iu');
/** Who asks for the data to be given («when the tipster asks us to», «dersom festaren ber om det», «at the request of X»): group 1. */
const ASKED_BY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:when|if|where|når|dersom|viss|hvis)\s+(?:the\s+|den\s+|dei\s+|de\s+)?((?:\p{L}+\s+){0,1}?\p{L}+)\s+(?:asks?|requests?|wants?|ber|bed|ønsker|ønskjer|vil)|(?:at\s+the\s+request\s+of|på\s+(?:oppmoding|forespørsel|førespurnad|anmodning)\s+(?:frå|fra))\s+(?:the\s+)?((?:\p{L}+\s+){0,1}?\p{L}+))(?![\p{L}])`,
  'iu',
);
function passiveGiven(c: string, ownParty: (party: string, words: string) => boolean): boolean {
  const m = PASSIVE_GIVEN().exec(c);
  if (m === null) return false;
  const company = COMPANY_ONLY().test(m[1]!) && !OUTSIDE_ONLY().test(m[1]!);
  if (company && !COMPANY_CASED().test(m[1]!)) return false;
  const before = withoutOwnDetails(c.slice(0, m.index));
  if (!GIVEN_DATA().test(before) || anonymousObject(before) || thingsOnly(c) || NO_PERSONAL_DATA().test(c)) return false;
  // Given at the person's own request («The tipster's name is given to the police when the tipster asks us to»: N2b's
  // lawful wording, session 18), not when the party asks («når politiet ber om det»).
  const asks = ASKED_BY().exec(c);
  if (asks !== null && !OUTSIDE_ONLY().test((asks[1] ?? asks[2] ?? '').trim().split(/\s+/u).pop()!)) return false;
  const party = company ? m[1]!.replace(/\s+\S+$/u, '') : m[1]!;
  return !ownParty(party, m[0]) && !THE_CUSTOMER().test(m[1]!);
}
/**
 * Whether a text says personal data is handed to someone outside the controller, clause by clause. `ownParty` says
 * whether a party word («kunder») names the activity's own data subjects: sending to them is no disclosure.
 */
/**
 * A handing-over only where a law requires it, to no party named («Utlevering skjer bare når loven krever det», «utleveres
 * berre dersom lova pålegg det», «bare når det er lovpålagt», «disclosed only where the law requires it», «only where
 * required by law», «only if a court orders it»): a disclosure on a legal demand in a particular case, to a public
 * authority in a particular inquiry, which Art. 4(9) second sentence does not count as a recipient (D2, session 12). Only a
 * demand: a law that allows it («bare når loven tillater det», «only where the law permits it») leaves the choice, and
 * the party chosen, to the controller (until 2026-12-01 the demanding verb was optional and read every law: R1, L). A
 * clause that names the party it goes to is read as before.
 */
const LAW_WORD = String.raw`(?:lov|loven|lova|lover|lovene|lovgivning\p{L}*|lovgjeving\p{L}*|forskrift\p{L}*|law|laws|legislation|(?:a|the)\s+court|retten|domstolen|domstol|tingretten)`;
const DEMAND_VERB = String.raw`(?:krev|krever|kreve|kreves|krevjast|pålegg|pålegger|pålegges|påleggjast|påbyr|påbyd\p{L}*|requires?|obliges?|obligates?|orders?|demands?|mandates?|compels?)`;
const DEMANDED = String.raw`(?:krevd|krevet|kravd|pålagt|påbudt|påboden|required|obliged|obligated|ordered|demanded|mandated|compelled)`;
const ONLY_WHEN_LAW = lazyPattern(
  String.raw`(?<![\p{L}])(?:bare|kun|berre|only)\s+(?:når|dersom|om|hvis|viss|der|where|when|if|as)\s+(?:\p{L}+\s+){0,6}?(?:${LAW_WORD}\s+(?:\p{L}+\s+){0,2}?${DEMAND_VERB}|${DEMANDED}\s+(?:\p{L}+\s+){0,2}?(?:etter|av|i|ved|med|by|under|in)\s+(?:\p{L}+\s+){0,1}?${LAW_WORD}|(?:lovpålagt|lovpålagd|lovbestemt|påkrevd etter lov)\p{L}*|(?:legally|lawfully)\s+(?:required|obliged|bound|compelled)|(?:a|our)\s+legal\s+(?:obligation|duty|requirement)|(?:en|ei|ein|vår)\s+(?:rettslig|rettsleg|lovpålagt|lovpålagd)\s+(?:plikt|forpliktelse)|(?:plikt|plikta|pliktig|forpliktet|forplikta)\s+(?:\p{L}+\s+){0,2}?(?:etter|ved|i)\s+(?:\p{L}+\s+){0,1}?${LAW_WORD})(?![\p{L}])`,
  'iu',
);
/**
 * The people the record is about given each other's contact details: «Alle foreldrene i avdelingen får en kontaktliste med
 * navn og telefonnummer til de andre foreldrene», «members receive a list of the other members' phone numbers», «deltakarane
 * får kvarandre sine e-postadresser» (variants-barnehage BH15; L, session 13). Each receives the others' data: a disclosure
 * to them (Art. 4(9)), whoever else is listed. Only with a word of contact details or a list of names, and the others
 * named as people («de andre foreldrene», «each other's»); not what the person does with their own («Du kan dele
 * telefonnummeret ditt med de andre foreldrene»: PERSON_ACTS).
 */
const CONTACT = String.raw`(?:\p{L}*kontaktlist\p{L}*|kontaktopplysning\p{L}*|kontaktinformasjon\p{L}*|telefonnummer\p{L}*|telefonliste\p{L}*|mobilnummer\p{L}*|e-?postadress\p{L}*|adresse\p{L}*|namneliste\p{L}*|navneliste\p{L}*|(?:navn|namn)(?:et|a|ene|a)?|contact\s+(?:list|details|information)|phone\s+numbers?|e-?mail\s+address\p{L}*|addresses|names)`;
const OTHER_PEOPLE = String.raw`(?:(?:til|for|over|med|of|for|with|from|på)\s+(?:de|dei|the|alle|all)\s+(?:andre|other)\s+\p{L}+|(?:the\s+)?other\s+\p{L}+(?:['’]s|s['’])|hverandre|hverandres|kvarandre|kvarandre\s+sine|each\s+other['’]?s?|one\s+another['’]?s?)`;
const EACH_OTHERS_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:får|fær|mottar|mottek|receive[sd]?|get|gets|deles|delast|blir delt|vert delt|is shared|are shared|shared|sendes|sendast|sent|gis|gjevast|given)\s+(?:\p{L}+\s+){0,8}?(?:${CONTACT}(?:\s+(?:og|and|eller|or)\s+${CONTACT})?\s+(?:\p{L}+\s+){0,3}?${OTHER_PEOPLE}|${OTHER_PEOPLE}\s+(?:\p{L}+\s+){0,2}?${CONTACT})(?![\p{L}])`,
  'iu',
);
/**
 * The controller's own people given each other's contact details (a staff phone list, board members, teachers of one year,
 * coordinators, nurses, guards, drivers, cleaners, «de andre på avdelingen»): no one outside receives them (P's lawful-wording
 * review, session 14: «Styret får kontaktinformasjon til de
 * andre styremedlemmene», «Ansatte får tilgang til telefonnummeret til de andre ansatte» fired).
 */
const OWN_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:ansatte|tilsette|kolleg\p{L}*|medarbeider\p{L}*|medarbeidar\p{L}*|styremedlem\p{L}*|lærer(?:e|ne)|lærar(?:ar|ane)|employees|staff|colleagues|board\s+members|teachers|coordinators|koordinator(?:er|ene|ar|ane)|ledere|lederne|leiarar|leiarane|managers|sykepleier(?:e|ne)|sjukepleiar(?:ar|ane)|nurses|vakt(?:ene|ane)|vekter(?:e|ne)|guards|sjåfør(?:er|ene|ar|ane)|drivers|renholder(?:e|ne)|reinhaldar(?:ar|ane)|cleaners)(?:['’]s?|s['’])?(?![\p{L}])|(?<![\p{L}])(?:de|dei|the)\s+(?:andre|other|others)\s+(?:på|i|on|in)\s+(?:avdelingen|avdelinga|teamet|skiftet|vakta|vaktlaget|kontoret|arbeidsplassen|jobben|the\s+(?:team|shift|ward|department|office))(?![\p{L}])`,
  'iu',
);
/**
 * Whether the others the contact details are of are the controller's own people: the noun right after «andre», «other»
 * (or the place after «de andre på»), not any word later in the clause («til de andre foreldrene og de ansatte» gives the
 * parents' numbers to the parents).
 */
const OTHERS_NOUN = lazyPattern(String.raw`(?<![\p{L}])(?:andre|other|others)\s+((?:på|i|on|in)\s+(?:the\s+)?\p{L}+|\p{L}+(?:['’]s?|s['’])?)`, 'iu');
const othersAreOwn = (from: string): boolean => {
  const o = OTHERS_NOUN().exec(from);
  return o !== null && OWN_PEOPLE().test(`de andre ${o[1]!}`);
};
const eachOthersData = (c: string): boolean => {
  const m = EACH_OTHERS_DATA().exec(c);
  return m !== null && !othersAreOwn(c.slice(m.index)) && !PERSON_ACTS().test(c.slice(0, m.index)) && !personActsInvertedWays.test(c.slice(0, m.index));
};
/**
 * Names left out of what is sent, in the clause («Vi sender statistikk uten navn til Bufdir», «Sender vi en faktura til
 * kommunen, står det ingen navn på den», «without names»): read only where what is left names no one's data (a
 * statistic, a report, an invoice, a list: NAMELESS_DOC taken out, then PERSON_DATA_WORD, IDENTIFIED). Data without names
 * still reads («kontrolldata utan namn»: an identification number identifies, Art. 4(1)); nor «uten andre navn enn …».
 * G1, session 19 (N3's review). One reading with F1's WITHOUT_NAMES (a copy or a sharing with the landlord, the tenants or
 * another school «utan namn på elevane», «without personal data»: noOnesDataShared), both word lists joined (X2, session 20).
 */
const NAMES_LEFT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|inga|no)\s+(?!(?:andre|anna|other|flere|fleire|more|fewer)\s)(?:\p{L}+\s+)?(?:navn|namn|names?|personopplysning\p{L}*|personal\s+data)(?![\p{L}])(?!\s+(?:enn|than|utover|ut over|except|unntatt|bortsett|beyond|other)(?![\p{L}]))`,
  'giu',
);
const NAMELESS_DOC = lazyPattern(
  String.raw`(?<![\p{L}])(?:statistikk\p{L}*|statistics?|\p{L}*faktura\p{L}*|invoices?|\p{L}*rapport\p{L}*|reports?|\p{L}*list(?:e|a|en|er|ene|ane|ar)|lists?|oversikt\p{L}*|overviews?|tall(?:a|ene|ane)?|figures|numbers)(?![\p{L}])`,
  'giu',
);
/** NAMES_LEFT_OUT for a test (no `g`: no lastIndex kept between calls). */
const NAMES_LEFT_OUT_ONE = lazyPattern(NAMES_LEFT_OUT.source, 'iu');
const namesLeftOut = (c: string): boolean => {
  if (!c.match(NAMES_LEFT_OUT())) return false;
  const left = c.replace(NAMES_LEFT_OUT(), ' ').replace(NAMELESS_DOC(), ' ');
  return !PERSON_DATA_WORD().test(left) && !IDENTIFIED().test(left);
};
/**
 * A denied handing-over whose exception names only the controller's own people («Elevmappene skal ikke utleveres til andre
 * enn lærerne og rektor», «Opplysningane blir ikkje utleverte til andre enn tilsette med tenestleg behov», «never disclosed
 * to anyone other than the officers of the local branch», «… til andre enn de som har fått tilgang gjennom sitt verv»):
 * NEGATION reads «ikke … andre enn X» as «only X» (ONLY_AFTER), and X here is staff, officers, case handlers, teachers or
 * those with access through their office or a need in their work (OWN_PEOPLE, OWN_ROLE) — part of the controller, no
 * recipient (Art. 4(9); EDPB Guidelines 05/2021). Not where X names an outside party (OUTSIDE_PARTY) or a proper name that
 * is not our own (ownParty): «andre enn NAV», «anyone other than the insurer» still hand the data to it (withoutOwnException).
 * B7, session 40 (a party's notice: «skal aldri utleveres til andre enn de som har fått tilgang gjennom sitt verv»).
 */
const ONLY_EXCEPTED = lazyPattern(
  String.raw`(?:(?<![\p{L}])(?:ikke|ikkje|aldri|never|not|ingen|inga|nobody)|n't)(?![\p{L}])[^,;]*?(?<![\p{L}])(?:(?:andre|anna|annan|annet|noen|nokon|nokre|other|others|anyone|anybody|one)\s+(?:enn|than|except|but)|unntatt|utanom|utenom|bortsett\s+(?:fra|frå)|except)\s+([^,;]+)`,
  'iu',
);
const OWN_ROLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:tillitsvalg\p{L}*|saksbehandl\p{L}*|sakshandsam\p{L}*|rådgiver(?:e|ne|en)?|rådgjevar(?:ar|ane|en)?|rådgivar(?:ar|ane|en)?|rektor(?:en)?|kontaktlær\p{L}*|officers?|case\s+(?:officers?|handlers?|workers?)|(?:tjenstlig|tjenestlig|tenestleg)\s+behov|need\s+(?:it|them|the\s+\p{L}+)\s+(?:in|for)\s+their\s+(?:work|duties|jobs?)|(?:som|who)\s+(?:\p{L}+\s+){0,3}?(?:tilgang|tilgong|access)\s+(?:\p{L}+\s+){0,3}?(?:verv\p{L}*|stilling\p{L}*|rolle\p{L}*|arbeid\p{L}*|jobb\p{L}*|tjeneste\p{L}*|teneste\p{L}*|office|role|position|work|duties)|(?:som|who)\s+(?:har|has|have)\s+(?:saken|saka|the\s+case))(?![\p{L}])`,
  'iu',
);
const OUTSIDE_IN = lazyPattern(`(?<![\\p{L}])(?:${OUTSIDE_PARTY})(?![\\p{L}])`, 'giu');
const CAPITALISED = lazyPattern(String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*`, 'gu');
/**
 * The clause with a denial whose exception names only our own people (ONLY_EXCEPTED) taken out, or the clause itself: what
 * stands before the denial is read only up to the last clause boundary before it (a comma, «men», «og», «but», «and»), since the verb the denial
 * governs may come before it («Kundeopplysningene utleveres aldri til andre enn …»); a handing-over in an earlier clause
 * («Vi sender lista til NAV, men aldri til andre enn …») or after the exception is still read.
 */
const BOUNDARY_LAST = lazyPattern(String.raw`^(.*)(?:,|\s(?:men|og|but|and)\s)`, 'su');
/** The exception words ONLY_EXCEPTED needs: a clause with none of them is returned as it is, unread. */
const EXCEPTION_WORD = lazyPattern('enn|than|except|but|unntatt|utanom|utenom|bortsett', 'iu');
function withoutOwnException(c: string, ownParty: (party: string, words: string) => boolean): string {
  if (!EXCEPTION_WORD().test(c)) return c;
  const m = ONLY_EXCEPTED().exec(c);
  if (m === null) return c;
  const x = m[1]!;
  if (!OWN_PEOPLE().test(x) && !OWN_ROLE().test(x)) return c;
  for (const o of x.matchAll(OUTSIDE_IN())) if (!ownParty(o[0], x)) return c;
  for (const w of x.matchAll(CAPITALISED())) if (!ownParty(w[0], x)) return c;
  const earlier = BOUNDARY_LAST().exec(c.slice(0, m.index))?.[1] ?? '';
  return `${earlier}, ${c.slice(m.index + m[0].length)}`;
}
export function discloses(text: string, ownParty: (party: string, words: string) => boolean = () => false): boolean {
  // `whole`: the clause before a negation splits it at commas, where a magazine's receiving people's names may be told
  // («Namna på festarar som ikkje har fornya, blir sende til kyrkjelydsbladet»: GF27, W5, session 20).
  const handsOver = (c: string, whole: string): boolean =>
    !(ONLY_WHEN_LAW().test(c) && !TO_NAMED_PARTY_ANYWHERE().test(c)) &&
    // The passive first: it names its party («Forsikringsselskap … får utlevert lister»), which the verb alone does not.
    (passiveSent(c, ownParty) ||
      passiveGiven(c, ownParty) ||
      passiveSentDirect(c, ownParty) ||
      handedOver(c, ownParty) ||
      eachOthersData(c) ||
      HANDINGS().some(([kind, re]) => {
        const m = re.exec(c);
        return m !== null && handedToParty(kind, m, c, whole, ownParty);
      }));
  // A negation holds for the comma-separated part it stands in: «Krav som ikkje blir betalte, sender vi til
  // inkassoselskapet» negates the relative clause, not the sending; «blir ikkje sende til kommunen» stays negated.
  // And a relative clause with no comma before it negates its own verb: «sender vi kjedens hovedkontor en liste over ansatte
  // som ikke har fullført opplæringen» (variants-spill SP77; L, session 14) still sends; the words before it are read.
  const head = (c: string): string => c.split(NEGATED_RELATIVE())[0]!;
  // Read only where the text holds their words (util/prefilter.ts): most texts hold neither.
  const forbids = mayForbid(text);
  const elsewhere = mayBeElsewhere(text);
  const moved = mayMoveTask(text);
  // A practice ended or a plan rejected (src/check/past.ts) hands nothing over now.
  const past = mayTellPast(text);
  return text.split(STOP_NOT_DECIMAL).some((raw, i, all) => {
    const c = withoutOwnException(moved ? withoutMovedTasks(raw) : raw, ownParty);
    return (
      !namesLeftOut(c) &&
      !(past && pastOrRejected(c, all[i + 1])) &&
      !(forbids && FORBIDS_HANDING().test(c) && !BUT_AFTER().test(c)) &&
      !(elsewhere && HANDLED_ELSEWHERE().test(c)) &&
      (NEGATION.test(c)
        ? (INSERT_AFTER_NEGATION().test(c) ? c.replace(INSERT_AFTER_NEGATION_ALL(), '$1 ') : c)
            .split(',')
            .some(
              (part) =>
                (!NEGATION.test(part) && handsOver(part, c)) || (NEGATED_RELATIVE().test(part) && !NEGATION.test(head(part)) && handsOver(head(part), c)),
            )
        : handsOver(c, c))
    );
  });
}
/**
 * A task, a function or a responsibility moved to another body, in the past («Før kemnerfunksjonen ble overført til
 * Skatteetaten i 2020, lå innkrevingen hos kommunen», «Ansvaret for skatteinnkrevingen vart flytta til Skatteetaten i 2020»,
 * «The tax collection function was transferred to the Norwegian Tax Administration in 2020»: F12, session 22): history of who
 * does the work, no data handed over. The phrase is taken out of its clause, so a disclosure beside it is still read («…, og
 * vi sender restanselistene til Skatteetaten»). Only the past (a task outsourced now makes its provider a recipient), and only
 * task words, not data or a service («journalene ble overført til Helse Bergen» is read).
 */
const TASK_MOVED = String.raw`(?<![\p{L}])(?:\p{L}*funksjon(?:en|a)|ansvaret(?:\s+for\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?|oppgåv(?:a|ene|ane)|oppgave(?:n|ne)|(?:the\s+)?(?:[\p{L}-]+\s+)?(?:function|task|tasks|responsibility)(?:\s+for\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?)\s+(?:ble|blei|vart|was|were|har\s+blitt|har\s+vorte|has\s+been|had\s+been)\s+(?:\p{L}+\s+)?(?:overført|overførd|overførte|flytta|flyttet|lagt\s+over|transferred|moved)\s+(?:til|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+(?:i|in)\s+\d{4})?(?![\p{L}])`;
const TASK_MOVED_ALL = lazyPattern(TASK_MOVED, 'giu');
const mayMoveTask = prefilter({ source: TASK_MOVED, flags: 'iu' });
/** The text with each task moved in the past (TASK_MOVED) blanked out, same length (also read by recipients-stated's other readers). */
export const withoutMovedTasks = (text: string): string => (mayMoveTask(text) ? text.replace(TASK_MOVED_ALL(), (m) => ' '.repeat(m.length)) : text);
/**
 * A rule that forbids the handing over («Our guidelines forbid staff to post pictures of patients on the website»,
 * «Retningslinjene forbyr tilsette å dele bilete av pasientar», «Det er forbode å sende namnelister til hotellet»): a
 * prohibition, no disclosure (F8, session 21), unless «men», «but» brings another verb in the clause. Like NEGATION, read
 * clause by clause.
 */
const FORBIDS_HANDING = lazyPattern(
  String.raw`(?<![\p{L}])(?:forby|forbyr|forbys|forbydd|forbode|forbod|forbodet|forbud|forbudet|forbudt|forbid|forbids|forbidden|prohibit|prohibits|prohibited|(?:ikke|ikkje|not)\s+(?:lov|tillatt|tillate|allowed|permitted))(?![\p{L}])\s+(?:[\p{L}-]+\s+){0,4}?(?:å\s+|to\s+|from\s+)?(?:send\p{L}*|del(?:e|er|ar|ing)|shar\p{L}*|post\p{L}*|publi\p{L}*|gi|gje|give|giving|utlever\p{L}*|disclos\p{L}*|pass(?:es|ed|ing)?\s+on|forward\p{L}*|videresend\p{L}*|vidaresend\p{L}*|legg\p{L}*\s+ut|upload\p{L}*|last\p{L}*\s+opp)`,
  'iu',
);
const BUT_AFTER = lazyPattern(String.raw`,\s*(?:men|but)\s`, 'iu');
const mayForbid = prefilter(FORBIDS_HANDING);
/**
 * A clause that says the handing over is processed in another activity of the record («Krav frå politiet om utlevering blir
 * handsama i ein eigen behandlingsaktivitet», «Requests from the police are handled in a separate processing activity»):
 * that activity names the recipient (F8, session 21).
 */
const HANDLED_ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:behandl\p{L}*|handsam\p{L}*|handled|processed|dealt\s+with|described|beskrev\p{L}*|omtal\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:i|in|under)\s+(?:en|ei|ein|eit|et|a|an|vår|our)?\s*(?:egen|eige|eiga|eigen|eget|separate|another|annen|anna|annan)\s+(?:\p{L}+\s+)?(?:\p{L}*aktivitet(?:en)?|behandling(?:en)?|handsaming(?:a)?|activity|record|processing\s+activity|entry)(?![\p{L}])`,
  'iu',
);
const mayBeElsewhere = prefilter(HANDLED_ELSEWHERE);
/**
 * A phrase set off by commas right after a negation («Opplysningane blir aldri, heller ikkje ved klage, sende til
 * Fylkesmannen», «The data are never, not even on appeal, sent to the county governor», «Vi sender ikkje, heller ikkje
 * etter ein klage, …»): the negation goes on past it to the verb (F5, session 20), so the phrase is taken out before the
 * clause is split at commas.
 */
const INSERT_AFTER_NEGATION = lazyPattern(String.raw`(?<![\p{L}])(ikke|ikkje|aldri|never|not)\s*,[^,.;:!?]{1,60},`, 'iu');
const INSERT_AFTER_NEGATION_ALL = lazyPattern(INSERT_AFTER_NEGATION.source, 'giu');
/** A relative clause whose verb a negation denies («… som ikke har fullført», «… who have not completed»): it starts where this matches. */
const NEGATED_RELATIVE = lazyPattern(
  String.raw`\s(?=(?:som|der|hvor|kor|who|which|that|whose)\s+(?:[\p{L}-]+\s+){0,3}?(?:ikke|ikkje|aldri|not|never|\p{L}+n't)(?![\p{L}]))`,
  'iu',
);
/**
 * The person, not the controller, as the one who notifies, gives or hands over («Du må melde frå til NAV om endringar»,
 * «Arbeidstakar kan også varsle politiet», «Den som varslar, kan òg melde saka til politiet», «Employees may also notify
 * the police»): a subject for the people the record is about, with a modal right before the verb («kan vi gi …» is the
 * controller again). Their own notice to an
 * authority (arbeidsmiljøloven § 2 A-2: external whistleblowing) is no disclosure by the controller.
 */
/** Who the people the record is about are, as the subject of a verb (PERSON_ACTS); «den registrerte» too («Den registrerte kan selv dele opplysningene med banken»: D2, session 12). */
/**
 * Also read by prose-activity.ts's sources (the person sends what reaches the controller through a channel: «når
 * foreldrene sender dem»; N, session 15): guests, borrowers, passengers, guardians and residents are people the record is about too.
 */
export const PERSON_SUBJECT = String.raw`(?:den registrerte|de registrerte|dei registrerte|the data subjects?|du|de|dei|dykk|dere|you|they|man|den som|dei som|de som|those who|anyone who|arbeidstak\p{L}*|arbeidstakar\p{L}*|ansatte|tilsette|employees?|staff|varslar\p{L}*|varsler\p{L}*|whistleblowers?|medlem\p{L}*|members?|foreldr\p{L}*|parents?|føresett\p{L}*|foresatt\p{L}*|guardians?|pasient\p{L}*|patients?|brukar\p{L}*|bruker\p{L}*|users?|søker\p{L}*|søkjar\p{L}*|applicants?|deltak\p{L}*|participants?|elev\p{L}*|pupils?|students?|learners?|kund\p{L}*|customers?|gjest\p{L}*|guests?|låner\p{L}*|lånar\p{L}*|borrowers?|passasjer\p{L}*|passengers?|innbygg\p{L}*|residents?|citizens?)`;
const PERSON_ACTS = lazyPattern(
  String.raw`(?<![\p{L}])${PERSON_SUBJECT}(?:[\s,]+\p{L}+){0,2}?[\s,]+(?:kan|kunne|må|skal|bør|may|can|must|should|shall|could|har rett til å|has the right to|have the right to)(?:\s+(?:også|òg|og|also|alltid|always|sjølv|sjølve|selv|selve|themselves|å|to))*\s*$`,
  'iu',
);
/**
 * The same with the modal first, as after a fronted clause or adverb («Er du uenig i vedtaket, kan du sende klagen til
 * Statsforvalteren», «Ved behov kan pasienten gi …»); and «du», «dere», «you» right before the verb («Du sender inn
 * skjemaet til kommunen»): the person addressed acts (P's false-alarm review, 2026-12-01).
 */
const PERSON_ACTS_INVERTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:kan|kunne|må|skal|bør)\s+(?:(?:den|the)\s+)?${PERSON_SUBJECT}(?:\s+(?:også|òg|alltid|sjølv|selv|sjøl))*\s*$|(?<![\p{L}])(?:du|dere|dykk|you)(?:\s+(?:også|òg|also|alltid|always))?\s*$`,
  'iu',
);
/** PERSON_ACTS_INVERTED run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const personActsInvertedWays = ways(PERSON_ACTS_INVERTED);
/**
 * The person themself after the verb («Søkjaren sender sjølv skjemaet til kommunen», «Patients send it themselves»): the
 * person, named right before the verb, acts.
 */
const SELF_AFTER = lazyPattern(String.raw`^\s*(?:inn\s+|in\s+)?(?:selv|sjølv|sjøl|themselves|himself|herself|yourself)(?![\p{L}])`, 'iu');
const PERSON_BEFORE = lazyPattern(String.raw`(?<![\p{L}])${PERSON_SUBJECT}\s*$`, 'iu');
/**
 * The staff as the subject (plural «ansatte», «tilsette», «employees», «staff»): in the forms of sending, sharing,
 * delivering and reporting they act for the controller («Ansatte kan dele opplysninger med NAV»), so only the notify, give
 * and hand forms read them as the person; one employee («den ansatte», «the employee») is the person in either.
 */
const STAFF_ACTS = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?:den|the)\s+)(?:ansatte|tilsette|employees|staff)(?:[\s,]+\p{L}+){0,2}?[\s,]+(?:kan|kunne|må|skal|bør|may|can|must|should|shall|could)(?:\s+\p{L}+)*\s*$`,
  'iu',
);
/** The forms PERSON_ACTS is read for: the verbs people use of themselves as much as of the controller. */
const PERSON_MAY: readonly Handing[] = ['notify', 'give', 'giveTo', 'hand'];
/** The forms people use of themselves too, but where the staff act for the controller (STAFF_ACTS). */
const PERSON_MAY_NOT_STAFF: readonly Handing[] = ['send', 'sendLong', 'sendTo', 'share', 'shareLong', 'deliver', 'report', 'carrier', 'copyTo', 'sell'];
/** The verb before a copy («kan du sende en kopi … til»): the words before it are where the person may be named. */
const COPY_VERB_END = lazyPattern(String.raw`(?<![\p{L}])(?:sende|sender|send|sends|gi|gir|gje|gjev|give|gives|legge ved|leggje ved|attach)\s+$`, 'iu');
/** Whether the words before a verb of handing over (and the verb's rest, `after`) make the person, not the controller, its subject. */
export function personActs(kind: Handing | 'handOver', before: string, after: string): boolean {
  const person = PERSON_ACTS().test(before) || personActsInvertedWays.test(before) || (PERSON_BEFORE().test(before) && SELF_AFTER().test(after));
  if (!person) return false;
  if (kind === 'handOver' || (PERSON_MAY_NOT_STAFF as readonly string[]).includes(kind)) return !STAFF_ACTS().test(before);
  return (PERSON_MAY as readonly string[]).includes(kind);
}
/**
 * What a copy is of, or what is shared with the landlord, the other tenants or another school, when it is no one's data
 * (N3's review of W3's readings, session 19): a guide, a brochure, a template, an agreement with a company, the text of a
 * sign, a routine, a plan or timetable, costs and expenses, rooms, premises and an entrance («with a copy of the guidance to
 * the employer», «med kopi av veilederen til arbeidsgiveren», «Vi deler kostnadene for kameraene med de andre leietakerne»,
 * «We share rooms with the primary school next door»). Read with THING_OR_DOC beside it; not where the words name
 * someone's data besides (PERSON_DATA_WORD once these words are taken out, IDENTIFIED): «opptak», «notata», «names».
 */
const NOT_DATA_SHARED = lazyPattern(
  String.raw`(?<![\p{L}])(?:veileder(?:en|e|ne)?|veiledar(?:en|ar|ane)?|rettleiar(?:en|ar|ane)?|rettleiing\p{L}*|veiledning\p{L}*|guidance|guides?|guidelines|retningslin\p{L}*|brosjyr\p{L}*|brochures?|leaflets?|maler|malen|malane|malene|templates?|blankett\p{L}*|blank\s+forms?|avtale(?:n|r|ne|ar|ane)?(?=\s+(?:med|with)\s+(?:\p{L}+\s+)?(?:\p{L}*partner\p{L}*|\p{L}*selskap\p{L}*|\p{L}*leverandør\p{L}*|\p{L}*firma\p{L}*|\p{L}*companies|\p{L}*company|suppliers?|vendors?|contractors?))|agreements?(?=\s+with\s+(?:the\s+|our\s+)?(?:\p{L}+\s+)?(?:partners?|company|firms?|suppliers?|vendors?|contractors?))|\p{L}*skilttekst\p{L}*|skiltet|skilta|skiltene|signs?|sign\s+texts?|rutine(?:n|r|ne|ar|ane)?|routines?|procedures?|timeplan\p{L}*|timetables?|møteplan\p{L}*|møtekalender\p{L}*|arrangementskalender\p{L}*|aktivitetskalender\p{L}*|meeting\s+(?:plans?|calendars?)|events?\s+calendars?|beredskapsplan\p{L}*|plantegning\p{L}*|floor\s+plans?|kostnad\p{L}*|utgift\p{L}*|costs?|expenses?|\p{L}*lokale(?:t|ne|a)?|\p{L}*lokal(?:er|ene)|premises|\p{L}*rom(?:met|mene|ma)?|\p{L}*rooms?|\p{L}+sal(?:en|ane|ene|ar|er)?|\p{L}*hall(?:en|ane|ene)?|halls?|bygg(?:et|a|ene)?|buildings?|\p{L}*regl(?:er|ene|ane)|(?:house\s+)?rules|inngang\p{L}*|entrances?)(?![\p{L}])`,
  'iu',
);
/** A copy no longer sent («was stopped in 2024», «ended in 2023», «ble avviklet», «sluttet vi med i 2022», «no longer»). */
const NO_LONGER = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:was|were|has\s+been|have\s+been|ble|blei|vart|har\s+blitt|har\s+vorte)\s+(?:\p{L}+\s+)?(?:stopped|discontinued|abolished|ended|dropped|avviklet|avvikla|stanset|stansa|stoppet|stoppa|opphevet|oppheva|fjernet|fjerna)|(?:stopped|ended|ceased|avviklet|avvikla|sluttet|slutta|stoppet|stoppa|stanset|stansa|opphørte|opphøyrde)\s+(?:(?:vi|me|we)\s+)?(?:med\s+)?(?:i|in|fra|frå|from)\s+\d{4}|no\s+longer|ikke\s+lenger|ikkje\s+lenger)(?![\p{L}])`,
  'iu',
);
const NOT_DATA_SHARED_ALL = lazyPattern(NOT_DATA_SHARED.source, 'giu');
/** Whether the words from a copy's or a sharing's verb on (`copy`: a copy, TO_PARTY.copyTo) hand no one's data over. */
function noOnesDataShared(words: string, copy: boolean): boolean {
  if (copy && NO_LONGER().test(words)) return true;
  // Names left out («utan namn på elevane», «without names»): what is shared names no one (NAMES_LEFT_OUT).
  if (NAMES_LEFT_OUT_ONE().test(words) && !IDENTIFIED().test(words.replace(NAMES_LEFT_OUT(), ' '))) return true;
  const notData = words.replace(NOT_DATA_SHARED_ALL(), ' ');
  const left = mayNameThing(notData) ? notData.replace(THING_OR_DOC_ALL(), ' ') : notData;
  return (NOT_DATA_SHARED().test(words) || (mayNameThing(words) && THING_OR_DOC().test(words))) && !PERSON_DATA_WORD().test(left) && !IDENTIFIED().test(words);
}
const AGENCY_ONLY = lazyPattern(`^(?:(?:the|our|a|an)\\s+)?(?:${AGENCY_PARTY})$`, 'iu');
/** What an agency is given that is no one's data: office space, an advert, a logo, a design, a text, a brief, ideas, plans, pages, a meeting (N8's review, session 22: «We share ideas for new pages with our web agency in a monthly meeting»). */
const AGENCY_THING = lazyPattern(
  String.raw`(?<![\p{L}])(?:office\s+space|premises|offices|kontorlokal\p{L}*|lokal(?:e|a|ene)|\p{L}*annonse(?:n|r|ne|ar|ane)?|(?:job\s+)?adverts?|advertisements?|job\s+ads?|logo(?:en|ar|er|s)?|designs?|content|texts?|tekst(?:en|ar|er|ane|ene)?|brief(?:en|s)?|campaigns?|kampanj(?:e|en|ar|er|ane|ene)|ideas?|idé(?:en|ar|er|ane|ene)?|ide(?:en|ar|er|ane|ene)|plans?|plan(?:en|ar|er|ane|ene)|drafts?|utkast\p{L}*|mock-?ups?|wireframes?|pages?|sid(?:e|a|en|er|ene|ar|ane)|meetings?|møte(?:t|r|ne|ar|ane)?|requirements|specifications?|spesifikasjon\p{L}*|strateg(?:y|ies|i|ien|iar|ier))(?![\p{L}])`,
  'iu',
);
const AGENCY_THING_ALL = lazyPattern(AGENCY_THING.source, 'giu');
/**
 * An IP address kept in what is handed over («with the full IP addresses»), not one left out, removed or shortened
 * («without IP addresses», «with the last two bytes of the IP address removed», «uten IP-adresse»).
 */
const IP_KEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?:without|no|uten|utan|ingen|inga)\s+(?:\p{L}+\s+)?)ip[-\s]?(?:address|adress)\p{L}*(?!\s+(?:\p{L}+\s+){0,2}?(?:removed|masked|truncated|shortened|anonymi\p{L}*|deleted|fjern\p{L}*|maskert\p{L}*|forkort\p{L}*|anonymiser\p{L}*|sletta|slettet|sletter|slettes))`,
  'iu',
);
/**
 * A passive verb of handing over, where the words before it name what is handed over: a passive in -es, -ast («sendes»,
 * «sendast», «deles», «leveres», «rapporteres»), or a participle after an auxiliary («blir sende», «vert delt», «are sent»,
 * «was shared»).
 */
const PASSIVE_FORM = lazyPattern(String.raw`^(?!pass|push|reach|match|dispatch)\p{L}+(?:es|ast)(?![\p{L}])`, 'iu');
const AUX_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:blir|blei|ble|bli|vert|vart|verte|er|var|is|are|was|were|be|been|being)\s+(?:(?:også|òg|ofte|alltid|automatisk|berre|bare|kun|deretter|vidare|videre|also|then|only|always|automatically|then)\s+)?$`,
  'iu',
);
/** Someone's data joined to the anonymous words («Anonymised data and the original recordings are sent to the police»: N10). */
const JOINED_DATA = lazyPattern(
  `(?<![\\p{L}])(?:og|and|samt|plus|as\\s+well\\s+as|together\\s+with|sammen\\s+med|saman\\s+med)\\s+(?:\\p{L}+\\s+){0,2}?${PERSON_DATA_WORD.source}`,
  'iu',
);
/** A subject of its own before the passive verb («Vi lagar anonym statistikk og journalane blir sende …»): another clause. */
const SUBJECT_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:vi|me|we|eg|jeg|dei|they|han|ho|hun|he|she)(?![\p{L}])`, 'iu');
/**
 * What a passive handing over hands over is named before its verb («Berre samla tal utan fødselsnummer blir sende til kvar av
 * samarbeidskommunane», «Statistikk sendes til NAV», «Only totals, with no national identity numbers, are sent to each partner
 * municipality»): read there for anonymous or aggregate data (anonymousObject), as the active verb's object is read after
 * it (F1, session 24: reviewer N9's l11-l13, session 23). Only the words from the clause's start (or its last «;», «:»),
 * with no subject of another verb among them; in the whole clause, where a negation split it at its commas.
 */
function anonymousPassiveObject(c: string, m: RegExpExecArray, whole: string): boolean {
  let before = c.slice(0, m.index);
  if (!(PASSIVE_FORM().test(m[0]) || AUX_BEFORE().test(before))) return false;
  // A part of a clause split at its commas (a negation in it: «Only totals, with no national identity numbers, are sent …»):
  // the object is named in the parts before.
  const at = c === whole ? -1 : whole.indexOf(c);
  if (at > 0) before = whole.slice(0, at) + before;
  const object = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  // Statistics «with the full IP addresses» are someone's data (an online identifier, Art. 4(1); variants-tolk TL03).
  return anonymousObject(object) && !SUBJECT_WORD().test(object) && !JOINED_DATA().test(object) && !IP_KEPT().test(object);
}
/** Whether clause `c`, where TO_PARTY[kind] matched as `m`, hands personal data to the party it names (`m[1]`). */
function handedToParty(kind: Handing, m: RegExpExecArray, c: string, wholeClause: string, ownParty: (party: string, words: string) => boolean): boolean {
  // Sending to «the customer» («sende kunden ordrebekreftelse»; «send the customer a receipt») is, in a consumer
  // record, writing to the person the data is about: not read as disclosure.
  if (
    ownParty(m[1]!, m[0]) ||
    ((kind === 'send' || kind === 'sendLong' || kind === 'sendTo' || kind === 'report' || kind === 'notify' || kind === 'give' || kind === 'giveTo') &&
      THE_CUSTOMER().test(m[1]!)) ||
    anonymousObject(m[0]) ||
    anonymousPassiveObject(c, m, wholeClause) ||
    (kind !== 'carrier' && thingsOnly(c))
  )
    return false;
  // A copy of a guide, or a copy no longer sent (the copy's own words); a thing, a cost, rooms or a routine shared with the
  // landlord, the other tenants or another school (the whole clause: «Opptakene … deles med gårdeieren» names the recordings
  // before the verb). W3's readings, narrowed after N3's review, session 19.
  if (
    (kind === 'copyTo' || LANDLORD_PARTY().test(m[1]!) || SCHOOL_KIND_PARTY().test(m[1]!)) &&
    noOnesDataShared(kind === 'copyTo' ? c.slice(m.index) : c, kind === 'copyTo')
  )
    return false;
  // An agency (AGENCY_PARTY) sent rooms, a thing or a routine, or statistics and counts that keep no IP address («We share
  // office space with a web agency», «The monthly statistics are shared with our web agency»): no one's data (W9, session
  // 22). Statistics «with the full IP addresses» are someone's data (an online identifier, Art. 4(1)).
  if (
    AGENCY_ONLY().test(m[1]!) &&
    (noOnesDataShared(c, false) ||
      (anonymousObject(c.slice(0, m.index)) && !IDENTIFIED().test(c) && !IP_KEPT().test(c)) ||
      (AGENCY_THING().test(c) && !PERSON_DATA_WORD().test(c.replace(AGENCY_THING_ALL(), ' ')) && !IDENTIFIED().test(c)))
  )
    return false;
  // A magazine receives people's names or details, not a press release or notice about a thing («Vi sender pressemeldingar
  // om nye gravfelt til lokalbladet»); what is sent named by many words (sendLong) is someone's data, not the controller's
  // own address or logo («julekort med logoen og adressa vår»). N4's review, session 20.
  if (MAGAZINE().test(m[1]!) && (PRESS_DOC().test(m[0]) || !GIVEN_DATA().test(withoutOwnDetails(wholeClause)))) return false;
  if ((kind === 'sendLong' || kind === 'shareLong') && (!LONG_DATA_RE().test(withoutOwnDetails(m[0])) || MADE_UP_PEOPLE().test(m[0]))) return false;
  // The person, not the controller, acts: their own notice, claim or form (the verb is m[0]'s first word).
  const before = kind === 'copyTo' ? c.slice(0, m.index).replace(COPY_VERB_END(), '') : c.slice(0, m.index);
  if (personActs(kind, before, c.slice(m.index + (/^\S+/u.exec(m[0])?.[0].length ?? 0)))) return false;
  // What a party receives is named after the verb: read up to five words more («får rapport om antall deltakere»).
  // A body named by its own name receives only with a capital letter («Havforskingsinstituttet får …»), and not from another.
  if (kind === 'receiveNamed' && ((BODY_NAMED().test(m[1]!) && !/^(?:the\s+)?\p{Lu}/u.test(m[1]!)) || FROM_OTHER().test(c.slice(m.index + m[0].length))))
    return false;
  if (
    kind === 'receive' ||
    kind === 'receiveNamed' ||
    kind === 'askedThenGiven' ||
    kind === 'give' ||
    kind === 'giveTo' ||
    kind === 'notify' ||
    kind === 'sendTo'
  ) {
    const object = `${m[0]} ${c
      .slice(m.index + m[0].length)
      .trim()
      .replace(WHEN_FIRST(), '')
      .split(/\s+/)
      .slice(0, 5)
      .join(' ')}`;
    if (anonymousObject(object) || RECEIVER_OWN().test(object)) return false;
  }
  // The clause says outright that no personal data goes with it («Grunneigaren får ein årleg rapport …, utan
  // personopplysningar»).
  const rest = c.slice(m.index);
  if (NO_PERSONAL_DATA().test(rest) && !IDENTIFIED().test(rest.replace(NO_PERSONAL_DATA(), ' '))) return false;
  // Delivering goods or a service to «the customer» («levere varene til kunden», «deliver the order to the
  // customer's address») is performance to the person, unless the clause names data about someone else (a CV, a
  // profile: a staffing agency's client).
  if (kind === 'deliver' && THE_CUSTOMER().test(m[1]!) && !ABOUT_OTHERS().test(c)) return false;
  // A message sent to the party named right after the verb (MESSAGE) is written to them.
  return !(kind === 'send' && !TO_WORD().test(m[0]) && MESSAGE().test(c.slice(m.index + m[0].length)) && !ABOUT_OTHERS().test(c));
}

/**
 * «Reklame» (advertising), but not the verb «reklamere» (nynorsk «reklamera») alone: a consumer «reklamerer» on a defect (forbrukerkjøpsloven
 * § 27, a complaint); «reklamere for» (to advertise) still counts.
 */
export const REKLAME = String.raw`reklame(?!r(?:e|er|te|t|a|ast)?(?!\p{L})(?! for\b))`;
/**
 * Marketing the person's own home or property on their behalf («gjennomføre oppdraget med markedsføring av boligen,
 * visning og budrunde», «markedsføre eiendommen din», «marketing your home to buyers»): an estate agent's or a seller's
 * agent's assignment is to act as intermediary in the sale (eiendomsmeglingsloven § 1-2 second paragraph), which is the performance of
 * the contract, not marketing to the person. Such a phrase is left out before marketing words are tested (marketingSaid); marketing to the
 * seller in the same purpose («nyhetsbrev og tilbud om verdivurdering») is still read.
 */
export const OBJECT_MARKETING =
  /(?:markedsføring|marknadsføring|markedsføre|marknadsføre|markedsfører|marknadsfører|annonsering|marketing|market|advertising|advertise)\s+(?:av\s+|of\s+)?(?:boligen|bustaden|eiendommen|eigedomen|leiligheten|leilegheita|hytta|huset|objektet|the property|the home|the house|your (?:home|property|house))(?:\s+(?:din|ditt|dine))?(?![\p{L}])/giu;
/**
 * Recruitment, not marketing of goods or services to the person: left out before marketing words are read, as
 * OBJECT_MARKETING is (contract-necessity, legal-basis-per-purpose, special-category-condition, direct marketing). One
 * reading since 2026-12-01 (L; until then B2's JOB_ADVERT and V's VACANCY_MARKETING, replaced one after the other, with the
 * same findings on every corpus registry before and after the join):
 * - marketing a vacancy («markedsføre ledige stillinger», «annonsere stillinga», «advertise the vacancy», «advertising job
 *   openings»): addressed to job seekers, not marketing in consumer relations (markedsføringsloven § 1: «markedsføring … i
 *   forbrukerforhold»), so no direct marketing; tried first at each place, as it was replaced first;
 * - an employer's job advertisement («vurdere søkere til den annonserte stillingen», «stillingsannonsen», «assess applicants
 *   for an advertised position», «the job advert»; arbeidsmiljøloven § 9-3 (1) calls it «utlysningen»): B2's blind set
 *   variants-advokat, where «assess and select applicants for an advertised position or internship» was read as marketing.
 * Advertising the controller's services to applicants («advertise our services to applicants») is still read.
 */
const VACANCY_ADVERT = lazyPattern(
  String.raw`(?:markedsføring|marknadsføring|markedsføre|marknadsføre|markedsfører|marknadsfører|annonsering|annonsere|annonserer|annonserast|annonseres|marketing|advertis\p{L}*)\s+(?:av\s+|of\s+|for\s+)?(?:\p{L}+\s+){0,1}?(?:stilling\p{L}*|jobb\p{L}*|vacanc\p{L}*|jobs?|positions?|openings?)(?![\p{L}])|(?<![\p{L}])(?:advertised\s+(?:\p{L}+\s+){0,2}?(?:positions?|posts?|vacanc(?:y|ies)|jobs?|roles?|openings?|internships?|traineeships?)|(?:job|jobs|position|vacancy|recruitment)\s+advert(?:s|isements?|ising)?|advertis(?:e|es|ed|ing)\s+(?:(?:the|a|an|our|its|new)\s+)?(?:\p{L}+\s+)?(?:positions?|posts?|vacanc(?:y|ies)|jobs?|roles?|openings?|internships?|traineeships?)|(?:stillings|jobb|rekrutterings)annons\p{L}*|annonser(?:ing|e|er|te|t)?\s+(?:av\s+)?(?:den\s+|ledige\s+|ledig\s+|nye\s+)?(?:\p{L}+\s+)?stilling\p{L}*)(?![\p{L}])`,
  'giu',
);
/**
 * Marketing in words (nb, nn, en), the one list every rule reads marketing by: marketing and advertising
 * («markedsføre», «marknadsføring», «reklame» but not «reklamere» alone (REKLAME), «marketing», «remarketing»,
 * «advertise», «annonsering»), sales approaches («salgshenvendelse», «salshenvending»), targeted ads and offers
 * («målrettede annonser», «målretta tilbod», «targeted ads»), and cross- and upselling («mersalg», «kryssalg»,
 * «cross-selling», «upsell», «salgsfremmende»). A source for a RegExp (rules add their own words beside it, and read
 * it with marketingSaid). «…marketing» is read from the start of its word (a match starts there anyway): tried from every
 * letter, one word of 20,000 letters took 2.7 s (R1, session 13).
 */
export const MARKETING_WORDS = String.raw`markedsf\p{L}*|marknadsf\p{L}*|${REKLAME}|(?<![\p{L}])\p{L}*marketing|advertis\p{L}*|(?<![\p{L}])(?:annonsering|salgshenvendels\p{L}*|salshenvending\p{L}*|targeted\s+(?:ads|advertising|offers)|målrett\p{L}*\s+(?:annonse\p{L}*|annonsar\p{L}*|tilbud|tilbod|kampanje\p{L}*|reklame\p{L}*))(?![\p{L}])|(?<![\p{L}])(?:mersalg|meirsal|kryssalg|krysssal|cross-sell|upsell|salgsfremm)\p{L}*`;
const MARKETING_ALL = lazyPattern(MARKETING_WORDS, 'giu');
/**
 * Marketing's law or the right against marketing named, not marketing done; left out before marketing words are read
 * (marketingSaid):
 * - markedsføringsloven by name («spørsmål om markedsføringsloven» at a consumer-advice office, «the Marketing Control
 *   Act»), unless a section of its chapter 3 on marketing addressed to the person follows: §§ 12-16 a (telephone,
 *   addressed post, e-mail and SMS; «etter markedsføringsloven § 15 tredje ledd» is marketing said);
 * - the right to object to or opt out of marketing («protestere mot direkte markedsføring», «reservere seg mot reklame»,
 *   «object to processing for direct marketing», Art. 21(2)-(3)): marketing done in the same clause is still read.
 */
const MARKETING_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:markedsføringslov(?:en|a)?|marknadsføringslov(?:a|en)?|markedsforingsloven|(?:the\s+)?(?:norwegian\s+)?marketing(?:\s+control)?\s+act)(?![\p{L}])(?!\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:§§?|sections?|ss?\.)\s*(?:\d+\s*a?\s*(?:,|og|and|to|til|–|-)\s*){0,3}1[2-6](?!\d))|(?<![\p{L}])(?:protest\p{L}*|motset(?:te|je|ter|tar)\s+seg|reserv\p{L}*(?:\s+seg)?|object(?:s|ed|ing|ion|ions)?|opt(?:s|ed|ing)?[\s-]+out|unsubscrib\p{L}*)\s+(?:mot|imot|to|against|from|of)\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:direkte|direct)\s+)?(?:markedsføring|marknadsføring|marketing|reklame)(?![\p{L}])`,
  'giu',
);
/**
 * Marketing as the topic of what a body answers, hears complaints of, supervises or teaches («svare på klager på
 * markedsføring fra forbrukere», «spørsmål om marknadsføring», «tilsyn med markedsføring rettet mot barn», «undervise
 * studentene i markedsføring», «complaints about marketing», «teach students marketing»; FR, session 45): no marketing
 * done, left out as MARKETING_NAMED is.
 */
const MARKETING_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:spørsmål\p{L}*|klage\p{L}*|klager|tilsyn\p{L}*|veiledning\p{L}*|rettleiing\p{L}*|råd|rådgiv\p{L}*|undervis\p{L}*|kurs|questions?|complaints?|enquiries|inquiries|supervis\p{L}*|advice|advise|teach\p{L}*|courses?|lectures?)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:om|på|over|med|i|about|on|of|regarding|in)\s+)?(?:(?:ulovlig|unlawful|aggressive?|aggressiv|direkte|direct)\s+)?(?:markedsføring|marknadsføring|marketing|reklame)(?![\p{L}])`,
  'giu',
);
/**
 * Marketing sent to the person or called ours in the same clause (FR, session 45): a sending or a call of offers, a
 * newsletter, a customer paper, a campaign, by SMS, e-mail or post («sende tilbud på SMS i samsvar med
 * markedsføringsloven»), or the marketing as ours or by its channel («markedsføring fra oss», «our marketing», «marketing
 * e-mails», «marknadsføring på SMS»). Where it is said, the act's name, the right to object and a topic's words are kept:
 * the clause speaks of marketing done (M2's reading of session 44 left «unsubscribe from our marketing emails» unread).
 */
const MARKETING_SENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:sende|sender|send|sends|sending|sent|ringe|ringer|ringjer|call|calls|calling)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{L}*tilbud|\p{L}*tilbod|kundeavis\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletters?|offers?|kampanj\p{L}*|campaigns?|brosjyr\p{L}*|katalog\p{L}*|catalogues?)|(?:vår|våre|vårt|our)\s+(?:(?:direkte|direct)\s+)?(?:markedsføring|marknadsføring|marketing|reklame)|(?:markedsføring|marknadsføring|marketing|reklame)\s+(?:(?:fra|frå|from)\s+(?:oss|us)|(?:på|by|via|per)\s+(?:sms|e-post|e-mail|email|telefon|phone|post))|marketing\s+(?:e-?mails?|messages?|calls?|texts?|sms))(?![\p{L}])`,
  'iu',
);
const CLAUSE_ENDS = lazyPattern(String.raw`[.;:!?](?![\p{L}\d])`, 'gu');
/** The clause of `text` around [at, at + length) (CLAUSE_END's cuts). */
function clauseAround(text: string, at: number, length: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_ENDS())) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}
/** The text with the act's name, the right to object and a topic's marketing left out, but not in a clause that sends marketing (MARKETING_SENT). */
const leaveOutNamed = (text: string): string => {
  const out = (pattern: RegExp) => (t: string) =>
    t.replace(pattern, (m: string, ...rest: unknown[]) => (MARKETING_SENT().test(clauseAround(t, rest[rest.length - 2] as number, m.length)) ? m : ''));
  return out(MARKETING_TOPIC())(out(MARKETING_NAMED())(text));
};
/**
 * Advertising in a text about recruitment («Rekruttering: annonsering, intervju og referanseinnhenting», «advertising
 * and interviewing for open positions»): job advertising (VACANCY_ADVERT), wherever in the text the vacancy is named.
 */
const AD_WORD = lazyPattern(String.raw`^(?:annonsering|advertis\p{L}*)$`, 'iu');
const RECRUITMENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:rekrutt\p{L}*|recruit\p{L}*|stilling\p{L}*|vacanc\p{L}*|jobs?|jobb|jobbsøk\p{L}*|søkere|søkjarar|applicants?)(?![\p{L}])`,
  'iu',
);
/**
 * Whether a clause of the text (cut at CLAUSE_END) says marketing (`words`: MARKETING_WORDS unless a rule
 * reads more), with the marketing of the person's own home and of vacancies left out (OBJECT_MARKETING,
 * VACANCY_ADVERT; advertising in a text about recruitment, RECRUITMENT), not denied and not skipped: a negation among the four words before the words or the one after
 * them («vi selger aldri måleverdier», «opplysningane vert ikkje nytta til marknadsføring», «is not used for marketing»)
 * denies it; one later in the clause («markedsføre strømavtaler til kunder som ikke har reservert seg») does not.
 */
/**
 * The gates of marketingSaid's patterns (util/prefilter.ts): MARKETING_ALL's declared here, so that its words are read at
 * build time (the gate table) and the pattern is built only for a text that holds one; a caller's own pattern (made once
 * at its module's top, so the map stays small) gets its gate on first use.
 */
const mayMarket = prefilter(MARKETING_ALL);
/** mayMarket remembered per text: a description or an interest is asked about with each activity's own title. */
const mayMarketText = byText(mayMarket);
const marketingGates = new WeakMap<RegExp, (text: string) => boolean>();
export function marketingSaid(text: string, words?: RegExp, skip?: (clause: string, m: RegExpMatchArray) => boolean): boolean {
  // Most texts hold none of the pattern's words: they are turned away before the pattern, whose «\p{L}*marketing» is
  // tried at the start of every word (19,500 texts at 10,000 generated activities, none about marketing).
  let may = mayMarket;
  if (words !== undefined) {
    const known = marketingGates.get(words);
    if (known === undefined) marketingGates.set(words, (may = prefilter(words)));
    else may = known;
  }
  if (!may(text)) return false;
  // Read with a global copy where a caller passes a pattern without the `g` flag (matchAll would throw).
  const all = words === undefined ? MARKETING_ALL() : words.global ? words : globalOf(words);
  // Most texts name no marketing: one search of the whole text first.
  all.lastIndex = 0;
  const any = all.test(text);
  all.lastIndex = 0;
  if (!any) return false;
  const recruitment = RECRUITMENT().test(text);
  return leaveOutNamed(text.replace(OBJECT_MARKETING, '').replace(VACANCY_ADVERT(), ''))
    .split(CLAUSE_END)
    .some((clause) => {
      for (const m of clause.matchAll(all)) {
        const before = wordsBefore(clause, m.index!, 4);
        const after = wordAfter(clause, m.index! + m[0].length);
        if (NEGATION.test(before) || NEGATION.test(after) || skip?.(clause, m) || (AD_WORD().test(m[0]) && recruitment)) continue;
        return true;
      }
      return false;
    });
}
/**
 * The `n` words (cut at white space) that end at `end`, joined by a space, as `text.slice(0, end).split(/\s+/)` would give
 * them, found by reading back from `end` rather than by splitting all that comes before (which made a long clause with
 * many marketing words quadratic: 20,000 characters of «markedsføring ikke …», 0.8 s).
 */
export function wordsBefore(text: string, end: number, n: number): string {
  return words(text.slice(wordsStart(text, end, n), end));
}
/** Where the `n` words (cut at white space) that end at `end` start: read back from `end`. */
export function wordsStart(text: string, end: number, n: number): number {
  let i = end;
  for (let k = 0; k < n; k++) {
    while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
    if (i === 0) break;
    while (i > 0 && !/\s/u.test(text[i - 1]!)) i--;
  }
  return i;
}
/** Where the `n` words (cut at white space) that start after `start` end: read on from `start`. */
export function wordsEnd(text: string, start: number, n: number): number {
  let i = start;
  for (let k = 0; k < n; k++) {
    while (i < text.length && /\s/u.test(text[i]!)) i++;
    if (i === text.length) break;
    while (i < text.length && !/\s/u.test(text[i]!)) i++;
  }
  return i;
}
/** The `n` words (cut at white space) that start after `start`, joined by a space (the first `n` of `text.slice(start).split(/\s+/)`). */
export function wordsAfter(text: string, start: number, n: number): string {
  return words(text.slice(start, wordsEnd(text, start, n)));
}
const words = (t: string): string => t.split(/\s+/u).filter(Boolean).join(' ');
/** The word (cut at white space) that starts after `start`, or '' (the first of `text.slice(start).split(/\s+/)`). */
const WORD_AT = lazyPattern(String.raw`\s*(\S*)`, 'uy');
export function wordAfter(text: string, start: number): string {
  WORD_AT().lastIndex = start;
  return WORD_AT().exec(text)?.[1] ?? '';
}
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}
/**
 * Network and information security (GDPR recital 49): keeping a network or information system able to resist unlawful
 * or malicious actions: unauthorised access, malicious code, denial-of-service attacks, damage to systems (nb, nn, en).
 */
const NETWORK_SECURITY = lazyPattern(
  String.raw`nett- og informasjons(?:sikkerhet|tryggleik)|informasjonssikkerhet|informasjonstryggleik|tjenestenekt|tenestenekt|denial[- ]of[- ]service|\bddos\b|skadel[ei]g kode|malicious code|malware|ulovl[ei]g tilgang|uautorisert tilgang|unauthori[sz]ed access|network (?:and information )?security|information security|dataangrep|dataåtak|cyber ?attack`,
  'i',
);
/** Aims beside security that need more than the service asked for: statistics, analytics, measuring, ads, personalisation. */
const OTHER_AIMS = lazyPattern(String.raw`statisti|analy|måle|måling|measur|${MARKETING_WORDS}|annonse|tilpass|personali|profil`, 'iu');
/** The words speak of network and information security (recital 49) and of no other aim. */
export const isSecurityOnly = (texts: readonly string[]): boolean => texts.some((t) => NETWORK_SECURITY().test(t)) && !texts.some((t) => OTHER_AIMS().test(t));
/** Electronic means that allow individual communication (markedsføringsloven § 15 first paragraph). */
export const ELECTRONIC_MEANS = /e-?post|e-?mail|\bsms\b|tekstmelding|text message|push-?varsel|push notification/i;

/**
 * Direct marketing (Art. 21(2)-(3)): a purpose records it (`directMarketing: true`); or, among the purposes that do not
 * record it (`false` says the purpose is not marketing, whatever its words), the activity's title, a purpose's
 * description or the legitimate interest it states speaks of marketing, or a legal basis cites markedsføringsloven
 * (LOV-2009-01-09-2) with no section or a section of its chapter 3 on marketing addressed to the person (§§ 12-16 a).
 */
export function isDirectMarketing(r: ResolvedActivity, ref: ReferenceData): boolean {
  const hit = marketing.get(r);
  if (hit?.ref === ref) return hit.value;
  const value = directMarketing(r, ref);
  marketing.set(r, { ref, value });
  return value;
}
/** Asked by several rules of each activity: answered once per resolved activity and reference data. */
const marketing = new WeakMap<ResolvedActivity, { ref: ReferenceData; value: boolean }>();

function directMarketing(r: ResolvedActivity, ref: ReferenceData): boolean {
  if (r.purposes.some((p) => p.directMarketing === true)) return true;
  const unsaid = r.purposes.filter((p) => p.directMarketing === undefined);
  // Every purpose says it is not marketing: the title's words speak of those purposes.
  if (r.purposes.length > 0 && unsaid.length === 0) return false;
  const titles = textsOf(r.activity.title);
  // Whether the title may hold marketing words (its gate, which marketingSaid asks first and answers again from memory).
  let titleMay = false;
  for (const t of titles) {
    if (!mayMarket(t)) continue;
    titleMay = true;
    if (marketingSaid(t)) return true;
  }
  // A description is read with the title before it, so that advertising in a recruitment activity («Rekruttering»:
  // «annonsering og intervju») is read as job advertising.
  const title = titles.join('. ');
  // Said only where MARKETING_ALL matches «title. text», and it matches there only where it matches the title or the text:
  // none of its words holds a stop, and what it looks at around a word is whether a letter stands there, which the stop and
  // the space are not, as the ends of a text are not. So the text's gate (remembered per text) and the title's turn most
  // texts away without folding the title with each of them again: a new string per text, read whole by the gate (about
  // 0.15 s of `ropa notice` at 10,000 activities, whose titles are each their own; session 45).
  const marketingWords = (t: string): boolean => (titleMay || mayMarketText(t)) && marketingSaid(title === '' ? t : `${title}. ${t}`);
  for (const p of unsaid) {
    if (someText(p.description, marketingWords)) return true;
    for (const b of p.legalBasis) if (someText(b.legitimateInterest, marketingWords)) return true;
  }
  return unsaid.some((p) => p.legalBasis.some((b) => b.law.some((l) => citesMarketingAct(l, ref) && marketingSection(l.section))));
}

/** No section, or one of markedsføringsloven's chapter 3 on marketing addressed to the person (§§ 12-16 a); not its supervision (§§ 32 ff.). */
const marketingSection = (section: string | undefined): boolean => section === undefined || sectionNumbers(section).some((n) => n >= 12 && n <= 16);

/** The reference names markedsføringsloven, by its Lovdata id, a catalogue id ropa knows for it, or its name. */
export function citesMarketingAct(law: ResolvedLaw, ref: ReferenceData): boolean {
  const lovdataId = lovdataIdOf(law, ref);
  if (lovdataId !== undefined) return lovdataId === 'LOV-2009-01-09-2';
  const id = typeof law.ref === 'string' ? law.ref : law.ref.law;
  return /^(markedsf(ø|o)ringsloven|marknadsf(ø|o)ringslova|mfl)$/i.test(id);
}

export function art6Codes(purpose: ResolvedPurpose): string[] {
  return purpose.legalBasis.map((b) => b.gdpr).filter(isArt6);
}

/** A processor the activity uses, directly or through one of its systems, with where that is said. */
export interface UsedProcessor extends Ref<Processor> {
  pointer: string;
  /** The system that brings it in, when not listed directly. */
  system?: string;
}

export function processorsOf(registry: Registry, r: ResolvedActivity): readonly UsedProcessor[] {
  const hit = processors.get(r);
  if (hit?.registry === registry) return hit.value;
  const value = usedProcessors(registry, r);
  processors.set(r, { registry, value });
  return value;
}
/** Asked by several rules of each activity: made once per resolved activity; read-only. */
const processors = new WeakMap<ResolvedActivity, { registry: Registry; value: readonly UsedProcessor[] }>();

function usedProcessors(registry: Registry, r: ResolvedActivity): UsedProcessor[] {
  // The listed processors first, then those a system brings in (each once): plain loops, run for every activity.
  const out: UsedProcessor[] = [];
  for (const p of r.processors) out.push({ id: p.id, value: p.value, pointer: join('/processors', (r.activity.processors ?? []).indexOf(p.id)) });
  let seen: Set<string> | undefined;
  for (const s of r.systems) {
    const pid = s.value.processor;
    const e = pid !== undefined ? lookup(registry, 'processors', pid) : undefined;
    if (!e) continue;
    seen ??= new Set(out.map((p) => p.id));
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push({ id: e.id, value: e.value, pointer: join('/systems', (r.activity.systems ?? []).indexOf(s.id)), system: s.id });
  }
  return out;
}

/** Art. 13: the data comes from the person (told so, or a source of the person's own or their device). */
export function collectedFromPerson(r: ResolvedActivity): boolean {
  return (r.activity.information?.method.includes('art13') ?? false) || r.sources.some((s) => s.value.type === 'data-subject' || s.value.type === 'device');
}

/**
 * The person gives the data (Art. 13(2)(e) «the provision of personal data»): a source of type
 * data-subject, or, where the record names no source, Art. 13 information. Data observed through a device
 * (cookies, meters, cameras) or taken from the organisation's own systems is collected, not provided.
 */
export function providedByPerson(r: ResolvedActivity): boolean {
  if (r.sources.length === 0) return r.activity.information?.method.includes('art13') ?? false;
  return r.sources.some((s) => s.value.type === 'data-subject');
}

/** Art. 14: the activity informs as for data obtained elsewhere, directly or by a public notice (14(5)(b)). */
export function informsAsObtainedElsewhere(r: ResolvedActivity): boolean {
  const m = r.activity.information?.method ?? [];
  return m.includes('art14') || m.includes('public-notice');
}

/** Names that say a source is the person the data is about, whoever that is (nb, nn, en). */
const SELF_SOURCE = lazyPattern(String.raw`registrerte|\bselv\b|\bsjølv\b|\bfr[aå] deg\b|yourself|themselves|data subject|the person\b|from you\b`, 'i');

/**
 * A source of type `data-subject` named as one of the activity's several groups («Pasienten», «Varsleren») rather than
 * as the person themself («Den registrerte selv», «deg selv»): that group gives data about the others (a patient
 * naming next of kin), which for them is obtained elsewhere (Art. 14).
 */
export function givesOthersData(r: ResolvedActivity, source: ResolvedActivity['sources'][number]): boolean {
  return r.dataSubjects.length > 1 && source.value.type === 'data-subject' && !textsOf(source.value.name).some((t) => SELF_SOURCE().test(t));
}

/** Section numbers a reference names: "§§ 1, 4 og 17 første ledd" → 1, 4, 17; "§ 17(1)" → 17. */
export function sectionNumbers(section: string | undefined): number[] {
  if (section === undefined) return [];
  return remembered(numbersOf, section, () => {
    const at = section.indexOf('§');
    const text = (at >= 0 ? section.slice(at) : section).replace(/\([^)]*\)/g, ' ');
    return [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
  });
}

/**
 * A section reference's numbers and ids, read once per distinct text: a registry cites the same few sections on
 * thousands of activities, and a dozen rules read them. The lists are shared: read-only. Bounded, for a hostile registry.
 */
const numbersOf = new Map<string, number[]>();
const idsOf = new Map<string, string[]>();
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    // Frozen: a caller that sorted or filled a shared list in place would change every later answer.
    v = make();
    Object.freeze(v);
    if (cache.size < 10_000) cache.set(key, v);
  }
  return v;
}

/** The known law a reference names (by Lovdata id, else by catalogue id), with its key in data/norwegian-law.json; undefined when ropa does not know it. */
export function knownLaw(law: ResolvedLaw, ref: ReferenceData): { key: string; law: KnownLaw } | undefined {
  const lovdataId = law.law?.value.lovdataId;
  const catalogueId = typeof law.ref === 'string' ? undefined : law.ref.law;
  const index = lawIndex(ref.law.laws);
  if (lovdataId !== undefined) return index.byLovdataId.get(lovdataId);
  return catalogueId !== undefined ? index.byId.get(catalogueId) : undefined;
}

/** The Lovdata id of the law a reference names: the known law's (knownLaw), else the catalogue entry's own; undefined for neither. */
export const lovdataIdOf = (law: ResolvedLaw, ref: ReferenceData): string | undefined => knownLaw(law, ref)?.law.lovdataId ?? law.law?.value.lovdataId;

/** The known laws by Lovdata id and by catalogue id, the first in data/norwegian-law.json's order: built once per reference data. */
const lawIndexes = new WeakMap<object, { byLovdataId: Map<string, { key: string; law: KnownLaw }>; byId: Map<string, { key: string; law: KnownLaw }> }>();
function lawIndex(laws: Readonly<Record<string, KnownLaw>>) {
  let index = lawIndexes.get(laws);
  if (!index) {
    index = { byLovdataId: new Map(), byId: new Map() };
    for (const [key, known] of Object.entries(laws)) {
      const entry = { key, law: known };
      if (!index.byLovdataId.has(known.lovdataId)) index.byLovdataId.set(known.lovdataId, entry);
      for (const id of known.ids) if (!index.byId.has(id)) index.byId.set(id, entry);
    }
    lawIndexes.set(laws, index);
  }
  return index;
}

/**
 * Numbers in a section reference that name no section: an item («første ledd nr. 7», «punkt 3», «no. 2») and a date with
 * its number («jf. lov 20. juni 2025 nr. 71»), an article of another act («jf. personvernforordningen artikkel 9 nr. 2»).
 */
const NOT_A_SECTION = lazyPattern(
  String.raw`\d{1,2}\.\s*(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\p{L}*\.?\s+\d{4}|(?<![\p{L}])(?:nr|no|nummer|number|pkt|punkt|point|item|art|artikkel|article)\.?\s*\d+(?:\s?[a-z](?![\p{L}]))?`,
  'giu',
);

/** Section ids a reference names, as data/norwegian-law.json keys them: "§ 9-1" → 9-1, "§ 2 A-3" → 2A-3, "§ 20 a" → 20a, "§ 5-5 a" → 5-5a (not «§ 9-1 i loven»), "§§ 6 og 9" → 6, 9, "§ 17(1)" → 17, "§ 19 a første ledd nr. 7" → 19a. */
export function sectionIds(section: string | undefined): string[] {
  if (section === undefined) return [];
  return remembered(idsOf, section, () => {
    const at = section.indexOf('§');
    const text = (at >= 0 ? section.slice(at) : section).replace(/\([^)]*\)/g, ' ').replace(NOT_A_SECTION(), ' ');
    // A regulation's three-level number («§ 10-14-8», skatteforvaltningsforskriften) is one section (M, session 15).
    return [...text.matchAll(/\d+-\d+-\d+(?![\d-])|\d+\s?[A-Z]?\s?-\s?\d+(?:[a-z]|\s[a-hj-z](?![\p{L}]))?|\d+(?:\s?[a-z](?![\p{L}]))?/gu)].map((m) =>
      m[0].replace(/\s/g, ''),
    );
  });
}

/** What the registry says of the organisation that decides whom a law binds. */
export interface LawOrg {
  publicAuthority?: boolean | undefined;
  /** Who the organisation is, for a provision addressed to one named body (`addressee`); absent: not judged. */
  organisationNumber?: string | undefined;
  names?: readonly string[] | undefined;
  /**
   * The organisation is itself a debt collector (isDebtCollector: its name or its own words say so): the duties a law
   * lays on debt collectors (`binds: debt-collectors`, inkassoloven) are its own.
   */
  debtCollector?: boolean | undefined;
}

/** «Inkasso» in a name («Skagerak Inkasso AS», «Totalinkasso AS», «Debt Collection Ltd»), not the complaints board's. */
const COLLECTOR_NAME = lazyPattern(String.raw`(?<![\p{L}])\p{L}*inkasso(?!\p{L}*(?:klage|nemnd))|debt[- ]collect\p{L}*`, 'iu');
/**
 * The organisation's own words that it is a debt collector: it holds the licence («har inkassobevilling», «med
 * inkassoløyve», «holds a debt collection licence»), it is one («vi er et inkassoselskap», «X er eit inkassoføretak», «we
 * are a debt collection agency»), or it carries on the business («vi driver inkassovirksomhet», «we carry out debt
 * collection»). The subject is the clause's first word group (we, or the organisation itself), so that a creditor naming
 * the collector it uses («Vi sender kravet til Kredinor, som har inkassobevilling») is not read as one.
 */
const FILLER = String.raw`(?:(?!(?:som|med|with|who|that|which|til|to|for|hos|at|av|of)\s)[\p{L}\d-]+\s+)`;
const COLLECTOR_SELF = lazyPattern(
  String.raw`^\s*(?:vi|we|selskapet|foretaket|føretaket|the company|SUBJECT)\s+(?:` +
    // holds the licence
    String.raw`(?:har(?:\s+fått)?|innehar|holder|has|holds)\s+${FILLER}{0,3}?(?:inkassobevilling|inkassoløyve|debt[- ]collection\s+licen[cs]e)` +
    // is one
    String.raw`|(?:er|is|are)\s+(?:et|eit|en|ein|a|an)?\s*${FILLER}{0,2}?(?:inkassoselskap|inkassoforetak|inkassoføretak|inkassobyrå|debt[- ]collect\p{L}*)` +
    // carries on the business
    String.raw`|(?:driver|driv|runs?|carr(?:y|ies)\s+out)\s+${FILLER}{0,2}?(?:inkasso\p{L}*|debt[- ]collection))`,
  'iu',
);
/**
 * Whether the organisation is itself a debt collector: its name says so, or a clause of its own texts (the notice's
 * introduction) says, unnegated, that it holds a debt-collection licence, is a debt-collection company or carries on
 * debt collection (nb, nn, en). A creditor that hands its claims to a collector is none.
 */
/** Words every COLLECTOR_SELF match holds, with its flags: «inkasso…», «debt collect…». */
const COLLECTOR_WORDS = lazyPattern(String.raw`inkasso|debt[- ]collect`, 'iu');
export function isDebtCollector(names: readonly string[], texts: readonly string[]): boolean {
  if (names.some((n) => COLLECTOR_NAME().test(n))) return true;
  // Every way of COLLECTOR_SELF names the trade: a text without its words is read no further (the expression, made for
  // the organisation's names, is not built: ~20 ms on a record whose texts never name it).
  if (!texts.some((t) => COLLECTOR_WORDS().test(t))) return false;
  const subject = names
    .filter((n) => n.length > 1)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  const self = new RegExp(COLLECTOR_SELF.source.replace('SUBJECT', subject === '' ? '(?!)' : subject), 'iu');
  return texts.some((t) => t.split(PART_END).some((c) => !NEGATION.test(c) && self.test(c)));
}

/**
 * The organisation as whom a law binds (LawOrg): public or not, its organisation number, its names in lower case, and
 * whether it is itself a debt collector (its names and the notice's introduction, read by isDebtCollector).
 */
export function lawOrgOf(org: Organisation | undefined): LawOrg {
  const names = org
    ? [...(typeof org.name === 'string' ? [org.name] : Object.values(org.name)), org.shortName]
        .filter((n): n is string => typeof n === 'string')
        .map((n) => n.trim().toLowerCase())
    : [];
  const texts = org ? [...textsOf(org.notice?.introduction), ...textsOf(org.responsible)] : [];
  return {
    publicAuthority: org?.publicAuthority,
    organisationNumber: org?.organisationNumber,
    names: org ? names : undefined,
    debtCollector: org ? isDebtCollector(names, texts) : undefined,
  };
}

/**
 * Whether an activity is carried out «by public authorities in the performance of their tasks» (Art. 6(1) second
 * subparagraph) or «in the exercise of their public powers» (Art. 49(3)): both are said of the processing, so the
 * activity's own `publicAuthority` decides where it says so, else the organisation's.
 */
export function actsAsPublicAuthority(registry: Registry, r: ResolvedActivity): boolean | undefined {
  return r.activity.publicAuthority ?? registry.organisation?.value.publicAuthority;
}

/**
 * The organisation as whom a law binds, for one activity. A law laid on public bodies binds a public body in all its
 * activities (an activity outside its tasks does not unmake it one), and binds a body that is public only for some tasks
 * in the activities it carries out as a public authority: so `publicAuthority` is true when the organisation's is or the
 * activity's is. One object per organisation and answer, so lawFit's answers stay shared.
 */
export function lawOrgFor(org: LawOrg, r: ResolvedActivity): LawOrg {
  if (r.activity.publicAuthority !== true || org.publicAuthority === true) return org;
  let pub = asPublic.get(org);
  if (!pub) asPublic.set(org, (pub = { ...org, publicAuthority: true }));
  return pub;
}
const asPublic = new WeakMap<LawOrg, LawOrg>();

/** Whether the organisation is the body a provision is addressed to: its organisation number, or a name containing one of the body's names as words. */
function isAddressee(a: NonNullable<LawEntry['addressee']>, org: LawOrg): boolean {
  const number = org.organisationNumber?.replace(/\s/g, '');
  if (number !== undefined && (a.organisationNumbers ?? []).includes(number)) return true;
  const words = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim()} `;
  return (org.names ?? []).some((n) => a.names.some((b) => words(n).includes(words(b))));
}

/**
 * Why a law cannot play a role: `role` (ropa knows it has no such role), `limits` (it sets conditions
 * on processing the controller chooses, and lays down no obligation, task or authorisation),
 * `public-bodies` (it binds public bodies and the organisation is none), `decisions-only` (it binds
 * others than public bodies only where they make individual decisions or regulations), `debt-collectors` (it lays
 * its duties on debt collectors), `internal` (free text naming the organisation's own rules, not law), `statutes` (an
 * association's statutes, not law).
 */
export type LawMisfit = 'role' | 'limits' | 'public-bodies' | 'decisions-only' | 'debt-collectors' | 'internal' | 'statutes' | 'other-body' | 'foreign';

/**
 * Free text that names an organisation's own rules — an own or internal guideline, routine, instruction,
 * policy or handbook — and no law. National guidelines and government instructions are not matched: they are
 * not the organisation's own, and whether they are law is not judged here.
 */
const OWN = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:intern|interne|internt|egne|eget|egen|own|internal|our|våre|vår|vårt|selskapets|virksomhetens|bedriftens|konsernets)(?![\p{L}\d])`,
  'iu',
);
const RULES_DOCUMENT = lazyPattern(
  String.raw`retningslinje|rutine|instruks|policy|policies|guideline|procedure|prosedyre|reglement|h[åa]ndbok|handbook|rules\b`,
  'i',
);
const NAMES_LAW = lazyPattern(
  String.raw`lov(?:en|a|ane|ene)?\b|forskrift|§|LOV-|FOR-|\bact\b|regulation|directive|forordning|direktiv|artikkel|article|\bart\.`,
  'i',
);
const ownRules = (text: string): boolean => OWN().test(text) && RULES_DOCUMENT().test(text) && !NAMES_LAW().test(text);
/**
 * An association's statutes: «vedtekter», «statutter», «bylaws», «articles of association», and what Norwegian sport calls
 * its statutes, a «lov» of an organisation — «NIFs lov», «forbundets lov», «idrettslagets lov», «Lov for Norges
 * idrettsforbund og olympiske og paralympiske komité» (a statute of the Storting is «Lov om …»). They bind the members
 * by membership, which is a contract; they are no «Union or Member State law» (GDPR Art. 6(3), 9(2)(g), 10).
 * Read only in a catalogue entry without a Lovdata id, or in free text.
 */
const STATUTES = lazyPattern(
  String.raw`(?<![\p{L}])(?:vedtekt\p{L}*|statutt\p{L}*|by-?laws?|articles of association)(?![\p{L}])|(?<![\p{L}])\p{L}*(?:forbundets|klubbens|lagets|foreningens|foreiningas|organisasjonens|komiteens|komiteen sin|partiets)\s+lov(?:er)?(?![\p{L}])|(?<![\p{L}])lov(?:er)?\s+for\s+(?:\p{L}+\s+){0,4}?\p{L}*(?:forbund|forbundet|komité|komite|idrettslag|klubb|klubben|forening|foreining|organisasjon|parti)(?![\p{L}])`,
  'giu',
);
/** An organisation's abbreviation in the genitive before «lov»: «NIFs lov», «NFFs lover» (case matters). */
const ABBREVIATION_LAW = lazyPattern(String.raw`(?<![\p{L}])\p{Lu}{2,}s\s+lov(?:er)?(?![\p{L}])`, 'gu');
/** Names an association's statutes, and no other law beside them («stiftelsesloven og vedtektene» names a law too). */
const statutes = (text: string): boolean => {
  const rest = text.replace(STATUTES(), ' ').replace(ABBREVIATION_LAW(), ' ');
  return rest !== text && !NAMES_LAW().test(rest);
};

/**
 * A third country's law, named in free text or in a catalogue entry with no Lovdata id: the United States Code or the
 * Code of Federal Regulations («49 U.S.C. § 44909», «19 CFR 122.49a»), or a law, act, order or regulation said to be of a
 * country outside the EEA («UK Immigration and Police (Passenger, Crew and Service Information) Order 2008», «amerikansk
 * lov», «US law»). GDPR Art. 6(3) (and 9(2)(b), (g)-(j), 10, 23) asks for «Union law or Member State law to which the
 * controller is subject»; a third country's law is neither (rec. 115; Art. 48), whatever it requires of a carrier or a
 * bank (B3's blind set variants-luftfart LF02: an airline's data for the US and UK border authorities). Union acts
 * («Regulation (EU) 2016/679», «forordning (EF) nr. 261/2004», «Directive») are not read.
 */
const FOREIGN_LAW = lazyPattern(
  String.raw`(?<![\p{L}])(?:U\.?\s?S\.?\s?C\.?|C\.?\s?F\.?\s?R\.?|United States Code|Code of Federal Regulations)(?![\p{L}])|(?<![\p{L}])(?:US|U\.S\.|USA|UK|United States|United Kingdom|American|British|Canadian|Chinese|Indian|Australian|Japanese|Swiss|Russian|Turkish|amerikansk\p{L}*|britisk\p{L}*|kanadisk\p{L}*|kinesisk\p{L}*|sveitsisk\p{L}*|russisk\p{L}*)\s+[^.;]{0,120}?(?<![\p{L}])(?:[Ll]aws?|[Aa]cts?|[Ss]tatutes?|[Rr]egulations?|[Oo]rders?|[Cc]ode|[Ll]egislation|[Ll]ov|[Ll]oven|[Ll]over|[Ll]ovar|[Ll]ova|[Ff]orskrift\p{L}*|[Rr]egelverk\p{L}*|[Ll]ovgiving\p{L}*|[Ll]ovgivning\p{L}*|rett)(?![\p{L}])`,
  'u',
);
const UNION_ACT = lazyPattern(String.raw`(?<![\p{L}])(?:EU|EØS|EEA|EF|EC|EØF|EEC)(?![\p{L}])|forordning|directive|direktiv|personvernforordning|GDPR`, 'iu');
/**
 * A Norwegian law named in the same text: a law's own name («Arkivlova § 6», «tvisteloven § 4-8», «sanksjonsloven»), or
 * «Norwegian», «norsk». The country's word then tells the matter or the agreement a Norwegian law carries out («amerikanske
 * emigrantbrev … etter arkivlova», «the Canadian social security agreement under Norwegian law»: P2, session 14, 3 of 8
 * lawful texts fired), not the law cited.
 */
const NORWEGIAN_LAW = lazyPattern(
  String.raw`(?<![\p{L}])(?:norsk\p{L}*|Norwegian)(?![\p{L}])|\p{L}{3,}(?:loven|lova|lovens|lovas|lovene|forskrifta|forskriften)(?![\p{L}])`,
  'iu',
);
const foreignLaw = (text: string): boolean => FOREIGN_LAW().test(text) && !UNION_ACT().test(text) && !NORWEGIAN_LAW().test(text);

function entryFit(e: LawEntry, role: LawRole, org: LawOrg | undefined): { answer: 'yes' | 'no'; why?: LawMisfit } {
  if (e.limits === true) return { answer: 'no', why: 'limits' };
  if (!e.roles?.includes(role)) return { answer: 'no', why: 'role' };
  if (e.addressee !== undefined && org?.names !== undefined && !isAddressee(e.addressee, org)) return { answer: 'no', why: 'other-body' };
  if (e.binds === 'public-bodies' && org?.publicAuthority === false) return { answer: 'no', why: 'public-bodies' };
  if (e.binds === 'public-bodies-and-decisions' && org?.publicAuthority === false) return { answer: 'no', why: 'decisions-only' };
  if (e.binds === 'debt-collectors' && org !== undefined && org.debtCollector !== true) return { answer: 'no', why: 'debt-collectors' };
  return { answer: 'yes' };
}

/**
 * Whether a law reference can play a role, and if not why: `unknown` when ropa does not know the
 * law (it then says nothing), else `yes` or `no`. A cited section listed under the law's `sections`
 * is judged by its own entry, any other by the law's; with no section cited, the law counts if it or
 * any of its sections can play the role. With `org`, a law that binds only public bodies (or debt
 * collectors) is `no` for an organisation that is none.
 */
export function lawFit(law: ResolvedLaw, role: LawRole, ref: ReferenceData, org?: LawOrg): LawFit {
  const found = knownLaw(law, ref);
  if (!found) return unknownLawFitOnce(law);
  // A known law's answer depends only on the law, the section cited, the role and the organisation: a
  // registry cites the same few laws and sections in activity after activity, so each is judged once.
  let answers = fitsOf.get(ref)?.get(org ?? NO_ORG);
  if (!answers) {
    let byOrg = fitsOf.get(ref);
    if (!byOrg) fitsOf.set(ref, (byOrg = new WeakMap()));
    byOrg.set(org ?? NO_ORG, (answers = new Map()));
  }
  const key = `${role}\u0000${found.key}\u0000${law.section ?? ''}`;
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = knownLawFit(found.law, law.section, role, org)));
  return answer;
}

type LawFit = { answer: 'yes' | 'no' | 'unknown'; why?: LawMisfit };
/** lawFit's answers for known laws, by reference data, organisation and `role, law key, section` (read-only). */
const fitsOf = new WeakMap<ReferenceData, WeakMap<LawOrg, Map<string, LawFit>>>();
const NO_ORG: LawOrg = {};

/**
 * `unknownLawFit`, judged once per free text or catalogue entry (the answer reads nothing else of the reference):
 * an organisation's own rules are cited in activity after activity. Shared answers: read-only.
 */
function unknownLawFitOnce(law: ResolvedLaw): LawFit {
  if (typeof law.ref === 'string') return remembered(unknownByText, law.ref, () => unknownLawFit(law));
  const entry = law.law?.value;
  if (entry === undefined) return unknownLawFit(law);
  let fit = unknownByEntry.get(entry);
  if (!fit) unknownByEntry.set(entry, (fit = unknownLawFit(law)));
  return fit;
}
const unknownByText = new Map<string, LawFit>();
const unknownByEntry = new WeakMap<object, LawFit>();

/**
 * A law ropa does not know: `no` (internal) when its words name the organisation's own rules, `no` (statutes) when they
 * name an association's statutes and it is not on Lovdata, else `unknown`.
 */
function unknownLawFit(law: ResolvedLaw): LawFit {
  // Free text, or a catalogue entry with no Lovdata id, whose words name the organisation's own rules.
  const entry = law.law?.value;
  const texts =
    typeof law.ref === 'string'
      ? [law.ref]
      : entry !== undefined && entry.lovdataId === undefined
        ? [...textsOf(entry.title), ...textsOf(entry.fullTitle)]
        : [];
  if (texts.length > 0 && texts.every(ownRules)) return { answer: 'no', why: 'internal' };
  const onLovdata = entry?.url !== undefined && /lovdata\.no/i.test(entry.url);
  if (texts.length > 0 && !onLovdata && texts.every(foreignLaw)) return { answer: 'no', why: 'foreign' };
  return texts.length > 0 && !onLovdata && texts.some(statutes) ? { answer: 'no', why: 'statutes' } : { answer: 'unknown' };
}

function knownLawFit(known: KnownLaw, section: string | undefined, role: LawRole, org: LawOrg | undefined): LawFit {
  const whole: LawEntry = {
    roles: known.roles ?? [],
    binds: known.binds,
    limits: known.limits,
    ...(known.notJudged === true ? { notJudged: true } : {}),
  };
  const sections = known.sections ?? {};
  const entry = (k: string): LawEntry | undefined => {
    const s = sections[k];
    if (s === undefined) return undefined;
    return Array.isArray(s) ? { roles: s as readonly LawRole[], binds: known.binds } : { binds: known.binds, ...(s as LawEntry) };
  };
  const cited = sectionIds(section);
  // With no section cited, a section ropa does not judge does not make the whole law unknown.
  const entries =
    cited.length > 0
      ? cited.map((k) => entry(k) ?? whole)
      : [
          whole,
          ...Object.keys(sections)
            .map((k) => entry(k)!)
            .filter((e) => e.notJudged !== true && e.citedOnly !== true),
        ];
  const fits: { answer: 'yes' | 'no' | 'unknown'; why?: LawMisfit }[] = entries.map((e) =>
    e.notJudged === true ? { answer: 'unknown' } : entryFit(e, role, org),
  );
  if (fits.some((f) => f.answer === 'yes')) return { answer: 'yes' };
  if (fits.some((f) => f.answer === 'unknown')) return { answer: 'unknown' };
  // With no section cited the law's own reason; else the most telling of the sections': a law for others,
  // then one that only limits, then no such role.
  if (cited.length === 0) return { answer: 'no', why: fits[0]?.why ?? 'role' };
  const order: LawMisfit[] = ['other-body', 'public-bodies', 'decisions-only', 'debt-collectors', 'limits', 'role'];
  const why = order.find((w) => fits.some((f) => f.why === w)) ?? 'role';
  return { answer: 'no', why };
}

/**
 * The letters of Art. 9(2) a law reference provides for, where data/norwegian-law.json ties it to some
 * ("personopplysningsloven § 6" → b); undefined when ropa does not know the law, or the law (or a section
 * cited) may serve any letter.
 */
export function art9Letters(law: ResolvedLaw, ref: ReferenceData): readonly string[] | undefined {
  return tiedTo(law, ref, 'art9');
}

/** The points of Art. 6(1) a law reference's supplementary basis serves ("c" for bokføringsloven), as art9Letters does for Art. 9(2). */
export function art6Points(law: ResolvedLaw, ref: ReferenceData): readonly string[] | undefined {
  return tiedTo(law, ref, 'art6');
}

function tiedTo(law: ResolvedLaw, ref: ReferenceData, field: 'art9' | 'art6'): readonly string[] | undefined {
  const known = knownLaw(law, ref)?.law;
  if (!known) return undefined;
  const cited = sectionIds(law.section);
  if (cited.length === 0) return known[field];
  const letters: string[] = [];
  for (const k of cited) {
    const s = known.sections?.[k];
    const own = s !== undefined && !Array.isArray(s) ? (s as LawEntry)[field] : undefined;
    const l = own ?? known[field];
    if (l === undefined) return undefined;
    letters.push(...l);
  }
  return letters;
}

/**
 * For a list of law references: `yes` if one can play the role, `unknown` if none can but one is
 * unknown, else `no` with the reason of the first that cannot.
 */
export function lawsFit(laws: readonly ResolvedLaw[], role: LawRole, ref: ReferenceData, org?: LawOrg): { answer: 'yes' | 'no' | 'unknown'; why?: LawMisfit } {
  const fits = laws.map((l) => lawFit(l, role, ref, org));
  if (fits.some((f) => f.answer === 'yes')) return { answer: 'yes' };
  if (fits.some((f) => f.answer === 'unknown')) return { answer: 'unknown' };
  return { answer: 'no', why: fits[0]?.why ?? 'role' };
}

/** For a list of law references: `yes` if one can play the role, `unknown` if none can but one is unknown, else `no`. */
export function someLawHasRole(laws: readonly ResolvedLaw[], role: LawRole, ref: ReferenceData, org?: LawOrg): 'yes' | 'no' | 'unknown' {
  return lawsFit(laws, role, ref, org).answer;
}

/** A law reference as a finding cites it: its name and, when given, the section («arbeidsmiljoloven § 9-1»). */
export function lawCitation(law: ResolvedLaw): string {
  const section = law.section?.trim();
  return section ? `${lawName(law)} ${/^\d/.test(section) ? '§ ' : ''}${section}` : lawName(law);
}

/** The name to show for a law reference: its catalogue id, or the free text. */
export function lawName(law: ResolvedLaw): string {
  return typeof law.ref === 'string' ? law.ref : law.ref.law;
}

/** Whether a resolved law reference is the given law (by Lovdata id, or by a known catalogue id). */
export function isLaw(law: ResolvedLaw, name: string, ref: ReferenceData): boolean {
  const known = ref.law.laws[name];
  if (!known) return false;
  if (law.law?.value.lovdataId !== undefined) return law.law.value.lovdataId === known.lovdataId;
  const id = typeof law.ref === 'string' ? undefined : law.ref.law;
  return id !== undefined && known.ids.includes(id);
}

/**
 * Whether a law reference cites the provision. A numbered provision is matched on the section ids cited, not on every
 * number in the text: «personopplysningsloven § 12 a» (disclosure against work-related crime) is not § 12 (B10,
 * variants-toll), nor is «§ 9 a» § 9.
 */
export function citesProvision(law: ResolvedLaw, p: LawProvision, ref: ReferenceData): boolean {
  return isLaw(law, p.law, ref) && sectionIds(law.section).includes(String(p.section));
}

/** Chapter V: a transfer goes to a third country when its country is outside the EEA, or to an international organisation. */
export function isThirdCountryTransfer(t: ResolvedTransfer, ref: ReferenceData): boolean {
  if (t.organisation !== undefined) return true;
  return t.country !== undefined && !ref.eea.countries.has(t.country);
}

export function transfersOf(r: ResolvedActivity): ResolvedTransfer[] {
  return Array.isArray(r.transfers) ? r.transfers : [];
}

/**
 * A reference whose own words say the document it stands for does not exist yet (variants-dating DT17, DT38): a
 * processor's `agreement` «None signed yet; we use their standard terms», «Ikke inngått», «Avtale mangler», an
 * `interestAssessment` «Not carried out yet; planned for Q2 2027», «Skal utarbeides», «Under arbeid», «TBD». The field is
 * there, but what it refers to is not: the record has no agreement (Art. 28(3)) or no balancing test (Art. 6(1)(f), 5(2)).
 * Read clause by clause: a clause that says the thing is not done (a negation before a doing verb or before the document
 * itself, a future «to be signed», «skal inngås», work in progress, a bare placeholder), where no other clause says it
 * is done («DPA signed 2024-02-15; the annex is not yet signed») or gives a case or document number («LIA-2024-01;
 * update in progress»). Returns the clause's words, for the message.
 */
const DONE_VERB = String.raw`(?:signed|concluded|entered\s+into|carried\s+out|done|completed|performed|made|written|drafted|agreed|accepted|in\s+place|finished|finali[sz]ed|inngått|inngåtte|signert|signerte|underskrevet|underskriven|undertegnet|underteikna|gjennomført|gjennomførd|gjennomførte|gjort|utført|utarbeidet|utarbeidd|laget|laga|skrevet|skrive|på\s+plass|ferdig|ferdigstilt|godkjent|godkjend|vedtatt|datert|dated)`;
const NOT_DONE = lazyPattern(
  [
    // A negation before the doing verb, up to three words apart («not yet been signed», «har ikke blitt gjennomført»).
    String.raw`(?<![\p{L}])(?:not|never|ikke|ikkje|aldri|none|nothing|ingen|inga|intet)\s+(?:\p{L}+\s+){0,3}?${DONE_VERB}(?![\p{L}])`,
    // A negation just before the document itself («no agreement», «ingen avtale», «no signed DPA», «ingen interesseavveiing»).
    String.raw`(?<![\p{L}])(?:no|none|ingen|inga|intet|ikke\s+noen|ikkje\s+nokon)\s+(?:(?:signed|written|skriftlig|skriftleg|signert)\s+)?(?:agreement|dpa|contract|data\s+processing\s+agreement|assessment|balancing\s+test|lia|avtale|databehandleravtale|databehandlaravtale|kontrakt|vurdering|interesseavveiing|interesseavveging|interesseavveining|avveiing|avveging)(?![\p{L}])`,
    // A future: the document is still to come («to be signed», «yet to be carried out», «skal inngås», «vil bli utarbeidet»).
    String.raw`(?<![\p{L}])(?:yet\s+to\s+be|still\s+to\s+be|to\s+be|will\s+be|skal|vil\s+bli|skal\s+bli|må|blir)\s+(?:\p{L}+\s+){0,2}?(?:signed|concluded|entered\s+into|carried\s+out|done|completed|drafted|written|made|inngås|inngåes|signeres|underskrives|gjennomføres|gjennomførast|utarbeides|utarbeidast|gjøres|gjerast|lages|lagast|skrives|skrivast|inngått|signert|gjennomført|utarbeidet|utarbeidd)(?![\p{L}])`,
    // Work in progress, or waiting for it.
    String.raw`(?<![\p{L}])(?:under\s+arbeid|under\s+utarbeid\p{L}*|under\s+forhandling|in\s+progress|being\s+(?:drafted|negotiated|prepared|written)|awaiting\s+(?:signature|signing|the\s+signed)|venter\s+på\s+(?:signatur|signering|underskrift|avtale)|ventar\s+på\s+(?:signatur|signering|underskrift|avtale)|not\s+yet|ikke\s+ennå|ikkje\s+enno|ennå\s+ikke|enno\s+ikkje)(?![\p{L}])`,
    // The whole clause a placeholder or «missing».
    String.raw`^\s*(?:none|n\/a|tbd|todo|to\s+do|missing|pending|mangler|manglar|ingen|inga|ukjent|unknown|\?+|-+)\s*$`,
    String.raw`(?<![\p{L}])(?:mangler|manglar|missing)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/** A clause that says the document is done or names it by number («signed 2024-02-15», «LIA-2024-01», «sak 24/123»). */
const DONE_SAID = lazyPattern(
  String.raw`(?<![\p{L}])${DONE_VERB}(?![\p{L}])|\d+\/\d+|(?<![\p{L}])(?:sak|saksnr|case|ref|arkivsak|doc|dokument)\.?\s*(?:no\.?|nr\.?)?\s*\S*\d`,
  'iu',
);
const DONE_VERB_FIRST = lazyPattern(String.raw`(?<![\p{L}])${DONE_VERB}(?![\p{L}])`, 'iu');
/** A document number in capitals («LIA-2024-01», «HR-DPA-09», «DBA 2021»): case-sensitive. */
const DOCUMENT_NUMBER = lazyPattern(String.raw`\p{Lu}{2,}[-\s]?\d`, 'u');
/**
 * A balancing test's reference says more ways that there is none (B5, variants-parkering PK02; joined here from
 * legitimate-interest-assessment's own reader, N, session 16): none or no such test («ingen interesseavveiing», «without an
 * assessment»), not needed («ikke nødvendig», «unødvendig», «not needed»), the interest asserted as obvious instead
 * («openbert», «åpenbart», «obviously»), planned («planlagt», «planned»; not a next or new one: «ny vurdering planlagt i
 * 2027» says one was made), pending (not «pending review»: the test exists), a placeholder anywhere («TBD», «n/a»), or a
 * negation before its own doing words («ikke vurdert», «not assessed», «ikkje dokumentert»).
 */
const NOT_DONE_ASSESSMENT = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:ingen|inga|no|none|nil|without|uten|utan|mangler|manglar|missing)\s+(?:\p{L}+\s+){0,1}?(?:interesseavve\p{L}*|avveging\p{L}*|avveiing\p{L}*|avveining\p{L}*|vurdering\p{L}*|assessments?|balancing(?:\s+tests?)?|lia)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:(?:ikke|ikkje|not)\s+(?:nødvendig|naudsynt|necessary|needed|required|relevant|aktuelt|aktuell)|unødvendig|unnødvendig|unnecessary|tbd|n\/a|obvious(?:ly)?|openbert|åpenbart|selvsagt|sjølvsagt)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:ny|nytt|neste|next|new|fresh|revised|updated|oppdatert|revidert|further|another|årlig|årleg|annual)\s+(?:\p{L}+\s+)?)(?:planlagt|planned)(?![\p{L}])`,
    String.raw`(?<![\p{L}])pending(?!\s+(?:review|approval|sign-?off|the\s+dpo))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:ikke|ikkje|aldri|not|never)\s+(?:\p{L}+\s+){0,2}?(?:vurdert\p{L}*|dokumentert\p{L}*|gjord|lagd|assessed|conducted|documented|undertaken)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
const NOT_DONE_OR_ASSESSMENT = lazyPattern(`${NOT_DONE.source}|${NOT_DONE_ASSESSMENT.source}`, 'iu');
/** Where a balancing test is made elsewhere: «se», «sjå», «jf.», «see», «cf.», «inngår i», «del av», «documented in», «covered by». */
const POINTS_ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:se|sjå|jf|cf|see|inngår\s+i|del\s+av|part\s+of|dokumentert\s+i|documented\s+in|covered\s+by|dekt\s+av|dekket\s+av|omfatta\s+av|omfattet\s+av)(?![\p{L}])`,
  'iu',
);
/**
 * `kind` 'assessment' reads a balancing test's reference (legitimate-interest-assessment): NOT_DONE_ASSESSMENT's words
 * too, and a reference that points to where the test is made («se DPIA», «covered by the DPIA») names a test. An
 * agreement's reference is read with NOT_DONE alone (processor-agreement).
 */
export function notDoneSaid(text: string, kind: 'agreement' | 'assessment' = 'agreement'): string | undefined {
  const notDonePattern = kind === 'assessment' ? NOT_DONE_OR_ASSESSMENT() : NOT_DONE();
  if (kind === 'assessment' && POINTS_ELSEWHERE().test(text)) return undefined;
  const clauses = text
    .split(STOP)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // A clause that says the document was done, with its date, before what is not yet done («Agreement signed 2022 (not yet
  // updated to the 2021 SCCs)», «Avtale inngått 12.03.2024, men ikke lastet opp»): done (N's review of notDoneSaid).
  const doneFirst = (c: string): boolean => {
    const m = notDonePattern.exec(c);
    const before = m === null ? '' : c.slice(0, m.index);
    const d = DONE_VERB_FIRST().exec(before);
    return d !== null && /\d/u.test(before.slice(d.index)) && !NEGATION.test(before.slice(0, d.index + d[0].length));
  };
  // The assessment's own words count only before any digit of the text: a reference comes first («Vurdering 2023: ikke
  // nødvendig å gjenta», «LIA 2024-03, obviously still valid»), as legitimate-interest-assessment read them before.
  const assessmentOnly = (c: string): boolean => {
    const m = NOT_DONE_ASSESSMENT().exec(c);
    return m !== null && !/\d/u.test(text.slice(0, text.indexOf(c) + m.index));
  };
  const notDone = clauses.filter((c) => (NOT_DONE().test(c) || (kind === 'assessment' && assessmentOnly(c))) && !doneFirst(c));
  if (notDone.length === 0) return undefined;
  if (clauses.some((c) => !notDone.includes(c) && (DONE_SAID().test(c) || DOCUMENT_NUMBER().test(c)) && !NEGATION.test(c))) return undefined;
  return notDone[0];
}
