/**
 * A law named in a record's own words (L5, session 39): «Oppmøte på sesjon er en plikt etter vernepliktsloven»
 * (variants-verneplikt VP71, collection.consequences) rests the duty it tells the person about on that act as much as a
 * structured citation does. The reader finds, in any free text, the laws data/norwegian-law.json knows:
 *
 * - by a short title the law's entry lists in `ids`, as a word ending in «loven», «lova», «forskriften», «forskrifta»
 *   (a genitive «-s» too: «vernepliktslovens»), written with «æ», «ø», «å» or without them («opplæringslova» is the id
 *   `opplaeringslova`); one word, so «loven» alone names nothing;
 * - by that title and a year, where the year picks out the act of that year (`<id>-<year>`: «kommuneloven av 1992»,
 *   «opplæringslova frå 1998», «personopplysningsloven (2000)», «sosialtjenesteloven 1991»); a year naming no act of that
 *   title («personopplysningsloven av 2018») leaves the title as it is;
 * - by its Lovdata id («LOV-1953-07-17-29», a regulation's «FOR-2017-12-15-2105») or as Lovdata writes it in running text
 *   («lov 17. juli 1953 nr. 29», «lov av 10. februar 1967», «forskrift 15. desember 2017 nr. 2105»), month names in bokmål,
 *   nynorsk and English;
 * - by a title of several words the law's entry lists in `titles` (L2, session 41: «forskrift om offentlege arkiv», the
 *   regulation of 2017 that has no one-word short title but the one its successor now bears), in either written standard
 *   as listed, lower or upper case, not run on into a longer word («… arkivet»);
 *   an English title listed there too («the Norwegian Act regarding electronic communication», ekomloven; B14, session 47),
 *   so a text with «act» as a word may name a law.
 *
 * A law named as history is not a citation: a clause that tells the past (past.ts pastAt: «Fram til 2017 gjaldt …»), one
 * that names the law's successor too («forsvarsloven, som avløste vernepliktsloven»), words of history or denial in the few
 * words before (HISTORY_BEFORE: «tidligere», «den gamle», «erstattet», «før», «ikke lenger», «formerly», «the old») or
 * after it (HISTORY_AFTER: «(opphevet)», «ble opphevet», «som gjaldt», «was repealed»).
 */
import type { KnownLaw, ReferenceData } from './reference.js';
import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { negatedBetween, wordsBefore } from './facts.js';
import { pastAt } from './past.js';

/** One law found in a text: its key in data/norwegian-law.json, the words that name it and where they start. */
export interface NamedLaw {
  key: string;
  law: KnownLaw;
  words: string;
  at: number;
}

const MONTHS = String.raw`januar|january|jan|februar|february|feb|mars|march|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|desember|december|des|dec`;
const MONTH_NUMBER: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  mai: '05',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  okt: '10',
  oct: '10',
  nov: '11',
  des: '12',
  dec: '12',
};
/**
 * A law's name as one word (group 1), and a year after it (group 2): «av», «fra», «frå», «of», «from» or a bracket before
 * the year, a day and a month between them («av 25. september 1992»). Then a Lovdata id (groups 3-6) or Lovdata's running
 * form (groups 7-10).
 */
/**
 * An act named by an English title with its year and the Norwegian short title in brackets, either way round (R36, session
 * 40; variants-lading EV76 «as the Accounting Act of 1977 (regnskapsloven) requires»; «regnskapsloven (the Accounting Act
 * 1977)», «the Working Environment Act of 1977 (arbeidsmiljøloven)»): the year picks out the act of that year as it does
 * after the Norwegian title (groups 11-12; the other way round, «regnskapsloven (the Accounting Act 1977)», the English title is read inside the
 * first alternative's bracket before its year). The English title is one to four words
 * before «Act» (not an article or a preposition: the words quoted start at the title); the Norwegian title must still be a
 * law ropa knows.
 */
