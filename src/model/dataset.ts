/**
 * The dataset contract, version 1: what `npm run ingest` writes and the app reads. One schema,
 * checked by `validateDataset` in the CLI (before writing), in the app (after fetching) and in tests.
 */

export const DATASET_VERSION = 1 as const;

export const FACT_TYPES = ['arms_shipment', 'troop_deployment', 'commitment', 'quote'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const ITEM_CATEGORIES = ['anti-tank', 'air-defence', 'small-arms', 'artillery', 'armour', 'ammunition', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const COMMITMENT_KINDS = ['assurance', 'air-defence', 'training', 'aid', 'other'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** ISO 3166-1 alpha-2 country code, or an organisation. */
export type ActorCode = string;
export const ORGANISATIONS = ['NATO', 'EU'] as const;

/** What the app knows of an article before its text is fetched. */
export interface ArticleMeta {
  id: string;
  date: string; // YYYY-MM-DD
  title: string;
  file: string;
}

export interface Article extends ArticleMeta {
  text: string;
}

/** UTF-16 offsets into the article's text: text.slice(start, end) is the evidence sentence(s). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A group the article named that the ingest resolved to members ("member states bordering Russia
 * and Belarus" → NO, EE, LV, LT, PL), so the app can say that the list is an inference.
 */
export interface GroupNote {
  side: 'from' | 'to';
  /** The words of the article, e.g. "member states bordering Russia and Belarus". */
  phrase: string;
  /** The members it was resolved to (a subset of the fact's side). */
  codes: ActorCode[];
  /** What the resolution rests on, e.g. "land borders and NATO membership on 2022-03-06"; null for a fixed list. */
  basis: string | null;
}

interface FactBase {
  id: string;
  articleId: string;
  date: string;
  from: ActorCode[];
  to: ActorCode[];
  evidence: Span[];
  confidence: number;
  rule: string;
  /** Present only when a side was resolved from a group. */
  groups?: GroupNote[];
}

export interface Item {
  name: string;
  category: ItemCategory;
}

export interface ArmsShipment extends FactBase {
  type: 'arms_shipment';
  items: Item[];
}

export interface TroopDeployment extends FactBase {
  type: 'troop_deployment';
  troops: number | null;
  /** The article's hedge on the figure, as written and lower-cased ("up to", "about", "some"), or null. */
  qualifier: string | null;
  unit: string | null;
}

export interface Commitment extends FactBase {
  type: 'commitment';
  kind: CommitmentKind;
}

export interface Quote extends FactBase {
  type: 'quote';
  speaker: string;
  role: string | null;
  text: string;
  direct: boolean;
}

export type Fact = ArmsShipment | TroopDeployment | Commitment | Quote;

/** The ingest's output: every article with its text, and the facts. */
export interface Dataset {
  version: typeof DATASET_VERSION;
  articles: Article[];
  facts: Fact[];
}

/**
 * What the map and panels work on: articles without their texts (fetched one by one when read)
 * and the facts. A Dataset is one too.
 */
export interface FactIndex {
  articles: ArticleMeta[];
  facts: Fact[];
}

/** Anything that lists the articles (a FactIndex, the page's FactColumns). */
export interface ArticleList {
  readonly articles: readonly ArticleMeta[];
}

export class DatasetError extends Error {
  constructor(public readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'DatasetError';
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const ACTOR_RE = /^(?:[A-Z]{2}|NATO|EU)$/;
const QUALIFIER_RE = /^[a-z]+(?: [a-z]+){0,3}$/;

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new DatasetError(`${path}.${key}`, 'expected a string');
  return v;
}

function nullableStr(o: Obj, key: string, path: string): void {
  const v = o[key];
  if (v !== null && typeof v !== 'string') throw new DatasetError(`${path}.${key}`, 'expected a string or null');
}

function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], path: string): void {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new DatasetError(`${path}.${key}`, `expected one of ${allowed.join(', ')}`);
  }
}

function actors(o: Obj, key: string, path: string): void {
  const v = o[key];
  if (!Array.isArray(v)) throw new DatasetError(`${path}.${key}`, 'expected an array of actor codes');
  v.forEach((a, i) => {
    if (typeof a !== 'string' || !ACTOR_RE.test(a)) throw new DatasetError(`${path}.${key}[${i}]`, `not an actor code: ${JSON.stringify(a)}`);
  });
}

/**
 * Checks that a parsed JSON value is a version-1 dataset and that every evidence span lies inside
 * its article. Throws a DatasetError naming the first offending path; returns the value typed.
 */
export function validateDataset(value: unknown): Dataset {
  if (!isObj(value)) throw new DatasetError('$', 'expected an object');
  if (value['version'] !== DATASET_VERSION) throw new DatasetError('$.version', `expected ${DATASET_VERSION}`);
  const { articles, facts } = value;
  if (!Array.isArray(articles)) throw new DatasetError('$.articles', 'expected an array');
  if (!Array.isArray(facts)) throw new DatasetError('$.facts', 'expected an array');

  const textById = new Map<string, string>();
  articles.forEach((a: unknown, i) => {
    const path = `$.articles[${i}]`;
    if (!isObj(a)) throw new DatasetError(path, 'expected an object');
    const id = str(a, 'id', path);
    if (!DATE_RE.test(str(a, 'date', path))) throw new DatasetError(`${path}.date`, 'expected YYYY-MM-DD');
    str(a, 'title', path);
    str(a, 'file', path);
    if (textById.has(id)) throw new DatasetError(`${path}.id`, `duplicate article id ${id}`);
    textById.set(id, str(a, 'text', path));
  });

  const factIds = new Set<string>();
  facts.forEach((f: unknown, i) => {
    const path = `$.facts[${i}]`;
    if (!isObj(f)) throw new DatasetError(path, 'expected an object');
    const text = textById.get(str(f, 'articleId', path));
    if (text === undefined) throw new DatasetError(`${path}.articleId`, 'names no article in the dataset');
    checkFact(f, path, text.length);
    if (factIds.has(f['id'] as string)) throw new DatasetError(`${path}.id`, `duplicate fact id ${f['id'] as string}`);
    factIds.add(f['id'] as string);
  });
  return value as unknown as Dataset;
}

/**
 * Checks one fact object (any dataset form decoded to the v1 shape): its fields, types and that
 * every evidence span lies inside an article text of `textLength` UTF-16 units. Throws a
 * DatasetError naming the offending path; returns the value typed.
 */
export function checkFact(f: Obj, path: string, textLength: number): Fact {
  str(f, 'id', path);
  if (!DATE_RE.test(str(f, 'date', path))) throw new DatasetError(`${path}.date`, 'expected YYYY-MM-DD');
  oneOf(f, 'type', FACT_TYPES, path);
  actors(f, 'from', path);
  actors(f, 'to', path);
  str(f, 'rule', path);
  const c = f['confidence'];
  if (typeof c !== 'number' || !(c >= 0 && c <= 1)) throw new DatasetError(`${path}.confidence`, 'expected a number from 0 to 1');
  const ev = f['evidence'];
  if (!Array.isArray(ev) || ev.length === 0) throw new DatasetError(`${path}.evidence`, 'expected at least one span');
  ev.forEach((s: unknown, j) => {
    const sp = `${path}.evidence[${j}]`;
    if (!isObj(s)) throw new DatasetError(sp, 'expected {start, end}');
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > textLength) {
      throw new DatasetError(sp, `span outside the article's text (length ${textLength})`);
    }
  });
  const groups = f['groups'];
  if (groups !== undefined) {
    if (!Array.isArray(groups) || groups.length === 0) throw new DatasetError(`${path}.groups`, 'expected a non-empty array when present');
    groups.forEach((g: unknown, j) => {
      const gp = `${path}.groups[${j}]`;
      if (!isObj(g)) throw new DatasetError(gp, 'expected {side, phrase, codes, basis}');
      oneOf(g, 'side', ['from', 'to'] as const, gp);
      str(g, 'phrase', gp);
      actors(g, 'codes', gp);
      const side = f[g['side'] as 'from' | 'to'] as string[];
      if (!(g['codes'] as string[]).every((c) => side.includes(c))) throw new DatasetError(`${gp}.codes`, `not all on the fact's ${g['side'] as string} side`);
      nullableStr(g, 'basis', gp);
    });
  }
  const type = f['type'] as FactType;
  switch (type) {
    case 'arms_shipment': {
      const items = f['items'];
      if (!Array.isArray(items)) throw new DatasetError(`${path}.items`, 'expected an array');
      items.forEach((it: unknown, j) => {
        if (!isObj(it)) throw new DatasetError(`${path}.items[${j}]`, 'expected {name, category}');
        str(it, 'name', `${path}.items[${j}]`);
        oneOf(it, 'category', ITEM_CATEGORIES, `${path}.items[${j}]`);
      });
      break;
    }
    case 'troop_deployment': {
      const t = f['troops'];
      if (t !== null && !(Number.isInteger(t) && (t as number) >= 0)) throw new DatasetError(`${path}.troops`, 'expected a whole number or null');
      const q = f['qualifier'];
      if (q !== null && !(typeof q === 'string' && QUALIFIER_RE.test(q))) throw new DatasetError(`${path}.qualifier`, 'expected a few lower-case words or null');
      nullableStr(f, 'unit', path);
      break;
    }
    case 'commitment':
      oneOf(f, 'kind', COMMITMENT_KINDS, path);
      break;
    case 'quote':
      str(f, 'speaker', path);
      nullableStr(f, 'role', path);
      str(f, 'text', path);
      if (typeof f['direct'] !== 'boolean') throw new DatasetError(`${path}.direct`, 'expected a boolean');
      break;
    default:
      return unreachable(type);
  }
  return f as unknown as Fact;
}

/** The end of an exhaustive switch: a new member of the union is a compile error here. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}
