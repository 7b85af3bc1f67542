import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 30(1)(e): a transfer names the third country or the international organisation. */
export default defineRule({ id: 'transfer-destination', severity: 'error', citation: 'GDPR Art. 30(1)(e)', messages: ['missing'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    transfersOf(r).forEach((t, i) => {
      if (t.country === undefined && t.organisation === undefined) report.activity(r, join('/transfers', i), 'missing');
    });
  }
});
