import type { ArticleList, FactIndex, Fact, Quote } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import { memoLast } from './memo.ts';
import { yearOf } from './years.ts';

/** The facts of the years shown. `years` null means every year. */
export const factsInYears = memoLast(
  (data: FactIndex, years: readonly number[] | null): Fact[] =>
    years === null ? data.facts : data.facts.filter((f) => years.includes(yearOf(f.date))),
  (data, years) => [data, years === null ? 'all' : years.join(',')],
);

/** Finds a fact by id; each answer is built when asked for (no table of every fact is kept). */
export interface FactLookup {
  get(id: string): Fact | undefined;
  has(id: string): boolean;
}

export const factById = memoLast((data: FactColumns): FactLookup => ({
  get: (id) => {
    const i = data.indexOf(id);
    return i < 0 ? undefined : data.fact(i);
  },
  has: (id) => data.indexOf(id) >= 0,
}));

export const articleById = memoLast((data: ArticleList) => new Map(data.articles.map((a) => [a.id, a])));

export interface ActorFacts {
  sends: Fact[];
  receives: Fact[];
  commitments: Fact[];
  quotes: Quote[];
}

/**
 * An actor's facts, in the sections of "Country details". Arms and troops it sends or receives;
 * commitments it makes or is given; quotes by it or about it. Newest first, then in text order.
 */
export function factsForActor(facts: readonly Fact[], code: string): ActorFacts {
  const out: ActorFacts = { sends: [], receives: [], commitments: [], quotes: [] };
  for (const f of facts) {
    const isFrom = f.from.includes(code);
    const isTo = f.to.includes(code);
    if (!isFrom && !isTo) continue;
    switch (f.type) {
      case 'arms_shipment':
      case 'troop_deployment':
        if (isFrom) out.sends.push(f);
        if (isTo) out.receives.push(f);
        break;
      case 'commitment':
        out.commitments.push(f);
        break;
      case 'quote':
        out.quotes.push(f);
        break;
    }
  }
  for (const list of Object.values(out) as Fact[][]) list.sort(byDateThenPosition);
  return out;
}

export function byDateThenPosition(a: Fact, b: Fact): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);
}

/** Every actor with at least one fact in the given facts. */
export function activeActors(facts: readonly Fact[]): Set<string> {
  const out = new Set<string>();
  for (const f of facts) for (const a of [...f.from, ...f.to]) out.add(a);
  return out;
}

/** The sentence(s) a fact came from, as written in its article's text (empty until the text is loaded). */
export function evidenceText(fact: Fact, text: string | undefined): string {
  if (text === undefined) return '';
  return fact.evidence.map((s) => text.slice(s.start, s.end)).join(' … ');
}

/** Counts per fact type, for section headers and tooltips. */
export function countByType(facts: readonly Fact[]): Record<Fact['type'], number> {
  const out = { arms_shipment: 0, troop_deployment: 0, commitment: 0, quote: 0 };
  for (const f of facts) out[f.type]++;
  return out;
}
