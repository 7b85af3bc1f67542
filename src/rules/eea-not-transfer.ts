import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Chapter V covers third countries only: a "transfer" within the EEA needs no mechanism and should not be listed as one. */
export default defineRule(
  { id: 'eea-not-transfer', processorRecords: true, severity: 'info', citation: 'GDPR Art. 44; EEA Agreement', messages: ['eea'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      transfersOf(r).forEach((t, i) => {
        if (t.organisation === undefined && t.country !== undefined && ctx.reference.eea.countries.has(t.country)) {
          report.activity(r, join('/transfers', i, 'country'), 'eea', { country: t.country });
        }
      });
    }
  },
);
