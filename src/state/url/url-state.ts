/**
 * The state a shared link carries, and what the app must know to judge a link.
 * Link format version 1; older forms are upgraded in migrations.ts, never rejected outright,
 * because links already pasted into articles and chats must keep working.
 */

export const LINK_FORMAT_VERSION = 1;

/** Longer values are never a real link: they are rejected before any parsing work is done. */
export const MAX_VALUE_LENGTH = 200;

/** Web Mercator stops here; a latitude beyond it cannot be shown. */
export const MAX_LATITUDE = 85.05;

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  country: string | null;
  /** null = all years of the dataset, the default. Never empty; ascending, no duplicates. */
  years: number[] | null;
  /** null = the home view. */
  view: MapView | null;
  fact: string | null;
  article: string | null;
  embed: boolean;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  country: null,
  years: null,
  view: null,
  fact: null,
  article: null,
  embed: false,
}) as UrlState;

export interface UrlContext {
  actors: ReadonlySet<string>;
  years: readonly number[];
  factIds: ReadonlySet<string>;
  articleIds: ReadonlySet<string>;
  minZoom: number;
  maxZoom: number;
  home: MapView;
}

/** One part of a link that was not used. `value` is already shortened and safe to show as text. */
export interface UrlNotice {
  param: string;
  value: string;
  reason: string;
}

/** The v1 parameters in the order writeUrl emits them; the order is part of the public format. */
export const URL_PARAMS = ['v', 'country', 'years', 'fact', 'article', 'view', 'embed'] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
