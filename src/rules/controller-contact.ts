import { defineRule } from '../check/rule.js';

/** Art. 30(1)(a): the record names the controller and says how to reach it. */
export default defineRule({ id: 'controller-contact', severity: 'error', citation: 'GDPR Art. 30(1)(a); 13(1)(a); 14(1)(a)' }, (ctx, report) => {
  const org = ctx.registry.organisation?.value;
  if (!org) return;
  if (org.address === undefined) report.organisation(ctx.registry, '/address', 'no-address');
  const c = org.contact;
  if (!c || (c.email === undefined && c.phone === undefined && c.url === undefined && c.address === undefined)) {
    report.organisation(ctx.registry, '/contact', 'no-contact');
  }
});
