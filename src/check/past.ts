import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { prefilter } from '../util/prefilter.js';

/**
 * A clause that tells what the controller did once and no longer does, or a plan it weighed and turned down (nb, nn, en):
 * what it says was or might have been is not the processing the record describes (Art. 30(1): the record of processing
 * activities «under its responsibility», as they are). One reading for every rule that reads the record's own words for a
 * recipient, a special category, a pre-ticked box or a place of storage (F1, session 24; reviewers N9's l06, l14, v11, v28,
 * v115 of session 23 and N10's of session 24, which fired on main in recipients-stated, special-category-condition,
 * consent-valid and processor-location):
 * - a practice ended: a clause that opens with «formerly» («Tidlegare», «Tidligere», «Previously», «In the past»), or names
 *   a year it lasted «until» («Fram til 2023», «til og med 2022», «until 2024», «før 2020»), or «used to» («pleide å», «we
 *   used to»), told in the past tense and with no present beside it: «Fram til 2023 vart funn sende til vikarbyrået; det
 *   vart stoppa», «Tidligere ba vi om helseattest, men det sluttet vi med i 2019», «Until 2024 the box was pre-ticked»,
 *   «Tidlegare låg loggane hos ein leverandør i USA, men dei vart flytta til Noreg i 2022». Not where the clause goes on in
 *   the present or says what came after («…, men no blir dei sende til fylket», «…, and since then to the county», «Loggane
 *   er lagra i USA fram til 2027»): that is the processing now, and is read.
 * - a plan rejected: a clause that says a thing was considered, proposed or planned and then rejected, dropped or decided
 *   against («Det vart vurdert å gi vikarbyrået tilgang til loggen, men det vart forkasta», «Eit forslag om å sende uttrekk
 *   … vart avvist i 2025», «We considered giving the insurer direct access to the records, but decided against it»,
 *   «Moving the survey to servers in the United States was considered in 2025 and rejected»). Not where it says what is done
 *   «instead» («i staden», «i stedet»), nor a plan to stop («Vi vurderte å slutte å sende …, men forslaget vart forkasta»:
 *   the practice goes on): those are read.
 * Read clause by clause (a «;», «:», «.» ends one): «Fram til 2023 …; no blir lista send til fylket» keeps its second clause.
 */
const YEAR_BOUND = String.raw`(?:(?:fram|frem|opp)\s+til|inntil|til\s+og\s+med|until|till|up\s+(?:un)?till?|før|before|prior\s+to)\s+(?:(?:i|in|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|sommaren|sommeren|hausten|høsten|våren|the\s+end\s+of|utgangen\s+av|slutten\s+av)\s+){0,2}(?:19|20)\d\d(?![\p{L}\d])`;
/**
 * A weak Norwegian verb in the past tense with its subject pronoun after it (V2: «Tidligere målte vi», «Tidlegare telde
 * dei», «Tidlegare måla me»): a stem rule for the verbs no list holds (reviewer N10, session 24: «Tidligere målte vi hvor
 * mange saker hver ansatt behandlet, men det er avviklet»). The pronoun keeps out a noun («Tidligere ansatte kan …»).
 */
const WEAK_PAST_V2 = String.raw`\p{L}{2,}(?:te|de|et|a)\s+(?:vi|me|dei|de|han|hun|ho|man|jeg|eg)(?![\p{L}])`;
/** A Norwegian verb in the past tense, the one a fronted «tidlegare» is followed by (V2: «Tidligere ba vi», «Tidlegare vart»). */
const PAST_VERB_NB = String.raw`(?:tok|gjorde|gjekk|gikk|skreiv|skrev|heldt|holdt|kjøpte|betalte|kopierte|registrerte|førte|vart|ble|blei|var|hadde|sendte|sende|delte|delt|gav|ga|fekk|fikk|låg|lå|ba|bad|kravde|krevde|spurde|spurte|brukte|nytta|lagra|lagret|pleide|pleidde|måtte|kunne|skulle|fanst|fantes|tok|gjorde|kontrollerte|registrerte|sjekka|sjekket|samla|samlet|hentet|henta|fikk)`;
const PAST_START = lazyPattern(
  String.raw`^[\s,]*(?:(?:tidlegare|tidligere|før\s+i\s+tid(?:a|en))\s*,?\s+(?:${PAST_VERB_NB}|${WEAK_PAST_V2})|previously|formerly|in\s+the\s+past)(?![\p{L}])|(?<![\p{L}])${YEAR_BOUND}|(?<![\p{L}])(?:used\s+to|pleide\s+(?:vi\s+|me\s+)?å|pleidde\s+(?:vi\s+|me\s+)?å|(?:we|they|vi|me|dei|de)\s+(?:stopped|ceased|quit|sluttet|slutta|stansa|stanset)\s+(?:(?:med\s+)?å\s+|to\s+)?\p{L}+)(?![\p{L}])`,
  'iu',
);
/** A verb in the past tense (nb, nn, en): an auxiliary, a common strong or weak form, or an English «-ed». */
const PAST_TENSE = lazyPattern(
  String.raw`(?<![\p{L}])(?:tok|gjorde|gjekk|gikk|skreiv|skrev|heldt|holdt|kjøpte|betalte|kopierte|registrerte|førte|ran|took|kept|made|did|bought|held|paid|sold|brought|told|wrote|vart|ble|blei|var|was|were|had|hadde|sendte|sende\s+(?:vi|me)|delte|gav|ga|fekk|fikk|låg|lå|lay|ba|bad|kravde|krevde|spurde|spurte|brukte|nytta|lagra|lagret|sjekka|sjekket|kontrollerte|henta|hentet|slutta|sluttet|stansa|stanset|sent|gave|got|kept|used\s+to|pleide|pleidde|${WEAK_PAST_V2}|(?!(?:need|feed|seed|speed|breed|bleed|hundred|sted|fred|proceed|succeed|exceed|embed|indeed|greed|steed)(?![\p{L}]))\p{L}{2,}ed)(?![\p{L}])`,
  'iu',
);
/**
 * The present beside it: a present verb or «now», «today», «since then» (nb, nn, en). Not «er avvikla», «is discontinued»,
 * «er slutt»: the present of an ending.
 */
const PRESENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:blir|vert|er|is|are)(?!\s+(?:\p{L}+\s+)?(?:avvikla|avviklet|stoppa|stoppet|avslutta|avsluttet|slutt|opphørt|opphøyrd|nedlagt|lagt\s+ned|endra|endret|ended|stopped|discontinued|over|abolished|changed|no\s+longer)(?![\p{L}]))|sendes|sendast|deles|delast|lagres|lagrast|sender|sendar|sends|shares|deler|delar|gir|gjev|gives|ber|asks|nå|now|today|i\s+dag|no|sidan|siden|since|thereafter|etterpå|seinare|senere|later|from\s+then|ligg|ligger|lies|fortsatt|framleis|fremdeles|still|(?:gjør|gjer|does)(?!\s+(?:\p{L}+\s+)?(?:ikkje|ikke|not)\s+(?:lenger|lengre|lenge|any\s+more|anymore)(?![\p{L}]))|continues?|fortsett\p{L}*|held\s+fram|holder\s+fram)(?![\p{L}])`,
  'iu',
);
const PLANNED = String.raw`(?:vurdert|vurderte|vurdere|drøfta|drøftet|diskutert|diskuterte|foreslått|foreslo|forslag(?:et)?|planla|planlagt|planane|planene|planen|considered|discussed|proposed|proposal|planned|plans?|suggested|suggestion)`;
const REJECTED = String.raw`(?:forkasta|forkastet|avvist|avviste|avslått|avslo|droppa|droppet|skrinlagt|skrinlagd|lagt\s+bort|valt\s+bort|valgt\s+bort|(?:gjekk|gikk|gått)\s+bort\s+(?:frå|fra)|(?:sagt|sa)\s+nei|rejected|dropped|abandoned|turned\s+down|declined|decided\s+against|ruled\s+out|shelved|not\s+pursued|never\s+(?:carried\s+out|implemented|went\s+ahead)|(?:chose|decided|opted)\s+(?:not\s+to|against|to\s+(?:keep|stay\s+with|continue\s+with)|(?:an|a)\s+(?:other|different)|another|other)|(?:valde|valgte|bestemte|bestemde|landa|landet)\s+(?:(?:vi|me|oss|dei|de)\s+)?(?:(?:oss|seg)\s+)?(?:for\s+|på\s+)?(?:å\s+)?(?:ikkje|ikke|ein\s+annan|en\s+annen|ei\s+anna|eit\s+anna|et\s+annet|noko\s+anna|noe\s+annet|heller|å\s+la\s+(?:vere|være)))`;
const REJECTED_PLAN = lazyPattern(
  String.raw`(?<![\p{L}])${PLANNED}(?![\p{L}])[^.;:!?]*?(?<![\p{L}])${REJECTED}(?![\p{L}])(?![^.;:!?]*?(?<![\p{L}])(?:i\s+staden|i\s+stedet|instead|heller)(?![\p{L}]))`,
  'iu',
);
/** A plan to stop («vurderte å slutte å sende», «a proposal to stop sharing»): turned down, the practice goes on. */
const PLAN_TO_STOP = lazyPattern(
  String.raw`(?<![\p{L}])${PLANNED}\s+(?:(?:om|å|to|of|about)\s+)?(?:slutte|stoppe|avslutte|avvikle|stanse|stop|stopping|end|ending|ceasing|cease)(?![\p{L}])`,
  'iu',
);
/** A cheap gate: a text that holds none of these words holds no past practice ended or plan rejected. */
/**
 * A year, «tidl-», «previous», «formerly», «past», «used to», «pleid-»: what PAST_START needs besides its words, for the gate
 * (its «til», «før», «before» are in most texts).
 */
const PAST_HINT = lazyPattern(String.raw`(?:19|20)\d\d|tidl|previous|formerly|past|used\s+to|pleid|før\s+i\s+tid|stopped|ceased|quit|slutt|stans`, 'iu');
const startWords = prefilter(PAST_START);
const mayBePastWords = (text: string): boolean => PAST_HINT().test(text) && startWords(text);
const mayBeRejectedWords = prefilter(REJECTED_PLAN);
export const mayTellPast = (text: string): boolean => mayBePastWords(text) || mayBeRejectedWords(text);

/**
 * The next clause says the practice goes on, in the present («Before 2020 the findings were sent only by post to the temp
 * agency; they are still sent there, now by e-mail», «Fram til 2020 ba vi om helseattest; nå ber vi om den bare for
 * sjåførstillinger»: reviewer N10 of s24-F1): a word of now or still with a present verb, and no denial («…; ingenting blir
 * sendt dit no» ends it).
 */
const GOES_ON = lazyPattern(
  String.raw`^(?=[^]*?(?<![\p{L}])(?:still|framleis|fortsatt|fremdeles|nå|now|no|today|i\s+dag|sidan|siden|since\s+then)(?![\p{L}]))(?=[^]*?(?<![\p{L}])(?:blir|vert|er|is|are|sendes|sendast|deles|delast|sender|sendar|sends|send|ber|ask|asks|gjør|gjer|does|do|får|gets?|lagres|lagrast|stored|kept|shared)(?![\p{L}]))(?![^]*?(?<![\p{L}])(?:ingenting|ikkje|ikke|not|never|aldri|ingen|inga|nothing|no\s+longer|stoppa|stoppet|stopped|slutta|sluttet|avvikla|avviklet|ended|deleted|sletta|slettet)(?![\p{L}]))`,
  'iu',
);
/**
 * Whether a clause (no «.», «;», «:» in it) tells a practice ended or a plan rejected (see above); `next`, the clause after
 * it, where it may say the practice goes on.
 */
export function pastOrRejected(clause: string, next?: string): boolean {
  if (mayBePastWords(clause) && PAST_START().test(clause) && PAST_TENSE().test(clause) && !PRESENT().test(clause))
    return next === undefined || !GOES_ON().test(next);
  return mayBeRejectedWords(clause) && REJECTED_PLAN().test(clause) && !PLAN_TO_STOP().test(clause);
}
/** Clause ends: «.», «;», «:», «!», «?», not a decimal point («2.5»). */
const CLAUSE = lazyPattern(String.raw`(?:[^.;:!?]|[.;:!?](?=\d))+`, 'gu');
/** The clause of `text` that holds offset `index`. */
export function clauseAt(text: string, index: number): { start: number; end: number } {
  let start = 0;
  for (const m of text.matchAll(CLAUSE())) {
    const end = m.index + m[0].length;
    if (index < end) return { start: m.index, end };
    start = end;
  }
  return { start, end: text.length };
}
/**
 * Whether the clause of `text` at `index` tells a practice ended or a plan rejected. A reader asks once per comma part, so
 * the text's clauses and each clause's answer are kept for the last text asked about: a clause that is a list of thousands of
 * parts was read whole once per part (quadratic). Same answers as reading it each time.
 */
export function pastAt(text: string, index: number): boolean {
  if (text !== pastText) {
    pastText = text;
    pastMay = mayTellPast(text);
    pastClauses = pastMay ? matchesOf(CLAUSE(), text).map((m) => [m.index, m.index + m[0].length] as const) : [];
    pastByStart.clear();
  }
  if (!pastMay) return false;
  const { start, end } = clauseOfLast(text, index);
  let past = pastByStart.get(start);
  if (past === undefined) {
    const next = end < text.length ? clauseOfLast(text, end + 1) : undefined;
    past = pastOrRejected(text.slice(start, end), next === undefined ? undefined : text.slice(next.start, next.end));
    pastByStart.set(start, past);
  }
  return past;
}
/** clauseAt for the last text pastAt read, from its clauses kept. */
function clauseOfLast(text: string, index: number): { start: number; end: number } {
  const i = clauseIndexAt(index);
  if (i < pastClauses.length) return { start: pastClauses[i]![0], end: pastClauses[i]![1] };
  return { start: pastClauses.at(-1)?.[1] ?? 0, end: text.length };
}
let pastText: string | undefined;
let pastMay = false;
/** The last text's clauses (CLAUSE), as [start, end). */
let pastClauses: (readonly [number, number])[] = [];
const pastByStart = new Map<number, boolean>();
/** The first of the last text's clauses that ends after `index` (clauseAt's answer), or their count where none does. */
function clauseIndexAt(index: number): number {
  let lo = 0;
  let hi = pastClauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index < pastClauses[mid]![1]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
/** `text` with each clause that tells a practice ended or a plan rejected blanked out (same length: offsets hold). */
export function withoutPast(text: string): string {
  if (!mayTellPast(text)) return text;
  const clauses = matchesOf(CLAUSE(), text).map((m) => m[0]);
  let i = 0;
  return text.replace(CLAUSE(), (c) => (pastOrRejected(c, clauses[++i]) ? ' '.repeat(c.length) : c));
}
