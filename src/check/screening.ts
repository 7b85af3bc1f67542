/**
 * DPIA screening computed from the record: which Art. 35(3) triggers, which items of Datatilsynet's
 * Art. 35(4) list and which WP248 criteria apply to an activity, and which fields led there.
 * Used by the dpia-required and dpia-screening rules, and by `ropa report`.
 */
import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { isArt10, isArt9Condition } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { actsAsPublicAuthority, basesWithPointers, isConsent, NEGATION, saidUnnegated, textsOf } from './facts.js';
import type { ReferenceData } from './reference.js';
import { prefilter, prefilterAny } from '../util/prefilter.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/** A field that led to a criterion: a JSON pointer in the activity's file, and what was found there. */
export interface Evidence {
  pointer: string;
  /** e.g. `criminal-records: criminalOffence`, `A9-2-j`. */
  detail?: string;
}

export interface Criterion {
  id: string;
  evidence: Evidence[];
}

export interface Screening {
  activity: string;
  /** Art. 35(3) triggers that apply: `35-3-a`, `35-3-b`, `35-3-c`. */
  art35: Criterion[];
  /** Items of Datatilsynet's list that apply (ids from data/datatilsynet-dpia.json). */
  datatilsynet: Criterion[];
  /** WP248 criteria that apply (ids from data/wp248.json). */
  wp248: Criterion[];
  /** A trigger or a list item applies: a DPIA is required (Art. 35(1), (3), (4)). */
  required: boolean;
  /** WP248 criteria at or above the threshold: a DPIA is likely needed. */
  likely: boolean;
  /** List items no field of the record can show; a person must judge them. */
  notComputed: readonly string[];
}

/** Screenings already computed, by resolved activity (resolved once per registry, see resolveActivity). */
const screened = new WeakMap<ResolvedActivity, { ref: ReferenceData; value: Screening }>();

/**
 * The screening of each activity of `registry`, computed once per activity: the gap engine, its
 * rules and the report (its DPIA overview) share it.
 */
export function screeningOf(registry: Registry, ref: ReferenceData): (r: ResolvedActivity) => Screening {
  return (r) => {
    const hit = screened.get(r);
    if (hit?.ref === ref) return hit.value;
    const value = screenActivity(registry, r, ref);
    screened.set(r, { ref, value });
    return value;
  };
}

/**
 * A registry that relies on Art. 9(2)(d) somewhere is a not-for-profit body with a political, philosophical, religious or
 * trade-union aim (the only bodies that condition serves): its processing is not «for commercial use» in Datatilsynet's
 * list (commercial-profiling) unless the activity's own words speak of customers, products, sales or marketing
 * («produktivitet», «productivity», «production» name no product).
 */
const notForProfit = new WeakMap<Registry, boolean>();
function isNotForProfit(registry: Registry): boolean {
  let v = notForProfit.get(registry);
  if (v === undefined) {
    v = registry.activities.some((a) => (a.value.purposes ?? []).some((p) => (p.legalBasis ?? []).some((b) => b.gdpr === 'A9-2-d')));
    notForProfit.set(registry, v);
  }
  return v;
}
const COMMERCIAL = lazyPattern(
  String.raw`kommersiell|commercial|(?<![\p{L}])(?:salg|sal|selge|selje|sell\p{L}*|sales?)(?![\p{L}])|kunde|kundar|customer|client|produkt(?!iv)|product(?!i)|forsikring|insurance|rabatt|discount|markedsfør|marknadsfør|marketing|annons|advertis`,
  'iu',
);
function commercialWords(r: ResolvedActivity): boolean {
  return [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description)].some((t) => textsOf(t).some((x) => COMMERCIAL().test(x)));
}

/**
 * A credit report the controller buys (L2, session 41; variants-bilverksted, vehicle-sales): Datatilsynet's item on
 * services or products «for commercial use that involve predicting … economic status, … trustworthiness» is the
 * prediction's provider's (a credit agency's scoring, an insurer's or lender's own model: `automatedDecisions.profiling`),
 * while the controller that orders a credit report from another controller to decide whether to offer the person a product
 * is the list's first item, «collecting and combining personal data from third parties in order to decide whether the data
 * subject shall be offered, continue to receive, or shall be denied a product, service or offer», which Datatilsynet
 * conditioned on one more criterion (read from riskFactors.thirdPartyDataForDecisions). Read as the general item, every
 * such credit check would need a DPIA with no other criterion, and the first item's condition would be idle. So an
 * activity whose evaluation is a credit report or check (its own words, or a source's or category's name) with a source
 * that is another controller is not read under commercial-profiling from `riskFactors.evaluationOrScoring`; the WP248
 * screening (dpia-screening) still counts the evaluation.
 */
const CREDIT_REPORT = lazyPattern(
  String.raw`kredittopplysning\p{L}*|kredittsjekk\p{L}*|kredittvurdering\p{L}*|kredittrapport\p{L}*|kredittverdig\p{L}*|kredittbyrå\p{L}*|kredittscore\p{L}*|betalingsevne|(?<![\p{L}])credit[\s-]+(?:reports?|checks?|checking|references?|reference\s+agenc(?:y|ies)|agenc(?:y|ies)|bureaus?|scores?|ratings?|assessments?|information)(?![\p{L}])|creditworthiness`,
  'iu',
);
function boughtCreditReport(r: ResolvedActivity): boolean {
  const fromOther = r.sources.filter((s) => s.value.type === 'other-controller');
  if (fromOther.length === 0) return false;
  const texts = [
    r.activity.title,
    r.activity.description,
    ...r.purposes.map((p) => p.description),
    ...fromOther.map((s) => s.value.name),
    ...r.dataCategories.map((c) => c.value.name),
  ].flatMap(textsOf);
  return texts.some((x) => CREDIT_REPORT().test(x));
}

