import { Map as MapLibreMap, NavigationControl, type GeoJSONSource, type MapLayerMouseEvent, type FitBoundsOptions } from 'maplibre-gl';
import type { AppState, AppStore } from '../../src/state/store.ts';
import { actions } from '../../src/state/store.ts';
import { type Boundaries, countryShapes, internalBorders, countryLabels } from '../../src/geo/boundaries.ts';
import { MAP_EXTENT, MIN_ZOOM, MAX_ZOOM } from '../../src/geo/extent.ts';
import { baseStyle, LABEL_LAYER, LAYER, SOURCE } from './base-style.ts';
import { FACT_LAYER, FACT_LAYERS, FACT_SOURCE, FACT_SOURCES, HEAD_LAYER, IMAGE, arrowheadImage, hatchImage } from './fact-layers.ts';
import { mapScene, type MapScene } from '../../src/selectors/map-scene.ts';
import { flowFeatures, type Flow } from '../../src/selectors/flows.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { countByType, factById } from '../../src/selectors/facts.ts';
import { formatTroops } from '../../src/selectors/summary.ts';
import { chipAnchor, MAX_CHIPS } from '../shared/chip-dock.ts';
import type { Position } from 'geojson';

export interface HoverInfo {
  title: string;
  lines: string[];
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
  private scene: MapScene | null = null;
  private active = new Set<string>();
  private redrawPending = false;
  private focused = new Set<string>();

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
      // Loose enough that framing can push a country above a phone's bottom sheet.
      maxBounds: [[w - 25, s - 20], [e + 25, n + 3]],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');
    container.dataset['mapIdle'] = 'false';
    this.map.on('load', () => this.onLoad());
    this.map.on('movestart', () => { container.dataset['mapIdle'] = 'false'; });
    this.map.on('idle', () => { if (this.loaded) container.dataset['mapIdle'] = 'true'; });
    this.map.on('moveend', () => this.onMoveEnd());
    this.map.on('mousemove', (e) => this.onPointerMove(e));
    this.map.on('mouseout', () => { this.setHovered(null); this.callbacks.onHover(null); });
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('move', () => this.scheduleOffmapRedraw());
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
    this.map.addImage(IMAGE.arrowhead, arrowheadImage(), { sdf: true });
    this.map.addImage(IMAGE.hatch, hatchImage());
    for (const [id, spec] of Object.entries(FACT_SOURCES)) this.map.addSource(id, spec);
    for (const layer of FACT_LAYERS) this.map.addLayer(layer);
    this.map.addLayer(LABEL_LAYER);
    this.map.addLayer(HEAD_LAYER);
    this.loaded = true;
    const state = this.store.getState();
    this.applySelection(state.country, null);
    this.applyData(state);
    this.applyEmphasis(state);
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
    if (next.dataset !== prev.dataset || next.years !== prev.years) this.applyData(next);
    if (next.country !== prev.country || next.fact !== prev.fact || next.dataset !== prev.dataset || next.years !== prev.years) this.applyEmphasis(next);
  }

  /** Sources and filters for the facts of the years shown; only what the new scene changed. */
  private applyData(state: AppState): void {
    if (state.dataset.status !== 'ready') return;
    const scene = mapScene(state.dataset.value, state.years, this.boundaries);
    if (scene === this.scene) return;
    this.scene = scene;
    this.drawFlows();
    this.source(FACT_SOURCE.badges).setData(scene.badges);
    const within = (codes: string[]) => ['in', ['get', 'code'], ['literal', codes]] as never;
    this.map.setFilter(FACT_LAYER.commitmentHatch, within(scene.committed));
    this.map.setFilter(FACT_LAYER.commitmentOutline, within(scene.committed));
    this.map.setFilter(FACT_LAYER.natoOutline, within(scene.nato.members));
    this.map.setFilter(FACT_LAYER.natoJoined, within(scene.nato.joined));
    const next = new Set(scene.active);
    for (const code of this.active) if (!next.has(code)) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { active: false });
    for (const code of next) if (!this.active.has(code)) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { active: true });
    this.active = next;
  }

  /** Where an arrow starts or ends: a country's label point, or the right edge of an actor's chip. */
  private anchorOf = (code: string): Position | null => {
    const country = this.boundaries.countries.get(code);
    if (country) return country.label;
    const index = this.scene?.offmap.findIndex((a) => a.code === code) ?? -1;
    if (index < 0 || index >= MAX_CHIPS) return null;
    const p = this.map.unproject(chipAnchor(index));
    return [p.lng, p.lat];
  };

  private drawFlows(): void {
    if (!this.scene) return;
    const { lines, heads } = flowFeatures(this.scene.flows, this.anchorOf);
    this.source(FACT_SOURCE.lines).setData(lines);
    this.source(FACT_SOURCE.heads).setData(heads);
    // No emphasis here: feature state outlives setData for the same ids, and this runs every frame
    // while the map moves. A new scene gets its emphasis from apply() and onLoad().
  }

  /** Chips stay put on screen while the map moves, so arrows from them follow every frame. */
  private scheduleOffmapRedraw(): void {
    if (this.redrawPending || !this.scene || this.scene.offmap.length === 0) return;
    this.redrawPending = true;
    requestAnimationFrame(() => {
      this.redrawPending = false;
      this.drawFlows();
    });
  }

  /** Dims flows unrelated to the selected country and emphasises the selected fact's. */
  private applyEmphasis(state: AppState): void {
    if (!this.scene) return;
    const { country, fact } = state;
    const data = state.dataset.status === 'ready' ? state.dataset.value : null;
    const selectedFact = data && fact ? factById(data).get(fact) : undefined;
    const focus = new Set(selectedFact ? [...selectedFact.from, ...selectedFact.to].filter((c) => this.boundaries.countries.has(c)) : []);
    for (const code of this.focused) if (!focus.has(code)) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { focus: false });
    for (const code of focus) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { focus: true });
    this.focused = focus;
    for (const flow of this.scene.flows) {
      const touches = country !== null && (flow.from === country || flow.to === country);
      const isFact = fact !== null && flow.factIds.includes(fact);
      const dim = (country !== null && !touches) || (fact !== null && !isFact);
      const emph = isFact || (fact === null && touches);
      for (const source of [FACT_SOURCE.lines, FACT_SOURCE.heads]) this.map.setFeatureState({ source, id: flow.id }, { dim, emph });
    }
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
    // Wait a frame: the panel this selection opens is not laid out yet, and framing must clear it.
    requestAnimationFrame(() => {
      const options: FitBoundsOptions = { padding: this.callbacks.framePadding(), maxZoom: 6, duration };
      this.map.fitBounds([[w, s], [e, n]], options);
    });
  }

  private onMoveEnd(): void {
    const c = this.map.getCenter();
    actions.viewFromMap(this.store, { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
  }

  private flowAt(point: { x: number; y: number }): Flow | null {
    const r = 5; // px of slack: thin arrows are hard to hit exactly
    const hits = this.map.queryRenderedFeatures([[point.x - r, point.y - r], [point.x + r, point.y + r]], {
      layers: [FACT_LAYER.armsLines, FACT_LAYER.troopLines, FACT_LAYER.heads],
    });
    const id = hits[0]?.properties['id'];
    return this.scene?.flows.find((f) => f.id === id) ?? null;
  }

  private countryAt(point: { x: number; y: number }): string | null {
    const hits = this.map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER.countryFill] });
    return hits[0] ? String(hits[0].id) : null;
  }

  private onPointerMove(e: MapLayerMouseEvent | { point: { x: number; y: number } }): void {
    const flow = this.flowAt(e.point);
    if (flow) {
      this.setHovered(null);
      this.map.getCanvas().style.cursor = 'pointer';
      this.callbacks.onHover({ ...this.describeFlow(flow), x: e.point.x, y: e.point.y });
      return;
    }
    const code = this.countryAt(e.point);
    this.setHovered(code);
    const info = code ? this.boundaries.countries.get(code) : undefined;
    this.callbacks.onHover(info ? { ...this.describeCountry(info.code, info.name), x: e.point.x, y: e.point.y } : null);
  }

  private nameOf = (code: string): string => actorName(code, this.boundaries);

  private describeFlow(flow: Flow): { title: string; lines: string[] } {
    const title = `${this.nameOf(flow.from)} → ${this.nameOf(flow.to)}`;
    const n = flow.factIds.length;
    if (flow.type === 'troop_deployment') {
      const figure = flow.troops !== null ? `${formatTroops(flow.troops)} troops${flow.sharedBy > 1 ? ` shared by ${flow.sharedBy} countries` : ''}` : 'Troops, number not reported';
      return { title, lines: [`Troop deployment (${n} report${n === 1 ? '' : 's'})`, figure] };
    }
    return { title, lines: [`${n} arms shipment${n === 1 ? '' : 's'}`, flow.items.join(', ')].filter(Boolean) };
  }

  private describeCountry(code: string, name: string): { title: string; lines: string[] } {
    const facts = this.scene?.facts.filter((f) => f.from.includes(code) || f.to.includes(code)) ?? [];
    if (facts.length === 0) return { title: name, lines: ['No reported facts in the years shown'] };
    const c = countByType(facts);
    const parts = [
      c.arms_shipment && `${c.arms_shipment} arms`,
      c.troop_deployment && `${c.troop_deployment} troops`,
      c.commitment && `${c.commitment} commitment${c.commitment === 1 ? '' : 's'}`,
      c.quote && `${c.quote} quote${c.quote === 1 ? '' : 's'}`,
    ].filter(Boolean) as string[];
    const nato = this.scene?.nato.members.includes(code) ? ['NATO member'] : [];
    return { title: name, lines: [parts.join(' · '), ...nato] };
  }

  private setHovered(code: string | null): void {
    if (code === this.hovered) return;
    if (this.hovered) this.map.setFeatureState({ source: SOURCE.countries, id: this.hovered }, { hover: false });
    if (code) this.map.setFeatureState({ source: SOURCE.countries, id: code }, { hover: true });
    this.hovered = code;
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    if (!code) this.callbacks.onHover(null);
  }

  private onClick(e: MapLayerMouseEvent): void {
    const flow = this.flowAt(e.point);
    if (flow) {
      const data = this.store.getState().dataset;
      const fact = data.status === 'ready' ? factById(data.value).get(flow.factIds[0] ?? '') : undefined;
      if (fact) {
        actions.showFactInArticle(this.store, fact.id, fact.articleId);
        return;
      }
    }
    actions.selectCountry(this.store, this.countryAt(e.point));
  }
}