const EN_ACT = String.raw`(?:(?!(?:the|as|a|an|by|under|in|of|to|and|og|per|with|that|which|our|its|this)\s)[\p{L}-]+\s+){1,4}Act`;
const TITLE = String.raw`\p{L}+(?:loven|lova|lovi|forskriften|forskrifta)`;
const LAW_NAME = lazyPattern(
  String.raw`(?<![\p{L}\-])(\p{L}+(?:loven|lova|lovi|forskriften|forskrifta))s?(?![\p{L}])(?:\s*(?:\(|,)?\s*(?:(?:the\s+)?${EN_ACT}\s*,?\s*)?(?:(?:av|fra|frå|of|from)\s+)?(?:\d{1,2}\.\s*(?:${MONTHS})\.?\s+)?(1[89]\d\d|20\d\d)(?!\d)\)?)?` +
    String.raw`|(?<![\p{L}\d])(?:LOV|FOR)-(\d{4})-(\d{2})-(\d{2})(?:-(\d+))?(?![\d])` +
    String.raw`|(?<![\p{L}])(?:lov(?:a|en)?|forskrift(?:a|en)?)\s+(?:av\s+|frå\s+|fra\s+|of\s+)?(\d{1,2})\.\s*(${MONTHS})\.?\s+(\d{4})(?:\s+(?:nr|no)\.?\s*(\d+))?` +
    String.raw`|(?<![\p{L}])${EN_ACT}\s*,?\s*(?:(?:of|from)\s+)?(1[89]\d\d|20\d\d)\s*\(\s*(${TITLE})s?\s*\)`,
  'giu',
);
/** Words before a law's name that tell it as history or deny it (the few words read, wordsBefore). */
const HISTORY_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:tidligere|tidlegare|formerly|former|previous(?:ly)?|earlier|gamle|gamla|old|opphevede?|oppheva|opphevet|oppheve|repealed|erstatt\p{L}*|avløs\p{L}*|avløys\p{L}*|avløst|replac\p{L}*|supersed\p{L}*|før|inntil|til\s+og\s+med|fram\s+til|frem\s+til|until|prior\s+to|lenger|lengre|longer|etterfølger\p{L}*|etterfylgjar\p{L}*|successor|arvtak\p{L}*|overgangsregl\p{L}*|overgangsreglar|transitional|endringer?\s+i|endringar\s+i|amend\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Words after a law's name that tell it as history: repealed, replaced, as it applied. */
const HISTORY_AFTER = lazyPattern(
  String.raw`^[\s,(]*(?:som\s+|which\s+|that\s+)?(?:(?:ble|blei|vart|er|var|was|has\s+been|had\s+been|is|were)\s+)?(?:opphevet|oppheva|oppheve|oppheves|opphevast|erstattet|erstatta|erstattes|erstattast|avløst|avløyst|repealed|replaced|superseded|gjaldt|galdt|gjeldt|applied|then\s+in\s+force|daværende|dåverande)(?![\p{L}])`,
  'iu',
);

/** The name lower-cased, with «æ», «ø», «å» as data/norwegian-law.json's ids write them. */
const asId = (name: string): string => name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');

interface LawIndex {
  byId: Map<string, { key: string; law: KnownLaw }>;
  byLovdataId: Map<string, { key: string; law: KnownLaw }>;
  /** The `titles` of every law, lower-cased, with the law they name. */
  byTitle: { title: string; key: string; law: KnownLaw }[];
}
const indexes = new WeakMap<object, LawIndex>();
function indexOf(ref: ReferenceData): LawIndex {
  const laws = ref.law.laws;
  let index = indexes.get(laws);
  if (!index) {
    index = { byId: new Map(), byLovdataId: new Map(), byTitle: [] };
    for (const [key, law] of Object.entries(laws)) {
      const entry = { key, law };
      if (!index.byLovdataId.has(law.lovdataId)) index.byLovdataId.set(law.lovdataId, entry);
      for (const title of law.titles ?? []) index.byTitle.push({ title: title.toLowerCase(), ...entry });
      for (const id of law.ids) {
        const plain = asId(id);
        if (!index.byId.has(plain)) index.byId.set(plain, entry);
      }
    }
    indexes.set(laws, index);
  }
  return index;
}

/** Every known law a text names, in the text's order; a law named as history (see above) is left out. */
export function lawsNamedIn(text: string, ref: ReferenceData): NamedLaw[] {
  if (!mayNameLaw(text)) return [];
  const index = indexOf(ref);
  const out: NamedLaw[] = [];
  for (const m of matchesOf(LAW_NAME(), text)) {
    const hit = lawOf(m, index);
    if (hit === undefined || asHistory(text, m.index, m.index + m[0].length, hit.law, index)) continue;
    out.push({ ...hit, words: m[0], at: m.index });
  }
  if (index.byTitle.length === 0) return out;
  const lower = text.toLowerCase();
  let byTitle = false;
  for (const { title, key, law } of index.byTitle) {
    for (let at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) {
      const end = at + title.length;
      if (/\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(end))) continue;
      if (out.some((n) => n.key === key && n.at === at) || asHistory(text, at, end, law, index)) continue;
      out.push({ key, law, words: text.slice(at, end), at });
      byTitle = true;
    }
  }
  return byTitle ? out.sort((a, b) => a.at - b.at) : out;
}

