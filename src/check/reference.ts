import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';
import type { Right } from '../model/types.js';

/**
 * Dated reference data from data/*.json: what the gap rules and the DPIA screening know about the
 * world outside the registry. Each file says when it was last checked (`asOf`); rules report a
 * file that is more than twelve months old.
 */
export interface DatedFile {
  /** Absolute path of the data file. */
  file: string;
  title: string;
  asOf: string;
  /** The line of `asOf` in the file, so a finding can point at the date. */
  asOfLine: number;
  source: string;
  published?: string;
}

/** The adequacy scopes that cover private recipients only: a public authority or an international organisation is outside. */
export const PRIVATE_ONLY = new Set(['commercial-organisations', 'private-sector']);

export interface AdequacyEntry {
  code: string;
  /**
   * Limits the decision: `dpf-certified` (US: organisations on the Data Privacy Framework list),
   * `commercial-organisations` (Canada: organisations under PIPEDA, not federal bodies),
   * `private-sector` (Japan: business operators under the APPI, not public bodies).
   */
  scope?: string;
  /** The decision, e.g. "Decision (EU) 2023/1795". */
  decision?: string;
  /** Whether the decision is part of the EEA Agreement (`incorporated`, `pending`, `not checked`); it applies in Norway either way (personopplysningsforskriften § 2). */
  eea?: string;
  note?: string;
}

export interface DatatilsynetItem {
  id: string;
  /** Applies only together with at least one other WP248 criterion. */
  plusOne: boolean;
  /** False when no field of the record can show the item. */
  computed: boolean;
}

export interface LawProvision {
  law: string;
  /** A section number (statistikkloven § 10: 10), or a chapter-numbered section's id (skatteforvaltningsloven § 10-2: "10-2"). */
  section: number | string;
}

/** A provision that obliges others to hand data over, and to whom (data/norwegian-law.json `disclosureOrders`). */
export interface DisclosureOrder extends LawProvision {
  beneficiary?: { organisationNumber?: string; names: readonly string[] };
  /**
   * The paragraph of the order that allows collection to target controls only where there is a special reason
   * (skatteforvaltningsloven § 10-2 third paragraph: «Innhenting av opplysninger for målretting av kontroller kan bare
   * foretas når det foreligger særlig grunn»), as a finding cites it.
   */
  specialReason?: string;
  /**
   * The paragraph whose duty covers only what a case needs (alkoholloven § 1-15 første ledd: «de opplysninger som er
   * nødvendige for behandlingen av salgs- og skjenkebevillinger»), as a finding cites it: collection about everyone each
   * year is no case.
   */
  caseBound?: string;
  /**
   * `permission`: the provision only lets others give data despite their duty of secrecy (havressurslova § 49,
   * skatteforvaltningsloven § 3-3: «Taushetsplikten er ikke til hinder for at opplysninger utleveres …»); it lays no task on
   * the receiver. Absent: an order or right to demand data (statistikkloven § 10, spk-loven § 45).
   */
  kind?: 'permission';
}

/** What a law, or one of its sections, can be cited for (data/norwegian-law.json explains each). */
export type LawRole =
  'supplementary-basis' | 'public-task-basis' | 'archive-duty' | 'rights-restriction' | 'art9-basis' | 'art10-basis' | 'duty-to-provide' | 'national-id';

/**
 * Whom a law's obligations, tasks and archive duty bind: `public-bodies` (offentlege organ: an
 * organisation recorded as no public authority cannot rely on them), `public-bodies-and-decisions` (public
 * bodies, and others in the cases where they make individual decisions or regulations: arkivlova § 3),
 * `debt-collectors` (inkassoloven); absent: anyone the law reaches.
 */
export type LawBinds = 'public-bodies' | 'public-bodies-and-decisions' | 'debt-collectors';

