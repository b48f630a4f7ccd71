/**
 * The reviews contract, version 1: people's decisions about facts, kept as data in
 * `articles/reviews.json` (written by *Export reviews*, read by `npm run ingest` and *Import reviews*).
 *
 * One decision per line, in a canonical order, so a team keeps the file in git and a diff reads
 * as "who decided what". A decision names its fact by id AND by the text of its evidence: ids
 * survive re-ingest, and the text catches the day a fact with that id stands on another sentence
 * (the decision is then stale, never applied to a sentence nobody reviewed).
 *
 *   confirm  the fact is right as extracted
 *   reject   the fact is wrong: it leaves the map and the data
 *   edit     the fact is right with these fields changed (`set`)
 *   add      a fact the extractor missed: its article, the evidence span `at` and all its fields
 */
import {
  COMMITMENT_KINDS, FACT_TYPES, ITEM_CATEGORIES, isObj, unreachable,
  type ActorCode, type CommitmentKind, type FactType, type Item, type Obj,
} from './dataset.ts';

export const REVIEWS_VERSION = 1 as const;
export const REVIEWS_FILE = 'reviews.json';

export const REVIEW_DECISIONS = ['confirm', 'reject', 'edit', 'add'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

/** Fields a person may set on a fact (edit) or must give for a new one (add). */
export interface FactFields {
  from?: ActorCode[];
  to?: ActorCode[];
  items?: Item[];
  troops?: number | null;
  qualifier?: string | null;
  unit?: string | null;
  kind?: CommitmentKind;
  speaker?: string;
  role?: string | null;
  /** Quotes only, and only when added: the words quoted, and whether they are quoted verbatim. */
  text?: string;
  direct?: boolean;
}
export type FieldName = keyof FactFields;

/** The fields each fact type has, in the order they are written; `text` and `direct` only for add. */
export const FIELDS_BY_TYPE: Readonly<Record<FactType, readonly FieldName[]>> = {
  arms_shipment: ['from', 'to', 'items'],
  troop_deployment: ['from', 'to', 'troops', 'qualifier', 'unit'],
  commitment: ['from', 'to', 'kind'],
  quote: ['from', 'to', 'speaker', 'role', 'text', 'direct'],
};
const EDIT_ONLY_EXCLUDED: ReadonlySet<FieldName> = new Set(['text', 'direct']);
/** Fields an edit may change on a fact of this type. */
export function editableFields(type: FactType): FieldName[] {
  return FIELDS_BY_TYPE[type].filter((f) => !EDIT_ONLY_EXCLUDED.has(f));
}
/** Fields an add must give; the others default (null, or for a quote `direct` false). */
const REQUIRED_FOR_ADD: Readonly<Record<FactType, readonly FieldName[]>> = {
  arms_shipment: ['from', 'to', 'items'],
  troop_deployment: ['from', 'to'],
  commitment: ['from', 'to', 'kind'],
  quote: ['from', 'to', 'speaker'],
};
const FIELD_ORDER: readonly FieldName[] = ['from', 'to', 'items', 'troops', 'qualifier', 'unit', 'kind', 'speaker', 'role', 'text', 'direct'];

interface DecisionBase {
  /** The fact's id (for add: the new fact's id, `<article>:<type>:added-<hash>`). */
  fact: string;
  /** The reviewer's name, as they gave it. */
  who: string;
  /** ISO 8601 date-time in UTC, e.g. 2026-11-30T14:05:00.000Z. */
  when: string;
  /** The text of each evidence span, as the reviewer read it. */
  evidence: string[];
}

export interface ConfirmDecision extends DecisionBase { decision: 'confirm' }
export interface RejectDecision extends DecisionBase { decision: 'reject' }
export interface EditDecision extends DecisionBase { decision: 'edit'; set: FactFields }
export interface AddDecision extends DecisionBase {
  decision: 'add';
  article: string;
  /** UTF-16 offsets of the evidence in the article's text; `evidence[0]` is the text there. */
  at: [number, number];
  type: FactType;
  set: FactFields;
}
export type ReviewDecision = ConfirmDecision | RejectDecision | EditDecision | AddDecision;

export interface ReviewsFile {
  version: typeof REVIEWS_VERSION;
  decisions: ReviewDecision[];
}

export class ReviewsError extends Error {
  /** `line` is 1-based in the file the decisions were read from, when known. */
  constructor(public readonly path: string, public readonly reason: string, public readonly line: number | null = null) {
    super(`${path}: ${reason}`);
    this.name = 'ReviewsError';
  }
}

const ACTOR_RE = /^(?:[A-Z]{2}|NATO|EU)$/;
const QUALIFIER_RE = /^[a-z]+(?: [a-z]+){0,3}$/;
const WHEN_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
// Control characters and bidi overrides would garble a name wherever it is shown.
const UNSAFE_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
export const MAX_REVIEWER_NAME = 80;
const MAX_ID = 300;
const MAX_EVIDENCE = 20_000;

/** A reviewer name is a few visible characters; null when it is fine, else what is wrong. */
export function reviewerNameProblem(name: string): string | null {
  const t = name.trim();
  if (t === '') return 'expected a name';
  if (t !== name) return 'has spaces at its start or end';
  if (t.length > MAX_REVIEWER_NAME) return `longer than ${MAX_REVIEWER_NAME} characters`;
  if (UNSAFE_NAME.test(t)) return 'holds control or formatting characters';
  return null;
}

function fail(path: string, reason: string): never {
  throw new ReviewsError(path, reason);
}

function nonEmptyString(o: Obj, key: string, path: string, max: number): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0) fail(`${path}.${key}`, 'expected a non-empty string');
  if (v.length > max) fail(`${path}.${key}`, `longer than ${max} characters`);
  return v;
}

