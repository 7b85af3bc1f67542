import { art6Codes } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Datatilsynet's guidance: choose one Art. 6 basis per purpose; several blur which rights apply. */
export default defineRule(
  { id: 'single-basis-per-purpose', severity: 'warning', citation: 'GDPR Art. 6(1); Datatilsynet, behandlingsgrunnlag', messages: ['several'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.purposes.forEach((p, i) => {
        const codes = art6Codes(p);
        if (codes.length > 1) report.activity(r, join('/purposes', i, 'legalBasis'), 'several', { purpose: p.id, codes: codes });
      });
    }
  },
);
