import { defineRule } from '../check/rule.js';

/**
 * Art. 30(1)(a): the record names the controller and gives its contact details. A postal address is
 * contact details: a record with only an address has them; a missing address is a warning.
 */
export default defineRule(
  { id: 'controller-contact', severity: 'error', citation: 'GDPR Art. 30(1)(a); 13(1)(a); 14(1)(a)', messages: ['no-address', 'no-contact'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    if (!org) return;
    const c = org.contact;
    const reachable =
      org.address !== undefined || (c !== undefined && (c.email !== undefined || c.phone !== undefined || c.url !== undefined || c.address !== undefined));
    if (!reachable) report.organisation(ctx.registry, '/contact', 'no-contact');
    else if (org.address === undefined && c?.address === undefined) report.organisation(ctx.registry, '/address', 'no-address', {}, { severity: 'warning' });
  },
);
