/**
 * Measures what a visitor downloads and waits for: the built bundle and data sizes (raw and
 * gzipped) against their budgets, and the time from navigation to the first idle map in headless
 * Chromium (software WebGL, so slower than a real GPU; compare runs, not machines).
 *
 * Usage: npm run build && npm run bench:app
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium } from '@playwright/test';

const KB = 1024;
// Budgets, gzipped: maplibre-gl alone is ~270 KB of the JS.
const BUDGET = { js: 450 * KB, css: 20 * KB, geo: 150 * KB, dataset: 500 * KB };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function sizes(paths: string[]): { raw: number; gz: number } {
  return paths.reduce((acc, p) => {
    const buf = readFileSync(p);
    return { raw: acc.raw + buf.length, gz: acc.gz + gzipSync(buf).length };
  }, { raw: 0, gz: 0 });
}

const all = files('dist');
const groups = {
  js: all.filter((f) => f.endsWith('.js') && !f.includes('worker')),
  worker: all.filter((f) => f.endsWith('.js') && f.includes('worker')),
  css: all.filter((f) => f.endsWith('.css')),
  fonts: all.filter((f) => f.endsWith('.woff2')),
  geo: all.filter((f) => f.includes('/geo/')),
  dataset: all.filter((f) => f.endsWith('/data/facts.json')),
  texts: all.filter((f) => f.includes('/data/text/')),
};
let over = false;
console.log('asset        raw KB   gzip KB   budget (gzip)');
for (const [name, list] of Object.entries(groups)) {
  const { raw, gz } = sizes(list);
  const budget = BUDGET[name as keyof typeof BUDGET];
  const flag = budget !== undefined && gz > budget ? '  OVER' : '';
  if (flag) over = true;
  console.log(`${name.padEnd(10)} ${(raw / KB).toFixed(1).padStart(8)} ${(gz / KB).toFixed(1).padStart(9)}   ${budget ? `${budget / KB} KB` : '-'}${flag}`);
}

const server = await preview({ preview: { port: 4179, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const t0 = Date.now();
  await page.goto('http://localhost:4179/?country=EE');
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 60_000 });
  runs.push(Date.now() - t0);
  await page.close();
}
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
runs.sort((a, b) => a - b);
console.log(`first idle map (1440×900, Estonia selected), 5 runs: median ${runs[2]} ms, min ${runs[0]} ms, max ${runs[4]} ms`);
if (over) process.exitCode = 1;
