/**
 * One typed lexicon of the parties a receiver phrase may name (issue #12, session 29): `partyKind(head, ctx)` says what kind
 * of party the head noun of a receiver is, so the receiver readers need not decide it from closed lists of bodies. A
 * closed list catches the party words it holds («Vi sender søknadene til banken») and nothing else («… til utbyggjaren», «…
 * to the roofer»); the lexicon reads the party's kind from the record itself and from the shape of the word:
 * - 'recorded': a party the record already names (its recipients' and processors' names, by a word's stem or, in the other
 *   language, by party-twins' concepts);
 * - 'subject': the people the record is about (its data subjects' names and their stems), and the general nouns for a person
 *   of a record (the applicant, the patient, the pupil, the tenant, the owner, the neighbour …);
 * - 'relative': next of kin and guardians (facts.ts RELATIVE_PARTY, nb, nn, en);
 * - 'staff': the controller's own people by their title (the caseworker, the adviser, the manager, the inspector, the
 *   teacher, the nurse …), as a compound's last part too («byggesaksbehandleren»);
 * - 'own-unit': a unit or organ of the controller by a word of its organisation's name, or by the words units are named by;
 * - 'thing': a thing or a place in an agent noun's shape («serveren», «containeren», «the printer», «the register»);
 * - 'outside': an agent noun (nb/nn «-ar», «-er», «-ør», «-ent», «-ist», «-ant» with the endings of a person noun; en «-er»,
 *   «-or», «-ist», «-eer», «-ician», «-ant», «-ent»), a trade or profession noun («arkitekten», «låsesmeden», «the
 *   locksmith»), not any of the kinds above: a person or body outside the controller (Art. 4(9));
 * - 'unknown': none of these (the readers' own lists decide, as before).
 * The readers use it where a closed list decided — so far recipients-stated's clauseReceiver and `personGives` only;
 * facts.ts's `discloses` and the source readers still decide from their own lists (session 29's note): an 'outside'
 * head receives like a body; every other kind does not. Every guard of the readers (negation, the past, totals,
 * the person's own copy, another body giving, an inquiry) stays theirs.
 */
import { lazyPattern } from '../util/lazy-pattern.js';
import { partyConcepts, twinRecorded } from './party-twins.js';

export type PartyKind = 'subject' | 'relative' | 'staff' | 'own-unit' | 'thing' | 'recorded' | 'outside' | 'unknown';

export interface PartyContext {
  /** The activity's data subjects' names (any case). */
  readonly subjects?: readonly string[];
  /** The names (and kinds) of the activity's recorded recipients, processors and joint controllers. */
  readonly recorded?: readonly string[];
  /** The controller's name. */
  readonly organisation?: string;
  /**
   * The language of the words the head stands in, where the reader knows it: a Norwegian plural in «-er» («bilder»,
   * «hinder») is no English agent noun, and an English word in «-eren» is none either. Unknown: both shapes are read.
   */
  readonly language?: 'no' | 'en';
}

/** A person noun's endings after its stem (nb, nn, en: definite, plural, genitive). */
const END = String.raw`(?:en|a|e|ar|er|ane|ene|arane|erne|ne|s|es)?`;

