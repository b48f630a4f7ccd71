import type { Rule } from '../registry';
import type { DocView, Draft, SentenceView } from '../doc';
import { surnameOf, type Person } from '../people';
import { MILITARY_RANK, NAME_PREFIX_ABBREVIATIONS, PERSON_NAME, PERSON_NAME_OR_SURNAME, SERVICE_BEFORE_RANK, TIME_ADVERBIAL } from '../lexicon/words';
import { peopleView, type PeopleView } from '../discourse';
import { alternation, formsOf } from '../lexicon/verbs';
import { ANY_VERB, FINITE, FRAMED_REPORT, NATIONALITY, OBJECT_VERB, PRONOUN, QUOTED, ROLE_WORDS, SPEAKER, TITLE_WORDS, VERBS } from './quote-patterns';
import { TITLE_ONLY, personAt, personIn, speakerOf, spokespersonCountry, titledHolder } from './quote-speakers';
import { QUOTED_REST, cleanQuoteText, continuation, coordinatedClauseStart, quoteWithTo, reportedClause } from './quote-text';
import { soundbiteQuote } from './quote-soundbite';
import { ATTRIBUTION_TAIL, CALLED_CUE, according, asSaid, calledQuote, colonQuote, institutionQuote, nominal, pullQuote } from './quote-forms';


/**
 * Quotes: direct (words in quotation marks with an attribution, tweets included) and indirect
 * (a named speaker, a reporting verb and the reported clause).
 * Rule ids: quote.direct, quote.indirect, quote.indirect-after, quote.as-stated, quote.statement.
 */

