import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Decision (EU) 2023/1795: adequacy for the United States covers only organisations certified under the Data Privacy
 * Framework. A transfer that says `dpfCertified: false` is reported even where the catalogue marks the party certified:
 * the record contradicts itself, and the transfer's own word (this recipient, this transfer) is the specific one.
 */
export default defineRule(
  {
    id: 'us-dpf-certified',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 45; Commission Implementing Decision (EU) 2023/1795',
    messages: ['missing'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      transfersOf(r).forEach((t, i) => {
        if (t.country !== 'US' || t.mechanism !== 'A45-3') return;
        const partyCertified = t.party !== undefined && 'dpfCertified' in t.party.value && t.party.value.dpfCertified === true;
        if (t.dpfCertified === false) report.activity(r, join('/transfers', i, 'dpfCertified'), 'missing', { recipient: t.recipient ?? '' });
        else if (t.dpfCertified !== true && !partyCertified) report.activity(r, join('/transfers', i), 'missing', { recipient: t.recipient ?? '' });
      });
    }
  },
);
