import { givesOthersData, informsAsObtainedElsewhere, textsOf } from '../check/facts.js';
import { otherGetter, personDataGotOnce } from '../check/data-got.js';
import { twinRecorded } from '../check/party-twins.js';
import { activityProse, givenReceiver, listedParty, SENT_HOW_TAIL, sourceNames, sourceRecorded, withoutSentHow } from '../check/prose-activity.js';
import { knownKind, ownStaff, sourceHead } from '../check/source-party.js';
import { negatedOver, reportedRecorded } from '../check/source-guards.js';
import { otherNames } from '../check/other-name.js';
import { ownWordsOf, partyKind } from '../check/parties.js';
import { defineRule } from '../check/rule.js';
import { textsAt } from '../check/free-text.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { letterPattern } from '../util/letters.js';

/**
 * Art. 14(2)(f): where data is obtained elsewhere, the person is told where it came from. An activity that
 * informs under Art. 14 (`art14`) while every source it names is the person or a device names no source the
 * data was obtained from (a warning: either the sources are incomplete, or Art. 14 is not what applies). Where the
 * activity has more than one group of data subjects and a source of type `data-subject` is named as one of them
 * («Pasienten», «Varsleren») rather than as the person themself («Den registrerte selv», «Søkjaren sjølv», «deg selv»), that group gives
 * data about the others (a patient naming next of kin): the source is named, and nothing is reported.
 */
const OWN = new Set(['data-subject', 'device']);

/**
 * A source the activity's own words name (src/check/prose-activity.ts: «innhenter opplysninger fra arbeidsgiver»,
 * «kontrolleres mot sanksjonslister», «søker opp kandidatene på LinkedIn», «traced by asking their employer, family and
 * neighbours») that no recorded source names (by a word of it, sourceRecorded), nor the activity's data subjects: the
 * data is obtained from someone other than the person, which the notice must name (Art. 14(2)(f)) and the
 * record does not carry (`described-source`, a warning quoting the words). The words raise the fact; naming the source in
 * `sources` answers it.
 */
/**
 * The head of a source's name, its last word before a preposition or relative clause («claim agencies acting for the
 * passenger» → «agencies», «the patient's relatives» → «relatives», «foreldrene til barnet» → «foreldrene»): a
 * source is one of the activity's data-subject groups only when its head is, not when a word before it is («claim
 * agencies» beside «Passengers with a claim»: B3's blind set variants-luftfart LF37). Both the whole name and its head must
 * match: a head that is no name by itself («personer» in «lister over politisk eksponerte personer») proves nothing.
 */
const headOf = (named: string): string => {
  const head =
    named
      .split(/\s(?:for|of|on|at|in|with|from|acting|working|who|that|til|av|på|i|hos|med|fra|frå|som)\s/iu)[0]!
      .trim()
      .split(/\s+/u)
      .at(-1) ?? '';
  // A head that is no word to match («LinkedIn og i andre sosiale medier» → «og»): the whole name, as before.
  return /\p{L}{5,}/u.test(head) ? head : named;
};
/**
 * The head noun of a source's name, in any of its forms, recorded as a whole word: the last word before a preposition,
 * relative clause or possessive («legeerklæringer fra behandlende lege» → «lege», «fra banken din» → «bank», «from the
 * member's bank» → «bank»), with its ending taken off, and a recorded word that is that stem with an ending («Leger og annet
 * helsepersonell», «Bank», «Fastlegar»). sourceRecorded matches five-letter stems, which a head of four letters does not
 * give and an adjective before it («behandlende») does not match: variants-pensjon's clean base (B8, session 16:
 * «innhenter … legeerklæringer fra behandlende lege» beside a source «Leger og annet helsepersonell»). Only a noun that
 * names someone: not «andre», «others», «dem».
 */
const POSSESSIVE = lazyPattern(String.raw`\s+(?:din|ditt|dine|dykkar|deres|hans|hennes|sin|sitt|sine|your|their|his|her|its)$`, 'iu');
const NOT_A_HEAD = lazyPattern(String.raw`^(?:andre|anna|annen|annet|other|others|dem|them|oss|us|alle|all|noen|nokon|some|seg|meg|deg)$`, 'iu');
const ENDING = lazyPattern(String.raw`(?:ene|ane|ens|ers|en|et|er|ar|ne|na|es|a|n|s)$`, 'u');
/**
 * A word before the head that makes the source another party than one recorded under the same head (N, session 17): another,
 * a former or a new one («fra andre kommuner», «frå den tidlegare kommunen» beside a source «Kommunen»), or someone else's
 * («fra ektefellens arbeidsgiver» beside «Søkerens arbeidsgiver»). Such a source is recorded only by a name that says the
 * same (its own «andre»/«tidligere», the same owner) or speaks of the kind in general: a plural or an indefinite noun («Kommuner», «Bank») or a noun
 * with no owner («Arbeidsgiver»). Both readers below (sourceRecorded's stems, headRecorded) are given only such names.
 */
