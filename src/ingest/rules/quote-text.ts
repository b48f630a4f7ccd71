import { isActor } from '../actors';
import { sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { quoteDraft } from '../kit';
import type { Person } from '../people';
import { settleGovernmentCountry } from './quote-country';
import { objectActors } from './roles';
import { ANY_VERB, FINITE, OBJECT_VERB, QUOTE_OPENERS, SERVICE_NOUN } from './quote-patterns';

/** What was said: the reported clause, its addressees, the draft, and quoted words that go on in later sentences. */

/** Quoted words after a point (every mark style), for the later parts of a quote split by its attribution. */
export const QUOTED_REST = /"[^"]{8,}?"|“[^”]{8,}?”|«[^»]{8,}?»|„[^“”]{8,}?[“”]/g;
/** A sentence that opens with quotation marks and carries no attribution goes on with the quote before it. */
const OPENS_QUOTED = /^\s*["“„«‘]/;

/**
 * Actors named in quoted sentences that go on after this one without a new reporting verb: the rest of the
 * paragraph, and the next paragraph when it opens with quotation marks ('"… so well," the secretary said. "The
 * United States and our allies … Ukraine …"').
 */
export function continuation(s: SentenceView, doc: DocView): string[] {
  const codes: string[] = [];
  let open = false;
  let paragraphs = 0;
  for (let i = s.index + 1; i < doc.sentences.length && i <= s.index + 8; i++) {
    const x = doc.sentences[i]!;
    const prev = doc.sentences[i - 1]!;
    if (x.heading) break;
    if (x.paragraph !== prev.paragraph) {
      // Only the paragraph right after, and only when it opens with quotation marks.
      if (++paragraphs > 1 || x.paragraph !== prev.paragraph + 1 || !OPENS_QUOTED.test(x.text)) break;
      open = false;
    }
    if (!open && !OPENS_QUOTED.test(x.text)) break;
    if (ANY_VERB.test(x.text.replace(/["“][^"”]*["”]/g, ' '))) break;
    for (const m of x.mentions) if (isActor(m) && x.text[m.end] !== '-') codes.push(...m.codes);
    // A quotation left open at the sentence's end goes on in the next sentence.
    const marks = (x.text.match(/["“”„«»]/g) ?? []).length;
    open = open ? marks % 2 === 0 : OPENS_QUOTED.test(x.text) && marks % 2 === 1;
  }
  return codes;
}

/**
 * A quotation told over several lines (after "X said:" or a script's speaker label): its words, cleaned and cut at 400
 * characters, and its recipients, every actor its lines name but the speaker's own ("U.S.-led" names no one).
 */
export function blockQuote(lines: ReadonlyArray<{ text: string; mentions: SentenceView['mentions']; offset?: number }>, from: readonly string[]): { text: string; to: string[] } {
  const text = lines.map((x) => x.text.slice(x.offset ?? 0)).join(' ');
  const to = sortedCodes(lines.flatMap((x) => x.mentions.filter((m) => isActor(m) && x.text[m.end] !== '-'))).filter((c) => !from.includes(c));
  return { text: cleanQuoteText(text.length > 400 ? text.slice(0, 400) : text), to };
}

export function cleanQuoteText(t: string): string {
  let out = t.replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '').trim();
  // A reported clause that ends inside a quotation keeps its words, not a dangling mark.
  if ((out.match(/["“”]/g) ?? []).length % 2 === 1) out = out.replace(/["“”]([^"“”]*)$/, '$1').replace(/^["“”]/, '');
  return out.replace(/[,.;:]+$/, '').trim();
}

/** The marks every quotation maskQuotes masks opens with. */
const QUOTE_OPENING = QUOTE_OPENERS;

/** Quoted words keep their commas: "the “enduring, unflagging commitment”" is not a clause break. */
export function maskQuotes(t: string): string {
  // Most clauses quote nothing: without an opening mark the pattern below has nothing to replace.
  if (!QUOTE_OPENING.test(t)) return t;
  // A comma right before the closing mark ("…long-term," adding) still ends the clause.
  return t.replace(/"[^"]*"|“[^”]*”|«[^»]*»|‘[^’]*’(?!\p{L})/gu, (q) => q.slice(0, -2).replace(/[,;]/g, ' ') + q.slice(-2));
}

function toCodes(s: SentenceView, from: number, to: number, speaker: Person, objectAt: number | null): string[] {
  if (objectAt !== null) {
    const objects = objectActors(s, objectAt, 6);
    if (objects.length) return sortedCodes(objects).filter((c) => !speaker.from.includes(c));
  }
  // "US-made F-35s", "Czech-led initiative": a hyphenated compound is an adjective, not an addressee.
  // "Ukrainian soldiers will be trained": a demonym before service members describes them, it names no addressee.
  const inText = s.mentions.filter((m) => m.start >= from && m.end <= to && isActor(m) && s.text[m.end] !== '-'
    && !(/(?:an|ish|ese|ic|i|ch)$/.test(m.text) && SERVICE_NOUN.test(s.text.slice(m.end, m.end + 24))));
  return sortedCodes(inText).filter((c) => !speaker.from.includes(c));
}

/** More of what the speaker said: other stretches of the sentence, and actors named in quoted sentences that go on without a new attribution. */
interface MoreWords { ranges?: ReadonlyArray<readonly [number, number]>; codes?: readonly string[] }

/** A quote draft whose addressees are read from text[from, to) (or the verb's object at `objectAt`), plus `more`. */
export function quoteWithTo(s: SentenceView, rule: string, speaker: Person, text: string, direct: boolean, from: number, to: number, objectAt: number | null, confidence: number, doc?: DocView, more: MoreWords = {}): Draft {
  let settled = settleGovernmentCountry(s, from, to, speaker);
  let addressees = toCodes(s, from, to, settled, objectAt);
  if (objectAt === null || !addressees.length) {
    const extra = [...(more.ranges ?? []).flatMap(([a, b]) => toCodes(s, a, b, settled, null)), ...(more.codes ?? [])];
    if (extra.length) addressees = [...new Set([...addressees, ...extra])].sort();
  }
  // An official with a title but no country, in a release that speaks for one country, is that country's
  // (unless that country is whom the words are addressed to).
  if (doc && !settled.from.length && settled.role && doc.home.length === 1 && !(objectAt !== null && addressees.includes(doc.home[0]!))) settled = { ...settled, from: [...doc.home] };
  return quoteDraft(s, rule, settled, text, direct, addressees.filter((c) => !settled.from.includes(c)), confidence);
}

/** Reported clause after the verb: skip "told reporters that", "assured X of", stop at ", labeling …". */
export function reportedClause(s: SentenceView, verbEnd: number, verb: string): { from: number; to: number } | null {
  let from = verbEnd;
  const rest = s.text.slice(verbEnd);
  const objectFirst = OBJECT_VERB.test(verb);
  const that = (objectFirst ? /^\s+(?:[\w'’#-]+\s+){0,4}?that\s+/ : /^\s*,?\s+(?:(?:on|in|at|during|last|this|earlier|later|late)\s+(?:[\w'’-]+\s+){1,6}?|today\s+|yesterday\s+|again\s+|publicly\s+|repeatedly\s+)?,?\s*that\s+/).exec(rest);
  const of = /^(?:assured|assures)$/.test(verb) ? /^\s+(?:.{1,60}?)\s+of\s+/.exec(rest) : null;
  if (that) from += that[0].length;
  else if (of) from += of[0].length;
  else if (/^\s*[,:]?\s*/.test(rest)) from += /^\s*[,:]?\s*/.exec(rest)![0].length;
  const tail = maskQuotes(s.text.slice(from));
  // ", and Polish Prime Minister Tusk told …": a coordinated clause with a capitalised subject is the narrator's;
  // "… and added that …", "… and also thanked Foreign Minister X" a second verb of the speaker's, but not "the strong and
  // trusted partnership".
  const stop = tail.search(/,["”]?\s+(?:[a-z]+ing|according to|as|while|who|which)\b|,\s+(?:and|but)\s+(?:the\s+)?(?=[A-Z])|,\s+(?:a|an|the)\s+\w+\s+(?:that|which)\b|,?\s+and\s+(?:also\s+|then\s+|further\s+)?(?:[a-z]+ed\s+(?:(?:that|the|a|an|to|on|in|it|its|his|her|their|our)\b|(?=[A-Z]))|said\b|told\b|urged\b|warned\b)|;|\s[—–]\s|[.!?]["”]?$/);
  const to = from + (stop >= 0 ? stop : tail.length);
  if (to - from < 12) return null;
  return { from, to };
}

/**
 * "Estonia has sent a vessel, and Sweden will contribute ships, X said": the speaker reports the
 * last coordinated clause; the first one (with its own finite verb) is the narrator's.
 */
export function coordinatedClauseStart(head: string): number {
  const masked = maskQuotes(head);
  let start = 0;
  const re = /[,;]\s+(?:and|but|while|whereas)\s+(?=[A-Z])/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) if (FINITE.test(masked.slice(start, m.index))) start = m.index + m[0].length;
  return start;
}

export const said = (out: readonly Draft[], p: Person): boolean => out.some((d) => d.type === 'quote' && d.speaker === p.name);
