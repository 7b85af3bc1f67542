import type { Review } from '../model/types.js';

/** When the entry's next review falls: `nextReview`, else twelve months after `lastReviewed`; undefined if never reviewed. */
export function reviewDueDate(review: Review | undefined): string | undefined {
  if (review?.nextReview) return review.nextReview;
  if (!review?.lastReviewed) return undefined;
  const [y, m, d] = review.lastReviewed.split('-').map(Number) as [number, number, number];
  // 29 February plus a year is 1 March.
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/** Due on the due date itself, and whenever the entry has never been reviewed. */
export function reviewDue(review: Review | undefined, today: string): boolean {
  const due = reviewDueDate(review);
  return due === undefined || due <= today;
}
