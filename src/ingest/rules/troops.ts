import { lastClauseComma } from '../chars';
import { isAlliedHost } from '../../domain/nato-membership';
import { isKnownUnit } from '../actors';
import { COUNTRIES } from '../lexicon/countries';
import { alternation, formsOf } from '../lexicon/verbs';
import { COUNT_ADDERS, FORCE_PLATFORMS, HEDGES, REGIONS, TROOP_NOUNS, UNIT_NOUNS } from '../lexicon/words';
import type { Rule } from '../registry';
import { actorsBetween, clauseStart, gerundAfterPreposition } from '../clause';
import { cueWords, flankPurpose, isHypothetical, isNegated, isPossibility, isRequest, unlessForcePlaced, type Troops } from '../kit';
import { EASTERN_FLANK } from '../../domain/eastern-flank';
import { PARTIES_AT_WAR, mainSubject, placesIn, previousInParagraph, sortedCodes, span, type DocView, type Draft, type SentenceView } from '../doc';
import { resolveRecipient, resolveSender } from './roles';

/**
 * Troop deployments: a deployment verb whose object counts or names troops or a unit
 * ("deploying up to 22,000 additional troops to …", "sent a battalion", "the deployment of troops").
 * Rule ids: troops.verb, troops.noun, troops.arrival.
 */

