import { useApp, useAppStoreApi } from './store-context.ts';
import { loadDataset } from './load-data.ts';

/** Loading and failure of the facts: a status while loading, an error with Retry, never a blank page. */
export function DataStatus() {
  const store = useAppStoreApi();
  const dataset = useApp((s) => s.dataset);
  if (dataset.status === 'ready') return null;
  if (dataset.status === 'loading') {
    return <p className="data-status" role="status">Loading facts…</p>;
  }
  return (
    <div className="data-status error" role="alert">
      <p>The facts could not be loaded: {dataset.message}</p>
      <button type="button" onClick={() => void loadDataset(store)}>Retry</button>
    </div>
  );
}
