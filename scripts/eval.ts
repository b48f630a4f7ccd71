/**
 * `npm run eval`: runs the ingest core on articles/ and scores it against test/gold/*.json
 * (matching rules: scripts/eval-score.ts). Prints P/R/F1 per fact type, overall (micro) and, secondarily,
 * per item; then the misses and spurious facts so rules can be improved in general.
 *
 * - `npm run eval -- --articles <dir> --gold <dir>`: any folder pair (relative paths are taken from the
 *   directory npm was run in).
 * - `npm run eval -- --all`: one table for every evaluation set (launch, dev, dev2, real/dev, real/dev3, real/dev4,
 *   real/dev5, real/dev6, real/dev7, real/dev8, real/dev9, real/dev10, real/dev11, real/dev12, real/dev13, real/dev14, real/dev15, real/dev16, real/dev17, real/dev18, real/dev19, real/dev20, real/dev21, real/dev22, real/dev23, real/dev24, real/dev25, real/dev26, real/dev27, real/dev28, real/dev29, real/dev30, real/test); a set whose folder is missing prints "not present". The held-out set real/test prints
 *   only its summary rows, never a miss or a spurious fact, so scoring it shows none of its content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { ingestArticles } from '../src/ingest/ingest';
import { FACT_TYPES } from '../src/model/dataset';
import { score, type EvalReport, type GoldArticle, type Prf } from './eval-score';
import { withReviewsFile } from './eval-reviews';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run eval -- [--all | --articles <dir> --gold <dir>] [--with-reviews]';
const WITH_REVIEWS = process.argv.includes('--with-reviews');

/** The evaluation sets `--all` scores, in order. `heldOut`: print summary rows only. */
export const EVAL_SETS: ReadonlyArray<{ name: string; articles: string; gold: string; heldOut: boolean }> = [
  { name: 'launch', articles: 'articles', gold: 'test/gold', heldOut: false },
  { name: 'dev', articles: 'test/dev/articles', gold: 'test/dev/gold', heldOut: false },
  { name: 'dev2', articles: 'test/dev2/articles', gold: 'test/dev2/gold', heldOut: false },
  { name: 'real/dev', articles: 'test/real/dev/articles', gold: 'test/real/dev/gold', heldOut: false },
  { name: 'real/dev3', articles: 'test/real/dev3/articles', gold: 'test/real/dev3/gold', heldOut: false },
  { name: 'real/dev4', articles: 'test/real/dev4/articles', gold: 'test/real/dev4/gold', heldOut: false },
  { name: 'real/dev5', articles: 'test/real/dev5/articles', gold: 'test/real/dev5/gold', heldOut: false },
  { name: 'real/dev6', articles: 'test/real/dev6/articles', gold: 'test/real/dev6/gold', heldOut: false },
  { name: 'real/dev7', articles: 'test/real/dev7/articles', gold: 'test/real/dev7/gold', heldOut: false },
  { name: 'real/dev8', articles: 'test/real/dev8/articles', gold: 'test/real/dev8/gold', heldOut: false },
  { name: 'real/dev9', articles: 'test/real/dev9/articles', gold: 'test/real/dev9/gold', heldOut: false },
  { name: 'real/dev10', articles: 'test/real/dev10/articles', gold: 'test/real/dev10/gold', heldOut: false },
  { name: 'real/dev11', articles: 'test/real/dev11/articles', gold: 'test/real/dev11/gold', heldOut: false },
  { name: 'real/dev12', articles: 'test/real/dev12/articles', gold: 'test/real/dev12/gold', heldOut: false },
  { name: 'real/dev13', articles: 'test/real/dev13/articles', gold: 'test/real/dev13/gold', heldOut: false },
  { name: 'real/dev14', articles: 'test/real/dev14/articles', gold: 'test/real/dev14/gold', heldOut: false },
  { name: 'real/dev15', articles: 'test/real/dev15/articles', gold: 'test/real/dev15/gold', heldOut: false },
  { name: 'real/dev16', articles: 'test/real/dev16/articles', gold: 'test/real/dev16/gold', heldOut: false },
  { name: 'real/dev17', articles: 'test/real/dev17/articles', gold: 'test/real/dev17/gold', heldOut: false },
  { name: 'real/dev18', articles: 'test/real/dev18/articles', gold: 'test/real/dev18/gold', heldOut: false },
  { name: 'real/dev19', articles: 'test/real/dev19/articles', gold: 'test/real/dev19/gold', heldOut: false },
  { name: 'real/dev20', articles: 'test/real/dev20/articles', gold: 'test/real/dev20/gold', heldOut: false },
  { name: 'real/dev21', articles: 'test/real/dev21/articles', gold: 'test/real/dev21/gold', heldOut: false },
  { name: 'real/dev22', articles: 'test/real/dev22/articles', gold: 'test/real/dev22/gold', heldOut: false },
  { name: 'real/dev23', articles: 'test/real/dev23/articles', gold: 'test/real/dev23/gold', heldOut: false },
  { name: 'real/dev24', articles: 'test/real/dev24/articles', gold: 'test/real/dev24/gold', heldOut: false },
  { name: 'real/dev25', articles: 'test/real/dev25/articles', gold: 'test/real/dev25/gold', heldOut: false },
  { name: 'real/dev26', articles: 'test/real/dev26/articles', gold: 'test/real/dev26/gold', heldOut: false },
  { name: 'real/dev27', articles: 'test/real/dev27/articles', gold: 'test/real/dev27/gold', heldOut: false },
  { name: 'real/dev28', articles: 'test/real/dev28/articles', gold: 'test/real/dev28/gold', heldOut: false },
  { name: 'real/dev29', articles: 'test/real/dev29/articles', gold: 'test/real/dev29/gold', heldOut: false },
  { name: 'real/dev30', articles: 'test/real/dev30/articles', gold: 'test/real/dev30/gold', heldOut: false },
  { name: 'real/test', articles: 'test/real/test/articles', gold: 'test/real/test/gold', heldOut: true },
];

