import { retentionCoverage } from '../check/retention.js';
import { defineRule } from '../check/rule.js';
import { citeLaw } from '../model/legal.js';
import { join } from '../util/pointer.js';

/**
 * Art. 30(1)(f), 13/14(2)(a): each data category has a time limit: a period, the criterion that ends
 * retention, or permanent keeping. An entry that only names a law is reported as a warning: the law
 * may set the limit, but the record should say what it is.
 */
export default defineRule(
  {
    id: 'retention-defined',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(f); 13(2)(a); 14(2)(a); 5(1)(e)',
    messages: ['none', 'no-limit', 'no-limit-policy', 'law-only', 'law-only-policy', 'uncovered'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const c = retentionCoverage(r);
      if (c.none) {
        report.activity(r, '/retention', 'none');
        continue;
      }
      for (const e of c.undefinedEntries) {
        const entry = r.retention[e.index]!;
        const where = join('/retention', e.index, ...(r.activity.retention?.[e.index]?.policy !== undefined ? ['policy'] : []));
        const policy = entry.policy?.id ?? '';
        if (e.lawOnly) {
          report.activity(
            r,
            where,
            policy ? 'law-only-policy' : 'law-only',
            { policy, laws: entry.law.map((l) => citeLaw(l, ctx.registry.languages[0]!)).join(', ') },
            { severity: 'warning' },
          );
        } else report.activity(r, where, policy ? 'no-limit-policy' : 'no-limit', { policy });
      }
      for (const u of c.uncovered) report.activity(r, join('/dataCategories', u.index), 'uncovered', { category: u.id });
    }
  },
);
