import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, isUserArticleId, normaliseArticleContent, pastedArticleContent, userArticleFile, withUserArticles } from './user-articles.ts';
import { ingestArticles } from '../ingest/ingest.ts';
import { ARTICLE, world } from './test-fixtures.ts';

const TEXT = 'Norway is sending 40 NASAMS air defence missiles to Ukraine, the defence ministry said.';

describe('user articles', () => {
  it('names an article after its normalised content, so the same text gives the same ids anywhere', () => {
    const a = userArticleFile(pastedArticleContent('2024-05-01', TEXT));
    const b = userArticleFile(`\uFEFF date 2024-05-01\r\n${TEXT}  \r\n\r\n`);
    expect(a).toEqual(b);
    expect(a.name).toMatch(/^user-[0-9a-f]{16}\.txt$/);
    expect(a.content).toBe(` date 2024-05-01\n${TEXT}\n`);
    expect(userArticleFile(pastedArticleContent('2024-05-02', TEXT)).name).not.toBe(a.name);
    // "é" typed as one code point or as e + combining accent is one article.
    expect(userArticleFile(' date 2024-05-01\nCaf\u00e9').name).toBe(userArticleFile(' date 2024-05-01\nCafe\u0301').name);
    expect(normaliseArticleContent('a \nb\t\n')).toBe('a\nb\n');
  });

  it('keeps a date header that the pasted text already has', () => {
    expect(pastedArticleContent('2024-05-01', ` date 2023-01-02 ${TEXT}`)).toBe(`date 2023-01-02 ${TEXT}`);
  });

  it('gives facts whose ids carry the user prefix, identical in two runs', () => {
    const file = userArticleFile(pastedArticleContent('2024-05-01', TEXT));
    const run = () => ingestArticles([file], { neighbours: new Map() });
    const r = run();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.facts.length).toBeGreaterThan(0);
    expect(r.dataset.facts.every((f) => isUserArticleId(f.id) && isUserArticleId(f.articleId))).toBe(true);
    expect(JSON.stringify(run())).toBe(JSON.stringify(r));
  });

  it('refuses bytes the CLI refuses, as file:line material', () => {
    expect(decodeArticleBytes('a.txt', new TextEncoder().encode(' date 2024-01-01 Hi'))).toEqual({ ok: true, content: ' date 2024-01-01 Hi' });
    expect(decodeArticleBytes('b.txt', Uint8Array.from([0x20, 0x0a, 0x0a, 0x00]))).toEqual({ ok: false, error: { file: 'b.txt', line: 3, message: 'binary file (NUL byte)' } });
    expect(decodeArticleBytes('c.txt', Uint8Array.from([0x20, 0xe9]))).toEqual({ ok: false, error: { file: 'c.txt', line: 1, message: 'not valid UTF-8' } });
    expect(decodeArticleBytes('d.txt', new Uint8Array(1_000_001))).toMatchObject({ ok: false, error: { line: 1, message: 'file is larger than 1000000 bytes (1000001)' } });
  });

  it('puts user articles after the published ones, once', () => {
    const base = world();
    expect(withUserArticles(base, [])).toBe(base);
    const user = { article: { ...ARTICLE, id: 'user-1', file: 'user-1.txt' }, facts: [{ ...base.facts[0]!, id: 'user-1:x', articleId: 'user-1' }], source: 'pasted text', added: '2026-11-30T10:00:00.000Z', content: '' };
    const out = withUserArticles(base, [user]);
    expect(out.articles.map((a) => a.id)).toEqual(['a1', 'user-1']);
    expect(out.articles[1]).not.toHaveProperty('text');
    expect(out.facts.at(-1)!.id).toBe('user-1:x');
    expect(withUserArticles({ articles: out.articles, facts: out.facts }, [user]).facts).toHaveLength(out.facts.length);
  });
});
