import { lazy, Suspense, useEffect } from 'react';
import { actorName } from '../../src/selectors/actors.ts';
import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries } from '../shared/use-scene.ts';
import { Loading } from '../shared/Loading.tsx';
import { afterFirstView } from '../shared/after-first-view.ts';
import { LoadBoundary } from '../shared/LoadBoundary.tsx';
// See FactTableLayer: the stylesheets keep their place in the page's cascade.
import '../review/review.css';
import './country-panel.css';

// The panel opens on a click, a search or a link; its code (the panel's model, fact cards, review
// controls) is not part of the first view.
const loadCountryPanel = () => import('./CountryPanel.tsx');
const CountryPanel = lazy(() => loadCountryPanel().then((m) => ({ default: m.CountryPanel })));

/** "Country details" when a country or actor is selected. */
export function CountryPanelLayer() {
  const country = useApp((s) => s.country);
  // Fetched ahead of the first click, so opening the panel does not wait on the network.
  // A failed fetch here is not reported: opening the panel asks for it again and says so if it fails.
  useEffect(() => afterFirstView(() => void loadCountryPanel().catch(() => {})), []);
  if (!country) return null;
  const failed = <PanelShell country={country} message="The country’s details could not be loaded. Check the connection and reload the page." />;
  return (
    <LoadBoundary failed={failed}>
      <Suspense fallback={<PanelShell country={country} />}>
        <CountryPanel />
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * The panel's frame while its code arrives: the same box and heading, so the map frames a
 * selection clear of it and nothing jumps when the panel fills in.
 */
function PanelShell({ country, message }: { country: string; message?: string }) {
  const store = useAppStoreApi();
  const boundaries = useBoundaries();
  return (
    <aside className="panel country-panel panel-loading" aria-label="Country details" data-covers-map>
      {/* The sheet's handle as drawn on a phone; it works once the panel is in. */}
      <div className="sheet-handle" aria-hidden="true"><span /></div>
      <header className="panel-header">
        <h2 tabIndex={-1}>{actorName(country, boundaries)}</h2>
        <button type="button" className="icon-button" aria-label="Close country details" onClick={() => actions.clearSelection(store)}>
          ×
        </button>
      </header>
      <div className="panel-body">
        {message ? <p className="muted" role="alert">{message}</p> : <Loading what="the country’s facts" inline />}
      </div>
    </aside>
  );
}
