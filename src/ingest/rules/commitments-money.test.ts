import { describe, expect, it } from 'vitest';
import { arms, commitments } from '../test-support';

const context = 'The war in Ukraine continues. ';
const summary = (body: string) => commitments(context + body).map((f) => ({ from: f.from, to: f.to, kind: f.kind }));

describe('commitments: money, passive training, coalitions', () => {
  it('reads money pledges as aid to the country at war', () => {
    expect(summary('Sweden, Finland and Austria have pledged money for the shells.')).toContainEqual({ from: ['AT', 'FI', 'SE'], to: ['UA'], kind: 'aid' });
    expect(summary('Portugal said it would contribute €50 million.')).toContainEqual({ from: ['PT'], to: ['UA'], kind: 'aid' });
  });

  it('reads an agreed assistance package', () => {
    expect(summary('NATO leaders met in Rome. Allies agreed a new Assistance Package for Moldova.')).toContainEqual({ from: ['NATO'], to: ['MD'], kind: 'aid' });
  });

  it('takes the trainer of a passive training sentence from its place', () => {
    expect(summary('The training of Ukrainian artillery crews is to begin in France next month.')).toContainEqual({ from: ['FR'], to: ['UA'], kind: 'training' });
  });

  it('keeps every leader of a coalition as the actor', () => {
    expect(summary('A coalition led by Norway and the Netherlands is training Ukrainian pilots.')).toContainEqual({ from: ['NL', 'NO'], to: ['UA'], kind: 'training' });
  });

  it('skips a relative clause about someone else when finding the sender', () => {
    expect(arms(context + 'Romania, which had urged Berlin for months, has already pledged 20 howitzers.').map((f) => f.from)).toEqual([['RO']]);
  });

  it('reads a second pledge in a coordinated clause', () => {
    const body = 'The war in Ukraine goes on. Spain and Italy have pledged money for the purchase, and Austria said it would contribute €50 million.';
    expect(commitments(body).map((c) => c.from).sort()).toEqual([['AT'], ['ES', 'IT']]);
  });
});
