import { basesWithPointers, citesProvision } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * personopplysningsloven § 9: special categories processed for archiving, research or statistics
 * without consent need the DPO consulted first, unless a DPIA has been carried out.
 */
export default defineRule({ id: 'research-dpo-consulted', severity: 'error', citation: 'personopplysningsloven § 9 (2); GDPR Art. 9(2)(j)' }, (ctx, report) => {
  const provision = ctx.reference.law.provisions.specialCategoriesResearch;
  for (const r of ctx.activities) {
    if (r.activity.dpia?.status === 'done') continue;
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if (basis.gdpr !== 'A9-2-j' || basis.dpoConsulted !== undefined) continue;
      if (basis.law.some((l) => citesProvision(l, provision, ctx.reference))) report.activity(r, pointer, 'missing', { purpose: purpose.id });
    }
  }
});
