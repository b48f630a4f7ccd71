import { useRef, useState } from 'react';
import { useApp } from '../shared/store-context.ts';
import { AddArticleDialog } from './AddArticleDialog.tsx';
import { ReviewDialog } from './ReviewDialog.tsx';
import { ReviewerDialog } from './ReviewerDialog.tsx';
import { UndoBar } from './UndoBar.tsx';
import './review.css';

/**
 * The top bar's entry to the user's own work: *Add article* and *Review* (the queue, conflicts,
 * and the reviews file), plus the name prompt and the Undo bar every review control relies on.
 */
export function ReviewMenu() {
  const ready = useApp((s) => s.dataset.status === 'ready' && s.boundaries.status === 'ready' && s.started);
  const mine = useApp((s) => s.userArticles.length);
  const addRef = useRef<HTMLDialogElement>(null);
  const reviewRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<'add' | 'review' | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  function show(which: 'add' | 'review') {
    opener.current = document.activeElement as HTMLElement | null;
    setOpen(which);
    (which === 'add' ? addRef : reviewRef).current?.showModal();
  }

  function close() {
    for (const r of [addRef, reviewRef]) if (r.current?.open) r.current.close();
    setOpen(null);
    opener.current?.focus();
  }

  return (
    <div className="review-menu">
      <button type="button" className="toolbar-button" disabled={!ready} onClick={() => show('add')}>
        Add article{mine > 0 ? ` (${mine} yours)` : ''}
      </button>
      <button type="button" className="toolbar-button" disabled={!ready} onClick={() => show('review')}>
        Review
      </button>
      <AddArticleDialog ref={addRef} onClose={close} />
      <ReviewDialog ref={reviewRef} open={open === 'review'} onClose={close} />
      <ReviewerDialog />
      <UndoBar />
    </div>
  );
}
