import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { actions, type AppStore } from '../../src/state/store.ts';
import { useAppStoreApi } from '../shared/store-context.ts';
import { MapAdapter, viewModelOf, type HoverInfo, type Padding } from './map-adapter.ts';
import { setMapCanvasProvider } from '../shared/map-canvas.ts';
import { CHIP_DOCK } from '../shared/chip-dock.ts';
import { firstViewSettled } from '../shared/after-first-view.ts';
import { MapUnavailable } from './MapUnavailable.tsx';
import { MapErrorBoundary } from './MapErrorBoundary.tsx';

setWorkerUrl(workerUrl);

type Status = { kind: 'ok' } | { kind: 'unsupported'; reason: string } | { kind: 'lost' };

/** Narrow maps (phones) frame what the reader taps, because the sheet it opens covers half the map. */
const narrow = (el: HTMLElement) => el.clientWidth <= 700;

/**
 * The map, with anything that breaks while drawing it contained to its own box. It can mount
 * before the boundaries and facts arrive: the map starts up while they download.
 */
export function MapView() {
  return (
    <MapErrorBoundary>
      <MapCanvas />
    </MapErrorBoundary>
  );
}

/** Hosts the one MapLibre map: created on mount, removed on unmount; turns its reports into actions. */
function MapCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const store = useAppStoreApi();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'ok' });
  const [keyFocus, setKeyFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(el, store, {
        onHover: setHover,
        onMarkClick: (id) => markClicked(store, id),
        onCountryClick: (code) => actions.selectCountry(store, code, code && narrow(el) ? boundsOf(store, code) : undefined),
        onViewChange: (view) => actions.viewFromMap(store, view),
        onContextLost: (lost) => setStatus(lost ? { kind: 'lost' } : { kind: 'ok' }),
        onError: (message) => console.warn(`map: ${message}`),
        framePadding: () => framePadding(el),
        revealLinkedCountry: () => narrow(el),
        onSettled: firstViewSettled,
      });
    } catch (err) {
      // No WebGL2, or it is switched off: the browser told us by failing to create the map. Say
      // so, and keep every other part of the page.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the failure is only known here
      setStatus({ kind: 'unsupported', reason: err instanceof Error ? err.message : String(err) });
      return;
    }
    adapterRef.current = adapter;
    setMapCanvasProvider(() => adapter.canvas());
    return () => {
      adapterRef.current = null;
      setMapCanvasProvider(null);
      adapter.destroy();
    };
  }, [store]);

  useEffect(() => adapterRef.current?.setKeyFocus(keyFocus), [keyFocus]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const adapter = adapterRef.current;
    const vm = viewModelOf(store.getState());
    if (!adapter || !vm || e.altKey || e.ctrlKey || e.metaKey) return;
    const order = vm.keyboardOrder;
    const key = e.key.toLowerCase();
    if ((key === 'n' || key === 'p') && order.length > 0) {
      e.preventDefault();
      const i = keyFocus ? order.indexOf(keyFocus) : -1;
      const next = order[key === 'n' ? (i + 1) % order.length : (i <= 0 ? order.length - 1 : i - 1)]!;
      setKeyFocus(next);
      const tip = vm.tooltips.country(next);
      const at = adapter.screenPointOf(next);
      if (tip && at) setHover({ ...tip, x: at.x, y: at.y });
      if (tip) setAnnouncement(`${tip.title}: ${tip.lines.join('. ')}. Press Enter to select.`);
    } else if (e.key === 'Enter' && keyFocus) {
      e.preventDefault();
      actions.selectCountry(store, keyFocus, narrow(e.currentTarget) ? boundsOf(store, keyFocus) : undefined);
      setAnnouncement(`${vm.tooltips.country(keyFocus)?.title ?? keyFocus} selected.`);
    } else if (e.key === 'Escape' && keyFocus) {
      // Leaves the country the keyboard was on; a second Escape reaches the page (clears the selection).
      e.preventDefault();
      setKeyFocus(null);
      setHover(null);
    }
  }

  if (status.kind === 'unsupported') return <MapUnavailable reason={status.reason} />;

  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map"
        role="region"
        aria-label="Map of countries"
        data-testid="map"
        onKeyDown={onKeyDown}
        onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) { setKeyFocus(null); setHover(null); } }}
      />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcer">{announcement}</p>
      <button
        type="button"
        className="map-reset"
        aria-label="Reset view"
        title="Reset view"
        onClick={() => actions.viewFromApp(store, store.getState().home, true)}
      >
        <span aria-hidden="true">⌂</span>
      </button>
      {status.kind === 'lost' && (
        <p className="map-lost" role="status">The map’s drawing context was lost; it is redrawn as soon as the browser gives it back.</p>
      )}
      {hover && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          <strong>{hover.title}</strong>
          {hover.lines.map((line) => <span key={line}>{line}</span>)}
        </div>
      )}
    </div>
  );
}

/**
 * An arrow that stands for one fact opens it in its article; one that stands for many lists them
 * all in the country's details, at the arrow's group (the selected country's side if it is an end).
 */
function markClicked(store: AppStore, id: string): void {
  const state = store.getState();
  const vm = viewModelOf(state);
  const mark = vm?.marks.find((m) => m.id === id);
  if (!vm || !mark || state.dataset.status !== 'ready') return;
  if (mark.factIndexes.length === 1) {
    const data = state.dataset.value;
    const i = mark.factIndexes[0]!;
    actions.showFactInArticle(store, data.id(i), data.articleId(i));
    return;
  }
  const c = state.country;
  // The panel's model names the groups; it comes with the panel's code, which this click opens anyway.
  void import('../../src/selectors/country-panel.ts').then(({ groupKeyOf }) => {
    if (c && mark.to.includes(c)) actions.showMarkFacts(store, c, groupKeyOf(mark, c), 'received');
    else actions.showMarkFacts(store, mark.from, groupKeyOf(mark, mark.from), 'sent');
  });
}

function boundsOf(store: AppStore, code: string): [number, number, number, number] | undefined {
  const b = store.getState().boundaries;
  return b.status === 'ready' ? b.value.countries.get(code)?.bounds : undefined;
}

/** Keep what the app frames clear of the side panel, the chips and the legend, whichever is open. */
function framePadding(el: HTMLElement): Padding {
  const rect = el.getBoundingClientRect();
  const pad = { top: 48, right: 24, bottom: 24, left: 24 };
  const wide = rect.width > 700;
  // Arrows start at the actor chips docked on the left: on a wide map, keep what is framed clear
  // of them too (on a phone that would leave no room).
  if (wide && el.closest('main')?.querySelector('.actor-chips')) pad.left = CHIP_DOCK.left + CHIP_DOCK.width + 16;
  for (const panel of document.querySelectorAll<HTMLElement>('[data-covers-map]')) {
    const p = panel.getBoundingClientRect();
    if (p.width === 0 || p.height === 0) continue;
    // The legend is a corner: a column on a wide map, ignored on a phone (it is collapsed there).
    if (panel.dataset['coversMap'] === 'corner' && !wide) continue;
    // On a phone the panels are sheets over the bottom of the map; on a wide screen, columns.
    if (p.width > rect.width * 0.8) pad.bottom = Math.max(pad.bottom, rect.bottom - p.top + 16);
    else if (p.left + p.width / 2 > rect.left + rect.width / 2) pad.right = Math.max(pad.right, rect.right - p.left + 16);
    else pad.left = Math.max(pad.left, p.right - rect.left + 16);
  }
  return pad;
}
