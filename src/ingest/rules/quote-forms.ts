import { isActor } from '../actors';
import { sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { quoteDraft } from '../kit';
import type { Person } from '../people';
import { INSTITUTION_SPEAKERS, MILITARY_RANK, NEWS_OUTLETS, PERSON_NAME_OR_SURNAME, SERVICE_BEFORE_RANK, TIME_ADVERBIAL } from '../lexicon/words';
import { COUNTRIES } from '../lexicon/countries';
import type { PeopleView } from '../discourse';
import { alternation, formsOf } from '../lexicon/verbs';
import { QUOTED, SPEAKER, TITLE_ALONE, TITLE_WORDS, VERBS } from './quote-patterns';
import { institutionAt, personAt, personIn, speakerOf, titledBefore } from './quote-speakers';
import { blockQuote, cleanQuoteText, continuation, coordinatedClauseStart, maskQuotes, quoteWithTo, reportedClause, said } from './quote-text';

/**
 * Quote forms read after the main attribution patterns of quotes.ts: institutions, pull quotes, words quoted as a name,
 * "as X said", "According to X,", reported speech as a noun, and "X said:" over the paragraphs that follow.
 */

const INSTITUTION_RE = new RegExp(String.raw`(?:^|[^\w])(?:[Tt]he\s+)?((?:(?:${COUNTRIES.flatMap((c) => c.adjectives).filter((a) => /^[A-Za-z.]+$/.test(a)).map((a) => a.replace(/\./g, '\\.')).join('|')}|US|UK|U\.S\.|U\.K\.)\s+)?(?:${[...INSTITUTION_SPEAKERS.map(([n]) => n), ...NEWS_OUTLETS].sort((a, b) => b.length - a.length).join('|')}))\s+(?:(?:today|also|has|have|had|again|first|on\s+\w+day|[a-z]{3,}ly)\s+)*(${VERBS}|(?:is|are|was|were)\s+(?:${alternation(formsOf('speech', ['ing']))}))\b`);

/**
 * "The Defense Department today announced …", "the Norwegian Ministry of Defence said …": an
 * institution speaking for its country (name as written, "the" dropped). Only when no person is quoted
 * in the sentence.
 */
const INSTITUTION_CUE = new RegExp([...INSTITUTION_SPEAKERS.map(([n]) => n), ...NEWS_OUTLETS].map((n) => n.split(' ')[0]).join('|'));

/** What may follow a trailing attribution: when, where, how it was said. */
export const ATTRIBUTION_TAIL = /^(?:\s+(?:on|in|at|during|late|earlier|later|last|this|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:"“”]{0,60})?(?:,\s+(?:as|while|after|amid|when|because|since)\s[^;:"“”]{0,160})?\s*[.!?]?\s*$/;

export function institutionQuote(s: SentenceView, doc: DocView, quoted: ReadonlyArray<{ start: number; end: number }>): Draft[] {
  if (!INSTITUTION_CUE.test(s.text)) return [];
  const m = INSTITUTION_RE.exec(s.text);
  if (!m) return [];
  const speaker = institutionAt(s, doc, m.index + m[0].indexOf(m[1]!), m[1]!.trim());
  if (!speaker) return [];
  const verbEnd = m.index + m[0].length;
  if (quoted.some((q) => q.start <= m.index && m.index < q.end)) return [];
  // "…, the Pentagon said on Friday.": the attribution ends the sentence and the words come before it.
  const comma = /,\s*(?:[Tt]he\s+)?$/.exec(s.text.slice(0, m.index + m[0].indexOf(m[1]!)));
  const clause = comma && ATTRIBUTION_TAIL.test(s.text.slice(verbEnd))
    ? { from: coordinatedClauseStart(s.text.slice(0, comma.index)), to: comma.index }
    : reportedClause(s, verbEnd, m[2]!);
  if (!clause) return [];
  const text = cleanQuoteText(s.text.slice(clause.from, clause.to));
  if (text.split(/\s+/).length < 3) return [];
  return [quoteWithTo(s, 'quote.institution', speaker, text, false, clause.from, clause.to, null, 0.7, doc)];
}

/** A pull quote: “…” – U.S. Army Capt. Ryan Crosby (the speaker after a dash ends the sentence; no reporting verb). */
const DASH_SPEAKER = new RegExp(String.raw`["”]\s*[–—]\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,6}?)(${PERSON_NAME_OR_SURNAME})\s*$`, 'u');

export function pullQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null): Draft[] {
  const m = DASH_SPEAKER.exec(s.text);
  if (!m) return [];
  let words: RegExpExecArray | null = null;
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(s.text); q; q = QUOTED.exec(s.text)) if (q.index + q[0].length === m.index + 1) words = q;
  if (!words) return [];
  const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const found = personAt(s, people, at, m[2]!) ?? speakerOf(m[2]!, s, doc, people, lastPerson, at);
  if (!found) return [];
  // "– U.S. Army Capt. …": the service's country names the speaker's when the registry has none.
  const titleAt = m.index + m[0].indexOf(m[1]!, 1);
  const own = found.from.length ? [] : sortedCodes(s.mentions.filter((x) => x.start >= titleAt && x.end <= at && x.kind !== 'org' && isActor(x)));
  const speaker = own.length ? { ...found, from: own } : found;
  const text = words.slice(1).find((x) => x !== undefined)!;
  return [quoteWithTo(s, 'quote.direct', speaker, cleanQuoteText(text), true, words.index + 1, words.index + words[0].length - 1, null, 0.8, doc)];
}

