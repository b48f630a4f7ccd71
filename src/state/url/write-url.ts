import { linkableState } from './link-coherence.ts';
import { forEachParam } from './param-table.ts';
import { LINK_FORMAT_VERSION, type UrlContext, type UrlState } from './url-state.ts';

// ':' '/' ',' are legal in a query (RFC 3986) and keep fact ids and views readable when shared.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/**
 * State → query string, with leading '?', or '' for the default state. Each row of the parameter
 * table writes its own key and leaves defaults out; the rows' fixed order makes equal states give
 * equal links, and `v` is written whenever anything else is. A fact that is not on screen is left
 * out (see linkableState), so every link written reopens to what it says.
 */
export function writeUrl(state: UrlState, ctx: UrlContext): string {
  const shown = linkableState(state, ctx);
  const parts: string[] = [];
  forEachParam((key, spec) => {
    const text = spec.write(shown[key], ctx);
    if (text !== null) parts.push(`${key}=${encodeValue(text)}`);
  });
  return parts.length === 0 ? '' : `?v=${LINK_FORMAT_VERSION}&${parts.join('&')}`;
}
