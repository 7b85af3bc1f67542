import { defineRule } from '../check/rule.js';

/** Art. 13(2)(f), 14(2)(g), 22: automated decisions and profiling come with the logic involved and their consequences. */
export default defineRule({ id: 'automated-decision-logic', severity: 'error', citation: 'GDPR Art. 22; 13(2)(f); 14(2)(g)' }, (ctx, report) => {
  for (const r of ctx.activities) {
    const ad = r.activity.automatedDecisions;
    if (!ad || !(ad.used || ad.profiling === true)) continue;
    if (ad.logic === undefined) report.activity(r, '/automatedDecisions', 'no-logic');
    if (ad.significance === undefined) report.activity(r, '/automatedDecisions', 'no-significance');
  }
});
