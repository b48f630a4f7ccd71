/**
 * Where the chips of off-map actors (the US, NATO, the EU) sit on the map, in pixels from the
 * map's top-left corner. Shared by the chips, which draw there, and the map, whose arrows start
 * at each chip's right edge: one layout, so the two cannot drift apart.
 */
export const CHIP_DOCK = { left: 12, top: 12, width: 168, height: 34, gap: 8 } as const;

export function chipAnchor(index: number): [number, number] {
  const { left, top, width, height, gap } = CHIP_DOCK;
  return [left + width, top + index * (height + gap) + height / 2];
}

/** At most this many chips: past it, the rest are reachable through "Find a country". */
export const MAX_CHIPS = 6;
