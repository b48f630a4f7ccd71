/**
 * Scoring extracted facts against hand-written gold. Pure: the eval script does the reading.
 *
 * A predicted fact matches a gold fact when they share the article and type, have the same
 * `from` set and the same `to` set, and the predicted evidence overlaps one of the gold evidence
 * passages; quotes must also name the same speaker. Each gold fact matches at most one prediction
 * (greedy, in gold order). Items are scored secondarily over matched arms shipments: an item
 * matches when its name is equal ignoring case and a plural "s"; its category is reported apart.
 */
import { FACT_TYPES, type Fact, type FactType, type ItemCategory, type Span } from '../src/model/dataset';

export interface GoldFact {
  type: FactType;
  from: string[];
  to: string[];
  /** Verbatim passages of the article text (a sentence or part of one). */
  evidence: string[];
  speaker?: string;
  items?: Array<{ name: string; category: ItemCategory }>;
  [extra: string]: unknown;
}

export interface GoldArticle {
  articleId: string;
  facts: GoldFact[];
}

export interface Prf { tp: number; predicted: number; gold: number; precision: number; recall: number; f1: number }

export interface EvalReport {
  byType: Record<FactType, Prf>;
  overall: Prf;
  items: Prf & { categoryCorrect: number };
  misses: Array<{ articleId: string; gold: GoldFact }>;
  spurious: Fact[];
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Gold evidence passages as spans in the article text; throws if a passage is not in the text. */
export function goldSpans(text: string, g: GoldFact, articleId: string): Span[] {
  return g.evidence.map((p) => {
    const at = text.indexOf(p);
    if (at < 0) throw new Error(`${articleId}: gold evidence not found in text: ${JSON.stringify(p.slice(0, 60))}`);
    return { start: at, end: at + p.length };
  });
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

const normName = (n: string): string => n.toLowerCase().replace(/\s+/g, ' ').trim().split(' ').map((w) => w.replace(/s$/, '')).join(' ');

export function factMatches(p: Fact, g: GoldFact, spans: readonly Span[]): boolean {
  if (p.type !== g.type || !sameSet(p.from, g.from) || !sameSet(p.to, g.to) || !overlaps(p.evidence, spans)) return false;
  if (p.type === 'quote' && p.speaker !== g.speaker) return false;
  return true;
}

export function score(gold: readonly GoldArticle[], facts: readonly Fact[], texts: ReadonlyMap<string, string>): EvalReport {
  const counts = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }])) as Record<FactType, { tp: number; predicted: number; gold: number }>;
  const item = { tp: 0, predicted: 0, gold: 0, categoryCorrect: 0 };
  const misses: EvalReport['misses'] = [];
  const matched = new Set<Fact>();
  const goldIds = new Set(gold.map((g) => g.articleId));
  const scored = facts.filter((f) => goldIds.has(f.articleId));
  for (const f of scored) counts[f.type].predicted++;
  for (const ga of gold) {
    const text = texts.get(ga.articleId);
    if (text === undefined) throw new Error(`gold names unknown article ${ga.articleId}`);
    for (const g of ga.facts) {
      counts[g.type].gold++;
      const spans = goldSpans(text, g, ga.articleId);
      const hit = scored.find((p) => p.articleId === ga.articleId && !matched.has(p) && factMatches(p, g, spans));
      if (!hit) {
        misses.push({ articleId: ga.articleId, gold: g });
        continue;
      }
      matched.add(hit);
      counts[g.type].tp++;
      if (hit.type === 'arms_shipment' && g.items) {
        item.gold += g.items.length;
        item.predicted += hit.items.length;
        for (const gi of g.items) {
          const pi = hit.items.find((x) => normName(x.name) === normName(gi.name));
          if (pi) {
            item.tp++;
            if (pi.category === gi.category) item.categoryCorrect++;
          }
        }
      }
    }
  }
  const byType = Object.fromEntries(FACT_TYPES.map((t) => [t, prf(counts[t].tp, counts[t].predicted, counts[t].gold)])) as Record<FactType, Prf>;
  const sum = (k: 'tp' | 'predicted' | 'gold'): number => FACT_TYPES.reduce((n, t) => n + counts[t][k], 0);
  return {
    byType,
    overall: prf(sum('tp'), sum('predicted'), sum('gold')),
    items: { ...prf(item.tp, item.predicted, item.gold), categoryCorrect: item.categoryCorrect },
    misses,
    spurious: scored.filter((f) => !matched.has(f)),
  };
}
