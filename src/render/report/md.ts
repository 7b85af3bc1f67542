import { escapeMarkdown, escapeMermaid, markdownCell } from '../escape.js';
import type { DataMap } from './datamap.js';
import type { HeaderField, Report, Table } from './model.js';

/**
 * The record as Markdown for a wiki: the header block, a summary table, the data map as a Mermaid
 * flowchart, a section per activity with every chosen column, and the other tables.
 */
export function md(report: Report): string {
  const labels = report.headings;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(report.title)} – ${escapeMarkdown(report.organisation)}`, '', `*${escapeMarkdown(report.subtitle)}*`, '');
  out.push(`**${escapeMarkdown(report.variant.lines[0] ?? '')}** ${escapeMarkdown(report.variant.lines.slice(1).join(' '))}`, '');
  out.push(`## ${escapeMarkdown(labels.header)}`, '', ...fields(report.header), '');

  const { record } = report;
  out.push(`## ${escapeMarkdown(labels.summary)}`, '');
  if (record.empty !== undefined) out.push(escapeMarkdown(record.empty), '');
  else out.push(...table(record, report.summary), '');

  if (report.dataMap.activities.length > 0) {
    out.push(`## ${escapeMarkdown(labels.datamap)}`, '', escapeMarkdown(report.dataMap.caption), '', '```mermaid', ...mermaid(report.dataMap), '```', '');
  }

  if (record.rows.length > 0) {
    out.push(`## ${escapeMarkdown(labels.details)}`, '');
    for (const row of record.rows) {
      out.push(`### ${escapeMarkdown(row.title)}`, '');
      if (row.notApproved !== undefined) out.push(`**${escapeMarkdown(row.notApproved)}**`, '');
      if (row.description !== '') out.push(escapeMarkdown(row.description), '');
      const cells = record.columns.map((c, i) => ({ id: c.id, label: c.label, lines: row.cells[i] ?? [], unrecorded: row.unrecorded.includes(c.id) }));
      out.push(...fields(cells.filter((c) => c.id !== 'activity')), '');
    }
  }

  for (const extra of report.extra) {
    out.push(`## ${escapeMarkdown(extra.title)}`, '');
    if (extra.empty !== undefined) out.push(escapeMarkdown(extra.empty), '');
    else
      out.push(
        ...table(
          extra,
          extra.columns.map((_c, i) => i),
        ),
        '',
      );
    if (extra.note !== undefined) out.push(`*${escapeMarkdown(extra.note)}*`, '');
  }
  out.push('---', '', `*${escapeMarkdown(report.generated)}*`, '');
  return out.join('\n');
}

/** A cell's lines; the «not recorded» marker in italics, so that it does not read as registry text. */
function cell(lines: readonly string[], unrecorded: boolean | undefined): string {
  return unrecorded ? `*${markdownCell(lines)}*` : markdownCell(lines);
}

function fields(list: readonly HeaderField[]): string[] {
  return list.map((f) => `- **${escapeMarkdown(f.label)}:** ${cell(f.lines, f.unrecorded)}`);
}

function table(t: Table, columns: readonly number[]): string[] {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [
    row(columns.map((i) => escapeMarkdown(t.columns[i]!.label))),
    row(columns.map(() => '---')),
    ...t.rows.map((r) => row(columns.map((i) => cell(r.cells[i] ?? [], r.unrecorded.includes(t.columns[i]!.id))))),
  ];
}

/** A left-to-right flowchart with one subgraph per column; dotted arrows lead to processors. */
export function mermaid(map: DataMap): string[] {
  const node = (n: { key: string; label: string }): string => `    ${n.key}["${escapeMermaid(n.label)}"]`;
  const group = (id: string, title: string, nodes: readonly { key: string; label: string }[]): string[] =>
    nodes.length > 0 ? [`  subgraph ${id}["${escapeMermaid(title)}"]`, ...nodes.map(node), '  end'] : [];
  return [
    'flowchart LR',
    ...group('sources', map.titles.sources, map.sources),
    ...group('activities', map.titles.activities, map.activities),
    ...group('targets', map.titles.targets, map.targets),
    ...map.edges.map((e) => `  ${e.from} ${e.kind === 'processor' ? '-.->' : '-->'} ${e.to}`),
  ];
}
