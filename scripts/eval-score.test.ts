import { describe, expect, it } from 'vitest';
import type { Fact } from '../src/model/dataset';
import { prf, score, type GoldArticle } from './eval-score';

const text = 'Poland is sending tanks to Ukraine. Smith said the alliance is ready.';
const texts = new Map([['a', text]]);
const base = { articleId: 'a', date: '2023-01-01', confidence: 0.9, rule: 'r' };
const arms = (from: string[], start = 0, end = 35): Fact => ({
  ...base, id: `a:${from.join()}:${start}`, type: 'arms_shipment', from, to: ['UA'], evidence: [{ start, end }],
  items: [{ name: 'Tanks', category: 'armour' }],
});
const quote = (speaker: string): Fact => ({
  ...base, id: `q:${speaker}`, type: 'quote', from: [], to: ['NATO'], evidence: [{ start: 36, end: text.length }],
  speaker, role: null, text: 'the alliance is ready', direct: false,
});
const gold: GoldArticle[] = [{
  articleId: 'a',
  facts: [
    { type: 'arms_shipment', from: ['PL'], to: ['UA'], evidence: ['Poland is sending tanks'], items: [{ name: 'tank', category: 'armour' }] },
    { type: 'quote', from: [], to: ['NATO'], speaker: 'John Smith', evidence: ['Smith said'] },
  ],
}];

describe('eval scoring', () => {
  it('computes precision, recall and F1', () => {
    expect(prf(1, 2, 4)).toMatchObject({ precision: 0.5, recall: 0.25 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('matches on type, from and to sets, overlapping evidence and speaker', () => {
    const r = score(gold, [arms(['PL']), quote('John Smith')], texts);
    expect(r.overall).toMatchObject({ tp: 2, precision: 1, recall: 1, f1: 1 });
    expect(r.items).toMatchObject({ tp: 1, categoryCorrect: 1 });
  });

  it('counts wrong senders, wrong speakers and non-overlapping evidence as misses and spurious', () => {
    const r = score(gold, [arms(['PL', 'LV']), arms(['PL'], 36, 50), quote('Smith')], texts);
    expect(r.overall).toMatchObject({ tp: 0, predicted: 3, gold: 2 });
    expect(r.misses).toHaveLength(2);
    expect(r.spurious).toHaveLength(3);
  });

  it('lets one prediction match only one gold fact', () => {
    const twice: GoldArticle[] = [{ articleId: 'a', facts: [gold[0]!.facts[0]!, gold[0]!.facts[0]!] }];
    expect(score(twice, [arms(['PL'])], texts).overall).toMatchObject({ tp: 1, gold: 2 });
  });

  it('rejects gold evidence that is not in the text', () => {
    const bad: GoldArticle[] = [{ articleId: 'a', facts: [{ ...gold[0]!.facts[0]!, evidence: ['not there'] }] }];
    expect(() => score(bad, [], texts)).toThrow(/not found/);
  });
});
