import { lastClauseComma, LastWords } from '../chars';
import type { Item } from '../../model/dataset';
import { isActor } from '../actors';
import { clauseStart, gerundAfterPreposition } from '../clause';
import { armsOrAssetsDraft, cueWords, isHypothetical, isNegated, isPossibility, isRequest } from '../kit';
import type { Rule } from '../registry';
import { sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { alternation, formsOf } from '../lexicon/verbs';
import { lowerTokenBefore } from '../tokens';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any', 'further']);
import { categoryHintOf, parseItems } from '../items';
import { passiveAgent, resolveRecipient, resolveSender, type Resolved } from './roles';
import { packageVerbEnd } from './arms-package';

/**
 * Arms shipments: "X is sending Y (to Z)", "Y are being sent by X", "the flow of Y into Z from X".
 * Rule ids: arms.active, arms.passive, arms.flow (and troops.assets for equipment sent to an ally).
 */

/** Transfer verbs from the lexicon (plus "follow suit with"): every inflection of every lemma. */
const VERB = new RegExp(String.raw`\b(?:${alternation(formsOf('transfer'))}|follow(?:s|ed|ing)?(?: suit)? with)\b`, 'gi');
const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|already|reportedly|currently|still|being|been)\s+)*$/i;
/** The words PASSIVE_AUX can end with before its final white space: the end-anchored pattern is tried at every offset. */
const PASSIVE_AUX_LAST_WORDS = new LastWords(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 'now', 'already', 'reportedly', 'currently', 'still']);
const passiveAuxBefore = (before: string): boolean => PASSIVE_AUX_LAST_WORDS.mayEnd(before) && PASSIVE_AUX.test(before);
const PARTICIPLE = new RegExp(`^(?:${alternation(formsOf('transfer', ['pp']))})$`, 'i');
const OBJECT_STOP = /\s+(?:to|into|towards?)\s+|\s+(?:donated|supplied|provided|sent|delivered|pledged|given)\s+by\b|\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z#]|neighbouring|embattled|war-torn|besieged|beleaguered)|\s+in order\b|\s+so that\b|\s+in an effort\b|\s+as part of\b|,\s*(?:which|who|while|as|but|according|in order|officials|the|(?!including\b)[a-z]+ing)\b|\s+from\s+(?:its|their|the|his|her)\s+(?:own\s+)?(?:stocks?|stockpiles?|inventor(?:y|ies)|reserves?|arsenals?)|\s+and\s+(?:allow|to|will|would|is|are|has|have|also|plans?)\b|\s+over the (?:next|coming)\b|,?\s+and\s+(?:[A-Z][\w-]*\s+)+(?:has|have|is|are|will|was|were|had)\b|\s+(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b|\s+with\s+(?:about|around|some|up to|nearly|\d)|\s+which\b|;|\s[—–-]\s|\.$|\s+(?:in|since|on|last|this|next|over|by|from|after|before|at)\s+(?:the\s+)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend)/;
// "pledged a raft of new military aid": aid as such is a commitment (commitment.aid), not goods; "lethal aid" stays goods.
const MONEY_AID_ITEM = /^(?:(?:new|further|additional|more|military|security|financial|economic|humanitarian|defen[cs]e)\s+)*(?:aid|assistance|support|help)$/i;
const PERSONNEL_ITEM = /\b(?:units?|detachments?|contingents?|battalions?|brigades?|troops|soldiers|personnel|servicemen|service members|marines|paratroopers|instructors|trainers|sailors|airmen)$/i;
const FORCE_OBJECT = /^\s*(?:(?:an?|the|their|its|our|enhanced|additional|more|new|extra|rotational|persistent|permanent|further|forward)\s+)*(?:deployments?|forces|troops|soldiers|presence|rotations?|personnel|service\s*members)\b/i;
const FLOW = /\b(?:flow|deliver(?:y|ies)|shipments?|supply|supplies|transfers?|consignments?|donations?|drawdowns?|provision)\s+of\s+/gi;

function confidenceOf(s: SentenceView, clauseFrom: number, verbStart: number): number | null {
  const lastComma = lastClauseComma(s.text, verbStart);
  const from = Math.max(clauseFrom, lastComma + 1);
  if (isNegated(s.text, from, verbStart)) return null;
  // Only a request in the verb's own stretch counts: "Poland, which had urged Berlin, has pledged" is no request.
  if (isRequest(s.text, from, verbStart)) return null;
  // "could send", "may be shipped": a possibility, not a transfer (the gold leaves these out).
  if (isPossibility(s.text, from, verbStart)) return null;
  return isHypothetical(s.text, from, verbStart) ? 0.5 : 0.9;
}

