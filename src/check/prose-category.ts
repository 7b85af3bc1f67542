/**
 * What a data category's own words reveal (DESCRIPTIONS.md, session 12): a catalogue entry whose name or description
 * names a special category (GDPR Art. 9(1)), a national identity number (personopplysningsloven § 12) or data on
 * criminal convictions and offences (Art. 10) while its `specialCategory`, `nationalIdentifier` or `criminalOffence`
 * is absent. Read once per catalogue entry (cached); the rules that need the field then report that the text reveals
 * it (special-category-condition, national-id-justified, criminal-data-basis), quoting the words and pointing at them.
 *
 * The law behind the word lists (each group below cites its provision; docs/legal-sources.md, 2026-12-01):
 * - Art. 9(1) prohibits processing personal data «revealing» racial or ethnic origin, political opinions, religious or
 *   philosophical beliefs, or trade union membership, and genetic data, biometric data for the purpose of uniquely
 *   identifying a person, data concerning health or a person's sex life or sexual orientation.
 * - CJEU C-184/20 OT v Vyriausioji tarnybinės etikos komisija (Grand Chamber, 1 August 2022, ECLI:EU:C:2022:601,
 *   paras. 117-128 and the ruling's point 2): data «liable to disclose indirectly» a special category, by an
 *   intellectual operation of comparison or deduction, are special-category data. So a word that reveals the category
 *   by necessary inference (union dues deducted from pay: membership) is read, but not one that merely might (a need
 *   for an interpreter: a language, not an ethnic origin).
 * - Art. 4(15) and recital 35: health data is data «related to the physical or mental health of a natural person …
 *   which reveal information about his or her health status», including «any information on, for example, a disease,
 *   disability, disease risk, medical history, clinical treatment or the physiological or biomedical state»; CJEU
 *   C-101/01 Lindqvist (6 November 2003), ruling point 3: that a person «has injured her foot and is on half-time on
 *   medical grounds» is data concerning health, so sick leave is.
 * Words that must NOT raise a fact: a negated clause (facts.ts NEGATION, clause by clause at STOP_NOT_DECIMAL) or a word after
 * «uten», «utan», «without», «ingen», «no», «unntatt», «except» in its clause; «HMS» and «helse, miljø og sikkerhet»,
 * bodies' names («Helse Bergen», «Kirkens Bymisjon»), insurance products («forsikring ved sykdom», «helseforsikring»
 * as a benefit everyone gets), «fødselsdato», nationality and citizenship, a need for an interpreter (but a need of a
 * sign-language or writing interpreter is a hearing disability), special needs education («spesialundervisning»,
 * «IOP») and «tilrettelegging» alone, diet choices («kosthold», «spesialkost»; but a halal or kosher diet, in a
 * category's words, is a religious practice), a passport number (a document's number, renewed with the document; Prop.
 * 56 LS (2017–2018) ch. 9.1 reads «andre entydige identifikasjonsmidler» as other national identification numbers and
 * biometric data, Ot.prp. nr. 92 (1998–99) p. 114): none of them is in a list below, and the product and party phrases
 * are cut out first (NOT_DATA). Decided by K, 2026-12-01 (docs/legal-sources.md).
 */
import { FACE_MATCH_V2, PRONOUN_RELATIVE } from './lexicon-words.js';
import type { Located } from '../model/registry.js';
import type { DataCategory } from '../model/types.js';
import { englishNoAt, ingaAt, NEGATION, STOP_NOT_DECIMAL } from './facts.js';
import { withoutPast } from './past.js';
import { ANIMAL_WORD } from './animals.js';
import { lazyPattern, type LazyPattern, splitOn } from '../util/lazy-pattern.js';
import { prefilter, prefilterAny, ways } from '../util/prefilter.js';
import { byText } from '../util/memo.js';
import {
  BIOMETRIC_TECHNIQUE_STEMS,
  BIOMETRIC_TECHNIQUE_WORDS,
  CONGREGATION_STEMS,
  CONGREGATION_WORDS,
  ETHNIC_MINORITY_STEMS,
  ETHNIC_MINORITY_WORDS,
  UNION_ORGANISED_STEMS,
  UNION_ORGANISED_WORDS,
} from './lexicon-special.js';

/** What a category's text reveals: an Art. 9(1) special category (the schema's names), a national id, or Art. 10 data. */
export type Revealed = NonNullable<DataCategory['specialCategory']> | 'national-id' | 'criminal-offence';

/** One reading: what is revealed, the words that reveal it, and where (pointer inside the entry, offset in that text). */
export interface Reveal {
  kind: Revealed;
  words: string;
  /** JSON pointer inside the catalogue entry: `/name`, `/name/nb`, `/description/en` … */
  pointer: string;
  /** Offset of the words in that text. */
  index: number;
}

const W = String.raw`(?<![\p{L}\d])`;
/**
 * A pattern compiled when first used (a unicode pattern costs tens of milliseconds to compile, and most registries'
 * category texts hold none of a group's stems), global and unicode, over lowercased text (no `i`: case folding over
 * \p{L} is what makes a pattern slow to compile).
 */
const lazy = (source: string): LazyPattern => lazyPattern(source, 'gu');
/** The text in lower case, each character kept at its offset (a character whose lower case is longer stays as it is). */
function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}
const E = String.raw`(?![\p{L}\d])`;

/**
 * A course, lesson, talk or campaign about a subject («Kurs om seksuell orientering og kjønnsidentitet for lærere»,
 * «training on sexual orientation», «Foredrag om rusmiddelbruk blant ungdom»), or information about it where the words
 * go on to where it is published («Informasjon om rusmiddelbruk og helse på nettsida»): the subject, no one's data (N,
 * session 17; session 16's noticed false alarms). The subject must follow the word and its preposition at once, or after
 * one other subject and «og/and» («Kurs om kjønn og seksuell orientering»): «Kurs i førstehjelp, og vi registrerer
 * deltakernes seksuelle orientering», «Informasjon om brukerens rusmiddelbruk» and «Opplysningar om rusmiddelbruk frå
 * fastlegen» are still read. A book or literature about it too («We sell books about religion», «litteratur om livssyn»: R13,
 * session 33), and «religion», «livssyn» alone take this guard.
 */
const ABOUT_WORD = String.raw`\s+(?:om|i|på|about|on|in)\s+(?:[\p{L}-]+\s+(?:og|eller|and|or)\s+)?`;
const COURSE_BEFORE = String.raw`(?<!(?<![\p{L}])(?:kurs\p{L}*|courses?|opplæring\p{L}*|undervisning\p{L}*|training|teaching|lessons?|workshops?|seminar\p{L}*|foredrag\p{L}*|lectures?|talks?|temadag\p{L}*|tema|topics?|kampanje\p{L}*|campaigns?|brosjyr\p{L}*|leaflets?|rettleiing|veiledning|guidance|temakveld\p{L}*|temamøte\p{L}*|forelesning\p{L}*|førelesing\p{L}*|bok|boka|boken|bøker|bøkene|bøkane|books?|litteratur\p{L}*|literature)${ABOUT_WORD})`;
const INFO_WORD = String.raw`(?<![\p{L}])(?:informasjon|information|info)${ABOUT_WORD}`;
const PUBLIC_PLACE = String.raw`(?:nettsid\p{L}*|nettstad\p{L}*|nettsted\p{L}*|heimesid\p{L}*|hjemmesid\p{L}*|websites?|web\s+pages?|brosjyr\p{L}*|leaflets?|plakat\p{L}*|posters?|sosiale\s+medi\p{L}*|social\s+media)`;
/**
 * A count or statistics of a kind of event before it («the number of work injuries per year», «antall arbeidsskader i
 * året», «statistikk over yrkesskadar»): figures, no one's health (N, session 17), unless the words go on to whose
 * («… for hver ansatt», «per employee», «kvar tilsett»).
 */
const COUNTED_BEFORE = String.raw`(?<!(?<![\p{L}])(?:antall|antal|talet\s+på|tallet\s+på|number\s+of|statisti\p{L}*\s+(?:over|om|on|of)|count(?:s|ed|ing)?|telje|telle|tel|teller)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}?)`;
const EACH_AFTER = String.raw`(?=[^.;:!?]{0,60}?(?<![\p{L}])(?:hver|kvar|each|per|for\s+(?:den\s+|the\s+)?enkelte?|individual)\s+(?:ansatt\p{L}*|tilsett\p{L}*|employees?|medarbeid\p{L}*|persons?|person|elev\p{L}*|pupils?|pasient\p{L}*|patients?|worker\p{L}*)(?![\p{L}]))`;
/** `term` unless a course is about it, or information about it is published (COURSE_BEFORE, INFO_WORD, PUBLIC_PLACE). */
const asTopicNot = (term: string): string =>
  String.raw`(?=(?:${term}))(?:${COURSE_BEFORE}(?<!${INFO_WORD})(?:${term})|${COURSE_BEFORE}(?<=${INFO_WORD})(?:${term})(?![^.;:]{0,80}?${PUBLIC_PLACE}))`;

/**
 * The condition named as the theme of a meeting, a talk or an evening («Rusproblem og psykiske lidingar er tema på
 * foreldremøtet», «Angst og depresjon er temaet for kvelden», «Mental illness is the topic of this year's staff seminar»:
 * N2a's review of session 18; «Foreldremøtet har angst hos barn som tema»): a subject discussed, no one's health (X1,
 * session 19). Read after the words, within their clause.
 */
const TOPIC_AFTER = String.raw`(?![^.;:!?]{0,40}?(?<![\p{L}])(?:er|var|blir|vert|vart|is|are|was|were|will\s+be|som|as)\s+(?:(?:eit|et|ett|ein|en|a|an|the|hovud|hoved|main|årets|this\s+year['’]s)\s+)?(?:tema(?:et)?|topics?|themes?|emne(?:t)?|subject)(?![\p{L}]))`;
/**
 * An illness or mental health named as what a talk, a course, a helpline, a campaign, statistics, research or a policy is
 * about, or what an activity promotes or prevents («a helpline for people with mental illness, where callers are
 * anonymous», «To promote the mental health of pupils through outdoor activities, we record who takes part», «a lecture
 * on mental illness»: N2a's review of session 18): the subject, no one's health (X1, session 19; the nynorsk and bokmål
 * «psykisk» words had this guard already; they now also take a theme evening or meeting and a world day: «temakveld om rus
 * og psykisk helse», «Verdensdagen for psykisk helse»). Within the clause before the word, up to a comma; the lookbehind
 * is read only after the word has matched (speed rule: it opens no alternative). «mental health» as the first word of a
 * name («mental health first aid training», «mental health awareness week») is no one's either. Not where a verb of
 * recording or asking, «whether» or a possessive stands between («the helpline records callers' names and their mental
 * illness history», «seminar participants are asked whether they have a mental illness»: N3's review, session 19).
 */
/** A comma inside a list of topics («pages about cancer, diabetes and mental health»): one or two words, then a comma or «and». */
const LIST_COMMA = String.raw`,(?=\s*(?:[\p{L}-]+\s+){0,1}?[\p{L}-]+\s*(?:,|\s(?:og|and|or|eller)\s))`;
const ILL_TOPIC_WORDS = String.raw`(?<![\p{L}])(?:pages?|articles?|artikl\p{L}*|artikkel\p{L}*|nettsid\p{L}*|courses?|training|teaching|lessons?|lectures?|talks?|seminars?|workshops?|webinars?|campaigns?|awareness|helplines?|hotlines?|leaflets?|brochures?|information\s+(?:about|on)|statistics|research|polic(?:y|ies)|rules|guidelines?|promot\p{L}*|prevent\p{L}*|strengthen\p{L}*|topics?|themes?)(?![\p{L}])(?:(?!\s(?:records?|recording|recorded|logs?|logged|notes?|noted|registers?|registered|asks?|asked|asking|state|states|stores?|stored|collects?|collected|keeps?|kept|whether|if|their|his|her|its)\s)(?:[^.;:,]|${LIST_COMMA})){0,60}`;
/** `word` unless ILL_TOPIC_WORDS stand before it: the lookbehind is read after the word has matched (no guard needed). */
const notTopicAfter = (word: string): string => String.raw`${word}(?<!${ILL_TOPIC_WORDS}${word})`;
/**
 * Sick leave as what a course, lecture, workshop, guidance, statistics, research or a policy is about, in nb, nn and en
 * («Our physicians give a course for client managers on how to follow up employees on sick leave», «Legene holder kurs for
 * ledere om hvordan de følger opp sykmeldte», «a workshop on how to handle sickness absence»): the subject, no one's health
 * (F5, session 20; X1's guard of session 19 for illness and mental health, here for sick leave and in all three languages).
 * Within the clause before the word, up to a comma; not where a verb of recording or asking, «whether» or a possessive
 * stands between («the course records which participants are on sick leave»). Read after the word has matched.
 */
const SICK_TOPIC_WORDS = String.raw`(?<![\p{L}])(?:pages?|articles?|artikl\p{L}*|artikkel\p{L}*|nettsid\p{L}*|rules|regler|reglar|reglane|reglene|regelverk\p{L}*|courses?|training|teaching|lessons?|lectures?|talks?|seminars?|workshops?|webinars?|campaigns?|leaflets?|brochures?|guidance|statistics|research|polic(?:y|ies)|guidelines?|topics?|themes?|kurs\p{L}*|opplæring\p{L}*|undervisning\p{L}*|foredrag\p{L}*|seminar\p{L}*|webinar\p{L}*|temadag\p{L}*|temakveld\p{L}*|tema|veiledning\p{L}*|rettleiing\p{L}*|kampanje\p{L}*|brosjyr\p{L}*|statistikk\p{L}*|forskning\p{L}*|forsking\p{L}*|ordning(?:a|en|ar|er|ane|ene)?|rutin(?:e|en|ar|er|ane|ene)|reglement(?:et)?|schemes?)(?![\p{L}])(?:(?!\s(?:records?|recording|recorded|logs?|logged|notes?|noted|registers?|registered|asks?|asked|asking|stores?|stored|collects?|collected|keeps?|kept|whether|if|their|his|her|its|registrerer|registrerar|registreres|registrere|registrera|noterer|noterar|notere|lagrer|lagrar|lagre|lagra|spør|spørsmål|deres|dykkar|hans|hennes|sin|sine|sitt)\s)[^.;:,]){0,80}`;
/**
 * A scheme, a policy or rules of sick leave, not anyone's: the word's compound ends in one («sjukepengeordninga»,
 * «sykefraværsrutinene», «egenmeldingsreglementet») or one follows it («sick leave scheme», «sick pay policy», «sickness
 * absence rules»), or a scheme word is the topic before it («ordninga med eigenmelding», «rutinane for sjukefråvær»), or
 * the words tell people about it («Candidates are told in the interview about our sick leave scheme and occupational
 * pension», «Søkerne får informasjon om sykepenger og pensjon»: F8, session 21) where no person's it is after it («…
 * sykefraværet til den ansatte», «… of the employee»; before it, a possessive is in SICK_TOPIC_WORDS' exclusions).
 * Telling someone about a scheme reveals no one's health (Art. 4(15), 9(1): data concerning a person's health).
 */
const SCHEME_END = String.raw`(?:ordning|ordninga|ordningen|ordningar|ordninger|ordningane|ordningene|rutine|rutinen|rutinar|rutiner|rutinane|rutinene|reglement|reglementet|regelverk|regelverket|policy|policyen|retningslinjer|retningslinjene|retningslinjer)`;
const SCHEME_AFTER = String.raw`(?!(?:\s+(?:absence|leave|pay|benefits?))?\s+(?:schemes?|polic(?:y|ies)|rules|regulations|arrangements?|entitlements?|insurance|procedures?|routines?|guidelines?|ordning\p{L}*|rutine\p{L}*|reglement\p{L}*)(?![\p{L}]))`;
const SICK_INFO_WORDS = String.raw`(?<![\p{L}])(?:informasjon|information|info|informert|informerer|informerar|informed|inform|informs|orientert|orienterer|orienterar|orientering|told|tells?|fortalt|fortel|forteller|høyre|høre|hear|hears)(?![\p{L}])(?:(?!\s(?:records?|recording|recorded|logs?|logged|registers?|registered|asks?|asked|asking|whether|if|their|his|her|its|registrerer|registrerar|registreres|spør|deres|dykkar|hans|hennes|sin|sine|sitt|egen|eigen|eige|eget|egne|eigne|own|how|hvor|kor|which|hvilke|kva|kven|hvem|who|[\p{L}-]+['’]s?)\s)[^.;:,]){0,60}`;
const OWNER_AFTER = String.raw`(?=[^.;:!?]{0,40}?\s(?:til|for|of|av|hos|frå|fra|from|each|every|kvar|hver|per)\s+(?:(?:den|dei|de|the|en|ein|a|an|each|every|kvar|hver|vår|våre|our)\s+)?(?:[\p{L}-]+\s+)?(?:ansatt\p{L}*|tilsett\p{L}*|employees?|staff|medarbeid\p{L}*|arbeidstak\p{L}*|workers?|søk\p{L}*|applicants?|candidates?|kandidat\p{L}*|elev\p{L}*|pupils?|students?|pasient\p{L}*|patients?|personen|person|members?|medlem\p{L}*|him|her|them|han|ho|henne|hun|dei|dem)(?![\p{L}]))`;
/**
 * Sick leave as a total for a whole body or unit, or as a percentage («Sick leave for the whole company is reported to the
 * board once a year as a total», «sjukefråværet for heile verksemda i prosent», «samla sykefravær per avdeling»): a figure,
 * no one's health (F8, session 21; N6's review), unless the words go on to each person («for each employee», «per
 * tilsett»: EACH_AFTER's people).
 */
const EACH_PERSON = String.raw`[^.;:!?]{0,60}?(?<![\p{L}])(?:hver|kvar|each|per|every)\s+(?:ansatt\p{L}*|tilsett\p{L}*|employees?|medarbeid\p{L}*|persons?|workers?|søk\p{L}*|applicants?|elev\p{L}*|pupils?|pasient\p{L}*|patients?)(?![\p{L}])`;
const AGGREGATE_AFTER = String.raw`(?![^.;:!?]{0,80}?(?<![\p{L}])(?:as\s+an?\s+(?:total|percentage|figure|rate|sum)|in\s+total|totalt|samla|samlet|aggregert\p{L}*|aggregated?|i\s+prosent|per\s+(?:avdeling\p{L}*|eining\p{L}*|enhet\p{L}*|departments?|units?)|for\s+(?:the\s+)?(?:whole|entire)\s+[\p{L}-]+|for\s+(?:heile|hele)\s+[\p{L}-]+)(?![\p{L}])(?!${EACH_PERSON}))`;
const AGGREGATE_BEFORE = String.raw`(?<![\p{L}])(?:samla|samlet|totalt?|total|aggregert\p{L}*|aggregated|overall|gjennomsnittl\p{L}*|average)\s+(?:[\p{L}-]+\s+)?`;
/** `word` unless SICK_TOPIC_WORDS stand before it in its clause, or it is a scheme's, or people are told about it (above). */
const notSickTopic = (word: string): string => String.raw`(?:${word})(?<!${SICK_TOPIC_WORDS}(?:${word}))`;
/**
 * The scheme, aggregate and told-about readings above, read in code after a health word has matched (not inside the
 * health pattern, whose size and compile cost they would multiply: #16): the word is a sick-leave or certificate word
 * (SICKISH), and its compound, the words after it or the words before it in its clause say a scheme, a total or people
 * told about it.
 */
const SICKISH = lazyPattern(String.raw`^(?:syk|sjuk|sick|egenmeld|eigenmeld|lege|lækjar|medical|doctor)`, 'u');
const SCHEME_END_RE = lazyPattern(`${SCHEME_END}$`, 'u');
const SCHEME_AFTER_RE = lazyPattern(`^${SCHEME_AFTER.replace('(?!', '(?:')}`, 'u');
const AGGREGATE_AFTER_RE = lazyPattern(`^${AGGREGATE_AFTER.replace('(?!', '(?:')}`, 'u');
const AGGREGATE_BEFORE_RE = lazyPattern(`${AGGREGATE_BEFORE}$`, 'u');
const EACH_PERSON_RE = lazyPattern(`^${EACH_PERSON}`, 'u');
const SICK_TOPIC_RE = lazyPattern(`${SICK_TOPIC_WORDS}$`, 'u');
const SICK_INFO_RE = lazyPattern(`${SICK_INFO_WORDS}$`, 'u');
const OWNER_AFTER_RE = lazyPattern(`^${OWNER_AFTER.replace('(?=', '(?:')}`, 'u');
function sickNotAPersons(word: string, clause: string, at: number): boolean {
  if (!SICKISH().test(word)) return false;
  const before = clause.slice(Math.max(0, at - 160), at);
  const after = clause.slice(at + word.length, at + word.length + 160);
  if (SCHEME_END_RE().test(word) || SCHEME_AFTER_RE().test(after) || SICK_TOPIC_RE().test(before)) return true;
  const each = EACH_PERSON_RE().test(after);
  if (!each && (AGGREGATE_AFTER_RE().test(after) || AGGREGATE_BEFORE_RE().test(before))) return true;
  return SICK_INFO_RE().test(before) && !OWNER_AFTER_RE().test(after);
}
/**
 * A special category told only as a count, a share or a figure with no one in it («The union is told how many employees
 * are on sick leave, without names», «Fagforeininga får talet på tilsette som er sjukmelde», «antall fagorganiserte per
 * avdeling», «andelen ansatte med innvandrerbakgrunn, anonymisert»): no one's health, membership or origin (Art. 4(1):
 * data of an identified or identifiable person; issue #12, session 28). COUNTED_BEFORE held this for work injuries alone;
 * this is the same fact for every special category, read in code after a word matched, within the part of its clause
 * that holds it (cut at «og», «and», «men», «but»: «we record who is sick and report the number to the board» keeps its
 * first half). Two ways: a count before the word («hvor mange», «how many», «antall», «talet på», «number of», «the share
 * of», «statistikk over»), or the part saying the figure is anonymous, aggregated or per unit («uten navn», «without names»,
 * «anonymised», «aggregert», «per avdeling», «per department»). Not where the part goes on to each person («for each
 * employee», «per tilsett»: EACH_PERSON) or the clause names them or links the figure to them («og navnene på dem», «hvem»,
 * «kven», «som vi kan koble til studentnummeret», «linked to the employee number»).
 */
const FIGURE_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:mange|many|antall|antal|talet|tallet|number|numbers|andel\p{L}*|share|proportion|percentage|prosent\p{L}*|statisti\p{L}*|anonym\p{L}*|aggreg\p{L}*|navn|namn|names?|per)(?![\p{L}])`,
  'u',
);
const COUNT_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:hvor|kor|how)\s+mange|how\s+many|antall(?:et)?|antal|talet\s+på|tallet\s+på|(?:the\s+)?(?:total\s+)?number\s+of|numbers\s+of|andel(?:en)?\s+(?:av|med|som)|(?:the\s+)?(?:share|proportion|percentage)\s+of|prosent(?:delen|del|en)?\s+(?:av|med|som)|statisti\p{L}*\s+(?:over|om|on|of|for|på))(?![\p{L}])`,
  'u',
);
const NO_ONE_IN_IT = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten\s+navn|utan\s+namn|without\s+(?:any\s+)?names?|anonymi[sz]\p{L}*|anonym(?:e|t)?|anonymous(?:ly)?|aggreg\p{L}*|avidentifiser\p{L}*|de-?identified|(?:per|for\s+kvar|for\s+hver|for\s+each|by)\s+(?:avdeling\p{L}*|eining\p{L}*|enhet\p{L}*|departments?|units?|seksjon\p{L}*|sections?|teams?|skule\p{L}*|skole\p{L}*|schools?|region\p{L}*|regions?))(?![\p{L}])`,
  'u',
);
const NAMES_SOMEONE = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?:ikke|ikkje|not|uten|utan|without|never|aldri)\s+(?:(?:any|the|their|noen|nokon)\s+)?)(?:hvem|kven|whom|whose|who\s+(?:they|it)\s+(?:are|is)|navn\s+på|namn\s+på|navnet|namnet|navnene|namna|names|name|navn|namn|identit\p{L}*|identifi\p{L}*|kobl\p{L}*|kopl\p{L}*|knytt\p{L}*|linked|linking|links?|kodenøkkel\p{L}*|code\s+keys?|\p{L}+nummer(?:et)?|(?:employee|staff|student|member|customer|patient|id)\s+numbers?|hver\s+enkelt|kvar\s+enkelt|each\s+individual)(?![\p{L}])`,
  'u',
);
const PART_CUT = lazyPattern(String.raw`\s(?:og|and|men|but|samt|while|mens)\s`, 'gu');
const mayFigure = prefilter(FIGURE_WORDS);
function countedNoOne(word: string, clause: string, at: number): boolean {
  if (!mayFigure(clause) || !FIGURE_WORDS().test(clause)) return false;
  let from = 0;
  let to = clause.length;
  for (const c of clause.matchAll(PART_CUT())) {
    if (c.index + c[0].length <= at) from = c.index + c[0].length;
    else if (c.index >= at + word.length) {
      to = c.index;
      break;
    }
  }
  const before = clause.slice(from, at);
  const after = clause.slice(at + word.length, to);
  const part = clause.slice(from, to);
  if (EACH_PERSON_RE().test(after) || NAMES_SOMEONE().test(clause)) return false;
  return COUNT_BEFORE().test(before) || NO_ONE_IN_IT().test(part);
}
/** A word of sexual orientation for people (nb, nn, en): read only before a word for people (PEOPLE). */
const ORIENTED = String.raw`(?:gay|lesbian|bisexual|homosexual|queer|homofil(?:e)?|lesbisk(?:e)?|lesber?|bifil(?:e)?|skeiv(?:e)?|lhbt\p{L}*|lgbt\p{L}*)`;
/** People a group of them is named for: members, users, men, women, pupils, couples (nb, nn, en). */
const PEOPLE = String.raw`(?:members?|users?|men|women|people|persons?|customers?|clients?|couples?|pupils?|students?|employees?|staff|youths?|young\s+people|teenagers?|singles|patients?|participants?|medlem(?:mer|mene|mar|mane)?|brukere|brukerne|brukarar|brukarane|menn|mennene|kvinner|kvinnene|personer|personane|personar|folk|kunder|kundene|kundar|kundane|par|parene|para|elever|elevene|elevar|elevane|studenter|studentar|ansatte|tilsette|ungdommer|ungdomar|pasienter|pasientar|deltakere|deltakarar)`;

/**
 * A person recorded as having a symptom, an illness, a drug or alcohol problem or a mental illness: a verb or noun of
 * recording («noterer», «registrere», «merke», «ei liste over», «record», «log», «flag», «keep a list of»), then within
 * the same comma part and no «og»/«and» between, people («tilsette», «dyrehaldarar», «employees», «dei») with «som har
 * (hatt)», «som er», «who have (had)», «which … have had», «om … har hatt», then the condition («I næringsmiddelverksemder
 * noterer vi namnet på tilsette som har hatt diaré eller oppkast»: variants-mattilsyn MT52; «merke dyrehaldarar som har
 * rusproblem eller psykiske lidingar»: MT53; C, session 18). Art. 4(15) and recital 35: information on a disease or the
 * physiological state of a person is data concerning health; that a person has had diarrhoea or vomiting, or is ill, is
 * such information (Lindqvist ruling point 3: that a person has injured her foot). Only with the recording verb: a
 * service, advice or a rule for such people («Kommunen tilbyr råd til familiar med rusproblem», «Tilsette som har hatt
 * oppkast skal vere heime», «Barnehagen sender heim born som har feber») records no one, nor animals («dyr», «kyr som har
 * hatt diaré»: no person). Read over an aim before it in the clause (revealsIn: the recording is the activity's own).
 */
