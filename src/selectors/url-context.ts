import type { AppState } from '../state/store.ts';
import type { UrlContext } from '../state/url/url-state.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/extent.ts';
import { ORGANISATIONS } from '../model/dataset.ts';
import { datasetYears, yearOf } from './years.ts';
import { memoLast } from './memo.ts';

const contextFor = memoLast((boundaries: AppState['boundaries'], dataset: AppState['dataset'], home: AppState['home']): UrlContext => {
  const actors = new Set<string>(ORGANISATIONS);
  if (boundaries.status === 'ready') for (const code of boundaries.value.countries.keys()) actors.add(code);
  const data = dataset.status === 'ready' ? dataset.value : null;
  if (data) for (const f of data.facts) for (const a of [...f.from, ...f.to]) actors.add(a);
  return {
    actors,
    years: data ? datasetYears(data) : [],
    facts: new Map(data?.facts.map((f) => [f.id, { article: f.articleId, year: yearOf(f.date) }]) ?? []),
    articleIds: new Set(data?.articles.map((a) => a.id) ?? []),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    home: { ...home },
  };
});

/**
 * What a link is judged against: the actors, years, facts and articles the app can show. Every
 * "Read in article" link asks for it, so it is built once per loaded data and home view.
 */
export function urlContext(s: AppState): UrlContext {
  return contextFor(s.boundaries, s.dataset, s.home);
}
