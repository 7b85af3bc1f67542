import { basesWithPointers, lawHasRole, lawName } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 6(3): a legal obligation or a public task needs a basis in EU or national law that sets the
 * purpose. Where every law cited is one ropa knows (data/norwegian-law.json) and none can be such a
 * basis (personopplysningsloven for a legal obligation), that is a finding; a law ropa does not know
 * is not judged.
 */
export default defineRule({ id: 'supplementary-law', severity: 'error', citation: 'GDPR Art. 6(3); 6(1)(c), (e)', messages: ['missing', 'not-a-basis'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if (basis.gdpr !== 'A6-1-c' && basis.gdpr !== 'A6-1-e') continue;
      if (basis.law.length === 0) {
        report.activity(r, pointer, 'missing', { purpose: purpose.id, code: basis.gdpr });
        continue;
      }
      const answers = basis.law.map((l) => {
        const a = lawHasRole(l, 'supplementary-basis', ctx.reference);
        return a === 'no' && basis.gdpr === 'A6-1-e' ? lawHasRole(l, 'public-task-basis', ctx.reference) : a;
      });
      if (answers.every((a) => a === 'no')) report.activity(r, pointer, 'not-a-basis', { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawName).join(', ') });
    }
  }
});
