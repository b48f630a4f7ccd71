import type { ArticleMeta, Fact } from '../model/dataset.ts';
import { FACT_TYPE_INFO } from '../model/fact-types.ts';
import { TABLE_COLUMN_KEYS, type TableColumnKey, type TableSort } from '../model/table-columns.ts';
import { byDateThenPosition } from './facts.ts';
import { factWhat, sideLabel, type NameOf } from './summary.ts';
import { reviewSortValue, reviewStatusText, type FactStatus } from '../reviews/queue.ts';

/** What a cell needs besides its fact. */
export interface TableContext {
  nameOf: NameOf;
  /** The selected actor, named first in every list of actors. */
  first: string | null;
  article(id: string): ArticleMeta | undefined;
  /** Who reviewed the fact, or how sure the machine was. */
  review(f: Fact): FactStatus;
}

export interface TableColumn {
  /** The column header. */
  label: string;
  text(f: Fact, ctx: TableContext): string;
  /** What the column sorts by, when not its text. */
  sortValue?(f: Fact, ctx: TableContext): string;
  /** The cell that names the row for a screen reader (one per row). */
  rowHeader?: boolean;
}

const NONE = '—';

/**
 * Every column of the table of facts, described once: header, cell text and sort value. The
 * table, its sorting and its tests read these; adding a column is adding an entry.
 */
export const TABLE_COLUMNS: Readonly<Record<TableColumnKey, TableColumn>> = {
  type: { label: 'Type', text: (f) => FACT_TYPE_INFO[f.type].label },
  // A table is where the whole list is read: no "and 2 more".
  from: { label: 'From', text: (f, c) => (f.from.length > 0 ? sideLabel(f, 'from', c.nameOf, c.first, Infinity) : NONE) },
  to: { label: 'To', text: (f, c) => (f.to.length > 0 ? sideLabel(f, 'to', c.nameOf, c.first, Infinity) : NONE) },
  what: { label: 'What', text: (f) => factWhat(f), rowHeader: true },
  date: { label: 'Date', text: (f) => f.date },
  article: { label: 'Article', text: (f, c) => c.article(f.articleId)?.title ?? f.articleId },
  review: { label: 'Review', text: (f, c) => reviewStatusText(c.review(f)), sortValue: (f, c) => reviewSortValue(c.review(f)) },
};

export const TABLE_COLUMN_ORDER: readonly TableColumnKey[] = TABLE_COLUMN_KEYS;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

// Sorting 16,000 facts is clicked often and re-done on every flip of direction: the base order is
// kept per list of facts and each column's keys per context, so a flip costs one sort of keys.
const baseOrders = new WeakMap<readonly Fact[], Fact[]>();
const keyCaches = new WeakMap<TableContext, Map<TableColumnKey, WeakMap<Fact, string>>>();

function baseOrder(facts: readonly Fact[]): Fact[] {
  let base = baseOrders.get(facts);
  if (!base) baseOrders.set(facts, (base = [...facts].sort(byDateThenPosition)));
  return base;
}

function sortKey(f: Fact, column: TableColumnKey, ctx: TableContext): string {
  let byColumn = keyCaches.get(ctx);
  if (!byColumn) keyCaches.set(ctx, (byColumn = new Map()));
  let keys = byColumn.get(column);
  if (!keys) byColumn.set(column, (keys = new WeakMap()));
  let key = keys.get(f);
  if (key === undefined) {
    const col = TABLE_COLUMNS[column];
    // The first 80 characters decide any real order (long quotes only slow the comparison down).
    keys.set(f, (key = (col.sortValue ?? col.text)(f, ctx).slice(0, 80)));
  }
  return key;
}

/**
 * The facts in the table's order. Ties keep the panels' order (newest first, then text order);
 * sorting by date keeps each article's facts in text order either way.
 */
export function sortFacts(facts: readonly Fact[], sort: TableSort, ctx: TableContext): Fact[] {
  const base = baseOrder(facts);
  const sign = sort.descending ? -1 : 1;
  if (sort.column === 'date') {
    // Stable sort: within one date the base (text) order stays.
    return [...base].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -sign : sign));
  }
  const keyed = base.map((f, i) => ({ f, i, key: sortKey(f, sort.column, ctx) }));
  keyed.sort((a, b) => {
    // Empty cells ("—") go last whichever the direction.
    const ea = a.key === NONE;
    const eb = b.key === NONE;
    if (ea !== eb) return ea ? 1 : -1;
    return sign * collator.compare(a.key, b.key) || a.i - b.i;
  });
  return keyed.map((k) => k.f);
}

/** The rows of one page, 0-based; the last page may be short. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const from = p * size;
  const slice = rows.slice(from, from + size);
  return { rows: slice, page: p, pages, from: rows.length === 0 ? 0 : from + 1, to: from + slice.length };
}
