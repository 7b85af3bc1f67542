import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { langOption, messageLang, oneOf, toolVersion } from '../cli/context.js';
import { t } from '../i18n/index.js';
import { REPORT_FORMATS, REPORT_KINDS, REPORT_RENDERERS, TABULAR_FORMATS, type ReportFormat } from '../render/report/index.js';
import { buildReport, columnIds, notApprovedCount, recordActivities, registryDate, type Report, type ReportKind } from '../render/report/model.js';
import { UserError } from '../util/errors.js';
import { forgetTexts } from '../util/memo.js';
import { suggest } from '../util/suggest.js';
import { openRegistry, optimiseLater, parseDate, releaseFiles } from './shared.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';

interface Options extends OutputOptions {
  lang?: string;
  kind?: string;
  columns?: string;
  date?: string;
  includeRetired?: boolean;
  internal?: boolean;
}

/** `--columns id,id,…`: known ids in the order given, each once, for formats laid out as tables only. */
export function parseColumns(value: string, kind: ReportKind, formats: readonly ReportFormat[]): string[] {
  const other = formats.find((f) => !TABULAR_FORMATS.includes(f));
  if (other !== undefined) throw new UserError('report.columns-not-tabular', { format: other });
  const known = columnIds(kind);
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  if (ids.length === 0) throw new UserError('report.columns-empty');
  for (const id of ids) {
    if (known.includes(id)) continue;
    const suggestion = suggest(id, known);
    throw suggestion !== undefined
      ? new UserError('report.unknown-column-suggest', { id, suggestion })
      : new UserError('report.unknown-column', { id, allowed: known.join(', ') });
  }
  return ids;
}

/**
 * `ropa report [dir]`: the record of processing activities as Datatilsynet receives it (Art. 30(4)),
 * in bokmål unless asked otherwise. 0 when written; 1 when the registry has errors; 2 on bad usage.
 */
export async function report(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  // --lang is the document's language; messages, like errors, follow ROPA_LANG, then the registry's first language,
  // from the first check on.
  const messages = messageLang(undefined, ctx, resolve(ctx.cwd, dir));
  const targets = outputTargets(ctx, opts, REPORT_FORMATS, 'md', resolve(ctx.cwd, dir));
  const kind = oneOf(opts.kind ?? 'controller', REPORT_KINDS, '--kind');
  const lang = langOption(opts.lang, 'nb');
  const date = opts.date !== undefined ? parseDate(opts.date, '--date') : undefined;
  const columns =
    opts.columns !== undefined
      ? parseColumns(
          opts.columns,
          kind,
          targets.map((t) => t.format),
        )
      : undefined;
  // A workbook on a terminal is noise; piped or redirected, it is what the user asked for.
  if (targets.some((t) => t.format === 'xlsx' && t.path === undefined) && ctx.stdout.isTTY) throw new UserError('report.xlsx-needs-output');

  const registry = await openRegistry(dir, ctx, messages);
  optimiseLater();
  // A report places nothing: the data is all it needs.
  releaseFiles(registry);
  const reportDate = date ?? registryDate(registry);
  const includeRetired = opts.includeRetired === true;
  const version = toolVersion();
  // The official record (Art. 30(4)) holds approved activities only; --internal is the working copy with all.
  const internal = opts.internal === true;
  const activities = recordActivities(registry, kind, lang, includeRetired, internal);
  if (kind === 'processor' && activities.length === 0) {
    ctx.stderr.write(`ropa: ${t(messages, 'report.no-processor-activities')}\n`);
  }
  const leftOut = internal ? 0 : notApprovedCount(registry, kind, includeRetired);
  if (leftOut > 0) ctx.stderr.write(`ropa: ${t(messages, 'report.left-out', { count: leftOut })}\n`);

  // The laid-out report is built once, and only for the formats that lay it out.
  let laidOut: Promise<Report> | undefined;
  const layOut = async (): Promise<Report> => {
    const { referenceData } = await import('../check/reference.js');
    const { screeningOf } = await import('../check/screening.js');
    const reference = referenceData();
    const report = buildReport(registry, {
      kind,
      lang,
      ...(columns ? { columns } : {}),
      ...(reportDate ? { date: reportDate } : {}),
      includeRetired,
      ...(internal ? { internal } : {}),
      version,
      reference,
      screening: screeningOf(registry, reference),
      activities,
    });
    // Every reading the screening made is in the report: what the readers remembered is not carried through the workbook.
    forgetTexts();
    return report;
  };
  const input = {
    registry,
    activities,
    kind,
    ...(reportDate ? { date: reportDate } : {}),
    version,
    variant: internal ? ('internal' as const) : ('official' as const),
    report: () => (laidOut ??= layOut()),
  };
  await emitTargets(ctx, targets, (format) => REPORT_RENDERERS[format](input));
  return 0;
}
