import { describe, expect, it } from 'vitest';
import { reviewedForEval } from './eval-reviews';
import { score, type GoldArticle } from './eval-score';
import { ARMS, QUOTE, TROOPS, sentence, world } from '../src/reviews/test-fixtures';
import type { ReviewDecision } from '../src/model/reviews';

const WHEN = '2026-11-30T10:00:00.000Z';

describe('eval --with-reviews', () => {
  // Gold: the NASAMS shipment and a Canadian deployment to Latvia (the extractor has both), and
  // a commitment it missed; the quote it found is not in the gold.
  const gold: GoldArticle[] = [{
    articleId: 'a1',
    facts: [
      { type: 'arms_shipment', from: ['NO'], to: ['UA'], evidence: [sentence(1)] },
      { type: 'troop_deployment', from: ['CA'], to: ['LV'], evidence: [sentence(2)] },
      { type: 'commitment', from: ['NO'], to: ['UA'], evidence: [sentence(1)] },
    ],
  }];
  const texts = new Map([['a1', world().articles[0]!.text]]);
  const before = score(gold, world().facts, texts);

  it('raises recall when a review adds a fact the extractor missed', () => {
    const add: ReviewDecision = {
      decision: 'add', fact: 'a1:commitment:added-1', who: 'Alice', when: WHEN, article: 'a1', at: [ARMS.evidence[0]!.start, ARMS.evidence[0]!.end],
      type: 'commitment', set: { from: ['NO'], to: ['UA'], kind: 'air-defence' }, evidence: [sentence(1)],
    };
    const { dataset, counts } = reviewedForEval(world(), [add]);
    expect(counts.applied).toBe(1);
    const after = score(gold, dataset.facts, texts);
    expect(before.overall.recall).toBeCloseTo(2 / 3);
    expect(after.overall.recall).toBe(1);
    expect(after.byType.commitment.tp).toBe(1);
  });

  it('raises precision when a review rejects a wrong fact, and an edit can fix one', () => {
    const reject: ReviewDecision = { decision: 'reject', fact: QUOTE.id, who: 'Alice', when: WHEN, evidence: [sentence(3)] };
    const after = score(gold, reviewedForEval(world(), [reject]).dataset.facts, texts);
    expect(after.overall.precision).toBeGreaterThan(before.overall.precision);
    expect(after.overall.precision).toBe(1);
    // An edit that moves the troops elsewhere breaks the match: the score follows the review.
    const wrongEdit: ReviewDecision = { decision: 'edit', fact: TROOPS.id, who: 'Bob', when: WHEN, set: { to: ['EE'] }, evidence: [sentence(2)] };
    expect(score(gold, reviewedForEval(world(), [wrongEdit]).dataset.facts, texts).byType.troop_deployment.tp).toBe(0);
  });
});
