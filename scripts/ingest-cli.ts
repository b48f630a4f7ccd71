/**
 * `npm run ingest [-- --in DIR --out DIR --topo FILE]`: reads every *.txt article in the input
 * folder (default articles/), extracts the facts and writes the app's data files
 * (src/model/data-files.ts) to the output folder (default public/data/). On any bad input it
 * reports every problem as `file:line: message`, exits 1 and leaves the existing output untouched;
 * the output is validated, written to a temporary folder beside it and then swapped in by renaming.
 * Temporary folders never outlive the run: they are removed on every exit path, and the ones a
 * killed run left behind are removed when the next run starts.
 */
import * as nodeFs from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { formatError, type IngestError } from '../src/ingest/errors';
import { ingestArticles, MAX_ARTICLE_BYTES, type ArticleFile } from '../src/ingest/ingest';
import { FACT_TYPES } from '../src/model/dataset';
import { decodeFactIndex, encodeDataFiles, INDEX_FILE, type DataFile } from '../src/model/data-files';
import { reviewIngested } from './ingest-reviews';
import { REVIEWS_FILE } from '../src/model/reviews';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** The file system calls that read the input; tests swap in failures a root user cannot provoke (EACCES). */
export type InputFs = Pick<typeof nodeFs, 'readdirSync' | 'statSync' | 'lstatSync' | 'readFileSync'>;

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

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
};

/** An fs error as a short reason without the absolute path Node puts into its messages. */
function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && Object.hasOwn(REASONS, code)) return `${REASONS[code]} (${code})`;
  return err instanceof Error ? err.message : String(err);
}

/** The text two copies of one article share, whatever their line endings, BOM or Unicode form. */
function contentKey(text: string): string {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd().normalize('NFC');
  return createHash('sha256').update(normal).digest('hex');
}

interface ReadResult {
  files: ArticleFile[];
  /** Entries that are not articles: dot-files and anything not named *.txt (folders end in "/"). */
  skipped: string[];
}

/**
 * Reads the input folder. Every entry that should be an article but cannot be read is an error
 * naming that entry; dot-files and other names are skipped (and listed by the caller).
 */
function readArticles(dir: string, errors: IngestError[], fs: InputFs): ReadResult {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: ArticleFile[] = [];
  const skipped: string[] = [];
  const byContent = new Map<string, string>();
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let articles = 0;
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || !/\.txt$/i.test(name)) {
      // The reviews file lives beside the articles on purpose; it is read later, not skipped.
      if (name !== REVIEWS_FILE || entry.isDirectory()) skipped.push(entry.isDirectory() ? `${name}/` : name);
      continue;
    }
    articles++;
    const path = join(dir, name);
    const fail = (message: string) => errors.push({ file: name, line: 1, message });
    let stat: nodeFs.Stats;
    try {
      stat = fs.statSync(path);
    } catch (err) {
      const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT' && isSymlink(fs, path);
      fail(dangling ? 'cannot read: a symbolic link to a file that does not exist' : `cannot read: ${reason(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      fail('cannot read: a folder, not an article file');
      continue;
    }
    if (!stat.isFile()) {
      fail('cannot read: not a regular file');
      continue;
    }
    if (stat.size > MAX_ARTICLE_BYTES) {
      fail(`file is larger than ${MAX_ARTICLE_BYTES} bytes (${stat.size})`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path);
    } catch (err) {
      fail(`cannot read: ${reason(err)}`);
      continue;
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
      errors.push({ file: name, line, message: 'binary file (NUL byte)' });
      continue;
    }
    let content: string;
    try {
      content = decoder.decode(bytes);
    } catch {
      fail('not valid UTF-8');
      continue;
    }
    // Empty files are the core's to report; two of them are not "the same article".
    if (content.trim() !== '') {
      const key = contentKey(content);
      const first = byContent.get(key);
      if (first !== undefined) {
        fail(`same text as ${first}: one article under two names would be counted twice`);
        continue;
      }
      byContent.set(key, name);
    }
    files.push({ name, content });
  }
  if (articles === 0) errors.push({ file: basename(dir), line: 1, message: 'no .txt articles in the input folder' });
  return { files, skipped };
}

function isSymlink(fs: InputFs, path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

// ---- Temporary folders ------------------------------------------------------------------------

/** `.ingest-<pid>-<time>.tmp` (the new output) and `.ingest-<pid>-<time>-old-<out>.tmp` (the previous one, mid-swap). */
const TEMP_NAME = /^\.ingest-(\d+)-\d+(-old(?:-(.+))?)?\.tmp$/;

/** Temporary folders of this process, removed by the exit handler if the run ends early. */
const activeTemps = new Set<string>();

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what runs killed mid-write left beside `outDir` (only when their process is gone: a run
 * in progress keeps its folder). If a run died between its two renames, the output folder is
 * missing and the previous output is restored from its `-old` folder instead of being deleted.
 */
export function removeStaleTemps(outDir: string, io: CliIo): void {
  const parent = dirname(outDir);
  let names: string[];
  try {
    names = nodeFs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    const path = join(parent, name);
    const previousOutput = m[2] !== undefined && (m[3] === undefined || m[3] === basename(outDir)) && nodeFs.existsSync(join(path, INDEX_FILE));
    if (previousOutput && !nodeFs.existsSync(outDir)) {
      nodeFs.renameSync(path, outDir);
      io.stderr(`ingest: restored ${outDir} from ${name}, left by a run that was killed`);
      continue;
    }
    nodeFs.rmSync(path, { recursive: true, force: true });
    io.stderr(`ingest: removed ${name}, left by a run that was killed`);
  }
}

/** Removes this process's temporary folders: for 'exit' and signal handlers, so synchronous. */
export function removeActiveTemps(): void {
  for (const path of activeTemps) nodeFs.rmSync(path, { recursive: true, force: true });
  activeTemps.clear();
}

export interface WriteHooks {
  /** Called after each file is written into the temporary folder (tests stop a run here). */
  afterFile?: (written: number) => Promise<void>;
}

/**
 * Writes the files into a temporary folder beside `dir`, then swaps it in with two renames, so a
 * reader sees the old data or the new data, never a half-written mix. Asynchronous, so a SIGINT
 * or SIGTERM is handled between two files and the run ends without a trace.
 */
export async function writeFolderAtomically(dir: string, files: readonly DataFile[], hooks: WriteHooks = {}): Promise<void> {
  const parent = dirname(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.ingest-${stamp}.tmp`);
  const old = join(parent, `.ingest-${stamp}-old-${basename(dir)}.tmp`);
  await mkdir(parent, { recursive: true });
  activeTemps.add(tmp);
  try {
    let written = 0;
    for (const f of files) {
      await mkdir(dirname(join(tmp, f.path)), { recursive: true });
      await writeFile(join(tmp, f.path), f.content);
      await hooks.afterFile?.(++written);
    }
    const had = nodeFs.existsSync(dir);
    if (had) await rename(dir, old);
    await rename(tmp, dir);
    if (had) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
    activeTemps.delete(tmp);
  }
}

