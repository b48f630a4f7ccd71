import type { FactType } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import { natoMembersOn } from '../domain/nato-membership.ts';
import type { FlowMark } from './flows.ts';
import { actorInfo, type ActorInfo } from './actors.ts';
import type { PlaceTotals } from './places.ts';
import { marksOf, mergeYears, partsByYear, yearParts } from './year-parts.ts';
import { shownIndexes, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

export interface OffmapActor extends ActorInfo {
  count: number;
}

/** Everything the filters keep, derived in one pass: what the map, legend, chips and panels count. */
export interface MapScene {
  /** Every arms and troop mark under the filters (the map draws a chosen few of them). */
  flows: FlowMark[];
  /** Drawn countries with at least one fact. */
  active: string[];
  /** Drawn countries that a commitment was made to. */
  committed: string[];
  /** NATO members on the latest date shown, and those among them that joined after the earliest. */
  nato: { members: string[]; joined: string[]; since: number | null; asOf: string | null };
  /** Totals per place, for proportional symbols. */
  totals: PlaceTotals[];
  /** Actors with facts but no polygon (the US, NATO, the EU): docked as chips, busiest first. */
  offmap: OffmapActor[];
  /** Facts per type and actor, for tooltips and the keyboard's announcements. */
  counts: ReadonlyMap<string, Record<FactType, number>>;
}

/**
 * The date each shown year is judged on: its latest article. Membership "in 2024" means
 * membership when the 2024 reporting was written (Sweden joined in March 2024, before it).
 */
function referenceDates(data: FactColumns, years: readonly number[] | null): string[] {
  const last = new Map<number, string>();
  for (const a of data.articles) {
    const y = yearOf(a.date);
    if (years && !years.includes(y)) continue;
    if ((last.get(y) ?? '') < a.date) last.set(y, a.date);
  }
  return [...last.values()].sort();
}

interface SceneTotals {
  flows: FlowMark[];
  counts: Map<string, Record<FactType, number>>;
  shipments: ReadonlyMap<string, number>;
  troopSenders: ReadonlyMap<string, ReadonlySet<string>>;
  committed: ReadonlySet<string>;
}

/** Totals straight from the facts: the path for an arms-category filter, which years' sums cannot serve. */
function totalsFromFacts(data: FactColumns, indexes: readonly number[], types: FactFilter['types']): SceneTotals {
  const part = mergeYears([...partsByYear(data, indexes).values()], types);
  return { flows: marksOf(part), counts: part.counts, shipments: part.shipments, troopSenders: part.troopSenders, committed: part.committed };
}

/** Totals merged from the years' sums (computed once per dataset): the fast path for a year change. */
function totalsFromYears(data: FactColumns, filter: FactFilter): SceneTotals {
  const parts = yearParts(data);
  const years = [...parts.keys()].filter((y) => filter.years === null || filter.years.includes(y)).sort((a, b) => a - b);
  const part = mergeYears(years.map((y) => parts.get(y)!), filter.types);
  return { flows: marksOf(part), counts: part.counts, shipments: part.shipments, troopSenders: part.troopSenders, committed: part.committed };
}

export const mapScene = memoLast(
  (data: FactColumns, filter: FactFilter, boundaries: Boundaries): MapScene => {
    const drawn = (c: string) => boundaries.countries.has(c);
    const totals = filter.cats === null ? totalsFromYears(data, filter) : totalsFromFacts(data, shownIndexes(data, filter), filter.types);
    const dates = referenceDates(data, filter.years);
    const first = dates[0] ?? null;
    const last = dates[dates.length - 1] ?? null;
    const members = last ? natoMembersOn(last).filter(drawn) : [];
    const earlier = new Set(first ? natoMembersOn(first) : []);
    const joined = first && last && first !== last ? members.filter((m) => !earlier.has(m)) : [];
    const offmap = [...totals.counts]
      .filter(([code]) => !drawn(code))
      .map(([code, c]) => ({ ...actorInfo(code, boundaries), count: c.arms_shipment + c.troop_deployment + c.commitment + c.quote }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const places = new Set([...totals.shipments.keys(), ...totals.troopSenders.keys()]);
    const totalsPerPlace = [...places].filter(drawn).sort().map((code) => ({ code, shipments: totals.shipments.get(code) ?? 0, troopSenders: totals.troopSenders.get(code)?.size ?? 0 }));
    return {
      flows: totals.flows,
      active: [...totals.counts.keys()].filter(drawn).sort(),
      committed: [...totals.committed].filter(drawn).sort(),
      nato: { members: members.sort(), joined: joined.sort(), since: first ? yearOf(first) : null, asOf: last },
      totals: totalsPerPlace,
      offmap,
      counts: totals.counts,
    };
  },
  (data, f, boundaries) => [data, listKey(f.years), listKey(f.types), listKey(f.cats), boundaries],
);

const listKey = (list: readonly unknown[] | null): string => (list === null ? '*' : list.join(','));
