import { describe, expect, it } from 'vitest';
import { commitments } from '../test-support';

const context = 'The war in Ukraine continues. ';
const summary = (body: string) => commitments(context + body).map((f) => ({ from: f.from, to: f.to, kind: f.kind }));

describe('"the same commitment" copies the previous sentence\'s one commitment', () => {
  it('gives it to the new subject', () => {
    const out = summary('Ireland has pledged money for the shells. Austria and Malta have made the same commitment.');
    expect(out).toContainEqual({ from: ['IE'], to: ['UA'], kind: 'aid' });
    expect(out).toContainEqual({ from: ['AT', 'MT'], to: ['UA'], kind: 'aid' });
    expect(summary('Ireland has pledged money for the shells. Cyprus has done the same.')).toContainEqual({ from: ['CY'], to: ['UA'], kind: 'aid' });
  });

  it('copies nothing when the previous sentence has no single commitment', () => {
    expect(summary('Ministers met in Oslo. Austria has made the same commitment.').filter((f) => f.from.includes('AT'))).toEqual([]);
  });
});
