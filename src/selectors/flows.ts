import { toMercator, toWgs84 } from '@turf/projection';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ArmsShipment, Fact, ItemCategory, TroopDeployment } from '../model/dataset.ts';
import { ITEM_CATEGORIES } from '../model/dataset.ts';

/** One arrow: every fact of one type that goes from one actor to another, in the years shown. */
export interface Flow {
  id: string;
  type: 'arms_shipment' | 'troop_deployment';
  from: string;
  to: string;
  factIds: string[];
  /** arms: the category with the most items (ties go to the order of ITEM_CATEGORIES). */
  category: ItemCategory | null;
  items: string[];
  /** troops: the largest figure reported for this pair, and how many hosts shared it. */
  troops: number | null;
  sharedBy: number;
}

function dominantCategory(facts: readonly ArmsShipment[]): ItemCategory {
  const counts = new Map<ItemCategory, number>();
  for (const f of facts) for (const i of f.items) counts.set(i.category, (counts.get(i.category) ?? 0) + 1);
  let best: ItemCategory = 'other';
  let bestCount = 0;
  for (const c of ITEM_CATEGORIES) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) { best = c; bestCount = n; }
  }
  return best;
}

/** Arms shipments and troop deployments folded into one flow per type, sender and receiver. */
export function flows(facts: readonly Fact[]): Flow[] {
  const groups = new Map<string, (ArmsShipment | TroopDeployment)[]>();
  for (const f of facts) {
    if (f.type !== 'arms_shipment' && f.type !== 'troop_deployment') continue;
    for (const from of f.from) {
      for (const to of f.to) {
        if (from === to) continue;
        const key = `${f.type}|${from}|${to}`;
        const list = groups.get(key) ?? [];
        list.push(f);
        groups.set(key, list);
      }
    }
  }
  const out: Flow[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [type, from, to] = key.split('|') as [Flow['type'], string, string];
    const arms = list.filter((f): f is ArmsShipment => f.type === 'arms_shipment');
    const troops = list.filter((f): f is TroopDeployment => f.type === 'troop_deployment');
    const withFigure = troops.filter((t) => t.troops !== null).sort((a, b) => (b.troops ?? 0) - (a.troops ?? 0))[0];
    out.push({
      id: `${type === 'arms_shipment' ? 'arms' : 'troops'}:${from}>${to}`,
      type,
      from,
      to,
      factIds: list.map((f) => f.id),
      category: arms.length > 0 ? dominantCategory(arms) : null,
      items: [...new Set(arms.flatMap((f) => f.items.map((i) => i.name)))],
      troops: withFigure?.troops ?? null,
      sharedBy: withFigure ? withFigure.to.length : 0,
    });
  }
  return out;
}

export interface CurveOptions {
  /** Sideways bulge as a share of the straight distance; positive bends to the left of travel. */
  bend?: number;
  /** Where along the curve the arrow stops (0..1), leaving the receiver's label readable. */
  end?: number;
  samples?: number;
}

/**
 * A quadratic Bézier arc from `a` to `b`, drawn in Web Mercator so it looks like an even arc on
 * screen. Bending every arrow to its left keeps A→B and B→A apart. Returns the line and the
 * on-screen bearing of its last segment (degrees clockwise from north) for the arrowhead.
 */
export function curve(a: Position, b: Position, opts: CurveOptions = {}): { line: Position[]; head: Position; bearing: number } {
  const { bend = 0.22, end = 0.86, samples = 28 } = opts;
  const [ax, ay] = toMercator(a as [number, number]) as [number, number];
  const [bx, by] = toMercator(b as [number, number]) as [number, number];
  const dx = bx - ax, dy = by - ay;
  const cx = (ax + bx) / 2 - dy * bend;
  const cy = (ay + by) / 2 + dx * bend;
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
  };
  const merc: [number, number][] = [];
  for (let i = 0; i <= samples; i++) merc.push(at((i / samples) * end));
  const last = merc[merc.length - 1]!;
  const prev = at(end - 0.02);
  const bearing = (Math.atan2(last[0] - prev[0], last[1] - prev[1]) * 180) / Math.PI;
  const line = merc.map((p) => roundPos(toWgs84(p) as Position));
  return { line, head: line[line.length - 1]!, bearing: Math.round(bearing * 10) / 10 };
}

function roundPos(p: Position): Position {
  return [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];
}

export type AnchorOf = (code: string) => Position | null;

export interface FlowProps {
  id: string;
  type: Flow['type'];
  from: string;
  to: string;
  count: number;
  category: string;
  troops: number;
}

/** Lines and arrowheads for the map; flows whose ends have no anchor are left out. */
export function flowFeatures(list: readonly Flow[], anchorOf: AnchorOf): {
  lines: FeatureCollection<LineString, FlowProps>;
  heads: FeatureCollection<Point, FlowProps & { bearing: number }>;
} {
  const lines: Feature<LineString, FlowProps>[] = [];
  const heads: Feature<Point, FlowProps & { bearing: number }>[] = [];
  for (const f of list) {
    const a = anchorOf(f.from);
    const b = anchorOf(f.to);
    if (!a || !b) continue;
    const props: FlowProps = {
      id: f.id,
      type: f.type,
      from: f.from,
      to: f.to,
      count: f.factIds.length,
      category: f.category ?? 'troops',
      troops: f.troops ?? -1,
    };
    const { line, head, bearing } = curve(a, b, { bend: f.type === 'troop_deployment' ? -0.18 : 0.22 });
    lines.push({ type: 'Feature', id: f.id, properties: props, geometry: { type: 'LineString', coordinates: line } });
    heads.push({ type: 'Feature', id: f.id, properties: { ...props, bearing }, geometry: { type: 'Point', coordinates: head } });
  }
  return { lines: { type: 'FeatureCollection', features: lines }, heads: { type: 'FeatureCollection', features: heads } };
}
