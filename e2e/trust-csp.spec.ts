import { test, expect } from '@playwright/test';
import { MapApp } from './driver.ts';
import { serveStatic } from './static-server.ts';
import { META_POLICY, metaTag } from '../scripts/content-security-policy.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    cspViolations: Violation[];
  }
}

let server: Awaited<ReturnType<typeof serveStatic>>;
test.beforeAll(async () => { server = await serveStatic('dist'); });
test.afterAll(async () => { await server.close(); });

test('the build served by a plain static server carries its CSP and runs under it without a violation', async ({ page }) => {
  const response = await fetch(`${server.origin}/`);
  expect(response.headers.get('content-security-policy')).toBeNull();
  const html = await response.text();
  expect(html).toContain(metaTag());

  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== server.origin) problems.push(`left the origin: ${url}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });

  const app = new MapApp(page);
  await page.goto(`${server.origin}/?country=EE`);
  await app.waitForMap();
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_POLICY);
  await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
  await app.readInArticle('Sends', /Javelin/);
  await expect(app.highlight(/Javelin/)).toBeVisible();
  await app.hoverMapAt(0.6, 0.5);
  const png = await app.download('Download PNG');
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await page.keyboard.press('Escape');
  await app.waitForMap();
  await page.screenshot({ path: 'test-results/trust-csp-static.png' });

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(problems, problems.join('\n')).toEqual([]);

  // The listener hears what the policy blocks: an injected inline script does not run.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  expect((await page.evaluate(() => window.cspViolations)).map((v) => v.directive)).toEqual(['script-src-elem']);
});
