import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

// Unicode ranges as Fontsource splits Noto Sans, so the browser loads only the files a label needs.
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

export const LABEL_FONT = 'Noto Sans Regular';
export const LABEL_FONT_BOLD = 'Noto Sans SemiBold';

/**
 * The style has no `glyphs` URL: MapLibre draws text with these bundled WOFF2 files (served from
 * our own origin), so labels look the same on every machine and no glyph server is asked.
 */
export const FONT_FACES: FontFacesSpecification = {
  [LABEL_FONT]: [
    { url: absolute(latin400), 'unicode-range': LATIN },
    { url: absolute(latinExt400), 'unicode-range': LATIN_EXT },
    { url: absolute(cyrillic400), 'unicode-range': CYRILLIC },
  ],
  [LABEL_FONT_BOLD]: [
    { url: absolute(latin600), 'unicode-range': LATIN },
    { url: absolute(latinExt600), 'unicode-range': LATIN_EXT },
    { url: absolute(cyrillic600), 'unicode-range': CYRILLIC },
  ],
};

// Style URLs are resolved by the worker, which does not know the page's base: make them absolute.
function absolute(url: string): string {
  return new URL(url, window.location.href).href;
}
