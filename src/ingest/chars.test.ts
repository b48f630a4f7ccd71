import { describe, expect, it } from 'vitest';
import { capitalWidth, collapseSpace, isSpaceCode, LastWords, splitOnSpace, surnameWordAt } from './chars';

describe('character tests by code', () => {
  it('reads white space exactly as /\\s/ does, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('splits on runs of white space exactly as split(/\\s+/) does', () => {
    const samples = ['', ' ', 'a', ' a', 'a ', '  a  b  ', 'Lloyd J. Austin III', 'a\tb\nc\u00a0d\u2003e\ufeff', '\u3000x\u3000', 'x\u200by'];
    for (const s of samples) expect(splitOnSpace(s)).toEqual(s.split(/\s+/));
  });

  it('finds a surname as a word, not possessive, where new RegExp(`\\b${surname}\\b(?!\'s|’s)`) does', () => {
    const texts = ["Austin's plan, Austin said", 'Austin’s plan', 'xAustin Austin_ _Austin', 'AustinAustin Austin', "Kallas' view", 'Nausėdas Nausėda',
      'anan ananan an', 'A.B AxB', "O'Brien's O'Brien", 'Ša Šan ša', 'Ł Łask', "s's s", 'Kosiniak-Kamysz-Nowak Kosiniak-Kamysz', '', 'nothing here'];
    const surnames = ['Austin', 'Kallas', "O'Brien", 'Nausėda', 'Kosiniak-Kamysz', 'Ša', 'Ł', 'an', 's', 'A.B', 'Jr.', '_x', '9'];
    for (const text of texts) for (const sn of surnames) expect(surnameWordAt(text, sn), `${sn} in ${text}`).toBe(text.search(new RegExp(`\\b${sn}\\b(?!'s|’s)`)));
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

describe('LastWords', () => {
  it('says a look-back may end with one of its words before the final white space', () => {
    const words = new LastWords(['to', 'the', 'in']);
    expect(words.mayEnd('troops deployed to ')).toBe(true);
    expect(words.mayEnd('the war on The  ')).toBe(true);
    expect(words.mayEnd('sent by ')).toBe(false);
    expect(words.mayEnd('visited')).toBe(false);
    expect(words.mayEnd("NATO' ")).toBe(true);
    expect(words.mayEnd('in #')).toBe(false);
    expect(new LastWords(['in'], true).mayEnd('in #')).toBe(true);
    expect(words.mayEnd('into ')).toBe(false);
  });
});
