import type { FeatureCollection, Point } from 'geojson';
import type { FactIndex, Fact } from '../model/dataset.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import { natoMembersOn } from '../domain/nato-membership.ts';
import { activeActors, factsInYears } from './facts.ts';
import { flows, type Flow } from './flows.ts';
import { actorInfo, type ActorInfo } from './actors.ts';
import { formatTroops } from './summary.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

export interface OffmapActor extends ActorInfo {
  count: number;
}

/** Everything the map draws for the data and years shown, derived in one pass. */
export interface MapScene {
  facts: Fact[];
  flows: Flow[];
  /** Drawn countries with at least one fact. */
  active: string[];
  /** Drawn countries that a commitment was made to. */
  committed: string[];
  /** NATO members on the latest date shown, and those among them that joined after the earliest. */
  nato: { members: string[]; joined: string[]; since: number | null; asOf: string | null };
  badges: FeatureCollection<Point>;
  /** Actors with facts but no polygon (the US, NATO, the EU): docked as chips, busiest first. */
  offmap: OffmapActor[];
}

/**
 * The date each shown year is judged on: its latest article. Membership "in 2024" means
 * membership when the 2024 reporting was written (Sweden joined in March 2024, before it).
 */
function referenceDates(data: FactIndex, years: readonly number[] | null): string[] {
  const last = new Map<number, string>();
  for (const a of data.articles) {
    const y = yearOf(a.date);
    if (years && !years.includes(y)) continue;
    if ((last.get(y) ?? '') < a.date) last.set(y, a.date);
  }
  return [...last.values()].sort();
}

function troopBadges(list: readonly Flow[], boundaries: Boundaries): FeatureCollection<Point> {
  const best = new Map<string, Flow>();
  for (const f of list) {
    if (f.type !== 'troop_deployment' || f.troops === null) continue;
    const prev = best.get(f.to);
    if (!prev || (f.troops > (prev.troops ?? 0))) best.set(f.to, f);
  }
  const features = [...best.values()].flatMap((f) => {
    const c = boundaries.countries.get(f.to);
    if (!c) return [];
    const figure = `${formatTroops(f.troops!)} troops`;
    const text = f.sharedBy > 1 ? `${figure}\n(shared by ${f.sharedBy})` : figure;
    return [{ type: 'Feature' as const, properties: { code: f.to, text }, geometry: { type: 'Point' as const, coordinates: c.label } }];
  });
  return { type: 'FeatureCollection', features };
}

export const mapScene = memoLast(
  (data: FactIndex, years: readonly number[] | null, boundaries: Boundaries): MapScene => {
    const facts = factsInYears(data, years);
    const list = flows(facts);
    const drawn = (c: string) => boundaries.countries.has(c);
    const actors = activeActors(facts);
    const committed = new Set<string>();
    for (const f of facts) if (f.type === 'commitment') for (const c of f.to) if (drawn(c)) committed.add(c);
    const dates = referenceDates(data, years);
    const first = dates[0] ?? null;
    const last = dates[dates.length - 1] ?? null;
    const members = last ? natoMembersOn(last).filter(drawn) : [];
    const earlier = new Set(first ? natoMembersOn(first) : []);
    const joined = first && last && first !== last ? members.filter((m) => !earlier.has(m)) : [];
    const counts = new Map<string, number>();
    for (const f of facts) for (const a of new Set([...f.from, ...f.to])) if (!drawn(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
    const offmap = [...counts]
      .map(([code, count]) => ({ ...actorInfo(code, boundaries), count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      facts,
      flows: list,
      active: [...actors].filter(drawn).sort(),
      committed: [...committed].sort(),
      nato: { members: members.sort(), joined: joined.sort(), since: first ? yearOf(first) : null, asOf: last },
      badges: troopBadges(list, boundaries),
      offmap,
    };
  },
  (data, years, boundaries) => [data, years === null ? 'all' : years.join(','), boundaries],
);
