import { describe, expect, it } from 'vitest';
import { describeNotices } from './notice-text.ts';
import { readHash, readUrl } from './read-url.ts';
import { writeUrl } from './write-url.ts';
import { roundView, coordinateDecimals, formatView } from './map-view.ts';
import { isValidUrlState } from './valid-state.ts';
import { factsContext, testContext, TEST_FACT_IDS, TEST_ARTICLE_IDS } from './test-context.ts';
import { DEFAULT_URL_STATE, type UrlState } from './url-state.ts';

const ctx = testContext();
const state = (over: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...over });
const read = (q: string) => readUrl(q, ctx);
const noticed = (q: string) => read(q).notices.map((n) => n.param);

describe('writeUrl', () => {
  it('writes nothing for the default state', () => {
    expect(writeUrl(DEFAULT_URL_STATE, ctx)).toBe('');
  });

  it('omits years equal to all years and a view equal to home after rounding', () => {
    expect(writeUrl(state({ years: [2022, 2024] }), ctx)).toBe('');
    expect(writeUrl(state({ years: [2024, 2022, 2024] }), ctx)).toBe('');
    expect(writeUrl(state({ view: { zoom: 4.501, lat: 54.04, lon: 23.96 } }), ctx)).toBe('');
    expect(writeUrl(state({ years: [] }), ctx)).toBe('');
  });

  it('writes v=1 first and the params in a fixed order', () => {
    const s = state({
      embed: true,
      view: { zoom: 6, lat: 58.6, lon: 25.5 },
      article: TEST_ARTICLE_IDS[0],
      fact: TEST_FACT_IDS[0],
      years: [2022],
      country: 'EE',
    });
    expect(writeUrl(s, ctx)).toBe(
      '?v=1&country=EE&years=2022&fact=003_2170261719692671:arms_shipment:1a2b3c&article=003_2170261719692671&view=6/58.6/25.5&embed=1',
    );
  });

  it('percent-encodes what must be encoded in ids', () => {
    const odd = 'a+b c&d=e#f';
    const c = factsContext(new Map([[odd, { article: 'a', year: 2022 }]]));
    const q = writeUrl(state({ fact: odd }), c);
    expect(q).toBe('?v=1&fact=a%2Bb%20c%26d%3De%23f');
    expect(readUrl(q, c).state.fact).toBe(odd);
  });
});

describe('round trip', () => {
  const states: UrlState[] = [
    state(),
    state({ country: 'EE' }),
    state({ country: 'NATO', years: [2024] }),
    state({ country: 'US', years: [2022] }),
    state({ fact: TEST_FACT_IDS[1] }),
    state({ fact: TEST_FACT_IDS[2], article: TEST_ARTICLE_IDS[1], country: 'UA' }),
    state({ article: TEST_ARTICLE_IDS[0] }),
    state({ embed: true }),
    state({ embed: true, view: { zoom: 3, lat: -10, lon: -170 } }),
    state({ view: { zoom: 6, lat: 58.6, lon: 25.5 } }),
    state({ view: { zoom: 12, lat: 54.6872, lon: 25.2797 } }),
    state({ view: { zoom: 7.25, lat: -33.123456, lon: 179.999 } }),
    state({ view: { zoom: 9.999, lat: 85.05, lon: -180 } }),
    state({ view: { zoom: 4.5, lat: -85.05, lon: 0 } }),
    state({ view: { zoom: 5.5, lat: 0.04, lon: -0.04 } }),
    state({ types: ['arms_shipment', 'troop_deployment'] }),
    state({ types: ['quote'], cats: ['anti-tank', 'armour'], role: 'sent', country: 'PL' }),
    state({ role: 'received', table: true, review: 'pending', rejected: true }),
    state({ review: 'reviewed' }),
    state({ table: true, sort: { column: 'from', descending: false } }),
    state({ sort: { column: 'date', descending: false } }),
    state({ sort: { column: 'article', descending: true } }),
  ];
  it.each(states.map((s) => [writeUrl(s, ctx) || '(empty)', s] as const))('%s', (_q, s) => {
    const expected = { ...s, view: s.view === null ? null : roundView(s.view) };
    const { state: back, notices } = read(writeUrl(s, ctx));
    expect(notices).toEqual([]);
    expect(back).toEqual(expected);
    expect(writeUrl(back, ctx)).toBe(writeUrl(s, ctx));
  });

  it('round-trips random views within the zoom range', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const v = { zoom: 3 + rnd() * 9, lat: -85.05 + rnd() * 170.1, lon: -180 + rnd() * 360 };
      const back = read(writeUrl(state({ view: v }), ctx)).state.view;
      expect(back).toEqual(roundView(v));
    }
  });
});

