import { isAlliedHost } from '../domain/nato-membership';
import { isActor, type Mention } from './actors';
import { isSpaceCode, lastClauseComma } from './chars';
import { clauseStart } from './clause';
import { placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from './doc';
import type { Frame, RoleSource } from './frames';
import { commitmentDraft, isDeliberation, isDoubted, isHypothetical, isNegated, isPossibility } from './kit';
import { alternation, formsOf, VERB_CLASSES, type VerbClass, type VerbForm } from './lexicon/verbs';
import { TROOP_NOUNS, UNIT_NOUNS } from './lexicon/words';
import type { Rule, RuleInput } from './registry';
import { homeActors, objectActors, resolveRecipient, resolveSender } from './rules/roles';

/**
 * Turns declarative frames (frames.ts) into registry rules: the trigger pattern is compiled once,
 * and each role is found by the shared role finders. Negation drops a reading, a possibility
 * ("could defend") drops it, a hypothetical lowers its confidence.
 */

/** Nouns an adjective names as actors: "our Romanian hosts", "the Finnish Armed Forces". */
const ALLIED_NOUN = /^\s+(?:[Hh]osts|[Aa]llies|[Pp]artners|[Cc]ounterparts|[Ff]riends|armed\s+forces|Armed\s+Forces|forces|troops|soldiers|military|army|navy|air\s+force|people|nation|government)\b/;
/** "NATO’s collective security", "the security of the Baltic states": whose security a commitment is to. */
const SECURITY_OWNED = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:security|defen[cs]e|territory|sovereignty|independence|territorial\s+integrity)\b/;
const SECURITY_OF = /\b(?:security|defen[cs]e|territory|sovereignty|independence|territorial\s+integrity)\s+of\s+(?:the\s+)?$/;
/** Allies or their defence with no member named: "its allies and …", "our NATO Allies", "the collective defense of Europe". */
const GENERIC_ALLIES = /^\s*(?:(?:our|its|their|the)\s+)?(?:(?:NATO|fellow|European)\s+)?(?:[Aa]llies|[Aa]lliance|collective\s+(?:defen[cs]e|security)|Euro-Atlantic\s+security)\b/;
const ADVERBS = 'also|firmly|fully|still|always|now|already|further|continue\\s+to|continues\\s+to|remain|remains';

/** Fills {verb:CLASS[:form]}, {troops}, {units} and {adv} from the lexicon. */
export function expandTrigger(source: string): string {
  return source.replace(/\{(verb:(\w+)(?::(\w+))?|troops|units|adv)\}/g, (_, all: string, cls?: string, form?: string) => {
    if (all === 'troops') return alternation(TROOP_NOUNS);
    if (all === 'units') return alternation(UNIT_NOUNS.flatMap((u) => [u, `${u}s`]));
    if (all === 'adv') return `(?:(?:${ADVERBS})\\s+){0,2}`;
    if (!cls || !(cls in VERB_CLASSES)) throw new Error(`unknown verb class in frame trigger: ${cls}`);
    return alternation(formsOf(cls as VerbClass, form ? [form as VerbForm] : undefined));
  });
}

interface Match { start: number; end: number; groups: Partial<Record<'from' | 'to', { start: number; end: number }>> }

function actorsIn(s: SentenceView, from: number, to: number): Mention[] {
  return s.mentions.filter((m) => isActor(m) && m.start >= from && m.end <= to);
}

/** The two parties of a bilateral meeting as the subject: "Both", "The two leaders", "Both sides". */
const BOTH_PARTIES = /(?:^|[.;:]\s+|,\s+)(?:[Bb]oth(?:\s+(?:leaders|sides|ministers|officials|secretaries|presidents|countries|governments))?|[Tt]he\s+two\s+(?:leaders|sides|ministers|officials|secretaries|presidents|counterparts|countries|governments|defen[cs]e\s+chiefs))\s+(?![^.;]*\b(?:they|he|she)\s+)/;

