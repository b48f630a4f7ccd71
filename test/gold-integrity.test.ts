import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMITMENT_KINDS, FACT_TYPES, ITEM_CATEGORIES } from '../src/model/dataset.ts';

/**
 * Every annotated set the eval scores: the gold must stay scoreable (each evidence passage verbatim
 * in its article, codes and kinds the schema knows), or an eval number silently means less.
 */
const SETS = [
  { name: 'launch', articles: 'articles', gold: 'test/gold' },
  { name: 'dev', articles: 'test/dev/articles', gold: 'test/dev/gold' },
  { name: 'dev2', articles: 'test/dev2/articles', gold: 'test/dev2/gold' },
  { name: 'real/dev', articles: 'test/real/dev/articles', gold: 'test/real/dev/gold' },
  { name: 'real/test', articles: 'test/real/test/articles', gold: 'test/real/test/gold' },
  { name: 'real/dev3', articles: 'test/real/dev3/articles', gold: 'test/real/dev3/gold' },
  { name: 'real/dev4', articles: 'test/real/dev4/articles', gold: 'test/real/dev4/gold' },
  { name: 'real/dev5', articles: 'test/real/dev5/articles', gold: 'test/real/dev5/gold' },
  { name: 'real/dev6', articles: 'test/real/dev6/articles', gold: 'test/real/dev6/gold' },
  { name: 'real/dev7', articles: 'test/real/dev7/articles', gold: 'test/real/dev7/gold' },
  { name: 'real/dev8', articles: 'test/real/dev8/articles', gold: 'test/real/dev8/gold' },
  { name: 'real/dev9', articles: 'test/real/dev9/articles', gold: 'test/real/dev9/gold' },
  { name: 'real/dev10', articles: 'test/real/dev10/articles', gold: 'test/real/dev10/gold' },
  { name: 'real/dev11', articles: 'test/real/dev11/articles', gold: 'test/real/dev11/gold' },
  { name: 'real/dev12', articles: 'test/real/dev12/articles', gold: 'test/real/dev12/gold' },
  { name: 'real/dev13', articles: 'test/real/dev13/articles', gold: 'test/real/dev13/gold' },
  { name: 'real/dev14', articles: 'test/real/dev14/articles', gold: 'test/real/dev14/gold' },
  { name: 'real/dev15', articles: 'test/real/dev15/articles', gold: 'test/real/dev15/gold' },
  { name: 'real/dev16', articles: 'test/real/dev16/articles', gold: 'test/real/dev16/gold' },
  { name: 'real/dev17', articles: 'test/real/dev17/articles', gold: 'test/real/dev17/gold' },
  { name: 'real/dev18', articles: 'test/real/dev18/articles', gold: 'test/real/dev18/gold' },
  { name: 'real/dev19', articles: 'test/real/dev19/articles', gold: 'test/real/dev19/gold' },
  { name: 'real/dev20', articles: 'test/real/dev20/articles', gold: 'test/real/dev20/gold' },
  { name: 'real/dev21', articles: 'test/real/dev21/articles', gold: 'test/real/dev21/gold' },
  { name: 'real/dev22', articles: 'test/real/dev22/articles', gold: 'test/real/dev22/gold' },
  { name: 'real/dev23', articles: 'test/real/dev23/articles', gold: 'test/real/dev23/gold' },
  { name: 'real/dev24', articles: 'test/real/dev24/articles', gold: 'test/real/dev24/gold' },
  { name: 'real/dev25', articles: 'test/real/dev25/articles', gold: 'test/real/dev25/gold' },
  { name: 'real/dev26', articles: 'test/real/dev26/articles', gold: 'test/real/dev26/gold' },
  { name: 'real/dev27', articles: 'test/real/dev27/articles', gold: 'test/real/dev27/gold' },
  { name: 'real/dev28', articles: 'test/real/dev28/articles', gold: 'test/real/dev28/gold' },
  { name: 'real/dev29', articles: 'test/real/dev29/articles', gold: 'test/real/dev29/gold' },
  { name: 'real/dev30', articles: 'test/real/dev30/articles', gold: 'test/real/dev30/gold' },
];
const ACTOR = /^(?:[A-Z]{2}|NATO|EU)$/;
const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\r?\n?/;

interface Gold { articleId: string; facts: Array<Record<string, unknown> & { type: string; from: string[]; to: string[]; evidence: string[] }> }

describe.each(SETS)('gold of $name', ({ articles, gold }) => {
  const goldFiles = existsSync(gold) ? readdirSync(gold).filter((n) => n.endsWith('.json')).sort() : [];

  it('exists, and every article has gold and every gold file its article', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
    const ids = readdirSync(articles).filter((n) => n.endsWith('.txt')).map((n) => n.replace(/\.txt$/, ''));
    for (const g of goldFiles) expect(ids).toContain(g.replace(/\.json$/, ''));
  });

  it('quotes evidence verbatim and uses only known codes, types, kinds and categories', () => {
    for (const name of goldFiles) {
      const g = JSON.parse(readFileSync(join(gold, name), 'utf8')) as Gold;
      expect(g.articleId, name).toBe(name.replace(/\.json$/, ''));
      const raw = readFileSync(join(articles, `${g.articleId}.txt`), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      const header = HEADER.exec(raw);
      expect(header, `${name}: date header`).not.toBeNull();
      const text = raw.slice(header![0].length);
      for (const f of g.facts) {
        const where = `${name}: ${f.type} ${JSON.stringify(f.evidence[0]?.slice(0, 40))}`;
        expect(FACT_TYPES as readonly string[], where).toContain(f.type);
        for (const a of [...f.from, ...f.to]) expect(a, where).toMatch(ACTOR);
        expect(f.evidence.length, where).toBeGreaterThan(0);
        for (const e of f.evidence) expect(text.includes(e), `${where}: evidence not in text: ${e}`).toBe(true);
        if (f.type === 'commitment') expect(COMMITMENT_KINDS as readonly string[], where).toContain(f['kind']);
        if (f.type === 'quote') expect(typeof f['speaker'], where).toBe('string');
        if (f.type === 'arms_shipment') {
          for (const item of f['items'] as Array<{ category: string }>) expect(ITEM_CATEGORIES as readonly string[], where).toContain(item.category);
        }
      }
    }
  });
});
