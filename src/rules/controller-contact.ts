import { defineRule } from '../check/rule.js';

/**
 * Art. 30(1)(a): the record names the controller and gives its contact details. A postal address is
 * contact details: a record with only an address has them; a missing address is a warning. A registry
 * whose every activity is processed for others is a processor's record: Art. 30(2)(a) asks the same of
 * the processor, and the message says «processor», not «controller».
 */
export default defineRule(
  {
    id: 'controller-contact',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(a), 30(2)(a); 13(1)(a); 14(1)(a)',
    processorRecords: true,
    messages: ['no-address', 'no-contact', 'no-address-processor', 'no-contact-processor'],
  },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    if (!org) return;
    const processorOnly = ctx.activities.length > 0 && ctx.activities.every((r) => r.activity.role === 'processor');
    const c = org.contact;
    const reachable =
      org.address !== undefined || (c !== undefined && (c.email !== undefined || c.phone !== undefined || c.url !== undefined || c.address !== undefined));
    if (!reachable) report.organisation(ctx.registry, '/contact', processorOnly ? 'no-contact-processor' : 'no-contact');
    else if (org.address === undefined && c?.address === undefined)
      report.organisation(ctx.registry, '/address', processorOnly ? 'no-address-processor' : 'no-address', {}, { severity: 'warning' });
  },
);
