import { test, expect } from './fixtures.ts';

test.describe('walking skeleton', () => {
  test('a link with country and view opens Estonia at that view', async ({ app }) => {
    await app.open('?country=EE&view=6/58.6/25.5');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    expect(app.params()['view']).toBe('6/58.6/25.5');
  });

  test('a click on a country selects it', async ({ app }) => {
    await app.open('?view=6/58.6/25.5');
    await expect(app.countryDetails()).toHaveCount(0);
    // Inside Estonia, north-east of the view's centre, where the troop arrows that end at its symbol do not pass.
    await app.clickMapAt(0.576, 0.375);
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    await expect.poll(() => app.params()['country']).toBe('EE');
  });

  test('"Find a country" selects Poland by keyboard and the map flies there', async ({ app }) => {
    await app.open();
    await app.findCountry('Poland');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Poland');
    await app.waitForMap();
    await expect.poll(() => app.params()['country']).toBe('PL');
    await expect.poll(() => {
      const [, lat, lon] = (app.params()['view'] ?? '').split('/').map(Number);
      return lat! > 48 && lat! < 56 && lon! > 13 && lon! < 25;
    }).toBe(true);
  });

  test('Escape and the close button clear the selection', async ({ app, page }) => {
    await app.open('?country=LV');
    await expect(app.countryDetails()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.countryDetails()).toHaveCount(0);
    await app.open('?country=LT');
    await app.countryDetails().getByRole('button', { name: 'Close country details' }).click();
    await expect(app.countryDetails()).toHaveCount(0);
    expect(app.params()['country']).toBeUndefined();
  });

  test('hovering a country highlights it and shows its name', async ({ app, page }) => {
    await app.open('?view=6/58.6/25.5');
    await app.hoverMapAt(0.5, 0.5);
    await expect(page.getByRole('tooltip')).toHaveText(/Estonia/);
  });

  test('malformed or unknown values are ignored with a notice, never a blank page', async ({ app, page }) => {
    await app.open('?country=ZZ&view=abc');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
    await expect(app.countryDetails()).toHaveCount(0);
    await expect(app.searchBox()).toBeVisible();
  });

  test('a 10 KB parameter is dropped with a notice and the rest of the link still applies', async ({ app, page }) => {
    await app.open(`?country=EE&fact=${'x'.repeat(10 * 1024)}`);
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('fact');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('the home view frames the Eastern flank (screenshot for the README)', async ({ app }) => {
    await app.open();
    await app.screenshot('docs/screenshot.png');
  });
});
