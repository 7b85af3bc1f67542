/**
 * The registry's data as the JSON Schemas in schemas/ define it. The schemas are the source of truth;
 * these types describe data that has passed them.
 */
import type { Lang } from '../i18n/index.js';

/** One string for every language, or one per language. */
export type LocalText = string | Partial<Record<Lang, string>>;

export type GdprBasisCode =
  | 'A6-1-a'
  | 'A6-1-b'
  | 'A6-1-c'
  | 'A6-1-d'
  | 'A6-1-e'
  | 'A6-1-f'
  | 'A9-1'
  | 'A9-2-a'
  | 'A9-2-b'
  | 'A9-2-c'
  | 'A9-2-d'
  | 'A9-2-e'
  | 'A9-2-f'
  | 'A9-2-g'
  | 'A9-2-h'
  | 'A9-2-i'
  | 'A9-2-j'
  | 'A10';

export type TransferMechanism =
  | 'A45-3'
  | 'A46-2-a'
  | 'A46-2-b'
  | 'A46-2-c'
  | 'A46-2-d'
  | 'A46-2-e'
  | 'A46-2-f'
  | 'A46-3-a'
  | 'A46-3-b'
  | 'A49-1-a'
  | 'A49-1-b'
  | 'A49-1-c'
  | 'A49-1-d'
  | 'A49-1-e'
  | 'A49-1-f'
  | 'A49-1-g'
  | 'A49-1-subpara2';

