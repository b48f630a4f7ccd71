import { useCallback, useRef, useState, type PointerEvent } from 'react';

/** On a phone a panel is a bottom sheet: full (its CSS height) or folded to a peek of its header. */
export type SheetState = 'full' | 'peek';

/** Height in px of a folded sheet: the header and the first line under it. */
export const PEEK_PX = 120;

/**
 * Drag and fold for a bottom sheet. The handle (a button: `onClick={toggle}`) toggles between full
 * and peek, and follows the finger while dragged (`height` is then the sheet's height in px),
 * folding on release when dragged low enough.
 */
export function useSheet() {
  const [state, setState] = useState<SheetState>('full');
  const [height, setHeight] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startH: number; moved: boolean; h: number } | null>(null);
  // A drag ends with a click on the handle: that click must not also fold or unfold the sheet.
  const suppressClick = useRef(false);

  const onPointerDown = useCallback((e: PointerEvent<HTMLElement>) => {
    const sheet = e.currentTarget.closest<HTMLElement>('.panel');
    if (!sheet) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const h = sheet.getBoundingClientRect().height;
    drag.current = { startY: e.clientY, startH: h, moved: false, h };
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.startY;
    if (Math.abs(dy) > 4) d.moved = true;
    if (!d.moved) return;
    d.h = Math.min(window.innerHeight * 0.85, Math.max(PEEK_PX, d.startH - dy));
    setHeight(d.h);
  }, []);

  const onPointerUp = useCallback(() => {
    const d = drag.current;
    drag.current = null;
    if (!d || !d.moved) return;
    suppressClick.current = true;
    // Dragged below a third of where it started (or near the peek), it folds; else it stays where dropped.
    if (d.h < Math.max(PEEK_PX * 1.5, d.startH / 3)) {
      setState('peek');
      setHeight(null);
    } else {
      setState('full');
    }
  }, []);

  const toggle = useCallback(() => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    setHeight(null);
    setState((s) => (s === 'full' ? 'peek' : 'full'));
  }, []);

  return { state, height, toggle, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp } };
}
