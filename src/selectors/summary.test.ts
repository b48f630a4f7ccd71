import { describe, expect, it } from 'vitest';
import type { Fact, GroupNote } from '../model/dataset.ts';
import { factSummary, factWhat, homeSummary as summaryOf, listNames, sideLabel, troopFigure, viewCaption, yearList } from './summary.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';
import { summaryTotals } from './summary-totals.ts';

const NAMES: Record<string, string> = {
  EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', PL: 'Poland', NO: 'Norway', UA: 'Ukraine', DE: 'Germany', CZ: 'Czechia',
  FI: 'Finland', SE: 'Sweden', NL: 'Netherlands', US: 'United States', NATO: 'NATO', EU: 'European Union', MD: 'Moldova',
};
const nameOf = (c: string) => NAMES[c] ?? c;

const BORDERING: GroupNote = {
  side: 'to',
  phrase: 'member states bordering Russia and Belarus',
  codes: ['EE', 'LT', 'LV', 'NO', 'PL'],
  basis: 'land borders and NATO membership on 2022-03-06',
};
/** The launch article's NATO deployment, as the ingest will write it once it reads the qualifier. */
const uptoNato = { ...troops(['NATO'], ['EE', 'LT', 'LV', 'NO', 'PL'], 22000), qualifier: 'up to', groups: [BORDERING] };

describe('honest figures', () => {
  it('keeps the article’s qualifier on a troop figure', () => {
    expect(troopFigure({ troops: 22000, qualifier: 'up to' })).toBe('up to 22,000 troops');
    expect(troopFigure({ troops: 500, qualifier: 'about' })).toBe('about 500 troops');
    expect(troopFigure({ troops: 4000, qualifier: null })).toBe('4,000 troops');
    expect(troopFigure({ troops: null, qualifier: null })).toBeNull();
  });

  it('Estonia’s panel reads "up to 22,000", names Estonia first and shows the group as an inference', () => {
    const line = factSummary(uptoNato, nameOf, 'EE');
    expect(line).toBe(
      'Up to 22,000 troops → member states bordering Russia and Belarus (Estonia, Lithuania, Latvia, Norway, Poland; resolved from land borders and NATO membership on 2022-03-06)',
    );
    // The figure is given once for all five hosts, never once per host.
    expect(line.match(/22,000/g)).toHaveLength(1);
  });

  it('names the selected country first, so it is never one of "2 more"', () => {
    const plain = troops(['NATO'], ['EE', 'LT', 'LV', 'NO', 'PL'], 22000);
    expect(factSummary(plain, nameOf)).toBe('22,000 troops → Estonia, Lithuania, Latvia and 2 more');
    expect(factSummary(plain, nameOf, 'PL')).toBe('22,000 troops → Poland, Estonia, Lithuania and 2 more');
    expect(listNames(['US', 'NATO'], nameOf, 'NATO')).toBe('NATO and United States');
    expect(listNames(['US', 'NATO'], nameOf, 'DE')).toBe('United States and NATO');
  });

  it('shows loose actors beside a group, with the selected one’s part first', () => {
    const f: Fact = { ...troops(['US'], ['FI', 'EE', 'LV', 'LT'], null), groups: [{ side: 'to', phrase: 'the Baltic states', codes: ['EE', 'LV', 'LT'], basis: null }] };
    expect(sideLabel(f, 'to', nameOf)).toBe('Finland and the Baltic states (Estonia, Latvia, Lithuania)');
    expect(sideLabel(f, 'to', nameOf, 'LV')).toBe('the Baltic states (Latvia, Estonia, Lithuania) and Finland');
  });

  it('describes what each type is about for the table', () => {
    expect(factWhat(uptoNato)).toBe('up to 22,000 troops');
    expect(factWhat({ ...troops(['US'], ['EE'], null), unit: 'battalion' })).toBe('battalion');
    expect(factWhat(shipment(['EE'], ['UA'], []))).toBe('arms (not named)');
    expect(factWhat(commitment(['NATO'], ['UA'], 'training'))).toBe('Training');
    expect(factWhat(quote('Julianne Smith', ['US'], ['EE']))).toBe('“We stand with you.” (Julianne Smith)');
  });
});

describe('yearList', () => {
  it('reads naturally', () => {
    expect(yearList([2022])).toBe('2022');
    expect(yearList([2022, 2024])).toBe('2022 and 2024');
    expect(yearList([2022, 2023])).toBe('2022 and 2023');
    expect(yearList([2025, 2022, 2023, 2024])).toBe('2022–2025');
    expect(yearList([2019, 2022, 2023, 2024])).toBe('2019 and 2022–2024');
    expect(yearList([2015, 2016, 2017, 2019, 2021, 2022, 2023], 'or')).toBe('2015–2017, 2019 or 2021–2023');
    expect(yearList([])).toBe('');
  });
});

