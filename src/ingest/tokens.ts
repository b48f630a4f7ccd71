/**
 * Tokens with offsets, computed once per sentence. Words keep inner hyphens and apostrophes
 * ("Kosiniak-Kamysz", "Russia's" → "Russia" + "'s"), numbers keep their separators ("22,000",
 * "1.5"), dotted abbreviations stay whole ("U.S."), every other non-space character is a token.
 * Offsets are UTF-16 offsets into the sentence text.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Index in the sentence's token list. */
  i: number;
  /** The token lower-cased (its text as written is `sentence.text.slice(start, end)`). */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

/** A letter (or combining mark) at `at`, one UTF-16 unit at a time; ASCII by its code, without a one-character string. */
function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_LETTER.test(text[at]!);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What continues a word: a letter or a digit (`at` < text.length). */
const inWord = (text: string, at: number): boolean => isDigit(text.charCodeAt(at)) || isLetterAt(text, at);

/** Receives each token's offsets and kind, in order. */
type TokenVisitor = (start: number, end: number, kind: TokenKind) => void;

/**
 * The sentence lower-cased once, when slicing it equals lower-casing each token: not when a character changes
 * length (İ) or depends on its neighbours (final sigma); then each token is lower-cased on its own.
 */
function exactLowercase(text: string): string | null {
  const lowered = text.toLowerCase();
  return lowered.length === text.length && !text.includes('\u03a3') ? lowered : null;
}

/** The end of the run of word characters that starts with the letter at `start` (joined by inner hyphens and apostrophes). */
function wordRunEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    while (i < n && inWord(text, i)) i++;
    // A hyphen or apostrophe between word characters joins them: "Kosiniak-Kamysz", "don't".
    const j = text.charCodeAt(i);
    if ((j === 45 || j === 39 || j === 0x2019) && i + 1 < n && inWord(text, i + 1)) { i++; continue; }
    return i;
  }
}