/** Next of kin and guardians (as facts.ts RELATIVE_PARTY; nb, nn, en). */
const RELATIVE = lazyPattern(
  String.raw`^(?:\p{L}*(?:pårørende|pårørande)\p{L}*|\p{L}*verge\p{L}*|\p{L}*verj(?:e|a)\p{L}*|foreldr\p{L}*|føresett\p{L}*|foresatt\p{L}*|ektefell\p{L}*|sambu\p{L}*|familie\p{L}*|mor(?:a|en)?|far(?:en)?|søsk\p{L}*|relatives?|kin|guardians?|parents?|spouses?|famil(?:y|ies)|mothers?|fathers?|siblings?)$`,
  'iu',
);
/** The controller's own staff by title (a compound's last part: «byggesaksbehandleren», «avdelingsleiaren»). */
const STAFF = lazyPattern(
  String.raw`^\p{L}*(?:saksbehandl(?:er|ar)|sakshandsam(?:ar|er)|behandl(?:er|ar)|handsam(?:ar|er)|rådgiv(?:er|ar)|rådgjev(?:ar|er)|veiled(?:er|ar)|rettleiar|leder|leiar|lærer|lærar|inspektør|kontrollør|sekretær|konsulent|sjåfør|vaktmest(?:er|ar)|vaktmeist(?:er|ar)|renhold(?:er|ar)|reinhald(?:ar|er)|vekter|vektar|koordinator|tekniker|teknikar|assistent|hjelper|hjelpar|praktikant|lærling|medarbeid(?:er|ar)|tilsett|ansatt|kollega|sykepleier|sjukepleiar|pleier|pleiar|lege|psykolog|terapeut|pedagog|fagarbeid(?:er|ar)|arkivar|bibliotekar|kasserer|kasserar|direktør|sjef|ombud|ombod|redaktør|operatør|rektor|forstander|forstandar|kontaktlærer|kontaktlærar|miljøarbeid(?:er|ar)|ingeniør|jurist|controller|økonom|ordfører|ordførar|fører|førar|rådmann|formann|tillitsvald|tillitsvalgt|verneombud|verneombod)${END}$|^(?:caseworkers?|case|officers?|advisers?|advisors?|counsell?ors?|managers?|supervisors?|inspectors?|teachers?|tutors?|instructors?|nurses?|doctors?|physicians?|clinicians?|therapists?|psychologists?|secretar(?:y|ies)|clerks?|assistants?|coordinators?|administrators?|directors?|heads?|leaders?|chairs?|chairman|chairwoman|chairperson|colleagues?|employees?|staff|workers?|operators?|controllers?|editors?|registrars?|archivists?|librarians?|treasurers?|accountants?|trainees?|interns?|apprentices?|caretakers?|janitors?|cleaners?|guards?|drivers?|technicians?|engineers?|specialists?|consultants?|agents?|principals?|deans?|lecturers?|professors?|researchers?|scientists?|analysts?|auditors?|examiners?|moderators?|receptionists?|porters?|stewards?|wardens?|mayors?|councillors?|councilors?)$`,
  'iu',
);
/**
 * Members of the public on the road («bilførere som har kjørt på elg», «trafikantar», «motorists»): people, not staff,
 * though «-fører» ends a staff title too (variants-landbruk's clean base, session 29).
 */
