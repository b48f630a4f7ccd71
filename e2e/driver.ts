import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user talks about it: specs call these instead of poking at selectors. */
export class MapApp {
  constructor(readonly page: Page) {}

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

  /** Picks a country with the keyboard only: type, arrow down to it, Enter. */
  async findCountry(name: string): Promise<void> {
    const box = this.searchBox();
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

  async clickMapCentre(): Promise<void> {
    const box = await this.map().boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
