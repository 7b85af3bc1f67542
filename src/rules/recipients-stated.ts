import { defineRule } from '../check/rule.js';

/** Art. 30(1)(d): recipients, or an explicit `none`; silence is not an answer. */
export default defineRule(
  { id: 'recipients-stated', severity: 'error', citation: 'GDPR Art. 30(1)(d); 13(1)(e); 14(1)(e)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const rec = r.activity.recipients;
      if (rec === undefined || (Array.isArray(rec) && rec.length === 0)) report.activity(r, '/recipients', 'missing');
    }
  },
);
