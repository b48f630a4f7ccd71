/**
 * `npm run bench:app [-- --pairs 5 --sizes 2,35,1000 --corpus 35=DIR --corpus 1000=DIR]`
 *
 * What the app costs a visitor beyond the least a page showing the same map must cost: builds the
 * app and the floor page (bench/floor: bare Vite + MapLibre, same boundaries, camera and font),
 * serves both, and loads them side by side in headless Chromium, in pairs A B A B …, for each
 * corpus size. Reported per metric: the app's and the floor's medians and the median of the
 * per-pair ratios app/floor, which is what to compare (absolute times on a shared 2-core machine
 * with software WebGL move by 2× between runs). Also the app's own interaction times (a year
 * change, a busy actor's panel) at each size, against their 2-article time.
 *
 * Corpora: "2" is articles/. "35" is articles/ plus test/real/{dev,test}/articles when present.
 * "1000" is `npm run corpus:synthetic -- 1000` when the project has that script. Any of them can be
 * given as a folder of articles with --corpus NAME=DIR; a size with no corpus is skipped, said so.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview, resolveConfig, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KiB = 1024;
const APP_PORT = 4179;
const FLOOR_PORT = 4178;

// ---------- arguments ----------
const argv = process.argv.slice(2);
const opt = (name: string): string[] => argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] ? [argv[i + 1]!] : []));
const PAIRS = Number(opt('pairs')[0] ?? 5);
const SIZES = (opt('sizes')[0] ?? '2,35,1000').split(',').map((s) => s.trim());
const given = new Map(opt('corpus').map((c) => c.split('=') as [string, string]));

// ---------- corpora ----------
const work = mkdtempSync(join(tmpdir(), 'bench-app-'));

function copyArticles(dirs: readonly string[], to: string): number {
  mkdirSync(to, { recursive: true });
  let n = 0;
  for (const d of dirs) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) { cpSync(join(d, f), join(to, f)); n++; }
  return n;
}

/** A folder of articles for a size, or why there is none. */
function corpusFor(size: string): { dir: string } | { skip: string } {
  const dir = join(work, `articles-${size}`);
  if (given.has(size)) {
    copyArticles([resolve(given.get(size)!)], dir);
    return { dir };
  }
  if (size === '2') {
    copyArticles([join(ROOT, 'articles')], dir);
    return { dir };
  }
  if (size === '35') {
    const real = ['test/real/dev/articles', 'test/real/test/articles'].map((d) => join(ROOT, d)).filter(existsSync);
    if (real.length === 0) return { skip: 'no test/real/*/articles here; pass --corpus 35=DIR' };
    copyArticles([join(ROOT, 'articles'), ...real], dir);
    return { dir };
  }
  if (size === '1000') {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
    if (!scripts['corpus:synthetic']) return { skip: 'no `npm run corpus:synthetic` in this checkout; pass --corpus 1000=DIR' };
    execFileSync('npm', ['run', '--silent', 'corpus:synthetic', '--', '1000', '--out', dir], { cwd: ROOT, stdio: 'pipe' });
    return { dir };
  }
  return { skip: `no corpus of size ${size}; pass --corpus ${size}=DIR` };
}

function ingest(articles: string, out: string): string {
  const line = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest-cli.ts'), '--in', articles, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  return line.trim().split('\n').pop() ?? '';
}

