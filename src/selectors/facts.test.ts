import { describe, expect, it } from 'vitest';
import { activeActors, countByType, evidenceText, factsForActor, factsInYears } from './facts.ts';
import { factSummary, listNames } from './summary.ts';
import { datasetYears, shownYears } from './years.ts';
import { commitment, dataset, quote, shipment, troops } from './test-factories.ts';

const nameOf = (c: string) => ({ EE: 'Estonia', UA: 'Ukraine', LV: 'Latvia', LT: 'Lithuania', US: 'United States', NATO: 'NATO' })[c] ?? c;

const javelin = shipment(['EE'], ['UA'], [{ name: 'Javelin anti-tank missiles', category: 'anti-tank' }]);
const assurance = commitment(['US', 'NATO'], ['EE', 'LV', 'LT']);
const smith = quote('Julianne Smith', ['US'], ['EE', 'LV', 'LT']);
const deploy = troops(['NATO'], ['EE', 'PL'], 22000);
const data = dataset([javelin, assurance, smith, deploy]);

describe('factsInYears', () => {
  it('keeps the facts of the years shown; null shows every year', () => {
    expect(factsInYears(data, [2022]).map((f) => f.id)).toEqual([javelin.id, deploy.id]);
    expect(factsInYears(data, [2024]).map((f) => f.id)).toEqual([assurance.id, smith.id]);
    expect(factsInYears(data, null)).toHaveLength(4);
  });

  it('returns the same array for the same inputs, so the map is not redrawn for nothing', () => {
    expect(factsInYears(data, [2022])).toBe(factsInYears(data, [2022]));
  });
});

describe('factsForActor', () => {
  it('sorts an actor’s facts into the panel’s sections', () => {
    const ee = factsForActor(data.facts, 'EE');
    expect(ee.sends.map((f) => f.id)).toEqual([javelin.id]);
    expect(ee.receives.map((f) => f.id)).toEqual([deploy.id]);
    expect(ee.commitments.map((f) => f.id)).toEqual([assurance.id]);
    expect(ee.quotes.map((f) => f.id)).toEqual([smith.id]);
    const ua = factsForActor(data.facts, 'UA');
    expect(ua.receives.map((f) => f.id)).toEqual([javelin.id]);
    expect(ua.sends).toEqual([]);
  });
});

describe('summaries', () => {
  it('reads as one line', () => {
    expect(factSummary(javelin, nameOf)).toBe('Javelin anti-tank missiles → Ukraine');
    expect(factSummary(deploy, nameOf)).toBe('22,000 troops → Estonia and PL');
    expect(factSummary(assurance, nameOf)).toBe('Assurance of support: United States and NATO → Estonia, Latvia and Lithuania');
    expect(factSummary(smith, nameOf)).toBe('Julianne Smith');
    expect(listNames(['EE', 'LV', 'LT', 'PL', 'NO'], nameOf)).toBe('Estonia, Latvia, Lithuania and 2 more');
  });
});

describe('years and counts', () => {
  it('takes the layers from the articles’ dates', () => {
    expect(datasetYears(data)).toEqual([2022, 2024]);
    expect(shownYears(null, [2022, 2024])).toEqual([2022, 2024]);
    expect(shownYears([2024, 1999], [2022, 2024])).toEqual([2024]);
  });

  it('counts facts by type and lists active actors', () => {
    expect(countByType(data.facts)).toEqual({ arms_shipment: 1, troop_deployment: 1, commitment: 1, quote: 1 });
    expect([...activeActors([javelin])].sort()).toEqual(['EE', 'UA']);
  });

  it('quotes the evidence as written', () => {
    expect(evidenceText({ ...javelin, evidence: [{ start: 16, end: 27 }] }, 'First sentence. Second one.')).toBe('Second one.');
    expect(evidenceText(javelin, undefined)).toBe('');
  });
});