function draft(s: SentenceView, rule: string, from: string[], to: Resolved, items: Item[], confidence: number, doc: DocView): Draft {
  return armsOrAssetsDraft(s, doc, rule, from, to, items, confidence);
}

/** Transfer verbs, active ("X sends Y to Z") and passive ("Y are being sent by X"): one scan of the verbs for both voices. */
function transfers(s: SentenceView, doc: DocView): { active: Draft[]; passive: Draft[] } {
  const actives: Draft[] = [];
  const passives: Draft[] = [];
  const hint = categoryHintOf(s.text);
  // "This package provides …": the package is no sender; arms.package reads that verb.
  const packageVerb = /provid|deliver/i.test(s.text) ? packageVerbEnd(s.text) : -1;
  VERB.lastIndex = 0;
  for (let v = VERB.exec(s.text); v; v = VERB.exec(s.text)) {
    const verbStart = v.index;
    if (verbStart < packageVerb) continue;
    const verbEnd = v.index + v[0].length;
    const cs = clauseStart(s, verbStart);
    if (/ing$/.test(v[0]) && gerundAfterPreposition(s, verbStart)) continue;
    const before = s.text.slice(cs, verbStart);
    // "the supply of tanks", "a transfer of jets": a noun, read by the flow rule.
    if (DETERMINERS.has(lowerTokenBefore(s.text, verbStart) ?? '') && !/(?:ed|ing)$/.test(v[0])) continue;
    // "are being sent by X", and the reduced relative "Patriot batteries donated by the United States".
    const reduced = PARTICIPLE.test(v[0]) && !passiveAuxBefore(before) && /^\s+by\s/.test(s.text.slice(verbEnd)) && /[\w)]\s+$/.test(before);
    const passive = PARTICIPLE.test(v[0]) && (passiveAuxBefore(before) || reduced);
    const base = confidenceOf(s, cs, verbStart);
    if (base === null) continue;
    if (passive) {
      const agents = passiveAgent(s, verbEnd);
      if (!agents.length) continue;
      const auxAt = reduced ? before.length : before.search(PASSIVE_AUX);
      // "are to be provided", "will be sent": the modal or "are to" is not part of the items; a reduced
      // relative's items start after the last list break or "including".
      const ends = [before.lastIndexOf(';') + 1];
      const ex = /(?:including|such as)\s+(?=[^,;]*$)/.exec(before);
      if (ex) ends.push(ex.index + ex[0].length);
      const comma = /,\s+(?=[^,;]*$)/.exec(before);
      if (comma) ends.push(comma.index + comma[0].length);
      const head = (reduced ? before.slice(Math.max(...ends)).replace(/^\s*(?:and|an?)\s+/, '') : before.slice(0, auxAt)).replace(/\s+(?:(?:is|are|was|were)\s+(?:(?:set|due|expected|going|about|also)\s+)?to|will|would|shall|must|should)\s*$/i, '');
      const items = parseItems(head.replace(/^[^A-Za-z0-9"“]+/, '') + addedLater(s, verbEnd), hint);
      if (!items.length) continue;
      const from = sortedCodes(agents);
      const to = resolveRecipient(s, doc, verbEnd, from, 'arms');
      if (to) passives.push(draft(s, 'arms.passive', from, to, items, base, doc));
      continue;
    }
    let objectFrom = verbEnd;
    // Double object: "giving Ukraine 14 tanks".
    const first = s.mentions.find((m) => m.start >= verbEnd && isActor(m) && /^\s*(?:the\s+)?$/.test(s.text.slice(verbEnd, m.start)));
    if (first) objectFrom = first.end;
    // "supply Ukraine with 40 Marders": the equipment follows "with".
    const withLead = first ? /^\s+with\s+/.exec(s.text.slice(objectFrom))?.[0].length ?? 0 : 0;
    objectFrom += withLead;
    const rest = s.text.slice(objectFrom);
    const stop = rest.search(OBJECT_STOP);
    const objectText = (stop >= 0 ? rest.slice(0, stop) + addedLater(s, objectFrom + stop) : rest);
    // "pledged to send X": the infinitive is its own match.
    if (/^\s*to\s+[a-z]+/.test(objectText)) continue;
    // "Providing enhanced rotational deployments …, including armored, aviation, air defense … forces": forces, not goods.
    if (FORCE_OBJECT.test(objectText)) continue;
    // "sent a company of 300 troops", "contribute an air defence unit": people are a deployment, not a
    // transfer of arms ("two NASAMS units", named systems, stay arms).
    let items = goodsOf(parseItems(objectText, hint));
    // "providing Ukraine with …, including Patriot batteries donated by Germany": that item has its own donor.
    if (stop >= 0 && /^\s+\w+\s+by\b/.test(rest.slice(stop))) items = items.slice(0, -1);
    // "will provide additional military capabilities to Ukraine, including one Patriot air defense battery": a vague
    // object's examples follow the recipient.
    if (!items.length && stop >= 0 && !/\b(?:commitments?|guarantees?|pledges?|assurances?)\s*$/i.test(objectText)) items = goodsOf(parseItems(includedLater(s, objectFrom + stop), hint));
    if (!items.length) continue;
    const sender = resolveSender(s, doc, verbStart);
    if (!sender) continue;
    const to: Resolved | null = first ? { codes: [...first.codes], confidence: 1 } : resolveRecipient(s, doc, verbEnd, sender.codes, 'arms');
    if (to) actives.push(draft(s, 'arms.active', sender.codes, to, items, base * sender.confidence, doc));
  }
  return { active: actives, passive: passives };
}

/**
 * Arms paid for on another's behalf: "Germany will fund the purchase of 155mm shells for Ukraine", "the
 * Netherlands is buying drones for Ukraine". The recipient must be named ("for/to X"): buying for one's own
 * forces is no transfer.
 */
const FUND = new RegExp(String.raw`\b(?:${alternation(formsOf('fund'))})\s+(?:(?:the|a|an)\s+)?(?:(?:purchase|procurement|acquisition|production|delivery|supply|transfer)\s+of\s+)?`, 'g');

/** "will provide 70 million dollars towards the purchase of the Naval Strike Missile system": money given for a named purchase. */
const TOWARDS = /\b(?:provid|giv|gave|allocat|contribut|commit|pledg|grant|offer)\w*\s+(?:[\w$€£.,-]+\s+){1,6}?(?:to|towards?|for)\s+(?:the\s+)?(?:purchase|procurement|acquisition)\s+of\s+/g;

/** Where the clause before `at` starts (after its last comma), or null when it denies, doubts or asks for what follows. */
function unblockedClauseFrom(s: SentenceView, at: number): number | null {
  const near = Math.max(clauseStart(s, at), lastClauseComma(s.text, at - 1) + 1);
  return isNegated(s.text, near, at) || isPossibility(s.text, near, at) || isRequest(s.text, near, at) ? null : near;
}

function fundedPurchase(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  TOWARDS.lastIndex = 0;
  for (let m = TOWARDS.exec(s.text); m; m = TOWARDS.exec(s.text)) {
    const near = unblockedClauseFrom(s, m.index);
    if (near === null) continue;
    const after = m.index + m[0].length;
    const rest = s.text.slice(after);
    const end = rest.search(/[.;]|\s+(?:for|to)\s+(?:the\s+)?(?=[A-Z])/);
    const items = parseItems(end >= 0 ? rest.slice(0, end) : rest, categoryHintOf(s.text)).filter((i) => !PERSONNEL_ITEM.test(i.name));
    if (!items.length) continue;
    // "for Latvia" after the goods, else the country the sentence helps ("support Latvia … and will provide …"), which is no giver.
    const helped = s.mentions.filter((x) => isActor(x) && x.kind !== 'org' && (x.start >= after || /\b(?:support|help|assist|aid|arm|equip)\w*\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 16), x.start))));
    const helpedCodes = sortedCodes(helped);
    const resolved = resolveSender(s, doc, m.index);
    const giver = resolved ? resolved.codes.filter((c) => !helpedCodes.includes(c)) : [];
    if (!resolved || !giver.length) continue;
    const sender = { codes: giver, confidence: resolved.confidence };
    const named = helpedCodes.filter((c) => !giver.includes(c));
    const to = named.length ? { codes: named, confidence: 0.9 } : resolveRecipient(s, doc, after, sender.codes, 'arms');
    if (!to) continue;
    const base = isHypothetical(s.text, near, m.index) ? 0.5 : 0.8;
    out.push(armsOrAssetsDraft(s, doc, 'arms.funded', sender.codes, to, items, base * sender.confidence));
  }
  return out;
}

