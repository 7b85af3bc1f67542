import { defineRule } from '../check/rule.js';

/** Art. 30(1)(c): categories of data subjects and of personal data. */
export default defineRule(
  { id: 'subjects-and-data', severity: 'error', citation: 'GDPR Art. 30(1)(c); 14(1)(d)', messages: ['no-subjects', 'no-categories'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if ((r.activity.dataSubjects ?? []).length === 0) report.activity(r, '/dataSubjects', 'no-subjects');
      if ((r.activity.dataCategories ?? []).length === 0) report.activity(r, '/dataCategories', 'no-categories');
    }
  },
);