describe('view rounding', () => {
  it('uses zoom-dependent decimals', () => {
    expect(coordinateDecimals(0)).toBe(1);
    expect(coordinateDecimals(6)).toBe(1);
    expect(coordinateDecimals(8)).toBe(2);
    expect(coordinateDecimals(12)).toBe(3);
    expect(formatView(roundView({ zoom: 6, lat: 58.6, lon: 25.5 }))).toBe('6/58.6/25.5');
    expect(formatView(roundView({ zoom: 6.5, lat: 58.64, lon: 25.46 }))).toBe('6.5/58.64/25.46');
    expect(formatView(roundView({ zoom: 6.254, lat: 58, lon: 25 }))).toBe('6.25/58/25');
  });

  it('is idempotent, keeps latitude inside the Mercator limit and never writes -0 or exponents', () => {
    const v = roundView({ zoom: 24, lat: 85.0499999, lon: 0.00000001 });
    expect(roundView(v)).toEqual(v);
    expect(v.lat).toBeLessThanOrEqual(85.05);
    expect(formatView(roundView({ zoom: 6, lat: -0.01, lon: -0.04 }))).toBe('6/0/0');
    expect(formatView(roundView({ zoom: 24, lat: 0.0000001, lon: 1 }))).not.toMatch(/e/);
    expect(roundView({ zoom: 6, lat: 89, lon: 0 }).lat).toBe(85);
  });
});

describe('filters in the link', () => {
  it('are written in a fixed order with short tokens, the full set left out', () => {
    expect(writeUrl(state({ cats: ['armour', 'anti-tank'], types: ['commitment', 'arms_shipment'], table: true, role: 'sent' }), ctx))
      .toBe('?v=1&types=arms,commitments&cats=anti-tank,armour&role=sent&table=1');
    expect(writeUrl(state({ types: ['arms_shipment', 'troop_deployment', 'commitment', 'quote'] }), ctx)).toBe('');
  });

  it('keep the known choices of a list and notice the rest', () => {
    const r = read('?v=1&types=Troops,guns,arms&cats=&role=both&review=done&table=yes');
    expect(r.state).toMatchObject({ types: ['arms_shipment', 'troop_deployment'], cats: null, role: null, review: null, table: false });
    // In the order of the link format.
    expect(r.notices.map((n) => n.param)).toEqual(['types', 'cats', 'role', 'table', 'review']);
  });

  it('carry the table’s order: a column, "-" for descending; the default order is left out', () => {
    expect(writeUrl(state({ table: true, sort: { column: 'to', descending: true } }), ctx)).toBe('?v=1&table=1&sort=-to');
    expect(read('?table=1&sort=From').state.sort).toEqual({ column: 'from', descending: false });
    expect(read('?sort=-date').state.sort).toBeNull();
    const bad = read('?table=1&sort=colour');
    expect(bad.state).toMatchObject({ table: true, sort: null });
    expect(bad.notices).toEqual([{ param: 'sort', value: 'colour', reason: 'is not a column of the table' }]);
  });

  it('collapse every type to the default', () => {
    expect(read('?types=quotes,arms,troops,commitments').state.types).toBeNull();
  });
});

