/**
 * The name decisions are signed with. The first decision asks for it once (a dialog mounted by
 * the review menu answers the request); it is kept in this browser.
 *
 * The dialog and the Undo bar are not part of the first view: the review menu mounts them (and so
 * fetches their code) once review tools are in use on the page, which every control that decides
 * says through `useReview`. A request made before the dialog is mounted waits for it.
 */
import type { AppStore } from '../../src/state/store.ts';

type Resolve = (name: string | null) => void;
type Listener = (resolve: Resolve) => void;
let listener: Listener | null = null;
const waiting: Resolve[] = [];

let inUse = false;
const inUseWatchers = new Set<() => void>();

/** Review tools are on screen: the name prompt and the Undo bar should be ready. */
export function reviewToolsInUse(): void {
  if (inUse) return;
  inUse = true;
  for (const w of inUseWatchers) w();
}

/** For the review menu (useSyncExternalStore): whether review tools have been in use on this page. */
export function reviewToolsUsed(): boolean {
  return inUse;
}

export function watchReviewTools(fn: () => void): () => void {
  inUseWatchers.add(fn);
  return () => { inUseWatchers.delete(fn); };
}

/** Called by the dialog that asks for the name; it answers any request that waited for it. */
export function onReviewerRequest(l: Listener): () => void {
  listener = l;
  for (const resolve of waiting.splice(0)) l(resolve);
  return () => { if (listener === l) listener = null; };
}

/** Asks for the reviewer's name (the dialog stores it); null when the user declines. */
export function askReviewer(): Promise<string | null> {
  reviewToolsInUse();
  return new Promise((resolve) => {
    if (listener) listener(resolve);
    else waiting.push(resolve);
  });
}

/** The reviewer's name, asking for it the first time; null when the user declines. */
export function ensureReviewer(store: AppStore): Promise<string | null> {
  const known = store.getState().reviewer;
  return known ? Promise.resolve(known) : askReviewer();
}

/** Decisions are dated to the second, in UTC. */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
