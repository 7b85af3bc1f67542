/**
 * The view model a notice template receives: everything the notice says, already worded in the
 * notice's language. Templates only lay it out. docs/notice.md documents this shape for
 * organisations that bring their own templates (`--template DIR`); keep the two in step.
 *
 * Conventions: every field is always present (`null` or `[]` when there is nothing), so templates
 * compiled in strict mode can tell a typo from an empty value. Texts are plain; the renderer
 * escapes every string for the output format before the template sees it. Long texts are arrays
 * of paragraphs. Something the registry lacks is a `Placeholder` in a draft and absent otherwise.
 *
 * The notice is layered: a first layer (`summary`) that fits a phone screen or two, then the
 * purposes grouped as the organisation presents them, then details. Whatever several activities
 * share (a retention rule, a rights exception, a processor, a security measure) is said once, in
 * a section of its own, and the activities refer to it by a link.
 */
import type { Lang } from '../../i18n/index.js';

/** The formats of `ropa notice`: each has its own templates (templates/notice/notice.<format>.hbs). */
export const NOTICE_FORMATS = ['md', 'html'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

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

/** A link inside the notice. */
export interface Ref {
  text: string;
  anchor: string;
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

/** One entry of a fact: a purpose with its legal basis, a recipient, a retention rule. */
export interface FactItem {
  text: string | null;
  /** Where a shared statement is made in full. */
  ref: Ref | null;
  missing: Placeholder[];
}

/** One line of an activity: «Formål», «Hvem opplysningene gjelder», «Lagring» … */
export interface Fact {
  /** Stable name of the fact: purposes, dataSubjects, categories, sources, collection, recipients, processors, systems, transfers, retention, restrictions, automated, joint, information. */
  kind: string;
  label: string;
  /** The label is a question («Må du gi oss opplysningene?»): no colon after it. */
  question: boolean;
  text: string | null;
  ref: Ref | null;
  /** A list under the line, when the entries are sentences of their own. */
  items: FactItem[];
  missing: Placeholder[];
}

/** One entry of a table cell: a purpose with links to its legal bases, a retention rule with a link. */
export interface CellItem {
  text: string | null;
  /** Links to where the statement is made in full (a legal basis, a retention rule). */
  refs: Ref[];
  /** Words after the links: a legitimate interest, the organisation's note on a basis. */
  note: string | null;
  missing: Placeholder[];
  /** Joined to the entry before it by a space, as sentences are, rather than by «; » as fragments are. */
  spaced?: boolean;
  /** A full stop that ends the entry, when the cell's entries are sentences and this one's words lack it. */
  end?: string;
}

/** One cell of a group's table. */
export interface Cell {
  text: string | null;
  items: CellItem[];
  missing: Placeholder[];
}

export interface ActivityView {
  id: string;
  /** The activity's row in its group's table. */
  anchor: string;
  title: string;
  /** Layered notice written as pages (`-o DIR/`): the file name of the activity's own page (`activity-<id>.<format>`), written beside the first document; null otherwise (no link to a page that is not written). */
  page: string | null;
  /** Draft, first document of a layered notice: what the activity's page lacks (its data categories, sources, recipients), shown at the activity too. */
  pageMissing: Placeholder[];
  /** The core Art. 13/14 items, one cell each, for the group's table. */
  cells: {
    purposes: Cell;
    /** Whose data («Søkere») and which («Navn; Adresse»). */
    data: Cell;
    sources: Cell;
    /** Recipients, then the processors. */
    recipients: Cell;
    retention: Cell;
  };
  /** The anchor of the paragraphs under the table, when there are any (`details`). */
  detailsAnchor: string;
  /** Whether the activity has paragraphs under the table: description, notice text or facts. */
  details: boolean;
  /** Whether they have a heading: not when the activity is the only one of its group (the details follow the table directly). */
  detailsHeading: boolean;
  /** Draft only: «Ikke godkjent (utkast)» for an activity whose approval is not `approved`. */
  approval: string | null;
  /** Draft only: findings that stop the final notice (rules with blocksNotice), in words. */
  blockers: string[];
  description: string[];
  /** Extra words for the public. */
  noticeText: string[];
  /** The purposes as plain texts (also in the `purposes` cell, with their legal basis). */
  purposes: { id: string; text: string }[];
  /** What the table does not hold: who the data is about and who receives it (described), whether you must give it, systems, transfers, automated decisions, joint controllers, how people are told. */
  facts: Fact[];
}

/** A legal basis as the record cites it (the GDPR provision with its supplementary law), said once. */
export interface BasisView {
  anchor: string;
  /** «Samtykke», «Vilkår for særlige kategorier: Arkiv, forskning eller statistikk». */
  name: string;
  /** «personvernforordningen artikkel 6 nr. 1 bokstav e, jf. personopplysningsloven § 8». */
  citation: string;
}

export interface GroupView {
  id: string;
  anchor: string;
  title: string;
  /** The table's caption (HTML). */
  caption: string;
  /** What every activity of the group shares, said once above its table (the processors). */
  shared: { label: string; text: string }[];
  description: string[];
  activities: ActivityView[];
  titleMissing: Placeholder | null;
}

export interface SourceTypeView {
  type: string;
  /** «Offentlige registre». */
  heading: string;
  /** «Hjemmel for alle: statistikkloven § 10.» when every source of the kind has that law. */
  law: string | null;
  sources: {
    name: string;
    description: string | null;
    /** Who holds it. */
    controller: string | null;
    /** «statistikkloven § 10», printed after the label «Hjemmel». */
    law: string | null;
    /** «Kilden er (ikke) offentlig tilgjengelig.»; null when unknown. */
    access: string | null;
    accessMissing: Placeholder | null;
  }[];
}

export interface NamedView {
  name: string;
  description: string | null;
}

export interface RetentionView {
  anchor: string;
  /** The policy's name. */
  name: string;
  /** The rule in one sentence: main rule, period, trigger, «at the latest», archive-or-delete. */
  rule: string | null;
  /** The organisation's own words, less what the rule already says. */
  description: string | null;
  /** «Hjemmel: arkivloven.» */
  law: string | null;
  missing: Placeholder | null;
}

export interface ExceptionGroupView {
  /** The activities the exceptions apply to, joined. */
  activities: string;
  items: { text: string; missing: Placeholder | null }[];
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
  /** `full`, or one `activity` (Art. 13 information at collection), or one `group`. */
  scope: 'full' | 'activity' | 'group';
  /**
   * The first document of a layered notice: per activity its purposes with their bases, retention and
   * the organisation's own words; who, which data, sources, recipients, systems and security measures
   * are on the activity's page (`ActivityView.page`). False: everything in one document.
   */
  layered: boolean;
  /** Pages written together (`-o DIR/`): the first document (`indexPage`: `index.<format>`) and the complete one (`completePage`: `complete.<format>`), to link to; null otherwise. */
  pages: { indexPage: string; completePage: string } | null;
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
  /** Draft only: findings that stop the final notice, for the banner. */
  blocked: string[];
  /** The first layer. */
  summary: {
    /** The organisation's opening words (or a standard sentence naming the controller). */
    intro: string[];
    /** «Statistisk sentralbyrå (SSB) er behandlingsansvarlig …». */
    controller: string;
    responsible: string | null;
    /** The purposes in a few words: the groups, as the organisation presents them. */
    purposes: { title: string; anchor: string }[];
    /** Your rights in one sentence. */
    rights: string;
    dpo: ContactView | null;
    dpoMissing: Placeholder | null;
    /** «Du kan klage til Datatilsynet.» */
    complaint: string;
    complaintLink: Link | null;
  };
  toc: TocEntry[];
  groups: GroupView[];
  /** Each legal basis the purposes rest on, once; the tables link here. */
  bases: BasisView[];
  sources: SourceTypeView[];
  /** Layered first document only: every recipient once, described (the pages say which activity gives data to whom); [] otherwise. */
  recipients: NamedView[];
  retention: RetentionView[];
  security: {
    text: string[];
    disclosure: string[];
    measures: NamedView[];
  };
  processors: { name: string; service: string | null; country: string | null; agreement: string | null }[];
  transfers: {
    items: { activity: string; anchor: string; text: string; missing: Placeholder[] }[];
    /** Every activity says `none`. */
    none: string | null;
    /** Some activities transfer, every other says `none`: said once under the list. */
    noneOthers: string | null;
    unstatedMissing: Placeholder | null;
  };
  rights: {
    intro: string;
    list: string[];
    how: string;
    extra: string[];
    /** Arts. 23 and 89 allow exceptions; Norwegian law makes them, on conditions. */
    exceptionsIntro: string | null;
    exceptions: ExceptionGroupView[];
  };
  consent: {
    text: string;
    /** `others`: further activities withdrawn from the same way, named after the first («A, B og C»). */
    activities: { title: string; anchor: string; others: { title: string; anchor: string }[]; how: string | null; howMissing: Placeholder | null }[];
  } | null;
  automated: {
    /** «Vi bruker ikke …» when every activity says so. */
    none: string | null;
    unstatedMissing: Placeholder | null;
  };
  about: {
    /** Standard explanation of «personopplysning» and «behandling». */
    definitions: string[];
    /** «Vi behandler personopplysninger etter blant annet disse lovene:», or «Lovene på Lovdata:» when the introduction already names them all. */
    lawsIntro: string;
    /** The first document of a layered notice names the laws (linked) in one line, without their full titles. */
    laws: { name: string; fullName: string | null; url: string | null }[];
  };
  complaint: {
    heading: string;
    text: string;
    link: Link | null;
    /** The same sentence with the link in it, in three pieces (the layered first document's first layer says it so); null without a link. */
    linked: { before: string; text: string; url: string; after: string } | null;
    missing: Placeholder | null;
  };
  contact: {
    controllerName: string;
    organisationNumber: string | null;
    visitingAddress: string[];
    dpo: ContactView | null;
    controller: ContactView | null;
    /** The layered first document: the DPO less the e-mail address and phone number its first layer gives (for the contact section); null otherwise. */
    dpoRest: ContactView | null;
    /** The controller's postal address is the DPO's, given just above: said as «Postadresse: som for personvernombudet». */
    controllerAddressAsDpo: boolean;
    controllerMissing: Placeholder | null;
    representative: { name: string; contact: ContactView | null } | null;
  };
  /** Everything the registry lacks, in the order it appears (`--draft` only). */
  missing: MissingItemView[];
}
