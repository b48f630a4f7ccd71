import type { Fact, FactType, ItemCategory } from '../model/dataset.ts';
import { allIndexes, type FactColumns } from '../model/fact-columns.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

/** What the filters keep: the link's years, fact types and arms categories (null = all). */
export interface FactFilter {
  years: readonly number[] | null;
  types: readonly FactType[] | null;
  cats: readonly ItemCategory[] | null;
}

/** The filter part of any state that carries the link's selection. */
export function filterOf(s: FactFilter): FactFilter {
  return { years: s.years, types: s.types, cats: s.cats };
}

/** An arms shipment is kept when one of its items is of a category shown; an empty list counts as "other". */
export function armsCategoryShown(f: Fact, cats: readonly ItemCategory[] | null): boolean {
  if (cats === null || f.type !== 'arms_shipment') return true;
  if (f.items.length === 0) return cats.includes('other');
  return f.items.some((i) => cats.includes(i.category));
}

/** The same test on the data's columns. */
export function armsCategoryShownAt(data: FactColumns, i: number, cats: readonly ItemCategory[] | null): boolean {
  if (cats === null || data.type(i) !== 'arms_shipment') return true;
  const n = data.itemCount(i);
  if (n === 0) return cats.includes('other');
  for (let k = 0; k < n; k++) if (cats.includes(data.itemCategory(i, k))) return true;
  return false;
}

/** Whether a fact object passes the filters (lists of facts that are not the data's: rejected ones). */
export function factShown(f: Fact, filter: FactFilter): boolean {
  const { years, types, cats } = filter;
  return (years === null || years.includes(yearOf(f.date))) && (types === null || types.includes(f.type)) && armsCategoryShown(f, cats);
}

const listKey = (list: readonly unknown[] | null): string => (list === null ? '*' : list.join(','));

/**
 * The facts every view shows (map, counts, panels, legend, exports), as indexes into the data:
 * those of the years, types and arms categories the filters keep, in the data's order.
 */
export const shownIndexes = memoLast(
  (data: FactColumns, filter: FactFilter): readonly number[] => {
    const { years, types, cats } = filter;
    if (years === null && types === null && cats === null) return allIndexes(data.size);
    const out: number[] = [];
    for (let i = 0; i < data.size; i++) {
      if ((years === null || years.includes(data.year(i))) && (types === null || types.includes(data.type(i))) && armsCategoryShownAt(data, i, cats)) out.push(i);
    }
    return out;
  },
  (data, f) => [data, listKey(f.years), listKey(f.types), listKey(f.cats)],
);

/** Whether a type is shown under the filter. */
export function typeShown(types: readonly FactType[] | null, type: FactType): boolean {
  return types === null || types.includes(type);
}

/**
 * Which side of a fact the selected actor is on, as the role filter reads it: commitments and
 * quotes count "from" as sent (made, said) and "to" as received (promised to, said about).
 */
export function roleOf(f: Fact, code: string): { sent: boolean; received: boolean } {
  return { sent: f.from.includes(code), received: f.to.includes(code) };
}

/** The selected actor's facts under the role filter (null role = both sides). */
export function factsOfActor(facts: readonly Fact[], code: string, role: ActorRole | null): Fact[] {
  return facts.filter((f) => {
    const r = roleOf(f, code);
    if (role === 'sent') return r.sent;
    if (role === 'received') return r.received;
    return r.sent || r.received;
  });
}
