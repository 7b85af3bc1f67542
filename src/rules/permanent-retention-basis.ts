import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e), 89(1), 17(3)(d): data may be kept for ever only for archiving, research or statistics
 * with Art. 89 safeguards, or where archive law requires it.
 */
export default defineRule({ id: 'permanent-retention-basis', severity: 'error', citation: 'GDPR Art. 5(1)(e); 89(1); 17(3)(d)' }, (ctx, report) => {
  for (const r of ctx.activities) {
    const safeguarded = r.purposes.some((p) => p.safeguards.some((s) => s.value.art89 === true));
    r.retention.forEach((e, i) => {
      if (e.permanent !== true || safeguarded || e.law.length > 0 || e.archive !== undefined) return;
      report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
    });
  }
});
