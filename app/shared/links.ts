import { urlStateOf, type AppState } from '../../src/state/store.ts';
import { writeUrl } from '../../src/state/url/write-url.ts';
import { urlContext } from '../../src/selectors/url-context.ts';

/** The link for a state change, so "Read in article" is a real link (new tab, copy address). */
export function hrefFor(state: AppState, change: Partial<AppState>): string {
  const next = { ...state, ...change };
  const ctx = urlContext(state);
  return `${window.location.pathname}${writeUrl(urlStateOf({ ...next, view: null }), ctx)}`;
}

/** Plain left clicks are handled in the app; modified clicks open the link as the browser would. */
export function isPlainClick(e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** The same view outside the embed: the current address without `embed`. */
export function fullMapHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.href;
}
