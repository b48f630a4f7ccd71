/**
 * Fresh copies of the pieces of an article the rules read again and again (its sentences). A slice such as
 * `article.slice(start, end)` is, in V8, a view into the article: every read of it goes through the view, and when
 * the article holds any character above U+00FF ("Łask", "Nausėda") the slice is stored two bytes per character
 * even if it is plain ASCII. Patterns run several times slower on such strings (measured: 3–4× for the name
 * patterns with Unicode property classes, on their two-byte form) and are compiled a second time for them. A copy
 * is the same string value, so nothing read from it changes; only its storage does.
 */

/** Char codes per `String.fromCharCode` call: far below any engine's limit on the number of arguments. */
const CHUNK = 4096;

/**
 * `piece` copied into a string of its own: `String.fromCharCode` builds it one byte per character when every code
 * fits in a byte, two bytes otherwise, whatever the storage of the text `piece` was sliced from.
 */
export function flatCopy(piece: string): string {
  let out = '';
  for (let from = 0; from < piece.length; from += CHUNK) {
    const to = Math.min(piece.length, from + CHUNK);
    // Filled by index, not pushed: the list's length is known, and growing it was a third of the copy's cost (measured).
    const codes = new Array<number>(to - from);
    for (let i = from; i < to; i++) codes[i - from] = piece.charCodeAt(i);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}
