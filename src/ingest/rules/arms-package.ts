import { armsOrAssetsDraft, cueWords, isHypothetical, isNegated, isPossibility } from '../kit';
import { clauseStart } from '../clause';
import type { Rule } from '../registry';
import type { DiscourseState } from '../discourse';
import { placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { categoryHintOf, parseItems } from '../items';
import { objectActors, resolveRecipient, resolveSender, type Resolved } from './roles';
import { LIST_MARKER } from '../sentences';

/**
 * A package's contents spelled out in a sentence of their own. Rule id: arms.package. Subjects:
 * - a package noun: "The package also includes Z", "The Swedish package includes Z", "This security assistance
 *   package includes: Z", "This new package features …, including Z", "This package provides $150 million of Z";
 * - an anaphor: "This will include Z", "It also contains Z";
 * - the goods themselves: "The arms and equipment include Z", "The capabilities contained in the package include Z".
 * The sender is the adjective in the subject ("Swedish"), else whoever announced, gave or approved the
 * package in one of the three sentences before (across a paragraph break: news often opens a new
 * paragraph with the contents), else the sender of the last shipment or aid, else the article's actor.
 */

const INTRO = String.raw`(?:(?:Meanwhile|Separately|In addition|Additionally|Overall|Specifically|Together),\s+)?`;
const PACKAGE_HEAD = String.raw`(?:package|aid|assistance|consignment|shipment|delivery|tranche|donation|drawdown|round\s+of\s+(?:assistance|aid|support))`;
const CONTENT_HEAD = String.raw`(?:arms|equipment|weapons|weaponry|capabilities|items|systems|materiel|munitions)`;
const AUX = String.raw`(?:(?:also|will\s+also|would\s+also|will|would|is\s+expected\s+to|are\s+expected\s+to|reportedly)\s+)?`;
const CONTAINS = String.raw`(?:includes?|included|comprises?|comprised|contains?|contained|consists?\s+of|is\s+made\s+up\s+of|features?|featured)`;
// "This package provides $150 million of arms and equipment": a package subject may also provide its contents.
const PROVIDES = String.raw`(?:provides?|provided|delivers?|brings?|adds?)`;
// ", worth $1 billion,", ", provisioned under the Ukraine Security Assistance Initiative,": a phrase set off by commas.
const APPOSITIVE = String.raw`(?:,\s+(?:worth|valued\s+at|totall?ing|the\s+[a-z]+|[a-z]+ed\s+(?:under|by|through|from|in|via))\s[^,]{2,80},)?`;
/** "The $988 million package of new equipment includes …": what the package is of. */
const PACKAGE_OF = String.raw`(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:equipment|arms|weapons|aid|assistance|support|capabilities))?`;
const SUBJECT = new RegExp(String.raw`^${INTRO}(?:(?:The|This|That|These|Its|Their|Today['’]s|[A-Z][a-z]+day['’]s)\s+)?((?:[\w$€£.,'’-]+\s+){0,5}?)${PACKAGE_HEAD}${PACKAGE_OF}${APPOSITIVE}\s+${AUX}(?:${CONTAINS}|${PROVIDES})\s*:?\s+`, 'id');
const RELATIVE = new RegExp(String.raw`\b${PACKAGE_HEAD}${APPOSITIVE},?\s+which\s+${AUX}${CONTAINS}\s*:?\s+`, 'i');
const ANAPHOR = new RegExp(String.raw`^${INTRO}(?:This|It|These|They)\s+${AUX}${CONTAINS}\s*:?\s+`);
// "Notable capabilities include …" (a briefing's summary of the package just announced) opens with an adjective.
const CONTENTS = new RegExp(String.raw`^${INTRO}(?:(?:The|These|Those|This|Its|Their)\s+|(?=(?:Notable|Key|Major|Specific|Additional)\s))((?:[\w-]+\s+){0,3}?)${CONTENT_HEAD}(?:\s+and\s+(?:[\w-]+\s+){0,2}?${CONTENT_HEAD})?(?:\s+(?:contained|included)\s+in\s+(?:the|this|that|today['’]s)\s+(?:[\w-]+\s+){0,2}?${PACKAGE_HEAD})?\s+${AUX}${CONTAINS}\s*:?\s+`, 'i');
const ITEMS_END = /,\s*(?:according|which|who|officials|the [a-z]+ (?:said|says|announced))\b|\s+(?:which|that)\s+(?:will|would|is|are|has|have|can|could)\b|;|\s[—–-]\s|\.$|(?<!\b(?:response|according|addition|due|thanks))\s+(?:to|into)\s+(?:the\s+)?[A-Z]/;
// The act that made the package someone's: the last such verb before the package word.
const ANNOUNCE = /\b(?:announc\w*|unveil\w*|approv\w*|agree\w*|pledg\w*|promis\w*|sign\w*|giv(?:e|es|ing|en)|gave|provid\w*|sen(?:d|ds|ding|t)|prepar\w*|adopt\w*|authori[sz]\w*)\b/gi;
const PACKAGE_WORD = /\b(?:package|aid|assistance|drawdown|tranche|arms|equipment|weapons)\b/i;
/** How many sentences back a package or shipment still gives its contents an owner. */
const REACH = 3;

interface Earlier { sender: Resolved; to: Resolved | null }

function fromEarlier(s: SentenceView, doc: DocView): Earlier | null {
  for (let i = s.index - 1, seen = 0; i >= 0 && seen < REACH; i--) {
    const p = doc.sentences[i]!;
    if (p.heading) continue;
    seen++;
    const pkg = PACKAGE_WORD.exec(p.text);
    if (!pkg) continue;
    const verbAt = lastAnnounceBefore(p.text, pkg.index);
    if (verbAt < 0) continue;
    const sender = resolveSender(p, doc, verbAt);
    if (!sender?.codes.length) continue;
    // "will give Ukraine a Patriot battery as part of a package": the package goes where that went.
    const verbEnd = verbAt + (/^\w+(?:\s+over)?/.exec(p.text.slice(verbAt))?.[0].length ?? 0);
    const object = sortedCodes(objectActors(p, verbEnd, 6)).filter((c) => !sender.codes.includes(c));
    const to = object.length ? { codes: object, confidence: 0.9 } : resolveRecipient(p, doc, verbEnd, sender.codes, 'arms');
    return { sender: { codes: sender.codes, confidence: 0.8 * sender.confidence }, to };
  }
  return null;
}

interface Head { verbAt: number; subjectEnd: number; kind: 'package' | 'anaphor' | 'contents' | 'relative' }

function headOf(text: string): Head | null {
  const m = SUBJECT.exec(text);
  // The owner is written before the package word ("The Swedish package"), not in what follows it ("… provisioned under
  // the Ukraine Security Assistance Initiative").
  if (m) return { verbAt: m[0].length, subjectEnd: m.indices?.[1]?.[1] ?? 0, kind: 'package' };
  const a = ANAPHOR.exec(text);
  if (a) return { verbAt: a[0].length, subjectEnd: a[0].length, kind: 'anaphor' };
  const c = CONTENTS.exec(text);
  if (c) return { verbAt: c[0].length, subjectEnd: c[0].length, kind: 'contents' };
  // "… for the recent decision on the next package, which includes rounds, mortars …": a package's contents in a relative clause.
  const r = RELATIVE.exec(text);
  if (r) return { verbAt: r.index + r[0].length, subjectEnd: r.index + r[0].length, kind: 'relative' };
  return null;
}

/** Where the last announcing, approving or giving verb before `at` starts, or -1. */
function lastAnnounceBefore(text: string, at: number): number {
  let verbAt = -1;
  ANNOUNCE.lastIndex = 0;
  for (let m = ANNOUNCE.exec(text); m && m.index < at; m = ANNOUNCE.exec(text)) verbAt = m.index;
  return verbAt;
}

/** Whoever announced, approved or gave something earlier in the sentence than `at`. */
function announcerBefore(s: SentenceView, doc: DocView, at: number): Resolved | null {
  const verbAt = lastAnnounceBefore(s.text, at);
  if (verbAt < 0) return null;
  const sender = resolveSender(s, doc, verbAt);
  return sender?.codes.length ? sender : null;
}

export function packageRule(s: SentenceView, doc: DocView, state: DiscourseState): Draft[] {
  // Cheap gate first: most sentences have none of these verbs.
  if (!/\b(?:includ|compris|contain|consist|made up|featur|provid|deliver|bring|add|such as)/i.test(s.text)) return [];
  const head = headOf(s.text);
  if (!head) return inlineContents(s, doc);
  const { verbAt } = head;
  const verbWord = /(\S+)\s*:?\s*$/.exec(s.text.slice(0, verbAt))?.[1] ?? '';
  if (isNegated(s.text, 0, verbAt) || isPossibility(s.text, 0, verbAt - verbWord.length - 1)) return [];
  const rest = s.text.slice(verbAt);
  const stop = rest.search(ITEMS_END);
  const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(s.text));
  if (!items.length) return [];
  // A relative clause's package belongs to the one who gave it before, not to whoever the main clause names.
  const owners = head.kind === 'relative' ? [] : s.mentions.filter((x) => x.end <= head.subjectEnd && x.kind !== 'org');
  const recent = state.lastSupport && state.lastSupport.sentence >= s.index - REACH ? state.lastSupport : null;
  // "Biden announced his approval of the latest round of military assistance, …, which includes …": the announcer.
  const announcer = head.kind === 'relative' ? announcerBefore(s, doc, head.verbAt) : null;
  if (announcer) {
    const to = resolveRecipient(s, doc, head.verbAt, announcer.codes, 'arms');
    return to ? [armsOrAssetsDraft(s, doc, 'arms.package', announcer.codes, to, items, 0.8 * announcer.confidence)] : [];
  }
  // An anaphor or the goods themselves need a package or shipment just before; a package noun may fall back on the article's actor.
  if (head.kind !== 'package' && !owners.length && !recent && !fromEarlier(s, doc)) return [];
  const earlier = owners.length ? null : fromEarlier(s, doc);
  const sender: Resolved | null = owners.length ? { codes: sortedCodes(owners), confidence: 0.95 }
    : earlier?.sender ?? (recent ? { codes: [...recent.from], confidence: 0.75 } : doc.home.length ? { codes: [...doc.home], confidence: 0.6 } : null);
  if (!sender) return [];
  const here = sortedCodes(placesIn(s, verbAt)).filter((c) => !sender.codes.includes(c));
  const to = here.length ? { codes: here, confidence: 1 }
    : earlier?.to ?? (recent && recent.to.length ? { codes: [...recent.to], confidence: 0.8 } : resolveRecipient(s, doc, verbAt, sender.codes, 'arms'));
  if (!to) return [];
  const base = isHypothetical(s.text, 0, verbAt) ? 0.5 : 0.9;
  return [armsOrAssetsDraft(s, doc, 'arms.package', sender.codes, to, items, base * sender.confidence)];
}

