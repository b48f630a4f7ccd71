import { armsOrAssetsDraft, cueWords, isHypothetical, isNegated, isPossibility } from '../kit';
import type { Rule } from '../registry';
import { placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { categoryHintOf, parseItems } from '../items';
import { objectActors, resolveRecipient, resolveSender, type Resolved } from './roles';

/**
 * "The package also includes Z" / "The Swedish package includes Z" / "The aid comprises Z": a
 * package announced in an earlier sentence is spelled out in this one. Rule id: arms.package.
 * The sender is the adjective in the subject ("Swedish"), else whoever announced, gave or
 * approved the package in one of the three sentences before (across a paragraph break, because
 * news often opens a new paragraph with the package's contents).
 */

const SUBJECT = /^(?:(?:Meanwhile|Separately|In addition|Additionally|Overall),\s+)?(?:(?:The|This|That|Its|Their|Today's|Wednesday's|Friday's)\s+)?((?:[\w$€£.,'’-]+\s+){0,5}?)(?:package|aid|assistance|consignment|shipment|delivery|tranche|donation)(?:,\s+(?:worth|valued at|totalling|totaling|the [a-z]+)\s[^,]{2,40},)?\s+(?:(?:also|will also|would also|will|would|is expected to|reportedly)\s+)?(?:includes?|included|include|comprises?|comprised|contains?|contained|consists? of|is made up of)\s+/i;
const ITEMS_END = /,\s*(?:according|which|who|officials|the [a-z]+ (?:said|says|announced))\b|;|\s[—–-]\s|\.$|\s+(?:to|into)\s+(?:the\s+)?[A-Z]/;
// The act that made the package someone's: the last such verb before the word "package".
const ANNOUNCE = /\b(?:announc\w*|unveil\w*|approv\w*|agree\w*|pledg\w*|promis\w*|sign\w*|giv(?:e|es|ing|en)|gave|provid\w*|sen(?:d|ds|ding|t)|prepar\w*|adopt\w*|authori[sz]\w*)\b/gi;

interface Earlier { sender: Resolved; to: Resolved | null }

function fromEarlier(s: SentenceView, doc: DocView): Earlier | null {
  for (let i = s.index - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const p = doc.sentences[i]!;
    if (p.heading) continue;
    seen++;
    const pkg = /\b(?:package|aid|assistance)\b/i.exec(p.text);
    if (!pkg) continue;
    let verbAt = -1;
    ANNOUNCE.lastIndex = 0;
    for (let m = ANNOUNCE.exec(p.text); m && m.index < pkg.index; m = ANNOUNCE.exec(p.text)) verbAt = m.index;
    if (verbAt < 0) continue;
    const sender = resolveSender(p, doc, verbAt);
    if (!sender?.codes.length) return null;
    // "will give Ukraine a Patriot battery as part of a package": the package goes where that went.
    const verbEnd = verbAt + (/^\w+(?:\s+over)?/.exec(p.text.slice(verbAt))?.[0].length ?? 0);
    const object = sortedCodes(objectActors(p, verbEnd, 6)).filter((c) => !sender.codes.includes(c));
    const to = object.length ? { codes: object, confidence: 0.9 } : resolveRecipient(p, doc, verbEnd, sender.codes, 'arms');
    return { sender: { codes: sender.codes, confidence: 0.8 * sender.confidence }, to };
  }
  return null;
}

export function packageRule(s: SentenceView, doc: DocView): Draft[] {
  // Cheap gate first: most sentences have none of these verbs.
  if (!/\b(?:includ|compris|contain|consist|made up)/i.test(s.text)) return [];
  const m = SUBJECT.exec(s.text);
  if (!m) return [];
  const verbAt = m[0].length;
  if (isNegated(s.text, 0, verbAt) || isPossibility(s.text, 0, m.index + m[0].length - (/\S+\s*$/.exec(m[0])?.[0].length ?? 0))) return [];
  const rest = s.text.slice(verbAt);
  const stop = rest.search(ITEMS_END);
  const items = parseItems(stop >= 0 ? rest.slice(0, stop) : rest, categoryHintOf(s.text));
  if (!items.length) return [];
  const adjectives = s.mentions.filter((x) => x.end <= verbAt && x.kind !== 'org');
  const earlier = adjectives.length ? null : fromEarlier(s, doc);
  const sender: Resolved | null = adjectives.length ? { codes: sortedCodes(adjectives), confidence: 0.95 } : earlier?.sender ?? null;
  if (!sender) return [];
  const here = sortedCodes(placesIn(s, verbAt)).filter((c) => !sender.codes.includes(c));
  const to = here.length ? { codes: here, confidence: 1 } : earlier?.to ?? resolveRecipient(s, doc, verbAt, sender.codes, 'arms');
  if (!to) return [];
  const base = isHypothetical(s.text, 0, verbAt) ? 0.5 : 0.9;
  return [armsOrAssetsDraft(s, doc, 'arms.package', sender.codes, to, items, base * sender.confidence)];
}

export const armsPackageRule: Rule = { id: 'arms.package', emits: ['arms.package', 'troops.assets'], cues: cueWords(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'contain', 'contains', 'contained', 'consist', 'consists', 'made']), run: ({ s, doc }) => packageRule(s, doc) };
