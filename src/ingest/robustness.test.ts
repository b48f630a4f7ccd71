import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/dataset';
import { ingestArticles, serializeDataset } from './ingest';
import { NEIGHBOURS } from './test-support';

// Fragments of news English and of the things that break parsers, glued at random (seeded).
const PIECES = [
  'Poland', ' sent', ' "', '“', '”', ',', '.', ' the Baltic states', ' said', ' that', ' US', ' U.S.', '\n\n', '\n', ' Smith', "'s",
  ' to', ' by', ' troops', ' 1,000', ' tanks', ' Javelin', ' as he has stated', ' making clear that', ' with', ' NATO',
  ' member states bordering Russia and Belarus', ' (', ')', ' —', ' #', ' é', ' 😀', ' President', ' Ambassador to NATO,', ' he',
  ' tweeted', ' assured', ' of', ' it', ' would', ' not', ' Georgia', ' Jordan', ' Washington', ' according to', ' are being sent',
];

function randomArticles(count: number, seed: number): Array<{ name: string; content: string }> {
  let s = seed;
  const rand = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, k) => {
    let body = 'Start.';
    for (let i = Math.floor(rand() * 80); i > 0; i--) body += PIECES[Math.floor(rand() * PIECES.length)];
    return { name: `r${k}.txt`, content: ` date 2023-01-01 ${body}` };
  });
}

describe('robustness', () => {
  it('produces a valid dataset from 300 random articles, identically twice', () => {
    const files = randomArticles(300, 42);
    const a = ingestArticles(files, { neighbours: NEIGHBOURS });
    const b = ingestArticles([...files].reverse(), { neighbours: NEIGHBOURS });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(() => validateDataset(JSON.parse(serializeDataset(a.dataset)))).not.toThrow();
    expect(serializeDataset(b.dataset)).toBe(serializeDataset(a.dataset));
  });
});
