import { lawName, someLawHasRole } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e), 89(1), 17(3)(d): data may be kept for ever only for archiving, research or statistics
 * with Art. 89 safeguards, or where archive law requires it. A law that ropa knows is no archive law
 * (arbeidsmiljøloven) does not justify it; a law it does not know is not judged.
 */
export default defineRule(
  { id: 'permanent-retention-basis', severity: 'error', citation: 'GDPR Art. 5(1)(e); 89(1); 17(3)(d)', messages: ['missing', 'not-archive-law'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const safeguarded = r.purposes.some((p) => p.safeguards.some((s) => s.value.art89 === true));
      r.retention.forEach((e, i) => {
        if (e.permanent !== true || safeguarded || e.archive !== undefined) return;
        if (e.law.length === 0) report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
        else if (someLawHasRole(e.law, 'archive-duty', ctx.reference) === 'no') {
          report.activity(r, join('/retention', i), 'not-archive-law', { policy: e.policy?.id ?? '', laws: e.law.map(lawName).join(', ') });
        }
      });
    }
  },
);
