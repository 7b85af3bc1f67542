import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 23, 89(2)-(3): a restriction of data-subject rights needs a legal measure. Provisions that only
 * allow the EU or a member state to legislate (Art. 23, 85, 89(2), 89(3)) need the national law named;
 * provisions that apply directly (e.g. Art. 14(5), 17(3), 21(6)) are a reference in themselves.
 */
const NEEDS_NATIONAL_LAW = /\b(23|85)\b|89\s*(\(\s*[23]\s*\)|nr\.?\s*[23])/i;

export default defineRule({ id: 'rights-restriction-reference', severity: 'error', citation: 'GDPR Art. 23(1)-(2); 89(2)-(3); personopplysningsloven §§ 16-17' }, (ctx, report) => {
  for (const r of ctx.activities) {
    (r.activity.rightsRestrictions ?? []).forEach((x, i) => {
      if ((x.law ?? []).length > 0) return;
      if (x.gdpr === undefined) report.activity(r, join('/rightsRestrictions', i), 'missing', { right: x.right });
      else if (NEEDS_NATIONAL_LAW.test(x.gdpr)) report.activity(r, join('/rightsRestrictions', i, 'gdpr'), 'national-law', { right: x.right, gdpr: x.gdpr });
    });
  }
});
