import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 6(1)(f): the interest is named (13(1)(d), 14(2)(b)) and the balancing test documented (Art. 5(2)). */
export default defineRule(
  {
    id: 'legitimate-interest-assessment',
    severity: 'error',
    citation: 'GDPR Art. 6(1)(f); 13(1)(d); 14(2)(b); 5(2)',
    messages: ['no-interest', 'no-assessment'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-f') continue;
        if (basis.legitimateInterest === undefined) report.activity(r, pointer, 'no-interest', { purpose: purpose.id });
        if (basis.interestAssessment === undefined) report.activity(r, pointer, 'no-assessment', { purpose: purpose.id });
      }
    }
  },
);
