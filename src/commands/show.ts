import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, viewLang } from '../cli/context.js';
import { referenceData } from '../check/reference.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { openRegistry } from './shared.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';
import { SHOW_FORMATS, SHOW_RENDERERS } from '../render/show/index.js';
import { showView } from '../render/show/view.js';

interface Options extends OutputOptions {
  lang?: string;
}

/** `ropa show <id> [dir]`: one activity with its references resolved. */
export async function show(id: string, dir: string, opts: Options, ctx: RunContext): Promise<number> {
  // The messages' language first: a usage error is said in the registry's language too.
  const messages = messageLang(opts.lang, ctx, resolve(ctx.cwd, dir));
  const targets = outputTargets(ctx, opts, SHOW_FORMATS, 'text', resolve(ctx.cwd, dir));
  const registry = await openRegistry(dir, ctx, messages);
  const located = registry.activities.find((a) => a.id === id);
  if (!located) {
    const hint = suggest(
      id,
      registry.activities.map((a) => a.id),
    );
    throw new UserError(hint ? 'authoring.show.unknown-suggest' : 'authoring.show.unknown', { id, ...(hint ? { suggestion: hint } : {}) });
  }
  const view = showView(registry, located, { lang: viewLang(opts.lang, ctx, registry), eea: referenceData().eea.countries });
  await emitTargets(ctx, targets, (format, color) => SHOW_RENDERERS[format](view, { color }));
  return 0;
}
