import { defineRule } from '../check/rule.js';

/** Art. 30(1)(g): a general description of the technical and organisational measures (Art. 32(1)). */
export default defineRule(
  { id: 'security-measures', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 30(1)(g); 32(1)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if ((r.activity.securityMeasures ?? []).length === 0) report.activity(r, '/securityMeasures', 'missing');
    }
  },
);
