import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 9(2)(b), (g), (h), (i), (j) apply only as provided by EU or national law: the record names it.
 * (b) may also rest on a collective agreement, and (h) on a contract with a health professional
 * (Art. 9(2)(h), 9(3)): `agreement` names it.
 */
const NEEDS_LAW = new Set(['A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j']);
const AGREEMENT_SUFFICES = new Set(['A9-2-b', 'A9-2-h']);

export default defineRule(
  { id: 'special-category-law', severity: 'error', citation: 'GDPR Art. 9(2)(b), (g)-(j); 9(3)', messages: ['missing', 'missing-or-agreement'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (!NEEDS_LAW.has(basis.gdpr) || basis.law.length > 0) continue;
        if (AGREEMENT_SUFFICES.has(basis.gdpr) && basis.agreement !== undefined) continue;
        report.activity(r, pointer, AGREEMENT_SUFFICES.has(basis.gdpr) ? 'missing-or-agreement' : 'missing', { purpose: purpose.id, code: basis.gdpr });
      }
    }
  },
);
