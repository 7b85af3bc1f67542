import { dpoRequired } from '../check/completeness.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 37(1): a public body (or one whose core activities call for it) has a DPO, whose contact the notice gives
 * (13/14(1)(b)). A DPO designated voluntarily (Art. 37(4)) is a DPO all the same: Art. 37(7) («shall publish the contact
 * details of the data protection officer») has no condition, and WP243 rev.01 applies Arts. 37-39 to a voluntary
 * designation as if it were mandatory; so a DPO named with no way to reach them is reported whatever the body.
 */
export default defineRule(
  { id: 'dpo-contact', severity: 'error', citation: 'GDPR Art. 37(1), 37(7); 13(1)(b); 14(1)(b)', messages: ['missing', 'no-contact'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const d = org?.dpo;
    if (!d) {
      if (dpoRequired(org)) report.organisation(ctx.registry, '/dpo', 'missing');
    } else if (d.email === undefined && d.phone === undefined && d.url === undefined && d.address === undefined)
      report.organisation(ctx.registry, '/dpo', 'no-contact');
  },
);
