import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { memoLast } from '../../src/selectors/memo.ts';
import { CATEGORY_COLOR, COMMITMENT_COLOR, NATO_COLOR, SYMBOL_COLOR, TROOP_COLOR } from '../../src/selectors/palette.ts';
import type { MapViewModel } from '../../src/selectors/map-view-model.ts';
import type { FlowGeometry } from '../../src/selectors/flows.ts';
import { SYMBOL_TEXT_PX } from '../../src/selectors/places.ts';
import { LABEL_FONT_BOLD } from './fonts.ts';
import { perFeature, POINT_KIND, SOURCE } from './base-style.ts';


export const FACT_LAYER = {
  commitmentHatch: 'commitment-hatch',
  commitmentOutline: 'commitment-outline',
  natoOutline: 'nato-outline',
  natoJoined: 'nato-joined',
  factFocus: 'fact-focus',
  keyFocus: 'key-focus',
  troopLines: 'troop-lines',
  armsCasing: 'arms-casing',
  armsLines: 'arms-lines',
  heads: 'flow-heads',
  figures: 'flow-figures',
  symbols: 'place-symbols',
} as const;

export const IMAGE = { arrowhead: 'arrowhead', hatch: 'commitment-hatch', circle: 'symbol-circle', square: 'symbol-square' } as const;

/** What a source draws, read from the view model (and the flows' geometry, which needs the camera). */
export interface SourceBinding {
  id: string;
  /** Compared by identity: the same object means nothing to send to the map. */
  data(vm: MapViewModel, flows: FlowGeometry): FeatureCollection<Geometry>;
}

/** A layer and, for layers over the country polygons, the codes it shows (compared by identity). */
export interface LayerBinding {
  spec: LayerSpecification;
  codes?(vm: MapViewModel): readonly string[];
}

