import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';

/**
 * Art. 28(3): processing by a processor is governed by a contract (databehandleravtale); the record refers to it.
 * The agreement is the processor's catalogue entry's `agreement`: one missing contract is one finding, at that entry,
 * naming the activities that use the processor (listed, or brought in by a system). An activity done as processor for
 * others records its own agreement (`processorFor.agreement`): that finding stays on the activity.
 */
export default defineRule(
  {
    id: 'processor-agreement',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 28(3), 28(9)',
    messages: ['missing', 'missing-via-system', 'processor-for'],
  },
  (ctx, report) => {
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      if (entry.value.agreement !== undefined) continue;
      const users = activityList(uses);
      // Listed by an activity: the processor is named where it is used. Only through systems: say which.
      if (uses.some((u) => u.used.system === undefined))
        report.catalogue(entry, '', 'missing', { processor: entry.id, ...users.args }, users.ids, { target: 'key' });
      else {
        const systems = [...new Set(uses.map((u) => u.used.system!))].sort();
        report.catalogue(entry, '', 'missing-via-system', { processor: entry.id, systems, systemCount: systems.length, ...users.args }, users.ids, {
          target: 'key',
        });
      }
    }
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor' && r.activity.processorFor !== undefined && r.activity.processorFor.agreement === undefined) {
        report.activity(r, '/processorFor', 'processor-for');
      }
    }
  },
);
