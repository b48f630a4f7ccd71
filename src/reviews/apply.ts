/**
 * Applies people's decisions to the machine's facts: the one function the ingest CLI and the page
 * both use, so a reviews file means the same thing everywhere. Pure and deterministic: decisions
 * are taken in canonical order, so the same facts and decisions give the same result whatever the
 * order of the file's lines.
 *
 * A decision applies only to the fact it names, standing on the evidence its reviewer read; when
 * the fact is gone or its evidence text changed, the decision is stale and changes nothing.
 * Decisions of different people about one fact that do not agree (one confirms, one rejects; two
 * different edits) conflict: none of them applies until someone settles it.
 */
import { unreachable, type Article, type Fact, type FactIndex, type Span } from '../model/dataset.ts';
import {
  canonicalFields, compareDecisions, editableFields,
  type AddDecision, type FactFields, type FieldName, type ReviewDecision,
} from '../model/reviews.ts';

export type DecisionResult = 'applied' | 'stale' | 'conflicting';

export interface DecisionOutcome {
  decision: ReviewDecision;
  result: DecisionResult;
  /** Why a decision did not apply, in words for the person who made it; null when applied. */
  reason: string | null;
  /** Set when the decision could not be checked for want of this article's text. */
  needs?: string;
}

/** What people decided about a fact, for badges and filters. Facts no one reviewed have none. */
export type ReviewStatus = 'confirmed' | 'edited' | 'added' | 'rejected' | 'conflict';

export interface FactReview {
  status: ReviewStatus;
  /** Everyone whose decision stands on the fact (or disagrees, for a conflict), sorted. */
  by: string[];
  /** The latest decision's time. */
  when: string;
}

export interface ReviewCounts {
  applied: number;
  stale: number;
  conflicting: number;
}

export interface Reviewed<T extends FactIndex> {
  /** The facts after review: edits made, added facts in, rejected facts out. */
  index: T;
  /** Rejected facts as they were, kept apart so a list can show them struck through. */
  rejected: Fact[];
  /** Review status by fact id (reviewed facts only). */
  reviews: ReadonlyMap<string, FactReview>;
  /** One outcome per decision, in canonical order. */
  outcomes: DecisionOutcome[];
  counts: ReviewCounts;
}

/** The article text for an id, if it is at hand (the CLI has all; the page fetches what it needs). */
export type TextOf = (articleId: string) => string | undefined;

export const ADDED_RULE = 'review:added';

/** The text of each evidence span, as a reviewer reads it. */
export function evidenceTexts(fact: Pick<Fact, 'evidence'>, text: string): string[] {
  return fact.evidence.map((s) => text.slice(s.start, s.end));
}

/** The fields of a fact that a review can set, in canonical form (compared as JSON). */
export function factFields(f: Fact): FactFields {
  switch (f.type) {
    case 'arms_shipment': return canonicalFields({ from: f.from, to: f.to, items: f.items });
    case 'troop_deployment': return canonicalFields({ from: f.from, to: f.to, troops: f.troops, qualifier: f.qualifier, unit: f.unit });
    case 'commitment': return canonicalFields({ from: f.from, to: f.to, kind: f.kind });
    case 'quote': return canonicalFields({ from: f.from, to: f.to, speaker: f.speaker, role: f.role });
    default: return unreachable(f);
  }
}

/** A field the edit sets that this type of fact does not have, or null. */
export function foreignField(f: Fact, set: FactFields): FieldName | null {
  const allowed = editableFields(f.type);
  return (Object.keys(set) as FieldName[]).find((k) => !allowed.includes(k)) ?? null;
}

/** The fact with the edit's fields; group notes that no longer hold for a changed side are dropped. */
export function editedFact(f: Fact, set: FactFields): Fact {
  const fields = canonicalFields(set);
  const out = { ...f, ...fields } as Fact;
  if (f.groups) {
    const groups = f.groups.filter((g) => g.codes.every((c) => out[g.side].includes(c)));
    if (groups.length) out.groups = groups;
    else delete out.groups;
  }
  return out;
}

/** Where an added fact's evidence stands now: at its offsets, or where its text alone now is. */
function locate(d: AddDecision, text: string): Span | null {
  const wanted = d.evidence[0]!;
  if (text.slice(d.at[0], d.at[1]) === wanted) return { start: d.at[0], end: d.at[1] };
  // The article changed around the sentence: follow it only when it occurs exactly once.
  const first = text.indexOf(wanted);
  if (first < 0 || text.indexOf(wanted, first + 1) >= 0) return null;
  return { start: first, end: first + wanted.length };
}

