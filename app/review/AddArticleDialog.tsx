import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { actions } from '../../src/state/store.ts';
import { pastedArticleContent } from '../../src/reviews/user-articles.ts';
import type { ArticleInput } from '../../src/reviews/extract.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { addArticles, readDroppedFiles, type AddReport } from './add-articles.ts';
import { downloadText } from './download.ts';
import { useModal } from './use-modal.ts';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Add article": paste a text with its date, or drop (or choose) .txt files in the articles/
 * format. Extraction runs in a worker with the CLI's code; each file's result is listed, bad files
 * with the CLI's `file:line: message`. The user's articles are listed below, to read, remove or
 * export as .txt files for articles/.
 */
export default function AddArticleDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const store = useAppStoreApi();
  const id = useId();
  const userArticles = useApp((s) => s.userArticles);
  const [date, setDate] = useState(today());
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<AddReport['lines']>([]);
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null;

  async function run(inputs: ArticleInput[], early: string[] = []) {
    setReport(early.map((text) => ({ ok: false, text })));
    if (inputs.length === 0) return;
    setProgress({ done: 0, total: inputs.length });
    try {
      const r = await addArticles(store, inputs, (done, total) => setProgress({ done, total }));
      setReport([...early.map((text) => ({ ok: false, text })), ...r.lines]);
      if (r.added.length && inputs.length === 1 && inputs[0]!.source === 'pasted text') setText('');
    } catch (err) {
      setReport([...early.map((text) => ({ ok: false, text })), { ok: false, text: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setProgress(null);
    }
  }

  function submitPaste(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      setReport([{ ok: false, text: 'Paste the article’s text first.' }]);
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setReport([{ ok: false, text: 'Give the article’s date.' }]);
      return;
    }
    void run([{ source: 'pasted text', content: pastedArticleContent(date, text) }]);
  }

  async function takeFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const { inputs, errors } = await readDroppedFiles([...list]);
    await run(inputs, errors);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (!busy) void takeFiles(e.dataTransfer.files);
  }

  function exportArticles() {
    // One file per article, named as the ingest names it, ready to commit to articles/.
    for (const u of userArticles) downloadText(u.article.file, u.content);
  }

  function read(articleId: string) {
    actions.openArticle(store, articleId);
    onClose();
  }

  return (
    <dialog ref={ref} className="review-dialog" aria-labelledby={`${id}-title`} onClose={onClose}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Add article</h2>
        <button type="button" className="icon-button" aria-label="Close Add article" onClick={onClose}>×</button>
      </div>
      <form onSubmit={submitPaste} className="paste-form">
        <div className="form-row">
          <label htmlFor={`${id}-date`}>Date of the article</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <label htmlFor={`${id}-text`} className="block-label">Article text</label>
        <textarea id={`${id}-text`} rows={7} value={text} onChange={(e) => setText(e.target.value)}
          placeholder="Paste the article here. A first line “ date YYYY-MM-DD ” is also understood." />
        <button type="submit" className="review-button primary" disabled={busy}>Add pasted article</button>
      </form>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Or drop .txt files here, in the articles/ format (first line “ date YYYY-MM-DD ”).</p>
        <label className="review-button file-button">
          Choose .txt files
          <input type="file" accept=".txt,text/plain" multiple disabled={busy} className="visually-hidden"
            onChange={(e) => { void takeFiles(e.target.files); e.target.value = ''; }} />
        </label>
      </div>
      {progress && (
        <div className="extract-progress">
          <label htmlFor={`${id}-progress`}>Extracting facts: {progress.done} of {progress.total} articles</label>
          <progress id={`${id}-progress`} max={progress.total} value={progress.done} />
        </div>
      )}
      <ul className="add-report" aria-label="What happened to each article" aria-live="polite">
        {report.map((l, i) => <li key={i} className={l.ok ? 'ok' : 'bad'}>{l.text}</li>)}
      </ul>
      <section aria-labelledby={`${id}-mine`} className="my-articles">
        <h3 id={`${id}-mine`}>Your articles ({userArticles.length})</h3>
        {userArticles.length === 0 ? (
          <p className="muted">Articles you add stay in this browser until you remove them.</p>
        ) : (
          <>
            <ul>
              {userArticles.map((u) => (
                <li key={u.article.id}>
                  <span className="article-line"><span className="article-date">{u.article.date}</span> {u.article.title}</span>
                  <span className="muted">{u.source} · {u.facts.length} fact{u.facts.length === 1 ? '' : 's'}</span>
                  <span className="row-actions">
                    <button type="button" className="text-button" onClick={() => read(u.article.id)} aria-label={`Read “${u.article.title}”`}>Read</button>
                    <button type="button" className="text-button" onClick={() => actions.removeUserArticle(store, u.article.id, `Removed the article “${u.article.title}”`)} aria-label={`Remove “${u.article.title}”`}>Remove</button>
                  </span>
                </li>
              ))}
            </ul>
            <button type="button" className="review-button" onClick={exportArticles}>Export articles</button>
            <p className="muted">Downloads each article as a .txt file named as the ingest names it: put them in articles/ and run npm run ingest.</p>
          </>
        )}
      </section>
    </dialog>
  );
}
