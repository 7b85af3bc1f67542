/**
 * A party named in one language where the record names it in the other («Parkeringsselskapene og kommunene sender oss
 * kravene» beside a recorded source «Parking companies and municipalities»; «The parking companies send us the charges»
 * beside «Parkeringsselskap og kommunar»): the same party, so no unrecorded one (G6's lawful control l13, session 28).
 *
 * A small bilingual lexicon of the kinds of party records name (companies, municipalities, the police, banks, insurers,
 * schools, employers, …). A named party is read as a twin only where EVERY word of it is made of lexicon stems (a
 * Norwegian compound is split into its stems: «parkeringsselskapene» = parkering + selskap + ending), so a word the lexicon
 * does not know keeps the party unrecorded («Bompengeselskapet» is not «Parking companies»: bompenge is known, but a
 * record's «parking» is not «toll»). A recorded name holds the party where it holds every concept, in either language.
 */
import { lazyPattern } from '../util/lazy-pattern.js';
import { letterPattern } from '../util/letters.js';

interface Concept {
  /** Norwegian stems (bokmål and nynorsk), as they open or sit inside a compound. */
  readonly no: readonly string[];
  /** English word openings. */
  readonly en: readonly string[];
}

const CONCEPTS: readonly Concept[] = [
  { no: ['parkering'], en: ['parking'] },
  { no: ['selskap', 'firma', 'bedrift', 'foretak', 'føretak'], en: ['compan', 'firm', 'business', 'enterprise'] },
  { no: ['forsikringsselskap', 'forsikring'], en: ['insur'] },
  { no: ['fylkeskommun', 'fylke'], en: ['county', 'counties'] },
  { no: ['kommun'], en: ['municipal', 'council', 'local authorit'] },
  { no: ['politi'], en: ['police'] },
  // A lender is by its kind a bank or credit institution («lenders» beside a recorded «Banker, finansieringsforetak …»).
  { no: ['bank', 'långiver', 'långivar', 'långjevar'], en: ['bank', 'lender'] },
  { no: ['skatt'], en: ['tax'] },
  { no: ['sykehus', 'sjukehus'], en: ['hospital'] },
  { no: ['fastlege', 'fastlækjar'], en: ['gp', 'general practitioner', 'family doctor'] },
  { no: ['lege', 'lækjar'], en: ['doctor', 'physician'] },
  { no: ['tannlege', 'tannlækjar'], en: ['dentist'] },
  { no: ['skole', 'skule'], en: ['school'] },
  { no: ['barnehage'], en: ['kindergarten', 'nurser'] },
  { no: ['arbeidsgiver', 'arbeidsgjevar', 'arbeidsgivar'], en: ['employer'] },
  { no: ['inkasso'], en: ['debt collect', 'collection agenc'] },
  { no: ['kredittopplysning', 'kreditt'], en: ['credit'] },
  { no: ['byrå'], en: ['bureau', 'agenc'] },
  { no: ['leverandør'], en: ['supplier', 'vendor', 'provider'] },
  { no: ['domstol', 'tingrett'], en: ['court'] },
  { no: ['kunde'], en: ['customer', 'client'] },
  { no: ['medlem'], en: ['member'] },
  { no: ['ansatt', 'tilsett'], en: ['employee', 'staff'] },
  { no: ['fagforening', 'fagforeining', 'fagforbund'], en: ['union'] },
  { no: ['apotek'], en: ['pharmac'] },
  { no: ['advokat'], en: ['lawyer', 'attorney', 'solicitor'] },
  { no: ['revisor'], en: ['auditor'] },
  { no: ['regnskapsfører', 'rekneskapsførar'], en: ['accountant'] },
  { no: ['utleier', 'utleigar'], en: ['landlord'] },
  { no: ['eier', 'eigar'], en: ['owner'] },
  { no: ['verksted', 'verkstad'], en: ['workshop', 'garage'] },
  { no: ['universitet'], en: ['universit'] },
  { no: ['elev'], en: ['pupil'] },
  { no: ['foreldre', 'føresett', 'foresatt'], en: ['parent', 'guardian'] },
  { no: ['pasient'], en: ['patient'] },
  { no: ['direktorat'], en: ['directorate'] },
  { no: ['departement'], en: ['ministr'] },
  { no: ['megler', 'meklar'], en: ['broker', 'estate agent'] },
  { no: ['barnevern'], en: ['child welfare', 'child protection'] },
  { no: ['reise'], en: ['travel'] },
  { no: ['bil'], en: ['car', 'vehicle'] },
  { no: ['tele', 'mobil'], en: ['telecom', 'phone', 'mobile'] },
];