function addedFact(d: AddDecision, article: Article | { id: string; date: string }, span: Span): Fact {
  const base = { id: d.fact, articleId: article.id, date: article.date, from: [...(d.set.from ?? [])].sort(), to: [...(d.set.to ?? [])].sort(), evidence: [span], confidence: 1, rule: ADDED_RULE };
  const s = d.set;
  switch (d.type) {
    case 'arms_shipment': return { ...base, type: 'arms_shipment', items: (s.items ?? []).map((i) => ({ name: i.name, category: i.category })) };
    case 'troop_deployment': return { ...base, type: 'troop_deployment', troops: s.troops ?? null, qualifier: s.qualifier ?? null, unit: s.unit ?? null };
    case 'commitment': return { ...base, type: 'commitment', kind: s.kind ?? 'other' };
    case 'quote': return { ...base, type: 'quote', speaker: s.speaker ?? '', role: s.role ?? null, text: s.text ?? d.evidence[0]!, direct: s.direct ?? false };
    default: return unreachable(d.type);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What a decision would make of the fact: the same key means two decisions agree. */
function effectKey(d: ReviewDecision, f: Fact): string {
  switch (d.decision) {
    case 'reject': return 'reject';
    case 'confirm': return JSON.stringify(factFields(f));
    case 'edit': return JSON.stringify(factFields(editedFact(f, d.set)));
    case 'add': return JSON.stringify(factFields(f));
    default: return unreachable(d);
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The facts after the decisions. `index` is not changed; with no decisions it is returned as is.
 * Added facts come after the others, in the order of their articles, then position, then id.
 */
export function applyReviews<T extends FactIndex>(index: T, decisions: readonly ReviewDecision[], textOf: TextOf): Reviewed<T> {
  if (decisions.length === 0) {
    return { index, rejected: [], reviews: new Map(), outcomes: [], counts: { applied: 0, stale: 0, conflicting: 0 } };
  }
  // Canonical order only: every comparison below normalises the fields it reads.
  const ordered = [...decisions].sort(compareDecisions);
  const outcome = new Map<ReviewDecision, DecisionOutcome>();
  const stale = (d: ReviewDecision, reason: string) => outcome.set(d, { decision: d, result: 'stale', reason });
  const noText = (d: ReviewDecision, articleId: string) => outcome.set(d, { decision: d, result: 'stale', reason: 'its article’s text is not loaded', needs: articleId });

  const articles = new Map(index.articles.map((a, i) => [a.id, { a, i }]));
  const facts = new Map(index.facts.map((f) => [f.id, f]));
  const added: Array<{ fact: Fact; decision: AddDecision; order: number }> = [];

  for (const d of ordered) {
    if (d.decision !== 'add') continue;
    const entry = articles.get(d.article);
    const text = entry ? textOf(d.article) : undefined;
    if (!entry) stale(d, 'its article is not in the data');
    else if (text === undefined) noText(d, d.article);
    else if (facts.has(d.fact)) stale(d, 'a fact with its id is already in the data');
    else {
      const span = locate(d, text);
      if (!span) stale(d, 'its sentence is no longer in the article');
      else {
        const fact = addedFact(d, entry.a, span);
        facts.set(fact.id, fact);
        added.push({ fact, decision: d, order: entry.i });
        outcome.set(d, { decision: d, result: 'applied', reason: null });
      }
    }
  }

  // Confirm, reject and edit: checked against the fact and its evidence, then grouped by fact.
  const groups = new Map<string, ReviewDecision[]>();
  for (const d of ordered) {
    if (d.decision === 'add') continue;
    const f = facts.get(d.fact);
    const text = f ? textOf(f.articleId) : undefined;
    if (!f) stale(d, 'the fact is no longer extracted');
    else if (text === undefined) noText(d, f.articleId);
    else if (!sameList(evidenceTexts(f, text), d.evidence)) stale(d, 'its evidence changed since the review');
    else if (d.decision === 'edit' && foreignField(f, d.set)) stale(d, `a ${f.type.replace('_', ' ')} has no field “${foreignField(f, d.set)}”`);
    else groups.set(d.fact, [...(groups.get(d.fact) ?? []), d]);
  }

  const reviews = new Map<string, FactReview>();
  const changed = new Map<string, Fact | null>(); // null: rejected
  for (const [id, list] of groups) {
    const f = facts.get(id)!;
    const keys = new Set(list.map((d) => effectKey(d, f)));
    const by = [...new Set(list.map((d) => d.who))].sort(byString);
    const when = list.map((d) => d.when).sort(byString).at(-1)!;
    if (keys.size > 1) {
      for (const d of list) outcome.set(d, { decision: d, result: 'conflicting', reason: `${by.join(' and ')} decided differently` });
      reviews.set(id, { status: 'conflict', by, when });
      continue;
    }
    for (const d of list) outcome.set(d, { decision: d, result: 'applied', reason: null });
    const first = list[0]!;
    if (first.decision === 'reject') {
      changed.set(id, null);
      reviews.set(id, { status: 'rejected', by, when });
      continue;
    }
    const edit = list.find((d) => d.decision === 'edit');
    const next = edit && edit.decision === 'edit' ? editedFact(f, edit.set) : f;
    const isEdit = JSON.stringify(factFields(next)) !== JSON.stringify(factFields(f));
    changed.set(id, isEdit ? next : f);
    reviews.set(id, { status: isEdit ? 'edited' : 'confirmed', by, when });
  }

  for (const { fact, decision } of added) {
    const r = reviews.get(fact.id);
    // An added fact that others only confirmed, or that no one else touched, is "added".
    if (!r || r.status === 'confirmed') {
      const by = [...new Set([decision.who, ...(r?.by ?? [])])].sort(byString);
      const when = [decision.when, r?.when ?? ''].sort(byString).at(-1)!;
      reviews.set(fact.id, { status: 'added', by, when });
    }
  }

  const rejected: Fact[] = [];
  let differs = added.length > 0;
  const keep = (f: Fact): Fact | null => {
    const c = changed.get(f.id);
    if (c === undefined || c === f) return f;
    differs = true;
    if (c === null) rejected.push(f);
    return c;
  };
  const out: Fact[] = [];
  for (const f of index.facts) {
    const k = keep(f);
    if (k) out.push(k);
  }
  added.sort((x, y) => x.order - y.order || x.fact.evidence[0]!.start - y.fact.evidence[0]!.start || byString(x.fact.id, y.fact.id));
  for (const { fact } of added) {
    const k = keep(fact);
    if (k) out.push(k);
  }

  const outcomes = ordered.map((d) => outcome.get(d)!);
  const counts = { applied: 0, stale: 0, conflicting: 0 };
  for (const o of outcomes) counts[o.result]++;
  // Confirmations alone change no fact: the index stays the same object, so nothing redraws.
  return { index: differs ? { ...index, facts: out } : index, rejected, reviews, outcomes, counts };
}