export interface Address {
  lines: string[];
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface Contact {
  name?: string;
  role?: LocalText;
  email?: string;
  phone?: string;
  url?: string;
  address?: Address;
}

export interface Party {
  name: string;
  organisationNumber?: string;
  country?: string;
  contact?: Contact;
  dpo?: Contact;
  representative?: Contact;
}

/** `{law, section}` points into the laws catalogue; a plain string is free text. */
export type LawRef = string | { law: string; section?: string; url?: string };

export interface LegalBasis {
  gdpr: GdprBasisCode;
  law?: LawRef[];
  note?: LocalText;
  legitimateInterest?: LocalText;
  interestAssessment?: string;
  consentWithdrawal?: LocalText;
  childConsent?: LocalText;
  /** For consent: the age from which a child's own consent is accepted; below it the parents consent (18: always the parents). */
  childConsentAge?: number;
  /** For A10: what allows criminal-offence data (official authority and its task law, personopplysningsloven § 11, a special law). */
  criminalDataGround?: 'official-authority' | 'section-11' | 'special-law';
  /** For A10 on personopplysningsloven § 11: the condition § 11 applies (Art. 9(2)(a), (c)-(f), or §§ 6, 7, 9). */
  section11Condition?: 'A9-2-a' | 'A9-2-c' | 'A9-2-d' | 'A9-2-e' | 'A9-2-f' | 'pol-6' | 'pol-7' | 'pol-9';
  dpoConsulted?: string;
  safeguards?: LocalText;
  /** A9-2-b: the collective agreement; A9-2-h: the contract with a health professional. */
  agreement?: string;
  /** How consent is given; `browser-settings`, `continued-use` and `accept-terms` are not valid consent. */
  consentMethod?: 'opt-in' | 'written' | 'browser-settings' | 'continued-use' | 'accept-terms';
}

/** The basis of disclosing the data to a recipient that is a controller (activity.schema.json's disclosures). */
export interface Disclosure {
  recipient: string;
  basis: 'A6-1-a' | 'A6-1-b' | 'A6-1-c' | 'A6-1-d' | 'A6-1-e' | 'A6-1-f';
  law?: LawRef[];
}

/** A country code, or `EEA` / `EEA-or-adequate` where the record does not name one country. */
export type DataLocation = string;

export interface RetentionRule {
  period?: string;
  trigger?: LocalText;
  permanent?: boolean;
  endAction?: 'delete' | 'anonymise' | 'archive';
  /** The archive institution: a name, one string for every language or one per language. */
  archive?: LocalText;
  law?: LawRef[];
  description?: LocalText;
  /** A main rule («som hovedregel»): exceptions exist, said in `exceptions`. */
  mainRule?: boolean;
  exceptions?: LocalText;
  /** The period is a maximum («senest»). */
  atLatest?: boolean;
  /** Handed to the archive if the archive law requires it, otherwise `endAction`. */
  archiveIfRequired?: boolean;
}

export interface AcceptedGap {
  rule: string;
  reason: LocalText;
  acceptedBy: string;
  accepted?: string;
  expires: string;
}

export interface Review {
  lastReviewed?: string;
  reviewedBy?: string;
  nextReview?: string;
}

export interface NoticeGroup {
  title: LocalText;
  description?: LocalText;
}

export interface Organisation {
  name: LocalText;
  shortName?: string;
  organisationNumber?: string;
  publicAuthority: boolean;
  coreActivities?: { largeScaleMonitoring?: boolean; largeScaleSpecialCategories?: boolean };
  /** An individual physician, other health care professional or lawyer (recital 91). */
  individualPractice?: boolean;
  /** Whether people pay for using their rights (Art. 12(5), 15(3)): never, only as the GDPR allows, or in general. */
  rightsFee?: 'none' | 'exceptions-only' | 'standard';
  responsible?: LocalText;
  address?: Address;
  visitingAddress?: Address;
  contact?: Contact;
  dpo?: Contact;
  representative?: Party;
  jointControllers?: Record<string, Party>;
  supervisoryAuthority?: { name: string; url?: string; complaintUrl?: string };
  languages: Lang[];
  noticeGroups?: Record<string, NoticeGroup>;
  notice?: {
    url?: string;
    lastUpdated?: string;
    introduction?: LocalText;
    laws?: string[];
    security?: LocalText;
    disclosure?: LocalText;
    rights?: LocalText;
  };
  review?: Review;
  custom?: Record<string, unknown>;
}

export interface Purpose {
  id: string;
  description: LocalText;
  legalBasis?: LegalBasis[];
  researchOrStatistics?: boolean | 'research' | 'statistics' | 'archiving';
  /** The purpose is direct marketing (Art. 21(2)-(3)): true or false decides; absent, read from the words. */
  directMarketing?: boolean;
  safeguards?: string[];
  /** The data categories the purpose uses, among the activity's; absent: not said. */
  dataCategories?: string[];
}

export interface Transfer {
  country?: string;
  organisation?: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  dpfCertified?: boolean;
  reference?: string;
  safeguards?: LocalText;
  recipientType?: 'public-authority' | 'private' | 'international-organisation' | 'other';
  /** A49-1-subpara2: who has been told of the transfer (Art. 49(1) second subparagraph). */
  informed?: { dataSubjects?: boolean; supervisoryAuthority?: string };
}

export interface Retention extends RetentionRule {
  categories?: string[];
  policy?: string;
}

export interface RiskFactors {
  largeScale?: boolean;
  evaluationOrScoring?: boolean;
  systematicMonitoring?: boolean;
  publiclyAccessibleArea?: boolean;
  employeeMonitoring?: boolean;
  cameraSurveillance?: boolean;
  matchesDatasets?: boolean;
  vulnerableSubjects?: boolean;
  innovativeTechnology?: boolean;
  preventsRightOrService?: boolean;
  locationData?: boolean;
  biometricIdentification?: boolean;
  thirdPartyDataForDecisions?: boolean;
  newPrivateSectorSource?: boolean;
}

/** Every risk factor, in the schema's order: the order the report and import list them in. */
export const RISK_FACTORS: readonly (keyof RiskFactors)[] = [
  'largeScale',
  'evaluationOrScoring',
  'systematicMonitoring',
  'publiclyAccessibleArea',
  'employeeMonitoring',
  'cameraSurveillance',
  'matchesDatasets',
  'vulnerableSubjects',
  'innovativeTechnology',
  'preventsRightOrService',
  'locationData',
  'biometricIdentification',
  'thirdPartyDataForDecisions',
  'newPrivateSectorSource',
];

export type DpiaStatus = 'not-screened' | 'not-required' | 'required' | 'in-progress' | 'done';

export interface Dpia {
  status?: DpiaStatus;
  reason?: LocalText;
  reference?: string;
  date?: string;
  highRisk?: boolean;
  residualRisk?: 'low' | 'medium' | 'high';
  priorConsultation?: { date?: string; reference?: string };
}

export type Right =
  'information' | 'access' | 'rectification' | 'erasure' | 'restriction' | 'notification' | 'portability' | 'objection' | 'automated-decision';

export interface RightsRestriction {
  right: Right;
  law?: LawRef[];
  gdpr?: string;
  note?: LocalText;
}

/** The § 12 need for one national-identifier data category of an activity. */
export interface NationalIdNeed {
  category: string;
  need: LocalText;
}

export interface Activity {
  id: string;
  title: LocalText;
  description?: LocalText;
  status: 'planned' | 'active' | 'retired';
  approval?: 'draft' | 'in-review' | 'approved';
  role?: 'controller' | 'joint-controller' | 'processor';
  /**
   * Whether the organisation carries out this activity as a public authority in the performance of its tasks (Art. 6(1)
   * second subparagraph, 49(3)); absent: the organisation's `publicAuthority`. For a body that is public only for some
   * tasks (a church council as local burial authority), or a public body's activity outside its public tasks.
   */
  publicAuthority?: boolean;
  jointControllers?: { controller: string; arrangement?: string; responsibilities?: LocalText; contactPoint?: Contact }[];
  processorFor?: { controllers: Party[]; categoriesOfProcessing?: LocalText; agreement?: string };
  noticeGroup?: string;
  responsibleUnit?: LocalText;
  owner?: Contact;
  purposes?: Purpose[];
  dataSubjects?: string[];
  dataCategories?: string[];
  sources?: string[];
  collection?: { requirement: 'statutory' | 'contractual' | 'contract-prerequisite' | 'voluntary'; consequences?: LocalText };
  recipients?: string[] | 'none';
  /** For a recipient that receives the data as a controller: the Art. 6(1) basis of the disclosure and its law (Art. 6(3)). */
  disclosures?: Disclosure[];
  processors?: string[];
  systems?: string[];
  transfers?: Transfer[] | 'none';
  retention?: Retention[];
  securityMeasures?: string[];
  riskFactors?: RiskFactors;
  dpia?: Dpia;
  rightsRestrictions?: RightsRestriction[];
  automatedDecisions?: {
    used: boolean;
    profiling?: boolean;
    /** The Art. 22(2) exception for decisions based solely on automated processing. */
    exception?: 'contract' | 'law' | 'explicit-consent';
    /**
     * Whether a person looks at the decisions: before each takes effect (then not solely automated, Art. 22(1)), when the
     * person asks (Art. 22(3)), or never.
     */
    humanReview?: 'every-decision' | 'on-request' | 'none';
    /** For the exception `law`: the law that authorises the decisions (Art. 22(2)(b)). */
    law?: LawRef[];
    logic?: LocalText;
    significance?: LocalText;
  };
  information?: { method: ('art13' | 'art14' | 'public-notice' | 'obtained-by-law')[]; notice?: string; law?: LawRef[]; note?: LocalText };
  noticeText?: LocalText;
  /**
   * personopplysningsloven § 12: why national identity numbers are needed (a condition, not a legal basis): one
   * text for the activity, or one per data category that holds a national identity number.
   */
  nationalIdNeed?: LocalText | NationalIdNeed[];
  dataLocation?: DataLocation[];
  review?: Review;
  acceptedGaps?: AcceptedGap[];
  custom?: Record<string, unknown>;
}

export type SpecialCategory =
  | 'racial-or-ethnic-origin'
  | 'political-opinions'
  | 'religious-or-philosophical-beliefs'
  | 'trade-union-membership'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex-life-or-sexual-orientation';

export interface Law {
  title: LocalText;
  fullTitle?: LocalText;
  lovdataId?: string;
  url?: string;
}
export interface DataSubject {
  name: LocalText;
  description?: LocalText;
  vulnerable?: boolean;
  children?: boolean;
  employees?: boolean;
}
export interface DataCategory {
  name: LocalText;
  description?: LocalText;
  specialCategory?: SpecialCategory;
  criminalOffence?: boolean;
  nationalIdentifier?: boolean;
  location?: boolean;
  retention?: string;
}
/** Every kind of source, in the schema's order (catalogue.schema.json, `sources.*.type`; a test holds the two together). */
export const SOURCE_TYPES = ['data-subject', 'public-register', 'other-controller', 'other-person', 'publicly-available', 'device', 'internal'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export interface Source {
  name: LocalText;
  type: SourceType;
  controller?: string;
  publiclyAccessible?: boolean;
  description?: LocalText;
  law?: LawRef[];
}
export interface Recipient {
  name: LocalText;
  type: 'internal' | 'public-authority' | 'researchers' | 'private' | 'international-organisation' | 'archive' | 'other';
  country?: string;
  /** Outside Norway, with no single country to name. */
  abroad?: boolean;
  description?: LocalText;
}
export interface Subprocessor {
  name: string;
  country?: string;
  authorisation?: string;
  /** The activities whose data it receives (ids); absent: every activity that uses its processor. */
  activities?: string[];
}
export interface Processor {
  /** One string, or one per language (additive: a plain string stays valid). */
  name: LocalText;
  organisationNumber?: string;
  country?: string;
  service?: LocalText;
  agreement?: string;
  dpfCertified?: boolean;
  dataLocation?: DataLocation[];
  contact?: Contact;
  subprocessors?: Subprocessor[];
}
export interface System {
  /** One string, or one per language (additive: a plain string stays valid). */
  name: LocalText;
  description?: LocalText;
  processor?: string;
  owner?: LocalText;
  location?: string[];
}
export interface SecurityMeasure {
  name: LocalText;
  type: 'technical' | 'organisational';
  description?: LocalText;
  art89?: boolean;
}
export interface RetentionPolicy extends RetentionRule {
  name: LocalText;
}

/** The catalogues, by the key they have in a catalogue file. */
export interface CatalogueEntries {
  laws: Law;
  dataSubjects: DataSubject;
  dataCategories: DataCategory;
  sources: Source;
  recipients: Recipient;
  processors: Processor;
  systems: System;
  securityMeasures: SecurityMeasure;
  retentionPolicies: RetentionPolicy;
}
export type CatalogueKind = keyof CatalogueEntries;
export const CATALOGUE_KINDS: readonly CatalogueKind[] = [
  'laws',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'processors',
  'systems',
  'securityMeasures',
  'retentionPolicies',
];
