/**
 * `npm run corpus:synthetic -- N [--out DIR]`: writes N plausible generated articles (articles/
 * format, ` date YYYY-MM-DD ` header) to DIR (default /tmp/synthetic-N). Deterministic: the same N
 * gives the same files. The generator is scripts/synthetic-corpus.ts (also used by bench:ingest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticArticles } from './synthetic-corpus';

const args = process.argv.slice(2);
const usage = 'usage: npm run corpus:synthetic -- N [--out DIR]';
let count: number | null = null;
let out: string | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') {
    const v = args[++i];
    if (v === undefined) { console.error(`--out needs a folder\n${usage}`); process.exit(2); }
    out = v;
  } else if (a.startsWith('--out=')) out = a.slice(6);
  else if (/^\d+$/.test(a) && count === null) count = Number(a);
  else { console.error(`unknown argument ${a}\n${usage}`); process.exit(2); }
}
if (count === null || count < 1) { console.error(usage); process.exit(2); }
const dir = resolve(process.env['INIT_CWD'] ?? process.cwd(), out ?? `/tmp/synthetic-${count}`);
mkdirSync(dir, { recursive: true });
for (const a of syntheticArticles(count)) writeFileSync(join(dir, a.name), a.content);
console.log(`corpus:synthetic: wrote ${count} articles to ${dir}`);
