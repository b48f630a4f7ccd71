/**
 * `npm run eval`: runs the ingest core on articles/ and scores it against test/gold/*.json
 * (matching rules in scripts/eval-score.ts). Any folder pair can be scored with
 * `npm run eval -- --articles <dir> --gold <dir>` (relative paths are taken from the directory npm was run in). Prints P/R/F1 per fact type, overall (micro) and,
 * secondarily, per item; then the misses and spurious facts so rules can be improved in general.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { ingestArticles } from '../src/ingest/ingest';
import { FACT_TYPES } from '../src/model/dataset';
import { score, type GoldArticle, type Prf } from './eval-score';
import { withReviewsFile } from './eval-reviews';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `--name <value>` or `--name=<value>` from the command line, else undefined. */
function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === `--${name}`) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) {
        console.error(`--${name} needs a folder`);
        process.exit(2);
      }
      return v;
    }
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}
const unknown = process.argv.slice(2).filter((a) => a.startsWith('--') && !/^--(articles|gold)(=|$)/.test(a) && a !== '--with-reviews');
if (unknown.length) {
  console.error(`unknown option(s): ${unknown.join(' ')} (usage: npm run eval -- [--articles <dir>] [--gold <dir>] [--with-reviews])`);
  process.exit(2);
}
const articlesOpt = option('articles');
const goldOpt = option('gold');
const articlesDir = articlesOpt !== undefined ? resolve(process.env['INIT_CWD'] ?? process.cwd(), articlesOpt) : join(ROOT, 'articles');
const goldDir = goldOpt !== undefined ? resolve(process.env['INIT_CWD'] ?? process.cwd(), goldOpt) : join(ROOT, 'test', 'gold');

const files = readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort()
  .map((name) => ({ name, content: readFileSync(join(articlesDir, name), 'utf8') }));
const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'countries.topo.json'), 'utf8')) as CountriesTopology;
const result = ingestArticles(files, { neighbours: landNeighbours(topo) });
if (!result.ok) {
  for (const e of result.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
// --with-reviews: score the data as published, with <articles>/reviews.json applied.
const dataset = process.argv.includes('--with-reviews') ? withReviewsFile(result.dataset, articlesDir) : result.dataset;
const gold = readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()
  .map((n) => JSON.parse(readFileSync(join(goldDir, n), 'utf8')) as GoldArticle);
const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
const report = score(gold, dataset.facts, texts);

const pct = (x: number): string => x.toFixed(2).padStart(5);
const row = (name: string, p: Prf): string =>
  `${name.padEnd(18)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}   ${String(p.tp).padStart(3)} ${String(p.predicted).padStart(4)} ${String(p.gold).padStart(4)}`;
console.log(`gold: ${gold.length} articles, ${gold.reduce((n, g) => n + g.facts.length, 0)} facts`);
console.log(`${'type'.padEnd(18)}     P     R    F1    tp pred gold`);
for (const t of FACT_TYPES) console.log(row(t, report.byType[t]));
console.log(row('overall (micro)', report.overall));
console.log('');
console.log(`${'items (matched arms)'.padEnd(18)}`);
console.log(row('item names', report.items));
console.log(`item categories correct: ${report.items.categoryCorrect}/${report.items.tp}`);
if (report.misses.length) {
  console.log('\nmisses:');
  for (const m of report.misses) console.log(`  ${m.articleId} ${m.gold.type} ${m.gold.from.join('+')} → ${m.gold.to.join('+')}: ${m.gold.evidence[0]!.slice(0, 70)}`);
}
if (report.spurious.length) {
  console.log('\nspurious:');
  for (const f of report.spurious) {
    const text = texts.get(f.articleId)!;
    console.log(`  ${f.articleId} ${f.type} ${f.from.join('+')} → ${f.to.join('+')} [${f.rule}]: ${text.slice(f.evidence[0]!.start, f.evidence[0]!.start + 70)}`);
  }
}
