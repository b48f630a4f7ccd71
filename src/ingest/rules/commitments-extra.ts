import { isActor, type Mention } from '../actors';
import { isNatoMember } from '../../domain/nato-membership';
import type { Rule } from '../registry';
import { clauseStart } from '../clause';
import { cueWords, isHypothetical, isNegated } from '../kit';
import { PARTIES_AT_WAR, sortedCodes, span, type Draft, type SentenceView } from '../doc';
import { objectActors } from './roles';
import { alternation, formsOf } from '../lexicon/verbs';
import { TIME_ADVERBIAL } from '../lexicon/words';
import type { DocView } from '../doc';

/**
 * Commitments said with a noun or a passive, which the verb-led rules in commitments.ts miss.
 * - commitment.noun: "the commitment of the United States to Poland's security", "Canada's
 *   commitment to the defence of Latvia": an assurance from the owner to the object. Doubt
 *   ("questioned the commitment of …") is not an assurance.
 * - commitment.training-passive: "Ukrainian pilots will be trained … in Romania": the trainees'
 *   demonym is the recipient, the place's country the trainer (lower confidence: the place may host
 *   a multinational programme). A place outside the lexicon ("at Fort Sill") gives no fact.
 */

const NOUN = /\bcommitments?\b/g;
const DOUBT = /\b(?:doubt\w*|question\w*|uncertain\w*|wav\w*|weak\w*|undermin\w*|erod\w*|test\w*|lack\w*|scepti\w*|skepti\w*|concern\w*|worr\w*|fears?)\b/i;
const PASSIVE_TRAIN = /\b(?:troops|soldiers|pilots|crews|personnel|servicemen|recruits|marines|forces|operators)\s+(?:(?:will|would|are to|are set to|are due to|are going to)\s+)?(?:(?:be|are|were|is|have|has)\s+)?(?:being\s+|been\s+)?trained\b/g;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function commitmentNoun(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(s.text); m; m = NOUN.exec(s.text)) {
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index) || DOUBT.test(s.text.slice(cs, m.index)) || /\b(?:no|any)\s+(?:[a-z]+\s+)?$/i.test(s.text.slice(cs, m.index))) continue;
    const end = m.index + m[0].length;
    // Owner: "of the United States" after, or "Canada's" / "the US" right before.
    const ofOwner = /^\s+of\s+(?:the\s+)?/.exec(s.text.slice(end));
    let owner = ofOwner ? s.mentions.filter((x) => isActor(x) && x.start === end + ofOwner[0].length) : [];
    if (!owner.length) owner = s.mentions.filter((x) => x.kind !== 'org' && x.end <= m.index && /^(?:['’]s)?\s+(?:[a-z]+\s+){0,2}$/.test(s.text.slice(x.end, m.index)));
    if (!owner.length) continue;
    const ownerEnd = Math.max(end, ...owner.map((x) => x.end));
    const to = /^\s+to\s+(?:the\s+)?(?:(?:security|defen[cs]e|protection|sovereignty)\s+of\s+(?:the\s+)?)?/.exec(s.text.slice(ownerEnd));
    if (!to) continue;
    const objectAt = ownerEnd + to[0].length;
    // "to NATO and the defence of its ‘Eastern Flank’": every coordinated object.
    const target = objectActors(s, objectAt, 1);
    const codes = sortedCodes(target).filter((c) => !owner.some((o) => o.codes.includes(c)));
    if (!codes.length) continue;
    const base = isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8;
    out.push({ type: 'commitment', from: sortedCodes(owner), to: codes, evidence: [span(s)], confidence: base, rule: 'commitment.noun', kind: 'assurance' });
  }
  return out;
}

function passiveTraining(s: SentenceView): Draft[] {
  PASSIVE_TRAIN.lastIndex = 0;
  const m = PASSIVE_TRAIN.exec(s.text);
  if (!m) return [];
  const cs = clauseStart(s, m.index);
  if (isNegated(s.text, cs, m.index + m[0].length) || /\b(?:could|may|might)\b/i.test(s.text.slice(cs, m.index + m[0].length))) return [];
  // Trainees: the demonym right before the trainee noun ("Ukrainian pilots").
  const trainee = s.mentions.filter((x) => x.kind !== 'org' && x.end <= m.index && /^\s+(?:[a-z-]+\s+)?$/.test(s.text.slice(x.end, m.index)) && x.start >= cs);
  if (!trainee.length) return [];
  const after = m.index + m[0].length;
  const rest = s.text.slice(after);
  const stop = rest.search(/[;.](?=\s|$)|,\s+(?:and|but|while|which)\s/);
  const limit = after + (stop >= 0 ? stop : rest.length);
  // "by X" names the trainer; otherwise the country where the training happens.
  const by = s.mentions.filter((x) => isActor(x) && x.start > after && x.end <= limit && /\bby\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 8), x.start)));
  const place = s.mentions.filter((x) => isActor(x) && x.kind !== 'org' && x.start > after && x.end <= limit && /\b(?:in|at)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 8), x.start)));
  const trainer = by.length ? by : place;
  const toCodes = sortedCodes(trainee);
  const from = sortedCodes(trainer).filter((c) => !toCodes.includes(c));
  if (!from.length) return [];
  const base = (isHypothetical(s.text, cs, m.index) ? 0.5 : 0.85) * (by.length ? 1 : 0.8);
  return [{ type: 'commitment', from, to: toCodes, evidence: [span(s)], confidence: round(base), rule: 'commitment.training-passive', kind: 'training' }];
}

