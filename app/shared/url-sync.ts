import type { AppState, AppStore } from '../../src/state/store.ts';
import { actions, urlStateOf } from '../../src/state/store.ts';
import { readUrl } from '../../src/state/url/read-url.ts';
import { writeUrl } from '../../src/state/url/write-url.ts';
import { historyMode } from '../../src/state/url/history-mode.ts';
import { describeNotices } from '../../src/state/url/notice-text.ts';
import { sameView } from '../../src/state/url/map-view.ts';
import type { UrlContext, UrlState } from '../../src/state/url/url-state.ts';
import { urlContext } from '../../src/selectors/url-context.ts';
import { factById } from '../../src/selectors/facts.ts';

const REPLACE_THROTTLE_MS = 400;

function toUrlState(s: AppState, ctx: UrlContext): UrlState {
  return urlStateOf({ ...s, view: sameView(s.view, ctx.home) ? null : s.view });
}

function applyUrlState(store: AppStore, state: UrlState, ctx: UrlContext): void {
  // A link to a fact alone opens the reader at its sentence: that is where the fact is shown.
  const s = store.getState();
  const factArticle = state.fact && s.dataset.status === 'ready' ? factById(s.dataset.value).get(state.fact)?.articleId ?? null : null;
  const article = state.article ?? (state.country === null ? factArticle : null);
  const { view: _view, ...selection } = state;
  actions.applySelection(store, { ...selection, article });
  actions.viewFromApp(store, state.view ?? ctx.home);
}

/**
 * Keeps the address bar and the store in step once the data is known: reads the link first
 * (parse → migrate → validate → defaults, never throwing), then writes every change back. A new
 * selection is a new history entry; camera moves replace the current one, throttled.
 */
export function startUrlSync(store: AppStore): () => void {
  const ctx = urlContext(store.getState());
  const { state: initial, notices } = readUrl(window.location.search, ctx);
  applyUrlState(store, initial, ctx);
  if (notices.length > 0) actions.setNotice(store, describeNotices(notices));

  let written = toUrlState(store.getState(), ctx);
  // Rewrite the address once in canonical form: a migrated or partly invalid link now reads as what is shown.
  window.history.replaceState(null, '', urlFor(written, ctx));

  let timer: ReturnType<typeof setTimeout> | null = null;
  const flushReplace = () => {
    timer = null;
    window.history.replaceState(null, '', urlFor(written, ctx));
  };

  const unsubscribe = store.subscribe((s) => {
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
    // Judged against the facts as they are now: the user may have added articles since the start.
    const { state } = readUrl(window.location.search, urlContext(store.getState()));
    written = state;
    applyUrlState(store, state, ctx);
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    if (timer) clearTimeout(timer);
  };
}

function urlFor(state: UrlState, ctx: UrlContext): string {
  return `${window.location.pathname}${writeUrl(state, ctx)}${window.location.hash}`;
}
