import { useEffect, useMemo, useRef, useState } from 'react';
import { actions } from '../src/state/store.ts';
import { pickableActors, searchGroups, type ActorInfo } from '../src/selectors/actors.ts';
import { activityInYears } from '../src/selectors/year-parts.ts';
import { viewCaption } from '../src/selectors/summary.ts';
import { datasetYears, shownYears } from '../src/selectors/years.ts';
import { useApp, useAppStoreApi } from './shared/store-context.ts';
import { MapView } from './map/MapView.tsx';
import { CountrySearch } from './search/CountrySearch.tsx';
import { CountryPanelLayer } from './country-panel/CountryPanelLayer.tsx';
import { Notice } from './shared/Notice.tsx';
import { DataStatus } from './shared/DataStatus.tsx';
import { YearToggles } from './layers/YearToggles.tsx';
import { Filters } from './filters/Filters.tsx';
import { ActorChips } from './actors/ActorChips.tsx';
import { ArticleReaderLayer } from './reader/ArticleReaderLayer.tsx';
import { Legend } from './legend/Legend.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';
import { FactTableLayer } from './table/FactTableLayer.tsx';
import { TableButton } from './table/TableButton.tsx';
import { Summary } from './summary/Summary.tsx';
import { Topbar } from './shell/Topbar.tsx';
import { closeInnermostLayer, trackLayerFocus } from './shell/layers.ts';
import { ReviewMenu } from './review/ReviewMenu.tsx';
import { fullMapHref } from './shared/links.ts';

export function App() {
  const store = useAppStoreApi();
  const boundaries = useApp((s) => s.boundaries);
  const dataset = useApp((s) => s.dataset);
  const started = useApp((s) => s.started);
  const embed = useApp((s) => s.embed);
  const years = useApp((s) => s.years);
  const country = useApp((s) => s.country);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  const data = dataset.status === 'ready' ? dataset.value : null;
  const options = useMemo(() => {
    if (boundaries.status !== 'ready') return [];
    const codes = data ? data.actorCodes() : [];
    return pickableActors(boundaries.value, codes);
  }, [boundaries, data]);
  // The search offers the busiest actors first and groups as of the latest reporting shown.
  const shownDates = useMemo(() => {
    if (!data) return [];
    const shown = new Set(shownYears(years, datasetYears(data)));
    return data.articles.filter((a) => shown.has(Number(a.date.slice(0, 4)))).map((a) => a.date).sort();
  }, [data, years]);
  const activity = useMemo(() => (data ? activityInYears(data, years) : new Map<string, number>()), [data, years]);
  const groups = useMemo(() => {
    const date = shownDates.at(-1) ?? new Date().toISOString().slice(0, 10);
    return boundaries.status === 'ready' ? searchGroups(boundaries.value, date) : [];
  }, [boundaries, shownDates]);

  useEffect(() => trackLayerFocus(store), [store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // A modal dialog closes itself on Escape; nothing under it should close too.
      if (document.querySelector('dialog[open]')) return;
      const menuButton = menuButtonRef.current;
      const menuShown = menuButton !== null && menuButton.getClientRects().length > 0;
      if (menuOpen && menuShown && document.activeElement?.closest('.topbar')) {
        setMenuOpen(false);
        menuButton.focus();
        return;
      }
      closeInnermostLayer(store);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, menuOpen]);

  function pick(o: ActorInfo) {
    const bounds = boundaries.status === 'ready' ? boundaries.value.countries.get(o.code)?.bounds : undefined;
    actions.selectCountry(store, o.code, bounds);
  }

  // The map starts while the boundaries and facts download; it draws them when they arrive.
  const map = boundaries.status !== 'error' && <MapView />;
  const chips = boundaries.status === 'ready' && started && <ActorChips />;

  if (embed) {
    // Embedded in another page: a title, the map and its legend, a source line, and a way out to the full map.
    const caption = viewCaption({
      country: country ? (options.find((o) => o.code === country)?.name ?? country) : null,
      years: data ? shownYears(years, datasetYears(data)) : [],
      dates: data ? [...new Set(data.articles.map((a) => a.date))].sort() : [],
    });
    return (
      <div className="app embed">
        {/* Not a <header>: the embed has no page chrome, only what a figure needs to stand alone. */}
        <div className="embed-head">
          <h1 className="embed-title">{caption.title}</h1>
          <p className="embed-subtitle">{caption.subtitle}</p>
        </div>
        <main className="main">
          {map}
          {chips}
          <Legend />
          <DataStatus />
          <a className="open-full" href={fullMapHref()} target="_blank" rel="noopener">Open full map<span className="visually-hidden"> (opens in a new tab)</span></a>
        </main>
        <footer className="embed-source"><p>{caption.source}</p></footer>
        <Notice />
      </div>
    );
  }

  return (
    <div className="app">
      <Topbar
        menuOpen={menuOpen}
        onMenu={setMenuOpen}
        menuButtonRef={menuButtonRef}
        search={<CountrySearch options={options} groups={groups} activity={activity} onPick={pick} />}
        tools={
          <>
            <YearToggles />
            <Filters />
            <TableButton />
            <ReviewMenu />
            <ShareMenu />
          </>
        }
      />
      <Summary />
      <main className="main">
        {map}
        {boundaries.status === 'loading' && <p className="map-status" role="status">Loading the map…</p>}
        {boundaries.status === 'error' && (
          <p className="map-status error" role="alert">The map’s boundaries could not be loaded: {boundaries.message}</p>
        )}
        {chips}
        <Legend />
        <DataStatus />
        <FactTableLayer />
        <CountryPanelLayer />
        <ArticleReaderLayer />
      </main>
      <Notice />
    </div>
  );
}
