import { ORGANISATIONS, type Fact, type GroupNote, type TroopDeployment } from '../model/dataset.ts';
import type { SummaryTotals, TroopLead } from './summary-totals.ts';

/**
 * Text about facts, built once for every place outside the map that shows it (panel, reader,
 * table, summary, exports). The rule is to say what the article says: a hedged figure keeps its
 * hedge, a figure shared by several hosts is given once, a list the ingest inferred from a group
 * says so, and the country the reader is looking at comes first.
 */

export type NameOf = (code: string) => string;

const KIND_LABEL: Record<string, string> = {
  assurance: 'Assurance of support',
  'air-defence': 'Air-defence integration',
  training: 'Training',
  aid: 'Aid',
  other: 'Commitment',
};

export function commitmentLabel(kind: string): string {
  return KIND_LABEL[kind] ?? 'Commitment';
}

/** "A", "A and B", "A, B and C". */
export function joinList(parts: readonly string[], conjunction = 'and'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
}

/** The codes with `first` moved to the front (if present); the rest keep their order. */
export function firstFirst(codes: readonly string[], first: string | null | undefined): string[] {
  if (!first || !codes.includes(first)) return [...codes];
  return [first, ...codes.filter((c) => c !== first)];
}

/**
 * Names for a list of actors: up to `limit` in full, longer lists shortened and counted.
 * `first` (the selected country) is named first, so it is never hidden among "2 more".
 */
export function listNames(codes: readonly string[], nameOf: NameOf, first?: string | null, limit = 4): string {
  const names = firstFirst(codes, first).map(nameOf);
  if (names.length === 0) return 'unknown';
  if (names.length > limit) return `${names.slice(0, limit - 1).join(', ')} and ${names.length - limit + 1} more`;
  return joinList(names);
}

export function formatTroops(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A troop figure as the article gave it: "up to 22,000 troops", "about 500 troops"; null without one. */
export function troopFigure(f: Pick<TroopDeployment, 'troops' | 'qualifier'>): string | null {
  if (f.troops === null) return null;
  const n = `${formatTroops(f.troops)} ${f.troops === 1 ? 'soldier' : 'troops'}`;
  return f.qualifier ? `${f.qualifier} ${n}` : n;
}

/** What was deployed, in lower case: the figure, else the unit, else "troops". */
export function troopWhat(f: TroopDeployment): string {
  return troopFigure(f) ?? (f.unit ? f.unit : 'troops');
}

/**
 * Years as a person writes them: consecutive runs of three or more as a range ("2022–2025"),
 * the rest listed ("2019 and 2022–2024", "2022 or 2024").
 */
export function yearList(years: readonly number[], conjunction = 'and'): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return joinList(parts, conjunction);
}

/** "the Baltic states" → "Baltic states": the phrase reads after a number or a colon. */
function bareGroupPhrase(phrase: string): string {
  return phrase.replace(/^(?:the|all|both)\s+/i, '');
}

/** A group the ingest resolved, shown as such: "member states bordering … (Estonia, …; resolved from …)". */
export function groupLabel(g: GroupNote, nameOf: NameOf, first?: string | null): string {
  const members = firstFirst(g.codes, first).map(nameOf).join(', ');
  return `${g.phrase} (${members}${g.basis ? `; resolved from ${g.basis}` : ''})`;
}

/**
 * One side of a fact in words. Members of a group the article named are shown under the group's
 * phrase, with what the resolution rests on; the selected country's part comes first.
 */
export function sideLabel(f: Fact, side: 'from' | 'to', nameOf: NameOf, first?: string | null, limit = 4): string {
  const groups = (f.groups ?? []).filter((g) => g.side === side);
  if (groups.length === 0) return listNames(f[side], nameOf, first, limit);
  const grouped = new Set(groups.flatMap((g) => g.codes));
  const loose = f[side].filter((c) => !grouped.has(c));
  const parts: { text: string; hasFirst: boolean }[] = [];
  if (loose.length > 0) parts.push({ text: listNames(loose, nameOf, first, limit), hasFirst: !!first && loose.includes(first) });
  for (const g of groups) parts.push({ text: groupLabel(g, nameOf, first), hasFirst: !!first && g.codes.includes(first) });
  parts.sort((a, b) => Number(b.hasFirst) - Number(a.hasFirst));
  return joinList(parts.map((p) => p.text));
}

