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
 * The words an end-anchored look-back pattern ("… visited the $", "… in #$") can end with before its final white
 * space. Such a pattern is tried at every offset of the window; reading the last word first skips it when no match
 * can end there.
 */
export class LastWords {
  /** The words (lower case) by length: the ASCII letters that end each given word (the part the test reads). */
  private readonly byLength = new Map<number, string[]>();
  /** A given word ends in something else than an ASCII letter: every text may end with it. */
  private readonly anyEnd: boolean;

  constructor(words: readonly string[], private readonly hashAllowed = false) {
    let anyEnd = false;
    for (const w of words) {
      const tail = /[A-Za-z]*$/.exec(w)![0].toLowerCase();
      if (!tail) anyEnd = true;
      this.byLength.set(tail.length, [...(this.byLength.get(tail.length) ?? []), tail]);
    }
    this.anyEnd = anyEnd;
  }

  /**
   * False only when no match can end the window text[from, to): it does not end in white space (after an optional "#"
   * when allowed), or the ASCII word before that white space is none of the words. True when something else precedes
   * the white space. The window is read in place (no slice of it is made for a test that most windows fail).
   */
  mayEnd(text: string, to = text.length, from = 0): boolean {
    let end = to;
    if (this.hashAllowed && end > from && text.charCodeAt(end - 1) === 35) end--;
    if (end === from || !isSpaceCode(text.charCodeAt(end - 1))) return false;
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start === end || this.anyEnd) return true;
    const candidates = this.byLength.get(end - start);
    if (!candidates) return false;
    for (const w of candidates) if (sameLetters(text, start, w)) return true;
    return false;
  }
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether text[at, at + word.length) is `word` (lower-case ASCII letters) in any case. */
function sameLetters(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** The last comma at or before `at` that can end a clause: not one grouping digits ("1,000"); -1 if none. */
export function lastClauseComma(text: string, at: number): number {
  let i = text.lastIndexOf(',', at);
  while (i > 0 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) i = text.lastIndexOf(',', i - 1);
  return i;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters a pattern reads as more than themselves: a surname holding one is left to the pattern. */
const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|/]/;

/** Whether text[at] is a character the pattern's \b counts as part of a word (ASCII letters, digits, "_"). */
function isAsciiWordAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where `new RegExp(`\\b${surname}\\b(?!'s|’s)`)` first matches in `text`, or -1: the surname written as a word, not
 * possessive. A plain surname is a literal, so its matches are among its occurrences: those are checked for the
 * word boundaries and the possessive instead of building a pattern per person and sentence (a measurable cost).
 */
export function surnameWordAt(text: string, surname: string): number {
  if (surname.length === 0 || PATTERN_SYNTAX.test(surname)) return text.search(new RegExp(`\\b${surname}\\b(?!'s|’s)`));
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (isAsciiWordAt(text, at - 1) === isAsciiWordAt(text, at) || isAsciiWordAt(text, end - 1) === isAsciiWordAt(text, end)) continue;
    if (text.startsWith("'s", end) || text.startsWith('’s', end)) continue;
    return at;
  }
  return -1;
}
