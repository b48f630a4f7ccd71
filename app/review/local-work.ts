/**
 * This browser's own work, read back at start (added articles, extracted again in the worker;
 * decisions, checked against the texts they name) and saved to IndexedDB at every change. Loaded
 * only for a browser that kept work, or at the user's first change of it (local-work-start.ts).
 */
import { actions, type AppState, type AppStore } from '../../src/state/store.ts';
import type { UserArticle } from '../../src/reviews/user-articles.ts';
import type { ReviewDecision } from '../../src/model/reviews.ts';
import { loadArticleTexts } from '../shared/load-data.ts';
import { readLocalWork, writeArticles, writeReviewer, writeReviews, type StoredArticle } from './local-db.ts';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Stored articles → user articles, extracted by the current ingest; files that now fail are reported. */
export async function extractStored(store: AppStore, stored: readonly StoredArticle[]): Promise<{ articles: UserArticle[]; errors: string[] }> {
  const s = store.getState();
  if (stored.length === 0) return { articles: [], errors: [] };
  // The ingest needs the land borders (groups like "the Baltic states"); without them, wait for a reload.
  if (s.boundaries.status !== 'ready') return { articles: [], errors: [`your ${stored.length} added article(s) need the map's boundaries, which did not load; reload to see them`] };
  // The extractor's glue (and through it the ingest worker) loads only for a browser that kept articles.
  const { extractInWorker } = await import('./extract-client.ts');
  const results = await extractInWorker(stored.map((a) => ({ source: a.source, content: a.content })), s.boundaries.value);
  const articles: UserArticle[] = [];
  const errors: string[] = [];
  results.forEach((r, i) => {
    const a = stored[i]!;
    if (r.ok) articles.push({ article: r.article, facts: r.facts, content: r.content, source: a.source, added: a.added });
    else errors.push(...r.errors);
  });
  return { articles, errors };
}

/** The articles whose texts the decisions are checked against (user articles carry theirs). */
function textsNeeded(s: AppState): string[] {
  return [...new Set(s.reviewOutcomes.flatMap((o) => (o.needs ? [o.needs] : [])))];
}

/** Fetches the texts that decisions wait for, then checks the decisions again. */
export async function loadNeededTexts(store: AppStore): Promise<void> {
  const needed = textsNeeded(store.getState());
  if (needed.length === 0) return;
  await loadArticleTexts(store, needed);
  actions.refreshReviews(store);
}

/** Reads what this browser kept into the store, with the texts its decisions need. */
export async function restoreLocalWork(store: AppStore): Promise<void> {
  try {
    const local = await readLocalWork();
    const { articles, errors } = await extractStored(store, local.articles);
    actions.restoreLocalWork(store, { userArticles: articles, reviews: local.reviews, reviewer: local.reviewer });
    const problems = [...errors, ...(local.problem ? [local.problem] : [])];
    if (problems.length) actions.setNotice(store, `Some of the work kept in this browser could not be used: ${problems.join('; ')}`);
  } catch (err) {
    actions.setNotice(store, `Articles and reviews kept in this browser could not be read: ${message(err)}`);
  }
  await loadNeededTexts(store);
  recheckWhenTextsArrive(store);
}

function stored(u: UserArticle): StoredArticle {
  return { id: u.article.id, content: u.content, source: u.source, added: u.added };
}

let recheckInstalled = false;

/** A decision waiting for a text (a network failure at start) is checked when the text arrives. */
function recheckWhenTextsArrive(store: AppStore): void {
  if (recheckInstalled) return;
  recheckInstalled = true;
  store.subscribe((s, prev) => {
    if (s.texts === prev.texts) return;
    if (textsNeeded(s).some((id) => s.texts.get(id)?.status === 'ready')) actions.refreshReviews(store);
  });
}

/**
 * What saves each change of the user's work (given the states before and after it); a failure is
 * said once, not on every click.
 */
export function startSaving(store: AppStore): (s: AppState, prev: AppState) => void {
  recheckWhenTextsArrive(store);
  let warned = false;
  const fail = (err: unknown) => {
    if (warned) return;
    warned = true;
    actions.setNotice(store, `Your work could not be saved in this browser (${message(err)}); export your reviews to keep them.`);
  };
  return (s, prev) => {
    if (s.userArticles !== prev.userArticles) {
      const before = new Set(prev.userArticles.map((u) => u.article.id));
      const after = new Set(s.userArticles.map((u) => u.article.id));
      const put = s.userArticles.filter((u) => !before.has(u.article.id)).map(stored);
      const remove = [...before].filter((id) => !after.has(id));
      writeArticles(put, remove).catch(fail);
    }
    if (s.reviews !== prev.reviews) writeReviews(s.reviews as ReviewDecision[]).catch(fail);
    if (s.reviewer !== prev.reviewer && s.reviewer) writeReviewer(s.reviewer).catch(fail);
  };
}