/**
 * Schools and kindergartens in an activity's or its data subjects' words (nb, nn, en), as whole words: «skolegang»
 * (schooling, in a CV) names no school; «skolefritidsordning» and SFO are the school's own.
 */
const SCHOOL = lazyPattern(
  String.raw`barnehag\p{L}*|(?<![\p{L}])(?:skole|skule)(?:n|ne|r|ar|er|ane|ene)?(?![\p{L}])|grunnskol\p{L}*|grunnskul\p{L}*|(?<![\p{L}])(?:videregående|vidaregåande)(?![\p{L}])|skolefritid\p{L}*|skulefritid\p{L}*|(?<![\p{L}])SFO(?![\p{L}])|(?<![\p{L}])(?:elev|elevar|elever|elevane|elevene|eleven)(?![\p{L}])|kindergartens?|nurser(?:y|ies)|pre-?schools?|(?<![\p{L}])(?:schools?|pupils?)(?![\p{L}])`,
  'iu',
);
/**
 * A school or kindergarten as a PLACE cameras may film, for the camera item (P's review, 2026-12-01): the institution's
 * name and its grounds and buildings, not its pupils (a bus «frakter elever til skolen» films no school), not an office
 * or authority named by a compound («skolekontor», «barnehagekontoret», «barnehagemyndigheit»), and not a school the
 * premises lie next to («Butikken ligger rett ved Lia skole», «next to the school»).
 */
const SCHOOL_PLACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:barnehage|barnehagen|barnehagar|barnehager|barnehagane|barnehagene|skole|skolen|skolar|skoler|skolane|skolene|skule|skulen|skular|skulane|(?:grunn|ungdoms|barne|folkehøg|fri|privat)(?:skole|skule)\p{L}*|videregående|vidaregåande|SFO|skolefritidsordning\p{L}*|skulefritidsordning\p{L}*|kindergartens?|nurser(?:y|ies)|pre-?schools?|schools?|schoolyards?|(?:barnehage|skole|skule)(?:bygg|gård|gard|uteområde|område|inngang|port|hus)\p{L}*)(?![\p{L}])`,
  'iu',
);
const NEAR_SCHOOL = lazyPattern(
  String.raw`(?:ligg(?:er)?\s+(?:rett\s+|like\s+|tett\s+)?(?:ved|nær|nært)|ved\s+sid(?:en|an)\s+av|i\s+nærleiken\s+av|til\s+og\s+fr[aå]|fr[aå]\s+og\s+til|to\s+and\s+from|i\s+nærheten\s+av|(?<![\p{L}])nær|overfor|next\s+to|near|opposite|close\s+to|across\s+from)\s+(?:[\p{L}'’]+\s+){0,3}?` +
    SCHOOL_PLACE.source,
  'giu',
);
const schoolPlace = { test: (text: string): boolean => SCHOOL_PLACE().test(text.replace(NEAR_SCHOOL(), ' ')) };
/** Universities and colleges, which the evaluation item reaches too («all levels, from kindergarten to university»). */
const HIGHER_EDUCATION = lazyPattern(
  String.raw`universitet\p{L}*|høgskol\p{L}*|høyskol\p{L}*|universit(?:y|ies)|(?<![\p{L}])(?:colleges?|students?)(?![\p{L}])|(?<![\p{L}])student(?:ar|er|ane|ene|en)?(?![\p{L}])`,
  'iu',
);
/** The education acts: barnehageloven, opplæringslova (1998 and 2023), privatskolelova, universitets- og høyskoleloven. */
const EDUCATION_ACTS = new Set(['LOV-2005-06-17-64', 'LOV-2023-06-09-30', 'LOV-1998-07-17-61', 'LOV-2003-07-04-84', 'LOV-2024-03-08-9', 'LOV-2005-04-01-15']);
/**
 * What the item evaluates: «learning, coping and well-being» (Datatilsynet's decision of 16 March 2019, its own
 * translation), in the activity's own words (nb, nn, en). Not «utvikling», «development»: monitoring «proficiency, skills,
 * scores, mental health and development» is the list's other item (monitoring-efficiency, read from systematic
 * monitoring with evaluation), and «utvikling» alone names a school's or a child's development as often as an evaluation
 * of it (K, 2026-12-01; R2's re-read). An evaluation of a household's income for a kindergarten fee, or of job
 * applicants, evaluates no learning; nor does ranking applicants for admission by their grades from another school
 * (variants-friskole F51: an access decision, WP248 9).
 */
const LEARNING = lazyPattern(
  String.raw`(?<![\p{L}])læring\p{L}*|e-læring\p{L}*|(?<![\p{L}])lær(?:e|er|ar|te|de)(?![\p{L}])|mestring\p{L}*|meistring\p{L}*|trivsel\p{L}*|trivas|trives|(?<![\p{L}])kartlegg\p{L}*|observasjon\p{L}*|observer\p{L}*|språk\p{L}*|elevundersøk\p{L}*|elevundersøking\p{L}*|barnehagemiljø\p{L}*|skolemiljø\p{L}*|skulemiljø\p{L}*|learning|coping|well-?being|(?<![\p{L}])(?:tests?|exams?|examinations?)(?![\p{L}])|observations?`,
  'iu',
);
/** Learners among the data subjects: children, or pupils, students, kindergarten children by name (nb, nn, en). */
const LEARNERS = lazyPattern(String.raw`(?<![\p{L}])(?:barn|barna|barnet|elev\p{L}*|student\p{L}*|pupils?|children|child|students?)(?![\p{L}])`, 'iu');
/**
 * A data-subject category whose NAME says it is children, where the record has not set `children` (a DPO who writes
 * «Barn i de kommunale barnehagene» and never learns the flag; G13, session 31, Nannestad kommune's kindergartens: their
 * diagnoses met two WP248 criteria and the screening counted one). WP248 rev.01's criterion 7 names children among the
 * vulnerable data subjects («children can be considered as not able to knowingly and thoughtfully oppose or consent to
 * the processing of their data»). The name's head decides: the last word before its first preposition, conjunction or
 * punctuation («Barn i barnehagen», «Kindergarten children», «Born under 16 år»), so «Foreldre til barn», «Children's
 * parents», «Barnas foresatte» are not children. An explicit `children: false` is kept.
 */
const CHILD_HEAD = lazyPattern(
  String.raw`^(?:barn|barna|children|child|minors?|infants?|babies|mindreårige?|(?!barnebarn|oldebarn)\p{L}+barn|\p{L}+barna)$`,
  'iu',
);
const NAME_CUT = lazyPattern(
  String.raw`[,;:()\[\]/–—]|\s-\s|\s(?:i|på|ved|til|av|med|fra|frå|som|under|over|og|eller|mellom|før|etter|fra|frå|opp|in|at|of|with|from|for|who|that|and|or|aged?|between|before|after|up)(?![\p{L}])`,
  'iu',
);
const childrenByName = (name: unknown): boolean => textsOf(name).some(childNamed);
/**
 * Whether one text of a name says children (childrenByName), remembered per text: a data-subject group is named in many
 * activities, and each activity is screened (20,000 readings of the same few names at the bench's 10,000 activities; #16,
 * session 46).
 */
const childNamed = byText((t: string): boolean => {
  const cut = NAME_CUT().exec(t);
  const head = (cut === null ? t : t.slice(0, cut.index)).trim().split(/\s+/u);
  const last = head[head.length - 1] ?? '';
  if (CHILD_HEAD().test(last)) return true;
  // nynorsk «born», «borna» only as the whole head: «Persons born before 1950» is no child; «mindreårige» first is an
  // adjective of the head («Mindreårige asylsøkere»).
  return (head.length === 1 && /^(?:born|borna)$/iu.test(last)) || (head.length > 1 && /^mindreårige?$/iu.test(head[0] ?? ''));
});
/**
 * Cameras that are off while the school or kindergarten is open: a clause that names the opening or school hours with a
 * negation or «utenom», «outside», «etter», or says the building is closed («når barnehagene er stengt»; nb, nn, en).
 */
const HOURS = lazyPattern(String.raw`åpningstid\p{L}*|opningstid\p{L}*|skoletid\p{L}*|skuletid\p{L}*|opening hours|school hours`, 'iu');
const OFF_HOURS = lazyPattern(
  String.raw`(?<![\p{L}])(?:utenom|utanom|etter|før|outside|after|before)(?![\p{L}])|(?:er|blir|vert|is|are)\s+(?:stengt|stengd|stengde|låst|closed|shut)|(?<![\p{L}])(?:kveld|kvelds\p{L}*|natt|netter|night|nights|evenings?|helg\p{L}*|weekends?)(?![\p{L}])|avslått\p{L}*|avslegne|slått av|slegne av|skrudd av|deaktiver\p{L}*|switched off|turned off|(?<![\p{L}])(?:off|inactive)(?![\p{L}])`,
  'iu',
);
/** Cameras on while children are there: around the clock, or during the opening hours (nb, nn, en). */
const ALL_DAY = lazyPattern(
  String.raw`hele døgnet|heile døgeret|heile døgnet|døgnet rundt|døgeret rundt|around the clock|round the clock|24\/7|24 timer|24 hours`,
  'iu',
);
function outsideOpeningHours(r: ResolvedActivity): boolean {
  const said = [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description), r.activity.dpia?.reason].flatMap(textsOf).map(hoursSaid);
  // Words that the cameras run around the clock, or while the school is open, outweigh any word of closed hours.
  if (said.some((s) => (s & ON_WHILE_OPEN) !== 0)) return false;
  return said.some((s) => (s & OFF_WHILE_OPEN) !== 0);
}
const ON_WHILE_OPEN = 1;
const OFF_WHILE_OPEN = 2;
/**
 * What the clauses of one text say of the cameras' hours (outsideOpeningHours): a clause that has them on around the clock
 * or while the school is open (ON_WHILE_OPEN), a clause that has them off then (OFF_WHILE_OPEN). Remembered per text: each
 * activity is screened, and a record's activities share their words (#16, session 46). A clause belongs to one text, so the
 * activity's answer is read from its texts' alike.
 */
