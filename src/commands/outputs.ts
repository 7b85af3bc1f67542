import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { oneOf, toolHomepage, toolVersion, useColor } from '../cli/context.js';
import type { FormatContext } from '../render/findings/types.js';
import { UserError } from '../util/errors.js';
import { checkOutputPath } from '../util/write.js';
import { emit } from './shared.js';

/** One report of a run: a format and where it goes (undefined: stdout). */
export interface OutputTarget<F extends string> {
  format: F;
  output?: string;
}

/** The tool as formats that describe it (SARIF) name it. */
export function toolInfo(): FormatContext['tool'] {
  return { name: 'ropa', version: toolVersion(), informationUri: toolHomepage() };
}

/**
 * Pairs `--format` and `--output` values by position (see src/cli/outputs.ts). Checked before any
 * work is done: an unknown format, an output without a format, two reports to stdout, one file
 * twice, or a file inside the registry is a usage error.
 */
export function outputTargets<F extends string>(
  ctx: RunContext,
  opts: { format?: string | string[]; output?: string | string[]; force?: boolean },
  allowed: readonly F[],
  fallback: F,
  registryRoot: string | undefined,
): OutputTarget<F>[] {
  const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const formats = list(opts.format);
  const outputs = list(opts.output);
  if (formats.length === 0) formats.push(fallback);
  if (outputs.length > formats.length) throw new UserError('formats.output-without-format', { output: outputs[formats.length]! });
  const seen = new Set<string>();
  let stdout = false;
  return formats.map((name, i) => {
    const format = oneOf(name, allowed, '--format');
    const out = outputs[i];
    if (out === undefined || out === '-') {
      if (stdout) throw new UserError('formats.stdout-twice', { format });
      stdout = true;
      return { format };
    }
    const path = checkOutputPath(resolve(ctx.cwd, out), registryRoot && resolve(ctx.cwd, registryRoot), opts.force);
    if (seen.has(path)) throw new UserError('formats.output-twice', { output: out });
    seen.add(path);
    return { format, output: out };
  });
}

/** Renders each target's report and writes it once, atomically; colour only for a terminal. */
export async function emitTargets<F extends string>(
  ctx: RunContext,
  targets: readonly OutputTarget<F>[],
  render: (format: F, color: boolean) => string | Promise<string>,
  opts: { force?: boolean; registryRoot?: string },
): Promise<void> {
  for (const target of targets) {
    const color = target.output === undefined && useColor(ctx, ctx.stdout);
    emit(ctx, await render(target.format, color), { ...opts, output: target.output });
  }
}
