import type { FactColumns } from '../model/fact-columns.ts';
import { summaryParts } from './summary-totals.ts';
import { yearParts } from './year-parts.ts';

/**
 * The sums over every fact that the first view reads (the map's marks and counts, the summary),
 * each worked out once per dataset. A loader can run them one per task before it hands the data
 * over, so the first render with the data is not one long task that also adds up 20,000 facts.
 */
export const FIRST_VIEW_SUMS: readonly ((data: FactColumns) => unknown)[] = [yearParts, summaryParts];
