import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { packagePath } from '../../util/paths.js';
import { cssString } from '../escape.js';
import type { Report, Table, TableRow } from './model.js';
import { svg } from './svg.js';

/**
 * The record as one printable HTML document: A4 pages, the header block, a summary table and the
 * data map on landscape pages, then a page per activity and the other tables. Handlebars escapes
 * every value; the only raw HTML is the SVG, whose text svg.ts escapes.
 *
 * The document is made in pieces, each from its template in templates/report/: the start (header,
 * summary, data map), each activity's page, each other table, the end; a table (grid.hbs) around its
 * rows, and its rows (rows.hbs) a few at a time. A record of 10,000 activities is some 60 MB of HTML,
 * never one string in memory (docs/performance.md).
 */
interface Templates {
  start: Handlebars.TemplateDelegate;
  activity: Handlebars.TemplateDelegate;
  extra: Handlebars.TemplateDelegate;
  end: Handlebars.TemplateDelegate;
  grid: Handlebars.TemplateDelegate;
  rows: Handlebars.TemplateDelegate;
}

let compiled: Templates | undefined;

function templates(): Templates {
  if (!compiled) {
    const hb = Handlebars.create();
    const read = (name: string): string => readFileSync(packagePath('templates', 'report', name), 'utf8');
    const compile = (name: string) => hb.compile(read(name), { strict: false, preventIndent: true });
    hb.registerPartial('lines', read('lines.hbs'));
    compiled = {
      start: compile('report.html.hbs'),
      activity: compile('activity.hbs'),
      extra: compile('extra.hbs'),
      end: compile('end.hbs'),
      grid: compile('grid.hbs'),
      rows: compile('rows.hbs'),
    };
  }
  return compiled;
}

/** A cell for the templates: its lines, and whether they are the «not recorded» marker. */
interface CellView {
  lines: string[];
  unrecorded: boolean;
}

function cellView(t: Table, row: TableRow, i: number): CellView {
  return { lines: row.cells[i] ?? [], unrecorded: row.unrecorded.includes(t.columns[i]!.id) };
}

/**
 * A table with only some of its columns, each with its share of the page width in per cent; each cell
 * knows its column's label, which a phone shows above the value when the table becomes cards.
 */
function grid(t: Table, columns: readonly number[] = t.columns.map((_c, i) => i)) {
  const total = columns.reduce((n, i) => n + t.columns[i]!.width, 0);
  return {
    ...t,
    columns: columns.map((i) => ({ ...t.columns[i]!, share: ((100 * t.columns[i]!.width) / total).toFixed(2) })),
    /** The table's columns shown, by index. */
    indexes: columns,
    row: (r: TableRow) => ({ ...r, cells: columns.map((i) => ({ ...cellView(t, r, i), label: t.columns[i]!.label })) }),
  };
}

type Grid = ReturnType<typeof grid>;

/**
 * Where a piece made apart goes in the text of the piece around it: what a partial (`{{> grid}}`,
 * `{{> rows}}`) gives while that text is made. Never text of the document itself: every `<` from the
 * registry is escaped.
 */
const PLACE = '<ropa-piece>';
const place = { grid: () => PLACE, rows: () => PLACE };

/** A text made with `place`, with `inner` where its place is (if it has one, once). */
function* around(text: string, inner: () => Iterable<string>): Generator<string> {
  const at = text.indexOf(PLACE);
  if (at < 0) {
    yield text;
    return;
  }
  yield text.slice(0, at);
  yield* inner();
  yield text.slice(at + PLACE.length);
}

/** How many rows of a table are made at once. */
const ROWS = 256;

/** A table: the table around its rows, then its rows ROWS at a time. */
function* gridPieces(t: Templates, g: Grid, direct: boolean): Generator<string> {
  yield* around(t.grid(g, { partials: place }), function* () {
    for (let i = 0; i < g.rows.length; i += ROWS) yield direct ? rowsHtml(g, i, i + ROWS) : t.rows({ rows: g.rows.slice(i, i + ROWS).map(g.row) });
  });
}

/** Text as Handlebars puts `{{value}}` in a page: its own escaping function, so the same characters are escaped alike. */
const escapeText = (value: string): string => Handlebars.Utils.escapeExpression(value);

/** `{{> lines lines}}` (lines.hbs): each line escaped, `<br>` between them. */
function linesHtml(lines: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += (i > 0 ? '<br>' : '') + escapeText(lines[i]!);
  return out;
}

/**
 * rows.hbs written directly: a table's body rows are most of a large record's document, and Handlebars
 * makes them several times slower than this. `htmlPieces(…, { viaTemplates: true })` makes them with the
 * template, and test/report/html.test.ts holds the two to the same text.
 */
