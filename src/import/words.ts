import type { GdprBasisCode, TransferMechanism } from '../model/types.js';
import { knownLaw, type KnownLaw } from './known-laws.js';

/**
 * Free text from an old record turned into the model, only where the words leave no doubt. Every function
 * here returns nothing rather than a guess: the caller keeps the text and says so.
 */

/** Ja/Nei, Yes/No, and the other ways spreadsheets say it. */
export function yesNo(text: string): boolean | undefined {
  const v = text.trim().toLowerCase().replace(/[.!]$/, '');
  if (['ja', 'j', 'yes', 'y', 'true', 'sant', 'x'].includes(v)) return true;
  if (['nei', 'n', 'no', 'false', 'usant'].includes(v)) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Legal bases

const CODE_PATTERNS: readonly RegExp[] = [
  // 6.1.e, 9.2.a (Behandlingsoversikt's codes)
  /(?<![\d.])([69])\s*\.\s*([12])\s*\.\s*([a-j])(?![a-zæøå])/gi,
  // art. 6 nr. 1 bokstav e, artikkel 9 nr. 2 bokstav j, art 6 nr 1 e, Art. 6 no. 1 (e)
  /\bart(?:ikkel|icle|\.)?\s*([69])\s*(?:nr\.?|no\.?|number)\s*([12])\s*(?:,\s*)?(?:bokstav|bokst\.|litra|lit\.|letter|point)?\s*\(?([a-j])\)?(?![a-zæøå])/gi,
  // art. 6 første ledd bokstav e
  /\bart(?:ikkel|\.)?\s*([69])\s*(første|annet|andre)\s+ledd\s*(?:bokstav\s*)?\(?([a-j])\)?(?![a-zæøå])/gi,
  // GDPR 6(1)(e), Art. 6 (1) e, art. 9(2)(j), 6 (1) (e)
  /(?<![\d.])([69])\s*\(\s*([12])\s*\)\s*\(?\s*([a-j])\s*\)?(?![a-zæøå])/gi,
  // A6-1-e (ropa's and DPV's own codes)
  /\bA([69])-([12])-([a-j])\b/g,
];

const ORDINAL: Record<string, string> = { første: '1', annet: '2', andre: '2' };

/** The Art. 6 and 9 codes a text cites, where it cites them; Art. 10 when it cites Art. 10. */
export function basisCitations(text: string): { code: GdprBasisCode; start: number; end: number }[] {
  const found: { code: GdprBasisCode; start: number; end: number }[] = [];
  for (const re of CODE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const article = m[1]!;
      const para = ORDINAL[m[2]!.toLowerCase()] ?? m[2]!;
      if ((article === '6' && para !== '1') || (article === '9' && para !== '2')) continue;
      const letter = m[3]!.toLowerCase();
      if (article === '6' && letter > 'f') continue;
      found.push({ code: `A${article}-${para}-${letter}` as GdprBasisCode, start: m.index, end: m.index + m[0]!.length });
    }
  }
  for (const m of text.matchAll(/\b(?:(?:gdpr|personvernforordningen)\s+)?(?:art(?:ikkel|icle|\.)?\s*10|A10)(?![\d(.])/gi))
    found.push({ code: 'A10', start: m.index, end: m.index + m[0]!.length });
  return found.sort((a, b) => a.start - b.start);
}

/** The codes of `basisCitations`, each once, in the order the text cites them. */
export function basisCodes(text: string): GdprBasisCode[] {
  return [...new Set(basisCitations(text).map((f) => f.code))];
}

/**
 * The Art. 6 basis a short phrase names, in Norwegian or English, as the legal-basis column of a record says
 * it: «samtykke», «rettslig forpliktelse», «allmennhetens interesse» … Only for a text that is nothing but
 * such a phrase (a column that holds the basis): in running text these words mean too many things.
 */
const ART6_PHRASES: readonly [RegExp, GdprBasisCode][] = [
  [/^(?:den registrertes )?samtykke$|^consent$/, 'A6-1-a'],
  [/^(?:oppfylle (?:en )?)?avtale(?: med den registrerte)?$|^kontrakt$|^(?:performance of a )?contract$/, 'A6-1-b'],
  [/^rettslig forpliktelse$|^lovpålagt(?: oppgave)?$|^legal obligation$/, 'A6-1-c'],
  [/^vitale interesser$|^vital interests?$/, 'A6-1-d'],
  [
    /^(?:oppgave i )?allmennhetens interesse(?: (?:eller|og) (?:utøve |utøvelse av )?offentlig myndighet)?$|^(?:utøve |utøvelse av )?offentlig myndighet$|^(?:public task|public interest|official authority)$/,
    'A6-1-e',
  ],
  [/^berettiget interesse$|^berettigede interesser$|^legitimate interests?$/, 'A6-1-f'],
];

export function basisFromPhrase(text: string): GdprBasisCode | undefined {
  const v = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '');
  return ART6_PHRASES.find(([re]) => re.test(v))?.[1];
}

