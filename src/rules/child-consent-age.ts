import { basesWithPointers, isConsent, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 8, personopplysningsloven § 5: for information society services offered to children, consent
 * below 13 needs the holder of parental responsibility. Fires where consent covers data subjects that
 * include children and the basis does not say how the age limit is handled. Research is no information society
 * service: consent to medical and health research belongs to those over 16 (helseforskningsloven § 17 first paragraph;
 * below 16 the parents consent, fourth paragraph). A research purpose on consent, in an activity with health or genetic
 * data, whose stated age limit is below 16 («fra 13 år») gets a warning (`research-age`).
 */
const AGE_UNDER_16 =
  /(?<![\p{L}\d])(?:[0-9]|1[0-5])(?:\s*(?:år|års|years?|yrs?)\b|-årsgrensen|\s*-?\s*årsgrense)|(?:fra|frå|from|over|age|alder(?:en)?)\s+(?:[0-9]|1[0-5])(?![\d])/iu;
const HEALTH = new Set(['health', 'genetic']);
export default defineRule(
  { id: 'child-consent-age', severity: 'warning', citation: 'GDPR Art. 8(1); personopplysningsloven § 5', messages: ['missing', 'research-age'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const children = r.dataSubjects.filter((s) => s.value.children === true).map((s) => s.id);
      if (children.length === 0) continue;
      // One finding per purpose: consent under 6(1)(a) and 9(2)(a) for one purpose is one consent to ask about.
      const asked = new Set<number>();
      for (const { basis, pointer, purpose, p } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr) || asked.has(p)) continue;
        const stated = purpose.legalBasis.filter((b) => isConsent(b.gdpr) && b.childConsent !== undefined);
        if (stated.length > 0) {
          const research = purpose.researchOrStatistics === true || purpose.researchOrStatistics === 'research';
          const health = r.dataCategories.some((c) => c.value.specialCategory !== undefined && HEALTH.has(c.value.specialCategory));
          if (research && health && stated.some((b) => textsOf(b.childConsent).some((t) => AGE_UNDER_16.test(t)))) {
            asked.add(p);
            report.activity(r, pointer, 'research-age', { purpose: purpose.id, subjects: children.join(', ') });
          }
          continue;
        }
        asked.add(p);
        report.activity(r, pointer, 'missing', { purpose: purpose.id, subjects: children.join(', ') });
      }
    }
  },
);
