/**
 * The store's part for the user's own work: articles added in this browser, review decisions,
 * Undo. The store keeps the inputs (the published facts, the published review status, the user's
 * articles and decisions); `dataset`, which every other part of the app reads, is recomputed from
 * them by `recompute` whenever one changes, so the map, panels and exports follow reviews
 * without knowing about them.
 */
import type { Fact } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import type { ReviewDecision } from '../model/reviews.ts';
import type { DecisionOutcome, FactReview, ReviewCounts } from '../reviews/apply.ts';
import { effectiveIndex } from '../reviews/effective.ts';
import { withDecision, withoutDecision } from '../reviews/merge.ts';
import { NO_PUBLISHED_REVIEWS, type PublishedReviews } from '../reviews/published.ts';
import type { UserArticle } from '../reviews/user-articles.ts';
import type { AppState, AppStore, Load } from './store.ts';

/** One step Undo can take back, with what it did in words ("Rejected: NASAMS → Ukraine"). */
export interface UndoEntry {
  label: string;
  reviews: readonly ReviewDecision[];
  userArticles: readonly UserArticle[];
}

export interface ReviewSlice {
  /** The facts as published (facts.json); `dataset` is these with the user's work applied. */
  baseIndex: Load<FactColumns>;
  /** What the ingest published about the team's reviews (already applied in facts.json). */
  publishedReviews: PublishedReviews;
  /** Articles added in this browser, with their facts. */
  userArticles: readonly UserArticle[];
  /** Decisions made or imported in this browser, in canonical order. */
  reviews: readonly ReviewDecision[];
  /** Rejected facts, kept apart so lists can show them struck through (`rejected` in the link). */
  rejectedFacts: readonly Fact[];
  /** Review status by fact id; facts only the machine has seen have none. */
  factReviews: ReadonlyMap<string, FactReview>;
  /** What became of this browser's decisions: applied, stale or conflicting, and why. */
  reviewOutcomes: readonly DecisionOutcome[];
  reviewCounts: ReviewCounts;
  /** The name decisions are signed with, given once and kept in this browser. */
  reviewer: string | null;
  /** Steps Undo can take back, latest last (this session only). */
  undo: readonly UndoEntry[];
}

export function initialReviewSlice(): ReviewSlice {
  return {
    baseIndex: { status: 'loading' },
    publishedReviews: NO_PUBLISHED_REVIEWS,
    userArticles: [],
    reviews: [],
    rejectedFacts: [],
    factReviews: new Map(),
    reviewOutcomes: [],
    reviewCounts: { applied: 0, stale: 0, conflicting: 0 },
    reviewer: null,
    undo: [],
  };
}

const MAX_UNDO = 50;

function textOf(s: AppState): (id: string) => string | undefined {
  return (id) => {
    const t = s.texts.get(id);
    return t?.status === 'ready' ? t.value : undefined;
  };
}

/** The derived part of the state for the current inputs. */
function derived(s: AppState): Partial<AppState> {
  if (s.baseIndex.status !== 'ready') {
    return { dataset: s.baseIndex, rejectedFacts: [], factReviews: new Map(), reviewOutcomes: [], reviewCounts: { applied: 0, stale: 0, conflicting: 0 } };
  }
  const e = effectiveIndex({ base: s.baseIndex.value, userArticles: s.userArticles, decisions: s.reviews, published: s.publishedReviews, textOf: textOf(s) });
  const same = s.dataset.status === 'ready' && s.dataset.value === e.index;
  return {
    dataset: same ? s.dataset : { status: 'ready', value: e.index },
    rejectedFacts: e.rejected,
    factReviews: e.reviews,
    reviewOutcomes: e.outcomes,
    reviewCounts: e.counts,
  };
}

function update(store: AppStore, change: (s: AppState) => Partial<AppState>): void {
  store.setState((s) => {
    const changed = change(s);
    return { ...changed, ...derived({ ...s, ...changed }) };
  });
}

/** User article texts live in the store's texts, so the reader and cards read them like any other. */
function withTexts(s: AppState, articles: readonly UserArticle[]): AppState['texts'] {
  const missing = articles.filter((u) => s.texts.get(u.article.id)?.status !== 'ready');
  if (missing.length === 0) return s.texts;
  const texts = new Map(s.texts);
  for (const u of missing) texts.set(u.article.id, { status: 'ready', value: u.article.text });
  return texts;
}

function pushUndo(s: AppState, label: string): readonly UndoEntry[] {
  return [...s.undo, { label, reviews: s.reviews, userArticles: s.userArticles }].slice(-MAX_UNDO);
}

export const reviewActions = {
  /** The published facts arrived (or are loading, or failed). */
  setBaseIndex(store: AppStore, base: Load<FactColumns>): void {
    update(store, () => ({ baseIndex: base }));
  },
  setPublishedReviews(store: AppStore, published: PublishedReviews): void {
    update(store, () => ({ publishedReviews: published }));
  },
  /** Restores what this browser kept (at start): no Undo step. */
  restoreLocalWork(store: AppStore, work: { userArticles: readonly UserArticle[]; reviews: readonly ReviewDecision[]; reviewer: string | null }): void {
    update(store, (s) => ({ userArticles: work.userArticles, reviews: work.reviews, reviewer: work.reviewer, texts: withTexts(s, work.userArticles) }));
  },
  /** Texts arrived that decisions were waiting for: check them again. */
  refreshReviews(store: AppStore): void {
    update(store, () => ({}));
  },
  setReviewer(store: AppStore, reviewer: string): void {
    store.setState({ reviewer });
  },
  /** A person's decision about a fact; it replaces their earlier one about the same fact. */
  decide(store: AppStore, decision: ReviewDecision, label: string): void {
    update(store, (s) => ({ reviews: withDecision(s.reviews, decision), undo: pushUndo(s, label) }));
  },
  /** Takes back a person's decision about a fact. */
  retract(store: AppStore, fact: string, who: string, label: string): void {
    update(store, (s) => ({ reviews: withoutDecision(s.reviews, fact, who), undo: pushUndo(s, label) }));
  },
  /** A new list of decisions at once (an import, a conflict settled). */
  replaceReviews(store: AppStore, reviews: readonly ReviewDecision[], label: string): void {
    update(store, (s) => ({ reviews, undo: pushUndo(s, label) }));
  },
  addUserArticles(store: AppStore, added: readonly UserArticle[], label: string): void {
    if (added.length === 0) return;
    update(store, (s) => {
      const ids = new Set(added.map((u) => u.article.id));
      const userArticles = [...s.userArticles.filter((u) => !ids.has(u.article.id)), ...added];
      return { userArticles, texts: withTexts(s, added), undo: pushUndo(s, label) };
    });
  },
  removeUserArticle(store: AppStore, articleId: string, label: string): void {
    update(store, (s) => ({
      userArticles: s.userArticles.filter((u) => u.article.id !== articleId),
      article: s.article === articleId ? null : s.article,
      fact: s.fact?.startsWith(`${articleId}:`) ? null : s.fact,
      undo: pushUndo(s, label),
    }));
  },
  /** Takes back the last step; returns what it was, or null when there is nothing to undo. */
  undoLast(store: AppStore): string | null {
    const last = store.getState().undo.at(-1);
    if (!last) return null;
    update(store, (s) => ({
      reviews: last.reviews,
      userArticles: last.userArticles,
      texts: withTexts(s, last.userArticles),
      undo: s.undo.slice(0, -1),
    }));
    return last.label;
  },
};