// ---------- builds ----------
async function buildAll(): Promise<{ appDist: string; floorDist: string }> {
  const appDist = join(ROOT, 'dist');
  await build({ root: ROOT, logLevel: 'warn' });
  const floorDist = join(work, 'floor-dist');
  await build({
    root: join(ROOT, 'bench/floor'),
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: floorDist, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  mkdirSync(join(floorDist, 'geo'), { recursive: true });
  cpSync(join(ROOT, 'public/geo/countries.topo.json'), join(floorDist, 'geo/countries.topo.json'));
  return { appDist, floorDist };
}

/**
 * The JavaScript a first view loads, gzipped as the server sends it: the entry script, the chunks
 * index.html preloads (the entry's static imports), and the workers those chunks name (MapLibre's,
 * fetched by the worker itself, so the page's request count misses it). Chunks and workers named
 * only by lazy chunks (dialogs, the table, the reader, the in-browser extractor and its worker) are
 * counted apart: a first visit does not fetch them (a browser that kept added articles fetches the
 * extractor at start). A worker the first view's code names counts even if it starts later.
 */
function firstViewJs(dist: string): { firstKiB: number; lazyKiB: number; first: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const workers = assets.filter((f) => f.includes('worker'));
  const code = linked.map((f) => readFileSync(join(dist, f), 'utf8'));
  const started = workers.filter((w) => code.some((c) => c.includes(w.slice('assets/'.length))));
  const first = new Set([...linked, ...started]);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length / KiB;
  return {
    firstKiB: [...first].reduce((n, f) => n + gz(f), 0),
    lazyKiB: assets.filter((f) => !first.has(f)).reduce((n, f) => n + gz(f), 0),
    first: [...first].map((f) => f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')),
  };
}

// ---------- one load ----------
interface Load {
  loadMs: number;
  tbtMs: number;
  longestMs: number;
  heapMiB: number;
  wireKiB: number;
  jsKiB: number;
  fontKiB: number;
  fonts: string[];
}

/** Runs in the page before anything else: long tasks and the first settled map. */
const PROBE = `(() => {
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    const el = document.querySelector('[data-testid="map"]');
    if (!el) { requestAnimationFrame(watch); return; }
    const check = () => { if (el.dataset.mapIdle === 'true' && window.__idleAt === undefined) window.__idleAt = performance.now(); };
    new MutationObserver(check).observe(el, { attributes: true, attributeFilter: ['data-map-idle'] });
    check();
  };
  watch();
})();`;

async function measureLoad(browser: Browser, url: string): Promise<{ load: Load; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, { url: string; mime: string }>();
  let wire = 0, js = 0, font = 0;
  const fonts: string[] = [];
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, mime: e.response.mimeType }));
  cdp.on('Network.loadingFinished', (e) => {
    wire += e.encodedDataLength;
    const t = types.get(e.requestId);
    if (!t) return;
    if (t.url.endsWith('.js') || t.mime.includes('javascript')) js += e.encodedDataLength;
    if (t.url.endsWith('.woff2') || t.mime.includes('font')) { font += e.encodedDataLength; fonts.push(t.url.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, '')); }
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, null, { timeout: 120_000 });
  // Fonts and late requests settle within a moment of the first idle.
  await page.waitForTimeout(300);
  const { idleAt, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __idleAt: number; __tasks: [number, number][] };
    return { idleAt: w.__idleAt, tasks: w.__tasks };
  });
  const within = tasks.filter(([start]) => start <= idleAt);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const load: Load = {
    loadMs: idleAt,
    tbtMs: within.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
    longestMs: within.reduce((m, [, d]) => Math.max(m, d), 0),
    heapMiB: heap.usedSize / KiB / KiB,
    wireKiB: wire / KiB,
    jsKiB: js / KiB,
    fontKiB: font / KiB,
    fonts,
  };
  return { load, page, close: () => context.close() };
}

/**
 * The time from a click to the next frame after it (the app's own work: selectors, React, the
 * adapter's calls), and to the map's next settled state (MapLibre's worker too).
 */
async function timeClick(page: Page, click: () => Promise<void>): Promise<{ frameMs: number; idleMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __frame?: number; __idle?: number };
    delete w.__t0; delete w.__frame; delete w.__idle;
    const el = document.querySelector<HTMLElement>('[data-testid="map"]')!;
    window.addEventListener('pointerdown', () => { w.__t0 = performance.now(); }, { capture: true, once: true });
    window.addEventListener('click', () => requestAnimationFrame(() => { w.__frame = performance.now(); }), { capture: true, once: true });
    let wasBusy = false;
    const mo = new MutationObserver(() => {
      // A map still settling from the step before is not this click's work (it made "→ map idle" negative).
      if (w.__t0 === undefined) return;
      if (el.dataset['mapIdle'] === 'false') wasBusy = true;
      else if (wasBusy && w.__idle === undefined) { w.__idle = performance.now(); mo.disconnect(); }
    });
    mo.observe(el, { attributes: true, attributeFilter: ['data-map-idle'] });
  });
  await click();
  await page.waitForFunction(() => (window as unknown as { __frame?: number }).__frame !== undefined, null, { timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __idle?: number }).__idle !== undefined, null, { timeout: 60_000 }).catch(() => undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __frame: number; __idle?: number };
    return { frameMs: w.__frame - w.__t0, idleMs: (w.__idle ?? w.__frame) - w.__t0 };
  });
}