const hoursSaid = byText((t: string): number => {
  // A full stop or colon inside a time («kl. 22», «18:00») ends no clause.
  const clauses = t.split(/[;!?]|[.:](?!\s?\d)/);
  const on = clauses.some((c) => !NEGATION.test(c) && (ALL_DAY().test(c) || (HOURS().test(c) && !OFF_HOURS().test(c))));
  const off = clauses.some(
    (c) =>
      (HOURS().test(c) && (NEGATION.test(c) || OFF_HOURS().test(c))) ||
      CLOSED().test(c) ||
      (ONLY().test(c) && NIGHT().test(c) && !NEGATION.test(c) && !OFF().test(c)) ||
      (OFF().test(c) && DAY().test(c) && !ON_BY_DAY().test(c)),
  );
  return (on ? ON_WHILE_OPEN : 0) | (off ? OFF_WHILE_OPEN : 0);
});
/**
 * Off hours said without naming the opening hours (P's review, 2026-12-01): the building closed, locked or alarmed, or the
 * last staff gone («når alarmen er slått på etter at siste tilsette har gått», «when the kindergarten is locked»); a
 * recording only at night, in the evening, at weekends or from a late hour («berre aktive frå kl. 22 til kl. 06», «only
 * between 18:00 and 07:00»); or the cameras off by day («står av på dagtid», «switched off from 06:30 to 17:30 on
 * weekdays»), unless the clause films by day («slått av om natta, men filmar på dagtid»).
 */
