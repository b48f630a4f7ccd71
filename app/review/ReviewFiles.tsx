import { useState } from 'react';
import { readReviewsText, serializeReviews, REVIEWS_FILE } from '../../src/model/reviews.ts';
import { mergeReviews } from '../../src/reviews/merge.ts';
import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { downloadText } from './download.ts';
import { loadNeededTexts } from './local-work.ts';

const MAX_REVIEWS_BYTES = 20_000_000;

/**
 * Export reviews (the team's published decisions and this browser's, as one reviews file for
 * articles/) and Import reviews (merged into this browser's; a bad file changes nothing).
 */
export function ReviewFiles() {
  const store = useAppStoreApi();
  const local = useApp((s) => s.reviews);
  const published = useApp((s) => s.publishedReviews.decisions);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function exportReviews() {
    const all = mergeReviews(published, local).decisions;
    downloadText(REVIEWS_FILE, serializeReviews(all), 'application/json');
    setResult({ ok: true, text: `Exported ${all.length} decision${all.length === 1 ? '' : 's'} as ${REVIEWS_FILE}: put it in articles/ and run npm run ingest.` });
  }

  async function importReviews(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_REVIEWS_BYTES) {
      setResult({ ok: false, text: `${file.name}:1: the file is larger than ${MAX_REVIEWS_BYTES} bytes; nothing was imported.` });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      setResult({ ok: false, text: `${file.name}:1: not valid UTF-8; nothing was imported.` });
      return;
    }
    const read = readReviewsText(text, file.name);
    if (!read.ok) {
      setResult({ ok: false, text: `${read.error}. Nothing was imported.` });
      return;
    }
    const m = mergeReviews(store.getState().reviews, read.file.decisions);
    actions.replaceReviews(store, m.decisions, `Imported ${file.name}`);
    await loadNeededTexts(store);
    const parts = [`${m.added} new`, `${m.unchanged} already here`];
    if (m.replaced.length) parts.push(`${m.replaced.length} replaced by the same person’s later decision`);
    const conflicts = store.getState().reviewOutcomes.filter((o) => o.result === 'conflicting').length;
    setResult({ ok: true, text: `Imported ${file.name}: ${parts.join(', ')}.${conflicts ? ` ${conflicts} decisions conflict: see Conflicts below.` : ''}` });
  }

  return (
    <section aria-labelledby="review-files" className="review-files">
      <h3 id="review-files">Reviews file</h3>
      <div className="row-actions">
        <button type="button" className="review-button" onClick={exportReviews}>Export reviews</button>
        <label className="review-button file-button">
          Import reviews
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => { void importReviews(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
      </div>
      <p className={result?.ok === false ? 'form-error' : 'muted'} role="status">{result?.text}</p>
    </section>
  );
}
