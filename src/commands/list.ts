import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf, viewLang } from '../cli/context.js';
import { referenceData } from '../check/reference.js';
import type { Registry } from '../model/registry.js';
import type { CatalogueKind, SpecialCategory } from '../model/types.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { basisMatches, listView, selectActivities, type ActivityFilter } from '../render/list/view.js';
import { schemaEnum } from '../authoring/schema-order.js';
import { openRegistry, parseDate } from './shared.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';
import { LIST_FORMATS, LIST_RENDERERS } from '../render/list/index.js';

/** The filters as commander gives them, and how to show the result. */
type Options = Omit<ActivityFilter, 'special' | 'reviewDueOn'> &
  OutputOptions & {
    special?: boolean | string;
    reviewDue?: boolean;
    today?: string;
    lang?: string;
  };

/** A catalogue id given on the command line must exist: a typo would otherwise list nothing, silently. */
function known(registry: Registry, kinds: CatalogueKind[], id: string | undefined, option: string): void {
  if (id === undefined || kinds.some((k) => registry.catalogues[k].has(id))) return;
  const hint = suggest(
    id,
    kinds.flatMap((k) => [...registry.catalogues[k].keys()]),
  );
  throw new UserError(hint ? 'authoring.list.unknown-id-suggest' : 'authoring.list.unknown-id', { option, id, ...(hint ? { suggestion: hint } : {}) });
}

/** `ropa list [dir]`: the activities that answer a question, as a table or JSON. */
export async function list(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  // The messages' language first: a usage error is said in the registry's language too.
  const messages = messageLang(opts.lang, ctx, resolve(ctx.cwd, dir));
  const targets = outputTargets(ctx, opts, LIST_FORMATS, 'table', resolve(ctx.cwd, dir));
  const status = opts.status === undefined ? undefined : oneOf(opts.status, schemaEnum('activity', 'properties', 'status'), '--status');
  const today = opts.today === undefined ? undefined : parseDate(opts.today, '--today');
  if (opts.country !== undefined && !/^[A-Za-z]{2}$/.test(opts.country)) throw new UserError('authoring.list.bad-country', { value: opts.country });
  if (opts.basis !== undefined) {
    const codes = schemaEnum('common', 'definitions', 'gdprBasis');
    if (!codes.some((c) => basisMatches(c, opts.basis!)))
      throw new UserError('cli.bad-choice', { option: '--basis', value: opts.basis, allowed: codes.join(', ') });
  }
  let special: ActivityFilter['special'];
  if (typeof opts.special === 'string') {
    const kinds = schemaEnum('catalogue', 'properties', 'dataCategories', 'additionalProperties', 'properties', 'specialCategory');
    special = oneOf(opts.special, kinds, '--special') as SpecialCategory;
  } else if (opts.special) special = true;

  const registry = await openRegistry(dir, ctx, messages);
  known(registry, ['dataCategories'], opts.category, '--category');
  known(registry, ['processors'], opts.processor, '--processor');
  known(registry, ['sources'], opts.source, '--source');
  known(registry, ['recipients', 'processors'], opts.recipient, '--recipient');

  const given: ActivityFilter = {
    category: opts.category,
    special,
    criminal: opts.criminal,
    processor: opts.processor,
    source: opts.source,
    recipient: opts.recipient,
    country: opts.country?.toUpperCase(),
    outsideEea: opts.outsideEea,
    basis: opts.basis,
    status,
    // Which reviews are due depends on the day: --today fixes it, the clock is the fallback for a person asking.
    reviewDueOn: opts.reviewDue ? (today ?? localToday()) : undefined,
  };
  const filter = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== false)) as ActivityFilter;
  const selected = selectActivities(registry, filter, referenceData().eea.countries);
  const view = listView(registry, selected, {
    lang: viewLang(opts.lang, ctx, registry),
    places: filter.country !== undefined || Boolean(filter.outsideEea),
    review: Boolean(filter.reviewDueOn),
  });
  await emitTargets(ctx, targets, (format, color) => LIST_RENDERERS[format](view, { color }));
  return 0;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
