import { monthsBetween, olderThan } from '../check/dates.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 5(2), 24(1): the record is kept up to date. Fires when the next review date has passed or, with
 * no next date set, when the last review is more than twelve months old. An activity with no review
 * recorded at all gets an info.
 */
export default defineRule(
  {
    id: 'review-overdue',
    processorRecords: true,
    severity: 'warning',
    citation: 'GDPR Art. 5(2); 24(1); 30(1)',
    messages: ['next-passed', 'last-old', 'never'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const rv = r.activity.review;
      if (rv?.nextReview !== undefined) {
        if (rv.nextReview < ctx.today) report.activity(r, '/review/nextReview', 'next-passed', { date: rv.nextReview });
      } else if (rv?.lastReviewed !== undefined) {
        if (olderThan(rv.lastReviewed, 12, ctx.today))
          report.activity(r, '/review/lastReviewed', 'last-old', { date: rv.lastReviewed, months: monthsBetween(rv.lastReviewed, ctx.today) });
      } else report.activity(r, '/review', 'never', {}, { severity: 'info' });
    }
  },
);
