import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../shared/store-context.ts';
import { Loading } from '../shared/Loading.tsx';
import { useModal } from '../review/use-modal.ts';
import { embedCodeFor, embedUrlFor } from './embed-code.ts';
import type { ShareStatus } from './ShareMenu.tsx';

// The preview (a second copy of the map) and the exports load when the dialog first needs them.
const EmbedPreview = lazy(() => import('./EmbedPreview.tsx').then((m) => ({ default: m.EmbedPreview })));

interface Props {
  /** How it was opened; a new request with `selectLink` selects the link again (the clipboard was refused). */
  request: { selectLink: boolean };
  status: ShareStatus;
  onStatus(status: ShareStatus): void;
  onCopyLink(): void;
  onClose(): void;
}

/** "Share & export this view": the link, the embed code and its preview, and the downloads. */
export function ShareDialog({ request, status, onStatus, onCopyLink, onClose }: Props) {
  const store = useAppStoreApi();
  const dialogRef = useModal();
  const linkRef = useRef<HTMLInputElement>(null);
  // The address of the view the dialog was opened on; the dialog is mounted afresh for each opening.
  const [link] = useState(() => window.location.href);

  useEffect(() => {
    if (!request.selectLink) return;
    const frame = requestAnimationFrame(() => linkRef.current?.select());
    return () => cancelAnimationFrame(frame);
  }, [request]);

  async function copyEmbed() {
    try {
      await navigator.clipboard.writeText(embedCodeFor(link));
      onStatus({ text: 'Embed code copied' });
    } catch {
      onStatus({ text: 'Select the embed code and copy it with Ctrl+C (⌘C).' });
    }
  }

  async function run(kind: 'png' | 'csv' | 'json') {
    try {
      const { exporter } = await import('./exports.ts');
      await exporter(store)[kind]();
      onStatus({ text: `${kind.toUpperCase()} downloaded` });
    } catch (err) {
      onStatus({ text: `The ${kind.toUpperCase()} could not be made: ${err instanceof Error ? err.message : String(err)}`, error: true });
    }
  }

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <form method="dialog" className="share-dialog-head">
        <h2 id="share-title">Share &amp; export this view</h2>
        <button type="submit" className="icon-button" aria-label="Close share dialog">×</button>
      </form>
      <label htmlFor="share-link">Link to this view</label>
      <div className="share-row">
        <input id="share-link" ref={linkRef} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" className="toolbar-button" onClick={onCopyLink}>Copy link</button>
      </div>
      <label htmlFor="share-embed">Embed on a web page</label>
      <div className="share-row">
        <textarea id="share-embed" readOnly rows={4} value={embedCodeFor(link)} onFocus={(e) => e.target.select()} aria-describedby="share-embed-note" />
        <button type="button" className="toolbar-button" onClick={() => void copyEmbed()}>Copy embed code</button>
      </div>
      <p id="share-embed-note" className="muted">
        The frame takes the full width of its column with a 3:2 shape (at least 420 px tall), and carries its own title and source line.
      </p>
      <Suspense fallback={<Loading what="the embed preview" inline />}>
        <EmbedPreview src={embedUrlFor(link)} />
      </Suspense>
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
  );
}