/** The summary of exactly these facts. */
function homeSummary(facts: readonly Fact[], years: readonly number[], nameOf: (c: string) => string): string {
  return summaryOf(summaryTotals(columns([...facts]), { years: null, types: null, cats: null }), years, nameOf);
}

describe('homeSummary', () => {
  const arms = [
    shipment(['NL'], ['UA'], [{ name: 'rocket launchers', category: 'air-defence' }]),
    shipment(['EE'], ['UA'], [{ name: 'Javelin anti-tank missiles', category: 'anti-tank' }]),
    shipment(['LV', 'PL'], ['UA'], [{ name: 'Stingers', category: 'air-defence' }]),
    shipment(['CZ'], ['UA'], [{ name: 'pistols', category: 'small-arms' }]),
    shipment(['FI', 'SE'], ['UA'], [{ name: 'weaponry', category: 'other' }]),
    shipment(['DE'], ['UA'], [{ name: 'Stingers', category: 'air-defence' }]),
    shipment(['PL'], ['UA'], [{ name: 'lethal military aid', category: 'other' }]),
  ];

  it('says who sent arms where and the largest deployment, with its qualifier and its group', () => {
    expect(homeSummary([...arms, uptoNato], [2022], nameOf)).toBe(
      'In 2022, 8 countries sent arms to Ukraine (Czechia, Estonia, Finland, …). NATO deployed up to 22,000 troops to 5 member states bordering Russia and Belarus.',
    );
  });

  it('changes with the facts shown: another year, other types, nothing at all', () => {
    const support = [commitment(['NATO', 'US'], ['EE', 'LV', 'LT']), commitment(['NATO'], ['UA'])];
    const us = { ...troops(['US'], ['EE', 'LV', 'LT'], null) };
    expect(homeSummary([...support, us], [2024], nameOf)).toBe(
      'In 2024, the United States deployed troops to Estonia, Latvia and Lithuania. NATO and the United States promised support to 4 countries.',
    );
    expect(homeSummary([arms[1]!], [2022, 2023, 2024], nameOf)).toBe('In 2022–2024, Estonia sent arms to Ukraine.');
    expect(homeSummary([quote('Julianne Smith', ['US'], ['EE']), quote('Julianne Smith', ['US'], ['LV'])], [2024], nameOf)).toBe(
      'In 2024, 2 statements by Julianne Smith were quoted.',
    );
    expect(homeSummary([], [2022], nameOf)).toBe('In 2022, no reported facts match the filters.');
  });

  it('never adds up figures from different reports and names the other recipients', () => {
    const a = troops(['NATO'], ['PL'], 5000);
    const b = { ...troops(['US'], ['PL'], 3000), qualifier: 'about' };
    const text = homeSummary([a, b, shipment(['DE'], ['MD'], []), shipment(['EU'], ['UA'], []), shipment(['US'], ['UA'], [])], [2022], nameOf);
    expect(text).toBe(
      'In 2022, the European Union and the United States sent arms to Ukraine; arms also went to Moldova. NATO deployed 5,000 troops to Poland, and 1 other troop deployment was reported.',
    );
    expect(text).not.toContain('8,000');
  });

  it('with as many senders on two receivers, leads with the one that got more shipments, not the first name', () => {
    const toUkraine = [shipment(['DE'], ['UA'], []), shipment(['DE'], ['UA'], []), shipment(['NO'], ['UA'], [])];
    const toMoldova = [shipment(['DE'], ['MD'], []), shipment(['NO'], ['MD'], [])];
    expect(homeSummary([...toMoldova, ...toUkraine], [2022], nameOf)).toBe('In 2022, Germany and Norway sent arms to Ukraine; arms also went to Moldova.');
  });

  it('counts many senders and names organisations among them', () => {
    const many = ['CZ', 'DE', 'EE', 'FI', 'EU'].map((c) => shipment([c], ['UA'], []));
    expect(homeSummary(many, [2022], nameOf)).toBe('In 2022, 4 countries and the European Union sent arms to Ukraine (Czechia, Estonia, Finland, …).');
  });
});

describe('viewCaption', () => {
  it('gives the embed and the PNG a title, the years and a source line', () => {
    expect(viewCaption({ country: 'Estonia', years: [2022, 2024], dates: ['2022-03-06', '2024-03-24'] })).toEqual({
      title: 'Eastern Flank Map: Estonia',
      subtitle: 'Arms, troops and promises of support reported in 2022 and 2024',
      source: 'Source: 2 news articles (2022-03-06, 2024-03-24), facts extracted automatically · Boundaries: Natural Earth / visionscarto (Crimea drawn as Ukraine)',
    });
    const many = viewCaption({ country: null, years: [2022, 2023, 2024], dates: ['2022-01-01', '2022-05-01', '2023-01-01', '2024-12-31'] });
    expect(many.title).toBe('Eastern Flank Map');
    expect(many.subtitle).toBe('Arms, troops and promises of support reported in 2022–2024');
    expect(many.source).toContain('4 news articles (2022-01-01 to 2024-12-31)');
  });
});
