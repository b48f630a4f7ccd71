import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';

/** "Table": opens and closes the table of facts. It needs the facts only, not the map. */
export function TableButton() {
  const store = useAppStoreApi();
  const open = useApp((s) => s.table);
  const ready = useApp((s) => s.started && s.dataset.status === 'ready');
  return (
    <button
      type="button"
      className="toolbar-button table-toggle"
      data-focus-table-on-open
      aria-expanded={open}
      aria-controls={open ? 'fact-table' : undefined}
      disabled={!ready}
      onClick={() => actions.setTableOpen(store, !open)}
    >
      Table
    </button>
  );
}