/** Every point the map draws, in one collection, each tagged with its kind (memoised on its parts). */
const points = memoLast((labels: FeatureCollection, symbols: FeatureCollection, heads: FeatureCollection, figures: FeatureCollection): FeatureCollection<Geometry> => {
  const tag = (fc: FeatureCollection, kind: string, id: (f: Feature, i: number) => string) =>
    fc.features.map((f, i) => ({ ...f, id: undefined, properties: { ...f.properties, kind, id: id(f, i) } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tag(labels, POINT_KIND.label, (f) => `label:${String(f.id)}`),
      // A symbol's own kind (arms or troops) moves to `sym`: `kind` tells the point layers apart.
      ...tag(symbols, POINT_KIND.symbol, (f) => `symbol:${String(f.properties?.['code'])}:${String(f.properties?.['kind'])}`).map((f, i) => ({
        ...f,
        properties: { ...f.properties, sym: symbols.features[i]!.properties?.['kind'] },
      })),
      ...tag(heads, POINT_KIND.head, (f) => String(f.properties?.['id'])),
      ...tag(figures, POINT_KIND.figure, (f) => String(f.properties?.['id'])),
    ] as Feature<Geometry>[],
  };
});

export const FACT_SOURCES: readonly SourceBinding[] = [
  { id: SOURCE.lines, data: (_vm, g) => g.lines },
  { id: SOURCE.points, data: (vm, g) => points(vm.labels, vm.symbols, g.heads, g.labels) },
];

/** Only the countries whose code is in the list: the filter a country layer gets from its codes. */
export function codesFilter(codes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', [...codes]]];
}

const categoryColor: ExpressionSpecification = [
  'match', ['get', 'category'],
  ...Object.entries(CATEGORY_COLOR).flat(),
  TROOP_COLOR,
] as unknown as ExpressionSpecification;

const emph: ExpressionSpecification = ['boolean', ['feature-state', 'emph'], false];
const dim: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
const nothing: ExpressionSpecification = ['==', ['get', 'code'], ''];

// Width grows with the number of shipments a pair has, so busy routes read as heavier.
const width: ExpressionSpecification = ['+', 1.6, ['*', 1, ['min', ['-', ['get', 'count'], 1], 5]]];

/** Layers drawn between the base map and the labels, bottom first. */
export const FACT_LAYERS: readonly LayerBinding[] = [
  {
    spec: { id: FACT_LAYER.commitmentHatch, type: 'fill', source: SOURCE.countries, filter: nothing, paint: { 'fill-pattern': IMAGE.hatch, 'fill-opacity': 0.55, 'fill-antialias': false } },
    codes: (vm) => vm.filters.hatch,
  },
  {
    spec: { id: FACT_LAYER.commitmentOutline, type: 'line', source: SOURCE.countries, filter: nothing, paint: { 'line-color': perFeature(COMMITMENT_COLOR), 'line-width': perFeature(1.2), 'line-opacity': perFeature(0.8) } },
    codes: (vm) => vm.filters.hatch,
  },
  {
    spec: {
      id: FACT_LAYER.natoOutline, type: 'line', source: SOURCE.countries, filter: nothing, layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(NATO_COLOR), 'line-width': perFeature(1.2), 'line-dasharray': [3, 2], 'line-opacity': perFeature(0.6) },
    },
    codes: (vm) => vm.filters.nato,
  },
  {
    spec: {
      id: FACT_LAYER.natoJoined, type: 'line', source: SOURCE.countries, filter: nothing, layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(NATO_COLOR), 'line-width': perFeature(2.4), 'line-dasharray': [1, 1.5], 'line-opacity': perFeature(0.95) },
    },
    codes: (vm) => vm.filters.natoJoined,
  },
  {
    // The countries of the selected fact: how a commitment or a quote is "emphasised" on the map.
    spec: {
      id: FACT_LAYER.factFocus, type: 'line', source: SOURCE.countries, layout: { 'line-join': 'round' },
      filter: nothing,
      paint: { 'line-color': perFeature('#1b2530'), 'line-width': perFeature(3), 'line-opacity': perFeature(1) },
    },
    codes: (vm) => vm.filters.focus,
  },
  {
    // The country the keyboard is on: a thick double outline, visible on any fill.
    spec: {
      id: FACT_LAYER.keyFocus, type: 'line', source: SOURCE.countries, layout: { 'line-join': 'round' },
      filter: nothing,
      paint: { 'line-color': perFeature('#0b5cad'), 'line-width': perFeature(4), 'line-opacity': perFeature(1) },
    },
  },
  {
    spec: {
      id: FACT_LAYER.troopLines, type: 'line', source: SOURCE.lines, filter: ['==', ['get', 'type'], 'troop_deployment'],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': perFeature(TROOP_COLOR),
        'line-width': ['case', emph, 3.5, ['==', ['get', 'part'], 'trunk'], 2, 1.3],
        'line-dasharray': [2, 1.5],
        'line-opacity': ['case', dim, 0.2, 0.85],
      },
    },
  },
  {
    // A white casing keeps arrows legible where they cross borders and each other.
    spec: {
      id: FACT_LAYER.armsCasing, type: 'line', source: SOURCE.lines, filter: ['==', ['get', 'type'], 'arms_shipment'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': perFeature('#ffffff'), 'line-width': ['+', ['case', emph, 3, 0], width, 1.6], 'line-opacity': ['case', dim, 0.15, 0.9] },
    },
  },
  {
    spec: {
      id: FACT_LAYER.armsLines, type: 'line', source: SOURCE.lines, filter: ['==', ['get', 'type'], 'arms_shipment'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': categoryColor, 'line-width': ['+', ['case', emph, 3, 0], width], 'line-opacity': ['case', dim, 0.2, 0.95] },
    },
  },
];

/**
 * Symbols above the country labels, top first in placement: arrowheads claim their space, then
 * the figures and the place totals, and country names (with variable anchors) step aside.
 */
export const SYMBOL_LAYERS: readonly LayerBinding[] = [
  {
    spec: {
      id: FACT_LAYER.symbols, type: 'symbol', source: SOURCE.points, filter: ['==', ['get', 'kind'], POINT_KIND.symbol],
      layout: {
        'icon-image': ['match', ['get', 'sym'], 'troops', IMAGE.square, IMAGE.circle],
        'icon-size': ['get', 'size'],
        'icon-offset': ['get', 'offset'] as never,
        'icon-allow-overlap': true,
        // Names step aside by their own anchors (base-style.ts), so symbols need not push them.
        'icon-ignore-placement': true,
        'text-field': ['get', 'text'],
        'text-font': ['literal', [LABEL_FONT_BOLD]],
        'text-size': SYMBOL_TEXT_PX,
        'text-offset': ['get', 'textOffset'] as never,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'icon-color': perFeature('#ffffff'),
        'icon-halo-color': ['match', ['get', 'sym'], 'troops', SYMBOL_COLOR.troops, SYMBOL_COLOR.arms],
        'icon-halo-width': 2,
        'icon-opacity': perFeature(0.95),
        'text-color': ['match', ['get', 'sym'], 'troops', SYMBOL_COLOR.troops, SYMBOL_COLOR.arms],
        'text-opacity': perFeature(1),
      },
    },
  },
  {
    spec: {
      id: FACT_LAYER.figures, type: 'symbol', source: SOURCE.points, filter: ['==', ['get', 'kind'], POINT_KIND.figure],
      layout: {
        'text-field': ['get', 'text'],
        'text-font': ['literal', [LABEL_FONT_BOLD]],
        'text-size': 11.5,
        'text-allow-overlap': false,
        'text-padding': 2,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': perFeature(TROOP_COLOR), 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-opacity': ['case', dim, 0.3, 1] },
    },
  },
  {
    spec: {
      id: FACT_LAYER.heads, type: 'symbol', source: SOURCE.points, filter: ['==', ['get', 'kind'], POINT_KIND.head],
      layout: {
        'icon-image': IMAGE.arrowhead,
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-size': ['interpolate', ['linear'], ['get', 'count'], 1, 0.5, 6, 0.8],
        'icon-allow-overlap': true,
        // Heads still take part in collision, so country labels move out of their way.
        'icon-ignore-placement': false,
      },
      paint: {
        'icon-color': categoryColor,
        'icon-halo-color': perFeature('#ffffff'),
        'icon-halo-width': 1.5,
        'icon-opacity': ['case', dim, 0.2, 1],
      },
    },
  },
];

/** The layers a pointer can hit on a mark: lines, heads and figures all lead to the mark's facts. */
export const MARK_LAYERS = [FACT_LAYER.armsLines, FACT_LAYER.troopLines, FACT_LAYER.heads, FACT_LAYER.figures] as const;

type Image = { width: number; height: number; data: Uint8Array };

/**
 * A signed distance field, as MapLibre reads SDF icons (TinySDF's encoding: the edge at alpha 191,
 * 8 px of range), so `icon-halo-*` can draw a ring around the shape in any colour. `distance`
 * gives each pixel centre's signed distance to the shape's edge in pixels, negative inside.
 */
function sdf(size: number, distance: (x: number, y: number) => number): Image {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = distance(x + 0.5, y + 0.5);
      data[(y * size + x) * 4 + 3] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / 8 + 0.25))));
    }
  }
  return { width: size, height: size, data };
}

