import { lastClauseComma } from '../chars';
import { clauseStart } from '../clause';
import { armsOrAssetsDraft, cueWords, isHypothetical, isNegated, isPossibility, isPossibleObject } from '../kit';
import type { Rule } from '../registry';
import { placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { categoryHintOf, parseItems } from '../items';
import { resolveRecipient, resolveSender, type Resolved } from './roles';

/**
 * "Norway and Denmark announced a joint package of air-defence ammunition worth $250 million",
 * "X unveiled a new military aid package including Y and Z", "X announced a $N military aid package for Ukraine
 * on Wednesday, which included Y": the package's contents are in the
 * same sentence as the act that made it. Rule id: arms.announced. The recipient is a place named
 * after the verb, else the paragraph's or the war's country (lower confidence, `resolveRecipient`).
 * "pledged/provided a package" is left to arms.active, which reads those verbs already.
 */

const ANNOUNCED = /\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|approv(?:e|es|ed|ing)|agree(?:s|d)?\s+(?:on|to)|adopt(?:s|ed|ing)?|sign(?:s|ed)?\s+off\s+on|finali[sz](?:e|es|ed))\s+(?:a|an|the|its|their|another)\s+((?:[$£€\w.'’-]+\s+){0,6}?)(?:package|tranche)\s+(?:(?:for|to)\s+[^,.;]{1,40}?(?:,\s+|\s+(?=(?:that|which|including|containing|comprising)\s)))?(?:of|including|containing|comprising|with|(?:that|which)\s+(?:includes|included|contains|contained))\s+/gi;
// The list ends at its value, a destination, a clause or the sentence's end.
const ITEMS_END = /\s+(?:worth|valued|totall?ing|to|for|from|in|on|at|by|over|amid)\s|;|,\s*(?:worth|valued|which|who|according|as|the\s|and\s+(?:said|will|would|is|are))|\.(?=\s|$)|\s[—–-]\s/;
// "a package of military aid" names the kind of package, not equipment.
const NOT_EQUIPMENT = /\b(?:aid|assistance|support|help|funding|financing|money|relief)$/i;

/** "Berlin approved the delivery of 18 Leopard 2 tanks to Ukraine": a transfer someone cleared names its goods. */
const APPROVED = /\b(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|clear(?:s|ed|ing)?|allow(?:s|ed|ing)?|green-?light(?:s|ed)?|announc(?:e|es|ed|ing)|order(?:s|ed)?)\s+(?:the\s+|a\s+)?(?:(?:first|new|further|additional|swift|rapid|possible|potential|proposed)\s+)?(?:delivery|deliveries|transfer|transfers|export|exports|shipment|shipments|supply|re-export|sale|sales)\s+of\s+/gi;

/**
 * "has given DOD authorization for a drawdown of up to $450 million to meet Ukraine's critical arms needs", "the 13th
 * presidential drawdown of DOD stocks": a US drawdown is a transfer of goods from the stocks it names (or the arms,
 * weapons or equipment the sentence names), to the war's country unless another recipient is named.
 */
const DRAWDOWN = /\b(?:presidential\s+)?drawdowns?\s+(?:of|from)\s+((?:up\s+to\s+)?(?:[$€£]\s?[\d.,]+\s*(?:million|billion)?|(?:(?:current|existing)\s+)?(?:U\.S\.|US|DOD|DoD|Pentagon|Defense\s+Department)\s+(?:stocks|stockpiles|inventor(?:y|ies)|arms\s+and\s+equipment|arms|equipment|weapons)))/g;
const GOODS_WORD = /\b(?:arms|weapons|equipment|munitions|ammunition)\b/i;

function drawdowns(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  DRAWDOWN.lastIndex = 0;
  for (let m = DRAWDOWN.exec(s.text); m; m = DRAWDOWN.exec(s.text)) {
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index) || isPossibleObject(s.text, cs, m.index)) continue;
    const what = m[1]!;
    // A sum names no goods: the sentence's arms, weapons or equipment do.
    const name = /^(?:up\s+to\s+)?[$€£]/.test(what) ? GOODS_WORD.exec(s.text.slice(m.index))?.[0] : what;
    if (!name) continue;
    const sender = resolveSender(s, doc, m.index) ?? (doc.home.includes('US') ? { codes: ['US'], confidence: 0.7 } : null);
    if (!sender?.codes.length) continue;
    const end = m.index + m[0].length;
    const to = resolveRecipient(s, doc, end, sender.codes, 'arms');
    if (!to?.codes.length) continue;
    out.push(armsOrAssetsDraft(s, doc, 'arms.announced', sender.codes, to, [{ name, category: 'other' }], (isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8) * sender.confidence));
  }
  return out;
}

export function announcedPackageRule(s: SentenceView, doc: DocView): Draft[] {
  if (/drawdown/i.test(s.text)) return [...packages(s, doc), ...drawdowns(s, doc)];
  return packages(s, doc);
}

function packages(s: SentenceView, doc: DocView): Draft[] {
  const pkg = /\b(?:package|tranche)\b/i.test(s.text);
  if (!pkg && !/\b(?:deliver|transfer|export|shipment|supply|sale)/i.test(s.text)) return [];
  const out: Draft[] = [];
  for (const pattern of pkg ? [ANNOUNCED, APPROVED] : [APPROVED]) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s.text); m; m = pattern.exec(s.text)) {
    const cs = clauseStart(s, m.index);
    const near = Math.max(cs, lastClauseComma(s.text, m.index) + 1);
    if (isNegated(s.text, near, m.index) || isPossibility(s.text, near, m.index)) continue;
    const listAt = m.index + m[0].length;
    const rest = s.text.slice(listAt);
    const stop = rest.search(ITEMS_END);
    const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(s.text)).filter((i) => !NOT_EQUIPMENT.test(i.name));
    if (!items.length) continue;
    const sender = resolveSender(s, doc, m.index);
    if (!sender?.codes.length) continue;
    const here = sortedCodes(placesIn(s, listAt)).filter((c) => !sender.codes.includes(c));
    const to: Resolved | null = here.length ? { codes: here, confidence: 1 } : resolveRecipient(s, doc, listAt, sender.codes, 'arms');
    if (!to?.codes.length) continue;
    const base = isHypothetical(s.text, near, m.index) ? 0.5 : 0.85;
    out.push(armsOrAssetsDraft(s, doc, 'arms.announced', sender.codes, to, items, base * sender.confidence));
  }
  }
  return out;
}

export const armsAnnouncedRule: Rule = { id: 'arms.announced', emits: ['arms.announced', 'troops.assets'], cues: cueWords(['drawdown', 'drawdowns', 'package', 'tranche', 'packages', 'tranches', 'delivery', 'deliveries', 'transfer', 'transfers', 'export', 'exports', 'shipment', 'shipments', 'supply', 're-export', 'sale', 'sales']), run: ({ s, doc }) => announcedPackageRule(s, doc) };
