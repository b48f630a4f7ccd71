import { formatView, roundView, sameView } from './map-view.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../../model/dataset.ts';
import { LINK_FORMAT_VERSION, TYPE_TOKENS, type UrlContext, type UrlState } from './url-state.ts';
import type { TableSort } from '../../model/table-columns.ts';

/** `from` sorts A to Z, `-from` Z to A. */
export function formatSort(sort: TableSort): string {
  return `${sort.descending ? '-' : ''}${sort.column}`;
}

// ':' '/' ',' are legal in a query (RFC 3986) and keep fact ids and views readable when shared.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

function sameYears(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((y, i) => y === b[i]);
}

/**
 * State → query string, with leading '?', or '' for the default state. Defaults are omitted,
 * parameters come in the fixed order of URL_PARAMS so equal
 * states give equal links, and `v` is written whenever anything else is.
 */
export function writeUrl(state: UrlState, ctx: UrlContext): string {
  const parts: string[] = [];
  if (state.country !== null) parts.push(`country=${encodeValue(state.country)}`);
  if (state.years !== null) {
    const years = [...new Set(state.years)].sort((a, b) => a - b);
    // An empty selection would read back as "all years"; it is written as that default.
    if (years.length > 0 && !sameYears(years, ctx.years)) parts.push(`years=${years.join(',')}`);
  }
  const types = state.types ? FACT_TYPES.filter((t) => state.types!.includes(t)) : [];
  if (types.length > 0 && types.length < FACT_TYPES.length) parts.push(`types=${types.map((t) => TYPE_TOKENS[t]).join(',')}`);
  const cats = state.cats ? ITEM_CATEGORIES.filter((c) => state.cats!.includes(c)) : [];
  if (cats.length > 0 && cats.length < ITEM_CATEGORIES.length) parts.push(`cats=${cats.join(',')}`);
  if (state.role !== null) parts.push(`role=${state.role}`);
  if (state.fact !== null) parts.push(`fact=${encodeValue(state.fact)}`);
  if (state.article !== null) parts.push(`article=${encodeValue(state.article)}`);
  if (state.view !== null && !sameView(state.view, ctx.home)) parts.push(`view=${formatView(roundView(state.view))}`);
  if (state.table) parts.push('table=1');
  if (state.sort !== null) parts.push(`sort=${formatSort(state.sort)}`);
  if (state.review !== null) parts.push(`review=${state.review}`);
  if (state.rejected) parts.push('rejected=1');
  if (state.embed) parts.push('embed=1');
  return parts.length === 0 ? '' : `?v=${LINK_FORMAT_VERSION}&${parts.join('&')}`;
}