/** Signed distance to a convex polygon (exact inside, close enough outside for a halo). */
function convex(points: readonly [number, number][]): (x: number, y: number) => number {
  const edges = points.map((p, i) => {
    const q = points[(i + 1) % points.length]!;
    const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
    const len = Math.hypot(dx, dy);
    // Outward normal for a clockwise (on screen) polygon.
    return { p, nx: dy / len, ny: -dx / len };
  });
  return (x, y) => Math.max(...edges.map((e) => (x - e.p[0]) * e.nx + (y - e.p[1]) * e.ny));
}

/** An SDF triangle pointing north, coloured per arrow by `icon-color`. */
export function arrowheadImage(): Image {
  return sdf(32, convex([[16, 5], [25, 27], [7, 27]]));
}

/** The symbol shapes: a circle for arms received, a rounded square for troops hosted (32 px, 2–3 px margin). */
export function circleImage(): Image {
  return sdf(32, (x, y) => Math.hypot(x - 16, y - 16) - 14);
}

export function squareImage(): Image {
  const half = 13, r = 5;
  return sdf(32, (x, y) => {
    const qx = Math.abs(x - 16) - (half - r);
    const qy = Math.abs(y - 16) - (half - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  });
}

/**
 * Diagonal stripes for countries that were promised something. Sparse on purpose: a hatch covers a
 * whole country, and a large one (Russia, Ukraine) would otherwise outweigh every arrow on the map.
 */
export function hatchImage(color = COMMITMENT_COLOR): Image {
  const size = 20;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = r; data[i + 1] = g; data[i + 2] = b;
      data[i + 3] = onStripe ? 170 : 0;
    }
  }
  return { width: size, height: size, data };
}
