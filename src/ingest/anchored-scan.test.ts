import { describe, expect, it } from 'vitest';
import { eachAnchoredMatch, type StartWindow } from './anchored-scan';

/** Every match of a global pattern, as `exec` in a loop finds them. */
function globalScan(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`);
  return out;
}

function anchoredScan(re: RegExp, text: string, window: StartWindow): string[] {
  const out: string[] = [];
  eachAnchoredMatch(text, re, window, (m) => out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`));
  return out;
}

// "<capitalised words> Minister <Name>": every match holds "Minister", and its words before it are letters and spaces.
const PATTERN = String.raw`((?:[A-Z][a-z]+\s+){0,2})Minister\s+([A-Z][a-z]+)`;
const beforeMinister: StartWindow = (text, pos) => {
  const at = text.indexOf('Minister', pos);
  if (at < 0) return null;
  let from = at;
  while (from > pos && /[A-Za-z\s]/.test(text[from - 1]!)) from--;
  return [from, at];
};

describe('eachAnchoredMatch', () => {
  it('finds the matches of the global scan, in order, trying only the offsets the window allows', () => {
    const texts = [
      'Defence Minister Kallas met Foreign Minister Tsahkna, and Prime Minister Michal spoke.',
      'No office here.',
      'Minister Minister Smith, Deputy Prime Minister Jones',
      'The Minister said nothing; Minister Lee did.',
    ];
    for (const text of texts) expect(anchoredScan(new RegExp(PATTERN, 'y'), text, beforeMinister)).toEqual(globalScan(new RegExp(PATTERN, 'g'), text));
  });

  it('skips offsets the start test rejects', () => {
    const tried: number[] = [];
    eachAnchoredMatch('ab Minister Cd', new RegExp(PATTERN, 'y'), beforeMinister, () => undefined, (text, at) => {
      tried.push(at);
      return /[A-Z]/.test(text[at]!);
    });
    expect(tried).toEqual([0, 1, 2, 3]);
  });
});
