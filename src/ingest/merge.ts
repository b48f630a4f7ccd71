import type { Fact, Span } from '../model/dataset';
import type { Draft } from './doc';
import { collapseSpace } from './chars';
import { shortHash } from './hash';
import { boundedId, MAX_FACT_ID } from './ids';
import { modelFamily } from './items';
import { alternation } from './lexicon/verbs';
import { UNIT_FAMILIES } from './lexicon/words';

/**
 * Turns rule drafts into facts: the same fact found twice in an article (by two rules, or in two
 * sentences) becomes one fact with every evidence span; ids hash the canonical key so they stay
 * stable across runs and across unrelated edits to the article.
 */

function norm(s: string): string {
  return collapseSpace(s.toLowerCase());
}

/** Compile-time check that a switch over fact types handled every type. */
export function assertNever(x: never): never {
  throw new Error(`unexpected fact type ${JSON.stringify(x)}`);
}

/** Codes as keys write them, sorted and comma-joined: most lists hold one code, which needs no sorted copy. */
function codeList(codes: readonly string[]): string {
  return codes.length === 1 ? codes[0]! : codes.length === 0 ? '' : [...codes].sort().join(',');
}

/** What makes two drafts the same fact. */
export function canonicalKey(d: Draft): string {
  const base = `${d.type}|${codeList(d.from)}|${codeList(d.to)}`;
  switch (d.type) {
    case 'arms_shipment': {
      // Pushed, not mapped: a mapped list's elements kind varies, and sorting the first of another kind deoptimised the merge.
      const names: string[] = [];
      for (const i of d.items) names.push(norm(i.name));
      return `${base}|${names.sort().join(';')}`;
    }
    case 'troop_deployment':
      return `${base}|${unitFamily(d.unit)}`;
    case 'commitment':
      return `${base}|${d.kind}`;
    case 'quote':
      return `${base}|${norm(d.speaker)}|${norm(d.text)}`;
    default:
      return assertNever(d);
  }
}

