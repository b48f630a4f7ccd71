import { toMercator, toWgs84 } from '@turf/projection';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ItemCategory } from '../model/dataset.ts';
import { allIndexes, type FactColumns } from '../model/fact-columns.ts';
import { marksOf, mergeYears, partsByYear } from './year-parts.ts';

export type FlowType = 'arms_shipment' | 'troop_deployment';

/** A troop figure as the article gave it: "up to 22,000". */
export interface Figure {
  troops: number;
  qualifier: string | null;
}

/**
 * One mark on the map: every fact of one type from one sender to the same receivers, in the facts
 * shown. Arms go to one receiver each; a deployment to several hosts at once stays one mark (drawn
 * as one branching arrow with one figure), so "22,000 troops to five members" is not five arrows.
 */
export interface FlowMark {
  id: string;
  type: FlowType;
  from: string;
  /** One receiver, or the hosts of one multi-host deployment (in the article's order). */
  to: string[];
  /** The mark's facts, as indexes into the data it was drawn from. */
  factIndexes: number[];
  /** Arms: the category with the most items (ties go to the order of ITEM_CATEGORIES). */
  category: ItemCategory | null;
  /** Arms: every item category, most frequent first. */
  categories: ItemCategory[];
  /** Arms: item names, most frequent first. */
  items: string[];
  /** Troops: the largest figure reported for this deployment, with its qualifier. */
  figure: Figure | null;
}

/** Every arms shipment and troop deployment folded into marks; ids are stable and sorted. */
export function flowMarks(data: FactColumns, indexes: Iterable<number> = allIndexes(data.size)): FlowMark[] {
  return marksOf(mergeYears([...partsByYear(data, indexes).values()], null));
}

/** How heavy a mark is when choosing which to draw: reports first, then the troop figure. */
function byWeight(a: FlowMark, b: FlowMark): number {
  return b.factIndexes.length - a.factIndexes.length || (b.figure?.troops ?? 0) - (a.figure?.troops ?? 0) || (a.id < b.id ? -1 : 1);
}

/** The zoom at which a desktop window shows the whole flank; the budget is 6 arrows per type there. */
const REFERENCE_ZOOM = 3.75;

/**
 * How many marks of each type the overview draws at a zoom: a handful at a desktop's home view,
 * fewer on a phone (a smaller map, a lower zoom), more as the reader zooms in, never all of a
 * large corpus at once.
 */
export function flowBudget(zoom: number): number {
  return Math.max(3, Math.min(60, Math.round(6 * 2 ** (zoom - REFERENCE_ZOOM))));
}

/**
 * The most a selected country draws of each type, busiest first; the panel lists the rest. At 1,000 articles a busy
 * country has 30 or more counterparts of each type, and 40 arrows of each converging on its label were a black star.
 */
export const SELECTED_BUDGET = 12;

export interface MarkPick {
  shown: FlowMark[];
  /** Marks of each type that exist under the filters but are not drawn (of the selected country's own, when one is). */
  hidden: Record<FlowType, number>;
  /** `top`: the busiest marks; `country`: the selected actor's own marks. */
  basis: 'top' | 'country';
}

/**
 * Which marks the map draws: the selected actor's own (on the role's side), or else the busiest of
 * each type within the zoom's budget. A selected fact's marks are always drawn (`fact`: its index
 * in the marks' data).
 */
export function pickMarks(
  marks: readonly FlowMark[],
  opts: { country: string | null; role: 'sent' | 'received' | null; fact: number | null; budget: number },
): MarkPick {
  const { country, role, fact, budget } = opts;
  const own = (m: FlowMark) => country !== null && ((role !== 'received' && m.from === country) || (role !== 'sent' && m.to.includes(country)));
  const pool = country !== null ? marks.filter(own) : marks;
  const limit = country !== null ? SELECTED_BUDGET : budget;
  const shown: FlowMark[] = [];
  const hidden: Record<FlowType, number> = { arms_shipment: 0, troop_deployment: 0 };
  for (const type of ['arms_shipment', 'troop_deployment'] as const) {
    const ranked = pool.filter((m) => m.type === type).sort(byWeight);
    shown.push(...ranked.slice(0, limit));
    // For a selected country, what its own marks leave undrawn; else what the whole map does.
    hidden[type] = (country !== null ? ranked.length : marks.filter((m) => m.type === type).length) - Math.min(limit, ranked.length);
  }
  if (fact !== null) {
    for (const m of marks) {
      if (m.factIndexes.includes(fact) && !shown.includes(m)) {
        shown.push(m);
        hidden[m.type]--;
      }
    }
  }
  return { shown: shown.sort((a, b) => (a.id < b.id ? -1 : 1)), hidden, basis: country !== null ? 'country' : 'top' };
}

export interface CurveOptions {
  /** Sideways bulge as a share of the straight distance; positive bends to the left of travel. */
  bend?: number;
  /** Where along the curve the arrow stops (0..1), leaving the receiver's label readable. */
  end?: number;
  /** Or: stop this far from `b`, in Web Mercator metres (the receiver's symbol and a margin). */
  endGap?: number;
  samples?: number;
}

/**
 * A quadratic Bézier arc from `a` to `b`, drawn in Web Mercator so it looks like an even arc on
 * screen. Bending every arrow to its left keeps A→B and B→A apart. Returns the line and the
 * on-screen bearing of its last segment (degrees clockwise from north) for the arrowhead.
 */
