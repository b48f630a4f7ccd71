import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import { countryFeatures, landNeighbours, type CountriesTopology, type CountryFeatures } from './topology.ts';

export interface CountryInfo {
  code: string;
  name: string;
  label: [number, number];
  bounds: [number, number, number, number];
  /** Land area in units of 10,000 km², to rank labels. */
  area: number;
}

/** The boundaries decoded once and indexed by ISO code, as every consumer needs them. */
export interface Boundaries {
  topology: CountriesTopology;
  features: CountryFeatures;
  countries: ReadonlyMap<string, CountryInfo>;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

export function indexBoundaries(topology: CountriesTopology): Boundaries {
  const features = countryFeatures(topology);
  const countries = new Map<string, CountryInfo>();
  for (const f of features.features) {
    const code = String(f.id);
    const [w, s, e, n] = bbox(f) as [number, number, number, number];
    countries.set(code, {
      code,
      name: f.properties.name,
      label: f.properties.label,
      bounds: countryFocusBounds(code, [w, s, e, n], f.properties.label),
      area: Math.round(area(f) / 1e8) / 100,
    });
  }
  // Land adjacency is for resolving groups ("members bordering Russia"); the map never asks for it,
  // so it is worked out on first use rather than on every page load.
  let neighbours: ReadonlyMap<string, ReadonlySet<string>> | null = null;
  return {
    topology,
    features,
    countries,
    get neighbours() {
      neighbours ??= landNeighbours(topology);
      return neighbours;
    },
  };
}

/**
 * Russia clipped to the map still spans 40° of longitude and a sliver of Norway's islands reaches
 * the Arctic: framing the whole box would zoom out too far to see the country the user picked.
 * Frame at most 24° × 14° around the label point, which sits in the country's main body.
 */
function countryFocusBounds(_code: string, b: [number, number, number, number], label: [number, number]): [number, number, number, number] {
  const maxW = 24, maxH = 14;
  let [w, s, e, n] = b;
  if (e - w > maxW) { w = Math.max(w, label[0] - maxW / 2); e = Math.min(e, w + maxW); }
  if (n - s > maxH) { s = Math.max(s, label[1] - maxH / 2); n = Math.min(n, s + maxH); }
  return [w, s, e, n];
}

/** Country polygons with the code as a property, so MapLibre can key feature state on it. */
export function countryShapes(b: Boundaries): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: b.features.features.map((f) => ({ ...f, properties: { code: String(f.id), name: f.properties.name } })),
  };
}

/** Borders between countries, each drawn once (coastlines are left to the fill's outline). */
export function internalBorders(b: Boundaries): Feature<MultiLineString> {
  const geometry = mesh(b.topology, b.topology.objects.countries, (x, y) => x !== y);
  return { type: 'Feature', properties: {}, geometry };
}

/** One label point per country, on its largest part. */
export function countryLabels(b: Boundaries, selected: string | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: [...b.countries.values()].map((c) => ({
      type: 'Feature',
      id: c.code,
      properties: { code: c.code, name: c.name, area: c.area, selected: c.code === selected ? 1 : 0 },
      geometry: { type: 'Point', coordinates: c.label },
    })),
  };
}
