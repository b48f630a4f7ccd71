import { Map as MapLibreMap, NavigationControl, type GeoJSONSource, type FitBoundsOptions, type PointLike } from 'maplibre-gl';
import type { AppState, AppStore } from '../../src/state/store.ts';
import { type Boundaries, countryShapes, internalBorders } from '../../src/geo/boundaries.ts';
import { MAP_EXTENT, MIN_ZOOM, MAX_ZOOM } from '../../src/geo/extent.ts';
import { mapViewModel, type MapViewModel, type Tooltip } from '../../src/selectors/map-view-model.ts';
import { flowGeometry, type FlowGeometry } from '../../src/selectors/flows.ts';
import { baseStyle, LABEL_LAYER, LAYER, SOURCE } from './base-style.ts';
import {
  FACT_LAYER, FACT_LAYERS, FACT_SOURCES, IMAGE, MARK_LAYERS, SYMBOL_LAYERS, arrowheadImage, circleImage, codesFilter, hatchImage, squareImage,
  type LayerBinding,
} from './fact-layers.ts';
import { chipAnchor, chipIndexOf } from '../shared/chip-dock.ts';
import type { Position } from 'geojson';

export interface HoverInfo extends Tooltip {
  x: number;
  y: number;
}

export type Padding = { top: number; right: number; bottom: number; left: number };

/** What the map reports; the host turns these into store actions. The adapter dispatches none. */
export interface MapCallbacks {
  onHover(info: HoverInfo | null): void;
  onMarkClick(markId: string): void;
  onCountryClick(code: string | null): void;
  /** The map moved by itself (drag, zoom, a finished flight). */
  onViewChange(view: { zoom: number; lat: number; lon: number }): void;
  /** The drawing context was lost (true) or restored and redrawn (false). */
  onContextLost(lost: boolean): void;
  onError(message: string): void;
  /** Padding to keep clear of panels that cover the map when framing something. */
  framePadding(): Padding;
  /**
   * Whether a country selected by the opening link is moved out from under the panels. A link's view
   * was made on the sender's screen: on a phone, whose sheet covers half the map, it is adjusted; on
   * a wide screen it is kept exactly, as the sender saw it.
   */
  revealLinkedCountry(): boolean;
  /** The map has settled with the link applied and the facts drawn (or failed to load). */
  onSettled(): void;
}

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The canvas's accessible name: what the keys do on the focused map. */
export const MAP_KEYS_HELP = 'Map. Arrow keys pan, plus and minus zoom, N and P move between countries with facts, Enter selects.';

/** Reads the view model's input from the store's state (null until the boundaries and facts are in). */
export function viewModelOf(state: AppState): MapViewModel | null {
  if (state.dataset.status !== 'ready' || state.boundaries.status !== 'ready') return null;
  return mapViewModel({
    data: state.dataset.value,
    boundaries: state.boundaries.value,
    years: state.years,
    types: state.types,
    cats: state.cats,
    country: state.country,
    fact: state.fact,
    role: state.role,
    zoom: state.view.zoom,
  });
}

/**
 * All imperative MapLibre code lives here. The map is created once and removed in destroy(). Each
 * store change becomes a view model (src/selectors/map-view-model.ts); the adapter diffs it against
 * what it applied last (by identity) and touches only what changed: source data, layer filters,
 * feature states, camera. It builds no text and dispatches no action.
 */
