/**
 * The view model a notice template receives: everything the notice says, already worded in the
 * notice's language. Templates only lay it out. docs/notice.md documents this shape for
 * organisations that bring their own templates (`--template DIR`); keep the two in step.
 *
 * Conventions: every field is always present (`null` or `[]` when there is nothing), so templates
 * compiled in strict mode can tell a typo from an empty value. Texts are plain; the renderer
 * escapes every string for the output format before the template sees it. Long texts are arrays
 * of paragraphs. A field that can be missing from the registry has a sibling `…Missing`: a
 * placeholder in a draft, `null` otherwise.
 */
import type { Lang } from '../../i18n/index.js';

export type NoticeFormat = 'md' | 'html';

/** A visible placeholder for something the registry lacks (`--draft` only). */
export interface Placeholder {
  /** Number in the list at the end of the draft. */
  number: number;
  /** The anchor of that list entry. */
  anchor: string;
  /** «MANGLER 3: …»: the words to show. */
  text: string;
}

export interface Link {
  text: string;
  url: string;
}

export interface ContactView {
  /** The person or function. */
  name: string | null;
  role: string | null;
  email: string | null;
  /** `mailto:` link for the e-mail address. */
  emailUrl: string | null;
  phone: string | null;
  /** `tel:` link for the phone number. */
  phoneUrl: string | null;
  url: string | null;
  /** Address lines, postal code and town on the last line. */
  address: string[];
}

export interface BasisView {
  /** DPV code, e.g. A6-1-e. */
  code: string;
  /** art6, art9 or art10. */
  kind: 'art6' | 'art9' | 'art10';
  /** «Rettslig grunnlag», «Vilkår for særlige kategorier» or «Grunnlag for opplysninger om straffbare forhold». */
  label: string;
  /** In words: «oppgave i allmennhetens interesse …». */
  name: string;
  /** «personvernforordningen artikkel 6 nr. 1 bokstav e, jf. personopplysningsloven § 8». */
  citation: string;
  /** Why the basis applies. */
  note: string | null;
  /** For legitimate interests: the interest pursued. */
  legitimateInterest: string | null;
  legitimateInterestMissing: Placeholder | null;
  /** For consent: how to withdraw it. */
  consentWithdrawal: string | null;
  consentWithdrawalMissing: Placeholder | null;
  nationalLawMissing: Placeholder | null;
}

export interface PurposeView {
  id: string;
  /** The purpose, capitalised as a list item. */
  text: string;
  bases: BasisView[];
  /** No Art. 6 basis. */
  basisMissing: Placeholder | null;
  /** Art. 9(1), the prohibition, cited as if it were a condition. */
  conditionMissing: Placeholder | null;
  /** Art. 89(1) safeguards for research and statistics, by name. */
  safeguards: string[];
}

export interface CategoryView {
  name: string;
  description: string | null;
  /** «særlig kategori: helseopplysninger» for Art. 9 data, else null. */
  special: string | null;
  /** «opplysninger om straffedommer og lovovertredelser» for Art. 10 data, else null. */
  criminal: string | null;
}

export interface NamedView {
  name: string;
  description: string | null;
}

export interface RetentionView {
  /** The data categories it applies to, joined; null when it applies to all of the activity's data. */
  categories: string | null;
  /** The rule in words, built from period, trigger, end action: «Opplysningene anonymiseres to år etter innsamling.» */
  rule: string | null;
  /** The organisation's own words. */
  description: string[];
  /** «Hjemmel: arkivloven.» */
  law: string | null;
  ruleMissing: Placeholder | null;
}

export interface TransferView {
  /** Country name, or the international organisation. */
  destination: string | null;
  destinationMissing: Placeholder | null;
  recipient: string | null;
  /** The Chapter V mechanism in words. */
  mechanism: string | null;
  mechanismMissing: Placeholder | null;
  dpfCertified: boolean;
  reference: string | null;
  safeguards: string | null;
  /** How to get a copy of the safeguards (Art. 13(1)(f)), for safeguard-based transfers. */
  copy: string | null;
}

export interface RestrictionView {
  /** The right in words. */
  right: string;
  /** GDPR provision and national law. */
  citation: string | null;
  citationMissing: Placeholder | null;
  note: string | null;
}

