import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/** Art. 6(1) second subparagraph: public authorities may not rely on legitimate interests for their tasks. */
export default defineRule(
  { id: 'public-task-not-legitimate-interest', severity: 'error', citation: 'GDPR Art. 6(1) subpara. 2; rec. 47', messages: ['public-authority'] },
  (ctx, report) => {
    if (ctx.registry.organisation?.value.publicAuthority !== true) return;
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr === 'A6-1-f') report.activity(r, pointer, 'public-authority', { purpose: purpose.id });
      }
    }
  },
);
