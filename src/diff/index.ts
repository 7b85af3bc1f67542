import type { Located, Registry } from '../model/registry.js';
import type { Activity } from '../model/types.js';
import { resolveActivity } from '../model/resolve.js';
import { term, type ActivityRef, type Change, type ChangeArg, type ChangeLevel } from './types.js';
import { ACTIVITY_CHANGE_PATHS, compareActivity } from './activity.js';
import { compareCatalogues } from './catalogues.js';
import { canonical, exactNumbers, otherChangedFields } from './canonical.js';
import { changedPaths, within } from './paths.js';
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
      for (const path of ACTIVITY_CHANGE_PATHS[id] ?? []) covered.add(path);
      changes.push({ id, level, activity, args });
    };
    const b = baseById.get(h.id);
    const from = renamedFrom.get(h.id);
    if (b) {
      const before = ref(base, b);
      if (before.file !== activity.file) emit('activity-moved', 'info', { from: before.file, to: activity.file });
      compareActivity(resolveActivity(base, b), resolveActivity(head, h), emit, reference.eea);
      // Whatever changed that no change above speaks for, by its path (`transfers[].reference`): nothing changes silently.
      const other = changedPaths(b.value, h.value).filter((p) => !NOT_CONTENT.has(p) && !within(p, covered));
      const legal = other.filter((p) => within(p, ACTIVITY_CHANGE_PATHS['legal-facts-changed']!));
      if (legal.length) emit('legal-facts-changed', 'review', { fields: legal.join(', ') });
      const rest = other.filter((p) => !legal.includes(p));
      if (rest.length) emit('fields-changed', 'info', { fields: rest.join(', ') });
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
 * The fields of organisation.yaml that are for review when they change: the controller and how to reach it and its DPO
 * (Art. 30(1)(a)), which every notice and report prints; its representative (Art. 27) and joint controllers (Art. 26);
 * the authority people complain to (Art. 13(2)(d)); and the facts the law reads: whether it is a public authority
 * (Art. 37(1)(a), Art. 6(1) second subparagraph, Art. 49(3)), whether its core activities make a DPO mandatory
 * (Art. 37(1)(b)-(c)), whether it is a one-person practice (recital 91), and what people pay to use their rights
 * (Art. 12(5)).
 */
export const ORGANISATION_REVIEWED = [
  'name',
  'organisationNumber',
  'publicAuthority',
  'coreActivities',
  'individualPractice',
  'rightsFee',
  'dpo',
  'contact',
  'address',
  'representative',
  'jointControllers',
  'supervisoryAuthority',
] as const;

/** The fields of organisation.yaml reported, when they change, for information: names, presentation and bookkeeping. */
export const ORGANISATION_INFO = ['shortName', 'responsible', 'visitingAddress', 'languages', 'noticeGroups', 'notice', 'review', 'custom'] as const;

/**
 * organisation.yaml: a field of ORGANISATION_REVIEWED recorded, no longer recorded (a DPO appointed, or no longer
 * named) or changed is for review; the public-authority flag says which way it went. Any other field for information.
 */
function compareOrganisation(base: Registry, head: Registry): Change[] {
  const before = base.organisation?.value;
  const after = head.organisation?.value;
  if (!before || !after) return [];
  const organisation = { file: displayPath(head.organisation!.file.path, head.root) };
  const changes: Change[] = [];
  const covered = new Set<string>();
  const push = (id: string, args: Record<string, ChangeArg> = {}): void => void changes.push({ id, level: 'review', organisation, args });
  for (const field of ORGANISATION_REVIEWED) {
    if (canonical(before[field]) === canonical(after[field])) continue;
    if (field === 'publicAuthority') {
      // Absent is false: no public authority.
      if (Boolean(before.publicAuthority) === Boolean(after.publicAuthority)) continue;
      push(after.publicAuthority ? 'organisation-became-public-authority' : 'organisation-no-longer-public-authority');
    } else {
      const name = term(`diff.organisation-field.${field}`, field);
      const id = before[field] === undefined ? 'organisation-field-added' : after[field] === undefined ? 'organisation-field-removed' : 'organisation-changed';
      push(id, { field: name });
    }
    covered.add(field);
  }
  const other = otherChangedFields(before, after, covered, NOT_CONTENT);
  if (other.length) changes.push({ id: 'organisation-fields-changed', level: 'info', organisation, args: { fields: other.join(', ') } });
  return changes;
}
