import type { ReferenceData } from '../../check/reference.js';
import type { Screening } from '../../check/screening.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Registry } from '../../model/registry.js';
import { isApproved, resolveActivity, type ResolvedActivity } from '../../model/resolve.js';
import {
  CONTROLLER_COLUMNS,
  DPIA_COLUMNS,
  PROCESSOR_COLUMNS,
  PROCESSOR_LIST_COLUMNS,
  partyLine,
  type CellContext,
  type Column,
  type ProcessorRow,
} from './columns.js';
import { buildDataMap, type DataMap } from './datamap.js';
import { fieldRows, organisationRows, type FieldRow } from './fields.js';
import { address, contact, date, list, r, text, yesNo, type TextContext } from './text.js';

/**
 * The report as data: every word already looked up and every value already turned into lines of
 * text, so that each format (xlsx, csv, html, md) only lays it out and escapes it.
 */
export type ReportKind = 'controller' | 'processor';
/** The official record (approved activities only, Art. 30(4)) or the internal working copy (`--internal`): see docs/report.md. */
export type ReportVariant = 'official' | 'internal';

export interface ReportOptions {
  kind: ReportKind;
  lang: Lang;
  /** Column ids for the main record; all columns when undefined. Checked by the command. */
  columns?: readonly string[];
  /** ISO date printed on the report. */
  date?: string;
  includeRetired: boolean;
  /**
   * The internal working copy: every activity, those not approved marked. Otherwise the official record, as
   * made available to the supervisory authority (Art. 30(4)): approved activities only.
   */
  internal?: boolean;
  version: string;
  /** data/*.json (`referenceData()`): the DPIA overview's note names the items of Datatilsynet's list a person must judge. */
  reference: ReferenceData;
  /** Each activity's DPIA screening, computed in the check stage (`screeningOf` in src/check/screening.ts). */
  screening: (a: ResolvedActivity) => Screening;
  /** The record's activities (`recordActivities`), when the caller has them already. */
  activities?: readonly ResolvedActivity[];
}

export interface TableHead {
  id: string;
  label: string;
  mandatory: boolean;
  width: number;
}

export interface TableRow {
  /** The activity's or processor's id. */
  id: string;
  title: string;
  /** The internal copy: «Ikke godkjent (utkast)» for an activity that is not approved; also a line of its activity cell. */
  notApproved?: string;
  description: string;
  cells: string[][];
  /**
   * Ids of the mandatory columns the registry leaves unsaid. Their cells say «Ikke registrert»
   * (`report.unrecorded`), which formats that can style mark, so that a gap never reads as «none».
   */
  unrecorded: string[];
}

export interface Table {
  id: 'controller' | 'processor' | 'dpia' | 'processors';
  /** Heading in documents. */
  title: string;
  /** Sheet name in a workbook (at most 31 characters). */
  sheet: string;
  columns: TableHead[];
  rows: TableRow[];
  /** Said instead of an empty table. */
  empty?: string;
  /** Said under the table. */
  note?: string;
}

/** The sheet of other fields (fields.ts): its words and rows. */
export interface FieldsSheet {
  sheet: string;
  title: string;
  note: string;
  /** The column labels: ID, activity, field, value. */
  labels: [string, string, string, string];
  rows: FieldRow[];
  /** Said instead of an empty table. */
  empty?: string;
}

export interface HeaderField {
  label: string;
  lines: string[];
  /** A line Art. 30(1)(a) asks for that the registry leaves unsaid: `lines` is the marker. */
  unrecorded?: boolean;
}

export interface Report {
  kind: ReportKind;
  lang: Lang;
  /** ISO date, for document metadata. */
  isoDate?: string;
  title: string;
  subtitle: string;
  /** The organisation's name, for the document title. */
  organisation: string;
  header: HeaderField[];
  /** Official record or internal working copy, and how many activities that are not approved it leaves out or marks. */
  variant: { internal: boolean; name: string; lines: string[] };
  /**
   * Words for pages: «Side {page} av {pages}» (each format puts in its own page number fields), the sheets and
   * headings of additional information «Tilleggsopplysninger {n}» (`{n}` of `{count}`), the date as printed.
   */
  print: { pageOf: string; sheetMore: string; headingMore: string; date: string };
  /** Section headings of the documents. */
  headings: { header: string; summary: string; details: string; datamap: string };
  record: Table;
  /** Which of the record's columns the summary tables of html and md show (indexes). */
  summary: number[];
  /** The other tables: for the controller's report the DPIA overview, the processors and the processor's record. */
  extra: Table[];
  dataMap: DataMap;
  /** ropa's workbook: the record's fields that it has no column for (fields.ts), on a sheet of their own. */
  fields: FieldsSheet;
  legend: string;
  generated: string;
}

