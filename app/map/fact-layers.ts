import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { CATEGORY_COLOR, COMMITMENT_COLOR, NATO_COLOR, TROOP_COLOR } from '../../src/selectors/palette.ts';
import { LABEL_FONT_BOLD } from './fonts.ts';
import { SOURCE } from './base-style.ts';

export const FACT_SOURCE = {
  lines: 'flow-lines',
  heads: 'flow-heads',
  badges: 'troop-badges',
} as const;

export const FACT_LAYER = {
  commitmentHatch: 'commitment-hatch',
  commitmentOutline: 'commitment-outline',
  natoOutline: 'nato-outline',
  natoJoined: 'nato-joined',
  factFocus: 'fact-focus',
  troopLines: 'troop-lines',
  armsCasing: 'arms-casing',
  armsLines: 'arms-lines',
  heads: 'flow-heads',
  badges: 'troop-badges',
} as const;

export const IMAGE = { arrowhead: 'arrowhead', hatch: 'commitment-hatch' } as const;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const FACT_SOURCES: Record<string, SourceSpecification> = {
  [FACT_SOURCE.lines]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [FACT_SOURCE.heads]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [FACT_SOURCE.badges]: { type: 'geojson', data: empty() },
};

const categoryColor: ExpressionSpecification = [
  'match', ['get', 'category'],
  ...Object.entries(CATEGORY_COLOR).flat(),
  TROOP_COLOR,
] as unknown as ExpressionSpecification;

const emph: ExpressionSpecification = ['boolean', ['feature-state', 'emph'], false];
const dim: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
const nothing: ExpressionSpecification = ['==', ['get', 'code'], ''];

// Width grows with the number of shipments a pair has, so busy routes read as heavier.
const width: ExpressionSpecification = ['+', 2, ['*', 1.5, ['min', ['-', ['get', 'count'], 1], 4]]];

/** Layers drawn between the base map and the labels, bottom first. Filters are set from data. */
export const FACT_LAYERS: LayerSpecification[] = [
  {
    id: FACT_LAYER.commitmentHatch,
    type: 'fill',
    source: SOURCE.countries,
    filter: nothing,
    paint: { 'fill-pattern': IMAGE.hatch, 'fill-opacity': 0.7 },
  },
  {
    id: FACT_LAYER.commitmentOutline,
    type: 'line',
    source: SOURCE.countries,
    filter: nothing,
    paint: { 'line-color': COMMITMENT_COLOR, 'line-width': 1.6, 'line-opacity': 0.9 },
  },
  {
    id: FACT_LAYER.natoOutline,
    type: 'line',
    source: SOURCE.countries,
    filter: nothing,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': NATO_COLOR, 'line-width': 1.4, 'line-dasharray': [3, 2], 'line-opacity': 0.75 },
  },
  {
    id: FACT_LAYER.natoJoined,
    type: 'line',
    source: SOURCE.countries,
    filter: nothing,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': NATO_COLOR, 'line-width': 2.4, 'line-dasharray': [1, 1.5], 'line-opacity': 0.95 },
  },
  {
    // The countries of the selected fact: how a commitment or a quote is "emphasised" on the map.
    id: FACT_LAYER.factFocus,
    type: 'line',
    source: SOURCE.countries,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': '#1b2530',
      'line-width': 3,
      'line-opacity': ['case', ['boolean', ['feature-state', 'focus'], false], 1, 0],
    },
  },
  {
    id: FACT_LAYER.troopLines,
    type: 'line',
    source: FACT_SOURCE.lines,
    filter: ['==', ['get', 'type'], 'troop_deployment'],
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      'line-color': TROOP_COLOR,
      'line-width': ['case', emph, 3.5, 2],
      'line-dasharray': [2, 1.5],
      'line-opacity': ['case', dim, 0.2, 0.85],
    },
  },
  {
    // A white casing keeps arrows legible where they cross borders and each other.
    id: FACT_LAYER.armsCasing,
    type: 'line',
    source: FACT_SOURCE.lines,
    filter: ['==', ['get', 'type'], 'arms_shipment'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['+', ['case', emph, 3, 0], width, 2.5], 'line-opacity': ['case', dim, 0.15, 0.9] },
  },
  {
    id: FACT_LAYER.armsLines,
    type: 'line',
    source: FACT_SOURCE.lines,
    filter: ['==', ['get', 'type'], 'arms_shipment'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': categoryColor, 'line-width': ['+', ['case', emph, 3, 0], width], 'line-opacity': ['case', dim, 0.2, 0.95] },
  },
  {
    id: FACT_LAYER.badges,
    type: 'symbol',
    source: FACT_SOURCE.badges,
    layout: {
      'text-field': ['get', 'text'],
      'text-font': ['literal', [LABEL_FONT_BOLD]],
      'text-size': 11.5,
      'text-offset': [0, 1.5],
      'text-anchor': 'top',
      'text-allow-overlap': false,
      'text-padding': 2,
    },
    paint: { 'text-color': TROOP_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

/**
 * Arrowheads sit above the country labels: symbols are placed top layer first, so heads claim
 * their space and labels (with variable anchors) move aside instead of being drawn over them.
 */
export const HEAD_LAYER: LayerSpecification = {
    id: FACT_LAYER.heads,
    type: 'symbol',
    source: FACT_SOURCE.heads,
    layout: {
      'icon-image': IMAGE.arrowhead,
      'icon-rotate': ['get', 'bearing'],
      'icon-rotation-alignment': 'map',
      'icon-size': ['interpolate', ['linear'], ['get', 'count'], 1, 0.55, 5, 0.85],
      'icon-allow-overlap': true,
      // Heads still take part in collision, so country labels move out of their way.
      'icon-ignore-placement': false,
    },
    paint: {
      'icon-color': categoryColor,
      'icon-halo-color': '#ffffff',
      'icon-halo-width': 1.5,
      'icon-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.2, 1],
    },
  };

/** An SDF triangle pointing north, coloured per arrow by `icon-color`. */
export function arrowheadImage(): { width: number; height: number; data: Uint8Array } {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Inside the triangle with its tip at the top centre and its base at the bottom.
      const half = ((y + 0.5) / size) * (size / 2 - 2);
      const inside = Math.abs(x + 0.5 - size / 2) <= half && y >= 2 && y <= size - 3;
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
      data[i + 3] = inside ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

/** Diagonal stripes for countries that were promised something. */
export function hatchImage(color = COMMITMENT_COLOR): { width: number; height: number; data: Uint8Array } {
  const size = 12;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 3;
      const i = (y * size + x) * 4;
      data[i] = r; data[i + 1] = g; data[i + 2] = b;
      data[i + 3] = onStripe ? 150 : 0;
    }
  }
  return { width: size, height: size, data };
}