function actorList(v: unknown, path: string): ActorCode[] {
  if (!Array.isArray(v)) fail(path, 'expected an array of actor codes');
  v.forEach((a, i) => {
    if (typeof a !== 'string' || !ACTOR_RE.test(a)) fail(`${path}[${i}]`, `not an actor code: ${JSON.stringify(a)}`);
  });
  if (new Set(v).size !== v.length) fail(path, 'names an actor twice');
  return v as ActorCode[];
}

function checkField(name: FieldName, v: unknown, path: string): void {
  switch (name) {
    case 'from':
    case 'to':
      actorList(v, path);
      return;
    case 'items':
      if (!Array.isArray(v)) fail(path, 'expected an array of {name, category}');
      v.forEach((it: unknown, j) => {
        if (!isObj(it)) fail(`${path}[${j}]`, 'expected {name, category}');
        const keys = Object.keys(it).filter((k) => k !== 'name' && k !== 'category');
        if (keys.length) fail(`${path}[${j}].${keys[0]}`, 'unknown field');
        if (typeof it['name'] !== 'string' || it['name'].trim() === '') fail(`${path}[${j}].name`, 'expected a non-empty string');
        if (typeof it['category'] !== 'string' || !(ITEM_CATEGORIES as readonly string[]).includes(it['category'])) {
          fail(`${path}[${j}].category`, `expected one of ${ITEM_CATEGORIES.join(', ')}`);
        }
      });
      return;
    case 'troops':
      if (v !== null && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000_000)) fail(path, 'expected a whole number or null');
      return;
    case 'qualifier':
      if (v !== null && !(typeof v === 'string' && QUALIFIER_RE.test(v))) fail(path, 'expected a few lower-case words or null');
      return;
    case 'unit':
    case 'role':
      if (v !== null && !(typeof v === 'string' && v.trim() !== '' && v.length <= 200)) fail(path, 'expected a non-empty string or null');
      return;
    case 'kind':
      if (typeof v !== 'string' || !(COMMITMENT_KINDS as readonly string[]).includes(v)) fail(path, `expected one of ${COMMITMENT_KINDS.join(', ')}`);
      return;
    case 'speaker':
    case 'text':
      if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_EVIDENCE) fail(path, 'expected a non-empty string');
      return;
    case 'direct':
      if (typeof v !== 'boolean') fail(path, 'expected true or false');
      return;
    default:
      unreachable(name);
  }
}

function checkSet(v: unknown, allowed: readonly FieldName[], path: string): FactFields {
  if (!isObj(v)) fail(path, 'expected an object of fields');
  const keys = Object.keys(v);
  if (keys.length === 0) fail(path, 'changes nothing');
  for (const k of keys) {
    if (!(FIELD_ORDER as readonly string[]).includes(k)) fail(`${path}.${k}`, `unknown field (expected ${FIELD_ORDER.join(', ')})`);
    if (!allowed.includes(k as FieldName)) fail(`${path}.${k}`, 'is not a field of this fact type');
    checkField(k as FieldName, v[k], `${path}.${k}`);
  }
  return v as FactFields;
}

const KEYS: Readonly<Record<ReviewDecisionKind, readonly string[]>> = {
  confirm: ['decision', 'fact', 'who', 'when', 'evidence'],
  reject: ['decision', 'fact', 'who', 'when', 'evidence'],
  edit: ['decision', 'fact', 'who', 'when', 'set', 'evidence'],
  add: ['decision', 'fact', 'who', 'when', 'article', 'at', 'type', 'set', 'evidence'],
};

