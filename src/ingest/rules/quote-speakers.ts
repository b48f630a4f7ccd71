import { DEMONYMS } from '../lexicon/countries';
import { findMentions, isActor } from '../actors';
import { sortedCodes, type DocView, type SentenceView } from '../doc';
import { lastNamedIn, surnameOf, type Person } from '../people';
import { INSTITUTION_SPEAKERS, NEWS_OUTLETS } from '../lexicon/words';
import type { PeopleView } from '../discourse';
import { OFFICIALS, officeOn } from '../lexicon/officials';
import { FRAMED_REPORT, PRONOUN, TITLE_ALONE } from './quote-patterns';
import { surnameWordAt } from '../chars';

/**
 * Who speaks: a registered person named or titled in the text, a holder of a bare title, a spokesperson's body, an
 * institution; each resolved to a Person with a country (or none).
 */

/** "…, a spokesman for the Polish defence ministry": whom a spokesperson, official or adviser speaks for. */
const SPOKES_FOR = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|adviser|advisor|aide)\s+(?:for|at|of|to|with|in)\s+(?:the\s+)?([^,.;]{2,60})/;

/** A speaker with no country of their own takes the body they speak for: "Jan Nowak, a spokesman for the Polish defence ministry". */
export function spokespersonCountry(p: Person, s: SentenceView, at: number, doc: DocView): Person {
  if (p.from.length) return p;
  const after = s.text.slice(at).replace(/^\S+(?:\s+\S+){0,2}?(?=,)/, '');
  const body = SPOKES_FOR.exec(after);
  if (!body) return p;
  const codes = [...new Set(findMentions(body[1]!, doc.actorCtx).filter((m) => m.kind !== 'group').flatMap((m) => m.codes))];
  return codes.length === 1 ? { ...p, from: codes } : p;
}
/** "Army Europe confirmed", "the Ministry said": institutions are not named speakers. */
const INSTITUTION = /^(?:Army|Navy|Air|Europe|Command|Ministry|Department|Office|Council|Commission|Agency|Institute|Government|Parliament|Pentagon|Kremlin|Staff|Forces|Force|Center|Centre|Headquarters|Service|Services|Police|Guard)$/;
/** The last word of a portfolio in a title ("for Foreign Affairs and Security Policy"), never of a name. */
const PORTFOLIO = /^(?:Policy|Affairs|Relations|Cooperation|Development|Operations|Planning|Strategy|Intelligence|Logistics|Readiness|Procurement)$/;
/** A title word alone is no name ("the Head of State said" is not a person called State). */
const BARE_TITLE = /^(?:President|Secretary|Minister|Chancellor|Premier|Ambassador|Commander|General|Admiral|State|Head|Government|Defence|Defense)$/;
/** A unit is no speaker ("… C Company, 634th Brigade Support Battalion, shared …"). */
const UNIT_WORD = /^(?:Company|Battalion|Brigade|Regiment|Division|Squadron|Troop|Battery|Detachment|Platoon|Corps|Wing|Unit|Units|Team|Group)$/;
const NOT_SPEAKER = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Earlier|Later|Last|Next|The|A|An|It|This|That|They|We|I|You|Our|Their|Its|His|Her|My|Your|Officials?|Reports?|Media|Sources?|Critics|Analysts|Experts|Observers|Diplomats?|Spokes(?:man|woman|person|people)|Aides?|Advis[eo]rs?|Insiders?|Witnesses|Residents|Lawmakers|Legislators|Ministers|Leaders|Presidents|Parties|Governments|Allies|Secretaries|Sides|Authorities|Commanders|Envoys|Representatives|Delegates|Participants|Some|Several|Many|Both|Others|People|There|Here|What|Which|Who|As|If|But|And|However|Meanwhile|Also|Visit|Visits|Trip|Trips|Meeting|Meetings|Call|Talks|Summit|Event|Ceremony|Statement|Declaration|Agreement|Package|Deployment|Exercise)$/;

/** Someone unnamed speaking for a named person or body: the guideline wants one named speaker. */
const ON_BEHALF = /\b(?:[Ss]pokes(?:man|woman|person|people)|[Aa]ides?|[Aa]dvis[eo]rs?|[Ss]ources?|[Oo]fficials?|[Rr]epresentatives?|[Ee]nvoys?|[Pp]eople|[Dd]iplomats?|[Ii]nsiders?|[Mm]embers?)\s+(?:close\s+)?(?:for|to|of|from|with|around|familiar with)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}'’.-]*|prime|foreign|defen[cs]e|minister|president|chancellor|secretary|general|deputy|state|of)\s+){0,6}$/u;

/** The nouns ON_BEHALF needs, as a plain scan before its end-anchored match. */
const ON_BEHALF_NOUN = /[Ss]pokes|[Aa]ide|[Aa]dvis|[Ss]ource|[Oo]fficial|[Rr]epresentative|[Ee]nvoy|[Pp]eople|[Dd]iplomat|[Ii]nsider|[Mm]ember/;

