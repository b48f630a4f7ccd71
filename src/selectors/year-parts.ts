import type { ArmsShipment, Fact, FactIndex, FactType, ItemCategory, TroopDeployment } from '../model/dataset.ts';
import { ITEM_CATEGORIES } from '../model/dataset.ts';
import type { Figure, FlowMark, FlowType } from './flows.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

/** A mark's running totals: merged across years without going back to the facts. */
interface MarkSum {
  id: string;
  type: FlowType;
  from: string;
  to: string[];
  factIds: string[];
  cats: Map<ItemCategory, number>;
  items: Map<string, number>;
  figure: Figure | null;
}

/** What one year's facts add up to: marks, counts per actor and totals per place. */
export interface YearPart {
  marks: Map<string, MarkSum>;
  counts: Map<string, Record<FactType, number>>;
  /** Arms shipments received, by receiver (drawn or not). */
  shipments: Map<string, number>;
  /** Senders of troops, by host. */
  troopSenders: Map<string, Set<string>>;
  /** Receivers of commitments. */
  committed: Set<string>;
  /** Each actor's facts of the year, on either side (a panel reads only its own). */
  byActor: Map<string, Fact[]>;
}

export function markKey(type: FlowType, from: string, to: readonly string[]): string {
  return `${type === 'arms_shipment' ? 'arms' : 'troops'}:${from}>${[...to].sort().join('+')}`;
}

function emptyPart(): YearPart {
  return { marks: new Map(), counts: new Map(), shipments: new Map(), troopSenders: new Map(), committed: new Set(), byActor: new Map() };
}

function addToMark(part: YearPart, type: FlowType, from: string, to: string[], f: ArmsShipment | TroopDeployment): void {
  const id = markKey(type, from, to);
  let m = part.marks.get(id);
  if (!m) {
    m = { id, type, from, to, factIds: [], cats: new Map(), items: new Map(), figure: null };
    part.marks.set(id, m);
  }
  m.factIds.push(f.id);
  if (f.type === 'arms_shipment') {
    if (f.items.length === 0) m.cats.set('other', (m.cats.get('other') ?? 0) + 1);
    for (const i of f.items) {
      m.cats.set(i.category, (m.cats.get(i.category) ?? 0) + 1);
      m.items.set(i.name, (m.items.get(i.name) ?? 0) + 1);
    }
  } else if (f.troops !== null && (m.figure === null || f.troops > m.figure.troops)) {
    m.figure = { troops: f.troops, qualifier: f.qualifier };
  }
}

function addFact(part: YearPart, f: Fact): void {
  const seen = new Set<string>();
  for (const a of f.from) seen.add(a);
  for (const a of f.to) seen.add(a);
  for (const a of seen) {
    let c = part.counts.get(a);
    if (!c) {
      c = { arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 };
      part.counts.set(a, c);
    }
    c[f.type]++;
    let list = part.byActor.get(a);
    if (!list) {
      list = [];
      part.byActor.set(a, list);
    }
    list.push(f);
  }
  switch (f.type) {
    case 'arms_shipment':
      for (const from of f.from) for (const t of f.to) if (t !== from) addToMark(part, f.type, from, [t], f);
      for (const t of new Set(f.to)) if (!f.from.includes(t)) part.shipments.set(t, (part.shipments.get(t) ?? 0) + 1);
      break;
    case 'troop_deployment':
      for (const from of f.from) {
        const to = f.to.filter((t) => t !== from);
        if (to.length > 0) addToMark(part, f.type, from, to, f);
      }
      for (const t of f.to) {
        const senders = f.from.filter((s) => s !== t);
        if (senders.length === 0) continue;
        let s = part.troopSenders.get(t);
        if (!s) {
          s = new Set();
          part.troopSenders.set(t, s);
        }
        for (const x of senders) s.add(x);
      }
      break;
    case 'commitment':
      for (const t of f.to) part.committed.add(t);
      break;
    case 'quote':
      break;
  }
}

/**
 * Every year's totals, worked out once per dataset in one pass. A year change then merges a few
 * small tables (a few hundred marks a year) instead of going over every fact again.
 */
export const yearParts = memoLast((data: FactIndex): ReadonlyMap<number, YearPart> => partsByYear(data.facts));

/** The facts' sums per year. */
export function partsByYear(facts: readonly Fact[]): Map<number, YearPart> {
  const out = new Map<number, YearPart>();
  for (const f of facts) {
    const y = yearOf(f.date);
    let part = out.get(y);
    if (!part) {
      part = emptyPart();
      out.set(y, part);
    }
    addFact(part, f);
  }
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
        out.marks.set(m.id, { ...m, factIds: [...m.factIds], cats: new Map(m.cats), items: new Map(m.items) });
        continue;
      }
      acc.factIds.push(...m.factIds);
      for (const [k, v] of m.cats) acc.cats.set(k, (acc.cats.get(k) ?? 0) + v);
      for (const [k, v] of m.items) acc.items.set(k, (acc.items.get(k) ?? 0) + v);
      if (m.figure && (acc.figure === null || m.figure.troops > acc.figure.troops)) acc.figure = m.figure;
    }
    for (const [a, c] of p.counts) {
      const acc = out.counts.get(a) ?? { arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 };
      for (const t of ['arms_shipment', 'troop_deployment', 'commitment', 'quote'] as const) if (shown(t)) acc[t] += c[t];
      out.counts.set(a, acc);
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
      const categories = m.type === 'arms_shipment' ? ITEM_CATEGORIES.filter((c) => m.cats.has(c)).sort((a, b) => m.cats.get(b)! - m.cats.get(a)!) : [];
      return {
        id: m.id,
        type: m.type,
        from: m.from,
        to: m.to,
        factIds: m.factIds,
        category: categories[0] ?? null,
        categories,
        items: [...m.items].sort((a, b) => b[1] - a[1]).map(([name]) => name),
        figure: m.type === 'troop_deployment' ? m.figure : null,
      };
    });
}
