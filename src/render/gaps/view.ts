/**
 * The gap list as formatters see it: every word looked up, every path relative, every registry text
 * in the message language. Built once; the formatters only lay it out.
 */
import type { AcceptedFinding } from '../../check/accepted.js';
import type { Completeness } from '../../check/completeness.js';
import type { GapResult } from '../../check/engine.js';
import { REFERENCE_FILES } from '../../check/reference.js';
import type { Screening } from '../../check/screening.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Finding, Severity } from '../../model/finding.js';
import type { Registry } from '../../model/registry.js';
import type { ResolvedActivity } from '../../model/resolve.js';
import type { LocalText } from '../../model/types.js';
import { textIn } from '../words/index.js';
import { displayPath, displayPaths, PACKAGE_ROOT, relativePath } from '../../util/paths.js';
import { isWithin } from '../../util/within.js';
import type { RuleInfo } from '../findings/types.js';
import { inFreeText } from './from-words.js';

/**
 * Pieces of about this many characters, for the lists written in pieces (text, json): a large list is never one string
 * (at 10,000 activities the text list is 15 million characters, the JSON 50 million).
 */
export const PIECE = 64 * 1024;

export interface GapItem {
  rule: string;
  severity: Severity;
  activity: string | null;
  /** A catalogue entry's finding (`activity` null): the activities that use the entry, by id. */
  activities: readonly string[] | undefined;
  file: string;
  line: number;
  column: number;
  pointer: string;
  message: string;
  citation: string;
  docsUrl: string;
}

export interface AcceptedItem extends GapItem {
  acceptedBy: string;
  reason: string;
  accepted: string | null;
  expires: string;
}

export interface ScreeningItem {
  id: string;
  label: string;
  evidence: { pointer: string; detail?: string }[];
}

export interface ScreeningView {
  activity: string;
  /** The activity's file, relative to the working directory: the evidence pointers point into it. */
  file: string;
  required: boolean;
  likely: boolean;
  dpiaStatus: string | null;
  art35: ScreeningItem[];
  datatilsynet: ScreeningItem[];
  wp248: ScreeningItem[];
  notComputed: readonly string[];
}

export interface ActivityGroup {
  /** Undefined for organisation-wide findings and reference data. */
  activity?: string;
  title?: string;
  file?: string;
  completeness?: Completeness;
  screening?: ScreeningView;
  open: GapItem[];
  accepted: AcceptedItem[];
}

export interface GapSummary {
  today: string;
  errors: number;
  warnings: number;
  infos: number;
  accepted: number;
  activities: number;
  /** Mean of the activities' scores, rounded down. */
  averageCompleteness: number;
  byRule: Record<string, number>;
  /**
   * Open findings placed on a free text (a description, a purpose, a note: a `localText`), each read from the words: a
   * lower bound of the findings that rest on words, as a rule that reads prose may point at the structured field it
   * finds wanting (render/gaps/from-words.ts).
   */
  onFreeText: number;
  completeness: (Completeness & { missingLabels: string[] })[];
  referenceData: Record<string, { file: string; asOf: string }>;
}

export interface GapView {
  lang: Lang;
  open: GapItem[];
  accepted: AcceptedItem[];
  /** Organisation-wide first, then activities by id; only groups with findings. */
  groups: ActivityGroup[];
  screening: ScreeningView[];
  summary: GapSummary;
}

export interface ViewContext {
  cwd: string;
  lang: Lang;
  rules: ReadonlyMap<string, RuleInfo>;
}

export function gapView(result: GapResult, registry: Registry, ctx: ViewContext): GapView {
  const text = (v: LocalText | undefined): string => textIn(v, ctx.lang, registry.languages) ?? '';
  // Each file's path is made relative once, however many findings it has: one string for all of them; and each folder's
  // path once for all its files (10,000 activity files in one folder; path.relative resolves both paths every time).
  const paths = new Map<string, string>();
  const inFolder = displayPaths(ctx.cwd);
  const shown = (file: string): string => {
    let p = paths.get(file);
    if (p === undefined) paths.set(file, (p = inFolder(file)));
    return p;
  };
  const item = (f: Finding): GapItem => {
    const info = ctx.rules.get(f.rule);
    return new OpenItem(f, ctx.lang, shown(f.file), f.range?.line ?? 1, f.range?.column ?? 1, info?.citation ?? '', info?.docsUrl ?? '');
  };
  // An accepted finding (a few) is a plain object with its message worded now, in the keys' order as ever.
  const acceptedItem = (a: AcceptedFinding): AcceptedItem => {
    const i = item(a.finding);
    return {
      rule: i.rule,
      severity: i.severity,
      activity: i.activity,
      activities: i.activities,
      file: i.file,
      line: i.line,
      column: i.column,
      pointer: i.pointer,
      message: i.message,
      citation: i.citation,
      docsUrl: i.docsUrl,
      acceptedBy: a.acceptance.acceptedBy,
      reason: text(a.acceptance.reason),
      accepted: a.acceptance.accepted ?? null,
      expires: a.acceptance.expires,
    };
  };
  const open = result.findings.map(item);
  const accepted = result.accepted.map(acceptedItem);
  const byId = new Map(result.activities.map((r) => [r.activity.id, r]));
  const screening = result.screening.map((s) => screeningView(s, byId.get(s.activity), ctx.lang, shown));

  // One pass over the findings, not one per activity: linear in the size of the registry.
  const openOf = groupBy(open);
  const acceptedOf = groupBy(accepted);
  const groups: ActivityGroup[] = [];
  const orgOpen = openOf.get(null) ?? [];
  const orgAccepted = acceptedOf.get(null) ?? [];
  if (orgOpen.length + orgAccepted.length > 0) groups.push({ open: orgOpen, accepted: orgAccepted });
  result.activities.forEach((r, i) => {
    const id = r.activity.id;
    const g: ActivityGroup = {
      activity: id,
      title: text(r.activity.title),
      file: shown(r.located.file.path),
      ...(result.completeness[i] ? { completeness: result.completeness[i] } : {}),
      ...(screening[i] ? { screening: screening[i] } : {}),
      open: openOf.get(id) ?? [],
      accepted: acceptedOf.get(id) ?? [],
    };
    if (g.open.length + g.accepted.length > 0) groups.push(g);
  });

  // One pass over the findings: counts by severity and by rule (70,000 findings at 10,000 activities).
  const severities = { error: 0, warning: 0, info: 0 };
  const perRule = new Map<string, number>();
  for (const i of open) {
    severities[i.severity]++;
    perRule.set(i.rule, (perRule.get(i.rule) ?? 0) + 1);
  }
  // The open findings placed on a free text: by the kind of file each is in (reference data has none).
  const kinds = new Map(registry.files.map((f) => [f.path, f.kind]));
  let onFreeText = 0;
  for (const f of result.findings) {
    const kind = kinds.get(f.file);
    if (kind !== undefined && inFreeText(kind, f.pointer)) onFreeText++;
  }
  const count = (s: Severity): number => severities[s];
  // Keys sorted by rule id.
  const byRule: Record<string, number> = {};
  for (const rule of [...perRule.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) byRule[rule] = perRule.get(rule)!;
  const completeness = result.completeness;
  const scores = completeness.map((c) => c.score);
  const ref = result.reference;
  return {
    lang: ctx.lang,
    open,
    accepted,
    groups,
    screening,
    summary: summaryOf(
      {
        today: result.today,
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
        accepted: accepted.length,
        activities: result.activities.length,
        averageCompleteness: scores.length === 0 ? 100 : Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length),
        byRule,
        onFreeText,
      },
      completeness,
      ctx.lang,
      Object.fromEntries(REFERENCE_FILES.map((k) => [k, { file: referencePath(ref[k].file, ctx.cwd), asOf: ref[k].asOf }])),
    ),
  };
}

