import type { FactHome, UrlContext } from './url-state.ts';

/** Fact ids in the shape the ingest writes: `<articleId>:<type>:<hash>`. */
export const TEST_FACT_IDS = [
  '003_2170261719692671:arms_shipment:1a2b3c',
  '003_2170261719692671:quote:9f8e7d',
  '017_2170261719700000:troop_deployment:00aa11',
] as const;

export const TEST_ARTICLE_IDS = ['003_2170261719692671', '017_2170261719700000'] as const;

/** Article 003 is from 2022, article 017 from 2024. */
export const TEST_FACTS: ReadonlyMap<string, FactHome> = new Map([
  [TEST_FACT_IDS[0], { article: TEST_ARTICLE_IDS[0], year: 2022 }],
  [TEST_FACT_IDS[1], { article: TEST_ARTICLE_IDS[0], year: 2022 }],
  [TEST_FACT_IDS[2], { article: TEST_ARTICLE_IDS[1], year: 2024 }],
]);

/** A context whose facts are a Map, so a test can list them. */
export type ListedFactsContext = UrlContext & { facts: ReadonlyMap<string, FactHome> };

/** A context holding exactly these facts; their articles are the context's articles. */
export function factsContext(facts: ReadonlyMap<string, FactHome>, overrides: Partial<UrlContext> = {}): ListedFactsContext {
  return { ...testContext({ articleIds: new Set([...facts.values()].map((f) => f.article)), ...overrides }), facts };
}

/** A small context like the one the app builds once the dataset and boundaries are loaded. */
export function testContext(overrides: Partial<UrlContext> = {}): UrlContext {
  return {
    actors: new Set(['EE', 'LV', 'LT', 'PL', 'UA', 'FI', 'RO', 'DE', 'US', 'CA', 'NATO', 'EU']),
    years: [2022, 2024],
    facts: TEST_FACTS,
    articleIds: new Set(TEST_ARTICLE_IDS),
    minZoom: 3,
    maxZoom: 12,
    home: { zoom: 4.5, lat: 54, lon: 24 },
    ...overrides,
  };
}
