import { parseViewText, roundView, sameView } from './map-view.ts';
import type { LinkParams } from './migrations.ts';
import { notice } from './notice-text.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../../model/dataset.ts';
import { isUserArticleId } from '../../reviews/user-articles.ts';
import { ACTOR_ROLES, REVIEW_FILTERS, TYPE_TOKENS, type MapView, type UrlContext, type UrlNotice, type UrlState } from './url-state.ts';

/** Each validator gets the trimmed value of a parameter that is present and returns what it could use. */
type Checked<T> = { ok: true; value: T } | { ok: false };

const ACTOR_CODE = /^[A-Z]{2,4}$/;

export function checkCountry(value: string, ctx: UrlContext, notices: UrlNotice[]): Checked<string> {
  const code = value.toUpperCase();
  if (!ACTOR_CODE.test(code)) notices.push(notice('country', value, 'is not a country code'));
  else if (!ctx.actors.has(code)) notices.push(notice('country', value, 'is not on this map'));
  else return { ok: true, value: code };
  return { ok: false };
}

/** Keeps the years that exist; drops the rest with one notice. All years collapse to null, the default. */
export function checkYears(value: string, ctx: UrlContext, notices: UrlNotice[]): Checked<number[] | null> {
  if (value === '') {
    notices.push(notice('years', '', 'is empty'));
    return { ok: false };
  }
  const known = new Set(ctx.years);
  const kept = new Set<number>();
  const bad: string[] = [];
  for (const token of value.split(',').map((t) => t.trim())) {
    const year = /^\d{4}$/.test(token) ? Number(token) : NaN;
    if (known.has(year)) kept.add(year);
    else bad.push(token);
  }
  if (bad.length > 0) {
    const reason = bad.length === 1 ? 'is not a year on this map' : 'are not years on this map';
    notices.push(notice('years', bad.join(','), reason));
  }
  if (kept.size === 0) return { ok: false };
  const years = [...kept].sort((a, b) => a - b);
  return { ok: true, value: years.length === ctx.years.length ? null : years };
}

export function checkView(value: string, ctx: UrlContext, notices: UrlNotice[], param = 'view'): Checked<MapView | null> {
  const view = parseViewText(value);
  if (view === null) notices.push(notice(param, value, 'is not zoom/lat/lon'));
  else if (view.zoom < ctx.minZoom || view.zoom > ctx.maxZoom) {
    notices.push(notice(param, value, `has a zoom outside ${ctx.minZoom} to ${ctx.maxZoom}`));
  } else if (Math.abs(view.lat) > 90) notices.push(notice(param, value, 'has a latitude outside -90 to 90'));
  else if (Math.abs(view.lon) > 180) notices.push(notice(param, value, 'has a longitude outside -180 to 180'));
  else {
    // Latitudes between the Mercator limit and the pole are clamped by roundView, not refused:
    // they name a real place, just one the map cannot centre on.
    const rounded = roundView(view);
    return { ok: true, value: sameView(rounded, ctx.home) ? null : rounded };
  }
  return { ok: false };
}

/** Ids of articles added in a browser name something only that browser has. */
const ADDED_ELSEWHERE = { fact: 'comes from an article added in another browser', article: 'was added in another browser' } as const;

function checkId(param: 'fact' | 'article', value: string, ids: ReadonlySet<string>, notices: UrlNotice[]): Checked<string> {
  if (value === '') notices.push(notice(param, '', 'is empty'));
  else if (!ids.has(value)) notices.push(notice(param, value, isUserArticleId(value) ? ADDED_ELSEWHERE[param] : 'is no longer on this map'));
  else return { ok: true, value };
  return { ok: false };
}

export function checkFlag(param: string, value: string, notices: UrlNotice[]): Checked<boolean> {
  if (value === '1') return { ok: true, value: true };
  if (value === '0') return { ok: true, value: false };
  notices.push(notice(param, value, 'is not 0 or 1'));
  return { ok: false };
}