async function interactions(page: Page): Promise<{ year: { frameMs: number; idleMs: number }; panel: { frameMs: number; idleMs: number } }> {
  const only = page.getByRole('button', { name: 'Only 2024' });
  // With many years the top bar no longer fits at 1440 px and folds its tools into Menu: open it first.
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  // The year controls can come a moment after the first idle: wait for one, so the choice below is not a race.
  await only.or(page.getByRole('checkbox', { name: '2024' })).first().waitFor({ timeout: 30_000 });
  const year = await timeClick(page, async () => {
    if (await only.count()) await only.click();
    else await page.getByRole('checkbox', { name: '2024' }).click();
  });
  if (await menu.getAttribute('aria-expanded').catch(() => null) === 'true') await menu.click();
  const chip = page.getByRole('list', { name: 'Actors off the map' }).getByRole('button', { name: /^United States:/ });
  const panel = await timeClick(page, () => chip.click());
  await page.getByRole('complementary', { name: 'Country details' }).waitFor();
  return { year, panel };
}

// ---------- statistics and report ----------
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const METRICS: { key: keyof Omit<Load, 'fonts'>; label: string; unit: string; target?: Record<string, number> }[] = [
  { key: 'loadMs', label: 'navigation → first map idle', unit: 'ms', target: { '2': 1.15, '1000': 1.35 } },
  { key: 'tbtMs', label: 'total blocking time to idle', unit: 'ms', target: { '2': 1.3, '35': 1.3, '1000': 1.3 } },
  { key: 'longestMs', label: 'longest task', unit: 'ms' },
  { key: 'heapMiB', label: 'JS heap after GC', unit: 'MiB', target: { '1000': 2 } },
  { key: 'wireKiB', label: 'bytes on the wire (page)', unit: 'KiB' },
  // The page's own requests: MapLibre's worker (the same file on both sides) is fetched by the worker and not counted here.
  { key: 'jsKiB', label: 'JS requests of the page', unit: 'KiB' },
  { key: 'fontKiB', label: 'fonts', unit: 'KiB' },
];

const fmt = (n: number, unit: string): string => (unit === 'ms' ? n.toFixed(0) : n.toFixed(1));