function funded(s: SentenceView, doc: DocView): Draft[] {
  // Money towards a purchase is read once, by fundedPurchase ("purchase" is also a fund verb).
  const towards = fundedPurchase(s, doc);
  if (towards.length) return towards;
  const out: Draft[] = [];
  FUND.lastIndex = 0;
  for (let m = FUND.exec(s.text); m; m = FUND.exec(s.text)) {
    const near = unblockedClauseFrom(s, m.index);
    if (near === null) continue;
    const after = m.index + m[0].length;
    const rest = s.text.slice(after);
    const forX = /\s+(?:for|to)\s+(?:the\s+)?(?=[A-Z])/.exec(rest);
    if (!forX || forX.index > 120) continue;
    const items = parseItems(rest.slice(0, forX.index), categoryHintOf(s.text)).filter((i) => !PERSONNEL_ITEM.test(i.name));
    if (!items.length) continue;
    const sender = resolveSender(s, doc, m.index);
    if (!sender) continue;
    const toAt = after + forX.index + forX[0].length;
    const to = s.mentions.filter((x) => isActor(x) && x.start === toAt).flatMap((x) => x.codes).filter((c) => !sender.codes.includes(c));
    if (!to.length) continue;
    const base = isHypothetical(s.text, near, m.index) ? 0.5 : 0.8;
    out.push(armsOrAssetsDraft(s, doc, 'arms.funded', sender.codes, { codes: [...new Set(to)].sort(), confidence: 1 }, items, base * sender.confidence));
  }
  return out;
}