const ANOTHER_PARTY = lazyPattern(
  String.raw`^(?:andre|anna|annan|annen|annet|other|another|ny|nye|nytt|new|tidligere|tidlegare|forrige|førre|previous|former|earlier)$`,
  'iu',
);
const OWNER = lazyPattern(String.raw`^\p{L}{3,}(?:['’]s|ens|ets|as)$`, 'iu');
/** A head word in the definite singular, one body: «Kommunen», «Skulen», «the municipality» (not «Kommune», «Bank», «Kommuner»). */
const DEFINITE_END = lazyPattern(String.raw`(?:en|et|a)$`, 'iu');
const PLURAL_END = lazyPattern(String.raw`(?:ene|ane|ne|er|ar)$`, 'iu');
const THE = lazyPattern(String.raw`^(?:the|our|this|vår|vårt)$`, 'iu');
const PHRASE_END = lazyPattern(
  String.raw`\s(?:for|of|on|at|in|with|from|acting|working|who|that|when|during|after|til|av|på|i|hos|med|fra|frå|som|ved|under|etter|når)\s`,
  'iu',
);
/** The head of a source's name (its last word before a preposition or relative clause), its stem's word, and the words before it. */
// Read once per name (util/memo.ts): each call made a RegExp, and the same names recur in every activity of a kind.
const headWords = byText((named: string) => headWordOf(named) ?? null);
const headWord = (named: string): ReturnType<typeof headWordOf> => headWords(named) ?? undefined;
function headWordOf(named: string): { word: RegExp; stem: string; qualifiers: string[] } | undefined {
  const words = named.split(PHRASE_END())[0]!.trim().replace(POSSESSIVE(), '').split(/\s+/u);
  const head = (words.at(-1) ?? '').replace(/['’]s$/u, '').toLowerCase();
  if (!/^\p{L}{4,}$/u.test(head) || NOT_A_HEAD().test(head)) return undefined;
  const stem = head.length - (ENDING().exec(head)?.[0].length ?? 0) >= 4 ? head.replace(ENDING(), '') : head;
  const word = new RegExp(`(?<![\\p{L}])${stem}(?:e|r|n|s|a|en|er|et|ne|ar|es|ene|ane|ens|ers)?(?![\\p{L}])`, 'iu');
  return { word, stem, qualifiers: words.slice(0, -1) };
}
/**
 * The recorded sources' words (names, descriptions, ids) that may be the source named: all but those of a source whose name
 * names the same head for a different party (above), so that its id or description («applicant-employer») does not stand in.
 */
function samePartyNames(named: string, sources: readonly { names: readonly string[]; words: readonly string[] }[]): string[] {
  const h = headWord(named);
  const another = h !== undefined && h.qualifiers.some((q) => ANOTHER_PARTY().test(q));
  const owner = h?.qualifiers.find((q) => OWNER().test(q))?.toLowerCase();
  const differs = (t: string): boolean => {
    const m = stemWords(h!.stem).exec(t);
    if (m === null) return false;
    const before = t.slice(0, m.index).trim().split(/\s+/u);
    const one = (DEFINITE_END().test(m[0]) && !PLURAL_END().test(m[0])) || THE().test(before.at(-1) ?? '');
    if (another && one && !before.some((w) => ANOTHER_PARTY().test(w))) return true;
    const theirs = before.find((w) => OWNER().test(w))?.toLowerCase();
    return owner !== undefined && theirs !== undefined && theirs !== owner;
  };
  return sources.filter((s) => h === undefined || (!another && owner === undefined) || !s.names.some(differs)).flatMap((s) => s.words);
}
const PERSON_RECEIVED = lazyPattern(
  String.raw`(?<![\p{L}])(?:they|he|she|dei|de|han|ho|hun)\s+(?:have\s+|has\s+|had\s+|har\s+|hadde\s+)?(?:received|got|gotten|been\s+given|fått|fekk|fikk)\s+(?:from|frå|fra)\s+(?:the\s+)?$`,
  'iu',
);
/** Whether `named` follows the person's own receipt in `words` («… they received from X», «… dei har fått frå X»). */
function personReceivedFrom(words: string, named: string): boolean {
  const at = words.indexOf(named);
  return at > 0 && PERSON_RECEIVED().test(words.slice(0, at));
}
/** A stem and the letters after it, as a word (one RegExp per stem, not per test; non-global, so shared). */
const stemWords = byText((stem: string) => letterPattern(`(?<![\\p{L}])${stem}\\p{L}*`, 'iu'));
/**
 * A person by their role in a body, where the body is a recorded source (F8, session 21: «Vi hentar inn opplysningar frå
 * kontaktlæraren og foreldra» beside a source «Skulen eleven går på»): the role is that body's staff, and what they give
 * is the body's (Art. 14(2)(f) asks for the source, the body). Teachers and school leaders (a school), a kindergarten's
 * head and teachers (a kindergarten), doctors, nurses and psychologists (a health service: «fastlegen», «legen»,
 * «helsesjukepleiaren»), a caseworker, adviser or counsellor of NAV or of the child welfare service when named with it
 * («saksbehandleren i NAV», «NAV-veilederen»: their abbreviation is read by sourceRecorded already), a police officer (the
 * police). Only where the name holds no word of another party («tidlegare», «another», «den nye») and every part of the
 * name joined by «og», «and», a comma is a role of a recorded body or recorded itself.
 */
const ROLE_BODIES: readonly (readonly [role: () => RegExp, body: () => RegExp])[] = [
  [
    lazyPattern(
      String.raw`^(?:(?:the|our|their|his|her|the\s+pupil['’]s|the\s+child['’]s|the\s+school['’]s)\s+)?(?:\p{L}*lær[ae]r(?:en|ane|ne|e|ar|er)?|\p{L}*lærar(?:en|ane|ar)?|rektor(?:en|ane|ar|er|ene)?|inspektør(?:en|ar|er|ane|ene)?|undervisningsinspektør\p{L}*|skuleleiing(?:a)?|skoleledelse(?:n)?|skuleleiar(?:en|ar|ane)?|skoleleder(?:en|e|ne)?|sosiallær\p{L}*|spesialpedagog(?:en|ar|er|ane|ene)?|(?:class|form|subject|head|contact|special\s+needs|support)\s+teachers?|special\s+needs\s+coordinators?|sencos?|teachers?|headteachers?|head\s+of\s+(?:the\s+)?school|principals?|school\s+(?:management|leaders?|leadership|staff))(?:\s+(?:til|for|of|at|i|på|ved)\s+.*)?$`,
      'iu',
    ),
    lazyPattern(String.raw`skul|skol|school|sfo|(?<![\p{L}])elev`, 'iu'),
  ],
  [
    lazyPattern(
      String.raw`^(?:(?:the|our|their|his|her)\s+)?(?:styrar(?:en|ar|ane)?|styrer(?:en|e|ne)?|pedagogisk(?:e)?\s+lei(?:ar|der)(?:en|ar|ane|e|ne)?|barnehagelær\p{L}*|nursery\s+(?:teachers?|staff|manager)|kindergarten\s+(?:teachers?|staff|manager))(?:\s+(?:til|for|of|at|i|på|ved)\s+.*)?$`,
      'iu',
    ),
    lazyPattern(String.raw`barnehag|kindergarten|nursery`, 'iu'),
  ],
  [
    lazyPattern(
      String.raw`^(?:(?:the|our|their|his|her|the\s+patient['’]s|the\s+child['’]s)\s+)?(?:leg(?:e|en|ar|er|ane|ene)|lækjar(?:en|ar|ane)?|behandlande\s+lege|behandlende\s+lege|helsesjukepleiar(?:en|ar|ane)?|helsesykepleier(?:en|e|ne)?|helsesøster(?:en)?|sjukepleiar(?:en|ar|ane)?|sykepleier(?:en|e|ne)?|psykolog(?:en|ar|er|ane|ene)?|(?:doctors?|physicians?|nurses?|school\s+nurses?|health\s+visitors?|psychologists?))(?:\s+(?:til|for|of|at|i|på|ved|hos)\s+.*)?$`,
      'iu',
    ),
    lazyPattern(String.raw`helse|leg(?:e|ar|er)|lækjar|fastleg|sjukehus|sykehus|bup|poliklinikk|klinikk|health|medical|doctor|clinic|hospital|gp`, 'iu'),
  ],
  // A GP is the GP surgery's, not a hospital's or a health station's (issue #12, session 32: «fastlegen» beside a recorded
  // «Fødeavdelinga, Helse Fjord HF» read as the ward's doctor).
  [
    lazyPattern(
      String.raw`^(?:(?:the|our|their|his|her|the\s+patient['’]s|the\s+child['’]s)\s+)?(?:fastleg(?:e|en|ar|er|ane|ene)|general\s+practitioners?|gps?)(?:\s+(?:til|for|of|at|i|på|ved|hos)\s+.*)?$`,
      'iu',
    ),
    lazyPattern(String.raw`fastleg|legekontor|legesenter|legesenteret|(?<![\p{L}])gps?(?![\p{L}])|general\s+practi|surgery`, 'iu'),
  ],
  [
    lazyPattern(
      String.raw`^(?:(?:the|our|their|his|her)\s+)?(?:politi(?:betjent|betent|tenestemann|tjenestemann|førstebetjent|advokat)\p{L}*|lensmann(?:en)?|police\s+officers?|officers?\s+at\s+the\s+police)(?:\s+.*)?$`,
      'iu',
    ),
    lazyPattern(String.raw`politi|police`, 'iu'),
  ],
];
const OTHER_BODY = lazyPattern(
  String.raw`(?<![\p{L}])(?:andre|anna|annan|annen|annet|other|another|ny|nye|nytt|new|tidligere|tidlegare|forrige|førre|previous|former|earlier)(?![\p{L}])`,
  'iu',
);
/**
 * The person's family or the person named in English where the record's data subjects are named in Norwegian («the
 * parents» beside «Foreldre»: N6's review, session 21), or the other way round: the same group, read in roleRecorded only.
 */
const SUBJECT_TWINS: readonly (readonly [en: () => RegExp, no: () => RegExp])[] = [
  [lazyPattern(String.raw`^(?:the\s+)?(?:parents?|guardians?|(?:the\s+)?family)$`, 'iu'), lazyPattern(String.raw`foreldr|føresett|foresatt|familie`, 'iu')],
  [lazyPattern(String.raw`^(?:the\s+)?(?:pupils?|students?|child|children)$`, 'iu'), lazyPattern(String.raw`elev|barn|born`, 'iu')],
  [lazyPattern(String.raw`^(?:foreldr\p{L}*|føresett\p{L}*|foresatt\p{L}*)$`, 'iu'), lazyPattern(String.raw`parent|guardian`, 'iu')],
  [lazyPattern(String.raw`^(?:elev\p{L}*|barn(?:et|a)?|born(?:a)?)$`, 'iu'), lazyPattern(String.raw`pupil|student|child`, 'iu')],
];
const subjectTwin = (part: string, subjects: readonly string[]): boolean => SUBJECT_TWINS.some(([a, b]) => a().test(part) && subjects.some((t) => b().test(t)));
/**
 * A role named with its own body («the nurse at the asylum reception centre», «pedagogisk leiar i barnehagen»): that body's,
 * so the body must be recorded itself, not any body of the role's kind; a person after it («kontaktlæraren til eleven»,
 * «the child's GP») names no other body (issue #12, session 32).
 */
const ROLE_TAIL = lazyPattern(String.raw`\s(?:til|for|of|at|i|på|ved|hos)\s+(.+)$`, 'iu');
function tailRecorded(part: string, recorded: readonly string[], subjects: readonly string[]): boolean {
  const tail = ROLE_TAIL().exec(part)?.[1];
  if (tail === undefined) return true;
  if (sourceRecorded(tail, recorded) || sourceRecorded(tail, subjects)) return true;
  const kind = partyKind(sourceHead(tail), { subjects });
  return kind === 'subject' || kind === 'relative' || kind === 'unknown';
}
const roleOf = (part: string, recorded: readonly string[], subjects: readonly string[] = []): boolean =>
  ROLE_BODIES.some(([role, body]) => role().test(part) && recorded.some((t) => body().test(t))) && tailRecorded(part, recorded, subjects);
export function roleRecorded(named: string, recorded: readonly string[], subjects: readonly string[]): boolean {
  if (OTHER_BODY().test(named)) return false;
  const parts = named
    .split(/\s*,\s*|\s+(?:og|and|eller|or|samt)\s+/iu)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    parts.some((p) => roleOf(p, recorded, subjects)) &&
    parts.every((p) => roleOf(p, recorded, subjects) || sourceRecorded(p, recorded) || sourceRecorded(p, subjects) || subjectTwin(p, subjects))
  );
}
function headRecorded(named: string, recorded: readonly string[]): boolean {
  const h = headWord(named);
  return h !== undefined && recorded.some((t) => h.word.test(t));
}
/**
 * A unit of the controller itself, named with the controller's name («personalavdelinga i Solvik kommune», «Helse- og
 * omsorgstenesta i Solvik kommune», «Solvik kommune sin personalavdeling», «the HR office of Solvik kommune» where the
 * controller is Solvik kommune: N11's review, session 25): the controller's own data, no other source.
 */
/** A unit «ved sykehuset», «at the hospital» where the controller is a hospital or health trust: the controller's own. */
const OUR_HOSPITAL = lazyPattern(String.raw`\s(?:ved|på|i|at|in|of)\s+(?:the\s+)?(?:sykehuset|sjukehuset|hospital)$`, 'iu');
const HOSPITAL_ORG = lazyPattern(String.raw`(?<![\p{L}])(?:helse\p{L}*|\p{L}*sykehus\p{L}*|\p{L}*sjukehus\p{L}*|hospital\p{L}*|HF)(?![\p{L}])`, 'iu');
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
function ownUnit(named: string, org: readonly string[]): boolean {
  const n = named.trim().replace(/\s+/gu, ' ');
  return (
    org.some((o) => {
      const e = escapeRe(o);
      return new RegExp(
        `(?:^|\\s(?:i|ved|hos|in|at|of|within)\\s)${e}$|^${e}(?:\\s+(?:i|ved|hos|in|at|of)\\s+\\S+)?$|^${e}${SENT_HOW_TAIL}$|^${e}(?:s|['’]s|\\s+(?:sin|sitt|si|sine))\\s`,
        'iu',
      ).test(n);
    }) ||
    (OUR_HOSPITAL().test(n) && org.some((o) => HOSPITAL_ORG().test(o)))
  );
}
/**
 * The controller named as the receiver of a party's data instead of «us» (prose-activity.ts givenToUs: «Politiet gir
 * kommunen ei oversikt …», «gir teamet opplysninger»): a unit in the definite singular is the controller's own; a kind of
 * body («kommunen», «the school», «selskapet») only where the controller's name is of that kind (variants-paraphrase4
 * PD040, variants-paraphrase5 PE037). In a record of a firm, «NAV gir kommunen opplysninger» tells of two others.
 */
const OWN_UNIT_RECEIVER = lazyPattern(
  String.raw`^(?:the\s+)?(?:team(?:et)?|avdeling(?:a|en)|department|kontoret|office|tenesta|tjenesten|service|eininga|enheten|unit)$`,
  'iu',
);
const RECEIVER_KINDS: readonly (readonly [kind: () => RegExp, org: () => RegExp])[] = [
  [lazyPattern(String.raw`kommune|municipality|council|county`, 'iu'), lazyPattern(String.raw`kommune|municipality|council|county`, 'iu')],
  [lazyPattern(String.raw`etaten|direktoratet|agency|directorate`, 'iu'), lazyPattern(String.raw`etat|direktorat|agency|directorate|tilsyn|authority`, 'iu')],
  [lazyPattern(String.raw`skulen|skolen|school`, 'iu'), lazyPattern(String.raw`skule|skole|school|gymnas|academy|akademi`, 'iu')],
  [lazyPattern(String.raw`barnehagen|kindergarten`, 'iu'), lazyPattern(String.raw`barnehage|kindergarten`, 'iu')],
  [lazyPattern(String.raw`legevakt`, 'iu'), lazyPattern(String.raw`legevakt|kommune`, 'iu')],
  [lazyPattern(String.raw`klinikken|clinic`, 'iu'), lazyPattern(String.raw`klinikk|clinic`, 'iu')],
  [lazyPattern(String.raw`senteret|centre|center`, 'iu'), lazyPattern(String.raw`senter|centre|center`, 'iu')],
  [lazyPattern(String.raw`sjukehuset|sykehuset|hospital`, 'iu'), lazyPattern(String.raw`sjukehus|sykehus|hospital|helse`, 'iu')],
  [lazyPattern(String.raw`selskapet|company`, 'iu'), lazyPattern(String.raw`(?<![\p{L}])(?:as|asa|sa|ltd|inc)(?![\p{L}])|selskap|company`, 'iu')],
  [lazyPattern(String.raw`foreninga|foreningen|association`, 'iu'), lazyPattern(String.raw`forening|association|lag(?![\p{L}])|laget`, 'iu')],
  [lazyPattern(String.raw`klubben|club`, 'iu'), lazyPattern(String.raw`klubb|club|idrettslag`, 'iu')],
];
function ourReceiver(to: string, org: readonly string[]): boolean {
  if (/^(?:us|oss)$/iu.test(to) || OWN_UNIT_RECEIVER().test(to.trim())) return true;
  return RECEIVER_KINDS.some(([kind, named]) => kind().test(to) && org.some((o) => named().test(o)));
}
/**
 * A compound that shares only its first part with the data subjects' words: «hjemmesykepleien» beside «Hjemmelånere»,
 * «pasientforeningen» beside «Pasientar», «barnehagen» beside «Barn»: another body, not the people (issue #12, session 32;
 * sourceRecorded matches five-letter stems). Every subject word that opens with the head's five letters leaves five letters
 * or more of the head after the letters they share (an ending is at most four: «pasientane», «elevane»).
 */
function otherCompound(head: string, subjects: readonly string[]): boolean {
  const h = head.toLowerCase();
  if (h.length < 10 || /\s/u.test(h)) return false;
  const same = subjects.flatMap((t) => t.split(/[^\p{L}]+/u)).filter((w) => w.length >= 3 && w.slice(0, 5) === h.slice(0, 5));
  if (same.length === 0) return false;
  return same.every((w) => {
    let p = 0;
    while (p < h.length && p < w.length && h[p] === w[p]) p++;
    return h.length - p >= 5;
  });
}
/**
 * A register or database named by its own name is no group of the activity's data subjects, though its compound starts
 * with their word («studentregisteret FS» beside «Studentar som …»: variants-paraphrase4 PD048). A register named only by
 * the people in it («medlemsregisteret» beside «Medlemmer») is still read as theirs, the controller's own, as before.
 */
const A_REGISTER = lazyPattern(String.raw`^(?:the\s+)?\p{L}*(?:regist(?:er|eret|ra|ret|ry|re)|database(?:n|r|ne)?)\s+(?:\(\s*)?\p{Lu}`, 'u');
/**
 * A data-subject group's name up to its first preposition («Gjester i gjestehavna» → «gjester»): otherCompound compares a
 * source's compound with the group's own word, not with a place the group is named by («de andre gjestehavnene i
 * regionen» are other harbours, not the guests of ours: variants-havn HV32; session 35).
 */
const subjectHead = (t: string): string => t.split(/\s(?:i|på|ved|hos|til|av|for|med|fra|frå|in|at|of|on|with|from|who|som)\s/iu)[0]!;
/** A name in quotes after a noun («Facebook-gruppa «Gamle Elvedal»»): the group's own name, no word of ours (session 35). */
const QUOTED_NAME = lazyPattern(String.raw`(?<=\p{L})\s+[«"“][^»"”]*[»"”]`, 'gu');
function describedSource(
  r: ResolvedActivity,
  org: readonly string[],
  recordedNames: readonly string[],
  once: Map<string, readonly { at: number; source: string }[]>,
  ownWords: string,
): { pointer: string; words: string; source: string } | undefined {
  const facts = activityProse(r).sources;
  if (facts.length === 0) return undefined;
  const bySource = r.sources.map((s) => ({
    names: textsOf(s.value.name).map((t) => t.toLowerCase()),
    words: [...textsOf(s.value.name), ...textsOf(s.value.description), s.id].map((t) => t.toLowerCase()),
    holders: s.value.controller ? [s.value.controller.toLowerCase()] : [],
  }));
  const subjects = r.dataSubjects.flatMap((d) => [...textsOf(d.value.name), d.id]).map((t) => t.toLowerCase());
  const words = facts.map((f) => f.words);
  // The sources the words name that nothing but the activity's own systems and processors may make recorded depend on
  // these words alone: found once per distinct set of them (a record's activities repeat their sources, subjects and
  // prose), and named by the fact's place in the list. The organisation's and the record's names are the same for every
  // activity of a run: `once` is the run's, and they are not in its key (the record's names of systems grow with the
  // registry: 516 at 10,000 activities, about 10 KB of key written and hashed for every activity; #16). Nor are the
  // activity's own systems and processors (each unit of a body has its own: a key that held them was the activity's own,
  // and every activity read its sources again; #16, session 31): they are read below, for the few sources left.
  const key = JSON.stringify([words, bySource, subjects]);
  let left = once.get(key);
  if (left === undefined) {
    left = unrecordedSources(words, bySource, subjects, org, recordedNames, ownWords);
    if (once.size >= 100_000) once.clear();
    once.set(key, left);
  }
  if (left.length === 0) return undefined;
  // The activity's own systems and its processors («hentes fra Vigilo», «fra Visma»): the controller's own data, no other
  // source (P's review, 2026-12-01).
  const own = [...r.systems, ...r.processors].flatMap((x) => [...textsOf(x.value.name), x.id]).map((t) => t.toLowerCase());
  // What the activity's systems and processors say they hold («Skuleadministrativt system (elevregister, …)»): OWN_REGISTER.
  const kept = [
    ...r.systems.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)]),
    ...r.processors.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.service)]),
  ].join(' | ');
  const found = left.find(
    ({ source: named }) =>
      !sourceRecorded(named.replace(QUOTED_NAME(), '').split(/\s(?:through|via|gjennom|igjennom)\s/iu)[0]!, own) && !keptRegister(named, kept),
  );
  if (found === undefined) return undefined;
  const f = facts[found.at]!;
  return { pointer: f.pointer, words: f.words, source: found.source };
}
/** The body's head word (its first five letters) in the controller's name («Politiet» in «Politiet i Vest»). */
const namedAsOrg = (body: string, org: readonly string[]): boolean => {
  const heads = body
    .replace(/^(?:the|den|det)\s+/iu, '')
    .split(/\s+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.toLowerCase().slice(0, 5));
  return heads.some((h) => org.some((o) => o.toLowerCase().includes(h)));
};

