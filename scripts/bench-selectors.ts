/**
 * How the map's derived data scales: builds a synthetic dataset of many facts over the map's
 * countries and times the selectors the map and panels run on every year toggle or selection.
 *
 * Usage: npm run bench:selectors [-- --facts 20000]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Fact } from '../src/model/dataset.ts';
import { FactColumns } from '../src/model/fact-columns.ts';
import { ITEM_CATEGORIES } from '../src/model/dataset.ts';
import { indexBoundaries } from '../src/geo/boundaries.ts';
import { mapScene } from '../src/selectors/map-scene.ts';
import { mapViewModel } from '../src/selectors/map-view-model.ts';
import { flowGeometry } from '../src/selectors/flows.ts';
import { actorFacts, countryPanel } from '../src/selectors/country-panel.ts';
import { segments } from '../src/selectors/reader.ts';
import { createRng } from '../src/util/seeded-rng.ts';

const arg = process.argv.indexOf('--facts');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;
const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const codes = [...boundaries.countries.keys(), 'US', 'NATO', 'EU', 'CA'];
const rng = createRng(7);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const articles = Array.from({ length: Math.ceil(N / 20) }, (_, i) => ({
  id: `a${i}`, date: `${2020 + (i % 5)}-0${1 + (i % 9)}-1${i % 9}`, title: `Article ${i}`, text: 'x'.repeat(4000), file: `a${i}.txt`,
}));
const facts: Fact[] = Array.from({ length: N }, (_, i) => {
  const a = articles[i % articles.length]!;
  const start = (i * 37) % 3800;
  const base = { id: `f${i}`, articleId: a.id, date: a.date, from: [pick(codes)], to: [pick(codes)], evidence: [{ start, end: start + 120 }], confidence: 0.8, rule: 'bench' };
  switch (i % 4) {
    case 0: return { ...base, type: 'arms_shipment', items: [{ name: 'item', category: pick(ITEM_CATEGORIES) }] };
    case 1: return { ...base, type: 'troop_deployment', troops: Math.floor(rng() * 5000), qualifier: null, unit: null };
    case 2: return { ...base, type: 'commitment', kind: 'assurance' };
    default: return { ...base, type: 'quote', speaker: 'A Person', role: null, text: 'words', direct: true };
  }
});
const data = FactColumns.of({ articles, facts });

function time(label: string, fn: () => unknown, runs = 5): void {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${t[Math.floor(runs / 2)]!.toFixed(1)} ms`);
}

console.log(`${N} facts, ${articles.length} articles, ${codes.length} actors`);
let y = 0;
// A fresh years value each run defeats the memo, as a user toggling years would.
const all = { years: null, types: null, cats: null };
time('mapScene (years toggled)', () => mapScene(data, { ...all, years: [2020 + (y++ % 5), 2024] }, boundaries));
time('mapViewModel (years toggled)', () => mapViewModel({ data, boundaries, ...all, years: [2020 + (y++ % 5), 2024], country: null, fact: null, role: null, zoom: 3.75 }));
const scene = mapScene(data, all, boundaries);
const vm = mapViewModel({ data, boundaries, ...all, country: null, fact: null, role: null, zoom: 3.75 });
console.log(`  marks: ${scene.flows.length}, drawn at the home view: ${vm.marks.length}`);
time('flowGeometry (drawn marks)', () => flowGeometry(vm.marks, (c) => boundaries.countries.get(c)?.label ?? [0, 50]));
let k = 0;
// A different country each run defeats the memo, as a user picking countries would.
time('countryPanel (a busy country)', () => {
  const code = ['PL', 'EE', 'LT', 'LV', 'RO'][k++ % 5]!;
  return countryPanel(actorFacts(data, all, code), scene.flows, code, null, boundaries);
});
const one = facts.filter((f) => f.articleId === 'a0');
time(`segments (reader, ${one.length} facts in one article)`, () => segments(articles[0]!.text, one));
