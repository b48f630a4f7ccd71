import { describe, expect, it } from 'vitest';
import { commitments, factsOf, troops } from './test-support';

describe('group notes: a side the article named as a group says so', () => {
  it('notes a group worked out from borders and membership, with the date it rests on', () => {
    const [f] = troops('NATO will deploy up to 22,000 additional troops to member states bordering Russia and Belarus.', '2022-03-06');
    expect(f!.to).toEqual(['EE', 'LT', 'LV', 'NO', 'PL']);
    expect(f!.groups).toEqual([
      { side: 'to', phrase: 'member states bordering Russia and Belarus', codes: ['EE', 'LT', 'LV', 'NO', 'PL'], basis: 'land borders and NATO membership on 2022-03-06' },
    ]);
  });

  it('notes a fixed list without a basis', () => {
    const [f] = commitments('The United States is committed to the security of the Baltic states, Secretary Blinken said.');
    expect(f!.groups).toEqual([{ side: 'to', phrase: 'Baltic states', codes: ['EE', 'LT', 'LV'], basis: null }]);
  });

  it('adds nothing when every side is named country by country', () => {
    const facts = factsOf('Germany sent 500 Stinger missiles to Ukraine. Canada will deploy 200 troops to Latvia.');
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.groups).toBeUndefined();
  });
});
