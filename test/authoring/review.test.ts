import { describe, expect, it } from 'vitest';
import { reviewDue, reviewDueDate } from '../../src/check/review.js';
import { olderThan } from '../../src/check/dates.js';

/**
 * One count of "twelve months after lastReviewed", for `ropa list --review-due` and the
 * review-overdue rule: a period in years ends on the same date, or on the last day of the month when
 * that date does not exist (Regulation (EEC, Euratom) No 1182/71 Art. 3(2)(c)).
 */
describe('the review due date', () => {
  it('is twelve months after the last review, 29 February becoming 28 February', () => {
    expect(reviewDueDate({ lastReviewed: '2025-06-15' })).toBe('2026-06-15');
    expect(reviewDueDate({ lastReviewed: '2024-02-29' })).toBe('2025-02-28');
    expect(reviewDueDate({ lastReviewed: '2023-02-28' })).toBe('2024-02-28');
  });

  it('is nextReview when set, and none when never reviewed', () => {
    expect(reviewDueDate({ lastReviewed: '2024-02-29', nextReview: '2024-09-01' })).toBe('2024-09-01');
    expect(reviewDueDate({})).toBeUndefined();
    expect(reviewDue(undefined, '2025-01-01')).toBe(true);
  });

  it('falls due on that date, and is overdue for the rule the day after', () => {
    const review = { lastReviewed: '2024-02-29' };
    expect(reviewDue(review, '2025-02-27')).toBe(false);
    expect(reviewDue(review, '2025-02-28')).toBe(true);
    expect(olderThan(review.lastReviewed, 12, '2025-02-28')).toBe(false);
    expect(olderThan(review.lastReviewed, 12, '2025-03-01')).toBe(true);
  });
});
