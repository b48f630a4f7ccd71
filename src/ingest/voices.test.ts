import { describe, expect, it } from 'vitest';
import { commitments } from './test-support';

const US_RELEASE = 'The Pentagon announced new deployments. The United States will send 1,000 troops to Poland, the Department of Defense said. ';

describe('"we" inside a direct quote is the speaker’s country', () => {
  it('reads "we" in a foreign official’s quoted words as that official’s country, outside them as the article’s', () => {
    const quoted = commitments(`${US_RELEASE}"We will defend every inch of NATO territory," Polish President Andrzej Duda said.`, '2022-03-01');
    expect(quoted.map((f) => [f.from, f.to])).toEqual([[['PL'], ['NATO']]]);
    const plain = commitments(`${US_RELEASE}We will defend every inch of NATO territory.`, '2022-03-01');
    expect(plain.map((f) => [f.from, f.to])).toEqual([[['US'], ['NATO']]]);
  });

  it('reads "we" after "X said:" as the speaker’s', () => {
    const body = `${US_RELEASE}\n\nLithuanian President Gitanas Nausėda said:\n\nWe will stand with Ukraine for as long as it takes.`;
    expect(commitments(body, '2022-03-01').map((f) => [f.from, f.to])).toContainEqual([['LT'], ['UA']]);
  });
});
