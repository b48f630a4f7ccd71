import { isActor } from '../actors';
import type { Rule } from '../registry';
import { sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { quoteDraft } from '../kit';
import { surnameOf, type Person } from '../people';
import { INSTITUTION_SPEAKERS, NAME_PREFIX_ABBREVIATIONS, NEWS_OUTLETS, PERSON_NAME, PERSON_NAME_OR_SURNAME } from '../lexicon/words';
import { COUNTRIES } from '../lexicon/countries';
import { peopleView, type PeopleView } from '../discourse';
import { settleGovernmentCountry } from './quote-country';
import { objectActors } from './roles';
import { alternation, formsOf } from '../lexicon/verbs';
import { findMentions } from '../actors';
import { OFFICIALS, officeOn } from '../lexicon/officials';

/**
 * Quotes: direct (words in quotation marks with an attribution, tweets included) and indirect
 * (a named speaker, a reporting verb and the reported clause).
 * Rule ids: quote.direct, quote.indirect, quote.indirect-after, quote.as-stated, quote.statement.
 */

/** Reporting verbs, finite forms, from the lexicon's speech class (plus "made clear", "has been clear"). */
const VERBS = `${alternation(formsOf('speech', ['past', 's']).filter((w) => !/^(?:posts|replies|responds|repeats|concludes)$/.test(w)))}|made clear|makes clear|been clear|was clear|is clear`;
/** Verbs whose reported content may be a noun phrase: "stressed the need for unity", "voiced renewed support for …". */
const NP_VERB = /^(?:stressed|stresses|voiced|voices|expressed|expresses|reiterated|reiterates|underlined|underscored|emphasi[sz]ed|highlighted|reaffirmed|welcomed|condemned|shared|relayed)$/;
/** A country's adjective or possessive before a title: "the Polish president", "Estonia's prime minister". */
const NATIONALITY = String.raw`\p{Lu}[\p{L}.]+(?:['’]s)?`;
/** Titles a speaker is named by alone: "the secretary said", "the Head of State noted", "the President of Ukraine said". */
export const TITLE_WORDS = String.raw`(?:(?:prime|foreign|defen[cs]e|interior|finance|deputy|vice|acting|press|armed\s+forces)\s+)?(?:minister|president|chancellor|premier|secretary(?:\s+general)?|ambassador|commander|general|admiral|head\s+of\s+state|head\s+of\s+government|spokes(?:man|woman|person))(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?`;
const TITLE_SPEAKER = new RegExp(String.raw`^\s*,?\s*(?:the|The)\s+(?:(${NATIONALITY})\s+)?(${TITLE_WORDS})\s+(?:(?:has|had|also|later|then)\s+)*(?:${VERBS}|continued|went\s+on)\b`, 'iu');
const SPEAKER = String.raw`(?:${PERSON_NAME_OR_SURNAME}|[A-Z][A-Za-z]+|he|she|He|She)`;
/** Lower-case words of a title before a name: "Kremlin spokesman", "Pentagon press secretary". */
const ROLE_WORDS = 'the|of|to|for|press|foreign|policy|defen[cs]e|security|government|military|top|chief|secretary|spokes(?:man|woman|person)|minister|prime|president|ambassador|envoy|commander|adviser|advisor|official';
const AFTER_QUOTE = new RegExp(String.raw`^\s*,?\s*(?:(?:(?:[A-Z][\p{L}'’.-]*|${ROLE_WORDS})\s+){0,7}?(${SPEAKER})(?:,\s+[^,"“”]{3,80},)?\s+(?:(?:has|had|also|later|then)\s+)*(?:${VERBS}|continued|went\s+on)\b|(?:${VERBS})\s+(?:(?:${NAME_PREFIX_ABBREVIATIONS.join('|')})\.\s+|(?:General|Admiral|Colonel|Commander|Captain|Major|Lieutenant|Sergeant|Secretary|President|Minister)\s+)*(${SPEAKER})\b)`, 'u');
/** How BEFORE_QUOTE ends: a reporting verb and at most three more words before the quotation mark, or "continued:" ("The secretary general continued: “…”"). */
const BEFORE_QUOTE_TAIL = String.raw`(?:(?:${VERBS})(?:\s+[\w']+){0,3}\s*[:,]?|(?:continued|went\s+on)\s*:)\s*$`;
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER})\s+(?:(?:has|had|also|later|then)\s+)*${BEFORE_QUOTE_TAIL}`, 'u');
/**
 * BEFORE_QUOTE's end alone, after the white space its verb always follows: the end-anchored pattern tries a name at
 * every capital, so it runs only on text that ends the way it must.
 */
const BEFORE_QUOTE_END = new RegExp(String.raw`\s${BEFORE_QUOTE_TAIL}`, 'u');
// "Olaf Scholz, whose government must approve …, said"; "Emmanuel Macron, who said that …".
const INDIRECT = new RegExp(String.raw`\b(${SPEAKER})(?:,\s+(?:who|whose)\b[^"“”]{0,160}?,|,[^,]{3,80},|,\s+who|,)?\s+(?:(?:has|have|had|also|later|further|again|previously|repeatedly|publicly|then|recently|reportedly|once|[a-z]{3,}ly)\s+)*(${VERBS})\b`, 'gu');
/** Reporting verbs that can end a sentence's attribution ("…, he explained."); "told" needs its audience. */
const TRAILING_VERBS = alternation(formsOf('speech', ['past', 's']).filter((w) => !/^(?:told|tells|posts|replies|responds|repeats)$/.test(w)));
const TRAILING_ATTRIBUTION = new RegExp(String.raw`^(.{20,}?),\s+((?:[A-Z][\p{L}'’.-]*\s+|(?:${ROLE_WORDS})\s+){0,7}(?:[A-Z][\p{L}'’-]+|he|she))\s+(?:${TRAILING_VERBS}|(?:continued|went\s+on)(?=[.!?]?\s*$)|told\s+(?:reporters|journalists|parliament|lawmakers|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|summit|meeting|forum|session|audience|gathering|interview|newspaper|broadcaster|committee)))\b`, 'u');
const TRAILING_APPOSITIVE = new RegExp(String.raw`^(.{20,}?),\s+(?:[\p{L}'’.-]+\s+){1,6}?[\p{L}'’.-]+,\s+(${PERSON_NAME}),\s+(?:${TRAILING_VERBS})`, 'u');
const TRAILING_INVERTED = new RegExp(String.raw`^(.{20,}?),\s+(?:said|says|added|announced|confirmed|stated|told\s+(?:reporters|journalists))\s+(?:(?:${NAME_PREFIX_ABBREVIATIONS.join('|')})\.\s+|(?:General|Admiral|Colonel|Commander|Captain|Major|Lieutenant)\s+)*(${PERSON_NAME_OR_SURNAME})(?=,|\.|\s+(?:on|in|at|during|after)\b|$)`, 'u');
/** "…, a spokesman for the Polish defence ministry": whom a spokesperson, official or adviser speaks for. */
const SPOKES_FOR = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|adviser|advisor|aide)\s+(?:for|at|of|to|with|in)\s+(?:the\s+)?([^,.;]{2,60})/;

/** A speaker with no country of their own takes the body they speak for: "Jan Nowak, a spokesman for the Polish defence ministry". */
function spokespersonCountry(p: Person, s: SentenceView, at: number, doc: DocView): Person {
  if (p.from.length) return p;
  const after = s.text.slice(at).replace(/^\S+(?:\s+\S+){0,2}?(?=,)/, '');
  const body = SPOKES_FOR.exec(after);
  if (!body) return p;
  const codes = [...new Set(findMentions(body[1]!, doc.actorCtx).filter((m) => m.kind !== 'group').flatMap((m) => m.codes))];
  return codes.length === 1 ? { ...p, from: codes } : p;
}
const FINITE = /\b(?:is|are|was|were|be|been|will|would|can|could|must|should|may|might|has|have|had|does|do|did|[a-z]{3,}(?:ed|es))\b/;
const GERUND_REPORT = /,\s+(?:stating|saying|adding|noting|warning|stressing|arguing|insisting|emphasi[sz]ing|declaring|explaining|highlighting|underlining|underscoring|pointing out)\s+(?:that\s+)?/;
const ACCORDING = new RegExp(String.raw`[Aa]ccording to\s+(${SPEAKER}|him|her)`, 'u');
/**
 * Quoted words in every style news uses: "…", “…”, ‘…’ (an apostrophe inside a word is not a close),
 * «…», „…“, doubled single quotes ''…'' and plain single quotes '…' around a clause.
 */
const QUOTED = /"([^"]{8,}?)"|“([^”]{8,}?)”|‘((?:[^’]|’(?=\p{L})){8,}?)’(?!\p{L})|«\s?([^»]{8,}?)\s?»|„([^“”]{8,}?)[“”]|''([^']{8,}?)''|(?<![\p{L}'])'((?:[^']|'(?=\p{L})){8,}?)'(?=[\s,.;:!?)]|$)/gu;
/** Reporting verbs whose object is the addressee: "assured the Baltic states", "told Estonia". */
const OBJECT_VERB = /^(?:told|tells|warned|warns|assured|assures|reminded|informed|urged)$/;
/** "Army Europe confirmed", "the Ministry said": institutions are not named speakers. */
const INSTITUTION = /^(?:Army|Navy|Air|Europe|Command|Ministry|Department|Office|Council|Commission|Agency|Institute|Government|Parliament|Pentagon|Kremlin|Staff|Forces|Force|Center|Centre|Headquarters|Service|Services|Police|Guard)$/;
const SERVICE_NOUN = /^\s+(?:soldiers|troops|forces|armed forces|crews|pilots|servicemen|service members|personnel|sailors|airmen|marines|units|army)\b/;
const PRONOUN = /^(?:he|she|He|She|him|her)$/;
/** A title word alone is no name ("the Head of State said" is not a person called State). */
const BARE_TITLE = /^(?:President|Secretary|Minister|Chancellor|Premier|Ambassador|Commander|General|Admiral|State|Head|Government|Defence|Defense)$/;
const NOT_SPEAKER = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Earlier|Later|Last|Next|The|A|An|It|This|That|They|We|I|You|Officials?|Reports?|Media|Sources?|Critics|Analysts|Experts|Observers|Diplomats?|Spokes(?:man|woman|person|people)|Aides?|Advis[eo]rs?|Insiders?|Witnesses|Residents|Lawmakers|Legislators|Ministers|Leaders|Presidents|Parties|Governments|Allies|Secretaries|Sides|Authorities|Commanders|Envoys|Representatives|Delegates|Participants|Some|Several|Many|Both|Others|People|There|Here|What|Which|Who|As|If|But|And|However|Meanwhile|Also)$/;

