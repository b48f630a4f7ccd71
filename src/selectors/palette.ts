import type { ItemCategory } from '../model/dataset.ts';

/**
 * Arms category colours, chosen so that every pair stays clearly apart (CIEDE2000 ≥ 15) for
 * normal vision and under protanopia, deuteranopia and tritanopia simulations, and stands off the
 * land, the sea and the troop colour (palette.test.ts checks all of it). Hue is never the only
 * cue: each category also has a letter, shown in the legend and the tooltip.
 */
export const CATEGORY_COLOR: Record<ItemCategory, string> = {
  'anti-tank': '#CF1000',
  'air-defence': '#194DCD',
  'small-arms': '#147D4C',
  artillery: '#DB8C28',
  armour: '#8A7894',
  ammunition: '#4F86DF',
  other: '#5A5D61',
};

export const CATEGORY_LABEL: Record<ItemCategory, string> = {
  'anti-tank': 'Anti-tank',
  'air-defence': 'Air defence',
  'small-arms': 'Small arms',
  artillery: 'Artillery',
  armour: 'Armour',
  ammunition: 'Ammunition',
  other: 'Other / unspecified',
};

/** One letter per category, for readers who cannot tell the colours apart (legend, tooltip). */
export const CATEGORY_LETTER: Record<ItemCategory, string> = {
  'anti-tank': 'A',
  'air-defence': 'D',
  'small-arms': 'S',
  artillery: 'G',
  armour: 'T',
  ammunition: 'M',
  other: 'O',
};

export { TROOP_COLOR, COMMITMENT_COLOR } from '../model/fact-types.ts';
export const NATO_COLOR = '#0B3D91';
/** Base map colours the marks must stand out from (app/map/base-style.ts draws with them). */
export const LAND_COLOR = '#E3E0D8';
export const SEA_COLOR = '#C9D9E6';
/** Ring colours of the proportional symbols: arms received (circles) and troops hosted (squares). */
export const SYMBOL_COLOR = { arms: '#8C2D04', troops: '#1B2530' } as const;
