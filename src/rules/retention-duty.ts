import { knownLaw } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { durationSeconds } from '../util/duration.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e): data is kept no longer than necessary. A law that obliges the controller to keep data for a
 * period (data/norwegian-law.json `keepFor`: bokføringsloven § 13, five years after the end of the accounting
 * year) is a reason to keep it that long, and no longer. A retention rule whose only reasons are such laws, and
 * whose period is longer than the longest of their periods, gives no reason for the extra time: a warning (the
 * record may have another reason it does not state). A month is counted as up to 31 days.
 */
const DAY = 86400;

export default defineRule({ id: 'retention-duty', severity: 'warning', citation: 'GDPR Art. 5(1)(e); 13(2)(a)', messages: ['longer'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    r.retention.forEach((e, i) => {
      if (e.period === undefined || e.permanent === true || e.law.length === 0) return;
      const kept = durationSeconds(e.period);
      if (kept === undefined) return;
      const duties = e.law.map((l) => knownLaw(l, ctx.reference)?.law.keepFor);
      if (duties.some((d) => d === undefined || d.length === 0)) return;
      const all = duties.flat().filter((d) => d !== undefined);
      const longest = all.reduce((a, b) => ((durationSeconds(b.period) ?? 0) > (durationSeconds(a.period) ?? 0) ? b : a));
      const limit = durationSeconds(longest.period);
      if (limit === undefined || kept <= limit + DAY) return;
      const law = e.law.map((l) => (typeof l.ref === 'string' ? l.ref : l.ref.law)).join(', ');
      report.activity(r, join('/retention', i), 'longer', { period: e.period, law, duty: longest.period, section: longest.section, from: longest.from });
    });
  }
});