/** The owner written right before `at`: "America’s", "the UK’s", "our", "its" (→ the subject). */
function possessor(s: SentenceView, doc: DocView, at: number): string[] {
  const before = s.text.slice(Math.max(0, at - 60), at);
  // The three look-backs below are anchored at the end, so tried at every offset: each needs white space at the end,
  // and the first an apostrophe.
  if (!endsWithSpace(before)) return [];
  // "the UK’s unwavering military, economic and political support": a list of adjectives may stand between.
  const poss = before.includes("'") || before.includes('’') ? /([\w.]+)\s*(?:['’]s?|['’])\s+(?:(?:[a-z-]+\s+){0,3}|(?:[a-z-]+\s+){0,2}(?:[a-z-]+,\s+)+[a-z-]+\s+(?:and|or)\s+[a-z-]+\s+)$/.exec(before) : null;
  if (poss) {
    const end = at - before.length + poss.index + poss[1]!.length;
    const owner = s.mentions.filter((m) => isActor(m) && m.end === end);
    if (owner.length) return sortedCodes(owner);
  }
  if (/\b(?:our|we)\s+(?:[a-z-]+\s+){0,3}$/i.test(before)) {
    // "Both reaffirmed our steadfast support", "The two leaders discussed our shared support": "our" is both parties.
    if (BOTH_PARTIES.test(s.text.slice(0, at)) && doc.partner.length) return [...new Set([...homeActors(s, doc, at), ...doc.partner])].sort();
    return homeActors(s, doc, at);
  }
  // "steadfast in its support": its owner is the clause's subject.
  const its = /\b(?:its|their)\s+(?:[a-z-]+\s+){0,3}$/i.exec(before);
  if (!its) return [];
  const itsAt = at - before.length + its.index;
  // "the United States’ decision to increase its presence … as part of its strong commitment": the owner named last
  // before it in the sentence, when one is.
  const owners = s.mentions.filter((m) => isActor(m) && m.end <= itsAt && itsAt - m.end < 160 && /^['’]s?\s/.test(s.text.slice(m.end, m.end + 3)));
  const last = owners[owners.length - 1];
  if (last) return [...last.codes];
  return resolveSender(s, doc, itsAt)?.codes ?? [];
}

/** Modifiers that may stand between an owner adjective and its noun: "Danish military support", "the new UK aid package". */
const OWNED_MODIFIERS = /^\s+(?:(?:new|further|additional|continued|ongoing|military|financial|humanitarian|security|economic|defen[cs]e|total|overall|long-term|bilateral|steadfast|unwavering)\s+){0,3}$/;

/** The nations written as adjectives or noun adjuncts right before `at` ("Danish military support", "UK and Polish support"), else []. */
function ownerAdjective(s: SentenceView, at: number): string[] {
  const nations = s.mentions.filter((x) => (x.kind === 'adjective' || x.kind === 'country') && x.end <= at && at - x.end <= 48);
  let i = nations.findIndex((x) => OWNED_MODIFIERS.test(s.text.slice(x.end, at)));
  if (i < 0) return [];
  const owners = [nations[i]!];
  for (; i > 0 && /^(?:,\s*|\s+and\s+)$/.test(s.text.slice(nations[i - 1]!.end, nations[i]!.start)); i--) owners.push(nations[i - 1]!);
  return sortedCodes(owners);
}

function endsWithSpace(text: string): boolean {
  return text.length > 0 && isSpaceCode(text.charCodeAt(text.length - 1));
}

/** "you" as the subject right before a trigger, with auxiliaries and an adverb between. */
const YOU_SUBJECT = /\b[Yy]ou\s+(?:(?:have|had|will|would|are|were|always|continue\s+to|also|been)\s+){0,3}(?:[a-z]+ly\s+)?$/;

/** The country visited (this sentence, the paragraph before, then the article): computed once per article (doc.visited). */
function visited(s: SentenceView, doc: DocView): string[] {
  return [...doc.visited(s)];
}

/** Who "you" is: the country visited, unless that is the speaker's own (a guest addressed at home), else the partner. */
function addressed(s: SentenceView, doc: DocView): string[] {
  const there = visited(s, doc).filter((c) => !doc.home.includes(c));
  return there.length ? there : [...doc.partner];
}

function roleCodes(src: RoleSource, role: 'from' | 'to', s: SentenceView, doc: DocView, m: Match): string[] {
  switch (src) {
    case 'group': {
      const g = m.groups[role];
      return g ? sortedCodes(actorsIn(s, g.start, g.end)) : [];
    }
    case 'subject': {
      // "You have stood steadfastly by the Ukrainian people", said to a host: the country addressed.
      if (YOU_SUBJECT.test(s.text.slice(Math.max(0, m.start - 60), m.start))) return addressed(s, doc);
      return resolveSender(s, doc, m.start)?.codes ?? [];
    }
    case 'object': {
      // "stand united with you": the country visited or addressed.
      if (/^\s*you\b/.test(s.text.slice(m.end))) return addressed(s, doc);
      // The first actor after the trigger, with nothing but determiners and modifiers before it ("every inch of NATO territory").
      // "our Romanian hosts", "the Finnish Armed Forces": an adjective on allies or forces names them.
      const first = s.mentions.find((x) => x.start >= m.end && (isActor(x) || ALLIED_NOUN.test(s.text.slice(x.end, x.end + 24))));
      if (!first || first.start - m.end > 30 || /\b(?:in|at|near|from|against|into|with|on|by)\s+(?:the\s+)?$/i.test(s.text.slice(m.end, first.start)) || /[.;,]/.test(s.text.slice(m.end, first.start))) return [];
      if (first.kind === 'adjective') return [...first.codes];
      // "its NATO ally, Bulgaria", "our NATO allies, Estonia and Latvia": the ally named in apposition.
      const apposed = /^\s+(?:ally|allies|member|members|partner|partners)\s*,\s*(?:the\s+)?/.exec(s.text.slice(first.end));
      if (first.kind === 'org' && apposed) {
        const named = objectActors(s, first.end + apposed[0].length, 0).filter((x) => x.kind === 'country');
        if (named.length) return sortedCodes(named);
      }
      return sortedCodes(objectActors(s, first.start, 0).filter((x) => x.kind !== 'adjective'));
    }
    case 'secured': {
      const rest = s.text.slice(m.end);
      const stop = rest.search(/;|\.\s|\s[—–]\s|,\s+(?:and|but|while|which|who)\s/);
      const until = stop >= 0 ? m.end + stop : s.text.length;
      const owners = actorsIn(s, m.end, until).filter((x) => x.kind !== 'adjective' && (SECURITY_OWNED.test(s.text.slice(x.end, x.end + 50)) || SECURITY_OF.test(s.text.slice(Math.max(0, x.start - 40), x.start))));
      const groups = placesIn(s, m.end, until).filter((x) => x.kind === 'group');
      return sortedCodes([...owners, ...groups]);
    }
    case 'here': {
      // "commitment to regional allies and partners" with the hosts named in the sentence.
      if (!/^\s*(?:(?:our|its|their|the|regional|local|these|those|eastern|frontline|front-line)\s+)*(?:allies|partners|hosts|friends)\b/i.test(s.text.slice(m.end))) return [];
      return sortedCodes(placesIn(s).filter((x) => x.kind !== 'org'));
    }
    case 'partner': return [...doc.partner];
    case 'nato': return ['NATO'];
    // "to the security of its allies" is the secured role's (whose allies the article says), not the alliance as such.
    case 'allies': return GENERIC_ALLIES.test(s.text.slice(m.end, m.end + 60)) && !/\bof\s+(?:the\s+)?$/.test(s.text.slice(m.start, m.end)) ? ['NATO'] : [];
    case 'inside': return sortedCodes(actorsIn(s, m.start, m.end).filter((x) => x.kind === 'group' || x.kind === 'country' || x.kind === 'people'));
    case 'possessor': return possessor(s, doc, m.start);
    case 'adjective': return ownerAdjective(s, m.start);
    case 'of-owner': {
      const of = /^\s+of\s+(?:the\s+)?/.exec(s.text.slice(m.end));
      return of ? sortedCodes(s.mentions.filter((x) => isActor(x) && x.start === m.end + of[0].length)) : [];
    }
    case 'thanked': {
      const t = /\bthank(?:s|ed|ing)?\s+(.{1,120}?)\s+for\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[a-z-]+\s+){0,2}$/.exec(s.text.slice(0, m.start));
      if (!t) return [];
      const from = t.index + t[0].indexOf(t[1]!);
      return sortedCodes(s.mentions.filter((x) => x.start >= from && x.end <= from + t[1]!.length && x.kind !== 'org'));
    }
    case 'place': return resolveRecipient(s, doc, m.end, [], 'host')?.codes ?? [];
    case 'war': return doc.warCountry ? [doc.warCountry] : [];
    case 'home': return homeActors(s, doc, m.start);
    case 'visit': return visited(s, doc);
    case 'clause': {
      const rest = s.text.slice(m.end);
      const stop = rest.search(/;|\.\s|\s[—–]\s|,\s+(?:and|but|while|which|who)\s/);
      // "NATO’s eastern flank": the group, not its owner; "Russia’s aggression": no owner of an event.
      const named = actorsIn(s, m.end, stop >= 0 ? m.end + stop : s.text.length).filter((x) => x.kind !== 'adjective'
        && (!/^['’]s?\b/.test(s.text.slice(x.end, x.end + 2)) || (x.kind === 'org' && s.mentions.some((g) => g.kind === 'group' && g.start > x.end && g.start <= x.end + 4))))
        .filter((x) => !(x.kind === 'org' && s.mentions.some((g) => g.kind === 'group' && g.start > x.end && g.start <= x.end + 4)));
      const others = named.filter((x) => !x.codes.every((c) => c === 'RU' || c === 'BY'));
      return sortedCodes(others.length ? others : []);
    }
    default: {
      const never: never = src;
      throw new Error(`unknown role source ${String(never)}`);
    }
  }
}

function findRole(frame: Frame, role: 'from' | 'to', s: SentenceView, doc: DocView, m: Match): { codes: string[]; source: RoleSource | null } {
  for (const src of frame[role]) {
    const codes = roleCodes(src, role, s, doc, m);
    if (codes.length) return { codes, source: src };
  }
  return { codes: [], source: null };
}

/** Role sources that read only the sentence near the trigger or a per-article value: cheaper than finding a subject. */
const CHEAP_SOURCES: ReadonlySet<RoleSource> = new Set<RoleSource>(['group', 'object', 'inside', 'of-owner', 'war', 'nato', 'visit', 'partner']);

function compile(frame: Frame): Rule {
  const source = expandTrigger(frame.trigger);
  // The `d` flag makes every match several times slower: scan without it, and only a trigger with named roles
  // is matched again at the same offset (same pattern, same place, same match) to learn where its groups are.
  const re = new RegExp(source, 'g');
  const at = /\(\?<(?:from|to)>/.test(source) ? new RegExp(source, 'dy') : null;
  // A reading needs both roles; when the recipient is cheap to find and usually absent, look for it first.
  const toFirst = frame.to.every((src) => CHEAP_SOURCES.has(src));
  return {
    id: frame.id,
    cues: new Set(frame.cues),
    run: ({ s, doc, earlier }: RuleInput): Draft[] => {
      const out: Draft[] = [];
      re.lastIndex = 0;
      for (let x = re.exec(s.text); x; x = re.exec(s.text)) {
        if (x[0].length === 0) { re.lastIndex++; continue; }
        const groups: Match['groups'] = {};
        if (at) {
          at.lastIndex = x.index;
          const indexed = at.exec(s.text);
          for (const g of ['from', 'to'] as const) {
            const span = indexed?.indices?.groups?.[g];
            if (span) groups[g] = { start: span[0], end: span[1] };
          }
        }
        const m: Match = { start: x.index, end: x.index + x[0].length, groups };
        const cs = clauseStart(s, m.start);
        const near = Math.max(cs, lastClauseComma(s.text, m.start - 1) + 1);
        // Negation before the trigger, or a "not" inside it ("is not ready to defend"); "deter threats against" is no negation.
        if (isNegated(s.text, near, m.start) || /\b(?:not|n't|never|no\s+longer)\b/i.test(x[0]) || isPossibility(s.text, near, m.start) || isDoubted(s.text, cs, m.start)) continue;
        if (frame.type === 'commitment' && isDeliberation(s.text, cs, m.start)) continue;
        // No recipient drops the reading whatever the giver (see below), so a missing one ends it early.
        const early = toFirst ? findRole(frame, 'to', s, doc, m).codes : null;
        if (early && !early.length) continue;
        const { codes: found, source } = findRole(frame, 'from', s, doc, m);
        let from = found;
        if (!from.length) continue;
        const named = early ?? findRole(frame, 'to', s, doc, m).codes;
        let to = named.filter((c) => !from.includes(c) && admits(frame, c, doc));
        // "We (the signatories, Ukraine among them) are committed to providing Ukraine …": the recipient is not its own giver.
        if (!to.length && source === 'home' && from.length > named.length) {
          to = named;
          from = from.filter((c) => !named.includes(c));
        }
        if (!to.length || !from.length) continue;
        if (earlier.some((d) => d.type === 'commitment' && d.from.join() === from.join() && d.to.join() === to.join())) continue;
        // A signed pact read already says which way it commits its parties; the frame's reverse reading is not another.
        if (earlier.some((d) => d.rule === 'commitment.pact-signed' && d.from.join() === to.join() && d.to.join() === from.join())) continue;
        const confidence = frame.confidence * (isHypothetical(s.text, near, m.start) ? 0.6 : 1);
        if (!out.some((d) => d.from.join() === from.join() && d.to.join() === to.join())) out.push(commitmentDraft(s, frame.id, frame.kind, from, to, confidence));
      }
      return out;
    },
  };
}

/** Whether a frame's recipients may include `code` (its toMode). */
function admits(frame: Frame, code: string, doc: DocView): boolean {
  if (!frame.toMode || frame.toMode === 'any') return true;
  if (code === 'NATO' || isAlliedHost(code, doc.article.date)) return true;
  return frame.toMode === 'ally-or-war' && code === doc.warCountry;
}

export function compileFrames(frames: readonly Frame[]): Rule[] {
  return frames.map(compile);
}
