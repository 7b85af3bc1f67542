import type { Registry } from '../model/registry.js';
import type { Activity, CatalogueKind, DataCategory, LawRef, Processor, Recipient } from '../model/types.js';
import { CATALOGUE_KINDS } from '../model/types.js';
import { term, type Change, type ChangeArg, type ChangeLevel } from './types.js';
import { displayPath } from '../util/paths.js';
import { otherChangedFields } from './canonical.js';

/**
 * Changes to the shared catalogues. An entry changed in place changes every activity that uses it
 * (a data category becoming special, a processor moving abroad), so each change names them.
 */
export function compareCatalogues(base: Registry, head: Registry, eea: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  for (const kind of CATALOGUE_KINDS) {
    const before = base.catalogues[kind] as Map<string, { value: unknown; file: { path: string } }>;
    const after = head.catalogues[kind] as Map<string, { value: unknown; file: { path: string } }>;
    const push = (id: string, registry: Registry, file: string, change: string, level: ChangeLevel, args: Record<string, ChangeArg>): void => {
      const users = registry === head ? usersOf(head, kind, id) : [];
      changes.push({ id: change, level, entry: { kind, id, file: displayPath(file, registry.root) }, ...(users.length ? { activities: users } : {}), args });
    };
    const kindTerm = term(`diff.kind.${kind}`, kind);
    for (const id of sorted(after.keys())) {
      const now = after.get(id)!;
      const old = before.get(id);
      const at = (change: string, level: ChangeLevel, args: Record<string, ChangeArg>): void => push(id, head, now.file.path, change, level, args);
      if (!old) {
        at('entry-added', 'info', { kind: kindTerm, entry: id });
        continue;
      }
      const covered = new Set<string>();
      if (kind === 'dataCategories') {
        compareCategory(old.value as DataCategory, now.value as DataCategory, id, at);
        covered.add('specialCategory').add('criminalOffence');
      }
      if (kind === 'processors' || kind === 'recipients') {
        covered.add('country');
        const [c0, c1] = [(old.value as Processor | Recipient).country, (now.value as Processor | Recipient).country];
        if (c0 !== c1) {
          const country = (c: string | undefined): ChangeArg => c ?? term('diff.not-recorded', 'none');
          at('party-country-changed', c1 !== undefined && !eea.has(c1) ? 'review' : 'info', {
            kind: kindTerm,
            entry: id,
            before: country(c0),
            after: country(c1),
          });
        }
      }
      // Anything else about the entry (a processor's agreement, a law's title) is for information.
      const other = otherChangedFields(old.value as object, now.value as object, covered, new Set(['id']));
      if (other.length) at('entry-changed', 'info', { kind: kindTerm, entry: id, fields: other.join(', ') });
    }
    for (const id of sorted(before.keys())) {
      if (!after.has(id)) push(id, base, before.get(id)!.file.path, 'entry-removed', 'info', { kind: kindTerm, entry: id });
    }
  }
  return changes;
}

function compareCategory(
  old: DataCategory,
  now: DataCategory,
  id: string,
  at: (change: string, level: ChangeLevel, args: Record<string, ChangeArg>) => void,
): void {
  const special = (s: string): ChangeArg => term(`terms.special.${s}`, s);
  if (old.specialCategory !== now.specialCategory) {
    if (old.specialCategory === undefined) at('category-became-special', 'review', { category: id, special: special(now.specialCategory!) });
    else if (now.specialCategory === undefined) at('category-no-longer-special', 'info', { category: id, special: special(old.specialCategory) });
    else at('category-special-changed', 'review', { category: id, before: special(old.specialCategory), after: special(now.specialCategory) });
  }
  if (Boolean(old.criminalOffence) !== Boolean(now.criminalOffence)) {
    if (now.criminalOffence) at('category-became-criminal', 'review', { category: id });
    else at('category-no-longer-criminal', 'info', { category: id });
  }
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The activities that refer to a catalogue entry, by id. */
export function usersOf(registry: Registry, kind: CatalogueKind, id: string): string[] {
  return registry.activities.filter((a) => refersTo(a.value, kind, id)).map((a) => a.id);
}

function refersTo(a: Activity, kind: CatalogueKind, id: string): boolean {
  const transferParties = Array.isArray(a.transfers) ? a.transfers.map((t) => t.recipient) : [];
  switch (kind) {
    case 'dataCategories':
      return Boolean(a.dataCategories?.includes(id) || a.retention?.some((r) => r.categories?.includes(id)));
    case 'dataSubjects':
      return Boolean(a.dataSubjects?.includes(id));
    case 'sources':
      return Boolean(a.sources?.includes(id));
    case 'recipients':
      return (Array.isArray(a.recipients) && a.recipients.includes(id)) || transferParties.includes(id);
    case 'processors':
      return Boolean(a.processors?.includes(id)) || transferParties.includes(id);
    case 'systems':
      return Boolean(a.systems?.includes(id));
    case 'securityMeasures':
      return Boolean(a.securityMeasures?.includes(id) || a.purposes?.some((p) => p.safeguards?.includes(id)));
    case 'retentionPolicies':
      return Boolean(a.retention?.some((r) => r.policy === id));
    case 'laws': {
      const refs: (LawRef[] | undefined)[] = [
        ...(a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).map((b) => b.law)),
        ...(a.retention ?? []).map((r) => r.law),
        ...(a.rightsRestrictions ?? []).map((r) => r.law),
      ];
      return refs.some((list) => list?.some((l) => typeof l === 'object' && l.law === id));
    }
  }
}
