import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../scripts/ingest-cli.ts';
import { ORGANISATIONS } from '../src/model/dataset.ts';
import { decodeArticleText, decodeFactIndex, INDEX_FILE, textFileName } from '../src/model/data-files.ts';
import { indexBoundaries } from '../src/geo/boundaries.ts';
import { actorName } from '../src/selectors/actors.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
// The shipped dataset is generated, not committed: build it from the bundled articles the way
// `npm run ingest` does, into a scratch folder, so a fresh clone tests what it would ship.
let out = '';
let data: ReturnType<typeof decodeFactIndex>;
const read = (path: string): unknown => JSON.parse(readFileSync(join(out, path), 'utf8'));

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dataset-codes-'));
  const errors: string[] = [];
  const code = await runIngest(['--in', 'articles', '--out', out], { stdout: () => {}, stderr: (l) => errors.push(l) });
  expect(code, errors.join('\n')).toBe(0);
  data = decodeFactIndex(read(INDEX_FILE));
  return () => rmSync(out, { recursive: true, force: true });
});

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
