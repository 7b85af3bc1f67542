import { defineRule } from '../check/rule.js';
import { durationSeconds } from '../util/duration.js';
import type { RiskFactors } from '../model/types.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e) and Norwegian regulations that set a maximum retention (data/retention-limits.json).
 * Camera surveillance in a business: forskrift om kameraovervåking i virksomhet (FOR-2018-07-02-1107)
 * § 6, read in Norsk Lovtidend's text with its 2021 amendment: recordings are deleted at the latest one
 * week after recording, 30 days where a recording is likely to be handed to the police, three months at
 * points of sale that use payment instruments or proof of identity or in premises with post or bank
 * services. The regulation rests on arbeidsmiljøloven § 9-6 and protects employees: where no data
 * subject of the activity is marked as employees, ropa cannot tell whether it applies and only warns.
 * The activity's shortest retention period is what the recordings can at most be covered by.
 */
const DAY = 86400;

export default defineRule(
  {
    id: 'retention-limit',
    severity: 'error',
    citation: 'GDPR Art. 5(1)(e); forskrift om kameraovervåking i virksomhet § 6',
    messages: ['exceeds', 'premises-only', 'exception-only', 'if-employees'],
  },
  (ctx, report) => {
    for (const limit of ctx.reference.retentionLimits.limits) {
      const max = durationSeconds(limit.max);
      const extended = durationSeconds(limit.extendedMax ?? limit.max);
      const premises = durationSeconds(limit.premisesMax ?? limit.extendedMax ?? limit.max);
      if (max === undefined || extended === undefined || premises === undefined) continue;
      for (const r of ctx.activities) {
        if (r.activity.riskFactors?.[limit.riskFactor as keyof RiskFactors] !== true) continue;
        const periods = r.retention.flatMap((e, i) => {
          const s = e.period !== undefined ? durationSeconds(e.period) : undefined;
          return s === undefined ? [] : [{ i, s, period: e.period! }];
        });
        if (periods.length === 0 || r.retention.some((e) => e.period === undefined && e.permanent !== true)) continue;
        const shortest = periods.reduce((a, b) => (b.s < a.s ? b : a));
        // A month is counted as up to 31 days: "P1M" is within "30 days", "P92D" within "three months".
        if (shortest.s <= max + DAY / 2) continue;
        const pointer = join('/retention', shortest.i);
        const args = {
          limit: limit.id,
          period: shortest.period,
          max: limit.max,
          extended: limit.extendedMax ?? limit.max,
          premises: limit.premisesMax ?? limit.extendedMax ?? limit.max,
          citation: limit.citation,
        };
        if (limit.subjects === 'employees' && !r.dataSubjects.some((s) => s.value.employees === true))
          report.activity(r, pointer, 'if-employees', args, { severity: 'warning' });
        else if (shortest.s > premises + DAY) report.activity(r, pointer, 'exceeds', args);
        else if (shortest.s > extended + DAY) report.activity(r, pointer, 'premises-only', args, { severity: 'warning' });
        else report.activity(r, pointer, 'exception-only', args, { severity: 'warning' });
      }
    }
  },
);
