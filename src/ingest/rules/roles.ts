import { lastClauseComma } from '../chars';
import { isAlliedHost } from '../../domain/nato-membership';
import { isActor, isKnownUnit, type Mention } from '../actors';
import { actorsBetween, clauseStart, precededByPreposition, prepositionalActorsBetween, pronounSubjectBefore, startsWithAnaphor } from '../clause';
import { officialNamed } from '../people';
import { officeOn } from '../lexicon/officials';
import { alternation, formsOf } from '../lexicon/verbs';
import { mainSubject, nextInParagraph, placesIn, previousInParagraph, sortedCodes, type DocView, type SentenceView } from '../doc';

/**
 * Who does it and to whom, with the confidence each fallback deserves: the sentence itself, then
 * the paragraph, then the article.
 */
export interface Resolved {
  codes: string[];
  confidence: number;
}

/** The actor(s) doing what the verb at `verbStart` says. */
const BOTH_PARTIES = /^\s*(?:[A-Z][\w,]*\s+)*?(?:[Tt]he|[Bb]oth|[Oo]ur)\s+(?:two\s+)?(?:leaders|sides|countries|nations|governments|presidents|ministers|delegations)\s+(?:(?:have|had|are|were|will|also|again|jointly|together|further)\s+)*$/;
const uniqueSorted = (codes: readonly string[]): string[] => [...new Set(codes)].sort();

/** "Together with the United Kingdom, Poland has supported Ukraine", "Along with our NATO Allies, we stand ready to …". */
const TOGETHER_LEAD = /^(?:(?:Together|Along|Jointly)\s+with|Alongside)\s+/;

export function resolveSender(s: SentenceView, doc: DocView, verbStart: number): Resolved | null {
  const found = senderBefore(s, doc, verbStart);
  if (!found || !TOGETHER_LEAD.test(s.text)) return found;
  // The partners of a fronted "together with …," act with the subject.
  const comma = s.text.indexOf(',');
  if (comma < 0 || comma > verbStart) return found;
  const partners = s.mentions.filter((m) => isActor(m) && m.end <= comma);
  return partners.length ? { codes: uniqueSorted([...found.codes, ...sortedCodes(partners)]), confidence: found.confidence } : found;
}

