import { basesWithPointers, isConsent } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 7(3): consent can be withdrawn as easily as given, and the person is told how (13(2)(c), 14(2)(d)). */
export default defineRule(
  { id: 'consent-withdrawal', severity: 'error', citation: 'GDPR Art. 7(3); 13(2)(c); 14(2)(d)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (isConsent(basis.gdpr) && basis.consentWithdrawal === undefined) report.activity(r, pointer, 'missing', { purpose: purpose.id });
      }
    }
  },
);
