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

describe('mapScene', () => {
  it('marks members that joined between the years shown (Finland, Sweden)', () => {
    const both = mapScene(data, null, boundaries);
    expect(both.nato.joined).toEqual(['FI', 'SE']);
    expect(both.nato.members).toContain('SE');
    expect(both.nato.members).not.toContain('UA');
    expect(both.nato.since).toBe(2022);
    const only2022 = mapScene(data, [2022], boundaries);
    expect(only2022.nato.joined).toEqual([]);
    expect(only2022.nato.members).not.toContain('FI');
    // 30 members on 2022-03-06; the United States and Canada have no polygon on this map.
    expect(only2022.nato.members).toHaveLength(28);
  });

  it('lists active and committed countries, and docks off-map actors busiest first', () => {
    const scene = mapScene(data, null, boundaries);
    expect(scene.active).toEqual(['EE', 'LT', 'LV', 'UA']);
    expect(scene.committed).toEqual(['EE', 'LT', 'LV']);
    expect(scene.offmap.map((a) => [a.code, a.count])).toEqual([['NATO', 2], ['US', 1]]);
    expect(scene.badges.features.map((f) => f.properties?.['text'])).toEqual(['22,000 troops\n(shared by 2)', '22,000 troops\n(shared by 2)']);
  });

  it('follows the years: 2024 only keeps the commitment and drops the shipment', () => {
    const scene = mapScene(data, [2024], boundaries);
    expect(scene.flows).toEqual([]);
    expect(scene.committed).toEqual(['EE', 'LT', 'LV']);
  });
});
