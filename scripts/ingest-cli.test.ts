import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFactIndex, INDEX_FILE } from '../src/model/data-files';
import { runIngest } from './ingest-cli';

function setup(files: Record<string, string | Buffer>): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(root, 'data') };
}

function run(dir: string, out: string): { code: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runIngest(['--in', dir, '--out', out], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

const GOOD = ' date 2023-02-01 Estonia is sending howitzers to Ukraine. Canada sent 300 troops to Latvia.';

describe('ingest CLI', () => {
  it('writes a valid dataset and a one-line summary', () => {
    const { dir, out } = setup({ 'a.txt': GOOD });
    const r = run(dir, out);
    expect(r.code).toBe(0);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]).toMatch(/1 articles, 2 facts \(arms_shipment 1, troop_deployment 1, commitment 0, quote 0\) in \d+ ms/);
    const data = decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8')));
    expect(data.articles[0]!.id).toBe('a');
    expect(readdirSync(join(out, 'text'))).toHaveLength(1);
    expect(readdirSync(join(dir, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes byte-identical output on two runs', () => {
    const { dir, out } = setup({ 'a.txt': GOOD, 'b.txt': ' date 2022-03-06 The Dutch are sending rocket launchers to Ukraine.' });
    const snapshot = () => readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => `${join(e.parentPath, e.name)}\n${readFileSync(join(e.parentPath, e.name), 'utf8')}`).sort().join('\n');
    expect(run(dir, out).code).toBe(0);
    const first = snapshot();
    expect(run(dir, out).code).toBe(0);
    expect(snapshot()).toBe(first);
    expect(first).toContain(INDEX_FILE);
  });

  it('reports every bad file as file:line: message, exits 1 and leaves the output untouched', () => {
    const { dir, out } = setup({
      'good.txt': GOOD,
      'noheader.txt': 'Estonia is sending howitzers.',
      'baddate.txt': ' date 2022-02-30 Text.',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x20, 0x64, 0x61, 0x0a, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xe8]),
      'big.txt': ` date 2022-01-01 ${'word '.repeat(210_000)}`,
      'Good.TXT': GOOD,
    });
    mkdirSync(out);
    writeFileSync(join(out, INDEX_FILE), 'previous output');
    const r = run(dir, out);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, INDEX_FILE), 'utf8')).toBe('previous output');
    const text = r.stderr.join('\n');
    expect(text).toMatch(/^noheader\.txt:1: missing date header/m);
    expect(text).toMatch(/^baddate\.txt:1: impossible date 2022-02-30/m);
    expect(text).toMatch(/^empty\.txt:1: empty file/m);
    expect(text).toMatch(/^binary\.txt:2: binary file/m);
    expect(text).toMatch(/^latin1\.txt:1: not valid UTF-8/m);
    expect(text).toMatch(/^big\.txt:1: file is larger than/m);
    expect(text).toMatch(/duplicate article id/);
  });

  it('replaces the previous output whole: texts of removed articles do not linger', () => {
    const { dir, out } = setup({ 'a.txt': GOOD, 'b.txt': ' date 2022-03-06 The Dutch are sending rocket launchers to Ukraine.' });
    expect(run(dir, out).code).toBe(0);
    expect(readdirSync(join(out, 'text'))).toHaveLength(2);
    rmSync(join(dir, 'b.txt'));
    expect(run(dir, out).code).toBe(0);
    expect(readdirSync(join(out, 'text'))).toHaveLength(1);
    expect(readdirSync(join(out, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('does not create the output when the first run fails', () => {
    const { dir, out } = setup({ 'bad.txt': 'no header' });
    expect(run(dir, out).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects unknown arguments', () => {
    const stderr: string[] = [];
    expect(runIngest(['--nope'], { stdout: () => {}, stderr: (l) => stderr.push(l) })).toBe(2);
    expect(stderr[0]).toContain('unknown argument');
  });
});
