import { describe, expect, it } from 'vitest';
import { curve, figureText, flowBudget, flowGeometry, flowMarks, pickMarks, SELECTED_BUDGET, type FlowMark } from './flows.ts';
import { columns, shipment, troops, commitment } from './test-factories.ts';

const javelin = { name: 'Javelin anti-tank missiles', category: 'anti-tank' as const };
const stinger = { name: 'Stinger missiles', category: 'air-defence' as const };
const rifles = { name: 'rifles', category: 'small-arms' as const };

describe('flowMarks', () => {
  it('folds arms into one mark per sender and receiver, with every fact behind it', () => {
    const list = flowMarks(columns([shipment(['EE'], ['UA'], [javelin]), shipment(['EE'], ['UA'], [stinger, javelin]), shipment(['PL', 'LV'], ['UA'], [stinger])]));
    expect(list.map((m) => [m.id, m.factIndexes.length])).toEqual([
      ['arms:EE>UA', 2],
      ['arms:LV>UA', 1],
      ['arms:PL>UA', 1],
    ]);
  });

  it('colours a mark by its most frequent category and keeps every category and item, most frequent first', () => {
    const [m] = flowMarks(columns([shipment(['CZ'], ['UA'], [rifles, rifles, stinger])]));
    expect(m!.category).toBe('small-arms');
    expect(m!.categories).toEqual(['small-arms', 'air-defence']);
    expect(m!.items).toEqual(['rifles', 'Stinger missiles']);
  });

  it('keeps one deployment to several hosts as ONE mark with one figure and its qualifier', () => {
    const t = { ...troops(['NATO'], ['NO', 'EE', 'LV', 'LT', 'PL'], 22000), qualifier: 'up to' };
    const list = flowMarks(columns([t, troops(['NATO'], ['EE'], 300), commitment(['US'], ['EE'])]));
    expect(list.map((m) => m.id)).toEqual(['troops:NATO>EE', 'troops:NATO>EE+LT+LV+NO+PL']);
    const bundle = list[1]!;
    expect(bundle.to).toEqual(['NO', 'EE', 'LV', 'LT', 'PL']);
    expect(bundle.figure).toEqual({ troops: 22000, qualifier: 'up to' });
    expect(figureText(bundle.figure!)).toBe('up to 22,000 troops');
  });

  it('ignores a sender sending to itself', () => {
    expect(flowMarks(columns([shipment(['UA'], ['UA'], [rifles])]))).toEqual([]);
  });
});

describe('pickMarks', () => {
  const many = Array.from({ length: 30 }, (_, i) => shipment([`A${String.fromCharCode(65 + (i % 26))}`.slice(0, 2)], ['UA'], [rifles]));
  const busy = [...many, ...Array.from({ length: 5 }, () => shipment(['PL'], ['UA'], [rifles])), troops(['US'], ['PL'], 1000), troops(['DE'], ['LT'], 500)];
  const marks = flowMarks(columns(busy));

  it('draws only the busiest marks of each type within the budget, and counts the rest', () => {
    const pick = pickMarks(marks, { country: null, role: null, fact: null, budget: 3 });
    const arms = pick.shown.filter((m) => m.type === 'arms_shipment');
    expect(arms).toHaveLength(3);
    expect(arms.map((m) => m.id)).toContain('arms:PL>UA');
    expect(pick.hidden.arms_shipment).toBe(marks.filter((m) => m.type === 'arms_shipment').length - 3);
    expect(pick.basis).toBe('top');
  });

  it('draws the selected country\'s own marks, on the side the role asks for', () => {
    const all = pickMarks(marks, { country: 'PL', role: null, fact: null, budget: 1 });
    expect(all.shown.map((m) => m.id)).toEqual(['arms:PL>UA', 'troops:US>PL']);
    expect(pickMarks(marks, { country: 'PL', role: 'sent', fact: null, budget: 1 }).shown.map((m) => m.id)).toEqual(['arms:PL>UA']);
    expect(pickMarks(marks, { country: 'PL', role: 'received', fact: null, budget: 1 }).shown.map((m) => m.id)).toEqual(['troops:US>PL']);
    expect(SELECTED_BUDGET).toBeGreaterThan(10);
  });

  it('draws a busy selected country\'s busiest marks within its budget and counts the rest of its own', () => {
    const senders = Array.from({ length: 30 }, (_, i) => `X${String.fromCharCode(65 + (i % 26))}${i}`);
    const many: FlowMark[] = senders.map((c, i) => ({
      id: `troops:${c}>PL`, type: 'troop_deployment', from: c, to: ['PL'], factIndexes: Array.from({ length: i + 1 }, (_, k) => k),
      category: null, categories: [], items: [], figure: null,
    }));
    const pick = pickMarks([...many, ...marks], { country: 'PL', role: null, fact: null, budget: 3 });
    const troopsShown = pick.shown.filter((m) => m.type === 'troop_deployment');
    expect(troopsShown).toHaveLength(SELECTED_BUDGET);
    // The busiest first: the senders with the most facts.
    expect(troopsShown.map((m) => m.from)).toContain(senders[29]);
    expect(troopsShown.map((m) => m.from)).not.toContain(senders[0]);
    expect(pick.hidden.troop_deployment).toBe(31 - SELECTED_BUDGET);
  });

  it('always draws the selected fact\'s mark', () => {
    const quiet = busy.length - 1;
    const pick = pickMarks(marks, { country: null, role: null, fact: quiet, budget: 1 });
    expect(pick.shown.map((m) => m.id)).toContain('troops:DE>LT');
  });

  it('grows the budget as the reader zooms in and shrinks it on a phone\'s lower zoom', () => {
    expect(flowBudget(3.75)).toBe(6);
    expect(flowBudget(4.75)).toBe(12);
    expect(flowBudget(2.9)).toBeLessThan(6);
    expect(flowBudget(2.5)).toBeGreaterThanOrEqual(3);
    expect(flowBudget(9)).toBe(60);
  });
});

