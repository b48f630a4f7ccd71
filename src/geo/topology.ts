import { feature, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface CountryProps {
  name: string;
  label: [number, number];
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;
export type CountryFeatures = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/** Decodes the countries object once; features carry the ISO alpha-2 code as `id`. */
export function countryFeatures(topo: CountriesTopology): CountryFeatures {
  return feature(topo, topo.objects.countries) as CountryFeatures;
}

/**
 * Land neighbours by ISO code, from arcs the countries share in the topology: the honest answer
 * to "which countries border X" (sea neighbours share no arc).
 */
export function landNeighbours(topo: CountriesTopology): Map<string, Set<string>> {
  const geoms = topo.objects.countries.geometries;
  const adjacency = neighbors(geoms as never);
  const out = new Map<string, Set<string>>();
  geoms.forEach((g, i) => {
    const code = String(g.id);
    const set = out.get(code) ?? new Set<string>();
    for (const j of adjacency[i] ?? []) set.add(String(geoms[j]!.id));
    out.set(code, set);
  });
  return out;
}