/**
 * "Britain and Ukraine signed a security agreement", "Italy and Ukraine signed a ten-year security cooperation
 * agreement", "Zelenskyy and Rutte signed a bilateral security agreement between Ukraine and the Netherlands",
 * "signed the Agreement on Security Cooperation between Ukraine and Lithuania". The parties are the
 * actor list that is the clause's subject, or the pair after "between". Under the guideline's security-agreement
 * rule that is one assurance from the supporting party to the supported one: the country at war, else the one
 * party outside the alliance.
 */
const PACT = String.raw`(?:(?:a|an|the|their|its|our)\s+)?(?:[\w-]+\s+){0,3}?(?:bilateral\s+)?(?:(?:security|defen[cs]e)\s+(?:co-?operation\s+|assistance\s+)?(?:agreements?|pacts?|treat(?:y|ies)|accords?|guarantees?)|(?:agreement|treaty|pact|accord)\s+on\s+(?:security|defen[cs]e)(?:\s+co-?operation)?)\b`;
const PACT_SIGNED = new RegExp(String.raw`\b(?:${alternation(formsOf('accede'))})\s+${PACT}`, 'gi');
/** "The Agreement between Ukraine and the United Kingdom on Security Co-operation": the pact named by its parties, signed or not. */
const PACT_BETWEEN = /\b(?:[Aa]greement|[Pp]act|[Tt]reaty|[Aa]ccord)(?=\s+between\s+(?:the\s+)?[A-Z][^.;,]{3,80}?\s+on\s+(?:[Ss]ecurity|[Dd]efen[cs]e)\b)/g;
/** A pact still talked about, drafted or proposed is no commitment yet. */
const UNSETTLED_BEFORE = /\b(?:talks?|negotiations?|negotiating|draft|drafting|proposed|planned|future|possible|potential|prospective)\s+(?:(?:on|about|over|for|of)\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const UNSETTLED_AFTER = /^[^.;]*?\b(?:(?:has|have|had|is|was)\s+(?:not|yet\s+to)|not\s+yet|stalled|collapsed|under\s+negotiation|being\s+negotiated)\b/i;
/** What may stand between the parties and the verb: auxiliaries, adverbs, a day ("today", "on Friday"). */
const SUBJECT_GAP = new RegExp(String.raw`^\s+(?:(?:have|has|had|will|would|also|formally|officially|jointly|recently|already|previously|now|${TIME_ADVERBIAL})\s+){0,3}$`);
const BETWEEN = /^\s+(?:[\w-]+\s+){0,4}?between\s+(?:the\s+)?/;
const WITH_PARTY = /^\s+with\s+(?:the\s+)?/;

/** The actors a pact ending at `end` is signed "with" ("… defense pacts with the U.S. military"), else none. */
function withPartyOf(s: SentenceView, end: number): Mention[] {
  const w = WITH_PARTY.exec(s.text.slice(end, end + 12));
  return w ? objectActors(s, end + w[0].length, 0) : [];
}

/**
 * The parties of a pact whose signing ends at `end`: the pair after "between", else the subject list before `verbAt`
 * (with the United States when it is the party after "with", `withActors`).
 */
function pactParties(s: SentenceView, doc: DocView, cs: number, verbAt: number, end: number, withActors: readonly Mention[]): string[] {
  const between = BETWEEN.exec(s.text.slice(end, end + 60));
  if (between) {
    const pair = objectActors(s, end + between[0].length, 1).filter((x) => x.kind !== 'adjective');
    if (pair.length >= 2) return sortedCodes(pair);
  }
  const run = s.actorRuns.find((r) => r[0]!.start >= cs && SUBJECT_GAP.test(s.text.slice(r[r.length - 1]!.end, verbAt)));
  // "Norway and Finland have signed new defense pacts with the U.S. military": the other party after "with".
  const others = withActors.filter((x) => x.kind !== 'adjective' || /^\s+(?:military|government|armed\s+forces)\b/.test(s.text.slice(x.end, x.end + 24)));
  // Only a pact with the United States is read here (see supportedParty); "A signed a pact with B" otherwise is the
  // declaration frame's (subject → partner).
  if (others.length) return run && others.some((x) => x.codes.includes('US')) ? sortedCodes([...run, ...others]) : [];
  if (run && run.length >= 2) return sortedCodes(run);
  // Officials as the subject ("Austin and Jana Cernochova, defense minister of the Czech Republic, today signed"): their
  // countries and those the subject names.
  const subject = s.text.slice(cs, verbAt);
  const codes = new Set(sortedCodes(s.mentions.filter((x) => (x.kind === 'country' || x.kind === 'adjective' || x.kind === 'people') && x.start >= cs && x.end <= verbAt && !/\b(?:in|at)\s+$/i.test(s.text.slice(Math.max(0, x.start - 4), x.start)))));
  for (const c of doc.people.countriesNamedIn(subject)) codes.add(c);
  return codes.size >= 2 ? [...codes].sort() : [];
}

function pactSigned(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  // A pact named by its parties counts unless the sentence says it is unsettled; matchAll works on a copy of each pattern.
  const named = /between/.test(s.text) ? [...s.text.matchAll(PACT_BETWEEN)].filter((m) => !UNSETTLED_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index)) && !UNSETTLED_AFTER.test(s.text.slice(m.index))) : [];
  const found = [...s.text.matchAll(PACT_SIGNED), ...named];
  for (const m of found) {
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index)) continue;
    const withActors = withPartyOf(s, m.index + m[0].length);
    const parties = pactParties(s, doc, cs, m.index, m.index + m[0].length, withActors);
    if (parties.length < 2) continue;
    const supported = supportedParty(parties, doc, withActors.some((x) => x.codes.includes('US')));
    if (!supported) continue;
    const from = parties.filter((c) => !supported.includes(c) && !PARTIES_AT_WAR.has(c));
    if (!from.length) continue;
    if (out.some((d) => d.from.join() === from.join() && d.to.join() === supported.join())) continue;
    out.push({ type: 'commitment', from, to: supported, evidence: [span(s)], confidence: round((isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8)), rule: 'commitment.pact-signed', kind: 'assurance' });
  }
  return out;
}

