import { useCallback, useEffect } from 'react';
import type { Fact, FactType, Span } from '../../src/model/dataset.ts';
import type { FactFields } from '../../src/model/reviews.ts';
import { actions, type AppStore } from '../../src/state/store.ts';
import { addOf, editOf, verdict } from '../../src/reviews/decide.ts';
import { factSummary } from '../../src/selectors/summary.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { useAppStoreApi } from '../shared/store-context.ts';
import { loadArticleText } from '../shared/load-data.ts';
import { ensureReviewer, nowIso, reviewToolsInUse } from './reviewer.ts';

/** The article's text, fetched first if no card or reader has needed it yet (a table row, say). */
async function textOf(store: AppStore, articleId: string): Promise<string | null> {
  if (store.getState().texts.get(articleId)?.status !== 'ready') await loadArticleText(store, articleId);
  const t = store.getState().texts.get(articleId);
  return t?.status === 'ready' ? t.value : null;
}

export function summaryOf(store: AppStore, f: Fact): string {
  const b = store.getState().boundaries;
  return factSummary(f, (c) => actorName(c, b.status === 'ready' ? b.value : null));
}

/** The user's own standing decision about a fact, if any. */
export function myDecision(store: AppStore, factId: string) {
  const who = store.getState().reviewer;
  return who ? store.getState().reviews.find((d) => d.fact === factId && d.who === who) ?? null : null;
}

/**
 * Review actions as the controls call them: each asks for the reviewer's name the first time,
 * signs and dates the decision, and leaves one Undo step named after what it did.
 */
export function useReview() {
  const store = useAppStoreApi();
  // The name prompt and the Undo bar these actions rely on are fetched now, before the first click.
  useEffect(reviewToolsInUse, []);

  const decide = useCallback(async (kind: 'confirm' | 'reject', fact: Fact): Promise<'done' | 'no-text' | 'cancelled'> => {
    const text = await textOf(store, fact.articleId);
    if (text === null) return 'no-text';
    const who = await ensureReviewer(store);
    if (!who) return 'cancelled';
    const label = `${kind === 'confirm' ? 'Confirmed' : 'Rejected'}: ${summaryOf(store, fact)}`;
    const mine = myDecision(store, fact.id);
    if (mine?.decision === 'add') {
      // One's own added fact: rejecting it takes the addition back; it needs no confirming.
      if (kind === 'reject') actions.retract(store, fact.id, who, `Removed the added fact: ${summaryOf(store, fact)}`);
      return 'done';
    }
    // Pressing the decision one already stands by takes it back.
    if (mine?.decision === kind) actions.retract(store, fact.id, who, `Took back: ${label}`);
    else actions.decide(store, verdict(kind, fact, text, who, nowIso()), label);
    return 'done';
  }, [store]);

  const edit = useCallback(async (fact: Fact, fields: FactFields): Promise<'saved' | 'unchanged' | 'no-text' | 'cancelled'> => {
    const text = await textOf(store, fact.articleId);
    if (text === null) return 'no-text';
    const who = await ensureReviewer(store);
    if (!who) return 'cancelled';
    const mine = myDecision(store, fact.id);
    if (mine?.decision === 'add') {
      // Editing one's own added fact changes the addition itself, keeping its id.
      actions.decide(store, { ...mine, set: { ...mine.set, ...fields }, when: nowIso() }, `Edited: ${summaryOf(store, fact)}`);
      return 'saved';
    }
    const d = editOf(fact, text, fields, who, nowIso());
    if (!d) return 'unchanged';
    actions.decide(store, d, `Edited: ${summaryOf(store, fact)}`);
    return 'saved';
  }, [store]);

  const add = useCallback(async (articleId: string, type: FactType, span: Span, fields: FactFields): Promise<string | null> => {
    const text = await textOf(store, articleId);
    const who = text === null ? null : await ensureReviewer(store);
    if (text === null || !who) return null;
    const d = addOf(articleId, type, span, text, fields, who, nowIso());
    actions.decide(store, d, `Added a fact: ${text.slice(span.start, Math.min(span.end, span.start + 60))}…`);
    return d.fact;
  }, [store]);

  return { decide, edit, add };
}
