import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import type { MapApp } from './driver.ts';
import { useBusyCorpus } from './busy-corpus.ts';

/** Whether a control is the element a click at its centre lands on (nothing covers it). */
async function clickable(page: Page, name: string | RegExp, scope = page.getByRole('list', { name: 'Actors off the map' })): Promise<boolean> {
  const button = scope.getByRole('button', { name }).first();
  const box = await button.boundingBox();
  if (!box) return false;
  return page.evaluate(({ x, y, label }) => {
    const el = document.elementFromPoint(x, y)?.closest('button');
    return !!el && (el.getAttribute('aria-label') ?? el.textContent ?? '').includes(label);
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2, label: typeof name === 'string' ? name : (await button.innerText()).split('\n')[0]! });
}

/** Folds the legend, so colour searches find the map's marks and not the legend's swatches. */
export async function foldLegend(app: MapApp): Promise<void> {
  const toggle = app.legend().getByRole('button', { name: 'Legend' });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

async function mapPixels(app: MapApp): Promise<Buffer> {
  await app.waitForMap();
  return app.map().screenshot();
}

/** The share of pixels that differ between two screenshots of the map (decoded by the page). */
async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ({ a, b }) => {
    const decode = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height).data;
    };
    const [x, y] = await Promise.all([decode(a), decode(b)]);
    let changed = 0;
    for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 24) changed++;
    return changed / (x.length / 4);
  }, { a: a.toString('base64'), b: b.toString('base64') });
}

