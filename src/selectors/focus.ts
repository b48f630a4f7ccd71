import type { Boundaries } from '../geo/boundaries.ts';
import type { Fact } from '../model/dataset.ts';

export type Bounds = [number, number, number, number];

/** The box that frames the drawn countries of a fact (or any list of actors); null if none is drawn. */
export function boundsOf(codes: readonly string[], boundaries: Boundaries): Bounds | null {
  let out: Bounds | null = null;
  for (const code of codes) {
    const b = boundaries.countries.get(code)?.bounds;
    if (!b) continue;
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [...b];
  }
  return out;
}

export function factBounds(fact: Fact, boundaries: Boundaries): Bounds | null {
  return boundsOf([...fact.from, ...fact.to], boundaries);
}