const PUBLIC = lazyPattern(
  String.raw`^\p{L}*(?:bilfør(?:er|ar)|bilist|trafikant|motorist|syklist|fotgjeng(?:er|ar))${END}$|^(?:motorists?|cyclists?|pedestrians?)$`,
  'iu',
);
/** The person of a record by a general noun (nb, nn, en): applicants, patients, pupils, users, customers, owners, tenants … */
const PERSON_OF_RECORD = lazyPattern(
  String.raw`^\p{L}*(?:søker|søkjar|pasient|elev|student|brukar|bruker|kunde|kund|medlem|deltaker|deltakar|innbygger|innbyggjar|beboer|bebuar|klager|klagar|eier|eigar|leietaker|leigetakar|låner|lånar|låntaker|låntakar|kandidat|abonnent|passasjer|gjest|besøkende|besøkande|arbeidstaker|arbeidstakar|varsler|varslar|tipser|tipsar|melder|meldar|innsender|innsendar|avsender|avsendar|mottaker|mottakar|adressat|festar|fester|skyldner|skyldnar|debitor|tiltakshaver|tiltakshavar|nabo|barn|ungdom|person|individ|registrerte|forbruker|forbrukar|pensjonist|stønadsmottaker|stønadsmottakar|stipendiat|sakseier|sakseigar|klient|tenesteytar|tjenestemottaker|tenestemottakar|vikar|frivillig|utøver|utøvar|spiller|spelar|utøvar|tilsett|ansatt)${END}$|^(?:applicants?|patients?|pupils?|students?|learners?|users?|customers?|clients?|members?|participants?|residents?|citizens?|inhabitants?|tenants?|borrowers?|owners?|holders?|candidates?|subscribers?|passengers?|guests?|visitors?|claimants?|complainants?|senders?|recipients?|addressees?|debtors?|consumers?|neighbou?rs?|children|child|minors?|persons?|people|individuals?|volunteers?|players?|athletes?|donors?|buyers?|sellers?|bidders?|voters?|pensioners?|beneficiar(?:y|ies)|whistle-?blowers?|tipsters?|reporters?|informants?|callers?|respondents?|data\s+subjects?|subjects?)$`,
  'iu',
);
/** The controller's own units and organs by the words they are named by (as recipients-stated's OWN_UNIT_WORD reads them). */
const OWN_UNIT = lazyPattern(
  String.raw`^(?:\p{L}*avdeling\p{L}*|\p{L}*seksjon(?:en)?|\p{L}*enhet(?:en)?|\p{L}*eining(?:a)?|\p{L}*kontor(?:et)?|\p{L}*styret|\p{L}*utval(?:g)?(?:et)?|\p{L}*ledelse(?:n)?|\p{L}*leiing(?:a)?|\p{L}*sekretariat(?:et)?|\p{L}*administrasjon(?:en)?|\p{L}*tjenest(?:e|en)|\p{L}*tenest(?:e|a)|departments?|units?|sections?|offices?|teams?|boards?|committees?|management|secretariat|administration|hr|it|ikt)$`,
  'iu',
);
/** Things and places in an agent noun's shape (nb, nn, en), and words of time: not parties. */
const THING = lazyPattern(
  String.raw`^\p{L}*(?:server|container|printer|skriver|skrivar|plotter|plottar|shredder|makulator|kopimaskin|skanner|scanner|kalender|ruter|router|nettleser|filter|register|registeret|monitor|sensor|computer|tracker|browser|teller|tilhenger|tilhengar|kjøler|kjølar|lager|senter|center|centre|folder|binder|ordner|perm|letter|paper|number|nummer|order|ordre|chapter|quarter|kvarter|matter|water|meter|liter|parameter|character|poster|banner|flyer|sticker|reminder|cover|tower|calendar|ledger|buffer|cluster|header|footer|counter|error|sector|sektor|corridor|elevator|indicator|processor|other|latter|former|sommer|sommar|vinter|oktober|november|desember|september|kontor|motor|faktor|vektor|indikator|generator|akkumulator|kalkulator|radiator|reaktor|traktor|doktorgrad|papir|tavl|mapp|arkiv|databas|system|portal|app|sky|disk|ment|frist|prosent|percent|variant|patent|talent|event|content|incident|accident|component|kontinent)${END}$`,
  'iu',
);
/** A trade or profession whose word has no agent ending (nb, nn, en): an architect, a smith, a lawyer, a photographer. */
const TRADE_NO = lazyPattern(
  String.raw`^\p{L}*(?:arkitekt|smed|advokat|fotograf|takstmann|takstmenn|fagmann|fagmenn|håndverk(?:er|ar)|handverk(?:er|ar)|entreprenør|montør|installatør|megler|meklar|tolk|translatør|kurér|kurer|budbil|transportør|speditør|grossist|importør|eksportør|forhandl(?:er|ar)|distributør|produsent|fabrikant|arrangør|operatør)${END}$`,
  'iu',
);
const TRADE_EN = lazyPattern(
  String.raw`^(?:architects?|\p{L}*smiths?|lawyers?|attorneys?|solicitors?|barristers?|photographers?|contractors?|subcontractors?|builders?|developers?|plumbers?|electricians?|carpenters?|joiners?|roofers?|painters?|decorators?|gardeners?|landscapers?|surveyors?|valuers?|appraisers?|auctioneers?|brokers?|dealers?|retailers?|wholesalers?|distributors?|manufacturers?|couriers?|carriers?|hauliers?|removers?|caterers?|florists?|printers?|publishers?|journalists?|translators?|interpreters?|insurers?|underwriters?|lenders?|creditors?|investors?|landlords?|letting\s+agents?|estate\s+agents?|mechanics?|installers?|fitters?|locksmiths?)$`,
  'iu',
);
/** The agent noun's shape: nb/nn «-ar», «-er», «-ør», «-ent», «-ist», «-ant», «-eur» with a person noun's definite or plural endings. */
const AGENT_NO = lazyPattern(
  String.raw`^\p{L}{3,}(?:(?:ar(?:en|ane|ar)|er(?:en|ne|e)|ør(?:en|ane|ene|ar|er|e))|(?:ent|ist|ant|eur)(?:en|ane|ene|ar|er|ane)?)$`,
  'iu',
);
/** English agent nouns: «-er», «-or», «-ist», «-eer», «-ician», «-ant», «-ent» (and plural). */
const AGENT_EN = lazyPattern(String.raw`^\p{L}{3,}(?:er|or|ist|eer|ician|ant|ent)s?$`, 'iu');
const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');
/**
 * Roles that belong to a kind of organisation, the controller's own people where the controller is of that kind: a coach or
 * an instructor in a sports club, team or gym («Trenerne får listen over utøverne på laget sitt» in an idrettslag's record);
 * in another's record (a PPT service, a school) the club's coach is another body's (variants-paraphrase3 PP21).
 */
const ORG_ROLES: readonly (readonly [role: () => RegExp, org: () => RegExp])[] = [
  [
    lazyPattern(String.raw`^\p{L}*(?:trener|trenar|instruktør|coach|instructor)(?:en|e|ne|ar|ane|s|es)?$`, 'iu'),
    lazyPattern(
      String.raw`idrett|klubb|club|sport|forbund|federation|(?<![\p{L}])(?:il|if|sk|fk|bk)(?![\p{L}])|(?:^|\s)\p{L}*lag(?:et)?(?![\p{L}])|trening|training|fitness|gym|team`,
      'iu',
    ),
  ],
  // An estate agent in an estate agency's own record («Ansvarlig megler og medhjelpere på oppdraget har tilgang»).
  [
    lazyPattern(String.raw`^\p{L}*(?:megler|meklar)(?:en|e|ne|ar|ane)?$|^(?:estate\s+)?agents?$`, 'iu'),
    lazyPattern(String.raw`megl|mekl|eiendom|eigedom|estate|realt`, 'iu'),
  ],
];
/** Whether `head` is a role of the controller's own kind of organisation (ORG_ROLES). */
export const ownRole = (head: string, organisation: string | undefined): boolean =>
  organisation !== undefined && ORG_ROLES.some(([role, org]) => role().test(headOf(head)) && org().test(organisation));