/** The registered person whose name, with or without its title, is written at `at` ("Defence Minister Bjørn Arild Gram"). */
export function personAt(s: SentenceView, people: PeopleView, at: number, written: string): Person | null {
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
export function personIn(s: SentenceView, people: PeopleView, from: number, to: number): Person | null {
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

export function speakerOf(written: string, s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null, at = -1): Person | null {
  if (PRONOUN.test(written)) return at >= 0 ? subjectBefore(s.text.slice(0, at), people) ?? lastPerson : lastPerson;
  // "The PM ended by …": the abbreviation is the title.
  if (written === 'PM') return titledBefore('Prime Minister', s, doc, people, at >= 0 ? at : s.text.length);
  // "the Defence Secretary confirmed", "Foreign Secretary said": a title alone stands for the person holding it.
  if (TITLE_ALONE.test(written)) return titledBefore(written, s, doc, people, at >= 0 ? at : s.text.length);
  // Part of a country, group or adjective ("Baltic states" is not Baltic + states).
  if (at >= 0 && s.mentions.some((m) => m.start < at + written.length && at < m.end)) return null;
  const words = written.split(/\s+/);
  const the = at >= 0 && /^(?:The|the)$/.test(written);
  // The word tests below answer no whatever comes before; only "the" may still name a title. Asked first, they spare
  // most candidates the look-back.
  // "Josep Borrell, High Representative … for Foreign Affairs and Security Policy recently said": the words before the verb
  // end a title's portfolio; the speaker is the person that title is apposed to.
  if (PORTFOLIO.test(words[words.length - 1]!)) return apposedTo(s, people, at >= 0 ? at : s.text.indexOf(written));
  if (!the && (BARE_TITLE.test(written) || NOT_SPEAKER.test(words[0]!) || UNIT_WORD.test(words[words.length - 1]!) || UNIT_WORD.test(words[0]!) || INSTITUTION.test(words[words.length - 1]!) || INSTITUTION.test(words[0]!))) return null;
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
  const p = people.lookup(written) ?? people.resolve(written);
  // "Polish military analyst Jaroslaw Wolski says", "Spanish Liaison Officer Lt. Marco described": a nationality before the
  // words that describe an unlisted speaker (the nearest one).
  if (p && !p.from.length && at > 0) {
    let described: (typeof s.mentions)[number] | undefined;
    // An adjective ("Polish military analyst"), or a country in the possessive ("Poland's top general"); "Russia analyst
    // Mark Galeotti" is a subject of study, not a nationality.
    for (const m of s.mentions) if ((m.kind === 'adjective' || (m.kind === 'country' && (DEMONYMS.has(m.text) || /^['’]s\b/.test(s.text.slice(m.end, m.end + 2))))) && m.end <= at && at - m.end <= 40 && DESCRIBED.test(s.text.slice(m.end, at))) described = m;
    if (described) return { ...p, from: [...described.codes] };
  }
  return p;
}
/** The person a title running up to `at` is apposed to: "Name, High Representative of the Union for …" (nearest). */
function apposedTo(s: SentenceView, people: PeopleView, at: number): Person | null {
  if (at < 0) return null;
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of people.all()) {
    const k = s.text.lastIndexOf(p.name, at);
    if (k < 0 || k <= bestAt) continue;
    if (APPOSED_TITLE.test(s.text.slice(k + p.name.length, at))) [best, bestAt] = [p, k];
  }
  return best;
}
const APPOSED_TITLE = /^,\s+(?:the\s+)?(?:[A-Z][\p{L}-]*|of|for|and|the|on)(?:\s+(?:[A-Z][\p{L}-]*|of|for|and|the|on)){1,14}\s+$/u;

// Lower-case descriptions ("military analyst"), titles and ranks ("Liaison Officer Lt."), at most four words.
const DESCRIBED = /^(?:['’]s)?\s+(?:(?:[a-z][a-z-]+|[A-Z][a-z]+|[A-Z][a-z]{0,4}\.)\s+){1,4}$/;

export const TITLE_ONLY = new RegExp(String.raw`^(?:(?:The|the)\s+(?:(\p{Lu}[\p{L}.]+(?:['’]s)?)\s+)?|(\p{Lu}[\p{L}.]+['’]s)\s+)((?:(?:prime|foreign|defen[cs]e|interior|finance|deputy|vice|acting)\s+)?(?:minister|president|chancellor|premier|secretary|ambassador|commander|general|admiral)(?:\s+of\s+[A-Z][\w-]*)?|head\s+of\s+(?:state|government)|chief)\s+(?:has\s+|had\s+|also\s+|later\s+|[a-z]+ly\s+)*(?:said|says|added|told|warned|stressed|noted|stated|announced|insisted|argued|emphasi[sz]ed|underlined|reiterated|confirmed|pledged|promised|vowed|urged|asked\s+for|called\s+for|continued|went\s+on|concluded|${FRAMED_REPORT})\b`, 'iu');

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
  // "the NATO chief said": the alliance's secretary general; "the army chief": its commander or chief.
  if (t === 'chief') return /\b(?:secretary[- ]general|chief|head|director|commander)\b/.test(role);
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
  // Named ones included ("Prime Minister Boris Johnson welcomed Prime Minister Kaja Kallas of Estonia … the Prime
  // Minister reinforced …"): the government's own holder, not the guest named last.
  let candidates = fits;
  if (/^\p{Lu}/u.test(title) && doc.home.length === 1) {
    const home = fits.filter((p) => p.from.includes(doc.home[0]!));
    if (!home.length) {
      const own = officialByTitle(title, doc);
      if (own) return own;
    } else candidates = home;
  }
  for (let i = s.index; i >= 0; i--) {
    const sentence = doc.sentences[i];
    if (!sentence) continue;
    const best = lastNamedIn(i === s.index ? s.text.slice(0, at) : sentence.text, candidates);
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
export function titledHolder(title: string, nationality: string | undefined, s: SentenceView, doc: DocView, people: PeopleView, at: number): Person | null {
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
  // The surnames the view keeps: working each one out again here, for every sentence, was most of this function's cost.
  for (const [p, surname] of people.surnames()) {
    const at = surnameWordAt(head, surname);
    if (at >= 0 && at < bestAt) {
      best = p;
      bestAt = at;
    }
  }
  return best;
}

/** The institution named `name` at `at` as a speaker for its country, or null when its country is unknown. */
export function institutionAt(s: SentenceView, doc: DocView, at: number, name: string): Person | null {
  if ((NEWS_OUTLETS as readonly string[]).includes(name)) return { name, role: null, from: [] };
  const listed = INSTITUTION_SPEAKERS.find(([n]) => name.endsWith(n));
  // "Finland's defence ministry", "the Norwegian Ministry of Defence": the owner speaks through it.
  const own = s.mentions.filter((x) => x.kind !== 'org' && ((x.start >= at && x.end <= at + name.length) || /^['’]s?\s+$/.test(s.text.slice(x.end, at))));
  // "Sweden is donating Archer systems, the government announced": an unowned ministry or government closing the
  // sentence speaks for the country that heads it.
  const head = !own.length && !listed?.[1] && /^(?:the\s+)?(?:(?:defen[cs]e|foreign|interior)\s+)?(?:ministry|government)$/i.test(name) ? s.mentions.find((x) => x.start < 3 && x.end < at && (x.kind === 'country' || x.kind === 'people')) : undefined;
  const from = own.length ? sortedCodes(own) : head ? [...head.codes] : listed?.[1] ? [listed[1]] : doc.home.length === 1 ? [...doc.home] : [];
  // A bare "the ministry" / "the government" is a speaker only when its country is known.
  if (!from.length || (/^(?:ministry|government)$/i.test(name) && !own.length && !doc.home.length)) return null;
  return { name, role: null, from };
}

/** A bare office heading its sentence ("The Prime Minister met …", "The PM ended by …"), not followed by a name. */
const OFFICE_SUBJECT = /^(?:The\s+)?((?:(?:Prime|Foreign|Defen[cs]e|Deputy)\s+)?(?:Minister|Secretary)|PM|President|Chancellor|Foreign\s+Secretary|Defen[cs]e\s+Secretary|Secretary\s+of\s+(?:State|Defen[cs]e))\b(?!\s+(?:of\s+)?\p{Lu})/u;
/** What may stand before a subject's name: its title, capitalised words and "of", "the", "and" ("U.S. Secretary of Defense Lloyd J. Austin III"). */
const TITLE_RUN = /^(?:(?:[\p{Lu}\d][\p{L}\d.’'-]*|of|the|and)\s+)*$/u;

/**
 * The person a sentence is about: a bare office heading it, or a person whose name comes first, after only their title.
 * "The Prime Minister met Polish President Andrzej Duda. He outlined …": "he" is the Prime Minister, not Duda, who was
 * named last. Null when the sentence starts with anything else.
 */
export function sentenceSubject(s: SentenceView, doc: DocView, people: PeopleView): Person | null {
  const office = OFFICE_SUBJECT.exec(s.text);
  if (office) return titledBefore(office[1] === 'PM' ? 'Prime Minister' : office[1]!, s, doc, people, 0);
  const first = subjectBefore(s.text.slice(0, 120), people);
  if (!first) return null;
  const at = s.text.indexOf(surnameOf(first.name));
  const head = s.text.slice(0, at);
  const name = first.name.slice(0, Math.max(0, first.name.length - surnameOf(first.name).length));
  return TITLE_RUN.test(head.endsWith(name) ? head.slice(0, head.length - name.length) : head) ? first : null;
}
