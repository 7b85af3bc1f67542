/**
 * Two guards of notice-source's described sources (Art. 14(2)(f)), read on the words a source was found in (F4, session 35).
 *
 * `negatedOver`: a negation that governs the verb the source hangs on through «or», «nor», «eller», «og» («We do not
 * contact former employers or look applicants up on social media», «Vi kontakter ikke tidligere arbeidsgivere eller søker
 * opp søkerne i sosiale medier», «Vi skal ikkje ringje tidlegare arbeidsgivarar og sjå etter søkjarane på Facebook»): the
 * second verb is denied with the first, so the party after it is no source. Only where nothing but coordinated verb
 * phrases stand between the negation and the source: no stop, colon or semicolon, no «but», «men», «unntatt», no comma
 * but one before a conjunction, no new subject after the conjunction («… or we look them up»), and not «not only»,
 * «ikke bare». Norwegian «og» joins two verbs under the negation only after a modal («skal ikke kontakte … og søke
 * opp»): with a finite verb («Vi kontakter ikke X og søker opp Y») the second is said, not denied.
 *
 * `reportedRecorded`: a document a party has reported («checked against the crew list the ship has reported», «mot
 * mannskapslista skipet har meldt inn») where a recorded source's own words say that party reports that kind of document
 * («Anløpsmeldinger, mannskaps- og passasjerlister … som skipet eller agenten melder»): the document came through that
 * source. The party is matched in either language (ship ↔ skip, vessel ↔ fartøy), the document by its kind (list ↔ liste,
 * report ↔ melding) and its qualifier (crew ↔ mannskap), each word of it; a party or document the source does not speak
 * of leaves the source unrecorded.
 */
import { lazyPattern } from '../util/lazy-pattern.js';

const NEGATOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:neither|verken|hverken|korkje|do\s+not|does\s+not|don['’]t|doesn['’]t|did\s+not|will\s+not|won['’]t|cannot|can\s+not|can['’]t|never|ikke|ikkje|aldri)(?![\p{L}])`,
  'giu',
);
/** «not only», «ikke bare»: no negation of the verb. */
const NOT_ONLY = lazyPattern(String.raw`^\s*(?:only|just|bare|berre|kun)(?![\p{L}])`, 'iu');
/** What breaks the negation's reach: a stop, a contrast, an exception. */
const BREAK = lazyPattern(
  String.raw`[.;:!?()]|(?<![\p{L}])(?:but|men|except|unless|unntatt|unnateke|bortsett|however|likevel|instead|i\s+staden|i\s+stedet|if|hvis|dersom|viss|when|når)(?![\p{L}])`,
  'iu',
);
const CONJUNCTION = lazyPattern(String.raw`(?<![\p{L}])(or|nor|eller|verken|hverken|and|og)(?![\p{L}])`, 'giu');
/** A subject of its own after a conjunction: a new clause, not the negated verb's twin. */
const NEW_SUBJECT = lazyPattern(
  String.raw`^\s*(?:(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou|[Vv]i|[Ee]g|[Jj]eg|[Hh]an|[Hh]o|[Hh]un|[Dd]u|[Mm]an)(?![\p{L}])|(?:[Dd]e|[Dd]ei|[Dd]et|[Dd]ette|[Tt]his|[Ii]t)\s+\p{L}+(?:er|ar|s)(?![\p{L}]))`,
  'u',
);
/** A clause of its own inside the stretch (a relative or a subject: «the certificates we get from …», «som vi hentar frå»). */
const OWN_CLAUSE = lazyPattern(String.raw`(?<![\p{L}])(?:we|vi|me|they|dei|som|that|which|who|whom)(?![\p{L}])`, 'iu');
/** A Norwegian modal before the negation: its infinitives after «og» are governed too. */
const MODAL_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:skal|vil|kan|må|bør|kjem\s+til\s+å|kommer\s+til\s+å|pleier\s+å|pleiar\s+å)\s+(?:\p{L}+\s+)?$`, 'iu');

/** Whether a negation before `named` in `words` governs it through coordinated verbs only. */
export function negatedOver(words: string, named: string): boolean {
  const at = words.indexOf(named);
  if (at <= 0) return false;
  const before = words.slice(0, at);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(NEGATOR())) last = m as RegExpExecArray;
  if (last === undefined) return false;
  const after = before.slice(last.index + last[0].length);
  if (NOT_ONLY().test(after) || BREAK().test(after) || OWN_CLAUSE().test(after)) return false;
  // Every comma stands before a conjunction («…, or look them up»).
  if (/,(?!\s*(?:or|nor|eller|and|og)(?![\p{L}]))/iu.test(after)) return false;
  const english = /^(?:do|does|don|doesn|did|will|won|can|never)/iu.test(last[0]);
  for (const c of after.matchAll(CONJUNCTION())) {
    const rest = after.slice(c.index + c[0].length);
    if (NEW_SUBJECT().test(rest)) return false;
    // Bokmål/nynorsk «og» joins the negated verb's twin only under a modal.
    if (/^og$/iu.test(c[1]!) && !(english || MODAL_BEFORE().test(before.slice(0, last.index)))) return false;
  }
  return true;
}

