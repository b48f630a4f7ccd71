import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFactIndex, INDEX_FILE } from '../src/model/data-files';
import { runIngest, type InputFs } from './ingest-cli';

function setup(files: Record<string, string | Buffer>): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(root, 'data') };
}

async function run(dir: string, out: string, extra: string[] = [], inputFs?: InputFs): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l) };
  const code = await runIngest(['--in', dir, '--out', out, ...extra], io, inputFs ? { fs: inputFs } : {});
  return { code, stdout, stderr };
}

const GOOD = ' date 2023-02-01 Estonia is sending howitzers to Ukraine. Canada sent 300 troops to Latvia.';

describe('ingest CLI', () => {
  it('writes a valid dataset and a one-line summary', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD });
    const r = await run(dir, out);
    expect(r.code).toBe(0);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]).toMatch(/1 articles, 2 facts \(arms_shipment 1, troop_deployment 1, commitment 0, quote 0\) in \d+ ms/);
    const data = decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8')));
    expect(data.articles[0]!.id).toBe('a');
    expect(readdirSync(join(out, 'text'))).toHaveLength(1);
    expect(readdirSync(join(dir, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes byte-identical output on two runs', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD, 'b.txt': ' date 2022-03-06 The Dutch are sending rocket launchers to Ukraine.' });
    const snapshot = () => readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => `${join(e.parentPath, e.name)}\n${readFileSync(join(e.parentPath, e.name), 'utf8')}`).sort().join('\n');
    expect((await run(dir, out)).code).toBe(0);
    const first = snapshot();
    expect((await run(dir, out)).code).toBe(0);
    expect(snapshot()).toBe(first);
    expect(first).toContain(INDEX_FILE);
  });

  it('reports every bad file as file:line: message, exits 1 and leaves the output untouched', async () => {
    const { dir, out } = setup({
      'good.txt': GOOD,
      'noheader.txt': 'Estonia is sending howitzers.',
      'baddate.txt': ' date 2022-02-30 Text.',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x20, 0x64, 0x61, 0x0a, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xe8]),
      'big.txt': ` date 2022-01-01 ${'word '.repeat(210_000)}`,
      // Another article whose id differs from good.txt's only by case.
      'Good.TXT': `${GOOD} Poland sent tanks to Ukraine.`,
    });
    mkdirSync(out);
    writeFileSync(join(out, INDEX_FILE), 'previous output');
    const r = await run(dir, out);
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

  it('replaces the previous output whole: texts of removed articles do not linger', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD, 'b.txt': ' date 2022-03-06 The Dutch are sending rocket launchers to Ukraine.' });
    expect((await run(dir, out)).code).toBe(0);
    expect(readdirSync(join(out, 'text'))).toHaveLength(2);
    rmSync(join(dir, 'b.txt'));
    expect((await run(dir, out)).code).toBe(0);
    expect(readdirSync(join(out, 'text'))).toHaveLength(1);
    expect(readdirSync(join(out, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('does not create the output when the first run fails', async () => {
    const { dir, out } = setup({ 'bad.txt': 'no header' });
    expect((await run(dir, out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects unknown arguments', async () => {
    const stderr: string[] = [];
    expect(await runIngest(['--nope'], { stdout: () => {}, stderr: (l) => stderr.push(l) })).toBe(2);
    expect(stderr[0]).toContain('unknown argument');
  });

  it('skips dot-files and entries not named .txt, listed in one line', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD, '.hidden.txt': ` date 2022-01-01 ${GOOD.slice(17)} Hidden.`, '.DS_Store': 'x', 'notes.md': '# notes' });
    mkdirSync(join(dir, 'images'));
    const r = await run(dir, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(['ingest: skipped 4 entries that are not articles (dot-files, names not ending in .txt): .DS_Store, .hidden.txt, images/, notes.md']);
    expect(r.stdout[0]).toMatch(/^ingest: 1 articles,/);
    expect(decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8'))).articles.map((a) => a.id)).toEqual(['a']);
  });

  it('refuses the same text under two names, naming both, whatever the line endings', async () => {
    const text = `${GOOD}\nPoland sent tanks to Ukraine.`;
    const { dir, out } = setup({ 'a.txt': text, 'copy of a.txt': `\uFEFF${text.replace(/\n/g, '\r\n')}\r\n` });
    const r = await run(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toBe('copy of a.txt:1: same text as a.txt: one article under two names would be counted twice');
    expect(existsSync(out)).toBe(false);
  });

  it('names every entry it cannot read: a folder, a dangling symlink, a file without permission', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD, 'locked.txt': GOOD.replace('howitzers', 'tanks') });
    mkdirSync(join(dir, 'x.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    // Tests may run as root, for whom no file is unreadable: the permission error is staged.
    const denied: InputFs = {
      ...fs,
      readFileSync: ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
        if (String(path).endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
        return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
      }) as typeof fs.readFileSync,
    };
    const r = await run(dir, out, [], denied);
    expect(r.code).toBe(1);
    expect(r.stderr.slice(0, 3)).toEqual([
      'link.txt:1: cannot read: a symbolic link to a file that does not exist',
      'locked.txt:1: cannot read: permission denied (EACCES)',
      'x.txt:1: cannot read: a folder, not an article file',
    ]);
  });

  it('says in one line that the input folder is missing', async () => {
    const { out } = setup({});
    const r = await run('/nonexistent/articles', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(['/nonexistent/articles:1: cannot read the input folder: no such file (ENOENT)']);
  });

  it.each([
    ['missing', null, 'cannot read the boundaries: no such file (ENOENT)'],
    ['not JSON', '{"type": "Topology", ', 'the boundaries are not valid JSON (npm run build:geo writes them)'],
    ['not a topology', '{"type": "FeatureCollection"}', 'not a countries topology (expected objects.countries)'],
  ])('reports a %s --topo file in one line, without a stack trace', async (_name, content, message) => {
    const { dir, out } = setup({ 'a.txt': GOOD });
    const topo = join(dir, '..', 'topo.json');
    if (content !== null) writeFileSync(topo, content);
    const r = await run(dir, out, ['--topo', topo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([`${topo}:1: ${message}`]);
    expect(existsSync(out)).toBe(false);
  });
});

/** The pid of a process that has just ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

const temps = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith('.ingest-'));

describe('ingest CLI temporary folders', () => {
  it('removes the ones of dead processes when a run starts, and keeps a live one', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD });
    const dead = deadPid();
    mkdirSync(join(dir, '..', `.ingest-${dead}-1.tmp`, 'text'), { recursive: true });
    writeFileSync(join(dir, '..', `.ingest-${dead}-1.tmp`, 'text', 'x.json'), '{}');
    writeFileSync(join(dir, '..', `.ingest-${dead}-2-old.tmp`), '');
    mkdirSync(join(dir, '..', `.ingest-${process.ppid}-3.tmp`));
    const r = await run(dir, out);
    expect(r.code).toBe(0);
    expect(temps(out)).toEqual([`.ingest-${process.ppid}-3.tmp`]);
    expect(r.stderr).toEqual([
      `ingest: removed .ingest-${dead}-1.tmp, left by a run that was killed`,
      `ingest: removed .ingest-${dead}-2-old.tmp, left by a run that was killed`,
    ]);
  });

  it('restores the previous output that a run killed between its two renames left aside', async () => {
    const { dir, out } = setup({ 'bad.txt': 'no header' });
    const aside = join(dir, '..', `.ingest-${deadPid()}-1-old-data.tmp`);
    mkdirSync(aside);
    writeFileSync(join(aside, INDEX_FILE), 'previous output');
    const r = await run(dir, out);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, INDEX_FILE), 'utf8')).toBe('previous output');
    expect(temps(out)).toEqual([]);
  });

  /** Starts a writer that stops mid-write, and resolves once it has written its first files. */
  function writerStoppedMidWrite(out: string): Promise<ReturnType<typeof spawn>> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest-write-harness.ts', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (d) => { err += String(d); });
      child.stdout!.on('data', (d) => { if (String(d).includes('writing')) resolve(child); });
      child.on('exit', (code) => reject(new Error(`the writer ended early (${code}): ${err}`)));
    });
  }
  const exited = (child: ReturnType<typeof spawn>) => new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));

  it('kill -9 during the write: the temp folder is gone once the next run has started', async () => {
    const { dir, out } = setup({ 'a.txt': GOOD });
    const child = await writerStoppedMidWrite(out);
    expect(temps(out)).toEqual([expect.stringMatching(new RegExp(`^\\.ingest-${child.pid}-\\d+\\.tmp$`))]);
    const end = exited(child);
    child.kill('SIGKILL');
    expect(await end).toEqual([null, 'SIGKILL']);
    expect(temps(out)).toHaveLength(1);
    const r = await run(dir, out);
    expect(r.code).toBe(0);
    expect(temps(out)).toEqual([]);
    expect(r.stderr).toEqual([expect.stringMatching(/^ingest: removed \.ingest-\d+-\d+\.tmp, left by a run that was killed$/)]);
    expect(decodeFactIndex(JSON.parse(readFileSync(join(out, INDEX_FILE), 'utf8'))).articles).toHaveLength(1);
  }, 20_000);

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during the write: exit %i, nothing left behind, the output untouched', async (signal, code) => {
    const { out } = setup({});
    mkdirSync(out);
    writeFileSync(join(out, INDEX_FILE), 'previous output');
    const child = await writerStoppedMidWrite(out);
    expect(temps(out)).toHaveLength(1);
    const end = exited(child);
    child.kill(signal);
    expect(await end).toEqual([code, null]);
    expect(temps(out)).toEqual([]);
    expect(readFileSync(join(out, INDEX_FILE), 'utf8')).toBe('previous output');
  }, 20_000);
});
