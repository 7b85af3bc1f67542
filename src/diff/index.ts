import type { Located, Registry } from '../model/registry.js';
import type { Activity } from '../model/types.js';
import { resolveActivity } from '../model/resolve.js';
import { term, type ActivityRef, type Change, type ChangeArg, type ChangeLevel } from './types.js';
import { ACTIVITY_CHANGE_FIELDS, compareActivity } from './activity.js';
import { compareCatalogues } from './catalogues.js';
import { canonical, exactNumbers, otherChangedFields } from './canonical.js';
import { displayPath } from '../util/paths.js';

export type { Change, ChangeLevel, ChangeArg, ActivityRef } from './types.js';

/** What the diff needs to know about the world: the EEA states (data/eea.json). */
export interface DiffReference {
  eea: ReadonlySet<string>;
}

/**
 * The changes from one version of a registry to another, as data: activities added, removed and
 * renamed, what changed within each, and catalogue changes that reach into activities. Both
 * registries must have passed validation. Activities come in id order, then the catalogues.
 */
export function diffRegistries(base: Registry, head: Registry, reference: DiffReference): Change[] {
  exactNumbers(base);
  exactNumbers(head);
  const ref = (registry: Registry, a: Located<Activity>): ActivityRef => ({ id: a.id, file: displayPath(a.file.path, registry.root), title: a.value.title });
  const baseById = new Map(base.activities.map((a) => [a.id, a]));
  const headById = new Map(head.activities.map((a) => [a.id, a]));
  const removed = base.activities.filter((a) => !headById.has(a.id));
  const added = head.activities.filter((a) => !baseById.has(a.id));

  // A renamed activity is the same content under another id (and so another file name).
  const content = (a: Located<Activity>): string => canonical({ ...a.value, id: undefined });
  const renamedFrom = new Map<string, Located<Activity>>();
  for (const r of removed) {
    const match = added.find((a) => !renamedFrom.has(a.id) && content(a) === content(r));
    if (match) renamedFrom.set(match.id, r);
  }
  const renamed = new Set([...renamedFrom.values()].map((a) => a.id));

  const groups: { id: string; changes: Change[] }[] = [];
  for (const h of head.activities) {
    const activity = ref(head, h);
    const changes: Change[] = [];
    const covered = new Set<string>();
    const emit = (id: string, level: ChangeLevel, args: Record<string, ChangeArg> = {}): void => {
      for (const field of ACTIVITY_CHANGE_FIELDS[id] ?? []) covered.add(field);
      changes.push({ id, level, activity, args });
    };
    const b = baseById.get(h.id);
    const from = renamedFrom.get(h.id);
    if (b) {
      const before = ref(base, b);
      if (before.file !== activity.file) emit('activity-moved', 'info', { from: before.file, to: activity.file });
      compareActivity(resolveActivity(base, b), resolveActivity(head, h), emit, reference.eea);
      const other = otherChangedFields(b.value, h.value, covered, NOT_CONTENT);
      if (other.length) emit('fields-changed', 'info', { fields: other.join(', ') });
    } else if (from) {
      emit('activity-renamed', 'info', { from: from.id, to: h.id });
      // Its own content is the same, but the catalogue entries it uses may have changed.
      compareActivity(resolveActivity(base, from), resolveActivity(head, h), emit, reference.eea);
    } else {
      emit('activity-added', 'review', { activity: h.id });
    }
    groups.push({ id: h.id, changes });
  }
  for (const b of removed) {
    if (renamed.has(b.id)) continue;
    groups.push({ id: b.id, changes: [{ id: 'activity-removed', level: 'review', activity: ref(base, b), args: { activity: b.id } }] });
  }
  groups.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return [...groups.flatMap((g) => g.changes), ...compareOrganisation(base, head), ...compareCatalogues(base, head, reference.eea)];
}

/** Keys that say where a file is or which schema it follows, not what the record holds. */
const NOT_CONTENT: ReadonlySet<string> = new Set(['$schema', 'id']);

/**
 * organisation.yaml: the controller and how to reach it and its DPO (Art. 30(1)(a)), which every
 * notice and report prints. A new DPO or contact is for review; any other field for information.
 */
function compareOrganisation(base: Registry, head: Registry): Change[] {
  const before = base.organisation?.value;
  const after = head.organisation?.value;
  if (!before || !after) return [];
  const organisation = { file: displayPath(head.organisation!.file.path, head.root) };
  const changes: Change[] = [];
  const covered = new Set<string>();
  const REVIEWED = ['name', 'organisationNumber', 'dpo', 'contact', 'address', 'representative'] as const;
  for (const field of REVIEWED) {
    if (canonical(before[field]) === canonical(after[field])) continue;
    covered.add(field);
    changes.push({ id: 'organisation-changed', level: 'review', organisation, args: { field: term(`diff.organisation-field.${field}`, field) } });
  }
  const other = otherChangedFields(before, after, covered, NOT_CONTENT);
  if (other.length) changes.push({ id: 'organisation-fields-changed', level: 'info', organisation, args: { fields: other.join(', ') } });
  return changes;
}