/**
 * The side a pact supports: the country at war, else the one party outside the alliance. Between two allies the
 * guideline's reading (from the government whose text it is) needs the page's publisher, which the text does not
 * reliably give ("U.S., Czech Defense Leaders Sign Security Agreement" read as Czech): no fact.
 */
function supportedParty(parties: readonly string[], doc: DocView, withUs: boolean): string[] | null {
  if (doc.warCountry && parties.includes(doc.warCountry)) return [doc.warCountry];
  const outside = parties.filter((c) => !isNatoMember(c, doc.article.date) && !PARTIES_AT_WAR.has(c) && c !== 'NATO');
  if (outside.length === 1) return outside;
  if (outside.length || !withUs) return null;
  // Allies signing defence pacts with the United States ("Norway and Finland have signed new defense pacts with the U.S.
  // military"), told by the US side: its commitment to them (the guideline's "from the government whose text it is").
  // Between two allies named as the subject, which side speaks is not known from the sentence: no fact.
  return doc.home.length === 1 && doc.home[0] === 'US' ? parties.filter((c) => c !== 'US' && c !== 'NATO') : null;
}

export const pactSignedRule: Rule = { id: 'commitment.pact-signed', cues: cueWords(['agreement', 'agreements', 'pact', 'pacts', 'treaty', 'treaties', 'accord', 'accords', 'guarantee', 'guarantees']), run: ({ s, doc }) => pactSigned(s, doc) };
export const commitmentNounRule: Rule = { id: 'commitment.noun', cues: cueWords(['commitment', 'commitments']), run: ({ s }) => (/commitment/i.test(s.text) ? commitmentNoun(s) : []) };
export const trainingPassiveRule: Rule = { id: 'commitment.training-passive', cues: cueWords(['trained']), run: ({ s }) => (/trained/i.test(s.text) ? passiveTraining(s) : []) };
