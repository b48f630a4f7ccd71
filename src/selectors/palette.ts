import type { FactType, ItemCategory } from '../model/dataset.ts';

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

export const TROOP_COLOR = '#1B2530';
export const COMMITMENT_COLOR = '#6A3D9A';
export const NATO_COLOR = '#0B3D91';

/** Highlight colours in the reader: a light fill for legible text and a strong underline. */
export const FACT_TYPE_STYLE: Record<FactType, { fill: string; line: string }> = {
  arms_shipment: { fill: '#FBE0CC', line: '#D55E00' },
  troop_deployment: { fill: '#DCE3EA', line: TROOP_COLOR },
  commitment: { fill: '#E6DCF0', line: COMMITMENT_COLOR },
  quote: { fill: '#FFF1B8', line: '#9A7B00' },
};