/** Verbs whose reported content may be a noun phrase: "stressed the need for unity", "voiced renewed support for …". */
const NP_VERB = /\sby\s\w+ing$|^(?:is|are|was|were)\s+\w+ing$|^(?:stressed|stresses|outlined|outlines|set out|sets out|updated|updates|affirmed|affirms|informed|pledged|pledges|voiced|voices|expressed|expresses|reiterated|reiterates|underlined|underscored|emphasi[sz]ed|highlighted|reaffirmed|welcomed|condemned|shared|relayed)$/;
const TITLE_SPEAKER = new RegExp(String.raw`^\s*,?\s*(?:the|The)\s+(?:(${NATIONALITY})\s+)?(${TITLE_WORDS})\s+(?:(?:has|had|also|later|then)\s+)*(?:${VERBS}|continued|went\s+on)\b`, 'iu');
const AFTER_QUOTE = new RegExp(String.raw`^\s*,?\s*(?:(?:(?:[A-Z][\p{L}'’.-]*|${ROLE_WORDS})\s+){0,7}?(${SPEAKER})(?:,\s+[^,"“”]{3,80},)?\s+(?:(?:has|had|also|later|then)\s+)*(?:${VERBS}|continued|went\s+on)\b|(?:${VERBS})\s+(?:${SERVICE_BEFORE_RANK}\s+(?=${MILITARY_RANK}))?(?:${MILITARY_RANK}\s+|(?:${NAME_PREFIX_ABBREVIATIONS.join('|')})\.\s+|(?:General|Admiral|Colonel|Commander|Captain|Major|Lieutenant|Sergeant|Secretary|President|Minister)\s+)*(${SPEAKER})\b)`, 'u');
/** How BEFORE_QUOTE ends: a reporting verb and at most three more words before the quotation mark, or "continued:" ("The secretary general continued: “…”"). */
const BEFORE_QUOTE_TAIL = String.raw`(?:(?:${VERBS})(?:\s+[\w']+){0,3}\s*[:,]?|(?:continued|went\s+on)\s*:)\s*$`;
// "Borrell, the EU's foreign policy chief, recently said: “…”": an apposition and adverbs may stand before the verb.
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER})(?:,[^,"“”:;]{3,80},)?\s+(?:(?:has|had|also|later|then|recently|reportedly|[a-z]{3,}ly|${TIME_ADVERBIAL})\s+)*${BEFORE_QUOTE_TAIL}`, 'u');
/**
 * BEFORE_QUOTE's end alone, after the white space its verb always follows: the end-anchored pattern tries a name at
 * every capital, so it runs only on text that ends the way it must.
 */
const BEFORE_QUOTE_END = new RegExp(String.raw`\s${BEFORE_QUOTE_TAIL}`, 'u');
// "Olaf Scholz, whose government must approve …, said"; "Emmanuel Macron, who said that …".
/** Speech in progress: "Sergeant Chase Williams is urging a team of soldiers …". */
const PROGRESSIVE_REPORT = String.raw`(?:is|are|was|were)\s+(?:urging|warning|saying|telling|stressing|insisting|arguing|calling\s+for)`;
const INDIRECT = new RegExp(String.raw`\b(${SPEAKER})(?:,\s+(?:who|whose)\b[^"“”]{0,160}?,|,[^,]{3,80},|,\s+who|,)?\s+(?:(?:has|have|had|also|later|further|again|previously|repeatedly|publicly|then|recently|reportedly|once|[a-z]{3,}ly|${TIME_ADVERBIAL})\s+)*(${VERBS}|${FRAMED_REPORT}|${PROGRESSIVE_REPORT})\b`, 'gu');
/** Reporting verbs that can end a sentence's attribution ("…, he explained."); "told" needs its audience. */
const TRAILING_VERBS = alternation(formsOf('speech', ['past', 's']).filter((w) => !/^(?:told|tells|posts|replies|responds|repeats)$/.test(w)));
const TRAILING_ATTRIBUTION = new RegExp(String.raw`^(.{20,}?),\s+((?:[A-Z][\p{L}'’.-]*\s+|(?:${ROLE_WORDS})\s+){0,7}(?:[A-Z][\p{L}'’-]+|he|she))\s+(?:${TRAILING_VERBS}|(?:continued|went\s+on)(?=[.!?]?\s*$)|told\s+(?:reporters|journalists|parliament|lawmakers|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|summit|meeting|forum|session|audience|gathering|interview|newspaper|broadcaster|committee)))\b`, 'u');
const TRAILING_APPOSITIVE = new RegExp(String.raw`^(.{20,}?),\s+(?:[\p{L}'’.-]+\s+){1,6}?[\p{L}'’.-]+,\s+(${PERSON_NAME}),\s+(?:${TRAILING_VERBS})`, 'u');
const TRAILING_INVERTED = new RegExp(String.raw`^(.{20,}?),\s+(?:said|says|added|announced|confirmed|stated|told\s+(?:reporters|journalists))\s+(?:(?:${NAME_PREFIX_ABBREVIATIONS.join('|')})\.\s+|(?:General|Admiral|Colonel|Commander|Captain|Major|Lieutenant)\s+)*(${PERSON_NAME_OR_SURNAME})(?=,|\.|\s+(?:on|in|at|during|after)\b|$)`, 'u');
const GERUND_REPORT = /,\s+(?:stating|saying|adding|noting|warning|stressing|arguing|insisting|emphasi[sz]ing|declaring|explaining|highlighting|underlining|underscoring|pointing out)\s+(?:that\s+)?/;
const ACCORDING = new RegExp(String.raw`[Aa]ccording to\s+(${SPEAKER}|him|her)`, 'u');
/** '"…," Zelenskyy said and added that …', '…," he said, adding that …': one sentence, two verbs, one quote. */
const ADDED_THAT = /^[^"“”]{0,120}?(?:,\s+|\s+and\s+)(?:added|adding|noted|noting|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|said|saying|underlined|underlining)\s+(?:that\s+)?/;
const SPEAKER_AT_END = new RegExp(String.raw`(${SPEAKER})$`, 'u');
const AS_STATED_HEAD = new RegExp(String.raw`^(?:[^,]{0,40},\s*)?(${SPEAKER})\s+(?:\w+\s+){0,2}?([a-z]+s|[a-z]+ed|believes|thinks|sees)\s+`, 'u');
const STATEMENT = new RegExp(String.raw`\b(${SPEAKER})(?:'s|’s)\s+(?:statements?|remarks?|comments?|words|speech|testimony)\b.*?\b(?:making|made|makes|make)\s+(?:it\s+)?clear\s+that\s+`, 'u');

const INDIRECT_VERB = new RegExp(String.raw`\s(?:(?:${VERBS})\b|continued:|went on:|by\s+\w+ing\b|${PROGRESSIVE_REPORT}\b)`);

function quotes(s: SentenceView, doc: DocView, people: PeopleView, lastPerson: Person | null): Draft[] {
  // A speaker's label; a production label ("((ANCHOR)) The Pentagon said …") leaves the line to the other forms.
  if (s.text.startsWith('((')) {
    const bite = soundbiteQuote(s, doc, people);
    if (bite.length) return bite;
  }
  const out: Draft[] = [];
  // Most sentences report nothing: one cheap test skips every quote pattern but the colon and pull-quote ones.
  if (!ANY_VERB.test(s.text)) return /[–—]/.test(s.text) ? [...pullQuote(s, doc, people, lastPerson), ...colonQuote(s, doc, people, lastPerson, out)] : colonQuote(s, doc, people, lastPerson, out);
  const quoted: Array<{ start: number; end: number; speaker: string | null }> = [];
  // "According to X" is read in the whole sentence: once, not once per quotation.
  let accordingTo: RegExpExecArray | null | undefined;
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
    if (accordingTo === undefined) accordingTo = ACCORDING.exec(s.text);
    const according = accordingTo;
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
    // "has pledged to step up support": a pledge to act is a commitment, not reported speech.
    if (/^pledge/.test(m[2]!) && /^\s+to\s/.test(s.text.slice(verbEnd))) continue;
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
  const bare = /(?:^|[.;:]\s+|,\s+(?:and\s+)?)(?=(?:(?:The|the)\s+|\p{Lu}[\p{L}.]+['’]s\s+)(?:[\w'’-]+\s+){0,3}(?:minister|president|chancellor|premier|secretary|ambassador|commander|general|admiral|head|chief)\b)/iu.exec(s.text);
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
      const pledge = /\b(?:pledged|promised|vowed|urged|asked\s+for|called\s+for)$|\sby\s+\w+ing$/i.test(titled[0]);
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

/** One pass for every quote form: each form defers to the ones before it (a direct quote beats an indirect one). */
export const quotesRule: Rule = {
  id: 'quote.direct',
  emits: ['quote.direct', 'quote.indirect', 'quote.indirect-after', 'quote.as-stated', 'quote.statement', 'quote.as-said', 'quote.according', 'quote.nominal', 'quote.colon', 'quote.institution', 'quote.soundbite'],
  run: ({ s, doc, state }) => oneReportPerSpeaker(quotes(s, doc, peopleView(doc.people, state), state.lastPerson)),
};

/**
 * "The Prime Minister said the world was behind Ukraine, and he believed …": one speaker's reported clauses in one
 * sentence are one quote, its recipients all those the clauses name (the first reading keeps its rule and span).
 */
function oneReportPerSpeaker(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  const out: Draft[] = [];
  for (const d of drafts) {
    const at = d.type === 'quote' && !d.direct ? out.findIndex((o) => o.type === 'quote' && !o.direct && o.speaker === d.speaker && o.from.join() === d.from.join()) : -1;
    const same = out[at];
    if (!same || same.type !== 'quote' || d.type !== 'quote') { out.push(d); continue; }
    out[at] = { ...same, to: [...new Set([...same.to, ...d.to])].sort(), text: same.text.includes(d.text) ? same.text : `${same.text}; ${d.text}` };
  }
  return out;
}
