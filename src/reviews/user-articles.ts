/**
 * Articles a user adds in the browser. Their ids are derived from their content ("user-" and a
 * hash of the normalised file), so the same text gives the same article and fact ids in every
 * browser and in the CLI, and a shared link can tell that a fact came from such an article.
 */
import type { ArticleFile } from '../ingest/ingest.ts';
import type { IngestError } from '../ingest/errors.ts';
import type { Article, Fact, FactIndex } from '../model/dataset.ts';
import { hash64 } from '../util/hash.ts';

export const USER_ARTICLE_PREFIX = 'user-';
/** The same limit as the CLI's (MAX_ARTICLE_BYTES in src/ingest): one article, not a book. */
export const MAX_USER_ARTICLE_BYTES = 1_000_000;

/** True for an article id, or a fact id, that comes from an article added in a browser. */
export function isUserArticleId(id: string): boolean {
  return id.startsWith(USER_ARTICLE_PREFIX);
}

/**
 * One text for one article however it was typed or saved: no byte order mark, LF line ends,
 * Unicode NFC, no trailing spaces on lines, one final newline.
 */
export function normaliseArticleContent(content: string): string {
  return `${content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(/[ \t]+$/gm, '').replace(/\s+$/, '')}\n`;
}

const HEADER_RE = /^\s*date[ \t]+\d{4}-\d{2}-\d{2}(?=\s|$)/;

/** A pasted text and its date as an article file's content (a header already in the text wins). */
export function pastedArticleContent(date: string, text: string): string {
  const body = text.replace(/^\uFEFF/, '').trim();
  return HEADER_RE.test(body) ? body : ` date ${date}\n${body}`;
}

/** The file the ingest reads for a user's article: named after its content's hash. */
export function userArticleFile(content: string): ArticleFile {
  const normalised = normaliseArticleContent(content);
  return { name: `${USER_ARTICLE_PREFIX}${hash64(normalised)}.txt`, content: normalised };
}

/**
 * Bytes of a dropped file → its text, refused as the CLI refuses a file in articles/: too large,
 * binary (a NUL byte) or not UTF-8. Errors are `file:line: message` material.
 */
export function decodeArticleBytes(name: string, bytes: Uint8Array): { ok: true; content: string } | { ok: false; error: IngestError } {
  if (bytes.length > MAX_USER_ARTICLE_BYTES) return { ok: false, error: { file: name, line: 1, message: `file is larger than ${MAX_USER_ARTICLE_BYTES} bytes (${bytes.length})` } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    return { ok: false, error: { file: name, line, message: 'binary file (NUL byte)' } };
  }
  try {
    return { ok: true, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { file: name, line: 1, message: 'not valid UTF-8' } };
  }
}

/** An article added in this browser, with the facts the ingest found in it. */
export interface UserArticle {
  article: Article;
  facts: Fact[];
  /** The file as the ingest read it (normalised): what *Export articles* writes for articles/. */
  content: string;
  /** The name it was added under: the dropped file's name, or "pasted text". */
  source: string;
  /** ISO date-time it was added. */
  added: string;
}

/**
 * The base facts with the user's articles and their facts after them. An article the base
 * already has (same id) is not added twice.
 */
export function withUserArticles(base: FactIndex, users: readonly UserArticle[]): FactIndex {
  if (users.length === 0) return base;
  const known = new Set(base.articles.map((a) => a.id));
  const fresh = users.filter((u) => !known.has(u.article.id));
  if (fresh.length === 0) return base;
  return {
    articles: [...base.articles, ...fresh.map((u) => ({ id: u.article.id, date: u.article.date, title: u.article.title, file: u.article.file }))],
    facts: [...base.facts, ...fresh.flatMap((u) => u.facts)],
  };
}
