import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
async function shot(url, out, w, h, fn) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => { if (m.type() === 'error') console.log(out, 'console', m.text()); });
  page.on('pageerror', (e) => console.log(out, 'pageerror', e.message));
  await page.goto(url);
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 60000 }).catch(() => console.log('no idle'));
  if (fn) await fn(page);
  await page.waitForTimeout(1500);
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 60000 }).catch(() => console.log('no idle'));
  await page.screenshot({ path: out });
  await page.close();
}
const B = 'http://localhost:4182/';
await shot(B + '?country=PL', '/tmp/scalegen/pl.png', 1440, 900);
await shot(B + '?country=EE&fact=', '/tmp/scalegen/phone-ee.png', 390, 844);
await shot(B, '/tmp/scalegen/filters.png', 1280, 720, async (p) => { await p.getByRole('button', { name: /^Filters/ }).click(); });
await browser.close();
