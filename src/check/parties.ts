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
import { byText } from '../util/memo.js';
import type { Registry } from '../model/registry.js';
import { FORMS, formsPattern } from './company-forms.js';
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
  /**
   * What the record says is ours (record-first, session 31; `ownWordsOf`): the words of the organisation's name, its
   * responsible and contact units, the DPO, its employees' data-subject categories with their titles, the activity's
   * responsible unit. A profession («tannlegen», «fysioterapeuten») is our staff where these name it; where they name
   * other professions and not this one, it is another's. Undefined: the record says nothing, the general lists decide.
   */
  readonly own?: string;
}

/** A person noun's endings after its stem (nb, nn, en: definite, plural, genitive). */
const END = String.raw`(?:en|a|e|ar|er|ane|ene|arane|erne|ne|n|r|s|es)?`;

/** Next of kin and guardians (as facts.ts RELATIVE_PARTY; nb, nn, en). */
const RELATIVE = lazyPattern(
  String.raw`^(?:\p{L}*(?:pårørende|pårørande)\p{L}*|\p{L}*verge\p{L}*|\p{L}*verj(?:e|a)\p{L}*|foreldr\p{L}*|føresett\p{L}*|foresatt\p{L}*|ektefell\p{L}*|sambu\p{L}*|familie\p{L}*|mor(?:a|en)?|far(?:en)?|søsk\p{L}*|relatives?|kin|guardians?|parents?|spouses?|famil(?:y|ies)|mothers?|fathers?|siblings?)$`,
  'iu',
);
/** The controller's own staff by title (a compound's last part: «byggesaksbehandleren», «avdelingsleiaren»). */
const STAFF = lazyPattern(
  String.raw`^\p{L}*(?:saksbehandl(?:er|ar)|sakshandsam(?:ar|er)|behandl(?:er|ar)|handsam(?:ar|er)|rådgiv(?:er|ar)|rådgjev(?:ar|er)|veiled(?:er|ar)|rettleiar|leder|leiar|lærer|lærar|inspektør|kontrollør|sekretær|konsulent|sjåfør|vaktmest(?:er|ar)|vaktmeist(?:er|ar)|renhold(?:er|ar)|reinhald(?:ar|er)|vekter|vektar|vakt|prest|sokneprest|prost|diakon|kantor|kateket|organist|kirketjener|kyrkjetenar|vakthavende|vakthavande|portier|resepsjonist|koordinator|tekniker|teknikar|assistent|hjelper|hjelpar|praktikant|lærling|medarbeid(?:er|ar)|(?:ambulanse|helse|sosial|hjelpe)arbeid(?:er|ar)|tilsett|ansatt|kolleg(?:a|ae)?|\p{L}*ansvarl(?:ig|eg)|internrevisor|pleier|pleiar|pedagog|fagarbeid(?:er|ar)|arkivar|bibliotekar|kasserer|kasserar|direktør|sjef|ombud|ombod|redaktør|operatør|rektor|forstander|forstandar|kontaktlærer|kontaktlærar|miljøarbeid(?:er|ar)|ingeniør|jurist|controller|økonom|ordfører|ordførar|fører|førar|rådmann|formann|tillitsvald|tillitsvalgt|verneombud|verneombod)${END}$|^(?:caseworkers?|case|officers?|advisers?|advisors?|counsell?ors?|managers?|supervisors?|inspectors?|teachers?|tutors?|instructors?|secretar(?:y|ies)|clerks?|assistants?|coordinators?|administrators?|directors?|heads?|leaders?|chairs?|chairman|chairwoman|chairperson|colleagues?|employees?|staff|workers?|operators?|controllers?|editors?|registrars?|archivists?|librarians?|treasurers?|accountants?|trainees?|interns?|apprentices?|caretakers?|janitors?|cleaners?|guards?|drivers?|technicians?|engineers?|specialists?|consultants?|agents?|principals?|deans?|lecturers?|professors?|researchers?|scientists?|analysts?|auditors?|examiners?|moderators?|receptionists?|porters?|stewards?|wardens?|mayors?|councillors?|councilors?)$`,
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
  String.raw`^(?:\p{L}*avdeling\p{L}*|\p{L}*seksjon(?:en)?|\p{L}*enhet(?:en)?|\p{L}*eining(?:a)?|\p{L}*kontor(?:et)?|\p{L}*styret|styre|\p{L}*utval(?:g)?(?:et)?|\p{L}*ledelse(?:n)?|\p{L}*leiing(?:a)?|\p{L}*sekretariat(?:et)?|\p{L}*administrasjon(?:en)?|\p{L}*tjenest(?:e|en)|\p{L}*tenest(?:e|a)|\p{L}*resepsjon(?:en)?|\p{L}*sentralbord(?:et)?|\p{L}*postmottak(?:et)?|\p{L}*servicetorg(?:et)?|\p{L}*(?:service|kunde)(?:senter|senteret|service|servicen|torget)|\p{L}*ekspedisjon(?:en)?|(?:vakt|alarm|drifts|operasjons|kunde|service|nød)sentral(?:en)?|\p{L}*(?:vakt|kontroll)rom(?:met)?|\p{L}*(?:bruker|brukar)støtt(?:e|en|a)|\p{L}*rådet|councils?|helpdesk|desks?|reception|switchboard|mailroom|departments?|units?|sections?|offices?|teams?|boards?|committees?|management|secretariat|administration|hr|it|ikt)$`,
  'iu',
);
/**
 * A centre that is a service with people in it, not a thing (session 38, R28, ambulanse AM32's class: «the ship's medical
 * centre»): «medical centre», «health centre», «call centre», «job centre», «day centre» … Read as a unit, whose body the
 * words around it say (headOfOther: «the ship's medical centre», «the hotel's call centre» are another's).
 */
const SERVICE_CENTRE = lazyPattern(
  String.raw`^(?:medical|health|healthcare|care|day|job|jobs|call|contact|service|customer|treatment|rehabilitation|crisis|family|youth|counselling|counseling|dental|maternity|nursing|visitor|visitors|welfare|student|students)\s+cent(?:re|er)s?$`,
  'iu',
);
/** A municipality by its name's word (recipients-stated: its own school named by its place). */
export const MUNICIPALITY_NAMED = lazyPattern(String.raw`(?<![\p{L}])(?:kommune|kommuna|municipality)(?![\p{L}])`, 'iu');
/** Things and places in an agent noun's shape (nb, nn, en; «plasser», «lokaler», «senger»: F2, session 41), and words of time: not parties. */
const THING = lazyPattern(
  String.raw`^(?!departments?$)\p{L}*(?:server|container|printer|skriver|skrivar|plotter|plottar|shredder|makulator|kopimaskin|skanner|scanner|kalender|ruter|router|nettleser|filter|register|registeret|monitor|sensor|computer|tracker|browser|teller|tilhenger|tilhengar|kjøler|kjølar|lager|senter|center|centre|folder|binder|ordner|perm|letter|paper|number|nummer|order|ordre|chapter|quarter|kvarter|matter|water|meter|liter|parameter|character|poster|banner|flyer|sticker|reminder|cover|tower|calendar|ledger|buffer|cluster|header|footer|counter|error|sector|sektor|corridor|elevator|indicator|stretcher|trailer|locker|drawer|heater|freezer|fridge|cooler|charger|adapter|speaker|scooter|helicopter|ladder|shelter|dumpster|planner|organi[sz]er|spreadsheet|newsletter|nyhetsbrev|processor|other|latter|former|sommer|sommar|vinter|oktober|november|desember|september|kontor|motor|faktor|vektor|indikator|generator|akkumulator|kalkulator|radiator|reaktor|traktor|doktorgrad|papir|tavl|mapp|arkiv|databas|system|portal|app|sky|disk|ment|frist|prosent|percent|variant|patent|talent|event|content|incident|accident|component|kontinent|plass|lokal|seng)${END}$`,
  'iu',
);
/** A trade or profession whose word has no agent ending (nb, nn, en): an architect, a smith, a lawyer, a photographer. */
const TRADE_NO = lazyPattern(
  String.raw`^\p{L}*(?:arkitekt|smed|advokat|fotograf|takstmann|takstmenn|fagmann|fagmenn|håndverk(?:er|ar)|handverk(?:er|ar)|entreprenør|montør|installatør|megler|meklar|mekler|meglar|revisor|tolk|translatør|kurér|kurer|budbil|transportør|speditør|grossist|importør|eksportør|forhandl(?:er|ar)|distributør|produsent|fabrikant|arrangør|operatør)${END}$`,
  'iu',
);
const TRADE_EN = lazyPattern(
  String.raw`^(?:architects?|\p{L}*smiths?|lawyers?|attorneys?|solicitors?|barristers?|photographers?|contractors?|subcontractors?|builders?|developers?|plumbers?|electricians?|carpenters?|joiners?|roofers?|painters?|decorators?|gardeners?|landscapers?|surveyors?|valuers?|appraisers?|auctioneers?|brokers?|dealers?|retailers?|wholesalers?|distributors?|manufacturers?|couriers?|carriers?|hauliers?|removers?|caterers?|florists?|printers?|publishers?|journalists?|translators?|interpreters?|insurers?|underwriters?|lenders?|creditors?|investors?|landlords?|letting\s+agents?|estate\s+agents?|mechanics?|installers?|fitters?|locksmiths?)$`,
  'iu',
);
/**
 * An organisation outside the controller by its kind's word (nb, nn, en; session 35, R18): a club or an association by its
 * compound's last part («båtforeningen», «velforeininga», «sykkelklubben», «sogelaget», «idrettslaget»), a firm or a company
 * («transportfirmaene», «rådgivingsfirmaet», «bedrifta»), a newspaper («lokalavisa»), a society, a charity, a mission. A
 * «-lag» only after a club's first part: «grunnlaget», «forslaget», «arbeidslaget» are no bodies. The controller's own
 * (by its name or own words) is read before this.
 */
