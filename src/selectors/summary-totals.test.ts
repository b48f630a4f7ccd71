import { describe, expect, it } from 'vitest';
import type { Fact } from '../model/dataset.ts';
import { FactColumns } from '../model/fact-columns.ts';
import { createRng } from '../util/seeded-rng.ts';
import { shownIndexes, type FactFilter } from './filters.ts';
import { summaryTotals, summaryTotalsOf } from './summary-totals.ts';
import { article, commitment, quote, shipment, troops } from './test-factories.ts';

const rifles = { name: 'rifles', category: 'small-arms' as const };
const tanks = { name: 'tanks', category: 'armour' as const };

describe('summaryTotals', () => {
  it('lists senders in the order first reported, across years whose articles come in any order', () => {
    // The 2024 article comes first in the data: its sender is reported first.
    const data = FactColumns.of({
      articles: [article('a2024', '2024-03-24'), article('a2022', '2022-03-06')],
      facts: [shipment(['DE'], ['UA'], [rifles], '2024-03-24', 'a2024'), shipment(['PL', 'EE'], ['UA'], [rifles], '2022-03-06', 'a2022')],
    });
    expect(summaryTotals(data, { years: null, types: null, cats: null }).armsTo.get('UA')).toEqual(['DE', 'PL', 'EE']);
    expect(summaryTotals(data, { years: [2022], types: null, cats: null }).armsTo.get('UA')).toEqual(['PL', 'EE']);
  });

  it('leads troops with the largest figure, the earlier report of equal ones', () => {
    const data = FactColumns.of({
      articles: [article('a2022', '2022-03-06'), article('a2024', '2024-03-24')],
      facts: [troops(['US'], ['PL'], 500, '2024-03-24', 'a2024'), troops(['DE'], ['LT'], 500), troops(['GB'], ['EE'], null), troops(['NATO'], [], 9000)],
    });
    const t = summaryTotals(data, { years: null, types: null, cats: null });
    expect(t.troops).toBe(3);
    expect(t.troopLead?.from).toEqual(['US']);
    expect(summaryTotals(data, { years: [2022], types: null, cats: null }).troopLead?.from).toEqual(['DE']);
    expect(summaryTotals(data, { years: null, types: ['quote'], cats: null })).toMatchObject({ facts: 0, troops: 0, troopLead: null });
  });

  it('merges the years\' sums to what the shown facts add up to, for any years, types and categories', () => {
    const rng = createRng(11);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
    const codes = ['PL', 'EE', 'LV', 'UA', 'US', 'NATO', 'DE'];
    const years = [2022, 2023, 2024];
    const articles = Array.from({ length: 12 }, (_, i) => article(`a${i}`, `${pick(years)}-0${1 + (i % 9)}-1${i % 9}`));
    const facts: Fact[] = Array.from({ length: 300 }, (_, i) => {
      const a = pick(articles);
      const from = [pick(codes), ...(rng() < 0.3 ? [pick(codes)] : [])];
      const to = rng() < 0.1 ? [] : [pick(codes), ...(rng() < 0.3 ? [pick(codes)] : [])];
      const f = [
        () => shipment(from, to, rng() < 0.2 ? [] : [pick([rifles, tanks])], a.date, a.id),
        () => troops(from, to, rng() < 0.3 ? null : Math.floor(rng() * 4) * 100, a.date, a.id),
        () => commitment(from, to, 'assurance', a.date, a.id),
        () => quote(pick(['A', 'B', 'C']), from, to, a.date, a.id),
      ][i % 4]!();
      return { ...f, id: `f${i}` };
    });
    const data = FactColumns.of({ articles, facts });
    const filters: FactFilter[] = [
      { years: null, types: null, cats: null },
      { years: [2024, 2022], types: null, cats: null },
      { years: [2023], types: ['arms_shipment', 'quote'], cats: null },
      { years: null, types: ['troop_deployment', 'commitment'], cats: null },
      { years: [2022, 2023], types: null, cats: ['armour', 'other'] },
    ];
    for (const filter of filters) {
      expect(summaryTotals(data, filter)).toEqual(summaryTotalsOf(data, shownIndexes(data, filter)));
    }
  });
});
