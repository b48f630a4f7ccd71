import { shortHash } from './hash';

/**
 * Ids are public: shared links carry them. An id that fits keeps exactly the form it always had;
 * only an over-long one is shortened, to a prefix of the name plus a hash of the whole name, so two
 * long names that share a prefix still get different ids.
 */

export const MAX_ARTICLE_ID = 80;
export const MAX_FACT_ID = 120;

/** Two FNV-1a hashes with different seeds: 16 hex digits, collisions out of reach for file names. */
function longHash(s: string): string {
  return `${shortHash(s)}${shortHash(`\u0001${s}`)}`;
}

/** The first `n` UTF-16 units of `s`, never splitting a surrogate pair. */
function headOf(s: string, n: number): string {
  let cut = Math.min(n, s.length);
  const c = s.charCodeAt(cut - 1);
  if (cut < s.length && c >= 0xd800 && c <= 0xdbff) cut--;
  return s.slice(0, cut);
}

/** `id` if it has at most `max` UTF-16 units, else a prefix, "~" and a hash of the whole id (exactly `max` units). */
export function boundedId(id: string, max: number): string {
  if (id.length <= max) return id;
  const hash = longHash(id);
  return `${headOf(id, max - hash.length - 1)}~${hash}`;
}

/** File name → article id: ".txt" dropped, Unicode NFC ("café" typed either way is one id), at most 80 units. */
export function articleIdOf(fileName: string): string {
  return boundedId(fileName.replace(/\.txt$/i, '').normalize('NFC'), MAX_ARTICLE_ID);
}