const ORG_WORD = lazyPattern(
  String.raw`^\p{L}{2,}(?:forening|foreining|klubb)(?:en|a|ene|ane|ar|er|s)?$|^\p{L}*(?:båt|idretts|sanitets|historie|soge|sogne|skytter|skyttar|kor|musikk|bonde|ungdoms|turn|ski|jeger|jakt|fiske|hage|bygde|grende|kvinne|mål|tur|seil|segl|padle|dans|teater|kyst|velferds|hytte|grunneigar|grunneier|beite|utmarks|buretts|boretts)lag(?:et|a|ene|ane)?$|^\p{L}{3,}(?:firma|bedrift)(?:et|a|ene|ane|er|ar)?$|^\p{L}*avis(?:a|en|er|ene|ar|ane)?$|^\p{L}{3,}(?:byrå|selskap)(?:et|a|er|ar|ene|ane)?$|^\p{L}*apotek(?:et|a|ene|ane|er|ar)?$|^pharmac(?:y|ies)$|^\p{L}*sameie(?:t|ne|r)?$`,
  'iu',
);
/** The English words of a club, a society, a charity, a mission (ORG_WORD's), after a word that is no article or «our». */
const ORG_EN = lazyPattern(String.raw`^(?:clubs?|societ(?:y|ies)|associations?|charit(?:y|ies)|missions?|newspapers?|federations?|leagues?)$`, 'iu');
const NO_MODIFIER = lazyPattern(String.raw`^(?:the|a|an|our|your|their|its|this|that|these|those|each|every|any)$`, 'iu');
/**
 * An organisation by its proper name ending in a company's or a club's word (session 35, R18): «Nordvik Taxi», «Vestkyst
 * Transport», «Fjordvik Båtlag», «Nordkyst Rør», «the Red Cross», «the Seamen's Mission» — two words or more, each
 * capitalised, the last a word a company or a club is named by. Not a unit («Customer Service», «HR Department»).
 */
const NAMED_TAIL = lazyPattern(
  String.raw`^(?:taxi|drosje|transport|bil|buss|rør|elektro|bygg|regnskap|revisjon|eiendom|eigedom|invest|finans|forsikring|inkasso|reiser|travel|tours?|media|avis|gruppen|group|partners?|consult|consulting|entreprenør|marine|maritime|shipping|logistikk|logistics|verft|mission|army|cross|kors|misjon|lag|\p{L}*lag|\p{L}*forening|\p{L}*foreining|\p{L}*klubb|club|society|association|trust|foundation|stiftelse|stifting|charity|league|federation|forbund)$`,
  'iu',
);
/** Whether the phrase is a proper name of two words or more, each capitalised, with a company's or a club's word last (NAMED_TAIL). */
export const namedOrg = (phrase: string): boolean => {
  const ws = phrase
    .replace(/['’]s(?=\s|$)/gu, '')
    .replace(/^the\s+/iu, '')
    .trim()
    .split(/\s+/u);
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w)) && NAMED_TAIL().test(ws[ws.length - 1]!);
};
/**
 * A national body by its proper name of more than one word (session 38, R28, ambulanse AM30, AM34): the state's or the
 * country's genitive or adjective first, as a name is written («Statens vegvesen», «Statens kartverk», «Norges
 * idrettsforbund», «Noregs mållag», «Norsk Førstehjelpsråd», «Den norske legeforening», «the Norwegian First Aid Council»).
 * Not «statens oppgåver» (the state's tasks, lower case), nor «Norske pasientar» (an adjective of people, no «Den»).
 */
// A name that ends in the country's (session 40, R34, variants-sameting SM38: «Innovasjon Norge», «Helse Noreg», «Statistics
// Norway», «Innovation Norway»): a national body.
export const NATIONAL_NAME = String.raw`(?:(?:Statens|Norges|Noregs|Norsk|Den\s+norske|Det\s+norske)\s+\p{L}[\p{L}-]{2,}|(?:the\s+)?Norwegian(?:\s+\p{Lu}[\p{L}-]*){1,4}|\p{Lu}[\p{L}-]{2,}(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Norge|Noreg|Norway))`;
const NATIONAL = lazyPattern(String.raw`^(?:[Tt]he\s+)?${NATIONAL_NAME}(?:\s+\p{Lu}[\p{L}-]*){0,3}$`, 'u');
/** Whether a party phrase is a national body by its name (NATIONAL_NAME). */
export const nationalBody = (phrase: string): boolean => NATIONAL().test(phrase.trim());
/** The agent noun's shape: nb/nn «-ar», «-er», «-ør», «-ent», «-ist», «-ant», «-eur» with a person noun's definite or plural endings. */
const AGENT_NO = lazyPattern(
  String.raw`^\p{L}{3,}(?:(?:ar(?:en|ane|ar)|er(?:en|ne|e)|ør(?:en|ane|ene|ar|er|e))|(?:ent|ist|ant|eur)(?:en|ane|ene|ar|er|ane)?)$`,
  'iu',
);
/** English agent nouns: «-er», «-or», «-ist», «-eer», «-ician», «-ant», «-ent» (and plural). */
const AGENT_EN = lazyPattern(String.raw`^\p{L}{3,}(?:er|or|ist|eer|ician|ant|ent)s?$`, 'iu');
const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');
/**
 * Professions whose holders are one body's own staff in one record and another's in the next (nb, nn, en): a doctor, a
 * dentist, a nurse, a midwife, a physiotherapist, a psychologist. Each maps to a key (a compound's tail, longest first):
 * «tannlegen» is a dentist, not a doctor; «fastlegen» a GP (someone's own doctor), not ours unless the record says so.
 */
