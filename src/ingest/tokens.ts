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
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'punct';
    const poss = kind === 'word' ? POSSESSIVE.exec(raw) : null;
    if (poss) {
      push(out, poss[1]!, start, kind);
      push(out, poss[2]!, start + poss[1]!.length, 'punct');
    } else push(out, raw, start, kind);
  }
  return out;
}

function push(out: Token[], text: string, start: number, kind: TokenKind): void {
  out.push({ i: out.length, text, lower: text.toLowerCase(), start, end: start + text.length, kind, cap: /^\p{Lu}/u.test(text) });
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