function senderBefore(s: SentenceView, doc: DocView, verbStart: number): Resolved | null {
  // "expressed gratitude to the Dutch government for the important decision to transfer F-16 jets": the one thanked gives.
  const thanked = THANKED_FOR.exec(s.text.slice(Math.max(0, verbStart - 160), verbStart));
  if (thanked) {
    const at = Math.max(0, verbStart - 160) + thanked.index + thanked[0].indexOf(thanked[1]!);
    const givers = s.mentions.filter((x) => isActor(x) && x.start >= at && x.end <= at + thanked[1]!.length);
    if (givers.length) return { codes: sortedCodes(givers), confidence: 0.85 };
  }
  // "Poland, which had pressed Berlin for weeks, has already pledged": skip the relative clause.
  const rel = /,\s+(?:which|who|whose)\b[^,]*,\s*(?:(?:has|have|had|is|are|was|were|will|would|also|already|now|then)\s+)*$/.exec(s.text.slice(0, verbStart));
  if (rel && rel.index > 0) return resolveSender(s, doc, rel.index);
  const cs = clauseStart(s, verbStart);
  // "a signal for other countries to provide aircraft": the infinitive's subject is named, and it is no actor.
  const forTo = /\bfor\s+((?:[\w-]+\s+){1,3})to\s+$/.exec(s.text.slice(Math.max(0, verbStart - 60), verbStart));
  if (forTo && !s.mentions.some((m) => m.end <= verbStart && m.start >= verbStart - forTo[0].length)) return null;
  // "I am authorizing additional security assistance for Ukraine, which will provide …": a relative clause on a
  // thing acts for the main clause's subject; on an actor ("Germany, which will provide"), for the actor.
  const which = /,\s*which\s*$/.exec(s.text.slice(Math.max(0, cs - 12), cs));
  if (which && !s.text.slice(cs, verbStart).includes(',')) {
    const commaAt = lastClauseComma(s.text, cs - 1);
    const antecedent = s.mentions.filter((m) => isActor(m) && m.end <= commaAt && /^\s*$/.test(s.text.slice(m.end, commaAt)) && !precededByPreposition(s.text, m));
    if (antecedent.length) return { codes: sortedCodes(antecedent), confidence: 0.9 };
    const main = resolveSender(s, doc, commaAt);
    if (main) return { codes: main.codes, confidence: main.confidence * 0.9 };
  }
  // "…, the British, who are also donating artillery": the antecedent of "who" acts.
  if (/,\s*who\s*$/.test(s.text.slice(Math.max(0, cs - 12), cs)) && !s.text.slice(cs, verbStart).includes(',')) {
    const commaAt = lastClauseComma(s.text, cs - 1);
    const antecedent = s.mentions.filter((m) => isActor(m) && m.end <= commaAt && /^\s*$/.test(s.text.slice(m.end, commaAt)));
    if (antecedent.length) return { codes: sortedCodes(antecedent), confidence: 0.9 };
  }
  // "… followed by Germany's decision to send Leopards": whose decision, plan or pledge it is acts.
  const decider = actorListBefore(s, verbStart, DECISION_BEFORE, 60, true);
  if (decider.length) return { codes: decider, confidence: 0.9 };
  // "… after Germany said it will send 14 Leopard 2 tanks": "it" is the actor that says so.
  const reporter = actorListBefore(s, verbStart, SAID_BEFORE, 80, false);
  if (reporter.length) return { codes: reporter, confidence: 0.9 };
  // The nearest comma-free stretch before the verb decides first: "…fight Russia there, they are assisting".
  const near = Math.max(cs, lastClauseComma(s.text, verbStart - 1) + 1);
  // "we will continue to provide …", "We reaffirm our commitment": the actor the article speaks for.
  if (WE_SUBJECT.test(s.text.slice(near, verbStart)) && homeActors(s, doc, verbStart).length) return { codes: [...homeActors(s, doc, verbStart)], confidence: 0.85 };
  // "The leaders committed to …", "Both sides agreed …" in a bilateral text: its two parties.
  if (BOTH_PARTIES.test(s.text.slice(near, verbStart)) && doc.home.length && doc.partner.length) return { codes: uniqueSorted([...doc.home, ...doc.partner]), confidence: 0.75 };
  // "Today, as Russia begins …, I have authorized, pursuant to …, a drawdown to provide …": the main clause's "I"/"we" acts
  // when no actor stands between it and the verb.
  const author = mainAuthor(s.text.slice(cs, verbStart));
  if (author >= 0 && homeActors(s, doc, cs + author).length && !actorsBetween(s.text, s.mentions, cs + author, verbStart).length) return { codes: [...homeActors(s, doc, cs + author)], confidence: 0.8 };
  // A bulleted item ("• Establishing a … in Poland") acts for the lead sentence's subject (or the article's actor).
  if (cs === 0 && BULLET.test(s.text) && !actorsBetween(s.text, s.mentions, 0, verbStart).length) {
    const lead = bulletLead(doc, s);
    if (lead.length) return { codes: lead, confidence: 0.8 };
  }
  // "The 101st Airborne Division deployed to Romania to reassure allies": a known formation heading the clause acts for its country.
  const unit = s.mentions.find((m) => m.start >= cs && m.end <= verbStart && isKnownUnit(m));
  if (unit && !precededByPreposition(s.text, unit) && !s.mentions.some((m) => m.start >= cs && m.start < unit.start && isActor(m) && m.kind !== 'adjective')) return { codes: [...unit.codes], confidence: 0.85 };
  const nearest = actorsBetween(s.text, s.mentions, near, verbStart);
  if (nearest.length) {
    // "The United States, Germany and Italy announced": the comma was a list, not a clause.
    const runs = s.actorRuns.filter((r) => r.some((m) => nearest.includes(m)) && r[0]!.start >= cs);
    const all = [...new Set([...nearest, ...runs.flat()])].filter((m) => !precededByPreposition(s.text, m));
    return { codes: sortedCodes(all), confidence: 1 };
  }
  // ", sending forces to …" / "alongside sending …": a participle acts for its main clause's subject.
  if (/,\s*(?:(?:alongside|while|besides|by|after|before|in addition to)\s+)?$/.test(s.text.slice(Math.max(0, near - 30), near) + s.text.slice(near, verbStart).replace(/\S+\s*$/, '')) && /ing$/.test(/^\w+/.exec(s.text.slice(verbStart))?.[0] ?? '')) {
    const main = s.text.slice(cs, near);
    if (/(?:^|[^\w])[Ww]e\s+(?:will|would|are|have|has|continue|remain|shall|can|must)\b/.test(main) && doc.home.length) return { codes: [...doc.home], confidence: 0.8 };
    const firstRun = s.actorRuns.find((r) => r[0]!.start >= cs && r[r.length - 1]!.end <= near && !precededByPreposition(s.text, r[0]!));
    if (firstRun) return { codes: sortedCodes(firstRun), confidence: 0.8 };
  }
  const pronoun = pronounSubjectBefore(s.text, verbStart) && /\b(?:it|they|this|these|the alliance|the country|the government|the bloc)\b/i.test(s.text.slice(near, verbStart));
  // The clause's subject: a run of actors followed by its verb ("President Biden ordered the United States to reinforce
  // NATO’s eastern flank, …, to deter …" names no actor subject; its official acts).
  const runs = pronoun ? [] : s.subjectRuns.filter((r) => r[0]!.start >= cs && r[r.length - 1]!.end <= verbStart);
  if (runs.length) return { codes: sortedCodes(runs[runs.length - 1]!), confidence: 1 };
  const direct = pronoun ? [] : actorsBetween(s.text, s.mentions, cs, verbStart);
  const leadOfficial = direct.length ? personBefore(s.text.slice(cs, direct[0]!.start), doc) : [];
  if (leadOfficial.length) return { codes: leadOfficial, confidence: 0.85 };
  if (direct.length) return { codes: sortedCodes(direct), confidence: 1 };
  // "President Joe Biden has approved the deployment": a named official acts for their country.
  const official = personBefore(s.text.slice(cs, verbStart), doc);
  if (official.length) return { codes: official, confidence: 0.85 };
  if (pronoun || pronounSubjectBefore(s.text, verbStart) || startsWithAnaphor(s.text.slice(cs))) {
    const runs = s.subjectRuns.filter((r) => r[r.length - 1]!.end <= cs);
    const last = runs[runs.length - 1];
    if (last) return { codes: sortedCodes(last), confidence: 0.85 };
    const earlier = actorsBetween(s.text, s.mentions, 0, cs);
    if (earlier.length) return { codes: sortedCodes(earlier), confidence: 0.8 };
    const prev = previousInParagraph(doc, s)[0] ?? doc.sentences[s.index - 1];
    if (prev) {
      const subj = mainSubject(prev);
      if (subj.length) return { codes: subj, confidence: 0.75 };
    }
  }
  // "Austria has no plans to send weapons but has provided aid": the clause shares the sentence's subject.
  if (/^\s*(?:has|have|had|is|are|was|were|will|would|also|then|later)\b/.test(s.text.slice(cs, verbStart))) {
    const runs = s.subjectRuns.filter((r) => r[r.length - 1]!.end <= cs);
    if (runs[0]) return { codes: sortedCodes(runs[0]), confidence: 0.85 };
  }
  const prep = prepositionalActorsBetween(s.text, s.mentions, cs, verbStart);
  if (prep.length) return { codes: sortedCodes(prep), confidence: 0.8 };
  return null;
}

