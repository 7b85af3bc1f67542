import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 10: criminal-offence data only under official authority or as law authorises (in Norway personopplysningsloven § 11). */
export default defineRule({ id: 'criminal-data-basis', severity: 'error', citation: 'GDPR Art. 10; personopplysningsloven § 11' }, (ctx, report) => {
  for (const r of ctx.activities) {
    const first = r.criminalOffenceData[0];
    if (!first) continue;
    const art10 = basesWithPointers(r).filter(({ basis }) => basis.gdpr === 'A10');
    const categories = r.criminalOffenceData.map((c) => c.id).join(', ');
    if (art10.length === 0) report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'missing', { categories });
    for (const { basis, pointer } of art10) if (basis.law.length === 0) report.activity(r, pointer, 'no-law', { categories });
  }
});
