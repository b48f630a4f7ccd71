import { describe, expect, it } from 'vitest';
import type { Fact } from '../model/dataset.ts';
import { DEFAULT_TABLE_SORT } from '../model/table-columns.ts';
import { TABLE_COLUMNS, TABLE_COLUMN_ORDER, pageOf, sortFacts, type TableContext } from './fact-table.ts';
import { shownFacts } from './shown-facts.ts';
import { article, commitment, dataset, quote, shipment, troops } from './test-factories.ts';
import { reviewStatusOf } from '../reviews/queue.ts';
import type { FactReview } from '../reviews/apply.ts';

const NAMES: Record<string, string> = { EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', PL: 'Poland', UA: 'Ukraine', DE: 'Germany', US: 'United States', NATO: 'NATO' };
const REVIEWED = new Map<string, FactReview>();
const ctx: TableContext = {
  nameOf: (c) => NAMES[c] ?? c,
  first: null,
  article: (id) => article(id, '2022-03-06'),
  review: (f) => reviewStatusOf(f, REVIEWED),
};
const at = (f: Fact, start: number): Fact => ({ ...f, evidence: [{ start, end: start + 5 }] });

const javelin = at(shipment(['EE'], ['UA'], [{ name: 'Javelin anti-tank missiles', category: 'anti-tank' }]), 10);
const stinger = at(shipment(['LV', 'PL'], ['UA'], [{ name: 'Stingers', category: 'air-defence' }]), 20);
const bare = at(shipment(['DE'], ['UA'], []), 30);
const deploy = at({ ...troops(['NATO'], ['EE', 'LT', 'LV', 'PL'], 22000), qualifier: 'up to' }, 40);
const assurance = at(commitment(['US', 'NATO'], ['EE', 'LV', 'LT']), 5);
const smith = at(quote('Julianne Smith', ['US'], ['EE']), 50);
const all = [javelin, stinger, bare, deploy, assurance, smith];
const data = dataset(all);

describe('shownFacts', () => {
  const none = { years: null, types: null, cats: null, country: null, role: null };

  it('follows years, types, arms categories, the selected actor and its role', () => {
    expect(shownFacts(data, none)).toHaveLength(6);
    expect(shownFacts(data, { ...none, years: [2024] })).toEqual([assurance, smith]);
    expect(shownFacts(data, { ...none, types: ['arms_shipment'] })).toEqual([javelin, stinger, bare]);
    // A shipment with no named items counts as "other".
    expect(shownFacts(data, { ...none, cats: ['air-defence', 'other'] })).toEqual([stinger, bare, deploy, assurance, smith]);
    expect(shownFacts(data, { ...none, country: 'EE' })).toEqual([javelin, deploy, assurance, smith]);
    expect(shownFacts(data, { ...none, country: 'EE', role: 'sent' })).toEqual([javelin]);
    expect(shownFacts(data, { ...none, country: 'EE', role: 'received' })).toEqual([deploy, assurance, smith]);
  });

  it('ignores the role when no actor is selected, and is the same array for the same view', () => {
    expect(shownFacts(data, { ...none, role: 'received' })).toContain(javelin);
    expect(shownFacts(data, { ...none, country: 'EE' })).toBe(shownFacts(data, { ...none, country: 'EE', years: null }));
  });
});

describe('the table of facts', () => {
  const cells = (f: Fact, c = ctx) => TABLE_COLUMN_ORDER.map((k) => TABLE_COLUMNS[k].text(f, c));

  it('has a header and a cell for type, from, to, what, date, article and review', () => {
    expect(TABLE_COLUMN_ORDER.map((k) => TABLE_COLUMNS[k].label)).toEqual(['Type', 'From', 'To', 'What', 'Date', 'Article', 'Review']);
    expect(cells(deploy)).toEqual(['Troop deployment', 'NATO', 'Estonia, Lithuania, Latvia and Poland', 'up to 22,000 troops', '2022-03-06', 'Article a2022', `Needs review · ${Math.round(deploy.confidence * 100)}%`]);
    expect(cells(deploy, { ...ctx, first: 'PL' })[2]).toBe('Poland, Estonia, Lithuania and Latvia');
    expect(cells(smith)[3]).toBe('“We stand with you.” (Julianne Smith)');
    expect(cells({ ...smith, from: [] })[1]).toBe('—');
  });

  it('sorts by any column either way; ties keep the newest-first text order', () => {
    const ids = (fs: Fact[]) => fs.map((f) => f.id);
    expect(ids(sortFacts(all, DEFAULT_TABLE_SORT, ctx))).toEqual(ids([assurance, smith, javelin, stinger, bare, deploy]));
    expect(ids(sortFacts(all, { column: 'date', descending: false }, ctx))).toEqual(ids([javelin, stinger, bare, deploy, assurance, smith]));
    expect(ids(sortFacts(all, { column: 'from', descending: false }, ctx))).toEqual(ids([javelin, bare, stinger, deploy, smith, assurance]));
    expect(ids(sortFacts(all, { column: 'from', descending: true }, ctx))).toEqual(ids([assurance, smith, deploy, stinger, bare, javelin]));
    expect(ids(sortFacts(all, { column: 'type', descending: false }, ctx)).slice(0, 3)).toEqual(ids([javelin, stinger, bare]));
  });

  it('puts empty cells last in both directions', () => {
    const nobody = { ...smith, id: 'nobody', from: [] };
    expect(sortFacts([nobody, javelin], { column: 'from', descending: false }, ctx).at(-1)).toBe(nobody);
    expect(sortFacts([nobody, javelin], { column: 'from', descending: true }, ctx).at(-1)).toBe(nobody);
  });

  it('pages rows and clamps the page', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 0, 50)).toMatchObject({ page: 0, pages: 3, from: 1, to: 50 });
    expect(pageOf(rows, 2, 50)).toMatchObject({ page: 2, from: 101, to: 120 });
    expect(pageOf(rows, 9, 50).page).toBe(2);
    expect(pageOf([], 0, 50)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, rows: [] });
  });
});

describe('the review column', () => {
  it('says who reviewed a fact, or that it needs review, and sorts the least certain unreviewed first', () => {
    const sure = { ...at(shipment(['EE'], ['UA'], []), 50), id: 'sure', confidence: 0.95 };
    const unsure = { ...at(shipment(['PL'], ['UA'], []), 60), id: 'unsure', confidence: 0.4 };
    const done = { ...at(shipment(['LV'], ['UA'], []), 70), id: 'done', confidence: 0.3 };
    const reviews = new Map<string, FactReview>([['done', { status: 'confirmed', by: ['Ada'], when: '2026-11-30T10:00:00Z' }]]);
    const c: TableContext = { ...ctx, review: (f) => reviewStatusOf(f, reviews) };
    expect(TABLE_COLUMNS.review.text(unsure, c)).toBe('Needs review · 40%');
    expect(TABLE_COLUMNS.review.text(done, c)).toBe('Confirmed by Ada, 2026-11-30');
    expect(sortFacts([sure, done, unsure], { column: 'review', descending: false }, c).map((f) => f.id)).toEqual(['unsure', 'sure', 'done']);
  });
});
