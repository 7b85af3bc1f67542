import { isThirdCountryTransfer, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 44: a transfer outside the EEA rests on an adequacy decision (45), safeguards (46) or a derogation (49). */
export default defineRule(
  { id: 'transfer-mechanism', processorRecords: true, severity: 'error', citation: 'GDPR Art. 44-46, 49; 13(1)(f); 14(1)(f)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      transfersOf(r).forEach((t, i) => {
        if (isThirdCountryTransfer(t, ctx.reference) && t.mechanism === undefined) {
          report.activity(r, join('/transfers', i), 'missing', { destination: t.country ?? t.organisation ?? '' });
        }
      });
    }
  },
);
