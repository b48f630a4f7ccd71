import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ORGANISATIONS } from '../src/model/dataset.ts';
import { decodeArticleText, decodeFactIndex, INDEX_FILE, textFileName } from '../src/model/data-files.ts';
import { indexBoundaries } from '../src/geo/boundaries.ts';
import { actorName } from '../src/selectors/actors.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(`public/data/${path}`, 'utf8'));
const data = decodeFactIndex(read(INDEX_FILE));
const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));

describe('the shipped dataset against the shipped boundaries', () => {
  it('names every actor: a drawn country, an organisation, or a real ISO country shown as a chip', () => {
    const codes = new Set(data.facts.flatMap((f) => [...f.from, ...f.to]));
    for (const code of codes) {
      const drawn = boundaries.countries.has(code);
      const org = (ORGANISATIONS as readonly string[]).includes(code);
      // Intl knows every assigned ISO 3166-1 code; an unknown one comes back unchanged.
      const iso = actorName(code) !== code;
      expect(drawn || org || iso, `actor ${code}`).toBe(true);
    }
  });

  it('has evidence that reads as whole sentences of the article', () => {
    const texts = new Map(data.articles.map((a) => [a.id, decodeArticleText(read(textFileName(a.id)), a.id)]));
    for (const f of data.facts) {
      for (const s of f.evidence) {
        const passage = texts.get(f.articleId)!.slice(s.start, s.end);
        expect(passage.trim().length, f.id).toBeGreaterThan(10);
        expect(passage, f.id).toBe(passage.trim());
      }
    }
  });
});
