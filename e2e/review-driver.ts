import AxeBuilder from '@axe-core/playwright';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { MapApp } from './driver.ts';

/** The review features as a user talks about them: add an article, confirm, reject, add a fact. */
export class ReviewDriver {
  constructor(readonly app: MapApp) {}

  get page(): Page {
    return this.app.page;
  }

  addArticleDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Add article' });
  }

  reviewDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Review facts' });
  }

  async openAddArticle(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add article', exact: true }).click();
    await expect(this.addArticleDialog()).toBeVisible();
    return this.addArticleDialog();
  }

  /** Pastes an article with its date and waits for the dialog to say what it found (it stays open). */
  async pasteArticle(date: string, text: string): Promise<void> {
    const dialog = await this.openAddArticle();
    await dialog.getByLabel('Date of the article').fill(date);
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Add pasted article' }).click();
    await expect(dialog.getByRole('list', { name: 'What happened to each article' })).toContainText('pasted text: added');
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /^Close/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** The review controls of a card: its badge and Confirm / Reject / Edit. */
  controls(card: Locator): Locator {
    return card.getByRole('group', { name: /^Review:/ });
  }

  /** Answers the one-time name prompt, if it comes up. */
  async giveNameIfAsked(name: string): Promise<void> {
    const prompt = this.page.getByRole('dialog', { name: 'Your name for reviews' });
    if (await prompt.isVisible()) {
      await prompt.getByLabel('Name').fill(name);
      await prompt.getByRole('button', { name: 'Save name' }).click();
      await expect(prompt).toBeHidden();
    }
  }

  async decide(card: Locator, decision: 'Confirm' | 'Reject', name = 'Ada Analyst'): Promise<void> {
    await this.controls(card).getByRole('button', { name: decision }).click();
    await this.page.getByRole('dialog', { name: 'Your name for reviews' }).or(this.page.locator('.undo-bar')).first().waitFor();
    await this.giveNameIfAsked(name);
  }

  /** Selects words of the article in the reader, as a mouse drag would. */
  async selectInReader(words: string): Promise<void> {
    const found = await this.app.reader().locator('.article-text').evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted);
        if (at < 0 || n.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
    }, words);
    expect(found, `"${words}" in the reader`).toBe(true);
  }

  /** WCAG 2.1 A/AA problems axe finds on the page as it is now. */
  async axeViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }

  async download(button: Locator): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    return downloading;
  }
}