export function curve(a: Position, b: Position, opts: CurveOptions = {}): { line: Position[]; head: Position; bearing: number } {
  const { bend = 0.22, samples = 28, endGap } = opts;
  const [ax, ay] = toMercator(a as [number, number]) as [number, number];
  const [bx, by] = toMercator(b as [number, number]) as [number, number];
  const dx = bx - ax, dy = by - ay;
  const cx = (ax + bx) / 2 - dy * bend;
  const cy = (ay + by) / 2 + dx * bend;
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
  };
  let end = opts.end ?? 0.86;
  if (endGap !== undefined) {
    // The last point at least endGap from b: the distance to b shrinks monotonically near the end.
    const gapAt = (t: number) => { const p = at(t); return Math.hypot(p[0] - bx, p[1] - by); };
    if (gapAt(0.5) <= endGap) end = 0.5;
    else {
      let lo = 0.5, hi = 1;
      for (let i = 0; i < 24; i++) { const mid = (lo + hi) / 2; if (gapAt(mid) > endGap) lo = mid; else hi = mid; }
      end = lo;
    }
  }
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

/**
 * Where a multi-host deployment branches: between its hosts' middle and the sender, so the trunk
 * carries the one figure and short branches fan out to each host.
 */
export function hubOf(from: Position, hosts: readonly Position[]): Position {
  const merc = hosts.map((h) => toMercator(h as [number, number]) as [number, number]);
  const cx = merc.reduce((s, p) => s + p[0], 0) / merc.length;
  const cy = merc.reduce((s, p) => s + p[1], 0) / merc.length;
  const [fx, fy] = toMercator(from as [number, number]) as [number, number];
  const k = 0.3;
  return roundPos(toWgs84([cx + (fx - cx) * k, cy + (fy - cy) * k]) as Position);
}

export type AnchorOf = (code: string) => Position | null;

export interface FlowProps {
  /** The mark's id: every piece of a mark (trunk, branches, head, label) shares it, so one feature state styles all. */
  id: string;
  type: FlowType;
  /** Reports behind the mark: drives the width. */
  count: number;
  category: string;
}

export interface FlowGeometry {
  lines: FeatureCollection<LineString, FlowProps & { part: 'arrow' | 'trunk' | 'branch' }>;
  heads: FeatureCollection<Point, FlowProps & { bearing: number }>;
  /** One label per troop mark that has a figure: at the hub of a branching mark, else mid-arrow. */
  labels: FeatureCollection<Point, FlowProps & { text: string; rank: number }>;
}

/** "up to 22,000 troops": the figure in the article's words. */
export function figureText(f: Figure): string {
  const n = f.troops.toLocaleString('en-GB');
  return `${f.qualifier ? `${f.qualifier} ` : ''}${n} troops`;
}

/** How far before a receiver's anchor an arrow stops, in Web Mercator metres (its symbol and a margin). */
export type GapOf = (code: string) => number | undefined;

/**
 * The drawn geometry of the marks: arcs, arrowheads and figure labels. A mark whose sender or
 * every receiver has no anchor (an actor without a polygon or chip) is left out.
 */
export function flowGeometry(marks: readonly FlowMark[], anchorOf: AnchorOf, gapOf: GapOf = () => undefined): FlowGeometry {
  const lines: FlowGeometry['lines']['features'] = [];
  const heads: FlowGeometry['heads']['features'] = [];
  const labels: FlowGeometry['labels']['features'] = [];
  for (const m of marks) {
    const a = anchorOf(m.from);
    const hosts = m.to.map((t) => anchorOf(t)).filter((p): p is Position => p !== null);
    if (!a || hosts.length === 0) continue;
    const props: FlowProps = { id: m.id, type: m.type, count: m.factIndexes.length, category: m.category ?? 'troops' };
    const bend = m.type === 'troop_deployment' ? -0.18 : 0.22;
    const label = (at: Position) => {
      if (m.figure) labels.push(point(at, { ...props, text: figureText(m.figure), rank: -m.figure.troops }));
    };
    if (hosts.length === 1) {
      const { line, head, bearing } = curve(a, hosts[0]!, { bend, endGap: gapOf(m.to.find((t) => anchorOf(t))!) });
      lines.push(lineFeature(line, { ...props, part: 'arrow' }));
      heads.push(point(head, { ...props, bearing }));
      label(line[Math.floor(line.length / 2)]!);
      continue;
    }
    const hub = hubOf(a, hosts);
    lines.push(lineFeature(curve(a, hub, { bend: bend / 2, end: 1 }).line, { ...props, part: 'trunk' }));
    const anchored = m.to.filter((t) => anchorOf(t) !== null);
    for (const [i, h] of hosts.entries()) {
      const { line, head, bearing } = curve(hub, h, { bend: 0.08, end: 0.8, endGap: gapOf(anchored[i]!), samples: 12 });
      lines.push(lineFeature(line, { ...props, part: 'branch' }));
      heads.push(point(head, { ...props, bearing }));
    }
    label(hub);
  }
  return {
    lines: { type: 'FeatureCollection', features: lines },
    heads: { type: 'FeatureCollection', features: heads },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

function lineFeature<P>(coordinates: Position[], properties: P): Feature<LineString, P> {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

function point<P>(coordinates: Position, properties: P): Feature<Point, P> {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}
