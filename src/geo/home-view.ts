import type { MapView } from '../state/url/url-state.ts';
import { MAX_ZOOM, MIN_ZOOM } from './extent.ts';

/** What the first view frames: Norway to Bulgaria, Germany to Moscow. [west, south, east, north]. */
export const HOME_BOUNDS: readonly [number, number, number, number] = [6, 42.5, 42, 66.5];

// MapLibre's world is 512 px wide at zoom 0.
const TILE = 512;

function mercatorY(lat: number): number {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
}

function latitude(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/**
 * The home view for a map of this size: the zoom and centre that fit HOME_BOUNDS, so a phone sees
 * the whole flank (zoomed out) rather than a desktop's crop of it. A link without `view` opens at
 * the home of the screen it is opened on.
 */
export function homeView(width: number, height: number, padding = 16): MapView {
  const [w, s, e, n] = HOME_BOUNDS;
  const x0 = (w + 180) / 360, x1 = (e + 180) / 360;
  const y0 = mercatorY(n), y1 = mercatorY(s);
  const usableW = Math.max(1, width - 2 * padding);
  const usableH = Math.max(1, height - 2 * padding);
  const zoom = Math.log2(Math.min(usableW / ((x1 - x0) * TILE), usableH / ((y1 - y0) * TILE)));
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return {
    zoom: Math.round(clamped * 100) / 100,
    lat: Math.round(latitude((y0 + y1) / 2) * 10) / 10,
    lon: Math.round(((w + e) / 2) * 10) / 10,
  };
}
