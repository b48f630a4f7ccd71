import { isActor, type Mention } from './actors';
import { LastWords } from './chars';
import { lowerTokenBefore } from './tokens';

/**
 * Shallow clause reading shared by the rules: where a clause starts, which actors stand as its
 * subject, and whether the predicate is negated or hypothetical. Deliberately shallow: news
 * sentences put the actor before the verb (active) or after "by" (passive) far more often than not.
 */

const PREP_BEFORE = /(?:^|[^\w])(?:in|of|to|from|into|against|with|for|on|at|by|near|toward|towards|across|amid|over|about|within|inside|through|between|among|beyond|after|before|under|via|than|like|unlike|onto|upon|around|throughout|behind|besides|despite|during|regarding|beside|alongside)\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+|your\s+|these\s+|those\s+|fellow\s+|neighbouring\s+|neighboring\s+)?#?$/i;
const CLAUSE_BOUNDARY = /[;:()]|\s[—–-]\s|—|\b(?:that|which|who|whom|while|whereas|but|although|though|because|when|whether|unless|where|if)\b/g;
const AUX_OR_VERB = /^\s*(?:(?:,\s*)?(?:too|also|now|already|reportedly|still|itself|themselves)\s*,?\s*)?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|says|said|stated|announced|pledged|agreed|decided|plans|planned|sent|gave|began|continues|continued|[a-z]+ed|[a-z]+s)\b/;
const JOINER = /^\s*(?:,\s*and|,|and|&|as well as|or|plus|along with|together with)\s*(?:the\s+)?#?$/;

// "in Wiesbaden, Germany", "at Łask Air Base, Poland": the country of a named place.
const PLACE_APPOSITIVE = /\b(?:in|at|near|from|to|outside|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+,\s+$/u;

/** The words PREP_BEFORE can end with (before its white space and an optional "#"): prepositions and determiners. */
const PREP_LAST_WORDS = new LastWords(['in', 'of', 'to', 'from', 'into', 'against', 'with', 'for', 'on', 'at', 'by', 'near', 'toward', 'towards', 'across', 'amid', 'over', 'about', 'within', 'inside', 'through', 'between', 'among', 'beyond', 'after', 'before', 'under', 'via', 'than', 'like', 'unlike', 'onto', 'upon', 'around', 'throughout', 'behind', 'besides', 'despite', 'during', 'regarding', 'beside', 'alongside', 'the', 'its', 'their', 'our', 'his', 'her', 'your', 'these', 'those', 'fellow', 'neighbouring', 'neighboring'], true);
const prepositionBefore = (before: string): boolean => PREP_LAST_WORDS.mayEnd(before) && PREP_BEFORE.test(before);

export function precededByPreposition(text: string, m: Mention): boolean {
  return computePrecededByPreposition(text, m);
}

function computePrecededByPreposition(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // "in Wiesbaden, Germany" is a place, like "in Germany".
  // "with Germany committing to…": the subject of an absolute clause, not an object of "with".
  // The start-anchored test first: it fails at once for most mentions, the end-anchored one tries every offset.
  if (/^\s+[a-z]+ing\b/.test(text.slice(m.end, m.end + 20)) && /\bwith\s+(?:the\s+)?$/i.test(before)) return false;
  // "a coalition led by Denmark and the Netherlands is training …": the leaders act.
  // Each end-anchored pattern is tried only when the text holds a word or mark it cannot match without.
  if (/by/i.test(before) && /\b(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$/i.test(before)) return false;
  return prepositionBefore(before.slice(-30)) || (before.includes(',') && PLACE_APPOSITIVE.test(before) && /^\s*(?:[,.;)]|$)/.test(text.slice(m.end, m.end + 3)));
}

export interface Boundary { at: number; end: number }

/**
 * "Estonia is a NATO ally and Austin reiterated …": "and" before a new subject and its own finite verb, after a clause
 * that has one, starts a clause (coordinated subjects, "Poland and Germany sent", have no verb before the "and").
 */
const AND_NEW_CLAUSE = /\sand\s+(?=(?:he|she|they|we|it|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:(?:also|then|later|has|have|had|will|would)\s+)?(?:[a-z]{3,}ed|said|says|told|met|spoke|gave|sent|took|made|is|are|was|were)\b)/g;
const FINITE_BEFORE = /\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b/;

/** Clause boundaries of a sentence (punctuation, dashes, subordinators), computed once per sentence. */
export function clauseBoundaries(text: string): Boundary[] {
  const out: Boundary[] = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) out.push({ at: m.index, end: m.index + m[0].length });
  if (!text.includes(' and ')) return out;
  AND_NEW_CLAUSE.lastIndex = 0;
  let added = false;
  for (let m = AND_NEW_CLAUSE.exec(text); m; m = AND_NEW_CLAUSE.exec(text)) {
    const before = out.filter((b) => b.end <= m!.index).pop();
    // "…, and Norway and Germany announced": a name right before "and" is coordinated with the next one.
    if (/\b[A-Z][\w.’'-]*$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!FINITE_BEFORE.test(text.slice(before ? before.end : 0, m.index))) continue;
    out.push({ at: m.index + 1, end: m.index + m[0].length });
    added = true;
  }
  if (added) out.sort((a, b) => a.at - b.at);
  return out;
}

/** Offset where the clause containing `pos` begins. */
export function clauseStart(s: { readonly boundaries: readonly Boundary[] }, pos: number): number {
  let start = 0;
  for (const b of s.boundaries) {
    if (b.at >= pos) break;
    start = b.end;
  }
  return start;
}

/** "Russia's illegal invasion", "Putin's war": the owner of an event is no subject of the clause's verb. */
const EVENT_OWNER = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:invasion|war|aggression|attacks?|offensive|assault|occupation|annexation|build-?up|threats?|actions|behaviou?r)\b/i;

export function ownsEvent(text: string, m: Mention): boolean {
  return EVENT_OWNER.test(text.slice(m.end, m.end + 50));
}

/** Actors named (not as adjectives, not after a preposition, not owning an event) in text[from, to). */
export function actorsBetween(text: string, mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m) => m.start >= from && m.end <= to && isActor(m) && !precededByPreposition(text, m) && !ownsEvent(text, m));
}