/** [Norwegian stems, English openings] of the parties that report documents and of the documents' kinds and qualifiers. */
type Twin = readonly [no: readonly string[], en: readonly string[]];
const PARTIES: readonly Twin[] = [
  [
    ['skip', 'fartøy', 'båt'],
    ['ship', 'vessel', 'boat'],
  ],
  [
    ['agent', 'skipsagent', 'meklar', 'megler'],
    ['agent', 'broker'],
  ],
  [
    ['reder', 'reiar'],
    ['shipowner', 'owner'],
  ],
  [
    ['kaptein', 'skipsfører', 'skipsførar', 'fører', 'førar'],
    ['master', 'captain'],
  ],
  [['arbeidsgiver', 'arbeidsgivar', 'arbeidsgjevar'], ['employer']],
  [['flyselskap'], ['airline', 'carrier']],
  [['transportør'], ['carrier', 'haulier']],
  [['speditør'], ['forwarder']],
  [['skole', 'skule'], ['school']],
];
const DOCUMENTS: readonly Twin[] = [
  [['liste', 'lista', 'lister'], ['list']],
  [
    ['melding', 'rapport', 'varsel', 'oppgåve', 'oppgave'],
    ['report', 'notification', 'notice', 'return'],
  ],
  [['erklæring'], ['declaration']],
  [['manifest'], ['manifest']],
  [['skjema'], ['form']],
];
const QUALIFIERS: readonly Twin[] = [
  [['mannskap'], ['crew']],
  [['passasjer'], ['passenger']],
  [['avfall'], ['waste']],
  [['anløp'], ['call', 'arrival']],
  [
    ['last', 'gods'],
    ['cargo', 'freight'],
  ],
  [
    ['tilsett', 'ansatt'],
    ['employee', 'staff'],
  ],
  [['elev'], ['pupil', 'student']],
];
const REPORTED = lazyPattern(
  String.raw`^(?:the\s+|den\s+|det\s+|dei\s+|de\s+)?([\p{L}-]+(?:\s+(?!(?:som|that|which)(?![\p{L}]))[\p{L}-]+)?)\s+(?:(?:that|which|som)\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:has|have|had|har|hadde)(?![\p{L}]))([\p{L}]+)\s+(?:has\s+|have\s+|had\s+|har\s+|hadde\s+)?(?:reported|submitted|sent|declared|notified|filed|registered|meldt|melde|rapportert|sendt|send|levert|innrapportert|registrert|oppgitt|oppgjeve)(?:\s+(?:in|inn|to\s+us|til\s+oss))?$`,
  'iu',
);
const REPORT_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:report|reports|reported|submit|submits|submitted|send|sends|declare|declares|notify|notifies|meld|melder|meldar|melde|meldt|rapporter|rapporterer|rapporterar|sender|sendar|leverer|leverar|registrerer|registrerar|innrapporterer)(?![\p{L}])`,
  'iu',
);
/** The twins a word is (by a Norwegian stem it holds, or an English opening). */
const twinsOf = (word: string, list: readonly Twin[]): number[] => {
  const w = word.toLowerCase();
  return list.flatMap(([no, en], i) => (no.some((s) => w.includes(s)) || en.some((e) => w.startsWith(e)) ? [i] : []));
};
/** Whether a source's words speak of the twin (any word of them holds it). */
const speaksOf = (text: string, twin: number, list: readonly Twin[]): boolean =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w.length >= 3 && twinsOf(w, list).includes(twin));

/** Whether `named` is a document a party reported that a recorded source's words say that party reports. */
export function reportedRecorded(named: string, sources: readonly { words: readonly string[] }[]): boolean {
  const m = REPORTED().exec(named.trim());
  if (m === null) return false;
  const document = m[1]!.split(/[\s-]+/u);
  const partyTwins = twinsOf(m[2]!, PARTIES);
  const kinds = twinsOf(document.at(-1)!, DOCUMENTS);
  if (partyTwins.length === 0 || kinds.length === 0) return false;
  // The document's other words (and a Norwegian compound's first part: «mannskapslista») are qualifiers the source must name.
  const qualifiers = document.flatMap((w) => twinsOf(w, QUALIFIERS));
  const unknownQualifier = document.slice(0, -1).some((w) => twinsOf(w, QUALIFIERS).length === 0);
  if (unknownQualifier) return false;
  return sources.some(({ words }) => {
    const text = words.join(' | ');
    return (
      REPORT_VERB().test(text) &&
      partyTwins.some((p) => speaksOf(text, p, PARTIES)) &&
      kinds.some((k) => speaksOf(text, k, DOCUMENTS)) &&
      qualifiers.every((q) => speaksOf(text, q, QUALIFIERS))
    );
  });
}
