import type { FactColumns } from '../model/fact-columns.ts';
import { summaryParts, type SummaryPart } from './summary-totals.ts';
import { yearParts, type YearPart } from './year-parts.ts';

/**
 * The sums over every fact that the first view reads (the map's marks and counts, the summary),
 * each worked out once per dataset. The loader's worker works them out next to the decode and
 * hands them over with the columns, so the page's thread never adds up 20,000 facts.
 */
export interface FirstViewSums {
  yearParts: ReadonlyMap<number, YearPart>;
  summaryParts: ReadonlyMap<number, SummaryPart>;
}

export function firstViewSums(data: FactColumns): FirstViewSums {
  return { yearParts: yearParts(data), summaryParts: summaryParts(data) };
}

/** Sums worked out elsewhere (plain data, as postMessage delivers it) become this dataset's. */
export function seedFirstViewSums(data: FactColumns, sums: FirstViewSums): void {
  yearParts.seed(data, sums.yearParts);
  summaryParts.seed(data, sums.summaryParts);
}
