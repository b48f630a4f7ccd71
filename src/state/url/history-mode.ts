import { sameView } from './map-view.ts';
import type { UrlState } from './url-state.ts';

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
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
    prev.role !== next.role ||
    prev.table !== next.table ||
    prev.review !== next.review ||
    prev.rejected !== next.rejected ||
    !sameList(prev.years, next.years) ||
    !sameList(prev.types, next.types) ||
    !sameList(prev.cats, next.cats);
  if (selectionChanged) return 'push';
  // Re-sorting the table is a way of looking, like panning: it updates the entry, Back skips it.
  const sortChanged = prev.sort?.column !== next.sort?.column || prev.sort?.descending !== next.sort?.descending;
  return sameView(prev.view, next.view) && !sortChanged ? 'none' : 'replace';
}
