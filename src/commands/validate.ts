import type { RunContext } from '../cli/context.js';
import { messageLang, nonNegativeInt, notOptionLike } from '../cli/context.js';
import { validateRegistry } from '../validate/index.js';
import { registryOptions } from '../validate/options.js';
import { FINDING_FORMATS, findingFormatter } from '../render/findings/index.js';
import { validationRules } from '../validate/rules.js';
import { resolve } from 'node:path';
import { emitTargets, outputTargets, toolInfo, type OutputOptions } from './outputs.js';

interface Options extends OutputOptions {
  maxWarnings?: string;
  lang?: string;
  cache?: boolean;
  cacheLocation?: string;
}

/** `ropa validate [dir]`: 0 when there are no errors (and warnings within --max-warnings), 1 otherwise. */
export async function validate(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const root = resolve(ctx.cwd, dir);
  const lang = messageLang(opts.lang, ctx, root);
  // The cache folder is made where it is said to be: `--cache-location -x` made a folder named «-x».
  if (opts.cacheLocation !== undefined) notOptionLike(opts.cacheLocation, '--cache-location');
  const maxWarnings = opts.maxWarnings === undefined ? undefined : nonNegativeInt(opts.maxWarnings, '--max-warnings');
  const targets = outputTargets(ctx, opts, FINDING_FORMATS, 'stylish', root);
  const { registry, findings } = validateRegistry(root, [], registryOptions(ctx.cwd, ctx.env, opts));
  const byPath = new Map(registry.files.map((f) => [f.path, f]));
  await emitTargets(ctx, targets, async (format, color) =>
    (await findingFormatter(format))(findings, {
      cwd: ctx.cwd,
      lang,
      color,
      sourceText: (p) => byPath.get(p)?.text,
      files: registry.files.map((f) => f.path),
      rules: validationRules(),
      tool: toolInfo(),
      command: 'validate',
    }),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
