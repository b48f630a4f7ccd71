import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexBoundaries } from '../geo/boundaries.ts';
import { mapScene } from './map-scene.ts';
import { commitment, dataset, shipment, troops } from './test-factories.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const data = dataset([
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
