import { monthsBetween, olderThan } from '../check/dates.js';
import { datedFiles } from '../check/reference.js';
import { defineRule } from '../check/rule.js';

/**
 * The EEA list, Datatilsynet's DPIA list, the WP248 criteria, the Norwegian provisions, the retention limits and the third-country
 * cities (checked against GeoNames) are dated too (the adequacy list has its own rule).
 */
export default defineRule(
  { id: 'reference-data-age', severity: 'info', citation: 'GDPR Art. 35(4), 35(6); EEA Agreement', messages: ['old'] },
  (ctx, report) => {
    for (const { name, file } of datedFiles(ctx.reference)) {
      if (name === 'adequacy') continue;
      if (olderThan(file.asOf, 12, ctx.today)) report.file(file.file, file.asOfLine, 'old', { date: file.asOf, months: monthsBetween(file.asOf, ctx.today) });
    }
  },
);
