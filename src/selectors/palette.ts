import type { ItemCategory } from '../model/dataset.ts';

/**
 * Colours from the Okabe–Ito palette, designed to stay distinct for the common forms of colour
 * blindness (Okabe & Ito, "Color Universal Design", 2008). Shared by the map, legend and reader.
 */
export const CATEGORY_COLOR: Record<ItemCategory, string> = {
  'anti-tank': '#D55E00',
  'air-defence': '#0072B2',
  'small-arms': '#009E73',
  artillery: '#E69F00',
  armour: '#CC79A7',
  ammunition: '#56B4E9',
  other: '#6E6E6E',
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

export { TROOP_COLOR, COMMITMENT_COLOR } from '../model/fact-types.ts';
export const NATO_COLOR = '#0B3D91';
