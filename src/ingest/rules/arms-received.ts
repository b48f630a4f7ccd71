import { isActor, type Mention } from '../actors';
import { clauseStart } from '../clause';
import { previousInParagraph, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { armsOrAssetsDraft, cueWords, isHypothetical, isNegated } from '../kit';
import { objectActors, resolveSender } from './roles';
import { categoryHintOf, parseItems } from '../items';
import type { Rule } from '../registry';
import type { Item } from '../../model/dataset';
import { alternation, formsOf } from '../lexicon/verbs';

/**
 * The recipient as subject: "Estonia received two more howitzers from Norway", "the country has received a
 * second air defence system from France" (rule id: arms.received). The sender is the actor right after
 * "from"; the recipient the subject of the clause, and "the country" is the last country named before it
 * in the paragraph (else the war's country). Only equipment counts: "received support from" is help,
 * read by the commitment frames.
 */

// "has ordered additional HIMARS launchers from the United States": a buyer receives what it orders from the seller.
/** Verbs whose subject gets the goods: every inflection, from the lexicon's lemmas ("will purchase", "is buying"). */
const GETTING = formsOf('acquire', ['base', 's', 'ing', 'past']);
const RECEIVED = new RegExp(String.raw`\b(?:${alternation(GETTING)})\s+((?:[$£€\w.'’-]+,?\s+){1,20}?)from\s+(?:the\s+)?`, 'g');
const NOT_EQUIPMENT = /\b(?:aid|assistance|support|help|funding|financing|money|relief|assurances?|guarantees?|messages?|calls?|letters?|invitations?|visits?|delegations?|refugees|reports?|information|intelligence|requests?|praise|approval|backing|training)$/i;
/** An effort with its purpose ("the effort to train Ukrainian pilots on F-16s"): goods inside it are not what was given. */
const PURPOSE = /\b(?:efforts?|initiative|work|mission|coalition)\s+to\s+[a-z]+\b/;
/** A phrase that names aid, a visit or the like, or an effort with a purpose, rather than goods given. */
function namesNoGoods(phrase: string): boolean {
  return NOT_EQUIPMENT.test(phrase) || PURPOSE.test(phrase);
}
/** The goods a phrase names, read with the sentence's category hint; aid, help or a visit is no equipment. */
function equipmentIn(phrase: string, s: SentenceView): Item[] {
  return parseItems(phrase, categoryHintOf(s.text)).filter((i) => !NOT_EQUIPMENT.test(i.name));
}
const ANAPHOR = /\b(?:the\s+country|the\s+nation)\s+(?:(?:has|have|had|will|would|also|just|now|already|recently)\s+){0,2}$/i;

function countries(ms: readonly Mention[]): Mention[] {
  return ms.filter((m) => isActor(m) && (m.kind === 'country' || m.kind === 'metonym' || m.kind === 'people'));
}

/** The subject of "received": the actor nearest before the verb in its clause, or "the country" named before. */
function recipientOf(s: SentenceView, doc: DocView, verbAt: number): string[] {
  const cs = clauseStart(s, verbAt);
  const before = s.text.slice(cs, verbAt);
  if (ANAPHOR.test(before)) {
    const here = countries(s.mentions).filter((m) => m.end <= verbAt);
    const last = here[here.length - 1] ?? previousInParagraph(doc, s).map((p) => countries(p.mentions).at(-1)).find((m) => m);
    if (last) return [...last.codes];
    return doc.warCountry ? [doc.warCountry] : [];
  }
  const subj = countries(s.mentions).filter((m) => m.start >= cs && m.end <= verbAt);
  const last = subj[subj.length - 1];
  // "the Estonian Defence Ministry said it had ordered …": "it" is the sentence's subject, named by its adjective.
  if (/\b(?:it|they)\s+(?:(?:has|have|had|will|would|also|just|now|already|recently)\s+){0,2}$/.test(before)) {
    const owner = s.mentions.find((m) => m.end <= verbAt && (m.kind === 'adjective' || m.kind === 'country') && !/\b(?:from|to|with|for|in|at)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, m.start - 10), m.start)));
    if (owner) return [...owner.codes];
  }
  // Only a subject standing right before the verb ("Ukraine has received"), not an object of a preposition.
  // "Poland signed a deal to buy …", "Romania agreed to purchase …": a decision to buy, not a plan.
  if (!last || !/^\s+(?:(?:has|have|had|will|would|is|are|was|were|been|be|also|just|now|already|recently|finally)\s+){0,3}(?:(?:signed|signs|has\s+signed)\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:deal|contract|agreement)\s+to\s+|(?:agreed|agrees|decided|decides)\s+to\s+)?$/.test(s.text.slice(last.end, verbAt))) return [];
  return [...last.codes];
}

