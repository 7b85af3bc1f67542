import { basesWithPointers, isArt89Purpose } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Recital 43: consent is unlikely to be freely given to a public authority. A public body that uses
 * consent where its purpose is a statutory task (statistics or research, a duty to provide data, or a
 * purpose that also cites a legal obligation or public task) should check that consent is the right
 * basis. Consent from the controller's own employees is rarely free either (EDPB Guidelines 05/2020
 * on consent, paras. 21-23), for any employer. Nor is consent to a public body from people who depend
 * on it, recorded as vulnerable data subjects (care recipients, patients, applicants for assistance):
 * recital 43's «clear imbalance» (EDPB Guidelines 05/2020, paras. 16-20).
 */
export default defineRule(
  {
    id: 'consent-for-public-task',
    severity: 'warning',
    citation: 'GDPR Art. 4(11), 6(1)(a), 7(4); rec. 43; EDPB Guidelines 05/2020',
    messages: ['statutory-task', 'employees', 'vulnerable'],
  },
  (ctx, report) => {
    const publicAuthority = ctx.registry.organisation?.value.publicAuthority === true;
    for (const r of ctx.activities) {
      const statutoryCollection = r.activity.collection?.requirement === 'statutory';
      const employees = r.dataSubjects.filter((s) => s.value.employees === true).map((s) => s.id);
      const vulnerable = r.dataSubjects.filter((s) => s.value.vulnerable === true).map((s) => s.id);
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-a' && basis.gdpr !== 'A9-2-a') continue;
        if (employees.length > 0) report.activity(r, pointer, 'employees', { purpose: purpose.id, subjects: employees.join(', ') });
        if (!publicAuthority || basis.gdpr !== 'A6-1-a') continue;
        const task = isArt89Purpose(purpose) || statutoryCollection || purpose.legalBasis.some((b) => b.gdpr === 'A6-1-c' || b.gdpr === 'A6-1-e');
        if (task) report.activity(r, pointer, 'statutory-task', { purpose: purpose.id });
        else if (vulnerable.length > 0) report.activity(r, pointer, 'vulnerable', { purpose: purpose.id, subjects: vulnerable.join(', ') });
      }
    }
  },
);
