import type { Fact, FactType } from '../model/dataset.ts';

/** A run of article text and the facts whose evidence covers all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  factIds: string[];
  types: FactType[];
}

/**
 * Cuts an article's text at every evidence boundary, so overlapping evidence (one sentence, many
 * facts) becomes runs that each know every fact they belong to. The runs cover the whole text.
 */
export function segments(text: string, facts: readonly Fact[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of facts) for (const s of f.evidence) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = facts.filter((f) => f.evidence.some((s) => s.start <= start && s.end >= end));
    const prev = out[out.length - 1];
    const ids = covering.map((f) => f.id);
    // Merge neighbours with the same facts, so a sentence is one run and not one run per cut.
    if (prev && prev.factIds.length === ids.length && prev.factIds.every((id, j) => id === ids[j])) {
      prev.end = end;
      continue;
    }
    out.push({ start, end, factIds: ids, types: [...new Set(covering.map((f) => f.type))] });
  }
  return out;
}

/** Which fact a click on a run selects: the next one after the selected fact, cycling. */
export function nextFact(segment: Segment, selected: string | null): string | null {
  if (segment.factIds.length === 0) return null;
  const i = selected ? segment.factIds.indexOf(selected) : -1;
  return segment.factIds[(i + 1) % segment.factIds.length] ?? null;
}
