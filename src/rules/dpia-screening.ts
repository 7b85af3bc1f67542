import { defineRule } from '../check/rule.js';
import { dpiaCovered, dpiaPointer } from '../check/screening.js';

/**
 * WP248: processing that meets two or more criteria likely needs a DPIA; deciding against one is
 * documented. Quiet where dpia-required already reports the activity.
 */
export default defineRule({ id: 'dpia-screening', severity: 'warning', citation: 'GDPR Art. 35(1); WP248 rev.01', messages: ['likely'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    const s = ctx.screening(r);
    if (!s.likely || s.required || dpiaCovered(r) || r.activity.dpia?.status === 'in-progress' || r.activity.dpia?.reason !== undefined) continue;
    report.activity(r, dpiaPointer(r), 'likely', { criteria: s.wp248.map((c) => c.id).join(', '), count: s.wp248.length });
  }
});
