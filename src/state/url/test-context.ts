import type { UrlContext } from './url-state.ts';

/** Fact ids in the shape the ingest writes: `<articleId>:<type>:<hash>`. */
export const TEST_FACT_IDS = [
  '003_2170261719692671:arms_shipment:1a2b3c',
  '003_2170261719692671:quote:9f8e7d',
  '017_2170261719700000:troop_deployment:00aa11',
] as const;

export const TEST_ARTICLE_IDS = ['003_2170261719692671', '017_2170261719700000'] as const;

/** A small context like the one the app builds once the dataset and boundaries are loaded. */
export function testContext(overrides: Partial<UrlContext> = {}): UrlContext {
  return {
    actors: new Set(['EE', 'LV', 'LT', 'PL', 'UA', 'FI', 'RO', 'DE', 'US', 'CA', 'NATO', 'EU']),
    years: [2022, 2024],
    factIds: new Set(TEST_FACT_IDS),
    articleIds: new Set(TEST_ARTICLE_IDS),
    minZoom: 3,
    maxZoom: 12,
    home: { zoom: 4.5, lat: 54, lon: 24 },
    ...overrides,
  };
}
