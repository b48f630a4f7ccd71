import type { ReactNode, RefObject } from 'react';

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
  return (
    <header className="topbar" data-menu-open={menuOpen}>
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
