import type { Boundaries } from '../geo/boundaries.ts';

export interface ActorInfo {
  code: string;
  name: string;
  /** `country`: drawn as a polygon; `offmap`: shown as a chip docked at the map's edge. */
  kind: 'country' | 'offmap';
}

const ORGANISATION_NAMES: Record<string, string> = {
  NATO: 'NATO',
  EU: 'European Union',
};

let regionNames: Intl.DisplayNames | null = null;

/** English name of an actor code: the map's own name for drawn countries, else ISO's. */
export function actorName(code: string, boundaries?: Boundaries | null): string {
  const drawn = boundaries?.countries.get(code);
  if (drawn) return drawn.name;
  const org = ORGANISATION_NAMES[code];
  if (org) return org;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function actorInfo(code: string, boundaries: Boundaries | null): ActorInfo {
  return { code, name: actorName(code, boundaries), kind: boundaries?.countries.has(code) ? 'country' : 'offmap' };
}

/** Every pickable actor: the drawn countries, plus the actors in the data that have no polygon. */
export function pickableActors(boundaries: Boundaries, extraCodes: Iterable<string>): ActorInfo[] {
  const codes = new Set<string>(boundaries.countries.keys());
  for (const c of extraCodes) codes.add(c);
  return [...codes].map((c) => actorInfo(c, boundaries)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Case- and accent-insensitive, so "turkiye" finds Türkiye and "cesko" would find Česko. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Options matching a query, best first: names starting with it, then names with a word starting
 * with it, then the code itself; an empty query lists everything.
 */
export function matchActors(options: readonly ActorInfo[], query: string, limit = 12): ActorInfo[] {
  const q = fold(query);
  if (!q) return options.slice(0, limit);
  const scored: { o: ActorInfo; score: number }[] = [];
  for (const o of options) {
    const name = fold(o.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) score = 1;
    else if (fold(o.code) === q) score = 2;
    else if (name.includes(q)) score = 3;
    if (score >= 0) scored.push({ o, score });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.o);
}
