import { describe, expect, it } from 'vitest';
import { commitments } from '../test-support';

const summary = (body: string) => commitments(body).map((f) => ({ from: f.from, to: f.to, kind: f.kind }));

describe('commitments said with a noun or a passive', () => {
  it('reads "the commitment of X to Y" and "X\'s commitment to the defence of Y"', () => {
    expect(summary('The visit underlined the commitment of France to Romania during the crisis.')).toContainEqual({ from: ['FR'], to: ['RO'], kind: 'assurance' });
    expect(summary('Officials praised Canada\'s lasting commitment to the defence of Latvia.')).toContainEqual({ from: ['CA'], to: ['LV'], kind: 'assurance' });
  });

  it('keeps every coordinated object of a commitment: "and the defence of", "including", a head noun between', () => {
    expect(summary('Norway’s commitment to NATO and the defence of its Baltic states was clear.')).toContainEqual({ from: ['NO'], to: ['EE', 'LT', 'LV', 'NATO'], kind: 'assurance' });
    expect(summary('Denmark reaffirmed its commitment to its NATO allies, including Latvia and Estonia.').map((f) => f.to)).toContainEqual(['EE', 'LV', 'NATO']);
  });

  it('skips doubted or negated commitments', () => {
    expect(summary('Critics questioned the commitment of Hungary to Slovakia.')).toEqual([]);
    expect(summary('There was no commitment of Italy to Bulgaria in the text.')).toEqual([]);
  });

  it('reads passive training with a place as the trainer', () => {
    expect(summary('Ukrainian tank crews are being trained on Leopard tanks in Poland.')).toContainEqual({ from: ['PL'], to: ['UA'], kind: 'training' });
    expect(summary('Ukrainian pilots will not be trained in Denmark this year.')).toEqual([]);
    expect(summary('Ukrainian pilots will be trained at Fort Sill.')).toEqual([]);
  });
});
