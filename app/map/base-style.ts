import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { FONT_FACES, LABEL_FONT, LABEL_FONT_BOLD } from './fonts.ts';

/**
 * Three sources in all, because each source's data comes back from MapLibre's worker on its own
 * and every arrival is one more full redraw (costly in software WebGL): the countries (their
 * shapes and, as one more feature, the borders between them), the arrows' lines, and every point
 * (names, arrowheads, figures, symbols), told apart by `kind`.
 */
export const SOURCE = {
  countries: 'countries',
  lines: 'flow-lines',
  points: 'points',
} as const;

/** What a feature of the points source is; each point layer draws one kind. */
export const POINT_KIND = { label: 'label', head: 'head', figure: 'figure', symbol: 'symbol' } as const;

const isCountry: ExpressionSpecification = ['has', 'code'];

/**
 * The same value, as an expression that reads the feature. MapLibre compiles one shader program
 * per mix of constant and per-feature paint properties, and compiling is the slowest part of the
 * first frame in software WebGL: giving every line layer (and every text, every icon layer) the
 * same mix lets them share one program instead of compiling ten.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', '_'], value, value] as ExpressionSpecification;
}

export const LAYER = {
  sea: 'sea',
  countryFill: 'country-fill',
  countryBorders: 'country-borders',
  countryOutline: 'country-outline',
  labels: 'country-labels',
} as const;

export const COLORS = {
  sea: '#c9d9e6',
  land: '#e3e0d8',
  landHover: '#dcd8ce',
  landSelected: '#fbe3a1',
  border: '#8a949e',
  coast: '#9fb3c4',
  outline: '#1b2530',
  label: '#27313c',
  halo: 'rgba(255,255,255,0.85)',
} as const;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The base map: sea, land, borders and one label per country. Fact layers are added on top. */
export const BASE_LAYERS: LayerSpecification[] = [
  { id: LAYER.sea, type: 'background', paint: { 'background-color': COLORS.sea } },
  {
    id: LAYER.countryFill,
    type: 'fill',
    source: SOURCE.countries,
    filter: isCountry,
    paint: {
      // One land colour: what a country has is told by its symbols, hatching and arrows, not by ink.
      'fill-color': ['case', selected, COLORS.landSelected, hovered, COLORS.landHover, COLORS.land],
      // The outline layers draw the edges: no second (outline) program for the fill.
      'fill-antialias': false,
    },
  },
  {
    id: LAYER.countryBorders,
    type: 'line',
    source: SOURCE.countries,
    filter: ['has', 'border'],
    paint: {
      'line-color': perFeature(COLORS.border),
      'line-width': perFeature(0.8),
      'line-opacity': perFeature(1),
    },
  },
  {
    id: LAYER.countryOutline,
    type: 'line',
    source: SOURCE.countries,
    filter: isCountry,
    paint: {
      'line-color': ['case', selected, COLORS.outline, hovered, '#55606b', COLORS.coast],
      'line-width': ['case', selected, 2.4, hovered, 1.4, 0.5],
      'line-opacity': perFeature(1),
    },
  },
];

/** Anchors for a name beside a symbol k ems from the label point: below, above, right or left of it. */
function ring(k: number): ExpressionSpecification {
  return ['literal', ['top', [0, k], 'bottom', [0, -k], 'left', [k - 0.3, 0], 'right', [-(k - 0.3), 0]]] as unknown as ExpressionSpecification;
}

export const LABEL_LAYER: LayerSpecification = {
  id: LAYER.labels,
  type: 'symbol',
  source: SOURCE.points,
  filter: ['==', ['get', 'kind'], POINT_KIND.label],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': ['match', ['get', 'selected'], 1, ['literal', [LABEL_FONT_BOLD]], ['literal', [LABEL_FONT]]],
    'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['>', ['get', 'area'], 20], 12, 10.5], 7, 15],
    'text-max-width': 7,
    // Room to step aside from an arrowhead rather than vanish under it; a country with a
    // proportional symbol on its label point sets its name beside the symbol, never on it.
    'text-variable-anchor-offset': [
      'step', ['get', 'ring'],
      ['literal', ['center', [0, 0], 'top', [0, 0.6], 'bottom', [0, -0.6], 'left', [0.6, 0], 'right', [-0.6, 0]]],
      1, ring(1.3), 11, ring(1.7), 15, ring(2.1), 19, ring(2.6), 26, ring(3.1),
    ] as unknown as ExpressionSpecification,
    'text-padding': 3,
    // Bigger countries win label collisions: a reader looks for Poland before Liechtenstein.
    'symbol-sort-key': ['-', 0, ['get', 'area']],
    'text-allow-overlap': false,
  },
  paint: {
    'text-color': perFeature(COLORS.label),
    'text-opacity': perFeature(1),
    'text-halo-color': COLORS.halo,
    'text-halo-width': 1.4,
  },
};

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Eastern Flank Map',
    'font-faces': FONT_FACES,
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' },
      [SOURCE.lines]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      [SOURCE.points]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
    },
    layers: BASE_LAYERS,
  };
}
