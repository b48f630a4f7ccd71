/**
 * The facts everyone in the page reads: the published data, the user's own articles, and the
 * user's decisions applied by the same function the ingest uses. The published review status
 * (decided by the team, already in facts.json) and the user's own are shown as one.
 */
import type { Fact } from '../model/dataset.ts';
import { FactColumns } from '../model/fact-columns.ts';
import { decisionLine, type ReviewDecision } from '../model/reviews.ts';
import { applyReviews, type DecisionOutcome, type FactReview, type ReviewCounts, type TextOf } from './apply.ts';
import type { PublishedReviews } from './published.ts';
import { withUserArticles, type UserArticle } from './user-articles.ts';
import { memoLast } from '../selectors/memo.ts';

// The same inputs give the same object, so a decision that changes no fact redraws nothing. The
// page holds its facts as columns; the review pipeline works on fact objects, so the columns are
// turned into objects only when the browser has work of its own, and back into columns after.
const withUsersOnce = memoLast((base: FactColumns, users: readonly UserArticle[]): FactColumns => {
  if (users.length === 0) return base;
  const plain = base.toIndex();
  const merged = withUserArticles(plain, users);
  return merged === plain ? base : FactColumns.of(merged);
});
const asObjects = memoLast((index: FactColumns) => index.toIndex());
const asColumns = memoLast(FactColumns.of);

export interface EffectiveInput {
  base: FactColumns;
  userArticles: readonly UserArticle[];
  /** The decisions made or imported in this browser. */
  decisions: readonly ReviewDecision[];
  published: PublishedReviews;
  textOf: TextOf;
}

export interface Effective {
  index: FactColumns;
  rejected: Fact[];
  reviews: ReadonlyMap<string, FactReview>;
  /** Outcomes of this browser's decisions (the published ones were applied by the ingest). */
  outcomes: DecisionOutcome[];
  counts: ReviewCounts;
  /** This browser's decisions that are already in the published data. */
  published: number;
}

export function effectiveIndex({ base, userArticles, decisions, published, textOf }: EffectiveInput): Effective {
  const withUsers = withUsersOnce(base, userArticles);
  const publishedLines = new Set(published.decisions.map(decisionLine));
  const own = decisions.filter((d) => !publishedLines.has(decisionLine(d)));
  const objects = own.length > 0 ? asObjects(withUsers) : { articles: [], facts: [] };
  const r = applyReviews(objects, own, textOf);
  const index = r.index === objects ? withUsers : asColumns(r.index);
  let reviews: ReadonlyMap<string, FactReview> = r.reviews;
  if (published.reviews.size > 0) {
    const merged = new Map(published.reviews);
    for (const [id, v] of r.reviews) merged.set(id, v);
    reviews = merged;
  }
  const rejected = published.rejected.length ? [...published.rejected, ...r.rejected] : r.rejected;
  return { index, rejected, reviews, outcomes: r.outcomes, counts: r.counts, published: decisions.length - own.length };
}
