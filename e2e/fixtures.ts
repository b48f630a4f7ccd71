import { test as base, expect } from '@playwright/test';
import { MapApp } from './driver.ts';

interface Fixtures {
  app: MapApp;
}

/**
 * Every spec gets a driver and a watch on the page: a console error, a page error or a request
 * that leaves the page's origin fails the test that caused it.
 */
export const test = base.extend<Fixtures>({
  app: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const problems: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) problems.push(`request left the origin: ${url}`);
    });
    const app = new MapApp(page);
    await use(app);
    const unexpected = problems.filter((p) => !(p.startsWith('console error') && app.allowedConsoleErrors.some((re) => re.test(p))));
    expect(unexpected, unexpected.join('\n')).toEqual([]);
  },
});

export { expect };
