import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexBoundaries } from '../geo/boundaries.ts';
import { FactColumns, transferables } from '../model/fact-columns.ts';
import { firstViewSums, seedFirstViewSums } from './first-view-sums.ts';
import { mapScene } from './map-scene.ts';
import { perDataset } from './memo.ts';
import { summaryTotals } from './summary-totals.ts';
import { yearParts } from './year-parts.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));

describe('perDataset', () => {
  it('works a sum out once per dataset, keeps datasets apart, and takes one handed in', () => {
    let calls = 0;
    const sum = perDataset((d: { n: number }) => (calls++, d.n * 2));
    const a = { n: 1 };
    const b = { n: 5 };
    expect([sum(a), sum(a), sum(b), sum(a)]).toEqual([2, 2, 10, 2]);
    expect(calls).toBe(2);
    const c = { n: 7 };
    sum.seed(c, 99);
    expect(sum(c)).toBe(99);
    expect(calls).toBe(2);
  });
});

describe('the first view\'s sums handed over from a worker', () => {
  const data = columns([
    shipment(['EE'], ['UA'], [{ name: 'Javelins', category: 'anti-tank' }]),
    troops(['NATO'], ['EE', 'LV'], 22000),
    troops(['US'], ['EE', 'LV'], 300, '2024-03-24', 'a2024'),
    commitment(['US', 'NATO'], ['EE', 'LV', 'LT']),
    quote('Kaja Kallas', ['EE'], ['RU']),
  ]);

  it('give the same map and summary after a structured clone, as postMessage delivers them', () => {
    const parts = data.toParts();
    expect(transferables(parts).length).toBeGreaterThan(10);
    const copy = FactColumns.fromParts(structuredClone(parts));
    const sums = structuredClone(firstViewSums(data));
    seedFirstViewSums(copy, sums);
    expect(yearParts(copy)).toBe(sums.yearParts);
    for (const years of [null, [2022], [2024]]) {
      const filter = { years, types: null, cats: null };
      expect(mapScene(copy, filter, boundaries)).toEqual(mapScene(data, filter, boundaries));
      expect(summaryTotals(copy, filter)).toEqual(summaryTotals(data, filter));
    }
    expect(copy.toIndex()).toEqual(data.toIndex());
  });
});