/** `--name <value>` or `--name=<value>` from the command line, else undefined. */
function option(args: readonly string[], name: string): string | undefined {
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

interface SetResult { articles: number; goldFacts: number; report: EvalReport; texts: Map<string, string> }

const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'countries.topo.json'), 'utf8')) as CountriesTopology;
const neighbours = landNeighbours(topo);

/** Scores one folder pair; null when either folder is missing. Exits on bad input. */
function evaluate(articlesDir: string, goldDir: string): SetResult | null {
  if (!existsSync(articlesDir) || !existsSync(goldDir)) return null;
  const files = readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort()
    .map((name) => ({ name, content: readFileSync(join(articlesDir, name), 'utf8') }));
  const result = ingestArticles(files, { neighbours });
  if (!result.ok) {
    for (const e of result.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
    process.exit(1);
  }
  // --with-reviews: score the data as published, with <articles>/reviews.json applied.
  const dataset = WITH_REVIEWS ? withReviewsFile(result.dataset, articlesDir) : result.dataset;
  const gold = readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()
    .map((n) => JSON.parse(readFileSync(join(goldDir, n), 'utf8')) as GoldArticle);
  const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
  return { articles: files.length, goldFacts: gold.reduce((n, g) => n + g.facts.length, 0), report: score(gold, dataset.facts, texts), texts };
}

const pct = (x: number): string => x.toFixed(2).padStart(5);
const counts = (p: Prf): string => `${String(p.tp).padStart(4)} ${String(p.predicted).padStart(4)} ${String(p.gold).padStart(4)}`;
const row = (name: string, p: Prf): string => `${name.padEnd(18)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${counts(p)}`;

function printDetails(r: SetResult): void {
  const { report, texts } = r;
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
}

function runOne(args: readonly string[]): void {
  const articlesOpt = option(args, 'articles');
  const goldOpt = option(args, 'gold');
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const articlesDir = articlesOpt !== undefined ? resolve(base, articlesOpt) : join(ROOT, 'articles');
  const goldDir = goldOpt !== undefined ? resolve(base, goldOpt) : join(ROOT, 'test', 'gold');
  const r = evaluate(articlesDir, goldDir);
  if (!r) {
    console.error(`not present: ${existsSync(articlesDir) ? goldDir : articlesDir}`);
    process.exit(1);
  }
  const { report } = r;
  console.log(`gold: ${r.articles} articles, ${r.goldFacts} facts`);
  console.log(`${'type'.padEnd(18)}     P     R    F1    tp pred gold`);
  for (const t of FACT_TYPES) console.log(row(t, report.byType[t]));
  console.log(row('overall (micro)', report.overall));
  console.log('');
  console.log('items (matched arms)');
  console.log(row('item names', report.items));
  console.log(`item categories correct: ${report.items.categoryCorrect}/${report.items.tp}`);
  // The held-out split never shows its content, however it is reached.
  if (/(?:^|[\\/])real[\\/]test(?:[\\/]|$)/.test(articlesDir)) console.log('\n(held-out set: misses and spurious facts not shown)');
  else printDetails(r);
}

/** One table, every set: P/R/F1 per type, overall and item names. Held-out sets: summary rows only. */
function runAll(): void {
  const SHORT: Record<string, string> = { arms_shipment: 'arms', troop_deployment: 'troops', commitment: 'commitments', quote: 'quotes' };
  console.log(`${'set'.padEnd(10)} ${'type'.padEnd(12)}     P     R    F1    tp pred gold`);
  for (const set of EVAL_SETS) {
    const r = evaluate(join(ROOT, set.articles), join(ROOT, set.gold));
    if (!r) {
      console.log(`${set.name.padEnd(10)} not present (${set.articles})`);
      continue;
    }
    const line = (label: string, p: Prf): string => `${set.name.padEnd(10)} ${label.padEnd(12)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${counts(p)}`;
    for (const t of FACT_TYPES) console.log(line(SHORT[t]!, r.report.byType[t]));
    console.log(line('overall', r.report.overall));
    console.log(line('item names', r.report.items));
    console.log(`${set.name.padEnd(10)} ${`(${r.articles} articles, item categories ${r.report.items.categoryCorrect}/${r.report.items.tp})`}`);
  }
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('--') && !/^--(articles|gold)(=|$)/.test(a) && a !== '--all' && a !== '--with-reviews');
if (unknown.length) {
  console.error(`unknown option(s): ${unknown.join(' ')} (${USAGE})`);
  process.exit(2);
}
if (args.includes('--all')) {
  if (args.some((a) => /^--(articles|gold)/.test(a))) {
    console.error(`--all takes no folders (${USAGE})`);
    process.exit(2);
  }
  runAll();
} else runOne(args);