describe('readUrl accepts', () => {
  it('the query with or without "?" and empty strings', () => {
    expect(read('country=EE').state.country).toBe('EE');
    expect(read('?country=EE').state.country).toBe('EE');
    expect(read('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
    expect(read('?')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('a lowercase code, normalised, without a notice', () => {
    expect(read('?v=1&country=ee')).toEqual({ state: state({ country: 'EE' }), notices: [] });
    expect(read('?v=1&country=nato').state.country).toBe('NATO');
  });

  it('uppercase keys and surrounding spaces', () => {
    expect(read('?Country=+EE+&YEARS=2024').state).toEqual(state({ country: 'EE', years: [2024] }));
  });

  it('years out of order and repeated, normalised; all years collapse to the default', () => {
    expect(read('?v=1&years=2024,2022,2024').state.years).toBeNull();
    expect(read('?v=1&years=2024,2024').state.years).toEqual([2024]);
  });

  it('a view equal to home as the default', () => {
    expect(read('?v=1&view=4.5/54/24').state.view).toBeNull();
  });

  it('a latitude between the Mercator limit and the pole, clamped', () => {
    expect(read('?v=1&view=6/89/25').state.view).toEqual({ zoom: 6, lat: 85, lon: 25 });
  });

  it('a fact without country or article, leaving both null', () => {
    expect(read(`?v=1&fact=${TEST_FACT_IDS[0]}`).state).toEqual(state({ fact: TEST_FACT_IDS[0] }));
  });

  it('the #map= hash form when the query has no view', () => {
    expect(read('?country=EE#map=6/58.6/25.5').state).toEqual(state({ country: 'EE', view: { zoom: 6, lat: 58.6, lon: 25.5 } }));
    expect(read('?view=7/50/20#map=6/58.6/25.5').state.view).toEqual({ zoom: 7, lat: 50, lon: 20 });
    expect(read('#something-else')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
    expect(readHash('#map=abc', ctx).notices.map((n) => n.param)).toEqual(['map']);
    expect(readHash('map=%E0%A4%A', ctx).view).toBeNull();
  });
});

describe('readUrl survives malformed links', () => {
  // Each case: the bad param is dropped with a notice naming it, and another param still applies.
  const cases: Array<[string, string, string]> = [
    ['unknown country', 'country=ZZ', 'country'],
    ['not a code', 'country=E1', 'country'],
    ['view=abc', 'view=abc', 'view'],
    ['latitude 100', 'view=6/100/25', 'view'],
    ['longitude 200', 'view=6/50/200', 'view'],
    ['zoom out of range', 'view=20/50/20', 'view'],
    ['NaN zoom', 'view=NaN/1/2', 'view'],
    ['1e400 zoom', 'view=1e400/1/2', 'view'],
    ['Infinity', 'view=6/Infinity/2', 'view'],
    ['two parts', 'view=6/58', 'view'],
    ['year 1850', 'years=1850', 'years'],
    ['year and garbage', 'years=2022,abc', 'years'],
    ['empty years', 'years=', 'years'],
    ['unknown fact', 'fact=003_1:quote:gone', 'fact'],
    ['unknown article', 'article=999', 'article'],
    ['empty fact', 'fact=', 'fact'],
    ['bad embed', 'embed=yes', 'embed'],
    ['broken encoding', 'view=%E0%A4%A', 'view'],
    ['lone percent', 'fact=%', 'fact'],
    ['10 KB value', `fact=${'x'.repeat(10_000)}`, 'fact'],
    ['201 chars', `article=${'a'.repeat(201)}`, 'article'],
  ];
  it.each(cases)('%s', (_name, param, expectedParam) => {
    const other = expectedParam === 'country' ? 'years=2024' : 'country=EE';
    const q = `?v=1&${param}&${other}`;
    expect(() => read(q)).not.toThrow();
    const { state: s, notices } = read(q);
    expect(notices.map((n) => n.param)).toEqual([expectedParam]);
    if (expectedParam === 'country') expect(s.years).toEqual([2024]);
    else expect(s.country).toBe('EE');
    expect(isValidUrlState(s, ctx)).toBe(true);
    for (const n of notices) expect(n.value.length).toBeLessThanOrEqual(41);
  });

  it('keeps the valid years when some are not', () => {
    const { state: s, notices } = read('?v=1&years=2022,abc,1850');
    expect(s.years).toEqual([2022]);
    expect(notices).toEqual([{ param: 'years', value: 'abc,1850', reason: 'are not years on this map' }]);
  });

  it('uses the first of duplicate params and says the others were not used', () => {
    expect(read('?v=1&country=EE&country=LV')).toEqual({
      state: state({ country: 'EE' }),
      notices: [{ param: 'country', value: 'LV', reason: 'repeats the parameter; only its first value is used' }],
    });
    expect(read('?v=1&country=ZZ&country=LV')).toEqual({
      state: DEFAULT_URL_STATE,
      notices: [
        { param: 'country', value: 'LV', reason: 'repeats the parameter; only its first value is used' },
        { param: 'country', value: 'ZZ', reason: 'is not on this map' },
      ],
    });
    expect(read('?v=1&view=%E0&view=6/58.6/25.5').state.view).toBeNull();
    expect(read('?v=1&view=%E0&view=6/58.6/25.5').notices.map((n) => n.param)).toEqual(['view', 'view']);
  });

  it('lists every other value of a repeated key once, decoded, and not a repeat of the same value', () => {
    const { notices } = read('?country=EE&Country=ZZ&COUNTRY=%20ee&country=ZZ&years=2022&years=2022&c=LV&c=PL');
    expect(notices).toEqual([
      { param: 'country', value: 'ZZ, ee', reason: 'repeats the parameter; only its first value is used' },
      { param: 'c', value: 'PL', reason: 'repeats the parameter; only its first value is used' },
    ]);
  });

  it('does not notice repeated keys that are not ours', () => {
    expect(read('?utm_source=a&utm_source=b&country=EE').notices).toEqual([]);
  });

  it('ignores unknown params silently, however broken', () => {
    const q = `?utm_source=newsletter&fbclid=${'z'.repeat(5000)}&x=%E0%A4%A&country=LV`;
    expect(read(q)).toEqual({ state: state({ country: 'LV' }), notices: [] });
  });

  it('treats prototype keys as plain unknown params', () => {
    const q = '?__proto__=EE&constructor=1&prototype=x&toString=1&hasOwnProperty=1&country=PL';
    expect(read(q)).toEqual({ state: state({ country: 'PL' }), notices: [] });
    expect(({} as Record<string, unknown>).country).toBeUndefined();
    expect(read('?__proto__[country]=EE').state.country).toBeNull();
  });

  it('keeps what validates from a link made by a newer version', () => {
    const { state: s, notices } = read('?v=99&country=EE&view=6/58.6/25.5&layer=heat');
    expect(s).toEqual(state({ country: 'EE', view: { zoom: 6, lat: 58.6, lon: 25.5 } }));
    expect(notices).toEqual([{ param: 'v', value: '99', reason: expect.stringContaining('newer version') }]);
  });

  it('notices an unreadable version and still reads the link', () => {
    const { state: s, notices } = read('?v=abc&c=EE');
    expect(s.country).toBe('EE');
    expect(notices.map((n) => n.param)).toEqual(['v']);
  });

  it('notices a broken legacy param', () => {
    expect(noticed('?c=%E0%A4%A&year=2022')).toEqual(['c']);
  });

  it('keeps notice values short and free of control and bidi characters', () => {
    const { notices } = read(`?v=1&country=${encodeURIComponent('\u202eZZ\u0000\n')}&fact=${'😀'.repeat(60)}`);
    // The trailing newline is trimmed away with the value's whitespace.
    expect(notices[0]?.value).toBe('\uFFFDZZ\uFFFD');
    expect(notices[1]?.reason).toBe('is no longer on this map');
    expect(Array.from(notices[1]?.value ?? '')).toHaveLength(41);
    expect(notices[1]?.value.endsWith('😀…')).toBe(true);
  });

  it('does not throw on a non-string input from untyped callers', () => {
    expect(readUrl(undefined as unknown as string, ctx).state).toEqual(DEFAULT_URL_STATE);
  });
});

describe('describeNotices', () => {
  it('is empty without notices', () => {
    expect(describeNotices([])).toBe('');
  });

  it('writes one sentence', () => {
    const { notices } = read('?v=1&country=ZZ&view=abc');
    expect(describeNotices(notices)).toBe(
      'Some of this link could not be used: country “ZZ” is not on this map; view “abc” is not zoom/lat/lon.',
    );
    expect(describeNotices(read('?v=1&years=').notices)).toBe('Some of this link could not be used: years is empty.');
    expect(describeNotices(read('?v=2').notices)).toMatch(/^Some of this link could not be used: link version “2” is from a newer version/);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ param: 'x', value: String(i), reason: 'is odd' }));
    expect(describeNotices(many)).toMatch(/x “4” is odd; and 3 more\.$/);
  });
});

describe('isValidUrlState', () => {
  it('accepts the default and rejects impossible states', () => {
    expect(isValidUrlState(DEFAULT_URL_STATE, ctx)).toBe(true);
    expect(isValidUrlState(state({ country: 'ZZ' }), ctx)).toBe(false);
    expect(isValidUrlState(state({ years: [] }), ctx)).toBe(false);
    expect(isValidUrlState(state({ years: [2024, 2022] }), ctx)).toBe(false);
    expect(isValidUrlState(state({ years: [2023] }), ctx)).toBe(false);
    expect(isValidUrlState(state({ view: { zoom: NaN, lat: 0, lon: 0 } }), ctx)).toBe(false);
    expect(isValidUrlState(state({ view: { zoom: 6, lat: 58.64, lon: 25 } }), ctx)).toBe(false);
    expect(isValidUrlState(state({ view: { zoom: 2, lat: 0, lon: 0 } }), ctx)).toBe(false);
    expect(isValidUrlState(state({ fact: 'gone' }), ctx)).toBe(false);
    expect(isValidUrlState(state({ article: 'gone' }), ctx)).toBe(false);
  });
});
