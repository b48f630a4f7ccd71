import { describe, expect, it } from 'vitest';
import { ingestArticles } from './ingest';
import { articleIdOf, boundedId, MAX_ARTICLE_ID, MAX_FACT_ID } from './ids';
import { NEIGHBOURS } from './test-support';

const body = ' date 2023-05-10 Poland is sending 14 Leopard 2 tanks to Ukraine. Canada will deploy 300 troops to Latvia.';

describe('ids', () => {
  it('keeps every id that fits byte-identical', () => {
    expect(articleIdOf('003_2170261719692671.txt')).toBe('003_2170261719692671');
    const name = `${'a'.repeat(MAX_ARTICLE_ID)}.txt`;
    expect(articleIdOf(name)).toBe('a'.repeat(MAX_ARTICLE_ID));
    const r = ingestArticles([{ name: 'a1.txt', content: body }], { neighbours: NEIGHBOURS });
    expect(r.ok && r.dataset.facts[0]!.id).toMatch(/^a1:arms_shipment:[0-9a-f]{8}$/);
  });

  it('bounds over-long article and fact ids, keeping long names that share a prefix apart', () => {
    const long = 'x'.repeat(300);
    const a = articleIdOf(`${long}1.txt`);
    const b = articleIdOf(`${long}2.txt`);
    expect(a.length).toBeLessThanOrEqual(MAX_ARTICLE_ID);
    expect(a).not.toBe(b);
    expect(a.startsWith('xxxx')).toBe(true);
    const r = ingestArticles([{ name: `${long}1.txt`, content: body }, { name: `${long}2.txt`, content: body }], { neighbours: NEIGHBOURS });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.articles.map((x) => x.id)).toEqual([a, b]);
    expect(r.dataset.articles[0]!.file).toBe(`${long}1.txt`);
    for (const f of r.dataset.facts) expect(f.id.length).toBeLessThanOrEqual(MAX_FACT_ID);
    expect(boundedId('y'.repeat(500), MAX_FACT_ID).length).toBe(MAX_FACT_ID);
  });

  it('never splits a surrogate pair when shortening', () => {
    const id = boundedId(`${'a'.repeat(62)}😀${'b'.repeat(100)}`, MAX_ARTICLE_ID);
    expect(id.length).toBeLessThanOrEqual(MAX_ARTICLE_ID);
    expect(() => encodeURIComponent(id)).not.toThrow();
  });

  it('NFC-normalises article ids before the duplicate check', () => {
    const nfc = 'caf\u00e9.txt';
    const nfd = 'cafe\u0301.txt';
    expect(articleIdOf(nfd)).toBe('caf\u00e9');
    const r = ingestArticles([{ name: nfc, content: body }, { name: nfd, content: body }], { neighbours: NEIGHBOURS });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('duplicate article id');
    expect(`${r.errors[0]!.file} ${r.errors[0]!.message}`).toContain(nfc);
    expect(`${r.errors[0]!.file} ${r.errors[0]!.message}`).toContain(nfd);
  });
});

describe('article dates', () => {
  const one = (date: string, today?: string) => ingestArticles([{ name: 'd.txt', content: `\n date ${date} Poland is sending tanks to Ukraine.` }], today === undefined ? { neighbours: NEIGHBOURS } : { neighbours: NEIGHBOURS, today });

  it('refuses dates before NATO was founded, as file:line', () => {
    const r = one('1949-04-03');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'd.txt', line: 2, message: expect.stringContaining('before 1949-04-04') });
    expect(one('1949-04-04').ok).toBe(true);
  });

  it('refuses dates after today + 1 only when today is given', () => {
    expect(one('2031-01-01').ok).toBe(true);
    expect(one('2025-06-11', '2025-06-10').ok).toBe(true);
    const r = one('2025-06-12', '2025-06-10');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('in the future');
    expect(one('2026-01-01', '2025-12-31').ok).toBe(true);
  });
});
