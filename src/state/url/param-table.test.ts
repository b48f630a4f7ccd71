import { describe, expect, it } from 'vitest';
import { forEachParam, PARAM_KEYS, PARAMS, URL_PARAMS } from './param-table.ts';
import { parseYears, writeYears } from './param-parsers.ts';
import { readUrl } from './read-url.ts';
import { writeUrl } from './write-url.ts';
import { testContext } from './test-context.ts';
import { DEFAULT_URL_STATE, type ParamTable, type UrlState } from './url-state.ts';

const ctx = testContext();

describe('the parameter table', () => {
  it('has one row per state key, in the public order of the link format', () => {
    expect([...PARAM_KEYS].sort()).toEqual(Object.keys(DEFAULT_URL_STATE).sort());
    expect(URL_PARAMS).toEqual(['v', 'country', 'years', 'types', 'cats', 'role', 'fact', 'article', 'view', 'table', 'sort', 'review', 'rejected', 'embed']);
  });

  it('does not compile without a row for every key', () => {
    const { country: _country, ...rest } = PARAMS;
    // @ts-expect-error `country` has no row: the table must cover every key of UrlState.
    const incomplete: ParamTable = rest;
    expect(Object.keys(incomplete)).not.toContain('country');
  });

  it('writes nothing for defaults, and every default is valid', () => {
    forEachParam((key, spec) => {
      expect(spec.write(DEFAULT_URL_STATE[key], ctx), key).toBeNull();
      expect(spec.isValid(DEFAULT_URL_STATE[key], ctx), key).toBe(true);
    });
  });

  it('replaces history for ways of looking (camera, table order) only; every other key is a new entry', () => {
    const replace: string[] = [];
    forEachParam((key, spec) => { if (spec.history === 'replace') replace.push(key); });
    expect(replace).toEqual(['view', 'sort']);
  });

  it('reads a missing parameter as the default and a present one through its row', () => {
    expect(readUrl('?v=1', ctx).state).toEqual(DEFAULT_URL_STATE);
    const samples: Partial<Record<keyof UrlState, string>> = {
      country: 'EE', years: '2022', types: 'quotes', cats: 'armour', role: 'sent', view: '6/58.6/25.5',
      table: '1', review: 'pending', rejected: '1', embed: '1',
    };
    for (const [key, text] of Object.entries(samples) as Array<[keyof UrlState, string]>) {
      const read = PARAMS[key].parse(text, ctx);
      expect(read.status, key).toBe('valid');
      expect(readUrl(`?v=1&${key}=${text}`, ctx).state[key], key).toEqual(read.status === 'valid' ? read.value : undefined);
    }
  });
});

describe('years', () => {
  const wide = testContext({ years: [2014, 2019, 2020, 2021, 2022, 2023, 2024] });

  it('accept inclusive ranges, either way round, with a hyphen or an en dash', () => {
    expect(parseYears('2019-2021', wide)).toEqual({ status: 'valid', value: [2019, 2020, 2021], notices: [] });
    expect(parseYears('2021-2019', wide)).toEqual({ status: 'valid', value: [2019, 2020, 2021], notices: [] });
    expect(parseYears('2019 – 2020, 2014', wide)).toEqual({ status: 'valid', value: [2014, 2019, 2020], notices: [] });
    // A range names the data's years inside it; the gap 2015–2018 is not an error.
    expect(parseYears('2010-2019', wide)).toEqual({ status: 'valid', value: [2014, 2019], notices: [] });
    expect(parseYears('2000-2030', wide)).toEqual({ status: 'valid', value: null, notices: [] });
  });

  it('notice a range with no year of the data, and keep the rest', () => {
    const r = parseYears('2015-2018,2022,abc', wide);
    expect(r).toEqual({ status: 'valid', value: [2022], notices: [{ param: 'years', value: '2015-2018,abc', reason: 'are not years on this map' }] });
    expect(parseYears('2015-2018', wide).status).toBe('invalid');
    expect(parseYears('2022-', wide).status).toBe('invalid');
  });

  it('are written with runs of three or more consecutive years as a range', () => {
    expect(writeYears([2019, 2020, 2021, 2023])).toBe('2019-2021,2023');
    expect(writeYears([2020, 2021])).toBe('2020,2021');
    expect(writeYears([2024, 2014, 2022, 2023, 2022])).toBe('2014,2022-2024');
    expect(writeUrl({ ...DEFAULT_URL_STATE, years: [2019, 2020, 2021, 2022] }, wide)).toBe('?v=1&years=2019-2022');
    expect(readUrl('?v=1&years=2019-2022', wide).state.years).toEqual([2019, 2020, 2021, 2022]);
  });
});
