import { describe, expect, it } from 'vitest';
import { shownFacts, shownListIndexes } from './shown-facts.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';

const javelin = { name: 'Javelin', category: 'anti-tank' as const };
const ee = shipment(['EE'], ['UA'], [javelin]);
const nato = troops(['NATO'], ['EE', 'LV'], 22000);
const us = commitment(['US'], ['EE']);
const said = quote('Kaja Kallas', ['EE'], ['RU']);
const list = [ee, nato, us, said];
const data = columns(list);
const all = { years: null, types: null, cats: null, country: null, role: null };

describe('shownFacts', () => {
  it('narrows the filters\' facts to the selected actor on the role\'s side, as objects', () => {
    expect(shownFacts(data, { ...all, country: 'EE' })).toEqual([ee, nato, us, said]);
    expect(shownFacts(data, { ...all, country: 'EE', role: 'sent' })).toEqual([ee, said]);
    expect(shownFacts(data, { ...all, country: 'EE', role: 'received', years: [2024] })).toEqual([us]);
    expect(shownListIndexes(data, { ...all, country: 'LV' })).toEqual([1]);
  });

  it('filters a plain list (rejected facts) the same way', () => {
    const plain = { articles: data.articles, facts: list };
    expect(shownFacts(plain, { ...all, country: 'EE', role: 'sent' })).toEqual([ee, said]);
    expect(shownFacts(plain, { ...all, types: ['troop_deployment'] })).toEqual([nato]);
  });

  it('keeps its answer for the data and for a plain list side by side (the table asks for both)', () => {
    const plain = { articles: data.articles, facts: [us] };
    const filter = { ...all, years: [2024] };
    const fromData = shownFacts(data, filter);
    const fromList = shownFacts(plain, filter);
    expect(shownFacts(data, filter)).toBe(fromData);
    expect(shownFacts(plain, filter)).toBe(fromList);
  });
});
