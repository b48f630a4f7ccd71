import { describe, expect, it } from 'vitest';
import { followFact, isCoherent, linkableState } from './link-coherence.ts';
import { readUrl } from './read-url.ts';
import { writeUrl } from './write-url.ts';
import { testContext, TEST_ARTICLE_IDS, TEST_FACT_IDS } from './test-context.ts';
import { DEFAULT_URL_STATE, type UrlState } from './url-state.ts';

const ctx = testContext();
const state = (over: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...over });
// TEST_FACT_IDS[0] is in article 0 (2022); TEST_FACT_IDS[2] in article 1 (2024).
const [fact2022, , fact2024] = TEST_FACT_IDS;
const [article2022, article2024] = TEST_ARTICLE_IDS;

describe('a link whose fact disagrees with the rest', () => {
  it('opens the fact’s own article, with a notice', () => {
    const { state: s, notices } = readUrl(`?v=1&fact=${fact2022}&article=${article2024}`, ctx);
    expect(s).toEqual(state({ fact: fact2022, article: article2022 }));
    expect(notices).toEqual([{ param: 'article', value: article2024, reason: 'does not hold the linked fact, so the fact’s own article is open instead' }]);
  });

  it('shows the fact’s year too, with a notice', () => {
    const { state: s, notices } = readUrl(`?v=1&country=EE&years=2024&fact=${fact2022}`, testContext({ years: [2014, 2022, 2024] }));
    expect(s).toEqual(state({ country: 'EE', years: [2022, 2024], fact: fact2022 }));
    expect(notices).toEqual([{ param: 'years', value: '2024', reason: 'hide the linked fact, so 2022 is shown too' }]);
  });

  it('collapses to every year when the added one completes the set', () => {
    expect(readUrl(`?v=1&years=2022&fact=${fact2024}`, ctx).state.years).toBeNull();
  });

  it('is left alone when it agrees', () => {
    const s = state({ fact: fact2024, article: article2024, years: [2024] });
    expect(followFact(s, ctx)).toEqual({ state: s, notices: [] });
    expect(isCoherent(s, ctx)).toBe(true);
    expect(readUrl(writeUrl(s, ctx), ctx)).toEqual({ state: s, notices: [] });
  });
});

describe('writing a state whose fact is not on screen', () => {
  it('leaves out a fact of a hidden year', () => {
    const s = state({ country: 'EE', years: [2024], fact: fact2022 });
    expect(isCoherent(s, ctx)).toBe(false);
    expect(linkableState(s, ctx)).toEqual(state({ country: 'EE', years: [2024] }));
    expect(writeUrl(s, ctx)).toBe('?v=1&country=EE&years=2024');
  });

  it('leaves out a fact of another article than the one being read', () => {
    const s = state({ fact: fact2022, article: article2024 });
    expect(writeUrl(s, ctx)).toBe(`?v=1&article=${article2024}`);
    expect(readUrl(writeUrl(s, ctx), ctx)).toEqual({ state: linkableState(s, ctx), notices: [] });
  });
});
