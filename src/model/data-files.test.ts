import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import topo from '../../public/geo/countries.topo.json';
import { landNeighbours, type CountriesTopology } from '../geo/topology';
import { ingestArticles } from '../ingest/ingest';
import { DatasetError, type Dataset } from './dataset';
import { FactColumns } from './fact-columns';
import { INDEX_FILE, decodeArticleText, decodeFactColumnsInSlices, decodeFactIndex, encodeDataFiles, textFileName } from './data-files';

function launchDataset(): Dataset {
  const files = readdirSync('articles').filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, content: readFileSync(`articles/${name}`, 'utf8') }));
  const r = ingestArticles(files, { neighbours: landNeighbours(topo as unknown as CountriesTopology) });
  if (!r.ok) throw new Error('launch articles did not ingest');
  return r.dataset;
}

const small = (): Dataset => ({
  version: 1,
  articles: [
    { id: 'a', date: '2022-03-06', title: 'T', text: 'Poland sends tanks. Canada sent 300 troops to Latvia.', file: 'a.txt' },
    { id: 'b c', date: '2024-01-02', title: 'U', text: '"We stand by you," Biden said.', file: 'b c.txt' },
  ],
  facts: [
    { id: 'a:arms_shipment:1', articleId: 'a', date: '2022-03-06', type: 'arms_shipment', from: ['PL'], to: ['UA'], evidence: [{ start: 0, end: 19 }], confidence: 0.9, rule: 'arms.active', items: [{ name: 'tanks', category: 'armour' }] },
    { id: 'a:troop_deployment:2', articleId: 'a', date: '2022-03-06', type: 'troop_deployment', from: ['CA'], to: ['LV'], evidence: [{ start: 20, end: 53 }], confidence: 0.8, rule: 'troops.verb', troops: 300, qualifier: 'about', unit: null, groups: [{ side: 'to', phrase: 'the Baltic states', codes: ['LV'], basis: null }] },
    { id: 'long-form-id', articleId: 'b c', date: '2024-01-02', type: 'quote', from: ['US'], to: [], evidence: [{ start: 0, end: 30 }], confidence: 1, rule: 'quote.direct', speaker: 'Biden', role: null, text: 'We stand by you', direct: true },
    { id: 'b c:commitment:3', articleId: 'b c', date: '2024-01-02', type: 'commitment', from: ['US'], to: ['UA'], evidence: [{ start: 0, end: 30 }, { start: 1, end: 5 }], confidence: 0.7, rule: 'commitment.assurance', kind: 'assurance' },
  ],
});

function indexOf(d: Dataset): unknown {
  return JSON.parse(encodeDataFiles(d).find((f) => f.path === INDEX_FILE)!.content);
}

/** `small()` with its facts repeated under new ids, for decodes long enough to be sliced. */
function many(n: number): Dataset {
  const d = small();
  const facts = Array.from({ length: n }, (_, i) => ({ ...d.facts[i % d.facts.length]!, id: `f${i}` }));
  return { ...d, facts };
}

