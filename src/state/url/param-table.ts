/**
 * The link format, one row per parameter (after owid-grapher's typed query params): how each key
 * is parsed (valid / invalid / missing is decided by the reader), written, compared, checked
 * against the loaded data, and whether changing it is a new history entry. read-url, write-url,
 * valid-state and history-mode iterate this table instead of naming keys, so a new key of UrlState
 * is a compile error here until it has a row, and then works everywhere.
 */
import { formatView, roundView, sameView } from './map-view.ts';
import { notice } from './notice-text.ts';
import {
  isProperSubset,
  isValidView,
  isValidYears,
  parseChoice,
  parseCountry,
  parseFlag,
  parseId,
  parseTokenList,
  parseView,
  parseYears,
  sameList,
  writeTokenList,
  writeYears,
} from './param-parsers.ts';
import { FACT_TYPES, ITEM_CATEGORIES } from '../../model/dataset.ts';
import { DEFAULT_TABLE_SORT, TABLE_COLUMN_KEYS, type TableColumnKey, type TableSort } from '../../model/table-columns.ts';
import {
  ACTOR_ROLES,
  REVIEW_FILTERS,
  TYPE_TOKENS,
  type ParamRead,
  type ParamSpec,
  type ParamTable,
  type UrlParam,
  type UrlState,
} from './url-state.ts';

const TYPE_TOKEN_LIST = FACT_TYPES.map((t) => [TYPE_TOKENS[t], t] as const);
const CATEGORY_TOKEN_LIST = ITEM_CATEGORIES.map((c) => [c, c] as const);

const same = <T>(a: T, b: T): boolean => a === b;

const isDefaultSort = (sort: TableSort): boolean => sort.column === DEFAULT_TABLE_SORT.column && sort.descending === DEFAULT_TABLE_SORT.descending;

/** `sort=from` (A to Z) or `sort=-from` (Z to A), for a column of the table; the default order is null. */
function parseSort(text: string): ParamRead<TableSort | null> {
  const descending = text.startsWith('-');
  const column = (descending ? text.slice(1) : text).toLowerCase();
  if (!(TABLE_COLUMN_KEYS as readonly string[]).includes(column)) return { status: 'invalid', notices: [notice('sort', text, 'is not a column of the table')] };
  const sort = { column: column as TableColumnKey, descending };
  return { status: 'valid', value: isDefaultSort(sort) ? null : sort, notices: [] };
}

/** `1` when on; off is the default and left out. */
function flag(param: string): ParamSpec<boolean> {
  return {
    parse: (text) => parseFlag(param, text),
    write: (on) => (on ? '1' : null),
    history: 'push',
    same,
    isValid: (v) => typeof v === 'boolean',
  };
}

/** One of a few words, or null (the default, left out). */
function choice<T extends string>(param: string, choices: readonly T[]): ParamSpec<T | null> {
  return {
    parse: (text) => parseChoice(param, text, choices),
    write: (v) => v,
    history: 'push',
    same,
    isValid: (v) => v === null || choices.includes(v),
  };
}

/**
 * The rows, in the order a link writes them: that order is part of the public format (equal states
 * give equal links), so new keys go where they read best and existing ones never move.
 */
export const PARAMS: ParamTable = {
  country: {
    parse: parseCountry,
    write: (code) => code,
    history: 'push',
    same,
    isValid: (code, ctx) => code === null || ctx.actors.has(code),
  },
  years: {
    parse: parseYears,
    // An empty selection would read back as "all years"; it is written as that default.
    write: (years, ctx) => {
      if (years === null) return null;
      const sorted = [...new Set(years)].sort((a, b) => a - b);
      return sorted.length === 0 || sameList(sorted, ctx.years) ? null : writeYears(sorted);
    },
    history: 'push',
    same: sameList,
    isValid: (years, ctx) => years === null || isValidYears(years, ctx),
  },
  types: {
    parse: (text) => parseTokenList('types', text, TYPE_TOKEN_LIST),
    write: (types) => writeTokenList(types, TYPE_TOKEN_LIST),
    history: 'push',
    same: sameList,
    isValid: (types) => types === null || isProperSubset(types, FACT_TYPES),
  },
  cats: {
    parse: (text) => parseTokenList('cats', text, CATEGORY_TOKEN_LIST),
    write: (cats) => writeTokenList(cats, CATEGORY_TOKEN_LIST),
    history: 'push',
    same: sameList,
    isValid: (cats) => cats === null || isProperSubset(cats, ITEM_CATEGORIES),
  },
  role: choice('role', ACTOR_ROLES),
  fact: {
    parse: (text, ctx) => parseId('fact', text, ctx.facts),
    write: (id) => id,
    history: 'push',
    same,
    isValid: (id, ctx) => id === null || ctx.facts.has(id),
  },
  article: {
    parse: (text, ctx) => parseId('article', text, ctx.articleIds),
    write: (id) => id,
    history: 'push',
    same,
    isValid: (id, ctx) => id === null || ctx.articleIds.has(id),
  },
  view: {
    parse: parseView,
    write: (view, ctx) => (view === null || sameView(view, ctx.home) ? null : formatView(roundView(view))),
    // Panning and zooming would flood history: the camera only updates the current entry.
    history: 'replace',
    same: sameView,
    isValid: (view, ctx) => view === null || isValidView(view, ctx),
  },
  table: flag('table'),
  sort: {
    parse: parseSort,
    write: (sort) => (sort === null || isDefaultSort(sort) ? null : `${sort.descending ? '-' : ''}${sort.column}`),
    // Re-sorting the table is a way of looking, like panning: it updates the entry, Back skips it.
    history: 'replace',
    same: (a, b) => a?.column === b?.column && a?.descending === b?.descending,
    isValid: (sort) => sort === null || (TABLE_COLUMN_KEYS.includes(sort.column) && typeof sort.descending === 'boolean' && !isDefaultSort(sort)),
  },
  review: choice('review', REVIEW_FILTERS),
  rejected: flag('rejected'),
  embed: flag('embed'),
};

/** The state's keys in the order links write them. */
export const PARAM_KEYS = Object.keys(PARAMS) as ReadonlyArray<keyof UrlState>;

/** Every v1 parameter, `v` first. */
export const URL_PARAMS: readonly UrlParam[] = ['v', ...PARAM_KEYS];

/**
 * Calls `fn` once per row with the key and its spec typed together, so callers can read and write
 * `UrlState[K]` without casts.
 */
export function forEachParam(fn: <K extends keyof UrlState>(key: K, spec: ParamSpec<UrlState[K]>) => void): void {
  for (const key of PARAM_KEYS) fn(key, PARAMS[key] as ParamSpec<UrlState[typeof key]>);
}