/**
 * Links and endings a Norwegian compound may carry between and after its stems; «n» after a stem in «-e» is the definite
 * («skulen», «skolen», «fastlegen»: «Tenesta ber skulen om …» beside a recorded «Skolen»; F2, session 41).
 */
const LINK = ['s', 'e'];
const ENDINGS = ['ene', 'ane', 'ens', 'ets', 'ers', 'ars', 'en', 'et', 'er', 'ar', 'ne', 'na', 'a', 'e', 's', 'n'];
const DETERMINER = new Set(['de', 'dei', 'den', 'det', 'the', 'our', 'their', 'its', 'vår', 'vårt', 'våre', 'vore', 'alle', 'all', 'ulike', 'various']);

/** The stems, longest first (a greedy split takes «forsikringsselskap» before «forsikring»). */
const NO_STEMS: readonly (readonly [stem: string, concept: number])[] = CONCEPTS.flatMap((c, i) => c.no.map((s) => [s, i] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The concepts a Norwegian word is made of, or undefined where some part of it is unknown. */
function splitNorwegian(word: string): number[] | undefined {
  const seen = new Map<number, number[] | undefined>();
  const go = (i: number): number[] | undefined => {
    if (seen.has(i)) return seen.get(i);
    let found: number[] | undefined;
    if (i > 0 && (i === word.length || ENDINGS.includes(word.slice(i)))) found = [];
    else
      for (const [stem, c] of NO_STEMS) {
        if (!word.startsWith(stem, i)) continue;
        const j = i + stem.length;
        const rest = go(j) ?? (LINK.includes(word[j] ?? '') && j + 1 < word.length ? go(j + 1) : undefined);
        if (rest !== undefined) {
          found = [c, ...rest];
          break;
        }
      }
    seen.set(i, found);
    return found;
  };
  return go(0);
}

/** The concept of an English word, by its opening (whole words: «parking», «companies», «municipalities»). */
function englishConcept(word: string): number | undefined {
  for (let i = 0; i < CONCEPTS.length; i++) if (CONCEPTS[i]!.en.some((e) => !e.includes(' ') && word.startsWith(e) && word.length <= e.length + 5)) return i;
  return undefined;
}

const WORD = lazyPattern(String.raw`[\p{L}]+`, 'gu');

/** The concepts a named party is made of, each word known; undefined where any word is not (or nothing is named). */
export function partyConcepts(named: string): number[] | undefined {
  const words = (named.toLowerCase().match(WORD()) ?? []).filter((w) => !DETERMINER.has(w));
  if (words.length === 0 || words.length > 3) return undefined;
  const out: number[] = [];
  for (const w of words) {
    const no = splitNorwegian(w);
    const en = no !== undefined && no.length > 0 ? undefined : englishConcept(w);
    if ((no === undefined || no.length === 0) && en === undefined) return undefined;
    out.push(...(en === undefined ? no! : [en]));
  }
  return out;
}

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
let built: readonly RegExp[] | undefined;
/** Each concept's words in a recorded name, built on first use (no pattern is compiled at load). */
const conceptPatterns = (): readonly RegExp[] =>
  (built ??= CONCEPTS.map((c) =>
    letterPattern(`${c.no.map(escapeRe).join('|')}|(?<![\\p{L}])(?:${c.en.map((e) => escapeRe(e).replace(/ /gu, '\\s+')).join('|')})`, 'iu'),
  ));

/**
 * Whether a recorded name holds the named party in the other language: every part of the name joined by «og», «and», a
 * comma is made of lexicon concepts, and one recorded name holds every concept of that part.
 */
export function twinRecorded(named: string, recorded: readonly string[]): boolean {
  const parts = named
    .split(/\s*,\s*|\s+(?:og|and|eller|or|samt)\s+/iu)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  return parts.every((p) => {
    const cs = partyConcepts(p);
    return cs !== undefined && cs.length > 0 && recorded.some((t) => cs.every((c) => conceptPatterns()[c]!.test(t)));
  });
}
