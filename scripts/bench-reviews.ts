/**
 * `npx tsx scripts/bench-reviews.ts`: what reviews cost. Applies 2,000 decisions to 20,000 facts
 * (the scale the selectors are benchmarked at), reads and writes a 2,000-line reviews file, and
 * extracts articles one by one as the browser's worker does. Medians of several runs, with a
 * plain copy of the facts measured in the same run as the yardstick (this machine's speed moves
 * by 2× between runs: compare the ratio, not the milliseconds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import type { ArmsShipment, Dataset, Fact } from '../src/model/dataset';
import { readReviewsText, serializeReviews, type ReviewDecision } from '../src/model/reviews';
import { applyReviews, evidenceTexts } from '../src/reviews/apply';
import { extractUserArticle } from '../src/reviews/extract';

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => unknown): number {
  // Warm up first: the first runs measure the JIT, not the code.
  for (let i = 0; i < 3; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

// 1,000 articles of 20 sentences, one fact per sentence.
const SENTENCE = 'Country %n is sending %n howitzers to Ukraine, the ministry said on Tuesday.';
const articles: Dataset['articles'] = [];
const facts: Fact[] = [];
for (let a = 0; a < 1000; a++) {
  const sentences = Array.from({ length: 20 }, (_, s) => SENTENCE.replaceAll('%n', String(a * 20 + s)));
  const text = sentences.join(' ');
  const id = `a${String(a).padStart(4, '0')}`;
  articles.push({ id, date: '2024-05-01', title: `Article ${a}`, text, file: `${id}.txt` });
  let at = 0;
  sentences.forEach((s, i) => {
    const f: ArmsShipment = { id: `${id}:arms_shipment:${i}`, articleId: id, date: '2024-05-01', type: 'arms_shipment', from: ['NO'], to: ['UA'], evidence: [{ start: at, end: at + s.length }], confidence: 0.5 + (i % 5) / 10, rule: 'arms.active', items: [{ name: 'howitzers', category: 'artillery' }] };
    facts.push(f);
    at += s.length + 1;
  });
}
const dataset: Dataset = { version: 1, articles, facts };
const texts = new Map(articles.map((a) => [a.id, a.text]));
const textOf = (id: string) => texts.get(id);

const WHEN = '2026-11-30T10:00:00Z';
const decisions: ReviewDecision[] = facts.filter((_, i) => i % 10 === 0).map((f, i) => {
  const evidence = evidenceTexts(f, texts.get(f.articleId)!);
  switch (i % 4) {
    case 0: return { decision: 'confirm', fact: f.id, who: 'Ada', when: WHEN, evidence };
    case 1: return { decision: 'reject', fact: f.id, who: 'Ben', when: WHEN, evidence };
    case 2: return { decision: 'edit', fact: f.id, who: 'Ada', when: WHEN, set: { to: ['UA', 'PL'] }, evidence };
    default: return { decision: 'add', fact: `${f.articleId}:commitment:added-${i}`, who: 'Cy', when: WHEN, article: f.articleId, at: [f.evidence[0]!.start, f.evidence[0]!.end], type: 'commitment', set: { from: ['NO'], to: ['UA'], kind: 'aid' }, evidence };
  }
});

const copy = time(() => dataset.facts.map((f) => ({ ...f })));
const apply = time(() => applyReviews(dataset, decisions, textOf));
const none = time(() => applyReviews(dataset, [], textOf));
const r = applyReviews(dataset, decisions, textOf);
const file = serializeReviews(decisions);
const write = time(() => serializeReviews(decisions));
const read = time(() => readReviewsText(file));

console.log(`${facts.length} facts, ${decisions.length} decisions (${JSON.stringify(r.counts)}), medians of ${RUNS} runs`);
console.log(`  copy the facts (yardstick)     ${copy.toFixed(1).padStart(7)} ms`);
console.log(`  applyReviews                   ${apply.toFixed(1).padStart(7)} ms  (${(apply / copy).toFixed(1)}× the copy)`);
console.log(`  applyReviews, no decisions     ${none.toFixed(3).padStart(7)} ms`);
console.log(`  serializeReviews               ${write.toFixed(1).padStart(7)} ms  (${(file.length / 1024).toFixed(0)} KB, ${file.split('\n').length} lines)`);
console.log(`  readReviewsText (parse+check)  ${read.toFixed(1).padStart(7)} ms`);

// Extraction as the worker does it: one article at a time, the dev articles.
const topo = JSON.parse(readFileSync(join('public', 'geo', 'countries.topo.json'), 'utf8')) as CountriesTopology;
const ctx = { neighbours: landNeighbours(topo) };
const dir = join('test', 'dev', 'articles');
const inputs = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => ({ source: n, content: readFileSync(join(dir, n), 'utf8') }));
const perBatch = time(() => inputs.map((i) => extractUserArticle(i, ctx)));
const chars = inputs.reduce((n, i) => n + i.content.length, 0);
console.log(`  extract ${inputs.length} dev articles one by one  ${perBatch.toFixed(1).padStart(7)} ms  (${(perBatch / inputs.length).toFixed(1)} ms per article, ${(chars / inputs.length / 1000).toFixed(1)} k chars each)`);
