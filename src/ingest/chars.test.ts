import { describe, expect, it } from 'vitest';
import { capitalWidth, collapseSpace, isSpaceCode, splitOnSpace } from './chars';

describe('character tests by code', () => {
  it('reads white space exactly as /\\s/ does, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('splits on runs of white space exactly as split(/\\s+/) does', () => {
    const samples = ['', ' ', 'a', ' a', 'a ', '  a  b  ', 'Lloyd J. Austin III', 'a\tb\nc\u00a0d\u2003e\ufeff', '\u3000x\u3000', 'x\u200by'];
    for (const s of samples) expect(splitOnSpace(s)).toEqual(s.split(/\s+/));
  });

  it('collapses white space exactly as replace(/\\s+/g, " ").trim() does', () => {
    const samples = ['', ' ', 'a', ' a', 'a ', 'a  b', 'a\tb', 'a b c', ' a\u00a0b ', 'x\n\ny', 'plain words here'];
    for (const s of samples) expect(collapseSpace(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });

  it('measures capitals as /\\p{Lu}/u does, astral ones included', () => {
    expect(capitalWidth('A', 0)).toBe(1);
    expect(capitalWidth('a', 0)).toBe(0);
    expect(capitalWidth('É', 0)).toBe(1);
    expect(capitalWidth('𝐀', 0)).toBe(2);
    expect(capitalWidth('𝐚', 0)).toBe(0);
  });
});

describe('lastWordBeforeSpace', () => {
  it('reads the word before the final white space, or says why it cannot', async () => {
    const { lastWordBeforeSpace, mayEndWith } = await import('./chars');
    expect(lastWordBeforeSpace('troops deployed to ')).toBe('to');
    expect(lastWordBeforeSpace('the war on The  ')).toBe('the');
    expect(lastWordBeforeSpace('visited')).toBe('');
    expect(lastWordBeforeSpace("NATO' ")).toBeNull();
    expect(lastWordBeforeSpace('in #', true)).toBe('in');
    expect(lastWordBeforeSpace('in #')).toBe('');
    expect(mayEndWith('sent to ', new Set(['to']))).toBe(true);
    expect(mayEndWith('sent by ', new Set(['to']))).toBe(false);
    expect(mayEndWith('U.S. ', new Set(['to']))).toBe(true);
  });
});
