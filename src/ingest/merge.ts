import type { Fact, Span } from '../model/dataset';
import type { Draft } from './doc';
import { shortHash } from './hash';
import { boundedId, MAX_FACT_ID } from './ids';
import { modelFamily } from './items';

/**
 * Turns rule drafts into facts: the same fact found twice in an article (by two rules, or in two
 * sentences) becomes one fact with every evidence span; ids hash the canonical key so they stay
 * stable across runs and across unrelated edits to the article.
 */

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What makes two drafts the same fact. */
export function canonicalKey(d: Draft): string {
  const base = `${d.type}|${[...d.from].sort().join(',')}|${[...d.to].sort().join(',')}`;
  switch (d.type) {
    case 'arms_shipment': {
      const items = (d.extra['items'] as Array<{ name: string }>).map((i) => norm(i.name)).sort();
      return `${base}|${items.join(';')}`;
    }
    case 'troop_deployment':
      return `${base}|${unitFamily(d.extra['unit'])}`;
    case 'commitment':
      return `${base}|${String(d.extra['kind'])}`;
    case 'quote':
      return `${base}|${norm(String(d.extra['speaker']))}|${norm(String(d.extra['text']))}`;
  }
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

function withExtra(d: Draft, id: string, articleId: string, date: string, evidence: Span[], confidence: number): Fact {
  const from = [...d.from].sort();
  const to = [...d.to].sort();
  const rule = d.rule;
  const x = d.extra;
  switch (d.type) {
    case 'arms_shipment': {
      const items = (x['items'] as Array<{ name: string; category: never }>).map((i) => ({ name: i.name, category: i.category }));
      return { id, articleId, date, type: 'arms_shipment', from, to, evidence, confidence, rule, items };
    }
    case 'troop_deployment':
      return { id, articleId, date, type: 'troop_deployment', from, to, evidence, confidence, rule, troops: (x['troops'] as number | null) ?? null, qualifier: (x['qualifier'] as string | null) ?? null, unit: (x['unit'] as string | null) ?? null };
    case 'commitment':
      return { id, articleId, date, type: 'commitment', from, to, evidence, confidence, rule, kind: x['kind'] as never };
    case 'quote':
      return {
        id, articleId, date, type: 'quote', from, to, evidence, confidence, rule,
        speaker: String(x['speaker']), role: (x['role'] as string | null) ?? null, text: String(x['text']), direct: Boolean(x['direct']),
      };
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
  foldUnitlessDeployments(groups);
  const facts: Fact[] = [];
  const usedIds = new Set<string>();
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const list = groups.get(key)!;
    // One deployment told twice keeps the most specific numbers.
    const richest = [...list].sort((a, b) => score(b) - score(a) || b.confidence - a.confidence || a.rule.localeCompare(b.rule))[0]!;
    const evidence = mergeSpans(list.flatMap((d) => d.evidence));
    const confidence = Math.max(...list.map((d) => d.confidence));
    // Ids hash the key without the unit kind, so a route's deployment keeps the id shared links use.
    const idKey = richest.type === 'troop_deployment' ? key.slice(0, key.lastIndexOf('|')) : key;
    let id = boundedId(`${articleId}:${richest.type}:${shortHash(idKey)}`, MAX_FACT_ID);
    for (let n = 2; usedIds.has(id); n++) id = boundedId(`${articleId}:${richest.type}:${shortHash(idKey)}-${n}`, MAX_FACT_ID);
    usedIds.add(id);
    facts.push(withExtra(richest, id, articleId, date, evidence, confidence));
  }
  return facts.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function score(d: Draft): number {
  if (d.type !== 'troop_deployment') return 0;
  return (d.extra['troops'] !== null ? 2 : 0) + (d.extra['unit'] !== null ? 1 : 0);
}

type ItemList = Array<{ name: string; category: string }>;

/**
 * The same transfer told twice in different words ("Leopard 2 battle tanks", later "a company of
 * 14 Leopard 2A6 tanks") has the same sender and recipient and shares a model family: fold the
 * later group into the earlier one, keeping the earlier names and adding items of other families.
 */
function foldSameTransfers(groups: Map<string, Draft[]>): void {
  const arms = [...groups.entries()].filter(([, list]) => list[0]!.type === 'arms_shipment');
  if (arms.length < 2) return;
  arms.sort((a, b) => firstStart(a[1]) - firstStart(b[1]) || (a[0] < b[0] ? -1 : 1));
  const kept: Array<[string, Draft[]]> = [];
  for (const [key, list] of arms) {
    const families = familiesOf(list[0]!);
    const d0 = list[0]!;
    const target = families.size === 0 ? undefined : kept.find(([, l]) => {
      const t = l[0]!;
      return sameActors(t, d0) && [...familiesOf(t)].some((f) => families.has(f));
    });
    if (!target) { kept.push([key, list]); continue; }
    const into = target[1];
    const have = familiesOf(into[0]!);
    const names = new Set((into[0]!.extra['items'] as ItemList).map((i) => i.name.toLowerCase()));
    const extra = (d0.extra['items'] as ItemList).filter((i) => {
      const f = modelFamily(i as never);
      return !(f && have.has(f)) && !names.has(i.name.toLowerCase());
    });
    const items = [...(into[0]!.extra['items'] as ItemList), ...extra];
    const folded = [...into, ...list].map((d) => ({ ...d, extra: { ...d.extra, items } }));
    into.splice(0, into.length, ...folded);
    groups.delete(key);
  }
}

function familiesOf(d: Draft): Set<string> {
  const out = new Set<string>();
  for (const i of d.extra['items'] as ItemList) {
    const f = modelFamily(i as never);
    if (f) out.add(f);
  }
  return out;
}

function sameActors(a: Draft, b: Draft): boolean {
  return [...a.from].sort().join() === [...b.from].sort().join() && [...a.to].sort().join() === [...b.to].sort().join();
}

function firstStart(list: readonly Draft[]): number {
  return Math.min(...list.flatMap((d) => d.evidence.map((e) => e.start)));
}

const UNIT_FAMILY = /\b(battlegroup|battle group|brigade|battalion|division|regiment|company|squadron|headquarters|corps|task force|contingent|unit)s?\b/i;

/** "brigade combat team" and "brigade" are one unit kind; null when no unit is named. */
function unitFamily(unit: unknown): string {
  const m = typeof unit === 'string' ? UNIT_FAMILY.exec(unit) : null;
  return m ? m[1]!.toLowerCase().replace(' ', '') : typeof unit === 'string' ? unit.toLowerCase() : '';
}

/**
 * Deployments are told apart by unit ("leads the battlegroup in Lithuania" is not "the new brigade
 * in Lithuania"); a mention that names no unit joins the nearest earlier same-route deployment that
 * does (else the first), because it is most likely the same force told again.
 */
function foldUnitlessDeployments(groups: Map<string, Draft[]>): void {
  const entries = [...groups.entries()].filter(([, l]) => l[0]!.type === 'troop_deployment');
  if (entries.length < 2) return;
  for (const [key, list] of entries) {
    if (!key.endsWith('|')) continue;
    const at = firstStart(list);
    const candidates = entries.filter(([k]) => k !== key && groups.has(k) && k.startsWith(key) && !k.includes('|', key.length))
      .sort((a, b) => firstStart(a[1]) - firstStart(b[1]));
    if (!candidates.length) continue;
    const target = [...candidates].reverse().find(([, l]) => firstStart(l) <= at) ?? candidates[0]!;
    target[1].push(...list);
    groups.delete(key);
  }
}