/** What a law, or one of its sections, is for. */
export interface LawEntry {
  roles?: readonly LawRole[];
  binds?: LawBinds | undefined;
  /** The letters of Art. 9(2) it provides for ("b", "g", "j"), where its text ties it to them; absent: any. */
  art9?: readonly string[] | undefined;
  /** The points of Art. 6(1) its supplementary basis serves: "c" (it lays down a legal obligation), "e" (it vests a public task); absent: either. */
  art6?: readonly string[] | undefined;
  /** It sets conditions on processing the controller chooses (arbeidsmiljøloven ch. 9): no obligation, task or authorisation. */
  limits?: boolean | undefined;
  /** ropa does not judge this section (its text was not read, or it depends on facts the record does not hold). */
  notJudged?: boolean;
  /**
   * The section plays its roles only where a reference cites it by number: a citation of the whole law does
   * not borrow them (personopplysningsloven § 12 a, disclosure between public authorities against work-life
   * crime, does not make a bare «personopplysningsloven» a supplementary basis).
   */
  citedOnly?: boolean;
  /**
   * For a `rights-restriction` section: the data-subject rights it restricts (personopplysningsloven § 16: information
   * and access; hvitvaskingsloven § 32: access); absent: not said, so not judged.
   */
  rights?: readonly Right[];
  /** How long the section obliges the controller to keep what it covers (a minimum): retention cited to it alone ends there. */
  keepFor?: readonly RetentionDuty[];
  /**
   * The section keeps what it covers as another law's section does, whose `keepFor` then holds for it too (kommuneloven
   * § 14-6 fifth paragraph: «Regnskapsopplysninger skal … oppbevares i samsvar med bokføringsloven §§ 3 til 14»): the
   * key of that law in data/norwegian-law.json and the section.
   */
  keepAs?: { law: string; section: string };
  /**
   * The longest the section lets data be kept without a further decision or another law (a maximum): helseforskningsloven
   * § 38, five years after the final report to REK unless REK decides a longer time.
   */
  keepMax?: readonly RetentionMax[];
  /**
   * A police certificate demanded under the section is shredded at once after it has been used for its purpose (forskrift
   * om politiattest i barnehager § 7 under barnehageloven § 30: «Den skal makuleres straks etter at den har vært brukt til
   * det formålet den er innhentet for»): stricter than politiregisterforskriften § 37-2, which allows keeping it until the
   * person leaves the position. The value is the citation of the duty.
   */
  shredCertificate?: string;
  /**
   * Whom the section lets a body demand a police certificate of (politiregisterloven § 36: «Vandelskontroll kan bare
   * foretas når den har hjemmel i lov eller i forskrift gitt i medhold av lov»): a purpose that cites it and asks the
   * certificate of everyone in a wider group is read against it (rule criminal-data-basis, `certificate-scope`).
   */
  certificateFor?: CertificateScope;
  /**
   * The longest anything processed under the section may be kept, set by a regulation's general erasure rule for that
   * processing (forskrift om behandling av personopplysninger i kriminalomsorgen § 6 third paragraph: ten years after
   * the sentence ends, for all data processed under straffegjennomføringsloven §§ 4c and 4d): read where an activity's
   * legal basis cites the section, for every retention entry of the activity.
   */
  keepMaxUnder?: readonly (RetentionMax & { citation: string })[];
  /**
   * Data the section orders deleted as soon as possible after an event (utlendingsloven § 87 third paragraph: the DNA
   * analysis «skal slettes og tilintetgjøres så snart som mulig etter at familierelasjonen er bekreftet eller avkreftet»).
   */
  deleteAsap?: readonly DeleteAsap[];
  /**
   * The one body the section gives its processing authority to («Arbeids- og velferdsetaten kan behandle
   * personopplysninger …», NAV-loven § 4 a): for any other organisation it is no supplementary basis.
   */
  addressee?: { organisationNumbers?: readonly string[]; names: readonly string[] } | undefined;
  /**
   * The section lays down no period for keeping personal data (grenseloven § 16: a duty to send passenger data, not to keep
   * it): a retention citing only such sections gives no reason to keep (rule retention-duty, `no-duty`).
   */
  keepsNothing?: boolean;
  /** The day the section was repealed while the law stays in force (helseforskningsloven § 35, from 1 June 2021). */
  repealed?: string;
  /** Where the entry was checked, and when. */
  source?: string;
  checked?: string;
}

/**
 * The people or posts a police-certificate provision covers (data/norwegian-law.json, a section's `certificateFor`).
 * `whom`: the provision's own words; `covers`: lower-case stems, matched as parts of words, that name them or the place
 * they work in (nb, nn, en); `settings`: stems of the places the provision covers, so that a body whose own name names
 * one (a kindergarten, a school) asks it of its whole staff within the provision.
 */
