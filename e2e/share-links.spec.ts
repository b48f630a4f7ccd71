import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { MapApp } from './driver.ts';
import { pngFacts } from './png-in-page.ts';
import { parseCsv } from '../src/export/csv.ts';
import { malformedLinks } from '../src/state/url/random-links.ts';
import { coordinateDecimals } from '../src/state/url/map-view.ts';

test.describe('share links', () => {
  test('a copied link reopens the same view in a new browser', async ({ app, page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await app.open('?country=EE&years=2022&view=5/57/24');
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    await app.waitForMap();
    const before = app.params();
    expect(before).toMatchObject({ v: '1', country: 'EE', years: '2022', article: '003_2170261719692671' });
    expect(before['fact']).toBeTruthy();

    await page.getByRole('button', { name: 'Copy link' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('fact')).toBe(before['fact']);

    const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const fresh = new MapApp(await other.newPage());
    await fresh.page.goto(copied);
    await fresh.waitForMap();
    await expect(fresh.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    await expect(fresh.yearCheckbox(2022)).toBeChecked();
    await expect(fresh.yearCheckbox(2024)).not.toBeChecked();
    await expect(fresh.highlight('The Estonians are sending anti-tank missiles called Javelin.')).toHaveAttribute('aria-pressed', 'true');
    const [z1, lat1, lon1] = before["view"]!.split('/').map(Number);
    const [z2, lat2, lon2] = fresh.params()['view']!.split('/').map(Number);
    expect(Math.abs(z1! - z2!)).toBeLessThan(0.01);
    // Within one step of the link's own precision: a sub-pixel settle of the camera may round the other way.
    const step = 10 ** -coordinateDecimals(z1!) + 1e-9;
    expect(Math.abs(lat1! - lat2!)).toBeLessThanOrEqual(step);
    expect(Math.abs(lon1! - lon2!)).toBeLessThanOrEqual(step);
    await other.close();
  });

  test('a link to a fact alone opens the reader at its sentence', async ({ app }) => {
    await app.open('?country=EE');
    await app.factItem('Sends', 'Javelin anti-tank missiles').getByRole('button', { name: /Javelin/ }).click();
    const fact = await expect.poll(() => app.params()['fact']).toBeTruthy().then(() => app.params()['fact']!);
    await app.open(`?v=1&fact=${encodeURIComponent(fact)}`);
    await expect(app.highlight('The Estonians are sending anti-tank missiles called Javelin.')).toHaveAttribute('aria-pressed', 'true');
  });

  test('an old-style link still opens, rewritten in the current format', async ({ app }) => {
    await app.open('?c=EST&year=2022&zoom=5&lat=57&lon=24');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    await expect(app.yearCheckbox(2024)).not.toBeChecked();
    await expect.poll(() => app.params()).toMatchObject({ v: '1', country: 'EE', years: '2022' });
    expect(app.params()['c']).toBeUndefined();
  });

  test('Back and Forward walk through three selections', async ({ app, page }) => {
    await app.open();
    await app.selectCountry('Estonia');
    await app.selectCountry('Latvia');
    await app.selectCountry('Poland');
    await app.waitForMap();
    const heading = app.countryDetails().getByRole('heading', { level: 2 });
    await page.goBack();
    await expect(heading).toHaveText('Latvia');
    await page.goBack();
    await expect(heading).toHaveText('Estonia');
    await page.goForward();
    await expect(heading).toHaveText('Latvia');
    expect(app.params()['country']).toBe('LV');
    await page.goBack();
    await page.goBack();
    await expect(app.countryDetails()).toHaveCount(0);
  });

  test('the clipboard refused: the link is offered selected in the share dialog', async ({ app, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await app.open('?country=LT');
    await page.getByRole('button', { name: 'Copy link' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Share & export this view' });
    await expect(dialog).toBeVisible();
    const field = dialog.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toHaveValue(/country=LT/);
    await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBeGreaterThan(10);
    await expect(dialog.getByRole('textbox', { name: 'Embed on a web page' })).toHaveValue(/<iframe src="[^"]*embed=1/);
  });

  test('embed=1 shows the map and legend without chrome, with a way to the full map', async ({ app, page }) => {
    await app.open('?embed=1&country=EE');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(app.legend()).toBeVisible();
    const link = page.getByRole('link', { name: 'Open full map' });
    await expect(link).toHaveAttribute('href', /country=EE/);
    expect(await link.getAttribute('href')).not.toContain('embed');
  });
});

// The codec itself reads 2,000 fuzzed links in the unit tests; here a sample of them goes through
// the whole page (a browser per link costs CI time).
test.describe('malformed links', () => {
  const links = malformedLinks(100, 20261121);
  for (let part = 0; part < 2; part++) {
    test(`open with a usable map and no page error (${part * 50 + 1}–${part * 50 + 50} of 100)`, async ({ app, page }) => {
      test.setTimeout(180_000);
      for (const link of links.slice(part * 50, part * 50 + 50)) {
        const query = link.startsWith('?') ? link : `?${link}`;
        await page.goto(`/${query}`, { waitUntil: 'commit' });
        // Usable: the map is drawn, and there is a way on: the search box, or in embed mode the full map.
        await expect(page.locator('.maplibregl-canvas'), query).toBeAttached();
        await expect(app.searchBox().or(page.getByRole('link', { name: 'Open full map' })), query).toBeVisible();
      }
      await app.waitForMap();
    });
  }
});

test.describe('export', () => {
  test('Download PNG gives a decodable, non-blank image at the map’s size', async ({ app, page }) => {
    await app.open('?country=EE&years=2022');
    const file = await app.download('Download PNG');
    expect(file.suggestedFilename()).toBe('eastern-flank-EE-2022.png');
    const bytes = readFileSync((await file.path())!);
    writeFileSync('docs/export-example.png', bytes);
    const mapBox = (await app.map().boundingBox())!;
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    const info = await pngFacts(page, bytes);
    // The canvas takes whole device pixels of a box that may be fractional in CSS pixels.
    expect(Math.abs(info.width - mapBox.width * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.height - mapBox.height * dpr)).toBeLessThanOrEqual(1);
    expect(info.colours).toBeGreaterThan(50);
  });

  test('the CSV parses back to the same rows as the JSON', async ({ app }) => {
    await app.open('?years=2022');
    const csvFile = await app.download('Download CSV');
    const jsonFile = await app.download('Download JSON');
    expect(csvFile.suggestedFilename()).toBe('eastern-flank-2022.csv');
    const csv = readFileSync((await csvFile.path())!, 'utf8');
    const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')) as Record<string, string>[];
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(json.length).toBeGreaterThan(3);
    expect(json.every((r) => r['article_date']!.startsWith('2022'))).toBe(true);
    expect(parseCsv(csv)).toEqual(json);
  });
});

test.describe('export on a high-DPI screen', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the PNG is twice the map’s CSS size', async ({ app, page }) => {
    await app.open('?years=2024');
    const file = await app.download('Download PNG');
    expect(file.suggestedFilename()).toBe('eastern-flank-2024.png');
    const info = await pngFacts(page, readFileSync((await file.path())!));
    const mapBox = (await app.map().boundingBox())!;
    expect(Math.abs(info.width - mapBox.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.height - mapBox.height * 2)).toBeLessThanOrEqual(1);
    expect(info.colours).toBeGreaterThan(50);
  });
});
