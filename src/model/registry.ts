import type { Lang } from '../i18n/index.js';
import type { SourceFile } from '../parse/source.js';
import type { Activity, CatalogueEntries, CatalogueKind, LocalText, Organisation } from './types.js';
import { CATALOGUE_KINDS } from './types.js';
import { closeDirections } from '../util/directions.js';

/** A value with the file and the JSON pointer it was read from: the thread back to a line and column. */
export interface Located<T> {
  id: string;
  value: T;
  file: SourceFile;
  pointer: string;
}

export type Catalogues = { [K in CatalogueKind]: Map<string, Located<CatalogueEntries[K]>> };

/** The registry after parsing and schema validation: what every command is a view of. */
export interface Registry {
  root: string;
  /** Declared in organisation.yaml; the first is the default. */
  languages: Lang[];
  organisation?: Located<Organisation>;
  /** Sorted by id. */
  activities: Located<Activity>[];
  catalogues: Catalogues;
  /** Every file read, valid or not. */
  files: SourceFile[];
}

export function emptyCatalogues(): Catalogues {
  const c = {} as Record<CatalogueKind, Map<string, unknown>>;
  for (const k of CATALOGUE_KINDS) c[k] = new Map();
  return c as Catalogues;
}

/**
 * The text in `lang`; a plain string serves every language. Undefined when that language is missing. A direction the
 * text opens (an RLO left open) is closed where it ends, so that it cannot reorder what a document puts after it.
 */
export function localText(t: LocalText | undefined, lang: Lang): string | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string') return closeDirections(t);
  return Object.hasOwn(t, lang) && t[lang] !== undefined ? closeDirections(t[lang]) : undefined;
}

export function lookup<K extends CatalogueKind>(registry: Registry, kind: K, id: string): Located<CatalogueEntries[K]> | undefined {
  return registry.catalogues[kind].get(id);
}
