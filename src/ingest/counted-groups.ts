import { isActor, NO_MENTIONS, type Mention } from './actors';

/**
 * "the two Nordic countries", "both countries", "the two nations": a counted plural refers back to
 * the two countries most recently named together ("Finland and Sweden"), not to every member of
 * the group its adjective names. A group mention ("Nordic countries") is narrowed only when the
 * pair belongs to it; an unnamed one ("the two countries") becomes a new group mention.
 */

interface Sentence { text: string; mentions: readonly Mention[] }

const COUNTED = /\b(?:[Tt]he\s+)?(?:[Tt]wo|[Bb]oth)\s+(?:(?:[A-Z][\w-]*|neighbouring|neighboring|allied|member)\s+)?(?:countries|nations|states|governments|allies|neighbou?rs|capitals|members)\b/g;
const PAIR_JOIN = /^\s*(?:and|&|as well as)\s+(?:the\s+)?$/;

/** Two codes sorted, as [x, y].sort() does. */
const ordered = (x: string, y: string): string[] => (y < x ? [y, x] : [x, y]);

/** The last two single countries joined by "and" in a sentence, before `until`. */
function lastPair(s: Sentence, until: number): string[] | null {
  let pair: string[] | null = null;
  // Consecutive single countries, walked in place (no filtered copy per sentence).
  let a: Mention | null = null;
  for (const b of s.mentions) {
    if (!(b.end <= until && isActor(b) && b.codes.length === 1 && b.kind !== 'org' && b.kind !== 'group')) continue;
    if (a && a.codes[0] !== b.codes[0] && PAIR_JOIN.test(s.text.slice(a.end, b.start))) pair = ordered(a.codes[0]!, b.codes[0]!);
    a = b;
  }
  return pair;
}

/**
 * Each sentence's mentions with counted plurals resolved (the input is not changed: a sentence with a counted plural
 * gets a new list, the others keep theirs). Cheap when no sentence has "two"/"both".
 */
export function resolveCountedGroups(input: readonly Sentence[]): (readonly Mention[])[] {
  let recentPair: string[] | null = null;
  const result: (readonly Mention[])[] = [];
  for (const original of input) {
    const t = original.text;
    const counted = t.includes('two') || t.includes('both') || t.includes('Two') || t.includes('Both');
    if (!counted) {
      result.push(original.mentions);
      recentPair = lastPair(original, t.length) ?? recentPair;
      continue;
    }
    // Only a sentence with a counted plural gets new mention objects, pushed rather than mapped so that its list has
    // the elements kind of every other mention list.
    const s: { text: string; mentions: Mention[] } = { text: t, mentions: [] };
    for (const m of original.mentions) s.mentions.push({ start: m.start, end: m.end, text: m.text, codes: m.codes, kind: m.kind, key: m.key, basis: m.basis });
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(s.text); m; m = COUNTED.exec(s.text)) {
      const pair = lastPair(s, m.index) ?? recentPair;
      if (!pair) continue;
      const start = m.index;
      const end = start + m[0].length;
      const inside = s.mentions.find((x) => x.start < end && start < x.end);
      if (inside) {
        if (inside.kind === 'group' && inside.codes.length > 2 && pair.every((c) => inside.codes.includes(c))) {
          Object.assign(inside, { start, end, text: m[0], codes: pair, key: pair.join('+') });
        }
        continue;
      }
      s.mentions.push({ start, end, text: m[0], codes: pair, kind: 'group', key: pair.join('+'), basis: undefined });
      s.mentions.sort((a, b) => a.start - b.start);
    }
    result.push(s.mentions.length ? s.mentions : NO_MENTIONS);
    recentPair = lastPair(s, s.text.length) ?? recentPair;
  }
  return result;
}
