import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Recital 43: consent is unlikely to be freely given to a public authority. A public body that uses
 * consent where its purpose is a statutory task (statistics or research, a duty to provide data, or a
 * purpose that also cites a legal obligation or public task) should check that consent is the right basis.
 */
export default defineRule({ id: 'consent-for-public-task', severity: 'warning', citation: 'GDPR Art. 4(11), 6(1)(a), 7(4); rec. 43' }, (ctx, report) => {
  if (ctx.registry.organisation?.value.publicAuthority !== true) return;
  for (const r of ctx.activities) {
    const statutoryCollection = r.activity.collection?.requirement === 'statutory';
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if (basis.gdpr !== 'A6-1-a') continue;
      const task = purpose.researchOrStatistics === true || statutoryCollection || purpose.legalBasis.some((b) => b.gdpr === 'A6-1-c' || b.gdpr === 'A6-1-e');
      if (task) report.activity(r, pointer, 'statutory-task', { purpose: purpose.id });
    }
  }
});
