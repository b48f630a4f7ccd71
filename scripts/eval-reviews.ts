/**
 * `npm run eval -- --with-reviews`: the dataset as the ingest publishes it, with the reviews file
 * beside the articles applied, so the score measures what readers get. A review that adds a fact
 * the extractor missed raises recall; one that rejects a wrong fact raises precision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/model/dataset';
import { readReviewsText, REVIEWS_FILE, type ReviewDecision } from '../src/model/reviews';
import { applyReviews, type ReviewCounts } from '../src/reviews/apply';

/** The dataset after the decisions (pure: the eval script does the reading). */
export function reviewedForEval(dataset: Dataset, decisions: readonly ReviewDecision[]): { dataset: Dataset; counts: ReviewCounts } {
  const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
  const r = applyReviews(dataset, decisions, (id) => texts.get(id));
  return { dataset: r.index, counts: r.counts };
}

/** Reads `<articlesDir>/reviews.json` and applies it; exits with `file:line: message` when it is malformed. */
export function withReviewsFile(dataset: Dataset, articlesDir: string): Dataset {
  const path = join(articlesDir, REVIEWS_FILE);
  if (!existsSync(path)) {
    console.log(`reviews: no ${path}; scoring the extractor alone`);
    return dataset;
  }
  const read = readReviewsText(readFileSync(path, 'utf8'), path);
  if (!read.ok) {
    console.error(read.error);
    process.exit(1);
  }
  const { dataset: reviewed, counts } = reviewedForEval(dataset, read.file.decisions);
  console.log(`reviews: ${counts.applied} applied, ${counts.stale} stale, ${counts.conflicting} conflicting (${path})`);
  return reviewed;
}
