import { claimsExpression, commercialWords, expressionExempt } from '../check/journalism.js';
import { isArt6 } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 6(1): every purpose rests on an Art. 6 basis. An Art. 9(2) condition lifts the Art. 9(1) ban; it is not an Art. 6
 * basis. A purpose that cites personopplysningsloven § 3 (the exemption for journalistic, academic, artistic and literary
 * expression, Art. 85) while its own words are commercial (subscriptions, invoices, marketing, ads, sales, competitions,
 * comment moderation …) or say nothing of such expression is warned: § 3 follows the purpose, and for anything else an
 * Art. 6 basis is needed on its own terms (src/check/journalism.ts).
 */
export default defineRule(
  {
    id: 'legal-basis-per-purpose',
    severity: 'error',
    citation: 'GDPR Art. 6(1); 13(1)(c); 14(1)(c)',
    messages: ['missing', 'only-other', 'journalism-commercial', 'journalism-unshown'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.purposes.forEach((p, i) => {
        if (claimsExpression(p, ctx.reference) && !expressionExempt(p, ctx.reference))
          report.activity(
            r,
            join('/purposes', i, 'legalBasis'),
            commercialWords(p) ? 'journalism-commercial' : 'journalism-unshown',
            { purpose: p.id },
            {
              severity: 'warning',
              target: 'key',
            },
          );
        if (p.legalBasis.some((b) => isArt6(b.gdpr))) return;
        const others = p.legalBasis.map((b) => b.gdpr);
        if (others.length > 0) report.activity(r, join('/purposes', i, 'legalBasis'), 'only-other', { purpose: p.id, codes: others.join(', ') });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
