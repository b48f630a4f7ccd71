import { describe, expect, it } from 'vitest';
import { troops } from '../test-support';

const summary = (body: string) => troops(body).map((f) => ({ from: f.from, to: f.to, troops: f.troops }));

describe('troop deployments told from the host side', () => {
  it('reads a host subject with the sender as a demonym on the troops', () => {
    expect(summary('Estonia will host roughly 1,200 British troops from next spring.')).toContainEqual({ from: ['GB'], to: ['EE'], troops: 1200 });
    expect(summary('Romania is home to about 3,000 French soldiers.')).toContainEqual({ from: ['FR'], to: ['RO'], troops: 3000 });
    expect(summary('Latvia welcomed 500 Canadian soldiers at the Adazi base.')).toContainEqual({ from: ['CA'], to: ['LV'], troops: 500 });
  });

  it('reads "troops from X are based in Y" and "X will station N troops in Y"', () => {
    expect(summary('Around 800 troops from Norway are based in Lithuania.')).toContainEqual({ from: ['NO'], to: ['LT'], troops: 800 });
    expect(summary('Sweden will station 600 troops in Finland next year.')).toContainEqual({ from: ['SE'], to: ['FI'], troops: 600 });
  });

  it('needs a sender and a direct object, and skips negated or possible hosting', () => {
    expect(summary('Poland welcomed the decision to send more US troops to Europe.').filter((f) => f.to[0] === 'PL' && f.from[0] === 'US')).toEqual([]);
    expect(summary('Hungary will not host German soldiers on its soil.')).toEqual([]);
    expect(summary('Slovakia might host 400 Czech troops.')).toEqual([]);
    expect(summary('Bulgaria will host the troops in Novo Selo.')).toEqual([]);
  });

  it('reads a garrison or base opened abroad as a presence', () => {
    expect(summary('The Dutch army opened a forward headquarters in Germany last month.')).toContainEqual({ from: ['NL'], to: ['DE'], troops: null });
    expect(summary('Canada has not opened a military base in Latvia.')).toEqual([]);
  });
});