export interface CertificateScope {
  whom: string;
  covers: readonly string[];
  settings?: readonly string[];
  source?: string;
  checked?: string;
}

export interface KnownLaw {
  lovdataId: string;
  /** Catalogue ids a registry may use for the law when it gives no Lovdata id. */
  ids: readonly string[];
  /**
   * Titles of several words by which running text names the law, as written (lower case; each written standard listed):
   * «forskrift om offentlege arkiv» (src/check/prose-law.ts). For a law whose one-word short title is not its own.
   */
  titles?: readonly string[];
  inForce?: string;
  /**
   * Enacted but not in force, the day left to the King («Loven gjelder fra den tiden Kongen bestemmer»: inkassoloven 2026
   * § 55): a record that cites it rests on a law that does not apply yet (rule repealed-law, `not-in-force`), and the act
   * it will repeal stays in force until then.
   */
  notInForce?: boolean;
  /** The day the law stopped applying. */
  repealed?: string;
  /** The key of the law that replaced it. */
  replacedBy?: string;
  /**
   * Sections given new numbers while the law stays in force (skatteforvaltningsloven § 7-12 became § 7-14 on 1 January
   * 2026, by lov 20. juni 2025 nr. 64): a citation of the old number points at the wrong provision (rule repealed-law,
   * `section-renumbered`).
   */
  renumbered?: readonly Renumbered[];
  /**
   * The law numbers its sections 1, 2, 3 …, and a repealed law of the same name had chapters (personopplysningsforskriften
   * of 2018, §§ 1-8, beside the 2000 regulation's «§ 8-4» on camera surveillance): a two-level number («§ 8-4») cited under
   * this law's name can only be the repealed law's section. The key of that law in data/norwegian-law.json.
   */
  chapteredSectionsOf?: string;
  /**
   * Sections a repealed law of the same name and title had and this law has not (ekomloven of 2024 has no lettered section;
   * the act of 2003 had § 2-7 b on cookies, now § 3-15): such a section cited under the name can only be the repealed
   * law's (rule repealed-law; B14, session 47, Statnett's «Act regarding electronic communication, Section 2-7b»).
   */
  formerSections?: { law: string; sections: readonly string[] };
  /**
   * ropa does not judge what roles the law can play (a law listed only for `keepsNothing`): every rule asking for a role
   * says nothing of it, as of a law it does not know.
   */
  notJudged?: boolean;
  /**
   * The law sets no period for keeping personal data (regnskapsloven: its keeping rules moved to bokføringsloven § 13 in
   * 2004; markedsføringsloven): named as the reason to keep data (a retention's `law`), it gives none (rule
   * retention-duty, `no-duty`). A cited section with its own entry under `sections` is judged by that entry.
   */
  keepsNothing?: boolean;
  /** A police certificate demanded under the law is shredded at once after use (as a section's `shredCertificate`). */
  shredCertificate?: string;
  /** Roles any of its sections may play. */
  roles?: readonly LawRole[];
  binds?: LawBinds;
  limits?: boolean;
  /** The letters of Art. 9(2) the law provides for, where its text ties it to them; absent: any. */
  art9?: readonly string[];
  /** The points of Art. 6(1) its supplementary basis serves ("c", "e"); absent: either. */
  art6?: readonly string[];
  /** Where the law's entry was checked, and when. */
  source?: string;
  checked?: string;
  /** By section id ("11", "9-1", "2A-3"), where a section differs from the law: its roles, or a whole entry. */
  sections?: Readonly<Record<string, readonly LawRole[] | LawEntry>>;
}

