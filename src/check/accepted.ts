import type { Finding } from '../model/finding.js';
import type { Registry } from '../model/registry.js';
import type { AcceptedGap } from '../model/types.js';
import { join } from '../util/pointer.js';

/** The rule that reports lapsed acceptances; its own findings cannot be accepted. */
export const EXPIRED_RULE = 'accepted-gap-expired';

/** An acceptance holds up to and including its expiry date. */
export const isExpired = (a: AcceptedGap, today: string): boolean => a.expires < today;

/** A finding someone has accepted, with the acceptance and where it is written. */
export interface AcceptedFinding {
  finding: Finding;
  acceptance: AcceptedGap;
  /** JSON pointer of the acceptance in the activity's file. */
  pointer: string;
}

/**
 * Moves findings covered by a live acceptance on their activity (same rule id) out of the open list.
 * Findings with an expired acceptance stay open; the accepted-gap-expired rule reports the lapse.
 */
export function applyAcceptances(findings: readonly Finding[], registry: Registry, today: string): { open: Finding[]; accepted: AcceptedFinding[] } {
  const byActivity = new Map(registry.activities.map((a) => [a.id, a.value.acceptedGaps ?? []]));
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const f of findings) {
    if (f.activity === undefined && f.activities !== undefined && f.activities.length > 0) {
      // A catalogue entry's finding (a processor's missing agreement): accepted when every activity using the entry
      // accepts the rule, shown with the first one's acceptance.
      const each = f.activities.map((a) => {
        const list = byActivity.get(a) ?? [];
        const i = list.findIndex((x) => x.rule === f.rule && !isExpired(x, today));
        return i < 0 ? undefined : { acceptance: list[i]!, pointer: join('/acceptedGaps', i) };
      });
      const first = each[0];
      if (first !== undefined && each.every((e) => e !== undefined)) accepted.push({ finding: f, ...first });
      else open.push(f);
      continue;
    }
    const list = f.activity !== undefined && f.rule !== EXPIRED_RULE ? byActivity.get(f.activity) : undefined;
    // Most activities accept nothing: their findings are open with no search (70,000 at 10,000 activities).
    if (list === undefined || list.length === 0) {
      open.push(f);
      continue;
    }
    const i = list.findIndex((a) => a.rule === f.rule && !isExpired(a, today));
    const acceptance = list[i];
    if (acceptance) accepted.push({ finding: f, acceptance, pointer: join('/acceptedGaps', i) });
    else open.push(f);
  }
  return { open, accepted };
}
