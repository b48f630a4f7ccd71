import { DEFAULT_TABLE_SORT, TABLE_COLUMN_KEYS } from '../../model/table-columns.ts';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from './random-links.ts';
import { readUrl } from './read-url.ts';
import { writeUrl } from './write-url.ts';
import { isValidUrlState } from './valid-state.ts';
import { roundView, sameView } from './map-view.ts';
import { factsContext, type ListedFactsContext } from './test-context.ts';
import { parseQuery } from './parse-query.ts';
import { ACTOR_ROLES, MAX_ARTICLE_ID_LENGTH, MAX_FACT_ID_LENGTH, MAX_VALUE_LENGTH, REVIEW_FILTERS, type FactHome, type UrlState } from './url-state.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../../model/dataset.ts';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** Characters an article file name (and so an id) can hold, the awkward ones for a URL among them. */
const ID_CHARS = ['a', 'Z', '0', '_', '-', '.', ':', '/', ',', '&', '=', '#', '+', '%', '?', ' ', '~', 'é', 'ß', 'Я', '中', '😀', '🇪🇪'];

/** A string of exactly `length` UTF-16 units (or one less, to avoid splitting a pair). */
function randomId(rng: Rng, length: number): string {
  let s = '';
  while (s.length < length) {
    const c = pick(rng, ID_CHARS);
    if (s.length + c.length > length) break;
    s += c;
  }
  return s === '' ? 'x' : s;
}

/** A dataset-like context with ids up to the ingest's bounds, years with gaps and runs. */
function randomContext(rng: Rng): ListedFactsContext {
  const years = [2014, 2019, 2020, 2021, 2022, 2023, 2024];
  const articles = Array.from({ length: 6 }, (_, i) => `${i}${randomId(rng, 1 + Math.floor(rng() * (MAX_ARTICLE_ID_LENGTH - 1)))}`);
  const facts = new Map<string, FactHome>();
  for (let i = 0; i < 20; i++) {
    const article = pick(rng, articles);
    facts.set(`${i}${randomId(rng, 1 + Math.floor(rng() * (MAX_FACT_ID_LENGTH - 1)))}`, { article, year: pick(rng, years) });
  }
  return factsContext(facts, { years });
}

function subset<T>(rng: Rng, all: readonly T[]): T[] | null {
  if (chance(rng, 0.4)) return null;
  const kept = all.filter(() => chance(rng, 0.5));
  return kept.length === 0 || kept.length === all.length ? null : kept;
}

/**
 * One generator per key of UrlState, typed over every key like the parameter table: a new key
 * fails to compile here until it is generated too.
 */
const GENERATE: { [K in keyof UrlState]: (rng: Rng, ctx: ListedFactsContext) => UrlState[K] } = {
  country: (rng, ctx) => (chance(rng, 0.3) ? null : pick(rng, [...ctx.actors])),
  years: (rng, ctx) => subset(rng, ctx.years),
  types: (rng) => subset(rng, FACT_TYPES),
  cats: (rng) => subset(rng, ITEM_CATEGORIES),
  role: (rng) => (chance(rng, 0.5) ? null : pick(rng, ACTOR_ROLES)),
  fact: (rng, ctx) => (chance(rng, 0.4) ? null : pick(rng, [...ctx.facts.keys()])),
  article: (rng, ctx) => (chance(rng, 0.5) ? null : pick(rng, [...ctx.articleIds])),
  view: (rng, ctx) => {
    if (chance(rng, 0.3)) return null;
    const v = roundView({ zoom: ctx.minZoom + rng() * (ctx.maxZoom - ctx.minZoom), lat: -85 + rng() * 170, lon: -180 + rng() * 360 });
    return sameView(v, ctx.home) ? null : v;
  },
  table: (rng) => chance(rng, 0.5),
  sort: (rng) => {
    if (chance(rng, 0.4)) return null;
    const sort = { column: pick(rng, TABLE_COLUMN_KEYS), descending: chance(rng, 0.5) };
    return sort.column === DEFAULT_TABLE_SORT.column && sort.descending === DEFAULT_TABLE_SORT.descending ? null : sort;
  },
  review: (rng) => (chance(rng, 0.5) ? null : pick(rng, REVIEW_FILTERS)),
  rejected: (rng) => chance(rng, 0.5),
  embed: (rng) => chance(rng, 0.2),
};

/** A random state the app could show: every key generated, then the fact's article and year made to agree. */
function randomValidState(rng: Rng, ctx: ListedFactsContext): UrlState {
  const s = {} as Record<keyof UrlState, unknown>;
  for (const key of Object.keys(GENERATE) as Array<keyof UrlState>) s[key] = GENERATE[key](rng, ctx);
  const state = s as UrlState;
  const home = state.fact === null ? undefined : ctx.facts.get(state.fact);
  if (home) {
    if (state.article !== null) state.article = home.article;
    if (state.years !== null && !state.years.includes(home.year)) {
      const years = [...state.years, home.year].sort((a, b) => a - b);
      state.years = years.length === ctx.years.length ? null : years;
    }
  }
  return state;
}

describe('every link the app writes reopens', () => {
  it('2,000 random valid states over every key read back equal, without notices', () => {
    const rng = createRng(20261130);
    const seen = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const ctx = randomContext(rng);
      for (let i = 0; i < 100; i++) {
        const state = randomValidState(rng, ctx);
        expect(isValidUrlState(state, ctx), JSON.stringify(state)).toBe(true);
        const link = writeUrl(state, ctx);
        expect(readUrl(link, ctx), link).toEqual({ state, notices: [] });
        // Opened in a browser, the link is a URL whose query the page sees as written.
        expect(new URL(`http://localhost/${link}`).search, link).toBe(link);
        for (const [key, value] of Object.entries(state)) if (value !== null && value !== false) seen.add(key);
      }
    }
    // The generator reached every key with a non-default value.
    expect([...seen].sort()).toEqual(Object.keys(GENERATE).sort());
  });

  it('carries ids of the longest length the ingest writes, whatever their characters', () => {
    expect(MAX_FACT_ID_LENGTH).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    expect(MAX_ARTICLE_ID_LENGTH).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    // The worst cases for percent-encoding: three UTF-8 bytes per unit, and characters that must be escaped.
    for (const unit of ['中', '%', '&', '😀', 'é']) {
      const fact = unit.repeat(MAX_FACT_ID_LENGTH / unit.length);
      const article = unit.repeat(MAX_ARTICLE_ID_LENGTH / unit.length);
      expect(fact.length).toBe(MAX_FACT_ID_LENGTH);
      const ctx = factsContext(new Map([[fact, { article, year: 2022 }]]));
      const state: UrlState = { ...readUrl('', ctx).state, fact, article };
      const link = writeUrl(state, ctx);
      expect(parseQuery(link).rejected.size, unit).toBe(0);
      expect(readUrl(link, ctx), unit).toEqual({ state, notices: [] });
    }
  });
});