/**
 * Words quoted as a name for something (quote.direct): "Zelenskiy called the delay \"absurd\"", "what Austin called
 * a “challenging moment for Ukraine”", "Scholz described the decision as “right”".
 */
export const CALLED_CUE = /\b(?:called|described|termed|dubbed|branded|labell?ed)\b/;
const CALLED = new RegExp(String.raw`\b(${SPEAKER})\s+(?:(?:has|had|also|again|later|then)\s+)?(?:called|described|termed|dubbed|branded|labell?ed)\s+(?:[^"“”.;]{1,60}?\s+)?(?:as\s+)?(?:an?\s+|the\s+)?["“]([^"“”]{2,300})["”]`, 'gu');

export function calledQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
  const found: Draft[] = [];
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(s.text); m; m = CALLED.exec(s.text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const speaker = /^(?:he|she|He|She)$/.test(m[1]!) ? lastPerson : personAt(s, people, at, m[1]!) ?? speakerOf(m[1]!, s, doc, people, lastPerson, at);
    if (!speaker || said(out, speaker) || said(found, speaker)) continue;
    const from = m.index + m[0].length - m[2]!.length - 1;
    found.push(quoteWithTo(s, 'quote.direct', speaker, cleanQuoteText(m[2]!), true, from, from + m[2]!.length, null, 0.8, doc));
  }
  return found;
}

/**
 * "As the secretary said, the United States stands …", "As President Biden said a couple days ago, we
 * will …", "just as President Biden pledged we would, we have surged …": the clause after the comma is
 * the speaker's.
 */
const AS_VERB = String.raw`\s+(?:has\s+|had\s+|have\s+)?(?:said|stated|noted|put it|made clear|pledged|promised|warned|announced|reiterated|stressed|emphasi[sz]ed)(?:\s+(?:we|it|he|she|they)\s+would)?(?:\s+[^,"“”]{0,40})?,\s+`;
const AS_TITLE = new RegExp(String.raw`(?:^|[\s"“‘(])(?:just\s+)?as\s+the\s+(${TITLE_WORDS})${AS_VERB}`, 'i');
const AS_NAME = new RegExp(String.raw`(?:^|[\s"“‘(])(?:[Jj]ust\s+)?[Aa]s\s+()(${SPEAKER})${AS_VERB}`, 'u');

/** Both "as …" patterns need one of AS_VERB's verbs (AS_TITLE in any case): a sentence without one skips them. */
/** What AS_TITLE and AS_NAME need right after "as": "the", or a speaker's first letter. */
const AS_THE = /as\s+the\s/i;
const AS_SOMEONE = /[Aa]s\s+(?:\p{Lu}|he|she)/u;
const AS_VERB_WORD = /said|stated|noted|put it|made clear|pledged|promised|warned|announced|reiterated|stressed|emphasi[sz]ed/i;

