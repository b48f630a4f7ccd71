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

type Published = { ok: true; value: ReturnType<typeof decodePublishedReviews> } | { ok: false; message: string };

/** Downloads and reads the team's review status; applied only once the facts are in (applyPublished). */
async function fetchPublishedReviews(): Promise<Published> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}data/${PUBLISHED_REVIEWS_FILE}`);
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    return { ok: true, value: decodePublishedReviews(await res.json()) };
  } catch (err) {
    return { ok: false, message: message(err) };
  }
}

function applyPublished(store: AppStore, published: Published): void {
  if (published.ok) actions.setPublishedReviews(store, published.value);
  else actions.setNotice(store, `The team’s review status could not be loaded (data/${PUBLISHED_REVIEWS_FILE}: ${published.message}); facts are shown as published.`);
}

export interface PreparedLocalWork {
  published: Promise<Published>;
  code: Promise<LocalWork | null>;
}

/**
 * Call as the facts start downloading: the team's review status (a small file of its own, fetched beside the facts
 * rather than after them: on a busy first view that round trip came last), and the code to read kept work, if this
 * browser may have some.
 */
export function prepareLocalWork(): PreparedLocalWork {
  const code = mayHaveLocalWork().then((may) => (may ? loadLocalWorkCode() : null));
  // A failure is handled where this is awaited (loadLocalWork); until then it is not unhandled.
  code.catch(() => {});
  return { published: fetchPublishedReviews(), code };
}

export async function loadLocalWork(store: AppStore, prepared: PreparedLocalWork): Promise<void> {
  applyPublished(store, await prepared.published);
  const local = await prepared.code.catch((err: unknown) => {
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
