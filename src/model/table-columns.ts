/**
 * The columns of the table of facts, by key. A key is also how a link names the column it is
 * sorted by, so keys are never renamed. A new column is one key here and one description in
 * src/selectors/fact-table.ts (the compiler asks for it).
 */
export const TABLE_COLUMN_KEYS = ['type', 'from', 'to', 'what', 'date', 'article', 'review'] as const;
export type TableColumnKey = (typeof TABLE_COLUMN_KEYS)[number];

export interface TableSort {
  column: TableColumnKey;
  descending: boolean;
}

/** Newest first, as the panels list facts. */
export const DEFAULT_TABLE_SORT: TableSort = Object.freeze({ column: 'date', descending: true });
