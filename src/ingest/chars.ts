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

/** Whether a UTF-16 code unit is white space as /\s/ reads it (JavaScript's WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.split(/\s+/)` by character codes: the pieces between runs of white space (an empty piece before a leading run, after a trailing one). */
export function splitOnSpace(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    out.push(text.slice(from, i));
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}

/** `text.replace(/\s+/g, ' ').trim()` by character codes, returning `text` itself when nothing changes. */
export function collapseSpace(text: string): string {
  let clean = text.length === 0 || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1)));
  for (let i = 0; clean && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || isSpaceCode(text.charCodeAt(i + 1)))) clean = false;
  }
  return clean ? text : splitOnSpace(text).join(' ').trim();
}

/**
 * For patterns anchored at the end of a look-back ("… visited the $", "… in #$"), which a regular expression tries
 * at every offset: the word right before the trailing white space (and an optional final "#"), lower-cased.
 * '' when the text does not end in white space (no such pattern can match), null when what precedes the white
 * space is not an ASCII letter (the caller cannot tell, and tries the pattern).
 */
export function lastWordBeforeSpace(text: string, hashAllowed = false): string | null {
  let end = text.length;
  if (hashAllowed && text.charCodeAt(end - 1) === 35) end--;
  if (end === 0 || !isSpaceCode(text.charCodeAt(end - 1))) return '';
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  for (let c = text.charCodeAt(start - 1); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = text.charCodeAt(start - 1)) start--;
  return start === end ? null : text.slice(start, end).toLowerCase();
}

/** Whether an end-anchored pattern whose last words are `words` may match `text` (see lastWordBeforeSpace). */
export function mayEndWith(text: string, words: ReadonlySet<string>, hashAllowed = false): boolean {
  const word = lastWordBeforeSpace(text, hashAllowed);
  return word === null || (word !== '' && words.has(word));
}