/**
 * Removes this process's temporary folders however it ends: normally, on an uncaught error, or on
 * SIGINT/SIGTERM/SIGHUP (exit code 128 + signal number, as a shell reports it).
 */
export function installExitCleanup(): void {
  process.on('exit', removeActiveTemps);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      removeActiveTemps();
      process.exit(code);
    });
  }
}

// ---- The run ----------------------------------------------------------------------------------

function readNeighbours(topo: string): Map<string, Set<string>> | string {
  let text: string;
  try {
    text = nodeFs.readFileSync(topo, 'utf8');
  } catch (err) {
    return `cannot read the boundaries: ${reason(err)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'the boundaries are not valid JSON (npm run build:geo writes them)';
  }
  try {
    return landNeighbours(json as CountriesTopology);
  } catch {
    return 'not a countries topology (expected objects.countries)';
  }
}

/** Today in UTC as YYYY-MM-DD: the ingest refuses article dates after the day after it. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface RunOptions {
  fs?: InputFs;
  writeHooks?: WriteHooks;
}

export async function runIngest(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const t0 = performance.now();
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.stderr(`ingest: ${opts}`);
    return 2;
  }
  removeStaleTemps(opts.outDir, io);
  const errors: IngestError[] = [];
  let read: ReadResult;
  try {
    read = readArticles(opts.inDir, errors, options.fs ?? nodeFs);
  } catch (e) {
    io.stderr(`${opts.inDir}:1: cannot read the input folder: ${reason(e)}`);
    return 1;
  }
  if (read.skipped.length > 0) {
    const what = read.skipped.length === 1 ? '1 entry that is not an article' : `${read.skipped.length} entries that are not articles`;
    io.stderr(`ingest: skipped ${what} (dot-files, names not ending in .txt): ${read.skipped.join(', ')}`);
  }
  const neighbours = readNeighbours(opts.topo);
  if (typeof neighbours === 'string') {
    io.stderr(`${opts.topo}:1: ${neighbours}`);
    return 1;
  }
  // The core is pure and deterministic, so today's date (the upper bound for article dates) comes from here.
  const context = { neighbours, today: todayIso() };
  const result = ingestArticles(read.files, context);
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
    await writeFolderAtomically(opts.outDir, output, options.writeHooks);
  } catch (e) {
    io.stderr(`${opts.outDir}:1: cannot write output: ${reason(e)}`);
    return 1;
  }
  const counts = FACT_TYPES.map((t) => `${t} ${reviewed.dataset.facts.filter((f) => f.type === t).length}`).join(', ');
  const ms = Math.round(performance.now() - t0);
  for (const line of reviewed.report) io.stdout(line);
  io.stdout(`ingest: ${reviewed.dataset.articles.length} articles, ${reviewed.dataset.facts.length} facts (${counts}) in ${ms} ms → ${opts.outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  installExitCleanup();
  process.exitCode = await runIngest(process.argv.slice(2), {
    stdout: (l) => process.stdout.write(`${l}\n`),
    stderr: (l) => process.stderr.write(`${l}\n`),
  });
}
