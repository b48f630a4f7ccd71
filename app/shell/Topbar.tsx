import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

interface Props {
  /** The search: visible on phones, in the menu only where the screen is short (zoomed in). */
  search: ReactNode;
  /** Years, table, share: in the menu on narrow or short screens. */
  tools: ReactNode;
  menuOpen: boolean;
  onMenu(open: boolean): void;
  menuButtonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The header. On a wide screen everything sits in one row; on a narrow one (a phone, or a
 * desktop zoomed to 400%) the tools fold into a "Menu" button so the header stays one or two
 * lines and the map keeps the screen. Escape in the open menu closes it (see App).
 */
export function Topbar({ search, tools, menuOpen, onMenu, menuButtonRef }: Props) {
  const header = useRef<HTMLElement>(null);
  // Below this width the tools did not fit in one row: they fold into "Menu" as on a phone, instead
  // of wrapping the header into rows that take the map's room. Learnt by measuring, since the tools
  // grow with the data (one "Only" button per year).
  const [foldBelow, setFoldBelow] = useState(0);
  const [width, setWidth] = useState(() => window.innerWidth);
  const folded = width < foldBelow;
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const observer = new ResizeObserver(() => measureHeader(el, setWidth, setFoldBelow));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // After every render too: the tools change with the data (a year more, a button less).
  useLayoutEffect(() => {
    if (header.current) measureHeader(header.current, setWidth, setFoldBelow);
  }, [tools, search]);
  return (
    <header ref={header} className="topbar" data-menu-open={menuOpen} data-fold={folded}>
      <h1 className="brand">Eastern Flank Map</h1>
      <button
        ref={menuButtonRef}
        type="button"
        className="toolbar-button menu-button"
        aria-expanded={menuOpen}
        aria-controls="topbar-tools"
        onClick={() => onMenu(!menuOpen)}
      >
        Menu
      </button>
      <div id="topbar-tools" className="topbar-tools">
        <div className="search-slot" data-focus-panel-on-select>{search}</div>
        <div className="tool-slot">{tools}</div>
      </div>
    </header>
  );
}

/** Records the header's width and, while unfolded, whether its items wrapped onto a second row. */
function measureHeader(el: HTMLElement, setWidth: (w: number) => void, setFoldBelow: (f: (w: number) => number) => void): void {
  setWidth(el.clientWidth);
  if (el.dataset['fold'] === 'true') return;
  const tops = [...el.querySelectorAll<HTMLElement>('.brand, .search-slot > *, .tool-slot > *')].map((c) => c.getBoundingClientRect().top);
  if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 16) setFoldBelow((w) => Math.max(w, el.clientWidth + 1));
}
