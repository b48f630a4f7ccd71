import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { FactType, Span } from '../../src/model/dataset.ts';
import type { FactFields } from '../../src/model/reviews.ts';
import { actions } from '../../src/state/store.ts';
import { factById } from '../../src/selectors/facts.ts';
import { sentenceSpans, trimSpan } from '../../src/reviews/spans.ts';
import { isUserArticleId } from '../../src/reviews/user-articles.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useDataset } from '../shared/use-scene.ts';
import { ReviewControls } from './ReviewControls.tsx';
import { FactFieldsForm } from './FactFieldsForm.tsx';
import { formatWhen } from './ReviewBadge.tsx';
import { selectedSpan } from './selection.ts';
import { summaryOf, useReview } from './use-review.ts';
import './review.css';

const SHOWN_SELECTION = 80;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= SHOWN_SELECTION ? one : `${one.slice(0, SHOWN_SELECTION - 1)}…`;
}

/**
 * The reader's review bar: the selected fact with Confirm / Reject / Edit, and Add fact from a
 * selection of the text (or, from the keyboard, from a sentence picked in a list). For an article
 * the user added: where it came from, and Remove.
 */
export function ReaderReview({ articleId, textRef }: { articleId: string; textRef: RefObject<HTMLElement | null> }) {
  const store = useAppStoreApi();
  const id = useId();
  const data = useDataset();
  const { add } = useReview();
  const factId = useApp((s) => s.fact);
  const text = useApp((s) => { const t = s.texts.get(articleId); return t?.status === 'ready' ? t.value : null; });
  const own = useApp((s) => s.userArticles.find((u) => u.article.id === articleId) ?? null);
  const showRejected = useApp((s) => s.rejected);
  const rejectedHere = useApp((s) => s.rejectedFacts).filter((f) => f.articleId === articleId);
  const [selection, setSelection] = useState<Span | null>(null);
  const [adding, setAdding] = useState<{ span: Span | null; type: FactType } | null>(null);
  const [sentence, setSentence] = useState(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const fact = data && factId ? factById(data).get(factId) : undefined;
  const selectedFact = fact && fact.articleId === articleId ? fact : null;
  const sentences = useMemo(() => (text ? sentenceSpans(text) : []), [text]);

  useEffect(() => {
    // Track the text selection in the article, so the Add fact button can say what it will take.
    const onChange = () => {
      const span = text ? selectedSpan(textRef.current) : null;
      const trimmed = span && text ? trimSpan(text, span) : null;
      setSelection((prev) => (prev?.start === trimmed?.start && prev?.end === trimmed?.end ? prev : trimmed));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, textRef]);

  function close() {
    setAdding(null);
    requestAnimationFrame(() => addButton.current?.focus());
  }

  async function submit(fields: FactFields): Promise<string | null> {
    if (!adding || !text) return null;
    const span = adding.span ?? sentences[sentence] ?? null;
    if (!span) return 'Pick the sentence the fact stands on.';
    const added = await add(articleId, adding.type, span, fields);
    if (!added) return null;
    setAdding(null);
    window.getSelection()?.removeAllRanges();
    actions.selectFact(store, added);
    return null;
  }

  const evidence = adding?.span && text ? text.slice(adding.span.start, adding.span.end) : null;
  const quoteFromSelection = evidence ? evidence.replace(/^[\s"“”']+|[\s"“”',]+$/g, '') : '';

  return (
    <div className="reader-review" aria-label="Review in the reader" role="region">
      {own && (
        <p className="own-article">
          <span className="review-badge review-own">Your article</span> Added {formatWhen(own.added)} from {own.source}.{' '}
          <button type="button" className="text-button" onClick={() => actions.removeUserArticle(store, articleId, `Removed the article “${own.article.title}”`)}>Remove article</button>
        </p>
      )}
      {selectedFact && !adding && (
        <div className="reader-fact">
          <p className="reader-fact-summary">Selected fact: <strong>{summaryOf(store, selectedFact)}</strong></p>
          <ReviewControls key={selectedFact.id} fact={selectedFact} />
        </div>
      )}
      {showRejected && rejectedHere.length > 0 && (
        <p className="muted">Rejected in this article: {rejectedHere.map((f) => <s key={f.id} className="struck-inline">{summaryOf(store, f)}</s>)}</p>
      )}
      {adding ? (
        <div className="add-fact">
          <h3>Add a fact</h3>
          {evidence ? (
            <p className="add-evidence">Evidence: “{clip(evidence)}”</p>
          ) : (
            <div className="form-row">
              <label htmlFor={`${id}-sentence`}>Evidence sentence</label>
              <select id={`${id}-sentence`} value={sentence} onChange={(e) => setSentence(Number(e.target.value))}>
                {sentences.map((s, i) => <option key={s.start} value={i}>{clip(text!.slice(s.start, s.end))}</option>)}
              </select>
            </div>
          )}
          <FactFieldsForm
            key={adding.type}
            type={adding.type}
            initial={adding.type === 'quote' ? { text: quoteFromSelection, direct: evidence ? /^["“]/.test(evidence.trim()) : false } : {}}
            submitLabel="Add fact"
            onSubmit={submit}
            onCancel={close}
            onTypeChange={(type) => setAdding({ ...adding, type })}
          />
        </div>
      ) : (
        <div className="reader-actions">
          <button type="button" ref={addButton} className="review-button" disabled={!text} onClick={() => setAdding({ span: selection, type: 'arms_shipment' })}>
            {selection ? 'Add fact from selection' : 'Add fact'}
          </button>
          <span className="muted" aria-live="polite">
            {selection && text ? `Selected: “${clip(text.slice(selection.start, selection.end))}”` : 'Select words of the article to add a fact they state.'}
          </span>
          {isUserArticleId(articleId) && !own && <span className="muted">This article was added in another browser.</span>}
        </div>
      )}
    </div>
  );
}
