import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 6(3): a legal obligation or a public task needs a basis in EU or national law that sets the purpose. */
export default defineRule({ id: 'supplementary-law', severity: 'error', citation: 'GDPR Art. 6(3); 6(1)(c), (e)' }, (ctx, report) => {
  for (const r of ctx.activities) {
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if ((basis.gdpr === 'A6-1-c' || basis.gdpr === 'A6-1-e') && basis.law.length === 0) report.activity(r, pointer, 'missing', { purpose: purpose.id, code: basis.gdpr });
    }
  }
});
