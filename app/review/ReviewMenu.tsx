import { lazy, Suspense, useRef, useState } from 'react';
import { useApp } from '../shared/store-context.ts';
import { ReviewerDialog } from './ReviewerDialog.tsx';
import { UndoBar } from './UndoBar.tsx';
import './review.css';

// The dialogs load when first opened: most visits only read the map.
const AddArticleDialog = lazy(() => import('./AddArticleDialog.tsx'));
const ReviewDialog = lazy(() => import('./ReviewDialog.tsx'));

/**
 * The top bar's entry to the user's own work: *Add article* and *Review* (the queue, conflicts,
 * and the reviews file), plus the name prompt and the Undo bar every review control relies on.
 */
export function ReviewMenu() {
  const ready = useApp((s) => s.dataset.status === 'ready' && s.boundaries.status === 'ready' && s.started);
  const [open, setOpen] = useState<'add' | 'review' | null>(null);
  const opener = useRef<HTMLElement | null>(null);

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
      <ReviewerDialog />
      <UndoBar />
    </div>
  );
}
