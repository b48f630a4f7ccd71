import { describe, expect, it } from 'vitest';
import { flatCopy } from './flat-text';

describe('flat copies of text pieces', () => {
  it('gives the same string value as the slice it copies', () => {
    const article = 'Defence Minister Władysław Kosiniak-Kamysz said “we stand ready” in Łask. Plain ASCII follows. Ça va, Zürich. 🇺🇦 flag';
    for (let start = 0; start < article.length; start += 7) {
      for (const end of [start, start + 1, start + 13, start + 40, article.length]) {
        const piece = article.slice(start, Math.min(end, article.length));
        expect(flatCopy(piece)).toBe(piece);
      }
    }
  });

  it('copies pieces longer than one chunk of char codes whole, surrogate pairs across the chunk border included', () => {
    const long = `${'a'.repeat(4095)}🇺🇦${'é'.repeat(9000)}ł${'b'.repeat(5000)}`;
    expect(flatCopy(long)).toBe(long);
    expect(flatCopy('')).toBe('');
  });
});
