import type { CommitmentKind, Item, Span } from '../model/dataset';
import { isNatoMember } from '../domain/nato-membership';
import type { DocView, Draft, SentenceView } from './doc';
import { alternation, formsOf } from './lexicon/verbs';
import { DELIBERATION_CUES, DOUBT_CUES, GIVING_UP, NEGATION_CUES, HYPOTHETICAL_CUES, POSSIBILITY_MODALS } from './lexicon/words';
import { isSpaceCode, LastWords } from './chars';
import { clauseStart } from './clause';

/**
 * The rule kit: what every rule needs besides its trigger — how sure a reading is (negation,
 * possibility, hypotheticals, requests) and how a draft is built. Rules and frames call these; none
 * of them builds a draft object or a modality regex of its own.
 */

/** Two decimals, so confidences print and compare stably. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function sentenceSpan(s: SentenceView): Span {
  return { start: s.start, end: s.end };
}

export interface Troops {
  troops: number | null;
  qualifier: string | null;
  unit: string | null;
}

export const NO_TROOPS: Troops = { troops: null, qualifier: null, unit: null };

export function armsDraft(s: SentenceView, rule: string, from: readonly string[], to: readonly string[], items: Item[], confidence: number): Draft {
  return { type: 'arms_shipment', from: [...from], to: [...to], evidence: [sentenceSpan(s)], confidence: round2(confidence), rule, items };
}

/**
 * Jets, ships or missiles "sent to Lithuania" by an ally are forces deployed to defend it, not a
 * transfer (rule troops.assets): news reports arms transfers to the country at war and deployments to
 * allies alike. Everything else is an arms shipment of `rule`.
 */
export function armsOrAssetsDraft(s: SentenceView, doc: DocView, rule: string, fromAll: readonly string[], to: { codes: readonly string[]; confidence: number }, items: Item[], confidence: number): Draft {
  const date = doc.article.date;
  // "We (Ukraine among the signatories) are providing Ukraine with …": a recipient is not its own sender.
  const others = fromAll.filter((c) => !to.codes.includes(c));
  const from = others.length ? others : fromAll;
  // "to a training centre in Poland for Ukrainian troops": the goods are for the war, the ally is a way station.
  if (HUB.test(s.text) && doc.warCountry && to.codes.includes(doc.warCountry) && to.codes.length > 1) return armsDraft(s, rule, from, [doc.warCountry], items, confidence * to.confidence);
  // "will offer to sell Poland 96 Apache helicopters": a sale to an ally is an arms transfer, not a deployment.
  if (SALE.test(s.text)) return armsDraft(s, rule, from, to.codes, items, confidence * to.confidence);
  if (to.codes.length && to.codes.every((c) => isNatoMember(c, date) && c !== doc.warCountry)) {
    // "delivered equipment to a training centre in Poland": a hub on the way to the war, not forces for the ally.
    if (HUB.test(s.text)) return doc.warCountry ? armsDraft(s, rule, from, [doc.warCountry], items, confidence * 0.6) : armsDraft(s, rule, from, to.codes, items, confidence * 0.5);
    return troopsDraft(s, 'troops.assets', from, to.codes, NO_TROOPS, confidence * to.confidence * 0.9);
  }
  return armsDraft(s, rule, from, to.codes, items, confidence * to.confidence);
}

const SALE = /\b(?:sell|sells|sold|selling|sale|sales|purchas(?:e|es|ed|ing)|buy|buys|bought|buying|procur(?:e|es|ed|ing|ement)|order(?:ed|s)|acquir(?:e|es|ed|ing)|Foreign\s+Military\s+(?:Sales|Financing))\b/;
const HUB = /\b(?:training\s+(?:cent(?:re|er)s?|grounds?|bases?|facilit(?:y|ies))|logistics\s+(?:hub|cent(?:re|er))|(?:transit|delivery|repair)\s+(?:hub|point|cent(?:re|er))|depots?)\b/i;

export function troopsDraft(s: SentenceView, rule: string, from: readonly string[], to: readonly string[], t: Troops, confidence: number): Draft {
  return {
    type: 'troop_deployment', from: [...from], to: [...to], evidence: [sentenceSpan(s)], confidence: round2(confidence), rule,
    troops: t.troops, qualifier: t.troops === null ? null : t.qualifier, unit: t.unit,
  };
}

export function commitmentDraft(s: SentenceView, rule: string, kind: CommitmentKind, from: readonly string[], to: readonly string[], confidence: number): Draft {
  return { type: 'commitment', from: [...from], to: [...to], evidence: [sentenceSpan(s)], confidence: round2(confidence), rule, kind };
}

export interface Speaker {
  name: string;
  role: string | null;
  from: readonly string[];
}

export function quoteDraft(s: SentenceView, rule: string, speaker: Speaker, text: string, direct: boolean, to: readonly string[], confidence: number): Draft {
  return {
    type: 'quote', from: [...speaker.from], to: [...to], evidence: [sentenceSpan(s)], confidence: round2(confidence), rule,
    speaker: speaker.name, role: speaker.role, text, direct,
  };
}