/** A profession noun's endings (nb, nn: definite, plural, genitive). */
const PEND = String.raw`(?:en|a|e|ar|er|ane|ene|ne|n|r|s|es|ens|ars)?`;
const PROFESSIONS: readonly (readonly [key: string, tail: () => RegExp])[] = [
  ['fastlege', lazyPattern(String.raw`(?:fastleg|fastlækjar|allmennleg)${PEND}$|^(?:gps?|general\s+practitioners?|family\s+doctors?)$`, 'iu')],
  ['veterinær', lazyPattern(String.raw`(?:veterinær|dyrleg|dyrlækjar)${PEND}$|^(?:vets?|veterinar(?:y\s+surgeon|ian)s?|veterinary\s+surgeons?)$`, 'iu')],
  ['tannlege', lazyPattern(String.raw`(?:tannleg|tannlækjar)${PEND}$|^dentists?$`, 'iu')],
  ['tannpleier', lazyPattern(String.raw`tannpleie(?:r|ar)${PEND}$|^dental\s+hygienists?$|^hygienists?$`, 'iu')],
  ['helsesykepleier', lazyPattern(String.raw`(?:helsesykepleier|helsesjukepleiar|helsesøster|helsesøstr)${PEND}$|^health\s+visitors?$`, 'iu')],
  ['sykepleier', lazyPattern(String.raw`(?:sykepleier|sjukepleiar)${PEND}$|^nurses?$`, 'iu')],
  ['jordmor', lazyPattern(String.raw`jord(?:mor|mora|moren|mødre|mødrer|mødrene|mødrane)$|^midwi(?:fe|ves)$`, 'iu')],
  [
    'lege',
    lazyPattern(
      String.raw`^(?!\p{L}*(?:kolleg|colleg|privileg))\p{L}*(?:leg(?:e|en|ar|er|ane|ene|ens)|lækjar${PEND})$|^(?:doctors?|physicians?|clinicians?|paediatricians?|pediatricians?)$`,
      'iu',
    ),
  ],
  ['fysioterapeut', lazyPattern(String.raw`fysioterapeut${PEND}$|^physio(?:therapist)?s?$`, 'iu')],
  ['ergoterapeut', lazyPattern(String.raw`ergoterapeut${PEND}$|^occupational\s+therapists?$`, 'iu')],
  ['terapeut', lazyPattern(String.raw`terapeut${PEND}$|^therapists?$`, 'iu')],
  ['psykiater', lazyPattern(String.raw`psykiater${PEND}$|^psychiatrists?$`, 'iu')],
  ['psykolog', lazyPattern(String.raw`psykolog${PEND}$|^psychologists?$`, 'iu')],
  ['farmasøyt', lazyPattern(String.raw`farmasøyt${PEND}$|^pharmacists?$`, 'iu')],
  ['logoped', lazyPattern(String.raw`logoped${PEND}$|^speech\s+therapists?$`, 'iu')],
];
/** A profession's wider one: a physiotherapist is a therapist, a public health nurse a nurse. */
const WIDER: Readonly<Record<string, string>> = { fysioterapeut: 'terapeut', ergoterapeut: 'terapeut', helsesykepleier: 'sykepleier' };
/** The profession key of a word or a two-word phrase (its last words), or undefined. */
const professionOf = (w: string): string | undefined => PROFESSIONS.find(([, t]) => t().test(w))?.[0];
/** The professions the record's own words name as ours (each once; a two-word English title too). */
const professionsIn = (own: string): Set<string> => {
  const out = new Set<string>();
  const ws = wordsOf(own);
  ws.forEach((w, i) => {
    const k = professionOf(w) ?? (i > 0 ? professionOf(`${ws[i - 1]!} ${w}`) : undefined);
    if (k !== undefined) out.add(k);
  });
  return out;
};
/**
 * What the record's own words (`ownWordsOf`, one string per registry) say, read once per text: its professions, the kinds
 * of organisation it names (ORG_PROFESSIONS, by index), its words of five letters or more, and a stem index of all its
 * words.
 */
const ownReading = byText((own: string) => {
  const words = wordsOf(own);
  return {
    professions: professionsIn(own),
    orgKinds: ORG_PROFESSIONS.map(([o]) => o().test(own)),
    long: [...new Set(words.filter((x) => x.length >= 5))],
    all: indexOf(words),
    teachers: SCHOOL_OWN().test(own),
    schools: SCHOOL_NAMED().test(own),
    church: CHURCH().test(own),
  };
});
/** The kind of organisation names the professions it employs («Fjordvik tannklinikk» employs dentists). */
const ORG_PROFESSIONS: readonly (readonly [org: () => RegExp, keys: readonly string[]])[] = [
  [lazyPattern(String.raw`tannklinikk|tannleg|tannhelse|dental`, 'iu'), ['tannlege', 'tannpleier']],
  [
    lazyPattern(String.raw`sykehus|sjukehus|hospital|legevakt|legekontor|legesenter|helseforetak|helsehus|sjukeheim|sykehjem|klinikk|clinic`, 'iu'),
    ['lege', 'sykepleier'],
  ],
  [lazyPattern(String.raw`fastlege|legekontor|legesenter|medical\s+cent`, 'iu'), ['fastlege']],
  [lazyPattern(String.raw`fysioterapi|physiotherap`, 'iu'), ['fysioterapeut']],
  [lazyPattern(String.raw`apotek|pharmac`, 'iu'), ['farmasøyt']],
  [
    lazyPattern(String.raw`veterinær|dyrlege|dyreklinikk|dyresjukehus|dyresykehus|veterinar|vets?(?![\p{L}])|animal\s+(?:hospital|clinic)`, 'iu'),
    ['veterinær'],
  ],
];
/** A profession named as someone's own: private, a person's genitive or possessive («den private fysioterapeuten», «barnets tannlege», «your GP»). */
const PRIVATE = lazyPattern(String.raw`^(?:private?|privat(?:e|praktiserande|praktiserende)?)$`, 'iu');
const SOMEONES = lazyPattern(
  String.raw`^(?:(?!(?:this|thus|less|plus|was|has|yes|hos|oss|dess|bus|campus|alle|andres)$)\p{L}{3,}s|sin|sitt|sine|hans|hennar|hennes|deira|deres|their|his|her|your|din|ditt|dine|dykkar|own|eigen|egen|eige|eget)$`,
  'iu',
);
/**
 * The kind of a profession head by the record (record-first): our staff where the record (or its kind of organisation)
 * names the profession as ours; another's where it is named as someone's or private, or where the record names its own
 * professions and not this one; otherwise our staff, as the general list read it before.
 */
function professionKind(key: string, before: string | undefined, ctx: PartyContext): PartyKind {
  if (before !== undefined && PRIVATE().test(before)) return 'outside';
  const recorded = ctx.own === undefined ? new Set<string>() : ownReading(ctx.own).professions;
  const org = ctx.organisation ?? '';
  const ours =
    recorded.has(key) ||
    (WIDER[key] !== undefined && recorded.has(WIDER[key])) ||
    [...recorded].some((k) => WIDER[k] === key) ||
    ORG_PROFESSIONS.some(([o, keys], i) => keys.includes(key) && (o().test(org) || (ctx.own !== undefined && ownReading(ctx.own).orgKinds[i] === true)));
  if (ours) return before !== undefined && SOMEONES().test(before) && key !== 'fastlege' ? 'outside' : 'staff';
  if (key === 'fastlege' || (before !== undefined && SOMEONES().test(before)) || recorded.size > 0) return 'outside';
  return 'staff';
}
/**
 * The party to a case (forvaltningsloven § 2 første ledd bokstav e: «part, person som en avgjørelse retter seg mot eller som
 * saken ellers direkte gjelder»): the person the record is about, not another body («Parten får forhåndsvarsel»:
 * variants-toll's clean base, a false alarm of the record-first «X får» default found merging session 31). Whole words
 * only: a «motpart», an «avtalepart» are others.
 */
const CASE_PARTY = lazyPattern(String.raw`^(?:part|parten|partene|partane|partar|partsrepresentant\p{L}*)$`, 'iu');
/** A person by a title's tail the lists lack («jordmora», «vaktmannen»): staff where the record names it. */
const PERSON_TAIL_OWN = lazyPattern(String.raw`(?:mor|mora|moren|mann|mannen|kvinne|kvinna|kvinnen)$`, 'iu');
/** A compound office of another body by its first part («regnskapskontoret», «skattekontoret», «the tax office»). */
const OTHERS_OFFICE = lazyPattern(
  String.raw`^(?:regnskaps|rekneskaps|skatte|liknings|likningskontor|lege|tannlege|advokat|revisjons|revisor|takst|meglar|megler|reise|trygde|nav|folkeregister|lensmanns|namsmanns|politi|patent|arbeids|tolke|inkasso|forsikrings|bank)kontor(?:et|a|ene|a)?$|^(?:tax|accountants?['’]?|accounting|doctors?['’]?|gp['’]?s?|dental|law|lawyers?['’]?|solicitors?['’]?|passport|benefits|job|employment|travel|insurance|post)\s+offices?$`,
  'iu',
);
/**
 * An accountant by its «-fører» title («regnskapsføreren», «rekneskapsføraren»): a trade outside the controller unless the
 * record names it as ours. Every other «-fører» stays a staff title («tilsynsførarane», «protokollføreren»: session 29's
 * lawful wording l114).
 */
