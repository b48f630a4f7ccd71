/**
 * The files `npm run ingest` writes for the app (format version 2):
 *   facts.json            every article's metadata and every fact, in compact rows
 *   text/<hash>.json      one article's text, fetched only when the reader or a card needs it
 * The first view needs only facts.json, so it stays small however many articles there are.
 * Row layout (position = meaning; the repeated keys of a JSON object would double the file):
 *   article: [id, date, title, file, textLength]
 *   fact:    [type, articleIndex, idTail, from, to, [start, end, …], confidence, ruleIndex, …by type]
 *            arms [[name, categoryIndex], …] · troops troops, qualifier, unit · commitment kindIndex
 *            quote speaker, role, text, direct (0/1)
 * `idTail` is the id without its "<articleId>:" prefix, or "!" + the whole id when it has none.
 * Groups resolved to members are rare, so they sit in their own table rather than in every row:
 *   group:   [factIndex, side, phrase, [codes], basis]
 */
import { hash64 } from '../util/hash.ts';
import { FactColumns, FactColumnsBuilder } from './fact-columns.ts';
import {
  COMMITMENT_KINDS, DatasetError, ITEM_CATEGORIES, checkFact, isObj, str, unreachable,
  type ArticleMeta, type Dataset, type Fact, type FactIndex, type FactType, type Obj,
} from './dataset.ts';

export const DATA_FILES_VERSION = 2 as const;
export const INDEX_FILE = 'facts.json';

const TYPE_CODE: Record<FactType, string> = { arms_shipment: 'a', troop_deployment: 't', commitment: 'c', quote: 'q' };
const TYPE_OF_CODE = new Map(Object.entries(TYPE_CODE).map(([t, c]) => [c, t as FactType]));

/** Where an article's text lives, relative to the data folder: named by a hash, so any id is a safe file name. */
export function textFileName(articleId: string): string {
  return `text/${hash64(articleId)}.json`;
}

export interface DataFile {
  path: string;
  content: string;
}

function idTail(f: Fact): string {
  const prefix = `${f.articleId}:`;
  return f.id.startsWith(prefix) ? f.id.slice(prefix.length) : `!${f.id}`;
}

function factRow(f: Fact, articleIndex: number, ruleIndex: number): unknown[] {
  const base = [TYPE_CODE[f.type], articleIndex, idTail(f), f.from, f.to, f.evidence.flatMap((e) => [e.start, e.end]), f.confidence, ruleIndex];
  switch (f.type) {
    case 'arms_shipment': return [...base, f.items.map((i) => [i.name, ITEM_CATEGORIES.indexOf(i.category)])];
    case 'troop_deployment': return [...base, f.troops, f.qualifier, f.unit];
    case 'commitment': return [...base, COMMITMENT_KINDS.indexOf(f.kind)];
    case 'quote': return [...base, f.speaker, f.role, f.text, f.direct ? 1 : 0];
    default: return unreachable(f);
  }
}

/**
 * The dataset as the app's files, byte-identical for the same dataset: one fact per line in the
 * index (diffs and partial reads stay readable), texts one file each.
 */
export function encodeDataFiles(d: Dataset): DataFile[] {
  const articleIndex = new Map(d.articles.map((a, i) => [a.id, i]));
  const rules = [...new Set(d.facts.map((f) => f.rule))].sort();
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));
  const rows = d.facts.map((f) => {
    const ai = articleIndex.get(f.articleId);
    if (ai === undefined) throw new Error(`fact ${f.id} names no article`);
    if (f.date !== d.articles[ai]!.date) throw new Error(`fact ${f.id} is not dated like its article`);
    return JSON.stringify(factRow(f, ai, ruleIndex.get(f.rule)!));
  });
  const articles = d.articles.map((a) => JSON.stringify([a.id, a.date, a.title, a.file, a.text.length]));
  const groups = d.facts.flatMap((f, i) => (f.groups ?? []).map((g) => JSON.stringify([i, g.side, g.phrase, g.codes, g.basis])));
  const index = [
    `{"version":${DATA_FILES_VERSION},`,
    `"rules":${JSON.stringify(rules)},`,
    `"articles":[\n${articles.join(',\n')}\n],`,
    `"facts":[\n${rows.join(',\n')}\n],`,
    `"groups":[${groups.length ? `\n${groups.join(',\n')}\n` : ''}]}\n`,
  ].join('\n');
  const files: DataFile[] = [{ path: INDEX_FILE, content: index }];
  const seen = new Map<string, string>();
  for (const a of d.articles) {
    const path = textFileName(a.id);
    const other = seen.get(path);
    if (other !== undefined) throw new Error(`articles ${other} and ${a.id} hash to the same text file`);
    seen.set(path, a.id);
    files.push({ path, content: `${JSON.stringify({ id: a.id, text: a.text })}\n` });
  }
  return files;
}