export const armsFundedRule: Rule = { id: 'arms.funded', emits: ['arms.funded', 'troops.assets'], cues: cueWords(formsOf('fund'), ['purchase', 'procurement', 'acquisition']), run: ({ s, doc }) => funded(s, doc) };

/** "Poland has supported Ukraine with weapons", "helped Kyiv with air defence systems": help given in goods is a transfer. */
const HELPED_WITH = /\b(?:support|help|assist|arm|equip|back)(?:s|ed|ing)?\s+(?=(?:the\s+)?\p{Lu})/gu;

function helpedWith(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  HELPED_WITH.lastIndex = 0;
  for (let m = HELPED_WITH.exec(s.text); m; m = HELPED_WITH.exec(s.text)) {
    const verbEnd = m.index + m[0].length;
    const first = s.mentions.find((x) => x.start >= verbEnd && isActor(x) && /^\s*(?:the\s+)?$/.test(s.text.slice(verbEnd, x.start)));
    const lead = first ? /^\s+with\s+/.exec(s.text.slice(first.end)) : null;
    if (!first || !lead) continue;
    const objectFrom = first.end + lead[0].length;
    const rest = s.text.slice(objectFrom);
    const stop = rest.search(OBJECT_STOP);
    // Goods only: "with weapons", "with air defence systems"; not "with training" or "with €10 million".
    const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(s.text)).filter((i) => (i.category !== 'other' || /\b(?:weapons|arms|equipment|ammunition|munitions|materiel)\b/i.test(i.name)) && !MONEY_AID_ITEM.test(i.name) && !PERSONNEL_ITEM.test(i.name));
    if (!items.length) continue;
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index) || isPossibility(s.text, cs, m.index)) continue;
    const sender = resolveSender(s, doc, m.index);
    if (!sender?.codes.length) continue;
    const to = first.codes.filter((c) => !sender.codes.includes(c));
    if (!to.length) continue;
    out.push(draft(s, 'arms.helped-with', sender.codes, { codes: to, confidence: 1 }, items, (isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8) * sender.confidence, doc));
  }
  return out;
}

const TRANSFER_CUES = cueWords(formsOf('transfer'), ['follow', 'follows', 'followed', 'following', 'support', 'supports', 'supported', 'supporting', 'help', 'helps', 'helped', 'helping', 'assist', 'assists', 'assisted', 'assisting', 'arm', 'arms', 'armed', 'arming', 'equip', 'equips', 'equipped', 'equipping', 'back', 'backs', 'backed', 'backing']);
/** Both voices in one rule: a sentence's active transfers come before its passive ones, as when each voice was a rule. */
export const armsTransferRule: Rule = {
  id: 'arms.active',
  emits: ['arms.active', 'arms.passive', 'arms.helped-with', 'troops.assets'],
  cues: TRANSFER_CUES,
  run: ({ s, doc }) => {
    const { active, passive } = transfers(s, doc);
    const helped = / with /.test(s.text) ? helpedWith(s, doc) : [];
    const read = passive.length ? active.concat(passive) : active;
    return helped.length ? read.concat(helped.filter((h) => !read.some((d) => d.from.join() === h.from.join() && d.to.join() === h.to.join()))) : read;
  },
};
export const armsFlowRule: Rule = {
  id: 'arms.flow',
  emits: ['arms.flow', 'troops.assets'],
  cues: cueWords(['flow', 'delivery', 'deliveries', 'shipment', 'shipments', 'supply', 'supplies', 'transfer', 'transfers', 'consignment', 'consignments', 'donation', 'donations', 'drawdown', 'drawdowns', 'provision']),
  // A noun that is the object of a transfer verb already read ("authorizing our 37th drawdown of U.S. arms") adds nothing.
  run: ({ s, doc, earlier }) => flowRule(s, doc, categoryHintOf(s.text)).filter((d) => !earlier.some((e) => e.type === d.type && e.from.join() === d.from.join() && e.to.join() === d.to.join())),
};

