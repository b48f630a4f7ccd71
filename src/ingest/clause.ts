import { isActor, type Mention } from './actors';

/**
 * Shallow clause reading shared by the rules: where a clause starts, which actors stand as its
 * subject, and whether the predicate is negated or hypothetical. Deliberately shallow: news
 * sentences put the actor before the verb (active) or after "by" (passive) far more often than not.
 */

const PREP_BEFORE = /(?:^|[^\w])(?:in|of|to|from|into|against|with|for|on|at|by|near|toward|towards|across|amid|over|about|within|inside|through|between|among|beyond|after|before|under|via|than|like|unlike|onto|upon|around|throughout|behind|besides|despite|during|regarding|beside|alongside)\s+(?:the\s+|its\s+|their\s+|fellow\s+|neighbouring\s+|neighboring\s+)?#?$/i;
const CLAUSE_BOUNDARY = /[;:()]|\s[—–-]\s|—|\b(?:that|which|who|whom|while|whereas|but|although|though|because|when|whether|unless|where|if)\b/g;
const AUX_OR_VERB = /^\s*(?:(?:,\s*)?(?:too|also|now|already|reportedly|still|itself|themselves)\s*,?\s*)?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|says|said|stated|announced|pledged|agreed|decided|plans|planned|sent|gave|began|continues|continued|[a-z]+ed|[a-z]+s)\b/;
const JOINER = /^\s*(?:,\s*and|,|and|&|as well as|or|plus|along with|together with)\s*(?:the\s+)?#?$/;

const PLACE_APPOSITIVE = /\b(?:in|at|near|from|to|outside|into)\s+(?:the\s+)?[A-Z][\w-]+,\s+$/;

/**
 * A small identity cache: rules ask about the sentence at hand (and the one before) many times in
 * a row. Cheaper for the garbage collector than a WeakMap over every mention.
 */
export function recent<K extends object, V>(size: number, compute: (k: K) => V): (k: K) => V {
  const keys: K[] = [];
  const values: V[] = [];
  return (k) => {
    const i = keys.indexOf(k);
    if (i >= 0) return values[i]!;
    const v = compute(k);
    keys.unshift(k);
    values.unshift(v);
    if (keys.length > size) {
      keys.pop();
      values.pop();
    }
    return v;
  };
}

export function precededByPreposition(text: string, m: Mention): boolean {
  return computePrecededByPreposition(text, m);
}

function computePrecededByPreposition(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // "in Wiesbaden, Germany" is a place, like "in Germany".
  // "with Germany committing to…": the subject of an absolute clause, not an object of "with".
  if (/\bwith\s+(?:the\s+)?$/i.test(before) && /^\s+[a-z]+ing\b/.test(text.slice(m.end, m.end + 20))) return false;
  // "a coalition led by Denmark and the Netherlands is training …": the leaders act.
  if (/\b(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$/i.test(before)) return false;
  return PREP_BEFORE.test(before.slice(-30)) || (PLACE_APPOSITIVE.test(before) && /^\s*(?:[,.;)]|$)/.test(text.slice(m.end, m.end + 3)));
}

/** Offset where the clause containing `pos` begins. */
export function clauseStart(text: string, pos: number): number {
  let start = 0;
  for (const b of boundariesOf(text)) {
    if (b.at >= pos) break;
    start = b.end;
  }
  return start;
}

// Rules ask about the same sentence many times in a row; remember its boundaries once.
let cachedText = '';
let cachedBoundaries: Array<{ at: number; end: number }> = [];
function boundariesOf(text: string): Array<{ at: number; end: number }> {
  if (text === cachedText) return cachedBoundaries;
  const out: Array<{ at: number; end: number }> = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) out.push({ at: m.index, end: m.index + m[0].length });
  cachedText = text;
  cachedBoundaries = out;
  return out;
}

/** Actors named (not as adjectives, not after a preposition) in text[from, to). */
export function actorsBetween(text: string, mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m) => m.start >= from && m.end <= to && isActor(m) && !precededByPreposition(text, m));
}