export function asSaid(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
  if (!/\b[Aa]s\s/.test(s.text) || !AS_VERB_WORD.test(s.text)) return [];
  const m = (AS_THE.test(s.text) ? AS_TITLE.exec(s.text) : null) ?? (AS_SOMEONE.test(s.text) ? AS_NAME.exec(s.text) : null);
  if (!m) return [];
  const at = m.index + m[0].search(/[Aa]s\s/);
  const speaker = m[1] ? titledBefore(m[1], s, doc, people, at) : speakerOf(m[2]!, s, doc, people, lastPerson, m.index + m[0].indexOf(m[2]!));
  if (!speaker || said(out, speaker)) return [];
  const from = m.index + m[0].length;
  const tail = maskQuotes(s.text.slice(from));
  const stop = tail.search(/["”]|;|[.!?]\s*$/);
  const to = from + (stop >= 0 ? stop : tail.length);
  if (to - from < 12) return [];
  return [quoteWithTo(s, 'quote.as-said', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc)];
}

/**
 * "According to Volodymyr Zelenskyy, the security agreement signed today is …", "According to him, during the
 * negotiations, the parties detailed …": the clause after the comma is the speaker's (quote.according).
 */
// "According to Polish Defence Minister Mariusz Blaszczak, …": a title may stand before the name.
// "According to Dutch defence minister Kajsa Ollongren, …": a title written in lower case may stand before the name.
const ACCORDING_LEAD = new RegExp(String.raw`(?:^|[.;]\s+)[Aa]ccording\s+to\s+(?:the\s+(${TITLE_WORDS})|(?:\p{Lu}[\p{L}.'’-]*\s+|(?:defen[cs]e|foreign|prime|deputy|interior|finance|minister|secretary|president|spokes(?:man|woman|person)|ambassador|commander|general|chief)\s+){0,5}?(${SPEAKER}|him|her)),\s+`, 'u');

/** "The brigade is larger than ever, according to U.S. Army Colonel Ed Matthaidess, the brigade commander." */
const ACCORDING_TRAILING = new RegExp(String.raw`^(.{20,}?),\s+according\s+to\s+(?:(?:${SERVICE_BEFORE_RANK})\s+)?(?:${MILITARY_RANK}\s+)?(${PERSON_NAME_OR_SURNAME})(?=,|\.|\s+(?:on|in|at|who)\b|$)`, 'u');

export function according(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[], quoted: ReadonlyArray<{ start: number }>): Draft[] {
  if (!s.text.includes('ccording to')) return [];
  const m = ACCORDING_LEAD.exec(s.text);
  if (!m) return accordingAfter(s, doc, people, lastPerson, out, quoted);
  const from = m.index + m[0].length;
  // 'According to him, "…"': a direct quote, read as such.
  if (quoted.some((q) => q.start >= from && q.start <= from + 2)) return [];
  const at = m.index + m[0].indexOf(m[1] ?? m[2]!);
  const speaker = m[1] ? titledBefore(m[1], s, doc, people, at) : /^(?:him|her)$/.test(m[2]!) ? lastPerson : personAt(s, people, at, m[2]!) ?? speakerOf(m[2]!, s, doc, people, lastPerson, at);
  if (!speaker || said(out, speaker)) return [];
  const tail = maskQuotes(s.text.slice(from));
  const stop = tail.search(/;|[.!?]["”]?\s*$/);
  const to = from + (stop >= 0 ? stop : tail.length);
  if (to - from < 12) return [];
  return [quoteWithTo(s, 'quote.according', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc, { codes: continuation(s, doc) })];
}

/** The clause before a trailing "according to <person>" is that person's words (quote.according). */
function accordingAfter(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[], quoted: ReadonlyArray<{ start: number }>): Draft[] {
  const m = ACCORDING_TRAILING.exec(s.text);
  if (!m || quoted.length) return [];
  const at = m.index + m[0].lastIndexOf(m[2]!);
  const speaker = personAt(s, people, at, m[2]!) ?? speakerOf(m[2]!, s, doc, people, lastPerson, at);
  if (!speaker || said(out, speaker)) return [];
  const from = coordinatedClauseStart(m[1]!);
  const to = m[1]!.length;
  if (to - from < 12) return [];
  return [quoteWithTo(s, 'quote.according', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc, { codes: continuation(s, doc) })];
}

/**
 * Reported speech as a noun (quote.nominal): "President Biden’s announcement of a new security assistance package
 * for Ukraine", "X's call for …", "a Department of Defense announcement earlier this month directing the
 * repositioning of …". The words are what was announced or called for.
 */
const NOMINAL = new RegExp(String.raw`\b(${SPEAKER}|DOD|DoD|White House)['’]s\s+(?:(?:recent|latest|new|renewed)\s+)?(?:announcement|call|calls|statement|pledge|promise|warning|declaration)\s+(?:(?:on|last)\s+\w+day\s+)?(?:of|for|that|on)\s+`, 'u');
const INSTITUTION_NOMINAL = new RegExp(String.raw`\b(?:an?|the)\s+((?:U\.S\.\s+|US\s+)?(?:${INSTITUTION_SPEAKERS.map(([n]) => n).filter((n) => /^[A-Z]/.test(n) && n !== 'Government' && n !== 'Ministry').sort((a, b) => b.length - a.length).join('|')}))\s+(?:announcement|statement|order|decision)\s+(?:[^,.;]{0,40}?\s)?(?:directing|ordering|approving|authori[sz]ing|announcing|that|of)\s+`, 'u');

/** Institutions named by a short form before "'s announcement" ("DOD's", "the Pentagon's"), with the name they speak under. */
const INSTITUTION_NAMES = new Map<string, string>([['DOD', 'Defense Department'], ['DoD', 'Defense Department'], ['Pentagon', 'Pentagon'], ['Kremlin', 'Kremlin'], ['White House', 'White House']]);
const INSTITUTION_POSSESSOR = /^(?:DOD|DoD|Pentagon|Kremlin|White House)$/;

/** What NOMINAL needs after its speaker, as a plain scan from the possessive mark. */
const NOMINAL_CUE = /['’]s\s+(?:(?:recent|latest|new|renewed)\s+)?(?:announcement|call|statement|pledge|promise|warning|declaration)/;

/** "Zelenskyy made direct pleas for tanks", "renewed his call for …": an appeal made is reported speech. */
const APPEAL = new RegExp(String.raw`\b(${SPEAKER})\s+(?:(?:has|had|also|again|then)\s+)*(?:made|issued|renewed|repeated|voiced|sent)\s+(?:(?:an?|his|her|their|its|a\s+series\s+of)\s+)?(?:(?:direct|urgent|fresh|new|renewed|repeated|impassioned|emotional|personal|public)\s+)*(?:pleas?|appeals?|calls?|requests?)\s+(?:for|to)\s+`, 'u');

/**
 * Where the reported words after `from` end: a semicolon, a new clause, the sentence's end. A function of its own, not a
 * closure made per call (tsx names every closure it makes).
 */
function nominalEnd(s: SentenceView, from: number): number {
  const tail = maskQuotes(s.text.slice(from));
  const stop = tail.search(/;|,\s+(?:pursuant|I|we|which|the\s+[a-z]+\s+(?:said|says))\b|[.!?]["”]?\s*$|\.\s/);
  return from + (stop >= 0 ? stop : tail.length);
}

export function nominal(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
  if (!/announcement|call|statement|pledge|promise|warning|declaration|order|decision|plea|appeal|request/.test(s.text)) return [];
  const m = NOMINAL_CUE.test(s.text) ? NOMINAL.exec(s.text) : null;
  if (m) {
    const at = m.index;
    // "the Pentagon's recent announcement that …", "DOD's announcement": an institution's announcement is its words.
    const institution = INSTITUTION_POSSESSOR.test(m[1]!) ? institutionAt(s, doc, at, INSTITUTION_NAMES.get(m[1]!) ?? m[1]!) : null;
    const speaker = institution ?? personAt(s, people, at, m[1]!) ?? speakerOf(m[1]!, s, doc, people, lastPerson, at);
    if (speaker && !said(out, speaker)) {
      const from = m.index + m[0].length;
      const to = nominalEnd(s, from);
      if (to - from >= 12) return [quoteWithTo(s, 'quote.nominal', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.7, doc)];
    }
  }
  const a = /plea|appeal|call|request/.test(s.text) ? APPEAL.exec(s.text) : null;
  if (a) {
    const at = a.index;
    const speaker = personAt(s, people, at, a[1]!) ?? speakerOf(a[1]!, s, doc, people, lastPerson, at);
    if (speaker && !said(out, speaker)) {
      const from = a.index + a[0].length;
      const to = nominalEnd(s, from);
      if (to - from >= 5) return [quoteWithTo(s, 'quote.nominal', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.7, doc)];
    }
  }
  const i = INSTITUTION_NOMINAL.exec(s.text);
  if (i) {
    const name = i[1]!.replace(/^(?:U\.S\.|US)\s+/, '');
    const country = INSTITUTION_SPEAKERS.find(([n]) => n === name)?.[1] ?? (doc.home.length === 1 ? doc.home[0]! : null);
    if (!country) return [];
    const from = i.index + i[0].length - (/(?:directing|ordering|approving|authori[sz]ing|announcing)\s+$/.exec(i[0])?.[0].length ?? 0);
    const to = nominalEnd(s, from);
    if (to - from < 12) return [];
    return [quoteWithTo(s, 'quote.nominal', { name, role: null, from: [country] }, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.65, doc)];
  }
  return [];
}

/**
 * "Minister X said:" or "The comments made by X, …" and then paragraphs without quotation marks:
 * the following paragraphs in the first person are X's words (a direct quote; evidence: the
 * attribution). They end at a heading, a paragraph without "I/we/our", or another attribution.
 */
// "Defence Secretary John Healey MP yesterday said:": a time between speaker and verb.
const COLON_ATTRIBUTION = new RegExp(String.raw`(${SPEAKER})(?:\s+MP)?\s+(?:(?:has|had|also|then|${TIME_ADVERBIAL})\s+){0,2}(?:said|says|stated|states|added|wrote|writes|commented|declared|remarked)(?:\s+[^:"“”]{0,40})?:\s*$`, 'u');
const COMMENTS_BY = new RegExp(String.raw`\b(?:[Cc]omments?|[Rr]emarks?|[Ss]tatement|[Ww]ords|[Ss]peech|[Aa]ddress)\s+(?:made|delivered|given|issued)\s+by\s+(${SPEAKER})`, 'u');
/** "The defence minister of Latvia, Andris Spruds, said:": the reporting verb before the colon, its speaker found by name. */
const COLON_VERB = /(?:,\s+|\s)(?:said|says|stated|added|wrote|commented|declared|remarked|told\s+[^:"“”]{2,40})(?:\s+[^:"“”]{0,40})?:\s*$/;
/** What may stand before a label's name: a rank or title of up to three words ("Lieutenant Colonel", "Capt."). */
const LABEL_PREFIX = /^(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+)\s+){0,3}$/;
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My)\b/;

export function colonQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
  // Cheap gate: the sentence ends with a colon or names comments "made by" someone.
  const colon = /:\s*$/.test(s.text);
  if (!colon && !(s.text.includes('by') && /\b(?:[Cc]omments?|[Rr]emarks?|[Ss]tatement|[Ww]ords|[Ss]peech|[Aa]ddress)\s+(?:made|delivered|given|issued)\s+by\b/.test(s.text))) return [];
  // Quoted words on the attribution's own line are an ordinary direct quote.
  if (colon && /["“”«»]/.test(s.text)) return [];
  const m = (colon ? COLON_ATTRIBUTION.exec(s.text) ?? COLON_VERB.exec(s.text) : null) ?? COMMENTS_BY.exec(s.text);
  // "Captain Mike Lowein, RTR BG Ops Officer:" — a name and office alone, as a label over what they said.
  const named = !m && colon && s.text.length <= 120 ? personIn(s, people, 0, s.text.length) : null;
  const label = named && LABEL_PREFIX.test(s.text.slice(0, s.text.indexOf(named.name))) ? named : null;
  if (!m && !label) return [];
  const next = doc.sentences[s.index + 1];
  if (!next || next.paragraph === s.paragraph || next.heading) return [];
  // "Lieutenant Colonel Simon Worth, Commanding Officer RTR BG said:": the registered person the attribution names.
  const written = m?.[1];
  // "Ahead of his visit, Foreign Secretary said:": a title alone stands for the person holding it.
  const title = written && TITLE_ALONE.test(written) ? titledBefore(written, s, doc, people, m!.index) : null;
  const speaker = label ?? (colon ? personIn(s, people, 0, m!.index + m![0].length) : null) ?? title ?? (written && !TITLE_ALONE.test(written) ? speakerOf(written, s, doc, people, lastPerson, m!.index + m![0].indexOf(written)) : null);
  if (!speaker || said(out, speaker)) return [];
  const words: SentenceView[] = [];
  let paragraph = -1;
  const quotedParagraph = /^["“‘«„]/.test(next.text);
  for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const x = doc.sentences[i]!;
    if (x.heading) break;
    if (x.paragraph !== paragraph) {
      // The paragraph right after "X said:" is X's; later ones only while they go on in quotation marks or the first person.
      const goesOn = quotedParagraph ? /^["“‘«„]/.test(x.text) : FIRST_PERSON.test(x.text);
      if (words.length >= 12 || (words.length > 0 && !goesOn) || (/:\s*$/.test(x.text) && COLON_ATTRIBUTION.test(x.text))) break;
      paragraph = x.paragraph;
    }
    words.push(x);
  }
  // A label's words are the speaker's own: the first person (or quotation marks) must show it.
  if (!words.length || (label && !quotedParagraph && !FIRST_PERSON.test(words[0]!.text))) return [];
  let settled = speaker;
  if (!settled.from.length && settled.role && doc.home.length === 1) settled = { ...settled, from: [...doc.home] };
  const { text, to } = blockQuote(words, settled.from);
  return [quoteDraft(s, 'quote.colon', settled, text, true, to, 0.8)];
}
