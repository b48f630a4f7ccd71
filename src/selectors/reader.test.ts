import { describe, expect, it } from 'vitest';
import { nextFact, segments } from './reader.ts';
import { shipment, quote } from './test-factories.ts';

const text = 'One. Two sentences here. Three.';
const a = { ...shipment(['EE'], ['UA'], []), id: 'a', evidence: [{ start: 5, end: 24 }] };
const b = { ...quote('X', ['US'], []), id: 'b', evidence: [{ start: 5, end: 24 }, { start: 25, end: 31 }] };

describe('segments', () => {
  it('covers the whole text and marks which facts each run belongs to', () => {
    const segs = segments(text, [a, b]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['One. ', 'Two sentences here.', ' ', 'Three.']);
    expect(segs.map((s) => s.factIds)).toEqual([[], ['a', 'b'], [], ['b']]);
    expect(segs[1]!.types).toEqual(['arms_shipment', 'quote']);
  });

  it('returns one plain run for an article without facts', () => {
    expect(segments(text, [])).toEqual([{ start: 0, end: text.length, factIds: [], types: [] }]);
  });

  it('cycles through the facts of a run on repeated clicks', () => {
    const [, both] = segments(text, [a, b]);
    expect(nextFact(both!, null)).toBe('a');
    expect(nextFact(both!, 'a')).toBe('b');
    expect(nextFact(both!, 'b')).toBe('a');
  });
});
