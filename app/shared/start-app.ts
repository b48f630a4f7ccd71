import type { AppStore } from '../../src/state/store.ts';
import { loadBoundaries, loadDataset } from './load-data.ts';
import { startUrlSync } from './url-sync.ts';

/**
 * Loads boundaries and facts in parallel, then applies the link: the link can only be judged once
 * both are known (which countries exist, which fact ids). A failed dataset still leaves a map.
 */
export function startApp(store: AppStore): void {
  void Promise.all([loadBoundaries(store), loadDataset(store)]).then(() => {
    startUrlSync(store);
    store.setState({ started: true });
  });
}