/** Checks one decision object; throws a ReviewsError naming the path. */
export function checkDecision(d: unknown, path: string): ReviewDecision {
  if (!isObj(d)) fail(path, 'expected a decision object');
  const kind = d['decision'];
  if (typeof kind !== 'string' || !(REVIEW_DECISIONS as readonly string[]).includes(kind)) {
    fail(`${path}.decision`, `expected one of ${REVIEW_DECISIONS.join(', ')}`);
  }
  const allowed = KEYS[kind as ReviewDecisionKind];
  for (const k of Object.keys(d)) if (!allowed.includes(k)) fail(`${path}.${k}`, `unknown field for a ${kind} decision`);
  nonEmptyString(d, 'fact', path, MAX_ID);
  const who = d['who'];
  if (typeof who !== 'string') fail(`${path}.who`, 'expected the reviewer\'s name');
  const nameProblem = reviewerNameProblem(who);
  if (nameProblem) fail(`${path}.who`, nameProblem);
  const when = d['when'];
  if (typeof when !== 'string' || !WHEN_RE.test(when) || Number.isNaN(Date.parse(when))) {
    fail(`${path}.when`, 'expected an ISO date-time in UTC (YYYY-MM-DDTHH:MM:SSZ)');
  }
  const ev = d['evidence'];
  if (!Array.isArray(ev) || ev.length === 0) fail(`${path}.evidence`, 'expected the evidence text, one string per span');
  ev.forEach((s: unknown, i) => {
    if (typeof s !== 'string' || s.length === 0 || s.length > MAX_EVIDENCE) fail(`${path}.evidence[${i}]`, 'expected a non-empty string');
  });
  switch (kind as ReviewDecisionKind) {
    case 'confirm':
    case 'reject':
      break;
    case 'edit':
      checkSet(d['set'], FIELD_ORDER.filter((f) => !EDIT_ONLY_EXCLUDED.has(f)), `${path}.set`);
      break;
    case 'add': {
      const article = nonEmptyString(d, 'article', path, MAX_ID);
      const type = d['type'];
      if (typeof type !== 'string' || !(FACT_TYPES as readonly string[]).includes(type)) fail(`${path}.type`, `expected one of ${FACT_TYPES.join(', ')}`);
      if (!(d['fact'] as string).startsWith(`${article}:${type}:`)) fail(`${path}.fact`, `expected an id starting with "${article}:${type}:"`);
      const at = d['at'];
      if (!Array.isArray(at) || at.length !== 2 || !at.every((n) => Number.isInteger(n) && n >= 0) || at[0] >= at[1]) {
        fail(`${path}.at`, 'expected [start, end], whole numbers with start < end');
      }
      if (ev.length !== 1) fail(`${path}.evidence`, 'an added fact has exactly one evidence span');
      if ((ev[0] as string).length !== at[1] - at[0]) fail(`${path}.evidence[0]`, `is ${(ev[0] as string).length} characters long, but at spans ${at[1] - at[0]}`);
      const set = checkSet(d['set'], FIELDS_BY_TYPE[type as FactType], `${path}.set`);
      for (const f of REQUIRED_FOR_ADD[type as FactType]) if (set[f] === undefined) fail(`${path}.set.${f}`, `is required for a new ${type}`);
      break;
    }
  }
  return d as unknown as ReviewDecision;
}

/** Two decisions by one person about one fact cannot both stand: the file must say which. */
export function decisionKey(d: Pick<ReviewDecision, 'fact' | 'who'>): string {
  return `${d.fact}\u0000${d.who}`;
}

/**
 * Checks a parsed reviews file. Throws a ReviewsError naming the first offending JSON path (and
 * its line, when `lines` gives the line of each decision); returns the value typed.
 */
export function validateReviews(value: unknown, lines: readonly number[] = []): ReviewsFile {
  const at = (i: number): number | null => lines[i] ?? null;
  if (!isObj(value)) throw new ReviewsError('$', 'expected an object {"version": 1, "decisions": [...]}', 1);
  for (const k of Object.keys(value)) if (k !== 'version' && k !== 'decisions') throw new ReviewsError(`$.${k}`, 'unknown field', 1);
  if (value['version'] !== REVIEWS_VERSION) throw new ReviewsError('$.version', `expected ${REVIEWS_VERSION}`, 1);
  const list = value['decisions'];
  if (!Array.isArray(list)) throw new ReviewsError('$.decisions', 'expected an array', 1);
  const seen = new Map<string, number>();
  const addIds = new Set<string>();
  list.forEach((d: unknown, i) => {
    const path = `$.decisions[${i}]`;
    try {
      const decision = checkDecision(d, path);
      const key = decisionKey(decision);
      const other = seen.get(key);
      if (other !== undefined) {
        const where = at(other) !== null ? `line ${at(other)}` : `$.decisions[${other}]`;
        fail(path, `a second decision by ${decision.who} on ${decision.fact} (the first is at ${where}); keep one`);
      }
      seen.set(key, i);
      if (decision.decision === 'add') {
        if (addIds.has(decision.fact)) fail(`${path}.fact`, `adds ${decision.fact} a second time`);
        addIds.add(decision.fact);
      }
    } catch (e) {
      if (e instanceof ReviewsError) throw new ReviewsError(e.path, e.reason, at(i));
      throw e;
    }
  });
  return value as unknown as ReviewsFile;
}