export const COLUMNS: Record<ReportKind, readonly Column<ResolvedActivity>[]> = {
  controller: CONTROLLER_COLUMNS,
  processor: PROCESSOR_COLUMNS,
};

/** Column ids `--columns` accepts for a kind of record, in their default order. */
export function columnIds(kind: ReportKind): string[] {
  return COLUMNS[kind].map((c) => c.id);
}

/** The activities a record of this kind describes: its role, and not retired unless asked for. */
const onRecord = (registry: Registry, kind: ReportKind, includeRetired: boolean) =>
  registry.activities.filter((l) => (includeRetired || l.value.status !== 'retired') && (kind === 'processor') === (l.value.role === 'processor'));

/**
 * The activities of one record, resolved and sorted by title as a reader looks them up (then by
 * id). Retired activities are left out unless asked for: the record describes processing that goes on.
 * The official record holds approved activities only; the internal copy (`internal`) all of them.
 */
export function recordActivities(registry: Registry, kind: ReportKind, lang: Lang, includeRetired: boolean, internal = false): ResolvedActivity[] {
  const ctx: TextContext = { lang, registry };
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'nb');
  return onRecord(registry, kind, includeRetired)
    .filter((l) => internal || isApproved(l.value))
    .map((l) => resolveActivity(registry, l))
    .map((a) => ({ a, title: text(ctx, a.activity.title) }))
    .sort((x, y) => collator.compare(x.title, y.title) || (x.a.activity.id < y.a.activity.id ? -1 : 1))
    .map((x) => x.a);
}

/**
 * How many activities of a report are not approved — of its record and, in the controller's report, of its
 * record as processor too: what the official record leaves out and the internal copy marks.
 */
export function notApprovedCount(registry: Registry, kind: ReportKind, includeRetired: boolean): number {
  const count = (k: ReportKind): number => onRecord(registry, k, includeRetired).filter((l) => !isApproved(l.value)).length;
  return count(kind) + (kind === 'controller' ? count('processor') : 0);
}

function table<R>(
  ctx: CellContext,
  id: Table['id'],
  columns: readonly Column<R>[],
  rows: readonly R[],
  key: (row: R) => { id: string; title: string; description: string; notApproved?: string },
): Omit<Table, 'title' | 'sheet'> {
  return {
    id,
    columns: columns.map((c) => ({ id: c.id, label: r(ctx, `column.${c.id}`), mandatory: c.mandatory, width: c.width })),
    rows: rows.map((row) => {
      const k = key(row);
      const unrecorded: string[] = [];
      const cells = columns.map((c) => {
        let lines = c.cell(row, ctx);
        // The internal copy marks an activity that is not approved under its name.
        if (c.id === 'activity' && k.notApproved !== undefined) lines = [...lines, k.notApproved];
        if (lines.includes('')) lines = lines.filter((s) => s !== '');
        // An empty mandatory cell is a gap in the record; an explicit «none» has words of its own.
        if (c.mandatory && lines.length === 0) {
          unrecorded.push(c.id);
          return [r(ctx, 'unrecorded')];
        }
        return lines;
      });
      return { ...k, cells, unrecorded };
    }),
  };
}

/**
 * An activity's name, description and mark, made once per report: the record and the DPIA overview (and the html's
 * and md's pages) lead each row with them.
 */
const activityKey = (ctx: TextContext) => {
  const made = new Map<ResolvedActivity, { id: string; title: string; description: string; notApproved?: string }>();
  return (a: ResolvedActivity) => {
    let key = made.get(a);
    if (key === undefined)
      made.set(
        a,
        (key = {
          id: a.activity.id,
          title: text(ctx, a.activity.title),
          description: text(ctx, a.activity.description),
          ...(isApproved(a.activity) ? {} : { notApproved: r(ctx, 'not-approved', { approval: r(ctx, `approval.${a.activity.approval}`) }) }),
        }),
      );
    return key;
  };
};

/** What the cover says: the official record and what it leaves out, or the internal copy and what it marks. */
function variant(ctx: TextContext, kind: ReportKind, opts: ReportOptions): Report['variant'] {
  const internal = opts.internal === true;
  const count = notApprovedCount(ctx.registry, kind, opts.includeRetired);
  const which = internal ? 'internal' : 'official';
  return { internal, name: r(ctx, `variant.${which}.name`), lines: [r(ctx, `variant.${which}`), r(ctx, `variant.${which}.count`, { count })] };
}

/** The organisation's core activities (Art. 37(1)(b), (c)), by field and by the key of its words in the header block. */
export const CORE_ACTIVITIES = [
  ['largeScaleMonitoring', 'large-scale-monitoring'],
  ['largeScaleSpecialCategories', 'large-scale-special-categories'],
] as const;