const words = (ws: readonly string[]): string => alternation(ws);

// "voted against sending", "argued against the plan" negate; "aggression against Ukraine" does not.
// "No Leopard tanks will be given to Ukraine": "no" opening the clause negates its subject.
// A contraction ("won't", "didn’t") has no word boundary before its "n't": it is matched on its own. "Not only … but
// also" affirms.
const NEGATION = new RegExp(String.raw`^\s*no\s+(?!(?:doubt|sooner|matter|wonder|less|more|one)\b)|n['’]t\b|\b(?!not\s+only\b)(?:${words(NEGATION_CUES)}|${words(formsOf('refuse'))}|reluctan\w*|hesitan\w*|against\s+(?:[a-z]+ing|the\s+(?:idea|plan|proposal|move|decision|request))(?=\s|$))\b`, 'i');
const HYPOTHETICAL = new RegExp(String.raw`\b(?:${words(HYPOTHETICAL_CUES)}|${words(formsOf('undecided'))}|${words(formsOf('request'))})\b`, 'i');
/** Still being weighed ("is considering donating", "mulls sending"): nothing was decided, so no fact. */
const UNDECIDED = new RegExp(String.raw`\b(?:${words(formsOf('undecided', ['base', 's', 'ing', 'past']).filter((w) => !/^(?:debat|discuss)/.test(w)))}|whether)\b`, 'i');
const OPEN_QUESTION = /\b(?:(?:not|n't|never)\s+(?:yet\s+)?(?:said|say|says|decided|decide|confirmed|confirm|disclosed|revealed|announced|specified|indicated|made clear)|yet to\s+(?:\w+\s+){0,2}|declin\w*\s+to\s+(?:say|comment|confirm|specify|disclose)|refus\w*\s+to\s+(?:say|confirm|specify|disclose)|undecided|unclear|uncertain|would not say|wouldn't say)\b[^.;]{0,50}\b(?:whether|if)\s*$/i;
const REQUEST = new RegExp(String.raw`\b(?:${words(formsOf('request'))})\b`, 'i');
const POSSIBLE_ADVERBS = ['also', 'still', 'soon', 'eventually', 'later', 'yet', 'even', 'then', 'be', 'have', 'been', 'being'];
const POSSIBLE = new RegExp(String.raw`\b(?:${words(POSSIBILITY_MODALS)})\s+(?:(?:${POSSIBLE_ADVERBS.join('|')})\s+)*$`, 'i');
/** POSSIBLE is anchored at the end: it can only match a stretch whose last word is a modal or one of its adverbs. */
const POSSIBLE_LAST_WORDS = new LastWords([...POSSIBILITY_MODALS.map((m) => m.split(' ').pop()!), ...POSSIBLE_ADVERBS]);

/** A negated giving-up is a promise: "will not waver in its support", "will never abandon Ukraine", "won't back down". */
const UNWAVERING_SOURCE = String.raw`(?:\bnot|\bnever|n['’]t)\s+(?:(?:ever|once|\w+ly)\s+)?(?:${GIVING_UP.join('|')})\w*`;
const UNWAVERING = new RegExp(UNWAVERING_SOURCE, 'i');
const UNWAVERING_ALL = new RegExp(UNWAVERING_SOURCE, 'gi');

/** Whether a reading at `at` is negated or merely possible within its own clause. */
export function isBlockedAt(s: SentenceView, at: number): boolean {
  const cs = clauseStart(s, at);
  return isNegated(s.text, cs, at) || isPossibility(s.text, cs, at);
}

/** Negated (or undecided): a negation cue between the clause start and the verb, or an open question around it. */
export function isNegated(text: string, clauseFrom: number, verbStart: number): boolean {
  let region = text.slice(clauseFrom, verbStart);
  if (NEGATION.test(region)) {
    if (!UNWAVERING.test(region)) return true;
    region = region.replace(UNWAVERING_ALL, ' ');
    if (NEGATION.test(region)) return true;
  }
  if (UNDECIDED.test(region)) return true;
  // "has not said whether it would send", "has yet to decide if": the clause after "whether" is open.
  const before = text.slice(Math.max(0, clauseFrom - 90), clauseFrom);
  return endsWithWhetherOrIf(before) && OPEN_QUESTION.test(before);
}

/** OPEN_QUESTION ends with "whether" or "if" and optional white space: checked before the end-anchored pattern. */
function endsWithWhetherOrIf(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const tail = text.slice(Math.max(0, end - 7), end).toLowerCase();
  return tail.endsWith('whether') || tail.endsWith('if');
}

export function isHypothetical(text: string, clauseFrom: number, verbStart: number): boolean {
  return HYPOTHETICAL.test(text.slice(clauseFrom, verbStart));
}

/** "asked X to send", "urged Berlin to deliver": someone else is asked to act. */
export function isRequest(text: string, from: number, verbStart: number): boolean {
  return REQUEST.test(text.slice(from, verbStart));
}

/** "could send", "may be shipped": a possibility right before the verb. */
export function isPossibility(text: string, from: number, verbStart: number): boolean {
  const stretch = text.slice(from, verbStart);
  return POSSIBLE_LAST_WORDS.mayEnd(stretch) && POSSIBLE.test(stretch);
}

/**
 * "could announce a drawdown", "may approve another $400 million drawdown": a possibility governing the verb whose
 * object the noun trigger at `nounStart` is (the verb and at most three words of its object between).
 */
export function isPossibleObject(text: string, from: number, nounStart: number): boolean {
  let at = nounStart;
  for (let words = 0; words <= 4; words++) {
    if (isPossibility(text, from, at)) return true;
    const before = /\S+\s+$/.exec(text.slice(from, at));
    if (!before) return false;
    at = from + before.index;
  }
  return false;
}

const DELIBERATION = new RegExp(String.raw`\b(?:${DELIBERATION_CUES.join('|')})\b`, 'gi');
/** "They discussed …, and both reaffirmed our steadfast support": an affirming verb after the talk commits after all. */
const AFFIRMED = /\b(?:reaffirm|reiterat|underscor|underlin|stress|emphasi[sz]|highlight|pledg|commit|vow|promis|assur)\w*/i;

/** "discussed the importance of increasing … support", "the need for NATO Allies to continue to work": talk, no commitment. */
export function isDeliberation(text: string, clauseFrom: number, at: number): boolean {
  const from = Math.max(clauseFrom, at - 100);
  const stretch = text.slice(from, at);
  DELIBERATION.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = DELIBERATION.exec(stretch); m; m = DELIBERATION.exec(stretch)) last = m;
  if (last === null) return false;
  const cueAt = from + last.index;
  // "the need for NATO Allies to continue …" asks others, however firmly it is stressed.
  const asksOthers = /^need\s+for/i.test(last[0]);
  return !AFFIRMED.test(text.slice(cueAt + last[0].length, at)) && (asksOthers || !AFFIRMED.test(text.slice(Math.max(0, cueAt - 24), cueAt)));
}

