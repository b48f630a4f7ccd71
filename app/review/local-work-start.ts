/**
 * At start: the team's published review status, then this browser's own work, before the link is
 * read (a link may point at a fact of an article added here). The code that reads and saves that
 * work (local-work.ts) is fetched only for a browser that kept some, in parallel with the facts,
 * or at the user's first change of it.
 */
import { actions, type AppState, type AppStore } from '../../src/state/store.ts';
import { decodePublishedReviews, PUBLISHED_REVIEWS_FILE } from '../../src/reviews/published.ts';
import { mayHaveLocalWork } from './local-work-check.ts';

type LocalWork = typeof import('./local-work.ts');

const loadLocalWorkCode = (): Promise<LocalWork> => import('./local-work.ts');

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function loadPublishedReviews(store: AppStore): Promise<void> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}data/${PUBLISHED_REVIEWS_FILE}`);
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    actions.setPublishedReviews(store, decodePublishedReviews(await res.json()));
  } catch (err) {
    actions.setNotice(store, `The team’s review status could not be loaded (data/${PUBLISHED_REVIEWS_FILE}: ${message(err)}); facts are shown as published.`);
  }
}

/** Call as the facts start downloading: the code to read kept work, if this browser may have some. */
export function prepareLocalWork(): Promise<LocalWork | null> {
  const prepared = mayHaveLocalWork().then((may) => (may ? loadLocalWorkCode() : null));
  // A failure is handled where this is awaited (loadLocalWork); until then it is not unhandled.
  prepared.catch(() => {});
  return prepared;
}

export async function loadLocalWork(store: AppStore, prepared: Promise<LocalWork | null>): Promise<void> {
  await loadPublishedReviews(store);
  const local = await prepared.catch((err: unknown) => {
    actions.setNotice(store, `Articles and reviews kept in this browser could not be read: ${message(err)}`);
    return null;
  });
  if (local) await local.restoreLocalWork(store);
  saveChanges(store, local);
}

const workChanged = (s: AppState, prev: AppState): boolean =>
  s.userArticles !== prev.userArticles || s.reviews !== prev.reviews || s.reviewer !== prev.reviewer;

/**
 * Saves every change of the user's work, in order. A browser that kept work has the saving code already and saves at
 * once (a reload right after a change must find it saved); another fetches the code at its first change.
 */
function saveChanges(store: AppStore, local: LocalWork | null): void {
  let saver: Promise<(s: AppState, prev: AppState) => void> | null = local ? Promise.resolve(local.startSaving(store)) : null;
  let warned = false;
  store.subscribe((s, prev) => {
    if (!workChanged(s, prev)) return;
    saver ??= loadLocalWorkCode().then((m) => m.startSaving(store));
    saver.then((save) => save(s, prev)).catch((err: unknown) => {
      saver = null; // the code could not be fetched: try again at the next change, say so once
      if (warned) return;
      warned = true;
      actions.setNotice(store, `Your work could not be saved in this browser (${message(err)}); export your reviews to keep them.`);
    });
  });
}
