import { lazy, Suspense, useEffect, useState } from 'react';
import { useApp } from '../shared/store-context.ts';
import { LoadBoundary } from '../shared/LoadBoundary.tsx';
import './share.css';

// The dialog (link, embed code, downloads) loads when it is first opened, or when the pointer or
// focus reaches its button, so the click rarely waits for it.
const loadShareDialog = () => import('./ShareDialog.tsx');
const ShareDialog = lazy(() => loadShareDialog().then((m) => ({ default: m.ShareDialog })));
// A failed prefetch is not reported: opening the dialog asks for it again and says so if it fails.
const prefetchShareDialog = () => void loadShareDialog().catch(() => {});

export type ShareStatus = { text: string; error?: boolean } | null;

/**
 * "Copy link" and "Share & export": the link of exactly this view, the embed code, and the PNG,
 * CSV and JSON downloads. The clipboard may be refused (permissions, insecure context): then the
 * dialog opens with the link selected, for the user to copy by hand.
 */
export function ShareMenu() {
  const [status, setStatus] = useState<ShareStatus>(null);
  const [dialog, setDialog] = useState<{ selectLink: boolean } | null>(null);
  const ready = useApp((s) => s.dataset.status === 'ready' && s.boundaries.status === 'ready' && s.started);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(t);
  }, [status]);

  async function copyLink() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(window.location.href);
      setStatus({ text: 'Link copied' });
    } catch {
      setStatus({ text: 'The clipboard is not available: the link is selected, copy it with Ctrl+C (⌘C).' });
      setDialog({ selectLink: true });
    }
  }

  return (
    <div className="share">
      <button type="button" className="toolbar-button" onClick={() => void copyLink()} disabled={!ready}>Copy link</button>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => setDialog({ selectLink: false })}
        onPointerEnter={prefetchShareDialog}
        onFocus={prefetchShareDialog}
        disabled={!ready}
        aria-haspopup="dialog"
      >
        Share &amp; export
      </button>
      <p className={`share-status${status?.error ? ' error' : ''}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
      {dialog && (
        <LoadBoundary failed={<p className="share-status error" role="alert">The share dialog could not be loaded: check the connection and reload the page.</p>}>
          <Suspense fallback={null}>
            <ShareDialog
              request={dialog}
              status={status}
              onStatus={setStatus}
              onCopyLink={() => void copyLink()}
              onClose={() => setDialog(null)}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
