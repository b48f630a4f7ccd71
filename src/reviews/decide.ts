/** Building a person's decision about a fact, from what the review controls know. */
import type { Fact, FactType, Span } from '../model/dataset.ts';
import { canonicalFields, editableFields, type AddDecision, type FactFields, type ReviewDecision } from '../model/reviews.ts';
import { evidenceTexts, factFields } from './apply.ts';
import { addedFactId } from './spans.ts';
import { actorName, fold, type ActorInfo } from '../selectors/actors.ts';

export function verdict(kind: 'confirm' | 'reject', fact: Fact, text: string, who: string, when: string): ReviewDecision {
  return { decision: kind, fact: fact.id, who, when, evidence: evidenceTexts(fact, text) };
}

/** The fields of `next` that differ from the fact's; empty when nothing changed. */
export function changedFields(fact: Fact, next: FactFields): FactFields {
  const now = factFields(fact) as Record<string, unknown>;
  const wanted = canonicalFields(next) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of editableFields(fact.type)) {
    if (wanted[k] !== undefined && JSON.stringify(wanted[k]) !== JSON.stringify(now[k])) out[k] = wanted[k];
  }
  return out as FactFields;
}

/** An edit of the fact, or null when the fields are the fact's own. */
export function editOf(fact: Fact, text: string, next: FactFields, who: string, when: string): ReviewDecision | null {
  const set = changedFields(fact, next);
  if (Object.keys(set).length === 0) return null;
  return { decision: 'edit', fact: fact.id, who, when, set, evidence: evidenceTexts(fact, text) };
}

export function addOf(articleId: string, type: FactType, span: Span, text: string, set: FactFields, who: string, when: string): AddDecision {
  const fields = canonicalFields(set);
  return {
    decision: 'add', fact: addedFactId(articleId, type, span, who, when), who, when, article: articleId,
    at: [span.start, span.end], type, set: fields, evidence: [text.slice(span.start, span.end)],
  };
}

/**
 * "Norway, UA, the Netherlands" → actor codes, comma separated. Codes are ISO two-letter codes,
 * NATO or EU; names are matched against the known actors ignoring case and accents.
 */
export function parseActors(input: string, known: readonly ActorInfo[]): { ok: true; codes: string[] } | { ok: false; error: string } {
  const codes: string[] = [];
  for (const raw of input.split(/[,;]/)) {
    const token = raw.trim().replace(/^the\s+/i, '');
    if (token === '') continue;
    const upper = token.toUpperCase();
    const byName = known.find((a) => fold(a.name) === fold(token));
    // A two-letter code counts when the map or ISO knows it ("UA"), not any two letters.
    const isCode = known.some((a) => a.code === upper) || (/^[A-Z]{2}$/.test(upper) && actorName(upper) !== upper) || upper === 'NATO' || upper === 'EU';
    const code = byName?.code ?? (isCode ? upper : null);
    if (!code) return { ok: false, error: `“${token}” is not a country or organisation on this map` };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}
