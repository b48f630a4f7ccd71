import type { Fact, FactIndex, FactType, ItemCategory } from '../model/dataset.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import { factsInYears } from './facts.ts';
import { memoLast } from './memo.ts';

/** The part of the view state that decides which facts a list, table or export shows. */
export interface FactFilter {
  years: readonly number[] | null;
  /** null: every type. */
  types: readonly FactType[] | null;
  /** null: every arms category. Applies to arms shipments only. */
  cats: readonly ItemCategory[] | null;
  /** The selected actor: only its facts are shown. */
  country: string | null;
  /** With a selected actor: only the facts it sent (is the `from` of) or received. */
  role: ActorRole | null;
}

/** An arms shipment passes the category filter when one of its items does; one without items counts as "other". */
function inCategories(f: Fact, cats: readonly ItemCategory[] | null): boolean {
  if (cats === null || f.type !== 'arms_shipment') return true;
  if (f.items.length === 0) return cats.includes('other');
  return f.items.some((i) => cats.includes(i.category));
}

export function factPasses(f: Fact, filter: Omit<FactFilter, 'years'>): boolean {
  if (filter.types !== null && !filter.types.includes(f.type)) return false;
  if (!inCategories(f, filter.cats)) return false;
  if (filter.country !== null) {
    const sent = f.from.includes(filter.country);
    const received = f.to.includes(filter.country);
    if (filter.role === 'sent' ? !sent : filter.role === 'received' ? !received : !sent && !received) return false;
  }
  return true;
}

const listKey = (l: readonly unknown[] | null) => (l === null ? '*' : l.join(','));

/**
 * The facts of the years, types, categories and actor shown, in the data's order. The table and
 * the exports read this, so what is listed and what is downloaded are the same facts.
 */
export const shownFacts = memoLast(
  (data: FactIndex, filter: FactFilter): Fact[] => {
    const inYears = factsInYears(data, filter.years);
    if (filter.types === null && filter.cats === null && filter.country === null) return inYears;
    return inYears.filter((f) => factPasses(f, filter));
  },
  (data, f) => [data, listKey(f.years), listKey(f.types), listKey(f.cats), f.country, f.country === null ? null : f.role],
);
