import { processorsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 28(3): processing by a processor is governed by a contract (databehandleravtale); the record refers to it. */
export default defineRule(
  {
    id: 'processor-agreement',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 28(3), 28(9)',
    messages: ['missing', 'missing-via-system', 'processor-for'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const p of processorsOf(ctx.registry, r)) {
        if (p.value.agreement !== undefined) continue;
        if (p.system !== undefined) report.activity(r, p.pointer, 'missing-via-system', { processor: p.id, system: p.system });
        else report.activity(r, p.pointer, 'missing', { processor: p.id });
      }
      if (r.activity.role === 'processor' && r.activity.processorFor !== undefined && r.activity.processorFor.agreement === undefined) {
        report.activity(r, '/processorFor', 'processor-for');
      }
    }
  },
);