const FORER = lazyPattern(String.raw`^(?:regnskaps|rekneskaps|regnskap|rekneskap)(?:fører|førar)${END}$`, 'iu');

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
/**
 * A body's title or office by its compound's first part (nb, nn): «kommunelegen», «fylkeslegen», «menighetskontoret»,
 * «kyrkjelydskontoret», «skulekontoret», «bedriftslegen». The first part names the body whose office or officer it is; the
 * controller's own only where its name or its own words (ownWordsOf) begin with that part («menighetskontoret» in Nordvik
 * menighet's record, «kommunelegen» in a municipality's: the organisation's name is read first). Not any «-kontoret»:
 * «hovudkontoret», «personalkontoret» name no other body (issue #12, session 33).
 */
const BODY_FIRST = lazyPattern(
  String.raw`^(kommune(?:over)?|fylkes(?:over)?|bydels|skole|skule|barnehage|sykehus|sjukehus|sykehjems|sjukeheims|menighets|kyrkjelyds|bispedømme|universitets|høgskole|høgskule|bedrifts|stats)(\p{L}{3,})$`,
  'iu',
);
const OFFICE_TAIL = lazyPattern(String.raw`^kontor(?:et|a|ene|ane)?$`, 'iu');
/** A church's part and a church body's name (nb, nn): a parish office or priest is the record's own in a church's record. */
const CHURCH_PART = lazyPattern(String.raw`^(?:menighet|kyrkjelyd|bispedømme)$`, 'iu');
const CHURCH = lazyPattern(String.raw`kirke|kirkel|kyrkj|menighet|kyrkjelyd|sokn|fellesråd|prosti|bispedøm`, 'iu');
/** Whether the record's name or own words have a word that begins with `part` (four letters of it at least); a church part where the record is a church body's. */
const ownsPart = (part: string, ctx: PartyContext): boolean => {
  const p = part.replace(/(?:over|s)$/u, '');
  const begins = (w: string): boolean => w.length >= p.length && w.startsWith(p);
  if (CHURCH_PART().test(p) && (CHURCH().test(ctx.organisation ?? '') || (ctx.own !== undefined && ownReading(ctx.own).church))) return true;
  return p.length >= 4 && (wordsOf(ctx.organisation ?? '').some(begins) || (ctx.own !== undefined && ownReading(ctx.own).long.some(begins)));
};
/** Where the reader knows nothing of the record (no organisation, no own words), the general lists decide as before. */
function bodyCompound(h: string, ctx: PartyContext): PartyKind | undefined {
  const m = ctx.organisation === undefined && ctx.own === undefined ? null : BODY_FIRST().exec(h);
  if (m === null) return undefined;
  const office = OFFICE_TAIL().test(m[2]!);
  if (!office && professionOf(m[2]!) === undefined && !STAFF().test(m[2]!)) return undefined;
  if (ownsPart(m[1]!.toLowerCase(), ctx)) return office ? 'own-unit' : 'staff';
  return 'outside';
}
/**
 * A school's titles (nb, nn, en): «rektor», the form or class teacher («kontaktlæraren»), the head teacher. Our staff in the
 * record of a school or of its owner (a municipality, a county: by the organisation's name or own words); another body's in
 * every other record («We forward … to the head teacher» in a volunteer centre's; session 32's matrix left it unread). Not
 * a bare «lærer», «teacher»: a course, a music or driving school, an archive's courses have teachers of their own.
 */
const SCHOOL_TITLE = lazyPattern(
  String.raw`^(?:rektor|kontaktlærer|kontaktlærar|klasselærer|klasselærar|klassestyrer|klassestyrar)${END}$|^(?:head|form|class)\s+teachers?$|^(?:headteachers?|head\s*(?:master|mistress)(?:es|s)?)$`,
  'iu',
);
/** An organisation that employs teachers, by its name: a school of any kind, its owner (a municipality, a county), a kindergarten, a course. */
const SCHOOL_ORG = lazyPattern(
  String.raw`skole|skule|school|academy|gymnas|universitet|university|høgskole|høgskule|college|barnehage|kindergarten|kurs|course|(?<![\p{L}])(?:\p{L}*kommune|municipality|county)(?![\p{L}])`,
  'iu',
);
/** The record's own words naming teachers as ours («Tilsette: lærarar og assistentar»), read once per text (ownReading). */
const SCHOOL_OWN = lazyPattern(String.raw`(?<![\p{L}])(?:\p{L}*lærer\p{L}*|\p{L}*lærar\p{L}*|teachers?|rektor\p{L}*)(?![\p{L}])`, 'iu');
/**
 * A school or the education sector by a word of the record's own words («Fjordvik ungdomsskule», «Oppvekst»; not
 * «skulehelsetenesta», a health station's service), read once per text (ownReading).
 */
const SCHOOL_NAMED = lazyPattern(String.raw`(?<![\p{L}])(?:\p{L}*(?:skole|skule)(?:n|ne|r|ar|ane|ene)?|schools?|oppvekst\p{L}*|education)(?![\p{L}])`, 'iu');
/** Pupils as an activity's data subjects (nb, nn, en). */
const PUPILS = lazyPattern(String.raw`(?<![\p{L}])(?:elev\p{L}*|\p{L}*(?:skole|skule)elev\p{L}*|pupils?|schoolchildren)(?![\p{L}])`, 'iu');
/** A municipality or a county by its name: it owns schools, but a record of its health station or library is not theirs. */
const SCHOOL_OWNER = lazyPattern(String.raw`(?<![\p{L}])(?:\p{L}*kommune|municipality|county)(?![\p{L}])`, 'iu');
/**
 * A school title's kind (session 37, R24: variants-helsestasjon HS26, variants-bibliotek BB21, «kontaktlæraren» in a
 * municipality's health station's or library's record): our staff in a school's record (its name), or where the record's
 * own words name teachers, a school or the education sector; in a municipality's or a county's record, as before, unless
 * the activity is about pupils; another body's (the pupils' school) in every other record.
 */
const schoolTitleKind = (h: string, compound: string, ctx: PartyContext): PartyKind | undefined => {
  if ((ctx.organisation === undefined && ctx.own === undefined) || !(SCHOOL_TITLE().test(compound) || SCHOOL_TITLE().test(h))) return undefined;
  const org = ctx.organisation ?? '';
  const own = ctx.own === undefined ? undefined : ownReading(ctx.own);
  const owner = SCHOOL_OWNER().test(org);
  if ((SCHOOL_ORG().test(org) && !owner) || own?.teachers === true || own?.schools === true) return 'staff';
  // A municipality's record: the pupils' school is another unit's where the activity is about pupils (a health station's,
  // a library's); elsewhere its teachers stay the municipality's own, as before (lawful-wordings-s31-k1-byggesak k102).
  return owner && (own === undefined || !(ctx.subjects ?? []).some((n) => PUPILS().test(n))) ? 'staff' : 'outside';
};
/**
 * A party to a case by its role (nb, nn, en: the applicant, the complainant, the developer): the person the record is about
 * where the record says nothing of whom it is about, or names them; another party where the activity's data subjects are
 * named and are someone else (the neighbours, the employees complained of: «Vi sender forklaringa frå den tilsette til
 * klagaren»). Not where the data subjects are people at large (residents, users, patients, parties), who may be the
 * applicant themself.
 */
