/**
 * Combining decision lists: one person's new decision into their list, and an imported reviews
 * file into the browser's decisions. Pure; the results are in canonical order.
 */
import { canonicalDecisions, decisionKey, decisionLine, type ReviewDecision } from '../model/reviews.ts';

/** Each person has one standing decision per fact: a new one replaces theirs. */
export function withDecision(decisions: readonly ReviewDecision[], d: ReviewDecision): ReviewDecision[] {
  const key = decisionKey(d);
  return canonicalDecisions([...decisions.filter((x) => decisionKey(x) !== key), d]);
}

export function withoutDecision(decisions: readonly ReviewDecision[], fact: string, who: string): ReviewDecision[] {
  const key = decisionKey({ fact, who });
  return decisions.filter((x) => decisionKey(x) !== key);
}

/** What a decision does to its fact, whoever made it and whenever. */
function effect(d: ReviewDecision): string {
  const line = JSON.parse(decisionLine(d)) as Record<string, unknown>;
  delete line['who'];
  delete line['when'];
  return JSON.stringify(line);
}

export interface MergeReport {
  decisions: ReviewDecision[];
  /** Imported decisions that were new here. */
  added: number;
  /** Imported decisions already here, exactly. */
  unchanged: number;
  /** One person's two different decisions about a fact: the later one is kept. */
  replaced: Array<{ kept: ReviewDecision; dropped: ReviewDecision }>;
  /** Facts on which different people now disagree: shown to the user to settle. */
  conflicts: string[];
}

/**
 * The union of two decision lists. The same decision twice is kept once; one person's two
 * different decisions about a fact keep the later (a tie keeps the local one). Disagreements
 * between people are kept as they are and listed: the review panel shows them to be settled.
 */
export function mergeReviews(local: readonly ReviewDecision[], incoming: readonly ReviewDecision[]): MergeReport {
  const byKey = new Map(canonicalDecisions(local).map((d) => [decisionKey(d), d]));
  let added = 0;
  let unchanged = 0;
  const replaced: MergeReport['replaced'] = [];
  for (const d of canonicalDecisions(incoming)) {
    const key = decisionKey(d);
    const mine = byKey.get(key);
    if (!mine) {
      byKey.set(key, d);
      added++;
    } else if (decisionLine(mine) === decisionLine(d)) {
      unchanged++;
    } else if (d.when > mine.when) {
      byKey.set(key, d);
      replaced.push({ kept: d, dropped: mine });
    } else {
      replaced.push({ kept: mine, dropped: d });
    }
  }
  const decisions = canonicalDecisions([...byKey.values()]);
  return { decisions, added, unchanged, replaced, conflicts: disagreements(decisions) };
}

/**
 * Facts on which decisions of different people do different things (a confirm and a reject, two
 * different edits). An edit equal to the fact as extracted also differs from a confirm here; the
 * applied result (applyReviews) is the final word on whether they conflict.
 */
export function disagreements(decisions: readonly ReviewDecision[]): string[] {
  const effects = new Map<string, Set<string>>();
  for (const d of decisions) {
    if (d.decision === 'add') continue;
    const set = effects.get(d.fact) ?? new Set<string>();
    set.add(effect(d));
    effects.set(d.fact, set);
  }
  return [...effects].filter(([, s]) => s.size > 1).map(([fact]) => fact).sort();
}