const DOUBT = new RegExp(String.raw`\b(?:${DOUBT_CUES.join('|')})\w*|\b(?:no|any|without)\s+(?:[a-z]+\s+)?$`, 'i');

/** "questioned the commitment of", "no commitment": doubt or absence, not an assurance. */
export function isDoubted(text: string, clauseFrom: number, at: number): boolean {
  const region = text.slice(clauseFrom, at);
  if (!DOUBT.test(region)) return false;
  // "will not waver in its support": a doubt word negated is a promise.
  return !UNWAVERING.test(region) || DOUBT.test(region.replace(UNWAVERING_ALL, ' '));
}

/**
 * The modality of a reading as one number: null when the fact must be dropped (negated, undecided,
 * asked of someone else, or merely possible when `possibleDrops`), else `certain` or `hypothetical`.
 */
export function modalConfidence(
  text: string, clauseFrom: number, verbStart: number,
  opts: { certain: number; hypothetical: number; possibleDrops?: boolean; requestDrops?: boolean },
): number | null {
  if (isNegated(text, clauseFrom, verbStart)) return null;
  if (opts.requestDrops && isRequest(text, clauseFrom, verbStart)) return null;
  if (opts.possibleDrops && isPossibility(text, clauseFrom, verbStart)) return null;
  return isHypothetical(text, clauseFrom, verbStart) ? opts.hypothetical : opts.certain;
}

/**
 * A force already placed by troops.force in this sentence is not placed again by another troop rule (which would
 * read the same force with a partial or wider host set): drops troop drafts with that sender and an overlapping host.
 */
export function unlessForcePlaced(earlier: readonly Draft[], drafts: Draft[]): Draft[] {
  const placed = earlier.filter((d) => d.rule === 'troops.force' && d.to.length > 0);
  if (!placed.length) return drafts;
  const same = (a: Draft, b: Draft): boolean => a.from.join() === b.from.join() && (!a.to.length || !b.to.length || a.to.some((c) => b.to.includes(c)));
  return drafts.filter((d) => d.type !== 'troop_deployment' || !placed.some((p) => same(p, d)));
}

const PURPOSE_FLANK = /\bto\s+(?:further\s+)?(?:reinforce|bolster|strengthen|defend|protect|secure)\s+(?:[\w’'-]+\s+){0,6}?(?:on|along|across)?\s*(?:NATO['’]?s?|its|the|Europe['’]s|the\s+Alliance['’]s)\s+[Ee]astern\s+[Ff]lank\b/;

/**
 * "… to reinforce NATO’s eastern flank, sending additional rotational forces to Europe", "to bolster NATO’s defence
 * along its eastern flank": a purpose that names where forces without another host are going.
 */
export function flankPurpose(text: string): boolean {
  return PURPOSE_FLANK.test(text);
}

/** Cue words of a verb class for a rule's gate: every form's first word ("hand over" → "hand", "handed"). */
export function cueWords(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  return new Set(lists.flat().map((w) => w.split(' ')[0]!.toLowerCase()));
}
