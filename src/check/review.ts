import { addMonths } from './dates.js';
import type { Review } from '../model/types.js';

/** Twelve months, as the review-overdue rule counts them. */
const REVIEW_MONTHS = 12;

/**
 * When the entry's next review falls: `nextReview`, else twelve months after `lastReviewed`, counted
 * as the review-overdue rule counts them (`addMonths`: 29 February plus a year is 28 February, as in
 * Regulation 1182/71 Art. 3(2)(c)); undefined if never reviewed.
 */
export function reviewDueDate(review: Review | undefined): string | undefined {
  if (review?.nextReview) return review.nextReview;
  if (!review?.lastReviewed) return undefined;
  return addMonths(review.lastReviewed, REVIEW_MONTHS);
}

/** Due on the due date itself, and whenever the entry has never been reviewed. */
export function reviewDue(review: Review | undefined, today: string): boolean {
  const due = reviewDueDate(review);
  return due === undefined || due <= today;
}