/** "Russia's" → "Russia" + "'s": a run text[start, end) ending in a possessive splits it off as a token of its own. */
function possessiveAt(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const mark = text.charCodeAt(end - 2);
  return end - start > 2 && (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

/** The characters that separate tokens; every other character belongs to one. */
const isBreak = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;

/**
 * One pass over the characters (no regular expression): a word or number per run, punctuation per character.
 * Visits the tokens from `from` (0, or right after a break: no token spans one) and stops before the first word or
 * character that starts at or after `until` (a possessive split off a word may still start there).
 */
function scanTokens(text: string, visit: TokenVisitor, from = 0, until = text.length): void {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) { i++; continue; }
    const start = i;
    if (start >= until) return;
    if (isDigit(c)) {
      i++;
      for (let d = text.charCodeAt(i); i < n && (isDigit(d) || ((d === 44 || d === 46) && isDigit(text.charCodeAt(i + 1)))); d = text.charCodeAt(++i));
      visit(start, i, 'number');
      continue;
    }
    if (isLetterAt(text, i)) {
      // "U.S.": capitals with dots stay one token.
      if (c >= 65 && c <= 90 && text[i + 1] === '.' && /^(?:\p{Lu}\.){2,}/u.test(text.slice(i, i + 12))) {
        const m = /^(?:\p{Lu}\.){2,}/u.exec(text.slice(i, i + 12))![0];
        visit(start, start + m.length, 'word');
        i += m.length;
        continue;
      }
      i = wordRunEnd(text, i);
      if (possessiveAt(text, start, i)) {
        visit(start, i - 2, 'word');
        visit(i - 2, i, 'punct');
      } else visit(start, i, 'word');
      continue;
    }
    // Surrogate pairs (emoji) stay one punctuation token.
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    visit(start, Math.min(i, n), 'punct');
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const whole = exactLowercase(text);
  scanTokens(text, (start, end, kind) => push(out, text, whole, start, end, kind));
  return out;
}

/**
 * Each token's lower-cased text, in order, without building Token objects: all the rule gate reads, for every
 * sentence, while the few rules that look at neighbouring tokens ask for `tokenize` on their own sentences.
 */
export function forEachLowerToken(text: string, visit: (lower: string) => void): void {
  const whole = exactLowercase(text);
  scanTokens(text, (start, end) => visit(whole !== null ? whole.slice(start, end) : text.slice(start, end).toLowerCase()));
}

/** The token text[start, end); `whole` is the lower-cased sentence when slicing it is exact (see exactLowercase). */
function push(out: Token[], text: string, whole: string | null, start: number, end: number, kind: TokenKind): void {
  const c = text.charCodeAt(start);
  const lower = whole !== null ? whole.slice(start, end) : text.slice(start, end).toLowerCase();
  const cap = c < 128 ? c >= 65 && c <= 90 : text.charAt(start) !== lower.charAt(0);
  out.push({ i: out.length, lower, start, end, kind, cap });
}

/**
 * `wordsBefore(tokenize(text), offset, 1)[0]` without tokenizing the sentence: the lower-cased last token that starts
 * before `offset`, read from the run of characters between breaks that holds it (no token spans a break).
 */
export function lowerTokenBefore(text: string, offset: number): string | undefined {
  let q = Math.min(offset, text.length) - 1;
  while (q >= 0 && isBreak(text.charCodeAt(q))) q--;
  if (q < 0) return undefined;
  let from = q;
  while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
  // A lone high surrogate before the break makes a two-unit punctuation token of it: read the whole sentence then.
  // (Not read before the text's start: an index out of range deoptimises the callers optimised without one.)
  const c = from >= 2 ? text.charCodeAt(from - 2) : 0;
  if (c >= 0xd800 && c <= 0xdbff) return wordsBefore(tokenize(text), offset, 1)[0];
  let start = -1;
  let end = -1;
  scanTokens(text, (a, b) => {
    // A possessive split off the word before it may start at `offset` itself.
    if (a < offset) [start, end] = [a, b];
  }, from, offset);
  // Lower-casing the token alone equals slicing the lower-cased sentence wherever tokenize does the latter (see exactLowercase).
  return start < 0 ? undefined : text.slice(start, end).toLowerCase();
}

/** The lower-cased token that starts at `at`, read from the run of characters between breaks that holds it; undefined when none does. */
export function lowerTokenAt(text: string, at: number): string | undefined {
  let from = at;
  while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
  // A lone high surrogate before the break makes a two-unit punctuation token of it: read the whole sentence then.
  const c = from >= 2 ? text.charCodeAt(from - 2) : 0;
  if (c >= 0xd800 && c <= 0xdbff) return tokenize(text).find((t) => t.start === at)?.lower;
  // A word that starts its run of characters (the usual case): read it without the scanner ("U.S." aside).
  const first = text.charCodeAt(at);
  if (from === at && isLetterAt(text, at) && !(first >= 65 && first <= 90 && text[at + 1] === '.')) {
    const run = wordRunEnd(text, at);
    return text.slice(at, possessiveAt(text, at, run) ? run - 2 : run).toLowerCase();
  }
  let end = -1;
  scanTokens(text, (a, b) => {
    if (a === at) end = b;
  }, from, at + 1);
  return end < 0 ? undefined : text.slice(at, end).toLowerCase();
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `n` lower-cased words right before `offset`, nearest last ("…wary of" → ['wary', 'of']). */
export function wordsBefore(tokens: readonly Token[], offset: number, n: number): string[] {
  const at = tokenAt(tokens, offset);
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < n; i--) out.unshift(tokens[i]!.lower);
  return out;
}

/** Up to `n` lower-cased tokens starting at or after `offset`. */
export function wordsAfter(tokens: readonly Token[], offset: number, n: number): string[] {
  const out: string[] = [];
  for (let i = tokenAt(tokens, offset); i < tokens.length && out.length < n; i++) out.push(tokens[i]!.lower);
  return out;
}
