import type { FeatureCollection, Point } from 'geojson';
import type { FactType } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import { countryLabels } from '../geo/boundaries.ts';
import { FACT_TYPE_INFO } from '../model/fact-types.ts';
import type { ActorRole } from '../state/url/url-state.ts';
import { mapScene, type MapScene } from './map-scene.ts';
import { figureText, flowBudget, pickMarks, type FlowMark, type MarkPick } from './flows.ts';
import { placeSymbols, symbolExtents, type SymbolProps } from './places.ts';
import { actorName } from './actors.ts';
import { CATEGORY_LABEL, CATEGORY_LETTER } from './palette.ts';
import { typeShown, type FactFilter } from './filters.ts';
import { memoLast } from './memo.ts';

/** What the map needs from the store. */
export interface MapViewInput extends FactFilter {
  data: FactColumns;
  boundaries: Boundaries;
  country: string | null;
  fact: string | null;
  role: ActorRole | null;
  /** The camera's zoom: more arrows fit as the reader zooms in. */
  zoom: number;
}

/** Feature state of one country polygon; countries not listed are all false. */
export interface CountryState {
  active: boolean;
  selected: boolean;
  /** A side of the selected fact (how a commitment or quote is shown on the map). */
  focus: boolean;
}

export interface MarkState {
  dim: boolean;
  emph: boolean;
}

export interface Tooltip {
  title: string;
  lines: string[];
}

/**
 * Everything the map adapter applies, computed without a map: feature states per country, each
 * layer's data and filter, emphasis per mark and the tooltip lines. The adapter diffs it by
 * identity (a part that did not change is the same object) and builds no text of its own.
 */
