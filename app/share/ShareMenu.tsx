import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { embedCodeFor, embedUrlFor } from './embed-code.ts';
import { Loading } from '../shared/Loading.tsx';
import './share.css';

// The preview (a second copy of the map) and the exports load when the dialog first needs them.
const EmbedPreview = lazy(() => import('./EmbedPreview.tsx').then((m) => ({ default: m.EmbedPreview })));

type Status = { text: string; error?: boolean } | null;

/**
 * "Copy link" and "Share & export": the link of exactly this view, the embed code, and the PNG,
 * CSV and JSON downloads. The clipboard may be refused (permissions, insecure context): then the
 * dialog opens with the link selected, for the user to copy by hand.
 */
export function ShareMenu() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [link, setLink] = useState('');
  const store = useAppStoreApi();
  const ready = useApp((s) => s.dataset.status === 'ready' && s.boundaries.status === 'ready' && s.started);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const currentLink = () => window.location.href;
  const embedCode = () => embedCodeFor(window.location.href);

  function openDialog(selectLink: boolean) {
    setLink(currentLink());
    dialogRef.current?.showModal();
    if (selectLink) requestAnimationFrame(() => linkRef.current?.select());
  }

  async function copyLink() {
    const url = currentLink();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus({ text: 'Link copied' });
    } catch {
      setStatus({ text: 'The clipboard is not available: the link is selected, copy it with Ctrl+C (⌘C).' });
      openDialog(true);
    }
  }

  async function copyEmbed() {
    try {
      await navigator.clipboard.writeText(embedCode());
      setStatus({ text: 'Embed code copied' });
    } catch {
      setStatus({ text: 'Select the embed code and copy it with Ctrl+C (⌘C).' });
    }
  }

  async function run(kind: 'png' | 'csv' | 'json') {
    try {
      const { exporter } = await import('./exports.ts');
      await exporter(store)[kind]();
      setStatus({ text: `${kind.toUpperCase()} downloaded` });
    } catch (err) {
      setStatus({ text: `The ${kind.toUpperCase()} could not be made: ${err instanceof Error ? err.message : String(err)}`, error: true });
    }
  }

  return (
    <div className="share">
      <button type="button" className="toolbar-button" onClick={() => void copyLink()} disabled={!ready}>Copy link</button>
      <button type="button" className="toolbar-button" onClick={() => openDialog(false)} disabled={!ready} aria-haspopup="dialog">
        Share &amp; export
      </button>
      <p className={`share-status${status?.error ? ' error' : ''}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
      <dialog ref={dialogRef} className="share-dialog" aria-labelledby="share-title" onClose={() => setLink('')}>
        <form method="dialog" className="share-dialog-head">
          <h2 id="share-title">Share &amp; export this view</h2>
          <button type="submit" className="icon-button" aria-label="Close share dialog">×</button>
        </form>
        <label htmlFor="share-link">Link to this view</label>
        <div className="share-row">
          <input id="share-link" ref={linkRef} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className="toolbar-button" onClick={() => void copyLink()}>Copy link</button>
        </div>
        <label htmlFor="share-embed">Embed on a web page</label>
        <div className="share-row">
          <textarea id="share-embed" readOnly rows={4} value={link ? embedCode() : ''} onFocus={(e) => e.target.select()} aria-describedby="share-embed-note" />
          <button type="button" className="toolbar-button" onClick={() => void copyEmbed()}>Copy embed code</button>
        </div>
        <p id="share-embed-note" className="muted">
          The frame takes the full width of its column with a 3:2 shape (at least 420 px tall), and carries its own title and source line.
        </p>
        {link && (
          <Suspense fallback={<Loading what="the embed preview" inline />}>
            <EmbedPreview src={embedUrlFor(link)} />
          </Suspense>
        )}
        <p className="share-label">Download</p>
        <div className="share-row downloads">
          <button type="button" className="toolbar-button" onClick={() => void run('png')}>Download PNG</button>
          <button type="button" className="toolbar-button" onClick={() => void run('csv')}>Download CSV</button>
          <button type="button" className="toolbar-button" onClick={() => void run('json')}>Download JSON</button>
        </div>
        <p className={`share-status in-dialog${status?.error ? ' error' : ''}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
        <p className="muted">
          PNG: the map as shown, with title, legend and source. CSV (UTF-8 with BOM, RFC 4180) and JSON: the facts shown (years,
          types and categories, and the selected country, if any), with names beside codes and their evidence sentences.
        </p>
      </dialog>
    </div>
  );
}
