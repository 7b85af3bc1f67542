import { basesWithPointers, citesProvision } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * personopplysningsloven § 12: national identity numbers only where there is a real need for secure
 * identification and the method is necessary. § 12 is a condition, not a legal basis: the record states
 * the need in the activity's `nationalIdNeed`. A record that already cites § 12 in a legal basis shows
 * the need was considered and is not reported.
 */
export default defineRule({ id: 'national-id-justified', severity: 'warning', citation: 'personopplysningsloven § 12; GDPR Art. 87' }, (ctx, report) => {
  const provision = ctx.reference.law.provisions.nationalIdentifier;
  for (const r of ctx.activities) {
    const first = r.nationalIdentifiers[0];
    if (!first || r.activity.nationalIdNeed !== undefined) continue;
    if (basesWithPointers(r).some(({ basis }) => basis.law.some((l) => citesProvision(l, provision, ctx.reference)))) continue;
    report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'missing', {
      categories: r.nationalIdentifiers.map((c) => c.id).join(', '),
    });
  }
});
