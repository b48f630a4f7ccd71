import { test, expect } from './fixtures.ts';

// A Chromium with WebGL switched off, as some locked-down machines and old GPUs have it.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-webgl', '--disable-3d-apis'],
  },
});

test.describe('without WebGL', () => {
  test('the page says why the map is missing and keeps the header, search and panels', async ({ app, page }) => {
    await page.goto('/?country=EE');
    await expect(page.getByRole('alert').filter({ hasText: 'The map can’t be drawn in this browser' })).toBeVisible();
    await expect(app.searchBox()).toBeVisible();
    await expect(app.factItem('Sends', 'Javelin anti-tank missiles')).toBeVisible();
    await page.getByRole('button', { name: 'Show the table of facts' }).click();
    await expect.poll(() => app.params()['table']).toBe('1');
  });
});