async function main(): Promise<void> {
  console.log(`bench:app — ${PAIRS} pairs per size, 1440×900, headless Chromium (software WebGL)`);
  const { appDist, floorDist } = await buildAll();
  const appJs = firstViewJs(appDist);
  const floorJs = firstViewJs(floorDist);
  const jsRatio = appJs.firstKiB / floorJs.firstKiB;
  console.log(
    `JS gzip of the first view (entry, its preloaded chunks, the workers they name; built files): app ${appJs.firstKiB.toFixed(1)} KiB, floor ${floorJs.firstKiB.toFixed(1)} KiB: ${jsRatio.toFixed(2)}× ` +
      `(target ≤ 1.15 ${jsRatio <= 1.15 ? 'met' : 'MISSED'}); the app's lazy chunks and workers: ${appJs.lazyKiB.toFixed(1)} KiB`,
  );
  console.log(`the app's first-view files: ${appJs.first.join(', ')}`);
  const config = await resolveConfig({ root: ROOT }, 'serve');
  const headers = config.preview.headers;
  const servers: PreviewServer[] = [
    await preview({ root: ROOT, preview: { port: APP_PORT, strictPort: true }, logLevel: 'silent' }),
    await preview({ root: ROOT, configFile: false, build: { outDir: floorDist }, preview: { port: FLOOR_PORT, strictPort: true, headers }, logLevel: 'silent' }),
  ];
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const savedData = join(work, 'saved-data');
  if (existsSync(join(appDist, 'data'))) cpSync(join(appDist, 'data'), savedData, { recursive: true });
  const base: Record<string, { year: number; panel: number }> = {};
  try {
    for (const size of SIZES) {
      const corpus = corpusFor(size);
      if ('skip' in corpus) {
        console.log(`\n== ${size} articles: skipped (${corpus.skip})`);
        continue;
      }
      const data = join(work, `data-${size}`);
      const summary = ingest(corpus.dir, data);
      rmSync(join(appDist, 'data'), { recursive: true, force: true });
      cpSync(data, join(appDist, 'data'), { recursive: true });
      console.log(`\n== ${size}: ${summary.replace(/ → .*$/, '')}`);
      const app: Load[] = [], floor: Load[] = [];
      const years: { frameMs: number; idleMs: number }[] = [], panels: { frameMs: number; idleMs: number }[] = [];
      for (let i = 0; i < PAIRS; i++) {
        const a = await measureLoad(browser, `http://localhost:${APP_PORT}/`);
        app.push(a.load);
        const { year, panel } = await interactions(a.page);
        years.push(year);
        panels.push(panel);
        await a.close();
        const f = await measureLoad(browser, `http://localhost:${FLOOR_PORT}/`);
        floor.push(f.load);
        await f.close();
        process.stdout.write('.');
      }
      process.stdout.write('\n');
      console.log(`${'metric'.padEnd(30)} ${'app'.padStart(9)} ${'floor'.padStart(9)}   app/floor (median of ${PAIRS} pair ratios)   target`);
      for (const m of METRICS) {
        const ratios = app.map((x, i) => (floor[i]![m.key] > 0 ? x[m.key] / floor[i]![m.key] : NaN)).filter((r) => !Number.isNaN(r));
        const r = ratios.length ? median(ratios) : NaN;
        const target = m.target?.[size];
        const verdict = target === undefined || Number.isNaN(r) ? '' : `≤ ${target} ${r <= target ? 'met' : 'MISSED'}`;
        console.log(`${`${m.label} (${m.unit})`.padEnd(30)} ${fmt(median(app.map((x) => x[m.key])), m.unit).padStart(9)} ${fmt(median(floor.map((x) => x[m.key])), m.unit).padStart(9)}   ${Number.isNaN(r) ? '—' : `${r.toFixed(2)}×`.padStart(6)}${''.padEnd(36)}${verdict}`);
      }
      console.log(`fonts the app's first view loads: ${[...new Set(app.flatMap((x) => x.fonts))].join(', ') || 'none'}; the floor's: ${[...new Set(floor.flatMap((x) => x.fonts))].join(', ') || 'none'}`);
      const y = median(years.map((x) => x.frameMs));
      const p = median(panels.map((x) => x.frameMs));
      if (size === '2') base['2'] = { year: y, panel: p };
      const rel = (v: number, b: number | undefined) => (b ? ` (${(v / b).toFixed(2)}× the 2-article time${size === '2' ? '' : v / b <= 1.3 ? ', ≤ 1.3 met' : ', ≤ 1.3 MISSED'})` : '');
      console.log(`year change (Only 2024 / 2024 off): click → next frame ${y.toFixed(0)} ms${rel(y, base['2']?.year)}; → map idle ${median(years.map((x) => x.idleMs)).toFixed(0)} ms`);
      console.log(`busy actor's panel (United States): click → next frame ${p.toFixed(0)} ms${rel(p, base['2']?.panel)}; → map idle ${median(panels.map((x) => x.idleMs)).toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    for (const s of servers) await new Promise<void>((done) => s.httpServer.close(() => done()));
    rmSync(join(appDist, 'data'), { recursive: true, force: true });
    if (existsSync(savedData)) cpSync(savedData, join(appDist, 'data'), { recursive: true });
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