function header(ctx: TextContext, kind: ReportKind, isoDate: string | undefined): HeaderField[] {
  const org = ctx.registry.organisation?.value;
  const dpo = contact(ctx, org?.dpo);
  const field = (key: string, lines: string[]): HeaderField[] =>
    lines.some((l) => l !== '') ? [{ label: r(ctx, `header.${key}`), lines: lines.filter((l) => l !== '') }] : [];
  return [
    { label: r(ctx, kind === 'controller' ? 'header.controller' : 'header.processor'), lines: [text(ctx, org?.name)] },
    ...field('organisation-number', [org?.organisationNumber ?? '']),
    // Whether the controller is a public authority or body (Art. 37(1)(a), 6(1) second subparagraph), whether its core
    // activities make a DPO mandatory (Art. 37(1)(b), (c)) and whether it is one professional's practice (recital 91):
    // facts the record is judged by, read back by `ropa import` (src/import/organisation.ts).
    ...field('public-authority', [yesNo(ctx, org?.publicAuthority)]),
    ...field(
      'core-activities',
      CORE_ACTIVITIES.filter(([k]) => org?.coreActivities?.[k] !== undefined).map(([k, key]) =>
        r(ctx, 'labelled', { label: r(ctx, `header.core-activities.${key}`), value: yesNo(ctx, org?.coreActivities?.[k]) }),
      ),
    ),
    ...field('individual-practice', [yesNo(ctx, org?.individualPractice)]),
    ...field('responsible', [text(ctx, org?.responsible)]),
    ...field('address', [address(ctx, org?.address)]),
    ...field('visiting-address', [address(ctx, org?.visitingAddress)]),
    ...field('contact', [contact(ctx, org?.contact)]),
    // The DPO is always shown: Art. 30(1)(a) names it.
    dpo !== '' ? { label: r(ctx, 'header.dpo'), lines: [dpo] } : { label: r(ctx, 'header.dpo'), lines: [r(ctx, 'unrecorded')], unrecorded: true },
    ...field('representative', [org?.representative ? partyLine(ctx, org.representative) : '']),
    ...(kind === 'controller'
      ? field(
          'joint-controllers',
          Object.values(org?.jointControllers ?? {}).map((p) => partyLine(ctx, p)),
        )
      : []),
    ...field('date', [date(ctx, isoDate)]),
  ];
}

function processorRows(registry: Registry, activities: readonly ResolvedActivity[], ctx: TextContext): ProcessorRow[] {
  const collator = new Intl.Collator(ctx.lang === 'en' ? 'en' : 'nb');
  return [...registry.catalogues.processors.values()]
    .map((p) => ({
      id: p.id,
      processor: p.value,
      usedBy: activities.filter((a) => a.processors.some((x) => x.id === p.id)).map((a) => text(ctx, a.activity.title)),
      // A sub-processor limited to some activities names them by title (its id when the activity is not in this report).
      subprocessorServes: (p.value.subprocessors ?? []).map((s) =>
        s.activities?.map((id) => {
          const title = activities.find((x) => x.activity.id === id)?.activity.title ?? registry.activities.find((x) => x.id === id)?.value.title;
          return title !== undefined ? text(ctx, title) : id;
        }),
      ),
    }))
    .sort((x, y) => collator.compare(text(ctx, x.processor.name), text(ctx, y.processor.name)) || (x.id < y.id ? -1 : 1));
}

/** What the DPIA overview's computed columns mean, and which items of Datatilsynet's list a person must judge. */
function dpiaNote(ctx: TextContext, ref: ReferenceData): string {
  const manual = ref.datatilsynet.items.filter((i) => !i.computed).map((i) => r(ctx, 'quoted', { value: t(ctx.lang, `gaps.screening.datatilsynet.${i.id}`) }));
  // One item or several: «Punktet …» or «Punktene …» (no sentence when every item is read from the record).
  const said = manual.length === 0 ? '' : ` ${r(ctx, manual.length === 1 ? 'dpia.note.manual.one' : 'dpia.note.manual.other', { manual: list(ctx, manual) })}`;
  return r(ctx, 'dpia.note', { threshold: ref.wp248.threshold, manual: said });
}

