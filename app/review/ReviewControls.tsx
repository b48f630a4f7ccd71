import { lazy, Suspense, useRef, useState } from 'react';
import type { Fact } from '../../src/model/dataset.ts';
import { factFields } from '../../src/reviews/apply.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { ReviewBadge } from './ReviewBadge.tsx';
import { summaryOf, useReview } from './use-review.ts';
import { Loading } from '../shared/Loading.tsx';
import './review.css';

// Every fact card has these controls, few facts are ever edited: the form loads on the first Edit.
const FactFieldsForm = lazy(() => import('./FactFieldsForm.tsx').then((m) => ({ default: m.FactFieldsForm })));

/**
 * Confirm, Reject and Edit for one fact, with who decided and when (or the machine's confidence
 * and rule). Mounted on every fact card, in the reader and in the table of facts.
 */
export function ReviewControls({ fact }: { fact: Fact }) {
  const store = useAppStoreApi();
  const { decide, edit } = useReview();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const mine = useApp((s) => (s.reviewer ? s.reviews.find((d) => d.fact === fact.id && d.who === s.reviewer)?.decision ?? null : null));
  const summary = summaryOf(store, fact);

  function close() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function act(kind: 'confirm' | 'reject') {
    setNote(null);
    if ((await decide(kind, fact)) === 'no-text') setNote('The sentence could not be loaded: try again.');
  }

  async function save(fields: Parameters<typeof edit>[1]): Promise<string | null> {
    const r = await edit(fact, fields);
    if (r === 'unchanged') return 'Nothing changed: edit a field, or Cancel.';
    if (r === 'no-text') return 'The sentence could not be loaded: try again.';
    if (r === 'saved') {
      setNote('Edit saved.');
      close();
    }
    return null;
  }

  return (
    <div className="review-controls" role="group" aria-label={`Review: ${summary}`}>
      <ReviewBadge fact={fact} />
      <div className="review-buttons">
        <button type="button" className="review-button" aria-pressed={mine === 'confirm'} onClick={() => void act('confirm')}>
          Confirm
        </button>
        <button type="button" className="review-button" aria-pressed={mine === 'reject'} onClick={() => void act('reject')}>
          Reject
        </button>
        <button type="button" ref={editButton} className="review-button" aria-expanded={editing} onClick={() => (editing ? close() : (setEditing(true), setNote(null)))}>
          Edit
        </button>
        <span className="review-note" role="status">{note}</span>
      </div>
      {editing && (
        <Suspense fallback={<Loading what="the form" inline />}>
          <FactFieldsForm type={fact.type} initial={factFields(fact)} submitLabel="Save edit" onSubmit={save} onCancel={close} />
        </Suspense>
      )}
    </div>
  );
}
