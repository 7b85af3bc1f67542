/**
 * Issue #12, session 33 (R12): the MATRIX of how retention is said in words, bokmål, nynorsk and English. The verbs and
 * nouns are a dictionary's (keep: lagre, oppbevare, ta/ta vare på, beholde; nn lagre, oppbevare, ta vare på, halde på; en
 * keep, store, retain, hold; delete: slette, makulere, kassere; erase, delete, destroy), set in the shapes writers use
 * (active, passive «-es»/«blir»/«vert», fronted object with V2, relative clause, indirect question, English phrasal),
 * over a few objects. Every reading cell has SILENCE cells beside it: an archive deposit kept by law, a deletion after a
 * time, a denial, the past, the length of something else (a contract, a course, opening hours), the person's own
 * keeping, and a question to the reader. The sentences are written for this matrix, not taken from a variant set.
 *
 * Kept in its own module (not a test file) so that a measure can hold main's readers to the same cells.
 */
export type Lang = 'nb' | 'nn' | 'en';
export type Cell = readonly [lang: Lang, text: string];
export interface Family {
  name: string;
  reader: 'forever' | 'undecided' | 'criterion' | 'duration' | 'recordings' | 'certificate';
  read: Cell[];
  silent: Cell[];
}

const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

/** Objects: the data kept, in each language. */
const OBJ = {
  nb: ['søknadene', 'bildene fra samlingene', 'deltakerlistene'],
  nn: ['søknadene', 'bileta frå samlingane', 'deltakarlistene'],
  en: ['the applications', 'the photos from the gatherings', 'the attendance lists'],
} as const;
/** Words of no end. */
const NO_END = {
  nb: ['for alltid', 'på ubestemt tid', 'uten tidsbegrensning', 'til evig tid'],
  nn: ['for alltid', 'på ubestemt tid', 'utan tidsavgrensing'],
  en: ['forever', 'indefinitely', 'without any time limit', 'in perpetuity'],
} as const;
/** Active keeping verbs (present), passive forms, and V2 forms. */
const KEEP_ACTIVE = {
  nb: ['lagrer', 'oppbevarer', 'tar vare på', 'beholder'],
  nn: ['lagrar', 'oppbevarer', 'tek vare på'],
  en: ['keep', 'store', 'retain'],
} as const;
const KEEP_PASSIVE = {
  nb: ['lagres', 'oppbevares', 'tas vare på', 'blir lagret'],
  nn: ['blir lagra', 'vert oppbevarte', 'blir tekne vare på', 'lagrast'],
  en: ['are kept', 'are stored', 'are retained', 'are held'],
} as const;

