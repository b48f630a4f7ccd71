import { lastClauseComma } from '../chars';
import type { CommitmentKind } from '../../model/dataset';
import type { Rule } from '../registry';
import { isNatoMember } from '../../domain/nato-membership';
import { isActor } from '../actors';
import { clauseStart } from '../clause';
import { cueWords, isDeliberation, isHypothetical, isNegated } from '../kit';
import { formsOf } from '../lexicon/verbs';
import { sortedCodes, span, type DocView, type Draft, type SentenceView } from '../doc';
import { objectActors, resolveRecipient, resolveSender, type Resolved } from './roles';

/**
 * Commitments: assurances, air-defence integration, training and aid.
 * Rule ids: commitment.assurance, commitment.air-defence, commitment.training, commitment.aid.
 */

const ASSURE = /\b(?:(?:re)?assur(?:ed|es|ing|e)|guarantee(?:d|s)?|pledg(?:ed|es|ing|e)\s+(?:to\s+(?:defend|protect|support|stand\s+(?:by|with))|(?:its\s+|their\s+|continued\s+|full\s+)*(?:support|solidarity)(?:\s+(?:to|for|with))?)|vow(?:ed|s|ing)?\s+to\s+(?:defend|protect|support|stand\s+(?:by|with))|promis(?:ed|es|ing|e)\s+to\s+(?:defend|protect|support)|reaffirm(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:commitment|support|solidarity)\s+(?:to|for|with)(?:\s+the\s+(?:security|defen[cs]e|protection)\s+of)?|commit(?:ted|s)?\s+(?:itself\s+|themselves\s+)?to\s+(?:defending|protecting|the\s+(?:defen[cs]e|security|protection)\s+of)|stand(?:s|ing)?\s+(?:firmly\s+|shoulder to shoulder\s+)?(?:by|with))\s+/g;
const BACKER = /^\s*(?:(?:\w+\s+){0,2}?of\s+)(.{1,80}?)(?:'s|’s)\s+(?:\w+\s+){0,3}(?:support|backing|commitment|protection|solidarity|defen[cs]e)/;
const AIR_DEFENCE = /\b(?:integrat\w*|includ\w*|incorporat\w*|bring\w*|brought)\s+(.{1,60}?)\s+(?:into|in)\s+(?:the\s+)?(?:[\w#'’ -]{0,30}?)\bair[- ]?(?:and[- ]missile[- ])?defen[cs]es?\b|\b(?:air[- ]policing|air[- ]defen[cs]e\s+(?:umbrella|shield|cover))\s+(?:mission\s+)?(?:over|for|of|in)\s+/gi;
// "train 2,000 Ukrainian soldiers", "trained up to 10,000 more Ukrainian recruits": a count may stand before trainees
// whose nationality is named ("training more personnel on the system" trains one's own).
const TRAINING = /\btraining\s+(?:missions?|exercises?|programmes?|programs?|courses?|centres?|centers?|operations?|of|for)\b|\b(?:train(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:(?:up\s+to|about|around|some|over|more\s+than|nearly|another|an\s+additional|a\s+further)\s+)?(?:[\d][\d,.]*\s+(?:thousand\s+)?|(?:hundreds|thousands|tens\s+of\s+thousands)\s+of\s+)?(?:more\s+|new\s+|additional\s+)?[A-Z][a-z]+\s+|(?:[A-Z][a-z]+\s+)?)(?:troops|soldiers|forces|pilots|personnel|military|army|recruits|servicemen|service\s+members|marines|sailors|crews)\b/g;
// Money is aid too: "pledged money for the purchase", "would contribute €200 million", "agreed an Assistance Package".
/** Exact pre-gate: every AID alternative holds one of these (most sentences name no aid, and AID backtracks after each verb). */
const AID_CUE = /support|ssist|aid|help|funding|money|ackage|loan|grant|contribut|back|euro|dollars|pounds|kron|zlot|crowns/;
const AID = /\b(?:(?:provid|giv|gave|offer|extend|deliver|sen[dt]|pledg|promis|grant|approv|pass|announc|unveil|allocat|increas|step|contribut|agree|commit)\w*(?:\s+up)?\s+(?:[\w$€£.,%()-]+[\s,]+){0,8}?(?:support|[Aa]ssistance|aid|help|funding|money|[Pp]ackage|loans?|grants?)\b|contribut\w*\s+(?:an?\s+(?:further|additional|extra)\s+)?[€$£]\s?\d[\d.,]*(?:\s*(?:million|billion|bn))?|(?:commit|pledg|allocat|earmark|contribut|donat)\w*\s+(?:an?\s+(?:further|additional|extra)\s+)?\d[\d.,]*\s*(?:million|billion|bn)?\s*(?:euros?|dollars|pounds|kroner|kronor|krona|zlot(?:y|ys)|crowns)\b|(?:provid|giv|offer|extend|pledg|grant|approv|announc|allocat)\w*\s+(?:[\w$€£.,-]+\s+){0,10}?(?:military|economic|financial|humanitarian|security|defen[cs]e)\s+(?:aid|assistance|support)\b|(?:assist|help|aid|(?<!\b(?:turn|turned|turning|push|pushed|pushing|drive|drove|driving|hold|held|holding|fight|fought|fighting|beat|roll|rolled|rolling)\s)back|support)(?:s|ed|ing)?\s+(?=(?:the\s+)?[A-Z#]))/g;

const HOST_SUPPORT = /^(?:the\s+)?[\w.]+(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:presence|troops|forces|deployment|soldiers|personnel|battlegroup|rotation)\b/;
const BACKING = /^(?:the\s+)?[\w.]+(?:['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:efforts?|decision|right|aspirations?|bid|membership|sovereignty|territorial\s+integrity|independence|defen[cs]e\s+of\s+its)\b/;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function make(s: SentenceView, kind: CommitmentKind, rule: string, from: Resolved, to: Resolved, base: number): Draft {
  return {
    type: 'commitment', from: from.codes, to: to.codes, evidence: [span(s)],
    confidence: round(base * from.confidence * to.confidence), rule, kind,
  };
}

function baseConfidence(s: SentenceView, at: number): number | null {
  const cs = clauseStart(s, at);
  const window = Math.max(cs, lastClauseComma(s.text, at) + 1);
  if (isNegated(s.text, window, at) || isDeliberation(s.text, cs, at)) return null;
  return isHypothetical(s.text, window, at) ? 0.55 : 0.85;
}

/** A person named right after the verb of assurance (surname or full name), before "of" or "that". */
const ASSURED_PERSON = /^\s*(?:(?:President|Prime\s+Minister|Chancellor|Minister|Secretary|his|her|their)\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?=\s+(?:of|that)\b)/u;

function assurance(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  ASSURE.lastIndex = 0;
  for (let m = ASSURE.exec(s.text); m; m = ASSURE.exec(s.text)) {
    const base = baseConfidence(s, m.index);
    if (base === null) continue;
    const objectAt = m.index + m[0].length;
    let objects = objectActors(s, objectAt, 45);
    // "Biden assured Zelensky of continued U.S. support": a person assured stands for their country (not the "U.S." after).
    const person = !objects.length || objects[0]!.start > objectAt + 2 ? ASSURED_PERSON.exec(s.text.slice(objectAt)) : null;
    const who = person && !s.mentions.some((x) => x.start >= objectAt && x.end <= objectAt + person[0].length) ? doc.people.lookup(person[1]!) ?? doc.people.resolve(person[1]!) : null;
    if (who?.from.length) objects = [{ start: objectAt, end: objectAt + person![0].length, codes: who.from, kind: 'country', text: person![1]!, key: who.from.join() }];
    if (!objects.length) continue;
    const to = sortedCodes(objects);
    const after = s.text.slice(objects[objects.length - 1]!.end);
    const backer = BACKER.exec(after);
    let from: Resolved | null = null;
    if (backer) {
      const at = objects[objects.length - 1]!.end + after.indexOf(backer[1]!);
      const backers = s.mentions.filter((x) => isActor(x) && x.start >= at && x.end <= at + backer[1]!.length + 1);
      if (backers.length) from = { codes: sortedCodes(backers), confidence: 1 };
    }
    from ??= resolveSender(s, doc, m.index);
    // "… have been ordered to deploy … in order to assure our NATO allies": a purpose clause is the article's actor's.
    if (!from && /\b(?:in\s+order\s+)?to\s+$/.test(s.text.slice(Math.max(0, m.index - 12), m.index)) && doc.home.length) from = { codes: [...doc.home], confidence: 0.7 };
    if (!from) continue;
    const toCodes = to.filter((c) => !from.codes.includes(c));
    if (toCodes.length) out.push(make(s, 'assurance', 'commitment.assurance', from, { codes: toCodes, confidence: 1 }, base));
  }
  return out;
}

function airDefence(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  AIR_DEFENCE.lastIndex = 0;
  for (let m = AIR_DEFENCE.exec(s.text); m; m = AIR_DEFENCE.exec(s.text)) {
    const base = baseConfidence(s, m.index);
    if (base === null) continue;
    const objFrom = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index + m[0].length;
    const objTo = m[1] !== undefined ? objFrom + m[1].length : s.text.length;
    const objects = m[1] !== undefined
      ? s.mentions.filter((x) => isActor(x) && x.start >= objFrom && x.end <= objTo)
      : objectActors(s, objFrom, 10);
    if (!objects.length) continue;
    let from = resolveSender(s, doc, m.index);
    if (!from && /NATO|alliance/.test(m[0])) from = { codes: ['NATO'], confidence: 0.8 };
    if (!from) continue;
    const to = sortedCodes(objects).filter((c) => !from.codes.includes(c));
    if (to.length) out.push(make(s, 'air-defence', 'commitment.air-defence', from, { codes: to, confidence: 1 }, base));
  }
  return out;
}

const AD_DEPLOY = /\b(?:deploy|station|send|sent|position|mov|rush|dispatch)\w*\s+(?:[\w,-]+\s+){0,3}?(?:Patriot|SAMP\/T|NASAMS|IRIS-T|air[- ]defen[cs]e|anti-aircraft|missile[- ]defen[cs]e)(?:\s+[\w-]+){0,2}?\s+(?:batter(?:y|ies)|systems?|units?)\b/g;

/** Air defence moved to an ally ("deployed Patriot batteries to Slovakia") protects it: a commitment. */
function airDefenceDeployment(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  AD_DEPLOY.lastIndex = 0;
  for (let m = AD_DEPLOY.exec(s.text); m; m = AD_DEPLOY.exec(s.text)) {
    const base = baseConfidence(s, m.index);
    if (base === null) continue;
    const end = m.index + m[0].length;
    const hosts = objectActors(s, end, 12).filter((x) => /\b(?:to|in|into)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 10), x.start)));
    const from = resolveSender(s, doc, m.index);
    if (!from || !hosts.length) continue;
    const to = sortedCodes(hosts).filter((c) => !from.codes.includes(c) && isNatoMember(c, doc.article.date));
    if (to.length) out.push(make(s, 'air-defence', 'commitment.air-defence', from, { codes: to, confidence: 1 }, base));
  }
  return out;
}

function hostOfTraining(s: SentenceView, at: number): Resolved | null {
  if (!/^\s*(?:The\s+)?$/.test(s.text.slice(0, at)) || !/^training\s+of\b/.test(s.text.slice(at))) return null;
  const place = s.mentions.find((x) => x.start > at && isActor(x) && /\b(?:in|at)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 8), x.start)));
  return place ? { codes: [...place.codes], confidence: 0.8 } : null;
}

function training(s: SentenceView, doc: DocView): Draft[] {
  TRAINING.lastIndex = 0;
  const m = TRAINING.exec(s.text);
  if (!m) return [];
  const base = baseConfidence(s, m.index);
  if (base === null) return [];
  // "The training of Ukrainian crews is to begin in Germany": the host country trains.
  const from = resolveSender(s, doc, m.index) ?? hostOfTraining(s, m.index);
  if (!from) return [];
  // "training Ukrainian soldiers": the trainees' adjective names the recipient.
  const end = m.index + m[0].length;
  const trainee = s.mentions.find((x) => x.start >= m.index && x.end <= end)
    // "training mission for Ukrainian troops", "training of Ukrainian pilots"
    ?? s.mentions.find((x) => x.start >= end && x.start <= end + 12 && /^\s*(?:(?:for|of)\s+)?(?:the\s+)?$/.test(s.text.slice(end, x.start)) && /(?:for|of)\s*$|(?:for|of)\s+(?:the\s+)?$/.test(s.text.slice(m.index, x.start)));
  const to = trainee ? { codes: [...trainee.codes], confidence: 1 } : resolveRecipient(s, doc, m.index, from.codes, 'host');
  if (!to) return [];
  return [make(s, 'training', 'commitment.training', from, to, base)];
}

/** Praise that governs what follows: "commended Germany's decision to", "praised Poland for its support of". */
const PRAISE = /\b(?:commend|prais|thank|applaud|hail|laud|salut|congratulat)\w*\s+((?:(?!\b(?:and|but|while)\b)[^.;])*)$/;
const DECISION_OWNED = /^(?:the\s+)?[\w.’' -]{1,30}?['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:decision|plan|proposal|call|bid|candidacy|request|position|stance|approach|idea|initiative|choice|move|policy|statement)\b/;

function aid(s: SentenceView, doc: DocView): Draft[] {
  // Every coordinated clause may pledge: "X pledged money …, and Belgium said it would contribute €200 million".
  const out: Draft[] = [];
  if (!AID_CUE.test(s.text)) return out;
  AID.lastIndex = 0;
  for (let m = AID.exec(s.text); m; m = AID.exec(s.text)) {
    const base = baseConfidence(s, m.index);
    if (base === null) {
      AID.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    // "sent four Eurofighters to Romania to help police the skies": "to help" with no one after it is a purpose.
    if (/\bto\s+(?:help|aid|support|assist)$/i.test(m[0]) && !/^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(end))) continue;
    // "provide lethal and non-lethal aid": equipment, an arms shipment (read by the arms rules).
    if (/\blethal\s+(?:military\s+)?aid\b/i.test(m[0])) continue;
    // "to support the UK’s permanent presence", "provide suitable facilities to support the UK’s presence": host-nation support.
    if (HOST_SUPPORT.test(s.text.slice(end, end + 60))) continue;
    // "to support the United States’ decision to increase its presence": backing someone's decision is no aid to them.
    if (/^(?:back|support)/i.test(m[0]) && DECISION_OWNED.test(s.text.slice(end, end + 60))) continue;
    // "helped Poland with the supply of tanks to Ukraine": Poland is a go-between, not the one supported.
    if (/^(?:assist|help|aid|back|support)/i.test(m[0]) && /^[^.;]{0,40}?\bwith\s+(?:the\s+)?(?:supply|supplies|delivery|deliveries|transfer|transfers|shipment|shipments|transport|logistics)\b/i.test(s.text.slice(end))) continue;
    const direct = objectActors(s, end, 12);
    const verbEnd = m.index + (/^\w+/.exec(m[0])?.[0].length ?? 0);
    const inside = s.mentions.filter((x) => x.start >= verbEnd && x.end <= end && isActor(x) && /(?:\b(?:to|for)|\b(?:provid|giv|offer|extend|grant|send|deliver)\w*)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 16), x.start)));
    const toMentions = direct.length ? direct : inside.length ? inside : objectActors(s, end, 40).filter((x) => /\b(?:to|for)\s+(?:the\s+)?#?$/.test(s.text.slice(Math.max(0, x.start - 10), x.start)));
    // "Austin commended Germany's decision to provide …", "praised Poland for its support": the praised party acts, not the
    // one praising; with no actor named in the praise, nobody is read.
    const praise = PRAISE.exec(s.text.slice(clauseStart(s, m.index), m.index));
    const praised = praise ? s.mentions.filter((x) => isActor(x) && x.kind !== 'org' && x.start >= m!.index - praise[1]!.length && x.end <= m!.index) : [];
    const from = praise ? (praised.length ? { codes: sortedCodes(praised), confidence: 0.8 } : null) : resolveSender(s, doc, m.index);
    if (!from) {
      AID.lastIndex = m.index + 1;
      continue;
    }
    const named = sortedCodes(toMentions).filter((c) => !from.codes.includes(c));
    // Money or aid with no stated recipient goes, as shipments do, to the country at war.
    const to: Resolved | null = named.length ? { codes: named, confidence: 1 } : /aid|assistance|money|package|tranche|loan|grant|funding|[€$£]/i.test(m[0]) ? resolveRecipient(s, doc, end, from.codes, 'arms') : null;
    if (!to) continue;
    // "support NATO’s efforts to bolster its eastern flank", "support Ukraine’s right to defend itself": backing, an assurance.
    const kind = /^(?:support|back)/i.test(m[0]) && BACKING.test(s.text.slice(end, end + 60)) ? 'assurance' : 'aid';
    if (!out.some((d) => d.from.join() === from.codes.join())) out.push(make(s, kind, 'commitment.aid', from, to, base));
  }
  return out;
}