export interface ActivityView {
  id: string;
  anchor: string;
  title: string;
  description: string[];
  /** Extra words for the public. */
  noticeText: string[];
  purposes: PurposeView[];
  purposesMissing: Placeholder | null;
  /** Art. 9(2) condition missing for special-category data. */
  specialConditionMissing: Placeholder | null;
  /** Art. 10 basis missing for criminal-offence data. */
  criminalBasisMissing: Placeholder | null;
  dataSubjects: string[];
  categories: CategoryView[];
  categoriesMissing: Placeholder | null;
  sources: string[];
  sourcesMissing: Placeholder | null;
  /** Whether the person must give the data, and what happens if not (Art. 13(2)(e)). */
  collection: string | null;
  collectionConsequences: string | null;
  collectionMissing: Placeholder | null;
  collectionConsequencesMissing: Placeholder | null;
  recipients: NamedView[];
  /** «Opplysningene gis ikke til andre.» when the registry says `none`. */
  recipientsNone: string | null;
  recipientsMissing: Placeholder | null;
  processors: string[];
  transfers: TransferView[];
  /** «Opplysningene overføres ikke …» when the registry says `none`. */
  transfersNone: string | null;
  retention: RetentionView[];
  retentionMissing: Placeholder | null;
  restrictions: RestrictionView[];
  /** Logic and significance when decisions are automated. */
  automated: { logic: string | null; significance: string | null; profiling: boolean } | null;
  automatedMissing: Placeholder | null;
  jointControllers: { name: string; responsibilities: string | null; contact: ContactView | null; responsibilitiesMissing: Placeholder | null }[];
  jointMissing: Placeholder | null;
}

export interface GroupView {
  id: string;
  anchor: string;
  title: string;
  description: string[];
  /** Every purpose of the group's activities, for the overview list. */
  purposes: string[];
  activities: ActivityView[];
  titleMissing: Placeholder | null;
}

export interface SourceTypeView {
  type: string;
  /** «Offentlige registre». */
  heading: string;
  sources: {
    name: string;
    description: string | null;
    /** Who holds it. */
    controller: string | null;
    law: string | null;
    /** «Kilden er (ikke) offentlig tilgjengelig.»; null when unknown. */
    access: string | null;
    accessMissing: Placeholder | null;
  }[];
}

export interface TocEntry {
  anchor: string;
  text: string;
  children: TocEntry[];
}

export interface MissingItemView {
  number: number;
  anchor: string;
  /** What is missing, in words. */
  text: string;
  /** File and field: «activities/official-statistics.yaml, /purposes/0/legalBasis». */
  where: string;
  /** Required by Art. 13/14: without --draft this stops the notice. */
  mandatory: boolean;
}

export interface NoticeView {
  lang: Lang;
  format: NoticeFormat;
  draft: boolean;
  /** Fixed words: headings and labels (see docs/notice.md for the list). */
  labels: Record<string, string>;
  title: string;
  /** The date in words, from organisation.notice.lastUpdated or --date. */
  date: string | null;
  /** The same date, YYYY-MM-DD. */
  dateIso: string | null;
  dateMissing: Placeholder | null;
  /** Where the notice is published. */
  url: string | null;
  intro: {
    /** The organisation's opening words, or a standard sentence naming the controller. */
    text: string[];
    /** Standard explanation of «personopplysning» and «behandling». */
    definitions: string[];
    laws: { name: string; fullName: string | null; url: string | null }[];
  };
  /** Which optional sections the notice has; the table of contents follows the same flags. */
  sections: {
    sources: boolean;
    security: boolean;
    processors: boolean;
    transfers: boolean;
    restrictions: boolean;
    consent: boolean;
    automated: boolean;
    missing: boolean;
  };
  toc: TocEntry[];
  controller: {
    name: string;
    shortName: string | null;
    /** «Statistisk sentralbyrå er behandlingsansvarlig …». */
    statement: string;
    responsible: string | null;
    organisationNumber: string | null;
    address: string[];
    visitingAddress: string[];
    contact: ContactView | null;
    contactMissing: Placeholder | null;
  };
  dpo: ContactView | null;
  dpoMissing: Placeholder | null;
  representative: { name: string; contact: ContactView | null } | null;
  groups: GroupView[];
  sources: SourceTypeView[];
  security: {
    text: string[];
    disclosure: string[];
    measures: NamedView[];
  };
  processors: { name: string; service: string | null; country: string | null }[];
  transfers: {
    items: (TransferView & { activity: string; activityAnchor: string })[];
    /** Every activity says `none`. */
    none: string | null;
    unstatedMissing: Placeholder | null;
  };
  rights: {
    intro: string;
    list: string[];
    how: string;
    extra: string[];
    restrictionsIntro: string | null;
    restrictions: { right: string; items: { activity: string; activityAnchor: string; citation: string | null }[] }[];
  };
  consent: {
    text: string;
    activities: { title: string; anchor: string; how: string | null; howMissing: Placeholder | null }[];
  } | null;
  automated: {
    /** «Vi bruker ikke …» when every activity says so. */
    none: string | null;
    activities: { title: string; anchor: string; logic: string | null; significance: string | null }[];
    unstatedMissing: Placeholder | null;
  };
  complaint: {
    heading: string;
    text: string;
    link: Link | null;
    missing: Placeholder | null;
  };
  contact: {
    text: string;
    dpo: ContactView | null;
    controller: ContactView | null;
  };
  /** Everything the registry lacks, in the order it appears (`--draft` only). */
  missing: MissingItemView[];
}
