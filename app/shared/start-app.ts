import type { AppStore } from '../../src/state/store.ts';
import { loadBoundaries, loadDataset } from './load-data.ts';
import { startUrlSync } from './url-sync.ts';
import { homeView } from '../../src/geo/home-view.ts';
import { loadLocalWork } from '../review/local-work.ts';

// The map fills the window below the top bar, which is about this tall (taller when it wraps on a phone).
const TOPBAR = window.innerWidth <= 700 ? 100 : 56;

/**
 * Loads boundaries and facts in parallel, then applies the link: the link can only be judged once
 * both are known (which countries exist, which fact ids). A failed dataset still leaves a map.
 */
export function startApp(store: AppStore): void {
  store.setState({ home: homeView(window.innerWidth, window.innerHeight - TOPBAR) });
  void Promise.all([loadBoundaries(store), loadDataset(store)]).then(() => loadLocalWork(store)).then(() => {
    startUrlSync(store);
    store.setState({ started: true });
  });
}
