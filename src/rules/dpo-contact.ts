import { dpoRequired } from '../check/completeness.js';
import { defineRule } from '../check/rule.js';

/** Art. 37(1): a public body (or one whose core activities call for it) has a DPO, whose contact the notice gives (13/14(1)(b)). */
export default defineRule(
  { id: 'dpo-contact', severity: 'error', citation: 'GDPR Art. 37(1), 37(7); 13(1)(b); 14(1)(b)', messages: ['missing', 'no-contact'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    if (!dpoRequired(org)) return;
    const d = org?.dpo;
    if (!d) report.organisation(ctx.registry, '/dpo', 'missing');
    else if (d.email === undefined && d.phone === undefined && d.url === undefined && d.address === undefined)
      report.organisation(ctx.registry, '/dpo', 'no-contact');
  },
);
