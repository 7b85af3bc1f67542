import type { RunContext } from '../cli/context.js';
import { messageLang, nonNegativeInt, oneOf, toolVersion, useColor } from '../cli/context.js';
import { validateRegistry } from '../validate/index.js';
import { registryOptions } from '../validate/options.js';
import { FINDING_FORMATS, findingFormatter } from '../render/findings/index.js';
import { checkOutputPath, writeFileAtomic } from '../util/write.js';
import { validationRules } from '../validate/rules.js';
import { resolve } from 'node:path';

interface Options {
  format?: string;
  output?: string;
  maxWarnings?: string;
  lang?: string;
  force?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/** `ropa validate [dir]`: 0 when there are no errors (and warnings within --max-warnings), 1 otherwise. */
export async function validate(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const format = oneOf(opts.format ?? 'stylish', FINDING_FORMATS, '--format');
  const lang = messageLang(opts.lang, ctx);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : nonNegativeInt(opts.maxWarnings, '--max-warnings');
  const root = resolve(ctx.cwd, dir);
  const output = opts.output === undefined ? undefined : checkOutputPath(resolve(ctx.cwd, opts.output), root, opts.force);
  const { registry, findings } = validateRegistry(root, [], registryOptions(ctx.cwd, ctx.env, opts));
  const byPath = new Map(registry.files.map((f) => [f.path, f]));
  const formatter = await findingFormatter(format);
  const report = formatter(findings, {
    cwd: ctx.cwd,
    lang,
    color: output === undefined && useColor(ctx, ctx.stdout),
    sourceText: (p) => byPath.get(p)?.text,
    rules: validationRules(),
    tool: { name: 'ropa', version: toolVersion() },
    command: 'validate',
  });
  if (output) writeFileAtomic(output, report);
  else ctx.stdout.write(report);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
