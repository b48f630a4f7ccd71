function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Two FNV-1a passes with different seeds, as 16 hex digits: stable names for generated files that
 * need no crypto API (works the same in Node, the page and a worker) and practically never collide
 * at the corpus sizes this app handles.
 */
export function hash64(s: string): string {
  return fnv1a(s, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(s, 0x050c5d1f).toString(16).padStart(8, '0');
}
