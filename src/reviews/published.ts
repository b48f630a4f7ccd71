/**
 * What the ingest publishes about reviews next to the data files (`reviews.json` in the data
 * folder): the status of every reviewed fact, the facts rejected (so the page can show them struck
 * through), and the decisions it applied, so a browser holding the same decisions knows they are
 * already in the data. facts.json itself already has the decisions applied.
 */
import { checkFact, DatasetError, isObj, type Fact, type FactIndex } from '../model/dataset.ts';
import { checkDecision, decisionLine, ReviewsError, REVIEWS_VERSION, type ReviewDecision } from '../model/reviews.ts';
import type { FactReview, Reviewed, ReviewCounts, ReviewStatus } from './apply.ts';

export const PUBLISHED_REVIEWS_FILE = 'reviews.json';

export interface PublishedReviews {
  counts: ReviewCounts;
  reviews: ReadonlyMap<string, FactReview>;
  rejected: Fact[];
  /** Every decision of the team's file, in canonical order. */
  decisions: ReviewDecision[];
}

export const NO_PUBLISHED_REVIEWS: PublishedReviews = Object.freeze({
  counts: { applied: 0, stale: 0, conflicting: 0 },
  reviews: new Map(),
  rejected: [],
  decisions: [],
});

const STATUSES: readonly ReviewStatus[] = ['confirmed', 'edited', 'added', 'rejected', 'conflict'];

/** The published file's text: one row per line, byte-identical for the same review result. */
export function encodePublishedReviews(r: Reviewed<FactIndex>): string {
  const reviews = [...r.reviews].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, v]) => JSON.stringify([id, v.status, v.by, v.when]));
  const rejected = r.rejected.map((f) => JSON.stringify(f));
  const decisions = r.outcomes.map((o) => decisionLine(o.decision));
  const block = (rows: string[]) => (rows.length ? `\n${rows.join(',\n')}\n` : '');
  return [
    `{"version":${REVIEWS_VERSION},`,
    `"counts":${JSON.stringify(r.counts)},`,
    `"reviews":[${block(reviews)}],`,
    `"rejected":[${block(rejected)}],`,
    `"decisions":[${block(decisions)}]}\n`,
  ].join('\n');
}

function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new ReviewsError(path, 'expected an array');
  return v;
}

/** The published file → its content, checked; throws a ReviewsError or DatasetError naming the path. */
export function decodePublishedReviews(value: unknown): PublishedReviews {
  if (!isObj(value)) throw new ReviewsError('$', 'expected an object');
  if (value['version'] !== REVIEWS_VERSION) throw new ReviewsError('$.version', `expected ${REVIEWS_VERSION}`);
  const c = value['counts'];
  const count = (k: string) => (isObj(c) && Number.isInteger(c[k]) ? (c[k] as number) : NaN);
  const counts = { applied: count('applied'), stale: count('stale'), conflicting: count('conflicting') };
  if (Object.values(counts).some(Number.isNaN)) throw new ReviewsError('$.counts', 'expected {applied, stale, conflicting}');
  const reviews = new Map<string, FactReview>();
  list(value['reviews'], '$.reviews').forEach((row, i) => {
    const path = `$.reviews[${i}]`;
    const [id, status, by, when] = list(row, path);
    if (typeof id !== 'string' || !STATUSES.includes(status as ReviewStatus) || !Array.isArray(by) || !by.every((b) => typeof b === 'string') || typeof when !== 'string') {
      throw new ReviewsError(path, 'expected [fact id, status, [names], date-time]');
    }
    reviews.set(id, { status: status as ReviewStatus, by: by as string[], when });
  });
  const rejected = list(value['rejected'], '$.rejected').map((f, i) => {
    if (!isObj(f)) throw new DatasetError(`$.rejected[${i}]`, 'expected a fact');
    return checkFact(f, `$.rejected[${i}]`, Number.MAX_SAFE_INTEGER);
  });
  const decisions = list(value['decisions'], '$.decisions').map((d, i) => checkDecision(d, `$.decisions[${i}]`));
  return { counts, reviews, rejected, decisions };
}
