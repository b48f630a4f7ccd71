import { describe, expect, it } from 'vitest';
import { arms } from '../test-support';

const summary = (body: string) => arms(body).map((f) => ({ from: f.from, to: f.to, rule: f.rule, items: f.items.map((i) => `${i.name}/${i.category}`) }));

describe('package contents carried from an earlier sentence', () => {
  it('takes the sender from the package adjective', () => {
    expect(summary('The war in Ukraine goes on. The Norwegian package includes mortars and spare parts.')).toEqual([
      { from: ['NO'], to: ['UA'], rule: 'arms.package', items: ['mortars/artillery', 'spare parts/other'] },
    ]);
  });

  it('takes the sender from whoever announced the package, across a paragraph break', () => {
    const body = 'Canada will give Ukraine four howitzers as part of a new military aid package, the minister said.\n\n'
      + 'The package also includes additional ammunition for the M777 and 8,000 rounds of 155mm ammunition, according to officials.';
    expect(summary(body).find((f) => f.rule === 'arms.package')).toEqual({
      from: ['CA'], to: ['UA'], rule: 'arms.package', items: ['M777 ammunition/ammunition', '155mm ammunition/ammunition'],
    });
    const second = 'The war in Ukraine goes on. Meanwhile, Italy has delivered drones to Ukraine, and Spain announced a new package of military aid. The aid comprises Hawk launchers.';
    expect(summary(second).find((f) => f.rule === 'arms.package')?.from).toEqual(['ES']);
  });

  it('needs equipment and an owner', () => {
    expect(arms('The war in Ukraine goes on. The package also includes $500 million in budget support.')).toEqual([]);
    expect(arms('The weather was bad. The package includes howitzers.')).toEqual([]);
    expect(arms('The war in Ukraine goes on. The Danish package does not include tanks.')).toEqual([]);
  });

  it('allows a worth appositive and drops a package that only could include', () => {
    const body = 'Finland announced its 20th package on Friday. Its latest package, worth €200 million, includes mortars.';
    expect(summary('The war in Ukraine goes on. ' + body)[0]).toMatchObject({ from: ['FI'], rule: 'arms.package', items: ['mortars/artillery'] });
    expect(arms('The war in Ukraine goes on. The Danish package could include tanks.')).toEqual([]);
  });
});
