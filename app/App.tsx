import { useEffect, useMemo } from 'react';
import { actions } from '../src/state/store.ts';
import { pickableActors, type ActorInfo } from '../src/selectors/actors.ts';
import { useApp, useAppStoreApi } from './shared/store-context.ts';
import { MapView } from './map/MapView.tsx';
import { CountrySearch } from './search/CountrySearch.tsx';
import { CountryPanel } from './country-panel/CountryPanel.tsx';
import { Notice } from './shared/Notice.tsx';
import { DataStatus } from './shared/DataStatus.tsx';
import { YearToggles } from './layers/YearToggles.tsx';
import { Filters } from './filters/Filters.tsx';
import { ActorChips } from './actors/ActorChips.tsx';
import { ArticleReader } from './reader/ArticleReader.tsx';
import { Legend } from './legend/Legend.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';
import { fullMapHref } from './shared/links.ts';

export function App() {
  const store = useAppStoreApi();
  const boundaries = useApp((s) => s.boundaries);
  const dataset = useApp((s) => s.dataset);
  const started = useApp((s) => s.started);
  const embed = useApp((s) => s.embed);

  const options = useMemo(() => {
    if (boundaries.status !== 'ready') return [];
    const codes = dataset.status === 'ready' ? dataset.value.facts.flatMap((f) => [...f.from, ...f.to]) : [];
    return pickableActors(boundaries.value, codes);
  }, [boundaries, dataset]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) actions.clearSelection(store);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  function pick(o: ActorInfo) {
    const bounds = boundaries.status === 'ready' ? boundaries.value.countries.get(o.code)?.bounds : undefined;
    actions.selectCountry(store, o.code, bounds);
  }

  if (embed) {
    // Embedded in another page: the map and its legend, no chrome, and a way out to the full map.
    return (
      <div className="app embed">
        <main className="main">
          {boundaries.status !== 'error' && <MapView />}
          {boundaries.status === 'ready' && started && <ActorChips />}
          <Legend />
          <DataStatus />
          <a className="open-full" href={fullMapHref()} target="_blank" rel="noopener">Open full map</a>
        </main>
        <Notice />
      </div>
    );
  }

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Eastern Flank Map</h1>
        <div data-focus-panel-on-select>
          <CountrySearch options={options} onPick={pick} />
        </div>
        <YearToggles />
        <Filters />
        <ShareMenu />
      </header>
      <main className="main">
        {boundaries.status !== 'error' && <MapView />}
        {boundaries.status === 'loading' && <p className="map-status" role="status">Loading the map…</p>}
        {boundaries.status === 'error' && (
          <p className="map-status error" role="alert">The map’s boundaries could not be loaded: {boundaries.message}</p>
        )}
        {boundaries.status === 'ready' && started && <ActorChips />}
        <Legend />
        <DataStatus />
        <CountryPanel />
        <ArticleReader />
      </main>
      <Notice />
    </div>
  );
}