// ---------------------------------------------------------------------------------------------------------
// Laws

export interface LawCitation {
  /** The law's name as written, or its known short title. */
  title: string;
  section?: string;
  lovdataId?: string;
  /** The Lovdata address the text gave, when it pointed at a section. */
  url?: string;
  known?: KnownLaw;
  /** Where in the text it was found. */
  start: number;
  end: number;
}

const LOVDATA = /https?:\/\/(?:www\.)?lovdata\.no\/(?:dokument\/(?:NL|SF|LTI)\/)?(lov|forskrift|LOV|FOR)[/-](\d{4}-\d{2}-\d{2})-(\d+)(?:\/[^\s,;)]*)?/g;

/** A law's name: one word ending in -loven/-lova/-lov/-forskriften, or «pasient- og brukerrettighetsloven». */
const LAW_NAME = String.raw`(?:[a-zæøå]+-\s+og\s+)?[a-zæøå]+(?:loven|lova|lovens|forskriften|forskrifta|forordningen|forordninga)`;
/** A section: § 18, §§ 1, 4 og 17 første ledd, § 2-1 tredje ledd bokstav b. */
const NUM = String.raw`\d+(?:\s?[a-hA-H](?![a-zæøå]))?(?:\s*-\s*\d+[a-h]?)?`;
const SECTION = String.raw`§§?\s*${NUM}(?:(?:\s*,\s*|\s+og\s+)${NUM})*(?:\s+(?:første|andre|annet|tredje|fjerde|femte|sjette|sjuende|syvende|åttende)\s+ledd)?(?:\s+(?:bokstav|nr\.)\s*[a-z0-9]+)?`;
const NAMED = new RegExp(String.raw`(?<![a-zæøå-])(${LAW_NAME})(?:\s+(${SECTION}))?`, 'gi');

/**
 * The laws a text cites: Lovdata links (with the section they point at) and references by name
 * («barnehageloven § 18»). A link and a name that cite the same law next to each other count once.
 */
export function lawCitations(text: string): LawCitation[] {
  const out: LawCitation[] = [];
  for (const m of text.matchAll(LOVDATA)) {
    const kind = m[1]!.toLowerCase() === 'lov' ? 'LOV' : 'FOR';
    const lovdataId = `${kind}-${m[2]}-${m[3]}`;
    const url = m[0]!;
    const known = knownLaw({ lovdataId });
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      /* a broken escape: read as written */
    }
    const sec = /§\s*(\d+[a-z]?(?:-\d+[a-z]?)?)\s*$/.exec(decoded);
    out.push({
      title: known?.title ?? lovdataId,
      // A valid URI: § written as %C2%A7, as Lovdata's own links have it.
      ...(sec ? { section: `§ ${sec[1]}`, url: encodeURI(decoded) } : {}),
      lovdataId,
      ...(known ? { known } : {}),
      start: m.index,
      end: m.index + url.length,
    });
  }
  for (const m of text.matchAll(NAMED)) {
    if (out.some((c) => m.index >= c.start && m.index < c.end)) continue;
    const name = m[1]!.replace(/\s+/g, ' ');
    const lower = name.toLowerCase();
    // «lovens» is the law's genitive: «barnehagelovens § 18» is barnehageloven § 18.
    const base = lower.endsWith('lovens') ? lower.slice(0, -1) : lower;
    const known = knownLaw({ name: base });
    const section = m[2]?.replace(/\s+/g, ' ').trim();
    out.push({
      // The name as the record writes it: the table only adds the Lovdata id.
      title: base,
      ...(section ? { section } : {}),
      ...(known ? { lovdataId: known.lovdataId, known } : {}),
      start: m.index,
      end: m.index + m[0]!.length,
    });
  }
  out.sort((a, b) => a.start - b.start);
  // «barnehageloven § 18 (https://lovdata.no/lov/2005-06-17-64/§18)»: one citation, named by the text.
  const merged: LawCitation[] = [];
  for (const c of out) {
    const prev = merged.at(-1);
    if (prev && prev.lovdataId !== undefined && prev.lovdataId === c.lovdataId && /^[\s,;()–-]*$/.test(text.slice(prev.end, c.start))) {
      const section = prev.section ?? c.section;
      const url = prev.url ?? c.url;
      const title = prev.known ? prev.title : c.known ? c.title : !/^(LOV|FOR)-/.test(c.title) ? c.title : prev.title;
      merged[merged.length - 1] = {
        ...prev,
        ...c,
        title,
        ...(section !== undefined ? { section } : {}),
        ...(url !== undefined ? { url } : {}),
        start: prev.start,
        end: c.end,
      };
      continue;
    }
    merged.push(c);
  }
  return merged;
}