/**
 * The summary, its keys in the order the JSON writes them, with the missing items' labels worded when first read: only
 * the JSON format shows them (10,000 lists at 10,000 activities). Made apart from `gapView`, so that its getter keeps the
 * scores' list and nothing else: a closure made inside `gapView` would keep all of `gapView`'s scope, the run's result and
 * with it the whole registry, alive while the output is written (docs/performance.md, session 31).
 */
function summaryOf(
  counts: Omit<GapSummary, 'completeness' | 'referenceData'>,
  completeness: readonly Completeness[],
  lang: Lang,
  referenceData: GapSummary['referenceData'],
): GapSummary {
  let labelled: GapSummary['completeness'] | undefined;
  return {
    today: counts.today,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
    accepted: counts.accepted,
    activities: counts.activities,
    averageCompleteness: counts.averageCompleteness,
    byRule: counts.byRule,
    onFreeText: counts.onFreeText,
    get completeness() {
      return (labelled ??= completeness.map((c) => ({ ...c, missingLabels: c.missing.map((m) => t(lang, `gaps.completeness.${m}`)) })));
    },
    referenceData,
  };
}

/**
 * A reference data file as the summary names it: ropa's own (data/ of the package) by its place in the package
 * (`data/eea.json`), so that the output of a registry does not depend on where ropa is installed or run from; any other
 * as a path from the working directory.
 */
function referencePath(file: string, cwd: string): string {
  return isWithin(PACKAGE_ROOT, file) ? relativePath(file, PACKAGE_ROOT) : displayPath(file, cwd);
}

/**
 * An open finding as the formats see it. Its message is worded when a format reads it (each reads it once, as it writes
 * the finding), not kept with the view: at 10,000 activities 70,000 messages, about 11 MB, would otherwise live from the
 * view to the end of the list, and be copied by the collector on the way (docs/performance.md, session 21).
 */
class OpenItem implements GapItem {
  readonly rule: string;
  readonly severity: Severity;
  readonly activity: string | null;
  readonly activities: readonly string[] | undefined;
  readonly pointer: string;
  constructor(
    private readonly finding: Finding,
    private readonly lang: Lang,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly citation: string,
    readonly docsUrl: string,
  ) {
    this.rule = finding.rule;
    this.severity = finding.severity;
    this.activity = finding.activity ?? null;
    this.activities = finding.activities;
    this.pointer = finding.pointer;
  }

  get message(): string {
    return t(this.lang, this.finding.messageId, this.finding.args);
  }
}

/** Items by activity id (null: organisation-wide), each list in the order given. */
function groupBy<T extends { activity: string | null }>(items: readonly T[]): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>();
  for (const i of items) {
    const list = out.get(i.activity);
    if (list) list.push(i);
    else out.set(i.activity, [i]);
  }
  return out;
}

function screeningView(s: Screening, r: ResolvedActivity | undefined, lang: Lang, shown: (file: string) => string): ScreeningView {
  const items = (kind: string, list: Screening['art35']): ScreeningItem[] =>
    list.map((c) => ({ id: c.id, label: t(lang, `gaps.screening.${kind}.${c.id}`), evidence: c.evidence }));
  return {
    activity: s.activity,
    file: r ? shown(r.located.file.path) : '',
    required: s.required,
    likely: s.likely,
    dpiaStatus: r?.activity.dpia?.status ?? null,
    art35: items('art35', s.art35),
    datatilsynet: items('datatilsynet', s.datatilsynet),
    wp248: items('wp248', s.wp248),
    notComputed: s.notComputed,
  };
}
