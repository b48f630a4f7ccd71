import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexBoundaries } from '../geo/boundaries.ts';
import { compactCount, placeSymbols, placeTotals, symbolExtents, symbolRadius, SYMBOL_IMAGE_PX } from './places.ts';
import { shipment, troops } from './test-factories.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const drawn = (c: string) => boundaries.countries.has(c);
const rifles = { name: 'rifles', category: 'small-arms' as const };

describe('place totals and symbols', () => {
  const facts = [
    shipment(['EE'], ['UA'], [rifles]), shipment(['PL'], ['UA'], [rifles]), shipment(['US'], ['PL'], [rifles]),
    troops(['NATO'], ['EE', 'LV', 'PL'], 22000), troops(['US'], ['PL'], 1000), troops(['US'], ['PL'], 2000),
  ];

  it('counts shipments received and distinct senders of troops per drawn country', () => {
    expect(placeTotals(facts, drawn)).toEqual([
      { code: 'EE', shipments: 0, troopSenders: 1 },
      { code: 'LV', shipments: 0, troopSenders: 1 },
      { code: 'PL', shipments: 1, troopSenders: 2 },
      { code: 'UA', shipments: 2, troopSenders: 0 },
    ]);
  });

  it('sizes symbols by area within 8–22 px, so a large corpus stays symbols, not blobs', () => {
    expect(symbolRadius(1, 800)).toBe(8);
    expect(symbolRadius(800, 800)).toBe(22);
    expect(symbolRadius(200, 800)).toBeLessThan(16);
    expect(symbolRadius(0, 10)).toBe(0);
  });

  it('sets two symbols of one country side by side, never on top of each other', () => {
    const fc = placeSymbols(placeTotals(facts, drawn), boundaries, { arms: true, troops: true });
    const pl = fc.features.filter((f) => f.properties.code === 'PL').map((f) => f.properties);
    expect(pl.map((p) => p.kind)).toEqual(['arms', 'troops']);
    const [a, t] = pl.map((p) => ({ x: p.offset[0] * p.size, r: (p.size * SYMBOL_IMAGE_PX) / 2 }));
    expect(t!.x - a!.x).toBeGreaterThanOrEqual(a!.r + t!.r);
    expect(symbolExtents(fc).get('PL')).toBeCloseTo(Math.max(Math.abs(a!.x) + a!.r, Math.abs(t!.x) + t!.r));
  });

  it('writes large totals short enough for a symbol', () => {
    expect([950, 3290, 12_400].map(compactCount)).toEqual(['950', '3.3k', '12k']);
  });

  it('leaves out the symbols of a type the filters hide', () => {
    const fc = placeSymbols(placeTotals(facts, drawn), boundaries, { arms: false, troops: true });
    expect(fc.features.every((f) => f.properties.kind === 'troops')).toBe(true);
  });
});