/** Deployment verbs from the lexicon, and "has N (troops)". */
const VERB = new RegExp(String.raw`\b(?:${alternation(formsOf('deploy'))}|ha(?:s|ve)(?=\s+(?:about|around|some|roughly|nearly|more than|over|up to)?\s*\d))\b`, 'gi');
const ARRIVAL = /\b(?:(?:have|has|had)\s+)?(?:arriv(?:e|es|ed|ing)|land(?:s|ed)|(?:are|were|have been|has been|had been|will be|would be|are to be|is to be|are being|is being)\s+(?:deployed|stationed|sent|based|moved|dispatched))\b/g;
const NOUN = /\b(?:deployments?|stationing|dispatch|rotations?|build-?up|buildup|reinforcements?)\s+of\s+/g;

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const QUANT = String.raw`(?:(${alternation([...HEDGES, ...COUNT_ADDERS])})\s+)?`;
/** Hedges kept on the figure as written; "an additional", "another" count, they do not hedge. */
const NOT_HEDGE = new RegExp(`^(?:${alternation(COUNT_ADDERS)})$`, 'i');
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|hundreds of|thousands of|tens of thousands of)`;
const DEMONYMS = COUNTRIES.flatMap((c) => c.adjectives).filter((a) => /^[A-Za-z]+$/.test(a)).join('|');
// "NATO's multinational battlegroup", "its rotational deployments": the owner is not the count.
const MOD = String.raw`(?:(?:${DEMONYMS}|NATO['’]s|its|their|the|[A-Z][a-z]+-led|additional|more|extra|new|fresh|American|US|U\.S\.|British|German|French|Canadian|Polish|allied|NATO|combat|ground|rotational|permanent|military|multinational|rapid[- ]reaction|armou?red|infantry|mechani[sz]ed|airborne|heavy|light|enduring|regular|active-duty|forward-deployed),?\s+)*`;
const TROOP_NOUN = String.raw`(${alternation(TROOP_NOUNS)})`;
const UNIT_NOUN = String.raw`(${alternation(UNIT_NOUNS.flatMap((u) => [u, `${u}s`]))})`;
// "armoured personnel carriers" are vehicles, not personnel.
const NOT_VEHICLE = String.raw`(?!\s+carriers?\b)`;
const TROOPS_RE = new RegExp(`(?:\\b${QUANT}${NUMBER}\\s+)?${MOD}${TROOP_NOUN}\\b${NOT_VEHICLE}`, 'i');
// "a company of 14 Leopard 2 tanks": a unit of equipment is no unit of troops.
const UNIT_RE = new RegExp(`\\b${QUANT}${NUMBER}?\\s*${MOD}${UNIT_NOUN}\\b(?!\\s+of\\s+(?:[a-z]+\\s+)?\\d[\\d,]*\\s+(?!${TROOP_NOUN.slice(1, -1)}\\b))`, 'i');
/**
 * The nouns alone (no count, no modifiers): neither pattern above matches without its noun, and this finds the
 * noun without trying the optional count and modifier run at every offset first.
 */
const ANY_TROOP_NOUN = new RegExp(`${TROOP_NOUN}\\b${NOT_VEHICLE}`, 'i');
const ANY_UNIT_NOUN = new RegExp(`${UNIT_NOUN}\\b`, 'i');
const PLATFORM = new RegExp(`\\b(?:${alternation(FORCE_PLATFORMS)})\\b`, 'i');
/** Verbs that move forces, not money or goods: a platform object counts only after these. */
const DEPLOY_ONLY = /^(?:deploy|station|position|rotat|reposition|forward[- ]deploy|mov|keep|kept|maintain|base)/i;
const UNIT_SUBJECT = /\b(?:Wing|Division|Brigade|Regiment|Battalion|Squadron|Corps|Army|Air Force|Navy|Marine Corps|Fleet)\b/;
// ", and Canada will increase …" starts a clause; ", and Siauliai Air Base, Lithuania" goes on with a list of places.
const CLAUSE_END = /\s+and\s+(?:will\s+|would\s+|also\s+)?[a-z]+\s+(?:more|the|a|an|its|their|\d)|;|,\s+(?:and|but|while)\s+(?=(?:it|they|he|she|we|the|a|an|its|their|[a-z]+(?:ed|s)\b|(?:[A-Z][\w.'’-]*\s+){1,3}(?:will|would|is|are|was|were|has|have|had|also|plans?|[a-z]+ed)\b))|,\s+(?:which|who)\s/;
const NOUN_PHRASE_END = new RegExp(`${CLAUSE_END.source}|\\s+(?:is|are|was|were|will|would|has|have|had|remains?|continues?|represents?)\\s`);
const REGION_AFTER = new RegExp(String.raw`\b(?:to|in|into|across|throughout)\s+(?:the\s+)?(?:${alternation(REGIONS)})\b`);
// "pledged the UK’s steadfast support and commended Ukraine’s armed forces": a second verb starts its own object.
const STOP = /\s+in order\b|\s+so that\b|;|\s[—–-]\s|,\s*(?:which|who|while|but|as|in order|with)\b|,?\s+and\s+(?!(?:armed|trained|experienced|skilled|speciali[sz]ed|mechani[sz]ed|motori[sz]ed|equipped|allied|combined|unmanned|advanced)\b)[a-z]+ed\s+(?:the|a|an|his|her|its|their|our|\p{Lu})/u;

export function parseCount(raw: string | undefined): number | null {
  if (!raw) return null;
  const r = raw.toLowerCase().trim();
  const m = /^(\d+(?:\.\d+)?)\s+(thousand|million)$/.exec(r);
  if (m) return Math.round(Number(m[1]) * (m[2] === 'thousand' ? 1_000 : 1_000_000));
  if (/^\d{1,3}(?:,\d{3})+$/.test(r)) return Number(r.replace(/,/g, ''));
  if (/^\d+$/.test(r)) return Number(r);
  return null;
}

function singular(unit: string): string {
  const u = unit.toLowerCase().replace(/\s+/g, '');
  return u.replace(/s$/, '');
}

/** A draft's troops read from `text`, its unit the one named (`named`) when there is one. */
export function troopsOf(text: string, named: string | null = null): Troops {
  const t = troopsIn(text);
  return { troops: t.troops, qualifier: t.qualifier, unit: named ?? t.unit };
}

/** Troops and unit named in `text`: the count belongs to troop nouns, the unit to unit nouns. */
export function troopsIn(text: string): { found: boolean; troops: number | null; qualifier: string | null; unit: string | null } {
  const t = ANY_TROOP_NOUN.test(text) ? TROOPS_RE.exec(text) : null;
  const u = ANY_UNIT_NOUN.test(text) ? UNIT_RE.exec(text) : null;
  const found = !!t || !!u;
  let troops = t ? parseCount(t[2]) : null;
  if (troops === null && t && WORD_NUMBERS[(t[2] ?? '').toLowerCase()] && /troops|soldiers/i.test(t[3] ?? '')) troops = WORD_NUMBERS[(t[2] ?? '').toLowerCase()]!;
  const hedge = t?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
  const qualifier = troops !== null && hedge && !NOT_HEDGE.test(hedge) ? hedge : null;
  return { found, troops, qualifier, unit: u ? singular(u[3]!) : null };
}

const ON_ALERT = /\bon\s+(?:(?:heightened|high|higher|increased|standby)\s+)?(?:alert|standby|notice)\b|\bprepare-to-deploy\b|\b(?:ready|prepared)\s+to\s+deploy\b/i;
const TAKEN_AWAY = /^\S+\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:withdrawal|pull-?out|reduction|removal|departure|exit|evacuation|cut|cuts|drawdown)\s+(?:of|in)\b/i;
const ENEMY_BEFORE = /\b(?:against|invading|occupying|attacking|by)\s+(?:the\s+)?(?:(?:invading|occupying|attacking|advancing)\s+)?$/;

function build(s: SentenceView, doc: DocView, rule: string, at: number, objectEnd: number): Draft | null {
  // The object is read first: most verbs move no troops ("has 3 …", "sent a message"), and every test before the
  // sender is a pure test that drops the reading, so their order changes nothing but the cost.
  const object = s.text.slice(at, objectEnd);
  // "ordered the withdrawal of 12,000 U.S. troops", "announced a reduction of 9,500 troops": forces taken away.
  if (TAKEN_AWAY.test(object)) return null;
  // "ordered 8,500 troops on heightened alert for possible deployment", "on prepare-to-deploy orders": readiness, not a move.
  if (ON_ALERT.test(object)) return null;
  const t = troopsIn(object);
  // "deployed six F-35 aircraft to Amari Air Base, Estonia": aircraft and ships are forces too.
  const platform = !t.found && rule === 'troops.verb' && PLATFORM.test(object) && DEPLOY_ONLY.test(s.text.slice(at, at + 20));
  if (!t.found && !platform) return null;
  const cs = clauseStart(s, at);
  const lastComma = lastClauseComma(s.text, at);
  const window = Math.max(cs, lastComma + 1);
  if (isNegated(s.text, window, at) || isNegated(s.text, cs, at) || isPossibility(s.text, window, at)) return null;
  // "deployments of American troops", "NATO troops": the troops' own adjective names who sends them.
  const own = s.mentions.filter((m) => m.start >= at && m.end <= objectEnd && (m.kind === 'adjective' || m.kind === 'country' || (m.kind === 'org' && m.codes[0] === 'NATO')) && /^\s+(?:[\w-]+\s+){0,2}(?:troops|soldiers|forces|service members|personnel|marines|airmen)\b/.test(s.text.slice(m.end, objectEnd + 1)));
  // "defend itself against invading Russian forces": the enemy a country defends against is not deployed by anyone's act here.
  if (own.length && own.every((m) => ENEMY_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start)))) return null;
  let sender = own.length ? { codes: sortedCodes(own), confidence: 0.9 } : resolveSender(s, doc, at);
  // "Royal Air Force Lakenheath’s 48th Fighter Wing deployed …": a named unit acts for the article's country.
  // A known formation names its own country ("the 82nd Airborne Division"); another named unit acts for the article's.
  const knownUnit = sender ? [] : s.mentions.filter((m) => m.start >= cs && m.end <= at && isKnownUnit(m));
  if (!sender && knownUnit.length) sender = { codes: sortedCodes(knownUnit), confidence: 0.8 };
  if (!sender && doc.home.length === 1 && UNIT_SUBJECT.test(s.text.slice(cs, at))) sender = { codes: [...doc.home], confidence: 0.6 };
  if (!sender) return null;
  const rest = s.text.slice(at);
  // "The near-persistent deployment of U.S. forces … to Estonia are part of …": a noun's phrase ends at the clause's verb.
  const clauseEnd = rest.search(rule === 'troops.noun' ? NOUN_PHRASE_END : CLAUSE_END);
  const until = clauseEnd >= 0 ? at + clauseEnd : s.text.length;
  // Russia's and Belarus's forces mass on non-members' borders; allies deploy to allies.
  const mode = sender.codes.every((c) => c === 'RU' || c === 'BY') ? 'any' : 'host';
  // "America's forward deployed Corps in Europe", "frigates … to the Baltic Sea": a region without members, no host.
  const inClause = placesIn(s, at, until).filter((m) => m.codes.some((c) => isAlliedHost(c, doc.article.date) || mode === 'any'));
  const regionUntil = s.text.slice(at, until).search(/\s(?:by|when|while|after|before|as|which|who|that|since|until)\s/);
  const region = !inClause.length && REGION_AFTER.test(s.text.slice(at, regionUntil >= 0 ? at + regionUntil : until));
  // "… to reinforce NATO’s eastern flank, sending additional rotational forces to Europe": the purpose names the hosts.
  // "Poland will deploy 5,000 soldiers to reinforce NATO’s eastern flank" with no host of its own: the flank, never a
  // country of the sentence before.
  const flankOnly = !inClause.length && flankPurpose(s.text) && !placesIn(s, 0, s.text.length).some((m) => m.kind === 'country' && !sender.codes.includes(m.codes[0]!));
  let host = (region || flankOnly) && flankPurpose(s.text) ? { codes: [...EASTERN_FLANK].filter((c) => !sender.codes.includes(c)), confidence: 0.8 }
    : region && (platform || t.unit !== null || t.troops !== null) ? { codes: [], confidence: 0.7 } : resolveRecipient(s, doc, at, sender.codes, mode, until);
  if (!host) return null;
  // "Moscow has over 100,000 troops amassed on the Ukraine border": an aggressor's build-up at a border is outside the
  // country (no destination); an ally's forces "along Poland's border" are in Poland, which this leaves alone.
  if (host.codes.length && sender.codes.every((c) => PARTIES_AT_WAR.has(c)) && host.codes.every((c) => atBorderOf(s, c))) host = { codes: [], confidence: 0.7 };
  // Aircraft and ships count as forces only when the sentence names an allied host ("to the Baltic Sea" names none).
  if (platform && host.codes.length && (host.confidence < 0.9 || !host.codes.every((c) => isAlliedHost(c, doc.article.date) && c !== doc.warCountry))) return null;
  const unit = t.unit ?? troopsIn(s.text.slice(cs, clauseEnd >= 0 ? at + clauseEnd : s.text.length)).unit;
  // "Poland has asked NATO to station troops on its territory": a request is not a deployment.
  if (isRequest(s.text, window, at)) return null;
  // "Stockholm was ready to send troops to Finland if needed": readiness is an assurance (commitment.ready-to-send), no move.
  if (READY_TO.test(s.text.slice(window, at))) return null;
  const base = isHypothetical(s.text, window, at) ? 0.5 : 0.9;
  return {
    type: 'troop_deployment', from: sender.codes, to: host.codes, evidence: [span(s)],
    confidence: Math.round(base * sender.confidence * host.confidence * 100) / 100, rule,
    troops: t.troops, qualifier: t.qualifier, unit,
  };
}

const READY_TO = /\b(?:ready|prepared|willing|poised)\s+to\s+$/i;

const AT_BORDER_BEFORE = /\b(?:on|along|near|at|close\s+to|by|toward|towards|around)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?borders?\s+(?:of|with)\s+(?:the\s+)?)?$/i;
const BORDER_AFTER = /^(?:['’]s?)?\s+(?:[a-z]+ern\s+)?(?:borders?|frontier)\b/;
const BORDER_OF_BEFORE = /\bborders?\s+(?:of|with)\s+(?:the\s+)?$/;

/** Whether every mention of `code` in the sentence names a border ("on the Ukraine border", "near the border with Ukraine"). */
function atBorderOf(s: SentenceView, code: string): boolean {
  const ms = s.mentions.filter((m) => m.codes.includes(code));
  return ms.length > 0 && ms.every((m) => {
    const before = s.text.slice(Math.max(0, m.start - 40), m.start);
    return (BORDER_OF_BEFORE.test(before) && AT_BORDER_BEFORE.test(before)) || (AT_BORDER_BEFORE.test(before) && BORDER_AFTER.test(s.text.slice(m.end, m.end + 24)));
  });
}

const UNIT_ITEM = new RegExp(`(?:^|,|\\band\\b)\\s*(?:an?|one|two|three|four|the|another|an additional)\\s+((?:[\\w-]+\\s+){0,2}?${UNIT_NOUN})\\b`, 'gi');

/** Units listed as one object ("a HIMARS platoon and an infantry company"), as written; [] for one unit. */
export function coordinatedUnits(object: string): string[] {
  const out: string[] = [];
  UNIT_ITEM.lastIndex = 0;
  for (let m = UNIT_ITEM.exec(object); m; m = UNIT_ITEM.exec(object)) out.push(m[1]!.replace(/\s+/g, ' '));
  return out.length > 1 && new Set(out.map((u) => u.toLowerCase())).size === out.length ? out : [];
}

function objectEnd(s: SentenceView, from: number): number {
  const place = placesIn(s, from)[0];
  const rest = s.text.slice(from, place ? place.start : s.text.length);
  const stop = rest.search(STOP);
  return from + (stop >= 0 ? stop : rest.length);
}

/** "Around 1,000 Dutch soldiers have arrived in Lithuania": the troops are the subject. */
function arrivals(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  ARRIVAL.lastIndex = 0;
  for (let m = ARRIVAL.exec(s.text); m; m = ARRIVAL.exec(s.text)) {
    const cs = clauseStart(s, m.index);
    const subject = s.text.slice(cs, m.index);
    const t = troopsIn(subject);
    if (!t.found || isNegated(s.text, cs, m.index)) continue;
    const senders = s.mentions.filter((x) => x.start >= cs && x.end <= m!.index);
    // "troops from Germany are based in Lithuania": "from" after the troop noun names the sender.
    const troopsFrom = (x: { start: number }): boolean => /\b(?:troops|soldiers|forces|personnel|marines|airmen|units?)\s+from\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, x.start - 24), x.start));
    let from = [...new Set(senders.filter((x) => troopsFrom(x) || !/\b(?:in|to|from|our|at|by|with|for|invitation\s+of)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 8), x.start))).flatMap((x) => x.codes))].sort();
    if (!from.length) {
      // "US Army Europe confirmed that a rotation of 3,500 soldiers would arrive": the main clause's subject.
      from = [...new Set(actorsBetween(s.text, s.mentions, 0, cs).flatMap((x) => x.codes))].sort();
    }
    if (!from.length) {
      const by = s.mentions.find((x) => x.start > m!.index && /\bby\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 8), x.start)));
      if (by) from = [...by.codes];
    }
    if (!from.length && /^(?:will be|would be|are to be|is to be|are being|is being)\b/.test(m[0])) {
      // "Two squadrons will be sent to Britain" after "Washington will rotate …": the paragraph's subject sends.
      const prev = previousInParagraph(doc, s)[0];
      if (prev) from = mainSubject(prev);
    }
    if (!from.length) continue;
    const after = m.index + m[0].length;
    const clauseEnd = s.text.slice(after).search(/;|,\s+(?:and|but|while)\s/);
    const host = resolveRecipient(s, doc, after, from, 'host', clauseEnd >= 0 ? after + clauseEnd : s.text.length);
    if (!host) continue;
    out.push({
      type: 'troop_deployment', from, to: host.codes, evidence: [span(s)],
      confidence: Math.round(0.85 * host.confidence * 100) / 100, rule: 'troops.arrival', troops: t.troops, qualifier: t.qualifier, unit: t.unit,
    });
  }
  return out;
}