const RECORD_VERB = String.raw`(?:(?:merk(?:e|er|ar|es|ast|jer)|registrer(?:e|er|ar|es|ast|t|te)?|noter(?:e|er|ar|es|ast|t|te)?|loggfør(?:e|er|es|ast|t|te)?|journalfør(?:e|er|es|ast|t|te)?|(?:før(?:e|er|es|ast)|skriv(?:e|er|es|ast)?)\s+(?:opp|ned|inn)|(?:liste|lista|lister|oversikt|oversyn|register|registeret)\s+(?:over|med)|records?|recording|recorded|logs?|logging|logged|notes?|noting|noted|flags?|flagging|flagged|marks?|marking|marked|(?:keeps?|keeping|kept)\s+(?:a\s+)?(?:list|record|register|log)s?(?:\s+of)?|lists?\s+of|registers?\s+of)(?![\p{L}])(?!\s+(?:at|seg|that)(?![\p{L}])))`;
/** People a recording names (PEOPLE, agent compounds such as «dyrehaldarar», «søkjarar», pronouns for people). */
const RECORDED_PEOPLE = String.raw`(?:${PEOPLE}|\p{L}*(?:haldar|holder|eigar|eier|takar|taker|søkjar|søker|brukar|bruker)(?:e|ar|ane|ne|ere|erne)?|barn|barna|born|borna|children|workers?|applicants?|keepers?|owners?|residents?|guests?|gjester|gjestar|passasjerar|passasjerer|passengers?|innbyggjarar|innbyggere|tenants?|leigetakarar|gjesten|personen|kunden|eleven|pasienten|passasjeren|barnet|sjåføren|føraren|føreren|deltakaren|deltakeren|den\s+tilsette|den\s+ansatte|dei|de|those|anyone|everyone|alle)`;
const HAS = String.raw`(?:(?:har|hadde|has|have|had|er|var|is|are|was|were)\s+(?:(?:hatt|vore|vært|been|fått|fenge|got|had)\s+)?|(?:appears?|appeared|seems?|seemed|looks?|looked)\s+(?:to\s+(?:be|have)\s+)?|(?:virker|verkar|virka|verka|ser\s+ut\s+til\s+å\s+(?:være|vere|ha))\s+)(?:(?:ein|en|ei|eit|et|a|an|alvorlege?|alvorlige?|kjende?|kjente?|known|severe|serious|visibly|clearly|obviously|badly|seriously|synleg|synlig|synlege|synlige|tydeleg|tydelig|hardt|openbert|åpenbart)\s+)?`;
const CONDITION = String.raw`(?:diar(?:é|e|ré|rhoea|rhea)\p{L}*|oppkast\p{L}*|vomit\p{L}*|feber|fever\p{L}*|omgangssyke\p{L}*|omgangssjuke\p{L}*|magesjuke\p{L}*|magesyke\p{L}*|mageinfeksjon\p{L}*|gastroenterit\p{L}*|stomach\s+(?:bugs?|illness|flu|infections?)|rusproblem\p{L}*|alkoholproblem\p{L}*|(?:drug|alcohol|drinking|substance(?:\s+abuse)?)\s+problems?|(?:drug|alcohol)\s+or\s+(?:drug|alcohol)\s+problems?|psykiske\s+(?:lidelse|liding|plager|plagar|problem|vanskar|vansker)\p{L}*|psykisk\s+(?:sjukdom|sykdom|liding|lidelse)\p{L}*|(?:mental|psychiatric)\s+(?:illness\p{L}*|disorders?|conditions?|health\s+problems?)|mentally\s+(?:ill|unwell|unstable|disturbed)|psykisk\s+(?:syk|sjuk|ustabil)\p{L}*|(?:injured|hurt|wounded)(?!\s+(?:anyone|someone|somebody|others?|another|an?|the|his|her|their|its|themselves|himself|herself)(?![\p{L}]))|injur(?:ies|y)(?!\s+(?:to|on)\s)|skadd|skadde|(?<=(?:er|var|blitt|vorte|vart|ble|blei)\s+(?:\p{L}+\s+)?)skad(?:et|a)|skad(?:er|ar)(?!\s+(?:på|til|i|ved|on|to)\s)|personskad\p{L}*|(?:smittsam|smittsom|alvorleg|alvorlig|kronisk|infectious|contagious|chronic)\s+(?:sjukdom|sykdom|illness|disease)\p{L}*|(?:sjuke?|syke?|sick|ill(?!\s+(?:at\s+ease|\p{L}+ed(?![\p{L}])|equipped|fitted)))(?!-))`;
/**
 * A talk, lecture, seminar, campaign or helpline on a subject standing between the recording and people with a condition
 * («We record attendance at the lecture on people who have mental illness», «Vi registrerer kven som kjem på foredraget om
 * personar som har rusproblem»: N2a's review of session 18): the attendance is recorded, the condition is the talk's
 * subject (X1, session 19), as with a course («kurs»).
 */
const TALK_WORD = String.raw`foredrag\p{L}*|lectures?|talks?|seminar\p{L}*|temakveld\p{L}*|temakvelden|temadag\p{L}*|workshops?|webinar\p{L}*|hjelpelin\p{L}*|helplines?|kampanje\p{L}*|campaigns?|opplæring\p{L}*|training|undervisning\p{L}*`;
/**
 * Another clause between the recording and the people with the condition: the recorded people do something else («We
 * record which stewards look after guests who are ill», «Vi registrerer hvem som melder seg på temakvelden om personer
 * som har rusproblemer»: N2a's review, session 18) — the condition is not theirs.
 */
const OTHER_CLAUSE = String.raw`\s(?:(?:which|what|hvilke|kva\s+for|kva|kven|hvem)\s+(?!(?:for|av|of)\s)[\p{L}-]+|[\p{L}-]+\s+(?:som|who|that))\s+(?:(?:som|who|that)\s+)?(?!(?:som|who|that|har|hadde|has|have|had|er|var|is|are|was|were|vart|blir|ble|blei|vert|got|get|gets|fekk|fikk|får|hatt|been|vore|vært|ikkje|ikke|not)(?![\p{L}]))\p{L}+\s`;
const RECORDED_CONDITION = String.raw`(?=merk|regist|noter|logg|journ|før|skriv|list|overs|record|log|note|noting|flag|mark|keep|kept)(?<!(?:kurs|courses?|øvelse|øving|exercises?|drills?|simulat\p{L}*|training|opplæring|førstehjelp|first[\s-]+aid)[^.;:!?]{0,80})${RECORD_VERB}(?:(?!${OTHER_CLAUSE})(?!\s(?:og|and|men|but|eller|or|for|til|to|åt|kor|hvor|how|antal\p{L}*|talet|tallet|number|statisti\p{L}*|\p{L}*tilbod\p{L}*|\p{L}*tilbud\p{L}*|\p{L}*tenest\p{L}*|\p{L}*tjenest\p{L}*|services?|help|hjelp|råd|advice|support|støtte|kurs\p{L}*|courses?|${TALK_WORD})\s)[^.;:!?,]){0,60}?(?<![\p{L}])(?:${RECORDED_PEOPLE}\s+(?:som|who|that)\s+|(?:which|what|hvilke|kva\s+for|kva|kven|hvem)\s+(?:${RECORDED_PEOPLE}\s+)?(?:som\s+)?|(?:om|whether|if)\s+(?:(?:dei|de|den|the|a|an|any|en|ein|ei|noen|nokon)\s+)?${RECORDED_PEOPLE}\s+)${HAS}${CONDITION}(?![^.;:!?]{0,80}?(?<![\p{L}])(?:anonym\p{L}*|statisti\p{L}*|aggreg\p{L}*|without\s+names|utan\s+namn|uten\s+navn|øvelse\p{L}*|øving\p{L}*|exercises?|drills?|simulation\p{L}*))`;

/**
 * A theft, a break-in or an offence named bare («tyveri», «shoplifting», «offences») reads as Art. 10 data, but not as the
 * subject of statistics, a count, a course or research («Statistics on shoplifting in our stores», «A course about
 * shoplifting»), nor on a sign, nor what a place or a thing has suffered («Vi fører ei liste over anlegg som har hatt
 * innbrot»: no offender named). C, session 18 (N2's lawful wordings of session 17). Nor the kind of an insurance claim or
 * loss («skadetype (for eksempel tyveri)», «skadeårsak: innbrudd», «the type of claim, such as theft»: the insured is the
 * one who suffered it; B10, session 43, Finans Norge's FOSS); as a field and its value after a colon, CLAIM_HEAD.
 */
const ACT_GUARD = String.raw`(?=butikk|tyveri|tjuveri|nasking|naskeri|underslag|innbr|offen|shoplifting|theft|embezzl)(?<!(?:(?<![\p{L}])(?:statisti\p{L}*|antall\p{L}*|number\s+of|talet\s+på|tallet\s+på|kurs\p{L}*|courses?|training|opplæring\p{L}*|undervis\p{L}*|seminar\p{L}*|tema\p{L}*|topics?|forskning\p{L}*|research|skilt\p{L}*|signs?|plakat\p{L}*|posters?|skade(?:typ|årsak|meld|sak|oppgjer|oppgjør|tilfelle|historikk)\p{L}*|forsikringstilfell\p{L}*|forsikringssak\p{L}*|erstatningskrav\p{L}*|erstatningssak\p{L}*|(?:types?|kinds?|causes?)\s+of\s+(?:the\s+)?(?:loss|damage|claim)\p{L}*|(?:loss|claim|damage)\s+(?:types?|causes?)|insurance\s+claims?)[^.;:!?]{0,60}|(?<![\p{L}])(?:anlegg\p{L}*|sites?|stasjon\p{L}*|stations?|bygg\p{L}*|buildings?|premises|lokal\p{L}*|butikk(?:ar|er|ane|ene|en)?|stores?|shops?|bil(?:ar|er|ane|ene)?|cars?|vehicles?|køyretøy\p{L}*|kjøretøy\p{L}*|hytt\p{L}*|cabins?)\s+(?:som|that|where|with|med)\s+[^.;:!?]{0,30}))`;
/**
 * A claim's or loss's type or cause as a field heading before a colon («Skadeårsak: tyveri», «skadetype: innbrudd»,
 * «Cause of loss: theft», «Claim type: theft or water damage»; M2, session 44, B10's leftover; FR, session 45: «Type
 * skade», «Skadeart», «Skadens årsak», «Årsak til skaden»), and the value after it: a list of at most twelve words (M2 took
 * five: «Skadeårsak: innbrudd i bolig, tyveri fra bil eller brann i hytte» was read as an offence), none that says someone
 * did, is suspected of or was caught for something (a copula, «tatt», «mistenkt», «dømt», «begått», «utført», «pågrepet»,
 * «anmeldt», «who», «by», «arrested»), nor a person as the doer (FR, session 45: M2's guard silenced «Skadeårsak: tyveri
 * utført av ansatt», «Cause of loss: employee theft», «Skadeårsak: kundens tyveri», read as offences without the heading):
 * a person's noun not in the genitive («ansatt», «kunde», «employee»), a perpetrator, or a genitive right before the offence.
 * Each word is taken whole (`(?![\p{L}'’-])`): with the space optional, a word could be cut among the twelve repeats,
 * which backtracks for minutes on a long value that fails.
 */
const CLAIM_HEAD = lazyPattern(
  String.raw`(?<![\p{L}])(?:skade(?:typ|årsak|tilfelle|art)\p{L}*|type\s+(?:skade|tap)|skadens\s+(?:årsak|type|art)|(?:årsak|årsaka|årsaken)\s+til\s+(?:skaden|skade|skaden|tapet|tap)|tapsårsak\p{L}*|(?:types?|kinds?|causes?)\s+of\s+(?:the\s+)?(?:loss|damage|claim)|(?:loss|claim|damage)\s+(?:types?|causes?))\s*$`,
  'iu',
);
/** A person's noun that may be the doer in a claim's value («tyveri utført av ansatt», «employee theft»). */
const CLAIM_PERSON = String.raw`ansatt|ansatte|tilsett|tilsette|kunde|kunden|kunder|kundar|leietaker\p{L}*|leigetakar\p{L}*|sjåfør|sjåføren|sjåfører|medlem|medlemmer|medlemar|forsikringstak\p{L}*|employees?|staff|customers?|tenants?|drivers?|members?|policyholders?|insured`;
/**
 * The person as the one stolen from or hit, after «fra», «frå», «from», «hos», «mot», «against» («Skadeårsak: tyveri fra
 * ansatte», «Cause of loss: theft from employees»; FR2, session 46): «stjele fra noen» is to steal from them, the victim,
 * as «tyveri fra bil» is from the car; the value names no doer.
 */
const CLAIM_VICTIM = String.raw`(?:fra|frå|ifrå|ifra|from|hos|mot|against)\s+(?:(?:the|our|våre|dei|de)\s+)?(?:${CLAIM_PERSON})(?![\p{L}'’-]),?\s*`;
const CLAIM_DOER = String.raw`er|var|vere|være|som|har|hadde|ble|blei|vart|blitt|vorte|tatt|teken|mistenkt|mistenkte|dømt|dømd|dømde|dømte|domfelt\p{L}*|begått|begikk|gjort|gjord|utført|utførd|utførte|forøvd|pågrepet|pågripen|pågripne|arrestert\p{L}*|sikta|siktet|tiltalt|tiltala|anmeldt|anmeld|anmelde|politimeldt|politimeld|gjerningsm\p{L}*|gjerningsperson\p{L}*|${CLAIM_PERSON}|who|was|were|is|are|been|by|caught|suspected|convicted|committed|arrested|charged|reported|perpetrat\p{L}*|offenders?|culprits?`;
const CLAIM_VALUE = lazyPattern(
  String.raw`^\s*(?:${CLAIM_VICTIM}|(?!(?:${CLAIM_DOER})(?![\p{L}]))(?!\p{L}+(?:s|['’]s?)\s+(?:tyveri|tjuveri|naskeri|innbrudd|innbrot|svindel|bedrageri|underslag|hærverk|theft|fraud|burglary|shoplifting|vandalism)(?![\p{L}]))[\p{L}'’-]+(?![\p{L}'’-]),?\s*){1,12}$`,
  'iu',
);
/**
 * A general warning («Skilt ved porten: Alle som blir tatt i å stjele kobber, blir politianmeldt», «Anyone who …»): the
 * clause opens with everyone or whoever, so a report to the police is a rule, no one's record.
 */
const ANYONE_WHO = String.raw`(?<!^\s*(?:[\p{L}-]+\s+){0,3}?(?:alle|den|dei|de|anyone|everyone|whoever|those|all)\s+(?:som|who)\s[^.;:!?]{0,80})`;

/**
 * A person said to be punished, convicted, fined or charged (Art. 10 «personal data relating to criminal convictions and
 * offences»; personopplysningsloven § 11), in the words other than «dømt»/«convicted» (session 30, R2; variants-landbruk
 * LB37, LB38, variants-paraphrase3 PC096): a copula before the word («om noen av jegerne er straffet for brudd på
 * viltloven», «om søkjaren er domfelt», «har vore sikta for vald», «whether each candidate has been sentenced for violent
 * offences», «has been prosecuted or charged with»), a sanction received («har fått dom eller forelegg for dyremishandling»,
 * «er ilagt bot», «vedtatt forelegg», «fått en straffereaksjon»), or a criminal record («har rulleblad»,
 * «straffereaksjonar»). Not a warning to anyone who breaks a rule («Den som bryter reglene, blir straffet»: ANYONE_WHO), nor
 * «kan bli straffet», «can be punished» (no copula of a fact); not a count or a topic («hvor mange som er straffet»,
 * statistics); not an administrative fine we impose (overtredelsesgebyr, parkeringsgebyr: not these words); not a sports
 * penalty («straffet med karantene»); «fined» alone is not read (a library, a club or a parking company fines too). A
 * «dom» needs «for» after it (a civil judgment, «dom i tvistesaken», is no offence).
 */
/**
 * Read at the END of the words (a lookbehind that opens an alternative costs a look back at every place tried: lookbehind-
 * guards.test.ts): a count or topic before them, or ANYONE_WHO's «den som» opening the clause.
 */
const PUNISH_COUNT = String.raw`(?<!(?:statisti\p{L}*|how\s+many|hvor\s+mange|kor\s+mange|antall\p{L}*|talet\s+på|tallet\s+på|number\s+of|undervis\p{L}*|teach\p{L}*|kurs\p{L}*|courses?|tema\p{L}*|topics?|forskning\p{L}*|research)[^.;:!?]{0,60}|^\s*(?:[\p{L}-]+\s+){0,3}?(?:alle|den|dei|de|anyone|everyone|whoever|those|all)\s+(?:som|who)\s[^.;:!?]{0,80})`;
const PUNISH_COPULA = String.raw`(?:er|har\s+vært|har\s+vore|har\s+blitt|har\s+vorte|blitt|vorte|ble|blei|vart|var|blir|vert|has\s+been|have\s+been|had\s+been|been|was|were|is|are)`;
const PUNISH_VERB = String.raw`(?:straffe[td]|straffa|domfelte?|domfelde?|bøtelag[td]e?|sikta?|siktet|tiltalte?|tiltala|ilag[td]\s+(?:en\s+|ei\s+|ein\s+)?(?:bot|bøter|forelegg|straff|fengselsstraff|samfunnsstraff)|sentenced|prosecuted|charged\s+with|punished\s+for|fined\s+by\s+(?:the\s+)?(?:police|court))(?![\p{L}])(?!\s+(?:med|with)\s+(?:karantene\p{L}*|utestenging\p{L}*|utestengelse\p{L}*|kampstraff\p{L}*|suspensjon\p{L}*|suspension|a\s+ban))`;
/**
 * A sanction a company got («Leverandøren har fått bøter», «the contractor has received a fine»: a legal person's, no one's
 * Art. 10 data) is not read: a company word up to three words before the verb (R13, session 33, categories matrix).
 */
const COMPANY_BEFORE = String.raw`(?<!(?<![\p{L}])(?:\p{L}*leverandør\p{L}*|\p{L}*selskap\p{L}*|firma\p{L}*|bedrift\p{L}*|foretak\p{L}*|\p{L}*entreprenør\p{L}*|companies|company|suppliers?|contractors?|firms?|businesses|business)\s+(?:[\p{L}-]+\s+){0,3}?)`;
const SANCTION_GOT = String.raw`(?=fått|får|fikk|fekk|ilag|vedt|idøm|received|got|accepted)${COMPANY_BEFORE}(?:fått|får|fikk|fekk|ilagt|ilagd|vedtatt|vedteke|vedtok|idømt|idømd|received|got|accepted)\s+(?:(?:en|ein|ei|et|eit|a|an)\s+)?(?:(?:dom|bot|forelegg)\s+(?:eller|og|or|and)\s+)?(?:forelegg(?:et)?|bot|bøter|straffereaksjon\p{L}*|påtaleunnlatelse\p{L}*|påtaleunnlating\p{L}*|samfunnsstraff\p{L}*|(?:dom|fengselsstraff\p{L}*)(?=\s+for\s))`;
const KEPT_VERB_FINE = String.raw`(?:notert\p{L}*|noteres|noterast|registrert\p{L}*|registreres|registrerast|loggført\p{L}*|loggføres|loggførast|logges|loggast|journalført\p{L}*|journalføres|ført\s+(?:inn|opp)|føres\s+(?:inn|opp)|førast\s+(?:inn|opp)|lagres|lagrast|noted|recorded|logged|registered|entered|kept|stored)`;
/**
 * A criminal penalty by its own noun, kept or got by the person (R29, session 38; variants-ambulanse AM54 «Forelegg og
 * fartsbøter som sjåførene får i tjenesten, føres inn i kjøreloggen til den enkelte»): a «forelegg» (straffeprosessloven
 * § 255: the prosecution's fine for an offence instead of an indictment; § 258: accepted, it «har virkning som en dom»;
 * for traffic offences a «forenklet forelegg» at fixed rates, vegtrafikkloven § 31 b), a traffic fine by its compound
 * («fartsbot», «fartsbøter», «promillebot», «speeding ticket», «fixed penalty notice»), or the points for one on the
 * licence («prikkbelastning», «prikker på førerkortet», «penalty points»: forskrift om prikkbelastning (FOR-2003-09-19-1164)
 * § 2 registers points only for what is «avgjort ved rettskraftig dom, vedtatt forelegg eller vedtatt forenklet forelegg»,
 * so they reveal the offence; all read in Lovdata's text, mirror of 2 July 2026, on 2026-12-04).
 * Art. 10 «relating to criminal convictions and offences». Read only where the clause keeps it (a recording verb
 * before, or kept after within the clause) or the person gets it («som sjåførene får», «drivers who receive»): a rule
 * about who pays («Fartsbøter er sjåførens eget ansvar») names no one's. Not a bare «bot», «bøter», «fine» (a library, a
 * club, a parking company, Datatilsynet's fine to a body), nor a company's forelegg (COMPANY_BEFORE), nor a count or topic.
 */
const FINE_NOUN = String.raw`(?:(?:forenkl(?:et|a|ede|te)\s+)?(?:farts|fart|hastighets|trafikk|promille|fotoboks)?forelegg(?:et|a|ene|ane)?|(?:farts|hastighets|trafikk|promille|fotoboks|automatkontroll)(?:bot(?:a|en)?|bøter|bøtene|bøtane|bøtar)|prikkbelastning\p{L}*|prikker\s+på\s+førerkortet|prikkar\s+på\s+førarkortet|speeding\s+(?:fines?|tickets?)|traffic\s+fines?|(?:fixed\s+)?penalty\s+(?:notices?|points)|penalty\s+points)`;
const FINE_HELD = String.raw`(?=forelegg|forenkl|fart|hastig|trafikk|promille|fotoboks|automat|prikk|speeding|traffic|fixed|penalty)${COMPANY_BEFORE}${FINE_NOUN}(?![\p{L}])(?=[^.;:!?]{0,80}?(?<![\p{L}])(?:${KEPT_VERB_FINE}|(?:som|that|which|who)\s+(?:[\p{L}-]+\s+){1,3}?(?:får|fikk|fekk|har\s+fått|har\s+fenge|receive[sd]?|gets?|got|has\s+received|have\s+received))(?![\p{L}]))|(?=merk|regist|noter|logg|journ|før|skriv|list|overs|record|log|note|flag|mark|keep|kept)${RECORD_VERB}\s+(?:[\p{L}-]+\s+){0,3}?${FINE_NOUN}(?![\p{L}])`;
const PUNISHED = String.raw`(?:${PUNISH_COPULA}\s+(?:[\p{L}-]+\s+){0,3}?${PUNISH_VERB}|${SANCTION_GOT}|forelegg(?:et|ene|a)?\s+for\s|rulleblad\p{L}*|straffereaksjon\p{L}*)${PUNISH_COUNT}`;
/**
 * People caught in an offence, recorded («We keep a list, with stills, of people caught trespassing or stealing copper at
 * our sites»: variants-nettselskap NS48; «Vi registrerer personar som er tekne i å stele»; C, session 18): Art. 10, data
 * relating to offences («personal data relating to criminal convictions and offences»). Only with a verb or noun of recording: a
 * sign, a rule or a course on what to do with such people records no one.
 */
const CAUGHT_RECORDED = String.raw`(?=merk|regist|noter|logg|journ|før|skriv|list|overs|record|log|note|flag|mark|keep|kept)${RECORD_VERB}[^.;:!?]{0,40}?(?<![\p{L}])(?:${RECORDED_PEOPLE}|someone|somebody|nokon|noen)\s+(?:(?:who|that|som)\s+(?:(?:have|has|had|are|were|was|is|er|har|blir|ble|blei|vart|vert|get|gets|got)\s+)(?:(?:been|vore|vært|blitt|vorte)\s+)?)?(?:caught|tatt|teken|tekne|teke|arrested|pågrepe\p{L}*|pågripne|pågripen|arrestert\p{L}*)\s+(?:(?:i|for|in|while|when|med)\s+)?(?:å\s+)?(?:[\p{L}-]+\s+)?(?:trespass\p{L}*|steal\p{L}*|stjel\p{L}*|stel(?:e|a)?|stole\p{L}*|stjal|stal|tyveri\p{L}*|tjuveri\p{L}*|thefts?|shoplift\p{L}*|nask\p{L}*|innbrot\p{L}*|innbrudd\p{L}*|burglar\p{L}*|breaking\s+in|vandal\p{L}*|hærverk\p{L}*|fraud|svindel\p{L}*|snik\p{L}*|fare\s+evasion|drink-?driving|promillekøyring\p{L}*|promillekjøring\p{L}*|ran|robbery)(?![\p{L}])(?!\s+(?:simulat\p{L}*|exercises?|drills?|tests?|øvelse\p{L}*|øving\p{L}*|test(?:en|ar|er)?))`;

/**
 * A person active in or holding an office for a political party («hvilke ansatte som er aktive i et politisk parti»:
 * variants-spill SP70; «whether the member is active in a political party»; C, session 18): Art. 9(1) «political
 * opinions», revealed by the party the person works for (C-184/20's principle). Only where the words record it (a verb of
 * recording before, or «om», «whether»: what is asked) and with an article before the party («et», «eit», «a»): a course
 * for such people, a guide on how to become active, or a party's own staff («aktive i partiet») records no one's opinion.
 */
const ACTIVE_IN_PARTY = String.raw`(?:(?=merk|regist|noter|logg|journ|før|skriv|list|overs|record|log|note|flag|mark|keep|kept)${RECORD_VERB}(?:(?!\s(?:og|and|men|but|eller|or|for|til|to|åt)\s)[^.;:!?,]){0,60}?(?<![\p{L}])|(?<![\p{L}])(?:om|whether|if)\s+)(?:[\p{L}-]+\s+){0,3}?(?:(?:er|is|are|var|was|were|har\s+vært|har\s+vore|has\s+been|have\s+been)\s+(?:aktiv\p{L}*|engasjert\p{L}*|active|involved|medlem(?:mer|mar)?|(?:a\s+)?members?)(?:\s+(?:of|av|i|in)\s+(?:or|and|eller|og)(?:\s+[\p{L}-]+){1,3}?)?|(?:hold|holds|held|har|hadde|has|have|had)\s+(?:an?\s+|et\s+|eit\s+)?(?:office|offices|positions?|verv))\s+(?:i|in|of|av)\s+(?:et|eit|a)\s+(?:politisk\p{L}*\s+|political\s+)?(?:parti|party)`;
/**
 * Which faith community someone is a member of, asked or recorded with the community first («Vi registrerer kva trussamfunn
 * den som syter for gravferda er medlem av», «hvilket trossamfunn søkeren er medlem av», «which church the applicant is a
 * member of»: variants-gravferd GF08; B17, session 19): Art. 9(1) religious beliefs, revealed by the membership as in the
 * plain order («medlem av eit trussamfunn»). Not where the community itself is the member («kva trussamfunn som er medlem
 * av Samarbeidsrådet»: no one's belief), nor the deceased's («kva trussamfunn den avlidne var medlem av»: recital 27).
 * Belonging said with the verb of belonging as well as «medlem av» («hvilket trossamfunn søkeren tilhører», «kva trussamfunn
 * dei tilsette høyrer til», «which church the applicant belongs to»), also where it is asked («ber om å få vite kva …»,
 * «we ask which …»: an indirect question the form puts to the person): R13, session 33, categories matrix.
 */