export const assuranceRule: Rule = { id: 'commitment.assurance', cues: cueWords(formsOf('assure'), formsOf('promise'), ['stand', 'stands', 'standing']), run: ({ s, doc }) => assurance(s, doc) };
export const airDefenceRule: Rule = { id: 'commitment.air-defence', cues: cueWords(['air', 'patriot', 'patriots', 'nasams', 'samp/t', 'iris-t', 'anti-aircraft', 'missile', 'policing', 'air-defence', 'air-defense']), run: ({ s, doc }) => [...airDefence(s, doc), ...airDefenceDeployment(s, doc)] };
export const trainingRule: Rule = { id: 'commitment.training', cues: cueWords(formsOf('train')), run: ({ s, doc }) => training(s, doc) };
/** A package whose equipment the same sentence names is a shipment: no aid beside an arms draft on the same route. */
export const aidRule: Rule = {
  id: 'commitment.aid',
  // "supported Ukraine with weapons" is support and goods both (arms.helped-with); "provided Ukraine with weapons" only goods.
  run: ({ s, doc, earlier }) => aid(s, doc).filter((d) => !earlier.some((e) => e.type === 'arms_shipment' && e.rule !== 'arms.helped-with' && e.from.join() === d.from.join() && e.to.join() === d.to.join())),
};