const THANKED_FOR = /\b(?:thank(?:s|ed|ing)?|(?:gratitude|grateful|thankful)\s+to)\s+((?:the\s+)?[^.;]{2,60}?)\s+for\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:decision|readiness|willingness|agreement|commitment|pledge|promise|efforts?|work|initiative|leadership|spearheading\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?efforts?|leading\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?efforts?)\s+to\s+(?:help\s+)?$/;
const DECISION_BEFORE = /['’]s?\s+(?:(?:latest|recent|new|surprise|earlier)\s+)?(?:decision|plan|pledge|promise|offer|move|commitment|intention|readiness|agreement|willingness)\s+to\s+$/;
const SAID_BEFORE = new RegExp(String.raw`\s+(?:has\s+|had\s+)?(?:${alternation(formsOf('speech', ['past', 's']))})\s+(?:that\s+)?(?:it|they)\s+(?:(?:will|would|has|have|had|is|are|was|were|also|soon|now|already|then)\s+){0,3}$`);

/**
 * The actor list named right before `pattern`, which ends at `verbAt` (looked for in the `window` characters before it):
 * the deciding or reporting actor of the verb ("Germany's decision to send", "Germany said it will send"). The whole
 * list acts: "The United States, Germany, Romania and Italy announced they would …".
 */
function actorListBefore(s: SentenceView, verbAt: number, pattern: RegExp, window: number, orgs: boolean): string[] {
  const from = Math.max(0, verbAt - window);
  const m = pattern.exec(s.text.slice(from, verbAt));
  if (!m) return [];
  const actor = s.mentions.find((x) => isActor(x) && x.end === from + m.index && (orgs || x.kind !== 'org'));
  return actor ? sortedCodes(s.actorRuns.find((r) => r.includes(actor)) ?? [actor]) : [];
}

// "we will continue to provide", "We are committed to providing", "I am authorizing", "I have authorized, pursuant to …,":
// the author of a government text is its government.
/** Offset of a clause-initial "I"/"We" followed by a finite verb ("I have authorized", "we will"), else -1. */
function mainAuthor(region: string): number {
  const m = /(?:^|[,;:]\s*|\.\s+)(?:I|We|we)\s+(?:(?:have|has|had|will|would|am|are|also|now|hereby|today|continue|remain)\s+)*(?:[a-z]+ed|[a-z]+ing|will|have|am|are|continue|remain|reaffirm|reiterate|welcome|announce|pledge|commit|stand|intend|plan)\b/.exec(region);
  return m ? m.index + m[0].search(/\S(?=\S*\s)/) : -1;
}

const WE_SUBJECT = /(?:^|[^\w])(?:we|We|I)\s+(?:(?:have|has|had|will|would|are|am|were|also|all|now|still|continue|continued|remain|can|must|shall|again|already|jointly|collectively|committed|determined|ready|prepared|proud|pleased|going|able|intend|plan|today|hereby|[a-z]+ly)\s+){0,4}(?:to\s+)?$/;
// A bullet mark lets the item start in lower case ("• deploying a second battlegroup to Estonia").
const BULLET = /^\s*(?:[•●▪◦*–-]\s*[A-Za-z][a-z]+ing|[A-Z][a-z]+ing)\b/;

/** The subject of the sentence that introduced a bulleted list (it ends with a colon), else the article's actor. */
function bulletLead(doc: DocView, s: SentenceView): string[] {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 12; i--) {
    const p = doc.sentences[i]!;
    if (/:\s*$/.test(p.text)) {
      const subj = mainSubject(p);
      if (subj.length) return subj;
      const owners = p.mentions.filter((m) => m.kind === 'adjective' || m.kind === 'country').flatMap((m) => m.codes);
      return owners.length ? [...new Set(owners)].sort() : doc.home;
    }
    if (!BULLET.test(p.text)) break;
  }
  return [];
}

