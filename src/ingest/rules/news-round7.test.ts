import { describe, expect, it } from 'vitest';
import { commitments } from '../test-support';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('security agreements signed by two leaders', () => {
  it('takes the parties from "between A and B" when the subject is two officials', () => {
    const c = commitments('Today in Kyiv, President Zelenskyy and Prime Minister Mark Rutte signed a bilateral security agreement between Ukraine and the Netherlands.', '2024-03-01');
    expect(pairs(c)).toEqual(['NL>UA']);
    expect(c[0]!.rule).toBe('commitment.pact-signed');
  });

  it('reads "agreement on security cooperation" and a subject of two named officials with their countries', () => {
    const text = 'The war in Ukraine goes on.\n\nPresident of Ukraine Volodymyr Zelenskyy and Prime Minister of Belgium Alexander De Croo today signed an agreement on security cooperation.';
    expect(pairs(commitments(text, '2024-05-28'))).toEqual(['BE>UA']);
  });

  it('names no side between two allies, and a capital in the subject is no party', () => {
    expect(commitments('The United States and Czechia today signed a security cooperation agreement.', '2023-05-03')).toEqual([]);
    expect(pairs(commitments('In Brussels, President Volodymyr Zelenskyy and Lithuanian President Gitanas Nauseda signed a security agreement.', '2024-06-27'))).toEqual(['LT>UA']);
  });

  it('keeps a denied signing out', () => {
    expect(commitments('Hungary and Ukraine have not signed a security agreement.', '2024-06-27')).toEqual([]);
  });
});