/** A section given a new number (data/norwegian-law.json, a law's `renumbered`). */
export interface Renumbered {
  /** The old number, as `sections` keys it ("7-12"). */
  section: string;
  /** The new number. */
  to: string;
  /** The day the new number took effect. */
  from: string;
  /**
   * The old number was given to another provision the same day (skatteforvaltningsloven § 7-12 now governs crypto-asset
   * exchanges): a record whose words name that provision's matter (lower-case stems, matched as parts of words in the
   * activity's title, description, purposes and categories, and the organisation's name) may cite the new one rightly,
   * and is not judged. Absent: the number was left empty, so any citation of it is old.
   */
  reusedFor?: readonly string[];
  /**
   * The old number kept, its content replaced (helseforskningsloven § 33, REK's prior approval of research on health data,
   * holds from 1 November 2026 the complaint over a refused erasure, and prior approval is § 9's alone): the title of
   * what it holds now, as Lovdata gives it (`section-replaced`, not `section-renumbered`: nothing got a new number).
   */
  now?: string;
  source?: string;
  checked?: string;
}

/** A duty to keep data for a period (data/norwegian-law.json, a section's `keepFor`): bokføringsloven § 13, five years. */
export interface RetentionDuty {
  /** ISO 8601 duration. */
  period: string;
  /** What the period counts from, in the law's words. */
  from: string;
  /** What the duty covers. */
  covers: string;
  /**
   * A longer period a regulation under the section sets for some controllers or material only (bokføringsforskriften under
   * bokføringsloven § 13 last paragraph: banks' customer specifications, construction project accounts, petroleum): it
   * counts only where the organisation's name holds one of `whenNamed`, or the retention's description, trigger or
   * categories' names hold one of `whenSaid` (lower-case stems, matched as parts of words).
   */
  whenNamed?: readonly string[];
  whenSaid?: readonly string[];
}

/** A section's maximum retention (data/norwegian-law.json, a section's `keepMax`). */
export interface RetentionMax {
  /** ISO 8601 duration. */
  period: string;
  /** What the period counts from, in the law's words. */
  from: string;
  /** What allows a longer time, in the law's words. */
  unless: string;
  /**
   * Where the exception is a fact of the case rather than a decision («forsterkede kundetiltak»: hvitvaskingsforskriften
   * § 6-4 second paragraph gives ten years): lower-case stems, matched as parts of words in the retention's description,
   * trigger or exceptions, that say it applies (as RetentionDuty's `whenSaid`).
   */
  unlessSaid?: readonly string[];
  /**
   * No decision can lengthen it (skatteforvaltningsforskriften § 10-14-8: copies «skal slettes senest når saken er endelig
   * avgjort»): words of a decision in the retention entry («saken er endelig avgjort» as the trigger) excuse nothing.
   */
  final?: boolean;
  /**
   * The paragraph (ledd) of the section that sets the maximum (A-registerforskriften § 20 third paragraph): a citation
   * naming only other paragraphs of the section is not read against it; one naming none is.
   */
  paragraph?: number;
  /**
   * The maximum covers only categories whose id, name or description holds one of these lower-case stems (kraftberedskapsforskriften
   * § 6-7 fourth paragraph: «Kredittsjekk skal slettes …», not the background check of the same section); absent: every category.
   */
  categories?: readonly string[];
  /**
   * A deletion at an event (`period` P0D): lower-case stems that name the event in a retention entry's trigger or description
   * («egnethetsvurdering», «suitability assessment»). An entry with no period whose words name none of them keeps the data
   * until something else happens, which the section does not allow.
   */
  eventSaid?: readonly string[];
  /**
   * The maximum holds only for data the entry's words say are of a kind (`unverified`: tips not clarified as correct and
   * relevant, vareførselsloven § 7-14); the reader is in the rule (retention-limit).
   */
  onlyWhen?: 'unverified';
}

/** Data a section orders deleted «så snart som mulig» after an event (data/norwegian-law.json, a section's `deleteAsap`). */
export interface DeleteAsap {
  /**
   * The Art. 9(1) special category the duty covers (`genetic` for a DNA analysis), `location` (categories marked as
   * location data) or `criminal-offence` (categories marked as criminal offences: sanctions).
   */
  category: string;
  /** The event, in the law's words. */
  after: string;
  /**
   * The duty is to remove the data when the event happens («skal fjernes fra registeret når saken er endelig avgjort»:
   * A-registerforskriften § 20 third paragraph, for the sanctions § 4 letter e puts on the register), not as soon as
   * possible after it; `citation` names the provision that says so, where it is not the section cited.
   */
  when?: boolean;
  citation?: string;
}