export interface MapViewModel {
  scene: MapScene;
  countries: ReadonlyMap<string, CountryState>;
  /** The marks drawn; their geometry needs the chips' screen positions (flowGeometry). */
  marks: FlowMark[];
  pick: MarkPick;
  markStates: ReadonlyMap<string, MarkState>;
  symbols: FeatureCollection<Point, SymbolProps>;
  /** Half the width of each country's symbols, in screen pixels: arrows stop there, names step aside. */
  extents: ReadonlyMap<string, number>;
  /** One label per country; `ring` is its symbols' half width, so the name is set beside them. */
  labels: FeatureCollection<Point>;
  /** Country codes each country-filtered layer shows (`focus`: the selected fact's sides). */
  filters: { hatch: string[]; nato: string[]; natoJoined: string[]; focus: string[] };
  /** Tooltip lines for a mark or a country, worked out when first asked for (most never are). */
  tooltips: { mark(id: string): Tooltip | undefined; country(code: string): Tooltip | undefined };
  /** Countries with facts, in the order the keyboard walks them. */
  keyboardOrder: string[];
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function markTooltip(m: FlowMark, nameOf: (c: string) => string): Tooltip {
  const to = m.to.map(nameOf);
  const title = `${nameOf(m.from)} → ${to.length > 1 ? `${to.slice(0, -1).join(', ')} and ${to[to.length - 1]}` : to[0]}`;
  const n = m.factIndexes.length;
  const open = n === 1 ? 'Click to read it in its article' : `Click to list all ${n} with their sentences`;
  if (m.type === 'troop_deployment') {
    const figure = m.figure ? `${figureText(m.figure)}${m.to.length > 1 ? ` across the ${m.to.length} hosts` : ''}` : 'Number of troops not reported';
    return { title, lines: [plural(n, FACT_TYPE_INFO.troop_deployment.label.toLowerCase()), figure, open] };
  }
  const cats = m.categories.map((c) => `${CATEGORY_LETTER[c]} ${CATEGORY_LABEL[c]}`).join(', ');
  const items = m.items.length > 3 ? `${m.items.slice(0, 3).join(', ')} and ${m.items.length - 3} more` : m.items.join(', ');
  return { title, lines: [plural(n, FACT_TYPE_INFO.arms_shipment.label.toLowerCase()), cats, items, open].filter(Boolean) };
}

const TYPE_ORDER: readonly FactType[] = ['arms_shipment', 'troop_deployment', 'commitment', 'quote'];

function countryTooltip(scene: MapScene, members: ReadonlySet<string>, code: string, name: string): Tooltip {
  const counts = scene.counts.get(code);
  const parts = counts ? TYPE_ORDER.filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${(counts[t] === 1 ? FACT_TYPE_INFO[t].label : FACT_TYPE_INFO[t].plural).toLowerCase()}`) : [];
  const lines = parts.length > 0 ? [parts.join(' · ')] : ['No reported facts under the filters shown'];
  if (members.has(code)) lines.push('NATO member');
  return { title: name, lines };
}

/** A lookup that builds each answer once, on first use. */
function lazy<T>(make: (key: string) => T | undefined): (key: string) => T | undefined {
  const cache = new Map<string, T | undefined>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key);
  };
}

/** The parts that depend only on the data, the filters and the boundaries. */
const sceneParts = memoLast((scene: MapScene, boundaries: Boundaries, types: FactFilter['types']) => {
  const nameOf = (c: string) => actorName(c, boundaries);
  const byId = new Map(scene.flows.map((m) => [m.id, m]));
  const members = new Set(scene.nato.members);
  const mark = lazy((id) => {
    const m = byId.get(id);
    return m ? markTooltip(m, nameOf) : undefined;
  });
  const country = lazy((code) => {
    const c = boundaries.countries.get(code);
    return c ? countryTooltip(scene, members, code, c.name) : undefined;
  });
  const keyboardOrder = [...scene.active].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
  const symbols = placeSymbols(scene.totals, boundaries, { arms: typeShown(types, 'arms_shipment'), troops: typeShown(types, 'troop_deployment') });
  return {
    symbols,
    extents: symbolExtents(symbols),
    filters: { hatch: scene.committed, nato: scene.nato.members, natoJoined: scene.nato.joined },
    tooltips: { mark, country },
    keyboardOrder,
  };
});

const labelsFor = memoLast((boundaries: Boundaries, selected: string | null, extents: ReadonlyMap<string, number>): FeatureCollection<Point> => {
  const labels = countryLabels(boundaries, selected);
  return { ...labels, features: labels.features.map((f) => ({ ...f, properties: { ...f.properties, ring: extents.get(String(f.id)) ?? 0 } })) };
});

const selectionParts = memoLast(
  (scene: MapScene, data: FactColumns, boundaries: Boundaries, country: string | null, fact: string | null, role: ActorRole | null, budget: number) => {
    const selected = fact === null ? -1 : data.indexOf(fact);
    const pick = pickMarks(scene.flows, { country, role, fact: selected < 0 ? null : selected, budget });
    const markStates = new Map<string, MarkState>();
    for (const m of pick.shown) {
      const isFact = selected >= 0 && m.factIndexes.includes(selected);
      markStates.set(m.id, { dim: fact !== null && !isFact, emph: isFact });
    }
    const countries = new Map<string, CountryState>();
    const state = (code: string) => {
      const s = countries.get(code) ?? { active: false, selected: false, focus: false };
      countries.set(code, s);
      return s;
    };
    for (const code of scene.active) state(code).active = true;
    if (country && boundaries.countries.has(country)) state(country).selected = true;
    for (const code of selected >= 0 ? [...data.from(selected), ...data.to(selected)] : []) if (boundaries.countries.has(code)) state(code).focus = true;
    const focus = [...countries].filter(([, s]) => s.focus).map(([code]) => code);
    return { pick, markStates, countries, focus };
  },
);

/** The country filters with the focus list: the same object while neither part changes. */
const sameFilters = memoLast(
  (base: Omit<MapViewModel['filters'], 'focus'>, focusList: string[]): MapViewModel['filters'] => ({ ...base, focus: focusList }),
  (base, focusList) => [base, focusList.join(',')],
);

/** The map's view model for the store's state (memoised part by part). */
export function mapViewModel(input: MapViewInput): MapViewModel {
  const { data, boundaries } = input;
  const scene = mapScene(data, input, boundaries);
  const parts = sceneParts(scene, boundaries, input.types);
  const budget = flowBudget(Math.floor(input.zoom * 2) / 2);
  const sel = selectionParts(scene, data, boundaries, input.country, input.fact, input.role, budget);
  return {
    scene,
    countries: sel.countries,
    marks: sel.pick.shown,
    pick: sel.pick,
    markStates: sel.markStates,
    symbols: parts.symbols,
    extents: parts.extents,
    labels: labelsFor(boundaries, input.country, parts.extents),
    filters: sameFilters(parts.filters, sel.focus),
    tooltips: parts.tooltips,
    keyboardOrder: parts.keyboardOrder,
  };
}
