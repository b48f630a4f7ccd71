/**
 * Character tests by code for scans that replaced Unicode regular expressions on hot paths: ASCII is decided by
 * comparing codes, anything else by the same Unicode property the pattern used, on the whole code point.
 */

const UPPER = /\p{Lu}/u;

/** Width (1 or 2 code units) of the code point at `at` when `test` accepts it, else 0. */
export function widthIf(text: string, at: number, test: RegExp): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  const pair = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
  return test.test(pair ? text.slice(at, at + 2) : text[at]!) ? (pair ? 2 : 1) : 0;
}

/** Width of an upper-case letter (\p{Lu}) at `at`, else 0. */
export function capitalWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  return widthIf(text, at, UPPER);
}