/** The countries of the "from" list starting at `at` ("from the Netherlands, Denmark and Norway"), or none. */
function sendersAt(s: SentenceView, at: number): Mention[] {
  const first = countries(s.mentions).find((x) => x.start === at);
  return first ? objectActors(s, first.start, 0).filter((x) => countries([x]).length) : [];
}

export function receivedRule(s: SentenceView, doc: DocView): Draft[] {
  if (!s.text.includes('from')) return [];
  const out: Draft[] = [];
  RECEIVED.lastIndex = 0;
  for (let m = RECEIVED.exec(s.text); m; m = RECEIVED.exec(s.text)) {
    const senders = sendersAt(s, m.index + m[0].length);
    if (!senders.length) continue;
    const sender = { codes: sortedCodes(senders) };
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index)) continue;
    const phrase = m[1]!.trim();
    if (namesNoGoods(phrase)) continue;
    const items = equipmentIn(phrase, s);
    if (!items.length) continue;
    const to = recipientOf(s, doc, m.index).filter((c) => !sender.codes.includes(c));
    if (!to.length) continue;
    const base = isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8;
    out.push(armsOrAssetsDraft(s, doc, 'arms.received', sender.codes, { codes: to, confidence: 1 }, items, base));
  }
  return out;
}

/** "The first batch of F-16 fighter jets from Denmark arrived in Ukraine": goods from a sender reaching a place. */
const ARRIVED_FROM = /\b((?:[$£€\w.'’-]+\s+){1,8}?)from\s+(?:the\s+)?/g;
const ARRIVED_VERB = /^\s+(?:(?:has|have|had|already|finally|now|also)\s+){0,2}(?:arrived|arrive|arrives|reached|landed|been\s+delivered|were\s+delivered|was\s+delivered)\s+(?:in|at|to)?\s*/;
const PERSONNEL = /\b(?:troops|soldiers|personnel|service\s+members|marines|sailors|airmen|forces|crews?|pilots|officials|delegation|minister|president)\b/i;

function arrivedFrom(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  ARRIVED_FROM.lastIndex = 0;
  for (let m = ARRIVED_FROM.exec(s.text); m; m = ARRIVED_FROM.exec(s.text)) {
    const senders = sendersAt(s, m.index + m[0].length);
    if (!senders.length) continue;
    const after = senders[senders.length - 1]!.end;
    const verb = ARRIVED_VERB.exec(s.text.slice(after));
    if (!verb) continue;
    const phrase = m[1]!.trim();
    if (PERSONNEL.test(phrase) || NOT_EQUIPMENT.test(phrase)) continue;
    const items = equipmentIn(phrase.replace(/^(?:the\s+)?(?:first|second|third|last|latest|new)\s+(?:batch|shipment|delivery|consignment)\s+of\s+/i, ''), s);
    if (!items.length) continue;
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, after)) continue;
    const from = sortedCodes(senders);
    const placeAt = after + verb[0].length;
    const to = sortedCodes(s.mentions.filter((x) => x.start === placeAt && isActor(x))).filter((c) => !from.includes(c));
    if (!to.length) continue;
    out.push(armsOrAssetsDraft(s, doc, 'arms.received', from, { codes: to, confidence: 1 }, items, isHypothetical(s.text, cs, after) ? 0.5 : 0.8));
  }
  return out;
}

export const armsReceivedRule: Rule = {
  id: 'arms.received', emits: ['arms.received', 'troops.assets'], cues: cueWords(['arrived', 'arrive', 'arrives', 'reached', 'landed', 'delivered'], GETTING), run: ({ s, doc }) => [...receivedRule(s, doc), ...(s.text.includes('from') ? arrivedFrom(s, doc) : [])],
};

/**
 * Thanks for equipment: "Zelensky thanked Norway for the new F-16 jets" (rule id: arms.thanked). The thanked are the
 * senders, the one who thanks (the subject's country) the recipient; thanks for help or support are the commitment
 * frames'.
 */
const THANKED = /\bthank(?:ed|s|ing)?\s+/g;
const FOR_ITEMS = /^\s*for\s+(?:(?:the|its|their|his|her|all)\s+)?((?:[$£€\w.'’-]+\s+){0,8}?[$£€\w.'’-]+?)(?=\s*(?:,|;|\.|$|\s+(?:and\s+(?:for|its|their|the)\b|which|that|to\s+(?:help|support|defend|protect)|as\b|in\s+(?:the|its|their)\b)))/;

export function thankedRule(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  THANKED.lastIndex = 0;
  for (let m = THANKED.exec(s.text); m; m = THANKED.exec(s.text)) {
    const end = m.index + m[0].length;
    const senders = objectActors(s, end, 4).filter((x) => x.kind !== 'adjective');
    if (!senders.length) continue;
    const after = senders[senders.length - 1]!.end;
    const what = FOR_ITEMS.exec(s.text.slice(after));
    if (!what) continue;
    const phrase = what[1]!.trim();
    if (namesNoGoods(phrase)) continue;
    // "for providing Leopard tanks to Ukraine": the goods are the verb's object, without the verb and the recipient.
    const items = equipmentIn(phrase.replace(/^(?:providing|sending|supplying|delivering|donating|giving|transferring)\s+/, '').replace(/\s+to\s+.*$/, ''), s);
    if (!items.length) continue;
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index)) continue;
    const from = sortedCodes(senders);
    // "thanked Germany for providing Leopard tanks to Ukraine": a recipient the phrase names; else the one who thanks.
    const phraseAt = after + what.index + what[0].indexOf(phrase);
    const toAt = /\bto\s+(?:the\s+)?/.exec(phrase);
    const named = toAt ? s.mentions.filter((x) => isActor(x) && x.kind !== 'adjective' && x.start === phraseAt + toAt.index + toAt[0].length) : [];
    const recipient = named.length ? { codes: sortedCodes(named), confidence: 0.9 } : resolveSender(s, doc, m.index);
    const to = (recipient?.codes ?? []).filter((c) => !from.includes(c));
    if (!to.length) continue;
    out.push(armsOrAssetsDraft(s, doc, 'arms.thanked', from, { codes: to, confidence: recipient!.confidence }, items, 0.75));
  }
  return out;
}

