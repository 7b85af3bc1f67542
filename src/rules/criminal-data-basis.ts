import { basesWithPointers, someLawHasRole } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 10: criminal-offence data is processed only under the control of official authority, or where
 * law authorises it (in Norway personopplysningsloven § 11, which covers processing not under official
 * authority). A public authority processing such data as part of its task relies on its official
 * authority and the task law: a public task (6(1)(e)) or legal obligation (6(1)(c)) with its law suffices.
 */
export default defineRule(
  { id: 'criminal-data-basis', severity: 'error', citation: 'GDPR Art. 10; personopplysningsloven § 11', messages: ['missing', 'no-law'] },
  (ctx, report) => {
    const publicAuthority = ctx.registry.organisation?.value.publicAuthority === true;
    for (const r of ctx.activities) {
      const first = r.criminalOffenceData[0];
      if (!first) continue;
      const bases = basesWithPointers(r);
      // The task law must be one that can cover such data: a law ropa knows to have no Art. 10 role
      // (arbeidsmiljøloven for police certificates) does not; a law it does not know is not judged.
      const officialAuthority =
        publicAuthority &&
        bases.some(
          ({ basis }) =>
            (basis.gdpr === 'A6-1-e' || basis.gdpr === 'A6-1-c') && basis.law.length > 0 && someLawHasRole(basis.law, 'art10-basis', ctx.reference) !== 'no',
        );
      if (officialAuthority) continue;
      const art10 = bases.filter(({ basis }) => basis.gdpr === 'A10');
      const categories = r.criminalOffenceData.map((c) => c.id).join(', ');
      if (art10.length === 0) report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'missing', { categories });
      for (const { basis, pointer } of art10) if (basis.law.length === 0) report.activity(r, pointer, 'no-law', { categories });
    }
  },
);
