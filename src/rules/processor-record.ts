import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 30(2): a processor's record names each controller it acts for, with contact details (a), and the
 * categories of processing carried out for each (b). Missing controllers or categories are errors; a
 * controller without contact details is a warning (its name may be enough to find it).
 */
export default defineRule(
  {
    id: 'processor-record',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 30(2)(a)-(b)',
    messages: ['no-controllers', 'no-categories', 'controller-contact'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (r.activity.role !== 'processor') continue;
      const p = r.activity.processorFor;
      if (!p) {
        report.activity(r, '/role', 'no-controllers');
        continue;
      }
      if (p.categoriesOfProcessing === undefined) report.activity(r, '/processorFor', 'no-categories');
      p.controllers.forEach((c, i) => {
        const k = c.contact;
        if (!k || (k.email === undefined && k.phone === undefined && k.url === undefined && k.address === undefined))
          report.activity(r, join('/processorFor/controllers', i), 'controller-contact', { controller: c.name }, { severity: 'warning' });
      });
    }
  },
);
