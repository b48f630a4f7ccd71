import { describe, expect, it } from 'vitest';
import { ITEM_CATEGORIES } from '../model/dataset.ts';
import { CATEGORY_COLOR, CATEGORY_LETTER, LAND_COLOR, SEA_COLOR, TROOP_COLOR } from './palette.ts';
import { closestPair, perceivedDistance, simulate, VISIONS, parseHex } from './colour-vision.ts';

describe('the arms category palette', () => {
  it.each(VISIONS)('keeps every pair of categories apart under %s (CIEDE2000 ≥ 15)', (vision) => {
    const { a, b, distance } = closestPair(CATEGORY_COLOR, vision);
    expect(distance, `${a} and ${b} under ${vision}`).toBeGreaterThanOrEqual(15);
  });

  it.each(VISIONS)('keeps every category off the troop colour, the land and the sea under %s', (vision) => {
    for (const c of ITEM_CATEGORIES) {
      expect(perceivedDistance(CATEGORY_COLOR[c], TROOP_COLOR, vision), `${c} vs troops`).toBeGreaterThanOrEqual(11);
      expect(perceivedDistance(CATEGORY_COLOR[c], LAND_COLOR, vision), `${c} vs land`).toBeGreaterThanOrEqual(25);
      expect(perceivedDistance(CATEGORY_COLOR[c], SEA_COLOR, vision), `${c} vs sea`).toBeGreaterThanOrEqual(20);
    }
  });

  it('gives every category its own letter', () => {
    expect(new Set(Object.values(CATEGORY_LETTER)).size).toBe(ITEM_CATEGORIES.length);
  });

  it('the check can fail: Okabe–Ito vermillion and orange come close under deuteranopia', () => {
    expect(perceivedDistance('#D55E00', '#E69F00', 'deuteranopia')).toBeLessThan(15);
  });
});

describe('colour-vision simulation', () => {
  it('leaves black, white and grey unchanged and collapses red/green for deuteranopia', () => {
    for (const v of VISIONS) {
      expect(simulate([0, 0, 0], v).map(Math.round)).toEqual([0, 0, 0]);
      expect(simulate([255, 255, 255], v).map(Math.round)).toEqual([255, 255, 255]);
    }
    const red = perceivedDistance('#FF0000', '#00A000', 'normal');
    const redDeut = perceivedDistance('#FF0000', '#00A000', 'deuteranopia');
    expect(redDeut).toBeLessThan(red / 2);
    expect(parseHex('#0B3D91')).toEqual([11, 61, 145]);
  });
});
