/**
 * `npm run ingest [-- --in DIR --out DIR]`: reads every *.txt article in the input folder (default
 * articles/), extracts the facts and writes the app's data files (src/model/data-files.ts) to the
 * output folder (default public/data/). On any bad input it reports every problem as
 * `file:line: message`, exits 1 and leaves the existing output untouched; the output is validated,
 * written to a temporary folder beside it and then swapped in by renaming.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { formatError, type IngestError } from '../src/ingest/errors';
import { ingestArticles, MAX_ARTICLE_BYTES, type ArticleFile } from '../src/ingest/ingest';
import { FACT_TYPES } from '../src/model/dataset';
import { decodeFactIndex, encodeDataFiles, INDEX_FILE, type DataFile } from '../src/model/data-files';
import { reviewIngested } from './ingest-reviews';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options { inDir: string; outDir: string; topo: string }

function parseArgs(argv: readonly string[]): Options | string {
  const opts: Options = {
    inDir: join(ROOT, 'articles'),
    outDir: join(ROOT, 'public', 'data'),
    topo: join(ROOT, 'public', 'geo', 'countries.topo.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    if ((a === '--in' || a === '--out' || a === '--topo') && value === undefined) return `${a} needs a value`;
    if (a === '--in') opts.inDir = resolve(value!);
    else if (a === '--out') opts.outDir = resolve(value!);
    else if (a === '--topo') opts.topo = resolve(value!);
    else return `unknown argument ${a}`;
    i++;
  }
  return opts;
}

/** Reads the input folder; files that cannot become text are errors, not exceptions. */
function readArticles(dir: string, errors: IngestError[]): ArticleFile[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: ArticleFile[] = [];
  const names = readdirSync(dir).filter((n) => /\.txt$/i.test(n)).sort();
  for (const name of names) {
    const path = join(dir, name);
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_BYTES) {
      errors.push({ file: name, line: 1, message: `file is larger than ${MAX_ARTICLE_BYTES} bytes (${size})` });
      continue;
    }
    const bytes = readFileSync(path);
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
      errors.push({ file: name, line, message: 'binary file (NUL byte)' });
      continue;
    }
    try {
      out.push({ name, content: decoder.decode(bytes) });
    } catch {
      errors.push({ file: name, line: 1, message: 'not valid UTF-8' });
    }
  }
  if (names.length === 0) errors.push({ file: basename(dir), line: 1, message: 'no .txt articles in the input folder' });
  return out;
}

/**
 * Writes the files into a temporary folder beside `dir`, then swaps it in with two renames, so a
 * reader sees the old data or the new data, never a half-written mix.
 */
function writeFolderAtomically(dir: string, files: readonly DataFile[]): void {
  const parent = dirname(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.ingest-${stamp}.tmp`);
  const old = join(parent, `.ingest-${stamp}-old.tmp`);
  mkdirSync(parent, { recursive: true });
  try {
    for (const f of files) {
      mkdirSync(dirname(join(tmp, f.path)), { recursive: true });
      writeFileSync(join(tmp, f.path), f.content);
    }
    const had = existsSync(dir);
    if (had) renameSync(dir, old);
    renameSync(tmp, dir);
    if (had) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function runIngest(argv: readonly string[], io: CliIo): number {
  const t0 = performance.now();
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.stderr(`ingest: ${opts}`);
    return 2;
  }
  const errors: IngestError[] = [];
  let files: ArticleFile[];
  try {
    files = readArticles(opts.inDir, errors);
  } catch (e) {
    io.stderr(`${opts.inDir}:1: cannot read input folder (${(e as Error).message})`);
    return 1;
  }
  const topo = JSON.parse(readFileSync(opts.topo, 'utf8')) as CountriesTopology;
  const result = ingestArticles(files, { neighbours: landNeighbours(topo) });
  if (!result.ok) errors.push(...result.errors);
  if (errors.length || !result.ok) {
    for (const e of errors) io.stderr(formatError(e));
    io.stderr(`ingest: ${errors.length} error(s); ${opts.outDir} left untouched`);
    return 1;
  }
  const reviewed = reviewIngested(result.dataset, opts.inDir);
  if (!reviewed.ok) {
    io.stderr(reviewed.error);
    io.stderr(`ingest: 1 error(s); ${opts.outDir} left untouched`);
    return 1;
  }
  const output = [...encodeDataFiles(reviewed.dataset), ...reviewed.files];
  decodeFactIndex(JSON.parse(output.find((f) => f.path === INDEX_FILE)!.content));
  try {
    writeFolderAtomically(opts.outDir, output);
  } catch (e) {
    io.stderr(`${opts.outDir}:1: cannot write output (${(e as Error).message})`);
    return 1;
  }
  const counts = FACT_TYPES.map((t) => `${t} ${reviewed.dataset.facts.filter((f) => f.type === t).length}`).join(', ');
  const ms = Math.round(performance.now() - t0);
  for (const line of reviewed.report) io.stdout(line);
  io.stdout(`ingest: ${reviewed.dataset.articles.length} articles, ${reviewed.dataset.facts.length} facts (${counts}) in ${ms} ms → ${opts.outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runIngest(process.argv.slice(2), {
    stdout: (l) => process.stdout.write(`${l}\n`),
    stderr: (l) => process.stderr.write(`${l}\n`),
  });
}
