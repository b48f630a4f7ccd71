/**
 * Extraction of articles a user adds, with the CLI's own code (ingestArticles): one article at a
 * time, so a bad file is reported as the CLI reports it (`file:line: message`, named as the user
 * named it) and the good ones still go in. Runs in a Web Worker in the page; pure, so tests call
 * it directly.
 */
import { formatError } from '../ingest/errors.ts';
import { ingestArticles, type IngestContext } from '../ingest/ingest.ts';
import type { Article, Fact } from '../model/dataset.ts';
import { userArticleFile } from './user-articles.ts';

export interface ArticleInput {
  /** What the user calls it: the dropped file's name, or "pasted text". */
  source: string;
  content: string;
}

export type Extracted =
  | { source: string; ok: true; article: Article; facts: Fact[]; content: string }
  | { source: string; ok: false; errors: string[] };

export function extractUserArticle(input: ArticleInput, ctx: IngestContext): Extracted {
  const file = userArticleFile(input.content);
  const r = ingestArticles([file], ctx);
  if (!r.ok) return { source: input.source, ok: false, errors: r.errors.map((e) => formatError({ ...e, file: input.source })) };
  const article = r.dataset.articles[0]!;
  return { source: input.source, ok: true, article, facts: r.dataset.facts, content: file.content };
}