/** What may stand between two coordinated officials' surnames: "and", then the second one's title. */
const AND_TITLED = /^\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/;

function personBefore(region: string, doc: DocView): string[] {
  // "Secretary Blinken and Prime Minister Ciolacu reaffirmed …": every official of a coordinated subject acts.
  const named: Array<{ at: number; end: number; from: readonly string[] }> = [];
  for (const [p, surname] of doc.people.surnames) {
    if (!p.from.length || !region.includes(surname)) continue;
    const m = new RegExp(`\\b${surname}\\b(?!'s|’s)`).exec(region);
    if (m) named.push({ at: m.index, end: m.index + surname.length, from: p.from });
  }
  const found = new Set<string>();
  if (named.length) {
    // The first official the registry lists keeps its place; a second joins only when coordinated right after it.
    const first = named[0]!;
    for (const c of first.from) found.add(c);
    for (const other of named.slice(1).sort((x, y) => x.at - y.at)) {
      if (other.at > first.end && AND_TITLED.test(region.slice(first.end, other.at))) for (const c of other.from) found.add(c);
    }
  }
  if (found.size) return [...found].sort();
  // "Blinken assured …": a well-known official's surname alone, with the office held on the article's date.
  for (const w of region.match(/\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b(?!['’])/gu) ?? []) {
    const o = officialNamed(w);
    const office = o ? officeOn(o, doc.article.date) : null;
    if (office) return [office.actor];
  }
  return [];
}

/** Actors after "by" following a passive verb: "… are being sent by Poland and Latvia". */
export function passiveAgent(s: SentenceView, verbEnd: number): Mention[] {
  const rest = s.text.slice(verbEnd);
  const by = /^(?:(?!\bby\b)[^;.])*?\bby\s+/.exec(rest);
  if (!by) {
    // "Two minehunters are being transferred from the Royal Navy to Ukraine": "from" a national service before "to" is the giver.
    const from = /^\s+from\s+(?:the\s+)?/.exec(rest);
    if (!from) return [];
    const giver = s.mentions.find((m) => m.start === verbEnd + from[0].length && (m.kind === 'adjective' || m.kind === 'country'));
    return giver && /^\s+to\s/.test(s.text.slice(giver.end, giver.end + 5)) ? [giver] : [];
  }
  const from = verbEnd + by[0].length;
  const out: Mention[] = [];
  let cursor = from;
  for (const m of s.mentions) {
    if (m.start < from || !isActor(m)) continue;
    if (!/^\s*(?:(?:,\s*and|,|and|as well as|&)\s*)?(?:the\s+)?#?$/.test(s.text.slice(cursor, m.start))) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

const NEXT_PREDICATE = /(?:,\s*(?:and|but|while)\s+(?:[\p{L}'’-]+\s+){0,4}?|\s(?:and|but)\s+)(?:(?:will|would|has|have|had|is|are|was|were|also|then|later|plans? to|is to|to)\s+)*(?:train|trains|trained|training|host|hosts|hosted|hosting|station|stationed|stationing|deploy|deployed|deploying|send|sent|sending|provide|provided|providing|supply|supplied|supplying|deliver|delivered|delivering|help|helped|helping|build|built|building|buy|bought|keep|kept|hold|held|base|based|open|opened|set up|fund|funded|funding|finance|financed|pay|paid|repair|repaired|repairing|maintain|produce|produced|lead|led|leading|join|joined|conduct|conducted|conducting|give|gave|ship|shipped|donate|donated|pledge|pledged|purchase|purchased|replace|replaced|move|moved|rotate|rotated)\b/u;

const WAR_PLACE = /(?:war|invasion|aggression|attack|attacks|offensive|assault|threats?)\s+(?:against|on|of|in)\s+(?:the\s+)?$/i;

/** ", alongside sending forces to Estonia": a participle's place belongs to the participle. */
const GERUND_PREDICATE = /,\s*(?:alongside|besides|in addition to|as well as|while|before|after)\s+[a-z]+ing\b/;

export type RecipientMode = 'arms' | 'host' | 'any';

function acceptable(codes: string[], exclude: readonly string[], mode: RecipientMode, date: string): string[] {
  return codes.filter((c) => !exclude.includes(c) && (mode !== 'host' || isAlliedHost(c, date)));
}

/** Where it goes: a place after the verb, else the paragraph's places, else the article's. */
// Functions, not closures made on every call: resolveRecipient runs for most drafts.
/** Codes of the places in s.text[from, to); a host is where forces go, never the country an aggression is against ("aggression against Ukraine"). */
function placeCodes(s: SentenceView, from: number, to: number, mode: RecipientMode): string[] {
  return sortedCodes(placesIn(s, from, to).filter((m) => mode !== 'host' || !WAR_PLACE.test(s.text.slice(Math.max(0, m.start - 40), m.start))));
}

/**
 * Arms named with places of a neighbouring sentence go to the country at war when it is among them, and never to the
 * aggressor: "Economic pressure on Moscow has grown. Shells are being sent by A and B." arms Ukraine, not Russia.
 */
function warCountryAmong(codes: string[], mode: RecipientMode, doc: DocView): string[] {
  if (mode !== 'arms') return codes;
  if (doc.warCountry && codes.includes(doc.warCountry)) return [doc.warCountry];
  return doc.aggressors.length ? codes.filter((c) => !doc.aggressors.includes(c)) : codes;
}

export function resolveRecipient(
  s: SentenceView, doc: DocView, after: number, exclude: readonly string[], mode: RecipientMode, until = s.text.length,
): Resolved | null {
  let inSentence = acceptable(placeCodes(s, after, until, mode), exclude, mode === 'host' ? 'any' : mode, doc.article.date);
  // "will send guns to Ukraine and train crews in Britain": a later coordinated predicate's place is not this one's.
  const next = inSentence.length ? NEXT_PREDICATE.exec(s.text.slice(after, until)) ?? GERUND_PREDICATE.exec(s.text.slice(after, until)) : null;
  // ", alongside sending forces to Estonia": places after a later predicate are that predicate's, even when this one names none.
  if (next && inSentence.length) inSentence = acceptable(placeCodes(s, after, after + next.index, mode), exclude, mode === 'host' ? 'any' : mode, doc.article.date);
  if (inSentence.length) return { codes: inSentence, confidence: 1 };
  // Places elsewhere in the sentence ("To Ukraine, Poland sent …"), never those of a later predicate.
  const otherFrom = next ? after + next.index : s.text.length;
  const elsewhere = acceptable(sortedCodes(placesIn(s).filter((m) => m.start < after || m.start >= until || m.start < otherFrom)), exclude, mode, doc.article.date);
  if (elsewhere.length) return { codes: elsewhere, confidence: 0.9 };
  for (const p of previousInParagraph(doc, s)) {
    const codes = warCountryAmong(acceptable(sortedCodes(placesIn(p)), exclude, mode, doc.article.date), mode, doc);
    if (codes.length) return { codes, confidence: 0.8 };
  }
  for (const p of nextInParagraph(doc, s)) {
    const codes = warCountryAmong(acceptable(sortedCodes(placesIn(p)), exclude, mode, doc.article.date), mode, doc);
    if (codes.length) return { codes, confidence: 0.7 };
  }
  if (mode === 'host' || mode === 'any') {
    const focus = acceptable(doc.focusHost ?? [], exclude, mode, doc.article.date);
    if (focus.length) return { codes: focus, confidence: 0.55 };
  }
  if (mode === 'arms' || mode === 'any') {
    if (doc.warCountry && !exclude.includes(doc.warCountry)) return { codes: [doc.warCountry], confidence: 0.6 };
  }
  return null;
}

/**
 * What may stand between coordinated objects: "A, B and C", "NATO and the defence of its ‘Eastern Flank’", "to the
 * Baltics and to Article 5", "our NATO allies, including Poland" (a head noun may end the one before).
 */
const COORDINATED = /^(?:\s+(?:[Aa]llies|members|member states|partners|states|nations|countries|friends|neighbou?rs))?\s*(?:(?:,\s*and|,|and|as well as|&|or)\s*(?:to\s+)?(?:(?:the|our|its|their)\s+)?(?:(?:security|defen[cs]e|protection|sovereignty)\s+of\s+(?:(?:the|our|its|their)\s+)?)?|,\s*(?:including|notably|especially|particularly|such as)\s+(?:the\s+)?)[‘'“"]?#?$/;

/** The first run of actors starting right after `pos` (objects: "assured the Baltic states"). */
export function objectActors(s: SentenceView, pos: number, maxGap = 20): Mention[] {
  const out: Mention[] = [];
  let cursor = pos;
  for (const m of s.mentions) {
    if (m.start < pos || !isActor(m)) continue;
    const gap = s.text.slice(cursor, m.start);
    if (out.length === 0 ? gap.length > maxGap || /[.;,]/.test(gap) : !COORDINATED.test(gap)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/**
 * Who "we" / "our" at `at` is: inside quotation marks (or a block after "X said:") the speaker's country; else
 * the article's home actors (joint-statement signatories or its main subject).
 */
export function homeActors(s: SentenceView, doc: DocView, at: number): string[] {
  const voice = doc.voiceAt(s, at);
  return voice ? [...voice] : doc.home;
}

/**
 * Actors listed after "from" ("soldiers from Norway, the Netherlands and Belgium"): where forces come from,
 * never where they go.
 */
export function fromListed(s: SentenceView): Set<Mention> {
  const out = new Set<Mention>();
  const actors = s.mentions.filter(isActor);
  for (let i = 0; i < actors.length; i++) {
    const m = actors[i]!;
    if (!/\bfrom\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, m.start - 10), m.start))) continue;
    out.add(m);
    for (let j = i + 1; j < actors.length; j++) {
      if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$/.test(s.text.slice(actors[j - 1]!.end, actors[j]!.start))) break;
      out.add(actors[j]!);
    }
  }
  return out;
}
