import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { MapApp } from './driver.ts';
import { ReviewDriver } from './review-driver.ts';
import { decodeFactIndex } from '../src/model/data-files.ts';
import { decodePublishedReviews } from '../src/reviews/published.ts';
import { extractUserArticle } from '../src/reviews/extract.ts';
import { pastedArticleContent } from '../src/reviews/user-articles.ts';

const ARTICLE = `Norway is sending 40 NASAMS air defence missiles to Ukraine, Norwegian officials confirmed on Tuesday.

The package also includes spare parts. "We will keep supporting Ukraine for as long as it takes," said Defence Minister Bjørn Arild Gram. Poland has pledged to train Ukrainian air defence crews.`;
const NASAMS = 'NASAMS air defence missiles → Ukraine';
const MISSED = 'Poland has pledged to train Ukrainian air defence crews.';

test.describe('adding and reviewing articles in the browser', () => {
  // Ids come from the text: the CLI's code gives the same ids as the browser for the same article.
  const expected = extractUserArticle({ source: 'pasted text', content: pastedArticleContent('2024-05-14', ARTICLE) }, { neighbours: new Map() });
  const nasamsId = expected.ok ? expected.facts.find((f) => f.type === 'arms_shipment')!.id : 'none';

  test('a pasted article survives a reload, and so does its rejection', async ({ app, page, baseURL }) => {
    const review = new ReviewDriver(app);
    await app.open();
    await review.pasteArticle('2024-05-14', ARTICLE);
    expect(await review.axeViolations()).toEqual([]);
    await review.closeDialog(review.addArticleDialog());
    await app.selectCountry('Norway');
    const card = app.factItem('Sends', NASAMS);
    await expect(review.controls(card)).toContainText('Machine only · confidence 90% · rule arms.active');
    await expect(review.controls(card)).toContainText('Your article');
    const link = await card.getByRole('link', { name: 'Read in article' }).getAttribute('href');
    expect(new URL(link!, baseURL).searchParams.get('fact')).toBe(nasamsId);

    await page.reload();
    await app.waitForMap();
    await expect(app.factItem('Sends', NASAMS)).toBeVisible();

    // Reject it: it leaves the panel (and the map) and is listed struck through on request.
    await review.decide(app.factItem('Sends', NASAMS), 'Reject');
    await expect(app.factItem('Sends', NASAMS)).toHaveCount(0);
    await expect(app.countryDetails().getByRole('region', { name: /^Rejected/ })).toContainText('Rejected (1)');
    await page.reload();
    await app.waitForMap();
    await expect(app.countryDetails().getByRole('region', { name: /^Rejected/ })).toContainText('Rejected (1)');
    await expect(app.factItem('Sends', NASAMS)).toHaveCount(0);
    await app.countryDetails().getByLabel('Show rejected facts, struck through').check();
    const struck = app.countryDetails().locator('.fact-item.struck');
    await expect(struck).toContainText(NASAMS);
    await expect(struck).toContainText('Rejected by Ada Analyst');
    await expect(struck.getByRole('button', { name: 'Restore' })).toBeVisible();
    expect(app.params()['rejected']).toBe('1');
  });

  test('the table is a review queue: least certain first, Confirm and Reject in a row, rejected rows struck through', async ({ app }) => {
    const review = new ReviewDriver(app);
    await app.open('?table=1&review=pending');
    const rows = app.tableRows();
    const total = await rows.count();
    expect(total).toBeGreaterThan(2);
    const percent = async (i: number) => Number((await rows.nth(i).getByRole('cell').nth(5).innerText()).match(/(\d+)%/)![1]);
    expect(await percent(0)).toBeLessThanOrEqual(await percent(1));

    const first = rows.first();
    const what = await first.getByRole('rowheader').innerText();
    await review.decide(first, 'Confirm');
    await expect(rows).toHaveCount(total - 1);
    await app.tablePanel().getByLabel('Show').selectOption('reviewed');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(what);
    await expect(rows.first()).toContainText('Confirmed by Ada Analyst');
    expect(app.params()['review']).toBe('reviewed');

    await app.tablePanel().getByLabel('Show').selectOption('all');
    const all = await rows.count();
    await review.decide(rows.filter({ hasNotText: what }).first(), 'Reject');
    await expect(rows).toHaveCount(all - 1);
    await app.tablePanel().getByLabel('Rejected facts, struck through').check();
    await expect(rows).toHaveCount(all);
    await expect(app.table().locator('tr.rejected s').first()).toBeVisible();
    await expect(app.table().locator('tr.rejected').getByRole('button', { name: 'Restore' })).toBeVisible();
  });

  test('review in the reader, add a fact from a selection, and the CLI applies the exported reviews', async ({ app, page, browser, baseURL }) => {
    test.slow(); // It runs the ingest CLI in a child process.
    const review = new ReviewDriver(app);
    await app.open();
    await review.pasteArticle('2024-05-14', ARTICLE);
    await review.addArticleDialog().getByRole('button', { name: /^Read “Norway is sending/ }).click();
    await expect(app.reader()).toBeVisible();
    const bar = app.reader().getByRole('region', { name: 'Review in the reader' });
    await expect(bar).toContainText('Your article');

    // Reject the shipment from the reader.
    await app.highlight('Norway is sending 40 NASAMS').click();
    await expect(bar).toContainText(`Selected fact: ${NASAMS}`);
    await review.decide(bar, 'Reject');
    await expect(app.highlight('Norway is sending 40 NASAMS')).toHaveCount(0);

    // Add the fact the extractor missed, from a selection.
    await review.selectInReader(MISSED);
    await bar.getByRole('button', { name: 'Add fact from selection' }).click();
    await expect(bar).toContainText(`Evidence: “${MISSED}”`);
    await bar.getByLabel('Type').selectOption({ label: 'Commitment' });
    await bar.getByLabel('From').fill('Poland');
    await bar.getByLabel('To').fill('Ukraine');
    await bar.getByLabel('Kind').selectOption('training');
    expect(await review.axeViolations()).toEqual([]);
    await bar.getByRole('button', { name: 'Add fact' }).click();
    await expect(app.highlight(MISSED)).toHaveAttribute('aria-pressed', 'true');
    await expect(bar).toContainText('Selected fact: Training: Poland → Ukraine');
    await expect(bar).toContainText('Added by Ada Analyst');

    // Export the article and the reviews, run the CLI on them in a folder of their own.
    const dir = mkdtempSync(join(tmpdir(), 'review-e2e-'));
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    for (const name of readdirSync('articles').filter((n) => n.endsWith('.txt'))) copyFileSync(join('articles', name), join(articles, name));
    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const txt = await review.download(review.addArticleDialog().getByRole('button', { name: 'Export articles' }));
    expect(txt.suggestedFilename()).toBe(`${nasamsId.split(':')[0]}.txt`);
    await txt.saveAs(join(articles, txt.suggestedFilename()));
    await review.closeDialog(review.addArticleDialog());
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const json = await review.download(review.reviewDialog().getByRole('button', { name: 'Export reviews' }));
    expect(json.suggestedFilename()).toBe('reviews.json');
    await json.saveAs(join(articles, 'reviews.json'));
    const lines = readFileSync(join(articles, 'reviews.json'), 'utf8').split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^\{"decision":"reject","fact":"user-[0-9a-f]{16}:arms_shipment:/);

    const out = join(dir, 'data');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest-cli.ts', '--in', articles, '--out', out], { encoding: 'utf8' });
    expect(stdout).toContain('reviews: 2 decision(s) in articles/reviews.json: 2 applied, 0 stale, 0 conflicting');
    const data = decodeFactIndex(JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')));
    const userFacts = data.facts.filter((f) => f.articleId === nasamsId.split(':')[0]);
    expect(userFacts.some((f) => f.id === nasamsId)).toBe(false);
    expect(userFacts.find((f) => f.type === 'commitment')).toMatchObject({ from: ['PL'], to: ['UA'], kind: 'training', rule: 'review:added' });
    const published = decodePublishedReviews(JSON.parse(readFileSync(join(out, 'reviews.json'), 'utf8')));
    expect(published.rejected.map((f) => f.id)).toEqual([nasamsId]);

    // A link to the added article's fact, opened in another browser, says where the fact came from.
    const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const fresh = new MapApp(await other.newPage());
    await fresh.page.goto(new URL(`/?v=1&fact=${encodeURIComponent(nasamsId)}`, baseURL).href);
    await fresh.waitForMap();
    await expect(fresh.page.locator('.notice')).toContainText('comes from an article added in another browser');
    await other.close();
  });

  test('review by keyboard with Undo; a malformed reviews file is refused with its line and changes nothing', async ({ app, page }) => {
    const review = new ReviewDriver(app);
    await app.open('?country=EE');
    const before = await app.section('Sends').getByRole('listitem').count();
    const card = app.factItem('Sends', 'Javelin anti-tank missiles');
    await review.controls(card).getByRole('button', { name: 'Confirm' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Enter');
    await expect(review.controls(card)).toContainText('Confirmed by Kim Keyboard');
    await expect(review.controls(card).getByRole('button', { name: 'Confirm' })).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(review.controls(card)).toContainText('Machine only');
    await expect(page.locator('.undo-bar')).toContainText('Undone: Confirmed: Javelin anti-tank missiles → Ukraine');

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const dialog = review.reviewDialog();
    await expect(dialog.getByRole('heading', { name: /^All facts \(21\)/ })).toBeVisible();
    expect(await review.axeViolations()).toEqual([]);
    const bad = '{"version":1,"decisions":[\n{"decision":"reject","fact":"x","who":"Ada","when":"yesterday","evidence":["Some text."]}\n]}\n';
    await dialog.getByLabel('Import reviews').setInputFiles({ name: 'reviews.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect(dialog.getByRole('status').filter({ hasText: 'reviews.json:2:' })).toHaveText('reviews.json:2: $.decisions[0].when: expected an ISO date-time in UTC (YYYY-MM-DDTHH:MM:SSZ). Nothing was imported.');
    await expect(dialog).toContainText('This browser: 0 decisions');
    await review.closeDialog(dialog);
    await expect(app.section('Sends').getByRole('listitem')).toHaveCount(before);
  });
});
