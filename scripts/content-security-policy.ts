/**
 * The app's Content-Security-Policy, in one place: the build injects it into dist/index.html as a
 * <meta> tag (so any static host serves it), `vite preview` sends it as a header, and the build
 * writes the same header into dist/_headers for hosts that read that file (Netlify, Cloudflare
 * Pages). The README's nginx line is checked against it by a test.
 *
 * Everything is served from the app's own origin: scripts, styles, fonts, data, boundaries and
 * MapLibre's worker (a same-origin module worker). Choices made on purpose:
 * - style-src has no 'unsafe-inline': the build emits CSS files only, and React and MapLibre set
 *   styles through element.style (CSSOM), which style-src does not govern. Nothing injects a
 *   <style> element or a style="" attribute string (the e2e suite runs the built page under this
 *   policy and fails on any violation).
 * - img-src allows data: and blob: for the PNG export and the favicon placeholder; nothing else is
 *   loaded from data: or blob: URLs.
 * - frame-ancestors * (header only: a <meta> policy cannot carry it): embedding with `?embed=1` on
 *   other sites is a feature. The page holds no login and makes no request with the user's
 *   credentials, so being framed exposes nothing a click could abuse; a deployment that does not
 *   want embeds sets frame-ancestors 'self' in its header.
 */
import type { Plugin } from 'vite';

/** Directives a <meta> policy can carry, in the order they are written. */
const META_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Who may frame the page. Ignored (with a console warning) inside <meta>, so only the header has it. */
export const FRAME_ANCESTORS = '*';

const join = (directives: ReadonlyArray<readonly [string, string]>): string => directives.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as the built page's <meta http-equiv="Content-Security-Policy"> carries it. */
export const META_POLICY = join(META_DIRECTIVES);

/** The policy as a server sends it: the meta policy plus frame-ancestors. */
export const HEADER_POLICY = join([...META_DIRECTIVES, ['frame-ancestors', FRAME_ANCESTORS]]);

/** Netlify / Cloudflare Pages `_headers`: every path gets the header policy. */
export const HEADERS_FILE = `/*\n  Content-Security-Policy: ${HEADER_POLICY}\n`;

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Adds the <meta> policy to the built index.html, first in <head> so it governs everything the
 * page loads, and writes dist/_headers. Build only: the dev server injects inline scripts and
 * styles for hot reloading, which this policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'eastern-flank:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, which must come first; before every script, style and preload.
      handler: (html) => {
        const charset = /<meta charset[^>]*>/i;
        if (charset.test(html)) return html.replace(charset, (m) => `${m}\n    ${metaTag()}`);
        return html.replace(/<head>/i, (m) => `${m}\n    ${metaTag()}`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
  };
}

/** The meta tag exactly as it appears in dist/index.html (for tests that read the built file). */
export function metaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(META_POLICY)}">`;
}