const CLOSED = lazyPattern(
  String.raw`(?:er|blir|vert|is|are|gets)\s+(?:stengt|stengd|stengde|closed|låst|locked)|alarm\p{L}*\s+(?:er|blir|vert|is|has been)\s+(?:slått på|slege på|sett på|aktivert|set|armed|switched on)|(?:etter at|after)\s+(?:dei |de |the )?(?:siste|last)\s+(?:\p{L}+\s+){0,2}?(?:har gått|har reist|har dratt|has left|have left|leaves)|(?:når|when)\s+(?:det\s+)?(?:ikke|ikkje|ingen|no one|nobody)\s+(?:er\s+)?(?:folk|is|er til stade|er til stede)`,
  'iu',
);
const ONLY = lazyPattern(String.raw`(?<![\p{L}])(?:bare|berre|kun|only|utelukkende|einast|solely)(?![\p{L}])`, 'iu');
const NIGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kveld\p{L}*|natt\p{L}*|netter|helg\p{L}*|night\p{L}*|evenings?|weekends?)(?![\p{L}])|(?:kl\.?|klokka|klokken|frå|fra|from|between|mellom)\s*(?:1[89]|2[0-3])(?:[:.]\d\d)?(?![\d])`,
  'iu',
);
const OFF = lazyPattern(
  String.raw`står av|stod av|er av(?![\p{L}])|slått av|slege av|slegne av|kopl\p{L}* ut|kobl\p{L}* ut|avslått|deaktiver\p{L}*|switched off|turned off|(?<![\p{L}])(?:off|inactive|ikke i bruk|ikkje i bruk|not in use)(?![\p{L}])`,
  'iu',
);
const DAY = lazyPattern(
  String.raw`dagtid\p{L}*|om dagen|(?<![\p{L}])(?:daytime|during the day|weekdays|kvardagar|hverdager|ukedager|vekedagar)(?![\p{L}])|(?:kl\.?|klokka|klokken|frå|fra|from|between|mellom)\s*0?[5-9](?:[:.]\d\d)?\s*(?:til|to|and|og|-|–)\s*1[4-9]`,
  'iu',
);
const ON_BY_DAY = lazyPattern(
  String.raw`(?:film\p{L}*|tar opp|tek opp|records?|recording|opptak|er på|står på|is on|are on|aktiv\p{L}*|active)\s+(?:\p{L}+\s+){0,2}?(?:dagtid\p{L}*|om dagen|during the day|in the daytime|by day)`,
  'iu',
);
/**
 * The activity's own words, its data subjects' names (not for cameras: the people filmed may be named by a school they
 * visit) and the laws it cites place it in a school or kindergarten.
 */
function educationContext(r: ResolvedActivity, words: { test(text: string): boolean }, subjects = true): readonly Evidence[] {
  const own: [string, unknown][] = [
    ['/title', r.activity.title],
    ['/description', r.activity.description],
    ...r.purposes.map((p, i): [string, unknown] => [join('/purposes', i, 'description'), p.description]),
  ];
  for (const [pointer, text] of own) if (textsOf(text).some((x) => words.test(x))) return [{ pointer, detail: 'school or kindergarten' }];
  if (subjects)
    for (const s of r.dataSubjects)
      if ([...textsOf(s.value.name), ...textsOf(s.value.description)].some((x) => words.test(x)))
        return [{ pointer: join('/dataSubjects', (r.activity.dataSubjects ?? []).indexOf(s.id)), detail: s.id }];
  for (const { pointer, basis } of basesWithPointers(r))
    if (basis.law.some((l) => l.law?.value.lovdataId !== undefined && EDUCATION_ACTS.has(l.law.value.lovdataId))) return [{ pointer, detail: 'education act' }];
  return NONE;
}

/** Evidence of nothing: shared by every empty part of a screening, never part of its result. */
const NONE: readonly Evidence[] = Object.freeze([]);

/**
 * The screening of one activity. One pass over each of its lists, and evidence made only for what
 * is there: at 10,000 activities this runs 10,000 times, and most parts are empty
 * (docs/performance.md). Every criterion's evidence is its own array, in the order the fields are
 * read below.
 */
export function screenActivity(registry: Registry, r: ResolvedActivity, ref: ReferenceData): Screening {
  const a = r.activity;
  const rf = a.riskFactors;
  const ad = a.automatedDecisions;
  const flag = (key: keyof NonNullable<typeof rf>): readonly Evidence[] => (rf?.[key] === true ? [{ pointer: join('/riskFactors', key) }] : NONE);
  const evaluationOrScoring = flag('evaluationOrScoring');
  const systematicMonitoring = flag('systematicMonitoring');
  const employeeMonitoring = flag('employeeMonitoring');
  const cameraSurveillance = flag('cameraSurveillance');
  const largeScale = flag('largeScale');
  const thirdPartyData = flag('thirdPartyDataForDecisions');
  const innovative = flag('innovativeTechnology');
  const publicArea = flag('publiclyAccessibleArea');

  // The data categories, read once: what each marks, each with the category's place in the file.
  let special: Evidence[] | undefined;
  let criminal: Evidence[] | undefined;
  let locationCategories: Evidence[] | undefined;
  let biometric: Evidence[] | undefined;
  let genetic: Evidence[] | undefined;
  for (const c of r.dataCategories) {
    const v = c.value;
    const sc = v.specialCategory;
    if (sc === undefined && v.criminalOffence !== true && v.location !== true) continue;
    const pointer = join('/dataCategories', (a.dataCategories ?? []).indexOf(c.id));
    if (sc !== undefined) {
      (special ??= []).push({ pointer, detail: `${c.id}: ${sc}` });
      if (sc === 'biometric') (biometric ??= []).push({ pointer, detail: `${c.id}: biometric` });
      if (sc === 'genetic') (genetic ??= []).push({ pointer, detail: `${c.id}: genetic` });
    }
    if (v.criminalOffence === true) (criminal ??= []).push({ pointer, detail: `${c.id}: criminalOffence` });
    if (v.location === true) (locationCategories ??= []).push({ pointer, detail: `${c.id}: location` });
  }
  const location = cat(flag('locationData'), locationCategories ?? NONE);
  // A cited Art. 9(2) condition or Art. 10 basis says the controller processes such data, even where no category is marked.
  let citedSensitive: Evidence[] | undefined;
  for (const { pointer, basis } of basesWithPointers(r))
    if (isArt9Condition(basis.gdpr) || basis.gdpr === 'A9-1' || isArt10(basis.gdpr)) (citedSensitive ??= []).push({ pointer, detail: basis.gdpr });
  const profiling = ad?.profiling === true ? [{ pointer: '/automatedDecisions/profiling' }] : NONE;
  const automated = ad?.used === true ? [{ pointer: '/automatedDecisions/used' }] : NONE;
  let vulnerableSubjects: Evidence[] | undefined;
  for (const s of r.dataSubjects) {
    const d =
      s.value.vulnerable === true
        ? 'vulnerable'
        : s.value.children === true || (s.value.children !== false && childrenByName(s.value.name))
          ? 'children'
          : undefined;
    if (d !== undefined) (vulnerableSubjects ??= []).push({ pointer: join('/dataSubjects', (a.dataSubjects ?? []).indexOf(s.id)), detail: `${s.id}: ${d}` });
  }
  let researchWithoutConsent: Evidence[] | undefined;
  r.purposes.forEach((p, i) => {
    if (p.researchOrStatistics === 'research' && !p.legalBasis.some((b) => isConsent(b.gdpr)))
      (researchWithoutConsent ??= []).push({ pointer: join('/purposes', i, 'researchOrStatistics'), detail: p.id });
  });

  const wp = (id: string): readonly Evidence[] => {
    switch (id) {
      case 'evaluation-or-scoring':
        return cat(evaluationOrScoring, profiling);
      case 'automated-decision':
        return automated;
      case 'systematic-monitoring':
        return cat(systematicMonitoring, employeeMonitoring, cameraSurveillance);
      case 'sensitive-data':
        return cat(special ?? NONE, criminal ?? NONE, location, citedSensitive ?? NONE);
      case 'large-scale':
        return largeScale;
      case 'matching-datasets':
        return flag('matchesDatasets');
      case 'vulnerable-subjects':
        return cat(flag('vulnerableSubjects'), vulnerableSubjects ?? NONE);
      case 'innovative-technology':
        return innovative;
      case 'prevents-right-or-service':
        return cat(flag('preventsRightOrService'), thirdPartyData);
      default:
        return NONE;
    }
  };
  const wp248: Criterion[] = [];
  for (const c of ref.wp248.criteria) {
    const evidence = wp(c.id);
    if (evidence.length > 0) wp248.push({ id: c.id, evidence: dedupe(evidence) });
  }

  const all = (a: readonly Evidence[], b: readonly Evidence[], c?: readonly Evidence[]): readonly Evidence[] =>
    a.length > 0 && b.length > 0 && (c === undefined || c.length > 0) ? cat(a, b, c) : NONE;
  const list = (id: string): readonly Evidence[] => {
    switch (id) {
      case 'third-party-data-for-decisions':
        return thirdPartyData;
      case 'biometric-identification':
        return cat(flag('biometricIdentification'), biometric ?? NONE);
      case 'genetic-data':
        return genetic ?? NONE;
      case 'innovative-technology':
        // The flag, or the record's own words that apply AI to the people's data (AI_APPLIED): read for the list item only,
        // which asks for another WP248 criterion besides («+1»).
        return innovative.length > 0 ? innovative : aiApplied(r);
      case 'employee-monitoring':
        return employeeMonitoring;
      case 'research-without-consent':
        return researchWithoutConsent ?? NONE;
      case 'location-data':
        return location;
      case 'camera-public-large-scale':
        // «Systematic monitoring, including camera surveillance, on a large scale, in areas accessible by the public.»
        return all(cat(cameraSurveillance, systematicMonitoring), publicArea, largeScale);
      case 'monitoring-efficiency':
        return all(cat(systematicMonitoring, employeeMonitoring), evaluationOrScoring);
      case 'school-evaluation': {
        // «Evaluating learning, coping and well-being in schools or kindergartens (all levels)»: an evaluation of learners.
        const evaluated = cat(evaluationOrScoring, profiling);
        if (evaluated.length === 0) return NONE;
        const own = [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description)].flatMap(textsOf);
        if (!own.some((x) => LEARNING().test(x))) return NONE;
        const learners = r.dataSubjects.some((s) => s.value.children === true || [...textsOf(s.value.name)].some((x) => LEARNERS().test(x)));
        if (!learners) return NONE;
        const school = educationContext(r, SCHOOL());
        return school.length > 0 ? cat(evaluated, school) : all(evaluated, educationContext(r, HIGHER_EDUCATION()));
      }
      case 'camera-schools':
        // «Camera surveillance in schools or kindergartens during opening hours»: unless the record says the cameras are off then.
        return cameraSurveillance.length > 0 && !outsideOpeningHours(r) ? all(cameraSurveillance, educationContext(r, schoolPlace, false)) : NONE;
      case 'iot-welfare':
        // «Large-scale collection through the Internet of Things or welfare technology»: large scale, and the record's
        // own words name such devices (smart meters, connected cars, wearables, welfare technology).
        return largeScale.length > 0 ? all(largeScale, iotCollection(r)) : NONE;
      case 'commercial-profiling':
        // «Services or products for commercial use»: not a not-for-profit body's own work, unless the activity is commercial;
        // not a credit report bought to decide on an offer (the list's first item's case, boughtCreditReport).
        return actsAsPublicAuthority(registry, r) === false && (!isNotForProfit(registry) || commercialWords(r))
          ? cat(boughtCreditReport(r) ? NONE : evaluationOrScoring, profiling)
          : NONE;
      default:
        return NONE;
    }
  };
  const datatilsynet: Criterion[] = [];
  for (const item of ref.datatilsynet.items) {
    const evidence = list(item.id);
    if (evidence.length === 0) continue;
    // "+1": at least one WP248 criterion shown by some other field than the item's own.
    if (item.plusOne && !wp248.some((c) => c.evidence.some((e) => !evidence.some((o) => o.pointer === e.pointer)))) continue;
    datatilsynet.push({ id: item.id, evidence: evidence.slice() });
  }

  const art35: Criterion[] = [];
  const trigger = (id: string, evidence: readonly Evidence[]): void => {
    if (evidence.length > 0) art35.push({ id, evidence: dedupe(evidence) });
  };
  trigger('35-3-a', all(automated, cat(profiling, evaluationOrScoring)));
  trigger(
    '35-3-b',
    all(largeScale.length > 0 ? largeScale : coreLargeScale(registry, r, special), cat(special ?? NONE, criminal ?? NONE, citedSensitive ?? NONE)),
  );
  trigger('35-3-c', all(publicArea, largeScale, cat(systematicMonitoring, cameraSurveillance)));

  return {
    activity: a.id,
    art35,
    datatilsynet,
    wp248,
    required: art35.length > 0 || datatilsynet.length > 0,
    likely: wp248.length >= ref.wp248.threshold,
    notComputed: notComputed(ref.datatilsynet),
  };
}

/**
 * Art. 37(1)(c) and 35(3)(b): an organisation that records its core activities as processing special categories on a
 * large scale (`coreActivities.largeScaleSpecialCategories`) has said the scale of its special-category processing. An
 * activity of it that processes special categories (a category marked, not only an Art. 9 condition cited) is that
 * processing unless the activity itself says it is not on a large scale (`riskFactors.largeScale: false`).
 */
/** helsepersonelloven: health personnel's duty to keep a journal of the care they give (§§ 39-40). */
const HEALTH_PERSONNEL_ACT = 'LOV-1999-07-02-64';
/**
 * The health care an organisation whose core activity is special categories on a large scale gives (L5, session 39,
 * variants-samskipnad SS16: a student welfare organisation's GPs and psychologists keeping journals on many thousand
 * students): an activity with a health category marked that rests on Art. 9(2)(h) (the provision of health care) with a
 * law cited for it and cites helsepersonelloven (LOV-1999-07-02-64, whose §§ 39-40 lay the duty to keep a journal on
 * whoever gives health care: the record says it keeps that journal), about people who are not the organisation's own staff (a hospital's occupational health service for
 * its employees is not its core activity). The journal of health care is what such an organisation's core activity is
 * (Art. 37(1)(c) and recital 97: the core activities are the primary activities, not ancillary ones; WP243 rev.01 2.1.2
 * gives a hospital's health care, with its patients' records, as the example, as secondary pages read with the search tool
 * 2026-12-04 summarise it — the guideline's own text was not in a stored copy; recital 91 leaves out only the individual
 * physician, whom `individualPractice` records). A body that does not say its core activity is large-scale special
 * categories is not judged so here: one health category of a small body is no large scale. Read only where the record has
 * not screened the activity (`dpia` absent or `status: not-screened`): a screening that found no DPIA needed is the
 * controller's own judgement of this activity's scale, which the organisation's flag does not overturn. A pharmacy's web
 * shop that dispenses prescriptions under apotekforskriften and pasientjournalloven § 6 alone keeps no such journal and is
 * not read (lawful-wordings-s22-n-apotek nettapotek).
 */
function healthCare(r: ResolvedActivity): boolean {
  const status = r.activity.dpia?.status;
  if (status !== undefined && status !== 'not-screened') return false;
  if (!r.dataCategories.some((c) => c.value.specialCategory === 'health')) return false;
  if (r.dataSubjects.length === 0 || r.dataSubjects.every((s) => s.value.employees === true)) return false;
  const bases = r.purposes.flatMap((p) => p.legalBasis);
  return bases.some((b) => b.gdpr === 'A9-2-h' && b.law.length > 0) && bases.some((b) => b.law.some((l) => l.law?.value.lovdataId === HEALTH_PERSONNEL_ACT));
}
/** helseregisterloven: the act under which health registries are kept (§§ 8-12). */
const HEALTH_REGISTER_ACT = 'LOV-2014-06-20-43';
/** A health register named in an activity's title (nb, nn, en). */
const HEALTH_REGISTER = lazyPattern(
  String.raw`(?:helse|pasient|kvalitets|fødsels|fødsel|vaksinasjons|dødsårsaks|kreft|resept)regist(?:er|eret|re|ra|rene|era)(?![\p{L}])|health\s+regist(?:ers?|ry|ries)(?![\p{L}])`,
  'iu',
);
function coreLargeScale(registry: Registry, r: ResolvedActivity, special: readonly Evidence[] | undefined): readonly Evidence[] {
  const org = registry.organisation?.value;
  if (special === undefined || org?.coreActivities?.largeScaleSpecialCategories !== true || org.individualPractice === true) return NONE;
  if (r.activity.riskFactors?.largeScale === false) return NONE;
  const registerLaw = r.purposes.some((p) => p.legalBasis.some((b) => b.law.some((l) => l.law?.value.lovdataId === HEALTH_REGISTER_ACT)));
  if (!registerLaw && !textsOf(r.activity.title).some((x) => HEALTH_REGISTER().test(x)) && !healthCare(r)) return NONE;
  return [{ pointer: '/riskFactors/largeScale', detail: 'organisation: coreActivities.largeScaleSpecialCategories' }];
}

/**
 * Devices of the Internet of Things or welfare technology, as a record names them (nb, nn, en): smart electricity, water or
 * gas meters (AMS, «avanserte måle- og styringssystem»), the Internet of Things, connected cars or devices, wearables and
 * fitness trackers, smart homes, welfare technology, telecare and safety alarms («trygghetsalarm»). Not a bare «sensor»
 * (a camera's motion sensor) nor a plain «strømmåler» (a meter the customer reads), nor cookies and logs (sources of type
 * device that are no thing). Datatilsynet's decision of 16 March 2019 names the item; its examples are such devices.
 */
const IOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:smart\s+(?:electricity\s+|water\s+|gas\s+|energy\s+|power\s+)?meters?|smart\s+metering|smart\s+homes?|internet of things|iot|wearables?|fitness\s+trackers?|welfare\s+technology|telecare|safety\s+alarms?|connected\s+(?:devices?|cars?|vehicles?|meters?|homes?)|ams[- ]?(?:måler\p{L}*|målar\p{L}*|meters?|metering)|avanserte?\s+måle-\s+og\s+styringssystem\p{L}*|smarte?\s+(?:strøm|straum|vann|vass|gass)?mål[ea](?:r|ren|rar|rane|re|rne)?|automatiske?\s+(?:strøm|straum|vann|vass)mål[ea](?:r|ren|rar|rane|re|rne)?|fjernavles\p{L}*|fjernavlesne|tingenes\s+internett|tinga\s+sitt\s+internett|velferdsteknologi\p{L}*|trygghetsalarm\p{L}*|tryggleiksalarm\p{L}*|tilkoblede\s+(?:enheter|biler|bilar)|tilkopla\s+(?:einingar|bilar))(?![\p{L}])`,
  'iu',
);
/**
 * Data COLLECTED through such a device, in one clause (N's review of B12, session 17: 6 of 8 lawful wordings fired when the
 * device was only named): the device as the way or source («henter timesverdier fra de smarte strømmålerne», «collected via
 * connected devices»), the device doing the collecting («a smart meter (AMS) that registers consumption every hour»,
 * «tryggleiksalarmen varslar vaktsentralen»), its data («Smart meters (AMS) and metering values», «smart meter data»), or
 * remote reading. Not a device sold, procured, managed, taught about or reported faulty («Vi selger smarte strømmålere»,
 * «Kurs i velferdsteknologi», «Kundene melder feil på de smarte strømmålerne sine»).
 */
