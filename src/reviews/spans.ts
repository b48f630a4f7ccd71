/** Evidence spans a person picks in the reader: trimmed to words, or whole sentences to choose from. */
import type { Span } from '../model/dataset.ts';
import { splitBlocks } from '../ingest/parse-article.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { hash64 } from '../util/hash.ts';

/** A selection without the spaces at its ends; null when nothing but spaces is selected. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The article's sentences as the ingest cuts them (headings are left out): evidence to pick from. */
export function sentenceSpans(text: string): Span[] {
  return splitBlocks(text).filter((b) => !b.heading).flatMap((b) => splitSentences(text, b.start, b.end));
}

/** A new fact's id: its article and type, then a hash of where it stands and who added it when. */
export function addedFactId(articleId: string, type: string, span: Span, who: string, when: string): string {
  return `${articleId}:${type}:added-${hash64(`${span.start}-${span.end}|${who}|${when}`)}`;
}
