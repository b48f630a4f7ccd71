/**
 * The review step of `npm run ingest`: reads `reviews.json` beside the articles (if there is
 * one), applies it with the same function the page uses (src/reviews/apply.ts) and says what
 * happened to every decision that did not apply. A malformed file is one `file:line: message`
 * error and the ingest writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dataset } from '../src/model/dataset';
import type { DataFile } from '../src/model/data-files';
import { readReviewsText, REVIEWS_FILE, type ReviewDecision } from '../src/model/reviews';
import { applyReviews, type DecisionOutcome } from '../src/reviews/apply';
import { encodePublishedReviews, PUBLISHED_REVIEWS_FILE } from '../src/reviews/published';

export type ReviewStep =
  | { ok: true; dataset: Dataset; files: DataFile[]; report: string[] }
  | { ok: false; error: string };

function describe(o: DecisionOutcome): string {
  return `  ${o.result}: ${o.decision.decision} ${o.decision.fact} by ${o.decision.who} (${o.reason})`;
}

/** Applies `<inDir>/reviews.json` to the ingested dataset; no file means no decisions. */
export function reviewIngested(dataset: Dataset, inDir: string): ReviewStep {
  const path = join(inDir, REVIEWS_FILE);
  const shown = `${basename(inDir)}/${REVIEWS_FILE}`;
  let decisions: ReviewDecision[] = [];
  const present = existsSync(path);
  if (present) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    } catch (e) {
      return { ok: false, error: `${shown}:1: cannot read the reviews file (${e instanceof TypeError ? 'not valid UTF-8' : (e as Error).message})` };
    }
    const read = readReviewsText(text, shown);
    if (!read.ok) return { ok: false, error: read.error };
    decisions = read.file.decisions;
  }
  const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
  const r = applyReviews(dataset, decisions, (id) => texts.get(id));
  const report = present
    ? [
        `reviews: ${decisions.length} decision(s) in ${shown}: ${r.counts.applied} applied, ${r.counts.stale} stale, ${r.counts.conflicting} conflicting`,
        ...r.outcomes.filter((o) => o.result !== 'applied').map(describe),
      ]
    : [];
  return { ok: true, dataset: r.index, files: [{ path: PUBLISHED_REVIEWS_FILE, content: encodePublishedReviews(r) }], report };
}
