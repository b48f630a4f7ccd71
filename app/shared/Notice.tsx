import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from './store-context.ts';

/** A dismissible, polite notice (e.g. parts of a link that could not be used). Rendered as text. */
export function Notice() {
  const store = useAppStoreApi();
  const notice = useApp((s) => s.notice);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <p>{notice}</p>
          <button type="button" onClick={() => actions.setNotice(store, null)}>Dismiss</button>
        </div>
      )}
    </div>
  );
}
