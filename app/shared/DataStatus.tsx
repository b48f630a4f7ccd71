import { useApp, useAppStoreApi } from './store-context.ts';
import { loadDataset } from './load-data.ts';

/**
 * Loading and failure of the facts: a status while loading, an error with Retry, never a blank page.
 * A failed download says nothing about the link: its selection waits, untouched, for the facts.
 */
export function DataStatus() {
  const store = useAppStoreApi();
  const dataset = useApp((s) => s.dataset);
  if (dataset.status === 'ready') return null;
  if (dataset.status === 'loading') {
    return <p className="data-status" role="status">Loading facts…</p>;
  }
  const hasLink = window.location.search.length > 1;
  return (
    <div className="data-status error" role="alert">
      <div>
        <p>The facts could not be loaded: {dataset.message}</p>
        {hasLink && <p>The link’s selection will be shown once they load.</p>}
      </div>
      <button type="button" onClick={() => void loadDataset(store)}>Retry</button>
    </div>
  );
}
