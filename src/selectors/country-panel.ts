import type { Fact, FactType } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import { armsCategoryShownAt, type FactFilter } from './filters.ts';
import { ORGANISATIONS } from '../model/dataset.ts';
import { FACT_TYPE_INFO } from '../model/fact-types.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import type { FlowMark } from './flows.ts';
import { byDateThenPosition } from './facts.ts';
import { memoLast } from './memo.ts';
import { actorName } from './actors.ts';
import type { Boundaries } from '../geo/boundaries.ts';

export type SectionKey = 'sends' | 'receives' | 'commitments' | 'quotes';

/** A collapsible group of the panel: one counterpart (or one multi-host deployment) and one type. */
export interface PanelGroup {
  /** Sent arms and troops: the map mark's id; received: the sender (groupKeyOf), so a click on a mark opens its group. */
  key: string;
  type: FactType;
  /** "Arms to Ukraine", "Troops from NATO", "Promised by the United States and NATO", "Julianne Smith". */
  title: string;
  facts: Fact[];
}

export interface PanelSection {
  key: SectionKey;
  /** Kept short and stable: the page's regions are named by it ("Sends", "Receives", …). */
  title: 'Sends' | 'Receives' | 'Commitments' | 'Quotes';
  /** Distinct facts in the section (a fact can sit in two groups, e.g. arms to two receivers). */
  count: number;
  groups: PanelGroup[];
}

export interface CountryPanelModel {
  /** "Sends arms to 1 country (6 shipments)", "Hosts troops from 7 countries", "4 commitments", … */
  summary: string[];
  sections: PanelSection[];
  total: number;
}

type NameOf = (code: string) => string;

const isOrg = (c: string): boolean => (ORGANISATIONS as readonly string[]).includes(c);

