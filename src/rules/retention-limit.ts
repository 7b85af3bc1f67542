import { defineRule } from '../check/rule.js';
import { durationSeconds } from '../util/duration.js';
import type { RiskFactors } from '../model/types.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e) and Norwegian regulations that set a maximum retention (data/retention-limits.json):
 * camera-surveillance recordings in a business are deleted at the latest after seven days, or 30 where
 * a recording is likely to be handed to the police (forskrift om kameraovervåking i virksomhet,
 * FOR-2018-07-02-1107). The activity's
 * shortest retention period is what the recordings can at most be covered by: where even that is
 * longer than the exception allows it is an error, longer than the main rule a warning. The regulation's text
 * was not read (docs/rules/retention-limit.md says what was).
 */
const DAY = 86400;

export default defineRule(
  {
    id: 'retention-limit',
    severity: 'error',
    citation: 'GDPR Art. 5(1)(e); forskrift om kameraovervåking i virksomhet',
    messages: ['exceeds', 'exception-only'],
  },
  (ctx, report) => {
    for (const limit of ctx.reference.retentionLimits.limits) {
      const max = durationSeconds(limit.max);
      const extended = durationSeconds(limit.extendedMax ?? limit.max);
      if (max === undefined || extended === undefined) continue;
      for (const r of ctx.activities) {
        if (r.activity.riskFactors?.[limit.riskFactor as keyof RiskFactors] !== true) continue;
        const periods = r.retention.flatMap((e, i) => {
          const s = e.period !== undefined ? durationSeconds(e.period) : undefined;
          return s === undefined ? [] : [{ i, s, period: e.period! }];
        });
        if (periods.length === 0 || r.retention.some((e) => e.period === undefined && e.permanent !== true)) continue;
        const shortest = periods.reduce((a, b) => (b.s < a.s ? b : a));
        // A month is counted as up to 31 days: "P1M" is within "30 days".
        const args = { limit: limit.id, period: shortest.period, max: limit.max, extended: limit.extendedMax ?? limit.max, citation: limit.citation };
        if (shortest.s > extended + DAY) report.activity(r, join('/retention', shortest.i), 'exceeds', args);
        else if (shortest.s > max + DAY / 2) report.activity(r, join('/retention', shortest.i), 'exception-only', args, { severity: 'warning' });
      }
    }
  },
);
