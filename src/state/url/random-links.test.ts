import { describe, expect, it } from 'vitest';
import { createRng, malformedLinks } from './random-links.ts';
import { readUrl } from './read-url.ts';
import { testContext } from './test-context.ts';
import { isValidUrlState } from './valid-state.ts';
import { writeUrl } from './write-url.ts';

const ctx = testContext();

/** Raw strings no browser would produce: any UTF-16 unit, lone surrogates and separators included. */
function rawFuzz(count: number, seed: number): string[] {
  const rng = createRng(seed);
  const alphabet = ['?', '&', '=', '%', '#', '+', '/', ',', 'v', '1', 'E', 'country', 'view', 'years', '2022', '6/58.6/25.5'];
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(rng() * 40);
    for (let i = 0; i < n; i++) {
      s += rng() < 0.5 ? alphabet[Math.floor(rng() * alphabet.length)] : String.fromCharCode(Math.floor(rng() * 0x10000));
    }
    return s;
  });
}

describe('random links', () => {
  const links = [...malformedLinks(1500, 20240611), ...rawFuzz(500, 42)];

  it('generates 2,000 inputs, deterministically', () => {
    expect(links).toHaveLength(2000);
    expect(malformedLinks(50, 1)).toEqual(malformedLinks(50, 1));
    expect(malformedLinks(50, 1)).not.toEqual(malformedLinks(50, 2));
  });

  it('malformed links are openable URLs of bounded size', () => {
    for (const link of malformedLinks(200, 7)) {
      expect(link.startsWith('?')).toBe(true);
      expect(() => new URL(`http://localhost/${link}`)).not.toThrow();
      expect(link.length).toBeLessThan(12_000);
      expect([...link].every((ch) => ch.charCodeAt(0) > 0x1f && ch !== '\u007f')).toBe(true);
    }
  });

  it('never throw, always give a valid state, short notices, and a stable rewrite', () => {
    for (const link of links) {
      const { state, notices } = readUrl(link, ctx);
      expect(isValidUrlState(state, ctx), link).toBe(true);
      expect(state.years === null || state.years.length < ctx.years.length, link).toBe(true);
      for (const n of notices) {
        expect(Array.from(n.value).length, link).toBeLessThanOrEqual(41);
        expect(Array.from(n.param).length, link).toBeLessThanOrEqual(41);
      }
      const again = readUrl(writeUrl(state, ctx), ctx);
      expect(again, link).toEqual({ state, notices: [] });
    }
  });
});
