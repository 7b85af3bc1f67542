import { basesWithPointers, isConsent } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 8, personopplysningsloven § 5: for information society services offered to children, consent
 * below 13 needs the holder of parental responsibility. Fires where consent covers data subjects that
 * include children and the basis does not say how the age limit is handled.
 */
export default defineRule(
  { id: 'child-consent-age', severity: 'warning', citation: 'GDPR Art. 8(1); personopplysningsloven § 5', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const children = r.dataSubjects.filter((s) => s.value.children === true).map((s) => s.id);
      if (children.length === 0) continue;
      // One finding per purpose: consent under 6(1)(a) and 9(2)(a) for one purpose is one consent to ask about.
      const asked = new Set<number>();
      for (const { basis, pointer, purpose, p } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr) || asked.has(p)) continue;
        if (purpose.legalBasis.some((b) => isConsent(b.gdpr) && b.childConsent !== undefined)) continue;
        asked.add(p);
        report.activity(r, pointer, 'missing', { purpose: purpose.id, subjects: children.join(', ') });
      }
    }
  },
);
