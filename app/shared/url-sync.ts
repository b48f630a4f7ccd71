import type { AppState, AppStore } from '../../src/state/store.ts';
import { actions, urlStateOf } from '../../src/state/store.ts';
import { writeUrl } from '../../src/state/url/write-url.ts';
import { historyMode } from '../../src/state/url/history-mode.ts';
import { describeNotices } from '../../src/state/url/notice-text.ts';
import { sameView } from '../../src/state/url/map-view.ts';
import { linkableState } from '../../src/state/url/link-coherence.ts';
import { DEFAULT_URL_STATE, type UrlContext, type UrlNotice, type UrlState } from '../../src/state/url/url-state.ts';
import { urlContext } from '../../src/selectors/url-context.ts';
import { factById } from '../../src/selectors/facts.ts';

const REPLACE_THROTTLE_MS = 400;

/** Parse, migrate old formats, validate: what reads a link. */
export type LinkReader = typeof import('../../src/state/url/read-url.ts');

let linkReader: Promise<LinkReader> | null = null;

function loadLinkReader(): Promise<LinkReader> {
  linkReader ??= import('../../src/state/url/read-url.ts');
  return linkReader;
}

/**
 * Call as the facts start downloading. An address with a query or a fragment is a link: its
 * reader is fetched alongside the facts. A plain visit opens at the defaults without it; it is
 * fetched when the page first adds a history entry, for Back and Forward (see startUrlSync).
 * Resolves to null for a plain visit, or when the reader could not be fetched.
 */
export function prepareLinkReader(): Promise<LinkReader | null> {
  if (window.location.search === '' && window.location.hash === '') return Promise.resolve(null);
  return loadLinkReader().catch(() => null);
}

/** The address's link state; without a reader, a plain visit's: the defaults (as readUrl('') reads). */
function readLink(reader: LinkReader | null, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  return reader ? reader.readUrl(currentLink(), ctx) : { state: DEFAULT_URL_STATE, notices: [] };
}

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
export function applyLinkCamera(store: AppStore, reader: LinkReader | null): void {
  const ctx = urlContext(store.getState());
  const { state } = readLink(reader, ctx);
  if (state.view) actions.viewFromApp(store, state.view);
}

/**
 * The facts are in but the boundaries failed: the panels and the table still work, so the link is
 * applied as far as the facts can judge it. The address is not rewritten and no notice is given,
 * since the link is not at fault and a part of it (a country with no facts) may be judged wrongly.
 */
export function applyLinkWithoutMap(store: AppStore, reader: LinkReader | null): void {
  const ctx = urlContext(store.getState());
  applyUrlState(store, readLink(reader, ctx).state, ctx);
}

/**
 * Keeps the address bar and the store in step once the data is known: reads the link first
 * (parse → migrate → validate → defaults, never throwing), then writes every change back. A new
 * selection is a new history entry; camera moves replace the current one, throttled. Called only
 * once boundaries and facts are loaded: a link is never judged against data that failed to load.
 */
export function startUrlSync(store: AppStore, reader: LinkReader | null): () => void {
  // Judged against the facts as they are now: the user may add articles while the page is open.
  const context = () => urlContext(store.getState());
  const ctx = context();
  const { state: initial, notices } = readLink(reader, ctx);
  applyUrlState(store, initial, ctx);
  if (notices.length > 0) actions.setNotice(store, describeNotices(notices));
  // A link whose reader could not be fetched opens at the home view and stays in the address, for a reload.
  const unread = reader === null && currentLink() !== '';
  if (unread) actions.setNotice(store, 'This link could not be read (check the connection and reload the page); the map opens at its home view.');

  let written = toUrlState(store.getState(), ctx);
  // Rewrite the address once in canonical form: a migrated or partly invalid link now reads as what is shown.
  if (!unread) window.history.replaceState(null, '', urlFor(written, ctx));

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
      // Back and Forward can now reach a link: have its reader at hand (a failure is said when one is read).
      void loadLinkReader().catch(() => {});
      if (timer) clearTimeout(timer);
      timer = null;
      window.history.pushState(null, '', urlFor(next, ctx));
    } else if (!timer) {
      timer = setTimeout(flushReplace, REPLACE_THROTTLE_MS);
    }
  });

  // The reader is in by now (fetched with the link, or at the first new history entry), except
  // for a fragment typed into a plain visit's address; events are handled in order once it arrives.
  const withReader = (handle: (reader: LinkReader) => void) => {
    loadLinkReader().then(handle, () => actions.setNotice(store, 'This address could not be read: check the connection and reload the page.'));
  };
  const onPopState = () => {
    const link = currentLink();
    withReader(({ readUrl }) => {
      const ctx = context();
      const { state } = readUrl(link, ctx);
      written = state;
      applyUrlState(store, state, ctx);
    });
  };
  // A `#map=` typed into the address bar of the open page moves the camera; the query's own view
  // was already applied by popstate, so the hash is the newer wish.
  const onHashChange = () => {
    const hash = window.location.hash;
    if (!isMapHash(hash)) return;
    withReader(({ readHash }) => {
      const ctx = context();
      const { view, notices: hashNotices } = readHash(hash, ctx);
      if (hashNotices.length > 0) actions.setNotice(store, describeNotices(hashNotices));
      actions.viewFromApp(store, view ?? store.getState().view);
      window.history.replaceState(null, '', urlFor(toUrlState(store.getState(), ctx), ctx));
    });
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
