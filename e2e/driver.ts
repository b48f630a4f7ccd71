import { expect, type Locator, type Page } from '@playwright/test';

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

  async selectCountry(name: string): Promise<void> {
    await this.findCountry(name);
    await expect(this.countryDetails().getByRole('heading', { level: 2 })).toHaveText(name);
  }

  yearCheckbox(year: number): Locator {
    return this.page.getByRole('checkbox', { name: String(year) });
  }

  async toggleYear(year: number): Promise<void> {
    await this.yearCheckbox(year).click();
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
    const png = (await this.map().screenshot()).toString('base64');
    const hit = await this.page.evaluate(async ({ png, rgb, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const hits: [number, number][] = [];
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]) + Math.abs(data[i + 2]! - rgb[2]) < tolerance) {
          hits.push([(i / 4) % c.width, Math.floor(i / 4 / c.width)]);
        }
      }
      if (hits.length === 0) return null;
      const [x, y] = hits[Math.floor(hits.length / 2)]!;
      return { x, y };
    }, { png, rgb, tolerance });
    if (!hit) return null;
    // Screenshots are in device pixels.
    const dpr = (await this.page.evaluate(() => window.devicePixelRatio)) || 1;
    return { x: box.x + hit.x / dpr, y: box.y + hit.y / dpr };
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
