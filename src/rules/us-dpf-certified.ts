import { processorsOf, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Decision (EU) 2023/1795: adequacy for the United States covers only organisations certified under the Data Privacy
 * Framework. A transfer that says `dpfCertified: false` is reported even where the catalogue marks the party certified:
 * the record contradicts itself, and the transfer's own word (this recipient, this transfer) is the specific one.
 * A transfer that names no recipient (`ropa new --transfers US:A45-3` writes none) stands for the activity's own parties
 * in the United States (its processors there, directly or through a system, and its recipients there): it is covered
 * when there is such a party and each is certified, and otherwise reported naming the uncertified one (variants-fysio).
 * A party another transfer names is left to that transfer (a US processor under SCCs beside an unnamed DPF transfer);
 * with no party in the United States left, the transfer is reported as naming no one whose certification can be seen.
 */
export default defineRule(
  {
    id: 'us-dpf-certified',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 45; Commission Implementing Decision (EU) 2023/1795',
    messages: ['missing', 'unnamed'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      // A party another transfer of the activity names is that transfer's to judge (its own mechanism, SCCs or a derogation).
      const named = new Set(transfersOf(r).flatMap((t) => (t.recipient !== undefined ? [t.recipient] : [])));
      transfersOf(r).forEach((t, i) => {
        if (t.country !== 'US' || t.mechanism !== 'A45-3') return;
        const partyCertified = t.party !== undefined && 'dpfCertified' in t.party.value && t.party.value.dpfCertified === true;
        if (t.dpfCertified === false) report.activity(r, join('/transfers', i, 'dpfCertified'), 'missing', { recipient: t.recipient ?? '' });
        else if (t.dpfCertified !== true && !partyCertified) {
          if (t.recipient === undefined && t.party === undefined) {
            // The activity's parties in the US: each must be certified, and one must exist for the transfer to be covered.
            const inUs = [
              ...processorsOf(ctx.registry, r).map((p) => ({
                id: p.id,
                certified: p.value.dpfCertified === true,
                us: p.value.country === 'US' || (p.value.dataLocation ?? []).includes('US'),
              })),
              ...(Array.isArray(r.recipients) ? r.recipients : []).map((x) => ({ id: x.id, certified: false, us: x.value.country === 'US' })),
            ].filter((x) => x.us && !named.has(x.id));
            const uncertified = inUs.find((x) => !x.certified);
            if (inUs.length > 0 && uncertified === undefined) return;
            if (uncertified === undefined) report.activity(r, join('/transfers', i), 'unnamed');
            else report.activity(r, join('/transfers', i), 'missing', { recipient: uncertified.id });
          } else report.activity(r, join('/transfers', i), 'missing', { recipient: t.recipient ?? '' });
        }
      });
    }
  },
);
