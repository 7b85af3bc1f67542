import { actsAsPublicAuthority, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 49(3): public authorities in the exercise of their powers may not use 49(1)(a)-(c) or the second subparagraph. */
const BARRED = new Set(['A49-1-a', 'A49-1-b', 'A49-1-c', 'A49-1-subpara2']);

export default defineRule(
  { id: 'public-authority-derogation', processorRecords: true, severity: 'error', citation: 'GDPR Art. 49(3)', messages: ['barred'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (actsAsPublicAuthority(ctx.registry, r) !== true) continue;
      transfersOf(r).forEach((t, i) => {
        if (t.mechanism !== undefined && BARRED.has(t.mechanism)) report.activity(r, join('/transfers', i, 'mechanism'), 'barred', { mechanism: t.mechanism });
      });
    }
  },
);