function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new DatasetError(path, 'expected an array');
  return v;
}

/** One row as the v1 fact object checkFact reads (every field in one literal, so it is quick to build). */
function factFromRow(row: unknown[], path: string, articles: readonly ArticleMeta[], rules: readonly string[]): Obj {
  // Read by position, not destructured: this runs 20,000 times at a thousand articles, and a rest
  // element copies the row.
  const code = row[0], ai = row[1], tail = row[2], confidence = row[6], ri = row[7];
  const rest = (k: number): unknown => row[8 + k];
  const type = TYPE_OF_CODE.get(String(code));
  if (!type) throw new DatasetError(`${path}[0]`, `unknown fact type code ${JSON.stringify(code)}`);
  const article = typeof ai === 'number' ? articles[ai] : undefined;
  if (!article) throw new DatasetError(`${path}[1]`, 'names no article in the index');
  if (typeof tail !== 'string' || tail === '') throw new DatasetError(`${path}[2]`, 'expected an id');
  const rule = typeof ri === 'number' ? rules[ri] : undefined;
  if (rule === undefined) throw new DatasetError(`${path}[7]`, 'names no rule');
  const spans = arr(row[5], `${path}[5]`);
  if (spans.length % 2 !== 0) throw new DatasetError(`${path}[5]`, 'expected start/end pairs');
  const evidence: Obj[] = [];
  for (let k = 0; k < spans.length; k += 2) evidence.push({ start: spans[k], end: spans[k + 1] });
  const id = tail.startsWith('!') ? tail.slice(1) : `${article.id}:${tail}`;
  const articleId = article.id;
  const date = article.date;
  const from = row[3];
  const to = row[4];
  switch (type) {
    case 'arms_shipment': {
      const items = arr(rest(0), `${path}[8]`).map((it, j) => {
        const [name, ci] = arr(it, `${path}[8][${j}]`);
        return { name, category: typeof ci === 'number' ? ITEM_CATEGORIES[ci] : undefined };
      });
      return { id, articleId, date, type, from, to, evidence, confidence, rule, items };
    }
    case 'troop_deployment': return { id, articleId, date, type, from, to, evidence, confidence, rule, troops: rest(0), qualifier: rest(1), unit: rest(2) };
    case 'commitment': {
      const kind = rest(0);
      return { id, articleId, date, type, from, to, evidence, confidence, rule, kind: typeof kind === 'number' ? COMMITMENT_KINDS[kind] : undefined };
    }
    case 'quote': {
      const direct = rest(3);
      return { id, articleId, date, type, from, to, evidence, confidence, rule, speaker: rest(0), role: rest(1), text: rest(2), direct: direct === 1 ? true : direct === 0 ? false : direct };
    }
    default: return unreachable(type);
  }
}

/** Where a decode puts the facts it has checked. */
interface FactSink<T> {
  add(f: Fact): void;
  finish(): T;
}

function factList(articles: readonly ArticleMeta[]): FactSink<FactIndex> {
  const facts: Fact[] = [];
  return { add: (f) => facts.push(f), finish: () => ({ articles: [...articles], facts }) };
}

/**
 * facts.json → the facts as objects (the CLI, tests), checked as strictly as a full dataset: every
 * fact's fields, ids unique, evidence inside its article's text length. Throws a DatasetError
 * naming the path.
 */