/** Someone unnamed speaking for a named person or body: the guideline wants one named speaker. */
const ON_BEHALF = /\b(?:[Ss]pokes(?:man|woman|person|people)|[Aa]ides?|[Aa]dvis[eo]rs?|[Ss]ources?|[Oo]fficials?|[Rr]epresentatives?|[Ee]nvoys?|[Pp]eople|[Dd]iplomats?|[Ii]nsiders?|[Mm]embers?)\s+(?:close\s+)?(?:for|to|of|from|with|around|familiar with)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}'’.-]*|prime|foreign|defen[cs]e|minister|president|chancellor|secretary|general|deputy|state|of)\s+){0,6}$/u;

/** The nouns ON_BEHALF needs, as a plain scan before its end-anchored match. */
const ON_BEHALF_NOUN = /[Ss]pokes|[Aa]ide|[Aa]dvis|[Ss]ource|[Oo]fficial|[Rr]epresentative|[Ee]nvoy|[Pp]eople|[Dd]iplomat|[Ii]nsider|[Mm]ember/;

/** Quoted words after a point (every mark style), for the later parts of a quote split by its attribution. */
const QUOTED_REST = /"[^"]{8,}?"|“[^”]{8,}?”|«[^»]{8,}?»|„[^“”]{8,}?[“”]/g;
/** '"…," Zelenskyy said and added that …', '…," he said, adding that …': one sentence, two verbs, one quote. */
const ADDED_THAT = /^[^"“”]{0,120}?(?:,\s+|\s+and\s+)(?:added|adding|noted|noting|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|said|saying|underlined|underlining)\s+(?:that\s+)?/;
/** A sentence that opens with quotation marks and carries no attribution goes on with the quote before it. */
const OPENS_QUOTED = /^\s*["“„«‘]/;

/**
 * Actors named in quoted sentences that go on after this one without a new reporting verb: the rest of the
 * paragraph, and the next paragraph when it opens with quotation marks ('"… so well," the secretary said. "The
 * United States and our allies … Ukraine …"').
 */
function continuation(s: SentenceView, doc: DocView): string[] {
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

/** The registered person whose name, with or without its title, is written at `at` ("Defence Minister Bjørn Arild Gram"). */
function personAt(s: SentenceView, people: PeopleView, at: number, written: string): Person | null {
  const window = s.text.slice(at, at + written.length + 60);
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const p of people.all()) {
    const k = window.indexOf(p.name);
    if (k >= 0 && k <= written.length && (k < bestAt || (k === bestAt && best !== null && p.name.length > best.name.length))) [best, bestAt] = [p, k];
  }
  return best;
}

/** The registered person named first, whole, in text[from, to) up to the next quotation mark. */
function personIn(s: SentenceView, people: PeopleView, from: number, to: number): Person | null {
  let window = s.text.slice(from, to);
  const mark = window.search(/["“”„«»]/);
  if (mark >= 0) window = window.slice(0, mark);
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const p of people.all()) {
    const k = window.indexOf(p.name);
    if (k >= 0 && k < bestAt) [best, bestAt] = [p, k];
  }
  return best;
}

export function cleanQuoteText(t: string): string {
  let out = t.replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '').trim();
  // A reported clause that ends inside a quotation keeps its words, not a dangling mark.
  if ((out.match(/["“”]/g) ?? []).length % 2 === 1) out = out.replace(/["“”]([^"“”]*)$/, '$1').replace(/^["“”]/, '');
  return out.replace(/[,.;:]+$/, '').trim();
}

export function speakerOf(written: string, s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, at = -1): Person | null {
  if (PRONOUN.test(written)) return at >= 0 ? subjectBefore(s.text.slice(0, at), people) ?? lastPerson : lastPerson;
  // "the Defence Secretary confirmed", "Foreign Secretary said": a title alone stands for the person holding it.
  if (TITLE_ALONE.test(written)) return titledBefore(written, s, doc, people, at >= 0 ? at : s.text.length);
  // Part of a country, group or adjective ("Baltic states" is not Baltic + states).
  if (at >= 0 && s.mentions.some((m) => m.start < at + written.length && at < m.end)) return null;
  const words = written.split(/\s+/);
  const the = at >= 0 && /^(?:The|the)$/.test(written);
  // The word tests below answer no whatever comes before; only "the" may still name a title. Asked first, they spare
  // most candidates the look-back.
  if (!the && (BARE_TITLE.test(written) || NOT_SPEAKER.test(words[0]!) || INSTITUTION.test(words[words.length - 1]!) || INSTITUTION.test(words[0]!))) return null;
  // "A spokesman for Prime Minister X said", "an aide to the president said": X did not speak.
  if (at >= 0) {
    const before = s.text.slice(Math.max(0, at - 120), at);
    if (ON_BEHALF_NOUN.test(before) && ON_BEHALF.test(before)) return null;
  }
  // "The prime minister said": the latest person named earlier with that title.
  if (the) {
    const title = TITLE_ONLY.exec(s.text.slice(at));
    if (title) return titledHolder(title[3]!, title[1] ?? title[2], s, doc, people, at);
  }
  if (BARE_TITLE.test(written) || NOT_SPEAKER.test(words[0]!) || INSTITUTION.test(words[words.length - 1]!) || INSTITUTION.test(words[0]!)) return null;
  // Countries and organisations speak through people; "NATO said" is not a named speaker.
  const asActor = s.mentions.some((m) => isActor(m) && s.text.slice(m.start, m.end) === written);
  if (asActor || /^(?:NATO|EU|US|UK)$/.test(written)) return null;
  if (doc.mentionTexts.has(written)) return null;
  return people.lookup(written) ?? people.resolve(written);
}

const TITLE_ONLY = /^(?:(?:The|the)\s+(?:(\p{Lu}[\p{L}.]+(?:['’]s)?)\s+)?|(\p{Lu}[\p{L}.]+['’]s)\s+)((?:(?:prime|foreign|defen[cs]e|interior|finance|deputy|vice|acting)\s+)?(?:minister|president|chancellor|premier|secretary|ambassador|commander|general|admiral)(?:\s+of\s+[A-Z][\w-]*)?|head\s+of\s+(?:state|government))\s+(?:has\s+|had\s+|also\s+|later\s+|[a-z]+ly\s+)*(?:said|says|added|told|warned|stressed|noted|stated|announced|insisted|argued|emphasi[sz]ed|underlined|reiterated|confirmed|pledged|promised|vowed|urged|asked\s+for|called\s+for|continued|went\s+on|concluded)\b/iu;

/** Whether a person's role answers to a bare title ("secretary" ← "Secretary of Defense", "head of state" ← "President"). */
function titleFits(title: string, p: Person, doc: DocView): boolean {
  const t = title.toLowerCase().replace(/\s+/g, ' ');
  const role = (p.role ?? '').toLowerCase();
  if (!role) return false;
  const of = / of (?:the )?(.+)$/.exec(t);
  const head = t.replace(/ of .*$/, '');
  if (of && !/^(?:state|government)$/.test(of[1]!)) {
    const codes = findMentions(title.slice(title.toLowerCase().lastIndexOf(of[1]!)), doc.actorCtx).flatMap((m) => m.codes);
    if (codes.length && !codes.some((c) => p.from.includes(c))) return false;
  }
  if (t === 'head of state') return /\b(?:president|king|queen)\b/.test(role);
  if (t === 'head of government') return /\b(?:prime minister|chancellor|premier)\b/.test(role);
  // "the minister said" after "defense secretary John Healey": a secretary of a ministry is its minister.
  if (t === 'minister') return /\bminister\b|\bsecretary\b(?!.*general)/.test(role) && !/\bpress secretary\b/.test(role);
  return head.split(' ').every((w) => new RegExp(`\\b${w.replace(/[cs]e$/, '[cs]e')}\\b`).test(role));
}

/** An official holding `title` for the article's home country on its date, named as the article names them. */
function officialByTitle(title: string, doc: DocView): Person | null {
  const t = title.toLowerCase();
  const date = doc.article.date;
  for (const o of OFFICIALS) {
    const office = officeOn(o, date);
    if (!office || office.from > date || (office.to !== null && office.to <= date) || !doc.home.includes(office.actor)) continue;
    const p: Person = { name: o.name, role: office.role, from: [office.actor] };
    if (!titleFits(t, p, doc) && !(t === 'president' && /^president$/i.test(office.role))) continue;
    const written = [o.name, ...o.aliases].find((n) => doc.article.text.includes(n)) ?? (doc.article.text.includes(surnameOf(o.name)) ? surnameOf(o.name) : null);
    // A unique office whose holder the article never names speaks under its title ("Foreign Secretary", role null).
    return written ? { ...p, name: written } : { name: officeTitle(title), role: null, from: p.from };
  }
  return null;
}

/** "foreign secretary" → "Foreign Secretary", "secretary of state" → "Secretary of State". */
function officeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/\b(?!(?:of|the|for)\b)\p{Ll}/gu, (c) => c.toUpperCase());
}

/** The latest person, named before `at` in this sentence or in an earlier one, whose role fits `title`; else the home country's holder. */
export function titledBefore(title: string, s: SentenceView, doc: DocView, people: PeopleView, at: number): Person | null {
  const want = title.toLowerCase();
  const exact = people.all().filter((p) => p.role && p.role.toLowerCase().endsWith(want));
  const fits = exact.length ? exact : people.all().filter((p) => titleFits(title, p, doc));
  if (!fits.length) return officialByTitle(title, doc);
  // "The Prime Minister was clear that …" in a government's own readout: capitalised and bare, the office is that
  // government's, even after a foreign prime minister was named ("Swedish Prime Minister Ulf Kristersson").
  if (/^\p{Lu}/u.test(title) && doc.home.length === 1 && !fits.some((p) => p.from.includes(doc.home[0]!))) {
    const own = officialByTitle(title, doc);
    if (own) return own;
  }
  for (let i = s.index; i >= 0; i--) {
    const sentence = doc.sentences[i];
    if (!sentence) continue;
    const text = i === s.index ? s.text.slice(0, at) : sentence.text;
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of fits) {
      const k = text.lastIndexOf(surnameOf(p.name));
      if (k > bestAt) [best, bestAt] = [p, k];
    }
    if (best) return best;
  }
  // Named only later in the article: still the article's holder of that title.
  return officialByTitle(title, doc) ?? fits[0] ?? null;
}

/**
 * The holder of `title` for the country `nationality` names ("the Polish president" → Poland's president on the article's
 * date: a person the article names with that office, else the lexicon's holder, else the office itself); without a
 * country, the latest person named with the title (titledBefore).
 */
function titledHolder(title: string, nationality: string | undefined, s: SentenceView, doc: DocView, people: PeopleView, at: number): Person | null {
  const codes = nationality ? [...new Set(findMentions(nationality, doc.actorCtx).flatMap((m) => m.codes))] : [];
  if (codes.length !== 1) return titledBefore(nationality && !codes.length ? `${nationality} ${title}` : title, s, doc, people, at);
  const code = codes[0]!;
  const named = people.all().find((p) => p.from.includes(code) && titleFits(title, p, doc));
  if (named) return named;
  const t = title.toLowerCase();
  for (const o of OFFICIALS) {
    const office = officeOn(o, doc.article.date);
    if (!office || office.actor !== code) continue;
    const p: Person = { name: o.name, role: office.role, from: [code] };
    if (!titleFits(t, p, doc)) continue;
    const written = [o.name, ...o.aliases].find((n) => doc.article.text.includes(n));
    return written ? { ...p, name: written } : { name: officeTitle(`${nationality!.replace(/['’]s$/, '')} ${title}`), role: null, from: [code] };
  }
  return { name: officeTitle(`${nationality!.replace(/['’]s$/, '')} ${title}`), role: null, from: [code] };
}

/** "Scholz has ruled out X, a step he said …": he is the person named first in the sentence (its subject). */
function subjectBefore(head: string, people: PeopleView): Person | null {
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const p of people.all()) {
    const surname = surnameOf(p.name);
    // A plain substring test first: most people are not in the sentence, and a RegExp per person is slow.
    if (!head.includes(surname)) continue;
    const at = head.search(new RegExp(`\\b${surname}\\b(?!'s|’s)`));
    if (at >= 0 && at < bestAt) [best, bestAt] = [p, at];
  }
  return best;
}

/** Quoted words keep their commas: "the “enduring, unflagging commitment”" is not a clause break. */
function maskQuotes(t: string): string {
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
function reportedClause(s: SentenceView, verbEnd: number, verb: string): { from: number; to: number } | null {
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
  // "… and added that …" a second verb of the speaker's, but not "the strong and trusted partnership".
  const stop = tail.search(/,["”]?\s+(?:[a-z]+ing|according to|as|while|who|which)\b|,\s+(?:and|but)\s+(?=[A-Z])|,\s+(?:a|an|the)\s+\w+\s+(?:that|which)\b|,?\s+and\s+(?:[a-z]+ed\s+(?:that|the|a|an|to|on|in|it|its|his|her|their|our)\b|said|told|urged|warned)\b|;|\s[—–]\s|[.!?]["”]?$/);
  const to = from + (stop >= 0 ? stop : tail.length);
  if (to - from < 12) return null;
  return { from, to };
}

/**
 * "Estonia has sent a vessel, and Sweden will contribute ships, X said": the speaker reports the
 * last coordinated clause; the first one (with its own finite verb) is the narrator's.
 */
function coordinatedClauseStart(head: string): number {
  const masked = maskQuotes(head);
  let start = 0;
  const re = /[,;]\s+(?:and|but|while|whereas)\s+(?=[A-Z])/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) if (FINITE.test(masked.slice(start, m.index))) start = m.index + m[0].length;
  return start;
}

const SPEAKER_AT_END = new RegExp(String.raw`(${SPEAKER})$`, 'u');
const AS_STATED_HEAD = new RegExp(String.raw`^(?:[^,]{0,40},\s*)?(${SPEAKER})\s+(?:\w+\s+){0,2}?([a-z]+s|[a-z]+ed|believes|thinks|sees)\s+`, 'u');
const STATEMENT = new RegExp(String.raw`\b(${SPEAKER})(?:'s|’s)\s+(?:statements?|remarks?|comments?|words|speech|testimony)\b.*?\b(?:making|made|makes|make)\s+(?:it\s+)?clear\s+that\s+`, 'u');

const INDIRECT_VERB = new RegExp(String.raw`\s(?:(?:${VERBS})\b|continued:|went on:)`);

const ANY_VERB = new RegExp(String.raw`\b(?:${VERBS}|pledged|promised|announcement|statement|[Aa]ccording to|clear that|stating|saying|adding|noting|warning|stressing|arguing|insisting|emphasi[sz]ing|declaring|explaining|highlighting|underlining|underscoring|pointing out|(?:is|are|was|were)\s+reporting|called|described|termed|dubbed|branded|labell?ed|continued|went on)\b|continued:|went on:`);

function quotes(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null): Draft[] {
  const out: Draft[] = [];
  // Most sentences report nothing: one cheap test skips every quote pattern but the colon and pull-quote ones.
  if (!ANY_VERB.test(s.text)) return /[–—]/.test(s.text) ? [...pullQuote(s, doc, people, lastPerson), ...colonQuote(s, doc, people, lastPerson, out)] : colonQuote(s, doc, people, lastPerson, out);
  const quoted: Array<{ start: number; end: number; speaker: string | null }> = [];
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(s.text); q; q = QUOTED.exec(s.text)) {
    const inner = q.slice(1).find((x) => x !== undefined)!;
    if (inner.trim().split(/\s+/).length < 3) continue;
    const span = { start: q.index, end: q.index + q[0].length, speaker: null as string | null };
    quoted.push(span);
    const afterText = s.text.slice(span.end);
    const after = AFTER_QUOTE.exec(afterText);
    // BEFORE_QUOTE ends with a reporting verb after white space and a few words: without that, its every-offset name search is moot.
    const head = s.text.slice(0, q.index);
    const before = BEFORE_QUOTE_END.test(head) ? BEFORE_QUOTE.exec(head) : null;
    const according = ACCORDING.exec(s.text);
    // 'X warned that Russia was "trying …"': a quoted fragment inside reported speech is indirect speech.
    if (before && !after && /\s\S+\s+[^:]*$/.test(before[0].replace(/^\S+\s+\S+/, '')) && !/[:,]\s*$/.test(before[0])) continue;
    const written = after?.[1] ?? after?.[2] ?? before?.[1] ?? according?.[1];
    const writtenAt = after ? span.end + after.index + after[0].lastIndexOf(written ?? '') : before ? before.index : according ? according.index + according[0].lastIndexOf(written ?? '') : -1;
    // '…," the secretary said': a bare title stands for the person holding it.
    const title = TITLE_SPEAKER.exec(afterText);
    // "said Defence Minister Bjørn Arild Gram": the registered person named there, whole.
    // '…,” remarked II MEF commanding general Lt. Gen. David A. Ottignon': else the first registered person in the attribution.
    const named = (written && writtenAt >= 0 ? personAt(s, people, writtenAt, written) : null) ?? (after ? personIn(s, people, span.end, span.end + after.index + after[0].length + 60) : null);
    const speaker = (title ? titledHolder(title[2]!, title[1], s, doc, people, q.index) : null) ?? named ?? (written ? speakerOf(written, s, doc, people, lastPerson) : null);
    if (!speaker) continue;
    // The same speaker's quoted words split by the attribution are one quote ('"… doorstep," he said. "So, …"' in one sentence).
    const previous = out.find((d) => d.type === 'quote' && d.rule === 'quote.direct' && d.speaker === speaker.name);
    span.speaker = speaker.name;
    if (previous) continue;
    const innerStart = q.index + 1;
    const ranges: Array<[number, number]> = [];
    // 'Russia's invasion of Ukraine has "rocked the foundations …," X told …': the paraphrased rest before the quote.
    if (after && quoted.length === 1) ranges.push([0, q.index]);
    // Later quoted words of the sentence without an attribution of their own.
    QUOTED_REST.lastIndex = span.end;
    for (let r = QUOTED_REST.exec(s.text); r; r = QUOTED_REST.exec(s.text)) ranges.push([r.index, r.index + r[0].length]);
    // '"…," X said and added that …', '…, adding that …': the rest of the sentence is the same quote.
    const added = ADDED_THAT.exec(afterText);
    if (added) ranges.push([span.end + added.index + added[0].length, s.text.length]);
    out.push(quoteWithTo(s, 'quote.direct', speaker, cleanQuoteText(inner), true, innerStart, innerStart + inner.length, null, 0.9, doc, { ranges, codes: continuation(s, doc) }));
  }

  INDIRECT.lastIndex = 0;
  // INDIRECT needs a reporting verb after white space; ANY_VERB also passes nouns and gerunds.
  if (INDIRECT_VERB.test(s.text)) for (let m = INDIRECT.exec(s.text); m; m = INDIRECT.exec(s.text)) {
    // Reported speech inside a quotation is a quote of its own when another named person speaks ('"… President Biden
    // reiterated in Madrid the U.S. strong commitment …," stated Ciuca').
    const within = quoted.find((q) => m!.index >= q.start && m!.index < q.end);
    if (within && (PRONOUN.test(m[1]!) || !/^\p{Lu}/u.test(m[1]!) || m[1] === within.speaker || (within.speaker !== null && within.speaker.endsWith(m[1]!)))) continue;
    const verbEnd = m.index + m[0].length;
    // A direct quote right after the verb is already a direct quote.
    if (/^\s*[:,]?\s*["“]/.test(s.text.slice(verbEnd)) || quoted.some((q) => q.end <= m!.index && /^\s*,?\s*$/.test(s.text.slice(q.end, m!.index)))) continue;
    // "…, as he has stated" belongs to the clause before it (quote.as-stated); "As X said, …" to quote.as-said.
    if (/(?:,\s+|^|\b)[Aa]s\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "<clause>, Prime Minister X said during a visit": the trailing attribution rule reads it.
    const before = s.text.slice(0, m.index);
    if (/\S\s*,\s+(?:(?:[A-Z][\w'’.-]*|the|of|to|for)\s+){0,6}$/.test(before) && before.split(/\s+/).length >= 5 && /^\s*(?:(?:on|in|at|during|after|before|while|late|earlier)\b(?:(?!\bthat\b)[^,])*)?[.!?]?$|^\s*,\s+(?:the|a|an)\s+(?!.*\b(?:is|are|was|were|will|would|has|have|had)\b)/.test(s.text.slice(m.index + m[0].length))) continue;
    // "in March, said": a speaker is not the object of a preposition.
    const afterPrep = /\b(?:in|on|at|from|of|to|by|for|with|since|until)\s+$/.test(s.text.slice(Math.max(0, m.index - 8), m.index));
    const speaker = afterPrep ? null : speakerOf(m[1]!, s, doc, people, lastPerson, m.index);
    if (!speaker) {
      // Try again from the next word: "Secretary of State Antony Blinken said".
      INDIRECT.lastIndex = m.index + Math.max(1, m[1]!.indexOf(' ') + 1 || m[1]!.length);
      continue;
    }
    const clause = reportedClause(s, verbEnd, m[2]!);
    if (!clause) continue;
    // The quoted words inside the clause are already a direct quote of the same speaker.
    if (quoted.some((q) => q.start >= clause.from && q.start < clause.to) && out.some((d) => d.type === 'quote' && d.speaker === speaker.name)) continue;
    const text = cleanQuoteText(s.text.slice(clause.from, clause.to));
    // Without "that", reported speech still needs a verb: "confirmed the decision on Tuesday" reports nothing;
    // a few verbs report a noun phrase ("stressed the need for unity").
    const lead = s.text.slice(verbEnd, clause.from);
    if (!/\b(?:that|of)\s*$/.test(lead) && (text.split(/\s+/).length < 3 || (!FINITE.test(text) && !NP_VERB.test(m[2]!)))) continue;
    // "the commitments President Biden announced at the summit": a relative clause, not a report.
    if (!NP_VERB.test(m[2]!) && !/\bthat\s*$/.test(lead) && /^(?:at|in|on|during|last|this\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter)|after|before|with|for|to)\b/i.test(text)) continue;
    out.push(quoteWithTo(s, 'quote.indirect', speaker, text, false, clause.from, clause.to, OBJECT_VERB.test(m[2]!) ? verbEnd : null, 0.8, doc));
  }

  // "The prime minister said …": a bare title stands for the latest person named with it.
  const bare = /(?:^|[.;:]\s+|,\s+(?:and\s+)?)(?=(?:(?:The|the)\s+|\p{Lu}[\p{L}.]+['’]s\s+)(?:[\w'’-]+\s+){0,3}(?:minister|president|chancellor|premier|secretary|ambassador|commander|general|admiral|head)\b)/iu.exec(s.text);
  const titled = bare ? TITLE_ONLY.exec(s.text.slice(bare.index + bare[0].length)) : null;
  if (bare && titled) {
    const at = bare.index + bare[0].length;
    const speaker = titledHolder(titled[3]!, titled[1] ?? titled[2], s, doc, people, at);
    const verbEnd = at + titled[0].length;
    // "…, the minister added.": a trailing title reports the words before its comma.
    const trailingTitle = /,\s+(?:and\s+)?$/.test(s.text.slice(0, at)) && ATTRIBUTION_TAIL.test(s.text.slice(verbEnd)) ? s.text.lastIndexOf(',', at) : -1;
    const clause = !speaker || out.some((d) => d.type === 'quote' && d.speaker === speaker.name) ? null
      : trailingTitle > 0 ? { from: coordinatedClauseStart(s.text.slice(0, trailingTitle)), to: trailingTitle } : reportedClause(s, verbEnd, titled[0].split(/\s+/).pop()!);
    if (speaker && clause) {
      const text = cleanQuoteText(s.text.slice(clause.from, clause.to));
      // "pledged to fast-track …", "asked for extra support to be provided": a pledge or a request reports a to-clause or a noun phrase.
      const pledge = /\b(?:pledged|promised|vowed|urged|asked\s+for|called\s+for)$/i.test(titled[0]);
      if (text.split(/\s+/).length >= 3 && (pledge || trailingTitle > 0 || FINITE.test(text))) out.push(quoteWithTo(s, 'quote.indirect', speaker, text, false, clause.from, clause.to, null, 0.75, doc));
    }
  }

  // "Germany will send 12 more Leopard tanks, said Jan Nowak, a spokesman for the Polish defence ministry.": the verb first.
  const inverted = !quoted.length ? TRAILING_INVERTED.exec(s.text) : null;
  if (inverted) {
    const at = inverted.index + inverted[0].length - inverted[2]!.length;
    const speaker = personAt(s, people, at, inverted[2]!) ?? speakerOf(inverted[2]!, s, doc, people, lastPerson, at);
    if (speaker && !out.some((d) => d.type === 'quote' && d.speaker === speaker.name)) {
      const to = inverted[1]!.length;
      const from = coordinatedClauseStart(s.text.slice(0, to));
      out.push(quoteWithTo(s, 'quote.indirect-after', spokespersonCountry(speaker, s, at, doc), cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc));
    }
  }

  // "…, Britain's new defense secretary, John Healey, said Thursday.": the office, then the name between commas.
  const appositive = !quoted.length && !out.length ? TRAILING_APPOSITIVE.exec(s.text) : null;
  if (appositive && ATTRIBUTION_TAIL.test(s.text.slice(appositive.index + appositive[0].length))) {
    const at = appositive.index + appositive[0].lastIndexOf(appositive[2]!);
    const speaker = personAt(s, people, at, appositive[2]!) ?? speakerOf(appositive[2]!, s, doc, people, lastPerson, at);
    if (speaker) {
      const to = appositive[1]!.length;
      const from = coordinatedClauseStart(s.text.slice(0, to));
      out.push(quoteWithTo(s, 'quote.indirect-after', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc));
    }
  }

  // "Slovakia has given its S-300 to Ukraine, Prime Minister Eduard Heger announced on Friday."
  const trailing = TRAILING_ATTRIBUTION.exec(s.text);
  if (trailing && !quoted.length && !/:\s*$/.test(s.text)) {
    const chunk = trailing[2]!;
    const name = SPEAKER_AT_END.exec(chunk);
    const at = trailing.index + trailing[0].indexOf(chunk) + (name ? chunk.length - name[1]!.length : 0);
    // "the UK Ministry of Defence said": an institution, not a person named "Defence".
    const institution = name ? (!name[1]!.includes(' ') && /\bof\s+$/.test(chunk.slice(0, chunk.length - name[1]!.length))) || /\b(?:Ministry|Department|Office|Council|Commission|Agency|Command|Staff)\b/.test(chunk) : true;
    const pronoun = name ? PRONOUN.test(name[1]!) : false;
    // "…, he added.": only a bare pronoun, resolved to the last named speaker.
    const speaker = !name || institution ? null : pronoun ? (chunk.trim() === name[1] ? lastPerson : null) : speakerOf(name[1]!, s, doc, people, lastPerson, at);
    if (speaker && !out.some((d) => d.type === 'quote' && d.speaker === speaker.name)) {
      const to = trailing[1]!.length;
      const from = coordinatedClauseStart(s.text.slice(0, to));
      out.push(quoteWithTo(s, 'quote.indirect-after', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc));
    }
  }

  // "Nausėda welcomed the move, stating that it sends a strong signal to Moscow."
  const gerund = GERUND_REPORT.exec(s.text);
  if (gerund) {
    const head = s.text.slice(0, gerund.index);
    const person = people.all().find((p) => { const surname = surnameOf(p.name); return head.includes(surname) && new RegExp(`\\b${surname}\\b`).test(head); });
    const speaker = person ?? (/^\s*(?:he|she)\b/i.test(head) ? lastPerson : null);
    if (speaker && !out.some((d) => d.type === 'quote' && d.speaker === speaker.name)) {
      const from = gerund.index + gerund[0].length;
      const tail = s.text.slice(from);
      const stop = tail.search(/,\s+(?:[a-z]+ing|according to|while|who|which)\b|;|[.!?]["”]?$/);
      const to = from + (stop >= 0 ? stop : tail.length);
      if (to - from >= 12) out.push(quoteWithTo(s, 'quote.indirect', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.75, doc));
    }
  }

  // "Putin sees NATO as …, as he has stated in recent speeches"
  const asStated = /^(.*?),\s+as\s+(?:he|she|they)\s+(?:has\s+|had\s+|have\s+)?(?:repeatedly\s+|often\s+)?(?:stated|said|argued|claimed|put it|noted|warned|insisted)\b/.exec(s.text);
  if (asStated) {
    const head = AS_STATED_HEAD.exec(asStated[1]!);
    const speaker = head ? speakerOf(head[1]!, s, doc, people, lastPerson) : null;
    if (head && speaker && !PRONOUN.test(head[1]!)) {
      const from = head[0].length;
      const to = asStated[1]!.length;
      out.push(quoteWithTo(s, 'quote.as-stated', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.7, doc));
    }
  }

  // "Smith's statements …, making clear that …"
  // Cheap gate: the pattern needs "clear that", which few sentences have.
  const statement = s.text.includes('clear') ? STATEMENT.exec(s.text) : null;
  if (statement) {
    const speaker = speakerOf(statement[1]!, s, doc, people, lastPerson);
    if (speaker) {
      const from = statement.index + statement[0].length;
      const to = s.text.replace(/[.!?]+$/, '').length;
      out.push(quoteWithTo(s, 'quote.statement', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.7, doc));
    }
  }
  out.push(...asSaid(s, doc, people, lastPerson, out), ...according(s, doc, people, lastPerson, out, quoted), ...nominal(s, doc, people, lastPerson, out), ...colonQuote(s, doc, people, lastPerson, out));
  if (CALLED_CUE.test(s.text)) out.push(...calledQuote(s, doc, people, lastPerson, out));
  if (!out.length) out.push(...institutionQuote(s, doc, quoted));
  return out;
}

const INSTITUTION_RE = new RegExp(String.raw`(?:^|[^\w])(?:[Tt]he\s+)?((?:(?:${COUNTRIES.flatMap((c) => c.adjectives).filter((a) => /^[A-Za-z.]+$/.test(a)).map((a) => a.replace(/\./g, '\\.')).join('|')}|US|UK|U\.S\.|U\.K\.)\s+)?(?:${[...INSTITUTION_SPEAKERS.map(([n]) => n), ...NEWS_OUTLETS].sort((a, b) => b.length - a.length).join('|')}))\s+(?:(?:today|also|has|have|had|again|first|on\s+\w+day|[a-z]{3,}ly)\s+)*(${VERBS}|(?:is|are|was|were)\s+(?:${alternation(formsOf('speech', ['ing']))}))\b`);

/**
 * "The Defense Department today announced …", "the Norwegian Ministry of Defence said …": an
 * institution speaking for its country (name as written, "the" dropped). Only when no person is quoted
 * in the sentence.
 */
const INSTITUTION_CUE = new RegExp([...INSTITUTION_SPEAKERS.map(([n]) => n), ...NEWS_OUTLETS].map((n) => n.split(' ')[0]).join('|'));

/** What may follow a trailing attribution: when, where, how it was said. */
const ATTRIBUTION_TAIL = /^(?:\s+(?:on|in|at|during|late|earlier|later|last|this|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:"“”]{0,60})?(?:,\s+(?:as|while|after|amid|when|because|since)\s[^;:"“”]{0,160})?\s*[.!?]?\s*$/;

function institutionQuote(s: SentenceView, doc: DocView, quoted: ReadonlyArray<{ start: number; end: number }>): Draft[] {
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

/** The institution named `name` at `at` as a speaker for its country, or null when its country is unknown. */
function institutionAt(s: SentenceView, doc: DocView, at: number, name: string): Person | null {
  if ((NEWS_OUTLETS as readonly string[]).includes(name)) return { name, role: null, from: [] };
  const listed = INSTITUTION_SPEAKERS.find(([n]) => name.endsWith(n));
  // "Finland's defence ministry", "the Norwegian Ministry of Defence": the owner speaks through it.
  const own = s.mentions.filter((x) => x.kind !== 'org' && ((x.start >= at && x.end <= at + name.length) || /^['’]s?\s+$/.test(s.text.slice(x.end, at))));
  const from = own.length ? sortedCodes(own) : listed?.[1] ? [listed[1]] : doc.home.length === 1 ? [...doc.home] : [];
  // A bare "the ministry" / "the government" is a speaker only when its country is known.
  if (!from.length || (/^(?:ministry|government)$/i.test(name) && !own.length && !doc.home.length)) return null;
  return { name, role: null, from };
}


/** A pull quote: “…” – U.S. Army Capt. Ryan Crosby (the speaker after a dash ends the sentence; no reporting verb). */
const DASH_SPEAKER = new RegExp(String.raw`["”]\s*[–—]\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,6}?)(${PERSON_NAME_OR_SURNAME})\s*$`, 'u');

function pullQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null): Draft[] {
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
const CALLED_CUE = /\b(?:called|described|termed|dubbed|branded|labell?ed)\b/;
const CALLED = new RegExp(String.raw`\b(${SPEAKER})\s+(?:(?:has|had|also|again|later|then)\s+)?(?:called|described|termed|dubbed|branded|labell?ed)\s+(?:[^"“”.;]{1,60}?\s+)?(?:as\s+)?(?:an?\s+|the\s+)?["“]([^"“”]{2,300})["”]`, 'gu');

function calledQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
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

const said = (out: readonly Draft[], p: Person): boolean => out.some((d) => d.type === 'quote' && d.speaker === p.name);

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

function asSaid(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
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
const ACCORDING_LEAD = new RegExp(String.raw`(?:^|[.;]\s+)[Aa]ccording\s+to\s+(?:the\s+(${TITLE_WORDS})|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?(${SPEAKER}|him|her)),\s+`, 'u');

function according(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[], quoted: ReadonlyArray<{ start: number }>): Draft[] {
  if (!s.text.includes('ccording to')) return [];
  const m = ACCORDING_LEAD.exec(s.text);
  if (!m) return [];
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

function nominal(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
  if (!/announcement|call|statement|pledge|promise|warning|declaration|order|decision/.test(s.text)) return [];
  const words = (from: number): number => {
    const tail = maskQuotes(s.text.slice(from));
    const stop = tail.search(/;|,\s+(?:pursuant|I|we|which|the\s+[a-z]+\s+(?:said|says))\b|[.!?]["”]?\s*$|\.\s/);
    return from + (stop >= 0 ? stop : tail.length);
  };
  const m = NOMINAL_CUE.test(s.text) ? NOMINAL.exec(s.text) : null;
  if (m) {
    const at = m.index;
    // "the Pentagon's recent announcement that …", "DOD's announcement": an institution's announcement is its words.
    const institution = INSTITUTION_POSSESSOR.test(m[1]!) ? institutionAt(s, doc, at, INSTITUTION_NAMES.get(m[1]!) ?? m[1]!) : null;
    const speaker = institution ?? personAt(s, people, at, m[1]!) ?? speakerOf(m[1]!, s, doc, people, lastPerson, at);
    if (speaker && !said(out, speaker)) {
      const from = m.index + m[0].length;
      const to = words(from);
      if (to - from >= 12) return [quoteWithTo(s, 'quote.nominal', speaker, cleanQuoteText(s.text.slice(from, to)), false, from, to, null, 0.7, doc)];
    }
  }
  const i = INSTITUTION_NOMINAL.exec(s.text);
  if (i) {
    const name = i[1]!.replace(/^(?:U\.S\.|US)\s+/, '');
    const country = INSTITUTION_SPEAKERS.find(([n]) => n === name)?.[1] ?? (doc.home.length === 1 ? doc.home[0]! : null);
    if (!country) return [];
    const from = i.index + i[0].length - (/(?:directing|ordering|approving|authori[sz]ing|announcing)\s+$/.exec(i[0])?.[0].length ?? 0);
    const to = words(from);
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
const COLON_ATTRIBUTION = new RegExp(String.raw`(${SPEAKER})\s+(?:(?:has|had|also|then)\s+)?(?:said|says|stated|states|added|wrote|writes|commented|declared|remarked)(?:\s+[^:"“”]{0,40})?:\s*$`, 'u');
const COMMENTS_BY = new RegExp(String.raw`\b(?:[Cc]omments?|[Rr]emarks?|[Ss]tatement|[Ww]ords|[Ss]peech|[Aa]ddress)\s+(?:made|delivered|given|issued)\s+by\s+(${SPEAKER})`, 'u');
/** "The defence minister of Latvia, Andris Spruds, said:": the reporting verb before the colon, its speaker found by name. */
const COLON_VERB = /(?:,\s+|\s)(?:said|says|stated|added|wrote|commented|declared|remarked|told\s+[^:"“”]{2,40})(?:\s+[^:"“”]{0,40})?:\s*$/;
/** What may stand before a label's name: a rank or title of up to three words ("Lieutenant Colonel", "Capt."). */
const LABEL_PREFIX = /^(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+)\s+){0,3}$/;
const TITLE_ALONE = new RegExp(String.raw`^${TITLE_WORDS}$`, 'iu');
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My)\b/;

function colonQuote(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, out: readonly Draft[]): Draft[] {
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
  const text = words.map((x) => x.text).join(' ');
  let settled = speaker;
  if (!settled.from.length && settled.role && doc.home.length === 1) settled = { ...settled, from: [...doc.home] };
  const to = sortedCodes(words.flatMap((x) => x.mentions.filter((mm) => isActor(mm) && x.text[mm.end] !== '-'))).filter((c) => !settled.from.includes(c));
  return [quoteDraft(s, 'quote.colon', settled, cleanQuoteText(text.length > 400 ? text.slice(0, 400) : text), true, to, 0.8)];
}

/** One pass for every quote form: each form defers to the ones before it (a direct quote beats an indirect one). */
export const quotesRule: Rule = {
  id: 'quote.direct',
  emits: ['quote.direct', 'quote.indirect', 'quote.indirect-after', 'quote.as-stated', 'quote.statement', 'quote.as-said', 'quote.according', 'quote.nominal', 'quote.colon', 'quote.institution'],
  run: ({ s, doc, state }) => quotes(s, doc, peopleView(doc.people, state), state.lastPerson),
};