/** Actors after a preposition in text[from, to) — the fallback for "the objective for NATO is to…". */
export function prepositionalActorsBetween(text: string, mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m) => m.start >= from && m.end <= to && isActor(m) && /(?:for|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start)));
}

/** Runs of actors joined only by list words ("X, Y and Z"), whatever follows them. */
let runsText = '';
const actorRunsOf = recent(4, (mentions: readonly Mention[]) => computeActorRuns(runsText, mentions));
export function actorRuns(text: string, mentions: readonly Mention[]): Mention[][] {
  runsText = text;
  return actorRunsOf(mentions);
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

function computeActorRuns(text: string, mentions: readonly Mention[]): Mention[][] {
  return joinedRuns(text, mentions.filter(isActor));
}

/** Runs of actors joined by "and"/","/"as well as" and followed by a verb: the sentence's subjects. */
let subjectText = '';
const subjectRunsOf = recent(4, (mentions: readonly Mention[]) => computeSubjectRuns(subjectText, mentions));
export function subjectRuns(text: string, mentions: readonly Mention[]): Mention[][] {
  subjectText = text;
  return subjectRunsOf(mentions);
}

function computeSubjectRuns(text: string, mentions: readonly Mention[]): Mention[][] {
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

const NEGATION = /\b(?:not|n't|never|no longer|unlikely|yet to|instead of|failed to|fails to|stopped short of|balk\w*|refus\w*|declin\w*|reluctan\w*|cautious|wary|hesitan\w*|ruled? out|rul\w+ out|reject\w*|oppos\w*|unwilling|without|against|stopped|halt\w*|suspend\w*|ban\w*|block\w*|veto\w*|prevent\w*|no plans?|no intention|resist\w*|nor|neither)\b/i;
const HYPOTHETICAL = /\b(?:if|whether|could|might|may|consider\w*|mull\w*|discuss\w*|debat\w*|weigh\w*|possib\w*|potential\w*|proposal|propos\w*|call\w* (?:on|for)|urg\w*|ask\w*|demand\w*)\b/i;

/** Still being weighed ("is considering donating", "mulls sending"): nothing was decided, so no fact. */
const UNDECIDED = /\b(?:consider(?:s|ing|ed)?|mull\w*|weigh(?:s|ing|ed)?|whether)\b/i;

/** Negated (or undecided): a negation cue between the clause start and the verb. */
export function isNegated(text: string, clauseFrom: number, verbStart: number): boolean {
  const region = text.slice(clauseFrom, verbStart);
  if (NEGATION.test(region) || UNDECIDED.test(region)) return true;
  // "has not said whether it would send", "has yet to decide if", "declined to say whether":
  // the clause after "whether" is the open question of an undecided (or silent) main clause.
  return OPEN_QUESTION.test(text.slice(Math.max(0, clauseFrom - 90), clauseFrom));
}

const OPEN_QUESTION = /\b(?:(?:not|n't|never)\s+(?:yet\s+)?(?:said|say|says|decided|decide|confirmed|confirm|disclosed|revealed|announced|specified|indicated|made clear)|yet to\s+(?:\w+\s+){0,2}|declin\w*\s+to\s+(?:say|comment|confirm|specify|disclose)|refus\w*\s+to\s+(?:say|confirm|specify|disclose)|undecided|unclear|uncertain|would not say|wouldn't say)\b[^.;]{0,50}\b(?:whether|if)\s*$/i;

export function isHypothetical(text: string, clauseFrom: number, verbStart: number): boolean {
  return HYPOTHETICAL.test(text.slice(clauseFrom, verbStart));
}

/** Whether any word right before `pos` is a preposition ("wary of sending", "about allowing"). */
export function gerundAfterPreposition(text: string, pos: number): boolean {
  // "committed to providing" is not prepositional in the same way: "to" is left out.
  return /\b(?:of|about|from|against|without|before|after|in|on|by|for|at)\s+$/i.test(text.slice(Math.max(0, pos - 12), pos));
}