/** Actors after a preposition in text[from, to) — the fallback for "the objective for NATO is to…". */
export function prepositionalActorsBetween(text: string, mentions: readonly Mention[], from: number, to: number): Mention[] {
  // Never the object of an event ("Russia’s illegal invasion of Ukraine, and to support …").
  return mentions.filter((m) => m.start >= from && m.end <= to && isActor(m) && /(?:for|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start))
    && !/\b(?:invasion|war|aggression|attacks?|occupation|annexation|bombardment|shelling)\s+(?:of|on|against|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.start)));
}


/** Consecutive actors with only list words between them, grouped into runs. */
function joinedRuns(text: string, actors: readonly Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of actors) {
    const last = run[run.length - 1];
    if (last && JOINER.test(text.slice(last.end, m.start))) run.push(m);
    else {
      if (run.length) runs.push(run);
      run = [m];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Runs of actors joined only by list words ("X, Y and Z"), whatever follows them. */
export function computeActorRuns(text: string, mentions: readonly Mention[]): Mention[][] {
  return joinedRuns(text, mentions.filter(isActor));
}

/** Runs of actors joined by "and"/","/"as well as" and followed by a verb: the sentence's subjects. */
export function computeSubjectRuns(text: string, mentions: readonly Mention[]): Mention[][] {
  const actors = mentions.filter((m) => isActor(m) && !precededByPreposition(text, m));
  return joinedRuns(text, actors).filter((r) => {
    const after = text.slice(r[r.length - 1]!.end, r[r.length - 1]!.end + 80).replace(/^(?:'s|’s)?\s*,[^,]{1,70},/, '');
    return AUX_OR_VERB.test(after);
  });
}

const ANAPHOR = /^\s*(?:(?:however|moreover|meanwhile|also|in addition|at the same time|in turn),?\s+)?(?:it|they|this|these|that|such steps|such measures|the move|the alliance|the country|the government|the bloc|he|she)\b/i;
export function startsWithAnaphor(text: string): boolean {
  return ANAPHOR.test(text);
}
/** A pronoun subject right before the verb: "…, they are actively assisting". */
export function pronounSubjectBefore(text: string, verbStart: number): boolean {
  return /\b(?:it|they|this|these|the alliance|the country|the government|the bloc)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, verbStart - 50), verbStart));
}

/** Whether any word right before `pos` is a preposition ("wary of sending", "about allowing"). */
const GERUND_PREPOSITIONS = new Set(['of', 'about', 'from', 'against', 'without', 'before', 'after', 'in', 'on', 'by', 'for', 'at']);

/** Whether the token right before `pos` is a preposition ("wary of sending"); "committed to providing" is not. */
export function gerundAfterPreposition(s: { readonly text: string }, pos: number): boolean {
  const prev = lowerTokenBefore(s.text, pos);
  return prev !== undefined && GERUND_PREPOSITIONS.has(prev);
}