const FAITH_ASKED = String.raw`(?:kva|kva\s+for\s+(?:eit|ein|ei)|hvilket|hvilken|hvilke|which|what)\s+(?:tros-\s+og\s+livssynssamfunn|trussamfunn|trossamfunn|trudomssamfunn|livssynssamfunn|kyrkjelyd|menighet|kirke|kyrkje|church|faith\s+community|religious\s+community)(?:et|a|en)?(?!\s+(?:som|that|which|who)(?![\p{L}]))\s+(?:(?!(?:den\s+)?(?:avlidne|avdøde|døde|deceased)(?![\p{L}]))[\p{L}-]+\s+){0,8}?(?:(?:er|var|is|was|are|were)\s+(?:(?:a|an|ein|en)\s+)?(?:medlem|member)\s+(?:av|i|of)|tilhører|tilhørte|tilhøyrer|tilhøyrde|(?:hører|hørte|høyrer|høyrde)\s+til|belongs?\s+to|belonged\s+to)(?![\p{L}])`;
/**
 * A policy that the fact does not count («open for alle, uansett politisk syn eller medlemskap i ei fagforeining»,
 * «regardless of their political views»): no one's opinion or membership (N3b's review, 2026-12-02). Used in a lookbehind
 * right after the words' own first letters.
 */
const REGARDLESS = String.raw`(?<![\p{L}])(?:uansett|uavhengig\s+av|utan\s+omsyn\s+til|uten\s+hensyn\s+til|regardless\s+of|irrespective\s+of)\s+(?:[\p{L}-]+,?\s+){0,4}?`;
/**
 * Membership as the person's own choice, no one's membership (F12, session 22: «Nyansatte bestemmer selv om de er medlem av
 * en fagforening», «Nytilsette avgjer sjølve om dei er medlem i ei fagforeining», «det er frivillig å være medlem av en
 * fagforening», «it is voluntary to join a union»): a decision or a choice left to them, or a membership said to be voluntary.
 * Used in UNION_TOPIC's lookbehind. «Vi registrerer om de er medlem av en fagforening» (no choice word) is read.
 */
const UNION_CHOICE = String.raw`(?:(?<![\p{L}])(?:bestemm\p{L}*|avgj\p{L}*|vel|velg\p{L}*|velj\p{L}*|decid\p{L}*|choos\p{L}*)\s+(?:(?:selv|sjølv|sjølve|themselves|himself|herself|yourself|fritt|freely)\s+)?(?:om|whether|if)\s+(?:[\p{L}-]+\s+){0,4}?|(?<![\p{L}])(?:frivillig|valgfritt|valfritt|voluntary|optional)\s+(?:å|to)\s+(?:være|vere|bli|verte|be|become|join)\s+(?:(?:a|an)\s+)?(?:trade\s+)?)`;
/**
 * A person named by the role on a panel or at a meeting, with an indefinite article or a number («Intervjupanelet har med et
 * medlem av fagforeningen», «eit fagforeiningsmedlem», «The interview panel includes a union member»: F12, session 22): who
 * takes part, not the membership of the people the record is about (session 18 took «a member of a trade union» out for the
 * same reason). Not after a verb that says what someone is («om den ansatte er et fagforeningsmedlem», «is a union member»,
 * «som et medlem av»): that is read.
 */
const UNION_ROLE = String.raw`(?<=(?<!(?<![\p{L}])(?:er|is|are|was|were|var|blir|bli|vert|verte|become|becomes|som|as|be|been|being)\s+)(?<![\p{L}])(?:et|eit|ein|en|ett|a|an|one|to|two)\s+(?:[\p{L}-]+\s+)?)(?:(?:trade\s+)?union\s+member(?!ship)|fagfore(?:i)?nings?medlem(?!skap)|medlem\s+(?:i|av)\s)`;
/**
 * A membership said to be voluntary or the person's own affair, or said to be a special category in law, right after the
 * words («medlemskap i en fagforening er frivillig», «union membership is voluntary», «fagforeiningsmedlemskap er ei
 * privatsak», «Union membership is special-category data under Art. 9(1)»: F12 and N8's review, session 22): a rule or the
 * law's word, no one's membership.
 */
const UNION_VOLUNTARY = String.raw`(?=\s+(?:er|is|are|blir|vert)\s+(?:(?:heilt|helt|completely|entirely|always|alltid|alltid)\s+)?(?:frivillig\p{L}*|valgfri\p{L}*|valfri\p{L}*|voluntary|optional|(?:en|ei|a)\s+privatsak|(?:a\s+)?private\s+matter|opp\s+til\s+(?:den\s+enkelte|kvar\s+enkelt|hver\s+enkelt)|up\s+to\s+(?:each|the)\s+(?:\p{L}+\s+)?(?:employee|person|individual)|(?:(?:en|ei|ein|eit|et|a|an)\s+)?(?:særleg|særlig|special)[\s-]+(?:kategori|categor)\p{L}*(?:\s+(?:data|personal\s+data|personopplysning\p{L}*|av\s+personopplysning\p{L}*|of\s+personal\s+data))?|sensitive?\s+(?:personal\s+)?(?:data|personopplysning\p{L}*|opplysning\p{L}*))(?![\p{L}]))`;
/**
 * Union membership as a topic or an option, no one's membership («Nytilsette får ein brosjyre om fagforeiningsmedlemskap»,
 * «kurs om medlemskap i ei fagforeining», «New staff get a leaflet about trade union membership», «Alle kan bli medlem av
 * ei fagforeining», «dei sjølve kan velje om dei vil bli medlem», «open for alle, uansett … medlemskap i ei fagforeining»:
 * N3b's review, 2026-12-02). Read as a lookbehind right after the union words' own first letters (the speed rule).
 * «Vi registrerer medlemskap i fagforening for trekk», «informasjon om den tilsette sitt fagforeningsmedlemskap», «Vi får
 * informasjon om fagforeiningsmedlemskap frå den tilsette» are read (information staff get, or we give, is a topic).
 * A right or freedom to be a member («retten til å være fagorganisert», «the right to join a trade union»: R13, session 33;
 * the freedom of association of ECHR Art. 11) is no one's membership either.
 */
const UNION_TOPIC = String.raw`(?:(?<![\p{L}])(?:kurs\p{L}*|courses?|opplæring\p{L}*|training|brosjyr\p{L}*|brochures?|leaflets?|foredrag\p{L}*|lectures?|talks?|seminar\p{L}*|rettleiing|veiledning|guidance|informasjonsmøte\p{L}*|(?:nytilsette|nyansatte|tilsette|ansatte|søkjar\p{L}*|søker\p{L}*|vikar\p{L}*|staff|employees|applicants|alle|everyone)\s+(?:får|fær|receive|get|are\s+given|blir\s+gitt|vert\s+gjevne?)\s+(?:[\p{L}-]+\s+){0,2}?(?:informasjon|information|info)|(?:gir|gjev|give|gives)\s+(?:[\p{L}-]+\s+){0,2}?(?:informasjon|information|info))\s+(?:om|about|on)\s+(?:(?:ei|en|ein|eit|et|a|an)\s+)?(?:trade\s+)?|(?<![\p{L}])(?:kan|kunne|may|can|velje|velge|choose|decide)\s+(?:[\p{L}-]+\s+){0,4}?(?:bli|verte|become|join)\s+(?:(?:a|an)\s+)?(?:trade\s+)?|${REGARDLESS}(?:trade\s+)?|${UNION_CHOICE}|(?<![\p{L}])(?:rett(?:en)?|retten\s+sin|right|rights|fridom(?:en)?|frihet(?:en)?|freedom)\s+(?:til|to)\s+(?:å\s+)?(?:være|vere|bli|verte|be|become|join)\s+(?:(?:a|an)\s+)?(?:trade\s+)?)`;
/**
 * The word groups, one per fact, each with the provision that makes it one. A word is added here, once; a word that
 * may reveal a fact but need not (see the module comment) is left out with the reason.
 */
/**
 * «helse», «health» as the first word of a thing, not a person's health: HMS («helse og miljø», «health and safety»), an
 * insurance, a service, a centre, an app (the guard of the words «opplysninger om egen helse»).
 */
const HEALTH_NOT_A_PERSONS = String.raw`(?![\s-]*(?:,\s*)?(?:og\s+miljø|miljø|and\s+safety|safety|insurance|forsikring\p{L}*|services?|tjenest\p{L}*|tenest\p{L}*|care|app|centre|center|clinic|station|stasjon\p{L}*|og\s+trening|and\s+fitness|and\s+exercise))`;
/** The groups (exported for test/rules/prose-category-stems.test.ts: each group's hand `stems` hold the words its pattern needs). */
/** A medicine named (nb, nn, en): MEDICINE_OWNED, MEDICINE_TAKER and MEDICINE_LOGGED read it with a person or a log. */
const MEDICINE = String.raw`(?:medisin(?!sk)\p{L}*|legemid\p{L}*|lækjemid\p{L}*|medikament\p{L}*|tablett\p{L}*|medicines?|medications?|pills)`;
/** The people whose practice or medicine is told (PEOPLE, and visitors, guests, children, listeners). */
const PRACTISING = String.raw`(?:${PEOPLE}|besøkende|besøkjande|visitors?|gjester|gjestar|guests?|tilhørere|tilhøyrarar|barna?|borna?|children|kids)`;
/** A person, then a verb of taking, using, carrying or needing a medicine. */
const MEDICINE_TAKER = String.raw`(?:${PRACTISING}|han|ho|hun|he|she|they|dei|de|hver\s+[\p{L}-]+|kvar\s+[\p{L}-]+|each\s+[\p{L}-]+|den\s+[\p{L}-]+|the\s+[\p{L}-]+|[\p{L}-]+(?:en|et|a|ne|ane|ene))\s+(?:(?:[\p{L}-]+\s+){0,1}?)(?:bruker|brukar|nyttar|tar|tek|får|fær|går\s+på|har\s+med|har\s+fått|uses?|takes?|is\s+on|are\s+on|carries|carry|brings?|needs?|trenger|treng|is\s+given|are\s+given)(?![\p{L}])`;
/** A person's medicine by a possessive («medisinane til barnet», «elevens medisiner», «the pupil's medicines»). */
const MEDICINE_OWNED = String.raw`(?:${MEDICINE}\s+(?:til|åt)\s+(?:(?:den|dei|de|hver|kvar)\s+)?${RECORDED_PEOPLE}|(?:${PRACTISING}['’]s?|(?:elev|pasient|barn|bruker|brukar|deltaker|deltakar|ansatt|tilsett|søker|søkjar|beboer|bebuar|gjest|besøkende|besøkjande|kunde|medlem)\p{L}*s|(?:child|resident|visitor|guest|employee|worker)['’]s|his|her|their|sine|sin|si|hans|hennes|deira|deres)\s+(?:own\s+|egne\s+|eigne\s+)?${MEDICINE})`;
/** A medicine written in a log or a record before «what it treats». */
const MEDICINE_LOGGED = String.raw`(?:logg|journal|noter|registrer|skriv|records?|recorded|logs?|logged|notes?|noted)[^.;:!?]{0,60}?${MEDICINE}`;
/**
 * Medical equipment only a patient has (the group below): dialysis, home oxygen, a respirator, CPAP, an insulin pump, a
 * pacemaker, a stoma, tube feeding, medical equipment or devices, an aid from NAV's assistive-technology centre. Not a
 * dialysis ward or centre («dialyseavdelinga»), oxygen alone (water, air).
 */
const MEDICAL_DEVICE = String.raw`(?:dialyse(?!avdeling|senter|sent|klinikk|post|eining|enhet)\p{L}*|heimedialyse\p{L}*|hjemmedialyse\p{L}*|(?:home\s+)?dialysis(?:\s+(?:machines?|equipment))?|oksygenkonsentrator\p{L}*|oksygenbehandling\p{L}*|oksygenutstyr\p{L}*|oksygentank\p{L}*|oksygenflask\p{L}*|heimeoksygen|hjemmeoksygen|oxygen\s+(?:concentrators?|therapy|equipment|tanks?|cylinders?|supply)|home\s+oxygen|respirator\p{L}*|pustemaskin\p{L}*|pustehjelp\p{L}*|cpap\p{L}*|insulinpump\p{L}*|insulin\s+pumps?|pacemaker\p{L}*|stomi\p{L}*|ostom(?:y|ies)|sondemat\p{L}*|tube\s+feeding|medisinsk(?:e)?\s+(?:teknisk(?:e)?\s+)?(?:utstyr|hjelpemiddel\p{L}*|apparat\p{L}*)|medical\s+(?:equipment|devices?|aids?)|hjelpemiddel\p{L}*\s+(?:frå|fra|from)\s+(?:nav|hjelpemiddelsentral\p{L}*))`;
/** How a person's health is («hvordan helsen deres er», «korleis helsa til mannskapet er», «how their health is»). */
const HEALTH_HOW = String.raw`(?:hvordan|korleis|how)\s+(?:(?:the\s+)?(?:helsen|helsa|helsetilstanden|health)\s+(?:deres|deira|hans|hennes|hennar|dykkar|til\s+[\p{L}-]+|of\s+(?:the\s+)?[\p{L}-]+)|(?:their|his|her)\s+health)\s+(?:er|var|is|was|are)`;
/** Having, using, needing or depending on a device (MEDICAL_DEVICE). */
const DEVICE_HOLD = String.raw`(?:har|hadde|bruker|brukar|brukte|nyttar|nytter|treng|trenger|trengte|får|fær|går\s+på|er\s+(?:avhengig|avhengige|avhengug)\s+av|(?:er|blir|vert)\s+(?:\p{L}+\s+)?(?:på|i)|has|have|had|uses?|used|needs?|needed|depends?\s+on|relies\s+on|rely\s+on|is\s+on|are\s+on|gets?|receives?)`;
/** A verb that keeps what is said (recorded, noted, logged, registered, asked, entered). */
const KEPT_VERB = String.raw`(?:notert\p{L}*|noteres|noterast|noterer|noterar|registrert\p{L}*|registreres|registrerast|registrerer|registrerar|loggført\p{L}*|loggføres|loggførast|logga|logget|logges|loggast|journalført\p{L}*|journalføres|skrive\s+ned|skrives\s+ned|skrivne?\s+ned|ført\s+(?:inn|opp)|føres\s+(?:inn|opp)|lagret|lagra|lagres|lagrast|noted|recorded|logged|registered|entered|written\s+down|kept|stored)`;
/**
 * An offence named by its kind (the criminal group of session 37): theft, burglary, fraud, embezzlement, robbery,
 * violence, vandalism, drug dealing, drink-driving, money laundering, smuggling, economic crime, or «crime», «lovbrudd»
 * itself. Not a fault, a breach of a contract or rules, nor an illness.
 */
const OFFENCE = String.raw`(?:innbrot\p{L}*|innbrudd\p{L}*|tyveri\p{L}*|tjuveri\p{L}*|nasking|ran|ranet|svindel\p{L}*|bedrageri\p{L}*|underslag\p{L}*|hærverk\p{L}*|skadeverk\p{L}*|vold\p{L}*|valdsbrot\p{L}*|voldsbrudd\p{L}*|mishandling\p{L}*|overgrep\p{L}*|trugsmål\p{L}*|trusler|narkotika(?:sal|salg|omsetning|omsetjing|lovbrudd|lovbrot|kriminalitet|bruk)\p{L}*|narkotikabruk|langing|promillekøyring\p{L}*|promillekjøring\p{L}*|hvitvasking\p{L}*|kvitvasking\p{L}*|smugling\p{L}*|korrupsjon\p{L}*|\p{L}*kriminalitet\p{L}*|lovbrudd\p{L}*|lovbrot\p{L}*|straffbare?\s+(?:forhold|handling\p{L}*)|burglar(?:y|ies)|break-?ins?|thefts?|stealing|shoplifting|fraud|embezzlement|robbery|assault|violence|vandalism|criminal\s+damage|drug\s+(?:dealing|trafficking|use|offen[cs]es?)|dealing\s+drugs|drink-?driving|drunk\s+driving|money\s+laundering|smuggling|bribery|corruption|(?:economic|financial|white-collar)\s+crime|crimes?|criminal\s+offen[cs]es?|offen[cs]es?|valgfusk\p{L}*|valfusk\p{L}*|valgjuks|valjuks|stemmekjøp\p{L}*|røystekjøp\p{L}*|\p{L}+svindel\p{L}*|\p{L}+bedrageri\p{L}*|\p{L}+tyveri\p{L}*|dokumentfalsk\p{L}*|forfalskning\p{L}*|forfalsking\p{L}*|skattesvik\p{L}*|skatteunndragels\p{L}*|(?:benefit|insurance|tax|voter|electoral|election|identity|welfare|social\s+security)\s+(?:fraud|theft)|vote[-\s]buying|forgery|tax\s+evasion)(?![\p{L}])`;
/** A count, a course or a topic before it («statistikk over dommar for vold», «kurs om mistanke om hvitvasking»). */
const COUNT_OR_TOPIC = String.raw`(?<!(?<![\p{L}])(?:statisti\p{L}*|antall\p{L}*|antal|talet\s+på|tallet\s+på|number\s+of|how\s+many|hvor\s+mange|kor\s+mange|kurs\p{L}*|courses?|opplæring\p{L}*|training|undervis\p{L}*|teach\p{L}*|foredrag\p{L}*|lectures?|seminar\p{L}*|tema\p{L}*|topics?|forskning\p{L}*|research|rutine\p{L}*|routines?|retningslin\p{L}*|guidelines?|informasjon\s+om|information\s+(?:about|on)|rettleiing|veiledning|guidance)[^.;:!?]{0,60})`;
/**
 * People recorded as having been in a fight, or what the police did with them (session 46, FW; variants-ferje FJ68, written
 * blind by W5: «Namn på reisande som har vore i slagsmål eller vore rusa om bord, og kva politiet gjorde med dei, blir førte
 * i hendingsloggen»). A fight in public is the act straffeloven § 181 punishes («ved slagsmål, støy eller annen utilbørlig
 * atferd», read in Lovdata's text 2026-12-05), and what the police did with a person is a police measure on them: data
 * relating to offences (Art. 10; personopplysningsloven § 11). Only adults' words (not pupils or children: a pupil's fight
 * at school is the school's order, below the age of criminal responsibility for many), only with a verb of recording in
 * the sentence (before or after), and a fight the person was in, not one they saw or were hit in («utsett for»).
 */
