import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf } from '../cli/context.js';
import { clockDate } from '../check/dates.js';
import { runGaps } from '../check/engine.js';
import { GAP_RULES, GAP_RULE_IDS, gapRuleInfo } from '../rules/index.js';
import { GAP_FORMATS, GAP_OWN_FORMATS, gapFormatter, type GapFormat, type GapOwnFormat } from '../render/gaps/index.js';
import { gapView, type GapView } from '../render/gaps/view.js';
import { FAIL_LEVELS, failsAt } from '../check/fail-on.js';
import type { Rule } from '../check/types.js';
import type { Lang } from '../i18n/index.js';
import { summarise, type Finding } from '../model/finding.js';
import type { SourceFile } from '../parse/source.js';
import { findingFormatter } from '../render/findings/index.js';
import type { FormatContext } from '../render/findings/types.js';
import { UserError } from '../util/errors.js';
import { forgetTexts } from '../util/memo.js';
import { suggest } from '../util/suggest.js';
import { openRegistry, optimiseLater, parseDate } from './shared.js';
import { emitTargets, outputTargets, toolInfo, type Output, type OutputOptions } from './outputs.js';

interface Options extends OutputOptions {
  failOn?: string;
  rule?: string[];
  activity?: string[];
  today?: string;
  lang?: string;
}

/** `ropa gaps [dir]`: the compliance gap list. Exit 1 only when --fail-on says so. */
export async function gaps(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  // The messages' language first: a usage error is said in the registry's language too.
  const lang = messageLang(opts.lang, ctx, resolve(ctx.cwd, dir));
  const targets = outputTargets(ctx, opts, GAP_FORMATS, 'text', resolve(ctx.cwd, dir));
  const failOn = oneOf(opts.failOn ?? 'never', FAIL_LEVELS, '--fail-on');
  const today = opts.today !== undefined ? parseDate(opts.today, '--today') : clockDate();
  const ruleIds = split(opts.rule);
  for (const id of ruleIds) known(id, GAP_RULE_IDS, 'rule');

  const rules = ruleIds.length > 0 ? GAP_RULES.filter((r) => ruleIds.includes(r.meta.id)) : GAP_RULES;
  const formats = new Set(targets.map((t) => t.format));
  const { view, findings, files } = await analyse(dir, ctx, rules, { today, activityIds: split(opts.activity), lang, formats });
  const info = gapRuleInfo();
  const render = async (format: GapFormat, color: boolean): Promise<Output> => {
    // The text list, the one a large registry is read in, is made in pieces as it is written: never one string of it all.
    if (format === 'text') return (await import('../render/gaps/text.js')).gapTextPieces(view!, { color });
    if (format === 'json') return (await import('../render/gaps/json.js')).gapJsonPieces(view!);
    if (isOwn(format)) return (await gapFormatter(format))(view!, { color });
    // sarif, github, junit are shared with `ropa validate` and belong to src/render/findings.
    const byPath = new Map(files!.map((f) => [f.path, f]));
    const shared: FormatContext = {
      cwd: ctx.cwd,
      lang,
      color,
      // Read only for the lines a report shows: a file whose text was dropped is not read again for nothing.
      sourceText: (p) => byPath.get(p)?.text,
      files: files!.map((f) => f.path),
      rules: info,
      tool: toolInfo(),
      command: 'gaps',
    };
    // SARIF, a large registry's largest output, in pieces as it is written: never one string of it all.
    if (format === 'sarif') return (await import('../render/findings/sarif.js')).sarifPieces(findings, shared);
    return (await findingFormatter(format))(findings, shared);
  };
  await emitTargets(ctx, targets, render);
  return failsAt(summarise(findings, 0), failOn) ? 1 : 0;
}

/**
 * The findings, and what the formats asked for need of them: the gap view only for gaps' own
 * formats, the registry's files only for the shared ones. Nothing else of the registry is kept
 * while the reports are written, so that a large registry's documents can be freed before its
 * largest string is made.
 */
async function analyse(
  dir: string,
  ctx: RunContext,
  rules: readonly Rule[],
  opts: { today: string; activityIds: string[]; lang: Lang; formats: ReadonlySet<GapFormat> },
): Promise<{ view?: GapView; findings: Finding[]; files?: SourceFile[] }> {
  // The files' texts are not kept through the rules: a file with findings is read again when they are placed, its
  // text then let go (kept, the texts cost more in memory first touched and copied by the collector: docs/performance.md, session 33).
  const registry = await openRegistry(dir, ctx, opts.lang);
  optimiseLater();
  const ids = registry.activities.map((a) => a.id);
  for (const id of opts.activityIds) known(id, ids, 'activity');
  const result = runGaps(registry, rules, { today: opts.today, ...(opts.activityIds.length > 0 ? { activities: opts.activityIds } : {}) });
  // Every finding is placed, its file's text let go: the texts are read again only for the lines a shared format shows.
  const own = [...opts.formats].some(isOwn);
  const shared = [...opts.formats].some((f) => !isOwn(f));
  const view = own ? gapView(result, registry, { cwd: ctx.cwd, lang: opts.lang, rules: gapRuleInfo() }) : undefined;
  // Every reading is made (the view's screening too): what the readers remembered is not carried through the output.
  forgetTexts();
  return {
    findings: result.findings,
    ...(view ? { view } : {}),
    ...(shared ? { files: registry.files } : {}),
  };
}

function isOwn(format: GapFormat): format is GapOwnFormat {
  return (GAP_OWN_FORMATS as readonly string[]).includes(format);
}

/** `--rule a,b --rule c` → [a, b, c]. */
function split(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function known(id: string, ids: readonly string[], what: 'rule' | 'activity'): void {
  if (ids.includes(id)) return;
  const hint = suggest(id, ids);
  throw new UserError(hint ? `gaps.cli.unknown-${what}-suggest` : `gaps.cli.unknown-${what}`, { value: id, ...(hint ? { suggestion: hint } : {}) });
}
