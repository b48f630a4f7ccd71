import type { FeatureCollection, Point } from 'geojson';
import type { Fact } from '../model/dataset.ts';
import type { Boundaries } from '../geo/boundaries.ts';

/** What a country received, for its proportional symbols: totals per place, whatever the arrows show. */
export interface PlaceTotals {
  code: string;
  /** Arms shipments it received. */
  shipments: number;
  /** Distinct senders of troops it hosts. */
  troopSenders: number;
}

export function placeTotals(facts: readonly Fact[], drawn: (code: string) => boolean): PlaceTotals[] {
  const shipments = new Map<string, number>();
  const senders = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.type === 'arms_shipment') {
      for (const t of new Set(f.to)) if (drawn(t) && !f.from.includes(t)) shipments.set(t, (shipments.get(t) ?? 0) + 1);
    } else if (f.type === 'troop_deployment') {
      for (const t of f.to) {
        if (!drawn(t)) continue;
        const s = senders.get(t) ?? new Set<string>();
        for (const from of f.from) if (from !== t) s.add(from);
        if (s.size > 0) senders.set(t, s);
      }
    }
  }
  const codes = [...new Set([...shipments.keys(), ...senders.keys()])].sort();
  return codes.map((code) => ({ code, shipments: shipments.get(code) ?? 0, troopSenders: senders.get(code)?.size ?? 0 }));
}

export type SymbolKind = 'arms' | 'troops';

export interface SymbolProps {
  code: string;
  kind: SymbolKind;
  value: number;
  text: string;
  /** Icon scale for the 32 px symbol image. */
  size: number;
  /** Offset from the label point in image pixels (MapLibre multiplies it by the size). */
  offset: [number, number];
  /** The same offset for the number, in ems of SYMBOL_TEXT_PX. */
  textOffset: [number, number];
}

/** The number inside a symbol is set at this size (app/map uses it for text-size). */
export const SYMBOL_TEXT_PX = 11;

/** A total short enough for a symbol: 950, 3.3k, 12k. */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.round(n / 100) / 10).toString()}k`;
  return `${Math.round(n / 1000)}k`;
}

/** The symbol image's size, in pixels: app/map draws its SDF at this size. */
export const SYMBOL_IMAGE_PX = 32;

/**
 * Radius in screen pixels for a total: area proportional to the value (Flannery's rule is not
 * worth the surprise), from 8 px for one to 22 px, so even a large corpus stays a symbol, not a
 * blob.
 */
export function symbolRadius(value: number, max: number): number {
  if (value <= 0) return 0;
  const k = max > 1 ? Math.sqrt((value - 1) / (max - 1)) : 0;
  return Math.round((8 + 14 * k) * 10) / 10;
}

/**
 * Proportional symbols per place: arms shipments received (circles) and troop senders hosted
 * (squares), centred on the country's label point (the name steps aside, arrows stop at the
 * edge), side by side when a country has both, never on top of each other.
 */
export function placeSymbols(totals: readonly PlaceTotals[], boundaries: Boundaries, kinds: { arms: boolean; troops: boolean }): FeatureCollection<Point, SymbolProps> {
  const maxArms = Math.max(1, ...totals.map((t) => t.shipments));
  const maxTroops = Math.max(1, ...totals.map((t) => t.troopSenders));
  const features: FeatureCollection<Point, SymbolProps>['features'] = [];
  for (const t of totals) {
    const c = boundaries.countries.get(t.code);
    if (!c) continue;
    const parts: { kind: SymbolKind; value: number; r: number }[] = [];
    if (kinds.arms && t.shipments > 0) parts.push({ kind: 'arms', value: t.shipments, r: symbolRadius(t.shipments, maxArms) });
    if (kinds.troops && t.troopSenders > 0) parts.push({ kind: 'troops', value: t.troopSenders, r: symbolRadius(t.troopSenders, maxTroops) });
    const gap = 2;
    const width = parts.reduce((s, p) => s + 2 * p.r, 0) + gap * (parts.length - 1);
    let x = -width / 2;
    for (const p of parts) {
      const size = (2 * p.r) / SYMBOL_IMAGE_PX;
      // Centred as a row on the label point.
      const cx = x + p.r;
      const cy = 0;
      x += 2 * p.r + gap;
      features.push({
        type: 'Feature',
        properties: {
          code: t.code, kind: p.kind, value: p.value, text: compactCount(p.value), size,
          offset: [round1(cx / size), round1(cy / size)], textOffset: [round2(cx / SYMBOL_TEXT_PX), round2(cy / SYMBOL_TEXT_PX)],
        },
        geometry: { type: 'Point', coordinates: c.label },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Half the width of a country's symbols in screen pixels (0 without): where arrows stop and the name goes. */
export function symbolExtents(symbols: FeatureCollection<Point, SymbolProps>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of symbols.features) {
    const { code, size, offset } = f.properties;
    const r = (size * SYMBOL_IMAGE_PX) / 2;
    out.set(code, Math.max(out.get(code) ?? 0, Math.abs(offset[0] * size) + r));
  }
  return out;
}
