import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 30(1)(d): recipients, or an explicit `none`; silence is not an answer. Nor is `none` when the activity lists
 * a transfer to a recipient (a catalogue recipient, not a processor) or to an international organisation: whoever
 * data is disclosed to abroad is a recipient (Art. 4(9)), and the record contradicts itself (`none-but-transfers`).
 * The controller's own staff abroad are not such a recipient.
 */
export default defineRule(
  { id: 'recipients-stated', severity: 'error', citation: 'GDPR Art. 30(1)(d); 13(1)(e); 14(1)(e)', messages: ['missing', 'none-but-transfers'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const rec = r.activity.recipients;
      if (rec === undefined || (Array.isArray(rec) && rec.length === 0)) report.activity(r, '/recipients', 'missing');
      else if (rec === 'none') {
        // The controller's own staff abroad (`type: internal`) receive nothing from anyone else: EDPB Guidelines 05/2021,
        // an employee is «an integral part of the controller», so there is no disclosure to contradict `none`.
        const to = transfersOf(r).flatMap((t) =>
          t.party !== undefined && 'type' in t.party.value
            ? t.party.value.type === 'internal'
              ? []
              : [t.party.id]
            : t.party === undefined && t.organisation !== undefined
              ? [t.organisation]
              : [],
        );
        if (to.length > 0) report.activity(r, '/recipients', 'none-but-transfers', { recipients: [...new Set(to)].join(', ') });
      }
    }
  },
);
