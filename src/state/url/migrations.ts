import { COUNTRY_BY_A3 } from '../../geo/country-codes.ts';
import { LINK_FORMAT_VERSION } from './url-state.ts';

export type LinkParams = ReadonlyMap<string, string>;

export interface Migration {
  /** Applied to links of this version and older ones. */
  from: number;
  why: string;
  migrate: (params: LinkParams) => LinkParams;
}

// The map's own table covers the countries inside its extent; allies outside it are added here.
const EXTRA_A2_BY_A3: Readonly<Record<string, string>> = { USA: 'US', CAN: 'CA' };

export function alpha3ToActor(code: string): string | null {
  const upper = code.toUpperCase();
  if (Object.hasOwn(EXTRA_A2_BY_A3, upper)) return EXTRA_A2_BY_A3[upper] ?? null;
  return Object.hasOwn(COUNTRY_BY_A3, upper) ? (COUNTRY_BY_A3[upper]?.code ?? null) : null;
}

/** Renames a key, keeping the v1 key when a link carries both (it was written later). */
function rename(params: Map<string, string>, oldKey: string, newKey: string): void {
  const value = params.get(oldKey);
  if (value === undefined) return;
  params.delete(oldKey);
  if (!params.has(newKey)) params.set(newKey, value);
}

/**
 * Version 0: the links the prototype wrote before `v` existed. They carried no version, so any
 * link without `v` goes through this step; every rewrite below leaves a v1 form unchanged, so a
 * v1 link that lost its `v` on the way still reads correctly. The prototype wrote:
 *
 *   ?c=EE                       country under a one-letter key
 *   ?country=EST  / ?c=est      ISO alpha-3 codes, as the boundary file names countries
 *   ?year=2022                  a single year
 *   ?years=all  / ?year=all     all years spelled out
 *   ?zoom=6&lat=58.6&lon=25.5   the camera as three parameters (also `lng`)
 *   ?embed=true                 embed mode as a boolean word
 */
function migrateFromV0(input: LinkParams): LinkParams {
  const params = new Map(input);
  rename(params, 'c', 'country');
  rename(params, 'year', 'years');

  const country = params.get('country')?.trim();
  if (country !== undefined && /^[A-Za-z]{3}$/.test(country)) {
    const a2 = alpha3ToActor(country);
    if (a2 !== null) params.set('country', a2);
  }

  if (params.get('years')?.trim().toLowerCase() === 'all') params.delete('years');

  const lon = params.get('lon') ?? params.get('lng');
  const parts = [params.get('zoom'), params.get('lat'), lon];
  if (parts.some((p) => p !== undefined)) {
    // An incomplete camera becomes an incomplete view, so the reader reports it like any bad view.
    if (!params.has('view')) params.set('view', parts.map((p) => p?.trim() ?? '').join('/'));
    for (const key of ['zoom', 'lat', 'lon', 'lng']) params.delete(key);
  }

  if (params.get('embed')?.trim().toLowerCase() === 'true') params.set('embed', '1');
  return params;
}

/** Ordered oldest first; a link of version N goes through every step with from >= N. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 0, why: 'prototype links without a version', migrate: migrateFromV0 },
];

/** Keys only older links use; a bad value under one of them still deserves a notice. */
export const LEGACY_PARAMS: ReadonlySet<string> = new Set(['c', 'year', 'zoom', 'lat', 'lon', 'lng']);

export function migrateParams(params: LinkParams, fromVersion: number): LinkParams {
  let current = params;
  for (const step of MIGRATIONS) {
    if (step.from >= fromVersion && step.from < LINK_FORMAT_VERSION) current = step.migrate(current);
  }
  return current;
}
