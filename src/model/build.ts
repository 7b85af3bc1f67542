import { basename } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { isLang } from '../i18n/index.js';
import type { SourceFile } from '../parse/source.js';
import { pointer } from '../util/pointer.js';
import { emptyCatalogues, type Located, type Registry } from './registry.js';
import { CATALOGUE_KINDS, type Activity, type Organisation } from './types.js';

export interface Duplicate {
  kind: string;
  id: string;
  first: Located<unknown>;
  second: Located<unknown>;
}

/**
 * Builds the registry from files that passed the schema. Duplicated ids keep their first
 * occurrence and are returned so that validation can report them.
 */
export function buildRegistry(root: string, valid: SourceFile[], all: SourceFile[]): { registry: Registry; duplicates: Duplicate[] } {
  const catalogues = emptyCatalogues();
  const activities = new Map<string, Located<Activity>>();
  const duplicates: Duplicate[] = [];
  let organisation: Located<Organisation> | undefined;

  // An activity whose id matches its file name is the rightful owner of that id.
  // (Stable: the rightful owners in their order, then the others in theirs; each file asked once.)
  const misnamed = new Set(valid.filter(isMisnamed));
  const ordered = misnamed.size === 0 ? valid : [...valid.filter((f) => !misnamed.has(f)), ...misnamed];
  for (const file of ordered) {
    if (file.isLazy && file.kind === 'activity') {
      // Valid when it was cached, so a mapping: its data is read from the cache when an entry's value is first asked for.
      const id = file.lazyId;
      if (typeof id !== 'string') continue;
      const entry = new LazyActivity(id, file);
      const prior = activities.get(id);
      if (prior) duplicates.push({ kind: 'activities', id, first: prior, second: entry });
      else activities.set(id, entry);
      continue;
    }
    // A file that failed its schema may be here too (for reference checks): only its shape is trusted.
    if (!isRecord(file.data)) continue;
    if (file.kind === 'organisation') {
      organisation = { id: 'organisation', value: file.data as unknown as Organisation, file, pointer: '' };
    } else if (file.kind === 'activity') {
      const value = file.data as unknown as Activity;
      if (typeof value.id !== 'string') continue;
      const entry = { id: value.id, value, file, pointer: '' };
      const prior = activities.get(value.id);
      if (prior) duplicates.push({ kind: 'activities', id: value.id, first: prior, second: entry });
      else activities.set(value.id, entry);
    } else {
      const data = file.data as Record<string, Record<string, unknown>>;
      for (const kind of CATALOGUE_KINDS) {
        const entries = data[kind];
        if (!isRecord(entries)) continue;
        const map = catalogues[kind] as Map<string, Located<unknown>>;
        for (const [id, value] of Object.entries(entries)) {
          const entry = { id, value, file, pointer: pointer(kind, id) };
          const prior = map.get(id);
          if (prior) duplicates.push({ kind, id, first: prior, second: entry });
          else map.set(id, entry);
        }
      }
    }
  }
  const listed: unknown = organisation?.value.languages;
  const declared = Array.isArray(listed) ? listed.filter(isLang) : [];
  const languages: Lang[] = declared.length > 0 ? declared : ['nb'];
  const sorted = [...activities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { registry: { root, languages, ...(organisation ? { organisation } : {}), activities: sorted, catalogues, files: all }, duplicates };
}

/** An activity whose data is read (from the cache) when its value is first asked for. */
class LazyActivity implements Located<Activity> {
  readonly pointer = '';
  constructor(
    readonly id: string,
    readonly file: SourceFile,
  ) {}
  get value(): Activity {
    return this.file.data as Activity;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function fileId(file: SourceFile): string {
  return basename(file.path).replace(/\.ya?ml$/i, '');
}

function isMisnamed(file: SourceFile): boolean {
  // A file holding only `~` or `null` has no id: the schema reports it; it is not misnamed (an internal error before).
  if (file.kind !== 'activity') return false;
  return (file.isLazy ? file.lazyId : (file.data as { id?: unknown } | null)?.id) !== fileId(file);
}