const foreverRead: Cell[] = [
  // active: «Vi lagrer søknadene for alltid.»
  ...cross(KEEP_ACTIVE.nb, cross(OBJ.nb, NO_END.nb)).map(([v, [o, e]]): Cell => ['nb', `Vi ${v} ${o} ${e}.`]),
  ...cross(KEEP_ACTIVE.nn, cross(OBJ.nn, NO_END.nn)).map(([v, [o, e]]): Cell => ['nn', `Vi ${v} ${o} ${e}.`]),
  ...cross(KEEP_ACTIVE.en, cross(OBJ.en, NO_END.en)).map(([v, [o, e]]): Cell => ['en', `We ${v} ${o} ${e}.`]),
  // passive: «Søknadene lagres på ubestemt tid.»
  ...cross(KEEP_PASSIVE.nb, NO_END.nb).map(([v, e]): Cell => ['nb', `Søknadene ${v} ${e}.`]),
  ...cross(KEEP_PASSIVE.nn, NO_END.nn).map(([v, e]): Cell => ['nn', `Søknadene ${v} ${e}.`]),
  ...cross(KEEP_PASSIVE.en, NO_END.en).map(([v, e]): Cell => ['en', `The applications ${v} ${e}.`]),
  // fronted object, V2: «Søknadene tar vi vare på for alltid.»
  ...cross(KEEP_ACTIVE.nb, NO_END.nb).map(([v, e]): Cell => ['nb', `Søknadene ${v} vi ${e}.`]),
  ...cross(KEEP_ACTIVE.nn, NO_END.nn).map(([v, e]): Cell => ['nn', `Søknadene ${v} vi ${e}.`]),
  ...NO_END.en.map((e): Cell => ['en', `The applications we keep ${e}.`]),
  // relative clause: «Vi har et arkiv der søknadene lagres for alltid.»
  ...NO_END.nb.map((e): Cell => ['nb', `Vi har et eget område der søknadene lagres ${e}.`]),
  ...NO_END.nn.map((e): Cell => ['nn', `Vi har eit eige område der søknadene blir lagra ${e}.`]),
  ...NO_END.en.map((e): Cell => ['en', `We have a shared drive where the applications are stored ${e}.`]),
  // permanently, varig
  ['nb', 'Søknadene oppbevares varig.'],
  ['nn', 'Søknadene blir lagra permanent.'],
  ['en', 'The applications are kept permanently.'],
  ['en', 'We keep the applications for good.'],
  // never deleted: «blir aldri slettet», «vi sletter dem aldri», «we never delete them»
  ['nb', 'Søknadene blir aldri slettet.'],
  ['nb', 'Søknadene sletter vi aldri.'],
  ['nb', 'Vi makulerer aldri søknadene.'],
  ['nn', 'Søknadene blir aldri sletta.'],
  ['nn', 'Søknadene vert aldri sletta.'],
  ['nn', 'Vi slettar aldri søknadene.'],
  ['en', 'We never delete the applications.'],
  ['en', 'The applications are never erased.'],
  ['en', 'The applications are never destroyed.'],
];
const foreverSilent: Cell[] = [
  // archive deposit under the archive law (kept permanently by law, recorded)
  ['nb', 'Søknadene bevares for alltid etter arkivloven og avleveres til arkivdepot.'],
  ['nn', 'Søknadene blir lagra for alltid etter arkivlova og avleverte til IKA.'],
  ['en', 'The applications are kept permanently under the Archives Act and deposited with the National Archives.'],
  // deletion after a time
  ['nb', 'Vi sletter søknadene etter fem år.'],
  ['nn', 'Vi slettar søknadene etter fem år.'],
  ['en', 'We delete the applications after five years.'],
  // negation
  ['nb', 'Vi lagrer ikke søknadene for alltid.'],
  ['nn', 'Vi lagrar ikkje søknadene på ubestemt tid.'],
  ['en', 'We do not keep the applications indefinitely.'],
  ['en', 'The applications are not kept forever.'],
  // past
  ['nb', 'Tidligere lagret vi søknadene for alltid, men nå slettes de etter to år.'],
  ['nn', 'Tidlegare lagra vi søknadene for alltid, men no blir dei sletta etter to år.'],
  ['en', 'We used to keep the applications forever; now they are deleted after two years.'],
  // the length of something else
  ['nb', 'Avtalen med leverandøren gjelder på ubestemt tid.'],
  ['nn', 'Avtalen med leverandøren gjeld på ubestemt tid.'],
  ['en', 'The contract with the supplier runs indefinitely.'],
  ['nb', 'Portalen er stengt på ubestemt tid.'],
  ['en', 'The portal is closed indefinitely.'],
  // an end after the words of no end: a criterion
  ['nb', 'Søknadene lagres på ubestemt tid, til søkeren ber oss slette dem.'],
  ['en', 'The applications are kept indefinitely until the applicant asks us to delete them.'],
  // never with a least time, or never by hand
  ['nb', 'Søknadene slettes aldri før saken er avsluttet.'],
  ['en', 'The applications are never deleted before the case is closed.'],
  // good reasons are no time
  ['en', 'We keep the applications for good reasons, and delete them after two years.'],
  // anonymous statistics
  ['nb', 'Anonym statistikk over søknadene lagres for alltid.'],
  ['en', 'Aggregated statistics on the applications are kept indefinitely.'],
];

