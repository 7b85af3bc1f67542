import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf, toolVersion, useColor } from '../cli/context.js';
import { clockDate } from '../check/dates.js';
import { runGaps } from '../check/engine.js';
import { GAP_RULES, GAP_RULE_IDS, gapRuleInfo } from '../rules/index.js';
import { GAP_FORMATS, GAP_OWN_FORMATS, gapFormatter, type GapOwnFormat } from '../render/gaps/index.js';
import { failsAt, gapView } from '../render/gaps/view.js';
import { FINDING_FORMATS, findingFormatter, type FindingFormat } from '../render/findings/index.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { emit, openRegistry, parseDate } from './shared.js';

interface Options {
  format?: string;
  output?: string;
  failOn?: string;
  rule?: string[];
  activity?: string[];
  today?: string;
  lang?: string;
  force?: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'never'] as const;

/** `ropa gaps [dir]`: the compliance gap list. Exit 1 only when --fail-on says so. */
export async function gaps(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const format = oneOf(opts.format ?? 'text', GAP_FORMATS, '--format');
  const lang = messageLang(opts.lang, ctx);
  const failOn = oneOf(opts.failOn ?? 'never', FAIL_LEVELS, '--fail-on');
  const today = opts.today !== undefined ? parseDate(opts.today, '--today') : clockDate();
  const ruleIds = split(opts.rule);
  for (const id of ruleIds) known(id, GAP_RULE_IDS, 'rule');

  const registry = await openRegistry(dir, ctx, lang);
  const activityIds = split(opts.activity);
  for (const id of activityIds) known(id, registry.activities.map((a) => a.id), 'activity');

  const rules = ruleIds.length > 0 ? GAP_RULES.filter((r) => ruleIds.includes(r.meta.id)) : GAP_RULES;
  const result = runGaps(registry, rules, { today, ...(activityIds.length > 0 ? { activities: activityIds } : {}) });
  const info = gapRuleInfo();
  const view = gapView(result, registry, { cwd: ctx.cwd, lang, rules: info });
  const color = opts.output === undefined && useColor(ctx, ctx.stdout);

  let report: string;
  if ((GAP_OWN_FORMATS as readonly string[]).includes(format)) {
    report = (await gapFormatter(format as GapOwnFormat))(view, { color });
  } else {
    // sarif, github, junit are shared with `ropa validate` and belong to src/render/findings.
    if (!(FINDING_FORMATS as readonly string[]).includes(format)) throw new UserError('gaps.cli.format-unavailable', { format });
    const texts = new Map(registry.files.map((f) => [f.path, f.text]));
    report = (await findingFormatter(format as FindingFormat))(result.findings, {
      cwd: ctx.cwd,
      lang,
      color,
      sourceText: (p) => texts.get(p),
      rules: info,
      tool: { name: 'ropa', version: toolVersion() },
      command: 'gaps',
    });
  }
  emit(ctx, report, { output: opts.output, force: opts.force, registryRoot: registry.root });
  return failsAt(view.summary, failOn) ? 1 : 0;
}

/** `--rule a,b --rule c` → [a, b, c]. */
function split(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

function known(id: string, ids: readonly string[], what: 'rule' | 'activity'): void {
  if (ids.includes(id)) return;
  const hint = suggest(id, ids);
  throw new UserError(hint ? `gaps.cli.unknown-${what}-suggest` : `gaps.cli.unknown-${what}`, { value: id, ...(hint ? { suggestion: hint } : {}) });
}
