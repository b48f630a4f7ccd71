import type { Fact, FactIndex } from '../model/dataset.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import { factsOfActor, shownFacts as factsOfFilters, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';

/** The view state that decides which facts a list, table or export shows: the filters, then the actor. */
export interface ListFilter extends FactFilter {
  /** The selected actor: only its facts are shown. */
  country: string | null;
  /** With a selected actor: only the facts it sent (is the `from` of) or received. */
  role: ActorRole | null;
}

/**
 * The facts of the years, types, categories and actor shown, in the data's order: the map's facts
 * (filters.ts) narrowed to the selected actor and its side. The table and the exports read this,
 * so what is listed and what is downloaded are the same facts.
 */
export const shownFacts = memoLast(
  (data: FactIndex, filter: ListFilter): Fact[] => {
    const facts = factsOfFilters(data, filter);
    return filter.country === null ? facts : factsOfActor(facts, filter.country, filter.role);
  },
  (data, f) => [data, factsOfFilters(data, f), f.country, f.country === null ? null : f.role],
);
