import { roundView } from './map-view.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../../model/dataset.ts';
import { DEFAULT_TABLE_SORT, TABLE_COLUMN_KEYS } from '../../model/table-columns.ts';
import { ACTOR_ROLES, MAX_LATITUDE, REVIEW_FILTERS, type UrlContext, type UrlState } from './url-state.ts';

/** A strict, ordered, non-empty proper subset of `all` (a full set is written as null). */
function properSubset<T>(list: readonly T[], all: readonly T[]): boolean {
  if (list.length === 0 || list.length >= all.length) return false;
  return list.every((x, i) => all.includes(x) && (i === 0 || all.indexOf(x) > all.indexOf(list[i - 1]!)));
}

/**
 * Whether a state is one readUrl could return for this context: every value exists on the map,
 * years are a non-empty ascending subset, the view is finite, in range and already rounded.
 */
export function isValidUrlState(state: UrlState, ctx: UrlContext): boolean {
  if (state.country !== null && !ctx.actors.has(state.country)) return false;
  if (state.years !== null) {
    const years = state.years;
    if (years.length === 0) return false;
    if (!years.every((y, i) => ctx.years.includes(y) && (i === 0 || y > (years[i - 1] ?? Infinity)))) return false;
  }
  if (state.view !== null) {
    const { zoom, lat, lon } = state.view;
    if (![zoom, lat, lon].every(Number.isFinite)) return false;
    if (zoom < ctx.minZoom || zoom > ctx.maxZoom || Math.abs(lat) > MAX_LATITUDE || Math.abs(lon) > 180) return false;
    const r = roundView(state.view);
    if (r.zoom !== zoom || r.lat !== lat || r.lon !== lon) return false;
  }
  if (state.fact !== null && !ctx.factIds.has(state.fact)) return false;
  if (state.article !== null && !ctx.articleIds.has(state.article)) return false;
  if (state.types !== null && !properSubset(state.types, FACT_TYPES)) return false;
  if (state.cats !== null && !properSubset(state.cats, ITEM_CATEGORIES)) return false;
  if (state.role !== null && !ACTOR_ROLES.includes(state.role)) return false;
  if (state.review !== null && !REVIEW_FILTERS.includes(state.review)) return false;
  if (state.sort !== null) {
    if (!TABLE_COLUMN_KEYS.includes(state.sort.column) || typeof state.sort.descending !== 'boolean') return false;
    if (state.sort.column === DEFAULT_TABLE_SORT.column && state.sort.descending === DEFAULT_TABLE_SORT.descending) return false;
  }
  return [state.embed, state.table, state.rejected].every((b) => typeof b === 'boolean');
}