describe('curve', () => {
  it('starts at the sender, stops short of the receiver and bends to the left of travel', () => {
    const { line, head, bearing } = curve([24.7, 59.4], [30.5, 50.4]);
    expect(line[0]).toEqual([24.7, 59.4]);
    expect(head[1]!).toBeGreaterThan(50.4);
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

  it('stops a given distance before the receiver (its symbol), however long the arc', () => {
    const gap = 100_000; // metres in Web Mercator
    for (const a of [[10, 50], [-20, 60]] as [number, number][]) {
      const { head } = curve(a, [30, 50], { endGap: gap });
      const toMerc = (p: number[]) => [p[0]! * 111319.49, Math.log(Math.tan(Math.PI / 4 + (p[1]! * Math.PI) / 360)) * 6378137];
      const [hx, hy] = toMerc(head);
      const [bx, by] = toMerc([30, 50]);
      expect(Math.hypot(hx! - bx!, hy! - by!)).toBeGreaterThan(gap * 0.97);
      expect(Math.hypot(hx! - bx!, hy! - by!)).toBeLessThan(gap * 1.05);
    }
  });
});

describe('flowGeometry', () => {
  const anchors: Record<string, [number, number]> = { EE: [25, 58.6], UA: [31, 49], LV: [25, 56.9], LT: [24, 55.3], NO: [9, 61], PL: [19, 52], NATO: [0, 60] };
  const anchorOf = (c: string) => anchors[c] ?? null;

  it('draws only marks whose ends have an anchor', () => {
    const marks = flowMarks(columns([shipment(['EE'], ['UA'], [javelin]), shipment(['XX'], ['UA'], [javelin])]));
    const { lines, heads } = flowGeometry(marks, anchorOf);
    expect(lines.features.map((f) => f.properties.id)).toEqual(['arms:EE>UA']);
    expect(heads.features[0]!.properties.category).toBe('anti-tank');
  });

  it('draws a multi-host deployment as one trunk, a branch and a head per host, and ONE figure label', () => {
    const t = { ...troops(['NATO'], ['NO', 'EE', 'LV', 'LT', 'PL'], 22000), qualifier: 'up to' };
    const g = flowGeometry(flowMarks(columns([t])), anchorOf);
    expect(g.lines.features.map((f) => f.properties.part)).toEqual(['trunk', 'branch', 'branch', 'branch', 'branch', 'branch']);
    expect(g.heads.features).toHaveLength(5);
    expect(g.labels.features.map((f) => f.properties.text)).toEqual(['up to 22,000 troops']);
    // Every piece carries the mark's id, so one feature state styles the whole mark.
    expect(new Set([...g.lines.features, ...g.heads.features, ...g.labels.features].map((f) => f.properties.id))).toEqual(new Set(['troops:NATO>EE+LT+LV+NO+PL']));
  });
});
