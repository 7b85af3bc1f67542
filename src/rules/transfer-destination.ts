import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 30(1)(e): a transfer names the third country or the international organisation. A recipient
 * recorded as abroad with no country (`abroad: true`: «other countries' authorities») is a transfer
 * whose destination the record does not give, unless the activity lists a transfer to it that names
 * one: a warning, as the recipients may all be in the EEA.
 */
export default defineRule(
  { id: 'transfer-destination', processorRecords: true, severity: 'error', citation: 'GDPR Art. 30(1)(e)', messages: ['missing', 'recipient-abroad'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const transfers = transfersOf(r);
      transfers.forEach((t, i) => {
        if (t.country === undefined && t.organisation === undefined) report.activity(r, join('/transfers', i), 'missing');
      });
      if (r.recipients === 'none' || r.recipients === undefined) continue;
      r.recipients.forEach((rec, i) => {
        if (rec.value.abroad !== true || rec.value.country !== undefined) return;
        if (transfers.some((t) => t.recipient === rec.id && (t.country !== undefined || t.organisation !== undefined))) return;
        report.activity(r, join('/recipients', i), 'recipient-abroad', { recipient: rec.id }, { severity: 'warning' });
      });
    }
  },
);
