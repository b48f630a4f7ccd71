import { describe, expect, it } from 'vitest';
import { historyMode } from './history-mode.ts';
import { DEFAULT_URL_STATE, type UrlState } from './url-state.ts';

const s = (over: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...over });
const view = { zoom: 6, lat: 58.6, lon: 25.5 };

describe('historyMode', () => {
  it.each<[string, UrlState, UrlState, 'push' | 'replace' | 'none']>([
    ['nothing changed', s(), s(), 'none'],
    ['equal years in new arrays', s({ years: [2022] }), s({ years: [2022] }), 'none'],
    ['view moved within rounding', s({ view }), s({ view: { ...view, lat: 58.61 } }), 'none'],
    ['country selected', s(), s({ country: 'EE' }), 'push'],
    ['country cleared', s({ country: 'EE' }), s(), 'push'],
    ['fact selected', s(), s({ fact: 'f' }), 'push'],
    ['article opened', s(), s({ article: 'a' }), 'push'],
    ['years changed', s({ years: [2022] }), s({ years: [2024] }), 'push'],
    ['years to all', s({ years: [2022] }), s(), 'push'],
    ['embed toggled', s(), s({ embed: true }), 'push'],
    ['selection and view together', s(), s({ country: 'EE', view }), 'push'],
    ['types filtered', s(), s({ types: ['quote'] }), 'push'],
    ['equal types in new arrays', s({ types: ['quote'] }), s({ types: ['quote'] }), 'none'],
    ['categories changed', s({ cats: ['armour'] }), s({ cats: ['other'] }), 'push'],
    ['role chosen', s(), s({ role: 'sent' }), 'push'],
    ['table opened', s(), s({ table: true }), 'push'],
    ['review filter', s(), s({ review: 'pending' }), 'push'],
    ['rejected shown', s(), s({ rejected: true }), 'push'],
    ['view moved', s({ view }), s({ view: { ...view, zoom: 7 } }), 'replace'],
    ['view left home', s(), s({ view }), 'replace'],
    ['view back home', s({ view }), s(), 'replace'],
    ['table re-sorted', s({ table: true }), s({ table: true, sort: { column: 'from', descending: false } }), 'replace'],
    ['table sort flipped', s({ sort: { column: 'from', descending: false } }), s({ sort: { column: 'from', descending: true } }), 'replace'],
    ['same sort in a new object', s({ sort: { column: 'to', descending: true } }), s({ sort: { column: 'to', descending: true } }), 'none'],
    ['table opened with a sort', s(), s({ table: true, sort: { column: 'to', descending: true } }), 'push'],
  ])('%s', (_name, prev, next, mode) => {
    expect(historyMode(prev, next)).toBe(mode);
  });
});
