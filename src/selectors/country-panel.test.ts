import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { indexBoundaries } from '../geo/boundaries.ts';
import { actorFacts, countryPanel, counterpartPhrase, groupKeyOf, OPEN_ALL_UP_TO, type ActorFactSet } from './country-panel.ts';
import { flowMarks } from './flows.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';
import { actorName } from './actors.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const nameOf = (c: string) => actorName(c, boundaries);
const rifles = { name: 'rifles', category: 'small-arms' as const };

const facts = [
  ...Array.from({ length: 6 }, () => shipment(['PL'], ['UA'], [rifles])),
  ...['US', 'GB', 'DE', 'CA', 'HR', 'RO'].map((c, i) => troops([c], ['PL'], 1000 + i)),
  troops(['NATO'], ['NO', 'EE', 'LV', 'LT', 'PL'], 22000),
  troops(['NATO'], ['PL'], 500),
  troops(['PL'], ['LT'], 200),
  commitment(['PL'], ['UA']),
  ...Array.from({ length: 3 }, () => commitment(['US'], ['PL'])),
  ...Array.from({ length: 9 }, () => quote('Andrzej Duda', ['PL'], ['RU'])),
];
const data = columns(facts);
const marks = flowMarks(data);
const all = { years: null, types: null, cats: null };
const factsOf = (s: ActorFactSet) => s.data.factsAt(s.indexes);

describe('countryPanel', () => {
  const ofPl = actorFacts(data, all, 'PL');
  const model = countryPanel(ofPl, marks, 'PL', null, boundaries);

  it('opens on a summary of totals per type and counterpart', () => {
    expect(model.summary).toEqual([
      'Sends arms to 1 country (6 shipments)',
      'Sends troops to 1 country (1 report)',
      'Hosts troops from 6 countries and NATO (8 reports)',
      '4 commitments',
      '9 quotes',
    ]);
  });

  it('keeps arms apart from troops and sorts groups by count', () => {
    const sends = model.sections.find((s) => s.key === 'sends')!;
    expect(sends.groups.map((g) => [g.title, g.facts.length])).toEqual([['Arms to Ukraine', 6], ['Troops to Lithuania', 1]]);
    const receives = model.sections.find((s) => s.key === 'receives')!;
    expect(receives.groups[0]).toMatchObject({ title: 'Troops from NATO', key: 'received:troop_deployment:NATO' });
    expect(receives.groups[0]!.facts).toHaveLength(2);
    expect(receives.groups.slice(1).map((g) => g.title)).toEqual(['Troops from Canada', 'Troops from Croatia', 'Troops from Germany', 'Troops from Romania', 'Troops from United Kingdom', 'Troops from United States']);
    expect(receives.count).toBe(8);
    const commitments = model.sections.find((s) => s.key === 'commitments')!;
    expect(commitments.groups.map((g) => [g.title, g.facts.length])).toEqual([['Promised by United States', 3], ['Promised to Ukraine', 1]]);
    expect(model.sections.map((s) => s.title)).toEqual(['Sends', 'Receives', 'Commitments', 'Quotes']);
  });

  it('finds an arrow\'s facts in the group its key names, from either end', () => {
    const bundle = marks.find((m) => m.id === 'troops:NATO>EE+LT+LV+NO+PL')!;
    const receives = model.sections.find((s) => s.key === 'receives')!;
    expect(receives.groups.find((g) => g.key === groupKeyOf(bundle, 'PL'))!.facts.map((f) => f.id)).toEqual(expect.arrayContaining(bundle.factIndexes.map((i) => data.id(i))));
    const nato = countryPanel(actorFacts(data, all, 'NATO'), marks, 'NATO', null, boundaries);
    expect(nato.sections[0]!.groups.find((g) => g.key === groupKeyOf(bundle, 'NATO'))!.title).toBe('Troops to Norway, Estonia, Latvia, Lithuania and Poland');
  });

  it('follows the role filter', () => {
    const sent = countryPanel(ofPl, marks, 'PL', 'sent', boundaries);
    expect(sent.sections.map((s) => s.key)).toEqual(['sends', 'commitments', 'quotes']);
    expect(sent.summary).toEqual(['Sends arms to 1 country (6 shipments)', 'Sends troops to 1 country (1 report)', '1 commitment', '9 quotes']);
  });

  it('says organisations by name in counterpart phrases', () => {
    expect(counterpartPhrase(['US', 'GB', 'NATO'], nameOf)).toBe('2 countries and NATO');
    expect(counterpartPhrase(['NATO'], nameOf)).toBe('NATO');
    expect(counterpartPhrase(['EE'], nameOf)).toBe('1 country');
  });

  it('reads an actor\'s facts from the years\' lists, under the filters', () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((f) => f.id));
    expect(ids(factsOf(actorFacts(data, all, 'PL')))).toEqual(ids(facts.filter((f) => f.from.includes('PL') || f.to.includes('PL'))));
    expect(actorFacts(data, { years: null, types: ['quote'], cats: null }, 'PL').indexes).toHaveLength(9);
    expect(factsOf(actorFacts(data, { years: [2024], types: null, cats: null }, 'PL')).every((f) => f.date.startsWith('2024'))).toBe(true);
    expect(factsOf(actorFacts(data, { years: null, types: null, cats: ['small-arms'] }, 'PL')).filter((f) => f.type === 'arms_shipment')).toHaveLength(6);
  });

  it('builds a panel of 800 facts in a few milliseconds', () => {
    const busy = Array.from({ length: 800 }, (_, i) => (i % 2 ? shipment(['PL'], [['UA', 'MD', 'GE'][i % 3]!], [rifles]) : troops([['US', 'GB', 'DE', 'FR'][i % 4]!], ['PL'], i)));
    const busyData = columns(busy);
    const busyMarks = flowMarks(busyData);
    const t0 = performance.now();
    const m = countryPanel(actorFacts(busyData, all, 'PL'), busyMarks, 'PL', null, boundaries);
    const ms = performance.now() - t0;
    expect(m.total).toBe(800);
    expect(m.total).toBeGreaterThan(OPEN_ALL_UP_TO);
    expect(ms).toBeLessThan(100);
  });
});
