/**
 * The map's world: Europe and its neighbours. Geometry is clipped to this box at build time, which
 * also removes the parts of Russia beyond the antimeridian that would otherwise draw stray lines.
 * [west, south, east, north] in degrees.
 */
export const MAP_EXTENT: readonly [number, number, number, number] = [-30, 27, 70, 82];

/** A fallback home view before the map's size is known (see home-view.ts for the fitted one). */
export const HOME_VIEW = { zoom: 3.6, lat: 54.5, lon: 25 } as const;

export const MIN_ZOOM = 2.5;
export const MAX_ZOOM = 9;
