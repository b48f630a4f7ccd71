import { describe, expect, it } from 'vitest';
import { parseCount, troopsIn } from './troops';
import { arms, troops } from '../test-support';

const summary = (body: string, date?: string) => troops(body, date).map((f) => ({ from: f.from, to: f.to, troops: f.troops, unit: f.unit }));

describe('troop deployments', () => {
  it('parses counts and units', () => {
    expect(parseCount('22,000')).toBe(22000);
    expect(parseCount('9,641')).toBe(9641);
    expect(parseCount('1.5 thousand')).toBe(1500);
    expect(troopsIn('up to 22,000 additional troops')).toMatchObject({ found: true, troops: 22000, unit: null });
    expect(troopsIn('two brigades')).toMatchObject({ found: true, troops: null, unit: 'brigade' });
    expect(troopsIn('a battalion')).toMatchObject({ found: true, unit: 'battalion' });
    expect(troopsIn('300 soldiers')).toMatchObject({ troops: 300 });
  });

  it('reads numbered deployments with a host', () => {
    expect(summary('The United States is deploying 9,641 soldiers to Poland.')).toEqual([{ from: ['US'], to: ['PL'], troops: 9641, unit: null }]);
    expect(summary('Canada sent 300 troops to Latvia last week.')).toEqual([{ from: ['CA'], to: ['LV'], troops: 300, unit: null }]);
  });

  it('reads units', () => {
    expect(summary('Germany will station a brigade in Lithuania.')).toEqual([{ from: ['DE'], to: ['LT'], troops: null, unit: 'brigade' }]);
    expect(summary('France has moved a battalion to Romania.')[0]).toMatchObject({ from: ['FR'], to: ['RO'], unit: 'battalion' });
  });

  it('resolves hosts given as groups and borders on the article date', () => {
    expect(summary('NATO is deploying 5,000 troops to the Baltic states.')[0]).toMatchObject({ to: ['EE', 'LT', 'LV'], troops: 5000 });
    expect(summary('NATO leaders met. The alliance sent extra forces to member states bordering Russia and Belarus.', '2022-03-06')[0]).toMatchObject({
      from: ['NATO'], to: ['EE', 'LT', 'LV', 'NO', 'PL'],
    });
    expect(summary('NATO sent extra forces to member states bordering Russia.', '2023-06-01')[0]!.to).toContain('FI');
    expect(summary('NATO reinforced its Eastern flank with four new battlegroups.')[0]).toMatchObject({ from: ['NATO'] });
  });

  it('reads "the deployment of troops" after an anaphor', () => {
    const f = summary('NATO strengthened its defences in Poland. This includes the deployment of additional troops.');
    expect(f[0]).toMatchObject({ from: ['NATO'], to: ['PL'] });
  });

  it('falls back to the allies the article is about', () => {
    const f = troops('The Baltic states fear Russia. Leaders of the Baltic states met in Riga.\n\nThe US has increased its military presence.');
    expect(f[0]).toMatchObject({ from: ['US'], to: ['EE', 'LT', 'LV'] });
    expect(f[0]!.confidence).toBeLessThan(0.7);
  });

  it('ignores negated and hypothetical deployments', () => {
    expect(troops('The White House is cautious about allowing NATO countries to send troops to Ukraine.')).toEqual([]);
    expect(troops('Britain refused to send troops to Ukraine.')).toEqual([]);
    expect(troops('Italy has not deployed soldiers to Hungary.')).toEqual([]);
    expect(troops('Their troops would not fight Russia there.')).toEqual([]);
  });

  it('does not count arms shipments as troops', () => {
    expect(troops('Poland is sending tanks to Ukraine.')).toEqual([]);
  });
});

describe('troop deployments told from the troops\' side', () => {
  it('reads arrivals with the sender as a demonym on the troops', () => {
    expect(summary('Around 1,000 Dutch soldiers have arrived in Lithuania.')).toEqual([{ from: ['NL'], to: ['LT'], troops: 1000, unit: null }]);
    expect(summary('About 500 Canadian troops will be stationed in Latvia.')[0]).toMatchObject({ from: ['CA'], to: ['LV'], troops: 500 });
  });

  it('reads new units set up in a list of hosts', () => {
    expect(summary('NATO agreed to set up four new battlegroups in Slovakia, Hungary, Romania and Bulgaria.')).toEqual([
      { from: ['NATO'], to: ['BG', 'HU', 'RO', 'SK'], troops: null, unit: 'battlegroup' },
    ]);
  });

  it('does not bind a number to troops across other nouns', () => {
    expect(troops('Spain sent 5 tanks and troops to Latvia.')[0]?.troops ?? null).toBeNull();
  });
});

