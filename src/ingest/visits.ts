import { isActor } from './actors';
import type { SentenceView } from './doc';
import { CAPITAL_METONYMS } from './lexicon/countries';
import { LastWords } from './chars';

/**
 * Where a visit or meeting takes place, for assurances given there ("During a visit to Vilnius, Austin reaffirmed
 * America’s commitment" → LT) and for "you" said to a host; and the other party of a bilateral text. Computed once
 * per article on the DocView.
 */

const VISIT = /\b(?:(?:visit(?:s|ed|ing)?|trip|travel(?:led|ed|s)?|arriv(?:ed|es|ing)|[Tt]ouch(?:ing|ed|es)?\s+down|[Ll]and(?:ing|ed|s)?|stopp?(?:ed|ing|s)?|[Ss]top(?:ped|ping)?\s+over)\s+(?:to\s+|in\s+|at\s+)?(?:the\s+)?|[Ss]peaking\s+(?:in|at)\s+|(?:^|,\s*)(?:[Ww]hile|[Ww]hen)\s+in\s+|(?:^|,\s*|\.\s+)[Ii]n\s+)$/;
/** The words VISIT can end with before its final white space: a cheap test before the end-anchored pattern. */
const VISIT_LAST_WORDS = new LastWords(['the', 'to', 'in', 'at', 'visit', 'visits', 'visited', 'visiting', 'trip', 'travel', 'travelled', 'traveled', 'travels', 'arrived', 'arrives', 'arriving', 'down', 'land', 'landing', 'landed', 'lands', 'stop', 'stopp', 'stoped', 'stopped', 'stoping', 'stopping', 'stops', 'stopps', 'over']);
/** VISIT on the 30 characters before `at`, sliced only when the last word lets it match. */
const visitBefore = (text: string, at: number): boolean => VISIT_LAST_WORDS.mayEnd(text, at, Math.max(0, at - 30)) && VISIT.test(text.slice(Math.max(0, at - 30), at));
const CAPITALS = Object.entries(CAPITAL_METONYMS).filter(([, code]) => code !== 'NATO' && code !== 'EU');
const CAPITAL_CUE = new RegExp(CAPITALS.map(([c]) => c).join('|'));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The longest capital starting at an offset, looked for at every offset (a lookahead, so none is passed over); the
 * capitals that are its prefixes start there too.
 */
const CAPITAL_AT = new RegExp(`(?=(${CAPITALS.map(([c]) => c).sort((a, b) => b.length - a.length).map(escape).join('|')}))`, 'g');
const PREFIX_CAPITALS = new Map(CAPITALS.map(([c]) => [c, CAPITALS.map(([d]) => d).filter((d) => d !== c && c.startsWith(d))]));

/** The capitals written in `text`: those `text.indexOf(capital) >= 0` finds, in one scan instead of one per capital. */
function capitalsIn(text: string): Set<string> {
  const found = new Set<string>();
  CAPITAL_AT.lastIndex = 0;
  for (let m = CAPITAL_AT.exec(text); m; m = CAPITAL_AT.exec(text)) {
    found.add(m[1]!);
    for (const p of PREFIX_CAPITALS.get(m[1]!)!) found.add(p);
    CAPITAL_AT.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * The country a sentence says is visited: a capital or country right after "visit (to)", "speaking in", "touching
 * down in", "stopped in the Estonian capital", a leading "In"; [] if none.
 */
export function visitIn(x: SentenceView): string[] {
  if (CAPITAL_CUE.test(x.text)) {
    const present = capitalsIn(x.text);
    for (const [capital, code] of CAPITALS) {
      if (!present.has(capital)) continue;
      const at = x.text.indexOf(capital);
      if (at >= 0 && visitBefore(x.text, at)) return [code];
    }
  }
  const place = x.mentions.find((m) => (isActor(m) && m.kind === 'country') || (m.kind === 'adjective' && /^\s+capital\b/.test(x.text.slice(m.end, m.end + 9))) ? visitBefore(x.text, m.start) : false);
  return place ? [...place.codes] : [];
}

/** The visited country for sentence `s`: this sentence, then the paragraph before, then the first visit in the article. */
export function visitedFor(s: SentenceView, sentences: readonly SentenceView[], visits: readonly (readonly string[])[]): readonly string[] {
  if (visits[s.index]!.length) return visits[s.index]!;
  for (let i = s.index - 1; i >= 0 && sentences[i]!.paragraph === s.paragraph; i--) if (visits[i]!.length) return visits[i]!;
  for (const x of sentences) if (x.paragraph !== s.paragraph && visits[x.index]!.length) return visits[x.index]!;
  return [];
}

/**
 * The other party of a bilateral text: the one country besides the article's actor named at least twice, and at
 * least twice as often as any other (the parties at war and the country at war excepted).
 */
export function partnerOf(sentences: readonly SentenceView[], home: readonly string[], war: string | null): string[] {
  const counts = new Map<string, number>();
  for (const x of sentences) for (const m of x.mentions) {
    if (m.codes.length !== 1 || m.kind === 'org' || m.kind === 'group') continue;
    const c = m.codes[0]!;
    if (home.includes(c) || c === war || c === 'RU' || c === 'BY') continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let top: [string, number] | null = null;
  let next = 0;
  for (const e of counts) {
    if (!top || e[1] > top[1]) { next = top?.[1] ?? 0; top = e; } else if (e[1] > next) next = e[1];
  }
  return top && top[1] >= 2 && top[1] >= 2 * next ? [top[0]] : [];
}