const FIGHT_PEOPLE = String.raw`(?:passasjer(?:ar|er|ane|ene|en)?|passengers?|reisande|reisende|gjest(?:er|ar|ene|ane)?|guests?|kund(?:er|ar|ene|ane)|customers?|besøkande|besøkende|visitors?|tilsette|ansatte|employees?|staff|personar|personer|persons?|people|folk|tenants?|leigetakarar|leietakere|beboarar|beboere|residents?|nokon|noen|someone|anyone|dei|de|those)`;
const FIGHT = String.raw`(?:slagsmål\p{L}*|slåsskamp\p{L}*|slosskamp\p{L}*|basketak\p{L}*|fist-?fights?|fights?|brawls?)`;
const FOUGHT = String.raw`(?:slåss|sloss|slost|slåst|fought|(?:got|get|gets|getting)\s+into\s+(?:a\s+)?fights?|been\s+fighting)`;
const POLICE_DID = String.raw`(?:kva|hva|what)\s+politiet\s+(?:gjorde|gjer|gjør|did|does|has\s+done)\s+(?:med|with|to|about)\s+(?:dei|dem|de|them|him|her|han|ham|ho|henne|personen|the\s+person|vedkomande|vedkommende)`;
const RECORDED_HERE = String.raw`(?:${KEPT_VERB}|førte?\s+(?:i|inn|opp)|føres\s+(?:i|inn)|førast\s+(?:i|inn)|${RECORD_VERB})`;
/** The words FOUGHT_RECORDED can start with (a guard before its costly lookbehinds: test/property/lookbehind-guards.test.ts). */
const FOUGHT_GUARD = String.raw`(?=passasjer|passenger|reis|gjest|guest|kund|customer|besøk|visitor|tilsett|ansatt|employee|staff|person|people|folk|tenant|lei|beboar|beboer|resident|nokon|noen|someone|anyone|dei\s|de\s|those|kva\s|hva\s|what\s)`;
const FOUGHT_RECORDED = String.raw`(?:${FIGHT_PEOPLE}\s+(?:som|who|that)\s+(?:(?:har|hadde|have|has|had)\s+)?(?:(?:vore|vært|vorte|blitt|been|was|were|er|var|is|are)\s+)?(?:(?:involvert|innblanda|innblandet|involved|med|part)\s+)?(?:i|in)\s+(?:(?:eit|et|ein|en|a|an)\s+)?${FIGHT}|${FIGHT_PEOPLE}\s+(?:som|who|that)\s+(?:(?:har|hadde|have|has|had)\s+)?${FOUGHT}|${POLICE_DID})(?![\p{L}])(?:(?=[^.;!?]{0,160}?(?<![\p{L}])${RECORDED_HERE})|(?<=(?<![\p{L}])${RECORDED_HERE}[^.;!?]{0,200}))`;
export const GROUPS: readonly { kind: Revealed; stems: RegExp; words: (() => RegExp) & { source: string; flags: string }; categoryOnly?: true }[] = [
  {
    // Art. 4(15), recital 35 (disease, disability, medical history, clinical treatment, physiological state, tests of
    // bodily substances); Lindqvist ruling point 3 (absence on medical grounds). Sick leave and sick pay reveal an illness;
    // a doctor's certificate, a health declaration or certificate, allergies and intolerances, diagnoses, disability
    // («funksjonsnedsettelse», «uføre»), pregnancy, medicines and prescriptions, drug and alcohol tests, mental health.
    // Not «helse» alone (HMS, Helse Bergen, helse- og omsorgstjenester), not «tilrettelegging» alone (working hours for
    // a parent, an interpreter), not «spesialundervisning»/«IOP» alone (opplæringslova § 11-6: individually adapted teaching
    // for a pupil who needs it to profit from the teaching, for many reasons; § 11-10 the plan; a diagnosis in the same text is read), not «kosthold».
    // A need of a sign-language or writing interpreter («behov for tegnspråktolk», «trenger skrivetolk», «needs a sign
    // language interpreter») tells that the person is deaf, hard of hearing or deafblind: a disability (recital 35), by
    // necessary inference (C-184/20's principle). Not «tolk», «tolkebehov» alone (a language, see ethnic origin below),
    // nor an interpreter's own data («tegnspråktolkens navn»): only a need of one (K, 2026-12-01).
    // An addiction, anxiety or depression («om du har søkt hjelp eller behandling for spilleavhengighet, angst eller
    // depresjon»: variants-spill SP56; L, session 14): a disease (recital 35), unless a course, leaflet, campaign or helpline
    // is about it («kurs i mestring av angst og depresjon», «Hjelpelinjen for spilleavhengighet»: no one's health).
    // Mental illness and treatment for drug or alcohol use in nynorsk too («psykiske lidingar», «rusbehandling», «psykisk
    // sjuk»), and a person's observed intoxication («ruspåverka», «beruset»: a physiological state, recital 35) where no
    // course or training is what the words are about (B1, variants-vakt VK51, VK60, 2026-12-01).
    // A person's HIV status or infection and a person's use of drugs («words about HIV status, PrEP, chemsex and drug
    // use», «lever med hiv», «rusbruk», «bruk av narkotika»: a disease, a disease risk and the physiological state, recital
    // 35; variants-dating DT04; F, session 16), under the same guard as an addiction: a course, leaflet, campaign or
    // helpline about it is no one's health, nor a purpose to prevent it (AIM_BEFORE), nor a policy or rules on it («our
    // policy on drug use at work»).
    // A breath test for alcohol («utåndingsprøve», «blåseprøve», «alkometer», «breath test»: P2's plain defect, session 14;
    // F, session 16) is a test of a bodily substance, as an alcohol test is: read only where its clause says the result is
    // kept («… lagres», «is recorded»; an alcolock whose result is not stored, a device sold, a course: nothing kept).
    // A report, record or note from the emergency ward («the injured person's own report from the emergency ward», «notatet
    // frå legevakta», «journalnotat fra akuttmottaket»: variants-veterinar DY17; W12, session 23) and a «medical report»: the
    // clinical treatment of recital 35.
    kind: 'health',
    stems:
      /helse|syk|sjuk|fravær|diagnos|egenmeld|eigenmeld|lege|lækjar|pasient|allergi|intoleranse|cøliaki|funksjons|uføre|gravid|svangerskap|medisin|legemid|lækjemid|resept|rus|alkohol|psyki|skade|skadd|skada|hurt|wounded|health|medical|doctor|sick|illness|disabilit|allerg|pregnan|medication|prescription|drug|injur|tegnspråk|teiknspråk|skrivetolk|døvetolk|døvblindetolk|sign language|overdos|intoxic|mental|avhengighet|angst|depres|addiction|anxiety|gambling disorder|gaming|alcohol|speech-to-text|intoleranc|hiv|chemsex|substance|narcotic|narkotika|stoffbruk|utåndingsprøve|utandingsprøve|blåseprøve|promilletest|alkometer|breath|hospital|emergency|akuttmottak|diar|oppkast|vomit|feber|fever|omgangss|magesjuk|magesyk|mageinf|gastro|stomach|psychiatr|disease|\bill\b/,
    words: lazy(
      String.raw`${W}(?:${RECORDED_CONDITION}|helse(?:opplysning|tilstand|erklæring|attest|sertifikat|undersøking|undersøkels|kontroll|forhold|problem|plage|historikk|data|informasjon|vurdering|sjekk)\p{L}*|${asTopicNot(notSickTopic(String.raw`(?:syk|sjuk)(?:dom|melding|meldt|emelding|emeldt|efravær|efråvær|epenge|epengar|ehistorie)\p{L}*`))}|${notSickTopic(String.raw`sykmeld\p{L}*|sjukmeld\p{L}*`)}|fravær\s+(?:ved|grunnet|på grunn av|pga\.?)\s+(?:sykdom|sjukdom)|\p{L}*diagnos\p{L}*|egenmeld\p{L}*|eigenmeld\p{L}*|lege(?:erklæring|attest|opplysning|journal)\p{L}*|lækjar(?:erklæring|attest)\p{L}*|pasient(?:journal|opplysning)(?:en|er|ar|a|ene|ane)?|\p{L}*allergi\p{L}*|\p{L}*intoleranse\p{L}*|cøliaki|funksjonsnedsett\p{L}*|funksjonsnedsetjing\p{L}*|funksjonshem\p{L}*|nedsatt funksjonsevne|nedsett funksjonsevne|uføre(?:grad|trygd|pensjon)?\p{L}*|graviditet\p{L}*|svangerskap\p{L}*|gravid|medisinbruk|legemiddelbruk|(?:bruk av|faste)\s+(?:medisiner|legemidler|legemiddel|lækjemiddel)|resept(?:er|ar|ene|ane|opplysning\p{L}*)?|ruste(?:st|sting)\p{L}*|rusmiddel(?:test|problem)\p{L}*|${asTopicNot(String.raw`rusmiddel(?:bruk|misbruk)\p{L}*|rusmisbruk\p{L}*`)}|alkoholtest\p{L}*|(?=resultat|result|verdi|value|promille|utåndingsprøve|utandingsprøve|blåseprøve|alkometer|breath)(?<!(?:kurs\p{L}*|courses?|informasjon\s+om|information\s+(?:about|on)|opplæring|training)[^.;:!?]{0,40})(?:(?:resultat(?:et|ene|a|er|ar)?|results?|verdi(?:en|ar|er)?|values?|promille(?:n)?)\s+(?:av|of|fra|frå|from|på|ved|i)\s+(?:\p{L}+\s+)?(?:utåndingsprøve\p{L}*|utandingsprøve\p{L}*|blåseprøve\p{L}*|alkometer\p{L}*|breath\s+(?:alcohol\s+)?tests?)|(?:utåndingsprøve\p{L}*|utandingsprøve\p{L}*|blåseprøve\p{L}*|promilletest\p{L}*|alkometer\p{L}*|breathaly[sz]\p{L}*|breath\s+(?:alcohol\s+)?tests?)(?=[^.;:!?]{0,80}?(?<![\p{L}])(?:lagres|lagrast|lagra|lagret|registreres|registrerast|registrert|noteres|noterast|notert|loggføres|loggførast|loggført|journalføres|stored|recorded|logged|noted|kept|saved)(?![\p{L}])))|(?=psyki|rusbehandl|avrusing)(?<!(?:(?:avdeling\p{L}*|post(?:en)?|poliklinikk\p{L}*|senter|senteret|wards?|units?|departments?|clinics?)\s+(?:for|of)\s+(?:[\p{L}-]+\s+(?:og|and|eller|or)\s+)?|(?:utstilling\p{L}*|exhibitions?|foredrag\p{L}*|lectures?|kampanje\p{L}*|campaigns?)[^.;:]{0,60}|(?<![\p{L}])(?:kurs\p{L}*|courses?|opplæring\p{L}*|training|undervisning\p{L}*|seminar\p{L}*|temadag\p{L}*|tema|topics?|råd|advice|rettleiing|veiledning|guidance|hjelpelin\p{L}*|helplines?|temakveld\p{L}*|temamøte\p{L}*|verdensdag\p{L}*|fremj\p{L}*|fremm\p{L}*|styrk\p{L}*|promot\p{L}*)(?![\p{L}])[^.;:,]{0,100}))(?:${COURSE_BEFORE}psykisk\s+helse|psykiske\s+(?:lidelse|liding|plager|plagar|problem)\p{L}*|psykisk\s+(?:syk|sjuk|ustabil)\p{L}*|rusbehandl\p{L}*|avrusing\p{L}*|psykiatri\p{L}*)${TOPIC_AFTER}|(?=(?:yrkes|arbeids)skade)${COUNTED_BEFORE}(?:yrkes|arbeids)skade(?:r|n|ne|ar|ane)?|(?:yrkes|arbeids)skade(?:r|n|ne|ar|ane)?${EACH_AFTER}|(?:behov(?:et)?\s+for|treng(?:er|s)?|needs?|needed|requires?|required)\s+(?:[\p{L}-]+\s+){0,2}?(?:tegnspråktolk\p{L}*|teiknspråktolk\p{L}*|skrivetolk\p{L}*|døvetolk\p{L}*|døvblindetolk\p{L}*|tolk\s+(?:på|til|for)\s+(?:tegnspråk|teiknspråk)|sign\s+language\s+interpret\p{L}*|speech-to-text\s+interpret\p{L}*)|health(?:\s+(?:data|information|condition|conditions|status|declaration|certificate|records?|questionnaire|problems?|issues?))|medical\s+(?:data|information|certificates?|conditions?|history|records?|notes?|reasons?|examination|reports?)|doctor['’]s\s+(?:note|certificate)|(?:reports?|records?|notes?|journal\p{L}*|notat\p{L}*|rapport\p{L}*|epikrise\p{L}*|attest\p{L}*|erklæring\p{L}*)\s+(?:from|fra|frå)\s+(?:the\s+)?(?:emergency\s+(?:wards?|rooms?|departments?)|legevakt\p{L}*|akuttmottak\p{L}*|skadelegevakt\p{L}*)|${notSickTopic(String.raw`sick\s+(?:leave|notes?|pay)|sickness(?:\s+(?:absence|benefit))?`)}|${notTopicAfter('illness')}(?:es)?${TOPIC_AFTER}|diagnos[ie]s|disabilit(?:y|ies)|allerg(?:y|ies)|food\s+intoleranc\p{L}*|pregnan(?:cy|t)|medication|prescriptions?|drug\s+(?:and\s+alcohol\s+)?test\p{L}*|alcohol\s+test\p{L}*|${notTopicAfter('mental')}\s+health(?!\s+(?:first[\s-]+aid|training|courses?|awareness|days?|weeks?|months?|campaigns?|policy|policies|strategy|strategies|lectures?|seminars?|talks?|literacy|champions?|first\s+aiders?))${TOPIC_AFTER}|(?=injur|work)${COUNTED_BEFORE}(?:injur(?:y|ies)\s+at\s+work|work(?:place)?\s+injur(?:y|ies))|(?:injur(?:y|ies)\s+at\s+work|work(?:place)?\s+injur(?:y|ies))${EACH_AFTER}|(?=personskade|skad|injur|whether\s|if\s|om\s)(?<!(?:kurs\p{L}*|courses?|training|opplæring|førstehjelp|first\s+aid|statisti\p{L}*|forebygg\p{L}*|førebygg\p{L}*|prevent\p{L}*|forsikring\p{L}*|insurance|gruppeliv\p{L}*|premie\p{L}*|premium\p{L}*)[^.;:]{0,60})(?:personskade(?:r|n|ne|ar|ane)|(?:skade|skader|skadar|skadene|skadane|injur(?:y|ies))\s+(?:på|til|to|of|on|suffered\s+by)\s+(?:(?:the|en|ein|eventuelle|any)\s+)?(?:fører\p{L}*|førar\p{L}*|sjåfør\p{L}*|passasjer\p{L}*|personer|personar|personen|deltak\p{L}*|elev(?:en|ar|er|ane|ene)?|ansatte|tilsette|drivers?|passengers?|persons?|people|participants?|pupils?|employees?|members?|guests?|players?|spelar\p{L}*|spiller\p{L}*|barn(?:et|a)?|child(?:ren)?)(?<!(?:ens|enes|ernes|anes|ets|ars|ers))(?![\u0027\u2019]s)(?!\s+(?:sitt|sin|sine|si)(?![\p{L}]))|(?:whether|if|om)\s+(?:[\p{L}-]+\s+){0,3}?(?:needed|required|got|received|fikk|fekk|trengte|trong|trenger|treng|måtte\s+til|had\s+to\s+see|went\s+to|was\s+taken\s+to|were\s+taken\s+to)\s+(?:(?:a|an|en|ein|the)\s+)?(?:doctor|legehjelp|lege|lækjar|legebehandling|medical\s+(?:treatment|attention|care|help)|hospital|emergency\s+(?:room|treatment|care)|legevakt\p{L}*|sykehus\p{L}*|sjukehus\p{L}*|akuttmottak\p{L}*))|(?=spill|penge|rus|alkohol|narkotika|nikotin|medikament|legemiddel|lækjemiddel|tablett|gaming|gambling|drug|alcohol|hiv|living|live|lever|chemsex|substance|narcotic|stoffbruk|bruk\s|angst|depres|anxiety)(?<!(?:kurs\p{L}*|courses?|informasjon\s+om|information\s+(?:about|on)|foredrag\p{L}*|lectures?|tema\p{L}*|topics?|brosjyr\p{L}*|leaflets?|kampanje\p{L}*|campaigns?|awareness|hjelpelinje\p{L}*|helplines?|statisti\p{L}*|forskning\p{L}*|research|polic(?:y|ies)|rules|regler\p{L}*|reglement\p{L}*|retningslin\p{L}*|guidelines?)[^.;:]{0,60})(?:(?:spille|spill|penge|rus|alkohol|narkotika|nikotin|medikament|legemiddel|lækjemiddel|tablett|gaming|gambling|drug|alcohol)avhengighet(?:en)?|(?:gambling|drug|alcohol|gaming)\s+(?:addiction|disorder)|hiv-?\s?(?:status\p{L}*|positiv\p{L}*|smitt\p{L}*)|(?:lever|living|lives|live)\s+(?:med|with)\s+hiv|chemsex|(?:drug|substance|narcotics?)\s+(?:use|abuse|misuse)|rusbruk\p{L}*|narkotikabruk\p{L}*|stoffbruk\p{L}*|bruk\s+av\s+(?:narkotika|rusmidler|rusmiddel|illegale\s+rusmidler|narkotiske\s+stoff\p{L}*)|angst|angstlid\p{L}*|depresjon(?:en|er|ar)?|depression|anxiety(?:\s+disorders?)?)${TOPIC_AFTER}|(?=overdos|intoxicat|mental|ruspåv|alkoholpåv|beruse)(?<!(?:recogni[sz]\p{L}*|covers?|about|training|teach\p{L}*|courses?|kurs\p{L}*|opplæring|undervisning|førstehjelp|first\s+aid|informasjon\s+om|information\s+(?:about|on)|foredrag\p{L}*|lectures?|kampanje\p{L}*|campaigns?|utstilling\p{L}*|exhibitions?)[^.;:]{0,60})(?:overdos(?:e|es|ed)(?!\s*-?\s*(?:prevention|response|training|courses?|first\s+aid|awareness|kits?|preparedness))|intoxicat(?:ed|ion)|mental\s+state|ruspåvirk\p{L}*|ruspåverk\p{L}*|alkoholpåvirk\p{L}*|alkoholpåverk\p{L}*|beruse(?:t|tt|lse|lsen)))${E}`,
    ),
  },
  {
    // Art. 4(15) and recital 35 (disease, physiological state, medical history, clinical treatment), in the words another
    // DPO uses for what the first group reads (G1, session 23, variants-paraphrase2): pregnancy in the plural or as
    // expecting a child («vektarar som er gravide», «om den tilsette ventar barn», «expecting a baby»); a stomach bug
    // («mageskjuke», «omgangssyke», «magesjau»); a mental illness in the singular or by its signs («ei psykisk liding»,
    // «psykisk ustabil», «psychotic or suicidal»); intoxication by drink or drugs («påverka av alkohol eller narkotika»,
    // «ruspåvirket», «drug or alcohol use», «has overdosed»); a complaint named («tinnitus», «a bad back», «back pain»,
    // «vondt i ryggen», «hearing loss»); a certificate from a doctor («attest frå lege», «erklæring fra fastlegen»); a stay
    // in hospital («innlagt på sykehus», «ligg lenge på sjukehus»); physiotherapy or a doctor's appointment as the reason
    // for an absence («legetime», «fysioterapi»). The same guards as the first group's (a course, a campaign, a denial).
    kind: 'health',
    stems:
      /gravid|vent|expecting|mage|omgangs|psyk|psych|suicid|påverk|påvirk|rus|drug|alcohol|overdos|tinnitus|back|rygg|hearing|hørsel|høyrsel|attest|erklæring|lege|sjukehus|sykehus|legetime|fysioterapi|physiotherap|appointment/,
    words: lazy(
      String.raw`${W}(?=gravide|vent|expecting|mage|omgangs|psyk|psych|suicid|påverk|påvirk|rus|drug|alcohol|substance|overdos|tinnitus|bad|back|lower|vondt|hearing|attest|erklæring|innlagt|ligg|legetime|fysioterapi|physiotherapy|doctor)(?<!(?<![\p{L}])(?:kurs\p{L}*|courses?|opplæring\p{L}*|training|førstehjelp\p{L}*|first\s+aid|kampanje\p{L}*|campaigns?|informasjon|information|brosjyr\p{L}*|leaflets?|forebygg\p{L}*|førebygg\p{L}*|prevent\p{L}*|polic(?:y|ies)|retningslin\p{L}*|rutine\p{L}*|routines?|tema\p{L}*|topics?)(?![\p{L}])[^.;:!?]{0,40})(?:gravide|(?:venter|ventar)\s+barn|expecting\s+a\s+(?:baby|child)|mageskjuk\p{L}*|magesjuk\p{L}*|magesyk\p{L}*|magesjau|omgangssyk\p{L}*|omgangssjuk\p{L}*|psykisk\p{L}*\s+(?:liding|lidelse|sjukdom|sykdom|ustabil|ustabile|uhelse)|psykotisk\p{L}*|psychotic|suicidal|overdos(?:e|ed|es)|(?:attest|erklæring)\s+(?:fra|frå)\s+(?:fast)?lege(?:n)?|(?:innlagt|ligg|ligger)\s+(?:\p{L}+\s+){0,1}?på\s+(?:sjukehus|sykehus)(?:et)?|(?:(?:påverka|påverket|påvirket|påvirka)\s+av\s+(?:alkohol|rus\p{L}*|narkotika|dop|rusmidler|rusmiddel)|ruspåvirk\p{L}*|(?:drug|alcohol|substance)\s+(?:or|and)\s+(?:drug|alcohol|substance)\s+(?:use|abuse|misuse))(?![^.;!?]{0,80}?(?:uten|utan|without)\s+(?:å\s+|to\s+)?(?:registrere|notere|record|recording|noting|note|skrive)\s+(?:ned\s+|down\s+)?(?:hvem|kven|who|navn|namn|names))|(?:tinnitus|bad\s+back|(?:lower\s+)?back\s+pain|vondt\s+i\s+ryggen|hearing\s+loss)(?<!(?:cause|causes|caused|causing|prevent\p{L}*|avoid\p{L}*|against|føre\s+til|fører\s+til|forebygg\p{L}*|førebygg\p{L}*|mot|dogs?|cats?|horses?|animals?|pets?|hund\p{L}*|katt\p{L}*|hest\p{L}*|dyr\p{L}*)\s+(?:with\s+|med\s+)?(?:\p{L}+\s+)?(?:tinnitus|bad\s+back|(?:lower\s+)?back\s+pain|vondt\s+i\s+ryggen|hearing\s+loss))|(?:legetime(?:r|n|ar|ane)?|fysioterapi(?:en)?|physiotherapy|doctor['’]s\s+appointments?)(?<=(?:fravær|fråvær|absence|absent|årsak|grunn|reason|hvorfor|kvifor|why)[^.;!?]{0,120}))${E}`,
    ),
  },
  {
    // Art. 4(15): data concerning health, named as information about the person's own health («opplysninger om egen helse»,
    // «informasjon om helsa si», «information about their health», «details of your health»: variants-ika IK78; W14,
    // session 24). Only with the person's own or a possessive beside «helse», «health»: «informasjon om helse og trening»
    // on a website is a topic, and health, safety and environment («HMS»), health insurance or services are no one's health.
    // Also (R13, session 33, categories matrix): asked or recorded about the person's own health («We ask members about their
    // state of health», «vi spør om helsa deira»), a person's «state of health», «health status», and information about
    // health with a verb that keeps it («Opplysninger om helse lagres i profilen», «we record information about health»):
    // kept, not a topic. Injuries people suffer, said to be logged or recorded («Injuries that members suffer are logged»).
    kind: 'health',
    stems: /helse|helsa|health|injur/,
    words: lazy(
      String.raw`${W}(?<!(?:find|finn|finne|finner|finna|finst|look\s+up|get|read|lese|les|lesa)\s+)(?:opplysning\p{L}*|opplysing\p{L}*|informasjon\p{L}*|info|information|details|data)\s+(?:om|about|on|of|concerning|relating\s+to)\s+(?:(?:egen|eiga|eige|eigen|eget|sin|si|sitt|sine|din|di|ditt|dine|hans|hennes|deres|dykkar|their|your|his|her|own|the\s+person['’]s|the\s+writer['’]s|the\s+applicant['’]s)\s+){1,2}(?:helse|helsa|helsen|helsetilstand\p{L}*|health)(?![\s-]*(?:,\s*)?(?:og\s+miljø|miljø|and\s+safety|safety|insurance|forsikring\p{L}*|services?|tjenest\p{L}*|tenest\p{L}*|care|app|centre|center|clinic|station|stasjon\p{L}*))${E}|${W}(?:opplysning\p{L}*|opplysing\p{L}*|informasjon\p{L}*|information)\s+(?:om|about)\s+(?:helsen|helsa)\s+(?:din|di|sin|si|deres|dykkar|hans|hennes)${E}|${W}(?=helse|helsa|health|state)(?<=(?<![\p{L}])(?:ask|asks|asked|asking|spør|spørje|spørre|spurde|spurte|spurt|record|records|recorded|recording|note|notes|noted|registrer\p{L}*|noter\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:about|om|on)\s+(?:(?:egen|eiga|eige|eigen|eget|sin|si|sitt|deres|dykkar|hans|hennes|their|his|her|your|own)\s+){1,2})(?:helse|helsa|helsen|health|state\s+of\s+health|health\s+status)${HEALTH_NOT_A_PERSONS}${E}|${W}(?=helsa|helsen|helsetilstanden)(?<=(?<![\p{L}])(?:spør|spørje|spørre|spurde|spurte|spurt|registrer\p{L}*|noter\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?om\s+)(?:helsa|helsen|helsetilstanden)\s+(?:deira|deres|hans|hennar|hennes|dykkar|din|di|sin|si)${E}|${W}(?:their|his|her|your|[\p{L}-]+['’]s?)\s+(?:own\s+)?(?:state\s+of\s+health|health\s+status)${E}|${W}(?=opplys|information|data|details)(?<=(?<![\p{L}])(?:lagr\p{L}*|registrer\p{L}*|noter\p{L}*|samle[rt]?\s+inn|samlar\s+inn|stores?|stored|records?|recorded|collects?|collected|keeps?|kept)\s+(?:[\p{L}-]+\s+){0,1}?)(?:opplysning\p{L}*|opplysing\p{L}*|information|data|details)\s+(?:om|about|on)\s+(?:helse|helsa|health)${HEALTH_NOT_A_PERSONS}${E}|${W}(?:opplysning\p{L}*|opplysing\p{L}*|information|data|details)\s+(?:om|about|on)\s+(?:helse|helsa|health)${HEALTH_NOT_A_PERSONS}(?=\s+(?:blir\s+|vert\s+|is\s+|are\s+)?(?:lagres|lagrast|lagra|lagret|registreres|registrerast|registrert|noteres|noterast|notert|stored|recorded|kept|logged))|${W}injur(?:y|ies)\s+(?:(?:that|which)\s+)?(?:[\p{L}-]+\s+){1,3}?(?:suffer|suffers|suffered|sustain|sustains|sustained|get|gets|got|receive|receives|received)(?=[^.;:!?]{0,60}?(?<![\p{L}])(?:are|is|were|was)\s+(?:\p{L}+\s+)?(?:logged|recorded|noted|registered|stored|kept|written\s+down)(?![\p{L}]))`,
    ),
  },
  {
    // Art. 4(15) and recital 35 (a «disability»; the «physiological … state»): a sensory or mobility impairment, told by
    // the impairment's own words («synshemmet», «nedsatt hørsel», «visual or hearing impairment», «reduced mobility»,
    // «bevegelseshemmet», «forflytningshemmet», «deaf») or by what only such a person needs (a guide or assistance dog, a
    // hearing aid, a mobility aid, using or needing a wheelchair: variants-luftfart LF15, F, session 15). Regulation (EC)
    // No 1107/2006 (FOR-2013-07-16-919 § 1) names «funksjonshemmedes og bevegelseshemmedes» needs when travelling by air.
    // Read in a data category's words only: an activity's or a purpose's words name premises and services for such people
    // («lokalene er tilpasset rullestolbrukere», «førerhunder er velkomne», «teleslynge for hørselshemmede», «the website
    // meets WCAG for visually impaired users»), which tells nothing of a person. Not «rullestol» or «wheelchair» alone (a
    // ramp, a wheelchair-accessible room or entrance), not «tilrettelegging» or «universell utforming», not «blind»
    // alone (a blind test, a blind spot), not «special assistance» alone (unaccompanied minors get it too).
    kind: 'health',
    stems:
      /syn|hørsel|høyrsl|høyrsel|orienteringshem|høyre|høre|tunghør|bevegelse|bevegelighet|mobilitet|førlighet|gangfunksjon|gangevne|ganghjelp|rørsle|forflytning|rullestol|rullator|hund|døv|hc-|impair|mobility|wheelchair|walker|dog|hearing|disabled|deaf|cochlea|badge|sight|vision/,
    words: lazy(
      String.raw`${W}(?=syns|hørsel|høyrsel|bevegelses|rørsle|forflytnings|orienterings|svaksynt|tunghørt|døv|nedsatt|nedsett|redusert|svekket|svekka|dårlig|dårleg|rullestol|hc-|behov|treng|bruk|reiser|kommer|kjem|sit|med|har|has|have|need|requir|us|travel|come|with|in|own|ege|eig|passasjer|kund|gjest|elev|pasient|deltak|søk|medlem|den|sin|the|passenger|guest|customer|pupil|patient|member|visitor|employee|applicant|visual|hearing|sight|mobility|physical|cognitive|intellectual|speech|reduced|impaired|limited|deaf|hard|wheelchair|disabled|blue)(?<!(?:tilgjengelig\p{L}*|tilgjengeleg\p{L}*|accessib\p{L}*|tilpass\p{L}*|tilrettelag\p{L}*|adapted|designed|universell\s+utforming|teleslynge\p{L}*|induction\s+loops?|parkeringsplass\p{L}*|parking\s+(?:spaces?|places?|bays?)|toalett\p{L}*|toilets?|inngang\p{L}*|entrances?|rampe\p{L}*|ramps?|informasjon\p{L}*|information|kurs\p{L}*|courses?|training|opplæring)\s+(?:[\p{L}-]+\s+){0,3}?(?:for|til|to|by|om|about|on|i|in|på)\s+(?:[\p{L}-]+\s+){0,1}?)(?:(?:syns|hørsels|høyrsels|bevegelses|rørsle|forflytnings|orienterings)hem(?:met|mete|ma|mede|ming|minga|mingen|ning)|svaksynt\p{L}*|tunghørt\p{L}*|døv(?:e|blind\p{L}*)?|(?:nedsatt|nedsett|redusert|svekket|svekka|dårlig|dårleg)\s+(?:syn(?:et)?|hørsel(?:en)?|høyrsle|bevegelighet(?:en)?|rørsle|mobilitet(?:en)?|gangfunksjon(?:en)?|førlighet(?:en)?|gangevne)|rullestolbruk(?:er|ar|ere|arar|erne|arane)|hc-(?:parkeringsbevis|parkeringstillatelse|parkeringsløyve|parkeringskort|bevis|kort)\p{L}*|(?:(?:behov\s+for|treng(?:er)?|bruker|brukar|reiser\s+med|reiser\s+saman\s+med|kommer\s+med|kjem\s+med|sitter\s+i|sit\s+i|med\s+(?:egen|eigen|sin|sitt|sine)|(?:har|has|have)\s+(?:a|an|en|ein|eit|et|egen|eigen|own|their\s+own)|needs?|needing|requires?|uses?|using|travell?(?:ing|s)?\s+with|comes?\s+with|with\s+(?:a|an|their|his|her|their\s+own)|in\s+a|own|egen|eigen|eige|eget|(?:passasjeren|kunden|gjesten|eleven|pasienten|brukeren|brukaren|deltakeren|deltakaren|søkeren|søkjaren|medlemmet|den\s+ansatte|den\s+tilsette)s|sin|sitt|sine|the\s+[\p{L}-]+['’]s|(?:passenger|guest|customer|pupil|patient|member|visitor|user|employee|applicant)['’]s)\s+(?:(?:a|an|en|ein|eit|et|egen|eigen|eige|eget|own|elektrisk\p{L}*|electric|manual|eventuell\p{L}*|any)\s+){0,2}(?:(?:fører|førar|service|assistanse|ledsager)hund\p{L}*|(?:høre|høyre)apparat\p{L}*|hørselsapparat\p{L}*|cochleaimplantat\p{L}*|ganghjelpemid\p{L}*|rullator\p{L}*|rullestol(?:en)?|(?:guide|assistance|service|hearing)\s+dogs?|hearing\s+aids?|mobility\s+aids?|walking\s+aids?|walkers?|cochlear\s+implants?|wheelchairs?))|(?:(?:visual|visually|hearing|sight|mobility|physical|cognitive|intellectual|speech)\s+(?:or|and)\s+)?(?:visual|visually|hearing|sight|mobility|physical|cognitive|intellectual|speech)(?:\s+|-)impair(?:ed|ment|ments)|(?:reduced|impaired|limited)\s+(?:mobility|vision|hearing|sight)|deaf(?:ness|blind\p{L}*)?|hard\s+of\s+hearing|wheelchair\s+users?|disabled\s+(?:persons?|people|passengers?|guests?|customers?|pupils?|students?|employees?|members?|visitors?|travell?ers?|parking\s+(?:permits?|badges?))|blue\s+badges?)${E}`,
    ),
    categoryOnly: true,
  },
  {
    // Art. 9(1) «trade union membership»; union dues deducted from pay reveal membership by necessary inference, which
    // C-184/20 counts (data revealing a category indirectly; the case itself was on sexual orientation, not dues). Not
    // «fagforeningen» as a party that gets a copy, nor «tillitsvalgt» (also elected officers of clubs). («A member of a
    // trade union» in English was added by B13 and taken out on review, session 18: a panel member, an employee after hiring.)
    // A union named and «or another union» («medlem i Utdanningsforbundet eller ei anna fagforeining»: variants-ppt PP26,
    // B19, session 20): the words say the named body is a union; a federation named alone («medlem i Fotballforbundet») is not read.
    // Which employees are members of a trade union («a list of which employees are members of a trade union», «hvilke ansatte
    // som er medlemmer i en fagforening»: variants-veterinar DY06; W12, session 23): who is a member, told person by person.
    // Not members in general (a course on why not to ask, statistics of how many, a right to join: N9's b13 wordings).
    kind: 'trade-union-membership',
    stems: /fagforen|fagforein|fagforbund|kontingent|trekk|medlem|fagorganis|union/,
    words: lazy(
      String.raw`${W}(?=fagfor|kontingent|trekk|medlem|fagorg|trade|union|membership|which|hvilke|kva|som\s+er\s+med|som\s+var\s+med)(?<!${UNION_TOPIC})(?!${UNION_ROLE})(?:som\s+(?:er|var)\s+med\s+i\s+(?:en\s+|ei\s+|ein\s+)?(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*)|fagfore(?:i)?ning(?:s)?(?:kontingent|trekk|medlem|medlemskap|tilhørighet|tilhøyrsle)\p{L}*|(?:kontingent|trekk)\s+(?:\p{L}+\s+){0,2}?(?:til|for)\s+(?:\p{L}+\s+){0,1}?(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|forbundet)|medlem(?:skap)?\s+(?:i|av)\s+(?:en\s+|ein\s+|ei\s+|eit\s+|et\s+)?(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|arbeidstak(?:er|ar)organisasjon\p{L}*)|medlem(?:skap)?\s+(?:i|av)\s+(?:[\p{L}-]+\s+){1,3}?(?:eller|og)\s+(?:en\s+|ein\s+|ei\s+|eit\s+|et\s+)?(?:annen|anna|annan|annet)\s+(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|arbeidstak(?:er|ar)organisasjon\p{L}*)|fagorganisert\p{L}*|(?:trade\s+)?union\s+(?:dues|membership|subscriptions?|fees?|member)|membership\s+of\s+(?:a\s+)?(?:trade\s+)?union|(?<=(?<![\p{L}])(?:which|what|the|hvilken|hvilket|hvilke|kva)\s+)(?:trade\s+)?(?:union|fagfore(?:i)?ning(?:en|a)?|fagforbund(?:et)?)\s+(?:(?:each|every|the|an?|our|its|hver|kvar|den|dei|de)\s+)?(?!(?:most|many|few|some|all|mange|fleste|flest|få|nokre|noen|alle)\s)(?:[\p{L}-]+\s+)?(?:employees?|members?|workers?|staff(?:\s+members?)?|applicants?|persons?|individuals?|ansatt\p{L}*|tilsett\p{L}*|arbeidstak\p{L}*|medlem\p{L}*|søker\p{L}*|søkjar\p{L}*)\s+(?:belongs?\s+to|belonged\s+to|is\s+(?:a\s+)?member\s+of|are\s+members?\s+of|was\s+(?:a\s+)?member\s+of|has\s+joined|have\s+joined|tilhører|tilhørte|høyrer\s+til|høyrde\s+til|er\s+medlem\s+(?:av|i)|var\s+medlem\s+(?:av|i))|(?:which|hvilke|kva)\s+(?:[\p{L}-]+\s+){0,2}?(?:are|er)\s+(?:members?\s+of\s+(?:a|the|their|any)\s+trade\s+union|medlem(?:mer|mar|mene|mane)\s+(?:i|av)\s+(?:en\s+|ein\s+|ei\s+)?(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*)))${E}(?!${UNION_VOLUNTARY})`,
    ),
  },
  {
    // Art. 9(1) «religious or philosophical beliefs»: membership of a faith or belief community (trossamfunnsloven
    // § 2: tros- og livssynssamfunn), a person's religion or belief. Not a church or a mission as a party
    // («Kirkens Bymisjon», «Den norske kirke» as employer): only membership of it, or the words of belief. A person's own
    // religious holidays, faith or religion, with the person before it («each employee's religious holidays and the
    // dietary needs that follow from their faith», «den ansattes religiøse høytider», «religiøse høgtider til dei tilsette»:
    // variants-veterinar DY27; W12, session 23); not «religious holidays» alone (a school closed on them), «faith-based»,
    // nor faith in something («their faith in us»).
    kind: 'religious-or-philosophical-beliefs',
    stems: /medlem|tilhø|høyrer til|hører til|belong|kirke|kyrkj|religi|livssyn|church|faith/,
    words: lazy(
      String.raw`${W}(?:(?:medlem\p{L}*|tilhørighet|tilhøyrsle)\s+(?:i|av|til)\s+(?:et\s+|eit\s+)?(?:tros-\s+og\s+livssynssamfunn\p{L}*|trussamfunn\p{L}*|trossamfunn\p{L}*|trudomssamfunn\p{L}*|livssynssamfunn\p{L}*|den\s+norske\s+kirke|den\s+norske\s+kyrkja|kirken|kyrkja|menighet\p{L}*|kyrkjelyd\p{L}*)|kirkemedlemskap\p{L}*|kyrkjemedlemskap\p{L}*|trostilhørighet|trustilhørighet|livssynstilhørighet|religiøs\p{L}*\s+(?:tilhørighet|tilhøyrsle|overbevisning|oppfatning\p{L}*)|(?:${asTopicNot('religion|livssyn')})${TOPIC_AFTER}|religious\s+(?:beliefs?|affiliation|denomination)|religion\s+or\s+belief|church\s+membership|membership\s+of\s+(?:a|the)\s+(?:church|faith|religious)|${FAITH_ASKED}|(?:their|his|her|[\p{L}-]+['’]s?)\s+(?:own\s+)?(?:religious\s+(?:holidays?|festivals?|observances?|practices?|beliefs?)|faith|religion)(?!\s*-?\s*(?:based|communit\p{L}*|groups?|organi[sz]ation\p{L}*|schools?|in\s))|[\p{L}-]+s\s+(?:egne\s+|eigne\s+)?(?:religiøse\s+(?:høytid\p{L}*|høgtid\p{L}*|helligdag\p{L}*|heilagdag\p{L}*)|religion)|religiøse\s+(?:høytid\p{L}*|høgtid\p{L}*)\s+til\s+(?:(?:den|dei|de)\s+)?(?:ansatte|tilsette|arbeidstak\p{L}*|elev\p{L}*|medlem\p{L}*)\p{L}*)${E}`,
    ),
  },
  {
    // Art. 4(15) and recital 35 («clinical treatment», «the physiological or biomedical state»): which medicine a person
    // takes, uses, carries or is given, or what it treats, told person by person («vi noterer kva medisinar eleven tek»,
    // «hvilke legemidler den ansatte bruker», «which medicines each pupil takes», «medisinane til barnet»; «skriver i
    // hendelsesloggen hvilket legemiddel det er og hva det brukes mot»: variants-tingrett VT40; R23, session 36). A medicine
    // reveals the condition it treats by necessary inference (C-184/20's principle). Not medicines as goods or stock
    // («hvilke legemidler apoteket har på lager», «we sell medicines», «medisinsk utstyr»), nor what a medicine is for
    // without a record of it («Apoteket forklarer hva medisinen brukes mot»): the person's verb (MEDICINE_TAKER), a
    // possessive, or a log beside «what it treats» is asked.
    kind: 'health',
    stems: /medisin|legemid|lækjemid|medikament|tablett|medicine|pills/,
    words: lazy(
      String.raw`${W}(?:(?:hvilke|hvilken|hvilket|kva|hva|which|what)\s+(?:(?:slags|type|sort|kind|kinds|sorts?)\s+(?:of\s+|av\s+)?)?${MEDICINE}(?=[^.;:!?]{0,60}?(?<![\p{L}])${MEDICINE_TAKER})|${MEDICINE_OWNED}|(?=hva|kva|what)(?<=${MEDICINE_LOGGED}[^.;:!?]{0,100})(?:hva|kva|what)\s+(?:det|den|dei|de|dette|it|they|the\s+[\p{L}-]+|[\p{L}-]+(?:en|et|a|ne|ane|ene))\s+(?:brukes|brukast|blir\s+brukt|vert\s+brukt|is\s+used|are\s+used|is\s+taken|are\s+taken|er|is|are)\s+(?:mot|for|against|to\s+treat))${E}`,
    ),
  },
  {
    // Art. 9(1) «religious or philosophical beliefs», revealed indirectly (C-184/20's principle): who, person by person,
    // uses a prayer room, prays, keeps a fast or is served halal or kosher food («hvem som har lånt nøkkelen til bønnerommet»:
    // variants-tingrett VT37; «kven som nyttar bønerommet», «which pupils get halal meals», «employees who fast during
    // Ramadan»; R23, session 36): a religious practice told of a named person. Not the room, the menu or a rule for anyone
    // («Bønnerom finnes i 2. etasje», «Kantina serverer halalmat», «Alle som vil, kan bruke bønnerommet»: no person named;
    // a modal right after «som» is a rule), nor a count («how many use the prayer room»: countedNoOne).
    kind: 'religious-or-philosophical-beliefs',
    stems: /bønnerom|bønerom|bederom|prayer|ramadan|ramadhan|halal|kosher|fredagsbøn|religiøse grunn|religious reasons/,
    words: lazy(
      String.raw`${W}(?:hvem|kven|who|(?:hvilke|hvilken|kva\s+for|which)\s+${PRACTISING}|${PRACTISING}\s+(?:som|who|that))\s+(?!(?:som\s+)?(?:kan|may|can|kunne|might|must|må|vil|will|would|could|får\s+lov|are\s+allowed|is\s+allowed)(?![\p{L}]))(?:som\s+)?(?:[\p{L}-]+\s+){0,4}?(?:religiøse\s+grunn\p{L}*|religious\s+reasons|bønnerom\p{L}*|bønerom\p{L}*|bederom\p{L}*|prayer\s+rooms?|friday\s+prayers?|fredagsbøn\p{L}*|(?:halal|kosher)(?!\s?-?\s?(?:sertifi|certifi))\p{L}*|ramadan|ramadhan)${E}`,
    ),
  },
  {
    // Art. 9(1) «religious or philosophical beliefs», revealed indirectly (C-184/20's principle): a person's halal or kosher
    // diet is food prescribed by a faith (Bufdir's recommendation on food «tilpasset barns trosretning», 2016: «halal
    // slaktet kjøtt for muslimer»). Read in a data category's words only: an activity's or purpose's words may name the
    // kitchen's menu («we serve halal to everyone»), which tells nothing of a person; nor a supplier's certification
    // («halalsertifisert»). Not «kosthold», «spesialkost», vegetarian or other diet choices, which need not reveal a belief
    // (K, 2026-12-01).
    kind: 'religious-or-philosophical-beliefs',
    stems: /halal|kosher/,
    words: lazy(String.raw`${W}(?:halal|kosher)(?!\s?-?\s?(?:sertifi|certifi))\p{L}*${E}`),
    categoryOnly: true,
  },
  {
    // Art. 9(1) «religious or philosophical beliefs», in a data category's words: a person's faith, denomination or
    // religious views («the «My faith» prompt», «trosretning», «religious views»; variants-dating DT63; F, session 16). Read
    // in a category's words only: an activity's or purpose's words name faith-based partners or schools, and «in good
    // faith» is no belief. Not «faith-based» (a school's or an organisation's kind), a faith community, group or
    // organisation (a body, not a person's belief), «good faith», «bad faith».
    kind: 'religious-or-philosophical-beliefs',
    stems: /faith|trosretn|trusretn|religious|religiøs/,
    words: lazy(
      String.raw`${W}(?:(?<!(?:good|bad)\s+)faith(?!\s*-?\s*(?:based|communit\p{L}*|groups?|organi[sz]ation\p{L}*|schools?|bodies|body))|(?=trosretning|trusretning)(?<!(?:tema\p{L}*|topics?|krle|kurs\p{L}*|courses?|alle|all|ulike|different)\s+(?:[\p{L}-]+\s+){0,2}?)(?:trosretning(?:en)?|trusretning(?:a)?)(?!\s+(?:for|til|i|åt|of)\s+(?:\p{L}+\s+)?(?:trossamfunn\p{L}*|trussamfunn\p{L}*|menighet\p{L}*|kyrkjelyd\p{L}*|organisasjon\p{L}*|foreining\p{L}*|forening\p{L}*|communit\p{L}*|organi[sz]ation\p{L}*))|religious\s+(?:views?|practices?|observance)|religiøs\p{L}*\s+(?:praksis|syn))${E}`,
    ),
    categoryOnly: true,
  },
  {
    // Art. 9(1) «racial or ethnic origin». Not nationality, citizenship, country of birth or mother tongue, nor a need
    // for an interpreter («tolkebehov»): a language is no ethnic origin, and Art. 9 does not list nationality.
    kind: 'racial-or-ethnic-origin',
    stems: /etni|hudfarge|ethnic|racial|skin/,
    words: lazy(String.raw`${W}(?:etnisitet|etnisk\p{L}*|hudfarge|ethnic\p{L}*|racial|skin\s+colou?r)${E}`),
  },
  {
    // Art. 9(1) «political opinions»: party membership or political affiliation. Not «politisk eksponert person»
    // (hvitvaskingsloven § 2: a public position, no opinion).
    kind: 'political-opinions',
    stems: /parti|politi|political|party/,
    words: lazy(
      String.raw`${W}(?:partimedlemskap\p{L}*|partitilhørighet|partitilhøyrsle|medlem\p{L}*\s+(?:i|av)\s+(?:et\s+|eit\s+)?(?:politisk\p{L}*\s+)?parti(?:et)?|(?=politi)(?<!${REGARDLESS})(?:politisk\p{L}*\s+(?:tilhørighet|tilhøyrsle|oppfatning\p{L}*|syn|ståsted)|political\s+(?:opinions?|affiliation|views))|party\s+membership|${ACTIVE_IN_PARTY})${E}`,
    ),
  },
  {
    // Art. 9(1) «sex life or sexual orientation». Read indirectly too (C-184/20, paras. 117-128: data «liable to disclose
    // indirectly» the orientation, the case itself being on a partner's name): people named by their orientation («gay and
    // bisexual members», «homofile og bifile brukarar»), and the gender or genders a person is interested in or looking for
    // («the genders the member is interested in», «hvilket kjønn du er interessert i», «interested in men, women or both»):
    // Datatilsynet's Grindr decision (20/02136, 13 December 2021) and PVN-2022-22 held that being a user of an app for gay
    // and bisexual people reveals the orientation (variants-dating DT03; F, session 16). Not a topic, a course, an event or
    // a campaign about it («an exhibition about gay history», «kurs om skeiv ungdom», «Pride»: an ally goes to Pride), nor a
    // body's name («Skeiv Ungdom», «FRI»: the words are read only where the orientation word is written in lower case).
    kind: 'sex-life-or-sexual-orientation',
    stems: /seksu|legning|sex|gay|lesb|bifil|homo|queer|skeiv|lhbt|lgbt|gender|kjønn|interested|interessert|tiltrukke|tiltrekt|attracted/,
    words: lazy(
      String.raw`${W}(?:${asTopicNot(String.raw`seksuell\p{L}*\s+orientering|seksualliv\p{L}*|legning(?:a|en|ar|er|ane|ene)?|sexual\s+orientation|sex\s+life`)}|(?=${ORIENTED})(?<!(?<![\p{L}])(?:kurs\p{L}*|courses?|informasjon\s+om|information\s+(?:about|on)|foredrag\p{L}*|lectures?|tema\p{L}*|topics?|brosjyr\p{L}*|leaflets?|kampanje\p{L}*|campaigns?|utstilling\p{L}*|exhibitions?|histori\p{L}*|history|film\p{L}*|bøker|bok|books?|rettighet\p{L}*|rights|arrangement\p{L}*|events?|about|om)[^.;:]{0,60})${ORIENTED}(?:(?:\s*,\s*|\s+(?:og|eller|and|or)\s+)${ORIENTED})*\s+(?:(?:[\p{L}-]+)\s+)?${PEOPLE}|(?:genders?|kjønn(?:et|a)?)\s+(?!(?:is|are|was|were|er|var)\s)(?:[\p{L}'’-]+\s+){1,4}?(?:(?:is|are|er)\s+)?(?:interested\s+in|attracted\s+to|looking\s+for|seeking|wants?\s+to\s+(?:meet|date)|interessert\s+i|interessert\s+av|tiltrukket\s+av|tiltrekt\s+av|ser\s+etter|søker\s+etter|søkjer\s+etter|vil\s+(?:møte|date))|(?:interested\s+in|attracted\s+to|interessert\s+i|tiltrukket\s+av|tiltrekt\s+av)\s+(?:men|women|menn|kvinner)(?:\s*,\s*|\s+(?:or|and|eller|og)\s+)(?:men|women|menn|kvinner|both|begge|everyone|alle|anyone))${E}`,
    ),
  },
  {
    // Art. 4(13), 9(1) genetic data.
    kind: 'genetic',
    stems: /genet|gentest|dna/,
    words: lazy(String.raw`${W}(?:genetisk\p{L}*|gentest\p{L}*|dna(?:-\p{L}+)?|genetic\p{L}*)${E}`),
  },
  {
    // Art. 4(14), 9(1) biometric data «for the purpose of uniquely identifying»: fingerprints, face recognition, iris
    // scans. Not photographs (recital 51: a photo is biometric only when processed by specific technical means).
    // Not a device's or browser's «fingerprint» (a technical identifier of the device, no person's body: variants-bildeling's
    // clean base, B9; F, session 16), the device named before or after it («Fingerprint of your device», «Teknisk
    // fingeravtrykk av nettlesaren»: N's review).
    kind: 'biometric',
    stems: /fingeravtrykk|ansikt|andlet|biometri|iris|fingerprint|facial|face/,
    words: lazy(
      String.raw`${W}(?:(?<!(?:digital\p{L}*|enhet\p{L}*|nettles\p{L}*|nettlesar\p{L}*|maskin\p{L}*|teknisk\p{L}*)[\s-]*)fingeravtrykk\p{L}*(?!\s+(?:av|fra|frå|til|of|from|for)\s+(?:[\p{L}-]+\s+){0,2}?(?:mobil\p{L}*|telefon\p{L}*|phones?|devices?|browsers?|nettles\p{L}*|nettlesar\p{L}*|enhet\p{L}*|eining\p{L}*|maskin\p{L}*|pc\p{L}*|datamaskin\p{L}*|computers?|app\p{L}*|utstyr\p{L}*|nettverk\p{L}*|networks?|filer?|files?|dokument\p{L}*|documents?))|ansiktsgjenkjenn\p{L}*|ansiktsattkjenn\p{L}*|andletsattkjenn\p{L}*|andletsgjenkjenn\p{L}*|biometri\p{L}*|irisskann\p{L}*|(?<!(?:device|browser|digital|canvas|enhets|nettlesar|nettleser|digitalt?|technical)[\s-]*)fingerprints?(?!\s+(?:av|fra|frå|til|of|from|for)\s+(?:[\p{L}-]+\s+){0,2}?(?:mobil\p{L}*|telefon\p{L}*|phones?|devices?|browsers?|nettles\p{L}*|nettlesar\p{L}*|enhet\p{L}*|eining\p{L}*|maskin\p{L}*|pc\p{L}*|datamaskin\p{L}*|computers?|app\p{L}*|utstyr\p{L}*|nettverk\p{L}*|networks?|filer?|files?|dokument\p{L}*|documents?))|facial\s+recognition|face\s+recognition|face\s+match\p{L}*|ansiktsmatch\p{L}*|biometric\p{L}*|(?=compar|match|sammenlign|samanlikn)(?<=(?:kiosk|system|software|programvare|automat|maskin|machine|algorit|kamera|camera|skanner|scanner)[^.;:!?]*?)(?:compar\p{L}*|match\p{L}*|sammenlign\p{L}*|samanlikn\p{L}*)\s+(?:\S+\s+){0,5}?(?:face|faces|ansikt\p{L}*|andlet\p{L}*)|${FACE_MATCH_V2})${E}`,
    ),
  },
  {
    // Art. 4(15) and recital 35 (clinical treatment, the «physiological or biomedical state»), by what only a patient has
    // (R27, session 37: variants-vassverk VV43 «Abonnentar som har dialyseapparat heime»): medical equipment a person
    // has, uses or depends on, or keeps at home (dialysis, home oxygen, a respirator or CPAP, an insulin pump, a
    // pacemaker, a stoma, tube feeding, «medisinsk utstyr», «medical devices», «hjelpemiddel frå NAV»), a dialysis
    // patient; and, kept on record, the injuries a person has got («Skader mannskapet har fått … blir notert»:
    // variants-paraphrase6 PF078) or how their health is («hvordan helsen deres er», «how their health is»). By
    // necessary inference (C-184/20): who has a dialysis machine at home has kidney failure. Not the equipment as goods,
    // a supplier's or a ward's («Medisinsk utstyr leveres av …», «dialyseavdelinga»), oxygen in water, nor damage to a thing.
    kind: 'health',
    stems:
      /dialys|oksygen|oxygen|respirator|pustemaskin|pustehjelp|cpap|insulin|pacemaker|stomi|ostomy|sondemat|tube feed|medisinsk|medisinske|medical|hjelpemid|skad|injur|helse|helsa|health/,
    words: lazy(
      String.raw`${W}(?:(?<![\p{L}])(?:som|who|that|der)\s+(?:[\p{L}-]+\s+){0,2}?${DEVICE_HOLD}\s+(?:(?:eit|et|ein|en|ei|a|an|sitt|sin|si|sine|their|his|her|own|eige|eige|eget|egen)\s+)?(?:[\p{L}-]+\s+)?${MEDICAL_DEVICE}|${MEDICAL_DEVICE}(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:heime|hjemme|at\s+home|i\s+heimen|i\s+hjemmet|i\s+bustaden|i\s+boligen)${E})|dialysepasient\p{L}*|dialysis\s+patients?|(?<![\p{L}])(?:skad(?:er|ar|ene|ane)|injur(?:y|ies))\s+(?:(?:som|that|which)\s+)?(?:[\p{L}-]+\s+){1,3}?(?:har\s+fått|har\s+pådratt\s+seg|har\s+pådrege\s+seg|fekk|fikk|pådro\s+seg|has\s+suffered|have\s+suffered|has\s+sustained|have\s+sustained|suffered|sustained)(?!\s+(?:på|til|to|on)\s)(?=[^.;:!?]{0,80}?(?<![\p{L}])${KEPT_VERB}${E})|(?<![\p{L}])${HEALTH_HOW}(?=[^.;:!?]{0,80}?(?<![\p{L}])${KEPT_VERB}${E})|(?<![\p{L}])(?:records?|recorded|notes?|noted|logs?|logged|registrer\p{L}*|noter\p{L}*|asks?|asked|spør|spørje|spørre|spurde|spurte)\s+(?:[\p{L}-]+\s+){0,2}?${HEALTH_HOW})${E}`,
    ),
  },
  {
    // Art. 4(15), 9(1) health named by the diagnosis, not by «helse» (R29, session 38; variants-ambulanse AM48 «Ved påmelding
    // spør vi om deltakerne har hjertesykdom, astma eller epilepsi»): a disease by its compound («hjertesykdom»,
    // «lungesjukdom», «hjertelidelse», «muskelliding», «heart disease», «a lung condition») or by its name, a short list of
    // common chronic diagnoses from ICPC-2's chapters (asthma R96, epilepsy N88, diabetes T89/T90, COPD R95, migraine N89,
    // dementia P70, ADHD P81, autism P99, rheumatoid arthritis L88, psoriasis S91, cancer, heart failure K77, stroke K90,
    // hepatitis D72, tuberculosis A70, anorexia/bulimia P86, coeliac disease D99, high blood pressure K86/K87; the codes as
    // R29 knew them, not checked against Direktoratet for e-helse's ICPC-2 code file: they label, no rule cites them). Read only as
    // asked of or recorded about people: a verb of asking, recording or mapping, then «om», «whether», «if», «hvem», «who»,
    // then the person's «har», «have», «lider av», «suffers from» and the diagnosis (or a list of them). So a course about
    // diabetes, a defibrillator («hjertestarter»), a menu («allergivennlig»), an animal's or a plant's disease are not read
    // (no person who has it is asked about or recorded; an animal named after «om», «whether»: ANIMAL_WORD), nor a denied question (revealsIn reads the clause's negation).
    kind: 'health',
    stems:
      /sykdom|sjukdom|lidelse|liding|astma|asthma|epilep|diabet|kols|copd|migren|migraine|demens|dementia|adhd|autis|leddgikt|arthritis|psoriasis|kreft|cancer|hjertesvikt|heart failure|hjerneslag|stroke|hepatitt|hepatitis|tuberkulos|tuberculosis|anoreksi|anorexia|bulimi|cøliaki|coeliac|celiac|blodtrykk|blood pressure|disease|disorder|condition/,
    words: lazy(
      String.raw`${W}(?:spør\p{L}*|spurt\p{L}*|spurde|spørsmål|registrer\p{L}*|noter\p{L}*|kartlegg\p{L}*|sjekk\p{L}*|undersøk\p{L}*|oppgi|oppgje|opplyse|ask\p{L}*|record\p{L}*|note[sd]?|check\p{L}*|screen\p{L}*|find\s+out|tell\s+us)\s+(?:[\p{L}-]+\s+){0,3}?(?:om|whether|if|hvem|kven|who|which|hvilke|kva\s+for)\s+(?!(?:[\p{L}-]+\s+){0,2}?${ANIMAL_WORD}${E})(?:[\p{L}-]+\s+){0,3}?(?:har|hadde|have|has|had|lider\s+av|lir\s+av|suffers?\s+from|suffered\s+from|is\s+living\s+with|are\s+living\s+with|lever\s+med|lev\s+med)\s+(?:(?:a|an|en|ein|ei|eit|et|noen|nokon|any)\s+)?(?:[\p{L}-]+\s*,\s*|[\p{L}-]+\s+(?:eller|og|or|and)\s+){0,4}?(?:\p{L}+(?:sykdom|sjukdom|lidelse|liding)\p{L}*|\p{L}+\s+(?:disease|disorder|condition)s?|astma|asthma|epilepsi|epilepsy|diabetes|kols|copd|migrene|migraine|demens|dementia|adhd|autisme|autism|leddgikt|(?:rheumatoid\s+)?arthritis|psoriasis|kreft|cancer|hjertesvikt|heart\s+failure|hjerneslag|stroke|hepatitt|hepatitis|tuberkulose|tuberculosis|anoreksi|anorexia|bulimi|bulimia|cøliaki|coeliac\s+disease|celiac\s+disease|(?:høyt|høgt|high)\s+(?:blodtrykk|blood\s+pressure))${E}`,
    ),
  },
  {
    // personopplysningsloven § 12 («Fødselsnummer og andre entydige identifikasjonsmidler»); folkeregisterloven § 2-2
    // (fødselsnummer, d-nummer; the five last digits, «personnummer», are part of it). Not «fødselsdato» (the first six
    // digits alone identify no one), not customer, employee or organisation numbers.
    kind: 'national-id',
    stems: /fødsels|føds|fnr|personnummer|d-n|identitetsnummer|national|personal identity|social security/,
    words: lazy(
      String.raw`${W}(?:fødselsnummer\p{L}*|fødselsnr\.?|fødselsnumre|føds\.?nr\.?|fnr\.?|personnummer\p{L}*|d-nummer\p{L}*|d-nr\.?|identitetsnummer\p{L}*|national\s+(?:identity|id|identification)\s+numbers?|personal\s+identity\s+numbers?|social\s+security\s+numbers?)${E}`,
    ),
  },
  {
    // personopplysningsloven § 12 («andre entydige identifikasjonsmidler»): a copy of a passport, driving licence
    // or national ID card («Vi tar kopi av passet eller førerkortet ditt», «a copy of your passport»: variants-ika
    // IK83; W14, session 24). Not a passport number alone (a hotel's record of foreign guests: prose-
    // category.test.ts). A Norwegian passport, driving licence and national ID card print the holder's
    // fødselsnummer as well (passforskriften, førerkortforskriften vedlegg 1, ID-kortforskriften), so the copy kept
    // holds it. Looking at the document without a copy («Vi ser på legitimasjon») is not read, nor a photo or scan
    // an ID-check service reads and deletes («photo of a passport … Yoti deletes the images»: variants-dating's
    // base). Not a pet passport: the document «for»/«til» an animal («kopi av kundens pass for hunden»: reviewer N11).
    kind: 'national-id',
    stems: /pass|førerkort|førarkort|id-kort|legitimasjon|driving|licen|id card|identity card|id doc|identity doc/,
    words: lazy(
      String.raw`${W}(?:(?:kopi(?:er|ar|en|ane|ene)?|kopiere|kopierer|kopierar)\s+(?:av\s+)?(?:(?:ditt|din|sitt|sin|deres|dykkar|hans|hennes|(?:eier|eigar|kunde|medlem|søker|søkjar|leietaker|leigetakar|låntaker|låntakar|sjåfør|fører|førar|pasient|gjest|elev|forelder|besøkende|besøkjande|tilsett|ansatt|arbeidstaker|arbeidstakar)(?:ens|enes|anes|ets|ns|s))\s+)?(?:passet|pass|førerkortet|førerkort|førarkortet|førarkort|id-kortet|id-kort|nasjonalt\s+id-kort|legitimasjonen|legitimasjon|legitimasjonsdokument\p{L}*)|(?:copy|copies|copying|photocopy|photocopies)\s+(?:of\s+)?(?:(?:the|your|their|his|her|a)\s+)?(?:(?:visitor|applicant|customer|person|owner|member|client|guest|patient|tenant|buyer|borrower|employee|driver|holder|student|pupil|parent|user|renter|hirer)(?:['’]s|s['’])\s+)?(?:passports?|driving\s+licen[cs]es?|driver['’]?s\s+licen[cs]es?|(?:national\s+)?id(?:entity)?\s+cards?|id\s+documents?|identity\s+documents?))${E}(?!\s+(?:for|til|åt|of|to)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|sin\s+|sitt\s+|si\s+)?(?:[\p{L}-]+\s+)?${ANIMAL_WORD}${E})`,
    ),
  },
  {
    // Art. 10 «personal data relating to criminal convictions and offences or related security measures»;
    // personopplysningsloven § 11. A police certificate and notes on it (politiregisterloven § 36, § 39): what it holds is
    // a record of convictions and pending cases, and a note that one was shown (or «uten merknader») tells the absence of
    // them (Datatilsynet: an employer who may not demand a certificate may not ask for a declaration of a clean record
    // either). Convictions, charges, criminal cases, offences, thefts, a prison sentence, one being served («soner dom i
    // fengsel»: variants-studiestotte ST18; L, session 14) or custody on remand («varetektsfengslet»).
    // A person said to be convicted («they have been reported to the police or convicted of an offence», «søkere som er
    // dømt for vold», «vart dømd til fengsel»: variants-dating DT55; F, session 16): only with a verb saying someone is or
    // was, not «people convicted of abuse» as whom an aim keeps out, nor «dømt til å mislykkast».
    kind: 'criminal-offence',
    stems:
      /politiattest|vandel|straff|domfel|lovbr|sikt|tiltal|anmeld|tyveri|tjuveri|nasking|naskeri|underslag|embezzl|innbr|soning|police|criminal|conviction|convicted|dømt|dømd|dømde|dømte|offen|shoplifting|theft|sentence|imprison|fengsel|varetekt|\bso(?:ner|nar|ne|na|net|nte)\s|caught|tatt|tekne|teken|teke|arrest|pågrip|bøtelag|bøter|\bbot\b|forelegg|rulleblad|punish|prosecut|charged|påtale|\bdom\b|fartsbot|hastighetsbot|trafikkbot|promillebot|fotoboksbot|automatkontrollbot|prikkbelast|prikker på|prikkar på|speeding|traffic fine|penalty/,
    words: lazy(
      String.raw`${W}(?:politiattest\p{L}*|vandelsattest\p{L}*|vandelskontroll\p{L}*|straffeattest\p{L}*|strafferegist\p{L}*|straffedom\p{L}*|domfellels\p{L}*|domfelling\p{L}*|straffesak\p{L}*|straffbar\p{L}*|lovbrudd\p{L}*|lovbrot\p{L}*|siktels\p{L}*|sikting\p{L}*|siktet|tiltale(?:n|r|ne|bes\p{L}*)?|tiltalt|${CAUGHT_RECORDED}|(?=politianmeld|anmeldt)${ANYONE_WHO}(?:politianmeld\p{L}*|anmeldt\s+til\s+politiet)|${ACT_GUARD}(?:(?:butikk)?tyveri(?:er|et|ene|a)?|(?:butikk)?tjuveri(?:et|a|ar|ane)?|nasking|naskeri(?:et|er|ene)?|underslag(?:et|a|ene|ane)?|innbrudd|innbrot)|soning\p{L}*|straffegjennomføring\p{L}*|(?:police|criminal\s+record)\s+certificates?|criminal\s+(?:records?|convictions?|offen[cs]es?|charges?|history)|convictions?|(?=has|have|had|been|was|were|is|are|er|har|blitt|vorte|ble|blei|vart|var|blir|vert)(?<!(?:statisti\p{L}*|how\s+many|hvor\s+mange|kor\s+mange|antall\p{L}*|talet\s+på|number\s+of|undervis\p{L}*|teach\p{L}*|lærer\p{L}*|rettssak\p{L}*|court\s+cases?|kurs\p{L}*|courses?|tema\p{L}*|topics?|forskning\p{L}*|research)[^.;:!?]{0,60})(?:(?:has|have|had|been|was|were|is|are)\s+(?:[\p{L}-]+\s+){0,6}?convicted|(?:er|har\s+vært|har\s+vore|blitt|vorte|ble|blei|vart|var|blir|vert)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:dømt|dømd|dømde|dømte)\s+(?:for|til\s+(?:fengsel\p{L}*|samfunnsstraff\p{L}*|bot|bøter|ubetinget\p{L}*|vilkårs\p{L}*))|straffedøm(?:t|d|de|te)(?![\p{L}])))|${PUNISHED}|${FINE_HELD}|${ACT_GUARD}(?:offen[cs]es|shoplifting|thefts?|embezzlements?)|(?:prison|custodial)\s+sentences?|serv(?:e|es|ed|ing)\s+(?:(?:a|the|his|her|their)\s+)?(?:prison\s+)?sentences?|sentences?\s+(?:\p{L}+\s+){0,3}?(?:is|are|was|were)\s+serving|(?=imprisonment|fengselsstraff)(?<!(?:punishable|straffes|straffast|straffbart|liable|penalt\p{L}*|strafferamme\p{L}*)[^.;:]{0,40})(?:imprisonment|fengselsstraff\p{L}*)|fengselsdom\p{L}*|varetektsfengsl\p{L}*|(?:soner|sonar|sone|sona|sonet|sonte)\s+(?:en\s+|ein\s+|sin\s+|si\s+)?(?:dom(?:men)?|straff(?:a|en)?|fengselsstraff\p{L}*|fengselsdom\p{L}*))${E}`,
    ),
  },
  {
    // Art. 10 in other words (R27, session 37): a judgment for an offence («Tidlegare dommar for bedrageri eller annan
    // økonomisk kriminalitet hos kunden blir òg registrerte»: variants-paraphrase6 PF099; «dom for vold», «a conviction
    // for fraud» is read above), and a person suspected of one («Anyone on the site whom the guard suspects of burglary or
    // drug use is entered in the log»: PF098; «mistenkt for tyveri», «under mistanke om innbrot», «suspected of fraud»):
    // Art. 10 reads «relating to criminal convictions and offences», not convictions alone (personopplysningsloven § 11
    // «lovovertredelser»); the former act named a person «mistenkt, siktet, tiltalt eller dømt» as its sensitive data (Prop. 56
    // LS (2017–2018) ch. 8.1, read on regjeringen.no 2026-12-04). Only with an offence named (OFFENCE): a «dom» in a civil case, a suspicion of a fault or an
    // illness is none. Not a course, a topic or a count (COUNT_OR_TOPIC), nor a denied clause (read clause by clause).
    kind: 'criminal-offence',
    stems: /dom|judgment|judgement|suspect|mistenk|mistank|mistanke/,
    words: lazy(
      String.raw`${W}(?=dom|judg|mistenk|mistank|under\s+mistanke|suspect|suspicion)${COUNT_OR_TOPIC}(?:(?:dom|dommen|dommer|dommar|dommene|dommane|domfellingar|domfellinger|judgments?|judgements?)\s+(?:for|om|etter|for\s+å\s+ha|concerning|about)\s+(?:[\p{L}-]+\s+){0,2}?${OFFENCE}|(?:mistenkt|mistenkte|mistenkes|mistenkast|mistenkjer|mistenker|mistenkjast|suspects?|suspected|under\s+mistanke|mistanke|mistanken|suspicion|suspicions)\s+(?:[\p{L}-]+\s+){0,1}?(?:for|om|of|av)\s+(?:å\s+(?:ha\s+)?(?:[\p{L}-]+\s+){0,2}?)?(?:(?:a|an|the|eit|et|ein|en)\s+)?${OFFENCE}|(?:suspects?|suspected|mistenkjer|mistenker)\s+(?:[\p{L}-]+\s+){1,3}?(?:of|for)\s+(?:(?:a|an|the)\s+)?${OFFENCE})${E}`,
    ),
  },
  // Session 40, R35 (check/lexicon-special.ts): special categories in the words of their families rather than the
  // category's name: an ethnic minority's background, the congregation a person belongs to, who is «organisert», a
  // biometric technique. Appended here so the earlier groups keep their order.
  {
    kind: 'racial-or-ethnic-origin',
    stems: ETHNIC_MINORITY_STEMS,
    words: lazy(
      String.raw`${W}(?=samisk|sørsamisk|nordsamisk|lulesamisk|kvensk|norskfinsk|skogfinsk|romani|romsk|tatersk|jødisk|sami|saami|sámi|kven|forest|roma|tater|jewish|indigenous|om|whether|if|hvilk|kva|which|what|siida)${COUNT_OR_TOPIC}${ETHNIC_MINORITY_WORDS}${E}`,
    ),
  },
  {
    kind: 'religious-or-philosophical-beliefs',
    stems: CONGREGATION_STEMS,
    words: lazy(String.raw`${W}(?=the|his|her|which|what|hvilk|kva|de)${COUNT_OR_TOPIC}${CONGREGATION_WORDS}${E}`),
  },
  {
    kind: 'trade-union-membership',
    stems: UNION_ORGANISED_STEMS,
    words: lazy(String.raw`${W}(?=hvem|kven|who|hvilk|kva|which|i\s)${COUNT_OR_TOPIC}${UNION_ORGANISED_WORDS}`),
  },
  {
    kind: 'biometric',
    stems: BIOMETRIC_TECHNIQUE_STEMS,
    words: lazy(
      String.raw`${W}(?=face|facial|iris|retina|palm|vein|finger|ansikt|andlet|netthinne|håndflate|handflate|blodåre|voice|stemme|røyst|speaker|template|mal)${COUNT_OR_TOPIC}${BIOMETRIC_TECHNIQUE_WORDS}${E}`,
    ),
  },
  {
    // People recorded as having been in a fight, or what the police did with them (FOUGHT_RECORDED; session 46, FW).
    kind: 'criminal-offence',
    stems: /slagsm|slåss|sloss|slost|slåst|basketak|fight|fought|brawl|politiet\s+gj|police\s+d/,
    words: lazy(String.raw`${W}${FOUGHT_GUARD}${COUNT_OR_TOPIC}${FOUGHT_RECORDED}`),
  },
  {
    // A suspicion of an offence in the words the group above leaves (its stems have no «suspic»): «Suspicion of election
    // fraud is logged», «suspected benefit fraud», «alleged theft», «påstått underslag».
    kind: 'criminal-offence',
    stems: /suspic|suspected|alleged|påstått|påstatt/,
    words: lazy(
      String.raw`${W}(?=suspected|alleged|påstått|suspicion)${COUNT_OR_TOPIC}(?:(?:suspected|alleged|påstått|påståtte)\s+(?:[\p{L}-]+\s+){0,1}?${OFFENCE}|(?:suspicions?)\s+(?:of|about)\s+(?:(?:a|an|the)\s+)?${OFFENCE})${E}`,
    ),
  },
];

