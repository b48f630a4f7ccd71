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

/** At most this many chips, the last one being "+N more" when there are more actors than fit. */
export const MAX_CHIPS = 6;

/**
 * How many actors get their own chip, and how many sit behind "+N more" (whose chip is at index
 * `docked`): all of them when they fit, else MAX_CHIPS − 1 and the rest.
 */
export function chipLayout(actors: number): { docked: number; more: number } {
  if (actors <= MAX_CHIPS) return { docked: actors, more: 0 };
  return { docked: MAX_CHIPS - 1, more: actors - (MAX_CHIPS - 1) };
}

/** The chip index an actor's arrows start from: its own chip, or "+N more" for the rest. */
export function chipIndexOf(codes: readonly string[], code: string): number {
  const i = codes.indexOf(code);
  if (i < 0) return -1;
  const { docked } = chipLayout(codes.length);
  return Math.min(i, docked);
}
