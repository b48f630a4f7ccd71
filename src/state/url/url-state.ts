/**
 * The state a shared link carries, and what the app must know to judge a link.
 * Link format version 1; older forms are upgraded in migrations.ts, never rejected outright,
 * because links already pasted into articles and chats must keep working.
 */

import type { FactType, ItemCategory } from '../../model/dataset.ts';
import { FACT_TYPE_INFO } from '../../model/fact-types.ts';
import type { TableSort } from '../../model/table-columns.ts';

/** Fact types as a link writes them (`types=arms,troops`). */
export const TYPE_TOKENS: Readonly<Record<FactType, string>> = Object.fromEntries(
  Object.entries(FACT_TYPE_INFO).map(([t, info]) => [t, info.token]),
) as Record<FactType, string>;

export const LINK_FORMAT_VERSION = 1;


/** Whose side of a fact the selected country is on: it sent (from) or it received (to). */
export type ActorRole = 'sent' | 'received';
export const ACTOR_ROLES: readonly ActorRole[] = ['sent', 'received'];

/** Review filter: facts a person has confirmed or edited, or those only the machine has seen. */
export type ReviewFilter = 'reviewed' | 'pending';
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['reviewed', 'pending'];

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
  /** null = every fact type. Never empty; in the order of FACT_TYPES. */
  types: FactType[] | null;
  /** null = every arms category. Never empty; in the order of ITEM_CATEGORIES. */
  cats: ItemCategory[] | null;
  /** null = both sides of the selected country's facts. */
  role: ActorRole | null;
  fact: string | null;
  article: string | null;
  /** The table of facts is open. */
  table: boolean;
  /** The table's order; null = by date, newest first. Written `sort=from` (A to Z) or `sort=-from` (Z to A). */
  sort: TableSort | null;
  /** null = reviewed and unreviewed facts alike. */
  review: ReviewFilter | null;
  /** Rejected facts are shown, struck through. */
  rejected: boolean;
  embed: boolean;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  country: null,
  years: null,
  view: null,
  types: null,
  cats: null,
  role: null,
  fact: null,
  article: null,
  table: false,
  sort: null,
  review: null,
  rejected: false,
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
export const URL_PARAMS = ['v', 'country', 'years', 'types', 'cats', 'role', 'fact', 'article', 'view', 'table', 'sort', 'review', 'rejected', 'embed'] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