export const armsThankedRule: Rule = {
  id: 'arms.thanked', emits: ['arms.thanked', 'troops.assets'], cues: cueWords(['thanked', 'thanks', 'thank', 'thanking']), run: ({ s, doc }) => thankedRule(s, doc),
};

/**
 * arms.bought-from: goods named with their seller ("The parade included M1A1 Abrams tanks bought from the U.S., … and K9
 * self-propelled Howitzers bought from South Korea"): an arms transfer from the seller to the buyer, the clause's own
 * country or the page's.
 */
const BOUGHT_FROM = /((?:[\w$£€.'’-]+\s+){1,8}?)(?:bought|purchased|acquired|ordered|procured)\s+from\s+(?:the\s+)?/g;

function boughtFrom(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  BOUGHT_FROM.lastIndex = 0;
  for (let m = BOUGHT_FROM.exec(s.text); m; m = BOUGHT_FROM.exec(s.text)) {
    const sellers = sendersAt(s, m.index + m[0].length);
    if (!sellers.length) continue;
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index + m[0].length)) continue;
    const phrase = m[1]!.replace(/^(?:and|or|with|as\s+well\s+as)\s+/i, '').trim();
    if (namesNoGoods(phrase)) continue;
    const items = equipmentIn(phrase, s);
    if (!items.length) continue;
    const from = sortedCodes(sellers);
    // A seller of an earlier item ("bought from the U.S., …") is no buyer.
    const own = countries(s.mentions).filter((x) => x.start >= cs && x.end <= m.index && !from.includes(x.codes[0]!) && !/\bfrom\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 10), x.start)));
    const to = (own.length ? sortedCodes(own) : doc.home.length === 1 ? [...doc.home] : []).filter((c) => !from.includes(c));
    if (!to.length) continue;
    out.push(armsOrAssetsDraft(s, doc, 'arms.bought-from', from, { codes: to, confidence: own.length ? 1 : 0.8 }, items, isHypothetical(s.text, cs, m.index) ? 0.5 : 0.75));
  }
  return out;
}

export const armsBoughtFromRule: Rule = {
  id: 'arms.bought-from',
  emits: ['arms.bought-from', 'troops.assets'],
  cues: cueWords(['bought', 'purchased', 'acquired', 'ordered', 'procured']),
  run: ({ s, doc }) => (s.text.includes('from') ? boughtFrom(s, doc) : []),
};
