import { DEFAULT_URL_STATE, type UrlState } from './url-state.ts';

export interface LinkFixture {
  /** What the link is: which old form it exercises. */
  name: string;
  link: string;
  /** The state it must read to, against testContext(). */
  expected: UrlState;
  /** Params that must be reported as not used, in order. */
  noticed: string[];
}

const base: UrlState = { ...DEFAULT_URL_STATE };

/**
 * Links in the forms older versions wrote (see migrations.ts). Once a link form has shipped it stays
 * in this table for good: the links are out in the world.
 */
export const OLD_LINK_FIXTURES: readonly LinkFixture[] = [
  { name: 'v0 one-letter country', link: '?c=EE', expected: { ...base, country: 'EE' }, noticed: [] },
  { name: 'v0 lowercase one-letter country', link: '?c=lv', expected: { ...base, country: 'LV' }, noticed: [] },
  { name: 'v0 alpha-3 country', link: '?country=EST', expected: { ...base, country: 'EE' }, noticed: [] },
  { name: 'v0 alpha-3 under c', link: '?c=pol', expected: { ...base, country: 'PL' }, noticed: [] },
  { name: 'v0 alpha-3 ally outside the extent', link: '?country=USA', expected: { ...base, country: 'US' }, noticed: [] },
  { name: 'v0 alpha-3 not on the map', link: '?country=FRA', expected: base, noticed: ['country'] },
  { name: 'v0 single year', link: '?year=2022', expected: { ...base, years: [2022] }, noticed: [] },
  { name: 'v0 years=all', link: '?years=all', expected: base, noticed: [] },
  { name: 'v0 year=all', link: '?year=ALL', expected: base, noticed: [] },
  {
    name: 'v0 camera as three params',
    link: '?zoom=6&lat=58.6&lon=25.5',
    expected: { ...base, view: { zoom: 6, lat: 58.6, lon: 25.5 } },
    noticed: [],
  },
  {
    name: 'v0 camera with lng, unrounded',
    link: '?zoom=7.123&lat=56.94961&lng=24.10518',
    expected: { ...base, view: { zoom: 7.12, lat: 56.95, lon: 24.11 } },
    noticed: [],
  },
  { name: 'v0 camera missing lon', link: '?zoom=6&lat=58.6&c=EE', expected: { ...base, country: 'EE' }, noticed: ['view'] },
  { name: 'v0 embed=true', link: '?c=UA&embed=true', expected: { ...base, country: 'UA', embed: true }, noticed: [] },
  {
    name: 'v0 everything at once',
    link: '?c=LTU&year=2024&zoom=5&lat=55&lon=24&embed=true',
    expected: { ...base, country: 'LT', years: [2024], view: { zoom: 5, lat: 55, lon: 24 }, embed: true },
    noticed: [],
  },
  { name: 'v0 and v1 key together: v1 wins', link: '?c=EE&country=LV', expected: { ...base, country: 'LV' }, noticed: [] },
  { name: 'v1 link that lost its v', link: '?country=ee&years=2024', expected: { ...base, country: 'EE', years: [2024] }, noticed: [] },
  { name: 'v1 does not migrate alpha-3', link: '?v=1&country=EST', expected: base, noticed: ['country'] },
  { name: 'v1 does not know c', link: '?v=1&c=EE', expected: base, noticed: [] },
  {
    name: 'v1 full link',
    link: '?v=1&country=PL&years=2022&fact=003_2170261719692671:arms_shipment:1a2b3c&article=003_2170261719692671&view=6/52.2/21&embed=1',
    expected: {
      ...base,
      country: 'PL',
      years: [2022],
      view: { zoom: 6, lat: 52.2, lon: 21 },
      fact: '003_2170261719692671:arms_shipment:1a2b3c',
      article: '003_2170261719692671',
      embed: true,
    },
    noticed: [],
  },
  {
    name: 'v1 filters, table and review',
    link: '?v=1&country=PL&types=arms,quotes&cats=anti-tank&role=received&table=1&review=pending&rejected=1',
    expected: {
      ...base,
      country: 'PL',
      types: ['arms_shipment', 'quote'],
      cats: ['anti-tank'],
      role: 'received',
      table: true,
      review: 'pending',
      rejected: true,
    },
    noticed: [],
  },
  { name: 'v1 year range', link: '?v=1&years=2020-2023', expected: { ...base, years: [2022] }, noticed: [] },
  { name: 'camera in a #map= hash', link: '?v=1&country=EE#map=6/58.6/25.5', expected: { ...base, country: 'EE', view: { zoom: 6, lat: 58.6, lon: 25.5 } }, noticed: [] },
];
