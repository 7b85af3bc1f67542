import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 9(2)(b), (g), (h), (i), (j) apply only as provided by EU or national law: the record names it. */
const NEEDS_LAW = new Set(['A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j']);

export default defineRule({ id: 'special-category-law', severity: 'error', citation: 'GDPR Art. 9(2)(b), (g)-(j)' }, (ctx, report) => {
  for (const r of ctx.activities) {
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if (NEEDS_LAW.has(basis.gdpr) && basis.law.length === 0) report.activity(r, pointer, 'missing', { purpose: purpose.id, code: basis.gdpr });
    }
  }
});
