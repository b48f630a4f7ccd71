import type { SentenceView } from './doc';
import { lastNamedIn, surnameOf, type Person, type PersonRegistry } from './people';
import { QUOTE_OPENERS } from './rules/quote-patterns';

/**
 * Who speaks inside quotation marks, so that "we", "our" and "I" inside a direct quote are the speaker's country,
 * not the article's ("'We will defend every inch of NATO territory,' Polish President Andrzej Duda said" in a US
 * release → PL). A light reading of attributions, independent of the quote rules: the person named (or titled,
 * or referred to by "he"/"she") right after or before the quoted words, and the paragraphs after "X said:".
 */
export interface Voice {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  /** The speaker's country or organisation; empty when the speaker is not known. */
  from: readonly string[];
}

// The last form is a quotation opened with a closing mark (”We will …,” Scholz said), as quote-patterns reads it too.
const QUOTED = /"[^"]{8,}?"|“[^”]{8,}?”|«[^»]{8,}?»|„[^“”]{8,}?[“”]|"[^"]{8,}$|“[^”]{8,}$|(?<![A-Za-z0-9,.;:!?])”[^”“]{8,}?”/g;
const ATTRIBUTION_VERB = /\b(?:said|says|added|adds|stated|states|told|tells|noted|notes|wrote|writes|tweeted|declared|announced|stressed|emphasi[sz]ed|explained|insisted|warned|continued|concluded|underlined)\b/;
const COLON_LEAD = /\b(?:said|says|stated|added|wrote|declared|remarked)(?:\s+[^:"“”]{0,40})?:\s*$/;
const PRONOUN = /^\s*,?\s*(?:he|she)\b|\b(?:he|she)\s+(?:said|added|says|stated|told|noted)\b/;

interface VoiceContext {
  sentences: readonly SentenceView[];
  people: PersonRegistry;
  /** The article's actor: the country of a titled official with none of their own. */
  home: () => readonly string[];
}

function countryOf(p: Person, ctx: VoiceContext): readonly string[] {
  if (p.from.length) return p.from;
  const home = ctx.home();
  return p.role && home.length === 1 ? home : [];
}

/** The registered person whose surname is written in `window`, the one nearest its start. */
function personIn(window: string, people: readonly Person[]): Person | null {
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const p of people) {
    const at = window.indexOf(surnameOf(p.name));
    if (at >= 0 && at < bestAt) [best, bestAt] = [p, at];
  }
  return best;
}

/** '…," Biden said': a listed official named by surname alone right after the quote, whom the text never names in full. */
const NAMED_AFTER = /^\s*,?\s*(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|stated|told|noted|wrote|declared|stressed|warned)\b/u;
function listedSpeaker(after: string, ctx: VoiceContext): Person | null {
  const m = NAMED_AFTER.exec(after);
  if (!m) return null;
  const p = ctx.people.resolve(m[1]!);
  return p.from.length ? p : null;
}

/** The person last named before sentence `index` (for "he said"). */
function lastNamed(ctx: VoiceContext, index: number, people: readonly Person[]): Person | null {
  for (let i = index; i >= 0 && i >= index - 6; i--) {
    const best = lastNamedIn(ctx.sentences[i]!.text, people);
    if (best) return best;
  }
  return null;
}

/** Voices of every sentence of an article (computed once, on first use). */
export function articleVoices(ctx: VoiceContext): ReadonlyMap<number, readonly Voice[]> {
  const out = new Map<number, Voice[]>();
  // No registered person still leaves officials the lexicon knows by surname ('…," Biden said').
  const people = ctx.people.all();
  for (const s of ctx.sentences) {
    if (!QUOTE_OPENERS.test(s.text)) continue;
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(s.text); q; q = QUOTED.exec(s.text)) {
      const end = q.index + q[0].length;
      const after = s.text.slice(end, end + 90);
      const before = s.text.slice(Math.max(0, q.index - 90), q.index);
      let speaker: Person | null = null;
      if (ATTRIBUTION_VERB.test(after)) speaker = PRONOUN.test(after) ? lastNamed(ctx, s.index, people) : personIn(after, people) ?? listedSpeaker(after, ctx);
      else if (ATTRIBUTION_VERB.test(before)) speaker = PRONOUN.test(before) ? lastNamed(ctx, s.index, people) : personIn(before, people);
      if (!speaker) continue;
      const list = out.get(s.index) ?? [];
      list.push({ start: q.index, end, from: countryOf(speaker, ctx) });
      out.set(s.index, list);
    }
  }
  // "Prime Minister Keir Starmer said:" and then paragraphs without quotation marks: the whole paragraph is the speaker's.
  for (const s of ctx.sentences) {
    if (!COLON_LEAD.test(s.text)) continue;
    const speaker = personIn(s.text, people);
    const next = ctx.sentences[s.index + 1];
    if (!speaker || !next || next.paragraph === s.paragraph || next.heading) continue;
    for (let i = s.index + 1, paragraphs = 0; i < ctx.sentences.length; i++) {
      const x = ctx.sentences[i]!;
      if (x.heading) break;
      if (x.paragraph !== ctx.sentences[i - 1]!.paragraph && ++paragraphs > 2) break;
      if (COLON_LEAD.test(x.text)) break;
      out.set(x.index, [...(out.get(x.index) ?? []), { start: 0, end: x.text.length, from: countryOf(speaker, ctx) }]);
    }
  }
  continuedQuotes(ctx, out);
  return out;
}

// The quotation opens the sentence: "The communique reads: “…" is the document's words, not the last speaker's.
const OPEN_CURLY = /^\s*“(?![^”]*”)/;
/**
 * '“A,” said X. “B. C. D.”': a quotation opened without an attribution goes on the last speaker's words (of its
 * paragraph or the one before), and the sentences inside it without marks of their own ("C.") are in that voice too.
 */
function continuedQuotes(ctx: VoiceContext, out: Map<number, Voice[]>): void {
  let open: readonly string[] | null = null;
  let last: { paragraph: number; from: readonly string[] } | null = null;
  for (const s of ctx.sentences) {
    if (s.heading) { open = null; last = null; continue; }
    const own = out.get(s.index);
    if (open && (own === undefined || own.length === 0)) {
      const close = s.text.indexOf('”');
      out.set(s.index, [{ start: 0, end: close >= 0 ? close + 1 : s.text.length, from: open }]);
      if (close >= 0) open = null;
      continue;
    }
    open = null;
    if (own?.length) { last = { paragraph: s.paragraph, from: own[own.length - 1]!.from }; continue; }
    const opener = OPEN_CURLY.exec(s.text);
    if (opener && last && s.paragraph - last.paragraph <= 1 && !ATTRIBUTION_VERB.test(s.text)) {
      out.set(s.index, [{ start: opener.index, end: s.text.length, from: last.from }]);
      open = last.from;
    }
  }
}
