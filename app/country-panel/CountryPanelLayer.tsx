import { lazy, Suspense, useEffect } from 'react';
import { actorName } from '../../src/selectors/actors.ts';
import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries } from '../shared/use-scene.ts';
import { Loading } from '../shared/Loading.tsx';
import { afterFirstView } from '../shared/after-first-view.ts';
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
  useEffect(() => afterFirstView(() => void loadCountryPanel()), []);
  if (!country) return null;
  return (
    <Suspense fallback={<PanelShell country={country} />}>
      <CountryPanel />
    </Suspense>
  );
}

/**
 * The panel's frame while its code arrives: the same box and heading, so the map frames a
 * selection clear of it and nothing jumps when the panel fills in.
 */
function PanelShell({ country }: { country: string }) {
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
        <Loading what="the country’s facts" inline />
      </div>
    </aside>
  );
}
