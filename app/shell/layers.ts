import { actions, type AppState, type AppStore } from '../../src/state/store.ts';

/**
 * The layers over the map, innermost first: the reader opens over the table and the country
 * panel, the table over the panel. Escape closes one layer at a time, and focus goes back to
 * what opened it.
 */
interface Layer {
  key: 'reader' | 'table' | 'panel';
  isOpen(s: AppState): boolean;
  close(store: AppStore): void;
  /** The layer's element, to tell whether focus is inside it. */
  selector: string;
}

export const LAYERS: readonly Layer[] = [
  { key: 'reader', isOpen: (s) => s.article !== null, close: (store) => actions.closeReader(store), selector: '.reader-panel' },
  { key: 'table', isOpen: (s) => s.table, close: (store) => actions.setTableOpen(store, false), selector: '.table-panel' },
  { key: 'panel', isOpen: (s) => s.country !== null, close: (store) => actions.clearSelection(store), selector: '.country-panel' },
];

/**
 * Closes the innermost open layer: the one holding focus if any, else the first open one in
 * LAYERS. With no layer open, a selected fact is let go. Returns whether anything closed.
 */
export function closeInnermostLayer(store: AppStore): boolean {
  const s = store.getState();
  const open = LAYERS.filter((l) => l.isOpen(s));
  const focused = document.activeElement;
  const holder = open.find((l) => focused && focused.closest(l.selector));
  const target = holder ?? open[0];
  if (target) {
    target.close(store);
    return true;
  }
  if (s.fact !== null) {
    actions.clearSelection(store);
    return true;
  }
  return false;
}

function focusable(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== document.body && !el.closest('[hidden]') && el.getClientRects().length > 0;
}

/**
 * Remembers what had focus when a layer opened and gives focus back to it when the layer closes
 * and focus was lost with it (a removed panel leaves focus on the page itself). Returns the
 * unsubscribe function.
 */
export function trackLayerFocus(store: AppStore): () => void {
  const openers = new Map<Layer['key'], Element | null>();
  let restoreTimer = 0;
  const unsubscribe = store.subscribe((s, prev) => {
    const closed: Layer[] = [];
    for (const layer of LAYERS) {
      const was = layer.isOpen(prev);
      const is = layer.isOpen(s);
      // Runs inside the state change, before React re-renders: the opener still has focus.
      if (!was && is) openers.set(layer.key, document.activeElement);
      if (was && !is) closed.push(layer);
    }
    if (closed.length === 0) return;
    cancelAnimationFrame(restoreTimer);
    restoreTimer = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      // The innermost closed layer's opener first; if it went too, the next layer still open.
      const candidates = [
        ...closed.map((l) => openers.get(l.key)),
        ...LAYERS.filter((l) => l.isOpen(store.getState())).map((l) => document.querySelector(`${l.selector} h2`)),
      ];
      for (const l of closed) openers.delete(l.key);
      candidates.find(focusable)?.focus();
    });
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(restoreTimer);
  };
}