/**
 * Phrases cut out before reading, as they name a product, a body or a job rather than the person's data: insurance
 * cover «ved sykdom» / «against illness», «helse, miljø og sikkerhet», «HMS», and a post's requirement of a police
 * certificate («stillingen krever politiattest», «om stillingen krever politiattest»: a fact about the post).
 */
const NOT_DATA_STEMS = lazyPattern(
  String.raw`helsevurder|helseprøv|underwrit|health\s+assess|diagnos|sykdom|sjukdom|illness|sickness|sertifikat|helseattest|helseerklæring|certificate|religion|krle|miljø|environment|politiattest|police|falsk|uekte|fake|forg|false|fraud|counterfeit|beløp|honorar|gebyr|betal|kostnad|pris|refusjon|takst|sats|fee|payment|cost|price|charge|refund|pay|reimburs|dekk|dekt|dødsfall|death|avdøde|avlidne|deceased`,
);
/**
 * A medical certificate named as what a sum is paid for («beløp for legeerklæringa», «honorar for legeattest», «the fee for
 * a medical certificate»: a doctor's fee reveals nothing of anyone's health; variants-verje's clean base, B2), and a forged
 * one («falsk eller forfalsket resept», «forged prescriptions», «reseptforfalskning»: an attempt to obtain medicines by
 * fraud, Art. 10 data where recorded so, not the person's health; variants-apotek's clean base, NG45). Only the document's
 * name: a diagnosis or a treatment named beside the sum is still read («honorar for behandling av diabetes»).
 */