const CLAIMS_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:krav(?:et|a|ene)?|fordring(?:a|en|ar|er|ane|ene)?|\p{L}*portefølj\p{L}*|claims?|debts?|receivables|portfolios?\s+of\s+(?:claims|debts))(?![\p{L}])`,
  'iu',
);
const CREDITOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*fordringshav\p{L}*|kreditor\p{L}*|creditors?|oppdragsgiv\p{L}*|oppdragsgjevar\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * A short name of a processor or system the record names anywhere («Lønnsdata hentes ut fra Visma hver måned» where the
 * record's processors hold «Visma InSchool AS»; issue #12, session 28): the capitalised words of the source are the first
 * words of a recorded name, and it has no other words. A party acting for the controller, or the controller's own system, is no source of the data
 * (Art. 14(2)(f) asks where the controller got them; a processor processes them on the controller's behalf, Art. 28).
 * The activity's own systems and processors are read more loosely above (`own`, by five-letter stems); these, from other
 * activities, only by their proper name.
 */
function shortNameOf(named: string, names: readonly string[]): boolean {
  const words = named
    .trim()
    .split(/\s+/u)
    .map((w) => w.split('-')[0]!.replace(/[^\p{L}\d]+$/u, ''));
  // The name's capitalised words, up to a word that ends it (a time, a preposition: «Visma hver måned», «Visma via
  // API»). A name with a lower-case word of its own («Norsk pasientregister», «Statens vegvesen», «Direktoratet for høgare
  // utdanning») names another body than a recorded «Norsk Helsenett SF» or «Statens innkrevingssentral», though it opens
  // with the same word.
  const run = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const proper = run < 0 ? words : words.slice(0, run);
  if (proper.length === 0 || (run >= 0 && !NAME_ENDS().test(words[run]!))) return false;
  const phrase = proper.join(' ');
  if (phrase.length < 4) return false;
  return names.some((n) => n === phrase || n.startsWith(`${phrase} `) || n.startsWith(`${phrase}-`));
}
/**
 * A register named by the body that holds it, where that body is a recorded source's `controller` («fra
 * Landbruksdirektoratets register», «registeret til Mattilsynet», «the Directorate's register»: variants-sameting's base,
 * session 39). Only as a register, list or database OF the body: the body named alone («fra Skatteetaten») may be another
 * of its registers than the one recorded (variants-barnehage BH09: the tax assessment from Skatteetaten beside a recorded
 * Folkeregisteret, which Skatteetaten also keeps).
 */
function heldRegister(named: string, words: string, bySource: readonly { holders?: readonly string[] }[]): boolean {
  const holders = bySource.flatMap((b) => b.holders ?? []);
  if (holders.length === 0) return false;
  // The reader gives the body's name without its register («Landbruksdirektoratets register» → «Landbruksdirektoratet»):
  // the register is looked for in the words, right after the name in the genitive or before it with «til», «hos».
  const body = named.trim().replace(HELD_TAIL(), '');
  if (body.length < 4 || !sourceRecorded(body, holders)) return false;
  const at = words.indexOf(body);
  if (at < 0) return false;
  return HELD_AFTER().test(words.slice(at + body.length)) || HELD_BEFORE().test(words.slice(0, at));
}
const REGISTER_NOUN = String.raw`(?:register|registeret|registre|registra|registers?|database|databasen|databaser|databasar|databases?|liste|lister|lista|listen|listene|lists?|oversikt|oversikta|oversikten|records?)(?![\p{L}])`;
/** The genitive and a register after a name the reader kept whole («Statens vegvesens register»). */
const HELD_TAIL = lazyPattern(String.raw`(?:s|['’]s|['’])\s+(?:\p{L}+\s+)?${REGISTER_NOUN}$`, 'iu');
const HELD_AFTER = lazyPattern(String.raw`^(?:s|['’]s|['’])\s+(?:\p{L}+\s+)?${REGISTER_NOUN}`, 'iu');
const HELD_BEFORE = lazyPattern(String.raw`(?<![\p{L}])${REGISTER_NOUN}\s+(?:til|hos|i|of|kept\s+by|held\s+by)\s+$`, 'iu');
const NAME_ENDS = lazyPattern(
  String.raw`^(?:hver|hvert|kvar|kvart|each|every|daily|weekly|monthly|yearly|dagleg|daglig|ukentlig|vekentleg|månedlig|månadleg|årlig|årleg|når|whenever|when|før|etter|before|after|om|on|i|in|til|to|via|gjennom|through|automatisk|automatically|direkte|directly|once|twice|og|and|for|ved|med|with|by|av|der|where|som|who|that|which)$`,
  'iu',
);
/**
 * A register of the people the controller serves or employs in the definite form with no owner named («Opplysningane
 * blir henta frå elevregisteret», «hentes fra kunderegisteret», «from the member register»; issue #12, session 28) that
 * the activity keeps itself: its own systems or processors name it («Skuleadministrativt system (elevregister, …)»).
 * Decided: such a register is the activity's own data, used again, not obtained (Art. 14(2)(f) asks from which source the
 * controller obtained them). Another activity's register is a source of its own for this one: grades taken from the
 * student register for a research project (variants-hogskule HS49) come from a processing the participant must be told
 * of, so a register the activity does not keep is still read. Another owner named («elevregisteret til skolen eleven kom
 * fra») is read; national registers are named by other words (folkeregisteret, strafferegisteret, Norsk pasientregister:
 * no patient word here).
 */
const OWN_REGISTER = lazyPattern(
  String.raw`^(?:the\s+)?(elev|student|kunde|medlem|ansatt|tilsett|personal|klient|bruker|brukar|deltaker|deltakar|beboer|bebuar|leietaker|leigetakar|abonnent|låner|lånar|frivillig|member(?:ship)?|customer|client|pupil|staff|employee|personnel|user|subscriber|tenant|volunteer)(?:s|e)?[\s-]?(?:registeret|registret|databasen|arkivet|lista|listen|oversikten|oversikta|register|database|list|records?)$`,
  'iu',
);
const keptRegister = (named: string, kept: string): boolean => {
  const m = OWN_REGISTER().exec(named.trim());
  return m !== null && new RegExp(`(?<![\\p{L}])${m[1]!}(?:s|e)?[\\s-]?(?:regist|database|arkiv|list|oversikt|records?)`, 'iu').test(kept);
};
const NOT_NAMED_BY = lazyPattern(
  String.raw`\s(?:som|who|whom|that|which|der)\s+(?:[^,]*?\s)?(?:ikkje|ikke|not|never|aldri)(?![\p{L}])|\s+(?:the\s+)?\p{L}+\s+(?:has|have|had)\s+not\s`,
  'iu',
);
/**
 * The sources the words name that the record does not list (describedSource), by the place of their words, in order; but
 * for the activity's own systems and processors, which describedSource reads.
 */
function unrecordedSources(
  facts: readonly string[],
  bySource: readonly { names: readonly string[]; words: readonly string[]; holders?: readonly string[] }[],
  subjects: readonly string[],
  org: readonly string[],
  recordedNames: readonly string[] = [],
  ownWords?: string,
): { at: number; source: string }[] {
  const left: { at: number; source: string }[] = [];
  for (let at = 0; at < facts.length; at++) {
    const words = facts[at]!;
    // A party giving data to another than us (the receiver not the controller): no source of ours.
    const to = givenReceiver(words);
    if (to !== undefined && !ourReceiver(to, org)) continue;
    // Another body getting data from a third (check/data-got.ts otherGetter): no source of ours.
    const getter = otherGetter(words);
    if (getter !== undefined && !ourReceiver(getter, org) && !namedAsOrg(getter, org)) continue;
    for (const said of sourceNames(words).map(withoutSentHow)) {
      // A relative clause that denies the person named them («tidlegare arbeidsgjevarar som søkjaren ikkje har nemnt», «referees
      // the applicant has not named»): others than those the person gave, so its words («søkjaren») do not make the source
      // recorded; the name before it is matched (variants-vassverk VV39, session 37).
      const denied = NOT_NAMED_BY().exec(said);
      const named = denied === null ? said : said.slice(0, denied.index);
      // What is got is advice, statistics, an annual report, a price list, templates or a grant: no one's data, no source of
      // it (check/data-got.ts; F, session 18: 7 of 10 lawful wordings fired, «Barnehagen får veiledning fra PPT»).
      if (!personDataGotOnce(words, named)) continue;
      // What the person got from the party and hands us themself («Applicants … send us the authorisation they received
      // from Helsedirektoratet», «… autorisasjonen dei har fått frå Helsedirektoratet»): got from the person (Art. 13),
      // not from the party (F7, session 20, when sourceRecorded stopped taking «helsedirektoratet» for
      // «helsepersonellregisteret» by their shared «helse»: N4's lawful wording rn03).
      if (personReceivedFrom(words, named)) continue;
      // A verb denied with the one before it («We do not contact X or look Y up on social media»), or a document a party
      // reported through a recorded source (check/source-guards.ts; F4, session 35).
      if (negatedOver(words, named) || reportedRecorded(named, bySource)) continue;
      // A party's other name in a parenthesis after it («the National Register of Interpreters (Nasjonalt tolkeregister)»):
      // recorded by either name (check/other-name.ts; F5, session 36).
      if (otherNames(words, named).some((alt) => sourceRecorded(alt, samePartyNames(alt, bySource)))) continue;
      const names = samePartyNames(named, bySource);
      // Claims bought or got from banks, shops or phone companies come from their creditors: a source recorded as the creditor
      // (the original creditor, «oppdragsgiveren», «fordringshaveren») names them (variants-inkasso's clean base, session 27).
      if (CLAIMS_GOT().test(words) && names.some((t) => CREDITOR().test(t))) continue;
      if (
        sourceRecorded(named, names) ||
        headRecorded(named, names) ||
        roleRecorded(named, names, subjects) ||
        twinRecorded(named, names) ||
        (sourceRecorded(named, subjects) &&
          sourceRecorded(headOf(named), subjects) &&
          !A_REGISTER().test(named) &&
          !otherCompound(headOf(named), subjects.map(subjectHead)) &&
          // A compound that shares its first part only with a word after the group's own («eigedomsmeklaren» beside «Eigarar
          // av tilknytte eigedommar»: the agent is no owner; variants-vassverk VV35, session 37).
          !(!sourceRecorded(named, subjects.map(subjectHead)) && otherCompound(headOf(named), subjects))) ||
        shortNameOf(named, recordedNames) ||
        heldRegister(named, words, bySource) ||
        ownUnit(named, org) ||
        // A source the closed party list does not name, read by its kind (check/source-party.ts): the record's own words
        // make it the controller, the people the record is about or a recorded source (session 30).
        (!listedParty(named) && knownKind(named, { subjects, recorded: names, organisation: org.join(' ') })) ||
        // Our own staff by title, read with the record's own words (check/source-party.ts ownStaff; session 32).
        ownStaff(named, { subjects, recorded: names, organisation: org.join(' '), ...(ownWords === undefined ? {} : { own: ownWords }) })
      )
        continue;
      left.push({ at, source: said });
    }
  }
  return left;
}

/**
 * A source named only as «elsewhere» (nb, nn, en): data the controller obtains, finds or adds from unnamed other places or
 * sources («Ved behov supplerer vi med opplysninger vi finner om styremedlemmene andre steder», «vi hentar opplysningar frå
 * andre kjelder», «we obtain details from other sources»: variants-forvaltning FV41; FX, session 47). Art. 14(2)(f) asks
 * for the source the data comes from; words that name none cannot be told to the person, and the record's list of sources
 * is then not the whole. A sentence with a negation («Vi hentar ikkje opplysningar frå andre kjelder»), a place in our own
 * systems after it («andre steder i journalen»), or no word of data (goods fetched elsewhere) is not read; nor where a
 * recorded source is itself named vaguely («Andre kilder»).
 */
const ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:andre\s+steder|andre\s+stader|andre\s+kilder|andre\s+kjelder|ulike\s+kilder|ulike\s+kjelder|annet\s+hold|anna\s+hald|other\s+sources|various\s+sources|other\s+places|elsewhere)(?![\p{L}])(?!\s+(?:i|in|on|på|within)\s)`,
  'iu',
);
const GOT_ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:finn(?:e|er|a|es|ast)?|fann|fant|funne|funnet|hent(?:e|er|ar|a|es|ast|et)|innhent\p{L}*|suppler\p{L}*|samle(?:r|s|st)?|samla|samlet|skaff\p{L}*|få|får|fått|obtain\p{L}*|find|finds|found|collect\p{L}*|gather\p{L}*|supplement\p{L}*|get|gets|got|sourced?)(?![\p{L}])`,
  'iu',
);
const DATA_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|\p{L}*opplysing\p{L}*|informasjon\p{L}*|information|data|details|navn|namn|names?|\p{L}*adress\p{L}*|address\p{L}*)(?![\p{L}])`,
  'iu',
);
const NO_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:ikke|ikkje|not|never|aldri|ingen|inga|no)(?![\p{L}])`, 'iu');
const VAGUE_RECORDED = lazyPattern(String.raw`(?<![\p{L}])(?:andre|other|ulike|various|diverse)(?![\p{L}])`, 'iu');
function unnamedSource(r: ResolvedActivity): { pointer: string; words: string; source: string } | undefined {
  if (r.sources.some((s) => textsOf(s.value.name).some((n) => VAGUE_RECORDED().test(n)))) return undefined;
  const texts = [...textsAt(r.activity.description, '/description'), ...r.purposes.flatMap((p, i) => textsAt(p.description, `/purposes/${i}/description`))];
  for (const { pointer, text } of texts) {
    if (!ELSEWHERE().test(text)) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
      const m = ELSEWHERE().exec(sentence);
      if (m === null) continue;
      const before = sentence.slice(0, m.index);
      if (GOT_ELSEWHERE().test(before) && DATA_WORD().test(sentence) && !NO_WORD().test(before)) return { pointer, words: sentence.trim(), source: m[0] };
    }
  }
  return undefined;
}

export default defineRule(
  { id: 'notice-source', severity: 'error', citation: 'GDPR Art. 14(2)(f)', messages: ['missing', 'only-person', 'described-source'] },
  (ctx, report) => {
    const o = ctx.registry.organisation?.value;
    const org = [...new Set([...textsOf(o?.name), ...textsOf(o?.shortName), ...textsOf(o?.contact?.name)].map((t) => t.trim()).filter((t) => t.length >= 4))];
    // The record's processors and systems by name (all of them, not only the activity's): a party acting for us.
    const { processors, systems } = ctx.registry.catalogues;
    const recordedNames = [...new Set([...processors.values(), ...systems.values()].flatMap((e) => textsOf(e.value.name)).map((t) => t.trim()))];
    const described = new Map<string, readonly { at: number; source: string }[]>();
    // What the record says is ours (check/parties.ts ownWordsOf): our own staff by title is no source (source-party.ts knownKind).
    const ownWords = ownWordsOf(ctx.registry);
    for (const r of ctx.activities) {
      if (informsAsObtainedElsewhere(r)) {
        if ((r.activity.sources ?? []).length === 0) {
          report.activity(r, '/sources', 'missing');
          continue;
        }
        if (r.activity.information?.method.includes('art14') === true && r.sources.length > 0 && r.sources.every((s) => OWN.has(s.value.type))) {
          const otherGroupNamed = r.sources.some((s) => givesOthersData(r, s));
          if (!otherGroupNamed) {
            report.activity(r, '/sources', 'only-person', {}, { severity: 'warning' });
            continue;
          }
        }
      }
      const said = describedSource(r, org, recordedNames, described, ownWords) ?? unnamedSource(r);
      if (said !== undefined) report.activity(r, said.pointer, 'described-source', { words: said.words, source: said.source }, { severity: 'warning' });
    }
  },
);
