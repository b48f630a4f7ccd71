import { describe, expect, it } from 'vitest';
import { extractUserArticle } from './extract.ts';
import { addedFactId, sentenceSpans, trimSpan } from './spans.ts';
import { pastedArticleContent } from './user-articles.ts';

const ctx = { neighbours: new Map<string, Set<string>>() };

describe('extracting a user’s article', () => {
  it('finds the facts of a pasted article with ids derived from its text', () => {
    const content = pastedArticleContent('2024-05-01', 'Norway is sending 40 NASAMS air defence missiles to Ukraine, the defence ministry said on Wednesday.');
    const r = extractUserArticle({ source: 'pasted text', content }, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.id).toMatch(/^user-[0-9a-f]{16}$/);
    expect(r.article.file).toBe(`${r.article.id}.txt`);
    expect(r.facts.some((f) => f.type === 'arms_shipment' && f.from.includes('NO') && f.to.includes('UA'))).toBe(true);
    const again = extractUserArticle({ source: 'a copy.txt', content: `\uFEFF${content}\r\n` }, ctx);
    expect(again.ok && again.facts.map((f) => f.id)).toEqual(r.facts.map((f) => f.id));
  });

  it('reports a bad file as the CLI does, under the name the user gave it', () => {
    expect(extractUserArticle({ source: 'notes.txt', content: 'No header here.' }, ctx)).toEqual({ source: 'notes.txt', ok: false, errors: ['notes.txt:1: missing date header " date YYYY-MM-DD "'] });
    expect(extractUserArticle({ source: 'x.txt', content: ' date 2024-02-30 Text.' }, ctx)).toMatchObject({ ok: false, errors: ['x.txt:1: impossible date 2024-02-30'] });
  });
});

describe('evidence picked in the reader', () => {
  const text = 'Heading\n\nNorway is sending missiles. Canada sent troops.\n\nA second paragraph.';
  it('trims a selection to its words', () => {
    expect(trimSpan(text, { start: 8, end: 37 })).toEqual({ start: 9, end: 36 });
    expect(trimSpan(text, { start: 7, end: 9 })).toBeNull();
    expect(trimSpan(text, { start: -5, end: 9999 })).toEqual({ start: 0, end: text.length });
  });
  it('offers the article’s sentences, without headings', () => {
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Norway is sending missiles.', 'Canada sent troops.', 'A second paragraph.']);
  });
  it('names an added fact after its place, author and time', () => {
    const id = addedFactId('a1', 'commitment', { start: 1, end: 5 }, 'Alice', '2026-11-30T10:00:00.000Z');
    expect(id).toMatch(/^a1:commitment:added-[0-9a-f]{16}$/);
    expect(addedFactId('a1', 'commitment', { start: 1, end: 5 }, 'Bob', '2026-11-30T10:00:00.000Z')).not.toBe(id);
  });
});
