import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { isArt9Condition } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * Art. 9: special categories are prohibited (9(1)) unless an Art. 9(2) condition applies. Citing
 * "Art. 9(1)" as if it were a basis cites the prohibition. The condition is per purpose: a condition
 * on one purpose does not clear another purpose of the same activity (a warning, as the record does
 * not say which purposes use the special categories).
 */
export default defineRule(
  { id: 'special-category-condition', severity: 'error', citation: 'GDPR Art. 9(1)-(2)', messages: ['art9-1', 'no-condition', 'purpose'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const bases = basesWithPointers(r);
      for (const { basis, pointer, purpose } of bases) {
        if (basis.gdpr === 'A9-1') report.activity(r, pointer, 'art9-1', { purpose: purpose.id });
      }
      const first = r.specialCategories[0];
      if (!first) continue;
      const categories = r.specialCategories.map((c) => c.id).join(', ');
      if (!bases.some(({ basis }) => isArt9Condition(basis.gdpr))) {
        report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'no-condition', { categories });
        continue;
      }
      r.purposes.forEach((purpose, p) => {
        if (purpose.legalBasis.length === 0 || purpose.legalBasis.some((b) => isArt9Condition(b.gdpr))) return;
        report.activity(r, join('/purposes', p, 'legalBasis'), 'purpose', { purpose: purpose.id, categories }, { severity: 'warning', target: 'key' });
      });
    }
  },
);
