import { describe, expect, it } from 'vitest';
import { chipAnchor, chipIndexOf, chipLayout, CHIP_DOCK, MAX_CHIPS } from './chip-dock.ts';

describe('the chip dock', () => {
  it('gives every actor a chip while they fit, else MAX_CHIPS − 1 and a "+N more" chip', () => {
    expect(chipLayout(3)).toEqual({ docked: 3, more: 0 });
    expect(chipLayout(MAX_CHIPS)).toEqual({ docked: MAX_CHIPS, more: 0 });
    expect(chipLayout(MAX_CHIPS + 3)).toEqual({ docked: MAX_CHIPS - 1, more: 4 });
  });

  it('starts the arrows of actors behind "+N more" at that chip', () => {
    const codes = ['US', 'NATO', 'EU', 'CA', 'TR', 'JP', 'AU', 'KR'];
    expect(chipIndexOf(codes, 'NATO')).toBe(1);
    expect(chipIndexOf(codes, 'AU')).toBe(MAX_CHIPS - 1);
    expect(chipIndexOf(codes, 'XX')).toBe(-1);
    expect(chipAnchor(1)).toEqual([CHIP_DOCK.left + CHIP_DOCK.width, CHIP_DOCK.top + CHIP_DOCK.height + CHIP_DOCK.gap + CHIP_DOCK.height / 2]);
  });
});
