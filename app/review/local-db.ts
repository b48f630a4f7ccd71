/**
 * This browser's own work, kept in IndexedDB: the articles the user added (their normalised file
 * content; facts are extracted again at start, by the current extractor) and their review
 * decisions (as a reviews file's text, checked like any imported file when read back).
 */
import type { ReviewDecision } from '../../src/model/reviews.ts';
import { readReviewsText, serializeReviews } from '../../src/model/reviews.ts';
import { LOCAL_DB_NAME as DB_NAME } from './local-work-check.ts';

const DB_VERSION = 1;
const ARTICLES = 'articles';
const SETTINGS = 'settings';

export interface StoredArticle {
  id: string;
  content: string;
  source: string;
  added: string;
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this map'));
  });
  opening.catch(() => { opening = null; });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
}

export interface LocalWork {
  articles: StoredArticle[];
  reviews: ReviewDecision[];
  reviewer: string | null;
  /** A problem with what was stored (e.g. a damaged reviews record), to tell the user. */
  problem: string | null;
}

export async function readLocalWork(): Promise<LocalWork> {
  const db = await open();
  const tx = db.transaction([ARTICLES, SETTINGS], 'readonly');
  const [articles, reviewsText, reviewer] = await Promise.all([
    request(tx.objectStore(ARTICLES).getAll() as IDBRequest<StoredArticle[]>),
    request(tx.objectStore(SETTINGS).get('reviews') as IDBRequest<string | undefined>),
    request(tx.objectStore(SETTINGS).get('reviewer') as IDBRequest<string | undefined>),
  ]);
  let reviews: ReviewDecision[] = [];
  let problem: string | null = null;
  if (typeof reviewsText === 'string') {
    const read = readReviewsText(reviewsText, 'this browser’s saved reviews');
    if (read.ok) reviews = read.file.decisions;
    else problem = read.error;
  }
  articles.sort((a, b) => (a.added < b.added ? -1 : a.added > b.added ? 1 : a.id < b.id ? -1 : 1));
  return { articles, reviews, reviewer: typeof reviewer === 'string' ? reviewer : null, problem };
}

export async function writeArticles(put: readonly StoredArticle[], remove: readonly string[]): Promise<void> {
  if (put.length === 0 && remove.length === 0) return;
  const db = await open();
  const tx = db.transaction(ARTICLES, 'readwrite');
  const store = tx.objectStore(ARTICLES);
  for (const a of put) store.put(a);
  for (const id of remove) store.delete(id);
  await done(tx);
}

export async function writeReviews(reviews: readonly ReviewDecision[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(SETTINGS, 'readwrite');
  tx.objectStore(SETTINGS).put(serializeReviews(reviews), 'reviews');
  await done(tx);
}

export async function writeReviewer(name: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(SETTINGS, 'readwrite');
  tx.objectStore(SETTINGS).put(name, 'reviewer');
  await done(tx);
}
