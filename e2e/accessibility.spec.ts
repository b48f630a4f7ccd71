import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

/** Automated WCAG 2.1 A/AA checks (axe-core) on the main states; the canvas itself is out of its reach. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test.describe('accessibility', () => {
  test('home, country details, reader and table pass axe WCAG 2.1 AA', async ({ app, page }) => {
    await app.open();
    expect(await violations(page)).toEqual([]);
    await app.selectCountry('Estonia');
    expect(await violations(page)).toEqual([]);
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    expect(await violations(page)).toEqual([]);
    await app.openTable();
    expect(await violations(page)).toEqual([]);
  });

  test('the share dialog passes axe', async ({ app, page }) => {
    await app.open('?country=PL');
    await app.openShare();
    expect(await violations(page)).toEqual([]);
  });

  test('a phone (390×844) passes axe: home, open menu, country sheet, table', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    expect(await violations(page)).toEqual([]);
    await app.unfoldMenu();
    expect(await violations(page)).toEqual([]);
    await app.selectCountry('Poland');
    expect(await violations(page)).toEqual([]);
    await app.openTable();
    expect(await violations(page)).toEqual([]);
  });

  test('forced colours (Windows high contrast) pass axe: home, country details, table', async ({ app, page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await app.open('?country=EE&table=1');
    await expect(app.table()).toBeVisible();
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
    // Escape closes the reader only, and focus goes back to the link that opened it.
    await page.keyboard.press('Escape');
    await expect(app.reader()).toHaveCount(0);
    await expect(app.countryDetails()).toBeVisible();
    await expect(link).toBeFocused();
    // Years by keyboard.
    await app.yearCheckbox(2024).focus();
    await page.keyboard.press('Space');
    await expect(app.yearCheckbox(2024)).not.toBeChecked();
    // The table by keyboard: open it, sort it, read a row's sentence, close it.
    await app.tableButton().focus();
    await page.keyboard.press('Enter');
    await expect(app.tablePanel().getByRole('heading', { level: 2 })).toBeFocused();
    const date = app.table().getByRole('columnheader', { name: /Date/ });
    await date.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(date).toHaveAttribute('aria-sort', 'ascending');
    // The table follows the selection (Estonia) and the years (2022 only).
    const read = app.tableRows().filter({ hasText: 'Javelin' }).getByRole('link', { name: 'Read in article' });
    for (let i = 0; i < 80 && !(await read.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(read).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sentence).toHaveAttribute('aria-pressed', 'true');
    await expect(sentence).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(read).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.tablePanel()).toHaveCount(0);
    await expect(app.tableButton()).toBeFocused();
    // Off-map actors by keyboard.
    await app.chip('NATO').focus();
    await page.keyboard.press('Enter');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('NATO');
    // Escape clears the selection, and focus returns to the chip.
    await page.keyboard.press('Escape');
    await expect(app.countryDetails()).toHaveCount(0);
    await expect(app.chip('NATO')).toBeFocused();
  });

  test('focus is visible on controls', async ({ app, page }) => {
    await app.open();
    await app.searchBox().focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
