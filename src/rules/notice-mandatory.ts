import { collectedFromPerson } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 13(2)(e): when data is collected from the person, say whether giving it is required by law or
 * contract, whether the person must give it, and what happens if not. For voluntary collection the
 * consequence is not asked for: saying it is voluntary answers the question.
 */
export default defineRule(
  {
    id: 'notice-mandatory',
    severity: 'error',
    citation: 'GDPR Art. 13(2)(e)',
    messages: ['missing', 'no-consequences-statutory', 'no-consequences-contractual', 'no-consequences-contract-prerequisite'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (!collectedFromPerson(r)) continue;
      const c = r.activity.collection;
      if (!c) report.activity(r, '/collection', 'missing');
      else if (c.requirement !== 'voluntary' && c.consequences === undefined) report.activity(r, '/collection/requirement', `no-consequences-${c.requirement}`);
    }
  },
);
