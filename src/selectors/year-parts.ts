import type { FactType, ItemCategory } from '../model/dataset.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../model/dataset.ts';
import { allIndexes, type FactColumns } from '../model/fact-columns.ts';
import type { Figure, FlowMark, FlowType } from './flows.ts';
import { memoLast } from './memo.ts';

/** A mark's running totals: merged across years without going back to the facts. */
interface MarkSum {
  id: string;
  type: FlowType;
  from: string;
  to: string[];
  /** Indexes of the mark's facts in the data. */
  factIndexes: number[];
  /** Arms: items per category, in the order of ITEM_CATEGORIES (null for troops). */
  cats: number[] | null;
  /** Arms: each item name once, with its count at the same position in `itemCounts`. */
  itemNames: string[];
  itemCounts: number[];
  figure: Figure | null;
}

export type TypeCounts = Record<FactType, number>;

/** What one year's facts add up to: marks, counts per actor and totals per place. */
export interface YearPart {
  marks: Map<string, MarkSum>;
  counts: Map<string, TypeCounts>;
  /** Arms shipments received, by receiver (drawn or not). */
  shipments: Map<string, number>;
  /** Senders of troops, by host. */
  troopSenders: Map<string, Set<string>>;
  /** Receivers of commitments. */
  committed: Set<string>;
}

export function markKey(type: FlowType, from: string, to: readonly string[]): string {
  return `${type === 'arms_shipment' ? 'arms' : 'troops'}:${from}>${[...to].sort().join('+')}`;
}

function emptyPart(): YearPart {
  return { marks: new Map(), counts: new Map(), shipments: new Map(), troopSenders: new Map(), committed: new Set() };
}

const zeroCounts = (): TypeCounts => ({ arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 });

function addItem(m: MarkSum, name: string, n: number): void {
  const k = m.itemNames.indexOf(name);
  if (k >= 0) m.itemCounts[k]! += n;
  else {
    m.itemNames.push(name);
    m.itemCounts.push(n);
  }
}

const OTHER = ITEM_CATEGORIES.indexOf('other');

function addToMark(part: YearPart, data: FactColumns, i: number, type: FlowType, id: string, from: string, to: () => string[]): void {
  let m = part.marks.get(id);
  if (!m) {
    m = { id, type, from, to: to(), factIndexes: [], cats: type === 'arms_shipment' ? ITEM_CATEGORIES.map(() => 0) : null, itemNames: [], itemCounts: [], figure: null };
    part.marks.set(id, m);
  }
  m.factIndexes.push(i);
  if (m.cats) {
    const n = data.itemCount(i);
    if (n === 0) m.cats[OTHER]!++;
    for (let k = 0; k < n; k++) {
      m.cats[ITEM_CATEGORIES.indexOf(data.itemCategory(i, k))]!++;
      addItem(m, data.itemName(i, k), 1);
    }
  } else {
    const troops = data.troops(i);
    if (troops !== null && (m.figure === null || troops > m.figure.troops)) m.figure = { troops, qualifier: data.qualifier(i) };
  }
}

/**
 * A troop mark's id and hosts for one sender and one stored list of receivers (lists are shared by
 * every fact that names them), worked out once per pair: tens of thousands of facts name a few
 * hundred pairs.
 */
type TroopTargets = Map<readonly string[], Map<string, { id: string; hosts: string[] } | null>>;

function troopTarget(cache: TroopTargets, from: string, to: readonly string[]): { id: string; hosts: string[] } | null {
  let bySender = cache.get(to);
  if (!bySender) cache.set(to, (bySender = new Map()));
  let target = bySender.get(from);
  if (target === undefined) {
    const hosts = to.filter((t) => t !== from);
    target = hosts.length > 0 ? { id: markKey('troop_deployment', from, hosts), hosts } : null;
    bySender.set(from, target);
  }
  return target;
}

function bump(counts: Map<string, TypeCounts>, actor: string, type: FactType): void {
  let c = counts.get(actor);
  if (!c) counts.set(actor, (c = zeroCounts()));
  c[type]++;
}

function addFact(part: YearPart, data: FactColumns, i: number, targets: TroopTargets): void {
  const type = data.type(i);
  const from = data.from(i);
  const to = data.to(i);
  // Each actor counts once per fact, whichever side it is on.
  for (let k = 0; k < from.length; k++) if (from.indexOf(from[k]!) === k) bump(part.counts, from[k]!, type);
  for (let k = 0; k < to.length; k++) if (to.indexOf(to[k]!) === k && !from.includes(to[k]!)) bump(part.counts, to[k]!, type);
  switch (type) {
    case 'arms_shipment':
      for (const f of from) for (const t of to) if (t !== f) addToMark(part, data, i, type, `arms:${f}>${t}`, f, () => [t]);
      for (let k = 0; k < to.length; k++) {
        const t = to[k]!;
        if (to.indexOf(t) === k && !from.includes(t)) part.shipments.set(t, (part.shipments.get(t) ?? 0) + 1);
      }
      break;
    case 'troop_deployment':
      for (const f of from) {
        const target = troopTarget(targets, f, to);
        if (target) addToMark(part, data, i, type, target.id, f, () => target.hosts);
      }
      for (const t of to) {
        for (const s of from) {
          if (s === t) continue;
          let senders = part.troopSenders.get(t);
          if (!senders) part.troopSenders.set(t, (senders = new Set()));
          senders.add(s);
        }
      }
      break;
    case 'commitment':
      for (const t of to) part.committed.add(t);
      break;
    case 'quote':
      break;
  }
}

