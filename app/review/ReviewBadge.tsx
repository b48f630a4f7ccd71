import type { Fact } from '../../src/model/dataset.ts';
import { isUserArticleId } from '../../src/reviews/user-articles.ts';
import { useApp } from '../shared/store-context.ts';

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function names(by: readonly string[]): string {
  return by.length <= 1 ? by[0] ?? 'someone' : `${by.slice(0, -1).join(', ')} and ${by[by.length - 1]}`;
}

const WORD = { confirmed: 'Confirmed', edited: 'Edited', added: 'Added', rejected: 'Rejected' } as const;

/**
 * Who decided about a fact and when, or, for a fact only the machine has seen, how sure the
 * extractor was and which rule found it.
 */
export function ReviewBadge({ fact }: { fact: Fact }) {
  const review = useApp((s) => s.factReviews.get(fact.id));
  const own = isUserArticleId(fact.articleId);
  return (
    <p className="review-badge-row">
      {review ? (
        <span className={`review-badge review-${review.status}`}>
          {review.status === 'conflict'
            ? `Disputed: ${names(review.by)} decided differently`
            : `${WORD[review.status]} by ${names(review.by)} · ${formatWhen(review.when)}`}
        </span>
      ) : (
        <span className="review-badge review-machine">
          Machine only · confidence {Math.round(fact.confidence * 100)}% · rule {fact.rule}
        </span>
      )}
      {own && <span className="review-badge review-own">Your article</span>}
    </p>
  );
}
