import type { FactType } from './dataset.ts';

/**
 * Everything the app says about a fact type, in one place: the panel, reader, tooltip, legend,
 * filters, table and exports read it here. A new type in FACT_TYPES is a compile error until it
 * is described.
 */
export interface FactTypeInfo {
  /** One fact: "Arms shipment". */
  label: string;
  /** The filter checkbox and table headings: "Arms shipments". */
  plural: string;
  /** How a link names it (`types=arms`). Part of the public link format: never change one. */
  token: string;
  /** Reader highlight and card stripe: a light fill for legible text, a strong line. */
  colour: { fill: string; line: string };
  /** How the map draws it. */
  drawn: 'arrows' | 'hatching' | 'not drawn';
}

export const TROOP_COLOR = '#1B2530';
export const COMMITMENT_COLOR = '#6A3D9A';

export const FACT_TYPE_INFO: Readonly<Record<FactType, FactTypeInfo>> = {
  arms_shipment: { label: 'Arms shipment', plural: 'Arms shipments', token: 'arms', colour: { fill: '#FBE0CC', line: '#D55E00' }, drawn: 'arrows' },
  troop_deployment: { label: 'Troop deployment', plural: 'Troop deployments', token: 'troops', colour: { fill: '#DCE3EA', line: TROOP_COLOR }, drawn: 'arrows' },
  commitment: { label: 'Commitment', plural: 'Commitments', token: 'commitments', colour: { fill: '#E6DCF0', line: COMMITMENT_COLOR }, drawn: 'hatching' },
  quote: { label: 'Quote', plural: 'Quotes', token: 'quotes', colour: { fill: '#FFF1B8', line: '#9A7B00' }, drawn: 'not drawn' },
};
