import type { Fact } from '../../src/model/dataset.ts';
import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { ReviewBadge } from './ReviewBadge.tsx';
import { summaryOf } from './use-review.ts';

/** Under a rejected fact: who rejected it, and for one's own rejection, a way to take it back. */
export function RestoreButton({ fact }: { fact: Fact }) {
  const store = useAppStoreApi();
  const who = useApp((s) => s.reviewer);
  const mine = useApp((s) => s.reviews.some((d) => d.fact === fact.id && d.who === s.reviewer && d.decision === 'reject'));
  return (
    <div className="review-controls" role="group" aria-label={`Rejected: ${summaryOf(store, fact)}`}>
      <ReviewBadge fact={fact} />
      {mine && who && (
        <button type="button" className="review-button" onClick={() => actions.retract(store, fact.id, who, `Restored: ${summaryOf(store, fact)}`)}>
          Restore
        </button>
      )}
    </div>
  );
}
