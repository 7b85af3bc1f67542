import { monthsBetween, olderThan } from '../check/dates.js';
import { defineRule } from '../check/rule.js';

/** Art. 45(3), (5): adequacy decisions are reviewed, amended and revoked; a list older than a year may be wrong. */
export default defineRule({ id: 'adequacy-list-age', severity: 'info', citation: 'GDPR Art. 45(3), 45(5)', messages: ['old'] }, (ctx, report) => {
  const { asOf, asOfLine, file } = ctx.reference.adequacy;
  if (olderThan(asOf, 12, ctx.today)) report.file(file, asOfLine, 'old', { date: asOf, months: monthsBetween(asOf, ctx.today) });
});
