import type { AppState } from '../state/store.ts';
import type { UrlContext } from '../state/url/url-state.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/extent.ts';
import { ORGANISATIONS } from '../model/dataset.ts';
import { datasetYears } from './years.ts';

/** What a link is judged against: the actors, years, facts and articles the app can show. */
export function urlContext(s: AppState): UrlContext {
  const actors = new Set<string>(ORGANISATIONS);
  if (s.boundaries.status === 'ready') for (const code of s.boundaries.value.countries.keys()) actors.add(code);
  const data = s.dataset.status === 'ready' ? s.dataset.value : null;
  if (data) for (const f of data.facts) for (const a of [...f.from, ...f.to]) actors.add(a);
  return {
    actors,
    years: data ? datasetYears(data) : [],
    factIds: new Set(data?.facts.map((f) => f.id) ?? []),
    articleIds: new Set(data?.articles.map((a) => a.id) ?? []),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    home: { ...s.home },
  };
}
