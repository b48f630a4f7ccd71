import { useId, useMemo, useState } from 'react';
import { actions } from '../../src/state/store.ts';
import type { ReviewFilter } from '../../src/state/url/url-state.ts';
import { reviewQueue } from '../../src/reviews/queue.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useDataset } from '../shared/use-scene.ts';
import { QueueItem } from './QueueItem.tsx';
import { ReviewIssues } from './ReviewIssues.tsx';
import { ReviewFiles } from './ReviewFiles.tsx';
import { askReviewer } from './reviewer.ts';
import { useModal } from './use-modal.ts';

const PAGE = 25;
const FILTERS: Array<{ value: ReviewFilter | null; label: string }> = [
  { value: 'pending', label: 'Needs review' },
  { value: 'reviewed', label: 'Reviewed only' },
  { value: null, label: 'All facts' },
];

/**
 * "Review": the queue of facts (needing review, least confident first, or reviewed), rejected
 * facts struck through on request, conflicts and stale decisions, and the reviews file.
 */
export default function ReviewDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const store = useAppStoreApi();
  const id = useId();
  const data = useDataset();
  const filter = useApp((s) => s.review);
  const showRejected = useApp((s) => s.rejected);
  const reviews = useApp((s) => s.factReviews);
  const rejected = useApp((s) => s.rejectedFacts);
  const reviewer = useApp((s) => s.reviewer);
  const counts = useApp((s) => s.reviewCounts);
  const decisions = useApp((s) => s.reviews.length);
  const [shown, setShown] = useState(PAGE);
  const queue = useMemo(() => (data ? reviewQueue(data.toIndex().facts, reviews, filter) : []), [data, reviews, filter]);

  return (
    <dialog ref={ref} className="review-dialog wide" aria-labelledby={`${id}-title`} onClose={onClose}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Review facts</h2>
        <button type="button" className="icon-button" aria-label="Close Review facts" onClick={onClose}>×</button>
      </div>
      <p className="muted">
        {reviewer ? <>Signed as <strong>{reviewer}</strong>. <button type="button" className="link-button" onClick={() => void askReviewer()}>Change name</button></> : 'You will be asked for your name at your first decision.'}
        {' '}This browser: {decisions} decision{decisions === 1 ? '' : 's'} ({counts.applied} applied, {counts.stale} stale, {counts.conflicting} conflicting).
      </p>
      <fieldset className="review-filter">
        <legend>Show</legend>
        {FILTERS.map((f) => (
          <label key={f.label}>
            <input type="radio" name={`${id}-filter`} checked={filter === f.value} onChange={() => { actions.setReviewFilter(store, f.value); setShown(PAGE); }} />
            {f.label}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={showRejected} onChange={(e) => actions.setShowRejected(store, e.target.checked)} />
          Rejected facts, struck through ({rejected.length})
        </label>
      </fieldset>
      <ReviewIssues />
      <section aria-labelledby={`${id}-queue`}>
        <h3 id={`${id}-queue`}>{FILTERS.find((f) => f.value === filter)!.label} ({queue.length}){filter !== 'reviewed' && ', least confident first'}</h3>
        <ul className="queue">
          {queue.slice(0, shown).map((f) => <QueueItem key={f.id} fact={f} onShow={onClose} />)}
        </ul>
        {queue.length > shown && (
          <button type="button" className="review-button" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, queue.length - shown)} more</button>
        )}
      </section>
      {showRejected && rejected.length > 0 && (
        <section aria-labelledby={`${id}-rejected`}>
          <h3 id={`${id}-rejected`}>Rejected ({rejected.length})</h3>
          <ul className="queue">
            {rejected.map((f) => <QueueItem key={f.id} fact={f} onShow={onClose} struck />)}
          </ul>
        </section>
      )}
      <ReviewFiles />
    </dialog>
  );
}
