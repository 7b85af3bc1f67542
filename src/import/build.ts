import { t, LANGUAGES } from '../i18n/index.js';
import { windowsReserved } from '../util/portable.js';
import type { Activity, LawRef } from '../model/types.js';
import { lawCitations, onlyThese } from './words.js';
import { slug } from './slug.js';
import type { SourceRow, Table } from './table.js';
import type { BuiltFile, BuildOptions, Built } from './built.js';
import { RowContext } from './context.js';
import { organisationFrom, organisationFromBlock } from './organisation.js';
import { bases, special } from './bases.js';
import { purposes, subjectsAndCategories, recipients, simpleRefs } from './references.js';
import { transfers } from './transfers.js';
import { retention } from './retention.js';
import { status, owner, joint, dpia, review, rights, riskFactors, automated } from './accountability.js';

/**
 * The imported rows turned into activities and catalogue entries. What the words say with certainty becomes
 * the model; what they do not is kept as text, with a comment at the place it was kept and a line in the
 * summary. Nothing from the source is dropped without one or the other. Each row is read field by field by
 * the readers of organisation.ts, references.ts, bases.ts, transfers.ts, retention.ts and accountability.ts,
 * over one RowContext (context.ts).
 */
export type { BuildOptions, Built, BuiltFile, Existing, Remark, SummaryLine } from './built.js';

/** One row as one activity file, or the id of an activity the registry has already. */
function activityFrom(rc: RowContext, row: SourceRow): BuiltFile | { skipped: string } {
  rc.row = row.row;
  rc.remarks = [];
  const title = rc.cell(row, 'title')!;
  const wanted = rc.cell(row, 'id');
  const existing = rc.opts.existing?.activities;
  let id: string;
  if (wanted !== undefined && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(wanted) && wanted.length <= 80 && !windowsReserved(wanted)) {
    if (existing?.has(wanted)) return { skipped: wanted };
    id = rc.activityIds.has(wanted) ? rc.activityIds.next(wanted) : (rc.activityIds.next(wanted), wanted);
  } else {
    const base = slug(title, 'activity');
    if (existing?.has(base)) return { skipped: base };
    id = rc.activityIds.next(title, 'activity');
  }
  rc.activity = id;
  const a: Activity = { id, title, status: 'active' };
  const desc = rc.cell(row, 'description');
  if (desc) a.description = desc;
  status(rc, a, row);
  purposes(rc, a, row);
  subjectsAndCategories(rc, a, row);
  bases(rc, a, row);
  special(rc, a, row);
  recipients(rc, a, row);
  retention(rc, a, row);
  // After the processors (simpleRefs): a transfer's recipient abroad is often one of them, known by its name.
  simpleRefs(rc, a, row);
  transfers(rc, a, row);
  owner(rc, a, row);
  joint(rc, a, row);
  dpia(rc, a, row);
  review(rc, a, row);
  rights(rc, a, row);
  automated(rc, a, row);
  riskFactors(rc, a, title);
  for (const c of row.custom) {
    if (c.value.trim() === '' || (rc.table.behandlingsoversikt && c.value.trim() === '-')) continue;
    a.custom = { ...(a.custom ?? {}), [c.column.header]: c.value };
    if (c.formula) rc.remark(['custom', c.column.header], 'import.remark.formula', {});
  }
  for (const cell of row.cells.values()) if (cell.formula) rc.note(row, cell.column.header, 'import.remark.formula', {});
  return {
    path: `activities/${id}.yaml`,
    kind: 'activity',
    data: a as unknown as Record<string, unknown>,
    remarks: rc.remarks,
    head: [{ id: 'import.head.row', args: { row: row.row, file: rc.opts.source, format: rc.opts.format } }],
  };
}

export function build(table: Table, opts: BuildOptions): Built {
  const b = new RowContext(table, opts);
  organisationFromBlock(b);
  const activities: BuiltFile[] = [];
  const skipped: Built['skipped'] = [];
  for (const row of table.rows) {
    organisationFrom(b, row);
    if (row.cells.get('title')?.value.trim() === undefined || row.cells.get('title')!.value.trim() === '') {
      const values = [...row.cells.values()].map((c) => c.value.trim()).filter((v) => v !== '' && v !== '-');
      if (values.length > 0) b.summary.push({ row: row.row, id: 'import.summary.no-title', args: {} });
      continue;
    }
    const out = activityFrom(b, row);
    if ('skipped' in out) skipped.push({ id: out.skipped, row: row.row });
    else activities.push(out);
  }
  // ropa's own workbook: its DPIA and processors sheets are read; its record as processor is computed.
  // ropa's record as processor is read only when it is empty (a sentence, no table): its rows are said.
  const isSheet = (key: string, name: string): boolean => LANGUAGES.some((l) => t(l, `report.${key}`) === name);
  for (const { name, rows } of table.ignoredSheets ?? []) {
    if (
      table.ropa &&
      (isSheet('sheet.dpia', name) || isSheet('sheet.processors', name) || isSheet('sheet.fields', name) || (isSheet('sheet.processor', name) && rows === 0))
    )
      continue;
    b.summary.push({ id: 'import.summary.sheet-not-read', args: { sheet: name } });
  }
  for (const x of table.dpiaUnmatched ?? []) b.summary.push({ id: 'import.summary.dpia-not-matched', args: { sheet: x.sheet, row: x.row, title: x.title } });
  const org = b.organisation;
  if (org && b.joints.size > 0) org.data.jointControllers = Object.fromEntries(b.joints);
  const lawRefs = (text: string): LawRef[] | undefined => {
    const cites = lawCitations(text);
    return cites.length > 0 && onlyThese(text, cites) ? cites.map((c) => b.law(c)) : undefined;
  };
  return { activities, skipped, catalogues: b.catalogues, ...(org ? { organisation: org } : {}), summary: b.summary, lawRefs };
}
