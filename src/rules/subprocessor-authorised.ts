import { processorsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 28(2), (4): a sub-processor is engaged only with the controller's prior written authorisation. */
export default defineRule(
  { id: 'subprocessor-authorised', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 28(2), 28(4)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const p of processorsOf(ctx.registry, r)) {
        for (const s of p.value.subprocessors ?? []) {
          if (s.authorisation === undefined) report.activity(r, p.pointer, 'missing', { processor: p.id, subprocessor: s.name });
        }
      }
    }
  },
);
