import { describe, expect, it } from 'vitest';
import { actions, createAppStore } from './store.ts';
import { ARMS, ARTICLE, TEXT, TROOPS, confirm, reject, sentence, world } from '../reviews/test-fixtures.ts';
import type { UserArticle } from '../reviews/user-articles.ts';
import { FactColumns } from '../model/fact-columns.ts';

function ready() {
  const { articles, facts } = world();
  const base = FactColumns.of({ articles: articles.map(({ text: _t, ...meta }) => meta), facts });
  const store = createAppStore({ texts: new Map([['a1', { status: 'ready', value: TEXT }]]) });
  actions.setBaseIndex(store, { status: 'ready', value: base });
  return { store, base };
}

const facts = (s: ReturnType<typeof ready>['store']) => {
  const d = s.getState().dataset;
  return d.status === 'ready' ? d.value.toIndex().facts.map((f) => f.id) : [];
};

describe('the store’s effective facts', () => {
  it('is the published index itself until the user does something', () => {
    const { store, base } = ready();
    const d = store.getState().dataset;
    expect(d.status === 'ready' && d.value).toBe(base);
  });

  it('follows a decision at once, keeps the rejected fact apart, and Undo takes it back', () => {
    const { store, base } = ready();
    actions.decide(store, reject(ARMS.id, 'Alice'), 'Rejected: NASAMS missiles → Ukraine');
    expect(facts(store)).not.toContain(ARMS.id);
    expect(store.getState().rejectedFacts.map((f) => f.id)).toEqual([ARMS.id]);
    expect(store.getState().factReviews.get(ARMS.id)?.status).toBe('rejected');
    actions.decide(store, confirm(ARMS.id, 'Alice'), 'Confirmed');
    expect(store.getState().reviews).toHaveLength(1);
    expect(facts(store)).toContain(ARMS.id);
    expect(actions.undoLast(store)).toBe('Confirmed');
    expect(facts(store)).not.toContain(ARMS.id);
    expect(actions.undoLast(store)).toBe('Rejected: NASAMS missiles → Ukraine');
    const d = store.getState().dataset;
    expect(d.status === 'ready' && d.value).toBe(base);
    expect(actions.undoLast(store)).toBeNull();
  });

  it('adds and removes the user’s articles, their texts readable like any other', () => {
    const { store } = ready();
    const user: UserArticle = {
      article: { ...ARTICLE, id: 'user-1', file: 'user-1.txt', text: 'Poland is sending tanks to Ukraine.' },
      facts: [{ ...ARMS, id: 'user-1:arms_shipment:1', articleId: 'user-1', evidence: [{ start: 0, end: 35 }] }],
      source: 'pasted text', added: '2026-11-30T10:00:00.000Z', content: ' date 2024-05-01\nPoland is sending tanks to Ukraine.\n',
    };
    actions.addUserArticles(store, [user], 'Added 1 article');
    expect(facts(store)).toContain('user-1:arms_shipment:1');
    expect(store.getState().texts.get('user-1')).toEqual({ status: 'ready', value: 'Poland is sending tanks to Ukraine.' });
    actions.applySelection(store, { article: 'user-1', fact: 'user-1:arms_shipment:1' });
    actions.removeUserArticle(store, 'user-1', 'Removed');
    expect(facts(store)).not.toContain('user-1:arms_shipment:1');
    expect(store.getState()).toMatchObject({ article: null, fact: null });
    actions.undoLast(store);
    expect(facts(store)).toContain('user-1:arms_shipment:1');
  });

  it('checks a decision once its article’s text arrives', () => {
    const { base } = ready();
    const store = createAppStore();
    actions.setBaseIndex(store, { status: 'ready', value: base });
    actions.restoreLocalWork(store, { userArticles: [], reviews: [reject(TROOPS.id, 'Alice', undefined, [sentence(2)])], reviewer: 'Alice' });
    expect(store.getState().reviewOutcomes[0]).toMatchObject({ result: 'stale', reason: 'its article’s text is not loaded' });
    expect(facts(store)).toContain(TROOPS.id);
    store.setState({ texts: new Map([['a1', { status: 'ready', value: TEXT }]]) });
    actions.refreshReviews(store);
    expect(facts(store)).not.toContain(TROOPS.id);
    expect(store.getState().reviewCounts).toEqual({ applied: 1, stale: 0, conflicting: 0 });
  });

  it('passes loading and failure of the published facts through', () => {
    const store = createAppStore();
    actions.setBaseIndex(store, { status: 'error', message: 'facts.json: the server answered 500' });
    expect(store.getState().dataset).toEqual({ status: 'error', message: 'facts.json: the server answered 500' });
  });
});

describe('redraws', () => {
  it('are not asked for by a confirmation, with or without the user’s own articles', () => {
    const { store } = ready();
    actions.addUserArticles(store, [{
      article: { ...ARTICLE, id: 'user-2', file: 'user-2.txt', text: 'Poland is sending tanks to Ukraine.' },
      facts: [], source: 'pasted text', added: '2026-11-30T10:00:00.000Z', content: ' date 2024-05-01\nPoland is sending tanks to Ukraine.\n',
    }], 'Added');
    const before = store.getState().dataset;
    actions.decide(store, confirm(ARMS.id, 'Alice'), 'Confirmed');
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().factReviews.get(ARMS.id)?.status).toBe('confirmed');
  });
});