/** Lists grown by push keep spare room; the parts are kept for the page's life, so trim them once. */
function trimmed(part: YearPart): YearPart {
  for (const m of part.marks.values()) {
    m.factIndexes = m.factIndexes.slice();
    m.itemNames = m.itemNames.slice();
    m.itemCounts = m.itemCounts.slice();
  }
  return part;
}

/**
 * Every year's totals, worked out once per dataset in one pass. A year change then merges a few
 * small tables (a few hundred marks a year) instead of going over every fact again.
 */
export const yearParts = memoLast((data: FactColumns): ReadonlyMap<number, YearPart> => partsByYear(data, allIndexes(data.size)));

/** The sums per year of the facts at these indexes. */
export function partsByYear(data: FactColumns, indexes: Iterable<number>): Map<number, YearPart> {
  const out = new Map<number, YearPart>();
  const targets: TroopTargets = new Map();
  for (const i of indexes) {
    const y = data.year(i);
    let part = out.get(y);
    if (!part) out.set(y, (part = emptyPart()));
    addFact(part, data, i, targets);
  }
  for (const part of out.values()) trimmed(part);
  return out;
}

/** The parts of the years shown, merged; only the types shown count. */
export function mergeYears(parts: readonly YearPart[], types: readonly FactType[] | null): YearPart {
  if (parts.length === 1 && types === null) return parts[0]!;
  const shown = (t: FactType) => types === null || types.includes(t);
  const out = emptyPart();
  for (const p of parts) {
    for (const m of p.marks.values()) {
      if (!shown(m.type)) continue;
      const acc = out.marks.get(m.id);
      if (!acc) {
        out.marks.set(m.id, { ...m, factIndexes: [...m.factIndexes], cats: m.cats && [...m.cats], itemNames: [...m.itemNames], itemCounts: [...m.itemCounts] });
        continue;
      }
      for (const i of m.factIndexes) acc.factIndexes.push(i);
      if (acc.cats && m.cats) for (let k = 0; k < m.cats.length; k++) acc.cats[k]! += m.cats[k]!;
      m.itemNames.forEach((name, k) => addItem(acc, name, m.itemCounts[k]!));
      if (m.figure && (acc.figure === null || m.figure.troops > acc.figure.troops)) acc.figure = m.figure;
    }
    for (const [a, c] of p.counts) {
      let acc = out.counts.get(a);
      if (!acc) out.counts.set(a, (acc = zeroCounts()));
      for (const t of FACT_TYPES) if (shown(t)) acc[t] += c[t];
    }
    if (shown('arms_shipment')) for (const [t, n] of p.shipments) out.shipments.set(t, (out.shipments.get(t) ?? 0) + n);
    if (shown('troop_deployment')) {
      for (const [t, s] of p.troopSenders) {
        const acc = out.troopSenders.get(t) ?? new Set<string>();
        for (const x of s) acc.add(x);
        out.troopSenders.set(t, acc);
      }
    }
    if (shown('commitment')) for (const t of p.committed) out.committed.add(t);
  }
  // An actor whose facts are all of hidden types has none.
  for (const [a, c] of out.counts) if (c.arms_shipment + c.troop_deployment + c.commitment + c.quote === 0) out.counts.delete(a);
  return out;
}

/** The merged sums as the map's marks, sorted by id (as flowMarks sorts them). */
export function marksOf(part: YearPart): FlowMark[] {
  return [...part.marks.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => {
      const cats = m.cats;
      const categories: ItemCategory[] = cats ? ITEM_CATEGORIES.filter((_, k) => cats[k]! > 0).sort((a, b) => cats[ITEM_CATEGORIES.indexOf(b)]! - cats[ITEM_CATEGORIES.indexOf(a)]!) : [];
      // Most frequent first; equal counts keep the order they were first seen in.
      const items = m.itemNames.map((name, k) => ({ name, n: m.itemCounts[k]!, k })).sort((a, b) => b.n - a.n || a.k - b.k).map((x) => x.name);
      return {
        id: m.id,
        type: m.type,
        from: m.from,
        to: m.to,
        factIndexes: m.factIndexes,
        category: categories[0] ?? null,
        categories,
        items,
        figure: m.type === 'troop_deployment' ? m.figure : null,
      };
    });
}

/** How many facts each actor has in the years shown, on either side, all types counted. */
export const activityInYears = memoLast(
  (data: FactColumns, years: readonly number[] | null): ReadonlyMap<string, number> => {
    const out = new Map<string, number>();
    for (const [y, part] of yearParts(data)) {
      if (years !== null && !years.includes(y)) continue;
      for (const [a, c] of part.counts) out.set(a, (out.get(a) ?? 0) + c.arms_shipment + c.troop_deployment + c.commitment + c.quote);
    }
    return out;
  },
  (data, years) => [data, years === null ? '*' : years.join(',')],
);
