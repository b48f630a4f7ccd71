import { formatView, roundView, sameView } from './map-view.ts';
import { LINK_FORMAT_VERSION, type UrlContext, type UrlState } from './url-state.ts';

// ':' '/' ',' are legal in a query (RFC 3986) and keep fact ids and views readable when shared.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

function sameYears(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((y, i) => y === b[i]);
}

/**
 * State → query string, with leading '?', or '' for the default state. Defaults are omitted,
 * parameters come in a fixed order (v, country, years, fact, article, view, embed) so equal
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
  if (state.fact !== null) parts.push(`fact=${encodeValue(state.fact)}`);
  if (state.article !== null) parts.push(`article=${encodeValue(state.article)}`);
  if (state.view !== null && !sameView(state.view, ctx.home)) parts.push(`view=${formatView(roundView(state.view))}`);
  if (state.embed) parts.push('embed=1');
  return parts.length === 0 ? '' : `?v=${LINK_FORMAT_VERSION}&${parts.join('&')}`;
}
