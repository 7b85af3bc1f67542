import { informsAsObtainedElsewhere } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 14(2)(f): where data is obtained elsewhere, the person is told where it came from. */
export default defineRule({ id: 'notice-source', severity: 'error', citation: 'GDPR Art. 14(2)(f)', messages: ['missing'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    if (informsAsObtainedElsewhere(r) && (r.activity.sources ?? []).length === 0) report.activity(r, '/sources', 'missing');
  }
});
