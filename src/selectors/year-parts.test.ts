import { describe, expect, it } from 'vitest';
import { activityInYears, partsByYear, yearParts } from './year-parts.ts';
import { columns, commitment, quote, shipment, troops } from './test-factories.ts';

const rifles = { name: 'rifles', category: 'small-arms' as const };
const tanks = { name: 'tanks', category: 'armour' as const };

describe('year parts', () => {
  const data = columns([
    shipment(['PL'], ['UA'], [rifles, tanks]),
    shipment(['PL'], ['UA'], [rifles]),
    { ...troops(['NATO'], ['EE', 'NATO'], 500), qualifier: 'up to' },
    troops(['NATO'], ['EE'], 900),
    commitment(['US'], ['EE', 'LV']),
    quote('Kaja Kallas', ['EE'], ['EE']),
  ]);

  it('sums each year once: marks with their facts, item tallies and the largest figure', () => {
    const parts = yearParts(data);
    expect([...parts.keys()]).toEqual([2022, 2024]);
    const y2022 = parts.get(2022)!;
    const arms = y2022.marks.get('arms:PL>UA')!;
    expect(arms.factIndexes).toEqual([0, 1]);
    expect(arms.itemNames).toEqual(['rifles', 'tanks']);
    expect(arms.itemCounts).toEqual([2, 1]);
    expect(y2022.marks.get('troops:NATO>EE')!.figure).toEqual({ troops: 900, qualifier: null });
    expect(y2022.shipments.get('UA')).toBe(2);
    expect(yearParts(data)).toBe(parts);
  });

  it('counts an actor once per fact, whichever side it is on', () => {
    const y2022 = partsByYear(data, [2, 3]).get(2022)!;
    expect(y2022.counts.get('NATO')).toEqual({ arms_shipment: 0, troop_deployment: 2, commitment: 0, quote: 0 });
    expect(activityInYears(data, null)).toEqual(new Map([['PL', 2], ['UA', 2], ['NATO', 2], ['EE', 4], ['US', 1], ['LV', 1]]));
    expect(activityInYears(data, [2024])).toEqual(new Map([['US', 1], ['EE', 2], ['LV', 1]]));
  });
});
