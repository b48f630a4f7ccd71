import { useEffect, useRef, useState } from 'react';
import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';

const SHOWN_MS = 10_000;

/**
 * After each review step: what it did, and Undo (also Ctrl+Z / ⌘Z anywhere outside a text field).
 * Rendered inside the review menu's polite live region, so screen-reader users hear what their
 * click did. Mounted once review tools are in use, or at a first step taken without them (an
 * imported reviews file), which it then shows at once.
 */
export function UndoBar() {
  const store = useAppStoreApi();
  const steps = useApp((s) => s.undo.length);
  const last = useApp((s) => s.undo.at(-1)?.label ?? null);
  const [message, setMessage] = useState<{ text: string; undoable: boolean } | null>(null);
  const seen = useRef(0);

  useEffect(() => {
    if (steps > seen.current && last) setMessage({ text: last, undoable: true });
    seen.current = steps;
  }, [steps, last]);

  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(null), SHOWN_MS);
    return () => clearTimeout(t);
  }, [message]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.key === 'z' || e.key === 'Z') || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (store.getState().undo.length === 0) return;
      e.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  function undo() {
    const label = actions.undoLast(store);
    seen.current = store.getState().undo.length;
    setMessage(label ? { text: `Undone: ${label}`, undoable: false } : null);
  }

  if (!message) return null;
  return (
    <div className="undo-bar">
      <p>{message.text}</p>
      {message.undoable && steps > 0 && <button type="button" onClick={undo}>Undo</button>}
      <button type="button" aria-label="Dismiss" onClick={() => setMessage(null)}>×</button>
    </div>
  );
}