function mergeSpans(spans: readonly Span[]): Span[] {
  if (spans.length === 1) return [{ start: spans[0]!.start, end: spans[0]!.end }];
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A sorted copy of a code list (most hold one code, which needs no sort). */
function sortedCopy(codes: readonly string[]): string[] {
  return codes.length < 2 ? [...codes] : [...codes].sort();
}

function toFact(d: Draft, id: string, articleId: string, date: string, evidence: Span[], confidence: number): Fact {
  // Literal objects, not spreads of a shared part: one shape per fact type, built in one step.
  const from = sortedCopy(d.from);
  const to = sortedCopy(d.to);
  const rule = d.rule;
  switch (d.type) {
    case 'arms_shipment':
      return { id, articleId, date, from, to, evidence, confidence, rule, type: d.type, items: d.items.map((i) => ({ name: i.name, category: i.category })) };
    case 'troop_deployment':
      return { id, articleId, date, from, to, evidence, confidence, rule, type: d.type, troops: d.troops, qualifier: d.troops === null ? null : d.qualifier, unit: d.unit };
    case 'commitment':
      return { id, articleId, date, from, to, evidence, confidence, rule, type: d.type, kind: d.kind };
    case 'quote':
      return { id, articleId, date, from, to, evidence, confidence, rule, type: d.type, speaker: d.speaker, role: d.role, text: d.text, direct: d.direct };
    default:
      return assertNever(d);
  }
}

/** Deduplicates an article's drafts and assigns ids; facts come out sorted by evidence start, then id. */
export function mergeDrafts(articleId: string, date: string, drafts: readonly Draft[]): Fact[] {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = canonicalKey(d);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  foldSameTransfers(groups);
  foldUndesignatedUnits(groups);
  foldUnitlessDeployments(groups);
  splitByCount(groups);
  const facts: Fact[] = [];
  const usedIds = new Set<string>();
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const list = groups.get(key)!;
    // Most facts are told once: one draft is its own richest, its span and its confidence.
    const only = list.length === 1 ? list[0]! : null;
    // One deployment told twice keeps the most specific numbers.
    const richest = only ?? [...list].sort((a, b) => score(b) - score(a) || b.confidence - a.confidence || a.rule.localeCompare(b.rule))[0]!;
    const evidence = mergeSpans(only ? only.evidence : list.flatMap((d) => d.evidence));
    let confidence = only ? only.confidence : -Infinity;
    // A loop, not Math.max over a mapped list: that list is of small integers or of doubles by turns, and its first
    // change of kind deoptimised the merge.
    if (!only) for (const d of list) confidence = Math.max(confidence, d.confidence);
    // Ids hash the key without the unit kind, so a route's deployment keeps the id shared links use.
    const idKey = richest.type === 'troop_deployment' ? key.slice(0, key.lastIndexOf('|')) : key;
    let id = boundedId(`${articleId}:${richest.type}:${shortHash(idKey)}`, MAX_FACT_ID);
    for (let n = 2; usedIds.has(id); n++) id = boundedId(`${articleId}:${richest.type}:${shortHash(idKey)}-${n}`, MAX_FACT_ID);
    usedIds.add(id);
    facts.push(toFact(richest, id, articleId, date, evidence, confidence));
  }
  return facts.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One route's deployments with different counts are different forces ("hosts more than 4,000 rotational U.S.
 * personnel … hosting an additional 4,700 U.S. soldiers"): each count is a fact of its own, and a mention without a
 * count joins the nearest counted one before it (else the first). The first count keeps the group's key, and its id.
 */
function splitByCount(groups: Map<string, Draft[]>): void {
  for (const [key, list] of [...groups]) {
    if (list.length < 2 || list[0]!.type !== 'troop_deployment') continue;
    const ordered = [...list].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
    const counts: number[] = [];
    for (const d of ordered) if (d.type === 'troop_deployment' && d.troops !== null && !counts.includes(d.troops)) counts.push(d.troops);
    if (counts.length < 2) continue;
    const parts = new Map<number, Draft[]>(counts.map((c) => [c, []]));
    let current = counts[0]!;
    for (const d of ordered) {
      if (d.type === 'troop_deployment' && d.troops !== null) current = d.troops;
      parts.get(current)!.push(d);
    }
    groups.set(key, parts.get(counts[0]!)!);
    for (const c of counts.slice(1)) groups.set(`${key}#${c}`, parts.get(c)!);
  }
}

function score(d: Draft): number {
  if (d.type !== 'troop_deployment') return 0;
  return (d.troops !== null ? 2 : 0) + (d.unit !== null ? 1 : 0);
}

type ArmsDraft = Extract<Draft, { type: 'arms_shipment' }>;

/**
 * The same transfer told twice in different words ("Leopard 2 battle tanks", later "a company of
 * 14 Leopard 2A6 tanks") has the same sender and recipient and shares a model family: fold the
 * later group into the earlier one, keeping the earlier names and adding items of other families.
 */
function foldSameTransfers(groups: Map<string, Draft[]>): void {
  const arms = [...groups.entries()].filter((e): e is [string, ArmsDraft[]] => e[1][0]!.type === 'arms_shipment');
  if (arms.length < 2) return;
  // Computed once per group: where it starts, its route and its model families.
  const start = new Map(arms.map(([k, l]) => [k, firstStart(l)]));
  const route = (d: Draft): string => `${codeList(d.from)}>${codeList(d.to)}`;
  const families = new Map(arms.map(([k, l]) => [k, familiesOf(l[0]!)]));
  arms.sort((a, b) => start.get(a[0])! - start.get(b[0])! || (a[0] < b[0] ? -1 : 1));
  const kept: Array<[string, ArmsDraft[]]> = [];
  for (const [key, list] of arms) {
    const fams = families.get(key)!;
    const d0 = list[0]!;
    const r0 = route(d0);
    const target = fams.size === 0 ? undefined : kept.find(([k, l]) => route(l[0]!) === r0 && [...families.get(k)!].some((f) => fams.has(f)));
    if (!target) { kept.push([key, list]); continue; }
    const into = target[1];
    const have = families.get(target[0])!;
    const names = new Set(into[0]!.items.map((i) => i.name.toLowerCase()));
    const extra = d0.items.filter((i) => {
      const f = modelFamily(i);
      return !(f && have.has(f)) && !names.has(i.name.toLowerCase());
    });
    const items = [...into[0]!.items, ...extra];
    const folded = [...into, ...list].map((d) => ({ ...d, items }));
    into.splice(0, into.length, ...folded);
    families.set(target[0], familiesOf(into[0]!));
    groups.delete(key);
  }
}

function familiesOf(d: ArmsDraft): Set<string> {
  const out = new Set<string>();
  for (const i of d.items) {
    const f = modelFamily(i);
    if (f) out.add(f);
  }
  return out;
}

function firstStart(list: readonly Draft[]): number {
  let min = Infinity;
  for (const d of list) for (const e of d.evidence) if (e.start < min) min = e.start;
  return min;
}

const UNIT_FAMILY = new RegExp(`\\b(${alternation(UNIT_FAMILIES)})s?\\b`, 'i');

/** A unit's designation: "1st Brigade Combat Team" → 1, "3ABCT" → 3, "12 CAB" → 12; none for "the brigade". */
const DESIGNATION = /^(?:the\s+)?(\d{1,3})(?:st|nd|rd|th|(?=[A-Z]{2,5}\b)|\s+(?=[A-Z]{2,5}\b))/;

/**
 * "brigade combat team" and "brigade" are one unit kind, and "1st Brigade Combat Team" and "3rd Brigade Combat Team" two
 * units of it ("brigade#1", "brigade#3": a rotation names both); empty when no unit is named.
 */
function unitFamily(unit: unknown): string {
  if (typeof unit !== 'string') return '';
  const m = UNIT_FAMILY.exec(unit);
  if (!m) return unit.toLowerCase();
  const designation = DESIGNATION.exec(unit);
  return m[1]!.toLowerCase().replace(' ', '') + (designation ? `#${designation[1]}` : '');
}

/**
 * A unit of a kind named without its designation ("the brigade") joins the nearest earlier same-route deployment of a
 * designated unit of that kind ("the 1st Brigade Combat Team"): the same unit told again.
 */
function foldUndesignatedUnits(groups: Map<string, Draft[]>): void {
  const designated = [...groups.entries()].filter(([k, l]) => l[0]!.type === 'troop_deployment' && k.includes('#'));
  if (!designated.length) return;
  for (const [key, list] of [...groups]) {
    if (list[0]!.type !== 'troop_deployment' || key.includes('#') || key.endsWith('|')) continue;
    // "the brigade" after "the 1st Brigade Combat Team": the unit told again, as for a mention with no unit.
    const at = firstStart(list);
    const target = designated.filter(([k]) => groups.has(k) && k.startsWith(`${key}#`)).map(([k, l]) => [k, l, firstStart(l)] as const)
      .filter(([, , start]) => start <= at).sort((a, b) => b[2] - a[2])[0];
    if (!target) continue;
    target[1].push(...list);
    groups.delete(key);
  }
}

/**
 * Deployments are told apart by unit ("leads the battlegroup in Lithuania" is not "the new brigade
 * in Lithuania"); a mention that names no unit joins the nearest earlier same-route deployment that
 * does, because it is most likely the same force told again; one told before any unit stays apart.
 */
function foldUnitlessDeployments(groups: Map<string, Draft[]>): void {
  const entries = [...groups.entries()].filter(([, l]) => l[0]!.type === 'troop_deployment');
  if (entries.length < 2) return;
  // Deployments with a unit, by route ("type|from|to|"), each with where it starts.
  const byRoute = new Map<string, Array<[string, Draft[], number]>>();
  for (const [k, l] of entries) {
    if (k.endsWith('|')) continue;
    const routeKey = k.slice(0, k.lastIndexOf('|') + 1);
    byRoute.set(routeKey, [...(byRoute.get(routeKey) ?? []), [k, l, firstStart(l)]]);
  }
  for (const [key, list] of entries) {
    if (!key.endsWith('|')) continue;
    const candidates = (byRoute.get(key) ?? []).filter(([k]) => groups.has(k)).sort((a, b) => a[2] - b[2]);
    if (!candidates.length) continue;
    const at = firstStart(list);
    // Only a force told again later: a unitless mention before any named unit is a presence of its own.
    const target = [...candidates].reverse().find((c) => c[2] <= at);
    if (!target) continue;
    target[1].push(...list);
    groups.delete(key);
  }
}