const IOT_COLLECTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:fra|frå|from|via|through|gjennom|by|using|ved\s+hjelp\s+av|by\s+means\s+of)\s+(?:[\p{L}\d'’-]+\s+){0,2}?${IOT.source}` +
    String.raw`|${IOT.source}(?:\s*\([^()]{0,40}\))?(?:\s+[\p{L}\d'’-]+){0,3}?\s+(?:registrer\p{L}*|registers?|registered|records?|recorded|measur\p{L}*|collects?|collected|transmit\p{L}*|sends?|sent|sender|sendar|logs?|logged|logger|loggar|reads?|captur\p{L}*|detects?|detected|varsl\p{L}*|alerts?|alerted|samler|samlar|overfør\p{L}*|måler|målar|melder|meldar|tracks?|tracked|monitors?|monitored|overvåk\p{L}*|sporer|sporar|data|values|readings|\p{L}*verdier|\p{L}*verdiar|\p{L}*verdiane|\p{L}*verdiene|\p{L}*data|signals?|alarm(?:s|er|ar|ene|ane)?)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:fjernavles\p{L}*|fjernavlesne|fjernavlest|remotely\s+read|read\s+remotely)(?![\p{L}])`,
  'iu',
);
/**
 * IOT_COLLECTED's words, each of its ways on its own (util/prefilter.ts `prefilterAny`): every way names a device or
 * remote reading, which most texts never do, so the text is not cut into clauses nor the 2,200-character pattern built
 * for them (at 1,000 generated activities it was tested on 1,200 clauses and matched none; docs/performance.md, session 23).
 */
const MAY_SAY_IOT_COLLECTED = prefilterAny(IOT_COLLECTED);
const saysIotCollected = (x: string): boolean => MAY_SAY_IOT_COLLECTED(x) && saidUnnegated(x, IOT_COLLECTED());
const saysIotCollectedOnce = byText(saysIotCollected);
/** Where the activity's own words say data are collected through the Internet of Things or welfare technology (unnegated), or a device source names such a device. */
function iotCollection(r: ResolvedActivity): readonly Evidence[] {
  const a = r.activity;
  const own: [string, unknown][] = [
    ['/title', a.title],
    ['/description', a.description],
    ...r.purposes.map((p, i): [string, unknown] => [join('/purposes', i, 'description'), p.description]),
  ];
  for (const [pointer, text] of own) {
    // A title is the activity's own (each differs): read as it is; a description or purpose's words, once per distinct text.
    if (textsOf(text).some(pointer === '/title' ? saysIotCollected : saysIotCollectedOnce)) return [{ pointer, detail: 'Internet of Things' }];
  }
  // A source of type device is a way the data are collected: its name or description naming such a device is enough.
  for (const s of r.sources) {
    if (s.value.type !== 'device') continue;
    if ([s.value.name, s.value.description].flatMap(textsOf).some((x) => saidUnnegated(x, IOT()))) {
      return [{ pointer: join('/sources', (a.sources ?? []).indexOf(s.id)), detail: 'Internet of Things' }];
    }
  }
  return NONE;
}

/**
 * Artificial intelligence applied to the people's data, in the record's own words (nb, nn, en): speech recognition that
 * transcribes calls, machine translation, a language model or chatbot that answers, machine learning that sorts or scores,
 * facial recognition («From 2026 the platform's AI speech recognition transcribes each call and machine-translates it»:
 * variants-tolk TL25; W9, session 22). Datatilsynet's list names «behandling av personopplysninger ved bruk av innovativ
 * teknologi» (+1); the record's flag says it, and so do these words. Only with a verb that applies the tool in the same
 * clause, unnegated, not switched off, not planned or a course's topic: «The platform's transcription features are
 * switched off», «We do not use AI», «Staff get a course on artificial intelligence», «We are considering machine
 * translation» are not read.
 */
const AI_WORDS = String.raw`(?:ai|ki|artificial\s+intelligence|kunstig\s+intelligens|machine[-\s]learning|maskinlæring|deep\s+learning|(?:large\s+)?language\s+models?|språkmodell\p{L}*|chatbots?|chatbot(?:en|ar|er|ane|ene)|speech\s+recognition|speech-to-text|tale-til-tekst|talegjenkjenn\p{L}*|stemmegjenkjenn\p{L}*|machine[-\s]translat\p{L}*|maskinoversett\p{L}*|maskinomset\p{L}*|automatic\s+transcription|automatisk\s+transkriber\p{L}*|facial\s+recognition|ansiktsgjenkjenn\p{L}*|emotion\s+recognition)`;
const APPLY_VERB = String.raw`(?:transcrib\p{L}*|translat\p{L}*|analys\p{L}*|analyz\p{L}*|recogni[sz]\p{L}*|answers?|answered|sorts?|sorted|screens?|screened|scores?|scored|predicts?|predicted|summari[sz]\p{L}*|generat\p{L}*|identif\p{L}*|uses?|used|using|transkriber\p{L}*|omset\p{L}*|oversett\p{L}*|analyser\p{L}*|svarer|svarar|sorterer|sorterar|gjenkjenn\p{L}*|kjenner\s+igjen|kjenner\s+att|vurderer|vurderar|bruker|brukar|brukes|brukast|nytter|nyttar|oppsummer\p{L}*|lager|lagar)`;
const AI_APPLIED = lazyPattern(
  String.raw`(?<![\p{L}])${AI_WORDS}(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])${APPLY_VERB}(?![\p{L}])|(?<![\p{L}])${APPLY_VERB}(?![\p{L}])\s+(?:[\p{L}'’-]+\s+){0,3}?${AI_WORDS}(?![\p{L}])`,
  'iu',
);
const AI_NOT_APPLIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:switched\s+off|turned\s+off|disabled|slått\s+av|slege\s+av|skrudd\s+av|deaktiver\p{L}*|plan\p{L}*|consider\p{L}*|vurderer\s+å|vurderar\s+å|kan\s+bli|may\s+(?:later\s+)?(?:use|introduce)|will\s+consider|pilot\p{L}*|kurs\p{L}*|courses?|training\s+on|opplæring\s+i|seminar\p{L}*|webinar\p{L}*|lectures?|foredrag\p{L}*)(?![\p{L}])`,
  'iu',
);
export const aiClause = (clause: string): boolean => AI_APPLIED().test(clause) && !AI_NOT_APPLIED().test(clause);
/** AI_APPLIED's words (util/prefilter.ts; two letters long at the least: «AI», «KI»): most texts hold none, and are not split. */
const MAY_NAME_AI = prefilter(AI_APPLIED, false, 2);
/**
 * The AI words alone, as whole words (every match of AI_APPLIED holds one: after no letter, before none). MAY_NAME_AI
 * unites one clause of each of AI_APPLIED's two ways, and the second way's verbs («bruker», «uses», «analyserer») are in
 * most texts: it let 142 of the generated registry's 5,132 texts through, to be cut into clauses and tested (3,700
 * clauses at 1,000 activities, none matched). This gate lets none of them through (docs/performance.md, session 23).
 */
const NAMES_AI = prefilter(lazyPattern(String.raw`(?<![\p{L}])${AI_WORDS}(?![\p{L}])`, 'iu'), false, 2);
/** Read once per distinct text (util/memo.ts): the activities of a record repeat their descriptions and purposes. */
const saysAiApplied = byText((x: string): boolean => NAMES_AI(x) && MAY_NAME_AI(x) && saidUnnegated(x, aiClause));
function aiApplied(r: ResolvedActivity): readonly Evidence[] {
  const a = r.activity;
  const own: [string, unknown][] = [
    ['/description', a.description],
    ...r.purposes.map((p, i): [string, unknown] => [join('/purposes', i, 'description'), p.description]),
  ];
  for (const [pointer, text] of own) if (textsOf(text).some(saysAiApplied)) return [{ pointer, detail: 'artificial intelligence' }];
  return NONE;
}

/** The list items no field can show: the same for every activity, so one array for all of them (read-only). */
function notComputed(list: ReferenceData['datatilsynet']): readonly string[] {
  let ids = uncomputed.get(list);
  if (!ids) uncomputed.set(list, (ids = Object.freeze(list.items.filter((i) => !i.computed).map((i) => i.id))));
  return ids;
}
const uncomputed = new WeakMap<ReferenceData['datatilsynet'], readonly string[]>();

/**
 * The parts one after another: NONE when all are empty, else a new array. Up to four parts, named
 * rather than gathered: 10,000 activities make about thirty such calls each.
 */
function cat(a: readonly Evidence[], b: readonly Evidence[] = NONE, c: readonly Evidence[] = NONE, d: readonly Evidence[] = NONE): readonly Evidence[] {
  if (a.length + b.length + c.length + d.length === 0) return NONE;
  const out: Evidence[] = [];
  for (const e of a) out.push(e);
  for (const e of b) out.push(e);
  for (const e of c) out.push(e);
  for (const e of d) out.push(e);
  return out;
}

/** The evidence without repeats (the same pointer and detail), as a new array. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence.slice();
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.pointer}\u0000${e.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A DPIA is recorded as done, or is in progress for processing that has not started. */
export function dpiaCovered(r: ResolvedActivity): boolean {
  const status = r.activity.dpia?.status;
  return status === 'done' || (status === 'in-progress' && r.activity.status === 'planned');
}

/** Where a DPIA finding points: the status if there is one, else the dpia block (or where it belongs). */
export function dpiaPointer(r: ResolvedActivity): string {
  return r.activity.dpia?.status !== undefined ? '/dpia/status' : '/dpia';
}
