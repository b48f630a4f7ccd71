import { describe, expect, it } from 'vitest';
import { armsCategoryShown, factsOfActor, shownFacts } from './filters.ts';
import { commitment, dataset, quote, shipment, troops } from './test-factories.ts';

const javelin = { name: 'Javelin', category: 'anti-tank' as const };
const rifles = { name: 'rifles', category: 'small-arms' as const };
const ee = shipment(['EE'], ['UA'], [javelin]);
const cz = shipment(['CZ'], ['UA'], [rifles, javelin]);
const bare = shipment(['DK'], ['UA'], []);
const nato = troops(['NATO'], ['EE', 'LV'], 22000);
const us = commitment(['US'], ['EE']);
const said = quote('Kaja Kallas', ['EE'], ['RU']);
const data = dataset([ee, cz, bare, nato, us, said]);

describe('shownFacts', () => {
  it('is the dataset itself with no filter', () => {
    expect(shownFacts(data, { years: null, types: null, cats: null })).toBe(data.facts);
  });

  it('keeps the years, types and arms categories asked for', () => {
    expect(shownFacts(data, { years: [2024], types: null, cats: null })).toEqual([us, said]);
    expect(shownFacts(data, { years: null, types: ['troop_deployment', 'commitment'], cats: null })).toEqual([nato, us]);
    // A shipment stays when one of its items is of a category shown; no items counts as "other".
    expect(shownFacts(data, { years: null, types: ['arms_shipment'], cats: ['small-arms'] })).toEqual([cz]);
    expect(shownFacts(data, { years: null, types: ['arms_shipment'], cats: ['other'] })).toEqual([bare]);
  });

  it('returns the same array for the same filter (memoised), so views downstream stay put', () => {
    const a = shownFacts(data, { years: [2022], types: null, cats: null });
    expect(shownFacts(data, { years: [2022], types: null, cats: null })).toBe(a);
  });

  it('leaves other fact types alone when filtering arms categories', () => {
    expect(armsCategoryShown(nato, ['anti-tank'])).toBe(true);
  });
});

describe('factsOfActor', () => {
  it('keeps the side the role asks for', () => {
    expect(factsOfActor(data.facts, 'EE', null)).toEqual([ee, nato, us, said]);
    expect(factsOfActor(data.facts, 'EE', 'sent')).toEqual([ee, said]);
    expect(factsOfActor(data.facts, 'EE', 'received')).toEqual([nato, us]);
  });
});
