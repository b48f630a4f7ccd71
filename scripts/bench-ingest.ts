/**
 * `npm run bench:ingest [-- N] [--dense]`: generates N (default 1,000) plausible articles with the
 * seeded generator in scripts/synthetic-corpus.ts (the same one `npm run corpus:synthetic` writes to
 * disk; 300–800 words each), runs the ingest core on them in memory and reports articles per second
 * and peak memory. Not a test: a yardstick (target ≥ 500 articles/s on one core). About two
 * sentences in five state a fact; `--dense` makes every sentence one (a stress test).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { ingestArticles, type ArticleFile } from '../src/ingest/ingest';
import { syntheticArticles } from './synthetic-corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** `--dense`: every sentence states a fact (a stress test); default: a news-like mix. */
const DENSE = args.includes('--dense');
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);

const files: ArticleFile[] = syntheticArticles(COUNT, { dense: DENSE });
const totalWords = files.reduce((n, f) => n + f.content.split(/\s+/).length, 0);
const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'countries.topo.json'), 'utf8')) as CountriesTopology;
const ctx = { neighbours: landNeighbours(topo) };

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let facts = 0;
const BATCH = 50;
for (let i = 0; i < files.length; i += BATCH) {
  const r = ingestArticles(files.slice(i, i + BATCH), ctx);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  facts += r.dataset.facts.length;
  sample();
}
const seconds = (performance.now() - t0) / 1000;
// CPU time of this process: the rate one core gives, whatever else the machine is doing.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
sample();
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`bench:ingest${DENSE ? ' --dense' : ''}: ${files.length} articles (${totalWords} words, avg ${Math.round(totalWords / files.length)}), ${facts} facts`);
console.log(`  wall: ${(files.length / seconds).toFixed(0)} articles/s (${seconds.toFixed(2)} s); cpu: ${(files.length / cpuSeconds).toFixed(0)} articles per cpu-second (${cpuSeconds.toFixed(2)} s, includes GC threads)`);
console.log(`  peak rss ${mb(peakRss)}, peak heapUsed ${mb(peakHeap)}`);
