import type { Span } from '../model/dataset';
import { isSpaceCode } from './chars';

/**
 * Sentence boundaries inside one paragraph. A boundary is terminal punctuation (plus any closing
 * quotes or brackets) followed by whitespace and something that can start a sentence, unless the
 * period ends a known abbreviation, an initial, or sits inside an open quotation.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'brig', 'cmdr', 'cdr', 'spc', 'pfc', 'ens', 'tech', 'sfc', 'gov', 'sen', 'rep', 'rev', 'st', 'jr', 'sr', 'no', 'nos', 'approx', 'vs', 'v', 'est',
  'dept', 'fig', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'amb', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k',
  'u.n', 'e.u', 'd.c', 'u.s.a', 'cf', 'al', 'ca',
]);
/** Dotted abbreviations that may also end a sentence ("…sent by the U.S. The move…"). */
const DOTTED_MAY_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'a.m', 'p.m']);
const SENTENCE_STARTERS = /^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|In|On|At|But|However|Meanwhile|And|Yet|So|Still|There|After|Before|Since|While|As|If|When|According)\b/;

const CLOSERS = '"”’\')]»';
/** A list item's marker at the start of a line: such a line is a sentence of its own, never a heading. */
export const LIST_MARKER = /^[•●▪◦·‣*–—-]\s/;

/** A broadcast script's label or field line: "((NARRATOR))", "((Jen Psaki, White House Press Secretary))", "PUBLISHED AT: 5/10/2022". */
const SCRIPT_LINE = /^\s*(?:\(\((?:[^()]|\([^()]*\))*\)\)|[A-Z][A-Z ()/&_-]{2,40}:.*)\s*$/;

/** Line breaks, quotation marks and terminal punctuation: the characters splitting looks at. */
const CANDIDATE = /[\n.!?"\u2026\u201c\u201d\u201e\u00ab\u00bb]/g;

function isQuote(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»' || ch === '„';
}

/** Splits text[start, end) into trimmed sentence spans. */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let from = start;
  let inQuote = false;
  // Most characters are neither a line break, a quotation mark nor terminal punctuation: one scan finds the others.
  CANDIDATE.lastIndex = start;
  for (let found = CANDIDATE.exec(text); found && found.index < end; found = CANDIDATE.exec(text)) {
    const i = found.index;
    const c = text.charCodeAt(i);
    // A line opened by a list marker starts a sentence of its own, whatever ended the line before.
    if (c === 10) {
      let k = i + 1;
      while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
      const line = text.slice(Math.max(start, text.lastIndexOf('\n', i - 1) + 1), i);
      // A broadcast script's lines ("((NARRATOR))", "((Jen Psaki, White House Press Secretary))", "BYLINE: …") end
      // their sentence, and a label starts one: what follows a speaker's label is that speaker's.
      if (listMarkerAt(text, k) || (text.charCodeAt(k) === 40 && text.charCodeAt(k + 1) === 40) || SCRIPT_LINE.test(line)) {
        pushTrimmed(text, from, i, spans);
        from = k;
        CANDIDATE.lastIndex = k;
        inQuote = false;
      }
      continue;
    }
    const ch = text[i]!;
    if (isQuote(ch)) {
      // Curly quotes say which way they face; straight ones alternate.
      if (ch === '“' || ch === '«' || ch === '„') inQuote = true;
      else if (ch === '”' || ch === '»') inQuote = false;
      else inQuote = !inQuote;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    let closedQuote = false;
    while (j < end && CLOSERS.includes(text[j]!)) {
      if (isQuote(text[j]!)) closedQuote = true;
      j++;
    }
    if (j < end && !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!canStartSentence(text.charCodeAt(k))) continue;
    // Inside a quotation that an attribution follows ('"We will help. We are ready," she said.') the sentences stay
    // one unit with their attribution; a quoted statement with no attribution after it is split like any text.
    if (inQuote && !closedQuote && attributedLaterClose(text, k, end)) continue;
    if (ch === '.' && !closedQuote && isAbbreviation(text, i, text.slice(k, k + 40))) continue;
    if (closedQuote) inQuote = false;
    pushTrimmed(text, from, j, spans);
    from = k;
    CANDIDATE.lastIndex = k;
  }
  pushTrimmed(text, from, end, spans);
  return spans;
}

/** A closing quotation mark later in the paragraph, followed by an attribution ("…," she said; "…" said X; "…," X added). */
function attributedLaterClose(text: string, from: number, end: number): boolean {
  const rest = text.slice(from, end);
  const close = rest.search(/["”»]/);
  if (close < 0) return false;
  const after = rest.slice(close + 1, close + 160);
  // '…," Austin said', '…” said Gen. X', '…," the secretary said': a comma or a reporting verb before the next full stop.
  return /^\s*[,–—-]/.test(after) || /^[^.!?"“”]{0,80}?\b(?:said|says|say|added|adds|stated|states|told|noted|notes|wrote|writes|tweeted|declared|announced|stressed|emphasi[sz]ed|continued|concluded|explained|insisted|warned)\b/.test(after);
}

/** A list marker and a white space at `at` (LIST_MARKER, read by character code). */
function listMarkerAt(text: string, at: number): boolean {
  return LIST_MARKER_CHARS.includes(text[at] ?? '\n') && isSpaceCode(text.charCodeAt(at + 1));
}
const LIST_MARKER_CHARS = '•●▪◦·‣*–—-';

/** What a sentence may start with (/^[A-Z0-9"“‘'([#@«]/ on the next character). */
function canStartSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 35 || c === 64 || c === 0xab;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The word before a dot, /([A-Za-z][A-Za-z.]*)$/ on the 12 characters before it: the letters and dots that end the
 * window, from their first letter on; null when they hold no letter.
 */
function wordBeforeDot(text: string, dot: number): string | null {
  const from = Math.max(0, dot - 12);
  let start = dot;
  while (start > from && (isAsciiLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  while (start < dot && !isAsciiLetter(text.charCodeAt(start))) start++;
  return start < dot ? text.slice(start, dot) : null;
}

function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBeforeDot(text, dot);
  if (word === null) return false;
  const lower = word.toLowerCase();
  // "J. Smith": a single capital letter before the dot is an initial.
  if (/^[A-Z]$/.test(word)) return true;
  if (DOTTED_MAY_END.has(lower)) return !SENTENCE_STARTERS.test(next);
  if (ABBREVIATIONS.has(lower)) {
    // "No. 5" but "He said no." — a numbered abbreviation needs a number after it.
    if (lower === 'no' || lower === 'nos') return /^\d/.test(next);
    return true;
  }
  return false;
}

/**
 * No news sentence is this long; text without punctuation is cut at a semicolon, comma or space
 * so that every rule stays linear in the article's length.
 */
export const MAX_SENTENCE_CHARS = 1200;

function pushTrimmed(text: string, from: number, to: number, spans: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const window = text.slice(s, s + MAX_SENTENCE_CHARS);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > MAX_SENTENCE_CHARS / 2 ? cut + 1 : Math.max(window.lastIndexOf(' '), 1);
    pushTrimmed(text, s, s + at, spans);
    s += at;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  if (e > s) spans.push({ start: s, end: e });
}