/**
 * One line a reader can scan: "Javelin anti-tank missiles → Ukraine", "Up to 22,000 troops →
 * Poland, Estonia, Latvia and 2 more". `first` is the country whose panel shows the line.
 */
export function factSummary(f: Fact, nameOf: NameOf, first?: string | null): string {
  const to = sideLabel(f, 'to', nameOf, first);
  switch (f.type) {
    case 'arms_shipment': {
      const items = f.items.length > 0 ? f.items.map((i) => i.name).join(', ') : 'Arms';
      return `${capitalise(items)} → ${to}`;
    }
    case 'troop_deployment':
      return `${capitalise(troopWhat(f))} → ${to}`;
    case 'commitment':
      return `${commitmentLabel(f.kind)}: ${sideLabel(f, 'from', nameOf, first)} → ${to}`;
    case 'quote':
      return `${f.speaker}${f.role ? `, ${f.role}` : ''}`;
  }
}

/** What a fact is about, without who and to whom: the table's "What" column. */
export function factWhat(f: Fact): string {
  switch (f.type) {
    case 'arms_shipment':
      return f.items.length > 0 ? f.items.map((i) => i.name).join(', ') : 'arms (not named)';
    case 'troop_deployment':
      return troopWhat(f);
    case 'commitment':
      return commitmentLabel(f.kind);
    case 'quote':
      return `${f.direct ? `“${f.text}”` : f.text} (${f.speaker}${f.role ? `, ${f.role}` : ''})`;
  }
}