describe('deployments by officials, of assets, and within one clause', () => {
  it('lets a named official act for their country', () => {
    expect(summary('President Joe Biden has approved the deployment of 3,000 additional troops to Poland and Romania.')).toEqual([
      { from: ['US'], to: ['PL', 'RO'], troops: 3000, unit: null },
    ]);
  });

  it('reads jets or ships sent to an ally as a deployment, not an arms transfer', () => {
    const f = troops('Denmark is sending four F-16 fighter jets to Lithuania to help police Baltic airspace.');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ from: ['DK'], to: ['LT'], rule: 'troops.assets' });
  });

  it('reads a sale of weapons to an ally as an arms transfer, not a deployment', () => {
    expect(troops('The United States will offer to sell Poland 96 AH-64 Apache helicopters.')).toEqual([]);
    expect(arms('The United States will offer to sell Poland 96 AH-64 Apache helicopters.').map((f) => [f.from, f.to])).toEqual([[['US'], ['PL']]]);
  });

  it('keeps the host inside the clause of the deployment', () => {
    expect(summary('Britain said it would double the number of its troops in Estonia and send more Javelin missiles to Ukraine.')).toEqual([
      { from: ['GB'], to: ['EE'], troops: null, unit: null },
    ]);
  });

  it('reads leading a battlegroup, not putting troops on alert', () => {
    expect(summary('France has offered to lead a new NATO battlegroup in Romania.')).toEqual([{ from: ['FR'], to: ['RO'], troops: null, unit: 'battlegroup' }]);
    expect(troops('Poland is worried. The Pentagon also put 8,500 troops on heightened alert.')).toEqual([]);
  });
});

describe('absolute clauses', () => {
  it('reads "with Germany committing to station a brigade" as Germany\'s deployment', () => {
    expect(summary('NATO leaders met in Vilnius, with Germany committing to station a combat brigade of 4,000 troops in Lithuania.')).toEqual([
      { from: ['DE'], to: ['LT'], troops: 4000, unit: 'brigade' },
    ]);
  });
});

describe('standing presence', () => {
  it('reads "maintains N troops in X" and keeps units to their own clause', () => {
    expect(summary('The United States maintains around 10,000 troops in Poland, and Canada will increase its contingent in Latvia.')).toEqual([
      { from: ['US'], to: ['PL'], troops: 10000, unit: null },
      { from: ['CA'], to: ['LV'], troops: null, unit: 'contingent' },
    ]);
  });
});

describe('arrivals reported by a main clause', () => {
  it('takes the sender from the main clause', () => {
    expect(summary('US Army Europe confirmed that a rotation of about 3,500 soldiers would arrive in Poland in November.')).toEqual([
      { from: ['US'], to: ['PL'], troops: 3500, unit: null },
    ]);
  });

  it('reads "is set to contribute" a unit or a detachment as a deployment', () => {
    const out = summary('NATO is reinforcing Bulgaria. Spain is set to contribute a short-range air defence unit to Bulgaria.');
    expect(out[0]).toMatchObject({ from: ['ES'], to: ['BG'] });
    expect(summary('NATO is reinforcing Latvia. Denmark will send an engineering detachment to Latvia.')[0]).toMatchObject({ from: ['DK'], to: ['LV'] });
  });
});

describe('troop figures keep the article qualifier', () => {
  const one = (body: string) => troops(body)[0]!;
  it.each([
    ['Germany is deploying up to 22,000 additional troops to Lithuania.', 22000, 'up to'],
    ['Lithuania will host some 4,000 German soldiers.', 4000, 'some'],
    ['Canada has about 1,000 troops in Latvia.', 1000, 'about'],
    ['The US will send around 3,000 soldiers to Poland.', 3000, 'around'],
    ['Britain will deploy roughly 900 troops to Estonia.', 900, 'roughly'],
    ['France will send approximately 500 troops to Romania.', 500, 'approximately'],
    ['Spain will deploy nearly 600 troops to Latvia.', 600, 'nearly'],
    ['Italy will send almost 1,500 soldiers to Bulgaria.', 1500, 'almost'],
    ['The Netherlands will send more than 200 troops to Lithuania.', 200, 'more than'],
    ['Norway will deploy over 100 troops to Lithuania.', 100, 'over'],
    ['Germany will station at least 4,800 soldiers in Lithuania.', 4800, 'at least'],
    ['The US will deploy as many as 10,000 troops to Poland.', 10000, 'as many as'],
    ['Denmark will send fewer than 100 soldiers to Latvia.', 100, 'fewer than'],
    ['Canada will send 300 troops to Latvia.', 300, null],
    ['Canada will send an additional 300 troops to Latvia.', 300, null],
  ])('%s', (body, n, q) => {
    expect(one(body)).toMatchObject({ troops: n, qualifier: q });
  });

  it('does not change the merge key: a hedged and a bare figure of one deployment are one fact', () => {
    const f = troops('Canada will send about 300 troops to Latvia. Canada will send 300 troops to Latvia.');
    expect(f).toHaveLength(1);
  });
});
