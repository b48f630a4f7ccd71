import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

/** Automated WCAG 2.1 A/AA checks (axe-core) on the main states; the canvas itself is out of its reach. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test.describe('accessibility', () => {
  test('home, country details and reader pass axe WCAG 2.1 AA', async ({ app, page }) => {
    await app.open();
    expect(await violations(page)).toEqual([]);
    await app.selectCountry('Estonia');
    expect(await violations(page)).toEqual([]);
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    expect(await violations(page)).toEqual([]);
  });

  test('the share dialog passes axe', async ({ app, page }) => {
    await app.open('?country=PL');
    await page.getByRole('button', { name: 'Share & export' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('everything done on the map can be done by keyboard alone', async ({ app, page }) => {
    await app.open();
    // Search → country details, by keyboard.
    await app.findCountry('Estonia');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toBeFocused();
    // Tab to the first fact's "Read in article" and open it with Enter.
    const link = app.factItem('Sends', 'Javelin').getByRole('link', { name: 'Read in article' });
    for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    const sentence = app.highlight('The Estonians are sending anti-tank missiles called Javelin.');
    await expect(sentence).toHaveAttribute('aria-pressed', 'true');
    await expect(sentence).toBeFocused();
    // A highlight is a button: focus another one and press Enter to select its fact.
    const other = app.highlight('Stinger surface-to-air missiles are being sent by Poland and Latvia.');
    await other.focus();
    await page.keyboard.press('Enter');
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    // Years by keyboard.
    await app.yearCheckbox(2024).focus();
    await page.keyboard.press('Space');
    await expect(app.yearCheckbox(2024)).not.toBeChecked();
    // Off-map actors by keyboard.
    await app.chip('NATO').focus();
    await page.keyboard.press('Enter');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('NATO');
    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await expect(app.countryDetails()).toHaveCount(0);
  });

  test('focus is visible on controls', async ({ app, page }) => {
    await app.open();
    await app.searchBox().focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
