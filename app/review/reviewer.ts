/**
 * The name decisions are signed with. The first decision asks for it once (a dialog mounted by
 * the review menu answers the request); it is kept in this browser.
 */
import type { AppStore } from '../../src/state/store.ts';

type Listener = (resolve: (name: string | null) => void) => void;
let listener: Listener | null = null;

/** Called by the dialog that asks for the name. */
export function onReviewerRequest(l: Listener): () => void {
  listener = l;
  return () => { if (listener === l) listener = null; };
}

/** Asks for the reviewer's name (the dialog stores it); null when the user declines. */
export function askReviewer(): Promise<string | null> {
  const ask = listener;
  if (!ask) return Promise.resolve(null);
  return new Promise((resolve) => ask(resolve));
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
