/**
 * Web Worker entry: extracts the articles a user adds with the CLI's ingest code, one at a time,
 * reporting progress, so a hundred dropped files never freeze the page.
 */
import { extractUserArticle, type ArticleInput, type Extracted } from '../../src/reviews/extract.ts';

export interface ExtractRequest {
  id: number;
  neighbours: Array<[string, string[]]>;
  inputs: ArticleInput[];
}

export type ExtractReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'done'; results: Extracted[] };

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExtractRequest>) => void) | null; postMessage: (m: ExtractReply) => void };

scope.onmessage = (e) => {
  const { id, neighbours, inputs } = e.data;
  // Today's date bounds article dates as the CLI does (a 2099 date is a typo, not the future).
  const ctx = { neighbours: new Map(neighbours.map(([code, list]) => [code, new Set(list)])), today: new Date().toISOString().slice(0, 10) };
  const results: Extracted[] = [];
  for (const input of inputs) {
    try {
      results.push(extractUserArticle(input, ctx));
    } catch (err) {
      // A bug in a rule must not lose the other files.
      results.push({ source: input.source, ok: false, errors: [`${input.source}:1: the extractor failed (${err instanceof Error ? err.message : String(err)})`] });
    }
    scope.postMessage({ id, kind: 'progress', done: results.length, total: inputs.length });
  }
  scope.postMessage({ id, kind: 'done', results });
};
