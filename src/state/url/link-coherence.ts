import { notice } from './notice-text.ts';
import { writeYears } from './param-parsers.ts';
import type { UrlContext, UrlNotice, UrlState } from './url-state.ts';

/**
 * Parameters that are each valid can still disagree with each other: a `fact` reported in another
 * article than `article`, or a fact of a year that `years` hides. Such a link was not written by
 * this app (see `linkableState`); it was edited by hand or written by an older version.
 */

/** The fact and what is shown agree: its article is the one open (if any) and its year is shown. */
export function isCoherent(state: UrlState, ctx: UrlContext): boolean {
  if (state.fact === null) return true;
  const home = ctx.facts.get(state.fact);
  if (!home) return false;
  return (state.article === null || state.article === home.article) && (state.years === null || state.years.includes(home.year));
}

/**
 * Reading: the fact is the most specific thing a link names, so the rest follows it. The article
 * becomes the fact's own, and the fact's year is added to the years shown, each with a notice so
 * the reader of the link knows why the view differs from it.
 */
export function followFact(state: UrlState, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const home = state.fact === null ? undefined : ctx.facts.get(state.fact);
  if (!home) return { state, notices: [] };
  const notices: UrlNotice[] = [];
  let next = state;
  if (state.article !== null && state.article !== home.article) {
    notices.push(notice('article', state.article, 'does not hold the linked fact, so the fact’s own article is open instead'));
    next = { ...next, article: home.article };
  }
  if (state.years !== null && !state.years.includes(home.year)) {
    notices.push(notice('years', writeYears(state.years), `hide the linked fact, so ${home.year} is shown too`));
    const years = [...state.years, home.year].sort((a, b) => a - b);
    next = { ...next, years: years.length >= ctx.years.length ? null : years };
  }
  return { state: next, notices };
}

/**
 * Writing: the app can hold a fact that is not on screen (its year was unticked, another article
 * was opened in the reader). A link says what is shown, so such a fact is left out of it; the
 * link then reopens exactly as written.
 */
export function linkableState(state: UrlState, ctx: UrlContext): UrlState {
  return isCoherent(state, ctx) || state.fact === null || !ctx.facts.has(state.fact) ? state : { ...state, fact: null };
}
