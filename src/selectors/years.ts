import type { FactIndex } from '../model/dataset.ts';

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The years the articles were published in, ascending: each one becomes a layer to toggle. */
export function datasetYears(data: FactIndex): number[] {
  return [...new Set(data.articles.map((a) => yearOf(a.date)))].sort((a, b) => a - b);
}

/** The years shown: `null` in the state means all of them. */
export function shownYears(selected: readonly number[] | null, all: readonly number[]): number[] {
  if (!selected) return [...all];
  return all.filter((y) => selected.includes(y));
}
