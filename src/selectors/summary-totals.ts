/**
 * What the home summary (summary.ts) says, added up: who sent arms to whom, the largest troop
 * deployment, who promised support to whom, who was quoted. Summed once per year when the data
 * arrives, so a year change merges a few small tables instead of reading every fact again.
 *
 * Lists keep the order in which their members were first reported (the data's order), as reading
 * the shown facts in turn would give them: each entry carries the position of its first report.
 */
import type { FactType, GroupNote } from '../model/dataset.ts';
import { FACT_TYPES } from '../model/dataset.ts';
import { allIndexes, type FactColumns } from '../model/fact-columns.ts';
import { shownIndexes, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';

/** Members by the position of their first report: merged across years by the earliest. */
type FirstSeen = Map<string, number>;

interface SummaryPart {
  facts: Record<FactType, number>;
  /** Arms: senders of each receiver. */
  armsTo: Map<string, FirstSeen>;
  /** Arms: shipments to each receiver. */
  shipmentsTo: Map<string, number>;
  /** Troops to at least one host: how many, and the first with the largest figure. */
  troops: number;
  troopLead: number;
  givers: FirstSeen;
  receivers: FirstSeen;
  speakers: FirstSeen;
}

/** The largest troop deployment shown, as the summary words it. */
export interface TroopLead {
  from: readonly string[];
  to: readonly string[];
  troops: number | null;
  qualifier: string | null;
  unit: string | null;
  groups: readonly GroupNote[] | undefined;
}

/** The summary's figures for the facts shown, every list in the order of its first report. */
export interface SummaryTotals {
  facts: number;
  /** Arms receivers with their senders (themselves left out). */
  armsTo: Map<string, string[]>;
  /** Shipments to each arms receiver. */
  shipmentsTo: Map<string, number>;
  troops: number;
  troopLead: TroopLead | null;
  givers: string[];
  receivers: string[];
  quotes: number;
  speakers: string[];
}

function emptyPart(): SummaryPart {
  return { facts: { arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 }, armsTo: new Map(), shipmentsTo: new Map(), troops: 0, troopLead: -1, givers: new Map(), receivers: new Map(), speakers: new Map() };
}

function see(map: FirstSeen, key: string, at: number): void {
  const before = map.get(key);
  if (before === undefined || at < before) map.set(key, at);
}

const inOrder = (map: FirstSeen): string[] => [...map].sort((a, b) => a[1] - b[1]).map(([k]) => k);

/** Larger figure first; of equal ones (or none), the earlier report. */
function leads(data: FactColumns, i: number, current: number): boolean {
  if (current < 0) return true;
  const a = data.troops(i) ?? -1;
  const b = data.troops(current) ?? -1;
  return a > b || (a === b && i < current);
}

/**
 * Adds fact i. `at` numbers each (fact, place in its list) in the data's order: a fact's index
 * times a bound on list lengths would overflow nothing, but a running count is simpler to trust.
 */
function addFact(part: SummaryPart, data: FactColumns, i: number, at: () => number): void {
  const type = data.type(i);
  part.facts[type]++;
  const from = data.from(i);
  const to = data.to(i);
  switch (type) {
    case 'arms_shipment':
      for (const t of to) {
        part.shipmentsTo.set(t, (part.shipmentsTo.get(t) ?? 0) + 1);
        let senders = part.armsTo.get(t);
        if (!senders) part.armsTo.set(t, (senders = new Map()));
        for (const f of from) if (f !== t) see(senders, f, at());
      }
      break;
    case 'troop_deployment':
      if (to.length === 0) break;
      part.troops++;
      if (leads(data, i, part.troopLead)) part.troopLead = i;
      break;
    case 'commitment':
      for (const f of from) see(part.givers, f, at());
      for (const t of to) see(part.receivers, t, at());
      break;
    case 'quote':
      see(part.speakers, data.speaker(i), at());
      break;
  }
}

function partOf(data: FactColumns, indexes: Iterable<number>, byYear: boolean): Map<number, SummaryPart> {
  const out = new Map<number, SummaryPart>();
  let n = 0;
  const at = () => n++;
  for (const i of indexes) {
    const y = byYear ? data.year(i) : 0;
    let part = out.get(y);
    if (!part) out.set(y, (part = emptyPart()));
    addFact(part, data, i, at);
  }
  return out;
}

/** Every year's part, once per dataset. */
export const summaryParts = memoLast((data: FactColumns) => partOf(data, allIndexes(data.size), true));

function merge(data: FactColumns, parts: readonly SummaryPart[], types: readonly FactType[] | null): SummaryTotals {
  const shown = (t: FactType) => types === null || types.includes(t);
  const acc = emptyPart();
  for (const p of parts) {
    for (const t of FACT_TYPES) if (shown(t)) acc.facts[t] += p.facts[t];
    if (shown('arms_shipment')) {
      for (const [to, senders] of p.armsTo) {
        let into = acc.armsTo.get(to);
        if (!into) acc.armsTo.set(to, (into = new Map()));
        for (const [f, at] of senders) see(into, f, at);
      }
      for (const [to, n] of p.shipmentsTo) acc.shipmentsTo.set(to, (acc.shipmentsTo.get(to) ?? 0) + n);
    }
    if (shown('troop_deployment')) {
      acc.troops += p.troops;
      if (p.troopLead >= 0 && leads(data, p.troopLead, acc.troopLead)) acc.troopLead = p.troopLead;
    }
    if (shown('commitment')) {
      for (const [c, at] of p.givers) see(acc.givers, c, at);
      for (const [c, at] of p.receivers) see(acc.receivers, c, at);
    }
    if (shown('quote')) for (const [s, at] of p.speakers) see(acc.speakers, s, at);
  }
  const lead = acc.troopLead;
  return {
    facts: FACT_TYPES.reduce((n, t) => n + acc.facts[t], 0),
    armsTo: new Map([...acc.armsTo].map(([to, senders]) => [to, inOrder(senders)])),
    shipmentsTo: acc.shipmentsTo,
    troops: acc.troops,
    troopLead: lead < 0 ? null : { from: data.from(lead), to: data.to(lead), troops: data.troops(lead), qualifier: data.qualifier(lead), unit: data.unit(lead), groups: data.groups(lead) },
    givers: inOrder(acc.givers),
    receivers: inOrder(acc.receivers),
    quotes: acc.facts.quote,
    speakers: inOrder(acc.speakers),
  };
}

const listKey = (list: readonly unknown[] | null): string => (list === null ? '*' : list.join(','));

/**
 * The summary's totals under the filters. Years and types merge the years' parts; an arms
 * category filter changes which shipments count, so that case reads the shown facts themselves.
 */
export const summaryTotals = memoLast(
  (data: FactColumns, filter: FactFilter): SummaryTotals => {
    if (filter.cats !== null) return merge(data, [...partOf(data, shownIndexes(data, filter), false).values()], null);
    const parts = summaryParts(data);
    return merge(data, [...parts].filter(([y]) => filter.years === null || filter.years.includes(y)).map(([, p]) => p), filter.types);
  },
  (data, f) => [data, listKey(f.years), listKey(f.types), listKey(f.cats)],
);

/** The same totals read straight from these facts (tests compare the two paths). */
export function summaryTotalsOf(data: FactColumns, indexes: Iterable<number>): SummaryTotals {
  return merge(data, [...partOf(data, indexes, false).values()], null);
}