/**
 * Where each element of the top-level "decisions" array starts, as 1-based line numbers, found by a
 * small scan of the JSON text (strings and nesting aware), so errors can say `reviews.json:12:`.
 */
export function decisionLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  let inDecisions = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (inDecisions && depth === 2 && expectValue && c !== ']' && !/\s/.test(c)) {
      out.push(line);
      expectValue = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '{' || c === '[') {
      depth++;
      if (c === '[' && depth === 2 && lastKey === 'decisions') {
        inDecisions = true;
        expectValue = true;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 2) inDecisions = false;
    } else if (c === ',' && inDecisions && depth === 2) {
      expectValue = true;
    }
  }
  return out;
}

/**
 * Where a text stops being JSON: the offset of the first character a JSON parser cannot accept
 * (V8's own messages do not always say). A small recursive-descent check, used only on failure.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const bad = (): never => { throw i; };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') bad();
        string(); ws();
        if (text[i] !== ':') bad();
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        bad();
      }
    } else if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        bad();
      }
    } else if (c === '"') string();
    else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) bad();
      i += m![0].length;
    } else {
      for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) { i += word.length; return; }
      bad();
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') { i++; return; }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else { i++; bad(); }
      } else if (c < ' ') bad();
      else i++;
    }
    bad();
  };
  try {
    value(); ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

export type ReadReviews = { ok: true; file: ReviewsFile } | { ok: false; error: string; line: number };

/**
 * A reviews file's text → its decisions, or one `file:line: $.path: message` error. Never throws;
 * nothing is partly read: a file with one bad decision is refused whole.
 */
export function readReviewsText(text: string, fileName = REVIEWS_FILE): ReadReviews {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const offset = Math.max(0, jsonErrorOffset(body));
    const line = body.slice(0, offset).split('\n').length;
    const found = offset >= body.length ? 'the text ends early' : `unexpected ${JSON.stringify(body.slice(offset, offset + 12))}`;
    return { ok: false, error: `${fileName}:${line}: not valid JSON: ${found}`, line };
  }
  try {
    return { ok: true, file: validateReviews(value, decisionLines(body)) };
  } catch (e) {
    if (!(e instanceof ReviewsError)) throw e;
    const line = e.line ?? 1;
    return { ok: false, error: `${fileName}:${line}: ${e.message}`, line };
  }
}

/** Canonical order: by fact, then reviewer, then time; file order never matters. */
export function compareDecisions(a: ReviewDecision, b: ReviewDecision): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.fact, b.fact) || cmp(a.who, b.who) || cmp(a.when, b.when) || cmp(a.decision, b.decision);
}

/** The fields in their fixed order; codes sorted, so two equal edits are equal strings. */
export function canonicalFields(set: FactFields): FactFields {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) {
    const v = set[k];
    if (v === undefined) continue;
    if (k === 'from' || k === 'to') out[k] = [...(v as string[])].sort();
    else if (k === 'items') out[k] = (v as Item[]).map((i) => ({ name: i.name, category: i.category }));
    else out[k] = v;
  }
  return out as FactFields;
}

/** One decision as one line of JSON, keys in a fixed order (short ones first, evidence last). */
export function decisionLine(d: ReviewDecision): string {
  const head = { decision: d.decision, fact: d.fact, who: d.who, when: d.when };
  switch (d.decision) {
    case 'confirm':
    case 'reject':
      return JSON.stringify({ ...head, evidence: d.evidence });
    case 'edit':
      return JSON.stringify({ ...head, set: canonicalFields(d.set), evidence: d.evidence });
    case 'add':
      return JSON.stringify({ ...head, article: d.article, at: [d.at[0], d.at[1]], type: d.type, set: canonicalFields(d.set), evidence: d.evidence });
    default:
      return unreachable(d);
  }
}

/** Decisions in canonical order, each normalised (the form the file and the browser store). */
export function canonicalDecisions(decisions: readonly ReviewDecision[]): ReviewDecision[] {
  return [...decisions].map((d) => JSON.parse(decisionLine(d)) as ReviewDecision).sort(compareDecisions);
}

/**
 * The file's text: one decision per line, in canonical order, so the same decisions always give
 * the same bytes and a new decision is a one-line diff.
 */
export function serializeReviews(decisions: readonly ReviewDecision[]): string {
  const lines = canonicalDecisions(decisions).map(decisionLine);
  return `{"version":${REVIEWS_VERSION},"decisions":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}
