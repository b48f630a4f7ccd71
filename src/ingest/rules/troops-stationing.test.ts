import { describe, expect, it } from 'vitest';
import { factsOf, troops } from '../test-support';

const summary = (body: string, date?: string) => troops(body, date).map((f) => ({ from: f.from, to: f.to, troops: f.troops, unit: f.unit }));

describe('troop deployments: stationing, second clauses, adjectives, allies', () => {
  it('reads "has N troops in X"', () => {
    expect(summary('France has about 600 troops in Romania, most of them at Cincu.')[0]).toMatchObject({ from: ['FR'], to: ['RO'], troops: 600 });
  });

  it('reads a second coordinated clause with its own destination', () => {
    const f = summary('Spain will move a battalion to Slovakia and expand its rotational deployments to Latvia.');
    expect(f.map((x) => x.to)).toEqual(expect.arrayContaining([['SK'], ['LV']]));
  });

  it('reads leading a unit and dedicating a brigade', () => {
    expect(summary('Canada has led NATO\'s multinational battlegroup in Latvia since 2017.')[0]).toMatchObject({ from: ['CA'], to: ['LV'], unit: 'battlegroup' });
    expect(summary('Norway has promised to dedicate a battalion of about 800 soldiers to the defence of Finland.')[0]).toMatchObject({ from: ['NO'], to: ['FI'] });
  });

  it('takes the sender of arriving airmen from their adjective', () => {
    expect(summary('Six Spanish fighter jets and about 130 airmen arrived at a base in Lithuania this week.')[0]).toMatchObject({ from: ['ES'], to: ['LT'], troops: 130 });
  });

  it('takes the sender of a passive deployment from the previous sentence of the paragraph', () => {
    expect(summary('Canada will rotate 500 more troops to Latvia. Two squadrons of fighter jets will be sent to Poland as well.').map((x) => x.to)).toContainEqual(['PL']);
  });

  it('reads "Allies agreed to scale up the battlegroups" in a NATO story as NATO', () => {
    const f = summary('NATO leaders met in Vilnius. Allies also agreed to scale up the battlegroups in Romania to brigade level.');
    expect(f[0]).toMatchObject({ from: ['NATO'], to: ['RO'] });
  });

  it('drops undecided and resisted transfers', () => {
    const context = 'The war in Ukraine continues. ';
    for (const body of ['Belgium is considering donating some of its old F-16s to Ukraine.', 'Spain had long resisted sending tanks to Ukraine.', 'Greece said it had no intention of sending soldiers to Ukraine.']) {
      expect(factsOf(context + body).filter((f) => f.type !== 'quote')).toEqual([]);
    }
  });
});