export function checkEmbed(value: string, notices: UrlNotice[]): Checked<boolean> {
  return checkFlag('embed', value, notices);
}

/**
 * A comma list of known tokens, kept in the canonical order; unknown ones are dropped with one
 * notice. Every token collapses to null, the default; nothing known is not a selection at all.
 */
export function checkTokenList<T>(param: string, value: string, tokens: ReadonlyArray<readonly [string, T]>, notices: UrlNotice[]): Checked<T[] | null> {
  const wanted = new Set(value.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''));
  const kept = tokens.filter(([token]) => wanted.has(token));
  const bad = [...wanted].filter((t) => !tokens.some(([token]) => token === t));
  if (bad.length > 0) notices.push(notice(param, bad.join(','), bad.length === 1 ? 'is not a choice here' : 'are not choices here'));
  if (kept.length === 0) {
    if (bad.length === 0) notices.push(notice(param, value, 'is empty'));
    return { ok: false };
  }
  return { ok: true, value: kept.length === tokens.length ? null : kept.map(([, v]) => v) };
}

export function checkChoice<T extends string>(param: string, value: string, choices: readonly T[], notices: UrlNotice[]): Checked<T> {
  const v = value.toLowerCase();
  if ((choices as readonly string[]).includes(v)) return { ok: true, value: v as T };
  notices.push(notice(param, value, `is not ${choices.join(' or ')}`));
  return { ok: false };
}

export const TYPE_TOKEN_LIST = FACT_TYPES.map((t) => [TYPE_TOKENS[t], t] as const);
export const CATEGORY_TOKEN_LIST = ITEM_CATEGORIES.map((c) => [c, c] as const);

/**
 * The v1 parameters checked against what the map holds. Each parameter stands alone: a bad one is
 * dropped with a notice and the others still apply. Unknown keys are not looked at.
 */
export function validateParams(params: LinkParams, ctx: UrlContext): { found: Partial<UrlState>; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const found: Partial<UrlState> = {};
  const get = (key: string): string | undefined => params.get(key)?.trim();

  const country = get('country');
  if (country !== undefined) {
    const r = checkCountry(country, ctx, notices);
    if (r.ok) found.country = r.value;
  }
  const years = get('years');
  if (years !== undefined) {
    const r = checkYears(years, ctx, notices);
    if (r.ok) found.years = r.value;
  }
  const fact = get('fact');
  if (fact !== undefined) {
    const r = checkId('fact', fact, ctx.factIds, notices);
    if (r.ok) found.fact = r.value;
  }
  const article = get('article');
  if (article !== undefined) {
    const r = checkId('article', article, ctx.articleIds, notices);
    if (r.ok) found.article = r.value;
  }
  const view = get('view');
  if (view !== undefined) {
    const r = checkView(view, ctx, notices);
    if (r.ok) found.view = r.value;
  }
  const types = get('types');
  if (types !== undefined) {
    const r = checkTokenList('types', types, TYPE_TOKEN_LIST, notices);
    if (r.ok) found.types = r.value;
  }
  const cats = get('cats');
  if (cats !== undefined) {
    const r = checkTokenList('cats', cats, CATEGORY_TOKEN_LIST, notices);
    if (r.ok) found.cats = r.value;
  }
  const role = get('role');
  if (role !== undefined) {
    const r = checkChoice('role', role, ACTOR_ROLES, notices);
    if (r.ok) found.role = r.value;
  }
  const review = get('review');
  if (review !== undefined) {
    const r = checkChoice('review', review, REVIEW_FILTERS, notices);
    if (r.ok) found.review = r.value;
  }
  for (const flag of ['table', 'rejected', 'embed'] as const) {
    const value = get(flag);
    if (value === undefined) continue;
    const r = checkFlag(flag, value, notices);
    if (r.ok) found[flag] = r.value;
  }
  return { found, notices };
}
