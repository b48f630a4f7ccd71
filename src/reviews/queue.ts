/**
 * Review status as lists read it: the filter of the link (`review=reviewed|pending`) and the
 * review queue, machine-only facts with the least certain first.
 */
import type { Fact } from '../model/dataset.ts';
import type { ReviewFilter } from '../state/url/url-state.ts';
import type { FactReview } from './apply.ts';

/** A fact's review status for a badge or a table cell: people's decision, or the machine's own word. */
export type FactStatus = FactReview | { status: 'machine'; confidence: number; rule: string };

export function reviewStatusOf(fact: Fact, reviews: ReadonlyMap<string, FactReview>): FactStatus {
  return reviews.get(fact.id) ?? { status: 'machine', confidence: fact.confidence, rule: fact.rule };
}

/** Reviewed: someone confirmed, edited or added it. Pending: only the machine has (or people disagree). */
export function isReviewed(review: FactReview | undefined): boolean {
  return review !== undefined && review.status !== 'conflict' && review.status !== 'rejected';
}

export function matchesReviewFilter(fact: Fact, reviews: ReadonlyMap<string, FactReview>, filter: ReviewFilter | null): boolean {
  if (filter === null) return true;
  const reviewed = isReviewed(reviews.get(fact.id));
  return filter === 'reviewed' ? reviewed : !reviewed;
}

/** The facts the filter keeps, least confident first (then newest, then in text order). */
export function reviewQueue(facts: readonly Fact[], reviews: ReadonlyMap<string, FactReview>, filter: ReviewFilter | null): Fact[] {
  return facts
    .filter((f) => matchesReviewFilter(f, reviews, filter))
    .sort((a, b) => a.confidence - b.confidence
      || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)
      || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0)
      || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)
      || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const STATUS_WORD = { confirmed: 'Confirmed', edited: 'Edited', added: 'Added', rejected: 'Rejected' } as const;

/** A review status as a table cell reads it; the same words as the badge on a card. */
export function reviewStatusText(status: FactStatus): string {
  if (status.status === 'machine') return `Needs review · ${Math.round(status.confidence * 100)}%`;
  const by = status.by.length <= 1 ? status.by[0] ?? 'someone' : `${status.by.slice(0, -1).join(', ')} and ${status.by[status.by.length - 1]}`;
  if (status.status === 'conflict') return `Disputed by ${by}`;
  return `${STATUS_WORD[status.status]} by ${by}, ${status.when.slice(0, 10)}`;
}

/** Sorts unreviewed facts first, least confident first; then disputed, then reviewed by date. */
export function reviewSortValue(status: FactStatus): string {
  if (status.status === 'machine') return `0 ${status.confidence.toFixed(3)}`;
  if (status.status === 'conflict') return '1';
  return `2 ${status.when}`;
}
