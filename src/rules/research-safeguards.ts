import { isArt89Purpose } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 89(1): processing for archiving, research or statistics has safeguards (minimisation, pseudonymisation). */
export default defineRule(
  { id: 'research-safeguards', severity: 'error', citation: 'GDPR Art. 89(1); 9(2)(j)', messages: ['missing', 'not-art89'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.purposes.forEach((p, i) => {
        const research = isArt89Purpose(p) || p.legalBasis.some((b) => b.gdpr === 'A9-2-j');
        if (!research || p.safeguards.some((s) => s.value.art89 === true)) return;
        if (p.safeguards.length > 0) report.activity(r, join('/purposes', i, 'safeguards'), 'not-art89', { purpose: p.id });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
