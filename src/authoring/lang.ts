import type { RunContext } from '../cli/context.js';
import { messageLang } from '../cli/context.js';
import type { Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';

/** The language a view of the registry is shown in: --lang, then $ROPA_LANG, then the registry's first language. */
export function viewLang(flag: string | undefined, ctx: RunContext, registry: Registry): Lang {
  if (flag === undefined && ctx.env.ROPA_LANG === undefined) return registry.languages[0] ?? 'en';
  return messageLang(flag, ctx);
}