/** "1 country", "3 countries", "NATO", "3 countries and NATO". */
export function counterpartPhrase(codes: Iterable<string>, nameOf: NameOf): string {
  const list = [...new Set(codes)];
  const countries = list.filter((c) => !isOrg(c)).length;
  const orgs = list.filter(isOrg).map(nameOf);
  const parts = [countries > 0 ? `${countries} ${countries === 1 ? 'country' : 'countries'}` : null, ...orgs].filter((p): p is string => p !== null);
  return parts.length <= 1 ? (parts[0] ?? 'nobody') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function nameList(codes: readonly string[], nameOf: NameOf): string {
  const names = codes.map(nameOf);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function byCountThenTitle(a: PanelGroup, b: PanelGroup): number {
  return b.facts.length - a.facts.length || a.title.localeCompare(b.title, 'en');
}

/** An actor's facts under the filters: indexes into the data, turned into objects by the panel. */
export interface ActorFactSet {
  data: FactColumns;
  indexes: readonly number[];
}

/**
 * An actor's facts under the filters, in the data's order. The columns are read straight through
 * (a few hundred thousand array reads at 20,000 facts); only the panel's own facts become objects.
 */
export const actorFacts = memoLast((data: FactColumns, filter: FactFilter, code: string): ActorFactSet => {
  const { years, types, cats } = filter;
  const indexes: number[] = [];
  for (let i = 0; i < data.size; i++) {
    if (!(data.from(i).includes(code) || data.to(i).includes(code))) continue;
    if ((years === null || years.includes(data.year(i))) && (types === null || types.includes(data.type(i))) && armsCategoryShownAt(data, i, cats)) indexes.push(i);
  }
  return { data, indexes };
}, (data, f, code) => [data, f.years?.join(',') ?? '*', f.types?.join(',') ?? '*', f.cats?.join(',') ?? '*', code]);

/**
 * "Country details" for an actor, built from its own facts (actorFacts) and the map's marks under
 * the filters: a summary line per type, then sections of groups sorted by count, arms apart from
 * troops. Groups of arms and troops are the map's own marks, so an arrow opens exactly the facts
 * it stands for (every fact of a mark touching the actor is one of its own).
 */
export const countryPanel = memoLast((own: ActorFactSet, marks: readonly FlowMark[], code: string, role: ActorRole | null, boundaries: Boundaries | null): CountryPanelModel => {
  const nameOf = (c: string) => actorName(c, boundaries);
  const facts = own.data.factsAt(own.indexes);
  const byIndex = new Map(own.indexes.map((i, k) => [i, facts[k]!]));
  const wantSent = role !== 'received';
  const wantReceived = role !== 'sent';
  const markGroup = (m: FlowMark, side: 'sends' | 'receives'): PanelGroup => {
    const label = m.type === 'arms_shipment' ? 'Arms' : 'Troops';
    const title = side === 'sends' ? `${label} to ${nameList(m.to.filter((t) => t !== code), nameOf)}` : `${label} from ${nameOf(m.from)}`;
    return { key: m.id, type: m.type, title, facts: m.factIndexes.map((i) => byIndex.get(i)!).filter(Boolean).sort(byDateThenPosition) };
  };
  const sends = wantSent ? marks.filter((m) => m.from === code).map((m) => markGroup(m, 'sends')) : [];
  // What it receives is grouped by sender: two deployments of NATO's (one to it alone, one to five
  // hosts) are one group "Troops from NATO".
  const received = new Map<string, PanelGroup>();
  for (const m of wantReceived ? marks.filter((x) => x.to.includes(code) && x.from !== code) : []) {
    const key = groupKeyOf(m, code);
    const g = received.get(key);
    if (!g) received.set(key, { ...markGroup(m, 'receives'), key });
    else g.facts = [...new Set([...g.facts, ...markGroup(m, 'receives').facts])].sort(byDateThenPosition);
  }
  const receives = [...received.values()];

  const commitments = new Map<string, PanelGroup>();
  const quotes = new Map<string, PanelGroup>();
  for (const f of facts) {
    const sent = f.from.includes(code);
    const received = f.to.includes(code);
    if (!((sent && wantSent) || (received && wantReceived))) continue;
    if (f.type === 'commitment') {
      const made = sent && wantSent;
      const others = (made ? f.to : f.from).filter((c) => c !== code);
      const title = made ? `Promised to ${nameList(others, nameOf) || 'itself'}` : `Promised by ${nameList(others, nameOf) || 'itself'}`;
      const key = `commitment:${made ? 'to' : 'by'}:${others.join('+')}`;
      const g = commitments.get(key) ?? { key, type: 'commitment', title, facts: [] };
      g.facts.push(f);
      commitments.set(key, g);
    } else if (f.type === 'quote') {
      const key = `quote:${f.speaker}`;
      const g = quotes.get(key) ?? { key, type: 'quote', title: f.speaker, facts: [] };
      g.facts.push(f);
      quotes.set(key, g);
    }
  }
  const distinct = (groups: readonly PanelGroup[]) => new Set(groups.flatMap((g) => g.facts.map((f) => f.id))).size;
  const sorted = (groups: Iterable<PanelGroup>) => [...groups].map((g) => ({ ...g, facts: [...g.facts].sort(byDateThenPosition) })).sort(byCountThenTitle);
  const sections: PanelSection[] = [
    { key: 'sends' as const, title: 'Sends' as const, groups: typeFirst(sends.sort(byCountThenTitle)) },
    { key: 'receives' as const, title: 'Receives' as const, groups: typeFirst(receives.sort(byCountThenTitle)) },
    { key: 'commitments' as const, title: 'Commitments' as const, groups: sorted(commitments.values()) },
    { key: 'quotes' as const, title: 'Quotes' as const, groups: sorted(quotes.values()) },
  ]
    .map((s) => ({ ...s, count: distinct(s.groups) }))
    .filter((s) => s.count > 0);
  return { summary: summaryParts(sections, code), sections, total: new Set(sections.flatMap((s) => s.groups.flatMap((g) => g.facts.map((f) => f.id)))).size };

  function summaryParts(list: readonly PanelSection[], self: string): string[] {
    const out: string[] = [];
    const get = (key: SectionKey) => list.find((s) => s.key === key);
    for (const [key, type] of [['sends', 'arms_shipment'], ['sends', 'troop_deployment'], ['receives', 'arms_shipment'], ['receives', 'troop_deployment']] as const) {
      const groups = get(key)?.groups.filter((g) => g.type === type) ?? [];
      if (groups.length === 0) continue;
      const ids = new Set(groups.flatMap((g) => g.facts.map((f) => f.id)));
      const others = groups.flatMap((g) => g.facts.flatMap((f) => (key === 'sends' ? f.to.filter((t) => t !== self) : f.from.filter((x) => x !== self))));
      const who = counterpartPhrase(others, nameOf);
      if (type === 'arms_shipment') out.push(`${key === 'sends' ? 'Sends arms to' : 'Receives arms from'} ${who} (${n(ids.size, 'shipment')})`);
      else out.push(`${key === 'sends' ? 'Sends troops to' : 'Hosts troops from'} ${who} (${n(ids.size, 'report')})`);
    }
    const c = get('commitments')?.count ?? 0;
    if (c > 0) out.push(n(c, FACT_TYPE_INFO.commitment.label.toLowerCase()));
    const q = get('quotes')?.count ?? 0;
    if (q > 0) out.push(n(q, FACT_TYPE_INFO.quote.label.toLowerCase()));
    return out;
  }
});

/** Arms groups before troop groups, each by count: the two are never mixed in one run. */
function typeFirst(groups: PanelGroup[]): PanelGroup[] {
  return [...groups.filter((g) => g.type === 'arms_shipment'), ...groups.filter((g) => g.type !== 'arms_shipment')];
}

/** The panel group that lists a map mark's facts for an actor at one of its ends. */
export function groupKeyOf(m: Pick<FlowMark, 'id' | 'from' | 'type'>, code: string): string {
  return m.from === code ? m.id : `received:${m.type}:${m.from}`;
}

/**
 * Groups start open when the whole panel is short (a few facts read faster than a list of
 * headings), collapsed otherwise so a busy country's panel stays a few screens long.
 */
export const OPEN_ALL_UP_TO = 12;
/** Facts shown at once in a group; "Show more" adds this many. */
export const GROUP_PAGE = 10;
/** Groups shown at once in a section (the busiest); "Show all" lists the rest. */
export const SECTION_PAGE = 8;
