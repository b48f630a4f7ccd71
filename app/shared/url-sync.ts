import type { AppState, AppStore } from '../../src/state/store.ts';
import { actions, urlStateOf } from '../../src/state/store.ts';
import { readHash, readUrl } from '../../src/state/url/read-url.ts';
import { writeUrl } from '../../src/state/url/write-url.ts';
import { historyMode } from '../../src/state/url/history-mode.ts';
import { describeNotices } from '../../src/state/url/notice-text.ts';
import { sameView } from '../../src/state/url/map-view.ts';
import { linkableState } from '../../src/state/url/link-coherence.ts';
import type { UrlContext, UrlState } from '../../src/state/url/url-state.ts';
import { urlContext } from '../../src/selectors/url-context.ts';
import { factById } from '../../src/selectors/facts.ts';

const REPLACE_THROTTLE_MS = 400;

/** The link's state for what is shown: home as the default view, a fact not on screen left out. */
function toUrlState(s: AppState, ctx: UrlContext): UrlState {
  return linkableState(urlStateOf({ ...s, view: sameView(s.view, ctx.home) ? null : s.view }), ctx);
}

function applyUrlState(store: AppStore, state: UrlState, ctx: UrlContext): void {
  // A link to a fact alone opens the reader at its sentence: that is where the fact is shown.
  const s = store.getState();
  const factArticle = state.fact && s.dataset.status === 'ready' ? factById(s.dataset.value).get(state.fact)?.articleId ?? null : null;
  const article = state.article ?? (state.country === null ? factArticle : null);
  const { view: _view, ...selection } = state;
  actions.applyLink(store, { ...selection, article }, state.view ?? ctx.home);
}

/** The address as the link reader sees it: the query, and a `#map=` camera if there is one. */
function currentLink(): string {
  return `${window.location.search}${window.location.hash}`;
}

const isMapHash = (hash: string): boolean => hash.startsWith('#map=');

/** A `#map=` hash has been read into `view`; any other fragment is not ours and stays. */
function urlFor(state: UrlState, ctx: UrlContext): string {
  const hash = isMapHash(window.location.hash) ? '' : window.location.hash;
  return `${window.location.pathname}${writeUrl(state, ctx)}${hash}`;
}

/**
 * The camera a link asks for, judged without the facts: what the map can show while the facts are
 * missing (a failed download). Nothing else of the link is applied, and the address is not touched.
 */
export function applyLinkCamera(store: AppStore): void {
  const ctx = urlContext(store.getState());
  const { state } = readUrl(currentLink(), ctx);
  if (state.view) actions.viewFromApp(store, state.view);
}

/**
 * The facts are in but the boundaries failed: the panels and the table still work, so the link is
 * applied as far as the facts can judge it. The address is not rewritten and no notice is given,
 * since the link is not at fault and a part of it (a country with no facts) may be judged wrongly.
 */
export function applyLinkWithoutMap(store: AppStore): void {
  const ctx = urlContext(store.getState());
  applyUrlState(store, readUrl(currentLink(), ctx).state, ctx);
}

/**
 * Keeps the address bar and the store in step once the data is known: reads the link first
 * (parse → migrate → validate → defaults, never throwing), then writes every change back. A new
 * selection is a new history entry; camera moves replace the current one, throttled. Called only
 * once boundaries and facts are loaded: a link is never judged against data that failed to load.
 */
export function startUrlSync(store: AppStore): () => void {
  // Judged against the facts as they are now: the user may add articles while the page is open.
  const context = () => urlContext(store.getState());
  const ctx = context();
  const { state: initial, notices } = readUrl(currentLink(), ctx);
  applyUrlState(store, initial, ctx);
  if (notices.length > 0) actions.setNotice(store, describeNotices(notices));

  let written = toUrlState(store.getState(), ctx);
  // Rewrite the address once in canonical form: a migrated or partly invalid link now reads as what is shown.
  window.history.replaceState(null, '', urlFor(written, ctx));

  let timer: ReturnType<typeof setTimeout> | null = null;
  const flushReplace = () => {
    timer = null;
    window.history.replaceState(null, '', urlFor(written, context()));
  };

  const unsubscribe = store.subscribe((s) => {
    const ctx = context();
    const next = toUrlState(s, ctx);
    const mode = historyMode(written, next);
    if (mode === 'none') return;
    written = next;
    if (mode === 'push') {
      if (timer) clearTimeout(timer);
      timer = null;
      window.history.pushState(null, '', urlFor(next, ctx));
    } else if (!timer) {
      timer = setTimeout(flushReplace, REPLACE_THROTTLE_MS);
    }
  });

  const onPopState = () => {
    const ctx = context();
    const { state } = readUrl(currentLink(), ctx);
    written = state;
    applyUrlState(store, state, ctx);
  };
  // A `#map=` typed into the address bar of the open page moves the camera; the query's own view
  // was already applied by popstate, so the hash is the newer wish.
  const onHashChange = () => {
    if (!isMapHash(window.location.hash)) return;
    const ctx = context();
    const { view, notices: hashNotices } = readHash(window.location.hash, ctx);
    if (hashNotices.length > 0) actions.setNotice(store, describeNotices(hashNotices));
    actions.viewFromApp(store, view ?? store.getState().view);
    window.history.replaceState(null, '', urlFor(toUrlState(store.getState(), ctx), ctx));
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('hashchange', onHashChange);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('hashchange', onHashChange);
    if (timer) clearTimeout(timer);
  };
}