/** The words of a name (lower case, letters only). */
const wordsOf = (t: string): string[] => t.toLowerCase().match(WORD()) ?? [];
/** A stem for comparing a head with a record's words: the first five letters (four for a short word). */
const stemOf = (w: string): string => (w.length <= 5 ? w.slice(0, 4) : w.slice(0, 5));
const sharesStem = (head: string, words: readonly string[]): boolean =>
  head.length >= 4 && words.some((w) => w.length >= 4 && (w === head || stemOf(w) === stemOf(head)));
/**
 * `sharesStem` of a head and the words of a context's names, without cutting the names into words on every head a reader
 * asks about (#16, session 31): a word of four letters or more has the head's stem where a run of letters opens with it —
 * five letters and at least one more (a head of six or more), or four letters and at most one more. The names are joined
 * and lower-cased once per list.
 */
const namesKept = new WeakMap<readonly string[], string | null>();
const stemFinders = new Map<string, RegExp>();
const namesShareStem = (head: string, names: readonly string[]): boolean => {
  if (head.length < 4 || names.length === 0) return false;
  let text = namesKept.get(names);
  if (text === undefined) {
    text = names.join(' ').toLowerCase();
    // A letter outside the first plane counts two in a word's length and its stem: such names are cut into words as before.
    if (SURROGATE().test(text)) text = null;
    namesKept.set(names, text);
  }
  if (text === null || SURROGATE().test(head)) return sharesStem(head, names.flatMap(wordsOf));
  const stem = stemOf(head);
  let finder = stemFinders.get(stem);
  if (finder === undefined) {
    // A head is letters only (wordsOf): no character of it is special in a pattern.
    finder = new RegExp(stem.length === 5 ? `(?:^|[^\\p{L}])${stem}\\p{L}` : `(?:^|[^\\p{L}])${stem}\\p{L}?(?!\\p{L})`, 'u');
    if (stemFinders.size >= 10_000) stemFinders.clear();
    stemFinders.set(stem, finder);
  }
  return finder.test(text);
};
const NO_NAMES: readonly string[] = Object.freeze([]);
const SURROGATE = lazyPattern(String.raw`[\uD800-\uDFFF]`);

/** The head word: lower case, a genitive «'s» and the article taken off. */
const headOf = (head: string): string => (wordsOf(head.replace(/['’]s?(?=\s|$)/gu, '')).pop() ?? '').replace(/^(?:the|den|det|dei|de)$/u, '');

/**
 * The kind of party the head noun `head` of a receiver phrase names, for an activity (ctx): see the module's note. The
 * record's own words first (recorded, subjects, organisation), then the general lists, then the agent noun's shape.
 */
export function partyKind(head: string, ctx: PartyContext = {}): PartyKind {
  const h = headOf(head);
  if (h.length < 3) return 'unknown';
  const recorded = ctx.recorded ?? NO_NAMES;
  if (recorded.length > 0 && (namesShareStem(h, recorded) || (partyConcepts(h) !== undefined && twinRecorded(h, recorded)))) return 'recorded';
  if (namesShareStem(h, ctx.subjects ?? NO_NAMES)) return 'subject';
  if (
    ctx.organisation !== undefined &&
    sharesStem(
      h,
      wordsOf(ctx.organisation).filter((w) => w.length >= 5),
    )
  )
    return 'own-unit';
  if (ownRole(h, ctx.organisation)) return 'staff';
  if (RELATIVE().test(h)) return 'relative';
  if (THING().test(h)) return 'thing';
  if (PUBLIC().test(h)) return 'subject';
  if (STAFF().test(h)) return 'staff';
  if (PERSON_OF_RECORD().test(h)) return 'subject';
  if (OWN_UNIT().test(h)) return 'own-unit';
  const no = ctx.language !== 'en';
  const en = ctx.language !== 'no';
  if ((no && TRADE_NO().test(h)) || (en && TRADE_EN().test(h)) || (no && AGENT_NO().test(h)) || (en && AGENT_EN().test(h))) return 'outside';
  return 'unknown';
}

/** `head` is a title of the controller's own staff by the general list (not a member of the public on the road). */
export const staffWord = (head: string): boolean => {
  const h = headOf(head);
  return STAFF().test(h) && !PUBLIC().test(h);
};
