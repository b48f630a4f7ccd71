import type { AppStore } from '../../src/state/store.ts';
import { mapCanvas } from '../shared/map-canvas.ts';
import { mapScene } from '../../src/selectors/map-scene.ts';
import { filterOf } from '../../src/selectors/filters.ts';
import { mapViewModel } from '../../src/selectors/map-view-model.ts';
import { legendModel } from '../../src/selectors/legend.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { shownFacts } from '../../src/selectors/shown-facts.ts';
import { viewCaption } from '../../src/selectors/summary.ts';
import { factRows, EXPORT_COLUMNS } from '../../src/export/fact-rows.ts';
import { toCsv } from '../../src/export/csv.ts';
import { exportName } from '../../src/export/export-name.ts';
import { composeMapPng } from './export-png.ts';
import { download } from './download.ts';
import { loadArticleTexts } from '../shared/load-data.ts';

/**
 * The three exports of the current view: the map as PNG, and its facts as CSV or JSON. Loaded by
 * the share dialog on the first download, with the CSV writer and the PNG compositor.
 */
export function exporter(store: AppStore) {
  function current() {
    const s = store.getState();
    if (s.dataset.status !== 'ready' || s.boundaries.status !== 'ready') throw new Error('The data is not loaded yet.');
    const data = s.dataset.value;
    const boundaries = s.boundaries.value;
    const scene = mapScene(data, filterOf(s), boundaries);
    // The same facts as the table: years, types, categories, the selected actor and its role.
    const facts = shownFacts(data, { years: s.years, types: s.types, cats: s.cats, country: s.country, role: s.role });
    const years = shownYears(s.years, datasetYears(data));
    const nameOf = (c: string) => actorName(c, boundaries);
    return { s, data, boundaries, scene, facts, years, nameOf, name: exportName(s.country, s.years) };
  }

  return {
    async csv(): Promise<void> {
      const { data, facts, nameOf, name } = current();
      const texts = await loadArticleTexts(store, facts.map((f) => f.articleId));
      download(`${name}.csv`, new Blob([toCsv(EXPORT_COLUMNS, factRows(data, facts, texts, nameOf))], { type: 'text/csv;charset=utf-8' }));
    },
    async json(): Promise<void> {
      const { data, facts, nameOf, name } = current();
      const texts = await loadArticleTexts(store, facts.map((f) => f.articleId));
      download(`${name}.json`, new Blob([`${JSON.stringify(factRows(data, facts, texts, nameOf), null, 2)}\n`], { type: 'application/json' }));
    },
    async png(): Promise<void> {
      const { s, data, boundaries, scene, years, nameOf, name } = current();
      const map = mapCanvas();
      if (!map) throw new Error('The map is not drawn yet.');
      const caption = viewCaption({ country: s.country ? nameOf(s.country) : null, years, dates: [...new Set(data.articles.map((a) => a.date))].sort() });
      const vm = mapViewModel({ data, boundaries, ...filterOf(s), country: s.country, fact: s.fact, role: s.role, zoom: s.view.zoom });
      const blob = await composeMapPng({
        map,
        title: caption.title,
        subtitle: caption.subtitle,
        source: caption.source,
        legend: legendModel(vm, data, s.years, s.country, boundaries),
        chips: scene.offmap,
      });
      download(`${name}.png`, blob);
    },
  };
}
