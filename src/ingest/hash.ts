const HEX_DIGITS = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const hexDigit = (h: number, shift: number): number => HEX_DIGITS[(h >>> shift) & 15]!;

/** FNV-1a, 32 bit, as 8 hex digits: short, stable ids that need no crypto API. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Eight digits by character code: what (h >>> 0).toString(16).padStart(8, '0') gives, several times faster.
  return String.fromCharCode(hexDigit(h, 28), hexDigit(h, 24), hexDigit(h, 20), hexDigit(h, 16), hexDigit(h, 12), hexDigit(h, 8), hexDigit(h, 4), hexDigit(h, 0));
}