test.describe('the map at scale (every real article in the repository)', () => {
  test('chips stay clickable and the legend stays within 45% of the map, at three screen sizes', async ({ app, page }) => {
    await useBusyCorpus(page);
    for (const [width, height] of [[1440, 900], [1280, 720], [768, 1024]] as const) {
      await page.setViewportSize({ width, height });
      await app.open();
      const chips = page.getByRole('list', { name: 'Actors off the map' }).getByRole('button');
      const names = (await chips.allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
      expect(names.length, `chips at ${width}×${height}`).toBeGreaterThan(1);
      for (const name of names) expect(await clickable(page, name.startsWith('+') ? name : new RegExp(`^${name}:`)), `${name} at ${width}×${height}`).toBe(true);
      const map = (await app.map().boundingBox())!;
      const legend = (await app.legend().boundingBox())!;
      expect(legend.height / map.height, `legend height at ${width}×${height}`).toBeLessThanOrEqual(0.45);
      await expect(app.legend()).toContainText(/\d+ articles, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    }
  });

  test('fact marks cover at most 15% of the map at the home view; years and filters are in the link', async ({ app, page }) => {
    await useBusyCorpus(page);
    await app.open();
    // The legend lists what is drawn, so it changes too: fold it, and compare the map alone.
    await foldLegend(app);
    const all = await mapPixels(app);
    await app.toggleFilters();
    for (const name of ['Arms shipments', 'Troop deployments', 'Commitments']) await page.getByRole('checkbox', { name }).uncheck();
    await expect.poll(() => app.params()['types']).toBe('quotes');
    await app.toggleFilters();
    await app.foldMenu();
    const none = await mapPixels(app);
    const share = await changedShare(page, all, none);
    expect(share, 'the marks are drawn').toBeGreaterThan(0.005);
    expect(share, 'the marks cover at most 15% of the map').toBeLessThanOrEqual(0.15);
    // The time control is built from the data: with more than three years, a range and "Only <year>".
    await app.toggleFilters();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.keyboard.press('Escape');
    await app.unfoldMenu();
    const only = page.getByRole('button', { name: 'Only 2024' });
    await expect(only).toBeVisible();
    await only.click();
    await expect.poll(() => app.params()['years']).toBe('2024');
    await expect(app.legend()).toContainText('showing 2024');
  });

  test('a busy actor\'s details open on a summary and stay within 4 screens; the reader opens on its text', async ({ app, page }) => {
    await useBusyCorpus(page);
    await app.open();
    const busiest = page.getByRole('list', { name: 'Actors off the map' }).getByRole('button').first();
    await busiest.click();
    const panel = app.countryDetails();
    await expect(panel.locator('.panel-summary')).toContainText(/\d+ (quotes?|commitments?)/);
    const { scroll, screen } = await panel.locator('.panel-body').evaluate((el) => ({ scroll: el.scrollHeight, screen: el.clientHeight }));
    expect(scroll / screen, 'panel length in screens').toBeLessThanOrEqual(4);
    // Groups are collapsed until asked for; opening one lists its facts with their sentences.
    const group = panel.locator('.group-toggle').first();
    await expect(group).toHaveAttribute('aria-expanded', 'false');
    await group.click();
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    const link = panel.getByRole('link', { name: 'Read in article' }).first();
    await link.click();
    // From the reader's close button, the first highlight is a few Tab presses away.
    const close = app.reader().getByRole('button', { name: 'Close article reader' });
    await close.focus();
    let presses = 0;
    for (; presses < 40; presses++) {
      if (await page.evaluate(() => document.activeElement?.matches('.article-text [role="button"]') ?? false)) break;
      await page.keyboard.press('Tab');
    }
    expect(presses, 'Tab presses from the close button to the first highlight').toBeLessThanOrEqual(12);
  });
});

test.describe('the map itself', () => {
  test('an arrow that stands for several facts lists them all, each with its sentence', async ({ app, page }) => {
    // A second report of Estonia's Javelins: the Estonia → Ukraine arrow now stands for two facts.
    await page.route('**/data/facts.json', async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      const javelin = data.facts.find((f: unknown[]) => f[0] === 'a' && JSON.stringify(f).includes('Javelin'));
      data.facts.push([...javelin.slice(0, 2), `${javelin[2]}:again`, ...javelin.slice(3)]);
      await route.fulfill({ response: res, json: data });
    });
    await app.open('?years=2022');
    await foldLegend(app);
    const arrow = await app.findColour([0xcf, 0x10, 0x00], 30);
    expect(arrow, 'the red anti-tank arrow is drawn').not.toBeNull();
    await page.mouse.move(arrow!.x, arrow!.y);
    await expect(page.getByRole('tooltip')).toContainText('Click to list all 2 with their sentences');
    await page.mouse.click(arrow!.x, arrow!.y);
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Estonia');
    const group = app.countryDetails().getByRole('button', { name: /Arms to Ukraine/ });
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await expect(app.section('Sends').getByRole('listitem')).toHaveCount(2);
    await expect(app.section('Sends').getByRole('listitem').first()).toContainText('The Estonians are sending anti-tank missiles called Javelin.');
  });

  test('the focused map moves between countries with facts by key, announces them and selects with Enter', async ({ app, page }) => {
    await app.open();
    await app.map().locator('canvas').focus();
    await page.keyboard.press('n');
    const announcer = page.getByTestId('map-announcer');
    await expect(announcer).toContainText('Press Enter to select.');
    const name = (await announcer.innerText()).split(':')[0]!;
    await expect(page.getByRole('tooltip')).toContainText(name);
    await page.keyboard.press('Enter');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText(name);
    await page.keyboard.press('p');
    await expect(announcer).not.toContainText(`${name}:`);
  });

  test('at a tablet’s width a selected country is not under the legend: it folds, and opens again on request', async ({ app, page }) => {
    await useBusyCorpus(page);
    await page.setViewportSize({ width: 768, height: 1024 });
    await app.open();
    const toggle = app.legend().getByRole('button', { name: 'Legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await app.open('?country=PL');
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Poland');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await app.waitForMap();
    const [x, y] = (await app.map().getAttribute('data-selected-at'))!.split(',').map(Number);
    const map = (await app.map().boundingBox())!;
    const legend = (await app.legend().boundingBox())!;
    const inside = map.x + x! >= legend.x && map.x + x! <= legend.x + legend.width && map.y + y! >= legend.y && map.y + y! <= legend.y + legend.height;
    expect(inside, 'the selected country’s label point is under the legend').toBe(false);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  test('embedded at 600×420, the legend is open', async ({ app, page }) => {
    await page.setViewportSize({ width: 600, height: 420 });
    await app.open('?embed=1');
    await expect(app.legend().getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function selectedPoint(app: MapApp): Promise<{ x: number; y: number }> {
    await app.waitForMap();
    const at = await app.map().getAttribute('data-selected-at');
    expect(at, 'the map reports where the selected country is').toBeTruthy();
    const [x, y] = at!.split(',').map(Number);
    return { x: x!, y: y! };
  }

  async function sheetTop(app: MapApp): Promise<number> {
    const map = (await app.map().boundingBox())!;
    const sheet = (await app.countryDetails().boundingBox())!;
    return sheet.y - map.y;
  }

  test('a tapped or linked country is framed above the bottom sheet; Reset view goes home; the sheet folds', async ({ app, page }) => {
    await app.open('?view=5/52.1/19.4');
    await app.clickMapCentre();
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('Poland');
    await expect.poll(async () => (await selectedPoint(app)).y < (await sheetTop(app)) - 10, { timeout: 20_000 }).toBe(true);
    const p = await selectedPoint(app);
    expect(p.y).toBeGreaterThan(0);

    await app.open('?country=EE&view=5.5/58.6/25.5');
    await expect.poll(async () => (await selectedPoint(app)).y < (await sheetTop(app)) - 10, { timeout: 20_000 }).toBe(true);

    await page.getByRole('button', { name: 'Collapse country details' }).click();
    await expect.poll(async () => (await app.countryDetails().boundingBox())!.height).toBeLessThanOrEqual(130);
    await page.getByRole('button', { name: 'Expand country details' }).click();

    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => app.params()['view']).toBeUndefined();
  });
});

test.describe('when the drawing context is lost', () => {
  test('nothing throws, and a restored context redraws the map', async ({ app, page }) => {
    await app.open('?country=EE&years=2022');
    await foldLegend(app);
    expect(await app.findColour([0xcf, 0x10, 0x00], 30), 'the anti-tank arrow before').not.toBeNull();
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')!.getContext('webgl2')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await expect(page.getByRole('status').filter({ hasText: 'drawing context was lost' })).toBeVisible();
    // The app keeps working meanwhile: a year toggle and a selection touch no missing source.
    await app.toggleYear(2024);
    await app.selectCountry('Poland');
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect(page.getByRole('status').filter({ hasText: 'drawing context was lost' })).toHaveCount(0);
    await app.selectCountry('Estonia');
    await app.toggleYear(2024);
    await app.waitForMap();
    expect(await app.findColour([0xcf, 0x10, 0x00], 30), 'the anti-tank arrow after').not.toBeNull();
  });
});