const CERTIFICATE = String.raw`(?:lege(?:erklæring|attest)\p{L}*|lækjar(?:erklæring|attest)\p{L}*|helse(?:attest|erklæring|sertifikat)\p{L}*|medical\s+certificates?|health\s+certificates?|doctor['’]s\s+(?:notes?|certificates?))`;
/** A forged prescription or sick note is no health either; a sum paid for either is (a prescription's medicine, sick pay). */
const MEDICAL_DOCUMENT = String.raw`(?:${CERTIFICATE}|resept(?:er|ar|en|ene|ane|a)?|prescriptions?|sykmelding\p{L}*|sjukmelding\p{L}*|sick\s+notes?)`;
/**
 * A doctor's certificate of a death («legeerklæring om dødsfall», the form the doctor fills in when someone dies;
 * «legeerklæringa om dødsfallet», «medical certificate of death», «death certificate»), and one word the deceased owns
 * («avdødes sjukdom», «den avlidnes legeerklæring», «the deceased's illness»): data on a dead person, which the GDPR does
 * not cover (recital 27: «This Regulation does not apply to the personal data of deceased persons»). A burial authority's or
 * a crematorium's record checks that the certificate is there; that reveals no living person's health (variants-gravferd's
 * clean base, B17, session 19). Only one word after the deceased's possessive is left out: «avdødes ektefelles sykdom» is
 * still the living spouse's health, read. The English «X of the deceased», at most two words before it («Religious affiliation
 * of the deceased»; W6, session 20: the reader table read it as a living person's belief), likewise, but not «of the
 * deceased's spouse». «ved dødsfall», «on the death of» with a relative or the family after it is not
 * the deceased's: «leverer legeerklæring ved dødsfall i nær familie», «a medical certificate on the death of a close
 * relative» is a living employee's own certificate (N3b's review, 2026-12-02); «legeerklæring ved dødsfall fra legen som
 * har konstatert dødsfallet» is the doctor's form.
 */
const DEATH_CERTIFICATE = String.raw`(?:${CERTIFICATE}|melding\p{L}*|certificates?)\s+(?:om|of|(?:ved|on)(?![^.;:!?]{0,50}?(?<![\p{L}])(?:famili\p{L}*|family|relatives?|slekt\p{L}*|nærståande|nærstående|pårørande|pårørende|ektefelle\p{L}*|spouses?|partner\p{L}*|foreldre\p{L}*|parents?|barn\p{L}*|child\p{L}*|søsken\p{L}*|siblings?|next\s+of\s+kin)(?![\p{L}])))\s+(?:(?:a|the|eit|et|ett)\s+)?(?:dødsfall\p{L}*|death)|death\s+certificates?|(?:den\s+)?(?:avdødes|avlidnes|avdøde\s+sin|avdøde\s+sitt|avdøde\s+sine|avlidne\s+sin|avlidne\s+sitt|avlidne\s+sine|avlidne\s+si|avdøde\s+si)\s+[\p{L}-]+|the\s+deceased['’]s\s+[\p{L}-]+|(?:[\p{L}-]+\s+){1,2}of\s+the\s+deceased(?!['’])(?![\p{L}])`;
const FORGED = String.raw`(?:falsk|falske|falskt|forfalsk\p{L}*|uekte|fake|forged|false|fraudulent|counterfeit)`;
/** Paying or refunding someone for it («betale legar for legeerklæringar», «reimburse doctors for medical certificates»). */
const PAYS = String.raw`(?:betal\p{L}*|utbetal\p{L}*|pay|pays|paying|paid|refunder\p{L}*|refund|refunds|refunded|reimburs\p{L}*|dekke|dekkje|dekker|dekt|dekket)`;
const PAID_FOR = String.raw`(?:beløp(?:et|a)?|honorar(?:et)?|gebyr(?:et)?|betaling(?:en|a)?|kostnad(?:en|er|ar)?|pris(?:en)?|refusjon(?:en)?|takst(?:en)?|sats(?:en|ar|er)?|fees?|payments?|costs?|prices?|charges?|refunds?)`;
/**
 * A machine's diagnostics (nb, nn, en): a car's fault codes and diagnostic readings, an engine's or a charger's
 * diagnostics, «feilkoder og diagnostikk fra bilen», «motordiagnostikk», «diagnostic logs from the servers» — a thing's
 * state, which reveals nothing of a natural person's health (Art. 4(15); variants-bilverksted's clean base, G27, session
 * 40: «Fault codes and diagnostic readings» of a connected car read as health). Only with the machine named beside the
 * diagnostic word (before it within three words, or after it as what the diagnostics are of or from); a diagnosis, a
 * diagnostic test or imaging of a patient, and a medical device's data, are still read.
 */
const MACHINE = String.raw`(?:kjøretøy\p{L}*|køyretøy\p{L}*|bil(?:en|ens|ar|er|ane|ene|ens)?|motor(?:en|ens|ar|er|ane|ene)?|vehicles?|vehicle['’]s|cars?|car['’]s|engines?|engine['’]s|machines?|machinery|maskin(?:en|a|ar|er|ane|ene)?|fault\s+codes?|error\s+codes?|trouble\s+codes?|feilkod(?:e|en|ar|er|ane|ene)|obd(?:-?ii|2)?|servers?|server(?:en|ane|ene)|software|programvar(?:e|a|en)|charg(?:er|ers|ing\s+stations?|ing\s+points?)|lader(?:en|ar|ne|e)?|ladestasjon(?:en|ar|er|ane|ene)?|ladepunkt(?:et|a|ene)?|heat\s+pumps?|varmepump(?:e|a|en|er|ar|ane|ene)|lifts?|elevators?|heis(?:en|ar|er|ane|ene)?)`;
const MACHINE_DIAGNOSTICS = String.raw`${MACHINE}(?:\s+(?:og|and|eller|or|,)?\s*[\p{L}-]+){0,3}?\s+(?:og\s+|and\s+|,\s*)?(?:diagnostic\p{L}*|diagnostisk\p{L}*|diagnostikk\p{L}*)|(?:diagnostic\p{L}*|diagnostisk\p{L}*|diagnostikk\p{L}*)(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:of|from|on|for|fra|frå|av|på|til|i)\s+)?(?:(?:the|a|an|each|every|our|den|det|kvar|hver)\s+)?${MACHINE}|(?:bil|motor|kjøretøy|maskin|system|lade|nettverks?)diagnos\p{L}*`;

/**
 * A kind of insurance named by its underwriting («livsforsikringer eller andre personforsikringer med helsevurdering»,
 * «forsikring som krever helseprøving», «life insurance with health assessment», «medically underwritten policies»): what
 * the product is, not anyone's health (B10, session 43: Finans Norge's ROFF, a register of applicants that holds no health
 * data). Only the product's name before it; the health declaration or the assessment's outcome recorded is still read.
 */
const INSURANCE_KIND = String.raw`(?:\p{L}*forsikring(?:a|en|ar|er|ane|ene)?|\p{L}*insurances?|(?:insurance\s+)?polic(?:y|ies)|products?|produkt(?:et|er|ar|ene|ane)?)\s+(?:(?:med|with|som\s+krev(?:er)?|that\s+requires?|requiring)\s+)(?:(?:en|ei|ein|a|an)\s+)?(?:helsevurdering|helseprøving|health\s+assessments?|health\s+underwriting|medical\s+underwriting)(?![\p{L}])(?!\s+(?:av|of|fra|frå|from|som\s+viser|showing)\s)|(?:medically|health)[\s-]+underwritten\s+(?:\p{L}+\s+){0,1}?(?:polic(?:y|ies)|insurances?|products?)`;
const NOT_DATA = lazy(
  String.raw`${W}(?:${MACHINE_DIAGNOSTICS}|(?:forsikring\p{L}*|dekning|cover|insurance)\s+(?:\p{L}+\s+){0,2}?(?:ved|mot|for|against|in case of)\s+(?:sykdom|sjukdom|illness|sickness)|${INSURANCE_KIND}|(?:gyldig\p{L}*|valid)\s+(?:\S+\s+){0,2}?(?:health\s+certificates?|helsesertifikat\p{L}*|helseattest\p{L}*|helseerklæring\p{L}*)|(?:om|whether|if)\s+(?:\S+\s+){0,4}?(?:health\s+certificates?|helsesertifikat\p{L}*|helseattest\p{L}*|helseerklæring\p{L}*)(?=[^.;:!?]*?(?:valid|gyldig|utløp|expir))|(?:kristendom,?\s+)?religion,?\s+livssyn\s+og\s+etikk|krle|helse,?\s+miljø\s+og\s+(?:sikkerhet|tryggleik)|health,?\s+safety\s+and\s+(?:the\s+)?environment|(?:stilling\p{L}*|vervet|oppdraget|post|role|position)\s+(?:som\s+)?(?:krever|kreve|krev|requires?)\s+(?:\p{L}+\s+){0,1}?(?:politiattest\p{L}*|police\s+certificates?)|(?:${PAID_FOR}\s+(?:(?:paid|betalt|utbetalt|dekt|dekket)\s+)?|${PAYS}\s+(?:[\p{L}-]+\s+){0,2}?)(?:for|ved|til|of|on)\s+(?:(?:a|an|the|each|every|ein|eit|en|et|ei|hver|hvert|kvar|kvart)\s+)?${CERTIFICATE}|${FORGED}(?:\s*(?:,|\/|eller|og|or|and)\s*${FORGED}){0,2}\s+${MEDICAL_DOCUMENT}|resept(?:forfalsk|juks|svindel|fusk)\p{L}*|prescription\s+(?:fraud|forger(?:y|ies))|forger(?:y|ies)\s+of\s+(?:a\s+)?${MEDICAL_DOCUMENT}|${DEATH_CERTIFICATE})${E}`,
);
/** NOT_DATA's words (util/prefilter.ts): its 3,200 characters are built only where they may match (#16). */
const mayBeNotData = prefilter(NOT_DATA);
/**
 * A word the clause says is absent: after «uten», «utan», «without», «ingen», «inga», «intet», «unntatt», «except» (and
 * the words of replacing) within six words. English «no» is read as facts.ts NEGATION reads it (englishNoAt: only in an
 * English clause), since nynorsk «no» is «now» («Vi registrerer no fødselsnummer» denies nothing); «Inga» as a name is
 * not read (NEGATION's INGA).
 */
const ABSENT_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|intet|unntatt|utanom|except|excluding|bortsett fra|erstatter|erstattar|replaces|replacing|i stedet for|i staden for|istedenfor|instead of)\s+(?:[\p{L}\d-]+[\s,]+){0,6}$`,
  'u',
);
const ABSENT_NO_OR_INGA = lazyPattern(String.raw`(?<![\p{L}])(?:no|inga)\s+(?:[\p{L}\d-]+[\s,]+){0,6}$`, 'u');
/** Whether the words before a match (`before`, the end of `text`'s clause up to it, starting at `from` in `text`) say it is absent. */
function absentBefore(text: string, before: string, from: number): boolean {
  const a = ABSENT_BEFORE().exec(before);
  // «ingen opplysninger utover fødselsnummer», «without data other than the national id number»: the words after the
  // exception are what is kept (EXCEPT); a word that is itself an exception («unntatt», «except») leaves out, but not
  // after a negation («vi sender ikke noe bortsett fra saksnummer og fødselsnummer»: said).
  if (
    a !== null &&
    !(NONE_WORD().test(a[0]) ? exceptAfter(before.slice(a.index)) : EXCEPT().exec(a[0])?.index === 0 && NONE_BEFORE_EXCEPT().test(before.slice(0, a.index)))
  )
    return true;
  const m = ABSENT_NO_OR_INGA().exec(before);
  if (m === null || exceptAfter(before.slice(m.index))) return false;
  // Read in the original text (case kept: «Inga» as a name) at the word's position.
  const at = from + m.index;
  return /^no$/iu.test(text.slice(at, at + 2)) ? englishNoAt(text, at) : ingaAt(text, at);
}
/**
 * Whether the words after a word of none (`rest`, starting with it) hold an exception with a word between («ingen
 * opplysninger utover …»), not right after it: «ingen andre enn fastlegen ser diagnosen», «no one other than the doctor»
 * says who alone sees the data, not that it is kept here (facts.ts ONLY_AFTER reads it so too).
 */
function exceptAfter(rest: string): boolean {
  const e = EXCEPT().exec(rest);
  return (
    e !== null &&
    /^\S+\s+[^\s,]+/u.test(rest.slice(0, e.index).trim()) &&
    !/^(?:no\s+one|nobody|ingen|inga|no)\s+(?:andre|anna|annan|other|others|else)?\s*$/u.test(rest.slice(0, e.index).trim())
  );
}
/** A negation or a word of none or nothing before an exception, within its six words («ikke noe i brevet bortsett fra …»). */
const NONE_BEFORE_EXCEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|not|ingen|inga|intet|ingenting|inkje|nothing|none|no)\s+(?:[\p{L}\d-]+[\s,]+){0,5}$`,
  'u',
);
/** ABSENT_BEFORE's words of none or without (not those of exception or replacing), at its start. */
const NONE_WORD = lazyPattern(String.raw`^(?:uten|utan|without|ingen|intet)\s`, 'u');
/**
 * An exception after a negation or a word of none: «Vi sender ikke opplysninger om kravet i SMS utover saksnummer,
 * fødselsdato og personnummer» (variants-inkasso IK40), «ingen opplysningar anna enn namn og fødselsnummer», «we keep
 * nothing beyond the name and the national identity number», «not A, but B»: what follows the exception is said, not
 * denied (a negation after it denies again). Read in the lower-case clause. «men»/«but» only after a comma (English
 * «men» is a noun).
 */
const EXCEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:utover|ut over|utenom|utanom|anna enn|annet enn|andre enn|other than|beyond|apart from|except(?:\s+for)?|unntatt|bortsett fra|med unntak av|with the exception of)(?![\p{L}])|,\s*(?:men|but)(?![\p{L}])`,
  'u',
);
/**
 * A short quoted name or term («intet til utlegg», “no fixed abode”, "ingen kjent adresse"): a negation inside it is
 * part of the name, and denies nothing outside it (variants-inkasso IK37: «Utlegg, utleggstrekk, «intet til utlegg», …,
 * rettskraftige dommer (også straffedommer …)»). A word inside the quotes is still denied by a negation before it there.
 */
const QUOTED = lazyPattern(String.raw`«[^«»]{1,80}»|“[^“”]{1,80}”|„[^„“”]{1,80}[“”]|"[^"]{1,80}"`, 'gu');
/**
 * A clause that says the data is kept out («Varegrupper som kan avsløre helse … holdes utenfor analysen»,
 * «utelates», «are excluded», «kept out of»): read as a negation is (planted-sport's clean base); and one that says it
 * is shielded or removed before the text goes on («Teiepliktige opplysningar og fødselsnummer blir skjerma før
 * publisering», «sladdes», «fjernes», «maskeres», «redacted», «removed»: variants-valg's clean base, session 12).
 */
