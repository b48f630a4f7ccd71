import type { AppStore } from '../../src/state/store.ts';
import { actions } from '../../src/state/store.ts';
import type { ArticleInput } from '../../src/reviews/extract.ts';
import { decodeArticleBytes, MAX_USER_ARTICLE_BYTES, type UserArticle } from '../../src/reviews/user-articles.ts';
import { formatError } from '../../src/ingest/errors.ts';
import { extractInWorker } from './extract-client.ts';
import { nowIso } from './reviewer.ts';

export interface AddReport {
  /** One line per input: what became of it. */
  lines: Array<{ ok: boolean; text: string }>;
  added: UserArticle[];
}

/** Dropped or chosen files → article inputs; files that cannot be articles are reported at once. */
export async function readDroppedFiles(files: readonly File[]): Promise<{ inputs: ArticleInput[]; errors: string[] }> {
  const inputs: ArticleInput[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (!/\.txt$/i.test(file.name)) {
      errors.push(formatError({ file: file.name, line: 1, message: 'not a .txt article (the articles/ format is plain text)' }));
      continue;
    }
    if (file.size > MAX_USER_ARTICLE_BYTES) {
      errors.push(formatError({ file: file.name, line: 1, message: `file is larger than ${MAX_USER_ARTICLE_BYTES} bytes (${file.size})` }));
      continue;
    }
    const decoded = decodeArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok) inputs.push({ source: file.name, content: decoded.content });
    else errors.push(formatError(decoded.error));
  }
  return { inputs, errors };
}

/**
 * Extracts the inputs in the worker and adds the good ones (one Undo step); bad ones and
 * articles the map already has are reported, and never stop the others.
 */
export async function addArticles(store: AppStore, inputs: readonly ArticleInput[], onProgress: (done: number, total: number) => void): Promise<AddReport> {
  const s = store.getState();
  if (s.boundaries.status !== 'ready') return { lines: [{ ok: false, text: 'The map is still loading: try again in a moment.' }], added: [] };
  const results = await extractInWorker(inputs, s.boundaries.value, onProgress);
  const now = store.getState();
  const mine = new Set(now.userArticles.map((u) => u.article.id));
  const published = new Map(now.baseIndex.status === 'ready' ? now.baseIndex.value.articles.map((a) => [`${a.date}|${a.title}`, a.file]) : []);
  const lines: AddReport['lines'] = [];
  const added: UserArticle[] = [];
  const addedAt = nowIso();
  for (const r of results) {
    if (!r.ok) {
      for (const e of r.errors) lines.push({ ok: false, text: e });
      continue;
    }
    const twin = published.get(`${r.article.date}|${r.article.title}`);
    if (mine.has(r.article.id)) lines.push({ ok: false, text: `${r.source}: already added (“${r.article.title}”)` });
    else if (twin) lines.push({ ok: false, text: `${r.source}: already on the map as ${twin}` });
    else {
      mine.add(r.article.id);
      added.push({ article: r.article, facts: r.facts, content: r.content, source: r.source, added: addedAt });
      lines.push({ ok: true, text: `${r.source}: added “${r.article.title}” (${r.article.date}), ${r.facts.length} fact${r.facts.length === 1 ? '' : 's'}` });
    }
  }
  const label = added.length === 1 ? `Added the article “${added[0]!.article.title}”` : `Added ${added.length} articles`;
  actions.addUserArticles(store, added, label);
  return { lines, added };
}
