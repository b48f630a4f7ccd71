import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { decodeFactIndex, INDEX_FILE } from '../src/model/data-files.ts';

/** Estonia's Javelin shipment of 2022, as the built data names it. */
function javelinFactId(): string {
  const data = decodeFactIndex(JSON.parse(readFileSync(`public/data/${INDEX_FILE}`, 'utf8')));
  const fact = data.facts.find((f) => f.type === 'arms_shipment' && f.from.includes('EE') && f.date.startsWith('2022')
    && f.items.some((i) => /javelin/i.test(i.name)));
  if (!fact) throw new Error('no Estonian Javelin shipment of 2022 in the data');
  return fact.id;
}

test.describe('links under failure', () => {
  test('a dataset that fails once keeps the link; Retry applies all of it, with no notice about the link', async ({ app, page }) => {
    app.allowConsoleError(/503/);
    let failures = 0;
    await page.route(`**/data/${INDEX_FILE}`, async (route) => {
      if (failures++ === 0) await route.fulfill({ status: 503, contentType: 'text/plain', body: 'try later' });
      else await route.fallback();
    });
    const fact = javelinFactId();
    const link = `?v=1&country=EE&years=2022&fact=${fact}`;
    await page.goto(`/${link}`);

    const failure = page.getByRole('alert').filter({ hasText: 'The facts could not be loaded' });
    await expect(failure).toContainText('503');
    // The map is still there, and the address is exactly the link that was opened.
    await app.waitForMap();
    expect(new URL(page.url()).search).toBe(link);
    await expect(page.getByText(/could not be used/)).toHaveCount(0);

    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(failure).toHaveCount(0);
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    await expect(app.yearCheckbox(2022)).toBeChecked();
    await expect(app.yearCheckbox(2024)).not.toBeChecked();
    await expect(app.factItem('Sends', /Javelin/).getByRole('button', { pressed: true })).toBeVisible();
    await app.waitForMap();
    expect(app.params()).toMatchObject({ v: '1', country: 'EE', years: '2022', fact });
    await expect(page.getByText(/could not be used/)).toHaveCount(0);
    expect(failures).toBe(2);
  });

  test('a review status that fails to load (fetched beside the facts) leaves the link whole and says so', async ({ app, page }) => {
    app.allowConsoleError(/500/);
    let asked = 0;
    await page.route('**/data/reviews.json', async (route) => {
      asked++;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'broken' });
    });
    await app.open('?v=1&country=EE&years=2022');
    await expect(page.getByText(/review status could not be loaded \(data\/reviews\.json: the server answered 500\)/)).toBeVisible();
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    expect(app.params()).toMatchObject({ v: '1', country: 'EE', years: '2022' });
    expect(asked).toBeGreaterThan(0);
  });

  test('a #map= hash opens that view, becomes `view`, and moves the open map when changed', async ({ app, page }) => {
    await app.open('?country=EE#map=6/58.6/25.5');
    await expect.poll(() => page.url()).not.toContain('#');
    expect(app.params()).toMatchObject({ v: '1', country: 'EE', view: '6/58.6/25.5' });

    await page.evaluate(() => { window.location.hash = '#map=7/56.9/24.1'; });
    await expect.poll(() => app.params()['view']).toBe('7/56.9/24.1');
    await app.waitForMap();
    expect(page.url()).not.toContain('#');
    expect(app.params()['country']).toBe('EE');
  });

  test('a repeated parameter is used once and noticed', async ({ app, page }) => {
    await app.open('?v=1&country=EE&country=ZZ');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' }))
      .toHaveText(/country “ZZ” repeats the parameter; only its first value is used/);
    await expect.poll(() => new URL(page.url()).search).toBe('?v=1&country=EE');
  });
});