const LEFT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:holdes|holdast|haldast|haldne|holdt|haldt|blir|er|is|are|kept|left)\s+(?:\p{L}+\s+){0,2}?(?:utenfor|utanfor|out\s+of)|utelat\p{L}*|excluded|left\s+out|kept\s+out|skjermes|skjermast|skjerma|skjermet|skjermede|sladdes|sladdast|sladda|sladdet|sladdede|fjernes|fjernast|fjerna|fjernet|maskeres|maskerast|maskert|maskerte|redact\p{L}*|removed|masked|stripped|blacked\s+out)(?![\p{L}])`,
  'u',
);

/**
 * A national id said to be replaced by something else before the data goes on («names and national identity numbers are
 * replaced by a serial number», «fødselsnummeret erstattes med et løpenummer», «personnummer byttes ut med en kode», «vert
 * bytt ut med eit pseudonym»: variants-verneplikt's clean base, session 38): the number is taken out, as LEFT_OUT says
 * for «fjernes»; read for the national id only (a replaced hip or valve is still a patient's health).
 */
const REPLACED = lazyPattern(
  String.raw`(?<![\p{L}])(?:erstatt(?:es|ast|a|et|ete)|(?:byttes|bytast|byttast|bytt|bytta|byttet)\s+ut|replaced|substituted|swapped(?:\s+out)?)\s+(?:med|av|by|with|for)(?![\p{L}])`,
  'u',
);

/** The number's own part of the clause (to the next comma) says it is replaced, and no negation there denies that. */
function replacedAfter(clause: string, at: number): boolean {
  const comma = clause.indexOf(',', at);
  const part = clause.slice(at, comma < 0 ? clause.length : comma);
  return REPLACED().test(part) && !NEGATION.test(part);
}

/**
 * A clause whose words are said to stay with another party or to be its matter, as its predicate («Health data about the
 * patient stays with the hospital», «Helseopplysningene blir hos fastlegen», «Helseopplysningane ligg hos sjukehuset», «a
 * learner's medical certificate is a matter for the Norwegian Public Roads Administration», «legeattesten er en sak for
 * Statens vegvesen», «… er ei sak for Statens vegvesen»: N8's review, w10, x18, 2026-12-02): kept by that party, not
 * processed here, read as LEFT_OUT is. Only with no comma and no «we», «vi», «me» before the verb (one clause, its subject
 * the data), and not where the party is the controller («stays with us», «hos oss») or its supplier or processor («ligger
 * hos leverandøren»: data the controller keeps through it).
 */
const STAYS_ELSEWHERE = lazyPattern(
  String.raw`^(?![^,]*?(?<![\p{L}])(?:we|vi|me|jeg|eg|i)\s)[^,]{0,100}?\s(?:(?:stays?|remains?|blir|forblir|blir\s+(?:værende|verande)|ligger|ligg|liggjer)\s+(?:with|hos|at)|(?:is|are|er)\s+(?:(?:a|en|ei|eit|et)\s+)?(?:matter|sak|anliggende|anliggande)\s+(?:for|til))\s+(?!(?:us|oss|ourselves|our|vår|vårt|våre|this|denne|dette|the\s+agency|byrået)(?![\p{L}]))(?![^,]*?(?:leverandør|supplier|vendor|provider|processor|databehandl|driftsleverandør|it-|cloud|sky))[\p{L}]`,
  'u',
);

/**
 * A unit where staff work, named by its speciality («kva avdeling den tilsette arbeider på, til dømes kreftavdelinga
 * eller psykiatrisk poliklinikk», «employees of the cardiology ward»): an organisational fact about the employee, not
 * their health (P's review, 2026-12-01). Read only where the clause speaks of working there (WORKS).
 */
const WORKPLACE_UNIT = lazyPattern(
  String.raw`^[\p{L}-]*?(?:avdeling\p{L}*|\s+(?:avdeling\p{L}*|poliklinikk\p{L}*|klinikk\p{L}*|sengepost\p{L}*|seksjon\p{L}*|senter|senteret|ward|clinic|department|unit))(?![\p{L}])`,
  'u',
);
const WORKS = lazyPattern(
  String.raw`(?<![\p{L}])(?:arbeider|arbeidar|arbeidsstad|arbeidssted|jobber|jobbar|tilsett\p{L}*|ansatt\p{L}*|employees?|staff|works?|working|employed)(?![\p{L}])`,
  'u',
);

/**
 * A subordinate clause that follows the words («… når ein valmedarbeidar ikkje møter», «… if the member does not
 * attend»): a negation in it denies that clause's verb, not the words before it (variants-valg VA24: «Sjukmelding eller
 * legeerklæring når ein valmedarbeidar ikkje møter»). A negation before the words or in their own clause still denies
 * them («Vi ber ikke om legeerklæring når du er syk»). So does a clause of consequence («… sjukdom eller skadar som gjer at
 * vektaren ikkje kan gå nattevakter», «… so that the guard cannot work nights»: B1, variants-vakt VK45): what the words
 * lead to is denied, not the words. So does an indirect question or a purpose after them («legg ved legeerklæring … for å
 * forklare kvifor dei ikkje heldt fristen», «… to explain why they did not meet the deadline»: variants-gravferd GF23; B17,
 * session 19): the negation is that clause's own.
 */
const SUBORDINATE = lazyPattern(
  String.raw`\s(?:når|dersom|viss|hvis|fordi|ettersom|if|when|whenever|because|unless|where|gjer at|gjør at|gjorde at|slik at|so that|kvifor|korfor|hvorfor|why|for å|in order to|${PRONOUN_RELATIVE})\s`,
  'gu',
);
/**
 * An inserted purpose or «why» clause ends at its next comma or dash: a negation after it is the main clause's again
 * («Medical certificates, in order to protect privacy, are not collected», «Legeerklæring, for å seie det klart, ber vi
 * ikkje om»: N3b's review, 2026-12-02). «kvifor», «hvorfor», «why» open a clause of their own only after a verb of
 * explaining or asking in the clause («for å forklare kvifor dei ikkje heldt fristen»); after a heading or a noun
 * («Helseopplysninger – hvorfor vi ikke samler dem inn, forklares …», «Information on illness, why someone could not
 * attend, is not asked for») their negation denies the words as before.
 */
const INSERTED = lazyPattern(String.raw`^\s(?:kvifor|korfor|hvorfor|why|for å|in order to)\s`, 'u');
const WHY = lazyPattern(String.raw`^\s(?:kvifor|korfor|hvorfor|why)\s`, 'u');
const EXPLAINS = lazyPattern(
  String.raw`(?<![\p{L}])(?:forklar\p{L}*|grunngi\p{L}*|grunngje\p{L}*|grunngjev\p{L}*|begrunn\p{L}*|spør\p{L}*|spurt\p{L}*|explain\p{L}*|justif\p{L}*|ask\p{L}*|state\p{L}*|oppgi\p{L}*|opplyse\p{L}*|skrive|skriv|write|describe\p{L}*|beskriv\p{L}*|show|vise|vis|dokumenter\p{L}*|document)(?![\p{L}])`,
  'u',
);
const CLOSE = lazyPattern(String.raw`[,–—]|\s-\s`, 'u');
function subordinatesOf(d: ClauseDenials, clause: string): number[] {
  if (d.subordinates !== undefined) return d.subordinates;
  const subs: number[] = [];
  const closes: number[] = [];
  for (const m of clause.matchAll(SUBORDINATE())) {
    if (WHY().test(m[0]) && !EXPLAINS().test(clause.slice(Math.max(0, m.index - 60), m.index))) continue;
    subs.push(m.index);
    let close = -1;
    if (INSERTED().test(m[0])) {
      const c = CLOSE().exec(clause.slice(m.index + m[0].length));
      if (c !== null) close = m.index + m[0].length + c.index + c[0].length;
    }
    closes.push(close);
  }
  d.closes = closes;
  return (d.subordinates = subs);
}
/**
 * Whether a match at `at` in a negated clause is denied: a negation (in the text's own case, `original`) or a word of
 * leaving out (in the lower-case `clause`) that starts before the first subordinate clause after the match. What the
 * clause holds is found once per clause (`clauseDenials`), not once per match: scanning the clause for each match made a
 * long negated clause with many matches quadratic (L, session 13: 40,000 characters of «ikke sykmelding og legeerklæring
 * og …», 1.3 s). A negation's own look-arounds read the whole clause.
 */
interface ClauseDenials {
  /** Where the clause's first negation and first word of leaving out start (-1: none), read outside quoted names. */
  negation: number;
  leftOut: number;
  /** The first exception after the first negation (EXCEPT), and the first negation after that exception (-1: none). */
  except: number;
  negationAfterExcept: number;
  /** The quoted names' spans ([start, end)), and the original clause (to read a negation inside one). */
  quotes: [number, number][];
  original: string;
  /** Where each subordinate clause starts, in order: found when first asked. */
  subordinates?: number[];
  /** For each, where an inserted purpose or «why» clause closes (its next comma or dash; -1: not inserted). */
  closes?: number[];
}
/**
 * A diet named by what is not eaten («halal eller ikke svinekjøtt», «no pork», «ikkje svinekjøt»: variants-barnehage BH14;
 * C, session 18): the food left out, not a denial of the clause's words.
 */
const NO_MEAT = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|no|not)\s+(?:svin\p{L}*|gris\p{L}*|pork|beef|storfe\p{L}*|kjøtt|kjøt|meat)(?![\p{L}])`, 'iu');
const NO_MEAT_ALL = lazyPattern(NO_MEAT.source, 'giu');
function clauseDenials(clause: string, original: string): ClauseDenials {
  const quotes: [number, number][] = [];
  const unquoted = /[«“„"]/u.test(original)
    ? original.replace(QUOTED(), (m: string, i: number) => {
        quotes.push([i, i + m.length]);
        return ' '.repeat(m.length);
      })
    : original;
  const negation = NEGATION.exec(NO_MEAT().test(unquoted) ? unquoted.replace(NO_MEAT_ALL(), (m: string) => ' '.repeat(m.length)) : unquoted)?.index ?? -1;
  let except = -1;
  let negationAfterExcept = -1;
  if (negation >= 0) {
    const e = EXCEPT().exec(clause.slice(negation));
    if (e !== null) {
      except = negation + e.index;
      const n = NEGATION.exec(unquoted.slice(except + e[0].length));
      negationAfterExcept = n === null ? -1 : except + e[0].length + n.index;
    }
  }
  const leftOutIn = quotes.length > 0 ? clause.replace(QUOTED(), (m: string) => ' '.repeat(m.length)) : clause;
  const leftOut = LEFT_OUT().exec(leftOutIn)?.index ?? -1;
  return { negation, leftOut: leftOut < 0 && STAYS_ELSEWHERE().test(leftOutIn) ? 0 : leftOut, except, negationAfterExcept, quotes, original };
}
/** The quoted name a match at `at` stands in, if any. */
const quoteAt = (d: ClauseDenials, at: number): [number, number] | undefined => d.quotes.find(([s, e]) => s <= at && at < e);
function deniedHere(d: ClauseDenials, clause: string, at: number): boolean {
  const q = quoteAt(d, at);
  if (q !== undefined && NEGATION.test(d.original.slice(q[0], at))) return true;
  const subs = subordinatesOf(d, clause);
  // The first subordinate clause that starts at or after the match (binary search: each group reads from the start).
  let lo = 0;
  let hi = subs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (subs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const end = lo < subs.length ? subs[lo]! : clause.length;
  // A negation whose exception stands before the words, with no negation after it in their part of the clause: said.
  const excepted = d.except >= 0 && d.except < at && (d.negationAfterExcept < 0 || d.negationAfterExcept >= end);
  if ((d.negation >= 0 && d.negation < end && !excepted) || (d.leftOut >= 0 && d.leftOut < end)) return true;
  // An inserted purpose or «why» clause closed by a comma or dash: the main clause goes on after it, up to the next one.
  const close = lo < subs.length ? d.closes![lo]! : -1;
  if (close < 0 || (lo + 1 < subs.length && subs[lo + 1]! < close)) return false;
  const next = lo + 1 < subs.length ? subs[lo + 1]! : clause.length;
  const rest = d.original.slice(close, next);
  return d.quotes.length === 0 && NEGATION.test(rest) && !NO_MEAT().test(rest);
}

/**
 * The end of the words before a match that ABSENT_BEFORE can read (its word within six words of the end, so well inside
 * the last 300 characters), cut at a space so that no word is read from its middle. Testing the whole clause before each
 * match made a long clause without a full stop quadratic («uten allergier» repeated over 20,000 characters: 0.6 s).
 */
function tail(before: string): string {
  if (before.length <= 300) return before;
  const end = before.slice(before.length - 300);
  const space = end.search(/\s/u);
  return space < 0 ? '' : end.slice(space);
}

/** Any group's stem: a text with none reveals nothing. Global: one scan of a text finds every place a stem starts. */
const ANY_STEM = lazyPattern(GROUPS.map((g) => g.stems.source).join('|'), 'g');
/** Each group's stems, sticky: whether one starts at a given place. */
const STEM_AT = GROUPS.map((g) => new RegExp(g.stems.source, `${g.stems.flags}y`));

/**
 * Where each group's stems start in a text (`at[i]` for GROUPS[i], ascending; undefined where no group's stem is in
 * it), found by one scan: ANY_STEM finds each place where some stem starts (moving on one character after each, so that
 * stems that overlap are all found), and each group's sticky stems say whose it is. Until session 18 the stems were
 * tested three times over each text (ANY_STEM, each group's, then each group's again in each clause), about 1 s of CPU
 * at 10,000 activities. A stretch of the text holds a group's stem exactly when one of them starts in it and the stretch
 * is a clause (STOP_NOT_DECIMAL): no stem holds a full stop, colon, semicolon, «!» or «?», so none runs over a clause's
 * end, and a `\b` at a clause's start reads the stop before it as the clause's own start
 * (test/property/stem-starts.test.ts holds this to testing each clause).
 */
export function stemStarts(text: string): number[][] | undefined {
  ANY_STEM().lastIndex = 0;
  let m = ANY_STEM().exec(text);
  if (m === null) return undefined;
  const at: number[][] = GROUPS.map(() => []);
  while (m !== null) {
    const p = m.index;
    for (let i = 0; i < STEM_AT.length; i++) {
      const re = STEM_AT[i]!;
      re.lastIndex = p;
      if (re.test(text)) at[i]!.push(p);
    }
    ANY_STEM().lastIndex = p + 1;
    m = ANY_STEM().exec(text);
  }
  return at;
}

/**
 * In an activity's or a purpose's words, what the words are about when they are not the activity's data: an aim
 * against a thing («forebygge sykdom», «hindre tyveri», «prevent fraud»), what a control protects or watches
 * («sikre at … reseptopplysninger bare utleveres», «oppslag i pasientjournalen»), or another person's health
 * («barn av pasientar med alvorleg sjukdom», «relatives of patients»: DESCRIPTIONS.md, other parties' data raise no fact),
 * or a cross-reference to another activity («(see allergies and dietary needs)», «jf.», «sjå også», «se aktivitet …»), or
 * work against a thing («tiltak mot spilleavhengighet», «measures against fraud»: L, session 14).
 * Not «pasient» alone nor the verb «se» (L, session 13: «registrere pasientens diagnose», «for å se legeerklæringen» are
 * the activity's own data; until then any «pasient» or «se» before the words made them an aim). Seeing a routine or an
 * instruction («se instruks om håndtering av resepter», «sjå eigen rutine for pasientopplysningar») is a cross-reference
 * (P, session 14). Read before the words in their clause (`aims`).
 * «References» and «referees» of a job applicant are no cross-reference («check references the candidate has named, ask
 * every applicant about illness»: variants-trafikkskole TS11; W7, session 21): only the verb «refer» and «reference to».
 */
/**
 * A rule against asking, collecting or recording (F8, session 21: «Our guidelines forbid asking applicants about trade union
 * membership», «Retningslinjene våre forbyr spørsmål om sjukdom og sjukefråvær i intervjuet», «Arbeidsmiljøloven § 9-3
 * forbyr arbeidsgiver å innhente helseopplysningar», «rules against asking about health»): the words after it are what the
 * rule forbids, no one's data. A verb or noun of forbidding, up to four words, then a verb of asking or collecting; not
 * «forbund» (a union) nor «forbindelse».
 */
const ASKING = String.raw`(?:spør\p{L}*|spørj\p{L}*|spørsmål\p{L}*|ask\p{L}*|questions?|questioning|innhent\p{L}*|hent\p{L}*\s+inn|registrer\p{L}*|collect\p{L}*|record\p{L}*|obtain\p{L}*|requests?|requesting|krev\p{L}*|be\s+om|ber\s+om|bed\s+om|lagr\p{L}*|store|storing|keep|keeping|behandl\p{L}*|handsam\p{L}*|process\p{L}*|lim(?:e|er|ar|a)?\s+inn|legg(?:e|ja|je|er|jer)?\s+inn|skriv\p{L}*|paste|pasting|upload\p{L}*|last(?:e|a|er|ar)?\s+opp|publiser\p{L}*|publish\p{L}*|post|posting|share|sharing|dele|deler|delar|deling|sende|sender|send|sending)`;
const AIM_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:forebygg\p{L}*|førebygg\p{L}*|hindre|hindra|forhindre|redusere|redusera|bekjempe|motvirke|motverke|prevent\p{L}*|reduc\p{L}*|avoid\p{L}*|combat\p{L}*|fight\p{L}*|sikre|sikra|ensure|safeguard|protect|beskytte|verne|oppslag|look-?ups?|(?:barn|born|pårørende|pårørande|familie\p{L}*|søsken|sysken|children|relatives|family|next\s+of\s+kin)\s+(?:av|til|of)\s+(?:\p{L}+\s+)?(?:pasient\p{L}*|patients?)|(?<=\(\s*)(?:see|se|sjå)|(?:see|se|sjå)\s+(?:også|òg|also|under|over|above|below|aktivitet\p{L}*|avsnitt\p{L}*|punkt\p{L}*|kapittel\p{L}*|activit\p{L}*|sections?|chapters?|(?:(?:egen|eigen|eget|eige|vår|våre|our|the|den|det)\s+)?(?:\p{L}*instruks\p{L}*|\p{L}*rutine\p{L}*|retningslin\p{L}*|prosedyre\p{L}*|policy|policyen|routines?|procedures?|guidelines?|instructions?|håndbok\p{L}*|handbook))|jf|cf|refer(?!ee|en[cs]e|ans)\p{L}*|referen[cs]es?\s+(?:to|til)|referans(?:e|er|ar)?\s+til|(?:tiltak|arbeid|arbeidet|innsats\p{L}*|kampen|measures?|action|work|efforts?|fight)\s+(?:mot|against)|(?:regler|reglar|reglane|reglene|rules?|retningslin\p{L}*|guidelines?|polic(?:y|ies)|forbod|forbud(?:et)?|ban)\s+(?:mot|against|on)\s+(?:å\s+|to\s+)?${ASKING}|(?:forby|forbyr|forbys|forbydd|forbyde|forbyder|forbode|forbodne|forbod|forbodet|forbud|forbudet|forbudt|forbudte|forbid|forbids|forbidden|forbidding|prohibit|prohibits|prohibited|prohibiting|bans?|banned|banning|disallows?|disallowed)\s+(?:[\p{L}-]+\s+){0,4}?(?:å\s+|to\s+)?${ASKING})(?![\p{L}])`,
  'u',
);
/** AIM_BEFORE's words (util/prefilter.ts): its 2,500 characters are built only where they may match (#16). */
const mayAim = prefilter(AIM_BEFORE);

/**
 * In an activity's or a purpose's words, the people a role is held towards, not the activity's data: a position of trust or
 * responsibility towards them («tillits- eller ansvarsforhold overfor mindreårige eller personer med utviklingshemming»,
 * «a position of trust towards minors or persons with intellectual disabilities»), or the statutory pair of a police
 * certificate's scope («roles with children and persons with intellectual disabilities»): politiregisterforskriften
 * § 34-1 and its neighbours name whom the certificate protects, and the activity's data is the volunteer's or employee's
 * (variants-ngo's clean base; DESCRIPTIONS.md: other parties' data raise no fact). Read in the six words before a
 * special category's words; a police certificate or a national identity number in the same clause is still read.
 */
const TRUST_TOWARDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:tillit\p{L}*|ansvar\p{L}*|trust|responsibilit\p{L}*)\s+(?:[\p{L}-]+\s+){0,4}?(?:overfor|towards)\s+(?:[\p{L}-]+,?\s+){0,6}$`,
  'u',
);
/**
 * In an activity's or a purpose's words, a topic staff are trained for or a case prepared for, not the activity's data
 * («We train staff to de-escalate conflicts with intoxicated customers», «A naloxone nasal spray is kept at reception in
 * case of overdose», «opplæring i å håndtere personer i ruspåvirket tilstand»: P's lawful-wording review, session 14).
 * Read in the eight words before a health word, the training word with «i», «om», «to», «in», «on» after it: «påmelding til
 * kurs, med navn og eventuelle allergier» records the participants' allergies.
 */
const TRAINED_OR_IN_CASE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:train\p{L}*|opplær\p{L}*|kurs\p{L}*|courses?|teach\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:to|in|on|about|i|om|å)|in\s+case\s+of|i\s+tilfelle|ved\s+eventuell\p{L}*|prepared\s+for|beredskap\p{L}*)\s+(?:[\p{L}-]+,?\s+){0,10}$`,
  'u',
);
/**
 * An event or a meeting that needs an interpreter («Om arrangementet trenger tegnspråktolk (ja/nei) for publikum», «The
 * event needs a sign language interpreter on stage»): the audience's need, no one person's disability (P's lawful-wording
 * review of K's interpreter reading, session 14: 2 of 12 fired).
 */
const INTERPRETER = lazyPattern(String.raw`tolk|interpret`, 'u');
const EVENT_NEEDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:arrangement\p{L}*|event\p{L}*|møte\p{L}*|meeting\p{L}*|konferans\p{L}*|conference\p{L}*|forestilling\p{L}*|framsyning\p{L}*|performance\p{L}*|seminar\p{L}*|kurset|kveld\p{L}*|gudsteneste\p{L}*|gudstjeneste\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'u',
);
const SERVED_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:mindreårig\p{L}*|barn|born|children|minors)\s+(?:og|eller|and|or)\s+(?:persons?|people|personer|personar|mennesker|menneske)\s+(?:with|med)\s+(?:(?:intellectual|learning|developmental)\s+)?$`,
  'u',
);

/**
 * Allergy and intolerance words about food, a menu, a product or a label, not a person («allergimerking av rettene»,
 * «allergivenleg mat», «allergy-friendly products», «allergy information on our menu», «allergiinformasjon for hver rett»),
 * and such words as the topic of what a body sends or publishes («nyhetsbrev med oppskrifter og informasjon om
 * laktoseintoleranse og cøliaki», «publishes articles about food allergies»): no one's health (N, session 16: 7 of 12
 * lawful texts of a café, a shop, a school, a hospital trust's canteen, a municipality's course and a union's seminar
 * fired). A person's allergy stays read: «barnets allergier», «the guest's allergy information», «allergy information on
 * the booking», «informasjon om eventuelle allergier», «allergitilpasset kost til barnet».
 */
const ALLERGY = lazyPattern(String.raw`allerg|intoleran|cøliaki|coeliac|celiac|gluten|laktose|lactose`, 'u');
const ALLERGY_OF_THING = lazyPattern(String.raw`^\p{L}*(?:allergi(?:merk|venn|venl|fri)|allerg(?:y|ies)[\s-]+(?:friendly|label))`, 'u');
const ALLERGY_INFO = lazyPattern(String.raw`^\p{L}*(?:allergi(?:info|informasjon)|allergy[\s-]+(?:info|information))`, 'u');
const ON_FOOD = lazyPattern(
  String.raw`^[^.;:]{0,40}?(?<![\p{L}])(?:på|for|i|til|om|on|in|about|of)\s+(?:(?:our|the|each|every|all|vår|våre|vårt|hver|hvert|kvar|kvart|alle|dagens)\s+)?(?:meny\p{L}*|rett(?:en|er|ar|ane|ene)?|dish\p{L}*|menu\p{L}*|produkt\p{L}*|product\p{L}*|vare\p{L}*|varen|food|meals?|mat(?:en|retter|rettar)?|måltid\p{L}*|labels?|packag\p{L}*|emballasje\p{L}*)(?![\p{L}])`,
  'u',
);
const PERSON_BEFORE = lazyPattern(
  String.raw`(?:\p{L}+(?:ens|ets|['’]s?)|your|their|his|her|din|dine|ditt|deres|hans|hennes|sin|sine|sitt|eventuelle|any)\s+$`,
  'u',
);
const TOPIC_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:oppskrift\p{L}*|recipes?|artikl\p{L}*|artikkel\p{L}*|articles?|tips|fagstoff|fagartikl\p{L}*)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:om|on|about|for)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'u',
);
function allergyOfThing(word: string, clause: string, at: number): boolean {
  if (!ALLERGY().test(word)) return false;
  const before = tail(clause.slice(0, at));
  if (PERSON_BEFORE().test(before)) return false;
  const rest = clause.slice(at, at + word.length + 80);
  return (
    ALLERGY_OF_THING().test(rest) ||
    (ALLERGY_INFO().test(rest) && ON_FOOD().test(clause.slice(at + word.length, at + word.length + 80))) ||
    TOPIC_BEFORE().test(before)
  );
}

/**
 * Each group's words, read from its pattern (util/prefilter.ts): a clause without them holds no match, and is not scanned.
 * By each of its ways (`prefilterAny`): one gate for all unites one clause of each way, and a way that opens with a
 * recording verb gave the health words' union its verbs («registration», «record-keeping», «leverandøren» passed, and the
 * 24,000-character pattern was built on registries that name no health data; #16, session 24).
 */
const MAY_WORDS = new Map(GROUPS.map((g) => [g, prefilterAny(g.words)]));

/**
 * Every reveal in one text, each fact once (its first words), negated clauses left out. With `aims`, a word after a
 * verb of preventing in its clause is left out too (an activity's or a purpose's words, not a category's).
 */
/**
 * Patients named before the words, where the activity's recorded people include no patients («Sykepleiere som jobber med
 * pasienter med smittsomme sykdommer», «resetting passwords for the patient record system and the medication module»,
 * «kantina lagar eigen meny for pasientar med allergiar»): other people's health, not the activity's data (DESCRIPTIONS.md;
 * P's lawful-wording review, session 14: 8 of 12 such texts of staff, students' and volunteers' activities fired once
 * «pasient» alone stopped being an aim). Where the activity records patients, or records no people, «registrere
 * pasientens diagnose» is read (L, session 13).
 */