export function buildReport(registry: Registry, opts: ReportOptions): Report {
  const ctx: CellContext = { lang: opts.lang, registry, screening: opts.screening };
  const organisation = text(ctx, registry.organisation?.value.name);
  const all = COLUMNS[opts.kind];
  const chosen = (opts.columns ?? all.map((c) => c.id)).map((id) => {
    const column = all.find((c) => c.id === id);
    if (!column) throw new Error(`no column ${id} in the ${opts.kind} record`);
    return column;
  });
  const activities = opts.activities ?? recordActivities(registry, opts.kind, opts.lang, opts.includeRetired, opts.internal);
  const keyOf = activityKey(ctx);
  const record: Table = {
    ...table(ctx, opts.kind, chosen, activities, keyOf),
    title: r(ctx, `sheet.${opts.kind}`),
    sheet: r(ctx, `sheet.${opts.kind}`),
    ...(activities.length === 0 ? { empty: r(ctx, `${opts.kind}.none`, { organisation }) } : {}),
  };
  // The other tables and the data map are made when a format reads them: CSV has the record only.
  const extraTables = (): Table[] => {
    const extra: Table[] = [];
    if (opts.kind === 'controller') {
      extra.push({
        ...table(ctx, 'dpia', DPIA_COLUMNS, activities, keyOf),
        title: r(ctx, 'heading.dpia'),
        sheet: r(ctx, 'sheet.dpia'),
        note: dpiaNote(ctx, opts.reference),
      });
      const asProcessor = recordActivities(registry, 'processor', opts.lang, opts.includeRetired, opts.internal);
      const processors = processorRows(registry, [...activities, ...asProcessor], ctx);
      extra.push({
        ...table(ctx, 'processors', PROCESSOR_LIST_COLUMNS, processors, (p) => ({ id: p.id, title: text(ctx, p.processor.name), description: '' })),
        title: r(ctx, 'heading.processors'),
        sheet: r(ctx, 'sheet.processors'),
        ...(processors.length === 0 ? { empty: r(ctx, 'processors.none') } : {}),
      });
      extra.push({
        ...table(ctx, 'processor', PROCESSOR_COLUMNS, asProcessor, keyOf),
        title: r(ctx, 'heading.processor'),
        sheet: r(ctx, 'sheet.processor'),
        ...(asProcessor.length === 0 ? { empty: r(ctx, 'processor.none', { organisation }) } : {}),
      });
    }
    return extra;
  };
  let extra: Table[] | undefined;
  let dataMap: DataMap | undefined;
  let fields: FieldsSheet | undefined;
  const fieldsSheet = (): FieldsSheet => {
    const rows = [
      ...organisationRows(ctx, registry.organisation?.value.noticeGroups, organisation),
      ...activities.flatMap((a) => fieldRows(ctx, a, text(ctx, a.activity.title), opts.internal === true)),
    ];
    return {
      sheet: r(ctx, 'sheet.fields'),
      title: r(ctx, 'heading.fields'),
      // The official record has no accepted gaps and no custom fields (fields.ts, INTERNAL_FIELDS): its note says so.
      note: r(ctx, opts.internal === true ? 'fields.note' : 'fields.note.official'),
      labels: [r(ctx, 'column.id'), r(ctx, 'column.activity'), r(ctx, 'fields.column.path'), r(ctx, 'fields.column.value')],
      rows,
      ...(rows.length === 0 ? { empty: r(ctx, 'fields.none') } : {}),
    };
  };
  // Without a choice of columns the summaries show the mandatory ones: all of them do not fit a page.
  const summary = record.columns.flatMap((c, i) => (opts.columns !== undefined || c.mandatory ? [i] : []));
  return {
    kind: opts.kind,
    lang: opts.lang,
    ...(opts.date !== undefined ? { isoDate: opts.date } : {}),
    title: r(ctx, `title.${opts.kind}`),
    subtitle: r(ctx, `subtitle.${opts.kind}`),
    organisation,
    header: header(ctx, opts.kind, opts.date),
    variant: variant(ctx, opts.kind, opts),
    print: { pageOf: r(ctx, 'page-of'), sheetMore: r(ctx, 'sheet.more'), headingMore: r(ctx, 'heading.more'), date: date(ctx, opts.date) },
    headings: {
      header: r(ctx, 'heading.header'),
      summary: r(ctx, 'heading.summary'),
      details: r(ctx, 'heading.details'),
      datamap: r(ctx, 'heading.datamap'),
    },
    record,
    summary,
    get extra() {
      return (extra ??= extraTables());
    },
    get dataMap() {
      return (dataMap ??= buildDataMap(activities, ctx));
    },
    get fields() {
      return (fields ??= fieldsSheet());
    },
    legend: r(ctx, 'legend'),
    generated: r(ctx, 'generated', { version: opts.version }),
  };
}

/**
 * The date a report carries when none is given: the latest review or notice date in the registry,
 * so that the same registry always gives the same document. Undefined when the registry has none.
 */
export function registryDate(registry: Registry): string | undefined {
  const org = registry.organisation?.value;
  const dates = [org?.review?.lastReviewed, org?.notice?.lastUpdated, ...registry.activities.map((a) => a.value.review?.lastReviewed)].filter(
    (d): d is string => d !== undefined,
  );
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}
