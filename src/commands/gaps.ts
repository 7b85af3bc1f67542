import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf } from '../cli/context.js';
import { clockDate } from '../check/dates.js';
import { runGaps } from '../check/engine.js';
import { GAP_RULES, GAP_RULE_IDS, gapRuleInfo } from '../rules/index.js';
import { GAP_FORMATS, GAP_OWN_FORMATS, gapFormatter, type GapFormat, type GapOwnFormat } from '../render/gaps/index.js';
import { gapView } from '../render/gaps/view.js';
import { FAIL_LEVELS, failsAt } from '../check/fail-on.js';
import { findingFormatter } from '../render/findings/index.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { openRegistry, parseDate } from './shared.js';
import { emitTargets, outputTargets, toolInfo, type OutputOptions } from './outputs.js';

interface Options extends OutputOptions {
  failOn?: string;
  rule?: string[];
  activity?: string[];
  today?: string;
  lang?: string;
}

/** `ropa gaps [dir]`: the compliance gap list. Exit 1 only when --fail-on says so. */
export async function gaps(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const targets = outputTargets(ctx, opts, GAP_FORMATS, 'text', resolve(ctx.cwd, dir));
  const lang = messageLang(opts.lang, ctx, resolve(ctx.cwd, dir));
  const failOn = oneOf(opts.failOn ?? 'never', FAIL_LEVELS, '--fail-on');
  const today = opts.today !== undefined ? parseDate(opts.today, '--today') : clockDate();
  const ruleIds = split(opts.rule);
  for (const id of ruleIds) known(id, GAP_RULE_IDS, 'rule');

  const registry = await openRegistry(dir, ctx, lang);
  const activityIds = split(opts.activity);
  for (const id of activityIds)
    known(
      id,
      registry.activities.map((a) => a.id),
      'activity',
    );

  const rules = ruleIds.length > 0 ? GAP_RULES.filter((r) => ruleIds.includes(r.meta.id)) : GAP_RULES;
  const result = runGaps(registry, rules, { today, ...(activityIds.length > 0 ? { activities: activityIds } : {}) });
  const info = gapRuleInfo();
  const view = gapView(result, registry, { cwd: ctx.cwd, lang, rules: info });
  const texts = new Map(registry.files.map((f) => [f.path, f.text]));
  const render = async (format: GapFormat, color: boolean): Promise<string> => {
    if (isOwn(format)) return (await gapFormatter(format))(view, { color });
    // sarif, github, junit are shared with `ropa validate` and belong to src/render/findings.
    return (await findingFormatter(format))(result.findings, {
      cwd: ctx.cwd,
      lang,
      color,
      sourceText: (p) => texts.get(p),
      files: registry.files.map((f) => f.path),
      rules: info,
      tool: toolInfo(),
      command: 'gaps',
    });
  };
  await emitTargets(ctx, targets, render);
  return failsAt(view.summary, failOn) ? 1 : 0;
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