function verbs(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  VERB.lastIndex = 0;
  for (let v = VERB.exec(s.text); v; v = VERB.exec(s.text)) {
    if (/ing$/.test(v[0]) && gerundAfterPreposition(s, v.index) && !/^(?:moving|sending|deploying)$/i.test(v[0])) continue;
    // "the French-led force", "NATO-led": a compound adjective, not a verb.
    if (s.text[v.index - 1] === '-') continue;
    // "pledged to train Romanian infantry units": the infinitive says what is done (a deployment verb there is its own match).
    if (/^\s+to\s+[a-z]+/.test(s.text.slice(v.index + v[0].length))) continue;
    const end = Math.min(objectEnd(s, v.index + v[0].length), v.index + v[0].length + 90);
    const d = build(s, doc, 'troops.verb', v.index, end);
    if (!d || d.type !== 'troop_deployment') continue;
    // "deploy a HIMARS platoon and an infantry company to Estonia": one fact per unit.
    const units = coordinatedUnits(s.text.slice(v.index + v[0].length, end));
    if (units.length > 1) for (const unit of units) out.push({ ...d, unit });
    else out.push(d);
  }
  return out;
}

function nouns(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  NOUN.lastIndex = 0;
  for (let n = NOUN.exec(s.text); n; n = NOUN.exec(s.text)) {
    // "any deployment of NATO troops in Ukraine would …", "no deployment": a deployment supposed or denied, none made.
    if (/\b(?:any|no|possible|potential|hypothetical|eventual)\s+(?:[a-z-]+\s+)?$/i.test(s.text.slice(Math.max(0, n.index - 24), n.index))) continue;
    const end = Math.min(objectEnd(s, n.index + n[0].length), n.index + n[0].length + 60);
    const d = build(s, doc, 'troops.noun', n.index, end);
    if (d) out.push(d);
  }
  return out;
}

export const troopsVerbRule: Rule = { id: 'troops.verb', cues: cueWords(formsOf('deploy'), ['has', 'have']), run: ({ s, doc, earlier }) => unlessForcePlaced(earlier, verbs(s, doc)) };
export const troopsNounRule: Rule = { id: 'troops.noun', cues: cueWords(['deployment', 'deployments', 'stationing', 'dispatch', 'rotation', 'rotations', 'build-up', 'buildup', 'reinforcement', 'reinforcements']), run: ({ s, doc }) => nouns(s, doc) };
export const troopsArrivalRule: Rule = { id: 'troops.arrival', cues: cueWords(formsOf('arrive'), ['deployed', 'stationed', 'sent', 'based', 'moved', 'dispatched']), run: ({ s, doc, earlier }) => unlessForcePlaced(earlier, arrivals(s, doc)) };
