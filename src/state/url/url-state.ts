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

/**
 * The longest ids the ingest writes (src/ingest/ids.ts: MAX_FACT_ID, MAX_ARTICLE_ID), in UTF-16
 * units like MAX_VALUE_LENGTH. The codec must carry every id the data can hold: a link the app
 * writes on "Read in article" has to reopen, so these stay below MAX_VALUE_LENGTH (tested).
 */
export const MAX_FACT_ID_LENGTH = 120;
export const MAX_ARTICLE_ID_LENGTH = 80;

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

/** Where a fact lives: the article it was read in and the year it is shown under. */
export interface FactHome {
  article: string;
  year: number;
}

/** Where each fact lives, looked up by id (a Map will do; the app looks facts up in its columns). */
export interface FactHomes {
  get(id: string): FactHome | undefined;
  has(id: string): boolean;
}

/** What a link is judged against: built from the LOADED data and boundaries, never from a failed load. */
export interface UrlContext {
  actors: ReadonlySet<string>;
  /** The dataset's years, ascending. */
  years: readonly number[];
  facts: FactHomes;
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

/** A link parameter: the format version or one of the state's keys (each is written under its own name). */
export type UrlParam = 'v' | keyof UrlState;

/**
 * What reading one parameter gave: it was not in the link; it was there but nothing of it could be
 * used; or a value, possibly with notices for the parts that were dropped (`years=2022,abc`).
 */
export type ParamRead<T> =
  | { status: 'missing' }
  | { status: 'invalid'; notices: UrlNotice[] }
  | { status: 'valid'; value: T; notices: UrlNotice[] };

/** One parameter of the link format, described once: the table in param-table.ts holds one per key. */
export interface ParamSpec<T> {
  /** The parameter's decoded value, present in the link, judged against the loaded data. */
  parse(text: string, ctx: UrlContext): ParamRead<T>;
  /** The value as written in the link (before percent-encoding); null leaves it out as the default. */
  write(value: T, ctx: UrlContext): string | null;
  /** A change of this key is a step Back should undo ('push') or only updates the current entry. */
  history: 'push' | 'replace';
  /** Equal as the link sees it (a view within rounding, years in new arrays). */
  same(a: T, b: T): boolean;
  /** Whether parse could have returned this value for this data. */
  isValid(value: T, ctx: UrlContext): boolean;
}

/** Typed over every key of UrlState: a new key without a row here is a compile error. */
export type ParamTable = { readonly [K in keyof UrlState]: ParamSpec<UrlState[K]> };