const CASE_ROLE = lazyPattern(String.raw`^(?:søker|søkjar|klager|klagar|tiltakshaver|tiltakshavar)${END}$|^(?:applicants?|complainants?|claimants?)$`, 'iu');
const WIDE_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:person|innbygg|borgar|borger|publikum|allmenn|bruker|brukar|kunde|kund|klient|pasient|pårørande|pårørende|part|foreldr|føresett|foresatt|elev|student|medlem|deltak|citizen|resident|individual|people|public|user|customer|client|patient|part(?:y|ies)|parent|pupil|student|member|participant|relative|applicant|complainant|claimant)`,
  'iu',
);
/** Whether `head` is a role of another party to the case, where the record's people are `subjects` (CASE_ROLE). */
export const otherRole = (head: string, subjects: readonly string[] | undefined): boolean => {
  const h = headOf(head);
  return CASE_ROLE().test(h) && subjects !== undefined && subjects.length > 0 && !namesShareStem(h, subjects) && !subjects.some((n) => WIDE_PEOPLE().test(n));
};

/** Whether `head` is a role of the controller's own kind of organisation (ORG_ROLES). */
export const ownRole = (head: string, organisation: string | undefined): boolean =>
  organisation !== undefined && ORG_ROLES.some(([role, org]) => role().test(headOf(head)) && org().test(organisation));

/** The words of a name (lower case, letters only). */
const wordsOf = (t: string): string[] => t.toLowerCase().match(WORD()) ?? [];
/** A word's stem for comparing a head with a record's words: the word without a person noun's or a definite ending (whole words, session 31: a five-letter opening took «adresseselskap» for a recorded «adresse…»). */
const STEM_END = lazyPattern(String.raw`(?:arane|erne|ane|ene|ens|ets|ers|ars|en|et|er|ar|ne|na|a|e|s|n|r)$`, 'u');
const stemOf = (w: string): string => {
  const s = w.replace(STEM_END(), '');
  return s.length >= 3 ? s : w;
};
/**
 * Whether a head shares a stem with a list of words, by two sets (#16, integrator session 31): some word of four letters or more equals the head, or the head's
 * stem, or has the head or the head's stem as its stem — the same answer as comparing every word, without cutting and
 * stemming the record's names on every head a reader asks about. Indexes are kept per list (WeakMap: the context's own
 * arrays) and per text (the record's own words: `ownReading`).
 */
interface StemIndex {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}
const indexOf = (words: readonly string[]): StemIndex => {
  const long = words.filter((w) => w.length >= 4);
  return { words: new Set(long), stems: new Set(long.map(stemOf)) };
};
const stemHit = (head: string, idx: StemIndex): boolean => {
  const hs = stemOf(head);
  return idx.words.has(head) || idx.stems.has(hs) || idx.words.has(hs) || idx.stems.has(head);
};
const namesIndexes = new WeakMap<readonly string[], StemIndex>();
/** `sharesStem(head, names.flatMap(wordsOf))`, the names' index built once per list (a head of four letters or more, lower case). */
export const namesShareStem = (head: string, names: readonly string[]): boolean => {
  if (head.length < 4 || names.length === 0) return false;
  let idx = namesIndexes.get(names);
  if (idx === undefined) namesIndexes.set(names, (idx = namesIndex(names)));
  return stemHit(head, idx);
};
/**
 * `indexOf(names.flatMap(wordsOf))`, from each name's long words and their stems, read once per name: the lists are an
 * activity's own (its recorded parties, its people), made anew for each activity, while the names in them repeat across
 * the record (a catalogue's recipient in every activity that lists it). Cutting and stemming every name again for each
 * activity was most of what recipients-stated's party readings cost (#16, session 44). The same two sets.
 */
const namesIndex = (names: readonly string[]): StemIndex => {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const name of names) {
    const one = nameIndex(name);
    for (const w of one.words) words.add(w);
    for (const st of one.stems) stems.add(st);
  }
  return { words, stems };
};
/** A name's words of four letters or more and their stems, in order; bounded as `byText` is. */
const nameIndex = byText((name: string): { words: readonly string[]; stems: readonly string[] } => {
  const long = wordsOf(name).filter((w) => w.length >= 4);
  return { words: long, stems: long.map(stemOf) };
});

/**
 * A firm named by its trade as the first part of a compound (nb, nn): the trade of four letters or more, then «selskap»,
 * «firma», «byrå» or «verksted» with their definite and plural endings (partyKind: a recorded party whose name has the trade).
 */
const TRADE_FIRM = lazyPattern(
  String.raw`^(\p{L}{4,}?)s?(?:selskap(?:et|a|ene|ane)?|firma(?:et|ene|aene|a)?|byrå(?:et|a|ene|ane)?|verksted(?:et|ene)?|verkstad(?:en|ene|ane)?)$`,
  'u',
);
/**
 * A firm named in English by its trade before «company», «firm», «agency», «contractor» or «provider» («the security
 * company», «our cleaning contractor»; FR2, session 46: W4's reading knew the Norwegian compound only), and the words of a
 * Norwegian or English name the trade is (ENGLISH_TRADES): «the security company» is the recorded «Vestfold Vakt AS» or
 * «Nordic Security AS». Each English trade has the Norwegian words that translate it, not every word of the trade's field
 * («vektarselskapet» beside Vestfold Vakt AS is still another firm, as W4 read it).
 */
const ENGLISH_FIRM = lazyPattern(String.raw`^(?:.*\s)?([\p{L}]{4,})\s+(?:company|companies|firm|firms|agency|agencies|contractors?|providers?)$`, 'iu');
const ENGLISH_TRADES: ReadonlyMap<string, readonly string[]> = new Map([
  ['security', ['security', 'vakt', 'sikkerhet', 'sikkerheit']],
  ['guard', ['guard', 'vakt']],
  ['guarding', ['guard', 'vakt']],
  ['cleaning', ['cleaning', 'reinhald', 'renhold', 'reingjering', 'rengjøring']],
  ['accounting', ['accounting', 'regnskap', 'rekneskap']],
  ['bookkeeping', ['bookkeeping', 'regnskap', 'rekneskap']],
  ['payroll', ['payroll', 'lønn', 'løn']],
  ['staffing', ['staffing', 'bemanning']],
  ['recruitment', ['recruitment', 'rekruttering']],
  ['catering', ['catering', 'kantine']],
  ['transport', ['transport']],
  ['taxi', ['taxi', 'drosje']],
  ['translation', ['translation', 'oversetting', 'omsetjing']],
  ['interpreting', ['interpreting', 'tolk']],
  ['collection', ['collection', 'inkasso']],
  ['printing', ['printing', 'trykk']],
]);
/** Whether a head is a firm named by the trade a recorded party's name has («vaktselskapet», «the security company» beside «Vestfold Vakt AS»). */
export const firmOfRecordedTrade = (head: string, recorded: () => readonly string[]): boolean => {
  const trade = TRADE_FIRM().exec(headOf(head));
  if (trade !== null) return namesShareStem(trade[1]!, recorded());
  const english = ENGLISH_FIRM().exec(head.trim());
  const words = english === null ? undefined : ENGLISH_TRADES.get(english[1]!.toLowerCase());
  return words !== undefined && words.some((w) => namesShareStem(w, recorded()));
};
/** The head word: lower case, a genitive «'s» and the article taken off. */
const headOf = (head: string): string => (wordsOf(head.replace(/['’]s?(?=\s|$)/gu, '')).pop() ?? '').replace(/^(?:the|den|det|dei|de)$/u, '');

/** An external or independent one (nb, nn, en). */
const EXTERNAL = lazyPattern(
  String.raw`^(?:ekstern|eksterne|externe?|external|uavhengig|uavhengige|independent|innleid|innleigd|innleide|innleigde|hired)$`,
  'iu',
);
/** «Our» before a head (nb, nn, en). */
const OURS = lazyPattern(String.raw`^(?:vår|vårt|våre|vor|vort|vore|our)$`, 'iu');
/**
 * A possessive after its head (nb, nn): «forsikringsmeklaren vår», «styret vårt», «legen hans», «tannlegen deira». The head
 * keeps its kind by its own words; the possessive is read as the word before it (OURS, professionKind's SOMEONES).
 */
const POSS_AFTER = lazyPattern(String.raw`^(?:.*\s)?(\p{L}{3,})\s+(vår|vårt|våre|vor|vort|vore|hans|hennar|hennes|deira|deres|sin|sitt|sine)\s*$`, 'iu');

/**
 * The kind of party the head noun `head` of a receiver phrase names, for an activity (ctx): see the module's note. The
 * record's own words first (recorded, subjects, organisation), then the general lists, then the agent noun's shape.
 */
export function partyKind(head: string, ctx: PartyContext = {}): PartyKind {
  // A possessive after the head («forsikringsmeklaren vår», «legen hans»): read as the same word before it (class C).
  const poss = POSS_AFTER().exec(head);
  if (poss !== null) return partyKind(`${poss[2]!} ${poss[1]!}`, ctx);
  const h = headOf(head);
  // The word before the head («den private fysioterapeuten», «barnets tannlege», «the tax office»), where a phrase is given.
  const ws = wordsOf(head.replace(/['’]s(?=\s|$)/gu, 's'));
  const before = ws.length > 1 ? ws[ws.length - 2] : undefined;
  const compound = before === undefined ? h : `${before} ${h}`;
  if (h.length < 3) return 'unknown';
  const recorded = ctx.recorded ?? [];
  if (recorded.length > 0 && (namesShareStem(h, recorded) || (partyConcepts(h) !== undefined && twinRecorded(h, recorded)))) return 'recorded';
  // A firm named by its trade in a compound («vaktselskapet», «reinhaldsfirmaet»), the trade a word of a recorded party's
  // name («Vestfold Vakt AS»): that party (W4, session 45, variants-sykehjem: «Berre dagleg leiar og vaktselskapet kan sjå
  // opptaka» beside the camera system's recorded processor).
  if (recorded.length > 0 && firmOfRecordedTrade(head, () => recorded)) return 'recorded';
  if (ctx.subjects !== undefined && namesShareStem(h, ctx.subjects)) return 'subject';
  if (ctx.organisation !== undefined && wordsOf(ctx.organisation).some((w) => w.length >= 5 && h.length >= 5 && w.slice(0, 5) === h.slice(0, 5)))
    return placedOwn(head, ctx);
  if (nationalBody(head)) return 'outside';
  const ofBody = bodyCompound(h, ctx);
  if (ofBody !== undefined) return ofBody;
  if (otherRole(h, ctx.subjects)) return 'outside';
  const profession = professionOf(compound) ?? professionOf(h);
  // «Our» makes a profession our staff («our physiotherapist», «legen vår»), not a business ours (class C: «vår
  // forsikringsmeklar», «our bank», «our lawyer» are outside by their own words below).
  // An external one («ekstern revisor», «the external auditor», «en uavhengig konsulent»): outside, whatever the title.
  if (before !== undefined && EXTERNAL().test(before) && !RELATIVE().test(h) && !PERSON_OF_RECORD().test(h)) return 'outside';
  if (profession !== undefined)
    return before !== undefined && OURS().test(before) && profession !== 'fastlege' ? 'staff' : professionKind(profession, before, ctx);
  // What the record says is ours (its units, its staff's titles, its DPO): «helsestasjonen» beside «leiar for Helsestasjon
  // og skulehelseteneste» (record-first, session 31).
  if (ctx.own !== undefined && h.length >= 5 && !PERSON_OF_RECORD().test(h) && !RELATIVE().test(h) && namesShareStem(h, ownReading(ctx.own).long))
    return STAFF().test(h) || PERSON_TAIL_OWN().test(h) ? 'staff' : 'own-unit';
  if (ownRole(h, ctx.organisation)) return 'staff';
  if (RELATIVE().test(h)) return 'relative';
  if (SERVICE_CENTRE().test(compound)) return 'own-unit';
  if (THING().test(h)) return 'thing';
  if (PUBLIC().test(h)) return 'subject';
  const school = schoolTitleKind(h, compound, ctx);
  if (school !== undefined) return school;
  if (FORER().test(h)) return ctx.own !== undefined && h.length >= 4 && stemHit(h, ownReading(ctx.own).all) ? 'staff' : 'outside';
  if (STAFF().test(h)) return 'staff';
  if (PERSON_OF_RECORD().test(h) || CASE_PARTY().test(h)) return 'subject';
  if (OTHERS_OFFICE().test(h) || OTHERS_OFFICE().test(compound))
    return ctx.own !== undefined && h.length >= 4 && stemHit(h, ownReading(ctx.own).all) ? 'own-unit' : 'outside';
  if (OWN_UNIT().test(h)) return 'own-unit';
  // An organisation by its kind's word or by its proper name (ORG_WORD, namedOrg), or a proper name after one
  // («båtforeningen Nordkyst Båtlag», «lokalavisa Kystposten»: the common noun says the kind).
  if (
    ORG_WORD().test(h) ||
    (ORG_EN().test(h) && before !== undefined && !NO_MODIFIER().test(before)) ||
    namedOrg(head) ||
    (before !== undefined && /^\p{Lu}/u.test(head.trim().split(/\s+/u).pop() ?? '') && ORG_WORD().test(before))
  )
    return 'outside';
  const no = ctx.language !== 'en';
  const en = ctx.language !== 'no';
  if ((no && TRADE_NO().test(h)) || (en && TRADE_EN().test(h)) || (no && AGENT_NO().test(h)) || (en && AGENT_EN().test(h))) return 'outside';
  return 'unknown';
}

/**
 * A head read with the body it belongs to (issue #12, session 37, R24, class A): our own unit or staff by the head's words
 * alone («styret», «leiaren», «site managers», «økonomiavdelingene», «the HR department», «rektor»), and another body's by
 * the words that say whose — a prepositional phrase or a genitive naming another body by a common noun («Styret i
 * burettslaget», «Site managers at the other contractors», «Økonomiavdelingene i eierkommunene», «eierkommunenes
 * økonomiavdelinger», «the contractor's HR department», «leiaren for grendelaget», «skolens rektor» where we are not the
 * school). The owner is another body where its kind is outside or unknown (a definite noun no word of the record names
 * ours), or «other»/«andre» stands before it; ours where it is ours by the record (our name's words, our units: «styret i
 * idrettslaget» in an idrettslag's record), a generic word for ourselves («selskapets styre», «the board of the company»),
 * «oss», «us», or a thing, an event or a place. A proper name after the preposition is read elsewhere (recipients-stated's
 * unitOfOwn, UNIT_OF_NAMED, COMPANY_AFTER). A recorded owner is not another's here: the record names it.
 */
const ART = String.raw`(?:[Tt]he|[Dd]en|[Dd]et|[Dd]ei|[Dd]e)\s+`;
/**
 * (A phrase of the head's own may stand between: «Tildelingskontoret for TT-kort i pasientens hjemkommune», «the booking
 * office for school trips at the other contractor»: session 38, R28, ambulanse AM31.)
 */
const OF_OWNER = lazyPattern(
  String.raw`^(?:${ART})?((?:[\p{L}-]+\s+)?[\p{L}-]+)(?:\s+(?:for|av|of|til|to)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:at|of|in|from|with|within|ved|hos|i|på|for|frå|fra|til|innan|innen)\s+(${ART})?((?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}\p{Ll}[\p{Ll}'’-]{2,})$`,
  'u',
);
const GENITIVE_OWNER = lazyPattern(
  String.raw`^(?:${ART})?((?:\p{Ll}[\p{Ll}-]*\s+)?[\p{L}-]{3,}(?:['’]s|s['’]|(?<=\p{L}{2}(?:en|et|a|ne|na))s))\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)$`,
  'u',
);
/** «Other», «another» before the owner: another body of the kind. */
const OTHER_OWNER = lazyPattern(String.raw`^(?:other|another|andre|annan|anna|anna|annen|annet|ei\s+anna|eit\s+anna)$`, 'iu');
/** A generic word for ourselves as the owner (the definite «selskapet», «the company»). */
const SELF_OWNER = lazyPattern(
  String.raw`^(?:selskap(?:et)?|foretak(?:et)?|bedrift(?:a|en)?|firma(?:et)?|verksemd(?:a)?|virksomhet(?:en)?|organisasjon(?:en)?|konsern(?:et)?|company|organi[sz]ation|firm|business|enterprise|group|oss|us)$`,
  'iu',
);
/** An owner that is an event, a time or a place, not a body («leiaren på møtet», «the manager on site», «styret i perioden»). */
const NO_BODY_OWNER = lazyPattern(
  String.raw`^(?:\p{L}*møte(?:t|a|ne)?|kurs(?:et|a)?|tur(?:en)?|prosjekt(?:et)?|sak(?:a|en)?|område(?:t)?|perioden|dagen|kvelden|året|vakt(?:a|en)?|skift(?:et)?|stad(?:en)?|sted(?:et)?|plass(?:en)?|meetings?|course|trip|projects?|case|area|site|shift|period|day|year|event|arrangement(?:et)?|leir(?:en)?|samling(?:a|en)?|arbeid(?:et)?|oppgåv(?:a|ene)|oppgav(?:en|ene)|tilbod(?:et)?|tilbud(?:et)?|ordning(?:a|en)|avtal(?:en|a)|tiltak(?:et)?)$`,
  'iu',
);
/** Our own unit or staff by a genitive of a generic word for ourselves («selskapets styre», «bedriftens daglige leder»). */
export function ownGenitive(party: string): boolean {
  const gen = GENITIVE_OWNER().exec(party.trim());
  if (gen === null) return false;
  const owner = gen[1]!.replace(/['’]s?$|(?<=\p{L}{2}(?:en|et|a|ne|na))s$/u, '');
  const kind = partyKind(gen[2]!);
  return !/\s/u.test(owner) && SELF_OWNER().test(owner) && (kind === 'staff' || kind === 'own-unit');
}
/**
 * An owner word the record's own words name as ours, whole or as a compound's last part («stasjonen» where «Ambulansestasjonen
 * Fjellvik» is a responsible unit: «Tilsette ved stasjonen» are our staff; variants-ambulanse's base, session 37).
 */
function namedOwn(word: string, ctx: PartyContext): boolean {
  const lower = word.toLowerCase();
  const stem = lower.replace(/(?:ane|ene|en|et|a|na|ne)$/u, '');
  if (stem.length < 4 || ctx.own === undefined) return false;
  return ownWordList(ctx.own).some((w) => w.endsWith(stem) || w.endsWith(lower));
}
/** The distinct words of the record's own words, for the last such string (one per registry, up to 200 KB at 10,000 activities: #16). */
let ownWordsCache: { own: string; words: readonly string[] } | undefined;
function ownWordList(own: string): readonly string[] {
  if (ownWordsCache?.own !== own) ownWordsCache = { own, words: [...new Set(own.toLowerCase().split(/[^\p{L}]+/u))] };
  return ownWordsCache.words;
}
export function headOfOther(party: string, ctx: PartyContext = {}): boolean {
  const p = party.trim();
  const of = OF_OWNER().exec(p);
  const gen = of === null ? GENITIVE_OWNER().exec(p) : null;
  if (of === null && gen === null) return false;
  const head = of !== null ? of[1]! : gen![2]!;
  // The owner's own phrase, before a phrase of its own («eininga for kultur»); after an article or definite («the
  // contractor», «burettslaget»), not a purpose or a thing named bare («Head Office for approval»).
  // A coordinated second party is its own («leiar i barnehagen eller kontaktlæraren»: the owner is «barnehagen»).
  const ownerPhrase = of !== null ? of[3]!.split(/\s(?:for|i|av|på|of|in|at|med|with|til|to|og|eller|and|or)\s|,/u)[0]! : gen![1]!;
  // Definite by its ending, or by a genitive before it («pasientens hjemkommune», «the patient's home municipality»).
  if (of !== null && of[2] === undefined && !/(?:en|et|a|ane|ene|na|ne|['’])$/u.test(ownerPhrase) && !/^[\p{L}-]{3,}(?:s|['’]s?)\s/u.test(ownerPhrase))
    return false;
  const owner = ownerPhrase.replace(/['’]s?$|(?<=\p{L}{2}(?:en|et|a|ne|na))s$/u, '');
  const headKind = partyKind(head, ctx);
  if (headKind !== 'staff' && headKind !== 'own-unit') return false;
  const ws = owner.split(/\s+/u);
  const last = ws[ws.length - 1]!;
  if (SELF_OWNER().test(last) || NO_BODY_OWNER().test(last) || OURS().test(last)) return false;
  if (ws.slice(0, -1).some((w) => OTHER_OWNER().test(w))) return true;
  const kind = partyKind(owner, ctx);
  return (
    kind === 'outside' ||
    (kind === 'unknown' && last.length >= 4 && !namedOwn(last, ctx)) ||
    (kind === 'subject' && (TRADE_NO().test(last) || TRADE_EN().test(last)))
  );
}

/**
 * A place in the controller's name after a preposition is where a party is, not whose it is (issue #12, session 36, F5:
 * variants-tingrett VT26, «a private translation agency in Vesterfjord» in Vesterfjord tingrett's record, read as the
 * court's own): the words before the place say what the party is («et privat tolkebyrå», «kommunen», «the bank»), and
 * their kind decides; our own units stay ours by their own words («skifteavdelingen i Vesterfjord», «tingretten i
 * Vesterfjord»). The name alone («Vesterfjord»), or our name with its kind («Vesterfjord tingrett»), stays ours. Where the
 * controller is a municipality or a county, its name's place is its own territory: a service there whose words say
 * nothing of its kind («tenesta i Vesterfjord») stays its own, as before, unless it is named indefinitely («a travel agency
 * in Vesterfjord»).
 */
const AT_PLACE = lazyPattern(String.raw`^(.*?\p{L}.*?)\s+(?:i|in|på|at|ved|near|nær|utenfor|outside|from|fra|frå)\s+\p{Lu}\p{Ll}[\p{L}-]*$`, 'u');
const TERRITORIAL = lazyPattern(String.raw`(?<![\p{L}])(?:\p{L}*kommune|fylke|bydel|county|municipality|council)(?![\p{L}])`, 'iu');
const INDEFINITE = lazyPattern(String.raw`^(?:a|an|en|et|ei|ein|eit|some|noen|nokre)\s`, 'iu');
/**
 * Our own unit named by a unit word before our place («Avdeling Nordvik», «Eining Nordvik Sør», «Klinikk Vestfjord Nord»,
 * «Division Vestfjord North» in Nordvik kommune's, Helse Vestfjord HF's, Vestfjord Savings Bank's records: F1, session 40),
 * not another body named there («NHO Vestfjord»), and none with a company form («Legevakt Nordvik AS»).
 */
const UNIT_FIRST = lazyPattern(String.raw`^(?:klinikk|klinikken|divisjon|divisjonen|division|sektor|sektoren|område|området|kontor|kontoret)$`, 'iu');
const COMPANY_FORM = lazyPattern(String.raw`^${formsPattern(FORMS.notOwnUnit)}$`, 'u');
const unitNamed = (ws: readonly string[]): boolean =>
  !ws.some((w) => COMPANY_FORM().test(w)) && (UNIT_FIRST().test(ws[0]!) || partyKind(ws[0]!.toLowerCase()) === 'own-unit');
function placedOwn(head: string, ctx: PartyContext): PartyKind {
  // Another body's name before the place our name shares («NHO Vestfjord», «Røde Kors Vestfjord» in Studentsamskipnaden i
  // Vestfjord's record: session 39, R31): capitalised words, one of them no word of our name, is another body there.
  const ws = head.trim().split(/\s+/u);
  const ours = wordsOf(ctx.organisation ?? '');
  if (
    ws.length >= 2 &&
    ws.length <= 4 &&
    ws.every((w) => /^\p{Lu}/u.test(w)) &&
    ws.slice(0, -1).some((w) => w.length >= 2 && !ours.includes(w.toLowerCase())) &&
    !unitNamed(ws)
  )
    return 'outside';
  const m = AT_PLACE().exec(head.trim());
  if (m === null) return 'own-unit';
  const kind = partyKind(m[1]!, ctx);
  // An indefinite party («a travel agency in …», «et privat byrå i …») is none of our units, which are named definitely.
  return kind === 'unknown' && TERRITORIAL().test(ctx.organisation ?? '') && !INDEFINITE().test(m[1]!) ? 'own-unit' : kind;
}

/**
 * Whether a party named «<unit> i <W>», «<unit> in <W>», where W is a word of the controller's name, is ours only by a
 * place the name shares (issue #12, session 36, F5: variants-tingrett VT26, «a private translation agency in
 * Vesterfjord» in Vesterfjord tingrett's record): it is not ours, unless the words say so — W is the whole name (a name of
 * one word: «Fiskeovervakingssentralen i Fiskeridirektoratet»), the whole name follows («Helse- og omsorgstenesta i Solvik
 * kommune»), or the unit is ours by its own words («skifteavdelingen i Vesterfjord», «tingretten i Vesterfjord»,
 * «saksbehandlaren i Vesterfjord»). A municipality's or a county's name is its territory: a unit there named definitely
 * («skulen i Vesterfjord» in Vesterfjord kommune's record) stays its own, as before; one named indefinitely does not.
 * `after` is the words from the preposition on; `orgName` the controller's name in lower case.
 */
const PLACE_WORD = lazyPattern(
  String.raw`^\s*(?:\([^)]{0,40}\))?\s+(?:i|ved|hos|innan|innanfor|innenfor|under|in|at|within|of)\s+(?:the\s+)?(\p{L}[\p{L}-]*)`,
  'iu',
);
export function placeNotOurs(unit: string, after: string, orgName: string): boolean {
  const m = PLACE_WORD().exec(after);
  const name = wordsOf(orgName).join(' ');
  if (m === null || !name.includes(' ')) return false;
  if (
    wordsOf(after.slice(m.index + m[0].length - m[1]!.length))
      .join(' ')
      .startsWith(name)
  )
    return false;
  const kind = partyKind(unit, { organisation: orgName });
  if (kind === 'own-unit' || kind === 'staff') return false;
  return !(TERRITORIAL().test(orgName) && !INDEFINITE().test(unit.trim()));
}

/**
 * Whether a party whose first word is a word of the controller's name (or its genitive) is another body named after the
 * same place (session 36, F5): «Vesterfjords kommune», «Vesterfjord Båtlag», «Vesterfjord legesenter» in Vesterfjord
 * tingrett's record. The words after it name another kind of body: not a word of our name («Vesterfjord tingrett»,
 * «Vesterfjord tingretts skifteavdeling»), nor our unit or staff by their own words («Vesterfjords skifteavdeling»). A
 * municipality's or a county's name is its territory: there such a name stays its own, as before. `orgName` in lower case.
 */
export function namedAfterOurPlace(party: string, orgName: string): boolean {
  const name = wordsOf(orgName);
  const words = wordsOf(party.replace(/^(?:the|den|det)\s+/iu, ''));
  if (name.length < 2 || words.length < 2 || TERRITORIAL().test(orgName)) return false;
  const first = words[0]!.replace(/s$/u, '');
  if (!name.includes(first) && !name.includes(words[0]!)) return false;
  const rest = words.slice(1);
  if (rest.some((w) => name.some((n) => n.length >= 5 && w.startsWith(n.slice(0, 5))))) return false;
  const kind = partyKind(rest.join(' '), { organisation: orgName });
  return kind !== 'own-unit' && kind !== 'staff';
}

/** `head` is a title of the controller's own staff by the general list (not a member of the public on the road). */
export const staffWord = (head: string): boolean => {
  const h = headOf(head);
  return STAFF().test(h) && !PUBLIC().test(h);
};

/** A data-subject category of the controller's own employees by its name (nb, nn, en). */
const EMPLOYEES = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilsett\p{L}*|ansatt\p{L}*|medarbeid\p{L}*|personal(?:e|et)?|arbeidstak\p{L}*|employees?|staff|personnel|workforce)(?![\p{L}])`,
  'iu',
);
const textsIn = (t: unknown): string[] =>
  typeof t === 'string'
    ? [t]
    : t !== null && typeof t === 'object'
      ? Object.values(t as Record<string, unknown>).filter((v): v is string => typeof v === 'string')
      : [];
const ownOfRegistry = new WeakMap<object, string>();
/**
 * What the record says is ours (record-first, session 31), read once per registry (and the activity's responsible unit
 * and owner): the organisation's name, its responsible, contact and DPO with their roles, the activities' responsible
 * units, and the data-subject categories of its own employees (name and description, where the titles stand: «Tilsette:
 * helsesjukepleiarar, jordmødrer, legar, fysioterapeutar»). Not its recipients, processors or sources: those are the
 * record's 'recorded' parties.
 */
export function ownWordsOf(registry: Registry): string {
  let base = ownOfRegistry.get(registry);
  if (base === undefined) {
    const o = registry.organisation?.value;
    const parts: string[] = [];
    if (o !== undefined) {
      parts.push(...textsIn(o.name), o.shortName ?? '', ...textsIn(o.responsible), o.contact?.name ?? '', ...textsIn(o.contact?.role));
      parts.push(o.dpo?.name ?? '', ...textsIn(o.dpo?.role));
    }
    for (const a of registry.activities) parts.push(...textsIn(a.value.responsibleUnit), ...textsIn(a.value.owner?.role));
    for (const d of registry.catalogues.dataSubjects.values()) {
      const names = textsIn(d.value.name);
      if (d.value.employees === true || names.some((n) => EMPLOYEES().test(n))) parts.push(...names, ...textsIn(d.value.description));
    }
    base = parts.filter((p) => p !== '').join(' | ');
    ownOfRegistry.set(registry, base);
  }
  // One string per registry, every activity's responsible unit in it: the readings of it are made once (#16, session 31:
  // a string per activity, each 200 KB at 10,000 activities, read into words again for each, took 3.6 s of the bench's gaps).
  return base;
}

/**
 * A party named by its role as the supplier of a system or our processor («leverandøren av fagsystemet», «the IT vendor»),
 * with what it supplies, where the clause says it, a system («leverandøren av skoleskyss» is a carrier, not a processor).
 * Read by recipients-stated's clause readings and by the co-occurrence reader (check/co-occurrence.ts) where the activity
 * records a processor (F1, session 40).
 */
const SUPPLIER_PARTY = lazyPattern(
  String.raw`^(?:(?:vår|våre|vore|our|the|its|a|en|ein)\s+)?(?:(?:system|drift|drifts|it-?|ikt-?|sky|programvare|journal|fag|lønns|løns|plattform|saks)?leverandør(?:en|ane|ene)?|(?:(?:system|software|it|platform|cloud|hosting)\s+)?(?:supplier|vendor|provider)|databehandl(?:er|ar)(?:en)?|(?:data\s+)?processor)(?:\s+(?:vår|våre|vore|vårt))?$`,
  'iu',
);
const OF_WHAT = lazyPattern(String.raw`^\s+(?:av|til|for|of)\s+(?:(?:the|our|vårt|vår|det|den)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)`, 'iu');
const SYSTEM_THING = lazyPattern(
  String.raw`(?:^|\s)(?:[\p{L}-]*system(?:et|a|ene|s)?|\p{L}*løsning(?:en|a)?|\p{L}*loysing(?:a)?|plattform(?:en|a)?|platform|app(?:en|a)?|\p{L}*programvar(?:en|a)?|software|portal(?:en)?)$`,
  'iu',
);
/** Whether `party` (in `sentence`, after `words`) is the supplier of a system or our processor by its role (see above). */
export const supplierOfSystem = (party: string, words: string, sentence: string): boolean => {
  const p = party.trim();
  const [head, ...rest] = p.split(/\s+(?=(?:av|til|for|of)\s)/iu);
  if (!SUPPLIER_PARTY().test(head!)) return false;
  // The clause may end at the party: what it supplies is read on in the sentence.
  const at = sentence.indexOf(head!, Math.max(0, sentence.indexOf(words)));
  const of = OF_WHAT().exec(rest.length > 0 ? ` ${rest.join(' ')}` : at < 0 ? '' : sentence.slice(at + head!.length));
  return of === null || SYSTEM_THING().test(of[1]!) || SYSTEM_THING().test(of[1]!.split(/\s+/u)[0]!);
};
