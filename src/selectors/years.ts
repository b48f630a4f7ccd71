import type { ArticleList } from '../model/dataset.ts';
import { memoLast } from './memo.ts';

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The years the articles were published in, ascending: each one becomes a layer to toggle. Asked
 * for by every panel on every render, so it is worked out once per dataset.
 */
export const datasetYears = memoLast((data: ArticleList): readonly number[] => [...new Set(data.articles.map((a) => yearOf(a.date)))].sort((a, b) => a - b));

/** The years shown: `null` in the state means all of them. */
export function shownYears(selected: readonly number[] | null, all: readonly number[]): number[] {
  if (!selected) return [...all];
  return all.filter((y) => selected.includes(y));
}
