import { test, expect } from './fixtures.ts';

test.describe('the commitments map', () => {
  test('Estonia sends Javelin anti-tank missiles to Ukraine in 2022', async ({ app }) => {
    await app.open();
    await app.selectCountry('Estonia');
    const item = app.factItem('Sends', 'Javelin anti-tank missiles → Ukraine');
    await expect(item).toBeVisible();
    await expect(item).toContainText('2022');
    await expect(item).toContainText('The Estonians are sending anti-tank missiles called Javelin.');
    await expect(app.section('Sends').getByRole('heading', { level: 3 })).toHaveText(/Sends \(\d+\)/);
    // Arms and troops are grouped by counterpart, and the panel opens on a summary.
    await expect(app.section('Sends').getByRole('button', { name: /Arms to Ukraine/ })).toHaveAttribute('aria-expanded', 'true');
    await expect(app.countryDetails()).toContainText(/Sends arms to 1 country \(\d+ shipments?\)/);
  });

  test('unchecking 2022 removes the shipment and keeps the 2024 assurance', async ({ app }) => {
    await app.open('?country=EE');
    await expect(app.factItem('Sends', 'Javelin anti-tank missiles')).toBeVisible();
    await app.toggleYear(2022);
    await expect(app.yearCheckbox(2022)).not.toBeChecked();
    await expect(app.section('Sends')).toHaveCount(0);
    const assurance = app.factItem('Commitments', /Assurance of support/);
    await expect(assurance).toBeVisible();
    await expect(assurance).toContainText('2024');
    await expect.poll(() => app.params()['years']).toBe('2024');
    // The last year shown stays on (aria-disabled, so force the click through as a user would).
    await app.yearCheckbox(2024).click({ force: true });
    await expect(app.yearCheckbox(2024)).toBeChecked();
  });

  test('"Read in article" opens the reader at the highlighted sentence, and a highlight selects its fact', async ({ app }) => {
    await app.open('?country=EE');
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    const sentence = app.highlight('The Estonians are sending anti-tank missiles called Javelin.');
    await expect(sentence).toHaveAttribute('aria-pressed', 'true');
    await expect(sentence).toBeInViewport();
    const javelinFact = app.params()['fact'];
    expect(javelinFact).toBeTruthy();
    expect(app.params()['article']).toBe('003_2170261719692671');

    const stinger = app.highlight('Stinger surface-to-air missiles are being sent by Poland and Latvia.');
    await stinger.click();
    await expect(stinger).toHaveAttribute('aria-pressed', 'true');
    await expect(sentence).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => app.params()['fact']).not.toBe(javelinFact);
    await app.waitForMap();

    // Other articles are a compact, searchable picker (the reader opens on the text).
    await expect(app.reader().getByRole('navigation', { name: 'Articles' })).toHaveCount(0);
    await app.reader().getByRole('button', { name: /Other articles \(2\)/ }).click();
    await app.reader().getByRole('searchbox', { name: 'Search articles' }).fill('2024');
    const nav = app.reader().getByRole('navigation', { name: 'Articles' });
    await expect(nav.getByRole('button')).toHaveCount(1);
    await nav.getByRole('button', { name: /2024-03-24/ }).click();
    await expect(app.reader().getByRole('heading', { level: 2 })).toContainText('Julianne Smith');
  });

  test('hovering an arrow tells who sent what to whom; clicking it opens the fact', async ({ app, page }) => {
    // In 2022 the only anti-tank (red) arrow is Estonia's.
    await app.open('?years=2022');
    // Folded, the legend's red swatch is not mistaken for the arrow.
    await app.legend().getByRole('button', { name: 'Legend' }).click();
    const arrow = await app.findColour([0xcf, 0x10, 0x00], 30);
    expect(arrow, 'the red anti-tank arrow is drawn').not.toBeNull();
    await page.mouse.move(arrow!.x, arrow!.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Estonia → Ukraine');
    await expect(tip).toContainText('Javelin anti-tank missiles');
    // The category is told by a letter too, not by colour alone.
    await expect(tip).toContainText('A Anti-tank');
    await page.mouse.click(arrow!.x, arrow!.y);
    await expect(app.highlight('The Estonians are sending anti-tank missiles called Javelin.')).toHaveAttribute('aria-pressed', 'true');
  });

  test('actors without a polygon are chips that select like a country', async ({ app }) => {
    await app.open();
    const us = app.chip('United States');
    await expect(us).toBeVisible();
    await us.click();
    await expect(app.countryDetails().getByRole('heading', { level: 2 })).toHaveText('United States');
    await expect(us).toHaveAttribute('aria-pressed', 'true');
    await expect(app.section('Commitments')).toBeVisible();
    expect(app.params()['country']).toBe('US');
  });

  test('a country without facts in the years shown says so and offers all years', async ({ app }) => {
    await app.open('?country=CZ&years=2024');
    await expect(app.countryDetails()).toContainText('No reported facts about Czechia in 2024.');
    await app.countryDetails().getByRole('button', { name: /Show all years/ }).click();
    await expect(app.factItem('Sends', /machine weapons/i)).toBeVisible();
    await expect(app.yearCheckbox(2022)).toBeChecked();
  });

  test('the legend explains what is drawn and the source, and collapses', async ({ app }) => {
    await app.open();
    const legend = app.legend();
    await expect(legend).toContainText('Anti-tank');
    await expect(legend).toContainText('2 articles, 2022-03-06 to 2024-03-24');
    // Only what is drawn: no artillery arrow on this map, so no artillery row.
    await expect(legend).not.toContainText('Artillery');
    await legend.getByText('Sources and notes').click();
    await expect(legend).toContainText('Crimea is drawn as part of Ukraine');
    await legend.getByRole('button', { name: 'Legend' }).click();
    await expect(legend.getByText('Anti-tank')).toBeHidden();
  });

  test('when the facts fail to load there is an error with Retry, never a blank page', async ({ app, page }) => {
    app.allowConsoleError(/503/);
    let fail = true;
    await page.route('**/data/facts.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(app.searchBox()).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(app.yearCheckbox(2022)).toBeVisible();
  });
});

test.describe('screenshots', () => {
  test('desktop 1440×900 with Estonia selected and the reader open', async ({ app }) => {
    await app.open('?country=EE');
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    await app.screenshot('docs/map-desktop.png');
  });

  test('phone 390×844: panel usable', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    await app.selectCountry('Estonia');
    await expect(app.factItem('Sends', 'Javelin anti-tank missiles')).toBeVisible();
    await app.screenshot('docs/map-phone.png');
    await app.readInArticle('Sends', 'Javelin anti-tank missiles');
    await expect(app.highlight('The Estonians are sending anti-tank missiles called Javelin.')).toBeInViewport();
    await app.screenshot('docs/map-phone-reader.png');
  });
});

test.describe('untrusted article text', () => {
  test('markup in an article is shown as text, never run or parsed as HTML', async ({ app, page }) => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    // The title comes with the facts index; the text is its own file, fetched when the reader opens.
    let id = '';
    await page.route('**/data/facts.json', async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      const a = data.articles[0];
      id = a[0];
      a[2] = `${evil} title`;
      // Offsets move with the prepended text; the facts stay on their sentences.
      const shift = evil.length + 1;
      a[4] += shift;
      for (const f of data.facts) if (f[1] === 0) f[5] = f[5].map((n: number) => n + shift);
      await route.fulfill({ response: res, json: data });
    });
    await page.route('**/data/text/*.json', async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      if (body.id === id) body.text = `${evil} ${body.text}`;
      await route.fulfill({ response: res, json: body });
    });
    await app.open();
    expect(id).not.toBe('');
    await app.open(`?article=${id}`);
    await expect(app.reader().getByRole('heading', { level: 2 })).toContainText('<img src=x');
    await expect(app.reader().locator('.article-text')).toContainText('<b>bold</b>');
    await expect(app.reader().locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
