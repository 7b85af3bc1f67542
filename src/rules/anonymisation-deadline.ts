import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 5(1)(e): "anonymised" without a deadline sets no limit on how long the data stays identifiable. */
export default defineRule(
  { id: 'anonymisation-deadline', severity: 'warning', citation: 'GDPR Art. 5(1)(e); 30(1)(f)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.retention.forEach((e, i) => {
        if (e.endAction === 'anonymise' && e.period === undefined) report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
      });
    }
  },
);
