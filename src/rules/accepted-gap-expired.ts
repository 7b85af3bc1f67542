import { isExpired } from '../check/accepted.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** An acceptance lapses on its expiry date: the finding it covered comes back, and the lapse is reported. */
export default defineRule(
  { id: 'accepted-gap-expired', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 5(2); 24(1)', messages: ['expired'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      (r.activity.acceptedGaps ?? []).forEach((a, i) => {
        if (isExpired(a, ctx.today))
          report.activity(r, join('/acceptedGaps', i, 'expires'), 'expired', { rule: a.rule, acceptedBy: a.acceptedBy, expires: a.expires });
      });
    }
  },
);