describe('data files (format 2)', () => {
  it('decodes into columns in slices with pauses between them, to the same facts as at once', async () => {
    const index = indexOf(many(4500));
    let pauses = 0;
    // A clock that moves 25 ms per look: a slice ends at its second look (500 facts apart), past the 40 ms budget.
    let t = 0;
    const sliced = await decodeFactColumnsInSlices(index, async () => { pauses++; }, () => (t += 25));
    expect(sliced.toIndex()).toEqual(decodeFactIndex(index));
    expect(sliced.size).toBe(4500);
    expect(pauses).toBe(4);
    // A fast page pauses only when the budget is spent: never, for a clock that stands still.
    let still = 0;
    await decodeFactColumnsInSlices(index, async () => { still++; }, () => 0);
    expect(still).toBe(0);
  });

  it('rejects a bad index in slices with the same error, after the slices before it', async () => {
    const index = indexOf(many(4500)) as { facts: unknown[][] };
    index.facts[3000]![2] = index.facts[0]![2];
    await expect(decodeFactColumnsInSlices(index, async () => {})).rejects.toThrow(/\$\.facts\[3000\]\.id: duplicate fact id/);
  });

  it('round-trips every fact type, ids with and without the article prefix, and several spans', () => {
    const d = small();
    const back = decodeFactIndex(indexOf(d));
    expect(back.facts).toEqual(d.facts);
    expect(back.articles).toEqual(d.articles.map(({ text: _text, ...meta }) => meta));
  });

  it('round-trips the launch dataset and writes one text file per article', () => {
    const d = launchDataset();
    const files = encodeDataFiles(d);
    expect(decodeFactIndex(indexOf(d)).facts).toEqual(d.facts);
    const columns = FactColumns.of(d);
    expect(columns.toIndex().facts).toEqual(d.facts);
    d.facts.forEach((f, i) => expect(columns.indexOf(f.id)).toBe(i));
    for (const a of d.articles) {
      const file = files.find((f) => f.path === textFileName(a.id))!;
      expect(decodeArticleText(JSON.parse(file.content), a.id)).toBe(a.text);
    }
    expect(files).toHaveLength(d.articles.length + 1);
  });

  it('is byte-identical for the same dataset and smaller than the full JSON', () => {
    const d = launchDataset();
    const a = encodeDataFiles(d).map((f) => f.content).join('');
    expect(encodeDataFiles(d).map((f) => f.content).join('')).toBe(a);
    const index = encodeDataFiles(d)[0]!.content.length;
    const textless = JSON.stringify({ ...d, articles: d.articles.map(({ text: _t, ...m }) => m) }).length;
    expect(index).toBeLessThan(textless * 0.75);
  });

  it('names text files by a hash, so any article id is a safe file name', () => {
    expect(textFileName('../../etc/passwd')).toMatch(/^text\/[0-9a-f]{16}\.json$/);
    expect(textFileName('a')).not.toBe(textFileName('b'));
  });

  it('refuses a damaged index with the path of the problem', () => {
    const bad = (mutate: (v: { version: number; rules: string[]; articles: unknown[][]; facts: unknown[][] }) => void): () => unknown => {
      const v = indexOf(small()) as { version: number; rules: string[]; articles: unknown[][]; facts: unknown[][] };
      mutate(v);
      return () => decodeFactIndex(v);
    };
    expect(bad((v) => { v.version = 1; })).toThrow(/\$\.version/);
    expect(bad((v) => { v.facts[0]![0] = 'x'; })).toThrow(/\$\.facts\[0\]\[0\]: unknown fact type/);
    expect(bad((v) => { v.facts[0]![1] = 9; })).toThrow(/\$\.facts\[0\]\[1\]: names no article/);
    expect(bad((v) => { v.facts[0]![5] = [0, 999]; })).toThrow(/\$\.facts\[0\]\.evidence\[0\]: span outside/);
    expect(bad((v) => { v.facts[0]![3] = ['Poland']; })).toThrow(/not an actor code/);
    expect(bad((v) => { v.facts[1]![9] = 'Up To!'; })).toThrow(/qualifier/);
    expect(bad((v) => { v.facts[3] = v.facts[2]!; })).toThrow(/duplicate fact id/);
    expect(bad((v) => { v.articles[0]![1] = '6 March'; })).toThrow(DatasetError);
    const withGroup = (g: unknown[]) => bad((v) => { (v as unknown as { groups: unknown[] }).groups = [g]; });
    expect(withGroup([1, 'to', 'the Baltic states', ['EE'], null])).toThrow(/\$\.facts\[1\]\.groups\[0\]\.codes: not all on the fact's to side/);
    expect(withGroup([7, 'to', 'x', [], null])).toThrow(/\$\.groups: names no fact 7/);
    expect(withGroup([1, 'up', 'x', ['LV'], null])).toThrow(/groups\[0\]\.side/);
  });

  it('refuses a text file that belongs to another article', () => {
    expect(() => decodeArticleText({ id: 'b', text: 'x' }, 'a')).toThrow(/expected the text of a/);
    expect(() => decodeArticleText({ id: 'a' }, 'a')).toThrow(/text/);
  });
});