const PATIENTS_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:pasient\p{L}*|patients?['’]?)(?![\p{L}])`, 'u');
/**
 * The activity's own recording of a patient's data: a recording verb right before the patient's possessive («the
 * interpreter on call notes the patient's symptoms … in the log», «we record patients' diagnoses», «vi noterer pasientens
 * symptom», «loggfører pasienten sine plager»): the activity holds what follows, whoever its listed people are (variants-tolk
 * TL01: an on-call log whose data subjects omit the patients; W9, session 22). PATIENTS_BEFORE does not make it other
 * people's; a patient named otherwise («nurses who treat the patient's infection», «a menu for patients with allergies»)
 * still does. Read on the lower-case clause.
 */
let recordedBeforeEnd: RegExp | undefined;
const RECORDED_BEFORE_END = (): RegExp =>
  (recordedBeforeEnd ??= new RegExp(String.raw`(?<![\p{L}])${RECORD_VERB}\s+(?:(?:the|each|every|a|an|any|all|our|den|det)\s+)?$`, 'u'));
const PATIENT_POSSESSIVE = lazyPattern(
  String.raw`^(?:patient(?:['’]s|s['’])|pasient(?:ens|enes|anes|en\s+sin\p{L}*|ane\s+sine|ar\s+sine|ene\s+sine|er\s+sine))(?![\p{L}])`,
  'u',
);
/**
 * Another body as the one that records, before the verb, or the record named as another's own («The ward records the
 * patient's symptoms and diagnosis in its own journal; we log only the call»: N8's review, session 22): the patients' data
 * stay with it, and PATIENTS_BEFORE reads them as other people's as before.
 */
const OTHER_RECORDER = lazyPattern(
  String.raw`(?<![\p{L}])(?:wards?|hospitals?|doctors?|gps?|clinics?|nurses?|health\s+(?:trust|service)s?|avdeling\p{L}*|sjukehus\p{L}*|sykehus\p{L}*|legen|legane|legene|lege|fastlege\p{L}*|sjukepleiar\p{L}*|sykepleier\p{L}*|helseforetak\p{L}*|helsetenest\p{L}*|helsetjenest\p{L}*|legevakt\p{L}*|akuttmottak\p{L}*)(?![\p{L}])`,
  'u',
);
const OTHERS_OWN_RECORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:its|their|sin|si|sitt|sine)\s+(?:own|eigen|eiga|eige|egen|eget|egne|eigne)\s+(?:\p{L}*journal\p{L}*|records?|systems?|\p{L}*system(?:et)?)(?![\p{L}])`,
  'u',
);
/**
 * The patients' health words themselves when patients are others: a compound of «pasient»/«patient» («erfaring med
 * pasientjournaler») or the words followed by «om/about/of + patients» («erfaringa si med helseopplysningar om pasientar»:
 * reviewer N10's applicants, session 24), unless the activity records them itself (a recording verb right before, as for
 * the possessive above). Read on the lower-case clause, only where it holds the letters.
 */
const PATIENT_COMPOUND = lazyPattern(String.raw`^(?:pasient|patient)\p{L}`, 'u');
const PATIENTS_AFTER = lazyPattern(
  String.raw`^\s+(?:om|about|of|on|for|til|frå|fra|from)\s+(?:the\s+|our\s+|våre\s+|vare\s+)?(?:pasient\p{L}*|patients?)(?![\p{L}])`,
  'u',
);
function patientsOwnWords(clause: string, index: number, words: string): boolean {
  if (!PATIENT_COMPOUND().test(words) && !PATIENTS_AFTER().test(clause.slice(index + words.length, index + words.length + 40))) return false;
  const from = Math.max(0, index - 60);
  const verb = RECORDED_BEFORE_END().exec(clause.slice(from, index));
  return verb === null || OTHER_RECORDER().test(clause.slice(0, from + verb.index)) || OTHERS_OWN_RECORD().test(clause);
}
function othersPatientsAt(clause: string): number {
  const at = clause.search(PATIENTS_BEFORE());
  if (at < 0 || !PATIENT_POSSESSIVE().test(clause.slice(at))) return at;
  const from = Math.max(0, at - 60);
  const verb = RECORDED_BEFORE_END().exec(clause.slice(from, at));
  if (verb === null || OTHER_RECORDER().test(clause.slice(0, from + verb.index)) || OTHERS_OWN_RECORD().test(clause)) return at;
  return -1;
}

/**
 * An exercise, a drill or a simulation named as a heading before a colon («Øvelse: deltakarane registrerer pasientar som har
 * feber», «Fire drill: the wardens log employees who are injured», «Simulering: …»): the clause after the colon is what the
 * exercise plays, with figurants, not real people's health or offences (X1, session 19). The clauses are split at the
 * colon, so the exercise words before a recording (RECORDED_CONDITION's own guard) did not reach it. Only exercise words,
 * not a course or first aid («Førstehjelp: vi registrerer pasientar som har feber» may head a real record), and not
 * «utøving», «utøvelse» (the exercise of a power). The heading is the whole clause before the colon, the exercise word
 * among its first three words and no «og», «and» joining another subject to it: «Vi har en øvelse hvert år: vi registrerer
 * ansatte som er syke den dagen» and «Øvelse og beredskap: …» are still read. Read on the lower-case text.
 */
const EXERCISE_HEAD = lazyPattern(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*(?<!ut)øvelse\p{L}*|\p{L}*(?<!ut)øving\p{L}*|exercises?|drills?|simulat\p{L}*|simuler\p{L}*|rollespel\p{L}*|rollespill\p{L}*|role[\s-]?plays?)(?:\s+(?!(?:og|and|samt|eller|or)(?![\p{L}]))[\p{L}-]+){0,4}\s*$`,
  'u',
);

/**
 * The words answered in an anonymous questionnaire or survey («Forskning om psykisk helse blant studenter, med anonyme
 * spørreskjema», «an anonymous survey of staff wellbeing and mental health», «spørjeskjemaet er anonymt»): data that
 * identifies no one is no personal data (GDPR recital 26), so no special category of it (Art. 9(1)). Read only where the
 * clause says the collection itself is anonymous («anonym», «anonymous»; not «anonymisert», «anonymised», «pseudonymised»:
 * data made anonymous afterwards was personal data when collected), links nothing to a person (a number, a code key, a
 * linking verb not denied) and records no one (a verb of recording, «hvem», «who», names): «spørreskjemaene er anonyme,
 * men vi registrerer diagnosene» is read. X2, session 20 (X1's left wording, argued there as arguable).
 */
const ANON_SURVEY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:anonym|anonyme|anonymt|anonymous)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*spørreskjema\p{L}*|\p{L}*spørjeskjema\p{L}*|spørreundersøk\p{L}*|spørjeundersøk\p{L}*|undersøk\p{L}*|kartlegging\p{L}*|questionnaires?|surveys?|svar(?:a|ene|ane)?|answers?|responses?)|(?:\p{L}*spørreskjema\p{L}*|\p{L}*spørjeskjema\p{L}*|\p{L}*undersøk\p{L}*|questionnaires?|surveys?|svar(?:a|ene|ane)?|answers?|responses?)(?:\s[^.;:!?]{0,60}?)?\s(?:er|is|are|blir|vert)\s+(?:(?:heilt|helt|fully|completely|alltid|always)\s+)?(?:anonym|anonyme|anonymt|anonymous)|(?:answered|completed|svart|svara|besvart|besvara)\s+anonym(?:t|ously))(?![\p{L}])`,
  'u',
);
/** ANON_SURVEY run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const anonSurveyWays = ways(ANON_SURVEY);
const LINKED_OR_RECORDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:kobl\p{L}*|kopl\p{L}*|knytt\p{L}*|link\p{L}*|identifi\p{L}*|kodenøkkel\p{L}*|code\s+keys?|\p{L}*nummer(?:et)?|numbers?|id|registrer\p{L}*|noter\p{L}*|record\p{L}*|logg\p{L}*|logs?|logged|journalf\p{L}*|hvem|kven|who|navn\p{L}*|namn\p{L}*|names?|e-?post\p{L}*|e-?mails?|ip-?adress\p{L}*|ip\s+address\p{L}*)(?![\p{L}])`,
  'gu',
);
/** A denial right before a LINKED_OR_RECORDED word («kan ikke knyttes», «cannot be linked», «uten navn», «no names»). */
const DENIED_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|not|cannot|never|aldri|no|uten|utan|without|ingen|inga)\s+(?:\p{L}+\s+)?$`, 'u');
const anonymousSurvey = (clause: string): boolean => {
  if (!anonSurveyWays.test(clause)) return false;
  for (const m of clause.matchAll(LINKED_OR_RECORDED())) if (!DENIED_BEFORE().test(clause.slice(Math.max(0, m.index - 40), m.index))) return false;
  return true;
};

/**
 * A sentence that says its data is processed in another activity of the record («Studenter med funksjonsnedsettelse kan søke
 * om tilrettelegging; søknadene behandles i en egen behandlingsaktivitet», «… are handled in a separate processing
 * activity», «… blir handsama i ei eiga behandling»): the words name what another record entry holds, as «(see …)» does
 * before them (AIM_BEFORE). F8, session 21. Read in an activity's or a purpose's words only (`aims`).
 */
const ELSEWHERE_WORDS = lazyPattern(
  String.raw`(?:egen|eige|eiga|eget|eit\s+eige|separate|another|annen|anna|ein\s+annan|en\s+annen)\s+(?:\p{L}+\s+)?(?:\p{L}*aktivitet|behandling|handsaming|activit|record|processing\s+activit)`,
  'u',
);
const ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:behandl\p{L}*|handsam\p{L}*|registrer\p{L}*|handled|processed|dealt\s+with|described|beskrev\p{L}*|omtal\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:i|in|under)\s+(?:en|ei|eit|et|a|an|vår|our)?\s*(?:egen|eige|eiga|eget|separate|another|annen|anna|annan)\s+(?:\p{L}+\s+)?(?:\p{L}*aktivitet(?:en)?|behandling(?:en)?|handsaming(?:a)?|activity|record|processing\s+activity|entry)(?![\p{L}])`,
  'u',
);
function sentencesElsewhere(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    if (ELSEWHERE().test(sentence)) out.push([at, at + sentence.length]);
    at += sentence.length + 1;
  }
  return out;
}

const DECIMAL_POINT = lazyPattern(String.raw`\d\.\d`, 'u');
const DECIMAL_POINT_ALL = lazyPattern(String.raw`(?<=\d)\.(?=\d)`, 'gu');

export function revealsIn(text: string, aims = false, patientsAreOthers = false): { kind: Revealed; words: string; index: number }[] {
  const out: { kind: Revealed; words: string; index: number }[] = [];
  // A practice ended or a plan rejected names no data kept now (past.ts; blanked, so offsets hold).
  const low = lower(withoutPast(text));
  // Most texts hold no stem of any group: one scan, and nothing more.
  let starts = stemStarts(low);
  if (starts === undefined) return out;
  const kept = NOT_DATA_STEMS().test(low) && mayBeNotData(low) ? low.replace(NOT_DATA(), (m) => ' '.repeat(m.length)) : low;
  // A decimal point written as a full stop reads as the comma it is in Norwegian (same length: offsets and quotes hold), so
  // the 40-80-character guards of a topic, course or count before a word («Kurs over 1.5 dager i mestring av angst») are
  // not cut at it (N2, session 17).
  const cleaned = DECIMAL_POINT().test(kept) ? kept.replace(DECIMAL_POINT_ALL(), ',') : kept;
  // A phrase cut out or a decimal point changed: the stems are found again in what is read (rarely).
  if (cleaned !== low) starts = stemStarts(cleaned) ?? GROUPS.map(() => []);
  // The groups whose stems the text holds (a clause holds a group's stem only if its text does): each clause tests only
  // these, each with the first of its stems' places not before the clause (`next`).
  const groups = GROUPS.flatMap((g, i) => (starts[i]!.length > 0 ? [{ g, at: starts[i]!, next: 0 }] : []));
  if (groups.length === 0) return out;
  // The sentences that send their data to another activity of the record («…; søknadene behandles i en egen
  // behandlingsaktivitet»): found once per text, and only where its words are.
  const elsewhere = aims && ELSEWHERE_WORDS().test(cleaned) ? sentencesElsewhere(cleaned) : undefined;
  let start = 0;
  for (const clause of splitOn(cleaned, STOP_NOT_DECIMAL)) {
    const at = start;
    start += clause.length + 1;
    if (clause.trim() === '') continue;
    // The clause after an exercise's heading and its colon (EXERCISE_HEAD): what the exercise plays.
    // The clause after a claim's type or cause and its colon («Skadeårsak: tyveri», «Cause of loss: theft or fire»): the
    // insured's loss, as ACT_GUARD reads «skadeårsak, for eksempel tyveri»; only a short value that names no one
    // (CLAIM_VALUE), so that an offender after the colon («Skadeårsak: kunden er tatt for tyveri») is still read.
    const claimValue =
      at > 0 &&
      cleaned[at - 1] === ':' &&
      CLAIM_VALUE().test(clause) &&
      CLAIM_HEAD().test(
        cleaned
          .slice(Math.max(0, at - 41), at - 1)
          .split(STOP_NOT_DECIMAL)
          .pop()!,
      );
    const drill =
      at > 0 &&
      cleaned[at - 1] === ':' &&
      EXERCISE_HEAD().test(
        cleaned
          .slice(Math.max(0, at - 81), at - 1)
          .split(STOP_NOT_DECIMAL)
          .pop()!,
      );
    // NEGATION reads the text's own case («Inga» as a name is no «inga»); the lower-case clause keeps its offsets. Read
    // once per clause, and only when a word is found in it.
    let denials: ClauseDenials | undefined;
    // Where the clause's first aim word stands (AIM_BEFORE), found once: a word after it is an aim's (the same as testing
    // the words before each match, which made a long clause quadratic).
    let aimAt: number | undefined;
    // Whether the clause speaks of working somewhere (WORKS), read once per clause too.
    let works: boolean | undefined;
    for (const group of groups) {
      const { g, at: stemsAt } = group;
      // The group's stems start in this clause (its places before the clause are passed over once).
      while (group.next < stemsAt.length && stemsAt[group.next]! < at) group.next++;
      const stemHere = group.next < stemsAt.length && stemsAt[group.next]! < at + clause.length;
      if ((aims && g.categoryOnly === true) || out.some((o) => o.kind === g.kind) || !stemHere || !MAY_WORDS.get(g)!(clause)) continue;
      if (drill && aims && (g.kind === 'health' || g.kind === 'criminal-offence')) continue;
      if (claimValue && g.kind === 'criminal-offence') continue;
      // exec, not matchAll: matchAll copies the pattern for each clause, which costs as much as its source is long (the
      // health words are 8,000 characters: 30 µs a clause, about 0.2 s of CPU at 10,000 activities).
      const words = g.words();
      words.lastIndex = 0;
      for (let m = words.exec(clause); m !== null; m = words.exec(clause)) {
        if (m[0] === '') words.lastIndex = m.index + (clause.codePointAt(m.index)! > 0xffff ? 2 : 1);
        denials ??= clauseDenials(clause, text.slice(at, at + clause.length));
        if ((denials.negation >= 0 || denials.leftOut >= 0 || denials.quotes.length > 0) && deniedHere(denials, clause, m.index)) continue;
        // Outside a quoted name, a word of none inside one denies nothing («intet til utlegg»).
        const before = tail(
          denials.quotes.length > 0 && quoteAt(denials, m.index) === undefined
            ? clause.slice(0, m.index).replace(QUOTED(), (q: string) => ' '.repeat(q.length))
            : clause.slice(0, m.index),
        );
        if (absentBefore(text, before, at + m.index - before.length)) continue;
        if (WE_IF_EVER().test(clause.slice(0, m.index))) continue;
        aimAt ??= aims ? firstAim(clause, patientsAreOthers) : -1;
        if (aimAt >= 0 && aimAt < m.index && !RECORDED_START().test(m[0]) && !BUT_BETWEEN().test(clause.slice(aimAt, m.index))) continue;
        if (patientsAreOthers && g.kind === 'health' && PATIENT_LETTERS().test(clause) && patientsOwnWords(clause, m.index, m[0])) continue;
        if (
          aims &&
          g.kind !== 'national-id' &&
          g.kind !== 'criminal-offence' &&
          (TRUST_TOWARDS().test(tail(clause.slice(0, m.index))) ||
            SERVED_GROUP().test(tail(clause.slice(0, m.index))) ||
            (g.kind === 'health' && TRAINED_OR_IN_CASE().test(tail(clause.slice(0, m.index)))))
        )
          continue;
        if (INTERPRETER().test(m[0]) && EVENT_NEEDS().test(tail(clause.slice(0, m.index)))) continue;
        if (HOST_AFTER().test(cleaned.slice(at + m.index + m[0].length, at + m.index + m[0].length + 12))) continue;
        if (g.kind === 'health' && appliedFor(m[0], clause, m.index)) continue;
        if (g.kind === 'health' && allergyOfThing(m[0], clause, m.index)) continue;
        if (g.kind === 'health' && sickNotAPersons(m[0], clause, m.index)) continue;
        if (g.kind !== 'national-id' && countedNoOne(m[0], clause, m.index)) continue;
        if (g.kind === 'national-id' && replacedAfter(clause, m.index)) continue;
        if (g.kind === 'health' && OWN_COPY_ASKED().test(clause) && !TO_US().test(clause)) continue;
        if (g.kind !== 'national-id' && anonymousSurvey(clause)) continue;
        if (elsewhere !== undefined && elsewhere.some(([a, b]) => at + m!.index >= a && at + m!.index < b)) continue;
        if (WORKPLACE_UNIT().test(`${m[0]}${clause.slice(m.index + m[0].length, m.index + m[0].length + 24)}`) && (works ??= WORKS().test(clause))) continue;
        out.push({ kind: g.kind, words: text.slice(at + m.index, at + m.index + m[0].length), index: at + m.index });
        break;
      }
    }
  }
  return out;
}

/**
 * The person asks another for a copy of their own document, or fetches it themself («Den ansatte kan be NAV om en kopi av
 * sykmeldingen», «The employee may ask NAV for a copy of the sick note»: N11's review, session 25): the person's own
 * errand, nothing the controller processes, unless it comes to us (TO_US: «… og sende den til oss», «show it to us»).
 */
const OWN_COPY_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:den\s+ansatte|den\s+tilsette|the\s+employee|employees|arbeidstaker(?:en|ne)?|arbeidstakar(?:en|ane)?|medarbeider(?:en|ne)?|medarbeidar(?:en|ane)?|du|you|pasienten|the\s+patient|han|ho|hun|he|she|they|dei|de)\s+(?:(?:kan|may|can|får|fær|skal|må|must)\s+)?(?:sjølv\s+|selv\s+|themselves\s+|himself\s+|herself\s+|also\s+|òg\s+|også\s+)?(?:be|bede|ber|bed|ask|asks|request|requests|hente|henta|henter|fetch|fetches|få|get|gets|obtain|laste\s+ned|download)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:om|for)\s+)?(?:(?:en|ein|a|an)\s+)?(?:kopi|copy|utskrift|printout)(?![\p{L}])`,
  'iu',
);
const TO_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:til\s+oss|to\s+us|vise\s+oss|syne\s+oss|show\s+us|gi\s+oss|give\s+us|til\s+(?:leiaren|lederen|arbeidsgiveren|arbeidsgjevaren|HR)|to\s+(?:the\s+)?(?:manager|employer|HR))(?![\p{L}])`,
  'iu',
);
/**
 * The words are a web address's name, not data («Nettstatistikk på helsedata.no», «www.psykiskhelse.no»: bodies/fhi-helseregistre,
 * G15, session 32): a text's match followed by a dot and a top-level domain with no space between. The clause is cut at
 * that dot, so the text after the clause is read.
 */
const HOST_AFTER = lazyPattern(String.raw`^\.(?:no|com|org|net|eu|se|dk|fi|is|info|io|gov|int)(?![\p{L}\d])`, 'u');
/**
 * The health data are what a person applies for, not data about them («behandle søknaden din om tilgang til helsedata», «Når
 * det søkes om helsedata fra Norsk helsearkiv», «applications for access to health data»: bodies/fhi-helseregistre, G15,
 * session 32): the applicant's data are the application's, and the registers' data are disclosed by the activity that
 * gives access. Only a data word («helsedata», «helseopplysninger», «health data», «health records»), not care applied
 * for («søknad om helsehjelp»: the applicant's need), and not the person's own («tilgang til egne helseopplysninger»,
 * «access to your health records», «helseopplysningane dine»: an access request handles them).
 */
const APPLIED_FOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:søk\p{L}*|apply|applies|applied|applying|applications?|requests?|requested|requesting)\s+(?:\p{L}+\s+){0,2}?(?:om|for)\s+(?:(?:tilgang|access)\s+(?:til|to)\s+)?$`,
  'iu',
);
const DATA_WORD = lazyPattern(String.raw`(?:data|opplysning|records)`, 'iu');
const OWN_AFTER = lazyPattern(String.raw`^\s*(?:dine|din|ditt|sine|sin|sitt|hans|hennar|hennes|deira|deres|of\s+(?:your|their|his|her)\s)`, 'iu');
function appliedFor(words: string, clause: string, index: number): boolean {
  return (
    DATA_WORD().test(words) &&
    APPLIED_FOR().test(clause.slice(Math.max(0, index - 80), index)) &&
    !OWN_AFTER().test(clause.slice(index + words.length, index + words.length + 20))
  );
}

/**
 * The words stand in a condition on our own future need, before its comma («Hvis vi en dag skulle trenge helseopplysninger,
 * vil vi be om samtykke», «If we should ever need your health data, we will ask»: R13, session 33, categories matrix):
 * nothing processed now. The main clause after the comma is read as ever («Dersom vi skulle få vite om sjukdom, noterer vi
 * diagnosen» reads «diagnosen»).
 */
const WE_IF_EVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvis|dersom|viss|if)\s+(?:vi|we)\s+(?:[\p{L}-]+\s+){0,3}?(?:skulle|should|would|might|måtte|ever|noen\s+gang|nokon\s+gong)\s[^,;]*$`,
  'iu',
);
/** A match of RECORDED_CONDITION: a recording the activity makes itself, which an aim before it does not reach. */
let recordedStart: RegExp | undefined;
const RECORDED_START = (): RegExp => (recordedStart ??= new RegExp(String.raw`^${RECORD_VERB}`, 'u'));
/**
 * «men», «but» after a comma between an aim and the words: the words are the main clause's again, not the aim's («Det er
 * forbode å spørje om fagforeining, men vi registrerer kven som er medlem»: F8, session 21).
 */
const BUT_BETWEEN = lazyPattern(String.raw`,\s*(?:men|but|likevel|however)\s`, 'u');
/** Where the clause's first aim word stands (AIM_BEFORE, and PATIENTS_BEFORE when patients are others), or -1. */
function firstAim(clause: string, patientsAreOthers: boolean): number {
  const aim = mayAim(clause) ? clause.search(AIM_BEFORE()) : -1;
  const patients = patientsAreOthers ? othersPatientsAt(clause) : -1;
  return aim < 0 ? patients : patients < 0 ? aim : Math.min(aim, patients);
}

/** The texts of a localised value with their pointers (`/name` for a plain string, `/name/nb` for a language's). */
function textsWithPointers(value: unknown, key: string): { text: string; pointer: string }[] {
  if (typeof value === 'string') return [{ text: value, pointer: `/${key}` }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([lang, v]) => (typeof v === 'string' ? [{ text: v, pointer: `/${key}/${lang}` }] : []));
}

/**
 * What a category's name and description reveal that its own fields do not say: a special category when
 * `specialCategory` is absent, a national id when `nationalIdentifier` is not true, Art. 10 data when `criminalOffence`
 * is not true. Each fact once, at its first words (name before description, languages in the file's order). Cached per
 * entry.
 */
export function categoryReveals(category: DataCategory): readonly Reveal[] {
  let hit = cache.get(category);
  if (hit === undefined) cache.set(category, (hit = read(category)));
  return hit;
}
const cache = new WeakMap<DataCategory, readonly Reveal[]>();

function read(c: DataCategory): readonly Reveal[] {
  const out: Reveal[] = [];
  for (const { text, pointer } of [...textsWithPointers(c.name, 'name'), ...textsWithPointers(c.description, 'description')])
    for (const r of revealsOf(text)) {
      if (out.some((o) => o.kind === r.kind)) continue;
      if (
        r.kind === 'national-id' ? c.nationalIdentifier === true : r.kind === 'criminal-offence' ? c.criminalOffence === true : c.specialCategory !== undefined
      )
        continue;
      out.push({ ...r, pointer });
    }
  return out;
}

/** The special category a category's words reveal (the first), when `specialCategory` is absent. */
export const revealedSpecial = (c: DataCategory): Reveal | undefined =>
  categoryReveals(c).find((r) => r.kind !== 'national-id' && r.kind !== 'criminal-offence');
export const revealedNationalId = (c: DataCategory): Reveal | undefined => categoryReveals(c).find((r) => r.kind === 'national-id');
export const revealedCriminal = (c: DataCategory): Reveal | undefined => categoryReveals(c).find((r) => r.kind === 'criminal-offence');

/** A catalogue entry as the registry holds it (file and pointer), for a finding that points into it. */
export type CategoryEntry = Located<DataCategory>;

/**
 * What an activity's own words (its description, each purpose's description, the consequences of not giving the data) reveal: each fact once per text, with
 * the pointer of that text in the activity file. Read with `aims` (a purpose to prevent disease or theft is no data).
 */
export function activityReveals(
  activity: { description?: unknown; purposes?: readonly { description?: unknown }[]; collection?: { consequences?: unknown } },
  patientsAreOthers = false,
): readonly Reveal[] {
  const cache = patientsAreOthers ? activityCacheOthers : activityCache;
  let hit = cache.get(activity);
  if (hit === undefined) {
    const texts = [...textsWithPointers(activity.description, 'description')];
    (activity.purposes ?? []).forEach((p, i) => texts.push(...textsWithPointers(p.description, `purposes/${i}/description`)));
    // What happens if the person does not give the data may name what is asked («Søkere til sjåførstillinger fyller ut
    // vårt helseskjema om tidligere sykdommer …»: variants-avfall AV68; F, session 17).
    texts.push(...textsWithPointers(activity.collection?.consequences, 'collection/consequences'));
    // `patientsAreOthers` changes only where PATIENTS_BEFORE matches, in a lower-case clause: where no text holds its
    // letters, the reading is the plain one (one reading, not two: docs/performance.md, session 15).
    if (patientsAreOthers && !texts.some(({ text }) => PATIENT_LETTERS().test(lower(text)))) hit = activityReveals(activity);
    else {
      const list: Reveal[] = [];
      for (const { text, pointer } of texts) for (const r of (patientsAreOthers ? aimsOthersOf : aimsOf)(text)) list.push({ ...r, pointer });
      hit = list;
    }
    cache.set(activity, hit);
  }
  return hit;
}
/** What every match of PATIENTS_BEFORE holds. */
const PATIENT_LETTERS = lazyPattern(String.raw`pasient|patient`, 'u');
const activityCache = new WeakMap<object, readonly Reveal[]>();
const activityCacheOthers = new WeakMap<object, readonly Reveal[]>();
/**
 * `revealsIn` by text (util/memo.ts): the same words in many activities' fields are read once. Its answers are only read
 * (each reveal is copied with its pointer above).
 */
const revealsOf = byText((t) => revealsIn(t));
const aimsOf = byText((t) => revealsIn(t, true, false));
const aimsOthersOf = byText((t) => revealsIn(t, true, true));