/** Statutory maximum retention for a kind of processing (data/retention-limits.json). */
export interface RetentionLimit {
  id: string;
  /** The risk factor of the activity the limit applies to. */
  riskFactor: string;
  /** ISO 8601 duration: the main rule. */
  max: string;
  /** ISO 8601 duration: the longest period the exception for recordings likely handed to the police allows. */
  extendedMax?: string;
  /** ISO 8601 duration: the longest period for particular premises (points of sale, post and bank premises). */
  premisesMax?: string;
  /** Whom the regulation protects: "employees" where it binds only when employees are among the data subjects. */
  subjects?: 'employees';
  citation: string;
}

export interface ReferenceData {
  eea: DatedFile & { countries: ReadonlySet<string> };
  adequacy: DatedFile & { countries: ReadonlyMap<string, AdequacyEntry>; organisations: readonly string[] };
  datatilsynet: DatedFile & { items: readonly DatatilsynetItem[] };
  wp248: DatedFile & { threshold: number; criteria: readonly { id: string; number: number }[] };
  law: DatedFile & {
    laws: Readonly<Record<string, KnownLaw>>;
    provisions: Readonly<Record<'specialCategoriesResearch' | 'nationalIdentifier' | 'criminalOffences', LawProvision>>;
    disclosureOrders: readonly DisclosureOrder[];
  };
  retentionLimits: DatedFile & { limits: readonly RetentionLimit[] };
  /** Third-country cities (data/third-country-cities.json, checked against GeoNames); read by src/check/countries.ts cityCountry. */
  thirdCountryCities: DatedFile & { cities: Readonly<Record<string, string>>; ambiguous: Readonly<Record<string, readonly string[]>> };
}

/** The dated files, in the order they are reported. */
export const REFERENCE_FILES = ['eea', 'adequacy', 'datatilsynet', 'wp248', 'law', 'retentionLimits', 'thirdCountryCities'] as const;
export type ReferenceName = (typeof REFERENCE_FILES)[number];

const FILE_NAMES: Record<ReferenceName, string> = {
  eea: 'eea.json',
  adequacy: 'adequacy.json',
  datatilsynet: 'datatilsynet-dpia.json',
  wp248: 'wp248.json',
  law: 'norwegian-law.json',
  retentionLimits: 'retention-limits.json',
  thirdCountryCities: 'third-country-cities.json',
};

let cached: ReferenceData | undefined;

/** Reads data/ once per process. */
export function referenceData(dir = packagePath('data')): ReferenceData {
  if (cached && dir === packagePath('data')) return cached;
  const read = (name: ReferenceName): Record<string, unknown> & DatedFile => {
    const file = `${dir}/${FILE_NAMES[name]}`;
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    for (const key of ['title', 'asOf', 'source']) {
      if (typeof data[key] !== 'string') throw new Error(`${file}: "${key}" is missing`);
    }
    const asOfLine = text.split('\n').findIndex((l) => l.trimStart().startsWith('"asOf"')) + 1;
    return { ...(data as unknown as DatedFile), file, asOfLine: Math.max(1, asOfLine) };
  };
  const eea = read('eea');
  const adequacy = read('adequacy');
  const data: ReferenceData = {
    eea: { ...eea, countries: new Set(eea.countries as string[]) },
    adequacy: {
      ...adequacy,
      countries: new Map((adequacy.countries as AdequacyEntry[]).map((c) => [c.code, c])),
      organisations: (adequacy.organisations as { name: string }[]).map((o) => o.name),
    },
    datatilsynet: read('datatilsynet') as unknown as ReferenceData['datatilsynet'],
    wp248: read('wp248') as unknown as ReferenceData['wp248'],
    law: read('law') as unknown as ReferenceData['law'],
    retentionLimits: read('retentionLimits') as unknown as ReferenceData['retentionLimits'],
    thirdCountryCities: read('thirdCountryCities') as unknown as ReferenceData['thirdCountryCities'],
  };
  if (dir === packagePath('data')) cached = data;
  return data;
}

export function datedFiles(ref: ReferenceData): { name: ReferenceName; file: DatedFile }[] {
  return REFERENCE_FILES.map((name) => ({ name, file: ref[name] }));
}