/**
 * A package given and its contents in one sentence: "the UK would provide a new package of support to the country,
 * including more artillery guns, … and nearly 100 Brimstone missiles". The giver is the subject of the verb before the
 * package word; the receiver is named between them, else the country at war.
 */
const GIVE = String.raw`(?:provid\w*|giv(?:e|es|ing|en)|gave|sen(?:d|ds|ding|t)|deliver\w*|pledg\w*|announc\w*|approv\w*|unveil\w*|suppl(?:y|ies|ied|ying)|donat\w*|offer\w*|commit\w*)`;
const GIVE_VERB = new RegExp(String.raw`\b${GIVE}\b`, 'gi');
const INLINE = new RegExp(String.raw`\b${GIVE}\s+(?:[\w$€£.,'’-]+\s+){0,8}?${PACKAGE_HEAD}\b(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:support|aid|assistance|equipment|weapons|arms))?(?:[^.;:"“”]|\.(?=\d)){0,60}?,?\s+(?:including|such\s+as|comprising|consisting\s+of|featuring)\s+`, 'gi');

function inlineContents(s: SentenceView, doc: DocView): Draft[] {
  INLINE.lastIndex = 0;
  const m = INLINE.exec(s.text);
  if (!m) return [];
  const cs = clauseStart(s, m.index);
  if (isNegated(s.text, cs, m.index) || isPossibility(s.text, cs, m.index)) return [];
  const end = m.index + m[0].length;
  const rest = s.text.slice(end);
  const stop = rest.search(ITEMS_END);
  const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(s.text));
  if (!items.length) return [];
  // "announced that the UK would provide a new package": the giver is the subject of the last verb before the package.
  const head = m[0].search(new RegExp(String.raw`\b${PACKAGE_HEAD}\b`, 'i'));
  let verbAt = m.index;
  for (const v of m[0].slice(0, head).matchAll(GIVE_VERB)) verbAt = m.index + v.index;
  const sender = resolveSender(s, doc, verbAt);
  if (!sender?.codes.length) return [];
  const verbEnd = verbAt + (/^\w+/.exec(s.text.slice(verbAt))?.[0].length ?? 0);
  const named = sortedCodes(s.mentions.filter((x) => x.start >= verbEnd && x.end <= end && x.kind !== 'org' && x.kind !== 'adjective')).filter((c) => !sender.codes.includes(c));
  const to = named.length ? { codes: named, confidence: 0.9 } : resolveRecipient(s, doc, verbEnd, sender.codes, 'arms');
  if (!to) return [];
  const base = isHypothetical(s.text, cs, m.index) ? 0.5 : 0.85;
  return [armsOrAssetsDraft(s, doc, 'arms.package', sender.codes, to, items, base * sender.confidence)];
}

