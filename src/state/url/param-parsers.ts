import { isUserArticleId } from '../../reviews/user-articles.ts';
import { parseViewText, roundView, sameView } from './map-view.ts';
import { notice } from './notice-text.ts';
import { MAX_LATITUDE, type MapView, type ParamRead, type UrlContext, type UrlNotice } from './url-state.ts';

/**
 * The parsers and writers the parameter table (param-table.ts) is made of. Each parser gets the
 * decoded value of a parameter that is present in the link and judges it against the loaded data.
 * Values are trimmed (`country= EE ` is what retyping a link produces), except ids, which are
 * file names and may hold spaces at either end.
 */

export function valid<T>(value: T, notices: UrlNotice[] = []): ParamRead<T> {
  return { status: 'valid', value, notices };
}

export function invalid<T>(...notices: UrlNotice[]): ParamRead<T> {
  return { status: 'invalid', notices };
}

export function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const ACTOR_CODE = /^[A-Z]{2,4}$/;

export function parseCountry(value: string, ctx: UrlContext): ParamRead<string> {
  const text = value.trim();
  const code = text.toUpperCase();
  if (!ACTOR_CODE.test(code)) return invalid(notice('country', text, 'is not a country code'));
  if (!ctx.actors.has(code)) return invalid(notice('country', text, 'is not on this map'));
  return valid(code);
}

// 2022, or an inclusive range 2022-2024 (an en dash too: people retype links from print).
const YEAR = /^\d{4}$/;
const YEAR_RANGE = /^(\d{4})\s*[-–]\s*(\d{4})$/;

/**
 * Keeps the years that exist; drops the rest with one notice. A range names the data's years
 * inside it (`2014-2024` is every year shown in that span). All years collapse to null, the default.
 */
export function parseYears(value: string, ctx: UrlContext): ParamRead<number[] | null> {
  const text = value.trim();
  if (text === '') return invalid(notice('years', '', 'is empty'));
  const kept = new Set<number>();
  const bad: string[] = [];
  for (const token of text.split(',').map((t) => t.trim())) {
    const range = YEAR_RANGE.exec(token);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      const inside = ctx.years.filter((y) => y >= Math.min(a, b) && y <= Math.max(a, b));
      if (inside.length === 0) bad.push(token);
      for (const y of inside) kept.add(y);
    } else if (YEAR.test(token) && ctx.years.includes(Number(token))) kept.add(Number(token));
    else bad.push(token);
  }
  const notices = bad.length === 0 ? [] : [notice('years', bad.join(','), bad.length === 1 ? 'is not a year on this map' : 'are not years on this map')];
  if (kept.size === 0) return invalid(...notices);
  const years = [...kept].sort((a, b) => a - b);
  return valid(years.length === ctx.years.length ? null : years, notices);
}

/** Ascending, no duplicates; a run of three or more consecutive years is written as a range. */
export function writeYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(',');
}

export function isValidYears(years: readonly number[], ctx: UrlContext): boolean {
  return years.length > 0 && years.length < ctx.years.length
    && years.every((y, i) => ctx.years.includes(y) && (i === 0 || y > years[i - 1]!));
}

export function parseView(value: string, ctx: UrlContext, param = 'view'): ParamRead<MapView | null> {
  const text = value.trim();
  const view = parseViewText(text);
  if (view === null) return invalid(notice(param, text, 'is not zoom/lat/lon'));
  if (view.zoom < ctx.minZoom || view.zoom > ctx.maxZoom) {
    return invalid(notice(param, text, `has a zoom outside ${ctx.minZoom} to ${ctx.maxZoom}`));
  }
  if (Math.abs(view.lat) > 90) return invalid(notice(param, text, 'has a latitude outside -90 to 90'));
  if (Math.abs(view.lon) > 180) return invalid(notice(param, text, 'has a longitude outside -180 to 180'));
  // Latitudes between the Mercator limit and the pole are clamped by roundView, not refused:
  // they name a real place, just one the map cannot centre on.
  const rounded = roundView(view);
  return valid(sameView(rounded, ctx.home) ? null : rounded);
}

export function isValidView(view: MapView, ctx: UrlContext): boolean {
  const { zoom, lat, lon } = view;
  if (![zoom, lat, lon].every(Number.isFinite)) return false;
  if (zoom < ctx.minZoom || zoom > ctx.maxZoom || Math.abs(lat) > MAX_LATITUDE || Math.abs(lon) > 180) return false;
  const r = roundView(view);
  return r.zoom === zoom && r.lat === lat && r.lon === lon && !sameView(view, ctx.home);
}

/** An id as written, else trimmed (a link retyped or pasted with spaces around it). */
export function parseId(param: 'fact' | 'article', value: string, known: { has(id: string): boolean }): ParamRead<string> {
  if (known.has(value)) return valid(value);
  const text = value.trim();
  if (text === '') return invalid(notice(param, '', 'is empty'));
  if (!known.has(text)) return invalid(notice(param, text, isUserArticleId(text) ? ADDED_ELSEWHERE[param] : 'is no longer on this map'));
  return valid(text);
}

// Ids of articles a user added in their browser are recognisable: such a link was not broken by
// the map changing, it was made from data this browser does not hold.
const ADDED_ELSEWHERE = { fact: 'comes from an article added in another browser', article: 'was added in another browser' } as const;

export function parseFlag(param: string, value: string): ParamRead<boolean> {
  const text = value.trim();
  if (text === '1') return valid(true);
  if (text === '0') return valid(false);
  return invalid(notice(param, text, 'is not 0 or 1'));
}

/**
 * A comma list of known tokens, kept in the canonical order; unknown ones are dropped with one
 * notice. Every token collapses to null, the default; nothing known is not a selection at all.
 */
export function parseTokenList<T>(param: string, value: string, tokens: ReadonlyArray<readonly [string, T]>): ParamRead<T[] | null> {
  const text = value.trim();
  const wanted = new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''));
  const kept = tokens.filter(([token]) => wanted.has(token));
  const bad = [...wanted].filter((t) => !tokens.some(([token]) => token === t));
  const notices = bad.length === 0 ? [] : [notice(param, bad.join(','), bad.length === 1 ? 'is not a choice here' : 'are not choices here')];
  if (kept.length === 0) return invalid(...(bad.length === 0 ? [notice(param, text, 'is empty')] : notices));
  return valid(kept.length === tokens.length ? null : kept.map(([, v]) => v), notices);
}

/** The tokens of a subset, in the canonical order; null when it is empty or everything (the default). */
export function writeTokenList<T>(list: readonly T[] | null, tokens: ReadonlyArray<readonly [string, T]>): string | null {
  if (list === null) return null;
  const kept = tokens.filter(([, v]) => list.includes(v));
  return kept.length === 0 || kept.length === tokens.length ? null : kept.map(([t]) => t).join(',');
}

/** A strict, ordered, non-empty proper subset of `all` (a full set is written as null). */
export function isProperSubset<T>(list: readonly T[], all: readonly T[]): boolean {
  if (list.length === 0 || list.length >= all.length) return false;
  return list.every((x, i) => all.includes(x) && (i === 0 || all.indexOf(x) > all.indexOf(list[i - 1]!)));
}

export function parseChoice<T extends string>(param: string, value: string, choices: readonly T[]): ParamRead<T> {
  const text = value.trim();
  const v = text.toLowerCase();
  if ((choices as readonly string[]).includes(v)) return valid(v as T);
  return invalid(notice(param, text, `is not ${choices.join(' or ')}`));
}
