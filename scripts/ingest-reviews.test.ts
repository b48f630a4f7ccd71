import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFactIndex, INDEX_FILE } from '../src/model/data-files';
import { serializeReviews, type ReviewDecision } from '../src/model/reviews';
import { decodePublishedReviews } from '../src/reviews/published';
import { runIngest } from './ingest-cli';

const ARTICLE = ' date 2023-02-01 Estonia is sending howitzers to Ukraine. Canada sent 300 troops to Latvia.';
const SENT = { arms: 'Estonia is sending howitzers to Ukraine.', troops: 'Canada sent 300 troops to Latvia.' };
const WHEN = '2026-11-30T10:00:00.000Z';

function folder(reviews?: string): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-reviews-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  if (reviews !== undefined) writeFileSync(join(dir, 'reviews.json'), reviews);
  return { dir, out: join(root, 'data') };
}

async function run(dir: string, out: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runIngest(['--in', dir, '--out', out], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

function factIds(out: string): string[] {
  return decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8'))).facts.map((f) => f.id);
}

describe('ingest with articles/reviews.json', () => {
  const plain = folder();
  let armsId = '';
  let troopsId = '';
  beforeAll(async () => {
    expect((await run(plain.dir, plain.out)).code).toBe(0);
    [armsId, troopsId] = factIds(plain.out) as [string, string];
  });

  it('applies the decisions, says how many, and publishes their status', async () => {
    const decisions: ReviewDecision[] = [
      { decision: 'reject', fact: armsId, who: 'Alice', when: WHEN, evidence: [SENT.arms] },
      { decision: 'edit', fact: troopsId, who: 'Alice', when: WHEN, set: { troops: 350 }, evidence: [SENT.troops] },
      { decision: 'confirm', fact: 'a:quote:gone', who: 'Bob', when: WHEN, evidence: ['Nobody said this.'] },
    ];
    const { dir, out } = folder(serializeReviews(decisions));
    const r = await run(dir, out);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toBe('reviews: 3 decision(s) in articles/reviews.json: 2 applied, 1 stale, 0 conflicting');
    expect(r.stdout[1]).toBe('  stale: confirm a:quote:gone by Bob (the fact is no longer extracted)');
    expect(r.stdout[2]).toMatch(/^ingest: 1 articles, 1 facts \(arms_shipment 0, troop_deployment 1/);
    const data = decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8')));
    expect(data.facts).toHaveLength(1);
    expect(data.facts[0]).toMatchObject({ id: troopsId, troops: 350 });
    const published = decodePublishedReviews(JSON.parse(readFileSync(join(out, 'reviews.json'), 'utf8')));
    expect(published.rejected.map((f) => f.id)).toEqual([armsId]);
    expect(published.reviews.get(troopsId)).toEqual({ status: 'edited', by: ['Alice'], when: WHEN });
    expect(published.counts).toEqual({ applied: 2, stale: 1, conflicting: 0 });
  });

  it('writes byte-identical output for the same decisions in any line order', async () => {
    const d: ReviewDecision[] = [
      { decision: 'confirm', fact: armsId, who: 'Alice', when: WHEN, evidence: [SENT.arms] },
      { decision: 'reject', fact: armsId, who: 'Bob', when: WHEN, evidence: [SENT.arms] },
      { decision: 'add', fact: 'a:commitment:added-1', who: 'Carol', when: WHEN, article: 'a', at: [0, SENT.arms.length], type: 'commitment', set: { from: ['EE'], to: ['UA'], kind: 'aid' }, evidence: [SENT.arms] },
    ];
    const snapshot = (out: string) => readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => `${e.name}\n${readFileSync(join(e.parentPath, e.name), 'utf8')}`).sort().join('\n');
    const one = folder(serializeReviews(d));
    const lines = serializeReviews(d).split('\n');
    const shuffled = [lines[0], lines[3]!.replace(/,?$/, ','), lines[1], lines[2]!.replace(/,$/, ''), ...lines.slice(4)].join('\n');
    const two = folder(shuffled);
    expect((await run(one.dir, one.out)).stdout[0]).toContain('1 applied, 0 stale, 2 conflicting');
    expect((await run(two.dir, two.out)).code).toBe(0);
    expect(snapshot(two.out)).toBe(snapshot(one.out));
    expect(factIds(one.out)).toEqual([armsId, troopsId, 'a:commitment:added-1']);
  });

  it('refuses a malformed reviews file with file:line and leaves the output untouched', async () => {
    const { dir, out } = folder(serializeReviews([{ decision: 'reject', fact: armsId, who: 'Alice', when: WHEN, evidence: [SENT.arms] }]).replace('"reject"', '"rejected"'));
    expect((await run(plain.dir, out)).code).toBe(0);
    const before = readFileSync(join(out, INDEX_FILE), 'utf8');
    const r = await run(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toBe('articles/reviews.json:2: $.decisions[0].decision: expected one of confirm, reject, edit, add');
    expect(r.stderr[1]).toMatch(/left untouched$/);
    expect(readFileSync(join(out, INDEX_FILE), 'utf8')).toBe(before);
  });

  it('refuses a reviews file that is not UTF-8', async () => {
    const { dir, out } = folder();
    writeFileSync(join(dir, 'reviews.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    const r = await run(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toBe('articles/reviews.json:1: cannot read the reviews file (not valid UTF-8)');
  });
});