const undecidedRead: Cell[] = [
  ...OBJ.nb.flatMap((o): Cell[] => [
    ['nb', `Vi har ikke bestemt hvor lenge ${o} skal lagres.`],
    ['nb', `Det er ikke avklart hvor lenge vi oppbevarer ${o}.`],
    ['nb', `Vi har ennå ikke fastsatt hvor lenge vi tar vare på ${o}.`],
    ['nb', `Lagringstiden for ${o} er ikke fastsatt.`],
    ['nb', `Det er uklart hvor lenge ${o} lagres.`],
    ['nb', `Hvor lenge ${o} lagres, er ikke bestemt.`],
  ]),
  ...OBJ.nn.flatMap((o): Cell[] => [
    ['nn', `Vi har ikkje bestemt kor lenge ${o} skal lagrast.`],
    ['nn', `Det er ikkje avgjort kor lenge vi tek vare på ${o}.`],
    ['nn', `Lagringstida for ${o} er ikkje fastsett.`],
    ['nn', `Kor lenge ${o} blir lagra, er ikkje avklart.`],
  ]),
  ...OBJ.en.flatMap((o): Cell[] => [
    ['en', `We have not decided how long ${o} are kept.`],
    ['en', `We haven't yet determined how long we will store ${o}.`],
    ['en', `We have yet to decide how long we keep ${o}.`],
    ['en', `It is unclear how long ${o} are retained.`],
    ['en', `No retention period has been set for ${o}.`],
    ['en', `The retention period for ${o} has not been decided.`],
    ['en', `How long ${o} are kept has not been decided.`],
    ['en', `We do not know how long the supplier stores ${o}.`],
  ]),
  ['nb', 'Ingen lagringstid er bestemt for søknadene.'],
  ['nn', 'Inga lagringstid er fastsett for søknadene.'],
];
const undecidedSilent: Cell[] = [
  ['nb', 'Vi har bestemt at søknadene slettes etter ett år.'],
  ['nn', 'Vi har bestemt at søknadene blir sletta etter eitt år.'],
  ['en', 'We have decided that the applications are deleted after one year.'],
  // the length of something else
  ['nb', 'Vi har ikke bestemt hvor lenge kurset skal vare.'],
  ['nn', 'Vi har ikkje bestemt kor lenge prosjektet skal gå.'],
  ['en', 'We have not decided how long the project will run.'],
  // a question to the reader
  ['nb', 'Har dere ikke bestemt hvor lenge søknadene skal lagres?'],
  ['en', 'Have you not decided how long the applications are kept?'],
  // the person's own keeping, or another party's deciding
  ['nb', 'Du bestemmer selv hvor lenge du vil beholde kopien av søknaden.'],
  ['nb', 'Deltakerne har ikke bestemt hvor lenge de tar vare på bildene.'],
  ['en', 'You have not decided how long you keep your copy.'],
  // the past
  ['nb', 'Tidligere hadde vi ikke bestemt hvor lenge søknadene ble lagret, men nå slettes de etter to år.'],
  // a bound still given
  ['nb', 'Vi har ikke bestemt hvor lenge vi lagrer søknadene utover de fem årene bokføringsloven krever.'],
  ['en', 'We have not decided how long to keep the applications beyond the five years the law requires.'],
  // the period set
  ['nb', 'Lagringstiden er fastsatt til fem år.'],
  ['nn', 'Lagringstida er fastsett til fem år.'],
  ['en', 'The retention period has been set at two years.'],
];

/** Triggers (a retention entry's criterion): no end (read) or an end (silent). */
const criterionRead: Cell[] = [
  ['nb', 'så lenge vi trenger dem'],
  ['nb', 'så lenge det er nødvendig'],
  ['nb', 'inntil videre'],
  ['nb', 'på ubestemt tid'],
  ['nn', 'så lenge vi treng dei'],
  ['nn', 'så lenge det er naudsynt'],
  ['nn', 'inntil vidare'],
  ['en', 'as long as necessary'],
  ['en', 'for as long as we need them'],
  ['en', 'until further notice'],
  ['en', 'indefinitely'],
];
const criterionSilent: Cell[] = [
  ['nb', 'til saken er avsluttet'],
  ['nb', 'ut kalenderåret'],
  ['nb', 'når medlemskapet opphører'],
  ['nn', 'til saka er avslutta'],
  ['nn', 'ut skuleåret'],
  ['en', 'until the end of the school year'],
  ['en', 'when the case is closed'],
  ['en', 'as long as necessary to handle the complaint'],
  ['nb', 'så lenge det er nødvendig for å behandle klagen'],
];

/** Periods said in words (spokenDurations), and the numbers that are no period. */
const durationRead: Cell[] = [
  ['nb', 'Søknadene lagres i fem år.'],
  ['nb', 'Vi oppbevarer søknadene i tre måneder.'],
  ['nn', 'Søknadene blir lagra i tre månader.'],
  ['nn', 'Vi tek vare på søknadene i seks veker.'],
  ['en', 'The applications are kept for 6 months.'],
  ['en', 'We store the applications for two years.'],
];
const durationSilent: Cell[] = [
  ['nb', 'Søknadene lagres i minst fem år.'],
  ['en', 'The applications are reviewed once a year.'],
  ['en', 'We keep the applications up to date.'],
];

