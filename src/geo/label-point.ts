import type { Polygon, MultiPolygon, Position } from 'geojson';

type Ring = Position[];

/** Signed area of a ring in square degrees (shoelace); the sign gives the winding. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! * b[1]! - b[0]! * a[1]!);
  }
  return sum / 2;
}

/** The polygon of a (multi)polygon with the largest outer ring, where a country's label belongs. */
export function largestPart(geometry: Polygon | MultiPolygon): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Ring[] = geometry.coordinates[0] ?? [];
  let bestArea = -1;
  for (const poly of geometry.coordinates) {
    const area = Math.abs(ringArea(poly[0] ?? []));
    if (area > bestArea) {
      bestArea = area;
      best = poly;
    }
  }
  return best;
}

/** Signed distance from a point to a polygon's edges: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: Ring[]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      const ax = a[0]!, ay = a[1]!, bx = b[0]!, by = b[1]!;
      if ((ay > y) !== (by > y) && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax, y = ay;
  const dx = bx - ax, dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) { x = bx; y = by; } else if (t > 0) { x += dx * t; y += dy * t; }
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

/** Whether a point lies inside a polygon given as rings (outer ring first, then holes). */
export function pointInRings(x: number, y: number, rings: Ring[]): boolean {
  return signedDistance(x, y, rings) > 0;
}

interface Cell { x: number; y: number; half: number; d: number; max: number }

function cell(x: number, y: number, half: number, rings: Ring[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, half, d, max: d + half * Math.SQRT2 };
}

/**
 * The pole of inaccessibility of the country's largest part: the interior point farthest from any
 * edge, found by subdividing cells that could still hold a better point. A centroid can fall
 * outside a concave country (Norway, Croatia); this point cannot, and it leaves room for the label.
 * Longitude is scaled by cos(latitude) so that "farthest" is measured on the ground, not in degrees.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.01): [number, number] {
  const rings = largestPart(geometry);
  const outer = rings[0] ?? [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]!); maxX = Math.max(maxX, p[0]!);
    minY = Math.min(minY, p[1]!); maxY = Math.max(maxY, p[1]!);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scaled: Ring[] = rings.map((r) => r.map((p) => [p[0]! * k, p[1]!]));
  const x0 = minX * k, x1 = maxX * k;
  const size = Math.min(x1 - x0, maxY - minY);
  if (size === 0) return [minX, minY];

  const queue: Cell[] = [];
  const half = size / 2;
  for (let x = x0; x < x1; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half, scaled));
  }
  let best = cell((x0 + x1) / 2, (minY + maxY) / 2, 0, scaled);
  while (queue.length > 0) {
    // Highest potential first; the queue stays small enough for a linear scan to be cheap.
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[bi]!.max) bi = i;
    const c = queue.splice(bi, 1)[0]!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.half / 2;
    queue.push(cell(c.x - h, c.y - h, h, scaled), cell(c.x + h, c.y - h, h, scaled));
    queue.push(cell(c.x - h, c.y + h, h, scaled), cell(c.x + h, c.y + h, h, scaled));
  }
  return [round(best.x / k), round(best.y)];
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
