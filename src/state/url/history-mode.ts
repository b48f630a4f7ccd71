import { forEachParam } from './param-table.ts';
import type { UrlState } from './url-state.ts';

/**
 * How a state change enters browser history, from the parameter table: a change to any 'push' key
 * (a new selection) is a step Back should undo; a change to 'replace' keys only (the camera)
 * updates the current entry, since panning would flood history. `null` and the home view are
 * different values here (no context to know home); that costs at most one redundant replace.
 */
export function historyMode(prev: UrlState, next: UrlState): 'push' | 'replace' | 'none' {
  let mode: 'push' | 'replace' | 'none' = 'none';
  forEachParam((key, spec) => {
    if (mode === 'push' || spec.same(prev[key], next[key])) return;
    mode = spec.history;
  });
  return mode;
}
