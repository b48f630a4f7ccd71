import type { Boundaries } from '../geo/boundaries.ts';
import { COUNTRY_GROUPS } from '../domain/country-groups.ts';

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

function nameScore(name: string, q: string): number {
  const n = fold(name);
  if (n.startsWith(q)) return 0;
  if (n.split(/[\s\-()]+/).some((w) => w.startsWith(q))) return 1;
  return -1;
}

/**
 * Options matching a query, best first: names starting with it ("Est" → Estonia), then names with
 * a word starting with it (North Macedonia for "mac"), then the code itself, then names that
 * merely contain it (Palestine for "est"); an empty query lists everything.
 */
export function matchActors(options: readonly ActorInfo[], query: string, limit = 12): ActorInfo[] {
  const q = fold(query);
  if (!q) return options.slice(0, limit);
  const scored: { o: ActorInfo; score: number }[] = [];
  for (const o of options) {
    let score = nameScore(o.name, q);
    if (score < 0 && fold(o.code) === q) score = 2;
    else if (score < 0 && fold(o.name).includes(q)) score = 3;
    if (score >= 0) scored.push({ o, score });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.o);
}

/** A group offered by the search, with its members resolved for the map's date. */
export interface ActorGroupInfo {
  name: string;
  /** How it was matched, for groups found by an alias: "Baltics". */
  aliases: readonly string[];
  members: ActorInfo[];
  /** "land borders and NATO membership on 2024-03-24", or null for a fixed list. */
  basis: string | null;
}

export type SearchEntry = { kind: 'actor'; actor: ActorInfo } | { kind: 'group'; group: ActorGroupInfo };

/**
 * What "Find a country" lists for a query. Actors whose name starts with the query come first;
 * a group whose name or alias matches ("Baltic", "Nordic", "NATO members bordering Russia") is
 * offered with its members as the options to pick; other matches follow. An empty query offers
 * the actors with the most facts in the years shown, busiest first, instead of an alphabet.
 */
export function searchActors(
  options: readonly ActorInfo[],
  groups: readonly ActorGroupInfo[],
  query: string,
  activity: ReadonlyMap<string, number>,
  limit = 12,
): SearchEntry[] {
  const q = fold(query);
  if (!q) {
    const busiest = options
      .filter((o) => (activity.get(o.code) ?? 0) > 0)
      .sort((a, b) => (activity.get(b.code) ?? 0) - (activity.get(a.code) ?? 0) || a.name.localeCompare(b.name, 'en'))
      .slice(0, limit);
    return busiest.length > 0 ? [{ kind: 'group', group: { name: 'Most reported in the years shown', aliases: [], members: busiest, basis: null } }] : [];
  }
  const actors = matchActors(options, query, limit);
  const scoredGroups = groups
    .map((g) => ({ g, score: Math.min(...[g.name, ...g.aliases].map((n) => nameScore(n, q)).map((s) => (s < 0 ? Infinity : s))) }))
    .filter((x) => Number.isFinite(x.score) && x.g.members.length > 0)
    .sort((a, b) => a.score - b.score);
  const prefixActors = actors.filter((a) => nameScore(a.name, q) === 0);
  const otherActors = actors.filter((a) => nameScore(a.name, q) !== 0);
  return [
    ...prefixActors.map((actor) => ({ kind: 'actor' as const, actor })),
    ...scoredGroups.map(({ g }) => ({ kind: 'group' as const, group: g })),
    ...otherActors.map((actor) => ({ kind: 'actor' as const, actor })),
  ];
}

/** The searchable groups with their members as of `date` (the latest reporting shown). */
export function searchGroups(boundaries: Boundaries, date: string): ActorGroupInfo[] {
  const ctx = { neighbours: boundaries.neighbours, date };
  return COUNTRY_GROUPS.map((g) => ({
    name: g.name,
    aliases: g.aliases,
    members: g.members(ctx).map((c) => actorInfo(c, boundaries)).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    basis: g.basis(ctx),
  }));
}
