import { describe, expect, it } from 'vitest';
import { factsOf } from './test-support';

const context = 'The war in Ukraine continues. ';
const sure = (body: string) => factsOf(context + body).filter((f) => f.confidence >= 0.6 && f.type !== 'quote');

describe('negation and hypotheticals', () => {
  it.each([
    'Germany has not sent Taurus missiles to Ukraine.',
    'Austria would not send weapons to Ukraine.',
    'Hungary is unlikely to send tanks to Ukraine.',
    'Italy ruled out sending troops to Ukraine.',
    'Bulgaria declined to provide fighter jets to Ukraine.',
    'If Germany sends tanks to Ukraine, others will follow.',
    "Berlin's refusal to send tanks to Ukraine angered allies.",
    'There are no plans to station troops in Poland.',
    'Spain rejected calls to send more tanks to Ukraine.',
    'Portugal never delivered the promised howitzers to Ukraine.',
    'Instead of sending troops to Estonia, Norway paid for training.',
    'Critics asked whether Greece could send more shells to Ukraine.',
  ])('no confident fact from: %s', (sentence) => {
    expect(sure(sentence)).toEqual([]);
  });

  it('keeps hypotheticals at low confidence when it keeps them at all', () => {
    for (const f of factsOf(`${context}Sweden is considering sending Archer howitzers to Ukraine.`)) expect(f.confidence).toBeLessThan(0.6);
    for (const f of factsOf(`${context}Canada could send more troops to Latvia.`)) expect(f.confidence).toBeLessThan(0.6);
  });

  it.each([
    'Madrid has not said whether it will ship more shells to Ukraine.',
    'Slovakia has yet to decide whether to deliver its MiG-29 jets to Ukraine.',
    'The Belgian government declined to say whether it would supply F-16s to Ukraine.',
  ])('drops an open question: %s', (sentence) => {
    expect(factsOf(context + sentence).filter((f) => f.type !== 'quote')).toEqual([]);
  });
});