/** Who a fact is from, for lines where the section already says the direction. */
export function factOrigin(f: Fact, nameOf: NameOf, first?: string | null): string {
  return sideLabel(f, 'from', nameOf, first);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The written summary of the home screen.

const countWord = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const isOrganisation = (code: string) => (ORGANISATIONS as readonly string[]).includes(code);

/** A name as running text needs it: "the United States", "the Netherlands", "the European Union". */
export function inProse(name: string): string {
  return /^(?:United |European |Netherlands$|Philippines$|Czech Republic$|Bahamas$|Gambia$)/.test(name) ? `the ${name}` : name;
}

function proseNames(codes: readonly string[], nameOf: NameOf): string {
  return listNames(codes, (c) => inProse(nameOf(c)));
}

/** "7 countries", "6 countries and NATO", "NATO and the EU": organisations are named, not counted. */
function actorsPhrase(codes: readonly string[], nameOf: NameOf): string {
  const orgs = codes.filter(isOrganisation);
  const countries = codes.length - orgs.length;
  const parts = countries > 0 ? [countWord(countries, 'country', 'countries')] : [];
  parts.push(...orgs.map((c) => inProse(nameOf(c))));
  return joinList(parts);
}

/** Three names and an ellipsis: the summary gives a taste, the table gives the list. */
function examples(codes: readonly string[], nameOf: NameOf): string {
  const names = codes.map(nameOf).sort((a, b) => a.localeCompare(b, 'en'));
  if (names.length <= 3) return joinList(names);
  return `${names.slice(0, 3).join(', ')}, …`;
}

function armsClause(totals: SummaryTotals, nameOf: NameOf): string | null {
  // Most senders first; as many senders, most shipments ("22 countries sent arms to Ukraine", not to Russia, which
  // 22 countries are also reported to arm, with far fewer shipments), then the name.
  const shipments = (code: string): number => totals.shipmentsTo.get(code) ?? 0;
  const ranked = [...totals.armsTo].filter(([, s]) => s.length > 0)
    .sort((a, b) => b[1].length - a[1].length || shipments(b[0]) - shipments(a[0]) || nameOf(a[0]).localeCompare(nameOf(b[0]), 'en'));
  const top = ranked[0];
  if (!top) return null;
  const [to, list] = top;
  // A few senders are named; many are counted, with a taste of who they are.
  const many = list.length > 3;
  const who = many ? actorsPhrase(list, nameOf) : proseNames(list, nameOf);
  let clause = `${who} sent arms to ${inProse(nameOf(to))}`;
  if (many) clause += ` (${examples(list.filter((c) => !isOrganisation(c)), nameOf)})`;
  const others = ranked.slice(1).map(([code]) => code);
  if (others.length > 0) clause += `; arms also went to ${proseNames(others, nameOf)}`;
  return clause;
}

/** "to 5 member states bordering Russia and Belarus", "to Estonia, Latvia and Lithuania". */
function troopDestination(lead: TroopLead, nameOf: NameOf): string {
  const { to } = lead;
  const group = (lead.groups ?? []).find((g) => g.side === 'to' && g.codes.length === to.length);
  if (group) {
    const phrase = bareGroupPhrase(group.phrase);
    return /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b/i.test(phrase) ? `to ${phrase}` : `to ${group.codes.length} ${phrase}`;
  }
  if (to.length > 4) return `to ${to.length} countries (${examples(to, nameOf)})`;
  return `to ${proseNames(to, nameOf)}`;
}

function troopsClause(totals: SummaryTotals, nameOf: NameOf): string | null {
  // The largest reported figure leads; figures from different reports are never added up.
  const lead = totals.troopLead;
  if (!lead) return null;
  const who = lead.from.length > 0 ? proseNames(lead.from, nameOf) : 'allies';
  const what = troopFigure(lead) ?? (lead.unit ? `a ${lead.unit}` : 'troops');
  let clause = `${who} deployed ${what} ${troopDestination(lead, nameOf)}`;
  const rest = totals.troops - 1;
  if (rest > 0) clause += `, and ${countWord(rest, 'other troop deployment was', 'other troop deployments were')} reported`;
  return clause;
}

function commitmentsClause({ givers, receivers }: SummaryTotals, nameOf: NameOf): string | null {
  if (receivers.length === 0) return null;
  const who = givers.length === 0 ? 'allies' : givers.length <= 3 ? proseNames(givers, nameOf) : actorsPhrase(givers, nameOf);
  return `${who} promised support to ${receivers.length <= 3 ? proseNames(receivers, nameOf) : countWord(receivers.length, 'country', 'countries')}`;
}

function quotesClause({ quotes, speakers }: SummaryTotals): string | null {
  if (quotes === 0) return null;
  return `${countWord(quotes, 'statement', 'statements')} by ${speakers.length <= 2 ? joinList(speakers) : countWord(speakers.length, 'speaker', 'speakers')} were quoted`;
}

/**
 * The home screen's written summary of the facts shown (after years and filters: their totals,
 * summary-totals.ts), in one or two sentences, e.g. "In 2022, 7 countries sent arms to Ukraine
 * (Czechia, Estonia, Finland, …). NATO deployed up to 22,000 troops to 5 member states bordering
 * Russia and Belarus."
 */
export function homeSummary(totals: SummaryTotals, years: readonly number[], nameOf: NameOf): string {
  const when = years.length > 0 ? `In ${yearList(years)}, ` : '';
  if (totals.facts === 0) return `${when}no reported facts match the filters.`.replace(/^n/, 'N');
  const clauses = [armsClause(totals, nameOf), troopsClause(totals, nameOf), commitmentsClause(totals, nameOf)].filter((c): c is string => c !== null);
  const quotes = quotesClause(totals);
  if (clauses.length === 0 && quotes) clauses.push(quotes);
  const [lead, ...rest] = clauses;
  const first = `${when}${when ? lead : capitalise(lead!)}.`;
  return rest.length === 0 ? first : `${first} ${capitalise(rest.join('; '))}.`;
}

export interface ViewCaption {
  title: string;
  subtitle: string;
  source: string;
}

/**
 * The title, subtitle and source line that travel with the map outside the app (the embed and
 * the PNG): a map on someone else's page must still say what it shows and where it comes from.
 */
export function viewCaption(o: { country: string | null; years: readonly number[]; dates: readonly string[] }): ViewCaption {
  const n = o.dates.length;
  const when = n === 0 ? '' : n <= 3 ? ` (${o.dates.join(', ')})` : ` (${o.dates[0]} to ${o.dates[n - 1]})`;
  return {
    title: o.country ? `Eastern Flank Map: ${o.country}` : 'Eastern Flank Map',
    subtitle: `Arms, troops and promises of support${o.years.length > 0 ? ` reported in ${yearList(o.years)}` : ''}`,
    source: `Source: ${countWord(n, 'news article', 'news articles')}${when}, facts extracted automatically · Boundaries: Natural Earth / visionscarto (Crimea drawn as Ukraine)`,
  };
}