/** Camera recordings kept longer than the police exception (30 days) in words; and what is no such keeping. */
const recordingsRead: Cell[] = [
  ['nb', 'Opptakene lagres i 60 dager.'],
  ['nb', 'Opptakene ligger på opptakeren i 45 dager før de overskrives.'],
  ['nb', 'Opptakene blir ikke slettet før etter 90 dager.'],
  ['nb', 'Opptakene slettes ikke før 60 dager har gått.'],
  ['nn', 'Opptaka ligg i 45 dagar før dei blir sletta.'],
  ['nn', 'Opptaka blir ikkje overskrivne før 60 dagar har gått.'],
  ['en', 'The recordings are kept for 60 days.'],
  ['en', 'The footage lies on the recorder for 90 days.'],
  ['en', 'The footage remains on the recorder for 45 days before it is overwritten.'],
  ['en', 'The recordings are not overwritten until 60 days have passed.'],
];
const recordingsSilent: Cell[] = [
  ['nb', 'Opptakene lagres i 7 dager.'],
  ['nb', 'Opptakene slettes før 60 dager har gått.'],
  ['nb', 'Opptakene lagres ikke i 60 dager.'],
  ['nb', 'Loggen over hvem som har sett opptakene, ligger i 60 dager.'],
  ['nn', 'Opptaka ligg i sju dagar før dei blir sletta.'],
  ['en', 'The log of who viewed the recordings lies on the server for 90 days.'],
  ['en', 'The recordings are deleted before 60 days have passed.'],
];

/** A police certificate kept after the person has left the post, in words; and what is no such keeping. */
const certificateRead: Cell[] = [
  ['nb', 'Politiattesten oppbevares så lenge vedkommende er ansatt og i tre år etterpå.'],
  ['nb', 'Attesten slettes ikke før tre år etter at vedkommende har sluttet.'],
  ['nb', 'Attesten blir ikke makulert før to år etter at den ansatte har sluttet.'],
  ['nn', 'Attesten blir ikkje sletta før to år etter at den tilsette har slutta.'],
  ['nn', 'Politiattesten blir lagra så lenge vedkommande er tilsett og i fem år etter.'],
  ['en', 'The police certificate is not destroyed until five years after the employee leaves.'],
  ['en', 'The certificate is kept as long as the person holds the post and for two years thereafter.'],
  ['en', 'The police certificate is stored as long as the volunteer holds the role and for three years afterwards.'],
];
const certificateSilent: Cell[] = [
  ['nb', 'Attesten slettes når vedkommende slutter.'],
  ['nn', 'Attesten blir sletta seinast når den tilsette sluttar.'],
  ['nn', 'Attesten blir ikkje oppbevart etter at vedkommande har slutta.'],
  ['nb', 'Attesten slettes før vedkommende slutter.'],
  ['en', 'The certificate is deleted when the employee leaves.'],
  ['en', 'The certificate is not kept after the employee leaves.'],
];

export const FAMILIES: readonly Family[] = [
  { name: 'kept for ever (permanent-retention-basis: kept-forever.ts keptForeverIn)', reader: 'forever', read: foreverRead, silent: foreverSilent },
  { name: 'time of keeping undecided (retention-defined: kept-forever.ts undecidedIn)', reader: 'undecided', read: undecidedRead, silent: undecidedSilent },
  { name: 'a criterion with no end (retention-defined: emptyCriterion)', reader: 'criterion', read: criterionRead, silent: criterionSilent },
  { name: 'a period in words (spoken-duration.ts spokenDurations)', reader: 'duration', read: durationRead, silent: durationSilent },
  {
    name: 'recordings kept past 30 days in words (retention-limit: recordingsKeptLongerIn)',
    reader: 'recordings',
    read: recordingsRead,
    silent: recordingsSilent,
  },
  {
    name: 'a police certificate kept after leaving, in words (retention-limit: certificateKeptAfterLeavingIn)',
    reader: 'certificate',
    read: certificateRead,
    silent: certificateSilent,
  },
];
