import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useApp } from '../shared/store-context.ts';
import { LoadBoundary } from '../shared/LoadBoundary.tsx';
import { reviewToolsInUse, reviewToolsUsed, watchReviewTools } from './reviewer.ts';
import './review.css';

// The dialogs load when first opened: most visits only read the map.
const AddArticleDialog = lazy(() => import('./AddArticleDialog.tsx'));
const ReviewDialog = lazy(() => import('./ReviewDialog.tsx'));
// The name prompt and the Undo bar load once review tools are on screen (see reviewer.ts), or at
// the first review step (Undo may be all there is to show, after importing a reviews file).
const ReviewerDialog = lazy(() => import('./ReviewerDialog.tsx').then((m) => ({ default: m.ReviewerDialog })));
const UndoBar = lazy(() => import('./UndoBar.tsx').then((m) => ({ default: m.UndoBar })));

/**
 * The top bar's entry to the user's own work: *Add article* and *Review* (the queue, conflicts,
 * and the reviews file), plus the name prompt and the Undo bar every review control relies on.
 */
export function ReviewMenu() {
  const ready = useApp((s) => s.dataset.status === 'ready' && s.boundaries.status === 'ready' && s.started);
  const [open, setOpen] = useState<'add' | 'review' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const support = useSyncExternalStore(watchReviewTools, reviewToolsUsed);
  const stepTaken = useApp((s) => s.undo.length > 0);
  useEffect(() => {
    if (stepTaken) reviewToolsInUse();
  }, [stepTaken]);

  function show(which: 'add' | 'review') {
    opener.current = document.activeElement as HTMLElement | null;
    setOpen(which);
  }

  function close() {
    setOpen(null);
    opener.current?.focus();
  }

  return (
    <div className="review-menu">
      <button type="button" className="toolbar-button" disabled={!ready} onClick={() => show('add')}>Add article</button>
      <button type="button" className="toolbar-button" disabled={!ready} onClick={() => show('review')}>Review</button>
      <Suspense fallback={null}>
        {open === 'add' && <AddArticleDialog onClose={close} />}
        {open === 'review' && <ReviewDialog onClose={close} />}
      </Suspense>
      {/* Its own boundary: while its code loads, a dialog already open (Review) stays shown. */}
      {support && (
        <LoadBoundary failed={null}>
          <Suspense fallback={null}>
            <ReviewerDialog />
          </Suspense>
        </LoadBoundary>
      )}
      {/* The live region is on the page from the start, so the first step's message is announced. */}
      <div className="undo-region" role="status" aria-live="polite">
        {support && (
          <LoadBoundary failed={null}>
            <Suspense fallback={null}>
              <UndoBar />
            </Suspense>
          </LoadBoundary>
        )}
      </div>
    </div>
  );
}
