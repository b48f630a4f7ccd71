import { MAX_LATITUDE, type MapView } from './url-state.ts';

const ZOOM_DECIMALS = 2;

/**
 * Decimals of latitude/longitude at a zoom: enough that one screen pixel (256px tiles, at the
 * worst case of half a degree per tile-width unit) survives the round trip, no more, so links
 * stay short and a view read back compares equal to the view written.
 */
export function coordinateDecimals(zoom: number): number {
  const d = Math.ceil((zoom * Math.LN2 + Math.log(256 / 360 / 0.5)) / Math.LN10) - 1;
  return Math.max(1, Math.min(10, Number.isFinite(d) ? d : 1));
}

// toFixed is idempotent on its own output, unlike Math.round(x * 10 ** d) / 10 ** d; `+ 0` drops -0.
function roundTo(x: number, decimals: number): number {
  return Number(x.toFixed(decimals)) + 0;
}

function clampLatitude(lat: number, decimals: number): number {
  const rounded = roundTo(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)), decimals);
  if (Math.abs(rounded) <= MAX_LATITUDE) return rounded;
  // Rounding carried past the Mercator limit: step back one unit so the result is stable.
  return roundTo(rounded - Math.sign(rounded) * 10 ** -decimals, decimals);
}

/** The view as a link stores it. Idempotent: roundView(roundView(v)) equals roundView(v). */
export function roundView(view: MapView): MapView {
  const zoom = roundTo(view.zoom, ZOOM_DECIMALS);
  const decimals = coordinateDecimals(zoom);
  return {
    zoom,
    lat: clampLatitude(view.lat, decimals),
    lon: roundTo(Math.max(-180, Math.min(180, view.lon)), decimals),
  };
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  const ra = roundView(a);
  const rb = roundView(b);
  return ra.zoom === rb.zoom && ra.lat === rb.lat && ra.lon === rb.lon;
}

// Never exponent notation, which the reader rejects: String(1e-7) would be "1e-7".
function formatNumber(x: number, decimals: number): string {
  const fixed = x.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** `zoom/lat/lon` of an already rounded view. */
export function formatView(view: MapView): string {
  const decimals = coordinateDecimals(view.zoom);
  return `${formatNumber(view.zoom, ZOOM_DECIMALS)}/${formatNumber(view.lat, decimals)}/${formatNumber(view.lon, decimals)}`;
}

// Plain decimals only: rejects NaN, Infinity, 1e400, hex and digit strings long enough to be junk.
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,15})?$/;

/** Splits `zoom/lat/lon` into numbers; null when it is not that shape. Ranges are checked by the caller. */
export function parseViewText(text: string): MapView | null {
  const parts = text.split('/');
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  return { zoom, lat, lon };
}
