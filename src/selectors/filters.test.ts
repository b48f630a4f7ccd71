import { describe, expect, it } from 'vitest';
import { armsCategoryShown, factsOfActor, shownIndexes, type FactFilter } from './filters.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';

const javelin = { name: 'Javelin', category: 'anti-tank' as const };
const rifles = { name: 'rifles', category: 'small-arms' as const };
const ee = shipment(['EE'], ['UA'], [javelin]);
const cz = shipment(['CZ'], ['UA'], [rifles, javelin]);
const bare = shipment(['DK'], ['UA'], []);
const nato = troops(['NATO'], ['EE', 'LV'], 22000);
const us = commitment(['US'], ['EE']);
const said = quote('Kaja Kallas', ['EE'], ['RU']);
const list = [ee, cz, bare, nato, us, said];
const data = columns(list);
const shownFacts = (f: FactFilter) => data.factsAt(shownIndexes(data, f));

describe('shownIndexes', () => {
  it('is every fact with no filter', () => {
    expect(shownIndexes(data, { years: null, types: null, cats: null })).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps the years, types and arms categories asked for', () => {
    expect(shownFacts({ years: [2024], types: null, cats: null })).toEqual([us, said]);
    expect(shownFacts({ years: null, types: ['troop_deployment', 'commitment'], cats: null })).toEqual([nato, us]);
    // A shipment stays when one of its items is of a category shown; no items counts as "other".
    expect(shownFacts({ years: null, types: ['arms_shipment'], cats: ['small-arms'] })).toEqual([cz]);
    expect(shownFacts({ years: null, types: ['arms_shipment'], cats: ['other'] })).toEqual([bare]);
  });

  it('returns the same array for the same filter (memoised), so views downstream stay put', () => {
    const a = shownIndexes(data, { years: [2022], types: null, cats: null });
    expect(shownIndexes(data, { years: [2022], types: null, cats: null })).toBe(a);
  });

  it('leaves other fact types alone when filtering arms categories', () => {
    expect(armsCategoryShown(nato, ['anti-tank'])).toBe(true);
  });
});

describe('factsOfActor', () => {
  it('keeps the side the role asks for', () => {
    expect(factsOfActor(list, 'EE', null)).toEqual([ee, nato, us, said]);
    expect(factsOfActor(list, 'EE', 'sent')).toEqual([ee, said]);
    expect(factsOfActor(list, 'EE', 'received')).toEqual([nato, us]);
  });
});
