import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { servesActivity } from '../check/places.js';
import { join } from '../util/pointer.js';

/**
 * Art. 28(2), (4): a sub-processor is engaged only with the controller's prior written authorisation. The
 * authorisation is the sub-processor's, in its processor's catalogue entry: reported once there, naming the activities
 * that use the processor — or, for a sub-processor that names the activities it serves (`subprocessors[].activities`),
 * those of them that use the processor (all the users, where none of them does: it is engaged all the same).
 */
export default defineRule(
  { id: 'subprocessor-authorised', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 28(2), 28(4)', messages: ['missing'] },
  (ctx, report) => {
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      const subs = entry.value.subprocessors ?? [];
      if (subs.every((s) => s.authorisation !== undefined)) continue;
      subs.forEach((s, i) => {
        if (s.authorisation !== undefined) return;
        const served = uses.filter((u) => servesActivity(s, u.r.activity.id));
        const users = activityList(served.length > 0 ? served : uses);
        report.catalogue(entry, join('/subprocessors', i), 'missing', { processor: entry.id, subprocessor: s.name, ...users.args }, users.ids);
      });
    }
  },
);
