import { defineRule } from '../check/rule.js';

/**
 * Art. 13(2)(f), 14(2)(g), 22: automated decisions come with the logic involved and their consequences
 * (error). Profiling without an Art. 22 decision is not covered by those articles' duty, but is worth
 * explaining (warning; EDPB/WP251 recommends it).
 */
export default defineRule(
  {
    id: 'automated-decision-logic',
    severity: 'error',
    citation: 'GDPR Art. 22; 13(2)(f); 14(2)(g)',
    messages: ['no-logic', 'no-significance', 'no-logic-profiling', 'no-significance-profiling'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const ad = r.activity.automatedDecisions;
      if (!ad || !(ad.used || ad.profiling === true)) continue;
      const severity = ad.used ? 'error' : 'warning';
      const suffix = ad.used ? '' : '-profiling';
      if (ad.logic === undefined) report.activity(r, '/automatedDecisions', `no-logic${suffix}`, {}, { severity });
      if (ad.significance === undefined) report.activity(r, '/automatedDecisions', `no-significance${suffix}`, {}, { severity });
    }
  },
);
