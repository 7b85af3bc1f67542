import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, viewLang } from '../cli/context.js';
import { referenceData } from '../check/reference.js';
import { resolveActivity } from '../model/resolve.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { showJson, showText } from '../authoring/show-render.js';
import { openRegistry } from './shared.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';
import { SHOW_FORMATS } from '../render/show/index.js';

interface Options extends OutputOptions {
  lang?: string;
}

/** `ropa show <id> [dir]`: one activity with its references resolved. */
export async function show(id: string, dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const targets = outputTargets(ctx, opts, SHOW_FORMATS, 'text', resolve(ctx.cwd, dir));
  const registry = await openRegistry(dir, ctx, messageLang(opts.lang, ctx, resolve(ctx.cwd, dir)));
  const located = registry.activities.find((a) => a.id === id);
  if (!located) {
    const hint = suggest(
      id,
      registry.activities.map((a) => a.id),
    );
    throw new UserError(hint ? 'authoring.show.unknown-suggest' : 'authoring.show.unknown', { id, ...(hint ? { suggestion: hint } : {}) });
  }
  const resolved = resolveActivity(registry, located);
  const lang = viewLang(opts.lang, ctx, registry);
  await emitTargets(ctx, targets, (format, color) =>
    format === 'json' ? showJson(registry, resolved) : showText(registry, resolved, { lang, color, eea: referenceData().eea.countries }),
  );
  return 0;
}
