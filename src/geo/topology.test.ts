import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { countryFeatures, landNeighbours, type CountriesTopology } from './topology.ts';
import { MAP_EXTENT } from './extent.ts';

const topo = JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')) as CountriesTopology;
const features = countryFeatures(topo);
const byCode = new Map(features.features.map((f) => [String(f.id), f]));

function countriesAt(lon: number, lat: number): string[] {
  return features.features.filter((f) => booleanPointInPolygon([lon, lat], f)).map((f) => String(f.id));
}

describe('countries.topo.json', () => {
  it('draws Crimea as Ukraine: Simferopol lies in UA, not RU', () => {
    expect(countriesAt(34.1, 44.95)).toEqual(['UA']);
  });

  it('draws Kaliningrad as Russia', () => {
    expect(countriesAt(20.5, 54.7)).toEqual(['RU']);
  });

  it('places capitals in their countries', () => {
    expect(countriesAt(24.75, 59.44)).toEqual(['EE']); // Tallinn
    expect(countriesAt(21.01, 52.23)).toEqual(['PL']); // Warsaw
    expect(countriesAt(37.62, 55.75)).toEqual(['RU']); // Moscow
    expect(countriesAt(21.17, 42.67)).toEqual(['XK']); // Pristina
  });

  it('gives every country an alpha-2 id, a name and a label point inside it', () => {
    expect(features.features.length).toBeGreaterThan(60);
    for (const f of features.features) {
      expect(String(f.id)).toMatch(/^[A-Z]{2}$/);
      expect(f.properties.name.length).toBeGreaterThan(2);
      expect(booleanPointInPolygon(f.properties.label, f), `${f.properties.name} label`).toBe(true);
    }
  });

  it('holds one feature per country', () => {
    const ids = features.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps all geometry inside the extent, so nothing crosses the antimeridian', () => {
    const [w, s, e, n] = MAP_EXTENT;
    for (const f of features.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        for (const [x, y] of ring) {
          expect(x! >= w - 1e-6 && x! <= e + 1e-6 && y! >= s - 1e-6 && y! <= n + 1e-6).toBe(true);
        }
      }
    }
  });

  it('knows land borders: the NATO members on Russia or Belarus', () => {
    const nb = landNeighbours(topo);
    const rubyNeighbours = new Set([...(nb.get('RU') ?? []), ...(nb.get('BY') ?? [])]);
    for (const c of ['NO', 'EE', 'LV', 'LT', 'PL', 'FI', 'UA']) expect(rubyNeighbours.has(c), c).toBe(true);
    for (const c of ['DE', 'SE', 'RO', 'CZ']) expect(rubyNeighbours.has(c), c).toBe(false);
    expect(byCode.get('RU')).toBeDefined();
  });
});

describe('antimeridian', () => {
  it('leaves no part of Russia west of Europe: Chukotka does not wrap into a band across the map', () => {
    const ru = byCode.get('RU')!;
    const polys = ru.geometry.type === 'Polygon' ? [ru.geometry.coordinates] : ru.geometry.coordinates;
    const west = Math.min(...polys.flatMap((p) => p[0]!.map((pt) => pt[0]!)));
    expect(west).toBeGreaterThan(19); // Kaliningrad's western tip is the westernmost Russia
    expect(countriesAt(-10, 73)).toEqual([]);
  });
});
