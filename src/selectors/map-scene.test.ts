import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexBoundaries } from '../geo/boundaries.ts';
import { mapScene } from './map-scene.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';
import { FactColumns } from '../model/fact-columns.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const data = columns([
  shipment(['EE'], ['UA'], [{ name: 'Javelins', category: 'anti-tank' }]),
  troops(['NATO'], ['EE', 'LV'], 22000),
  commitment(['US', 'NATO'], ['EE', 'LV', 'LT']),
]);
const all = { years: null, types: null, cats: null };

describe('mapScene', () => {
  it('marks members that joined between the years shown (Finland, Sweden)', () => {
    const both = mapScene(data, all, boundaries);
    expect(both.nato.joined).toEqual(['FI', 'SE']);
    expect(both.nato.members).toContain('SE');
    expect(both.nato.members).not.toContain('UA');
    expect(both.nato.since).toBe(2022);
    const only2022 = mapScene(data, { ...all, years: [2022] }, boundaries);
    expect(only2022.nato.joined).toEqual([]);
    expect(only2022.nato.members).not.toContain('FI');
    // 30 members on 2022-03-06; the United States and Canada have no polygon on this map.
    expect(only2022.nato.members).toHaveLength(28);
  });

  it('lists active and committed countries, and docks off-map actors busiest first', () => {
    const scene = mapScene(data, all, boundaries);
    expect(scene.active).toEqual(['EE', 'LT', 'LV', 'UA']);
    expect(scene.committed).toEqual(['EE', 'LT', 'LV']);
    expect(scene.offmap.map((a) => [a.code, a.count])).toEqual([['NATO', 2], ['US', 1]]);
    expect(scene.flows.map((m) => m.id)).toEqual(['arms:EE>UA', 'troops:NATO>EE+LV']);
  });

  it('follows the years: 2024 only keeps the commitment and drops the shipment', () => {
    const scene = mapScene(data, { ...all, years: [2024] }, boundaries);
    expect(scene.flows).toEqual([]);
    expect(scene.committed).toEqual(['EE', 'LT', 'LV']);
  });

  it('follows the type filter: without commitments nothing is hatched and the US has no chip', () => {
    const scene = mapScene(data, { ...all, types: ['arms_shipment', 'troop_deployment'] }, boundaries);
    expect(scene.committed).toEqual([]);
    expect(scene.offmap.map((a) => a.code)).toEqual(['NATO']);
  });
});

describe('mapScene from the years\' sums', () => {
  // A year change merges per-year sums; an arms-category filter goes back to the facts. Both must agree.
  const codes = ['EE', 'LV', 'LT', 'PL', 'UA', 'US', 'NATO', 'DE', 'RO'];
  const cats = ['anti-tank', 'air-defence', 'small-arms', 'artillery'] as const;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const facts = Array.from({ length: 400 }, (_, i) => {
    const year = 2022 + (i % 3);
    const date = `${year}-05-0${1 + (i % 9)}`;
    const from = [pick(codes)];
    const to = rnd() < 0.2 ? [pick(codes), pick(codes), pick(codes)] : [pick(codes)];
    switch (i % 4) {
      case 0: return shipment(from, to, [{ name: `item ${i % 7}`, category: pick(cats) }], date, `a${year}`);
      case 1: return { ...troops(from, to, rnd() < 0.5 ? null : Math.round(rnd() * 5000), date, `a${year}`), qualifier: rnd() < 0.3 ? 'up to' : null };
      case 2: return commitment(from, to, 'assurance', date, `a${year}`);
      default: return quote('Someone', from, to, date, `a${year}`);
    }
  });
  const big = FactColumns.of({ articles: [2022, 2023, 2024].map((y) => ({ id: `a${y}`, date: `${y}-05-09`, title: 't', text: 'x'.repeat(20), file: 'f' })), facts });
  const norm = (scene: ReturnType<typeof mapScene>) => ({
    flows: scene.flows.map((m) => ({ ...m, factIndexes: [...m.factIndexes].sort((a, b) => a - b), items: [...m.items].sort() })),
    active: scene.active, committed: scene.committed, totals: scene.totals, offmap: scene.offmap,
    counts: [...scene.counts].sort(([a], [b]) => (a < b ? -1 : 1)),
  });

  it.each([
    { years: null, types: null },
    { years: [2023], types: null },
    { years: [2022, 2024], types: ['arms_shipment', 'quote'] as const },
    { years: null, types: ['troop_deployment', 'commitment'] as const },
  ])('agrees with the facts for years $years and types $types', ({ years, types }) => {
    const fast = mapScene(big, { years, types: types ? [...types] : null, cats: null }, boundaries);
    const slow = mapScene(big, { years, types: types ? [...types] : null, cats: ['anti-tank', 'air-defence', 'small-arms', 'artillery', 'armour', 'ammunition', 'other'] }, boundaries);
    expect(norm(fast)).toEqual(norm(slow));
    expect(fast.flows.length).toBeGreaterThan(0);
  });
});
