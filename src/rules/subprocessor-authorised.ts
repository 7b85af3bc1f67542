import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { join } from '../util/pointer.js';

/**
 * Art. 28(2), (4): a sub-processor is engaged only with the controller's prior written authorisation. The
 * authorisation is the sub-processor's, in its processor's catalogue entry: reported once there, naming the activities
 * that use the processor.
 */
export default defineRule(
  { id: 'subprocessor-authorised', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 28(2), 28(4)', messages: ['missing'] },
  (ctx, report) => {
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      const subs = entry.value.subprocessors ?? [];
      if (subs.every((s) => s.authorisation !== undefined)) continue;
      const users = activityList(uses);
      subs.forEach((s, i) => {
        if (s.authorisation === undefined)
          report.catalogue(entry, join('/subprocessors', i), 'missing', { processor: entry.id, subprocessor: s.name, ...users.args }, users.ids);
      });
    }
  },
);
