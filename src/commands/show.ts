import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf, useColor, viewLang } from '../cli/context.js';
import { referenceData } from '../check/reference.js';
import { resolveActivity } from '../model/resolve.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { showJson, showText } from '../authoring/show-render.js';
import { emit, openRegistry } from './shared.js';

interface Options {
  format?: string;
  output?: string;
  force?: boolean;
  lang?: string;
}

const FORMATS = ['text', 'json'] as const;

/** `ropa show <id> [dir]`: one activity with its references resolved. */
export async function show(id: string, dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const format = oneOf(opts.format ?? 'text', FORMATS, '--format');
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
  const text =
    format === 'json'
      ? showJson(registry, resolved)
      : showText(registry, resolved, {
          lang: viewLang(opts.lang, ctx, registry),
          color: opts.output === undefined && useColor(ctx, ctx.stdout),
          eea: referenceData().eea.countries,
        });
  emit(ctx, text, { output: opts.output, force: opts.force, registryRoot: registry.root });
  return 0;
}
