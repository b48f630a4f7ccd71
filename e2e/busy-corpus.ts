import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Every real article in the repository (the launch articles, the dev sets and, when present, the
 * real-news sets), ingested once per test worker into a temporary folder. A busy map for the
 * scale checks, built in the e2e setup rather than committed as data.
 */
const SOURCES = ['articles', 'test/dev/articles', 'test/dev2/articles', 'test/real/dev/articles', 'test/real/test/articles'];

let built: { dir: string; articles: number } | null = null;

export function busyCorpus(): { dir: string; articles: number } {
  if (built) return built;
  const root = mkdtempSync(join(tmpdir(), 'busy-corpus-'));
  const input = join(root, 'articles');
  mkdirSync(input);
  for (const src of SOURCES.filter((s) => existsSync(s))) {
    for (const f of readdirSync(src).filter((n) => n.endsWith('.txt'))) cpSync(join(src, f), join(input, f));
  }
  const out = join(root, 'data');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest-cli.ts', '--in', input, '--out', out], { stdio: 'pipe' });
  built = { dir: out, articles: readdirSync(input).length };
  return built;
}

/** Serves the busy corpus in place of the built data files. */
export async function useBusyCorpus(page: Page): Promise<number> {
  const { dir, articles } = busyCorpus();
  await page.route('**/data/facts.json', (route) => route.fulfill({ body: readFileSync(join(dir, 'facts.json')), contentType: 'application/json' }));
  await page.route('**/data/text/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ body: readFileSync(join(dir, 'text', name)), contentType: 'application/json' });
  });
  return articles;
}