export function decodeFactIndex(value: unknown): FactIndex {
  const steps = decodeSteps(value, factList);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** How many facts the decode checks between two looks at the clock. */
const STEP = 500;
/**
 * How long one slice of the in-page decode may run before it lets the page breathe: under the 50 ms of a long task.
 * A budget, not a count of facts: the map draws a frame at every pause, and on a software-rendered page a frame costs
 * ~50 ms, so slices of a few ms each (2,000 facts) made a 1,000-article decode wait on a dozen frames.
 */
export const SLICE_MS = 40;

/**
 * facts.json → the page's columns, with the same checks, in slices of at most SLICE_MS (by `now`) with `pause`
 * awaited between them: at 1,000 articles the check of every fact is one long task of ~100 ms otherwise,
 * which blocks input while the map starts. Each fact object is checked, stored in the columns and
 * let go, so the page never holds the objects of every fact.
 */
export async function decodeFactColumnsInSlices(
  value: unknown,
  pause: () => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<FactColumns> {
  const steps = decodeSteps(value, (articles, count) => new FactColumnsBuilder(articles, count));
  let sliceStart = now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (now() - sliceStart < SLICE_MS) continue;
    await pause();
    sliceStart = now();
  }
}

function* decodeSteps<T>(value: unknown, sinkFor: (articles: readonly ArticleMeta[], count: number) => FactSink<T>): Generator<void, T> {
  if (!isObj(value)) throw new DatasetError('$', 'expected an object');
  if (value['version'] !== DATA_FILES_VERSION) throw new DatasetError('$.version', `expected ${DATA_FILES_VERSION}`);
  const rules = arr(value['rules'], '$.rules');
  rules.forEach((r, i) => { if (typeof r !== 'string') throw new DatasetError(`$.rules[${i}]`, 'expected a string'); });
  const lengths: number[] = [];
  const ids = new Set<string>();
  const articles: ArticleMeta[] = arr(value['articles'], '$.articles').map((row, i) => {
    const path = `$.articles[${i}]`;
    const [id, date, title, file, length] = arr(row, path);
    const o: Obj = { id, date, title, file };
    for (const key of ['id', 'date', 'title', 'file']) str(o, key, path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date as string)) throw new DatasetError(`${path}.date`, 'expected YYYY-MM-DD');
    if (!Number.isInteger(length) || (length as number) < 0) throw new DatasetError(`${path}[4]`, 'expected the text length');
    if (ids.has(id as string)) throw new DatasetError(`${path}.id`, `duplicate article id ${id as string}`);
    ids.add(id as string);
    lengths.push(length as number);
    return o as unknown as ArticleMeta;
  });
  const groupsByFact = new Map<number, Obj[]>();
  arr(value['groups'] ?? [], '$.groups').forEach((row, i) => {
    const [fi, side, phrase, codes, basis] = arr(row, `$.groups[${i}]`);
    if (!Number.isInteger(fi)) throw new DatasetError(`$.groups[${i}][0]`, 'expected a fact index');
    groupsByFact.set(fi as number, [...(groupsByFact.get(fi as number) ?? []), { side, phrase, codes, basis }]);
  });
  const factRows = arr(value['facts'], '$.facts');
  for (const fi of groupsByFact.keys()) if (fi < 0 || fi >= factRows.length) throw new DatasetError('$.groups', `names no fact ${fi}`);
  const factIds = new Set<string>();
  const sink = sinkFor(articles, factRows.length);
  for (let i = 0; i < factRows.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    const row = factRows[i];
    const path = `$.facts[${i}]`;
    const o = factFromRow(arr(row, path), path, articles, rules as string[]);
    const groups = groupsByFact.get(i);
    if (groups) o['groups'] = groups;
    const fact = checkFact(o, path, lengths[(row as unknown[])[1] as number]!);
    if (factIds.has(fact.id)) throw new DatasetError(`${path}.id`, `duplicate fact id ${fact.id}`);
    factIds.add(fact.id);
    sink.add(fact);
  }
  return sink.finish();
}

/** text/<hash>.json → the article's text, after checking it is the article asked for. */
export function decodeArticleText(value: unknown, articleId: string): string {
  if (!isObj(value)) throw new DatasetError('$', 'expected an object');
  if (value['id'] !== articleId) throw new DatasetError('$.id', `expected the text of ${articleId}`);
  return str(value, 'text', '$');
}
