import { processorsOf, type UsedProcessor } from './facts.js';
import type { Located, Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Processor } from '../model/types.js';

/** One processor catalogue entry and the activities that use it: listed, or brought in by a system. */
export interface ProcessorUses {
  entry: Located<Processor>;
  /** In the order of the activities given (by id), each activity once. */
  uses: { r: ResolvedActivity; used: UsedProcessor }[];
}

/**
 * The processors the activities use, each catalogue entry once with its users, in the order first used. A fact the
 * entry lacks (its agreement, a sub-processor's authorisation, where it works) is fixed once, in the entry: the rules
 * report it there once, naming the activities, not once per activity. An entry no activity uses is not here.
 */
export function processorUses(registry: Registry, activities: readonly ResolvedActivity[]): ProcessorUses[] {
  const byId = new Map<string, ProcessorUses>();
  for (const r of activities) {
    for (const used of processorsOf(registry, r)) {
      let u = byId.get(used.id);
      if (u === undefined) {
        const entry = registry.catalogues.processors.get(used.id);
        if (entry === undefined) continue;
        byId.set(used.id, (u = { entry, uses: [] }));
      }
      if (u.uses.at(-1)?.r !== r) u.uses.push({ r, used });
    }
  }
  return [...byId.values()];
}

/**
 * The activities using an entry: `ids`, for the finding (`--activity`, acceptances), and the message arguments
 * `activities`, the ids as a list argument (`{activities, list}`: an array, worded by the locale layer), and `count`,
 * how many (for the plural of the words around the list).
 */
export function activityList(uses: readonly { r: ResolvedActivity }[]): { ids: string[]; args: { activities: readonly string[]; count: number } } {
  const ids = uses.map((u) => u.r.activity.id);
  return { ids, args: { activities: ids, count: ids.length } };
}
