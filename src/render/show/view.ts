import type { Lang } from '../../i18n/index.js';
import type { Registry } from '../../model/registry.js';
import { resolveActivity, type ResolvedActivity } from '../../model/resolve.js';

/** What `ropa show` shows: one activity with every reference resolved, in a language. */
export interface ShowView {
  registry: Registry;
  activity: ResolvedActivity;
  lang: Lang;
  /** The EEA's countries (data/eea.json): places outside them get a section of their own. */
  eea: ReadonlySet<string>;
}

export function showView(registry: Registry, located: Registry['activities'][number], opts: { lang: Lang; eea: ReadonlySet<string> }): ShowView {
  return { registry, activity: resolveActivity(registry, located), ...opts };
}
