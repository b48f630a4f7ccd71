import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { parseCsv } from '../src/export/csv.ts';
import { decodeFactIndex } from '../src/model/data-files.ts';

/** The facts the app serves, read from the same file, so counts are not typed in by hand. */
function servedFacts() {
  return decodeFactIndex(JSON.parse(readFileSync('public/data/facts.json', 'utf8'))).facts;
}

test.describe('every reader gets the facts', () => {
  test('the summary and the table: every fact with headers, sorted, following the years, leading to the map and the sentence', async ({ app, page }) => {
    const facts = servedFacts();
    await app.open();
    // The written summary says who sent arms to Ukraine, in a polite live region.
    const summary = app.summary().locator('p');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await expect(summary).toContainText(/^In 2022 and 2024, \d+ countries sent arms to Ukraine \(/);

    await app.openTable();
    const headers = await app.table().getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.replace(/[^A-Za-z ]/g, '').trim())).toEqual(['Type', 'From', 'To', 'What', 'Date', 'Article', 'Review', 'Actions']);
    await expect(app.tableRows()).toHaveCount(facts.length);
    expect(app.params()['table']).toBe('1');

    // Sorting by "From" is announced on the header and reorders the rows.
    const from = app.table().getByRole('columnheader', { name: /From/ });
    await from.getByRole('button').click();
    await expect(from).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => app.params()['sort']).toBe('from');
    const firstFrom = await app.tableRows().first().getByRole('cell').nth(1).innerText();
    await from.getByRole('button').click();
    await expect(from).toHaveAttribute('aria-sort', 'descending');
    await expect(app.tableRows().first().getByRole('cell').nth(1)).not.toHaveText(firstFrom);

    // Table and summary follow the years.
    await app.toggleYear(2024);
    await expect(app.tableRows()).toHaveCount(facts.filter((f) => f.date.startsWith('2022')).length);
    await expect(summary).toContainText(/^In 2022, \d+ countries sent arms to Ukraine/);

    // A row leads to the fact on the map, and to its sentence in the article.
    const row = app.tableRows().filter({ hasText: 'Javelin anti-tank missiles' });
    await row.getByRole('button', { name: 'Show on map' }).click();
    await expect(row.getByRole('button', { name: 'Show on map' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => app.params()['fact']).toBeTruthy();
    const read = row.getByRole('link', { name: 'Read in article' });
    await read.click();
    await expect(app.highlight('The Estonians are sending anti-tank missiles called Javelin.')).toHaveAttribute('aria-pressed', 'true');

    // Escape closes the innermost layer only, and focus goes back to what opened it.
    await page.keyboard.press('Escape');
    await expect(app.reader()).toHaveCount(0);
    await expect(app.tablePanel()).toBeVisible();
    await expect(read).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.tablePanel()).toHaveCount(0);
    await expect(app.tableButton()).toBeFocused();
    expect(app.params()['table']).toBeUndefined();
  });

  test('the table works without the map: a link with table=1 and boundaries that fail to load', async ({ app, page }) => {
    app.allowConsoleError(/countries\.topo\.json|Failed to load resource/);
    await page.route('**/geo/countries.topo.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/?table=1');
    await expect(page.getByRole('alert')).toContainText('boundaries could not be loaded');
    await expect(app.tableRows()).toHaveCount(servedFacts().length);
    await expect(app.tableRows().filter({ hasText: 'Javelin' }).getByRole('cell').nth(1)).toHaveText('Estonia');
  });

  test('search ranks prefix matches first, offers groups, says "No match" and opens on the busiest actors', async ({ app, page }) => {
    await app.open();
    const box = app.searchBox();
    const list = page.getByRole('listbox', { name: 'Countries' });
    await box.focus();
    await box.press('ArrowDown');
    const busiest = await list.getByRole('option').allInnerTexts();
    expect(busiest[0]).toMatch(/^NATO/);
    expect(busiest.join('|')).not.toMatch(/Albania/);

    await box.fill('Est');
    await expect(list.getByRole('option').first()).toContainText('Estonia');

    await box.fill('Baltic');
    const baltic = list.getByRole('group', { name: 'Baltic states' });
    await expect(baltic.getByRole('option')).toHaveText([/Estonia/, /Latvia/, /Lithuania/]);
    await box.fill('NATO members bordering Russia');
    await expect(list.getByRole('group', { name: /NATO members bordering Russia or Belarus/ }).getByRole('option')).toHaveText([/Estonia/, /Finland/, /Latvia/, /Lithuania/, /Norway/, /Poland/]);
    await box.fill('Nordic');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Finland');

    await box.fill('Atlantis');
    await expect(page.getByRole('status').filter({ hasText: 'No match for “Atlantis”' })).toBeVisible();
  });

  test('share: Escape keeps the selection, focus returns, the header holds still, the embed is responsive, CSV has names', async ({ app, page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await app.open('?country=EE');
    const buttons = page.locator('.topbar').getByRole('button');
    const before = await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    await page.getByRole('button', { name: 'Copy link' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x))).toEqual(before);

    await app.openShare();
    const code = await app.shareDialog().getByLabel('Embed on a web page').inputValue();
    expect(code).toMatch(/^<iframe [^>]*width="100%"/);
    expect(code).toMatch(/aspect-ratio:3 \/ 2/);
    expect(code).toContain('embed=1');
    expect(code).not.toMatch(/height="\d+"/);

    const csv = parseCsv(await readDownload(await app.download('Download CSV')));
    const javelin = csv.find((r) => r['items']?.includes('Javelin'));
    expect(javelin).toMatchObject({ from: 'EE', from_names: 'Estonia', to: 'UA', to_names: 'Ukraine' });
    expect(csv.every((r) => r['from'] === '' || r['from_names'] !== '')).toBe(true);

    await page.keyboard.press('Escape');
    await expect(app.shareDialog()).toBeHidden();
    await expect(app.shareButton()).toBeFocused();
    expect(app.params()['country']).toBe('EE');
    await expect(app.countryDetails()).toBeVisible();
  });

  test('the embed at 600×420 carries a title and a source line; the dialog previews it at phone width', async ({ app, page, browser }) => {
    const embedContext = await browser.newContext({ viewport: { width: 600, height: 420 } });
    const embed = await embedContext.newPage();
    await embed.goto('/?embed=1&country=EE');
    await expect(embed.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Eastern Flank Map: Estonia');
    const source = embed.getByText(/^Source: \d+ news articles/);
    await expect(source).toBeVisible();
    const box = await source.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(420);
    expect(await embed.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(420);
    const axe = await new AxeBuilder({ page: embed }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await embedContext.close();

    await app.open();
    await app.openShare();
    await app.shareDialog().getByRole('button', { name: 'Phone (390 px)' }).click();
    const preview = app.shareDialog().frameLocator('iframe[title^="Embed preview"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Eastern Flank Map');
    await expect(preview.getByText(/^Source: /)).toBeVisible();
    expect(await page.locator('iframe[title^="Embed preview"]').evaluate((f) => (f as HTMLIFrameElement).style.width)).toBe('390px');
  });

  test('zoomed to 400% (320×180) the header folds into a menu, a panel fills the screen, the page scrolls', async ({ app, page }) => {
    await page.setViewportSize({ width: 320, height: 180 });
    await app.open('?country=EE');
    const panel = app.countryDetails();
    await expect(panel).toBeVisible();
    expect(await panel.boundingBox()).toMatchObject({ x: 0, y: 0, width: 320, height: 180 });
    // Its own scroll holds everything it says.
    const body = panel.locator('.panel-body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto')).toBe(true);
    await panel.getByRole('button', { name: 'Close country details' }).click();

    const header = page.locator('.topbar');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(48);
    await expect(app.searchBox()).toBeHidden();
    await app.menuButton().click();
    await expect(app.searchBox()).toBeVisible();
    await expect(app.tableButton()).toBeVisible();
    // Nothing sticks out sideways; the page scrolls down to what is below.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(180);
    await page.keyboard.press('Escape');
    await expect(app.menuButton()).toHaveAttribute('aria-expanded', 'false');

    await page.setViewportSize({ width: 320, height: 640 });
    await app.openTable();
    expect(await app.tablePanel().boundingBox()).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
  });
});

async function readDownload(download: import('@playwright/test').Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path!, 'utf8');
}
