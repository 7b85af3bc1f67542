import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { notDoneSaid } from '../check/facts.js';

/**
 * Art. 28(3): processing by a processor is governed by a contract (databehandleravtale); the record refers to it.
 * The agreement is the processor's catalogue entry's `agreement`: one missing contract is one finding, at that entry,
 * naming the activities that use the processor (listed, or brought in by a system). An activity done as processor for
 * others records its own agreement (`processorFor.agreement`): that finding stays on the activity. An agreement whose own
 * words say it is not there yet («None signed yet; we use their standard terms», «Ikke inngått», «Skal signeres»:
 * `notDoneSaid`) is no agreement on record either (`not-done`; variants-dating DT38).
 */
export default defineRule(
  {
    id: 'processor-agreement',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 28(3), 28(9)',
    messages: ['missing', 'missing-via-system', 'processor-for', 'not-done', 'processor-for-not-done'],
  },
  (ctx, report) => {
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      const users = activityList(uses);
      if (entry.value.agreement !== undefined) {
        const words = notDoneSaid(entry.value.agreement);
        if (words !== undefined) report.catalogue(entry, '/agreement', 'not-done', { processor: entry.id, words, ...users.args }, users.ids);
        continue;
      }
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
      } else if (r.activity.role === 'processor' && r.activity.processorFor?.agreement !== undefined) {
        const words = notDoneSaid(r.activity.processorFor.agreement);
        if (words !== undefined) report.activity(r, '/processorFor/agreement', 'processor-for-not-done', { words });
      }
    }
  },
);
