import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { pngFacts } from './png-in-page.ts';

/** The app as a user talks about it: specs call these instead of poking at selectors. */
export class MapApp {
  /** Console errors a spec provokes on purpose (a failing request it stages). */
  readonly allowedConsoleErrors: RegExp[] = [];

  constructor(readonly page: Page) {}

  allowConsoleError(pattern: RegExp): void {
    this.allowedConsoleErrors.push(pattern);
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.waitForMap();
  }

  /** MapLibre draws in software here; wait until it has settled before looking or clicking. */
  async waitForMap(): Promise<void> {
    await expect(this.map()).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
  }

  map(): Locator {
    return this.page.getByTestId('map');
  }

  countryDetails(): Locator {
    return this.page.getByRole('complementary', { name: 'Country details' });
  }

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Find a country' });
  }

  /** The header's "Menu" button, shown where the tools are folded (phones, zoomed-in screens). */
  menuButton(): Locator {
    return this.page.getByRole('button', { name: 'Menu' });
  }

  /** Opens or closes the Filters popover, unfolding the header's menu first if the tools are in it. */
  async toggleFilters(): Promise<void> {
    const button = this.page.getByRole('button', { name: /^Filters/ });
    if (!(await button.isVisible())) await this.unfoldMenu();
    await button.click();
  }

  /** Closes the header's menu if it is open (the map keeps its size for pixel comparisons). */
  async foldMenu(): Promise<void> {
    const menu = this.menuButton();
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
  }

  /** Opens the header's menu if the tools are folded into it and it is closed. */
  async unfoldMenu(): Promise<void> {
    const menu = this.menuButton();
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  }

  /** Picks a country with the keyboard only: type, arrow down to it, Enter. */
  async findCountry(name: string): Promise<void> {
    const box = this.searchBox();
    if (!(await box.isVisible())) await this.unfoldMenu();
    await box.focus();
    await box.pressSequentially(name.slice(0, 4));
    const list = this.page.getByRole('listbox', { name: 'Countries' });
    await expect(list).toBeVisible();
    const options = list.getByRole('option');
    const names = await options.allInnerTexts();
    const index = names.findIndex((n) => n.split('\n')[0]?.trim() === name);
    expect(index, `"${name}" among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    await box.press('Enter');
  }

  async selectCountry(name: string): Promise<void> {
    await this.findCountry(name);
    await expect(this.countryDetails().getByRole('heading', { level: 2 })).toHaveText(name);
  }

  yearCheckbox(year: number): Locator {
    return this.page.getByRole('checkbox', { name: String(year) });
  }

  async toggleYear(year: number): Promise<void> {
    if (!(await this.yearCheckbox(year).isVisible())) await this.unfoldMenu();
    await this.yearCheckbox(year).click();
  }

  /** The "Table" button in the header. */
  tableButton(): Locator {
    return this.page.getByRole('button', { name: 'Table', exact: true });
  }

  /** The table of facts' panel. */
  tablePanel(): Locator {
    return this.page.getByRole('region', { name: 'Table of facts' });
  }

  /** The table itself: a real <table>. */
  table(): Locator {
    return this.tablePanel().getByRole('table');
  }

  async openTable(): Promise<void> {
    if (!(await this.tableButton().isVisible())) await this.unfoldMenu();
    await this.tableButton().click();
    await expect(this.table()).toBeVisible();
  }

  /** Body rows of the table (the header row excluded). */
  tableRows(): Locator {
    return this.table().locator('tbody').getByRole('row');
  }

  /** The home screen's written summary. */
  summary(): Locator {
    return this.page.getByRole('region', { name: 'Summary' });
  }

  shareButton(): Locator {
    return this.page.getByRole('button', { name: 'Share & export' });
  }

  shareDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Share & export this view' });
  }

  async openShare(): Promise<void> {
    if (!(await this.shareButton().isVisible())) await this.unfoldMenu();
    await this.shareButton().click();
    await expect(this.shareDialog()).toBeVisible();
  }

  /** A section of "Country details": Sends, Receives, Commitments or Quotes. */
  section(title: 'Sends' | 'Receives' | 'Commitments' | 'Quotes'): Locator {
    return this.countryDetails().getByRole('region', { name: new RegExp(`^${title}`) });
  }

  /** The list item in a section whose summary line holds the text. */
  factItem(title: 'Sends' | 'Receives' | 'Commitments' | 'Quotes', summary: string | RegExp): Locator {
    return this.section(title).getByRole('listitem').filter({ hasText: summary });
  }

  async readInArticle(title: 'Sends' | 'Receives' | 'Commitments' | 'Quotes', summary: string | RegExp): Promise<void> {
    await this.factItem(title, summary).getByRole('link', { name: 'Read in article' }).click();
    await expect(this.reader()).toBeVisible();
  }

  reader(): Locator {
    return this.page.getByRole('complementary', { name: 'Article reader' });
  }

  /** The highlight in the reader that holds the text. */
  highlight(text: string | RegExp): Locator {
    return this.reader().locator('.article-text').getByRole('button').filter({ hasText: text });
  }

  chip(name: string): Locator {
    return this.page.getByRole('list', { name: 'Actors off the map' }).getByRole('button', { name: new RegExp(`^${name}:`) });
  }

  legend(): Locator {
    return this.page.getByRole('region', { name: 'Legend' });
  }

  /**
   * Finds where the map draws a colour, as a user's eye would: screenshot the map and return the
   * page position of the middle matching pixel, or null when the colour is not on screen.
   */
  async findColour(rgb: [number, number, number], tolerance = 40): Promise<{ x: number; y: number } | null> {
    const box = await this.map().boundingBox();
    if (!box) throw new Error('the map has no box');
    const { hit } = await pngFacts(this.page, await this.map().screenshot(), { rgb, tolerance });
    if (!hit) return null;
    // Screenshots are in device pixels.
    const dpr = (await this.page.evaluate(() => window.devicePixelRatio)) || 1;
    return { x: box.x + hit.x / dpr, y: box.y + hit.y / dpr };
  }

  /** Opens "Share & export" if needed and downloads through one of its buttons. */
  async download(button: 'Download PNG' | 'Download CSV' | 'Download JSON'): Promise<Download> {
    const dialog = this.shareDialog();
    if (!(await dialog.isVisible())) await this.openShare();
    const downloading = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    return downloading;
  }

  async clickMapCentre(): Promise<void> {
    const box = await this.map().boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Clicks the map at a point given as fractions of its width and height. */
  async clickMapAt(fx: number, fy: number): Promise<void> {
    const box = await this.map().boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }

  async hoverMapAt(fx: number, fy: number): Promise<void> {
    const box = await this.map().boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  }

  /** The URL's query parameters as a plain object. */
  params(): Record<string, string> {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }

  async screenshot(path: string): Promise<void> {
    await this.waitForMap();
    await this.page.screenshot({ path });
  }
}
