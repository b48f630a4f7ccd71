import { isCoherent } from './link-coherence.ts';
import { forEachParam } from './param-table.ts';
import type { UrlContext, UrlState } from './url-state.ts';

/**
 * Whether a state is one readUrl could return for this data: every row of the parameter table
 * accepts its value (ids exist, years are a proper ascending subset, the view is rounded and not
 * home), and the fact agrees with the article and years shown.
 */
export function isValidUrlState(state: UrlState, ctx: UrlContext): boolean {
  let ok = true;
  forEachParam((key, spec) => {
    if (ok && !spec.isValid(state[key], ctx)) ok = false;
  });
  return ok && isCoherent(state, ctx);
}
