import { basesWithPointers, isConsent } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 4(11), 7; rec. 32: consent is a clear affirmative act. Silence, inactivity, going on using a
 * service or a browser that accepts cookies is no consent (CJEU C-673/17 Planet49). For cookies and
 * similar storage on the user's device, ekomloven § 3-15 requires GDPR-standard consent from
 * 1 January 2025: "consent through browser settings" is no longer valid. A notice that publishes such
 * a consent states an unlawful basis, so a final notice is refused (blocksNotice).
 *
 * Consent given by accepting a service's terms and conditions (`accept-terms`) is bundled with the
 * contract: the request is not «clearly distinguishable from the other matters» (Art. 7(2)), and consent
 * the service depends on is not freely given (Art. 7(4), rec. 43). What the service needs rests on
 * Art. 6(1)(b); anything else needs a separate consent.
 */
export default defineRule(
  {
    id: 'consent-valid',
    severity: 'error',
    citation: 'GDPR Art. 4(11), 7(1); rec. 32; ekomloven § 3-15',
    blocksNotice: true,
    messages: ['browser-settings', 'continued-use', 'accept-terms'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, purpose, p, b } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr)) continue;
        if (basis.consentMethod === 'browser-settings' || basis.consentMethod === 'continued-use' || basis.consentMethod === 'accept-terms') {
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentMethod'), basis.consentMethod, { purpose: purpose.id });
        }
      }
    }
  },
);
