import type { ArticleList, Fact } from '../model/dataset.ts';
import { FactColumns } from '../model/fact-columns.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import { factShown, factsOfActor, shownIndexes, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';

/** The view state that decides which facts a list, table or export shows: the filters, then the actor. */
export interface ListFilter extends FactFilter {
  /** The selected actor: only its facts are shown. */
  country: string | null;
  /** With a selected actor: only the facts it sent (is the `from` of) or received. */
  role: ActorRole | null;
}

/** Whether the selected actor is on the side of fact i that the role asks for. */
function onRoleSide(data: FactColumns, i: number, code: string, role: ActorRole | null): boolean {
  const sent = data.from(i).includes(code);
  if (role === 'sent') return sent;
  const received = data.to(i).includes(code);
  return role === 'received' ? received : sent || received;
}

/**
 * The indexes of the facts of the years, types, categories and actor shown, in the data's order:
 * the map's facts (filters.ts) narrowed to the selected actor and its side.
 */
export const shownListIndexes = memoLast(
  (data: FactColumns, filter: ListFilter): readonly number[] => {
    const shown = shownIndexes(data, filter);
    const { country, role } = filter;
    return country === null ? shown : shown.filter((i) => onRoleSide(data, i, country, role));
  },
  (data, f) => [data, shownIndexes(data, f), f.country, f.country === null ? null : f.role],
);

const shownOfColumns = memoLast(
  (data: FactColumns, filter: ListFilter): Fact[] => data.factsAt(shownListIndexes(data, filter)),
  (data, f) => [data, shownListIndexes(data, f)],
);

type FactList = ArticleList & { facts: readonly Fact[] };

const listKey = (list: readonly unknown[] | null): string => (list === null ? '*' : list.join(','));

const shownOfList = memoLast(
  (data: FactList, filter: ListFilter): Fact[] => {
    const facts = data.facts.filter((f) => factShown(f, filter));
    return filter.country === null ? facts : factsOfActor(facts, filter.country, filter.role);
  },
  (data, f) => [data, listKey(f.years), listKey(f.types), listKey(f.cats), f.country, f.country === null ? null : f.role],
);

/**
 * The facts shown, as objects: the table and the exports read this, so what is listed and what is
 * downloaded are the same facts. A plain list (rejected facts, kept apart from the data) is
 * filtered the same way; each kind keeps its own last answer, as the table asks for both.
 */
export function shownFacts(data: FactColumns | FactList, filter: ListFilter): Fact[] {
  return data instanceof FactColumns ? shownOfColumns(data, filter) : shownOfList(data, filter);
}
