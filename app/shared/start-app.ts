import type { AppState, AppStore } from '../../src/state/store.ts';
import { loadBoundaries, loadDataset } from './load-data.ts';
import { applyLinkCamera, applyLinkWithoutMap, prepareLinkReader, startUrlSync } from './url-sync.ts';
import { homeView } from '../../src/geo/home-view.ts';
import { loadLocalWork, prepareLocalWork } from '../review/local-work-start.ts';

// The map fills the window below the top bar, which is about this tall (taller when it wraps on a phone).
const TOPBAR = window.innerWidth <= 700 ? 100 : 56;

const loaded = (s: AppState): boolean => s.boundaries.status === 'ready' && s.dataset.status === 'ready';

/** Runs `fn` once, as soon as boundaries and facts are both loaded (now, or after a Retry). */
function whenLoaded(store: AppStore, fn: () => void): void {
  if (loaded(store.getState())) {
    fn();
    return;
  }
  const unsubscribe = store.subscribe((s) => {
    if (!loaded(s)) return;
    unsubscribe();
    fn();
  });
}

/**
 * Loads boundaries and facts in parallel, then applies the link: the link can only be judged once
 * both are known (which countries exist, which fact ids). If the facts fail, the map still opens
 * where the link points, the address stays exactly as it was, and the link is applied in full when
 * Retry brings the facts. If only the boundaries fail, the link is applied as far as the facts
 * allow (the table and panels work without a map) and the address is left alone.
 */
export function startApp(store: AppStore): void {
  store.setState({ home: homeView(window.innerWidth, window.innerHeight - TOPBAR) });
  const localWork = prepareLocalWork();
  const linkReader = prepareLinkReader();
  let synced = false;
  whenLoaded(store, () => {
    synced = true;
    // The user's own articles and reviews join the facts before the link is judged: a link may
    // point at one of their facts.
    void loadLocalWork(store, localWork).finally(async () => {
      startUrlSync(store, await linkReader);
      store.setState({ started: true });
    });
  });
  void Promise.all([loadBoundaries(store), loadDataset(store), linkReader]).then(([, , reader]) => {
    if (synced) return;
    const s = store.getState();
    if (s.dataset.status === 'ready') applyLinkWithoutMap(store, reader);
    else applyLinkCamera(store, reader);
    store.setState({ started: true });
  });
}