/** Where a package subject's verb ends ("This package provides …"), else -1: arms.active leaves that verb to this rule. */
export function packageVerbEnd(text: string): number {
  return headOf(text)?.verbAt ?? -1;
}

export const armsPackageRule: Rule = {
  id: 'arms.package',
  emits: ['arms.package', 'troops.assets'],
  cues: cueWords(['including', 'such', 'comprising', 'featuring', 'include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'contain', 'contains', 'contained', 'consist', 'consists', 'made', 'feature', 'features', 'featured', 'provide', 'provides', 'provided', 'deliver', 'delivers', 'bring', 'brings', 'add', 'adds']),
  run: ({ s, doc, state }) => packageRule(s, doc, state),
};

// A lead that hands its contents to the list below: "The new support will include:", "The UK is sending the following:".
const LEAD_VERB = /\b(?:includ\w*|compris\w*|contain\w*|consists?\s+of|featur\w*|provid\w*|deliver\w*|sen(?:d|ds|ding|t)|donat\w*|giv(?:e|es|ing|en)|gave|pledg\w*|suppl(?:y|ies|ied|ying))\b/gi;

/** The sentence that introduced the list `s` belongs to (it ends with a colon), or null. */
function listLead(s: SentenceView, doc: DocView): SentenceView | null {
  let i = s.index - 1;
  while (i >= 0 && !doc.sentences[i]!.heading && LIST_MARKER.test(doc.sentences[i]!.text)) i--;
  const lead = i >= 0 ? doc.sentences[i]! : null;
  return lead && !lead.heading && /:\s*$/.test(lead.text) ? lead : null;
}

/**
 * A package's contents as a bulleted list under a lead ("The new support will include:" then "• Additional
 * Javelin anti-tank systems"): one shipment per item line, from whoever the lead or the package before it
 * names. Rule id: arms.package (the same reading as a contents sentence, spread over lines).
 */
export function bulletContentsRule(s: SentenceView, doc: DocView, state: DiscourseState): Draft[] {
  if (!LIST_MARKER.test(s.text)) return [];
  const lead = listLead(s, doc);
  if (!lead) return [];
  let verb: RegExpExecArray | null = null;
  LEAD_VERB.lastIndex = 0;
  for (let m = LEAD_VERB.exec(lead.text); m; m = LEAD_VERB.exec(lead.text)) verb = m;
  if (!verb && !headOf(lead.text)) return [];
  const verbAt = verb?.index ?? lead.text.length;
  if (isNegated(lead.text, 0, verbAt) || isPossibility(lead.text, 0, verbAt)) return [];
  const rest = s.text.slice(1).trimStart();
  const stop = rest.search(ITEMS_END);
  const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(lead.text));
  if (!items.length) return [];
  // The package announced at or just before the lead, else the lead's own subject and object, else the last support.
  const earlier = fromEarlier(doc.sentences[lead.index + 1]!, doc);
  let sender: Resolved | null = earlier?.sender ?? null;
  let to: Resolved | null = earlier?.to ?? null;
  if (!sender && verb) {
    const own = resolveSender(lead, doc, verb.index);
    if (own?.codes.length) {
      sender = own;
      const end = verb.index + verb[0].length;
      const object = sortedCodes(objectActors(lead, end, 6)).filter((c) => !own.codes.includes(c));
      to = object.length ? { codes: object, confidence: 0.9 } : resolveRecipient(lead, doc, end, own.codes, 'arms');
    }
  }
  const recent = state.lastSupport && state.lastSupport.sentence >= lead.index - REACH ? state.lastSupport : null;
  if (!sender && recent) sender = { codes: [...recent.from], confidence: 0.75 };
  if (!to && recent && recent.to.length) to = { codes: [...recent.to], confidence: 0.8 };
  // "This new package includes:" with nobody named near it: a package noun falls back on the article's actor, as in a contents sentence.
  if (!sender && headOf(`${lead.text} `)?.kind === 'package' && doc.home.length) sender = { codes: [...doc.home], confidence: 0.6 };
  if (sender && !to) to = resolveRecipient(lead, doc, verbAt, sender.codes, 'arms');
  if (!sender || !to) return [];
  const base = isHypothetical(lead.text, 0, verbAt) ? 0.5 : 0.85;
  return [armsOrAssetsDraft(s, doc, 'arms.package', sender.codes, to, items, base * sender.confidence)];
}

export const armsBulletContentsRule: Rule = {
  id: 'arms.package-list',
  emits: ['arms.package', 'troops.assets'],
  run: ({ s, doc, state }) => bulletContentsRule(s, doc, state),
};