/** Whether `text` says nothing but what `spans` cover, joined by punctuation and «jf.», «og», «and». */
export function onlyThese(text: string, spans: readonly { start: number; end: number }[]): boolean {
  let rest = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    rest += text.slice(at, s.start) + ' ';
    at = Math.max(at, s.end);
  }
  rest += text.slice(at);
  return rest.replace(/\b(jf|jfr|cf|og|and|samt|i\.?\s*h\.?\s*t|lov om|se)\b\.?/gi, ' ').replace(/[\s,;.:()[\]–|/-]+/g, '') === '';
}

// ---------------------------------------------------------------------------------------------------------
// Retention

export interface RetentionReading {
  period?: string;
  trigger?: string;
  permanent?: boolean;
  endAction?: 'delete' | 'anonymise' | 'archive';
  archive?: string;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  én: 1,
  ei: 1,
  eitt: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  femten: 15,
  tjue: 20,
  tretti: 30,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const UNITS: readonly [RegExp, string][] = [
  [/^(år|years?|yr)$/, 'Y'],
  [/^(måned|måneder|månad|månader|mnd\.?|months?)$/, 'M'],
  [/^(uke|uker|veke|veker|weeks?)$/, 'W'],
  [/^(dag|dager|dagar|døgn|days?)$/, 'D'],
];
const NUMBER = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = String.raw`(år|years?|måneder|måned|månader|månad|mnd\.?|months?|uker|uke|veker|veke|weeks?|dager|dagar|dag|døgn|days?)`;
const END_ACTIONS: readonly [RegExp, 'delete' | 'anonymise' | 'archive'][] = [
  [/^(slettes|sletting|blir slettet|blir sletta|vert sletta|makuleres|deleted|delete|erased)$/, 'delete'],
  [/^(anonymiseres|anonymisering|blir anonymisert|anonymised|anonymized|anonymise)$/, 'anonymise'],
];

/**
 * A retention phrase as period, trigger, end action: «5 år», «7 dager», «slettes etter 3 måneder»,
 * «10 år etter avsluttet arbeidsforhold», «anonymiseres senest to år etter innsamling», «bevares»,
 * «avleveres til arkiv», «avleveres til IKA Trøndelag». Anything else — a range, a condition, two rules
 * in one sentence — is not read.
 */
export function readRetention(text: string): RetentionReading | undefined {
  const v = text.trim().replace(/\s+/g, ' ').replace(/[.]$/, '');
  const lower = v.toLowerCase();
  // Kept for ever in an archive.
  const archive =
    /^(?:(?:skal |blir |vert )?(?:bevares|oppbevares for alltid|bevares for ettertiden|bevaring)(?:,? og)?)?\s*(?:(?:skal |blir |vert )?(?:avleveres|avlevering|blir avlevert|vert avlevert|overføres)(?: til (.+))?)?$/i.exec(
      v,
    );
  if (archive && lower !== '' && archive[0] !== '') {
    const to = archive[1]?.trim();
    const generic = to === undefined || /^(arkiv|arkivet|depot|arkivdepot|arkivinstitusjon)$/i.test(to);
    return { permanent: true, endAction: 'archive', ...(!generic ? { archive: to } : {}) };
  }
  if (/^(?:bevares|keep permanently|kept permanently|permanent|slettes ikke|blir ikkje sletta)$/.test(lower)) return { permanent: true };
  // «Slettes når abonnenten melder seg av»: no period, an event that ends retention.
  const when = /^(slettes|anonymiseres|deleted|anonymised) ((?:når|ved|etter at|when|on|upon) .+)$/i.exec(v);
  if (when && !/\d/.test(when[2]!)) return { trigger: when[2]!, endAction: /^(slettes|deleted)$/i.test(when[1]!) ? 'delete' : 'anonymise' };
  // [action] [senest|innen|etter] N unit [etter|fra trigger] [, action]
  const re = new RegExp(
    String.raw`^(?:(\S+|blir slettet|blir sletta|vert sletta|blir anonymisert|vert anonymisert) )?(?:(?:senest|innen|inntil|etter|i|at the latest|within|after|for) )?${NUMBER} ${UNIT}(?: (?:etter|fra|after|from) (.+?))?(?:(?:,\s*|\s+(?:og|deretter|then|and)\s+)(\S+|blir slettet|blir sletta|blir anonymisert))?$`,
    'i',
  );
  const m = re.exec(v);
  if (!m) return undefined;
  const [, before, n, unitWord, trigger, after] = m;
  const amount = /^\d+$/.test(n!) ? Number(n) : NUMBER_WORDS[n!.toLowerCase()];
  const unit = UNITS.find(([u]) => u.test(unitWord!.toLowerCase()))?.[1];
  if (amount === undefined || unit === undefined || amount === 0) return undefined;
  const action = (word: string | undefined): 'delete' | 'anonymise' | 'archive' | undefined | null => {
    if (word === undefined) return undefined;
    return END_ACTIONS.find(([a]) => a.test(word.toLowerCase()))?.[1] ?? null;
  };
  const a1 = action(before);
  const a2 = action(after);
  // A word before or after that is not an end action is something this reading does not understand.
  if (a1 === null || a2 === null || (a1 !== undefined && a2 !== undefined && a1 !== a2)) return undefined;
  if (trigger !== undefined && /\d|\bor\b|\beller\b/i.test(trigger)) return undefined;
  const endAction = a1 ?? a2;
  return { period: `P${amount}${unit}`, ...(trigger ? { trigger: trigger.trim().replace(/[,;]+$/, '') } : {}), ...(endAction ? { endAction } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Countries and transfer mechanisms

let countryNames: Map<string, string> | undefined;

/** Every ISO 3166-1 alpha-2 code by its name in bokmål, nynorsk and English, and common other names. */
function countries(): Map<string, string> {
  if (countryNames) return countryNames;
  const map = new Map<string, string>();
  const names = ['nb', 'nn', 'en'].map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      for (const n of names) {
        let name: string | undefined;
        try {
          name = n.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code) map.set(name.toLowerCase(), code);
      }
    }
  }
  // Names people write that the display names do not give. EU/EEA is not a country: left out on purpose.
  const extra: Record<string, string> = {
    usa: 'US',
    'u.s.a.': 'US',
    'united states of america': 'US',
    amerika: 'US',
    'de forente stater': 'US',
    uk: 'GB',
    england: 'GB',
    storbritannia: 'GB',
    'great britain': 'GB',
    'sør-korea': 'KR',
    'south korea': 'KR',
  };
  for (const [k, v] of Object.entries(extra)) map.set(k, v);
  countryNames = map;
  return map;
}

/** The ISO code of a country named exactly (any case), or given as its code. */
export function countryCode(text: string): string | undefined {
  const v = text.trim().replace(/[.]$/, '');
  if (/^[A-Z]{2}$/.test(v)) {
    try {
      const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(v);
      if (name) return v;
    } catch {
      /* not a code */
    }
  }
  return countries().get(v.toLowerCase());
}

/** The Chapter V mechanism a text names, where its words leave no doubt. */
export function mechanismOf(text: string): TransferMechanism | undefined {
  const v = text.toLowerCase();
  if (/standard ?(?:contractual clauses|kontrakt|personvernbestemmelser|avtalevilkår)|\bscc\b|2021\/914/.test(v)) return 'A46-2-c';
  if (/binding corporate rules|bindende virksomhetsregler|\bbcr\b/.test(v)) return 'A46-2-b';
  if (/tilstrekkelig beskyttelsesnivå|adequacy decision|art(?:ikkel|\.)? ?45\b/.test(v)) return 'A45-3';
  return undefined;
}
