import type { FactIndex, Fact, FactType } from '../model/dataset.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import { natoMembersOn } from '../domain/nato-membership.ts';
import { activeActors } from './facts.ts';
import { flowMarks, type FlowMark } from './flows.ts';
import { actorInfo, type ActorInfo } from './actors.ts';
import { placeTotals, type PlaceTotals } from './places.ts';
import { shownFacts, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

export interface OffmapActor extends ActorInfo {
  count: number;
}

/** Everything the filters keep, derived in one pass: what the map, legend, chips and panels count. */
export interface MapScene {
  facts: Fact[];
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
function referenceDates(data: FactIndex, years: readonly number[] | null): string[] {
  const last = new Map<number, string>();
  for (const a of data.articles) {
    const y = yearOf(a.date);
    if (years && !years.includes(y)) continue;
    if ((last.get(y) ?? '') < a.date) last.set(y, a.date);
  }
  return [...last.values()].sort();
}

function countsByActor(facts: readonly Fact[]): Map<string, Record<FactType, number>> {
  const out = new Map<string, Record<FactType, number>>();
  for (const f of facts) {
    for (const a of new Set([...f.from, ...f.to])) {
      const c = out.get(a) ?? { arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 };
      c[f.type]++;
      out.set(a, c);
    }
  }
  return out;
}

export const mapScene = memoLast(
  (data: FactIndex, filter: FactFilter, boundaries: Boundaries): MapScene => {
    const facts = shownFacts(data, filter);
    const drawn = (c: string) => boundaries.countries.has(c);
    const actors = activeActors(facts);
    const committed = new Set<string>();
    for (const f of facts) if (f.type === 'commitment') for (const c of f.to) if (drawn(c)) committed.add(c);
    const dates = referenceDates(data, filter.years);
    const first = dates[0] ?? null;
    const last = dates[dates.length - 1] ?? null;
    const members = last ? natoMembersOn(last).filter(drawn) : [];
    const earlier = new Set(first ? natoMembersOn(first) : []);
    const joined = first && last && first !== last ? members.filter((m) => !earlier.has(m)) : [];
    const counts = countsByActor(facts);
    const offmap = [...counts]
      .filter(([code]) => !drawn(code))
      .map(([code, c]) => ({ ...actorInfo(code, boundaries), count: c.arms_shipment + c.troop_deployment + c.commitment + c.quote }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      facts,
      flows: flowMarks(facts),
      active: [...actors].filter(drawn).sort(),
      committed: [...committed].sort(),
      nato: { members: members.sort(), joined: joined.sort(), since: first ? yearOf(first) : null, asOf: last },
      totals: placeTotals(facts, drawn),
      offmap,
      counts,
    };
  },
  (data, f, boundaries) => [data, shownFacts(data, f), referenceKey(f.years), boundaries],
);

const referenceKey = (years: readonly number[] | null): string => (years === null ? '*' : years.join(','));
