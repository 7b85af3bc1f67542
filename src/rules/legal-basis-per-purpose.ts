import { isArt6 } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 6(1): every purpose rests on an Art. 6 basis. An Art. 9(2) condition lifts the Art. 9(1) ban; it is not an Art. 6 basis. */
export default defineRule(
  { id: 'legal-basis-per-purpose', severity: 'error', citation: 'GDPR Art. 6(1); 13(1)(c); 14(1)(c)', messages: ['missing', 'only-other'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.purposes.forEach((p, i) => {
        if (p.legalBasis.some((b) => isArt6(b.gdpr))) return;
        const others = p.legalBasis.map((b) => b.gdpr);
        if (others.length > 0) report.activity(r, join('/purposes', i, 'legalBasis'), 'only-other', { purpose: p.id, codes: others.join(', ') });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