export class MapAdapter {
  private readonly map: MapLibreMap;
  private readonly unsubscribe: () => void;
  private hovered: string | null = null;
  private keyFocus: string | null = null;
  private loaded = false;
  private lost = false;
  private vm: MapViewModel | null = null;
  /** The boundaries whose shapes the map holds: the map starts before they arrive. */
  private shapes: Boundaries | null = null;
  /** What was last sent to the map, per source, layer and feature. */
  private sentData = new Map<string, unknown>();
  private sentCodes = new Map<string, readonly string[]>();
  /** The country drawn as selected (feature state `selected`; the style reads no other country state). */
  private selectedShown: string | null = null;
  private markStates = new Map<string, { dim: boolean; emph: boolean }>();
  private geometry: { marks: unknown; chipsKey: string; value: FlowGeometry } | null = null;
  private redrawPending = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    private readonly callbacks: MapCallbacks,
  ) {
    // Before the link is read, the camera waits at this screen's home view (most links open there).
    const { view: linked, home, started } = store.getState();
    const view = started ? linked : home;
    const [w, s, e, n] = MAP_EXTENT;
    // Throws when the browser has no WebGL2: the host shows why the map is missing.
    this.map = new MapLibreMap({
      container,
      style: baseStyle(),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // Loose enough that framing can push a country above a phone's bottom sheet.
      maxBounds: [[w - 25, s - 20], [e + 25, n + 3]],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels and symbols appear at once: no fade animation, so fewer frames to draw.
      fadeDuration: 0,
      // The canvas is what the keyboard focuses: its name says how to use it.
      locale: { 'Map.Title': MAP_KEYS_HELP },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');
    container.dataset['mapIdle'] = 'false';
    this.map.on('load', () => this.onLoad());
    this.map.on('movestart', () => { container.dataset['mapIdle'] = 'false'; });
    this.map.on('idle', () => this.onIdle());
    this.map.on('moveend', () => this.onMoveEnd());
    this.map.on('mousemove', (e) => this.onPointerMove(e.point));
    this.map.on('mouseout', () => { this.setHovered(null); this.callbacks.onHover(null); });
    this.map.on('click', (e) => this.onClick(e.point));
    this.map.on('move', () => this.scheduleChipRedraw());
    this.map.on('error', (e) => this.callbacks.onError(e.error?.message ?? 'The map reported an error.'));
    this.map.on('webglcontextlost', () => this.onContextLost());
    this.map.on('webglcontextrestored', () => this.onContextRestored());
    this.unsubscribe = store.subscribe((next, prev) => this.onState(next, prev));
  }

  destroy(): void {
    this.unsubscribe();
    this.map.remove();
  }

  /** The canvas, for exporting the current view as an image. */
  canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /** Where a country's label point is on screen, for the keyboard's tooltip. */
  screenPointOf(code: string): { x: number; y: number } | null {
    const c = this.shapes?.countries.get(code);
    if (!c) return null;
    const p = this.map.project(c.label as [number, number]);
    return { x: p.x, y: p.y };
  }

  /** Outlines the country the keyboard is on (null: none). */
  setKeyFocus(code: string | null): void {
    if (code === this.keyFocus) return;
    this.keyFocus = code;
    if (!this.ready()) return;
    this.map.setFilter(FACT_LAYER.keyFocus, codesFilter(code ? [code] : []));
  }

  /** Moves the camera as little as needed so the selected country's label point is not under a panel. */
  revealSelected(): void {
    const code = this.store.getState().country;
    if (!this.ready() || !code) return;
    const c = this.shapes?.countries.get(code);
    if (!c) return;
    const pad = this.callbacks.framePadding();
    const { clientWidth: w, clientHeight: h } = this.container;
    const p = this.map.project(c.label as [number, number]);
    const inside = p.x >= pad.left && p.x <= w - pad.right && p.y >= pad.top && p.y <= h - pad.bottom;
    if (inside || w - pad.left - pad.right < 40 || h - pad.top - pad.bottom < 40) return;
    const target = { x: (pad.left + w - pad.right) / 2, y: (pad.top + h - pad.bottom) / 2 };
    this.map.panBy([p.x - target.x, p.y - target.y], { duration: reducedMotion() ? 0 : 400 });
  }

  /**
   * Settled: says so on the container, with where the selected country's label point is drawn (in
   * map pixels), so tests and tools can check what is framed without reading the canvas.
   */
  private onIdle(): void {
    // Settled means the facts are drawn (or failed to load), not just the sea: the first idles come before the data.
    const { started, dataset } = this.store.getState();
    if (!this.loaded || this.lost || !started || (!this.vm && dataset.status !== 'error')) return;
    const code = this.store.getState().country;
    const at = code ? this.screenPointOf(code) : null;
    if (at) this.container.dataset['selectedAt'] = `${Math.round(at.x)},${Math.round(at.y)}`;
    else delete this.container.dataset['selectedAt'];
    this.container.dataset['mapIdle'] = 'true';
    this.callbacks.onSettled();
  }

  private ready(): boolean {
    return this.loaded && !this.lost;
  }

  private onLoad(): void {
    this.addImagesAndLayers();
    this.loaded = true;
    this.applyAll();
    if (this.callbacks.revealLinkedCountry()) requestAnimationFrame(() => this.revealSelected());
  }

  /** The country shapes and borders, once, when the boundaries are in. */
  private applyShapes(): void {
    const b = this.store.getState().boundaries;
    if (b.status !== 'ready' || this.shapes === b.value) return;
    this.shapes = b.value;
    const shapes = countryShapes(b.value);
    this.source(SOURCE.countries).setData({ ...shapes, features: [...shapes.features, { ...internalBorders(b.value), properties: { border: 1 } }] });
  }

  private addImagesAndLayers(): void {
    const images: [string, ReturnType<typeof arrowheadImage>, boolean][] = [
      [IMAGE.arrowhead, arrowheadImage(), true],
      [IMAGE.circle, circleImage(), true],
      [IMAGE.square, squareImage(), true],
      [IMAGE.hatch, hatchImage(), false],
    ];
    for (const [id, image, sdf] of images) if (!this.map.hasImage(id)) this.map.addImage(id, image, { sdf });
    for (const l of [...FACT_LAYERS, LABEL_BINDING, ...SYMBOL_LAYERS]) if (!this.map.getLayer(l.spec.id)) this.map.addLayer(l.spec);
  }

  private source(id: string): GeoJSONSource {
    const src = this.map.getSource<GeoJSONSource>(id);
    if (!src) throw new Error(`map source ${id} is missing`);
    return src;
  }

  private onState(next: AppState, prev: AppState): void {
    if (next.camera && next.camera !== prev.camera) this.moveCamera(next.camera);
    if (!this.ready()) return;
    this.applyAll();
    // A selection with its own framing (a phone tap, a search) is framed; any other is revealed if hidden.
    if (next.country !== prev.country && next.country && next.camera === prev.camera) requestAnimationFrame(() => this.revealSelected());
  }

  /**
   * Diffs the view model against what was applied and sends only the differences. Nothing is sent
   * before the link is applied: then shapes and facts go in one go, and are drawn in one go.
   */
  private applyAll(): void {
    if (!this.ready() || !this.store.getState().started) return;
    this.applyShapes();
    const vm = viewModelOf(this.store.getState());
    if (!vm) return;
    this.vm = vm;
    this.applyData(vm);
    this.applyFilters(vm);
    this.applyCountryStates(vm);
    this.applyMarkStates(vm);
  }

  private applyData(vm: MapViewModel): void {
    const geometry = this.flowGeometry(vm);
    for (const s of FACT_SOURCES) {
      const data = s.data(vm, geometry);
      if (this.sentData.get(s.id) === data) continue;
      this.source(s.id).setData(data);
      this.sentData.set(s.id, data);
      // New data is drawn asynchronously: the map is not settled until its next 'idle'.
      this.container.dataset['mapIdle'] = 'false';
    }
  }

  private applyFilters(vm: MapViewModel): void {
    for (const l of FACT_LAYERS) {
      if (!l.codes) continue;
      const codes = l.codes(vm);
      if (this.sentCodes.get(l.spec.id) === codes) continue;
      this.map.setFilter(l.spec.id, codesFilter(codes));
      this.sentCodes.set(l.spec.id, codes);
    }
  }

  private applyCountryStates(vm: MapViewModel): void {
    const selected = [...vm.countries].find(([, st]) => st.selected)?.[0] ?? null;
    if (selected === this.selectedShown) return;
    if (this.selectedShown) this.map.setFeatureState({ source: SOURCE.countries, id: this.selectedShown }, { selected: false });
    if (selected) this.map.setFeatureState({ source: SOURCE.countries, id: selected }, { selected: true });
    this.selectedShown = selected;
  }

  private applyMarkStates(vm: MapViewModel): void {
    // A mark's line, head and figure share its id: one state per source styles all of it.
    const sources = [SOURCE.lines, SOURCE.points];
    for (const [id, s] of vm.markStates) {
      const was = this.markStates.get(id);
      if (was && was.dim === s.dim && was.emph === s.emph) continue;
      for (const source of sources) this.map.setFeatureState({ source, id }, { ...s });
      this.markStates.set(id, s);
    }
    for (const id of [...this.markStates.keys()]) if (!vm.markStates.has(id)) this.markStates.delete(id);
  }

  /** Chips stay put on screen while the map moves: marks from them are recomputed from their screen anchor. */
  private flowGeometry(vm: MapViewModel): FlowGeometry {
    const chips = vm.scene.offmap.map((a) => a.code);
    const usesChips = vm.marks.some((m) => chips.includes(m.from) || m.to.some((t) => chips.includes(t)));
    const c = this.map.getCenter();
    const zoom = this.map.getZoom();
    // Arrows stop at the receiver's symbol, a distance in pixels: the geometry follows the zoom.
    const zoomKey = Math.round(zoom * 4) / 4;
    const chipsKey = usesChips ? `${chips.join(',')}@${zoom}/${c.lng}/${c.lat}/${this.container.clientWidth}x${this.container.clientHeight}` : `@${zoomKey}`;
    if (this.geometry && this.geometry.marks === vm.marks && this.geometry.chipsKey === chipsKey) return this.geometry.value;
    const metresPerPx = 40075016.686 / (512 * 2 ** zoomKey);
    const gapOf = (code: string) => (shapes?.countries.has(code) ? ((vm.extents.get(code) ?? 3) + 5) * metresPerPx : undefined);
    const shapes = this.shapes;
    const anchorOf = (code: string): Position | null => {
      const country = shapes?.countries.get(code);
      if (country) return country.label;
      const index = chipIndexOf(chips, code);
      if (index < 0) return null;
      const p = this.map.unproject(chipAnchor(index));
      return [p.lng, p.lat];
    };
    const value = flowGeometry(vm.marks, anchorOf, gapOf);
    this.geometry = { marks: vm.marks, chipsKey, value };
    return value;
  }

  private scheduleChipRedraw(): void {
    if (this.redrawPending || !this.vm || this.vm.scene.offmap.length === 0) return;
    this.redrawPending = true;
    requestAnimationFrame(() => {
      this.redrawPending = false;
      if (this.vm && this.ready()) this.applyData(this.vm);
    });
  }

  private moveCamera(request: NonNullable<AppState['camera']>): void {
    if (this.lost) return;
    const duration = request.animate && !reducedMotion() ? 900 : 0;
    if (request.kind === 'view') {
      const { view } = request;
      this.map.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration });
      if (request.link && this.callbacks.revealLinkedCountry()) requestAnimationFrame(() => this.revealSelected());
      return;
    }
    const [w, s, e, n] = request.bounds;
    // Wait a frame: the panel this selection opens is not laid out yet, and framing must clear it.
    requestAnimationFrame(() => {
      const options: FitBoundsOptions = { padding: this.callbacks.framePadding(), maxZoom: 6, duration };
      this.map.fitBounds([[w, s], [e, n]], options);
    });
  }

  private onMoveEnd(): void {
    const c = this.map.getCenter();
    this.callbacks.onViewChange({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
  }

  private markAt(point: { x: number; y: number }): string | null {
    if (!this.ready()) return null;
    const r = 5; // px of slack: thin arrows are hard to hit exactly
    const box: [PointLike, PointLike] = [[point.x - r, point.y - r], [point.x + r, point.y + r]];
    const hits = this.map.queryRenderedFeatures(box, { layers: [...MARK_LAYERS] });
    const id = hits[0]?.properties['id'];
    return typeof id === 'string' ? id : null;
  }

  /** A place symbol under the point (with a few pixels of slack, for fingers): it stands for its country. */
  private placeAt(point: { x: number; y: number }): string | null {
    if (!this.ready()) return null;
    const r = 6;
    const hits = this.map.queryRenderedFeatures([[point.x - r, point.y - r], [point.x + r, point.y + r]], { layers: [FACT_LAYER.symbols] });
    const code = hits[0]?.properties['code'];
    return typeof code === 'string' ? code : null;
  }

  private countryAt(point: { x: number; y: number }): string | null {
    if (!this.ready()) return null;
    const hits = this.map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER.countryFill] });
    return hits[0] ? String(hits[0].id) : null;
  }

  private onPointerMove(point: { x: number; y: number }): void {
    const mark = this.placeAt(point) ? null : this.markAt(point);
    const tip = mark ? this.vm?.tooltips.mark(mark) : undefined;
    if (mark && tip) {
      this.setHovered(null);
      this.map.getCanvas().style.cursor = 'pointer';
      this.callbacks.onHover({ ...tip, x: point.x, y: point.y });
      return;
    }
    const code = this.placeAt(point) ?? this.countryAt(point);
    this.setHovered(code);
    const info = code ? this.vm?.tooltips.country(code) : undefined;
    this.callbacks.onHover(info ? { ...info, x: point.x, y: point.y } : null);
  }

  private setHovered(code: string | null): void {
    if (code === this.hovered) return;
    if (this.hovered) this.map.setFeatureState({ source: SOURCE.countries, id: this.hovered }, { hover: false });
    if (code) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { hover: true });
    this.hovered = code;
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    if (!code) this.callbacks.onHover(null);
  }

  /** A place symbol selects its country; else an arrow (or its head or figure) opens its facts; else the country under it. */
  private onClick(point: { x: number; y: number }): void {
    const place = this.placeAt(point);
    const mark = place ? null : this.markAt(point);
    if (mark) this.callbacks.onMarkClick(mark);
    else this.callbacks.onCountryClick(place ?? this.countryAt(point));
  }

  /** MapLibre drops the style with the context: stop touching it until it is rebuilt. */
  private onContextLost(): void {
    this.lost = true;
    this.container.dataset['mapIdle'] = 'false';
    this.callbacks.onHover(null);
    this.callbacks.onContextLost(true);
  }

  /** MapLibre rebuilds the style from a snapshot; feature states and filters are ours to send again. */
  private onContextRestored(): void {
    const restore = () => {
      this.lost = false;
      this.shapes = null;
      this.sentData.clear();
      this.sentCodes.clear();
      this.selectedShown = null;
      this.markStates.clear();
      this.geometry = null;
      this.hovered = null;
      this.addImagesAndLayers();
      this.applyAll();
      const key = this.keyFocus;
      this.keyFocus = null;
      this.setKeyFocus(key);
      this.callbacks.onContextLost(false);
      this.map.triggerRepaint();
    };
    if (this.map.isStyleLoaded()) restore();
    else this.map.once('style.load', restore);
  }
}

/** The country labels sit between the fact layers and the symbols above them. */
const LABEL_BINDING: LayerBinding = { spec: LABEL_LAYER };
