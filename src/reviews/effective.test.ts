import { describe, expect, it } from 'vitest';
import { effectiveIndex } from './effective.ts';
import { FactColumns } from '../model/fact-columns.ts';
import { applyReviews } from './apply.ts';
import { decodePublishedReviews, encodePublishedReviews, NO_PUBLISHED_REVIEWS } from './published.ts';
import { reviewQueue, matchesReviewFilter, reviewStatusOf } from './queue.ts';
import { ARMS, QUOTE, TROOPS, addTroops, confirm, reject, sentence, textOf, world } from './test-fixtures.ts';

describe('the page’s effective facts', () => {
  it('applies this browser’s decisions on top of the published ones, without applying a published one twice', () => {
    const team = [reject(ARMS.id, 'Bob'), confirm(TROOPS.id, 'Bob', undefined, [sentence(2)])];
    const ingested = applyReviews(world(), team, textOf);
    const published = decodePublishedReviews(JSON.parse(encodePublishedReviews(ingested)));
    expect(published.rejected).toEqual([ARMS]);
    expect(published.decisions).toHaveLength(2);

    // The browser holds Bob's reject too (imported before it was published) and adds its own.
    const e = effectiveIndex({ base: FactColumns.of(ingested.index), userArticles: [], decisions: [team[0]!, confirm(QUOTE.id, 'Alice', undefined, [sentence(3)])], published, textOf });
    expect(e.published).toBe(1);
    expect(e.counts).toEqual({ applied: 1, stale: 0, conflicting: 0 });
    expect(e.rejected.map((f) => f.id)).toEqual([ARMS.id]);
    expect(Object.fromEntries([...e.reviews].map(([id, v]) => [id, `${v.status} by ${v.by.join()}`]))).toEqual({
      [ARMS.id]: 'rejected by Bob', [TROOPS.id]: 'confirmed by Bob', [QUOTE.id]: 'confirmed by Alice',
    });
  });

  it('is the published index itself when the browser has nothing of its own', () => {
    const base = FactColumns.of(world());
    const e = effectiveIndex({ base, userArticles: [], decisions: [], published: NO_PUBLISHED_REVIEWS, textOf });
    expect(e.index).toBe(base);
  });

  it('publishes byte-identical review files for the same decisions', () => {
    const d = [reject(ARMS.id, 'Bob'), addTroops('Carol'), confirm(TROOPS.id, 'Bob', undefined, [sentence(2)])];
    const a = encodePublishedReviews(applyReviews(world(), d, textOf));
    expect(encodePublishedReviews(applyReviews(world(), [...d].reverse(), textOf))).toBe(a);
    expect(a.split('\n').length).toBeGreaterThan(8);
  });
});

describe('the review queue', () => {
  it('lists facts needing review least confident first, and reviewed ones apart', () => {
    const r = applyReviews(world(), [confirm(QUOTE.id, 'Alice', undefined, [sentence(3)]), reject(ARMS.id, 'Bob'), addTroops('Carol')], textOf);
    const facts = r.index.facts;
    expect(reviewQueue(facts, r.reviews, 'pending').map((f) => f.id)).toEqual([TROOPS.id]);
    expect(reviewQueue(facts, r.reviews, 'reviewed').map((f) => f.id)).toEqual([QUOTE.id, 'a1:troop_deployment:added-1']);
    expect(reviewQueue(world().facts, new Map(), null).map((f) => f.confidence)).toEqual([0.6, 0.7, 0.8]);
    expect(reviewStatusOf(TROOPS, r.reviews)).toEqual({ status: 'machine', confidence: 0.6, rule: 'troops.send' });
    expect(reviewStatusOf(QUOTE, r.reviews)).toMatchObject({ status: 'confirmed', by: ['Alice'] });
    const conflict = applyReviews(world(), [confirm(ARMS.id, 'Alice'), reject(ARMS.id, 'Bob')], textOf);
    expect(matchesReviewFilter(ARMS, conflict.reviews, 'pending')).toBe(true);
  });
});
