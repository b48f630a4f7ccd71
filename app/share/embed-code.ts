/** The address of the current view as an embed: `embed=1`, and a link format version. */
export function embedUrlFor(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  if (!url.searchParams.has('v')) url.searchParams.set('v', '1');
  return url.href;
}

/** The embed's shape: 3:2, and never shorter than a phone needs to read the map and its legend. */
export const EMBED_ASPECT = '3 / 2';
export const EMBED_MIN_HEIGHT = 420;

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The embed code: a responsive iframe, no script. `width="100%"` and a CSS aspect ratio fit any
 * column (a 390 px article column on a phone as well as a 900 px one); the minimum height keeps
 * the map usable where 3:2 would be too flat. The frame shows its own title and source line.
 */
export function embedCodeFor(href: string): string {
  const src = escapeAttribute(embedUrlFor(href));
  return `<iframe src="${src}" width="100%" title="Eastern Flank Map" loading="lazy" style="display:block;width:100%;aspect-ratio:${EMBED_ASPECT};min-height:${EMBED_MIN_HEIGHT}px;border:0"></iframe>`;
}
