import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { reviewerNameProblem } from '../../src/model/reviews.ts';
import { actions } from '../../src/state/store.ts';
import { useAppStoreApi } from '../shared/store-context.ts';
import { onReviewerRequest } from './reviewer.ts';

/** Asks once for the name decisions are signed with; it stays in this browser. */
export function ReviewerDialog() {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const pending = useRef<((name: string | null) => void) | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => onReviewerRequest((resolve) => {
    pending.current?.(null);
    pending.current = resolve;
    setError(null);
    dialog.current?.showModal();
  }), []);

  function finish(value: string | null) {
    const resolve = pending.current;
    pending.current = null;
    if (dialog.current?.open) dialog.current.close();
    resolve?.(value);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    const problem = reviewerNameProblem(trimmed);
    if (problem) {
      setError(`Your name ${problem}.`);
      return;
    }
    actions.setReviewer(store, trimmed);
    finish(trimmed);
  }

  return (
    <dialog ref={dialog} className="review-dialog small" aria-labelledby={`${id}-title`} onClose={() => finish(null)}
      onKeyDown={(e) => {
        // Escape closes this dialog only, not the country panel behind it.
        if (e.key === 'Escape') { e.preventDefault(); finish(null); }
      }}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Your name for reviews</h2>
        <p className="muted">Every decision is signed with it, so a team can see who confirmed or corrected a fact. It is kept in this browser only.</p>
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" autoFocus />
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="review-button primary">Save name</button>
          <button type="button" className="review-button" onClick={() => finish(null)}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
