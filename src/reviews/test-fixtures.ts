/** A small reviewed world for tests: one article, its facts, and decisions about them. */
import type { Article, ArmsShipment, Dataset, Quote, TroopDeployment } from '../model/dataset.ts';
import type { ReviewDecision } from '../model/reviews.ts';

export const TEXT = 'Norway is sending 40 NASAMS missiles to Ukraine. Canada sent 300 troops to Latvia. "We stand with you," said Jonas Gahr Støre.';
const S1 = { start: 0, end: 48 };
const S2 = { start: 49, end: 82 };
const S3 = { start: 83, end: TEXT.length };

export function sentence(i: 1 | 2 | 3): string {
  const s = [S1, S2, S3][i - 1]!;
  return TEXT.slice(s.start, s.end);
}

export const ARTICLE: Article = { id: 'a1', date: '2024-05-01', title: 'Norway is sending 40 NASAMS missiles to Ukraine', text: TEXT, file: 'a1.txt' };

export const ARMS: ArmsShipment = {
  id: 'a1:arms_shipment:00000001', articleId: 'a1', date: '2024-05-01', type: 'arms_shipment', from: ['NO'], to: ['UA'],
  evidence: [S1], confidence: 0.8, rule: 'arms.send', items: [{ name: 'NASAMS missiles', category: 'air-defence' }],
};
export const TROOPS: TroopDeployment = {
  id: 'a1:troop_deployment:00000002', articleId: 'a1', date: '2024-05-01', type: 'troop_deployment', from: ['CA'], to: ['LV'],
  evidence: [S2], confidence: 0.6, rule: 'troops.send', troops: 300, qualifier: null, unit: null,
};
export const QUOTE: Quote = {
  id: 'a1:quote:00000003', articleId: 'a1', date: '2024-05-01', type: 'quote', from: ['NO'], to: [],
  evidence: [S3], confidence: 0.7, rule: 'quote.said', speaker: 'Jonas Gahr Støre', role: null, text: 'We stand with you,', direct: true,
};

export function world(): Dataset {
  return { version: 1, articles: [ARTICLE], facts: [ARMS, TROOPS, QUOTE] };
}

export const textOf = (id: string): string | undefined => (id === 'a1' ? TEXT : undefined);

const WHEN = '2026-11-30T10:00:00.000Z';

export function confirm(fact = ARMS.id, who = 'Alice', when = WHEN, evidence = [sentence(1)]): ReviewDecision {
  return { decision: 'confirm', fact, who, when, evidence };
}
export function reject(fact = ARMS.id, who = 'Alice', when = WHEN, evidence = [sentence(1)]): ReviewDecision {
  return { decision: 'reject', fact, who, when, evidence };
}
export function edit(set: Extract<ReviewDecision, { decision: 'edit' }>['set'], fact = ARMS.id, who = 'Alice', when = WHEN, evidence = [sentence(1)]): ReviewDecision {
  return { decision: 'edit', fact, who, when, set, evidence };
}
export function addTroops(who = 'Alice', when = WHEN): ReviewDecision {
  return {
    decision: 'add', fact: 'a1:troop_deployment:added-1', who, when, article: 'a1', at: [S1.start, S1.end], type: 'troop_deployment',
    set: { from: ['NO'], to: ['UA'], troops: null, unit: 'NASAMS crew' }, evidence: [sentence(1)],
  };
}
