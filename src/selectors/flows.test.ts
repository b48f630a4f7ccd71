import { describe, expect, it } from 'vitest';
import { curve, flowFeatures, flows } from './flows.ts';
import { shipment, troops, commitment } from './test-factories.ts';

const javelin = { name: 'Javelin anti-tank missiles', category: 'anti-tank' as const };
const stinger = { name: 'Stinger missiles', category: 'air-defence' as const };
const rifles = { name: 'rifles', category: 'small-arms' as const };

describe('flows', () => {
  it('folds facts into one arrow per type, sender and receiver, with a count', () => {
    const list = flows([shipment(['EE'], ['UA'], [javelin]), shipment(['EE'], ['UA'], [stinger, javelin]), shipment(['PL', 'LV'], ['UA'], [stinger])]);
    expect(list.map((f) => [f.id, f.factIds.length])).toEqual([
      ['arms:EE>UA', 2],
      ['arms:LV>UA', 1],
      ['arms:PL>UA', 1],
    ]);
  });

  it('colours an arrow by its most frequent item category', () => {
    const [f] = flows([shipment(['CZ'], ['UA'], [rifles, rifles, stinger])]);
    expect(f!.category).toBe('small-arms');
    expect(f!.items).toEqual(['rifles', 'Stinger missiles']);
  });

  it('keeps troop deployments apart and reports the figure and how many hosts share it', () => {
    const list = flows([troops(['NATO'], ['EE', 'LV', 'LT', 'PL', 'NO'], 22000), commitment(['US'], ['EE'])]);
    expect(list).toHaveLength(5);
    expect(list.every((f) => f.type === 'troop_deployment' && f.troops === 22000 && f.sharedBy === 5)).toBe(true);
  });

  it('ignores a sender sending to itself', () => {
    expect(flows([shipment(['UA'], ['UA'], [rifles])])).toEqual([]);
  });
});

describe('curve', () => {
  it('starts at the sender, stops short of the receiver and bends to the left of travel', () => {
    const { line, head, bearing } = curve([24.7, 59.4], [30.5, 50.4]);
    expect(line[0]).toEqual([24.7, 59.4]);
    expect(head[1]!).toBeGreaterThan(50.4);
    // Travelling south-south-east, "left" is east: the middle of the arc lies east of the chord.
    const mid = line[Math.floor(line.length / 2)]!;
    expect(mid[0]!).toBeGreaterThan((24.7 + 30.5) / 2);
    expect(bearing).toBeGreaterThan(90);
    expect(bearing).toBeLessThan(180 + 45);
  });

  it('bends A→B and B→A to opposite sides', () => {
    const ab = curve([10, 50], [30, 50]).line;
    const ba = curve([30, 50], [10, 50]).line;
    const midAb = ab[Math.floor(ab.length / 2)]!;
    const midBa = ba[Math.floor(ba.length / 2)]!;
    expect(Math.sign(midAb[1]! - 50)).toBe(-Math.sign(midBa[1]! - 50));
  });
});

describe('flowFeatures', () => {
  it('draws only flows whose both ends have an anchor', () => {
    const list = flows([shipment(['EE'], ['UA'], [javelin]), shipment(['XX'], ['UA'], [javelin])]);
    const anchors: Record<string, [number, number]> = { EE: [25, 58.6], UA: [31, 49] };
    const { lines, heads } = flowFeatures(list, (c) => anchors[c] ?? null);
    expect(lines.features.map((f) => f.properties.id)).toEqual(['arms:EE>UA']);
    expect(heads.features[0]!.properties.category).toBe('anti-tank');
  });
});