/** The owner written right before a flow noun: "Germany's delivery of", "our 37th drawdown of" (the article's actor). */
function flowOwner(s: SentenceView, doc: DocView, at: number): string[] {
  const before = s.text.slice(Math.max(0, at - 40), at);
  const poss = /([\w.]+)\s*['’]s?\s+(?:[\w-]+\s+){0,2}$/.exec(before);
  if (poss) {
    const end = at - before.length + poss.index + poss[1]!.length;
    const owner = s.mentions.filter((m) => isActor(m) && m.end === end);
    if (owner.length) return sortedCodes(owner);
  }
  return /\b(?:our|Our)\s+(?:[\w-]+\s+){0,2}$/.test(before) ? [...doc.home] : [];
}

/**
 * Goods, not people or money: "sent a company of 300 troops" is a deployment and "aid" no item; named systems' units
 * ("two NASAMS units") stay goods.
 */
function goodsOf(items: ReturnType<typeof parseItems>): ReturnType<typeof parseItems> {
  return items.filter((i) => (!PERSONNEL_ITEM.test(i.name) || (/units?$/i.test(i.name) && /[A-Z]/.test(i.name))) && !MONEY_AID_ITEM.test(i.name));
}

/** The examples that follow a recipient: "… to Ukraine, including one Patriot air defense battery and …". */
function includedLater(s: SentenceView, from: number): string {
  const tail = /^[^,;]{0,40}?,\s*(?:including|such as)\s+/.exec(s.text.slice(from));
  if (!tail) return '';
  const rest = s.text.slice(from + tail[0].length);
  const stop = rest.search(OBJECT_STOP);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/**
 * "delivered 20 HIMARS launchers to Kyiv, along with thousands of Javelins" / "were delivered by
 * Poland in the first months of the war, as well as Krab howitzers": the list goes on after the
 * recipient, agent or time, with no other comma in between. Returns " and <more items>" or "".
 */
function addedLater(s: SentenceView, from: number): string {
  const tail = /^[^,;]{0,70}?,\s*(?:along with|as well as|plus|together with)\s+/.exec(s.text.slice(from));
  if (!tail) return '';
  const rest = s.text.slice(from + tail[0].length);
  const stop = rest.search(OBJECT_STOP);
  return ` and ${stop >= 0 ? rest.slice(0, stop) : rest}`;
}

function flowRule(s: SentenceView, doc: DocView, hint: ReturnType<typeof categoryHintOf>): Draft[] {
  const out: Draft[] = [];
  FLOW.lastIndex = 0;
  for (let m = FLOW.exec(s.text); m; m = FLOW.exec(s.text)) {
    const after = m.index + m[0].length;
    const rest = s.text.slice(after);
    const stop = rest.search(/\s+(?:to|into|from|for|by)\s+/);
    const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, hint);
    if (!items.length) continue;
    const clauseEnd = after + (/[;]|\s+(?:is|are|was|were|has|have)\s/.exec(rest)?.index ?? rest.length);
    // "the flow of arms into Ukraine from Poland", "the transfer of 19 F-16 jets by Denmark", "drawdown of arms … from
    // Department of Defense inventories"; else the owner ("our 37th drawdown", "Germany's delivery of").
    const from = s.mentions.filter((x) => x.start > after && x.end <= clauseEnd && isActor(x) && /\b(?:from|by)\s+(?:the\s+)?(?:current\s+)?$/.test(s.text.slice(Math.max(0, x.start - 18), x.start)));
    const fromCodes = from.length ? sortedCodes(from) : flowOwner(s, doc, m.index);
    if (!fromCodes.length) continue;
    const to = resolveRecipient(s, doc, after, fromCodes, 'arms', clauseEnd);
    if (!to) continue;
    const base = isNegated(s.text, 0, m.index) ? null : 0.85;
    if (base !== null) out.push(draft(s, 'arms.flow', fromCodes, to, items, base, doc));
  }
  return out;
}