/**
 * The section cited right after a law named in a text («helsepersonelloven § 45», «pasientjournalloven §§ 19 og 22»: the
 * section sign and its numbers, with «a»-style letters and «og»/«and»/«,» between them), if any, and not told as history
 * after it («§ 45 (opphevet)», «§ 45, som ble opphevet»: HISTORY_AFTER). W2, session 43 (variants-tannhelse TH71: «gis etter
 * helsepersonelloven § 45», a section repealed 1 July 2026 while the act is in force).
 */
export function sectionCitedAfter(text: string, named: NamedLaw): string | undefined {
  const end = named.at + named.words.length;
  const m = SECTION_AFTER().exec(text.slice(end, end + 80));
  if (!m) return undefined;
  if (HISTORY_AFTER().test(text.slice(end + m[0].length, end + m[0].length + 60))) return undefined;
  return m[1];
}
const SECTION_NUMBER = String.raw`\d+(?:\s?[a-z](?![\p{L}]))?(?:\s*-\s*\d+(?:\s?[a-z](?![\p{L}]))?)?`;
/**
 * A section sign and its numbers right after a law's name (a comma may stand between); in English text «Section» or
 * «Sections» stands for the sign («the Act regarding electronic communication, Section 2-7b»; B14, session 47).
 */
const SECTION_AFTER = lazyPattern(
  String.raw`^\s*,?\s*((?:§§?|sections?(?![\p{L}]))\s*${SECTION_NUMBER}(?:\s*(?:,|og|and|eller|or)\s*${SECTION_NUMBER})*)`,
  'iu',
);

/** Whether a text may name a law at all: a text without these letters names none (lawsNamedIn gives []). */
export const mayNameLaw = (text: string): boolean => /lov|forskrift|for-\d|(?<![\p{L}])act(?![\p{L}])/iu.test(text);

/** The known law a LAW_NAME match names (see the groups there), if any. */
function lawOf(m: RegExpMatchArray, index: LawIndex): { key: string; law: KnownLaw } | undefined {
  if (m[1] !== undefined) {
    const name = asId(m[1]);
    return (m[2] !== undefined ? index.byId.get(`${name}-${m[2]}`) : undefined) ?? index.byId.get(name);
  }
  if (m[12] !== undefined) return index.byId.get(`${asId(m[12])}-${m[11]}`) ?? index.byId.get(asId(m[12]));
  // A Lovdata id's kind: «LOV-…» or «lov …» an act, «FOR-…» or «forskrift …» a regulation.
  const kind = /^for/i.test(m[0]) ? 'FOR' : 'LOV';
  if (m[3] !== undefined) return index.byLovdataId.get(`${kind}-${m[3]}-${m[4]}-${m[5]}${m[6] !== undefined ? `-${m[6]}` : ''}`);
  const month = m[7] !== undefined ? MONTH_NUMBER[m[8]!.toLowerCase().slice(0, 3)] : undefined;
  return month !== undefined ? index.byLovdataId.get(`${kind}-${m[9]}-${month}-${m[7]!.padStart(2, '0')}${m[10] !== undefined ? `-${m[10]}` : ''}`) : undefined;
}

/** Whether the law named at [start, end) is told as history: the clause tells the past, names the successor, or the words around say so. */
function asHistory(text: string, start: number, end: number, law: KnownLaw, index: LawIndex): boolean {
  const before = wordsBefore(text, start, 4);
  if (HISTORY_BEFORE().test(before) || negatedBetween(text, Math.max(0, start - before.length), start)) return true;
  if (HISTORY_AFTER().test(text.slice(end, end + 60))) return true;
  if (pastAt(text, start)) return true;
  const successor = law.replacedBy;
  if (successor === undefined) return false;
  const { text: sentence, at } = sentenceAt(text, start);
  for (const m of matchesOf(LAW_NAME(), sentence)) if (at + m.index !== start && lawOf(m, index)?.key === successor) return true;
  return false;
}

/** The sentence of `text` that holds `at` (cut at «.», «;», «!», «?» before a capital or the end, and at line breaks: «17. juli» goes on). */
function sentenceAt(text: string, at: number): { text: string; at: number } {
  const ends = /[.;!?](?=\s+\p{Lu}|\s*$)|\n/gu;
  let start = 0;
  for (const m of text.matchAll(ends)) {
    if (m.index >= at) return { text: text.slice(start, m.index), at: start };
    start = m.index + 1;
  }
  return { text: text.slice(start), at: start };
}