function rowsHtml(g: Grid, from: number, to: number): string {
  const labels = g.columns.map((c) => escapeText(c.label));
  let out = '';
  for (const row of g.rows.slice(from, to)) {
    out += '<tr role="row">';
    g.indexes.forEach((i, k) => {
      const unrecorded = row.unrecorded.length > 0 && row.unrecorded.includes(g.columns[k]!.id);
      out += `<td role="cell"${unrecorded ? ' class="unrecorded"' : ''}><span class="label" aria-hidden="true">${labels[k]}</span>${linesHtml(row.cells[i] ?? [])}</td>`;
    });
    out += '</tr>\n';
  }
  return out;
}

/** What activity.hbs is given: an activity's page. */
interface ActivityPage {
  anchor: string;
  id: string;
  title: string;
  notApproved: string | undefined;
  description: string;
  fields: (CellView & { id: string; label: string; mandatory: boolean })[];
}

/** activity.hbs written directly, as `rowsHtml` is (a page per activity), and held to it alike. */
function activityHtml(page: ActivityPage): string {
  const anchor = escapeText(page.anchor);
  let out = `<section class="page activity" id="${anchor}" aria-labelledby="${anchor}-h">\n<h3 id="${anchor}-h">${escapeText(page.title)}</h3>\n`;
  if (page.notApproved) out += `<p class="not-approved">${escapeText(page.notApproved)}</p>`;
  out += `\n<p class="id">${escapeText(page.id)}</p>\n`;
  if (page.description) out += `<p>${escapeText(page.description)}</p>`;
  out += '\n<table class="fields">\n<tbody>\n';
  for (const f of page.fields)
    out += `<tr><th scope="row" class="${f.mandatory ? 'mandatory' : 'optional'}">${escapeText(f.label)}</th><td${f.unrecorded ? ' class="unrecorded"' : ''}>${linesHtml(f.lines)}</td></tr>\n`;
  return `${out}</tbody>\n</table>\n</section>\n`;
}

/**
 * What each printed page carries in its margins, as CSS `content`: the organisation and the title above,
 * the variant, «Side N av M» and the date below. Registry text goes in as CSS strings (cssString).
 */
function margins(report: Report) {
  const [before, after] = report.print.pageOf.split('{page}') as [string, string?];
  const [between, end] = (after ?? '').split('{pages}') as [string, string?];
  return {
    organisation: cssString(report.organisation),
    title: cssString(report.title),
    variant: cssString(report.variant.name),
    pageOf: [cssString(before), 'counter(page)', cssString(between), 'counter(pages)', ...(end ? [cssString(end)] : [])].join(' '),
    date: cssString(report.print.date),
  };
}

/** The document as one string (tests; `ropa report` writes the pieces). */
export function html(report: Report): string {
  return [...htmlPieces(report)].join('');
}

/**
 * The document in pieces, each made as it is read. The templates are compiled at once, so that a
 * template that cannot be read fails here, before anything is written.
 */
export function htmlPieces(report: Report, { viaTemplates = false }: { viaTemplates?: boolean } = {}): Iterable<string> {
  return pieces(report, templates(), !viaTemplates);
}

function* pieces(report: Report, t: Templates, direct: boolean): Generator<string> {
  const { record } = report;
  const summary = grid(record, report.summary);
  const start = t.start(
    {
      lang: report.lang,
      title: report.title,
      subtitle: report.subtitle,
      organisation: report.organisation,
      date: report.isoDate,
      header: report.header,
      variant: report.variant,
      margins: margins(report),
      headings: report.headings,
      summary,
      legend: report.legend,
      caption: report.dataMap.caption,
      datamap: report.dataMap.activities.length > 0 ? svg(report.dataMap) : undefined,
      generated: report.generated,
    },
    { partials: place },
  );
  yield* around(start, () => gridPieces(t, summary, direct));
  for (const row of record.rows) {
    const page: ActivityPage = {
      anchor: `activity-${row.id}`,
      id: row.id,
      title: row.title,
      notApproved: row.notApproved,
      description: row.description,
      // The activity's name is the page's heading already.
      fields: record.columns
        .map((c, i) => ({ id: c.id, label: c.label, mandatory: c.mandatory, ...cellView(record, row, i) }))
        .filter((f) => f.id !== 'activity'),
    };
    yield direct ? activityHtml(page) : t.activity(page);
  }
  // The blank line between the activities' pages and the other tables.
  yield '\n';
  // Each table is numbered as it was in the document's list of them (`@index` in extra.hbs).
  for (const [index, table] of report.extra.entries()) {
    const g = grid(table);
    yield* around(t.extra(g, { data: { index }, partials: place }), () => gridPieces(t, g, direct));
  }
  yield t.end({});
}
