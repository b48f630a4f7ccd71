import { sameView } from './map-view.ts';
import type { UrlState } from './url-state.ts';

function sameYears(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((y, i) => y === b[i]);
}

/**
 * How a state change enters browser history: a new selection is a step Back should undo ('push');
 * panning and zooming would flood history, so it only updates the current entry ('replace').
 * `null` and the home view are different values here (no context to know home); that costs at
 * most one redundant replace.
 */
export function historyMode(prev: UrlState, next: UrlState): 'push' | 'replace' | 'none' {
  const selectionChanged =
    prev.country !== next.country ||
    prev.fact !== next.fact ||
    prev.article !== next.article ||
    prev.embed !== next.embed ||
    !sameYears(prev.years, next.years);
  if (selectionChanged) return 'push';
  return sameView(prev.view, next.view) ? 'none' : 'replace';
}
