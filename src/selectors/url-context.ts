import type { AppState } from '../state/store.ts';
import type { FactHomes, UrlContext } from '../state/url/url-state.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/extent.ts';
import { ORGANISATIONS } from '../model/dataset.ts';
import { datasetYears } from './years.ts';
import { memoLast } from './memo.ts';

const NO_FACTS: FactHomes = { get: () => undefined, has: () => false };

/** Fact homes read from the columns when asked for: a table of every fact's home would cost a megabyte at 20,000 facts. */
function factHomes(data: FactColumns): FactHomes {
  return {
    get(id) {
      const i = data.indexOf(id);
      return i < 0 ? undefined : { article: data.articleId(i), year: data.year(i) };
    },
    has: (id) => data.indexOf(id) >= 0,
  };
}

const contextFor = memoLast((boundaries: AppState['boundaries'], dataset: AppState['dataset'], home: AppState['home']): UrlContext => {
  const actors = new Set<string>(ORGANISATIONS);
  if (boundaries.status === 'ready') for (const code of boundaries.value.countries.keys()) actors.add(code);
  const data = dataset.status === 'ready' ? dataset.value : null;
  if (data) for (const a of data.actorCodes()) actors.add(a);
  return {
    actors,
    years: data ? datasetYears(data) : [],
    facts: data ? factHomes(data) : NO_FACTS,
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
